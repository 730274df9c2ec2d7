/* The tag table of html_tags.h, from the HTML5 tree-construction rules. */
#include "ingest/html_tags.h"

#include <stdlib.h> /* bsearch */
#include <string.h> /* strcmp */

typedef struct {
	const char *name;
	uint32_t flags;
} tag_class;

#define SP T_SPECIAL
#define CP T_CLOSES_P
/* Sorted by name for bsearch. */
static const tag_class tags[] = {
	{ "a", T_FORMAT },
	{ "address", SP | CP },
	{ "applet", SP | T_SCOPE | T_MARKER },
	{ "area", SP | T_VOID },
	{ "article", SP | CP },
	{ "aside", SP | CP },
	{ "b", T_FORMAT | T_BREAKOUT },
	{ "base", SP | T_VOID },
	{ "basefont", SP | T_VOID },
	{ "bgsound", SP | T_VOID },
	{ "big", T_FORMAT | T_BREAKOUT },
	{ "blockquote", SP | CP | T_BREAKOUT },
	{ "body", SP | T_DOCUMENT | T_BREAKOUT },
	{ "br", SP | T_VOID | T_BREAKOUT },
	{ "button", SP | T_BUTTON },
	{ "caption", SP | T_SCOPE | T_MARKER | T_TABLE },
	{ "center", SP | CP | T_BREAKOUT },
	{ "code", T_FORMAT | T_BREAKOUT },
	{ "col", SP | T_VOID },
	{ "colgroup", SP | T_TABLE },
	{ "command", T_VOID },
	{ "dd", SP | CP | T_BREAKOUT },
	{ "details", SP | CP },
	{ "dialog", CP },
	{ "dir", SP | CP },
	{ "div", SP | CP | T_BREAKOUT },
	{ "dl", SP | CP | T_BREAKOUT },
	{ "dt", SP | CP | T_BREAKOUT },
	{ "em", T_FORMAT | T_BREAKOUT },
	{ "embed", SP | T_VOID | T_BREAKOUT },
	{ "fieldset", SP | CP },
	{ "figcaption", SP | CP },
	{ "figure", SP | CP },
	{ "font", T_FORMAT },
	{ "footer", SP | CP },
	{ "form", SP | CP },
	{ "frame", SP | T_VOID },
	{ "frameset", SP },
	{ "h1", SP | CP | T_HEADING | T_BREAKOUT },
	{ "h2", SP | CP | T_HEADING | T_BREAKOUT },
	{ "h3", SP | CP | T_HEADING | T_BREAKOUT },
	{ "h4", SP | CP | T_HEADING | T_BREAKOUT },
	{ "h5", SP | CP | T_HEADING | T_BREAKOUT },
	{ "h6", SP | CP | T_HEADING | T_BREAKOUT },
	{ "head", SP | T_DOCUMENT | T_BREAKOUT },
	{ "header", SP | CP },
	{ "hgroup", SP | CP },
	{ "hr", SP | CP | T_VOID | T_BREAKOUT },
	{ "html", SP | T_DOCUMENT | T_SCOPE | T_TABLE_SCOPE },
	{ "i", T_FORMAT | T_BREAKOUT },
	{ "iframe", SP | T_RAWTEXT },
	{ "image", T_VOID },
	{ "img", SP | T_VOID | T_BREAKOUT },
	{ "input", SP | T_VOID },
	{ "keygen", SP | T_VOID },
	{ "li", SP | CP | T_BREAKOUT },
	{ "link", SP | T_VOID },
	{ "listing", SP | CP | T_BREAKOUT },
	{ "main", SP | CP },
	{ "marquee", SP | T_SCOPE | T_MARKER },
	{ "menu", SP | CP | T_BREAKOUT },
	{ "menuitem", SP },
	{ "meta", SP | T_VOID | T_BREAKOUT },
	{ "nav", SP | CP },
	{ "nobr", T_FORMAT | T_BREAKOUT },
	{ "noembed", SP | T_RAWTEXT },
	{ "noframes", SP | T_RAWTEXT },
	{ "noscript", SP }, /* gumbo parses it as markup (no scripting) */
	{ "object", SP | T_SCOPE | T_MARKER },
	{ "ol", SP | CP | T_BREAKOUT },
	{ "p", SP | CP | T_BREAKOUT },
	{ "param", SP | T_VOID },
	{ "plaintext", SP | CP | T_PLAINTEXT },
	{ "pre", SP | CP | T_BREAKOUT },
	{ "ruby", T_BREAKOUT },
	{ "s", T_FORMAT | T_BREAKOUT },
	{ "script", SP | T_RAWTEXT | T_SCRIPT },
	{ "section", SP | CP },
	{ "select", SP },
	{ "small", T_FORMAT | T_BREAKOUT },
	{ "source", SP | T_VOID },
	{ "span", T_BREAKOUT },
	{ "strike", T_FORMAT | T_BREAKOUT },
	{ "strong", T_FORMAT | T_BREAKOUT },
	{ "style", SP | T_RAWTEXT },
	{ "sub", T_BREAKOUT },
	{ "summary", SP | CP },
	{ "sup", T_BREAKOUT },
	{ "table", SP | T_SCOPE | T_TABLE | T_TABLE_SCOPE | T_BREAKOUT },
	{ "tbody", SP | T_TABLE },
	{ "td", SP | T_SCOPE | T_MARKER | T_TABLE },
	{ "template", SP | T_SCOPE | T_MARKER | T_TABLE_SCOPE },
	{ "textarea", SP | T_RAWTEXT },
	{ "tfoot", SP | T_TABLE },
	{ "th", SP | T_SCOPE | T_MARKER | T_TABLE },
	{ "thead", SP | T_TABLE },
	{ "title", SP | T_RAWTEXT },
	{ "tr", SP | T_TABLE },
	{ "track", SP | T_VOID },
	{ "tt", T_FORMAT | T_BREAKOUT },
	{ "u", T_FORMAT | T_BREAKOUT },
	{ "ul", SP | CP | T_BREAKOUT },
	{ "var", T_BREAKOUT },
	{ "wbr", SP | T_VOID },
	{ "xmp", SP | CP | T_RAWTEXT },
};
#undef SP
#undef CP

static int cmp_tag(const void *key, const void *entry)
{
	return strcmp(key, ((const tag_class *)entry)->name);
}

uint32_t ent_html_tag_class(const char *name)
{
	const tag_class *c = bsearch(name, tags, sizeof tags / sizeof tags[0], sizeof tags[0], cmp_tag);
	return c ? c->flags : 0;
}

