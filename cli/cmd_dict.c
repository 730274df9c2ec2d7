/* entente dict stats: what the loaded verb dictionaries cover, per CAMEO
 * code and root, and (--compare) how far they place another dictionary's
 * verb lemmas under the same roots. */
#include <getopt.h> /* struct option */
#include <stdio.h>  /* printf, fprintf */
#include <string.h> /* strcmp, strlen */

#include "cli.h"
#include "dicts.h"   /* --dict options */
#include "lexicon.h" /* ent_cli_lexicon_load */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente dict stats [--dict PATH]... [--no-default-dict] [--format text|tsv]\n"
		"                          [--roots] [--compare PATH [--misses]]\n\n"
		"Count, for every CAMEO code of the CAMEO table (and any other code an entry\n"
		"uses), the verb lemmas, frames (patterns) and class nouns the loaded verb\n"
		"dictionaries hold, roots counting their sub-codes, and list the codes with no\n"
		"entry. A lemma counts under its verb block's default code and under the code\n"
		"of each of its patterns.\n\n"
		ENT_CLI_DICTS_HELP
		"  --format F         text (default) or tsv: CODE LEMMAS FRAMES NOUNS LABEL\n"
		"  --roots            only the 20 roots\n"
		"  --compare PATH     a yardstick verb dictionary (e.g. Phoenix's CAMEO.2.0.txt),\n"
		"                     loaded on its own: per root, the share of its (lemma, root)\n"
		"                     placements that the loaded dictionaries make too\n"
		"  --misses           with --compare, list the placements they lack\n"
		"  -h, --help         this text\n\n"
		"Exit status: 0, 1 some dictionaries had errors, 2 usage, 3 fatal.\n");
}

/* Diagnostics of the yardstick are counted, not printed: it is read for its
 * lemmas, and its own quirks are not the user's to fix. */
static void count_diag(const ent_diag *d, void *payload)
{
	(void)d;
	(*(unsigned long *)payload)++;
}

static int load_yardstick(ent_lexicon **out, const char *path, unsigned long *quiet)
{
	ent_lexicon_options lo = ENT_LEXICON_OPTIONS_INIT;
	lo.diag = count_diag;
	lo.diag_payload = quiet;
	int rc = ent_lexicon_new(out, &lo);
	if (rc == 0)
		rc = ent_lexicon_load(*out, path);
	if (rc == 0)
		rc = ent_lexicon_finish(*out);
	return rc;
}

static int print_miss(void *ctx, const char *root, const char *lemma, size_t len)
{
	(void)ctx;
	printf("miss\t%s\t%.*s\n", root, (int)len, lemma);
	return 0;
}

static int print_overlap(const ent_lexicon *ours, const ent_lexicon *theirs, const char *path, int tsv, int misses)
{
	ent_lexicon_root_overlap roots[20];
	int rc = ent_lexicon_root_overlap_of(ours, theirs, roots, misses ? print_miss : NULL, NULL);
	if (rc < 0)
		return rc;
	size_t all = 0, shared = 0;
	if (!tsv)
		printf("\n%s: its verb lemmas placed under the same root\nroot  theirs  ours too  share\n", path);
	for (int r = 0; r < 20; r++) {
		double share = roots[r].theirs ? 100.0 * (double)roots[r].shared / (double)roots[r].theirs : 100.0;
		all += roots[r].theirs;
		shared += roots[r].shared;
		printf(tsv ? "overlap\t%s\t%zu\t%zu\t%.1f\n" : "%-4s  %6zu  %8zu  %5.1f%%\n", roots[r].root,
		       roots[r].theirs, roots[r].shared, share);
	}
	double share = all ? 100.0 * (double)shared / (double)all : 100.0;
	printf(tsv ? "overlap\tall\t%zu\t%zu\t%.1f\n" : "all   %6zu  %8zu  %5.1f%%\n", all, shared, share);
	return 0;
}

