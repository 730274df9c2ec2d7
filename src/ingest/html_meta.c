/* HTML metadata through a real HTML5 parser: pages put the same facts in
 * many places (Open Graph, schema.org microdata and JSON-LD, Dublin Core,
 * <time>), often with entities and odd markup that regular expressions
 * get wrong. Each source has a rank; the best-ranked valid value wins. */
#include "ingest/html_meta.h"

#include <string.h> /* strlen, memcpy */

#include <gumbo.h>   /* GumboNode, GumboElement */
#include <jansson.h> /* json_loadb, for JSON-LD */

#include "ingest/date.h"      /* ent_ingest__date_normalize */
#include "ingest/html_tree.h" /* ent_ingest__html_tree_parse: gumbo, depth bounded */
#include "util/alloc.h"  /* ent__free */
#include "util/error.h"  /* ent_error_oom */
#include "util/vec.h"    /* ENT_VEC */

/* Candidate values found so far, with the rank of their source (lower is
 * better; 0 means none yet). */
typedef struct {
	ent_arena *arena;
	const char *title, *url;
	char date[ENT_DATE_MAX];
	int title_rank, url_rank, date_rank;
	int oom;
} meta_state;

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

static int eq_nocase(const char *a, const char *b)
{
	while (*a && *b && lower(*a) == lower(*b)) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

static const char *attr(const GumboElement *e, const char *name)
{
	GumboAttribute *a = gumbo_get_attribute(&e->attributes, name);
	return a ? a->value : NULL;
}

/* Copy s with runs of white space collapsed to one space, trimmed. */
static const char *collapse(meta_state *st, const char *s, size_t len)
{
	char *out = ent_arena_alloc(st->arena, len + 1);
	if (!out) {
		st->oom = 1;
		return NULL;
	}
	size_t n = 0;
	int space = 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			space = n > 0;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = 0;
		out[n++] = c;
	}
	out[n] = '\0';
	return n ? out : NULL;
}

static void offer_title(meta_state *st, int rank, const char *s, size_t len)
{
	if (!s || (st->title_rank && st->title_rank <= rank))
		return;
	const char *t = collapse(st, s, len);
	if (t) {
		st->title = t;
		st->title_rank = rank;
	}
}

static void offer_url(meta_state *st, int rank, const char *s)
{
	if (!s || (st->url_rank && st->url_rank <= rank))
		return;
	const char *t = collapse(st, s, strlen(s));
	if (t) {
		st->url = t;
		st->url_rank = rank;
	}
}

static void offer_date(meta_state *st, int rank, const char *s, size_t len)
{
	if (!s || (st->date_rank && st->date_rank <= rank))
		return;
	if (ent_ingest__date_normalize(s, len, st->date) == 0)
		st->date_rank = rank;
}

/* Ranks of each source; a gap of one between groups keeps them readable. */
enum {
	RANK_OG = 1,       /* og:title, article:published_time, canonical */
	RANK_SECOND = 2,   /* twitter:title, itemprop datePublished, og:url */
	RANK_TITLE = 3,    /* <title>, JSON-LD datePublished */
	RANK_META = 4,     /* JSON-LD headline, meta date/pubdate/DC.date */
	RANK_TIME_PUB = 5, /* <time pubdate> / <time itemprop=datePublished> */
	RANK_TIME = 6,     /* any <time datetime> */
};

/* Whether the space-separated token list `list` holds `token` (itemprop
 * may name several properties: "datePublished dateCreated"). */
static int has_token(const char *list, const char *token)
{
	size_t n = strlen(token);
	while (*list) {
		while (*list == ' ')
			list++;
		size_t k = 0;
		while (list[k] && list[k] != ' ')
			k++;
		if (k == n) {
			size_t i = 0;
			while (i < n && lower(list[i]) == lower(token[i]))
				i++;
			if (i == n)
				return 1;
		}
		list += k;
	}
	return 0;
}

static void on_meta(meta_state *st, const GumboElement *e)
{
	const char *content = attr(e, "content");
	if (!content)
		return;
	size_t clen = strlen(content);
	const char *keys[3] = { attr(e, "property"), attr(e, "name"), attr(e, "itemprop") };
	for (int k = 0; k < 3; k++) {
		const char *key = keys[k];
		if (!key)
			continue;
		if (eq_nocase(key, "og:title"))
			offer_title(st, RANK_OG, content, clen);
		else if (eq_nocase(key, "twitter:title"))
			offer_title(st, RANK_SECOND, content, clen);
		else if (eq_nocase(key, "og:url"))
			offer_url(st, RANK_SECOND, content);
		else if (eq_nocase(key, "article:published_time") || eq_nocase(key, "og:published_time") ||
			 eq_nocase(key, "og:article:published_time"))
			offer_date(st, RANK_OG, content, clen);
		else if (k == 2 ? has_token(key, "datePublished") : eq_nocase(key, "datePublished"))
			offer_date(st, RANK_SECOND, content, clen);
		else {
			static const char *const date_keys[] = {
				"date", "pubdate", "publishdate", "publish-date", "publish_date",
				"publication_date", "dc.date", "dc.date.issued", "dcterms.date",
				"dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
				"article.published", "citation_publication_date", "originalpublicationdate", "pdate",
				"sn-post-date", "publish_time", "article_date_original",
			};
			for (size_t d = 0; d < sizeof date_keys / sizeof date_keys[0]; d++)
				if (eq_nocase(key, date_keys[d]))
					offer_date(st, RANK_META, content, clen);
		}
	}
}

