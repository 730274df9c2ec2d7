/* entente search: full-text search over stored sentences. */
#include <stdio.h>  /* printf */

#include "cli.h"   /* the public API, exit codes */
#include "query.h" /* the query commands' shared options, opening the store */
#include "table.h" /* terminal tables, TSV */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente search [--db FILE] [--actor A] [--since D] [--until D] [--limit N]\n"
		"                      [--format table|tsv|jsonl] QUERY\n\n"
		"Find stored sentences by their words, best matches first, with the actors and events\n"
		"each carries. QUERY is words (all must occur; S-400 finds the words S and 400 in\n"
		"that order), \"a phrase\", prefix*, and AND, OR, NOT in capitals between terms,\n"
		"with (parentheses): 'pipeline AND (Baku OR Ankara)'. Anything else is a word to\n"
		"look for, never syntax (docs/api.md, \"search\").\n\n"
		"  --db FILE       the database (default: entente.db)\n"
		"  --actor A       only sentences naming actor A (code prefix)\n"
		"  --since D, --until D   only documents dated in the range\n"
		"  --limit N       at most N hits (default 50)\n"
		"  --format F      table (default on a terminal), tsv (default otherwise), jsonl\n"
		"  -h, --help      this text\n");
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },    { "actor", required_argument, NULL, 'a' },
		{ "since", required_argument, NULL, 's' }, { "until", required_argument, NULL, 'u' },
		{ "limit", required_argument, NULL, 'n' }, { "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },        { NULL, 0, NULL, 0 },
	};
	ent_cli_query q;
	ent_cli_query_init(&q, "search");
	q.filter.limit = 50;
	int c, rc;
	while ((c = ent_cli_getopt(argc, argv, "d:h", opts)) != -1) {
		switch (c) {
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default:
			if ((rc = ent_cli_query_option(&q, c, optarg)) != ENT_EXIT_OK)
				return rc;
		}
	}
	if (optind + 1 != argc)
		return ent_cli_usage_error("search", optind < argc ? "give the query as one argument (quote it)"
								   : "no query");
	ent_store *s;
	if ((rc = ent_cli_query_open(&q, &s)) != ENT_EXIT_OK)
		return rc;
	ent_store_iter *it = NULL;
	rc = ent_store_search(&it, s, argv[optind], &q.filter);
	if (rc == ENT_EINVAL) {
		fprintf(stderr, "entente search: %s\n", ent_error_last());
		ent_store_close(s);
		return ENT_EXIT_USAGE;
	}
	if (rc) {
		ent_store_close(s);
		return ent_cli_fatal("search", rc);
	}
	static const char *const heads[] = { "date", "document", "actors", "events", "sentence" };
	ent_cli_table *t = ent_cli_table_new(5, heads, 4);
	ent_buf line = ENT_BUF_INIT;
	const ent_store_hit *h;
	while ((rc = ent_store_search_next(it, &h)) == 0) {
		if (q.fmt == ENT_CLI_FORMAT_JSONL) {
			line.size = 0;
			if (ent_store_hit_json(h, &line) == 0)
				printf("%s\n", line.ptr);
			continue;
		}
		const char *cells[5] = { h->doc_date, h->doc_id, h->actors, h->events,
					 q.fmt == ENT_CLI_FORMAT_TABLE ? h->snippet : h->text };
		if (t && ent_cli_table_add(t, cells)) {
			rc = ENT_ENOMEM;
			break;
		}
	}
	int exit_rc = ENT_EXIT_OK;
	if (rc != ENT_ITEROVER)
		exit_rc = ent_cli_fatal("search", rc);
	else if (q.fmt != ENT_CLI_FORMAT_JSONL && t)
		ent_cli_table_print(t, (ent_cli_format)q.fmt);
	ent_cli_table_free(t);
	ent_buf_dispose(&line);
	ent_store_iter_free(it);
	ent_store_close(s);
	return ent_cli_finish_stdout(exit_rc);
}

const ent_cli_command ent_cmd_search = { "search", run, "full-text search over stored sentences" };