static void print_rows(const ent_lexicon_code_cover *rows, size_t n, int tsv, int roots_only)
{
	if (!tsv)
		printf("code  lemmas  frames  nouns  label\n");
	size_t empty = 0;
	for (size_t i = 0; i < n; i++) {
		const ent_lexicon_code_cover *r = &rows[i];
		if (roots_only && strlen(r->code) != 2)
			continue;
		empty += r->lemmas == 0;
		printf(tsv ? "%s\t%zu\t%zu\t%zu\t%s\n" : "%-5s %6zu  %6zu  %5zu  %s\n", r->code, r->lemmas, r->frames,
		       r->nouns, r->label ? r->label : "-");
	}
	if (tsv)
		return;
	printf("\n%zu of %zu codes have no entry", empty, roots_only ? (size_t)20 : n);
	const char *sep = ": ";
	for (size_t i = 0; i < n; i++) {
		if (rows[i].lemmas || (roots_only && strlen(rows[i].code) != 2))
			continue;
		printf("%s%s", sep, rows[i].code);
		sep = " ";
	}
	printf("\n");
}

static int stats(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "dict", required_argument, NULL, 'd' },   { "no-default-dict", no_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'f' }, { "roots", no_argument, NULL, 'r' },
		{ "compare", required_argument, NULL, 'c' }, { "misses", no_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },          { NULL, 0, NULL, 0 },
	};
	ent_cli_dicts dicts = { .n = 0 };
	int tsv = 0, roots_only = 0, misses = 0, c;
	const char *compare = NULL;
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "h", longopts)) != -1) {
		switch (c) {
		case 'd':
			if (ent_cli_dicts_add(&dicts, "dict stats", optarg) != ENT_EXIT_OK)
				return ENT_EXIT_USAGE;
			break;
		case 'D': dicts.no_default = 1; break;
		case 'f':
			if (strcmp(optarg, "tsv") && strcmp(optarg, "text"))
				return ent_cli_usage_error("dict stats", "--format is text or tsv, not '%s'", optarg);
			tsv = !strcmp(optarg, "tsv");
			break;
		case 'r': roots_only = 1; break;
		case 'c': compare = optarg; break;
		case 'm': misses = 1; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("dict stats", c);
		}
	}
	if (optind < argc)
		return ent_cli_usage_error("dict stats", "unexpected argument '%s'", argv[optind]);
	if (ent_cli_dicts_check(&dicts, "dict stats") != ENT_EXIT_OK)
		return ENT_EXIT_USAGE;
	if (misses && !compare)
		return ent_cli_usage_error("dict stats", "--misses needs --compare PATH");
	ent_cli_diag_state ds = { "dict stats", 0, 0 };
	ent_lexicon *lx = NULL, *yard = NULL;
	int rc = ent_cli_lexicon_load(&lx, &dicts, 0, &ds);
	if (rc < 0)
		return ent_cli_fatal("dict stats", rc);
	ent_lexicon_code_cover *rows = NULL;
	size_t n = 0;
	rc = ent_lexicon_coverage(lx, &rows, &n);
	if (rc == 0)
		print_rows(rows, n, tsv, roots_only);
	unsigned long quiet = 0;
	if (rc == 0 && compare) {
		rc = load_yardstick(&yard, compare, &quiet);
		if (rc == 0)
			rc = print_overlap(lx, yard, compare, tsv, misses);
	}
	ent_lexicon_coverage_free(rows);
	ent_lexicon_free(yard);
	ent_lexicon_free(lx);
	if (rc < 0)
		return ent_cli_fatal("dict stats", rc);
	return ent_cli_finish_stdout(ds.errors ? ENT_EXIT_INPUT : ENT_EXIT_OK);
}

static int run(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? ENT_EXIT_USAGE : ent_cli_finish_stdout(ENT_EXIT_OK);
	}
	if (!strcmp(argv[1], "stats"))
		return stats(argc - 1, argv + 1);
	return ent_cli_usage_error("dict", "unknown subcommand '%s' (the one there is: stats)", argv[1]);
}

const ent_cli_command ent_cmd_dict = { "dict", run, "what the dictionaries cover: lemmas, frames and nouns per CAMEO code" };
