/* The user's search text as an FTS5 query (see fts_query.h for the
 * language). Two passes: the text is cut into items first, so an operator
 * word can look at its neighbours when deciding whether it is an operator
 * or a word to look for. */
#include "store/fts_query.h"

#include <string.h>        /* strncmp */
#include <unicode/uchar.h> /* u_isalnum: what unicode61 keeps as a word */

#include "util/alloc.h" /* ent__calloc, ent__free */
#include "util/buf.h"   /* ent_buf_put */
#include "util/error.h" /* ent_error_set, ENT_RETURN_IF_OOM */
#include "util/utf8.h"  /* ent_utf8_next */

/* ITEM_DROPPED: an AND before NOT, left out of the query. */
typedef enum { ITEM_TERM, ITEM_AND, ITEM_OR, ITEM_NOT, ITEM_OPEN, ITEM_CLOSE, ITEM_DROPPED } item_kind;

typedef struct {
	item_kind kind;
	const char *text; /* the term's words, without quotes or the prefix star */
	size_t len;
	int prefix;
	size_t at; /* lex's scratch: an open's position */
	int keep;  /* lex's scratch: a paired parenthesis or a term */
} item;

/* Whether s[0..len) holds a letter or digit: FTS5's unicode61 tokenizer
 * drops everything else, and an empty phrase joined by AND matches no row. */
static int has_word(const char *s, size_t len)
{
	for (size_t i = 0; i < len;)
		if (u_isalnum((UChar32)ent_utf8_next(s, len, &i)))
			return 1;
	return 0;
}

static item_kind word_kind(const char *s, size_t len)
{
	if (len == 3 && !strncmp(s, "AND", 3))
		return ITEM_AND;
	if (len == 2 && !strncmp(s, "OR", 2))
		return ITEM_OR;
	if (len == 3 && !strncmp(s, "NOT", 3))
		return ITEM_NOT;
	return ITEM_TERM;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Cut `text` into items (n at most strlen(text) + 1). Parentheses group
 * only when they pair up: a stray one, or an empty pair, is punctuation
 * like any other and left out, as an unclosed quote runs to the end. */
static void lex(item *items, size_t *n, const char *text)
{
	size_t k = 0;
	int depth = 0;
	for (size_t i = 0; text[i];) {
		char c = text[i];
		if (is_space(c)) {
			i++;
			continue;
		}
		item it = { ITEM_TERM, NULL, 0, 0, 0, 0 };
		if (c == '(' || c == ')') {
			i++;
			if (c == ')' && depth == 0)
				continue;
			if (c == ')' && items[k - 1].kind == ITEM_OPEN) {
				k--;
				depth--;
				continue;
			}
			depth += c == '(' ? 1 : -1;
			it.kind = c == '(' ? ITEM_OPEN : ITEM_CLOSE;
			items[k++] = it;
			continue;
		}
		if (c == '"') {
			const char *end = strchr(text + i + 1, '"');
			it.text = text + i + 1;
			it.len = end ? (size_t)(end - it.text) : strlen(it.text);
			i = end ? (size_t)(end - text) + 1 : i + 1 + it.len;
			if (text[i] == '*') {
				it.prefix = 1;
				i++;
			}
		} else {
			size_t start = i;
			while (text[i] && !is_space(text[i]) && text[i] != '"' && text[i] != '(' && text[i] != ')')
				i++;
			it.text = text + start;
			it.len = i - start;
			it.kind = word_kind(it.text, it.len);
			if (it.kind == ITEM_TERM && it.len > 1 && it.text[it.len - 1] == '*') {
				it.prefix = 1;
				it.len--;
			}
		}
		if (it.kind == ITEM_TERM && !has_word(it.text, it.len))
			continue;
		items[k++] = it;
	}
	/* The opens never closed: pair the closes with a stack of open
	 * positions (reusing `at`), then drop what is left on it. */
	if (depth > 0) {
		size_t top = 0;
		for (size_t j = 0; j < k; j++) {
			items[j].keep = 1;
			if (items[j].kind == ITEM_OPEN)
				items[top++].at = j;
			else if (items[j].kind == ITEM_CLOSE)
				top--;
		}
		for (size_t t = 0; t < top; t++)
			items[items[t].at].keep = 0;
		size_t w = 0;
		for (size_t j = 0; j < k; j++)
			if (items[j].keep)
				items[w++] = items[j];
		k = w;
	}
	*n = k;
}

static int starts_operand(const item *it)
{
	return it->kind == ITEM_TERM || it->kind == ITEM_OPEN;
}

static int put_term(ent_buf *out, const char *s, size_t len, int prefix)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '"'));
	ENT_FORWARD_IF_ERROR(ent_buf_put(out, s, len));
	return ent_buf_puts(out, prefix ? "\"*" : "\"");
}

int ent_store__fts_query(ent_buf *out, const char *text)
{
	size_t cap = strlen(text) + 1, n = 0;
	item *items = ent__calloc(cap, sizeof *items);
	ENT_RETURN_IF_OOM(items);
	lex(items, &n, text);
	int r = 0;
	/* Operators only between two operands; a misplaced one is a word
	 * ("rock AND" looks for "AND" too), and AND before NOT is dropped
	 * because FTS5's NOT is already binary. */
	const item *prev = NULL; /* the last item kept */
	for (size_t i = 0; !r && i < n; i++) {
		item *it = &items[i];
		if (it->kind != ITEM_TERM && it->kind != ITEM_OPEN && it->kind != ITEM_CLOSE) {
			int after_operand = prev && (prev->kind == ITEM_TERM || prev->kind == ITEM_CLOSE);
			if (it->kind == ITEM_AND && after_operand && i + 1 < n && items[i + 1].kind == ITEM_NOT) {
				it->kind = ITEM_DROPPED;
				continue;
			}
			if (!after_operand || i + 1 == n || !starts_operand(&items[i + 1]))
				it->kind = ITEM_TERM; /* text and len are the word itself */
		}
		prev = it;
	}
	const item *last = NULL;
	int terms = 0;
	for (size_t i = 0; !r && i < n; i++) {
		const item *it = &items[i];
		if (it->kind == ITEM_DROPPED)
			continue;
		/* FTS5 joins bare phrases by AND but not a group and its
		 * neighbour: say AND between every two operands. */
		if (starts_operand(it) && last && (last->kind == ITEM_TERM || last->kind == ITEM_CLOSE))
			r = ent_buf_puts(out, " AND ");
		else if (last && last->kind != ITEM_OPEN && it->kind != ITEM_CLOSE)
			r = ent_buf_putc(out, ' ');
		if (r)
			break;
		switch (it->kind) {
		case ITEM_TERM: r = put_term(out, it->text, it->len, it->prefix); terms++; break;
		case ITEM_AND: r = ent_buf_puts(out, "AND"); break;
		case ITEM_OR: r = ent_buf_puts(out, "OR"); break;
		case ITEM_NOT: r = ent_buf_puts(out, "NOT"); break;
		case ITEM_OPEN: r = ent_buf_putc(out, '('); break;
		case ITEM_CLOSE: r = ent_buf_putc(out, ')'); break;
		case ITEM_DROPPED: break;
		}
		last = it;
	}
	ent__free(items);
	if (!r && !terms)
		r = ent_error_set(ENT_EINVAL, "search: \"%s\" has no word to look for", text);
	return r;
}
