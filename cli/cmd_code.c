/* entente code: code events and standing relations from articles, one
 * record a line, in input order. */
#include <stdio.h>  /* fwrite, fprintf */
#include <string.h> /* strcmp */

#include "cli.h"
#include "dicts.h"   /* --dict options */
#include "lexicon.h" /* ent_cli_code_stream: dictionaries, reading, coding */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente code [--dict PATH]... [--no-default-dict] [--format jsonl|tsv|text]\n"
		"                    [-j N] [--no-clean] [--no-relations] [--strict] PATH...\n\n"
		"Read each document from PATH (files, directories, - for standard input; text,\n"
		"HTML, JSON Lines or WARC, optionally compressed), extract its main text as\n"
		"`entente clean` does, and code it: every event (who did what to whom, CAMEO\n"
		"code) and every standing relation (ally, rival, ...) the text states, one a\n"
		"line, in input order whatever -j is.\n\n"
		"JSONL fields: doc, sentence, date, kind (event|relation), source, target, code,\n"
		"goldstein, quad, plover, mode, relation ({type, sign, weight} or null), negated,\n"
		"modality, span ([start, end] byte offsets into the cleaned text), text.\n"
		"TSV columns: date, source, target, code, doc, sentence, kind, goldstein, quad,\n"
		"plover, mode, relation, sign, negated, modality, span_start, span_end, text.\n"
		"Text: two lines a record for people: document, sentence (from 1), date, actors,\n"
		"the code with its CAMEO label and PLOVER type; the sentence, trigger [in brackets].\n\n"
		ENT_CLI_DICTS_HELP
		"  --strict           a dictionary error stops the run (default: reported, skipped)\n"
		"  --format F         jsonl (default), tsv or text\n"
		"  --header           print the TSV header line first\n"
		"  -j, --jobs N       code on N threads (default 1)\n"
		"  --no-clean         code the content as read, without main-text extraction\n"
		"  --no-relations     events only\n"
		"  --no-negated       leave out events the text negates (default: flagged)\n"
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
		{ "format", required_argument, NULL, 'f' },
		{ "header", no_argument, NULL, 'H' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "no-clean", no_argument, NULL, 'n' },
		{ "no-relations", no_argument, NULL, 'r' },
		{ "no-negated", no_argument, NULL, 'N' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_cli_dicts dicts = { .n = 0 };
	int strict = 0, header = 0, c;
	long jobs = 1;
	ent_code_run_options ro = ENT_CODE_RUN_OPTIONS_INIT;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "hj:", longopts)) != -1) {
		switch (c) {
		case 'd':
			if (ent_cli_dicts_add(&dicts, "code", optarg) != ENT_EXIT_OK)
				return ENT_EXIT_USAGE;
			break;
		case 'D': dicts.no_default = 1; break;
		case 's': strict = 1; break;
		case 'H': header = 1; break;
		case 'f':
			if (!strcmp(optarg, "jsonl"))
				ro.format = ENT_CODE_JSONL;
			else if (!strcmp(optarg, "tsv"))
				ro.format = ENT_CODE_TSV;
			else if (!strcmp(optarg, "text"))
				ro.format = ENT_CODE_TEXT;
			else
				return ent_cli_usage_error("code", "--format must be jsonl, tsv or text, not '%s'", optarg);
			break;
		case 'j':
			if (ent_cli_parse_long(optarg, 1, 256, &jobs) < 0)
				return ent_cli_usage_error("code", "-j needs a number from 1 to 256, not '%s'", optarg);
			break;
		case 'n': ro.clean = 0; break;
		case 'r': ro.coder.relations = 0; break;
		case 'N': ro.coder.keep_negated = 0; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("code", c);
		}
	}
	ro.threads = (int)jobs;
	return ent_cli_code_stream("code", argc, argv, optind, &dicts, strict, &ro, header && ro.format == ENT_CODE_TSV ? ent_event_tsv_header() : NULL);
}

const ent_cli_command ent_cmd_code = { "code", run, "code events and standing relations, one a line (JSONL/TSV)" };
