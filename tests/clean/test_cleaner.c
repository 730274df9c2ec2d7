/* The cleaner's public API on small pages written for these tests: a
 * flattened page with chrome, a credit and a teaser of another story, and
 * an HTML page with navigation, a sidebar, a link list and hidden text. */
#include <stdio.h>  /* snprintf */
#include <string.h> /* strstr */

#include "entente/clean.h"
#include "harness.h"
#include "util/alloc.h" /* ent__alloc_fail_after */

/* Paragraphs of the article itself: long, ordinary prose. */
#define P1 "The two governments signed a water-sharing agreement on Monday after eleven years of talks, and both foreign ministers said the accord would be reviewed by their parliaments before the end of the year."
#define P2 "Under the agreement the upstream country will release an agreed minimum flow during the dry season, while the downstream country will pay for a share of the monitoring stations that measure it."
#define P3 "Officials on both sides said that the deal was a sign of warmer relations, although opposition parties in the upstream country have already promised to challenge it in court."
/* Another article's teaser: title, credit, blurb, marker. */
/* A post embedded in the article, inside a container named like boilerplate. */
#define QUOTE "Today we signed the rivers agreement with our neighbours, and the water will flow for all of us."
#define T_TITLE "Port strike enters its second week as talks stall"
#define T_BLURB1 "Dock workers in the northern harbour have refused to unload ships since last Tuesday, and the shipping companies say that the backlog is now costing them millions of dollars a day."
#define T_BLURB2 "The labour ministry has offered to mediate, but the union says that it will not return to the table until the dismissed organisers are reinstated by the port authority."

static const char flat_page[] =
	"Follow us on social\n"
	"\n"
	"Rivers agreement ends a decade of talks\n"
	"\n"
	"Analysis | Water\n"
	"\n"
	P1 "\n\n" P2 "\n\n"
	"Treaty details\n\n"
	P3 "\n\n"
	"A dam on the upper river during the dry season (Jane Roe / Getty Images)\n"
	"Water\n"
	T_TITLE "\n"
	"Top image credit: cranes at the northern harbour (John Doe / Shutterstock)\n"
	"\n"
	T_TITLE "\n"
	"\n"
	"Economy\n"
	"\n"
	T_BLURB1 "\n\n" T_BLURB2 "\n\n"
	"keep readingShow less\n"
	"Subscribe now to our weekly newsletter and never miss a story from our correspondents.\n"
	"Leave a Reply\n";

static const ent_clean_block *find_block(const ent_clean_result *r, const char *start)
{
	for (size_t i = 0; i < r->nblocks; i++)
		if (!strncmp(r->blocks[i].text, start, strlen(start)))
			return &r->blocks[i];
	return NULL;
}

static void expect_keep(const ent_clean_result *r, const char *start, int keep)
{
	const ent_clean_block *b = find_block(r, start);
	CHECK(b != NULL);
	if (b && b->keep != keep)
		printf("  block \"%.40s\" keep=%d (%s), expected %d\n", start, b->keep, b->reason, keep);
	CHECK(b && b->keep == keep);
}

static void test_clean_cleaner__flattened_page(void)
{
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, flat_page, sizeof flat_page - 1), 0);
	if (!r) {
		ent_cleaner_free(c);
		return;
	}
	expect_keep(r, P1, 1);
	expect_keep(r, P2, 1);
	expect_keep(r, P3, 1);
	expect_keep(r, "Treaty details", 1); /* a subheading between paragraphs */
	expect_keep(r, "Follow us", 0);
	expect_keep(r, "Analysis | Water", 0);
	expect_keep(r, "A dam on the upper river", 0);
	expect_keep(r, "Top image credit", 0);
	expect_keep(r, T_TITLE, 0);
	expect_keep(r, T_BLURB1, 0);
	expect_keep(r, T_BLURB2, 0);
	expect_keep(r, "keep reading", 0);
	expect_keep(r, "Subscribe now", 0);
	expect_keep(r, "Leave a Reply", 0);
	CHECK_STR_EQ(r->title, "Rivers agreement ends a decade of talks");
	CHECK_STR_EQ(r->text, P1 "\n\n" P2 "\n\nTreaty details\n\n" P3);
	CHECK_INT_EQ(r->len, strlen(r->text));
	CHECK_INT_EQ(r->nkept, 4);
	const ent_clean_block *t = find_block(r, T_BLURB1);
	CHECK(t && strstr(t->reason, "teaser"));
	const ent_clean_block *p3 = find_block(r, P3);
	CHECK(p3 && p3->line == 13 && p3->offset == (size_t)(strstr(flat_page, P3) - flat_page));
	ent_cleaner_free(c);
}

