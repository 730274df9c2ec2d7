/* The report model and its writers on a small hand-made network whose
 * answer is known: Azerbaijan allied with Israel, Turkey and Pakistan while
 * Israel is hostile to Turkey and Pakistan, and the United States close to
 * Baku but at odds with Ankara, so Azerbaijan sits in three unbalanced
 * triads; Iran is everyone's adversary, which balances its triads. */
#include <jansson.h> /* json_loads: check the JSON report parses and holds what it should */
#include <math.h>    /* fabs */
#include <string.h>  /* strstr, memset */

#include "entente/report.h"
#include "entente/store.h"
#include "harness.h"
#include "util/alloc.h" /* ent__alloc_fail_after */

/* Graphviz and the fontconfig/pango/cairo stack it loads keep caches for
 * the life of the process that LeakSanitizer reports at exit; they are
 * not ours, so sanitizer builds are told to ignore leaks whose stack runs
 * through those libraries. LeakSanitizer calls this hook if it exists;
 * other builds never do. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin\nleak:libfontconfig.so\nleak:libpango\n"
	       "leak:libcairo.so\nleak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libharfbuzz.so\n";
}

typedef struct {
	const char *src, *tgt, *code;
	double goldstein;
	const char *rel; /* relation type, or NULL for an event */
	int rel_sign;
	const char *date;
	int negated;
	const char *text;
} fixture;

/* Sentences written for this test. */
static const fixture caucasus[] = {
	{ "AZEGOV", "ISR", "057", 8.0, NULL, 0, "2023-03-01", 0, "Baku and Jerusalem signed a defence accord." },
	{ "ISR", "AZE", NULL, 0, "ally", 1, "2023-04-01", 0, "Israel calls Azerbaijan a strategic ally." },
	{ "TUR", "AZE", NULL, 0, "ally", 1, "2023-02-01", 0, "Turkey is Azerbaijan's closest ally." },
	{ "AZE", "PAK", "042", 1.9, NULL, 0, "2023-05-01", 0, "Aliyev visited Islamabad." },
	{ "PAK", "AZE", NULL, 0, "partner", 1, "2023-05-02", 0, "Pakistan & Azerbaijan are partners <they say>." },
	{ "TURGOV", "ISR", NULL, 0, "rival", -1, "2023-10-20", 0, "Ankara now treats Israel as a rival." },
	{ "TUR", "ISR", "042", 1.9, NULL, 0, "2010-06-01", 0, "The Turkish minister visited Israel." },
	{ "ISR", "PAK", NULL, 0, "hostile", -1, "2023-06-01", 0, "Israel and Pakistan remain hostile." },
	{ "TUR", "PAK", NULL, 0, "ally", 1, "2023-06-02", 0, "Turkey and Pakistan are allies." },
	{ "USA", "AZE", NULL, 0, "partner", 1, "2023-07-01", 0, "Washington calls Baku a partner." },
	{ "USA", "TUR", NULL, 0, "rival", -1, "2023-07-02", 0, "Washington and Ankara are at odds as rivals." },
	{ "ISR", "IRN", NULL, 0, "rival", -1, "2023-08-01", 0, "Israel's arch-rival Iran." },
	{ "AZE", "IRN", "112", -2.0, NULL, 0, "2023-08-02", 0, "Baku accused Tehran of meddling." },
	{ "AZE", "IRN", NULL, 0, "rival", -1, "2023-08-03", 0, "Iran is a rival of Azerbaijan." },
	{ "AZE", "ISR", "111", -2.0, NULL, 0, "2023-10-21", 1, "Baku would not criticise Israel." },
};

