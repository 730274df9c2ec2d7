/* Sentence splitting and tokenisation (see tokenize.h for why by hand). */
#include "lexicon/tokenize.h"

#include <string.h> /* memcpy, memcmp */

#include "lexicon/word.h" /* ent_word_irregular */
#include "util/alloc.h"    /* ent__realloc, ent__free */
#include "util/error.h" /* ent_error_oom */

static int is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
/* Letters of any script: ASCII letters and every non-ASCII byte (UTF-8
 * sequences), so "Şuşa" or "Erdoğan" stay one word. */
static int is_wordc(unsigned char c) { return is_alpha(c) || c >= 0x80; }

/* U+2019 RIGHT SINGLE QUOTATION MARK, used as an apostrophe. */
static int is_rsquo(const char *s, size_t i, size_t len)
{
	return i + 2 < len + 0 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	       (unsigned char)s[i + 2] == 0x99;
}

static int apostrophe_len(const char *s, size_t i, size_t len)
{
	if (i < len && s[i] == '\'')
		return 1;
	if (i + 2 < len && is_rsquo(s, i, len))
		return 3;
	return 0;
}

/* Bytes of a UTF-8 punctuation or space character at s[i] (general
 * punctuation U+2000-206F, no-break space, guillemets), or 0. These end
 * words although their bytes are non-ASCII. */
static size_t utf8_punct_len(const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];
	if (c == 0xE2 && i + 2 < len && ((unsigned char)s[i + 1] == 0x80 || (unsigned char)s[i + 1] == 0x81))
		return 3;
	if (c == 0xC2 && i + 1 < len &&
	    ((unsigned char)s[i + 1] == 0xA0 || (unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB))
		return 2;
	return 0;
}

/* Clitics that split off after an apostrophe: "'s", "n't", "'re"... */
static int is_clitic(const char *w, size_t n)
{
	static const char *const cl[] = { "s", "t", "re", "ll", "ve", "d", "m", NULL };
	for (int k = 0; cl[k]; k++) {
		size_t m = strlen(cl[k]);
		int same = m == n;
		for (size_t j = 0; same && j < n; j++)
			same = (w[j] | 32) == cl[k][j];
		if (same)
			return 1;
	}
	return 0;
}

/* Length of an apostrophe at s[i] that lies inside the word begun at
 * s[b]: a letter before it and a run of letters after it that is not a
 * clitic; 0 otherwise. */
static size_t inner_apostrophe_len(const char *s, size_t b, size_t i, size_t len)
{
	size_t al = (size_t)apostrophe_len(s, i, len);
	if (!al || i == b || !is_wordc((unsigned char)s[i - 1]))
		return 0;
	size_t r = i + al, q = r;
	while (q < len && is_wordc((unsigned char)s[q]) && !(s[q] & 0x80 && utf8_punct_len(s, q, len)))
		q++;
	if (q == r || is_clitic(s + r, q - r))
		return 0;
	return al;
}

/* Copy word `w` into `buf` with each U+2019 made an ASCII apostrophe (as
 * the dictionaries write it); returns the length (cut at the buffer). */
static size_t ascii_apostrophes(char *buf, size_t cap, const char *w, size_t n)
{
	size_t o = 0;
	for (size_t k = 0; k < n && o < cap; k++) {
		if (is_rsquo(w, k, n)) {
			buf[o++] = '\'';
			k += 2;
		} else {
			buf[o++] = w[k];
		}
	}
	return o;
}

static int push_norm(ent_toklist *tl, const char *s, size_t n)
{
	if (tl->norm_len + n + 1 > tl->norm_cap) {
		size_t nc = tl->norm_cap ? tl->norm_cap * 2 : 1024;
		while (nc < tl->norm_len + n + 1)
			nc *= 2;
		char *p = ent__realloc(tl->norm, nc);
		ENT_RETURN_IF_OOM(p);
		tl->norm = p;
		tl->norm_cap = nc;
	}
	char *d = tl->norm + tl->norm_len;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		d[i] = (char)(is_upper(c) ? c + 32 : c);
	}
	d[n] = 0;
	tl->norm_len += n + 1;
	return 0;
}