static const char html_page[] =
	"<!DOCTYPE html><html><head><title>Rivers | The Example Times</title>"
	"<meta property=\"og:title\" content=\"Rivers agreement ends a decade of talks\">"
	"<meta property=\"article:published_time\" content=\"2021-03-08T09:00:00Z\">"
	"<script>var tracking = 'not text';</script><style>p { color: red }</style></head><body>"
	"<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
	"<li><a href=\"/water\">Water</a></li></ul></nav>"
	"<div class=\"page\"><main><article><h1>Rivers agreement ends a decade of talks</h1>"
	"<div class=\"article-body\"><p>" P1 "</p><p>" P2 "</p><h2>Treaty details</h2><p>" P3 "</p>"
	"<div class=\"widget\"><blockquote class=\"twitter-tweet\"><p>" QUOTE "</p></blockquote></div>"
	"<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
	"<p style=\"display:none\">Hidden paragraph that a reader never sees on the page at all.</p>"
	"</div></article></main>"
	"<aside class=\"sidebar\"><h3>Most read</h3><p>" T_BLURB1 "</p></aside>"
	"<div class=\"links\"><p><a href=\"/a\">" T_TITLE "</a> and <a href=\"/b\">another headline about harbours</a></p></div>"
	"</div><footer><p>Copyright 2021 The Example Times. All rights reserved.</p></footer></body></html>";

static void test_clean_cleaner__html_page(void)
{
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, html_page, sizeof html_page - 1), 0);
	if (!r) {
		ent_cleaner_free(c);
		return;
	}
	const ent_clean_block *b0;
	CHECK_STR_EQ(r->text, P1 "\n\n" P2 "\n\nTreaty details\n\n" P3 "\n\n" QUOTE);
	CHECK_STR_EQ(r->title, "Rivers agreement ends a decade of talks");
	CHECK_STR_EQ(r->date, "2021-03-08");
	b0 = find_block(r, QUOTE);
	CHECK(b0 && b0->kind == ENT_CLEAN_QUOTE);
	expect_keep(r, "Home", 0);
	expect_keep(r, "Share on Facebook", 0);
	expect_keep(r, T_BLURB1, 0);
	expect_keep(r, T_TITLE, 0);
	expect_keep(r, "Copyright", 0);
	CHECK(find_block(r, "Hidden paragraph") == NULL);
	CHECK(find_block(r, "var tracking") == NULL);
	const ent_clean_block *b = find_block(r, "Home");
	CHECK(b && !strcmp(b->reason, "<nav>"));
	b = find_block(r, T_BLURB1);
	CHECK(b && !strcmp(b->reason, "<aside>"));
	b = find_block(r, T_TITLE);
	CHECK(b && !strncmp(b->reason, "link density", 12));
	b = find_block(r, "Treaty details");
	CHECK(b && b->kind == ENT_CLEAN_HEADING && b->keep);
	ent_cleaner_free(c);
}

static void test_clean_cleaner__options_and_modes(void)
{
	ent_cleaner_options o;
	CHECK_INT_EQ(ent_cleaner_options_init(&o, 99), ENT_EINVAL);
	CHECK(strstr(ent_error_last(), "99") != NULL);
	CHECK_INT_EQ(ent_cleaner_options_init(&o, ENT_CLEANER_OPTIONS_VERSION), 0);
	ent_cleaner *c = NULL;
	o.mode = (ent_clean_mode)7;
	CHECK_INT_EQ(ent_cleaner_new(&c, &o), ENT_EINVAL);
	CHECK(c == NULL);

	/* Forced text mode reads markup as text: the tags stay in the lines. */
	o.mode = ENT_CLEAN_AS_TEXT;
	CHECK_INT_EQ(ent_cleaner_new(&c, &o), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, "<p>" P1 "</p>", strlen(P1) + 7), 0);
	CHECK(r && r->nblocks == 1 && !strncmp(r->blocks[0].text, "<p>", 3));
	ent_cleaner_free(c);

	/* keep_all keeps every block but still says why it would go. */
	o.mode = ENT_CLEAN_AUTO;
	o.keep_all = 1;
	CHECK_INT_EQ(ent_cleaner_new(&c, &o), 0);
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, flat_page, sizeof flat_page - 1), 0);
	CHECK(r && r->nkept == r->nblocks);
	const ent_clean_block *b = r ? find_block(r, "Leave a Reply") : NULL;
	CHECK(b && b->keep && !strcmp(b->reason, "chrome phrase"));
	ent_cleaner_free(c);
	ent_cleaner_free(NULL);
}

