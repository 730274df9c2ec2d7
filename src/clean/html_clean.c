/* The HTML cleaner: main content from a DOM.
 *
 * 1. Parse with gumbo (depth bounded, ingest/html_tree.h) and walk the tree once, skipping what is never shown
 *    (script, style, hidden elements, form controls). Text is gathered
 *    into blocks at block-level element boundaries; each block remembers
 *    the element that owns it and how much of its text sits in links.
 * 2. Each element gets a verdict from its tag (nav, aside, footer) and its
 *    class, id and role names (sidebar, comment, share, related, cookie,
 *    subscribe, ...), and a positive mark for names that say "article
 *    body". A negative name on an element holding most of the page's text
 *    or prose is a page wrapper's name, not a verdict, and is ignored;
 *    embeds (tweets, posts) are content whatever their container says.
 * 3. Blocks are classified alone: boilerplate by ancestor, teaser card
 *    (a small box with a linked headline), link density, chrome phrase,
 *    credit; prose by stop-word density and length.
 * 4. The main region is the element whose subtree has the largest total
 *    weight (prose counts its length, boilerplate costs): a tree version of
 *    the maximum-sum run. Blocks outside it are dropped; inside it,
 *    boilerplate blocks are pruned and the rest kept, but for short pieces
 *    before its first and after its last prose (a list that ends the
 *    article stays).
 */
#include <gumbo.h>  /* GumboNode, gumbo_get_attribute */
#include <stdio.h>  /* snprintf */
#include <string.h> /* strstr, strcmp, strncmp */

#include "clean/block.h"
#include "clean/chrome.h" /* ent_clean__chrome_phrase, ent_clean__credit */
#include "ingest/html_tree.h" /* ent_ingest__html_tree_parse: gumbo, depth bounded */
#include "util/buf.h"     /* ent_buf_put */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR, ent_error_set */

/* A teaser card is at most this much text, found within this many levels
 * above the blurb (measured on the ScrapingHub pages: larger boxes start
 * to swallow articles that open with a linked kicker). */
#define CARD_CHARS 500
#define CARD_LEVELS 4
/* A block this long that reads as prose keeps its place despite a linked
 * lead-in ("<a>Headline</a>. Two sentences of summary."), as in digests. */
#define LINKED_PROSE_CHARS 100
/* The share of the page's prose under an element that makes its negative
 * class name a layout wrapper's rather than boilerplate's. */
#define WRAPPER_PROSE 0.8

enum {
	N_NEG = 1,      /* own tag/class/id says boilerplate */
	N_POS = 2,      /* own class/id says article body */
	N_WEAK = 4,     /* the negative is a weak one (e.g. "header", "meta") */
	N_BAD = 8,      /* this or an ancestor is boilerplate (after step 2) */
	N_HAS_POS = 16, /* a positive node is at or below it */
	N_LINK_TITLE = 32, /* a block below it is a linked headline */
	N_CONTENT = 64, /* an embed (tweet, post): content whatever its container says */
};

typedef struct {
	uint32_t parent;
	uint16_t tag;
	uint16_t flags;
	const char *reason; /* why N_NEG */
	long weight;        /* subtree weight (step 4) */
	uint32_t chars;     /* subtree text, code points */
	uint32_t prose;     /* of which in blocks that read as prose */
} hnode;

typedef struct {
	ent_clean__doc *d;
	ENT_VEC(hnode) nodes;
	ent_buf cur;
	size_t cur_link;    /* bytes of cur inside links */
	uint32_t owner;     /* element owning the text in cur */
	size_t cur_offset;
	uint64_t cur_line;
	int link_depth, quote_depth, caption_depth, pre_depth;
	const char *meta_title, *meta_date, *h1;
} hwalk;

#define NO_PARENT UINT32_MAX

static int is_skipped(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
	case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT:
	case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_VIDEO:
	case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_TITLE: case GUMBO_TAG_OPTION:
	case GUMBO_TAG_DATALIST: case GUMBO_TAG_APPLET:
		return 1;
	default:
		return 0;
	}
}

static int is_block(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
	case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
	case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
	case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
	case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
	case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
	case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
	case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
	case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
	case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT:
	case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
	case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BR: case GUMBO_TAG_HTML:
		return 1;
	default:
		return 0;
	}
}