static int push_tok(ent_toklist *tl, const char *text, size_t b, size_t e, size_t base, unsigned flags,
		    const char *norm, size_t nlen)
{
	if (tl->n == tl->cap) {
		size_t nc = tl->cap ? tl->cap * 2 : 64;
		ent_tok *p = ent__realloc(tl->toks, nc * sizeof *p);
		ENT_RETURN_IF_OOM(p);
		tl->toks = p;
		tl->cap = nc;
	}
	if (nlen > 0xFFFF)
		nlen = 0xFFFF;
	ent_tok *t = &tl->toks[tl->n];
	t->start = (uint32_t)(b + base);
	t->end = (uint32_t)(e + base);
	t->norm = (uint32_t)tl->norm_len;
	t->len = (uint16_t)nlen;
	t->flags = (uint16_t)flags;
	ENT_FORWARD_IF_ERROR(push_norm(tl, norm ? norm : text + b, nlen));
	t->irr = (flags & ENT_TOK_WORD) ? (uint16_t)ent_word_irregular(tl->norm + t->norm, nlen) : 0;
	tl->n++;
	return 0;
}

/* Words whose trailing period belongs to them. */
static int is_abbrev(const char *w, size_t n)
{
	static const char *const ab[] = { "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt",
		"sen", "rep", "gov", "pres", "prof", "st", "jr", "sr", "rev", "adm", "cmdr", "gens",
		"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
		"inc", "corp", "co", "ltd", "mt", "ft", "messrs", NULL };
	if (n == 1 && is_alpha((unsigned char)w[0]))
		return 1; /* initials: "George W. Bush" */
	for (size_t k = 0; ab[k]; k++) {
		size_t m = strlen(ab[k]);
		if (m != n)
			continue;
		size_t i = 0;
		while (i < n && (char)((unsigned char)w[i] | 32) == ab[k][i])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

int ent_lexicon__tokenize(ent_toklist *tl, const char *s, size_t len, size_t base)
{
	tl->n = 0;
	tl->norm_len = 0;
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		/* "Dol_Amroth": TABARI-style joined names in text are spaces here */
		if (is_space(c) || c == '_') {
			i++;
			continue;
		}
		/* Non-breaking space U+00A0 and other UTF-8 spaces / quotes as punctuation. */
		if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
			i += 2;
			continue;
		}
		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
			unsigned char d = (unsigned char)s[i + 2];
			/* U+2018-201F quotes, U+2013/2014 dashes, U+2026 ellipsis: punctuation. */
			if ((d >= 0x98 && d <= 0x9F) || d == 0x93 || d == 0x94 || d == 0xA6) {
				if (d == 0x99 && tl->n > 0 && i + 3 < len && (s[i + 3] == 's' || s[i + 3] == 'S') &&
				    (i + 4 >= len || !is_wordc((unsigned char)s[i + 4]))) {
					ENT_FORWARD_IF_ERROR(push_tok(tl, s, i, i + 4, base, ENT_TOK_POSS, "'s", 2));
					i += 4;
					continue;
				}
				const char *pn = (d == 0x93 || d == 0x94) ? "-" : (d == 0xA6 ? "." : "\"");
				ENT_FORWARD_IF_ERROR(push_tok(tl, s, i, i + 3, base, ENT_TOK_PUNCT, pn, 1));
				i += 3;
				continue;
			}
			if (d == 0x8B || d == 0x8C || d == 0x8D || d == 0xAF || d == 0x89 || d == 0x8A) {
				i += 3; /* zero-width and thin spaces */
				continue;
			}
		}
		if (c >= 0x80 && utf8_punct_len(s, i, len)) {
			size_t pl = utf8_punct_len(s, i, len);
			ENT_FORWARD_IF_ERROR(push_tok(tl, s, i, i + pl, base, ENT_TOK_PUNCT, NULL, pl));
			i += pl;
			continue;
		}
		if (is_wordc(c) || is_digit(c)) {
			size_t b = i;
			unsigned flags = is_digit(c) ? ENT_TOK_NUM : ENT_TOK_WORD;
			int letters = 0, uppers = 0, curly = 0;
			while (i < len) {
				unsigned char d = (unsigned char)s[i];
				/* "d'Ivoire", "Sana'a", "O'Brien": an apostrophe between
				 * letters is part of the word, as the dictionaries
				 * write it, unless a clitic follows ("'s", "n't") */
				size_t ap = inner_apostrophe_len(s, b, i, len);
				if (ap) {
					if (ap > 1)
						curly = 1;
					i += ap;
					continue;
				}
				if (d >= 0x80 && utf8_punct_len(s, i, len))
					break;
				if (is_wordc(d) || is_digit(d)) {
					if (is_alpha(d)) {
						letters++;
						if (is_upper(d))
							uppers++;
					}
					i++;
					continue;
				}
				/* inner hyphen, period (U.S., 3.5) or comma in numbers (50,000) */
				if (i + 1 < len && (is_wordc((unsigned char)s[i + 1]) || is_digit((unsigned char)s[i + 1]))) {
					if (d == '-' || d == '/' || d == '&') {
						if (d == '-' && is_wordc((unsigned char)s[i - 1]))
							flags |= ENT_TOK_HYPHEN;
						if (d != '-' && !(flags & ENT_TOK_WORD && uppers == letters))
							break;
						i++;
						continue;
					}
					if (d == '.' && (is_digit((unsigned char)s[i + 1]) || (i - b == 1 || s[i - 2] == '.'))) {
						i++;
						continue;
					}
					if (d == ',' && (flags & ENT_TOK_NUM) && is_digit((unsigned char)s[i + 1])) {
						i++;
						continue;
					}
				}
				break;
			}
			/* A contraction n't splits off: "didn't" -> "did" "n't". */
			size_t e = i;
			int neg = 0;
			if (e - b >= 2 && (s[e - 1] == 'n' || s[e - 1] == 'N')) {
				int al = apostrophe_len(s, e, len);
				if (al && e + al < len && (s[e + al] == 't' || s[e + al] == 'T') &&
				    (e + al + 1 >= len || !is_wordc((unsigned char)s[e + al + 1]))) {
					e -= 1;
					neg = al;
				}
			}
			/* Abbreviation or initial with its period: "Mr." "W." "U.S." */
			if (!neg && e < len && s[e] == '.' && (flags & ENT_TOK_WORD)) {
				int inner = 0;
				for (size_t k = b; k < e; k++)
					inner |= s[k] == '.';
				if (inner || is_abbrev(s + b, e - b)) {
					e++;
					i = e;
				}
			}
			if (letters >= 2 && uppers == letters)
				flags |= ENT_TOK_ALLCAPS;
			if (is_upper(c))
				flags |= ENT_TOK_CAP;
			if (uppers > (is_upper(c) ? 1 : 0))
				flags |= ENT_TOK_INNERCAP;
			if (curly) {
				char buf[256];
				size_t bn = ascii_apostrophes(buf, sizeof buf, s + b, e - b);
				ENT_FORWARD_IF_ERROR(push_tok(tl, s, b, e, base, flags, buf, bn));
			} else {
				ENT_FORWARD_IF_ERROR(push_tok(tl, s, b, e, base, flags, NULL, e - b));
			}
			if (neg) {
				ENT_FORWARD_IF_ERROR(push_tok(tl, s, e, e + 1 + (size_t)neg + 1, base,
							      ENT_TOK_WORD | ENT_TOK_NEG, "n't", 3));
				i = e + 1 + (size_t)neg + 1;
			}
			/* possessive 's or plural ' */
			int al = apostrophe_len(s, i, len);
			if (al && (flags & ENT_TOK_WORD)) {
				if (i + al < len && (s[i + al] == 's' || s[i + al] == 'S') &&
				    (i + al + 1 >= len || !is_wordc((unsigned char)s[i + al + 1]))) {
					ENT_FORWARD_IF_ERROR(push_tok(tl, s, i, i + al + 1, base, ENT_TOK_POSS, "'s", 2));
					i += al + 1;
				} else if (i > 0 && (s[i - 1] == 's' || s[i - 1] == 'S') &&
					   (i + al >= len || !is_wordc((unsigned char)s[i + al]))) {
					ENT_FORWARD_IF_ERROR(push_tok(tl, s, i, i + al, base, ENT_TOK_POSS, "'s", 2));
					i += al;
				}
			}
			continue;
		}
		/* everything else: one punctuation token per character (UTF-8 sequence) */
		size_t n = 1;
		if (c >= 0xC0)
			while (i + n < len && ((unsigned char)s[i + n] & 0xC0) == 0x80)
				n++;
		ENT_FORWARD_IF_ERROR(push_tok(tl, s, i, i + n, base, ENT_TOK_PUNCT, NULL, n));
		i += n;
	}
	return 0;
}

