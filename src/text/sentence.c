/* Sentence boundaries: ICU's sentence iterator over the caller's UTF-8
 * bytes, then entente's fix-ups, decided at each ICU boundary by looking at
 * the few bytes around it (so the fix-ups cost nothing between boundaries).
 *
 * ICU breaks after every line break (UAX #29 rule SB4), but text cleaned
 * from web pages wraps lines inside paragraphs; a blank line, though, always
 * separates paragraphs. So a boundary whose gap holds one line break is kept
 * only when the sentence ends in terminal punctuation, and a gap with two
 * or more line breaks is always a boundary. */
#include "text/segmenter.h"

#include <stdint.h> /* INT32_MAX */

#include <unicode/uchar.h> /* u_islower */

#include "text/abbrev.h" /* abbreviation and sentence-starter tables */
#include "util/error.h"  /* ENT_RETURN_ERROR_IF */
#include "util/utf8.h"   /* ent_utf8_next */

/* Bytes of white space at s[i] (0 if none): ASCII space and controls, NBSP,
 * the Unicode line/paragraph separators, ideographic and thin spaces. */
static size_t space_at(const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
		unsigned char d = (unsigned char)s[i + 2];
		if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF)
			return 3;
	}
	if (c == 0xE3 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x80)
		return 3;
	return 0;
}

/* Bytes of white space ending at s[e-1] (0 if none). */
static size_t space_before(const char *s, size_t b, size_t e)
{
	unsigned char c = (unsigned char)s[e - 1];
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (e - b >= 2 && c == 0xA0 && (unsigned char)s[e - 2] == 0xC2)
		return 2;
	if (e - b >= 3 && c >= 0x80 && c <= 0xBF && (unsigned char)s[e - 3] >= 0xE2) {
		size_t n = space_at(s, e - 3, e);
		return n == 3 ? 3 : 0;
	}
	return 0;
}

/* Closing quotes and brackets that may follow a sentence's final stop:
 * " ' ) ] ” ’ » . Returns their byte length at the end of s[b..e). */
static size_t closer_before(const char *s, size_t b, size_t e)
{
	unsigned char c = (unsigned char)s[e - 1];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (e - b >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
	    (c == 0x9D || c == 0x99))
		return 3;
	if (e - b >= 2 && (unsigned char)s[e - 2] == 0xC2 && c == 0xBB)
		return 2;
	return 0;
}

/* Opening quotes and brackets: " ' ( [ “ ‘ « . Byte length at s[i]. */
static size_t opener_at(const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];
	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return 1;
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98))
		return 3;
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xAB)
		return 2;
	return 0;
}

/* Whether a list item starts at s[i]: a bullet (- * • ·) or a number
 * with a dot or bracket ("1." "2)") followed by a space. */
static int list_item_at(const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];
	size_t n = 0;
	if (c == '-' || c == '*')
		n = 1;
	else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		 (unsigned char)s[i + 2] == 0xA2)
		n = 3; /* U+2022 bullet */
	else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xB7)
		n = 2; /* U+00B7 middle dot */
	else if (c >= '0' && c <= '9') {
		size_t k = i;
		while (k < len && k - i < 3 && s[k] >= '0' && s[k] <= '9')
			k++;
		if (k < len && (s[k] == '.' || s[k] == ')'))
			n = k + 1 - i;
	}
	return n && i + n < len && s[i + n] == ' ';
}

static int is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/* Should the sentence s[cs..ce) continue with the piece starting at `a`
 * (ICU put a boundary between them)? `len` bounds the text. */
static int continues(const char *s, size_t len, size_t cs, size_t ce, size_t a)
{
	size_t newlines = 0;
	for (size_t i = ce; i < a; i++)
		if (s[i] == '\n')
			newlines++;
	if (newlines >= 2)
		return 0;

	/* The sentence's final stop, looking through closing quotes. */
	size_t e = ce, closers = 0;
	size_t n;
	while (e > cs && (n = closer_before(s, cs, e)) != 0) {
		e -= n;
		closers++;
	}
	int stop = 0;
	if (e > cs) {
		char c = s[e - 1];
		if (c == '.' || c == '!' || c == '?')
			stop = c;
		else if (e - cs >= 3 && (unsigned char)s[e - 3] == 0xE2 &&
			 (unsigned char)s[e - 2] == 0x80 && (unsigned char)s[e - 1] == 0xA6)
			stop = '.'; /* ellipsis */
	}
	if (!stop)
		/* ICU broke for a line break (or a separator) in mid-sentence,
		 * unless the next line is a list item. */
		return newlines == 1 && !list_item_at(s, a, len);

	/* The next piece's first word, looking through opening quotes. */
	size_t i = a;
	while (i < len && (n = opener_at(s, i, len)) != 0)
		i += n;
	if (i >= len)
		return 0;
	size_t j = i;
	uint32_t cp = ent_utf8_next(s, len, &j);
	if ((cp >= 'a' && cp <= 'z') || (cp >= 0x80 && u_islower((UChar32)cp)))
		/* "Why?" he asked. / the U.S. economy ... in lower case. */
		return 1;
	if (stop != '.' || closers)
		return 0;

	/* The word before the dot: ASCII letters and inner dots. */
	size_t we = e - 1, ws = we;
	while (ws > cs && (is_ascii_letter(s[ws - 1]) || s[ws - 1] == '.'))
		ws--;
	if (ws > cs && !space_before(s, cs, ws) && !closer_before(s, cs, ws) &&
	    !opener_at(s, ws - 1, len) && s[ws - 1] != '(')
		return 0; /* part of something longer, e.g. "3a." */
	ent_abbrev_class cls = ent_text__abbrev_class(s + ws, we - ws);
	if (cls == ENT_ABBREV_NONE)
		return 0;
	if (cls == ENT_ABBREV_TITLE)
		return 1;
	int digit = s[i] >= '0' && s[i] <= '9';
	if (cls == ENT_ABBREV_NUMBER)
		return digit;
	if (digit)
		return 1; /* Jan. 3, U.S. 1st Army */
	size_t k = i;
	while (k < len && is_ascii_letter(s[k]))
		k++;
	return !ent_text__is_sentence_starter(s + i, k - i);
}