static ent_clean_kind kind_of(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
	case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
		return ENT_CLEAN_HEADING;
	case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
		return ENT_CLEAN_LIST_ITEM;
	case GUMBO_TAG_BLOCKQUOTE:
		return ENT_CLEAN_QUOTE;
	case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
		return ENT_CLEAN_CAPTION;
	case GUMBO_TAG_PRE:
		return ENT_CLEAN_PRE;
	case GUMBO_TAG_TD: case GUMBO_TAG_TH:
		return ENT_CLEAN_CELL;
	default:
		return ENT_CLEAN_PARAGRAPH;
	}
}

static int heading_level(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_H1: return 1;
	case GUMBO_TAG_H2: return 2;
	case GUMBO_TAG_H3: return 3;
	case GUMBO_TAG_H4: return 4;
	case GUMBO_TAG_H5: return 5;
	case GUMBO_TAG_H6: return 6;
	default: return 0;
	}
}

typedef struct {
	const char *pattern;
	const char *reason;
	int weak;
	int token_start; /* must start a name or follow - _ or a space */
} name_rule;

/* Class/id/role fragments that name boilerplate. "weak" ones ("header",
 * "meta") also name parts of articles' own layout, so a block under them
 * is only suspected, never dropped for that alone when it reads as prose. */
static const name_rule neg_rules[] = {
	{ "comment", "class=comment", 0, 0 }, { "disqus", "class=comment", 0, 0 },
	{ "sidebar", "class=sidebar", 0, 0 }, { "share", "class=share", 0, 0 },
	{ "social", "class=social", 0, 0 }, { "related", "class=related", 0, 0 },
	{ "recommend", "class=recommended", 0, 0 }, { "cookie", "class=cookie", 0, 0 },
	{ "consent", "class=cookie", 0, 0 }, { "gdpr", "class=cookie", 0, 0 },
	{ "subscri", "class=subscribe", 0, 0 }, { "newsletter", "class=newsletter", 0, 0 },
	{ "signup", "class=subscribe", 0, 0 }, { "sign-up", "class=subscribe", 0, 0 },
	{ "promo", "class=promo", 0, 0 }, { "advert", "class=advert", 0, 0 },
	{ "sponsor", "class=sponsor", 0, 0 }, { "outbrain", "class=outbrain", 0, 0 },
	{ "taboola", "class=taboola", 0, 0 }, { "breadcrumb", "class=breadcrumb", 0, 0 },
	{ "footer", "class=footer", 0, 0 }, { "foot", "class=footer", 1, 1 },
	{ "nav", "class=nav", 0, 1 }, { "menu", "class=menu", 0, 1 },
	{ "masthead", "class=masthead", 0, 0 }, { "popup", "class=popup", 0, 0 },
	{ "modal", "class=modal", 0, 0 }, { "overlay", "class=overlay", 0, 0 },
	{ "widget", "class=widget", 0, 0 }, { "trending", "class=trending", 0, 0 },
	{ "popular", "class=popular", 0, 0 }, { "most-read", "class=popular", 0, 0 },
	{ "mostread", "class=popular", 0, 0 }, { "more-stories", "class=more-stories", 0, 0 },
	{ "read-more", "class=read-more", 0, 0 }, { "readmore", "class=read-more", 0, 0 },
	{ "also-read", "class=read-more", 0, 0 }, { "tags", "class=tags", 0, 1 },
	{ "tag-list", "class=tags", 0, 0 }, { "byline", "class=byline", 0, 0 },
	{ "author", "class=author", 1, 0 }, { "caption", "class=caption", 0, 0 },
	{ "credit", "class=credit", 0, 0 }, { "header", "class=header", 1, 0 },
	{ "meta", "class=meta", 1, 1 }, { "toolbar", "class=toolbar", 0, 0 },
	{ "print", "class=print", 1, 1 }, { "login", "class=login", 0, 0 },
	{ "banner", "class=banner", 0, 0 }, { "ad-", "class=ad", 0, 1 }, { "ads", "class=ad", 0, 1 },
	{ "ad_", "class=ad", 0, 1 }, { "adslot", "class=ad", 0, 0 }, { "dfp", "class=ad", 0, 1 },
	{ "teaser", "class=teaser", 1, 0 },
	{ "hidden", "class=hidden", 1, 1 }, { "skip", "class=skip", 0, 1 },
	{ "rail", "class=rail", 1, 1 }, { "complementary", "role=complementary", 0, 0 },
	{ "navigation", "role=navigation", 0, 0 }, { "contentinfo", "role=contentinfo", 0, 0 },
	{ "dialog", "role=dialog", 0, 0 }, { "timestamp", "class=date", 0, 0 },
	{ "dateline", "class=date", 1, 0 }, { "pagination", "class=pagination", 0, 0 },
	{ "pager", "class=pagination", 0, 0 }, { "newsfeed", "class=feed", 1, 0 },
	{ "headline", "class=headline", 1, 0 },
};

