/* entente validate: run another event coder's test suite (TABARI,
 * PETRARCH, the PETR2 GSR records, NGEC actor cases) from the raw
 * sentence text and report each record and the totals. */
#include <stdio.h>  /* printf */
#include <string.h> /* strcmp */

#include "cli.h"
#include "dicts.h" /* --dict, --no-default-dict */

static void usage(FILE *out)
{
	fprintf(out,
		"usage: entente validate tabari|petrarch|gsr|ngec|plover FILE [--dict PATH]... [--no-default-dict]\n"
		"                        [--default-dict] [--quiet] [--failures]\n"
		"       entente validate ud FILE.conllu [--model FILE]\n\n"
		"Code each record of FILE from its raw sentence text (a supplied parse is never\n"
		"used) and compare with the codings the suite expects:\n"
		"  tabari    TABARI Validate.text; its OPTION: records are applied\n"
		"  petrarch  PETRARCH PETR.UnitTest.records.xml (or UniversalPetrarch's variant)\n"
		"  gsr       PETR2_GSR_validation.xml: precision and recall on (source, target,\n"
		"                     two-digit root code)\n"
		"  ngec      NGEC ngec_actor_resolution_cases.tsv: country of a text\n"
		"  plover    PLOVER's gold standard (PLOVER_GSR_*.jsonl): sentences whose gold\n"
		"                     event type is coded, those with both actors right too (PASS),\n"
		"                     and the share of coded events that have the gold type\n"
		"  ud        a UD treebank: parse its words (gold tokens) and print UPOS, XPOS,\n"
		"                     lemma, UAS and LAS as the CoNLL 2018 scorer counts them\n"
		"                     (punctuation included, LAS on the relation before ':')\n"
		"One line a record: PASS or FAIL, the id, what was expected and what was coded.\n"
		"The last line is `N passed, N failed`. Events are coded as `entente code` codes\n"
		"them, with the parser's trees; ENT_NO_TREE=1 in the environment codes without\n"
		"them, for comparison.\n\n"
		"A suite's default dictionaries are those its files name (TABARI's .project,\n"
		"PETRARCH's <Environment>) for tabari and petrarch, entente's own for gsr, ngec\n"
		"and plover.\n\n"
		ENT_CLI_DICTS_HELP
		"                     (here: not the suite's default dictionaries)\n"
		"  --default-dict     tabari, petrarch: load entente's own dictionaries as well\n"
		"  --model FILE       ud: the parser model (default: the data directory's)\n"
		"  --quiet            only the totals\n"
		"  --failures         only failed records and the totals\n"
		"  -h, --help         this text\n\n"
		"Exit status: 0 ran (whatever the score), 2 usage, 3 fatal: among them a FILE\n"
		"that holds no record of the suite named (empty, another suite's, another format),\n"
		"said with what the file looks like.\n");
}

typedef struct {
	int quiet, failures;
} print_state;

static int print_record(const ent_validate_record *r, void *payload)
{
	print_state *ps = payload;
	if (ps->quiet || r->skipped || (ps->failures && r->passed))
		return 0;
	printf("%s %s\texpected: %s\tcoded: %s\n", r->passed ? "PASS" : "FAIL", r->id, r->expected, r->coded);
	return 0;
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0.0; }