void ent_toklist_dispose(ent_toklist *tl)
{
	ent__free(tl->toks);
	ent__free(tl->norm);
	memset(tl, 0, sizeof *tl);
}

/* Backwards from the period at s[p]: the word before it, for abbreviation checks. */
static int period_is_abbrev(const char *s, size_t start, size_t p)
{
	size_t b = p;
	while (b > start && (is_alpha((unsigned char)s[b - 1]) || s[b - 1] == '.'))
		b--;
	if (b == p)
		return 0;
	int inner = 0;
	for (size_t k = b; k < p; k++)
		inner |= s[k] == '.';
	if (inner)
		return 1; /* U.S. at a sentence end is ambiguous; keep going only if next is lower */
	return is_abbrev(s + b, p - b);
}

size_t ent_lexicon__sentence_end(const char *s, size_t len, size_t start, size_t max)
{
	size_t lim = start + max < len && max ? start + max : len;
	size_t i = start;
	while (i < lim) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n') {
			/* blank line: paragraph break */
			size_t j = i + 1;
			while (j < lim && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
				j++;
			if (j < lim && s[j] == '\n')
				return j + 1;
		}
		if (c == '.' || c == '!' || c == '?') {
			size_t j = i + 1;
			while (j < lim && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
				j++;
			/* closing quotes and brackets stay with the sentence */
			for (;;) {
				if (j < lim && (s[j] == '"' || s[j] == '\'' || s[j] == ')'))
					j++;
				else if (j + 2 < lim && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80 &&
					 ((unsigned char)s[j + 2] == 0x9D || (unsigned char)s[j + 2] == 0x99))
					j += 3;
				else
					break;
			}
			if (j >= lim)
				return lim;
			if (!is_space((unsigned char)s[j])) {
				i = j;
				continue;
			}
			size_t k = j;
			while (k < lim && is_space((unsigned char)s[k]))
				k++;
			if (k >= lim)
				return lim;
			unsigned char n = (unsigned char)s[k];
			if (c == '.' && period_is_abbrev(s, start, i) && !(n == '\n'))
				if (!is_upper(n) || is_abbrev(s + i - 1, 1) || (i >= 2 && s[i - 2] != '.' && is_upper(n) && i - start < 3)) {
					i = j;
					continue;
				}
			if (c == '.' && period_is_abbrev(s, start, i) && is_upper(n)) {
				/* "Mr. Smith", "Gen. Aliyev": abbreviations before names */
				size_t b = i;
				while (b > start && is_alpha((unsigned char)s[b - 1]))
					b--;
				if (i - b >= 1 && !(i >= 2 && s[i - 2] == '.')) {
					i = j;
					continue;
				}
			}
			if (is_upper(n) || is_digit(n) || n == '"' || n == '\'' || n == '(' || n >= 0x80 || c != '.')
				return k;
			i = j;
			continue;
		}
		i++;
	}
	return lim;
}