static const char *const pos_rules[] = {
	"articlebody", "article-body", "article_body", "article__body", "articletext",
	"article-text", "article_text", "article-content", "article_content", "article__content",
	"articlecontent", "story-body", "storybody", "story_body", "story-content", "storycontent",
	"post-content", "post_content", "postcontent", "post-body", "entry-content", "entry_content",
	"entrycontent", "content-body", "body-text", "bodytext", "main-content", "text-body",
	"article-main", "single-content", "td-post-content", "news-content", "article-entry",
	"entry-body", "story__body", "story-text", "articlepage-body", "rich-text", "richtext",
};

static int token_start_ok(const char *hay, const char *at)
{
	if (at == hay)
		return 1;
	char c = at[-1];
	return c == ' ' || c == '-' || c == '_' || c == '|';
}

/* Look at an element's class, id and role; set N_NEG/N_POS on `n`. */
static void judge_names(hnode *n, const GumboElement *el)
{
	char low[320];
	size_t at = 0;
	static const char *const attrs[] = { "class", "id", "role", "itemprop" };
	for (size_t a = 0; a < sizeof attrs / sizeof *attrs; a++) {
		GumboAttribute *attr = gumbo_get_attribute(&el->attributes, attrs[a]);
		if (!attr || !attr->value[0])
			continue;
		if (at > 0 && at < sizeof low - 1)
			low[at++] = ' ';
		at += ent_clean__lower(low + at, sizeof low - at, attr->value, strlen(attr->value));
	}
	if (at == 0)
		return;
	for (size_t i = 0; i < sizeof pos_rules / sizeof *pos_rules; i++)
		if (strstr(low, pos_rules[i])) {
			n->flags |= N_POS;
			return;
		}
	/* "social-media-embed", "twitter-tweet": content the author put in
	 * the article, whatever else the name or the container says. */
	if (strstr(low, "embed") || strstr(low, "tweet") || strstr(low, "instagram-media")) {
		n->flags |= N_CONTENT;
		return;
	}
	for (size_t i = 0; i < sizeof neg_rules / sizeof *neg_rules; i++) {
		const name_rule *r = &neg_rules[i];
		for (const char *p = strstr(low, r->pattern); p; p = strstr(p + 1, r->pattern)) {
			if (r->token_start && !token_start_ok(low, p))
				continue;
			if (!strncmp(p, "commentary", 10))
				continue; /* an opinion piece, not its comments */
			/* "nav" must not match "canvas"; "ads" not "loads": done by
			 * token_start. "tags" and "ads" must also end the token. */
			if (r->token_start) {
				char e = p[strlen(r->pattern)];
				if ((!strcmp(r->pattern, "tags") || !strcmp(r->pattern, "ads") ||
				     !strcmp(r->pattern, "rail") || !strcmp(r->pattern, "meta") ||
				     !strcmp(r->pattern, "print") || !strcmp(r->pattern, "hidden")) &&
				    e && e != ' ' && e != '-' && e != '_')
					continue;
			}
			n->flags |= N_NEG | (r->weak ? N_WEAK : 0);
			n->reason = r->reason;
			return;
		}
	}
}

