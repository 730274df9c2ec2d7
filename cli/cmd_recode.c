/* entente recode: re-code stored sentences after a dictionary change. */
#include <stdio.h>  /* fprintf */

#include "cli.h"
#include "dicts.h" /* --dict options */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente recode [--db FILE] [--dict PATH]... [--no-default-dict]\n\n"
		"Code every stored document again from its stored sentences, with the current (or the\n"
		"given) dictionaries, replacing its events; no article file is read again. Each\n"
		"document is replaced in one transaction, so an interrupted recode can be re-run.\n\n"
		"  --db FILE          the database (default: entente.db)\n"
		ENT_CLI_DICTS_HELP
		"  -q, --quiet        no summary line\n"
		"  -h, --help         this text\n");
}

static int run(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' }, { "dict", required_argument, NULL, 'D' },
		{ "quiet", no_argument, NULL, 'q' },    { "help", no_argument, NULL, 'h' },
		{ "no-default-dict", no_argument, NULL, 'G' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = "entente.db";
	ent_cli_dicts dicts = { .n = 0 };
	int quiet = 0, c, rc;
	while ((c = ent_cli_getopt(argc, argv, "d:qh", opts)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'D':
			if ((rc = ent_cli_dicts_add(&dicts, "recode", optarg)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'G': dicts.no_default = 1; break;
		case 'q': quiet = 1; break;
		case 'h': usage(stdout); return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("recode", c);
		}
	}
	if (optind < argc)
		return ent_cli_usage_error("recode", "unexpected argument '%s'", argv[optind]);
	if ((rc = ent_cli_dicts_check(&dicts, "recode")) != ENT_EXIT_OK)
		return rc;
	ent_store *s = NULL;
	rc = ent_store_open(&s, db, NULL);
	if (rc)
		return ent_cli_fatal("recode", rc);
	ent_cli_diag_state ds = { "recode", 0, 0 };
	ent_store_ingest_options io = ENT_STORE_INGEST_OPTIONS_INIT;
	io.dictionaries = dicts.paths;
	io.ndictionaries = dicts.n;
	io.no_default_dictionaries = dicts.no_default;
	io.diag = ent_cli_print_diag;
	io.diag_payload = &ds;
	ent_store_stats st = { 0 };
	rc = ent_store_recode_all(s, &io, &st);
	ent_store_close(s);
	if (rc)
		return ent_cli_fatal("recode", rc);
	if (!quiet)
		fprintf(stderr, "entente recode: %llu documents, %llu events\n", (unsigned long long)st.docs_added,
			(unsigned long long)st.events);
	return ent_cli_finish_stdout(ENT_EXIT_OK);
}

const ent_cli_command ent_cmd_recode = { "recode", run, "re-code stored sentences after a dictionary change" };
