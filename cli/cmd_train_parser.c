/* entente train-parser: train the tagger, lemmatiser and dependency parser
 * on a UD treebank and write the model file (data/model/en_ewt.model is
 * made this way: docs/parser.md). */
#include <stdio.h>  /* fprintf */

#include "cli.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente train-parser --train FILE --dev FILE --out FILE [--seed N]\n"
		"                            [--tagger-epochs N] [--parser-epochs N] [--folds N]\n"
		"                            [--max-sentences N] [--wordnet DIR] [--quiet]\n\n"
		"Train the part-of-speech tagger, the lemmatiser and the dependency parser on\n"
		"the CoNLL-U file --train, keeping the epochs that score best on --dev, and\n"
		"write the model to --out (through a temporary file: a failed run leaves an\n"
		"earlier model in place). The same seed, data and options give the same model.\n\n"
		"  --train FILE         training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu\n"
		"  --dev FILE           development treebank for choosing epochs\n"
		"  --out FILE           the model file to write\n"
		"  --seed N             shuffling and exploration seed (default 1)\n"
		"  --tagger-epochs N    passes over the data for the tagger (default 12)\n"
		"  --parser-epochs N    passes for the parser (default 15)\n"
		"  --folds N            jack-knife folds tagging the parser's training data\n"
		"                       (default 10; 1 trains the parser on gold tags)\n"
		"  --max-sentences N    train on the first N sentences only (0: all)\n"
		"  --wordnet DIR        WordNet's dict/ directory (Debian's wordnet-base installs\n"
		"                       /usr/share/wordnet): its lemmas and exception lists help\n"
		"                       the lemmatiser with words the treebank lacks\n"
		"  --quiet              no per-epoch lines on stderr\n"
		"  -h, --help           this text\n\n"
		"Exit status: 0 trained, 2 usage, 3 fatal (unreadable data, cannot write).\n");
}

static void log_line(const char *line, void *payload)
{
	(void)payload;
	fprintf(stderr, "entente train-parser: %s\n", line);
}

static int number(const char *opt, const char *arg, long max, long *out)
{
	if (ent_cli_parse_long(arg, 0, max, out) != 0)
		return ent_cli_usage_error("train-parser", "%s wants a number from 0 to %ld, not '%s'",
					   opt, max, arg);
	return 0;
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "train", required_argument, NULL, 't' },
		{ "dev", required_argument, NULL, 'd' },
		{ "out", required_argument, NULL, 'o' },
		{ "seed", required_argument, NULL, 's' },
		{ "tagger-epochs", required_argument, NULL, 'T' },
		{ "parser-epochs", required_argument, NULL, 'P' },
		{ "folds", required_argument, NULL, 'f' },
		{ "max-sentences", required_argument, NULL, 'm' },
		{ "wordnet", required_argument, NULL, 'w' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_parse_train_options o = ENT_PARSE_TRAIN_OPTIONS_INIT;
	o.log = log_line;
	long v;
	int c;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "hq", longopts)) != -1) {
		int bad = 0;
		switch (c) {
		case 't': o.train_path = optarg; break;
		case 'd': o.dev_path = optarg; break;
		case 'o': o.out_path = optarg; break;
		case 's': bad = number("--seed", optarg, 0x7fffffffL, &v); o.seed = (uint64_t)v; break;
		case 'T': bad = number("--tagger-epochs", optarg, 1000, &v); o.tagger_epochs = (unsigned)v; break;
		case 'P': bad = number("--parser-epochs", optarg, 1000, &v); o.parser_epochs = (unsigned)v; break;
		case 'f': bad = number("--folds", optarg, 100, &v); o.folds = (unsigned)v; break;
		case 'm': bad = number("--max-sentences", optarg, 100000000L, &v); o.max_sentences = (size_t)v; break;
		case 'w': o.wordnet_dir = optarg; break;
		case 'q': o.log = NULL; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("train-parser", c);
		}
		if (bad)
			return bad;
	}
	if (optind != argc)
		return ent_cli_usage_error("train-parser", "unexpected argument '%s'", argv[optind]);
	if (!o.train_path || !o.dev_path || !o.out_path)
		return ent_cli_usage_error("train-parser", "--train, --dev and --out are required");
	int rc = ent_parse_train(&o);
	if (rc < 0)
		return ent_cli_fatal("train-parser", rc);
	return ENT_EXIT_OK;
}

const ent_cli_command ent_cmd_train_parser = { "train-parser", run,
					       "train the tagger, lemmatiser and dependency parser on a UD treebank" };