static int is_hidden(const GumboElement *el)
{
	if (gumbo_get_attribute(&el->attributes, "hidden"))
		return 1;
	GumboAttribute *a = gumbo_get_attribute(&el->attributes, "aria-hidden");
	if (a && !strcmp(a->value, "true"))
		return 1;
	a = gumbo_get_attribute(&el->attributes, "style");
	if (a) {
		char low[256];
		ent_clean__lower(low, sizeof low, a->value, strlen(a->value));
		if (strstr(low, "display:none") || strstr(low, "display: none") ||
		    strstr(low, "visibility:hidden") || strstr(low, "visibility: hidden"))
			return 1;
	}
	return 0;
}

static int flush(hwalk *w)
{
	if (w->cur.size == 0)
		return 0;
	ent_clean__block *b = NULL;
	const hnode *owner = &w->nodes.items[w->owner];
	ent_clean_kind kind = kind_of((GumboTag)owner->tag);
	if (w->caption_depth)
		kind = ENT_CLEAN_CAPTION;
	else if (w->quote_depth && kind == ENT_CLEAN_PARAGRAPH)
		kind = ENT_CLEAN_QUOTE;
	else if (w->pre_depth)
		kind = ENT_CLEAN_PRE;
	int rc = ent_clean__block_add(w->d, w->cur.ptr, w->cur.size, w->cur_offset, w->cur_line, kind, &b);
	if (rc == 0 && b) {
		b->elem = w->owner;
		b->heading = (uint8_t)heading_level((GumboTag)owner->tag);
		b->link_chars = w->cur.size ? (uint32_t)((double)b->chars * w->cur_link / w->cur.size + 0.5) : 0;
	}
	ent_buf_clear(&w->cur);
	w->cur_link = 0;
	return rc;
}

static void meta_info(hwalk *w, const GumboElement *el)
{
	GumboAttribute *p = gumbo_get_attribute(&el->attributes, "property");
	GumboAttribute *nm = gumbo_get_attribute(&el->attributes, "name");
	GumboAttribute *ip = gumbo_get_attribute(&el->attributes, "itemprop");
	GumboAttribute *c = gumbo_get_attribute(&el->attributes, "content");
	if (!c)
		return;
	const char *key = p ? p->value : nm ? nm->value : ip ? ip->value : "";
	if (!w->meta_title && (!strcmp(key, "og:title") || !strcmp(key, "twitter:title")))
		w->meta_title = c->value;
	if (!w->meta_date && (!strcmp(key, "article:published_time") || !strcmp(key, "datePublished") ||
			      !strcmp(key, "date") || !strcmp(key, "pubdate") || !strcmp(key, "publishdate") ||
			      !strcmp(key, "DC.date.issued") || !strcmp(key, "dc.date") ||
			      !strcmp(key, "sailthru.date") || !strcmp(key, "parsely-pub-date")))
		w->meta_date = c->value;
}

/* Entering a node: text goes into the current block; an element that is
 * shown is registered (a block-level one becomes a node of its own).
 * Returns 1 when the node's children are to be walked, with *self the node
 * they belong to and *saved_owner what leave() restores; 0 when not. */