static ent_dyads *make_dyads(const fixture *f, size_t n, double min_strength)
{
	ent_dyad_options o = ENT_DYAD_OPTIONS_INIT;
	o.window_months = 12;
	o.min_strength = min_strength;
	ent_dyads *d = NULL;
	if (ent_dyads_new(&d, &o))
		return NULL;
	for (size_t i = 0; i < n; i++) {
		ent_dyad_input in = { 0 };
		in.doc = "doc1";
		in.doc_title = "A test article";
		in.sentence = i;
		in.date = f[i].date;
		in.source = f[i].src;
		in.target = f[i].tgt;
		in.code = f[i].code;
		in.goldstein = f[i].goldstein;
		in.is_relation = f[i].rel != NULL;
		in.relation_type = f[i].rel;
		in.relation_sign = f[i].rel_sign;
		in.negated = f[i].negated;
		in.text = f[i].text;
		if (ent_dyads_add(d, &in) < 0) {
			ent_dyads_free(d);
			return NULL;
		}
	}
	if (ent_dyads_finish(d)) {
		ent_dyads_free(d);
		return NULL;
	}
	return d;
}

#define NCAUCASUS (sizeof caucasus / sizeof *caucasus)

/* A report on `d` with the default options, and its summary in *s when
 * asked (zeroes when the report could not be made). */
static ent_report *report_of(ent_dyads *d, ent_report_summary *s)
{
	ent_report *r = NULL;
	CHECK_INT_EQ(ent_report_new(&r, d, NULL), 0);
	if (s) {
		memset(s, 0, sizeof *s);
		if (r)
			ent_report_get_summary(r, s);
	}
	return r;
}

static void test_report_report__caucasus_text(void)
{
	ent_dyads *d = make_dyads(caucasus, NCAUCASUS, 1.0);
	CHECK(d != NULL);
	ent_report_summary s;
	ent_report *r = report_of(d, &s);
	CHECK_INT_EQ(s.empty, 0);
	CHECK_INT_EQ(s.unbalanced, 3);
	CHECK(fabs(s.frustration - 2.0) < 1e-9);
	CHECK_INT_EQ(s.optimal, 1);
	ent_buf b = ENT_BUF_INIT;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_TEXT, &b), 0);
	CHECK(b.ptr && strstr(b.ptr, "UNBALANCED TRIADS, strongest first (3)"));
	/* Azerbaijan heads the cross-pressure ranking. */
	const char *cp = b.ptr ? strstr(b.ptr, "CROSS-PRESSURE") : NULL;
	CHECK(cp && strstr(cp, "\n     1  AZE "));
	CHECK(b.ptr && strstr(b.ptr, "frustration index 2, proven optimal (exact)"));
	CHECK(b.ptr && strstr(b.ptr, "IN SHORT\n  Strongest cooperative ties: "));
	CHECK(b.ptr && strstr(b.ptr, "\n  Most cross-pressured: AZE, whose partners are at odds in "));
	/* The negated criticism is shown, flagged, and not counted. */
	CHECK(b.ptr && strstr(b.ptr, "negated"));
	CHECK(b.ptr && strstr(b.ptr, "Baku would not criticise Israel."));
	/* Turkey-Israel went from cooperative (2010) to hostile (2023). */
	const char *tl = b.ptr ? strstr(b.ptr, "ties whose sign changed") : NULL;
	CHECK(tl && strstr(tl, "ISR - TUR"));
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static int has_triad(json_t *list, const char *x, const char *y, const char *z)
{
	size_t i;
	json_t *t;
	json_array_foreach(list, i, t) {
		int found = 0;
		for (size_t k = 0; k < 3; k++) {
			const char *c = json_string_value(json_array_get(t, k));
			found += c && (!strcmp(c, x) || !strcmp(c, y) || !strcmp(c, z));
		}
		if (found == 3)
			return 1;
	}
	return 0;
}

