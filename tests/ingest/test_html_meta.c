#include "harness.h"
#include "ingest/html_meta.h"

#include "ingest/pages.h" /* ent_test_for_each_page */
#include "util/buf.h"     /* ent_buf_put */

static ent_html_meta meta_of(ent_arena *a, const char *html)
{
	ent_html_meta m;
	int rc = ent_ingest__html_meta(html, strlen(html), a, &m);
	CHECK_INT_EQ(rc, 0);
	return m;
}

static void test_ingest_html_meta__open_graph_wins(void)
{
	ent_arena *a = ent_arena_new(4096);
	ent_html_meta m = meta_of(a,
		"<!doctype html><html><head><title>Baku and Ankara | Site</title>"
		"<meta property=\"og:title\" content=\"Baku &amp; Ankara\">"
		"<meta property=\"article:published_time\" content=\"2024-03-03T10:20:30+00:00\">"
		"<meta name=\"date\" content=\"2020-01-01\">"
		"<link rel=\"canonical\" href=\"https://example.org/a\">"
		"<meta property=\"og:url\" content=\"https://example.org/og\">"
		"</head><body><time datetime=\"2019-05-05\">x</time></body></html>");
	CHECK_STR_EQ(m.title, "Baku & Ankara");
	CHECK_STR_EQ(m.date, "2024-03-03T10:20:30Z");
	CHECK_STR_EQ(m.url, "https://example.org/a");
	ent_arena_free(a);
}

static void test_ingest_html_meta__fallbacks(void)
{
	ent_arena *a = ent_arena_new(4096);
	ent_html_meta m = meta_of(a,
		"<html><head><title>\n  Plain   title\n</title>"
		"<meta property=\"og:url\" content=\"https://example.org/og\">"
		"<meta name=\"DC.date\" content=\"not a date\">"
		"</head><body><p>Text</p><time datetime=\"2019-05-05\">x</time>"
		"<time pubdate datetime=\"2021-06-07T08:09\">y</time></body></html>");
	CHECK_STR_EQ(m.title, "Plain title");
	CHECK_STR_EQ(m.url, "https://example.org/og");
	CHECK_STR_EQ(m.date, "2021-06-07T08:09"); /* pubdate outranks a plain <time> */
	ent_arena_reset(a);
	m = meta_of(a, "<p>No head at all</p>");
	CHECK(m.title == NULL && m.url == NULL && m.date == NULL);
	ent_arena_free(a);
}

static void test_ingest_html_meta__json_ld_and_microdata(void)
{
	ent_arena *a = ent_arena_new(4096);
	ent_html_meta m = meta_of(a,
		"<html><head><script type=\"application/ld+json\">"
		"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
		"{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\",\"datePublished\":\"2022-02-02T02:02:02Z\"}]}"
		"</script></head><body><svg><title>not the title</title></svg></body></html>");
	CHECK_STR_EQ(m.title, "From JSON-LD");
	CHECK_STR_EQ(m.date, "2022-02-02T02:02:02Z");
	ent_arena_reset(a);
	m = meta_of(a, "<body><span itemprop=\"datePublished\" content=\"March 3, 2024\">3/3</span></body>");
	CHECK_STR_EQ(m.date, "2024-03-03");
	ent_arena_reset(a);
	/* itemprop lists several properties; JSON-LD with a trailing comma. */
	m = meta_of(a, "<meta itemprop=\"datePublished dateCreated\" content=\"2019-11-19T11:00:09.000Z\">");
	CHECK_STR_EQ(m.date, "2019-11-19T11:00:09.000Z");
	ent_arena_reset(a);
	m = meta_of(a, "<script type=\"application/ld+json\">{\"keywords\": [\"a\", ],\n"
		       "  \"datePublished\": \"2019-11-18T16:06:51-05:00\"}</script>");
	CHECK_STR_EQ(m.date, "2019-11-18T16:06:51-05:00");
	ent_arena_free(a);
}

static void test_ingest_html_meta__deep_nesting(void)
{
	/* 20000 nested elements: the walk must not recurse per level. */
	ent_buf b = ENT_BUF_INIT;
	ent_buf_puts(&b, "<html><head><title>Deep</title></head><body>");
	for (int i = 0; i < 20000; i++)
		ent_buf_puts(&b, "<span>");
	ent_buf_puts(&b, "<time datetime=\"2024-01-02\">x</time>");
	ent_arena *a = ent_arena_new(4096);
	ent_html_meta m;
	CHECK_INT_EQ(ent_ingest__html_meta(b.ptr, b.size, a, &m), 0);
	CHECK_STR_EQ(m.title, "Deep");
	CHECK_STR_EQ(m.date, "2024-01-02");
	ent_arena_free(a);
	ent_buf_dispose(&b);
}

typedef struct {
	ent_arena *arena;
	int titled, dated;
} page_counts;

static void meta_of_page(const char *html, size_t len, void *payload)
{
	page_counts *pc = payload;
	ent_html_meta m;
	ent_arena_reset(pc->arena);
	CHECK_INT_EQ(ent_ingest__html_meta(html, len, pc->arena, &m), 0);
	pc->titled += m.title != NULL;
	pc->dated += m.date != NULL;
}

static void test_ingest_html_meta__benchmark_pages(void)
{
	/* Real pages from the extraction benchmark: most carry a title, and
	 * the metadata pass must cope with all of them. */
	page_counts pc = { ent_arena_new(1 << 16), 0, 0 };
	int pages = ent_test_for_each_page(60, meta_of_page, &pc);
	printf("  %d pages: %d with a title, %d with a date\n", pages, pc.titled, pc.dated);
	CHECK_INT_EQ(pages, 60);
	CHECK(pc.titled >= 55);
	ent_arena_free(pc.arena);
}

static const ent_test_case tests[] = {
	{ "test_ingest_html_meta__open_graph_wins", test_ingest_html_meta__open_graph_wins },
	{ "test_ingest_html_meta__fallbacks", test_ingest_html_meta__fallbacks },
	{ "test_ingest_html_meta__json_ld_and_microdata", test_ingest_html_meta__json_ld_and_microdata },
	{ "test_ingest_html_meta__deep_nesting", test_ingest_html_meta__deep_nesting },
	{ "test_ingest_html_meta__benchmark_pages", test_ingest_html_meta__benchmark_pages },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