static int enter(hwalk *w, const GumboNode *node, uint32_t parent, uint32_t *self, uint32_t *saved_owner)
{
	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
	    node->type == GUMBO_NODE_CDATA) {
		const GumboText *t = &node->v.text;
		size_t n = strlen(t->text);
		if (w->cur.size == 0) {
			if (node->type == GUMBO_NODE_WHITESPACE)
				return 0;
			w->cur_offset = t->start_pos.offset;
			w->cur_line = t->start_pos.line;
		}
		ENT_FORWARD_IF_ERROR(ent_buf_put(&w->cur, t->text, n));
		if (w->link_depth)
			w->cur_link += n;
		return 0;
	}
	if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
		return 0;
	const GumboElement *el = &node->v.element;
	GumboTag tag = el->tag;
	if (tag == GUMBO_TAG_META) {
		meta_info(w, el);
		return 0;
	}
	if (tag == GUMBO_TAG_HEAD) {
		/* no text, but the metadata lives here */
		for (unsigned i = 0; i < el->children.length; i++) {
			const GumboNode *m = el->children.data[i];
			if (m->type == GUMBO_NODE_ELEMENT && m->v.element.tag == GUMBO_TAG_META)
				meta_info(w, &m->v.element);
		}
		return 0;
	}
	if (tag == GUMBO_TAG_TIME && !w->meta_date) {
		GumboAttribute *dt = gumbo_get_attribute(&el->attributes, "datetime");
		if (dt)
			w->meta_date = dt->value;
	}
	if (is_skipped(tag) || is_hidden(el))
		return 0;
	*self = parent;
	*saved_owner = w->owner;
	if (is_block(tag)) {
		ENT_FORWARD_IF_ERROR(flush(w));
		hnode hn = { parent, (uint16_t)tag, 0, NULL, 0, 0, 0 };
		if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
		    tag == GUMBO_TAG_MENU) {
			hn.flags |= N_NEG;
			hn.reason = tag == GUMBO_TAG_NAV ? "<nav>" : tag == GUMBO_TAG_ASIDE ? "<aside>"
				  : tag == GUMBO_TAG_FOOTER ? "<footer>" : "<menu>";
		} else if (tag == GUMBO_TAG_HEADER) {
			hn.flags |= N_NEG | N_WEAK;
			hn.reason = "<header>";
		} else if (tag == GUMBO_TAG_FORM) {
			hn.flags |= N_NEG | N_WEAK;
			hn.reason = "<form>";
		}
		if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && tag != GUMBO_TAG_BR) {
			hnode tmp = hn;
			tmp.flags = 0;
			judge_names(&tmp, el);
			if (tmp.flags & (N_POS | N_CONTENT)) {
				hn.flags = tmp.flags;
				hn.reason = NULL;
			} else if (tmp.flags & N_NEG) {
				/* names refine the tag's verdict: keep the stronger */
				if (!(hn.flags & N_NEG) || (hn.flags & N_WEAK)) {
					hn.flags = tmp.flags;
					hn.reason = tmp.reason;
				}
			}
		}
		if (tag == GUMBO_TAG_BR) {
			/* a line break splits text but does not own it */
			return 0;
		}
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&w->nodes, hn));
		*self = (uint32_t)(w->nodes.len - 1);
		w->owner = *self;
	} else if (tag == GUMBO_TAG_A) {
		w->link_depth++;
	} else if (tag == GUMBO_TAG_IMG) {
		return 0;
	}
	if (tag == GUMBO_TAG_BLOCKQUOTE)
		w->quote_depth++;
	if (tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_CAPTION)
		w->caption_depth++;
	if (tag == GUMBO_TAG_PRE)
		w->pre_depth++;
	return 1;
}

/* Leaving an element enter() descended into, after its children. */
static int leave(hwalk *w, const GumboElement *el, uint32_t saved_owner)
{
	GumboTag tag = el->tag;
	if (is_block(tag)) {
		ENT_FORWARD_IF_ERROR(flush(w));
		w->owner = saved_owner;
	} else if (tag == GUMBO_TAG_A) {
		w->link_depth--;
	}
	if (tag == GUMBO_TAG_BLOCKQUOTE)
		w->quote_depth--;
	if (tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_CAPTION)
		w->caption_depth--;
	if (tag == GUMBO_TAG_PRE)
		w->pre_depth--;
	return 0;
}

/* The walk in document order with an explicit stack: the tree's depth is
 * bounded (html_tree.h), but recursion would still tie it to the C stack. */
typedef struct {
	const GumboNode *node;
	uint32_t self, saved_owner;
	unsigned next; /* the next child to enter */
} walk_frame;

static int walk(hwalk *w, const GumboNode *root)
{
	ENT_VEC(walk_frame) stack = { 0 };
	walk_frame top = { root, 0, 0, 0 };
	int rc = enter(w, root, 0, &top.self, &top.saved_owner);
	if (rc == 1)
		rc = ENT_VEC_PUSH(&stack, top);
	while (rc >= 0 && stack.len > 0) {
		walk_frame *f = &stack.items[stack.len - 1];
		const GumboVector *kids = &f->node->v.element.children;
		if (f->next < kids->length) {
			const GumboNode *child = kids->data[f->next++];
			walk_frame c = { child, 0, 0, 0 };
			rc = enter(w, child, f->self, &c.self, &c.saved_owner);
			if (rc == 1)
				rc = ENT_VEC_PUSH(&stack, c);
		} else {
			rc = leave(w, &f->node->v.element, f->saved_owner);
			stack.len--;
		}
	}
	ENT_VEC_FREE(&stack);
	return rc < 0 ? rc : 0;
}