static void test_clean_cleaner__empty_and_reuse(void)
{
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, "", 0), 0);
	CHECK(r && r->text && r->len == 0 && r->nblocks == 0 && !r->title);
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, "", 0), 0);
	CHECK(r && r->text && r->len == 0);
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, " \n\t\n", 4), 0);
	CHECK(r && r->nblocks == 0);
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, NULL, 3), ENT_EINVAL);
	/* A note with no prose paragraph is kept, not emptied. */
	static const char note[] = "Talks resume on Monday.\n\nBoth sides confirmed.\n\nShare\n";
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, note, sizeof note - 1), 0);
	CHECK(r && r->text && !strcmp(r->text, "Talks resume on Monday.\n\nBoth sides confirmed."));
	/* Without og:title the title is the h1 above the article, not the logo's. */
	static const char logo[] = "<body><header><h1>The Example Times</h1></header><article>"
				   "<h1>Rivers agreement ends a decade of talks</h1><p>" P1 "</p><p>" P2 "</p>"
				   "</article></body>";
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, logo, sizeof logo - 1), 0);
	CHECK(r && r->title && !strcmp(r->title, "Rivers agreement ends a decade of talks"));
	static const char html_note[] = "<body><nav><a href=/>Home</a></nav><p>Talks resume on Monday.</p>"
					"<p>Both sides confirmed.</p></body>";
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, html_note, sizeof html_note - 1), 0);
	CHECK(r && r->text && !strcmp(r->text, "Talks resume on Monday.\n\nBoth sides confirmed."));
	/* The same cleaner serves many documents; each result replaces the last. */
	for (int i = 0; i < 3; i++) {
		CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, html_page, sizeof html_page - 1), 0);
		CHECK(r && r->nkept == 5);
		CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, flat_page, sizeof flat_page - 1), 0);
		CHECK(r && r->nkept == 4);
	}
	ent_doc d = { 0 };
	d.id = "doc";
	d.type = ENT_CONTENT_TEXT;
	d.content = flat_page;
	d.content_len = sizeof flat_page - 1;
	d.title = "Rivers agreement ends a decade of talks";
	CHECK_INT_EQ(ent_clean_doc(&r, c, &d), 0);
	CHECK(r && r->title && !strcmp(r->title, d.title));
	CHECK_INT_EQ(ent_clean_doc(&r, c, NULL), ENT_EINVAL);
	CHECK_STR_EQ(ent_clean_kind_name(ENT_CLEAN_CAPTION), "caption");
	CHECK_STR_EQ(ent_clean_kind_name((ent_clean_kind)0), "block");
	ent_cleaner_free(c);
}

static void test_clean_cleaner__each_allocation_failure_is_reported(void)
{
	static const struct {
		ent_content_type type;
		const char *s;
		size_t len;
	} inputs[] = {
		{ ENT_CONTENT_TEXT, flat_page, sizeof flat_page - 1 },
		{ ENT_CONTENT_HTML, html_page, sizeof html_page - 1 },
	};
	for (size_t k = 0; k < 2; k++)
		for (size_t n = 1;; n++) {
			ent__alloc_fail_after(n);
			ent_cleaner *c = NULL;
			const ent_clean_result *r = NULL;
			int rc = ent_cleaner_new(&c, NULL);
			if (rc == 0)
				rc = ent_clean_buffer(&r, c, inputs[k].type, inputs[k].s, inputs[k].len);
			size_t count = ent__alloc_fail_after(0);
			if (rc == 0) {
				CHECK(r && r->nkept == (k ? 5u : 4u));
				CHECK(count < n);
				ent_cleaner_free(c);
				break;
			}
			CHECK_INT_EQ(rc, ENT_ENOMEM);
			CHECK(r == NULL);
			ent_cleaner_free(c);
		}
}

static void count_diag(const ent_diag *d, void *payload)
{
	int *n = payload;
	if (d->level == ENT_DIAG_WARNING && d->code == ENT_ELIMIT && strstr(d->message, "500 elements deep"))
		(*n)++;
}

static void test_clean_cleaner__deep_markup_is_a_warning(void)
{
	/* 500 nested divs: the tags past 400 levels are dropped, with one
	 * warning naming the depth; the text beneath them is kept as text,
	 * and the text above is cleaned as before. */
	static char page[8192];
	size_t n = 0;
	n += (size_t)snprintf(page + n, sizeof page - n, "<p>%s</p>", P1);
	for (int i = 0; i < 500; i++)
		n += (size_t)snprintf(page + n, sizeof page - n, "<div>");
	n += (size_t)snprintf(page + n, sizeof page - n, "buried text");
	int warnings = 0;
	ent_cleaner_options o = ENT_CLEANER_OPTIONS_INIT;
	o.diag = count_diag;
	o.diag_payload = &warnings;
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, &o), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_HTML, page, n), 0);
	CHECK_INT_EQ(warnings, 1);
	CHECK(r && find_block(r, "buried") != NULL);
	CHECK(r && r->text && !strncmp(r->text, P1, strlen(P1)));
	ent_cleaner_free(c);
}

