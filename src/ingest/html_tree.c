/* Bounding the depth of HTML before gumbo builds its tree (html_tree.h).
 *
 * The scan is a tokenizer (tags, attributes with their quoting, comments,
 * raw text, script escapes, CDATA in foreign content) and a model of the
 * HTML5 tree builder that keeps only what moves the depth: the stack of
 * open elements (by name hash, with the tag's class) and the list of
 * active formatting elements, which the tree builder reopens after a block
 * closed them (so `<div><b id=1></div><div><b id=2></div>...x` nests). The
 * model's depth is the stack plus that list. Where the model is unsure
 * whether the tree builder closes an element it keeps it open: counting a
 * level too many can only drop tags on a page already near the cap, while
 * a level too few would let a document nest without bound. Elements the
 * tree builder implies without a tag (tbody, tr, colgroup) are not
 * counted; they add at most a small factor.
 *
 * Everything is linear: each byte is looked at a bounded number of times,
 * and the searches of the stack and the list are bounded by the cap. */
#include "ingest/html_tree.h"
#include "ingest/html_tags.h" /* ent_html_tag_class, T_* */

#include <stdint.h> /* uint32_t */
#include <stdlib.h> /* bsearch */
#include <string.h> /* memcpy, memmove, memset, strcmp */

#include "util/buf.h"   /* ent_buf_put, ent_buf_dispose */
#include "util/error.h" /* ent_error_oom, ENT_RETURN_ERROR_IF */
#include "util/vec.h"   /* ENT_VEC */


enum { NS_HTML, NS_SVG, NS_MATH };

typedef struct {
	uint32_t name;  /* hash of the lower-cased tag name */
	uint32_t flags; /* T_* of an HTML element; T_INTEGRATION/T_SCOPE for foreign ones */
	uint8_t ns;
} open_elem;

/* An entry of the active formatting list; a marker has name 0. */
typedef struct {
	uint32_t name, attrs;
} fmt_entry;

/* Counts of dropped start tags by name hash, so their end tags go too. */
#define DROP_BUCKETS 256

typedef struct {
	const char *s;
	size_t len, cap;
	ent_buf *out;
	int copied;
	ENT_VEC(open_elem) stack;
	ENT_VEC(fmt_entry) fmt;
	uint32_t dropped_by_name[DROP_BUCKETS];
	size_t dropped_open; /* dropped start tags whose end tag has not come */
	ent_html_depth *info;
	ent_html_dropped_fn on_dropped;
	void *payload;
	int oom;
	/* name hashes the rules compare with */
	uint32_t h_address, h_div, h_p, h_ul, h_ol, h_dd, h_dt, h_option, h_optgroup;
} scan;

/* A tag as the tokenizer read it. */
typedef struct {
	size_t start, end; /* bytes of the whole tag, '<' to '>' inclusive */
	char name[16];     /* lower-cased, truncated; for the class lookup */
	uint32_t hash;     /* of the whole lower-cased name */
	uint32_t attrs;    /* hash of the attribute bytes as written */
	int end_tag, self_closing;
} tag;

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Read the tag at s[i] ('<' followed by a letter, or "</" and a letter),
 * following the tokenizer's attribute states so a quote or '>' means what
 * it means to gumbo. Returns 0 when the input ends inside the tag (gumbo
 * drops such a tag), 1 otherwise. */