/* The concatenated text of e's text children (one level: enough for
 * <title> and <script>, whose content is a single text node). */
static const char *child_text(const GumboElement *e, size_t *len)
{
	for (unsigned i = 0; i < e->children.length; i++) {
		const GumboNode *c = e->children.data[i];
		if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
		    c->type == GUMBO_NODE_CDATA) {
			*len = strlen(c->v.text.text);
			return c->v.text.text;
		}
	}
	*len = 0;
	return NULL;
}

/* Look through JSON-LD for datePublished and headline, a few levels deep
 * (objects, arrays, "@graph"). */
static void jsonld_walk(meta_state *st, json_t *j, int depth)
{
	if (depth > 8)
		return;
	if (json_is_object(j)) {
		json_t *d = json_object_get(j, "datePublished");
		if (json_is_string(d))
			offer_date(st, RANK_TITLE, json_string_value(d), json_string_length(d));
		json_t *h = json_object_get(j, "headline");
		if (json_is_string(h))
			offer_title(st, RANK_META, json_string_value(h), json_string_length(h));
		const char *key;
		json_t *v;
		json_object_foreach(j, key, v)
		{
			if (json_is_object(v) || json_is_array(v))
				jsonld_walk(st, v, depth + 1);
		}
	} else if (json_is_array(j)) {
		size_t i;
		json_t *v;
		json_array_foreach(j, i, v)
			jsonld_walk(st, v, depth + 1);
	}
}

/* JSON-LD that is not valid JSON (trailing commas are common): look for
 * the "datePublished": "..." pair as text. */
static void jsonld_scan(meta_state *st, const char *t, size_t n)
{
	static const char key[] = "\"datePublished\"";
	const size_t klen = sizeof key - 1;
	for (size_t i = 0; i + klen < n; i++) {
		if (memcmp(t + i, key, klen) != 0)
			continue;
		size_t j = i + klen;
		while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\r'))
			j++;
		if (j >= n || t[j] != ':')
			continue;
		j++;
		while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n' || t[j] == '\r'))
			j++;
		if (j >= n || t[j] != '"')
			continue;
		size_t e = ++j;
		while (e < n && t[e] != '"' && e - j < 64)
			e++;
		if (e < n && t[e] == '"')
			offer_date(st, RANK_TITLE, t + j, e - j);
		return;
	}
}

static void on_element(meta_state *st, const GumboElement *e)
{
	if (e->tag_namespace != GUMBO_NAMESPACE_HTML)
		return;
	switch (e->tag) {
	case GUMBO_TAG_META:
		on_meta(st, e);
		break;
	case GUMBO_TAG_TITLE: {
		size_t n;
		const char *t = child_text(e, &n);
		offer_title(st, RANK_TITLE, t, n);
		break;
	}
	case GUMBO_TAG_LINK: {
		const char *rel = attr(e, "rel");
		if (rel && eq_nocase(rel, "canonical"))
			offer_url(st, RANK_OG, attr(e, "href"));
		break;
	}
	case GUMBO_TAG_TIME: {
		const char *dt = attr(e, "datetime");
		const char *ip = attr(e, "itemprop");
		int pub = attr(e, "pubdate") || (ip && has_token(ip, "datePublished"));
		if (dt)
			offer_date(st, pub ? RANK_TIME_PUB : RANK_TIME, dt, strlen(dt));
		break;
	}
	case GUMBO_TAG_SCRIPT: {
		const char *type = attr(e, "type");
		if (!type || !strstr(type, "ld+json") || st->date_rank == RANK_OG)
			break;
		size_t n;
		const char *t = child_text(e, &n);
		if (!t)
			break;
		json_t *j = json_loadb(t, n, 0, NULL);
		if (j) {
			jsonld_walk(st, j, 0);
			json_decref(j);
		} else {
			jsonld_scan(st, t, n);
		}
		break;
	}
	default: {
		/* Microdata on any element: <span itemprop="datePublished" content=...>. */
		const char *ip = attr(e, "itemprop");
		if (ip && has_token(ip, "datePublished")) {
			const char *c = attr(e, "content");
			if (!c)
				c = attr(e, "datetime");
			if (c)
				offer_date(st, RANK_SECOND, c, strlen(c));
		}
		break;
	}
	}
}

