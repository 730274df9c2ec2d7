/* entente actors: the actor mentions of articles with the codes they
 * resolve to, one a line (for checking dictionaries). */
#include <stdio.h>  /* fwrite, fprintf */

#include "cli.h"
#include "dicts.h"   /* --dict options */
#include "lexicon.h" /* ent_cli_code_stream: dictionaries, reading, coding */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente actors [--dict PATH]... [--no-default-dict] [--no-clean] [--strict] PATH...\n\n"
		"Read and clean each document as `entente code` does and list every actor\n"
		"mention found, one a line:\n\n"
		"  DOC<TAB>SENTENCE<TAB>CODE<TAB>HOW<TAB>START<TAB>END<TAB>TEXT\n\n"
		"CODE is the resolved code with its sector (AZEGOV), or --- for an actor the\n"
		"dictionaries name but do not code; HOW is name, adjective, capital, alias,\n"
		"description, person, pronoun, agent or group; START and END are byte offsets\n"
		"into the cleaned text.\n\n"
		ENT_CLI_DICTS_HELP
		"  --strict           a dictionary error stops the run\n"
		"  --no-clean         use the content as read, without main-text extraction\n"
		"  -h, --help         this text\n\n"
		"Exit status: 0 all processed, 1 some inputs or dictionaries had errors,\n"
		"2 usage, 3 fatal.\n");
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "dict", required_argument, NULL, 'd' },
		{ "no-default-dict", no_argument, NULL, 'D' },
		{ "strict", no_argument, NULL, 's' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "no-clean", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_cli_dicts dicts = { .n = 0 };
	int strict = 0, c;
	long jobs = 1;
	ent_code_run_options ro = ENT_CODE_RUN_OPTIONS_INIT;
	ro.format = ENT_CODE_MENTIONS;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "hj:", longopts)) != -1) {
		switch (c) {
		case 'd':
			if (ent_cli_dicts_add(&dicts, "actors", optarg) != ENT_EXIT_OK)
				return ENT_EXIT_USAGE;
			break;
		case 'D': dicts.no_default = 1; break;
		case 's': strict = 1; break;
		case 'j':
			if (ent_cli_parse_long(optarg, 1, 256, &jobs) < 0)
				return ent_cli_usage_error("actors", "-j needs a number from 1 to 256, not '%s'", optarg);
			break;
		case 'n': ro.clean = 0; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("actors", c);
		}
	}
	ro.threads = (int)jobs;
	return ent_cli_code_stream("actors", argc, argv, optind, &dicts, strict, &ro, NULL);
}

const ent_cli_command ent_cmd_actors = { "actors", run, "list actor mentions with their codes (checking dictionaries)" };