static int read_tag(const char *s, size_t len, size_t i, tag *t)
{
	memset(t, 0, sizeof *t);
	t->start = i++;
	if (s[i] == '/') {
		t->end_tag = 1;
		i++;
	}
	uint32_t h = 2166136261u;
	size_t n = 0;
	while (i < len && !is_space(s[i]) && s[i] != '/' && s[i] != '>') {
		char c = lower(s[i++]);
		h = (h ^ (unsigned char)c) * 16777619u;
		if (n < sizeof t->name - 1)
			t->name[n++] = c;
	}
	t->name[n] = '\0';
	t->hash = h;
	uint32_t a = 2166136261u;
	size_t attrs_from = i;
	enum { BEFORE_NAME, NAME, AFTER_NAME, BEFORE_VALUE, DQ, SQ, UNQUOTED, AFTER_QUOTED, SLASH } st = BEFORE_NAME;
	for (; i < len; i++) {
		char c = s[i];
		switch (st) {
		case BEFORE_NAME:
			if (is_space(c))
				break;
			if (c == '/')
				st = SLASH;
			else if (c == '>')
				goto done;
			else
				st = NAME; /* '=', quotes and '<' start a name too */
			break;
		case NAME:
			if (is_space(c))
				st = AFTER_NAME;
			else if (c == '/')
				st = SLASH;
			else if (c == '=')
				st = BEFORE_VALUE;
			else if (c == '>')
				goto done;
			break;
		case AFTER_NAME:
			if (is_space(c))
				break;
			if (c == '/')
				st = SLASH;
			else if (c == '=')
				st = BEFORE_VALUE;
			else if (c == '>')
				goto done;
			else
				st = NAME;
			break;
		case BEFORE_VALUE:
			if (is_space(c))
				break;
			if (c == '"')
				st = DQ;
			else if (c == '\'')
				st = SQ;
			else if (c == '>')
				goto done;
			else
				st = UNQUOTED;
			break;
		case DQ:
			if (c == '"')
				st = AFTER_QUOTED;
			break;
		case SQ:
			if (c == '\'')
				st = AFTER_QUOTED;
			break;
		case UNQUOTED:
			if (is_space(c))
				st = BEFORE_NAME;
			else if (c == '>')
				goto done;
			break;
		case AFTER_QUOTED:
			if (is_space(c))
				st = BEFORE_NAME;
			else if (c == '/')
				st = SLASH;
			else if (c == '>')
				goto done;
			else
				st = NAME;
			break;
		case SLASH:
			if (c == '>') {
				t->self_closing = 1;
				goto done;
			}
			st = BEFORE_NAME;
			i--; /* reconsider in BEFORE_NAME */
			break;
		}
	}
	return 0;
done:
	for (size_t k = attrs_from; k < i; k++)
		a = (a ^ (unsigned char)s[k]) * 16777619u;
	t->attrs = a;
	t->end = i + 1;
	return 1;
}

/* Whether s[i..] is "</name" (any case) followed by what ends a tag name. */
static int at_end_tag(const char *s, size_t len, size_t i, const char *name)
{
	size_t n = strlen(name);
	if (i + 2 + n >= len || s[i] != '<' || s[i + 1] != '/')
		return 0;
	for (size_t k = 0; k < n; k++)
		if (lower(s[i + 2 + k]) != name[k])
			return 0;
	char c = s[i + 2 + n];
	return is_space(c) || c == '/' || c == '>';
}

/* Where the raw text of an element named `name` ends: the '<' of its end
 * tag, or len. */
static size_t raw_text_end(const char *s, size_t len, size_t i, const char *name)
{
	for (; i < len; i++) {
		const char *lt = memchr(s + i, '<', len - i);
		if (!lt)
			return len;
		i = (size_t)(lt - s);
		if (at_end_tag(s, len, i, name))
			return i;
	}
	return len;
}

static int starts(const char *s, size_t len, size_t i, const char *lit)
{
	size_t n = strlen(lit);
	if (i + n > len)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (lower(s[i + k]) != lit[k])
			return 0;
	return 1;
}

/* Script data, with its escapes: inside "<!--", "<script>" opens a
 * double-escaped run in which "</script>" does not end the script. */
