/* entente parse: part-of-speech tags, lemmas and a dependency tree for
 * every sentence of text or CoNLL-U files (docs/parser.md). */
#include <errno.h>  /* errno */
#include <stdio.h>  /* fopen */
#include <string.h> /* strcmp, strerror */

#include "cli.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente parse [--input text|conllu] [--format conllu|jsonl] [--model FILE]\n"
		"                     [PATH...]\n\n"
		"Tag, lemmatise and parse every sentence of each PATH (standard input when none\n"
		"or '-') and write the result to standard output.\n\n"
		"  --input text     PATH is plain UTF-8 text: split into sentences and words\n"
		"                   (UD English tokenisation) first (default)\n"
		"  --input conllu   PATH is CoNLL-U: its sentences and words are kept and\n"
		"                   UPOS, XPOS, LEMMA, HEAD and DEPREL filled in; comments,\n"
		"                   multiword-token lines and the other columns are kept\n"
		"  --format conllu  CoNLL-U out (default)\n"
		"  --format jsonl   one JSON object a sentence: sent_id, text, start, end and\n"
		"                   words (id, form, lemma, upos, xpos, head, deprel, start, end)\n"
		"  --model FILE     the parser model (default: the one in the data directory,\n"
		"                   $ENT_DATA_DIR/model/en_ewt.model)\n"
		"  -h, --help       this text\n\n"
		"Exit status: 0 all parsed, 1 some input unreadable or malformed (reported, the\n"
		"others parsed), 2 usage, 3 fatal (no usable model, output failed).\n");
}

static int parse_path(ent_parser *p, const char *path, ent_parse_input in, ent_parse_format fmt)
{
	int is_stdin = !strcmp(path, "-");
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "entente parse: %s: %s\n", path, strerror(errno));
		return ENT_EXIT_INPUT;
	}
	size_t n = 0;
	int rc = ent_parse_stream(p, f, is_stdin ? "stdin" : path, in, fmt, ent_cli_write_stdout, NULL, &n);
	if (!is_stdin)
		fclose(f);
	if (rc == ENT_EFORMAT || (rc == ENT_EIO && ferror(stdout) == 0)) {
		fprintf(stderr, "entente parse: %s\n", ent_error_last());
		return ENT_EXIT_INPUT;
	}
	return rc < 0 ? ent_cli_fatal("parse", rc) : ENT_EXIT_OK;
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "input", required_argument, NULL, 'i' },
		{ "format", required_argument, NULL, 'f' },
		{ "model", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_parse_input in = ENT_PARSE_FROM_TEXT;
	ent_parse_format fmt = ENT_PARSE_CONLLU;
	const char *model_path = NULL;
	int c;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case 'i':
			if (!strcmp(optarg, "text"))
				in = ENT_PARSE_FROM_TEXT;
			else if (!strcmp(optarg, "conllu"))
				in = ENT_PARSE_FROM_CONLLU;
			else
				return ent_cli_usage_error("parse", "--input is text or conllu, not '%s'", optarg);
			break;
		case 'f':
			if (!strcmp(optarg, "conllu"))
				fmt = ENT_PARSE_CONLLU;
			else if (!strcmp(optarg, "jsonl"))
				fmt = ENT_PARSE_JSONL;
			else
				return ent_cli_usage_error("parse", "--format is conllu or jsonl, not '%s'", optarg);
			break;
		case 'm': model_path = optarg; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("parse", c);
		}
	}
	ent_parse_model *model = NULL;
	int rc = ent_parse_model_load(&model, model_path);
	if (rc < 0)
		return ent_cli_fatal("parse", rc);
	ent_parser *p = NULL;
	if ((rc = ent_parser_new(&p, model)) < 0) {
		ent_parse_model_free(model);
		return ent_cli_fatal("parse", rc);
	}
	int status = ENT_EXIT_OK;
	if (optind == argc)
		status = parse_path(p, "-", in, fmt);
	for (int i = optind; i < argc && status != ENT_EXIT_FATAL; i++) {
		int s = parse_path(p, argv[i], in, fmt);
		if (s > status)
			status = s;
	}
	ent_parser_free(p);
	ent_parse_model_free(model);
	return ent_cli_finish_stdout(status);
}

const ent_cli_command ent_cmd_parse = { "parse", run, "tag, lemmatise and parse text or CoNLL-U (UD English)" };