static int validate_ud(const char *file, const char *model_path)
{
	ent_parse_model *model = NULL;
	int rc = ent_parse_model_load(&model, model_path);
	ent_parse_score s;
	if (rc == 0)
		rc = ent_parse_evaluate(&s, model, file);
	ent_parse_model_free(model);
	if (rc < 0)
		return ent_cli_fatal("validate", rc);
	/* A treebank without a sentence is the wrong file, not a score of 0. */
	if (s.sentences == 0) {
		fprintf(stderr, "entente validate: %s: no CoNLL-U sentences (lines of 10 tab-separated fields, "
				"sentences apart by blank lines)\n", file);
		return ENT_EXIT_FATAL;
	}
	printf("%zu sentences, %zu words (gold tokens)\n", s.sentences, s.words);
	printf("UPOS  %6.2f\nXPOS  %6.2f\nLemma %6.2f\nUAS   %6.2f\nLAS   %6.2f\n", pct(s.upos, s.words),
	       pct(s.xpos, s.words), pct(s.lemma, s.words), pct(s.uas, s.words), pct(s.las, s.words));
	return ent_cli_finish_stdout(ENT_EXIT_OK);
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "dict", required_argument, NULL, 'd' },
		{ "default-dict", no_argument, NULL, 'D' },
		{ "no-default-dict", no_argument, NULL, 'G' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "failures", no_argument, NULL, 'f' },
		{ "model", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	ent_cli_dicts dicts = { .n = 0 };
	int with_default = 0, c, rc;
	const char *model = NULL;
	print_state ps = { 0, 0 };
	optind = 1;
	while ((c = ent_cli_getopt(argc, argv, "hq", longopts)) != -1) {
		switch (c) {
		case 'd':
			if ((rc = ent_cli_dicts_add(&dicts, "validate", optarg)) != ENT_EXIT_OK)
				return rc;
			break;
		case 'D': with_default = 1; break;
		case 'G': dicts.no_default = 1; break;
		case 'q': ps.quiet = 1; break;
		case 'f': ps.failures = 1; break;
		case 'm': model = optarg; break;
		case 'h':
			usage(stdout);
			return ent_cli_finish_stdout(ENT_EXIT_OK);
		default: return ent_cli_bad_option("validate", c);
		}
	}
	if (argc - optind != 2)
		return ent_cli_usage_error("validate", "expected a suite (tabari, petrarch, gsr, ngec, plover) and a FILE");
	const char *kind = argv[optind], *file = argv[optind + 1];
	if (!strcmp(kind, "ud"))
		return validate_ud(file, model);
	ent_suite suite;
	if (!strcmp(kind, "tabari"))
		suite = ENT_SUITE_TABARI;
	else if (!strcmp(kind, "petrarch"))
		suite = ENT_SUITE_PETRARCH;
	else if (!strcmp(kind, "gsr"))
		suite = ENT_SUITE_GSR;
	else if (!strcmp(kind, "ngec"))
		suite = ENT_SUITE_NGEC;
	else if (!strcmp(kind, "plover"))
		suite = ENT_SUITE_PLOVER;
	else
		return ent_cli_usage_error("validate", "unknown suite '%s' (tabari, petrarch, gsr, ngec, plover, ud)", kind);

	ent_cli_diag_state ds = { "validate", 0, 0 };
	ent_lexicon_options lo = ENT_LEXICON_OPTIONS_INIT;
	lo.diag = ent_cli_print_diag;
	lo.diag_payload = &ds;
	/* The suite's defaults are entente's dictionaries (gsr, ngec, plover)
	 * or those its files name (tabari, petrarch); --dict adds to them,
	 * --no-default-dict leaves them out, as in every command. */
	int own = suite == ENT_SUITE_GSR || suite == ENT_SUITE_NGEC || suite == ENT_SUITE_PLOVER;
	if (own && with_default)
		return ent_cli_usage_error("validate", "--default-dict is for tabari and petrarch: %s already codes with "
						       "entente's dictionaries", kind);
	if ((rc = ent_cli_dicts_check(&dicts, "validate")) != ENT_EXIT_OK)
		return rc;
	ent_lexicon *lx = NULL;
	rc = ent_lexicon_new(&lx, &lo);
	if (rc == 0 && !own && !dicts.no_default)
		rc = ent_validate_load_dicts(suite, file, lx);
	if (rc == 0)
		rc = ent_lexicon_load_set(lx, dicts.paths, dicts.n, own ? dicts.no_default : !with_default);
	ent_validate_summary sum;
	if (rc == 0)
		rc = ent_validate_run(suite, file, lx, print_record, &ps, &sum);
	ent_lexicon_free(lx);
	if (rc < 0)
		return ent_cli_fatal("validate", rc);
	if (suite == ENT_SUITE_PLOVER)
		printf("sentences: %zu; gold type found %zu (%.1f%%), with both actors %zu (%.1f%%); %zu coded, precision %.3f\n",
		       sum.expected, sum.matched, pct(sum.matched, sum.expected), sum.passed, pct(sum.passed, sum.expected),
		       sum.coded, sum.precision);
	else
		printf("codings: %zu expected, %zu found (%.1f%%), %zu coded; precision %.3f, recall %.3f\n", sum.expected,
	       sum.matched, sum.expected ? 100.0 * (double)sum.matched / (double)sum.expected : 0.0, sum.coded,
	       sum.precision, sum.recall);
	printf("%zu passed, %zu failed\n", sum.passed, sum.failed);
	return ent_cli_finish_stdout(ENT_EXIT_OK);
}

const ent_cli_command ent_cmd_validate = { "validate", run, "run TABARI, PETRARCH, GSR, NGEC or UD treebank validation suites" };