static void test_report_report__caucasus_json(void)
{
	ent_dyads *d = make_dyads(caucasus, NCAUCASUS, 1.0);
	ent_report *r = report_of(d, NULL);
	ent_buf b = ENT_BUF_INIT;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_JSON, &b), 0);
	json_error_t err;
	json_t *j = json_loads(b.ptr ? b.ptr : "", 0, &err);
	CHECK(j != NULL);
	if (!j)
		printf("  JSON error: %s at line %d\n", err.text, err.line);
	json_t *dy = json_object_get(j, "dyads");
	CHECK(json_array_size(dy) >= 10);
	json_t *d0 = json_array_get(dy, 0);
	static const char *const keys[] = { "a", "b", "sign", "weight", "cooperation", "conflict", "events", "evidence" };
	for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
		CHECK(json_object_get(d0, keys[k]) != NULL);
	json_t *tr = json_object_get(j, "triads");
	CHECK(has_triad(json_object_get(tr, "unbalanced"), "AZE", "ISR", "TUR"));
	CHECK(has_triad(json_object_get(tr, "unbalanced"), "AZE", "ISR", "PAK"));
	CHECK(has_triad(json_object_get(tr, "balanced"), "AZE", "ISR", "IRN"));
	CHECK(!has_triad(json_object_get(tr, "balanced"), "AZE", "ISR", "TUR"));
	json_t *p0 = json_array_get(json_object_get(j, "pressure"), 0);
	CHECK_STR_EQ(json_string_value(json_object_get(p0, "actor")), "AZE");
	json_t *fr = json_object_get(j, "frustration");
	CHECK(fabs(json_number_value(json_object_get(fr, "index")) - 2.0) < 1e-9);
	CHECK(json_is_true(json_object_get(fr, "optimal")));
	/* A small network is solved exactly and proven: no gap, no time-out. */
	CHECK(json_is_number(json_object_get(fr, "gap")) && json_number_value(json_object_get(fr, "gap")) == 0);
	CHECK(json_is_false(json_object_get(fr, "time_limit_reached")));
	CHECK_STR_EQ(json_string_value(json_object_get(fr, "method")), "exact");
	CHECK_INT_EQ(json_array_size(json_object_get(fr, "edges")), 2);
	CHECK_INT_EQ(json_array_size(json_object_get(fr, "blocs")), 2);
	CHECK(json_array_size(json_object_get(j, "actors")) == 6);
	/* k-blocs: every actor of the network in exactly one bloc. */
	json_t *kb = json_object_get(json_object_get(j, "kblocs"), "blocs");
	size_t members = 0, bi;
	json_t *bl;
	json_array_foreach(kb, bi, bl)
		members += json_array_size(bl);
	CHECK(json_array_size(kb) >= 1);
	CHECK_INT_EQ(members, 6);
	CHECK(json_array_size(json_object_get(j, "windows")) == 14); /* 2010 .. 2023 by year */
	json_decref(j);
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; p && (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static void test_report_report__graph_formats(void)
{
	ent_dyads *d = make_dyads(caucasus, NCAUCASUS, 1.0);
	ent_report_summary s;
	ent_report *r = report_of(d, &s);
	ent_buf b = ENT_BUF_INIT;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_DOT, &b), 0);
	CHECK(b.ptr && !strncmp(b.ptr, "graph entente {", 15));
	CHECK_INT_EQ(count(b.ptr, " -- "), s.ties);
	CHECK(count(b.ptr, "style=dashed") >= 1 && count(b.ptr, "style=solid") >= 1);
	CHECK_INT_EQ(count(b.ptr, "shape=doublecircle"), 1); /* the most cross-pressured */
	CHECK_INT_EQ(count(b.ptr, "label=<<b>&#x2715;"), 2); /* the frustrated ties */
	b.size = 0;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_GRAPHML, &b), 0);
	CHECK_INT_EQ(count(b.ptr, "<edge "), s.ties);
	CHECK_INT_EQ(count(b.ptr, "<node "), s.actors);
	b.size = 0;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_GEXF, &b), 0);
	CHECK_INT_EQ(count(b.ptr, "<edge "), s.ties);
	CHECK(b.ptr && strstr(b.ptr, "</gexf>"));
	b.size = 0;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_SVG, &b), 0);
	CHECK(b.ptr && strstr(b.ptr, "<svg") && strstr(b.ptr, ">AZE<") && strstr(b.ptr, "</svg>"));
	b.size = 0;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_HTML, &b), 0);
	CHECK(b.ptr && strstr(b.ptr, "<svg") && strstr(b.ptr, "</html>"));
	/* Evidence is escaped, and nothing is fetched from elsewhere. */
	CHECK(b.ptr && strstr(b.ptr, "Pakistan &amp; Azerbaijan are partners &lt;they say&gt;."));
	CHECK(b.ptr && !strstr(b.ptr, "<script") && !strstr(b.ptr, " src=") && !strstr(b.ptr, "<link"));
	/* Turkey-Israel's change of sign is shown. */
	const char *ch = b.ptr ? strstr(b.ptr, "Ties whose sign changed") : NULL;
	CHECK(ch && strstr(ch, "ISR &ndash; TUR"));
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

