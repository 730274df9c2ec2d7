/* Actor names in the report (ent_report_options.names): every writer
 * shows a name beside the code, and the codes stay where they were. A
 * small network written for this test: Azerbaijan close to Israel and
 * Turkey, Turkey hostile to Israel (one unbalanced triad), and Iran at
 * odds with Azerbaijan; "USA" has no entry in the test dictionary. */
#include <jansson.h> /* json_loads: the JSON report's names */
#include <string.h>  /* strstr, strlen */

#include "entente/lexicon.h"
#include "entente/report.h"
#include "harness.h"

/* Graphviz and the libraries it loads keep caches for the life of the
 * process, which LeakSanitizer would report (see test_report.c). */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin\nleak:libfontconfig.so\nleak:libpango\n"
	       "leak:libcairo.so\nleak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libharfbuzz.so\n";
}

typedef struct {
	const char *src, *tgt, *rel;
	int sign;
	const char *text;
} tie;

static const tie ties[] = {
	{ "AZE", "ISR", "ally", 1, "Azerbaijan and Israel are allies." },
	{ "TUR", "AZE", "ally", 1, "Turkey is Azerbaijan's closest ally." },
	{ "TUR", "ISR", "rival", -1, "Ankara treats Israel as a rival." },
	{ "IRN", "AZE", "rival", -1, "Tehran is Baku's rival." },
	{ "USA", "AZE", "partner", 1, "Washington calls Baku a partner." },
};

static const char actors[] = "actor AZE country\nname Azerbaijan\n"
			     "actor ISR country\nname Israel\n"
			     "actor TUR country\nname Turkey; Türkiye\n"
			     "actor IRN country\nname Iran\n";

static ent_dyads *make_dyads(void)
{
	ent_dyad_options o = ENT_DYAD_OPTIONS_INIT;
	ent_dyads *d = NULL;
	CHECK_INT_EQ(ent_dyads_new(&d, &o), 0);
	for (size_t i = 0; d && i < sizeof ties / sizeof *ties; i++) {
		ent_dyad_input in = { 0 };
		in.doc = "doc1";
		in.doc_title = "A test article";
		in.sentence = i;
		in.date = "2024-01-01";
		in.source = ties[i].src;
		in.target = ties[i].tgt;
		in.is_relation = 1;
		in.relation_type = ties[i].rel;
		in.relation_sign = ties[i].sign;
		in.text = ties[i].text;
		CHECK_INT_EQ(ent_dyads_add(d, &in), 0);
	}
	if (d)
		CHECK_INT_EQ(ent_dyads_finish(d), 0);
	return d;
}

/* A report with names; the lexicon is freed before anything is written,
 * so a writer that still read it would fail under the sanitizers. */
static ent_report *named_report(ent_dyads *d)
{
	ent_lexicon *lx = NULL;
	CHECK_INT_EQ(ent_lexicon_new(&lx, NULL), 0);
	CHECK_INT_EQ(ent_lexicon_load_buffer(lx, "actors/10-test.txt", actors, strlen(actors), ENT_DICT_ACTORS), 0);
	ent_report_options o = ENT_REPORT_OPTIONS_INIT;
	o.names = lx;
	ent_report *r = NULL;
	CHECK_INT_EQ(ent_report_new(&r, d, &o), 0);
	ent_lexicon_free(lx);
	return r;
}

static void written(const ent_report *r, ent_report_format fmt, ent_buf *b)
{
	b->size = 0;
	CHECK_INT_EQ(ent_report_write(r, fmt, b), 0);
	CHECK(b->ptr != NULL);
	if (b->ptr)
		b->ptr[b->size] = '\0';
}

static int has(const ent_buf *b, const char *s)
{
	return b->ptr && strstr(b->ptr, s) != NULL;
}

