/* entente ingest: add articles (or `entente code` output) to the store. */
#include <stdio.h>  /* fprintf */
#include <string.h> /* strcmp */

#include "cli.h"
#include "dicts.h" /* --dict options */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente ingest [--db FILE] [--dict PATH]... [--no-default-dict] PATH...\n"
		"       entente ingest [--db FILE] --events FILE.jsonl...\n\n"
		"Add articles to the store: each new document is cleaned, split into sentences and\n"
		"coded, then written with its sentences and events in one transaction. A document\n"
		"already stored (same content hash) is skipped, so re-running is cheap and safe.\n\n"
		"  --db FILE          the database (default: entente.db)\n"
		"  --events           the paths are JSON Lines from `entente code` to load as they are\n"
		"                     (no re-coding); - reads standard input\n"
		ENT_CLI_DICTS_HELP
		"  -q, --quiet        no summary line on standard error\n"
		"  -h, --help         this text\n\n"
		"Exit status: 0 all stored, 1 some inputs had errors, 2 usage, 3 database failure.\n");
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "events", no_argument, NULL, 'e' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "dict", required_argument, NULL, 'D' },
		{ "no-default-dict", no_argument, NULL, 'G' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = "entente.db";
	int events = 0, quiet = 0, c, rc;
	ent_cli_dicts dicts = { .n = 0 };
	while ((c = ent_cli_getopt(argc, argv, "d:eqhD:", opts)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'e': events = 1; break;
		case 'q': quiet = 1; break;
		case 'D':
			if ((rc = ent_cli_dicts_add(&dicts, "ingest", optarg)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'G': dicts.no_default = 1; break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("ingest", c);
		}
	}
	if (optind >= argc)
		return ent_cli_usage_error("ingest", "no input: give PATH... (or --events FILE.jsonl)");
	if ((rc = ent_cli_dicts_check(&dicts, "ingest")) != ENT_EXIT_OK)
		return rc;
	if (events && (dicts.n || dicts.no_default))
		return ent_cli_usage_error("ingest", "--events loads coded events as they are: --dict and "
						     "--no-default-dict code articles, and cannot apply");
	ent_store *s = NULL;
	rc = ent_store_open(&s, db, NULL);
	if (rc)
		return ent_cli_fatal("ingest", rc);
	ent_cli_diag_state ds = { "ingest", 0, 0 };
	ent_store_stats total = { 0 };
	int exit_rc = ENT_EXIT_OK;
	if (events) {
		ent_store_load_options lo = ENT_STORE_LOAD_OPTIONS_INIT;
		lo.diag = ent_cli_print_diag;
		lo.diag_payload = &ds;
		lo.progress = quiet ? NULL : ent_cli_print_progress;
		for (int i = optind; i < argc && exit_rc == ENT_EXIT_OK; i++) {
			ent_store_stats st;
			rc = ent_store_load_events(s, argv[i], &lo, &st);
			total.docs_added += st.docs_added;
			total.docs_skipped += st.docs_skipped;
			total.events += st.events;
			total.bad_lines += st.bad_lines;
			if (rc == ENT_EIO) {
				fprintf(stderr, "entente ingest: %s\n", ent_error_last());
				ds.errors++;
			} else if (rc) {
				exit_rc = ent_cli_fatal("ingest", rc);
			}
		}
	} else {
		ent_store_ingest_options io = ENT_STORE_INGEST_OPTIONS_INIT;
		io.dictionaries = dicts.paths;
		io.ndictionaries = dicts.n;
		io.no_default_dictionaries = dicts.no_default;
		io.diag = ent_cli_print_diag;
		io.diag_payload = &ds;
		io.progress = quiet ? NULL : ent_cli_print_progress;
		rc = ent_store_ingest(s, (const char *const *)argv + optind, (size_t)(argc - optind), &io, &total);
		if (rc)
			exit_rc = ent_cli_fatal("ingest", rc);
	}
	ent_cli_progress_done();
	ent_store_close(s);
	if (!quiet)
		fprintf(stderr, "entente ingest: %llu documents added, %llu already stored, %llu events%s\n",
			(unsigned long long)total.docs_added, (unsigned long long)total.docs_skipped,
			(unsigned long long)total.events,
			ds.errors ? " (some inputs had errors)" : "");
	if (exit_rc == ENT_EXIT_OK && ds.errors)
		exit_rc = ENT_EXIT_INPUT;
	return ent_cli_finish_stdout(exit_rc);
}

const ent_cli_command ent_cmd_ingest = { "ingest", run, "add articles or coded events to the database" };