static void test_clean_cleaner__hard_wrapped_text(void)
{
	/* Wire copy wrapped at 70 columns: a paragraph, not a line, is a block. */
	static const char wire[] =
		"Water talks end in agreement\n"
		"\n"
		"The two governments signed a water-sharing agreement on Monday after\n"
		"eleven years of talks, and both foreign ministers said the accord\n"
		"would be reviewed by their parliaments before the end of the year.\n"
		"\n"
		"Under the agreement the upstream country will release an agreed\n"
		"minimum flow during the dry season, while the downstream country\n"
		"will pay for a share of the monitoring stations that measure it.\n";
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, wire, sizeof wire - 1), 0);
	CHECK(r && r->nblocks == 3);
	CHECK(r && r->nkept == 2);
	CHECK(r && r->title && !strcmp(r->title, "Water talks end in agreement"));
	const ent_clean_block *b = r ? find_block(r, "Under the agreement") : NULL;
	CHECK(b && b->line == 7 && b->keep);
	CHECK(b && strstr(b->text, "agreed minimum flow") != NULL); /* lines joined by a space */
	ent_cleaner_free(c);
}

/* A short wire story of terse paragraphs keeps its lead and its last
 * paragraph, which have no paragraph beyond them. */
static void test_clean_cleaner__short_story_keeps_its_ends(void)
{
	static const char story[] =
		"Two neighbours signed a defence accord on Monday, officials said, in a move likely to anger a third.\n"
		"\n"
		"The accord covers drones and air defence, according to a statement from the defence ministry.\n"
		"\n"
		"The third country condemned the accord and warned against foreign forces near its border.\n";
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, story, sizeof story - 1), 0);
	CHECK(r && r->nblocks == 3);
	CHECK(r && r->nkept == 3);
	ent_cleaner_free(c);
}

/* A document that is only its headline keeps it as the text to code. */
static void test_clean_cleaner__headline_only(void)
{
	static const char note[] = "Two neighbours sign a defence accord in the capital\n";
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, note, sizeof note - 1), 0);
	CHECK(r && r->nblocks == 1);
	CHECK(r && r->nkept == 1);
	CHECK(r && r->title && !strcmp(r->title, "Two neighbours sign a defence accord in the capital"));
	ent_cleaner_free(c);
}

static void test_clean_cleaner__teaser_cards_without_marker(void)
{
	/* Two cards (title, author, date, blurb) after the article: other
	 * stories. A subheading with its paragraph but no date is the article. */
	static const char page[] =
		P1 "\n\nTreaty details\n\n" P2 "\n\n" P3 "\n\n"
		T_TITLE "\nA. Writer\nTuesday November 19, 2019\n" T_BLURB1 "\n"
		"Harbour pilots join the dock workers on the picket line\nB. Writer\nNovember 18, 2019\n" T_BLURB2 "\n";
	ent_cleaner *c = NULL;
	CHECK_INT_EQ(ent_cleaner_new(&c, NULL), 0);
	const ent_clean_result *r = NULL;
	CHECK_INT_EQ(ent_clean_buffer(&r, c, ENT_CONTENT_TEXT, page, sizeof page - 1), 0);
	if (r) {
		CHECK_STR_EQ(r->text, P1 "\n\nTreaty details\n\n" P2 "\n\n" P3);
		const ent_clean_block *b = find_block(r, T_BLURB2);
		CHECK(b && !strcmp(b->reason, "teaser list: title+date+blurb"));
	}
	ent_cleaner_free(c);
}

static const ent_test_case cases[] = {
	{ "test_clean_cleaner__teaser_cards_without_marker", test_clean_cleaner__teaser_cards_without_marker },
	{ "test_clean_cleaner__hard_wrapped_text", test_clean_cleaner__hard_wrapped_text },
	{ "test_clean_cleaner__short_story_keeps_its_ends", test_clean_cleaner__short_story_keeps_its_ends },
	{ "test_clean_cleaner__headline_only", test_clean_cleaner__headline_only },
	{ "test_clean_cleaner__deep_markup_is_a_warning", test_clean_cleaner__deep_markup_is_a_warning },
	{ "test_clean_cleaner__flattened_page", test_clean_cleaner__flattened_page },
	{ "test_clean_cleaner__html_page", test_clean_cleaner__html_page },
	{ "test_clean_cleaner__options_and_modes", test_clean_cleaner__options_and_modes },
	{ "test_clean_cleaner__empty_and_reuse", test_clean_cleaner__empty_and_reuse },
	{ "test_clean_cleaner__each_allocation_failure_is_reported", test_clean_cleaner__each_allocation_failure_is_reported },
	{ NULL, NULL },
};

ENT_TEST_MAIN(cases)