static void test_report_names__text(void)
{
	ent_dyads *d = make_dyads();
	ent_report *r = named_report(d);
	ent_buf b = ENT_BUF_INIT;
	written(r, ENT_REPORT_TEXT, &b);
	CHECK(has(&b, "weight  name\n"));
	CHECK(has(&b, " Azerbaijan\n"));
	CHECK(has(&b, "Most cross-pressured: Azerbaijan (AZE), whose partners"));
	/* the triad line keeps its codes and adds the names at the end */
	CHECK(has(&b, "\n  AZE       ISR       TUR  "));
	CHECK(has(&b, "  Azerbaijan, Israel, Turkey\n"));
	CHECK(has(&b, "Strongest unbalanced triad: Azerbaijan, Israel, Turkey: AZE-ISR-TUR ("));
	/* USA has no name: the code stands alone */
	CHECK(has(&b, "Azerbaijan - USA"));
	CHECK(has(&b, "USA"));
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static void test_report_names__json(void)
{
	ent_dyads *d = make_dyads();
	ent_report *r = named_report(d);
	ent_buf b = ENT_BUF_INIT;
	written(r, ENT_REPORT_JSON, &b);
	json_error_t err;
	json_t *root = b.ptr ? json_loads(b.ptr, 0, &err) : NULL;
	CHECK(root != NULL);
	size_t i;
	json_t *a;
	int named = 0, unnamed = 0;
	json_array_foreach(json_object_get(root, "actors"), i, a)
	{
		const char *code = json_string_value(json_object_get(a, "code"));
		json_t *name = json_object_get(a, "name");
		if (code && !strcmp(code, "AZE"))
			named += json_is_string(name) && !strcmp(json_string_value(name), "Azerbaijan");
		if (code && !strcmp(code, "USA"))
			unnamed += json_is_null(name);
	}
	CHECK_INT_EQ(named, 1);
	CHECK_INT_EQ(unnamed, 1);
	json_t *p0 = json_array_get(json_object_get(root, "pressure"), 0);
	CHECK_STR_EQ(json_string_value(json_object_get(p0, "actor")), "AZE");
	CHECK_STR_EQ(json_string_value(json_object_get(p0, "name")), "Azerbaijan");
	json_decref(root);
	ent_buf_dispose(&b);
	ent_report_free(r);

	/* without names the key is there, null */
	CHECK_INT_EQ(ent_report_new(&r, d, NULL), 0);
	written(r, ENT_REPORT_JSON, &b);
	CHECK(has(&b, "\"code\":\"AZE\",\"name\":null,"));
	CHECK(!has(&b, "\"name\":\"Azerbaijan\""));
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static void test_report_names__graphs(void)
{
	ent_dyads *d = make_dyads();
	ent_report *r = named_report(d);
	ent_buf b = ENT_BUF_INIT;
	written(r, ENT_REPORT_DOT, &b);
	CHECK(has(&b, "\"AZE\" [")); /* the node is still its code */
	CHECK(has(&b, "xlabel=\"Azerbaijan\""));
	CHECK(has(&b, "tooltip=\"Azerbaijan (AZE): bloc "));
	CHECK(has(&b, "tooltip=\"USA: bloc "));
	written(r, ENT_REPORT_GRAPHML, &b);
	CHECK(has(&b, "<key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>"));
	CHECK(has(&b, "<node id=\"AZE\"><data key=\"name\">Azerbaijan</data>"));
	CHECK(has(&b, "<node id=\"USA\"><data key=\"bloc\">"));
	written(r, ENT_REPORT_GEXF, &b);
	CHECK(has(&b, "label=\"Azerbaijan\""));
	CHECK(has(&b, "<attvalue for=\"3\" value=\"AZE\"/><attvalue for=\"4\" value=\"Azerbaijan\"/>"));
	CHECK(has(&b, "label=\"USA\""));
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static void test_report_names__pictures(void)
{
	ent_dyads *d = make_dyads();
	ent_report *r = named_report(d);
	ent_buf b = ENT_BUF_INIT;
	b.size = 0;
	int rc = ent_report_write(r, ENT_REPORT_SVG, &b);
	CHECK(rc == 0 || rc == ENT_EUNSUPPORTED); /* Graphviz without a renderer */
	if (rc == 0) {
		b.ptr[b.size] = '\0';
		CHECK(has(&b, ">AZE<"));
		CHECK(has(&b, ">Azerbaijan<"));
		CHECK(has(&b, "<title>AZE</title>"));
	}
	b.size = 0;
	rc = ent_report_write(r, ENT_REPORT_HTML, &b);
	CHECK(rc == 0 || rc == ENT_EUNSUPPORTED);
	if (rc == 0) {
		b.ptr[b.size] = '\0';
		CHECK(has(&b, "Azerbaijan <small>AZE</small>"));
		CHECK(has(&b, "<th>name</th>"));
		CHECK(has(&b, "<span class=\"nm\">Azerbaijan &ndash; Israel</span>"));
	}
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static const ent_test_case tests[] = {
	{ "test_report_names__text", test_report_names__text },
	{ "test_report_names__json", test_report_names__json },
	{ "test_report_names__graphs", test_report_names__graphs },
	{ "test_report_names__pictures", test_report_names__pictures },
	{ NULL, NULL },
};

ENT_TEST_MAIN(tests)