static size_t script_end(const char *s, size_t len, size_t i)
{
	enum { DATA, ESCAPED, DOUBLE } st = DATA;
	while (i < len) {
		if (st == DATA) {
			const char *lt = memchr(s + i, '<', len - i);
			if (!lt)
				return len;
			i = (size_t)(lt - s);
			if (at_end_tag(s, len, i, "script"))
				return i;
			if (starts(s, len, i, "<!--")) {
				i += 4;
				/* "<!-->" and "<!--->" close the escape at once */
				if (i < len && s[i] == '>')
					i++;
				else if (starts(s, len, i, "->"))
					i += 2;
				else
					st = ESCAPED;
				continue;
			}
			i++;
		} else if (s[i] == '-' && starts(s, len, i, "-->")) {
			st = DATA;
			i += 3;
		} else if (st == ESCAPED && at_end_tag(s, len, i, "script")) {
			return i;
		} else if (st == ESCAPED && starts(s, len, i, "<script") && i + 7 < len &&
			   (is_space(s[i + 7]) || s[i + 7] == '/' || s[i + 7] == '>')) {
			st = DOUBLE;
			i += 7;
		} else if (st == DOUBLE && at_end_tag(s, len, i, "script")) {
			st = ESCAPED;
			i += 8;
		} else {
			i++;
		}
	}
	return len;
}

/* The end of the comment whose "<!--" ends at s[i]: after "-->", "--!>",
 * or at once for "<!-->" and "<!--->". */
static size_t comment_end(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == '>')
		return i + 1;
	if (starts(s, len, i, "->"))
		return i + 2;
	while (i + 1 < len) {
		const char *d = memchr(s + i, '-', len - i);
		if (!d)
			return len;
		i = (size_t)(d - s);
		if (i + 1 < len && s[i + 1] == '-') {
			size_t j = i + 2;
			while (j < len && s[j] == '-')
				j++;
			if (j < len && s[j] == '>')
				return j + 1;
			if (j + 1 < len && s[j] == '!' && s[j + 1] == '>')
				return j + 2;
			i = j;
		} else {
			i++;
		}
	}
	return len;
}

/* Where s[i..] holds `lit`, searched from i; len when it does not. */
static size_t find(const char *s, size_t len, size_t i, const char *lit)
{
	size_t n = strlen(lit);
	for (; i + n <= len; i++) {
		const char *c = memchr(s + i, lit[0], len - i);
		if (!c)
			return len;
		i = (size_t)(c - s);
		if (i + n <= len && memcmp(s + i, lit, n) == 0)
			return i;
	}
	return len;
}

/* Turn a tag into spaces (newlines kept, so line numbers stay). */
static void blank(scan *sc, const tag *t)
{
	if (!sc->copied) {
		ent_buf_clear(sc->out);
		if (ent_buf_put(sc->out, sc->s, sc->len) < 0) {
			sc->oom = 1;
			return;
		}
		sc->copied = 1;
	}
	for (size_t k = t->start; k < t->end; k++)
		if (sc->out->ptr[k] != '\n' && sc->out->ptr[k] != '\r')
			sc->out->ptr[k] = ' ';
	sc->info->dropped++;
}

static int foreign_mode(const scan *sc)
{
	if (sc->stack.len == 0)
		return 0;
	const open_elem *top = &sc->stack.items[sc->stack.len - 1];
	return top->ns != NS_HTML && !(top->flags & T_INTEGRATION);
}

static void clear_fmt_to_marker(scan *sc)
{
	while (sc->fmt.len > 0 && sc->fmt.items[--sc->fmt.len].name != 0)
		;
}

/* Pop the stack down to (and including) index k. */
static void pop_through(scan *sc, size_t k)
{
	while (sc->stack.len > k) {
		open_elem e = sc->stack.items[--sc->stack.len];
		if (e.ns == NS_HTML && (e.flags & T_MARKER))
			clear_fmt_to_marker(sc);
	}
	/* dropped elements were below the old top: they are closed too */
	if (sc->dropped_open) {
		memset(sc->dropped_by_name, 0, sizeof sc->dropped_by_name);
		sc->dropped_open = 0;
	}
}

/* The index of the nearest open element named `name` before an element
 * with one of the `stop` flags (or, with stop_special, a special element
 * other than address, div and p), or SIZE_MAX. */
