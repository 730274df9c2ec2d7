/* The committed model: it loads, it says what it was trained on, and it
 * still scores on the dev treebank exactly what training recorded (the
 * figures are integer counts, so any change to the tagger, lemmatiser or
 * parser code that alters a single decision shows here). Damaged model
 * files are refused with a message naming the file. */
#include "harness.h"

#include <stdio.h>  /* FILE, fopen */
#include <string.h> /* strstr */

#include "entente/parse.h"

static const char *model_path(void)
{
	static char path[4096];
	snprintf(path, sizeof path, "%s/model/en_ewt.model", ent_test_data_dir());
	return path;
}

static void test_describe(void)
{
	ent_parse_model *m = NULL;
	CHECK_INT_EQ(ent_parse_model_load(&m, model_path()), 0);
	if (!m)
		return;
	ent_parse_model_info info;
	ent_parse_model_describe(&info, m);
	CHECK_INT_EQ(info.format, 1);
	CHECK(strstr(info.trained_on, "en_ewt-ud-train.conllu") != NULL);
	CHECK(info.tags > 40 && info.labels > 30);
	CHECK(info.dev_upos > 90 && info.dev_uas > 80 && info.dev_las > 75);
	ent_parse_model_free(m);
}

/* The default path (NULL) goes through ENT_DATA_DIR. */
static void test_default_path(void)
{
	ent_parse_model *m = NULL;
	CHECK_INT_EQ(ent_parse_model_load(&m, NULL), 0);
	ent_parse_model_free(m);
}

static void test_dev_figures(void)
{
	char dev[4096];
	snprintf(dev, sizeof dev, "%s/ud/en_ewt-ud-dev.conllu", ent_test_shared_dir());
	FILE *f = fopen(dev, "rb");
	if (!f) {
		printf("  skipped: no %s\n", dev);
		return;
	}
	fclose(f);
	ent_parse_model *m = NULL;
	CHECK_INT_EQ(ent_parse_model_load(&m, model_path()), 0);
	if (!m)
		return;
	ent_parse_model_info info;
	ent_parse_model_describe(&info, m);
	ent_parse_score s;
	CHECK_INT_EQ(ent_parse_evaluate(&s, m, dev), 0);
	double n = (double)s.words / 100;
	printf("  dev: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f (recorded %.2f %.2f %.2f %.2f %.2f)\n",
	       s.upos / n, s.xpos / n, s.lemma / n, s.uas / n, s.las / n, info.dev_upos, info.dev_xpos,
	       info.dev_lemma, info.dev_uas, info.dev_las);
	CHECK(s.words == 25147 && s.sentences == 2001);
	CHECK(s.upos / n > info.dev_upos - 1e-9 && s.upos / n < info.dev_upos + 1e-9);
	CHECK(s.xpos / n > info.dev_xpos - 1e-9 && s.xpos / n < info.dev_xpos + 1e-9);
	CHECK(s.lemma / n > info.dev_lemma - 1e-9 && s.lemma / n < info.dev_lemma + 1e-9);
	CHECK(s.uas / n > info.dev_uas - 1e-9 && s.uas / n < info.dev_uas + 1e-9);
	CHECK(s.las / n > info.dev_las - 1e-9 && s.las / n < info.dev_las + 1e-9);
	ent_parse_model_free(m);
}

/* Read the committed model into memory. */
static unsigned char *slurp(size_t *n)
{
	FILE *f = fopen(model_path(), "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	unsigned char *b = malloc((size_t)len);
	*n = b ? fread(b, 1, (size_t)len, f) : 0;
	fclose(f);
	return b;
}

static int load_bytes(const char *path, const unsigned char *b, size_t n)
{
	FILE *f = fopen(path, "wb");
	fwrite(b, 1, n, f);
	fclose(f);
	ent_parse_model *m = NULL;
	int rc = ent_parse_model_load(&m, path);
	CHECK(rc != 0 || m != NULL);
	if (rc != 0)
		CHECK(strstr(ent_error_last(), path) != NULL);
	ent_parse_model_free(m);
	return rc;
}

static void test_bad_files(void)
{
	size_t n = 0;
	unsigned char *b = slurp(&n);
	CHECK(b != NULL && n > 1000);
	if (!b)
		return;
	const char *p = "test_model_bad.model";
	ent_parse_model *m = NULL;
	CHECK_INT_EQ(ent_parse_model_load(&m, "no/such/dir/x.model"), ENT_ENOTFOUND);
	CHECK(strstr(ent_error_last(), "no/such/dir/x.model") != NULL);
	CHECK_INT_EQ(load_bytes(p, b, 0), ENT_EFORMAT);
	CHECK_INT_EQ(load_bytes(p, (const unsigned char *)"hello, world\n", 13), ENT_EFORMAT);
	CHECK_INT_EQ(load_bytes(p, b, 100), ENT_EFORMAT);     /* truncated */
	CHECK_INT_EQ(load_bytes(p, b, n / 2), ENT_EFORMAT);   /* truncated */
	CHECK_INT_EQ(load_bytes(p, b, n), 0);                 /* intact */
	unsigned char saved = b[n / 2];
	b[n / 2] ^= 0x5a;                                     /* one damaged byte */
	CHECK_INT_EQ(load_bytes(p, b, n), ENT_EFORMAT);
	b[n / 2] = saved;
	b[8] = 99;                                            /* a future format */
	CHECK_INT_EQ(load_bytes(p, b, n), ENT_EUNSUPPORTED);
	CHECK(strstr(ent_error_last(), "format 99") != NULL);
	remove(p);
	free(b);
}

static const ent_test_case tests[] = {
	{ "describe", test_describe },
	{ "default_path", test_default_path },
	{ "dev_figures", test_dev_figures },
	{ "bad_files", test_bad_files },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
