/* Training: deterministic for a seed (two runs write the same bytes), the
 * model it writes loads and scores what it records, and bad data or paths
 * fail with messages that say where. Small runs on the first sentences of
 * UD English EWT, when ../shared is there. */
#include "harness.h"

#include <stdio.h>  /* FILE */
#include <string.h> /* memcmp, strstr */

#include "entente/parse.h"

static char train_path[4096], dev_path[4096];

static int have_data(void)
{
	snprintf(train_path, sizeof train_path, "%s/ud/en_ewt-ud-train.conllu", ent_test_shared_dir());
	snprintf(dev_path, sizeof dev_path, "%s/ud/en_ewt-ud-dev.conllu", ent_test_shared_dir());
	FILE *f = fopen(train_path, "rb");
	if (!f) {
		printf("  skipped: no %s\n", train_path);
		return 0;
	}
	fclose(f);
	return 1;
}

static unsigned char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	unsigned char *b = malloc((size_t)len + 1);
	*n = b ? fread(b, 1, (size_t)len, f) : 0;
	fclose(f);
	return b;
}

static int train_small(const char *out, uint64_t seed)
{
	ent_parse_train_options o = ENT_PARSE_TRAIN_OPTIONS_INIT;
	o.train_path = train_path;
	o.dev_path = dev_path;
	o.out_path = out;
	o.seed = seed;
	o.tagger_epochs = 2;
	o.parser_epochs = 2;
	o.folds = 2;
	o.max_sentences = 300;
	return ent_parse_train(&o);
}

static void test_deterministic(void)
{
	if (!have_data())
		return;
	CHECK_INT_EQ(train_small("test_train_a.model", 7), 0);
	CHECK_INT_EQ(train_small("test_train_b.model", 7), 0);
	CHECK_INT_EQ(train_small("test_train_c.model", 8), 0);
	size_t na = 0, nb = 0, nc = 0;
	unsigned char *a = slurp("test_train_a.model", &na), *b = slurp("test_train_b.model", &nb);
	unsigned char *c = slurp("test_train_c.model", &nc);
	CHECK(a && b && c && na > 1000);
	CHECK(na == nb && a && b && memcmp(a, b, na) == 0);
	CHECK(!(na == nc && a && c && memcmp(a, c, na) == 0)); /* another seed, another model */
	free(a);
	free(b);
	free(c);

	ent_parse_model *m = NULL;
	CHECK_INT_EQ(ent_parse_model_load(&m, "test_train_a.model"), 0);
	if (m) {
		ent_parse_model_info info;
		ent_parse_model_describe(&info, m);
		CHECK(strstr(info.trained_on, "300 sentences") != NULL);
		CHECK_INT_EQ((int)info.seed, 7);
		ent_parse_score s;
		CHECK_INT_EQ(ent_parse_evaluate(&s, m, dev_path), 0);
		double las = 100.0 * (double)s.las / (double)s.words;
		CHECK(las > info.dev_las - 1e-9 && las < info.dev_las + 1e-9);
		/* 300 sentences are enough to learn something */
		CHECK(info.dev_upos > 70 && info.dev_uas > 40);
	}
	ent_parse_model_free(m);
	remove("test_train_a.model");
	remove("test_train_b.model");
	remove("test_train_c.model");
}

static void test_errors(void)
{
	ent_parse_train_options o = ENT_PARSE_TRAIN_OPTIONS_INIT;
	CHECK_INT_EQ(ent_parse_train(&o), ENT_EINVAL);
	FILE *f = fopen("test_train_bad.conllu", "wb");
	fputs("# text = A b.\n1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tb\tb\tNOUN\tNN\t_\t0\troot\t_\n", f);
	fclose(f);
	o.train_path = "test_train_bad.conllu";
	o.dev_path = "test_train_bad.conllu";
	o.out_path = "test_train_bad.model";
	CHECK_INT_EQ(ent_parse_train(&o), ENT_EFORMAT);
	CHECK(strstr(ent_error_last(), "test_train_bad.conllu:3") != NULL);
	o.train_path = "no/such/train.conllu";
	CHECK_INT_EQ(ent_parse_train(&o), ENT_ENOTFOUND);
	CHECK(strstr(ent_error_last(), "no/such/train.conllu") != NULL);
	remove("test_train_bad.conllu");
	if (!have_data())
		return;
	/* An unwritable output: the error names it, nothing is left behind. */
	CHECK_INT_EQ(train_small("no/such/dir/out.model", 1), ENT_EIO);
	CHECK(strstr(ent_error_last(), "no/such/dir/out.model") != NULL);
}

static const ent_test_case tests[] = {
	{ "deterministic", test_deterministic },
	{ "errors", test_errors },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
