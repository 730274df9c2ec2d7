/* Other coders' validation suites, run from the raw text: each must stay
 * at or above a floor just under what the coder reaches, so a regression
 * fails here. The figures themselves come from bench/validate.sh. */
#include <stdio.h>
#include <string.h>

#include "entente/code.h"
#include "harness.h"

static ent_validate_summary run(ent_suite suite, const char *rel, const char *dict, int with_default)
{
	char path[4096], d[4096];
	snprintf(path, sizeof path, "%s/%s", ent_test_shared_dir(), rel);
	ent_lexicon *lx = NULL;
	ent_validate_summary sum;
	memset(&sum, 0, sizeof sum);
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	if (with_default)
		CHECK_INT_EQ(ent_lexicon_load_default(lx), 0);
	if (dict) {
		snprintf(d, sizeof d, "%s/%s", ent_test_shared_dir(), dict);
		CHECK_INT_EQ(ent_lexicon_load(lx, d), 0);
	} else if (!with_default) {
		CHECK_INT_EQ(ent_validate_load_dicts(suite, path, lx), 0);
	}
	CHECK_INT_EQ(ent_validate_run(suite, path, lx, NULL, NULL, &sum), 0);
	ent_lexicon_free(lx);
	printf("  %s: %zu/%zu codings (%.1f%%), precision %.3f, recall %.3f, %zu passed, %zu failed\n", rel, sum.matched,
	       sum.expected, sum.expected ? 100.0 * (double)sum.matched / (double)sum.expected : 0.0, sum.precision,
	       sum.recall, sum.passed, sum.failed);
	return sum;
}

static double pct(ent_validate_summary s) { return s.expected ? (double)s.matched / (double)s.expected : 0; }

static void test_code_validate__tabari(void)
{
	ent_validate_summary s = run(ENT_SUITE_TABARI, "validation/tabari/Validate.text", NULL, 0);
	CHECK(s.expected > 450);
	CHECK(pct(s) >= 0.90); /* the target */
}

static void test_code_validate__petrarch(void)
{
	ent_validate_summary s = run(ENT_SUITE_PETRARCH, "validation/petrarch2/PETR.UnitTest.records.xml", NULL, 0);
	CHECK(s.expected > 300);
	CHECK(pct(s) >= 0.86);
	s = run(ENT_SUITE_PETRARCH, "validation/universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml", NULL, 0);
	CHECK(s.expected > 300);
	CHECK(pct(s) >= 0.85);
}

static void test_code_validate__gsr(void)
{
	ent_validate_summary s = run(ENT_SUITE_GSR, "validation/universalpetrarch/PETR2_GSR_validation.xml",
				     "dictionaries/phoenix", 0);
	CHECK(s.passed + s.failed == 78);
	CHECK(s.precision >= 0.70); /* the targets */
	CHECK(s.recall >= 0.60);
}

static void test_code_validate__ngec(void)
{
	ent_validate_summary s = run(ENT_SUITE_NGEC, "validation/ngec/ngec_actor_resolution_cases.tsv", NULL, 1);
	CHECK(s.expected > 200);
	CHECK(pct(s) >= 0.95);
}

static const ent_test_case tests[] = {
	{ "test_code_validate__tabari", test_code_validate__tabari },
	{ "test_code_validate__petrarch", test_code_validate__petrarch },
	{ "test_code_validate__gsr", test_code_validate__gsr },
	{ "test_code_validate__ngec", test_code_validate__ngec },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