static void write_all_formats(const ent_report *r, const char *must_say)
{
	for (int f = ENT_REPORT_TEXT; f <= ENT_REPORT_HTML; f++) {
		ent_buf b = ENT_BUF_INIT;
		CHECK_INT_EQ(ent_report_write(r, (ent_report_format)f, &b), 0);
		CHECK(b.size > 0);
		if (f == ENT_REPORT_TEXT || f == ENT_REPORT_HTML || f == ENT_REPORT_JSON)
			CHECK(b.ptr && strstr(b.ptr, must_say));
		ent_buf_dispose(&b);
	}
}

static void test_report_report__empty_dyads(void)
{
	ent_dyads *d = make_dyads(caucasus, 0, 1.0);
	ent_report_summary s;
	ent_report *r = report_of(d, &s);
	CHECK_INT_EQ(s.empty, 1);
	CHECK_INT_EQ(s.ties, 0);
	write_all_formats(r, "No dyads");
	ent_report_free(r);
	ent_dyads_free(d);
}

static void test_report_report__empty_store(void)
{
	ent_store *s = NULL;
	CHECK_INT_EQ(ent_store_open(&s, ":memory:", NULL), 0);
	ent_report *r = NULL;
	CHECK_INT_EQ(ent_report_from_store(&r, s, NULL), 0);
	ent_store_close(s);
	ent_report_summary sum;
	ent_report_get_summary(r, &sum);
	CHECK_INT_EQ(sum.empty, 1);
	CHECK_INT_EQ(sum.documents, 0);
	write_all_formats(r, "No documents");
	ent_report_free(r);
}

static void test_report_report__no_signed_tie(void)
{
	/* One thin event: a dyad, but below the minimum strength. */
	ent_dyads *d = make_dyads(caucasus + 3, 1, 5.0);
	ent_report_summary s;
	ent_report *r = report_of(d, &s);
	CHECK_INT_EQ(s.empty, 0);
	CHECK_INT_EQ(s.dyads, 1);
	CHECK_INT_EQ(s.ties, 0);
	write_all_formats(r, "No signed tie");
	ent_report_free(r);
	ent_dyads_free(d);
}

static void test_report_report__format_names_and_options(void)
{
	ent_report_format f;
	CHECK_INT_EQ(ent_report_format_parse(&f, "gexf"), 0);
	CHECK_INT_EQ(f, ENT_REPORT_GEXF);
	CHECK_INT_EQ(ent_report_format_parse(&f, "png"), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "png") != NULL);
	ent_report_options o;
	CHECK_INT_EQ(ent_report_options_init(&o, ENT_REPORT_OPTIONS_VERSION), 0);
	CHECK_INT_EQ(ent_report_options_init(&o, 99), ENT_EINVAL);
	o.layout = "circo";
	ent_dyads *d = make_dyads(caucasus, 2, 1.0);
	ent_report *r = NULL;
	CHECK_INT_EQ(ent_report_new(&r, d, &o), ENT_EINVAL);
	CHECK(r == NULL);
	ent_buf b = ENT_BUF_INIT;
	o.layout = "fdp";
	CHECK_INT_EQ(ent_report_new(&r, d, &o), 0);
	CHECK_INT_EQ(ent_report_write(r, (ent_report_format)42, &b), ENT_EINVAL);
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_SVG, &b), 0);
	ent_buf_dispose(&b);
	ent_report_free(r);
	ent_dyads_free(d);
}

/* A network of 100 actors: the picture draws the 60 most prominent and
 * says so; the data formats keep all; the method can be forced. */
