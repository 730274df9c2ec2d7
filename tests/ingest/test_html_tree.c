#include "harness.h"
#include "ingest/html_tree.h"

#include "ingest/pages.h" /* ent_test_for_each_page */
#include "util/buf.h"     /* ent_buf_put */
#include "util/vec.h" /* ENT_VEC, for the depth walk */

/* The deepest element of gumbo's tree, walked with an explicit stack. */
static size_t tree_depth(const GumboNode *root)
{
	typedef struct {
		const GumboNode *n;
		size_t depth;
	} item;
	ENT_VEC(item) stack = { 0 };
	size_t max = 0;
	item it = { root, 1 };
	CHECK_INT_EQ(ENT_VEC_PUSH(&stack, it), 0);
	while (stack.len > 0) {
		item cur = stack.items[--stack.len];
		if (cur.n->type != GUMBO_NODE_ELEMENT && cur.n->type != GUMBO_NODE_TEMPLATE)
			continue;
		if (cur.depth > max)
			max = cur.depth;
		const GumboVector *kids = &cur.n->v.element.children;
		for (unsigned i = 0; i < kids->length; i++) {
			item k = { kids->data[i], cur.depth + 1 };
			if (ENT_VEC_PUSH(&stack, k) < 0)
				break;
		}
	}
	ENT_VEC_FREE(&stack);
	return max;
}

/* All text of the tree, in document order, white space dropped. */
static void tree_text(const GumboNode *root, ent_buf *out)
{
	ENT_VEC(const GumboNode *) stack = { 0 };
	CHECK_INT_EQ(ENT_VEC_PUSH(&stack, root), 0);
	while (stack.len > 0) {
		const GumboNode *n = stack.items[--stack.len];
		if (n->type == GUMBO_NODE_TEXT) {
			for (const char *p = n->v.text.text; *p; p++)
				if (*p != ' ' && *p != '\n' && *p != '\t')
					ent_buf_putc(out, *p);
			continue;
		}
		if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
			continue;
		const GumboVector *kids = &n->v.element.children;
		for (unsigned i = kids->length; i-- > 0;)
			if (ENT_VEC_PUSH(&stack, (const GumboNode *)kids->data[i]) < 0)
				break;
	}
	ENT_VEC_FREE(&stack);
}

static void repeat(ent_buf *b, const char *s, int n)
{
	for (int i = 0; i < n; i++)
		ent_buf_puts(b, s);
}

/* Parse `html` and check the tree's depth stays under `bound`; returns the
 * scan's report. */
static ent_html_depth parse_bounded(const ent_buf *html, size_t bound, ent_buf *text)
{
	ent_html_tree t;
	CHECK_INT_EQ(ent_ingest__html_tree_parse(&t, html->ptr, html->size, NULL, NULL), 0);
	ent_html_depth d = t.depth;
	if (t.output) {
		size_t depth = tree_depth(t.output->root);
		if (depth > bound)
			printf("  tree depth %zu, bound %zu\n", depth, bound);
		CHECK(depth <= bound);
		if (text)
			tree_text(t.output->root, text);
	}
	if (t.bounded.ptr) {
		CHECK_INT_EQ(t.bounded.size, html->size);
		size_t nl_in = 0, nl_out = 0;
		for (size_t i = 0; i < html->size; i++) {
			nl_in += html->ptr[i] == '\n';
			nl_out += t.bounded.ptr[i] == '\n';
		}
		CHECK_INT_EQ(nl_in, nl_out);
	}
	ent_ingest__html_tree_dispose(&t);
	return d;
}

/* Tree depth allowed: the cap, html/body, and elements gumbo implies. */
#define BOUND (3 * ENT_HTML_MAX_DEPTH + 8)

static void test_ingest_html_tree__deep_closed_and_unclosed(void)
{
	ent_buf b = ENT_BUF_INIT, text = ENT_BUF_INIT;
	repeat(&b, "<div>\n", 100000);
	ent_buf_puts(&b, "deepest");
	repeat(&b, "</div>", 100000);
	ent_buf_puts(&b, "after");
	ent_html_depth d = parse_bounded(&b, ENT_HTML_MAX_DEPTH + 4, &text);
	CHECK_INT_EQ(d.depth, 100000);
	CHECK_INT_EQ(d.dropped, 2 * (100000 - ENT_HTML_MAX_DEPTH));
	CHECK_STR_EQ(text.ptr, "deepestafter");

	ent_buf_clear(&b);
	ent_buf_clear(&text);
	ent_buf_puts(&b, "<html><body>");
	for (int i = 0; i < 35000; i++)
		ent_buf_printf(&b, "<div><span><b>w%d", i);
	d = parse_bounded(&b, ENT_HTML_MAX_DEPTH + 8, &text);
	CHECK(d.depth >= 105000);
	/* every word is still there, in order */
	CHECK(strstr(text.ptr, "w0w1w2") == text.ptr);
	CHECK(strstr(text.ptr, "w34998w34999") != NULL);
	ent_buf_dispose(&b);
	ent_buf_dispose(&text);
}

static void test_ingest_html_tree__reopened_formatting(void)
{
	/* A formatting element a block closed is reopened by the next text:
	 * distinct attributes defeat the three-of-a-kind limit, so each
	 * round adds a level without any start tag nesting. */
	ent_buf b = ENT_BUF_INIT;
	for (int i = 0; i < 5000; i++)
		ent_buf_printf(&b, "<div><b id=%d>x</div>", i);
	ent_buf_puts(&b, "end");
	ent_html_depth d = parse_bounded(&b, BOUND, NULL);
	CHECK(d.dropped > 0);
	ent_buf_dispose(&b);
}

