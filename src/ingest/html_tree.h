/* An HTML tree whose depth the document cannot control.
 *
 * gumbo (Debian's 0.10) has no depth limit: 100,000 nested elements make
 * its parse quadratic (every start tag searches the stack of open
 * elements) and its recursive gumbo_destroy_output overflow the stack. So
 * before gumbo sees a page, a linear scan follows the nesting as the HTML5
 * tree builder would (implied end tags, formatting elements that reopen,
 * raw text, foreign content) and blanks, with spaces of the same length,
 * every start tag that would open an element past ENT_HTML_MAX_DEPTH and
 * the end tags that close those. The text stays, offsets and line numbers
 * stay; only the deep markup goes. Pages within the cap are parsed as they
 * are, byte for byte. */
#ifndef ENT_INGEST_HTML_TREE_H
#define ENT_INGEST_HTML_TREE_H

#include <stddef.h> /* size_t */

#include <gumbo.h> /* GumboOutput, GumboOptions */

#include "entente/common.h" /* ent_buf */

/* Open elements allowed, as the scan counts them (elements gumbo implies
 * without a tag, such as tbody, may add a few levels on top). */
#define ENT_HTML_MAX_DEPTH 400

typedef struct {
	size_t depth;   /* deepest nesting the scan saw, dropped levels included */
	size_t dropped; /* start and end tags blanked */
} ent_html_depth;

/* Called with each start tag the scan drops (html[start..end), '<' to '>'),
 * for a reader that wants their attributes even so. */
typedef void (*ent_html_dropped_fn)(const char *html, size_t start, size_t end, void *payload);

/*
 * Scan html[0..len) and bound its nesting to `cap` open elements. Returns 0
 * when the page stays within the cap (`out` untouched), 1 when tags were
 * dropped (`out` holds the bounded copy: same length, dropped tags turned
 * into spaces, newlines kept), or ENT_ENOMEM. `info` gets what the scan saw
 * either way; `dropped` (may be NULL) hears of every start tag dropped.
 */
int ent_ingest__html_bound_depth(const char *html, size_t len, size_t cap, ent_buf *out,
				 ent_html_depth *info, ent_html_dropped_fn dropped, void *payload);

typedef struct {
	GumboOutput *output; /* the tree; NULL when parsing failed */
	GumboOptions options;
	ent_buf bounded;     /* what gumbo parsed when tags were dropped */
	ent_html_depth depth;
} ent_html_tree;

/*
 * Parse html[0..len) (UTF-8) with gumbo after bounding its depth to
 * ENT_HTML_MAX_DEPTH; parse errors are not recorded (gumbo copies the
 * stack of open elements into each, quadratic memory on deep pages).
 * Source positions in the tree are offsets into `html` (the bounded copy
 * has the same length). Returns 0, ENT_ENOMEM, or ENT_EFORMAT when gumbo
 * gave up. Free with ent_ingest__html_tree_dispose, also after a failure.
 * `dropped` and `payload` as for ent_ingest__html_bound_depth.
 */
int ent_ingest__html_tree_parse(ent_html_tree *t, const char *html, size_t len, ent_html_dropped_fn dropped,
				void *payload);

/* Free the tree and the copy; `t` may be zeroed or already disposed. */
void ent_ingest__html_tree_dispose(ent_html_tree *t);

#endif
