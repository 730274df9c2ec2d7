/* entente docs: list stored documents with dates, sources and counts. */
#include <stdio.h>  /* printf */

#include "cli.h"   /* the public API, exit codes */
#include "query.h" /* the query commands' shared options, opening the store */
#include "table.h" /* terminal tables, TSV */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente docs [--db FILE] [--actor A] [--since D] [--until D] [--limit N]\n"
		"                    [--format table|tsv|jsonl]\n\n"
		"List stored documents by date with their source, title and how many sentences,\n"
		"events and relations each holds.\n\n"
		"  --db FILE       the database (default: entente.db)\n"
		"  --actor A       only documents with events involving A (code prefix)\n"
		"  --since D, --until D   only documents dated in the range\n"
		"  --limit N       at most N documents\n"
		"  --format F      table (default on a terminal), tsv (default otherwise), jsonl\n"
		"  --check         check the database's integrity instead (prints ok, exit 0, or the\n"
		"                  problem, exit 3)\n"
		"  -h, --help      this text\n");
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },    { "actor", required_argument, NULL, 'a' },
		{ "since", required_argument, NULL, 's' }, { "until", required_argument, NULL, 'u' },
		{ "limit", required_argument, NULL, 'n' }, { "format", required_argument, NULL, 'f' },
		{ "check", no_argument, NULL, 'C' },       { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_cli_query q;
	ent_cli_query_init(&q, "docs");
	int check = 0, c, rc;
	while ((c = ent_cli_getopt(argc, argv, "d:h", opts)) != -1) {
		switch (c) {
		case 'C': check = 1; break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default:
			if ((rc = ent_cli_query_option(&q, c, optarg)) != ENT_EXIT_OK)
				return rc;
		}
	}
	if (optind < argc)
		return ent_cli_usage_error("docs", "unexpected argument '%s'", argv[optind]);
	ent_store *s;
	if ((rc = ent_cli_query_open(&q, &s)) != ENT_EXIT_OK)
		return rc;
	if (check) {
		rc = ent_store_check(s);
		if (rc == 0)
			printf("ok\n");
		int cr = rc ? ent_cli_fatal("docs", rc) : ENT_EXIT_OK;
		ent_store_close(s);
		return ent_cli_finish_stdout(cr);
	}
	ent_store_iter *it = NULL;
	rc = ent_store_docs(&it, s, &q.filter);
	if (rc) {
		ent_store_close(s);
		return ent_cli_fatal("docs", rc);
	}
	static const char *const heads[] = { "date", "source", "sentences", "events", "relations", "id", "title" };
	ent_cli_table *t = ent_cli_table_new(7, heads, 6);
	ent_buf line = ENT_BUF_INIT;
	const ent_store_docinfo *d;
	int shown = 0, more = 0;
	while ((rc = ent_store_docs_next(it, &d)) == 0) {
		if (q.fmt == ENT_CLI_FORMAT_JSONL) {
			line.size = 0;
			if (ent_store_docinfo_json(d, &line) == 0)
				printf("%s\n", line.ptr);
			continue;
		}
		if (q.capped && ++shown > ENT_CLI_QUERY_CAP) {
			more = 1;
			rc = ENT_ITEROVER;
			break;
		}
		char ns[24], ne[24], nr[24];
		snprintf(ns, sizeof ns, "%llu", (unsigned long long)d->sentences);
		snprintf(ne, sizeof ne, "%llu", (unsigned long long)d->events);
		snprintf(nr, sizeof nr, "%llu", (unsigned long long)d->relations);
		const char *cells[7] = { d->date, d->source, ns, ne, nr, d->id, d->title };
		if (t && ent_cli_table_add(t, cells)) {
			rc = ENT_ENOMEM;
			break;
		}
	}
	int exit_rc = ENT_EXIT_OK;
	if (rc != ENT_ITEROVER)
		exit_rc = ent_cli_fatal("docs", rc);
	else if (q.fmt != ENT_CLI_FORMAT_JSONL && t)
		ent_cli_table_print(t, (ent_cli_format)q.fmt);
	if (more)
		ent_cli_query_say_capped(&q);
	ent_cli_table_free(t);
	ent_buf_dispose(&line);
	ent_store_iter_free(it);
	ent_store_close(s);
	return ent_cli_finish_stdout(exit_rc);
}

const ent_cli_command ent_cmd_docs = { "docs", run, "list stored documents with dates, sources and counts" };