static const ent_clean__prose_rule html_rule = {
	.foreign_good = 50, .foreign_near = 20, .min_chars = 40, .min_words = 5,
	.dense = 0.28, .sparse = 0.18, .dense_good = 100, .sparse_good = 150,
	.terse = 60, .otherwise = ENT_CLASS_SHORT,
};

static long block_weight(const ent_clean__block *b)
{
	double ld = b->chars ? (double)b->link_chars / b->chars : 0;
	switch (b->cls) {
	case ENT_CLASS_GOOD:
		return (long)(b->chars * (1.0 - ld));
	case ENT_CLASS_NEAR:
		return (long)(b->chars * (1.0 - ld)) / 3;
	case ENT_CLASS_SHORT:
		return -3;
	default:
		return -(5 + (long)b->chars / 8);
	}
}

/* Whether the element `e` sits in a small box that also holds a linked
 * headline: a teaser card of another article. */
static int is_card(const hnode *nodes, uint32_t e)
{
	for (int up = 0; up < CARD_LEVELS && e != NO_PARENT; up++, e = nodes[e].parent) {
		if (nodes[e].chars > CARD_CHARS)
			return 0;
		if (nodes[e].flags & N_LINK_TITLE)
			return 1;
	}
	return 0;
}

static int classify(hwalk *w)
{
	ent_clean__doc *d = w->d;
	size_t n = d->blocks.len, nn = w->nodes.len;
	ent_clean__block *bl = d->blocks.items;
	hnode *nodes = w->nodes.items;
	if (n == 0 || nn == 0)
		return 0;

	/* Step 2: text and prose per subtree, then which negative names
	 * stand: a name on an element holding much of the page's prose is a
	 * layout wrapper's ("content-with-sidebar"), not a verdict. */
	int nostop = ent_clean__no_stop_words(bl, n);
	long total = 0, prose = 0;
	for (size_t i = 0; i < n; i++) {
		nodes[bl[i].elem].chars += bl[i].chars;
		total += bl[i].chars;
		if (ent_clean__prose_class(&bl[i], nostop, &html_rule) == ENT_CLASS_GOOD) {
			nodes[bl[i].elem].prose += bl[i].chars;
			prose += bl[i].chars;
		}
	}
	for (size_t i = nn; i-- > 1;) {
		uint32_t p = nodes[i].parent;
		if (p != NO_PARENT) {
			nodes[p].chars += nodes[i].chars;
			nodes[p].prose += nodes[i].prose;
			if (nodes[i].flags & (N_POS | N_HAS_POS))
				nodes[p].flags |= N_HAS_POS;
		}
	}
	for (size_t i = 0; i < nn; i++) {
		hnode *h = &nodes[i];
		if ((h->flags & N_NEG) && ((h->flags & N_HAS_POS) || (double)h->chars > 0.5 * (double)total ||
					   (double)h->prose > WRAPPER_PROSE * (double)prose))
			h->flags &= (uint16_t) ~(N_NEG | N_WEAK);
		uint32_t p = h->parent;
		if (h->flags & N_CONTENT) {
			/* an embed does not inherit its container's verdict */
		} else if (p != NO_PARENT && (nodes[p].flags & N_BAD)) {
			h->flags |= N_BAD | (nodes[p].flags & N_WEAK);
			h->reason = nodes[p].reason;
		} else if (h->flags & N_NEG) {
			h->flags |= N_BAD;
		}
	}

	/* Teaser cards: a small element holding a linked headline and a
	 * blurb (the "related stories" grids). */
	for (size_t i = 0; i < n; i++) {
		const ent_clean__block *b = &bl[i];
		double ld = b->chars ? (double)b->link_chars / b->chars : 0;
		if (ld >= 0.9 && b->words >= 3 && b->words <= 25)
			nodes[b->elem].flags |= N_LINK_TITLE;
	}
	for (size_t i = nn; i-- > 1;)
		if (nodes[i].parent != NO_PARENT && (nodes[i].flags & N_LINK_TITLE))
			nodes[nodes[i].parent].flags |= N_LINK_TITLE;

	/* Step 3: blocks alone. */
	char low[512];
	for (size_t i = 0; i < n; i++) {
		ent_clean__block *b = &bl[i];
		hnode *h = &nodes[b->elem];
		double ld = b->chars ? (double)b->link_chars / b->chars : 0;
		b->cls = ent_clean__prose_class(b, nostop, &html_rule);
		size_t ll = ent_clean__lower(low, sizeof low, b->text, b->len);
		const char *why;
		if ((h->flags & N_BAD) && !((h->flags & N_WEAK) && b->cls == ENT_CLASS_GOOD)) {
			b->cls = ENT_CLASS_BAD;
			b->reason = h->reason;
		} else if (ld < 0.5 && is_card(nodes, b->elem)) {
			b->cls = ENT_CLASS_BAD;
			b->reason = "teaser: linked title+blurb";
		} else if (ld >= 0.5 && (b->chars < LINKED_PROSE_CHARS || ld >= 0.75 || b->cls < ENT_CLASS_NEAR)) {
			b->cls = ENT_CLASS_BAD;
			char *r = ent_arena_alloc(d->arena, 24);
			ENT_RETURN_IF_OOM(r);
			snprintf(r, 24, "link density %.2f", ld);
			b->reason = r;
		} else if (b->words <= 60 && ent_clean__teaser_marker(d->chrome, low, ll, b->words)) {
			b->cls = ENT_CLASS_BAD;
			b->reason = "teaser marker";
		} else if (b->words <= 60 && (why = ent_clean__credit(d->chrome, b->text, low, ll, b->words)) != NULL &&
			   b->cls != ENT_CLASS_GOOD) {
			b->cls = ENT_CLASS_BAD;
			b->reason = why;
		} else if (b->words <= 60 && ent_clean__chrome_phrase(d->chrome, low, ll, b->words, b->ends_sentence,
						    b->cls == ENT_CLASS_GOOD)) {
			b->cls = ENT_CLASS_BAD;
			b->reason = "chrome phrase";
		} else if (b->kind == ENT_CLEAN_CAPTION) {
			b->cls = ENT_CLASS_BAD;
			b->reason = "caption";
		} else if (ld > 0.3 && b->cls > ENT_CLASS_SHORT) {
			b->cls--;
		}
	}

	/* Step 4: the best subtree. */
	for (size_t i = 0; i < n; i++)
		nodes[bl[i].elem].weight += block_weight(&bl[i]);
	for (size_t i = nn; i-- > 1;)
		if (nodes[i].parent != NO_PARENT)
			nodes[nodes[i].parent].weight += nodes[i].weight;
	size_t best = 0;
	for (size_t i = 0; i < nn; i++)
		if (nodes[i].weight >= nodes[best].weight)
			best = i;
	/* Blocks of the region are contiguous in document order: find the
	 * range by marking the region's nodes (children follow parents). */
	uint8_t *in = ent_arena_calloc(d->arena, nn, 1);
	ENT_RETURN_IF_OOM(in);
	in[best] = 1;
	for (size_t i = best + 1; i < nn; i++)
		if (nodes[i].parent != NO_PARENT && in[nodes[i].parent])
			in[i] = 1;
	size_t lo = n, hi = 0;
	for (size_t i = 0; i < n; i++)
		if (in[bl[i].elem]) {
			if (lo == n)
				lo = i;
			hi = i + 1;
		}

	/* No prose anywhere (a short notice, a list): keep what is not
	 * boilerplate rather than return nothing. */
	int any_prose = 0;
	for (size_t i = 0; i < n && !any_prose; i++)
		any_prose = bl[i].cls >= ENT_CLASS_NEAR;
	if (!any_prose) {
		lo = 0;
		hi = n;
		for (size_t i = 0; i < n; i++)
			if (bl[i].cls == ENT_CLASS_SHORT && !bl[i].heading) {
				bl[i].cls = ENT_CLASS_NEAR;
				bl[i].reason = "no prose on the page: short text kept";
			}
	}

	/* Inside the region everything not boilerplate is kept: a page's
	 * main container holds its lists, short lines and subheadings too.
	 * Only the short pieces before its first and after its last prose
	 * (kickers, bylines, "more on this" lines) are trimmed. */
	size_t first = hi, last = lo;
	for (size_t i = lo; i < hi; i++)
		if (bl[i].cls >= ENT_CLASS_NEAR) {
			if (first == hi)
				first = i;
			last = i + 1;
		}
	/* A list that ends the article (dates of a tour, steps) runs on past
	 * the last paragraph: extend over three or more short lines without
	 * links that follow it directly, up to the first other block. */
	size_t run = 0;
	for (size_t i = last; i < hi && bl[i].cls == ENT_CLASS_SHORT && bl[i].link_chars == 0 && !bl[i].heading; i++)
		run++;
	if (run >= 3)
		last += run;
	uint8_t *cls = ent_arena_alloc(d->arena, n);
	ENT_RETURN_IF_OOM(cls);
	for (size_t i = 0; i < n; i++) {
		cls[i] = bl[i].cls;
		if (i < lo || i >= hi || bl[i].cls != ENT_CLASS_SHORT)
			continue;
		if (i > first && i < last) {
			cls[i] = ENT_CLASS_NEAR;
			bl[i].reason = bl[i].heading ? "subheading" : "short, inside the main content";
		} else {
			bl[i].reason = "short, at the edge of the main content";
		}
	}
	for (size_t i = 0; i < n; i++) {
		ent_clean__block *b = &bl[i];
		b->cls = cls[i];
		if (b->heading == 1 && (!d->title || i <= first))
			d->title = b->text; /* the h1 nearest above the article, not a logo's */
		if (b->cls == ENT_CLASS_BAD) {
			b->keep = 0;
			if (!b->reason)
				b->reason = "boilerplate";
		} else if (i < lo || i >= hi) {
			b->keep = 0;
			b->reason = "outside the main content";
		} else if (b->heading == 1 && i <= first) {
			b->keep = 0; /* an h1 after the prose begins is a section heading */
			b->reason = "title";
		} else if (b->cls == ENT_CLASS_SHORT) {
			b->keep = 0;
			if (!b->reason)
				b->reason = "short, no prose around it";
		} else {
			b->keep = 1;
			if (!b->reason)
				b->reason = b->cls == ENT_CLASS_GOOD ? "prose" : "near-prose";
		}
	}
	return 0;
}