static void test_ingest_html_tree__implied_and_foreign(void)
{
	static const char *const shapes[] = {
		"<table><td>",                 /* tbody and tr implied */
		"<svg><g>",                    /* foreign content */
		"<svg><style><g>",             /* no raw text inside SVG */
		"<math><mi><span>",            /* an integration point */
		"<ul><li><section>",           /* li does not close across section */
		"<p><button>",                 /* button scope */
		"<div/>",                      /* not self-closing in HTML */
		"<!-- --!><div>",              /* the comment ends at --!> */
		"<div \"a>",                   /* a quote in an attribute name */
		"<dl><dt><article>",
		"<select><div>",
		"<font><div>",
	};
	for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
		ent_buf b = ENT_BUF_INIT;
		repeat(&b, shapes[s], 20000);
		ent_buf_puts(&b, "x");
		ent_html_tree t;
		CHECK_INT_EQ(ent_ingest__html_tree_parse(&t, b.ptr, b.size, NULL, NULL), 0);
		size_t depth = t.output ? tree_depth(t.output->root) : 0;
		if (depth > BOUND)
			printf("  %s: tree depth %zu\n", shapes[s], depth);
		CHECK(depth <= BOUND);
		ent_ingest__html_tree_dispose(&t);
		ent_buf_dispose(&b);
	}
}

static void test_ingest_html_tree__markup_in_text_is_not_counted(void)
{
	/* Tags inside scripts, styles, comments and attribute values are
	 * text: a page full of them stays as it is. */
	ent_buf b = ENT_BUF_INIT;
	ent_buf_puts(&b, "<html><body><script>var s = '");
	repeat(&b, "<div>", 1000);
	ent_buf_puts(&b, "';</script><!--");
	repeat(&b, "<div>", 1000);
	ent_buf_puts(&b, "--><textarea>");
	repeat(&b, "<div>", 1000);
	ent_buf_puts(&b, "</textarea><img alt=\"");
	repeat(&b, "<div>", 1000);
	/* in a script's "<!--<script>" run, one "</script>" does not end it */
	ent_buf_puts(&b, "\"><script><!--<script>");
	repeat(&b, "<div>", 1000);
	ent_buf_puts(&b, "</script>");
	repeat(&b, "<div>", 1000);
	ent_buf_puts(&b, "--></script>");
	/* lists and paragraphs left open are closed by the next item */
	repeat(&b, "<li>item<p>para", 1000);
	repeat(&b, "<tr><td>cell", 1000);
	ent_buf out = ENT_BUF_INIT;
	ent_html_depth d;
	CHECK_INT_EQ(ent_ingest__html_bound_depth(b.ptr, b.size, ENT_HTML_MAX_DEPTH, &out, &d, NULL, NULL), 0);
	CHECK_INT_EQ(d.dropped, 0);
	CHECK(d.depth < 20);
	CHECK(out.ptr == NULL);
	ent_buf_dispose(&out);
	ent_buf_dispose(&b);
}

static void count_dropped(const char *html, size_t start, size_t end, void *payload)
{
	(void)html;
	CHECK(end > start);
	(*(int *)payload)++;
}

static void test_ingest_html_tree__dropped_tags_are_reported(void)
{
	ent_buf b = ENT_BUF_INIT;
	repeat(&b, "<span>", ENT_HTML_MAX_DEPTH + 10);
	int n = 0;
	ent_html_tree t;
	CHECK_INT_EQ(ent_ingest__html_tree_parse(&t, b.ptr, b.size, count_dropped, &n), 0);
	CHECK_INT_EQ(n, 10);
	CHECK_INT_EQ(t.depth.depth, ENT_HTML_MAX_DEPTH + 10);
	ent_ingest__html_tree_dispose(&t);
	ent_buf_dispose(&b);
}

static void depth_of_page(const char *html, size_t len, void *payload)
{
	size_t *deepest = payload;
	ent_buf out = ENT_BUF_INIT;
	ent_html_depth d;
	CHECK_INT_EQ(ent_ingest__html_bound_depth(html, len, ENT_HTML_MAX_DEPTH, &out, &d, NULL, NULL), 0);
	if (d.depth > *deepest)
		*deepest = d.depth;
	ent_buf_dispose(&out);
}

static void test_ingest_html_tree__benchmark_pages_untouched(void)
{
	/* Real pages are far from the cap: none is changed by the scan, so
	 * their cleaned text is what it was before it. */
	size_t deepest = 0;
	int pages = ent_test_for_each_page(0, depth_of_page, &deepest);
	printf("  %d pages, deepest %zu\n", pages, deepest);
	CHECK(pages >= 60);
	CHECK(deepest < ENT_HTML_MAX_DEPTH / 2);
}

static const ent_test_case tests[] = {
	{ "test_ingest_html_tree__deep_closed_and_unclosed", test_ingest_html_tree__deep_closed_and_unclosed },
	{ "test_ingest_html_tree__reopened_formatting", test_ingest_html_tree__reopened_formatting },
	{ "test_ingest_html_tree__implied_and_foreign", test_ingest_html_tree__implied_and_foreign },
	{ "test_ingest_html_tree__markup_in_text_is_not_counted", test_ingest_html_tree__markup_in_text_is_not_counted },
	{ "test_ingest_html_tree__dropped_tags_are_reported", test_ingest_html_tree__dropped_tags_are_reported },
	{ "test_ingest_html_tree__benchmark_pages_untouched", test_ingest_html_tree__benchmark_pages_untouched },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