static void test_report_report__large_network_limits(void)
{
	ent_dyad_options o = ENT_DYAD_OPTIONS_INIT;
	ent_dyads *d = NULL;
	CHECK_INT_EQ(ent_dyads_new(&d, &o), 0);
	char a[16], b[16];
	for (int i = 0; i < 100; i++)
		for (int k = 1; k <= 3; k++) {
			snprintf(a, sizeof a, "Q%02d", i);
			snprintf(b, sizeof b, "Q%02d", (i + k * 7) % 100);
			ent_dyad_input in = { 0 };
			in.doc = "big";
			in.sentence = (size_t)(i * 3 + k);
			in.source = a;
			in.target = b;
			in.code = k == 2 ? "111" : "042";
			in.goldstein = k == 2 ? -2.0 : 1.9 + i * 0.01; /* prominence differs */
			in.text = "A generated sentence.";
			CHECK_INT_EQ(ent_dyads_add(d, &in), 0);
		}
	CHECK_INT_EQ(ent_dyads_finish(d), 0);
	ent_report_options ro = ENT_REPORT_OPTIONS_INIT;
	ro.method = ENT_REPORT_METHOD_HEURISTIC;
	ent_report *r = NULL;
	CHECK_INT_EQ(ent_report_new(&r, d, &ro), 0);
	ent_buf b1 = ENT_BUF_INIT;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_DOT, &b1), 0);
	CHECK_INT_EQ(count(b1.ptr, "fixedsize=true"), 60);
	CHECK(b1.ptr && strstr(b1.ptr, "the 60 most prominent of 100 actors are drawn"));
	b1.size = 0;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_GRAPHML, &b1), 0);
	CHECK_INT_EQ(count(b1.ptr, "<node "), 100);
	b1.size = 0;
	CHECK_INT_EQ(ent_report_write(r, ENT_REPORT_JSON, &b1), 0);
	CHECK(b1.ptr && strstr(b1.ptr, "\"method\":\"heuristic\""));
	ent_buf_dispose(&b1);
	ent_report_free(r);
	ro.method = 7;
	CHECK_INT_EQ(ent_report_new(&r, d, &ro), ENT_EINVAL);
	ent_dyads_free(d);
}

/* Every allocation of building and writing (text, JSON) fails in turn:
 * each failure is ENT_ENOMEM, nothing crashes or leaks (ASan build). */
static void test_report_report__allocation_failures(void)
{
	ent_dyads *d = make_dyads(caucasus, NCAUCASUS, 1.0);
	int failures = 0, successes = 0;
	for (size_t n = 1; n < 5000; n++) {
		ent__alloc_fail_after(n);
		ent_report *r = NULL;
		ent_buf b = ENT_BUF_INIT;
		int rc = ent_report_new(&r, d, NULL);
		if (rc == 0)
			rc = ent_report_write(r, ENT_REPORT_TEXT, &b);
		if (rc == 0)
			rc = ent_report_write(r, ENT_REPORT_JSON, &b);
		size_t used = ent__alloc_fail_after(0);
		ent_buf_dispose(&b);
		ent_report_free(r);
		if (rc == 0) {
			successes++;
			if (used < n) /* the run needed fewer allocations than n: all were tried */
				break;
		} else {
			CHECK_INT_EQ(rc, ENT_ENOMEM);
			failures++;
		}
	}
	CHECK(failures > 10);
	CHECK(successes >= 1);
	ent_dyads_free(d);
}

static const ent_test_case cases[] = {
	{ "test_report_report__caucasus_text", test_report_report__caucasus_text },
	{ "test_report_report__caucasus_json", test_report_report__caucasus_json },
	{ "test_report_report__graph_formats", test_report_report__graph_formats },
	{ "test_report_report__empty_dyads", test_report_report__empty_dyads },
	{ "test_report_report__empty_store", test_report_report__empty_store },
	{ "test_report_report__no_signed_tie", test_report_report__no_signed_tie },
	{ "test_report_report__format_names_and_options", test_report_report__format_names_and_options },
	{ "test_report_report__large_network_limits", test_report_report__large_network_limits },
	{ "test_report_report__allocation_failures", test_report_report__allocation_failures },
	{ NULL, NULL },
};

ENT_TEST_MAIN(cases)
