/* What the HTML5 tree builder does with each tag, as far as the depth of
 * its tree goes (html_tree.c's model of it). */
#ifndef ENT_INGEST_HTML_TAGS_H
#define ENT_INGEST_HTML_TAGS_H

#include <stdint.h> /* uint32_t */

/* What the tree builder does with a tag, as far as depth goes. */
enum {
	T_VOID = 1 << 0,        /* never has content: br, img, meta */
	T_FORMAT = 1 << 1,      /* a formatting element, reopened after blocks */
	T_SPECIAL = 1 << 2,     /* the spec's "special" category */
	T_SCOPE = 1 << 3,       /* ends the default scope */
	T_CLOSES_P = 1 << 4,    /* its start tag closes an open <p> */
	T_RAWTEXT = 1 << 5,     /* content is text up to its end tag */
	T_SCRIPT = 1 << 6,      /* raw text with the script escapes */
	T_PLAINTEXT = 1 << 7,   /* everything after it is text */
	T_MARKER = 1 << 8,      /* puts a marker in the formatting list */
	T_HEADING = 1 << 9,     /* h1..h6 */
	T_BREAKOUT = 1 << 10,   /* leaves SVG/MathML content */
	T_TABLE = 1 << 11,      /* a table part: end tags use table scope */
	T_TABLE_SCOPE = 1 << 12, /* ends the table scope */
	T_DOCUMENT = 1 << 13,   /* html, head, body: merged, never nested */
	T_INTEGRATION = 1 << 14, /* in SVG/MathML, holds HTML again */
	T_BUTTON = 1 << 15,     /* ends the "button scope" that <p> is looked for in */
};

/* The T_* flags of the lower-cased tag name, 0 for a tag the table does
 * not list (an ordinary element). */
uint32_t ent_html_tag_class(const char *name);

#endif
