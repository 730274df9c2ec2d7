/* entente events: list stored events with their evidence sentences. */
#include <stdio.h>  /* printf */
#include <string.h> /* strchr */

#include "cli.h"   /* the public API, exit codes */
#include "query.h" /* the query commands' shared options, opening the store */
#include "table.h" /* terminal tables, TSV */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente events [--db FILE] [--dyad A,B] [--actor A] [--code C] [--since D] [--until D]\n"
		"                      [--kind event|relation] [--limit N] [--format table|tsv|jsonl]\n\n"
		"List stored events and standing relations, oldest first, each with the sentence that\n"
		"is its evidence and the document it came from. Actor codes match by prefix (TUR\n"
		"matches TURGOV); --code 19 matches 190..196; --until 2023 includes all of 2023.\n\n"
		"  --db FILE       the database (default: entente.db)\n"
		"  --dyad A,B      events between A and B, either direction\n"
		"  --actor A       events with A as source or target\n"
		"  --code C        CAMEO code prefix\n"
		"  --since D       on or after date D (YYYY[-MM[-DD]])\n"
		"  --until D       on or before date D\n"
		"  --kind K        only events or only relations\n"
		"  --limit N       at most N rows\n"
		"  --format F      table (default on a terminal), tsv (default otherwise), jsonl\n"
		"  -h, --help      this text\n");
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },   { "dyad", required_argument, NULL, 'y' },
		{ "actor", required_argument, NULL, 'a' }, { "code", required_argument, NULL, 'c' },
		{ "since", required_argument, NULL, 's' }, { "until", required_argument, NULL, 'u' },
		{ "kind", required_argument, NULL, 'k' },  { "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_cli_query q;
	ent_cli_query_init(&q, "events");
	ent_store_filter *f = &q.filter;
	char dyad[256];
	int c, rc;
	while ((c = ent_cli_getopt(argc, argv, "d:h", opts)) != -1) {
		switch (c) {
		case 'y': {
			const char *comma = strchr(optarg, ',');
			if (!comma || comma == optarg || !comma[1] || strlen(optarg) >= sizeof dyad)
				return ent_cli_usage_error("events", "--dyad wants A,B, not '%s'", optarg);
			snprintf(dyad, sizeof dyad, "%s", optarg);
			dyad[comma - optarg] = '\0';
			f->dyad_a = dyad;
			f->dyad_b = dyad + (comma - optarg) + 1;
			break;
		}
		case 'c': f->code = optarg; break;
		case 'k':
			if (!strcmp(optarg, "event"))
				f->kind = ENT_STORE_EVENT;
			else if (!strcmp(optarg, "relation"))
				f->kind = ENT_STORE_RELATION;
			else
				return ent_cli_usage_error("events", "--kind is event or relation, not '%s'", optarg);
			break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default:
			if ((rc = ent_cli_query_option(&q, c, optarg)) != ENT_EXIT_OK)
				return rc;
		}
	}
	if (optind < argc)
		return ent_cli_usage_error("events", "unexpected argument '%s'", argv[optind]);
	ent_store *s;
	if ((rc = ent_cli_query_open(&q, &s)) != ENT_EXIT_OK)
		return rc;
	ent_store_iter *it = NULL;
	rc = ent_store_events(&it, s, f);
	if (rc) {
		ent_store_close(s);
		return ent_cli_fatal("events", rc);
	}
	static const char *const heads[] = { "date", "source", "target", "code", "goldstein", "kind",
					     "document", "evidence" };
	ent_cli_table *t = q.fmt == ENT_CLI_FORMAT_JSONL ? NULL : ent_cli_table_new(8, heads, 7);
	ent_buf line = ENT_BUF_INIT;
	const ent_store_event *e;
	int shown = 0, more = 0;
	if (q.fmt == ENT_CLI_FORMAT_TSV)
		for (int i = 0; i < 8; i++)
			ent_cli_tsv_field(heads[i], i == 7);
	while ((rc = ent_store_events_next(it, &e)) == 0) {
		if (q.fmt == ENT_CLI_FORMAT_JSONL) {
			line.size = 0;
			if (ent_store_event_json(e, &line) == 0)
				printf("%s\n", line.ptr);
			continue;
		}
		char gold[32], code[64];
		snprintf(gold, sizeof gold, "%.1f", e->goldstein);
		const char *kind = e->kind == ENT_STORE_RELATION ? "relation" : "event";
		snprintf(code, sizeof code, "%s%s", e->kind == ENT_STORE_RELATION
			 ? (e->relation_type ? e->relation_type : "relation") : (e->code ? e->code : ""),
			 e->negated ? " (not)" : "");
		const char *cells[8] = { e->date, e->source, e->target, code,
					 e->kind == ENT_STORE_RELATION ? (e->relation_sign > 0 ? "+" : "-") : gold,
					 kind, e->doc_id, e->sentence_text };
		if (q.fmt == ENT_CLI_FORMAT_TSV) {
			/* Streamed: a long listing never waits for the whole result. */
			for (int i = 0; i < 8; i++)
				ent_cli_tsv_field(cells[i], i == 7);
		} else if (q.capped && ++shown > ENT_CLI_QUERY_CAP) {
			more = 1;
			break;
		} else if (t && ent_cli_table_add(t, cells)) {
			rc = ENT_ENOMEM;
			break;
		}
	}
	int exit_rc = ENT_EXIT_OK;
	if (more)
		rc = ENT_ITEROVER;
	if (rc != ENT_ITEROVER)
		exit_rc = ent_cli_fatal("events", rc);
	else if (q.fmt == ENT_CLI_FORMAT_TABLE && t)
		ent_cli_table_print(t, ENT_CLI_FORMAT_TABLE);
	if (more)
		ent_cli_query_say_capped(&q);
	ent_cli_table_free(t);
	ent_buf_dispose(&line);
	ent_store_iter_free(it);
	ent_store_close(s);
	return ent_cli_finish_stdout(exit_rc);
}

const ent_cli_command ent_cmd_events = { "events", run, "list stored events with their evidence" };