static size_t find_open(const scan *sc, uint32_t name, uint32_t stop, int stop_special)
{
	for (size_t k = sc->stack.len; k-- > 0;) {
		const open_elem *e = &sc->stack.items[k];
		if (e->name == name && e->ns == NS_HTML)
			return k;
		if (e->flags & stop)
			return SIZE_MAX;
		if (stop_special && e->ns == NS_HTML && (e->flags & T_SPECIAL) && e->name != sc->h_address &&
		    e->name != sc->h_div && e->name != sc->h_p)
			return SIZE_MAX;
		if (stop_special && e->ns != NS_HTML)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* Scope boundaries of the spec's "has an element in scope" checks. */
#define SCOPE_DEFAULT (T_SCOPE | T_INTEGRATION)
#define SCOPE_TABLE T_TABLE_SCOPE

static void close_if_open(scan *sc, uint32_t name, uint32_t stop)
{
	size_t k = find_open(sc, name, stop, 0);
	if (k != SIZE_MAX)
		pop_through(sc, k);
}

static int push(scan *sc, uint32_t name, uint32_t flags, uint8_t ns)
{
	open_elem e = { name, flags, ns };
	if (ENT_VEC_PUSH(&sc->stack, e) < 0) {
		sc->oom = 1;
		return -1;
	}
	if (sc->stack.len + sc->dropped_open > sc->info->depth)
		sc->info->depth = sc->stack.len + sc->dropped_open;
	return 0;
}

static void push_fmt(scan *sc, uint32_t name, uint32_t attrs)
{
	/* The "Noah's Ark" clause: at most three identical entries after the
	 * last marker; the earliest goes. */
	size_t same = 0, earliest = 0;
	for (size_t k = sc->fmt.len; k-- > 0 && sc->fmt.items[k].name != 0;)
		if (sc->fmt.items[k].name == name && sc->fmt.items[k].attrs == attrs) {
			same++;
			earliest = k;
		}
	if (same >= 3) {
		memmove(sc->fmt.items + earliest, sc->fmt.items + earliest + 1,
			(sc->fmt.len - earliest - 1) * sizeof *sc->fmt.items);
		sc->fmt.len--;
	}
	fmt_entry f = { name, attrs };
	if (ENT_VEC_PUSH(&sc->fmt, f) < 0)
		sc->oom = 1;
}

/* The index of the last formatting entry named `name` after the last
 * marker, or SIZE_MAX. */
static size_t find_fmt(const scan *sc, uint32_t name)
{
	for (size_t k = sc->fmt.len; k-- > 0 && sc->fmt.items[k].name != 0;)
		if (sc->fmt.items[k].name == name)
			return k;
	return SIZE_MAX;
}

static void remove_fmt(scan *sc, size_t k)
{
	memmove(sc->fmt.items + k, sc->fmt.items + k + 1, (sc->fmt.len - k - 1) * sizeof *sc->fmt.items);
	sc->fmt.len--;
}

/* Whether an element above index k is special (the adoption agency then
 * moves things around rather than closing). */
static int special_above(const scan *sc, size_t k)
{
	for (size_t j = k + 1; j < sc->stack.len; j++)
		if (sc->stack.items[j].ns != NS_HTML || (sc->stack.items[j].flags & T_SPECIAL))
			return 1;
	return 0;
}

/* The end tag of a formatting element (the adoption agency, as far as the
 * depth goes). Returns 0 when it is to be handled as any other end tag. */
static int end_formatting(scan *sc, const tag *t)
{
	size_t f = find_fmt(sc, t->hash);
	if (f == SIZE_MAX)
		return 0;
	size_t k = find_open(sc, t->hash, SCOPE_DEFAULT, 0);
	int on_stack = 0;
	for (size_t j = 0; j < sc->stack.len && !on_stack; j++)
		on_stack = sc->stack.items[j].name == t->hash && sc->stack.items[j].ns == NS_HTML;
	if (!on_stack) {
		remove_fmt(sc, f);
		return 1;
	}
	if (k == SIZE_MAX || special_above(sc, k))
		return 1; /* not in scope: ignored; a block above: the element is cloned, depth unchanged */
	pop_through(sc, k);
	remove_fmt(sc, f);
	return 1;
}

/* The depth the model sees: open elements plus formatting elements the
 * tree builder may reopen. */
static size_t model_depth(const scan *sc)
{
	return sc->stack.len + sc->fmt.len;
}

/* Drop a start tag that would open an element past the cap. */
static void drop_start(scan *sc, const tag *t)
{
	blank(sc, t);
	if (sc->on_dropped)
		sc->on_dropped(sc->s, t->start, t->end, sc->payload);
	sc->dropped_by_name[t->hash % DROP_BUCKETS]++;
	sc->dropped_open++;
	if (sc->stack.len + sc->dropped_open > sc->info->depth)
		sc->info->depth = sc->stack.len + sc->dropped_open;
}

/* A start tag. Returns the T_* flags that change how the scan goes on
 * (raw text, plaintext) for a kept HTML element, 0 otherwise. */
static uint32_t start_tag(scan *sc, const tag *t)
{
	uint32_t flags = ent_html_tag_class(t->name);
	int foreign = foreign_mode(sc);
	if (foreign && (flags & T_BREAKOUT)) {
		/* a tag that will be blanked closes nothing: gumbo never sees it */
		while (!sc->dropped_open && foreign_mode(sc))
			pop_through(sc, sc->stack.len - 1);
		foreign = 0;
	}
	int svg = !strcmp(t->name, "svg"), math = !strcmp(t->name, "math");
	if (foreign || svg || math) {
		if (t->self_closing)
			return 0;
		if (sc->dropped_open || model_depth(sc) >= sc->cap) {
			drop_start(sc, t);
			return 0;
		}
		uint8_t ns = svg ? NS_SVG : math ? NS_MATH : sc->stack.items[sc->stack.len - 1].ns;
		uint32_t f = 0;
		if (ns == NS_SVG && (!strcmp(t->name, "foreignobject") || !strcmp(t->name, "desc") ||
				     !strcmp(t->name, "title")))
			f = T_INTEGRATION | T_SCOPE;
		else if (ns == NS_MATH && (!strcmp(t->name, "mi") || !strcmp(t->name, "mo") ||
					   !strcmp(t->name, "mn") || !strcmp(t->name, "ms") ||
					   !strcmp(t->name, "mtext")))
			f = T_INTEGRATION | T_SCOPE;
		push(sc, t->hash, f, ns);
		return 0;
	}
	if (flags & (T_DOCUMENT | T_VOID)) {
		/* html/head/body merge into the ones the tree builder made;
		 * void elements do not nest, but <hr> still closes a <p> */
		if ((flags & T_CLOSES_P) && !sc->dropped_open)
			close_if_open(sc, sc->h_p, SCOPE_DEFAULT | T_BUTTON);
		return 0;
	}
	if (sc->dropped_open || model_depth(sc) >= sc->cap) {
		drop_start(sc, t);
		return 0;
	}
	if (flags & T_CLOSES_P)
		close_if_open(sc, sc->h_p, SCOPE_DEFAULT | T_BUTTON);
	if ((flags & T_HEADING) && sc->stack.len && (sc->stack.items[sc->stack.len - 1].flags & T_HEADING))
		pop_through(sc, sc->stack.len - 1);
	if (!strcmp(t->name, "li")) {
		size_t k = find_open(sc, t->hash, SCOPE_DEFAULT, 1);
		if (k != SIZE_MAX)
			pop_through(sc, k);
	} else if (!strcmp(t->name, "dd") || !strcmp(t->name, "dt")) {
		size_t k = find_open(sc, sc->h_dd, SCOPE_DEFAULT, 1);
		size_t j = find_open(sc, sc->h_dt, SCOPE_DEFAULT, 1);
		if (k == SIZE_MAX || (j != SIZE_MAX && j > k))
			k = j;
		if (k != SIZE_MAX)
			pop_through(sc, k);
	} else if (!strcmp(t->name, "button")) {
		close_if_open(sc, t->hash, SCOPE_DEFAULT);
	} else if (!strcmp(t->name, "td") || !strcmp(t->name, "th")) {
		close_if_open(sc, hash_str("td"), SCOPE_TABLE);
		close_if_open(sc, hash_str("th"), SCOPE_TABLE);
	} else if (!strcmp(t->name, "tr")) {
		close_if_open(sc, t->hash, SCOPE_TABLE);
	} else if (!strcmp(t->name, "tbody") || !strcmp(t->name, "thead") || !strcmp(t->name, "tfoot")) {
		close_if_open(sc, hash_str("tbody"), SCOPE_TABLE);
		close_if_open(sc, hash_str("thead"), SCOPE_TABLE);
		close_if_open(sc, hash_str("tfoot"), SCOPE_TABLE);
	} else if (!strcmp(t->name, "option") || !strcmp(t->name, "optgroup")) {
		const open_elem *top = sc->stack.len ? &sc->stack.items[sc->stack.len - 1] : NULL;
		if (top && (top->name == sc->h_option || (top->name == sc->h_optgroup && t->hash == sc->h_optgroup)))
			pop_through(sc, sc->stack.len - 1);
	} else if (!strcmp(t->name, "a")) {
		/* a new link closes an open one (the adoption agency) */
		size_t f = find_fmt(sc, t->hash);
		if (f != SIZE_MAX) {
			remove_fmt(sc, f);
			size_t k = find_open(sc, t->hash, SCOPE_DEFAULT, 0);
			if (k != SIZE_MAX && !special_above(sc, k))
				pop_through(sc, k);
		}
	}
	if (push(sc, t->hash, flags, NS_HTML) < 0)
		return 0;
	if (flags & T_FORMAT)
		push_fmt(sc, t->hash, t->attrs);
	if (flags & T_MARKER) {
		fmt_entry marker = { 0, 0 };
		if (ENT_VEC_PUSH(&sc->fmt, marker) < 0)
			sc->oom = 1;
	}
	return flags & (T_RAWTEXT | T_SCRIPT | T_PLAINTEXT);
}

static void end_tag(scan *sc, const tag *t)
{
	if (sc->dropped_open && sc->dropped_by_name[t->hash % DROP_BUCKETS]) {
		blank(sc, t);
		sc->dropped_by_name[t->hash % DROP_BUCKETS]--;
		sc->dropped_open--;
		return;
	}
	/* In SVG/MathML an end tag closes the nearest foreign element of its
	 * name; met with an HTML element first, the HTML rules apply. */
	for (size_t k = sc->stack.len; k-- > 0 && sc->stack.items[k].ns != NS_HTML;)
		if (sc->stack.items[k].name == t->hash) {
			pop_through(sc, k);
			return;
		}
	uint32_t flags = ent_html_tag_class(t->name);
	if (flags & T_DOCUMENT)
		return;
	if (flags & T_HEADING) {
		/* any heading closes any other */
		for (size_t k = sc->stack.len; k-- > 0;) {
			const open_elem *e = &sc->stack.items[k];
			if (e->ns == NS_HTML && (e->flags & T_HEADING)) {
				pop_through(sc, k);
				return;
			}
			if (e->flags & SCOPE_DEFAULT)
				return;
		}
		return;
	}
	if ((flags & T_FORMAT) && end_formatting(sc, t))
		return;
	if (flags & T_TABLE) {
		close_if_open(sc, t->hash, SCOPE_TABLE);
		return;
	}
	if (flags & T_SPECIAL) {
		/* </li> looks in list-item scope, which ul and ol also end:
		 * stopping early only keeps an element open */
		uint32_t stop = SCOPE_DEFAULT;
		size_t k = find_open(sc, t->hash, stop, 0);
		if (k != SIZE_MAX && !strcmp(t->name, "li")) {
			for (size_t j = k + 1; j < sc->stack.len; j++)
				if (sc->stack.items[j].name == sc->h_ul || sc->stack.items[j].name == sc->h_ol)
					return;
		}
		if (k != SIZE_MAX)
			pop_through(sc, k);
		return;
	}
	/* any other end tag: the nearest element of that name, unless a
	 * special element comes first */
	for (size_t k = sc->stack.len; k-- > 0;) {
		const open_elem *e = &sc->stack.items[k];
		if (e->name == t->hash && e->ns == NS_HTML) {
			pop_through(sc, k);
			return;
		}
		if (e->ns != NS_HTML || (e->flags & T_SPECIAL))
			return;
	}
}

int ent_ingest__html_bound_depth(const char *html, size_t len, size_t cap, ent_buf *out, ent_html_depth *info,
				 ent_html_dropped_fn dropped, void *payload)
{
	scan sc = { .s = html, .len = len, .cap = cap, .out = out, .info = info, .on_dropped = dropped,
		    .payload = payload };
	sc.h_address = hash_str("address");
	sc.h_div = hash_str("div");
	sc.h_p = hash_str("p");
	sc.h_ul = hash_str("ul");
	sc.h_ol = hash_str("ol");
	sc.h_dd = hash_str("dd");
	sc.h_dt = hash_str("dt");
	sc.h_option = hash_str("option");
	sc.h_optgroup = hash_str("optgroup");
	memset(info, 0, sizeof *info);
	size_t i = 0;
	while (i < len && !sc.oom) {
		const char *lt = memchr(html + i, '<', len - i);
		if (!lt)
			break;
		i = (size_t)(lt - html);
		if (i + 1 >= len)
			break;
		char c = html[i + 1];
		if (c == '!') {
			if (starts(html, len, i, "<!--"))
				i = comment_end(html, len, i + 4);
			else if (foreign_mode(&sc) && starts(html, len, i, "<![cdata["))
				i = find(html, len, i + 9, "]]>") + 3;
			else
				i = find(html, len, i, ">") + 1; /* doctype, bogus comment */
			continue;
		}
		if (c == '?') {
			i = find(html, len, i, ">") + 1;
			continue;
		}
		if (c == '/' && i + 2 < len && html[i + 2] == '>') {
			i += 3;
			continue;
		}
		if (c == '/' && i + 2 < len && !is_alpha(html[i + 2])) {
			i = find(html, len, i, ">") + 1;
			continue;
		}
		if (!is_alpha(c) && c != '/') {
			i++;
			continue;
		}
		tag t;
		if (!read_tag(html, len, i, &t))
			break;
		i = t.end;
		if (t.end_tag) {
			end_tag(&sc, &t);
			continue;
		}
		uint32_t mode = start_tag(&sc, &t);
		if (mode & T_PLAINTEXT)
			break;
		if (mode & T_SCRIPT)
			i = script_end(html, len, i);
		else if (mode & T_RAWTEXT)
			i = raw_text_end(html, len, i, t.name);
	}
	ENT_VEC_FREE(&sc.stack);
	ENT_VEC_FREE(&sc.fmt);
	if (sc.oom)
		return ent_error_oom();
	return sc.copied;
}

int ent_ingest__html_tree_parse(ent_html_tree *t, const char *html, size_t len, ent_html_dropped_fn dropped,
				void *payload)
{
	memset(t, 0, sizeof *t);
	int bounded = ent_ingest__html_bound_depth(html, len, ENT_HTML_MAX_DEPTH, &t->bounded, &t->depth,
						   dropped, payload);
	ENT_FORWARD_IF_ERROR(bounded);
	t->options = kGumboDefaultOptions;
	/* Parse errors are not wanted: gumbo copies the stack of open
	 * elements into each, which costs time and memory. */
	t->options.max_errors = 0;
	t->output = gumbo_parse_with_options(&t->options, bounded ? t->bounded.ptr : html, len);
	ENT_RETURN_ERROR_IF(!t->output, ENT_EFORMAT, "HTML parser gave up on %zu bytes of input", len);
	return 0;
}

void ent_ingest__html_tree_dispose(ent_html_tree *t)
{
	if (t->output)
		gumbo_destroy_output(&t->options, t->output);
	t->output = NULL;
	ent_buf_dispose(&t->bounded);
}
