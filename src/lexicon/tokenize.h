/* Sentence splitting and word tokenisation for English news text.
 *
 * Hand-written rather than ICU break iterators: the coder's speed target
 * (tens of thousands of sentences a second on one core) leaves no room for
 * a UTF-16 round trip per sentence, and the dictionaries only need a few
 * token kinds (words, numbers, punctuation, the possessive "'s"). Non-ASCII
 * letters are kept inside words as UTF-8 bytes. */
#ifndef ENT_LEXICON_TOKENIZE_H
#define ENT_LEXICON_TOKENIZE_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

enum {
	ENT_TOK_WORD = 1 << 0,    /* letters (maybe with digits, hyphens, inner periods) */
	ENT_TOK_NUM = 1 << 1,     /* starts with a digit */
	ENT_TOK_PUNCT = 1 << 2,   /* one punctuation character */
	ENT_TOK_CAP = 1 << 3,     /* first letter is a capital */
	ENT_TOK_ALLCAPS = 1 << 4, /* two or more letters, all capitals */
	ENT_TOK_POSS = 1 << 5,    /* the possessive 's or a lone ' after a plural */
	ENT_TOK_HYPHEN = 1 << 6,  /* contains a hyphen between letters */
	ENT_TOK_NEG = 1 << 7,     /* the clitic n't */
	ENT_TOK_INNERCAP = 1 << 8, /* a capital after the first letter ("LeT", "McCain") */
};

typedef struct {
	uint32_t start, end; /* bytes in the text given to the tokenizer */
	uint32_t norm;       /* offset of the lower-cased form in the norm buffer */
	uint16_t len;        /* bytes of the lower-cased form */
	uint16_t flags;
	uint16_t irr;        /* entry in the irregular-forms table + 1, or 0 */
} ent_tok;

/* A growable token list with its own norm buffer; reused between calls. */
typedef struct {
	ent_tok *toks;
	size_t n, cap;
	char *norm;
	size_t norm_len, norm_cap;
} ent_toklist;

/* Tokenise text[0..len) (offsets relative to `base`, added to each token).
 * Replaces the previous contents. 0 or ENT_ENOMEM. */
int ent_lexicon__tokenize(ent_toklist *tl, const char *text, size_t len, size_t base);
void ent_toklist_dispose(ent_toklist *tl);

static inline const char *ent_tok_norm(const ent_toklist *tl, size_t i)
{
	return tl->norm + tl->toks[i].norm;
}

/* Find the end of the sentence starting at text[start] (exclusive), at most
 * `max` bytes on; never returns start unless start == len. Paragraph
 * breaks (blank lines) always end a sentence. */
size_t ent_lexicon__sentence_end(const char *text, size_t len, size_t start, size_t max);

#endif