/* Where the head ends ("</head"), or 0 when it is not in the first 1 MiB. */
static size_t head_end(const char *html, size_t len)
{
	static const char tag[] = "</head";
	if (len > ((size_t)1 << 20))
		len = (size_t)1 << 20;
	for (size_t i = 0; i + sizeof tag - 1 <= len; i++) {
		if (html[i] != '<')
			continue;
		size_t k = 1;
		while (k < sizeof tag - 1 && lower(html[i + k]) == tag[k])
			k++;
		if (k == sizeof tag - 1)
			return i;
	}
	return 0;
}

static int parse_into(meta_state *st, const char *html, size_t len);

int ent_ingest__html_meta(const char *html, size_t len, ent_arena *arena, ent_html_meta *out)
{
	out->title = out->url = out->date = NULL;
	meta_state st = { .arena = arena };
	/* Most pages state all three in <head>: parsing only the head first
	 * saves a full parse of a page several times larger (the clean stage
	 * parses the whole page anyway). The body is parsed only when
	 * something is still missing: <time> and microdata live there. */
	size_t head = head_end(html, len);
	if (head)
		ENT_FORWARD_IF_ERROR(parse_into(&st, html, head));
	if (!head || !st.title_rank || !st.url_rank || !st.date_rank)
		ENT_FORWARD_IF_ERROR(parse_into(&st, html, len));
	out->title = st.title;
	out->url = st.url;
	if (st.date_rank) {
		out->date = ent_arena_strdup(arena, st.date);
		ENT_RETURN_IF_OOM(out->date);
	}
	return 0;
}

/* Start tags past the depth cap that may carry a date (<time>, itemprop):
 * the tree does not have them, so each is parsed alone afterwards. A few
 * suffice (the best source is near the top), and a bound keeps it linear. */
#define MAX_DEEP_TAGS 32

typedef struct {
	size_t start[MAX_DEEP_TAGS], end[MAX_DEEP_TAGS];
	size_t n;
} deep_tags;

static void on_dropped(const char *html, size_t start, size_t end, void *payload)
{
	deep_tags *d = payload;
	if (d->n == MAX_DEEP_TAGS)
		return;
	int wanted = end - start > 5 && lower(html[start + 1]) == 't' && lower(html[start + 2]) == 'i' &&
		     lower(html[start + 3]) == 'm' && lower(html[start + 4]) == 'e';
	for (size_t i = start; i + 8 <= end && !wanted; i++)
		wanted = lower(html[i]) == 'i' && memcmp(html + i + 1, "temprop", 7) == 0;
	if (wanted) {
		d->start[d->n] = start;
		d->end[d->n++] = end;
	}
}

/* Parse html[0..len) and offer every candidate to st; `deep` (may be
 * NULL) collects the tags past the depth cap. */
static int parse_tree(meta_state *st, const char *html, size_t len, deep_tags *deep)
{
	ent_html_tree tree;
	int rc = ent_ingest__html_tree_parse(&tree, html, len, deep ? on_dropped : NULL, deep);
	if (rc < 0) {
		ent_ingest__html_tree_dispose(&tree);
		return rc;
	}
	/* Walk the tree with an explicit stack: the depth is bounded, but
	 * not to what a small thread stack takes in recursion. */
	ENT_VEC(const GumboNode *) stack = { 0 };
	rc = ENT_VEC_PUSH(&stack, tree.output->root);
	while (rc == 0 && stack.len > 0 && !st->oom) {
		const GumboNode *n = stack.items[--stack.len];
		if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
			continue;
		on_element(st, &n->v.element);
		const GumboVector *kids = &n->v.element.children;
		/* Push in reverse so children are visited in document order. */
		for (unsigned i = kids->length; i-- > 0 && rc == 0;)
			rc = ENT_VEC_PUSH(&stack, (const GumboNode *)kids->data[i]);
	}
	ENT_VEC_FREE(&stack);
	ent_ingest__html_tree_dispose(&tree);
	if (rc < 0 || st->oom)
		return ent_error_oom();
	return 0;
}

static int parse_into(meta_state *st, const char *html, size_t len)
{
	deep_tags deep = { .n = 0 };
	ENT_FORWARD_IF_ERROR(parse_tree(st, html, len, &deep));
	for (size_t i = 0; i < deep.n; i++)
		ENT_FORWARD_IF_ERROR(parse_tree(st, html + deep.start[i], deep.end[i] - deep.start[i], NULL));
	return 0;
}