int ent_clean__html(ent_clean__doc *d, const char *s, size_t len)
{
	/* gumbo keeps its own allocations (its parser cannot recover from a
	 * failed one); they are freed before this function returns. */
	ent_html_tree tree;
	int rc = ent_ingest__html_tree_parse(&tree, s, len, NULL, NULL);
	hwalk w = { 0 };
	w.d = d;
	hnode root = { NO_PARENT, GUMBO_TAG_UNKNOWN, 0, NULL, 0, 0, 0 };
	if (rc == 0)
		rc = ENT_VEC_PUSH(&w.nodes, root);
	if (rc == 0)
		rc = walk(&w, tree.output->root);
	if (rc == 0)
		rc = flush(&w);
	if (rc == 0)
		rc = classify(&w);
	if (rc == 0 && tree.depth.dropped) {
		char msg[160];
		snprintf(msg, sizeof msg,
			 "HTML nested %zu elements deep; %zu tags past depth %d dropped, their text kept",
			 tree.depth.depth, tree.depth.dropped, ENT_HTML_MAX_DEPTH);
		ent_clean__warn(d, ENT_ELIMIT, msg);
	}
	if (rc == 0) {
		const char *title = w.meta_title && *w.meta_title ? w.meta_title : NULL;
		if (title) {
			d->title = ent_arena_strdup(d->arena, title);
			if (!d->title)
				rc = ent_error_oom();
		}
		char iso[11];
		if (rc == 0 && w.meta_date && ent_clean__find_date(w.meta_date, strlen(w.meta_date), iso)) {
			d->date = ent_arena_strdup(d->arena, iso);
			if (!d->date)
				rc = ent_error_oom();
		}
	}
	ENT_VEC_FREE(&w.nodes);
	ent_buf_dispose(&w.cur);
	ent_ingest__html_tree_dispose(&tree);
	return rc;
}