/* Whether the word ending at s[e-1] closes a clause (, ; : or a dash),
 * a good place to cut an overlong sentence. */
static int ends_clause(const char *s, size_t b, size_t e)
{
	if (e == b)
		return 0;
	char c = s[e - 1];
	if (c == ',' || c == ';' || c == ':' || c == '-')
		return 1;
	/* an en or em dash, U+2013/U+2014 */
	return e - b >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
	       ((unsigned char)s[e - 1] == 0x93 || (unsigned char)s[e - 1] == 0x94);
}

/* Add the sentence text[cs..ce), cut into pieces of at most
 * ENT_SENTENCE_MAX_WORDS words: the tagger, parser and coder see every
 * sentence whole, so one without an end (a page of run-on text, a list
 * joined into a line) must not reach them as one. A piece ends at the last
 * clause break (, ; : dash) in its final quarter, else after its last word. */
static int push_sentence(ent_segmenter *seg, const char *text, size_t cs, size_t ce)
{
	while (cs < ce) {
		size_t words = 0, i = cs, cut = ce, clause = 0, n;
		while (i < ce) {
			size_t w = i;
			while (i < ce && space_at(text, i, ce) == 0)
				i++;
			words++;
			if (words >= ENT_SENTENCE_MAX_WORDS * 3 / 4 && ends_clause(text, w, i))
				clause = i;
			if (words == ENT_SENTENCE_MAX_WORDS) {
				cut = clause ? clause : i;
				break;
			}
			while (i < ce && (n = space_at(text, i, ce)) != 0)
				i += n;
		}
		if (cut >= ce) {
			ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&seg->spans, ((ent_span){ cs, ce })));
			return 0;
		}
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&seg->spans, ((ent_span){ cs, cut })));
		cs = cut;
		while (cs < ce && (n = space_at(text, cs, ce)) != 0)
			cs += n;
	}
	return 0;
}

int ent_segmenter_sentences(ent_segmenter *seg, const ent_span **out, size_t *count,
			    const char *text, size_t len)
{
	ENT_RETURN_ERROR_IF(!seg || !out || !count || (!text && len), ENT_EINVAL,
			    "ent_segmenter_sentences: NULL argument");
	ENT_RETURN_ERROR_IF(len > INT32_MAX, ENT_EINVAL,
			    "text of %zu bytes is longer than ICU's limit of %d", len, INT32_MAX);
	seg->spans.len = 0;
	*out = seg->spans.items;
	*count = 0;
	if (len == 0)
		return 0;

	UErrorCode e = U_ZERO_ERROR;
	utext_openUTF8(&seg->ut_sent, text, (int64_t)len, &e);
	ubrk_setUText(seg->sent, &seg->ut_sent, &e);
	ENT_RETURN_ERROR_IF(U_FAILURE(e), ENT_ERROR, "ICU sentence iterator: %s", u_errorName(e));

	int have = 0;
	size_t cs = 0, ce = 0;
	int32_t p = ubrk_first(seg->sent), q;
	while ((q = ubrk_next(seg->sent)) != UBRK_DONE) {
		size_t a = (size_t)p, b = (size_t)q, n;
		p = q;
		while (a < b && (n = space_at(text, a, b)) != 0)
			a += n;
		while (b > a && (n = space_before(text, a, b)) != 0)
			b -= n;
		if (a == b)
			continue;
		if (have && !seg->icu_only && continues(text, len, cs, ce, a)) {
			ce = b;
			continue;
		}
		if (have)
			ENT_FORWARD_IF_ERROR(push_sentence(seg, text, cs, ce));
		cs = a;
		ce = b;
		have = 1;
	}
	if (have)
		ENT_FORWARD_IF_ERROR(push_sentence(seg, text, cs, ce));
	*out = seg->spans.items;
	*count = seg->spans.len;
	return 0;
}
