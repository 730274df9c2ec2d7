#include "parse/lexical.h"

#include <unicode/uchar.h> /* u_tolower, u_isupper, u_isalpha */
#include <unicode/utf8.h>  /* U8_NEXT, U8_APPEND */

#include "util/buf.h"   /* ent_buf_grow */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */
#include "util/map.h"   /* ent_hash_bytes */

/* Curly quotes and apostrophes as ASCII: the treebank writes both, and a
 * word should not be two words to the tagger because of its typography. */
static UChar32 ascii_quote(UChar32 c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
	case 0x201C: case 0x201D: case 0x201E: case 0x2033: return '"';
	default: return c;
	}
}

int ent_parse__lower(ent_buf *out, const char *s, size_t n)
{
	ENT_FORWARD_IF_ERROR(ent_buf_grow(out, n + 4));
	size_t i = 0;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			out->ptr[out->size++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
			i++;
			continue;
		}
		UChar32 c;
		int32_t at = (int32_t)i;
		U8_NEXT(s, at, (int32_t)n, c);
		i = (size_t)at;
		if (c < 0)
			c = 0xFFFD;
		c = ascii_quote(u_tolower(c));
		/* Lower-casing never more than doubles a character's bytes. */
		ENT_FORWARD_IF_ERROR(ent_buf_grow(out, 4 + (n - i)));
		int32_t len = (int32_t)out->size;
		UBool err = 0;
		U8_APPEND((uint8_t *)out->ptr, len, (int32_t)out->asize, c, err);
		(void)err;
		out->size = (size_t)len;
	}
	out->ptr[out->size] = '\0';
	return 0;
}

/* Offsets of the character starts of s[0..n) from the end: ends[k] is
 * where the last k+1 characters begin. Returns how many were found. */
static size_t char_starts_from_end(const char *s, size_t n, size_t *ends, size_t max)
{
	size_t found = 0;
	size_t i = n;
	while (i > 0 && found < max) {
		i--;
		while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
			i--;
		ends[found++] = i;
	}
	return found;
}

static size_t char_len_at(const char *s, size_t n, size_t i)
{
	size_t j = i + 1;
	while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
		j++;
	return j - i;
}

int ent_parse__lex_fill(ent_parse__lex *lex, ent_buf *scratch, const char *form, size_t n)
{
	lex->form = ent_hash_bytes(form, n);
	ent_buf_clear(scratch);
	ENT_FORWARD_IF_ERROR(ent_parse__lower(scratch, form, n));
	char *low = scratch->ptr;
	size_t ln = scratch->size;

	/* Affixes of the lower-case form, in characters. */
	size_t starts[ENT_LEX_SUFFIXES];
	size_t ns = char_starts_from_end(low, ln, starts, ENT_LEX_SUFFIXES);
	for (size_t k = 0; k < ENT_LEX_SUFFIXES; k++) {
		size_t from = k < ns ? starts[k] : 0;
		lex->suf[k] = ent_hash_bytes(low + from, ln - from) + k;
	}
	size_t at = 0;
	for (size_t k = 0; k < ENT_LEX_PREFIXES; k++) {
		if (at < ln)
			at += char_len_at(low, ln, at);
		lex->pre[k] = ent_hash_bytes(low, at) ^ (0x51ed270b27ULL * (k + 1));
	}

	/* Flags and shape from the form as written. */
	uint32_t flags = 0;
	size_t letters = 0, lowers = 0;
	char shape[64];
	size_t sn = 0;
	char last = 0;
	int run = 0;
	size_t i = 0;
	while (i < n) {
		UChar32 c;
		int32_t p = (int32_t)i;
		U8_NEXT(form, p, (int32_t)n, c);
		i = (size_t)p;
		char k;
		if (c >= '0' && c <= '9') {
			k = 'd';
			flags |= ENT_LEX_DIGIT;
		} else if (c > 0 && u_isalpha(c)) {
			letters++;
			if (u_isupper(c)) {
				k = 'X';
				if (letters == 1)
					flags |= ENT_LEX_CAP;
			} else {
				k = 'x';
				lowers++;
			}
		} else {
			k = c > 0 && c < 0x80 ? (char)c : '*';
			if (c == '-')
				flags |= ENT_LEX_HYPHEN;
		}
		run = k == last ? run + 1 : 1;
		last = k;
		if (run <= 2 && sn < sizeof shape)
			shape[sn++] = k;
	}
	if (letters)
		flags |= ENT_LEX_ALPHA;
	if (letters >= 2 && lowers == 0)
		flags |= ENT_LEX_ALLCAP;
	if (!letters && !(flags & ENT_LEX_DIGIT))
		flags |= ENT_LEX_PUNCT;
	lex->shape = ent_hash_bytes(shape, sn);
	lex->flags = flags;

	/* The normal form: digits as 0, so that numbers share their rows. */
	for (size_t j = 0; j < ln; j++)
		if (low[j] >= '1' && low[j] <= '9')
			low[j] = '0';
	lex->norm = ent_hash_bytes(low, ln);
	lex->amb = 0;
	lex->tagdict = -1;
	return 0;
}
