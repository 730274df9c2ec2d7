/* What the tagger and the parser know of a word before any decision: the
 * hashes of its normal form, affixes and shape, and what the training data
 * said of it (the tags it took: its ambiguity class, and the one tag of a
 * frequent unambiguous word). Computed once per word per sentence, so
 * feature extraction only mixes precomputed numbers. */
#ifndef ENT_PARSE_LEXICAL_H
#define ENT_PARSE_LEXICAL_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

#include "entente/common.h" /* ent_buf */

enum {
	ENT_LEX_CAP = 1 << 0,    /* first letter upper-case */
	ENT_LEX_ALLCAP = 1 << 1, /* two or more letters, none lower-case */
	ENT_LEX_DIGIT = 1 << 2,  /* has a digit */
	ENT_LEX_HYPHEN = 1 << 3, /* has a hyphen */
	ENT_LEX_PUNCT = 1 << 4,  /* no letter or digit at all */
	ENT_LEX_ALPHA = 1 << 5,  /* has a letter */
};

#define ENT_LEX_PREFIXES 3
#define ENT_LEX_SUFFIXES 5

typedef struct {
	uint64_t norm;   /* lower case, ASCII quotes, digits as 0 */
	uint64_t form;   /* as written */
	uint64_t pre[ENT_LEX_PREFIXES]; /* first 1..3 characters of the lower-case form */
	uint64_t suf[ENT_LEX_SUFFIXES]; /* last 1..5 characters */
	uint64_t shape;  /* Xx, dd, X.X. ... with runs cut at two */
	uint64_t amb;    /* ambiguity class: the tags seen for the word in training (0: unseen) */
	int32_t tagdict; /* the tag of a frequent unambiguous word, or -1 */
	uint32_t flags;  /* ENT_LEX_* */
} ent_parse__lex;

/* The lower-case form of s[0..n) (ICU's simple case mapping per code
 * point; curly apostrophes and quotes made ASCII), appended to `out`
 * without a terminator. 0 or ENT_ENOMEM. */
int ent_parse__lower(ent_buf *out, const char *s, size_t n);

/* Fill everything of `lex` but amb and tagdict (the vocabulary's). `scratch`
 * is reused memory. 0 or ENT_ENOMEM. */
int ent_parse__lex_fill(ent_parse__lex *lex, ent_buf *scratch, const char *form, size_t n);

#endif
