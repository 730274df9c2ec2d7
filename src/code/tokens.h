/* Token helpers shared by the coder's files: the lower-cased form, its
 * length, punctuation, and comparison with a literal word. */
#ifndef ENT_CODE_TOKENS_H
#define ENT_CODE_TOKENS_H

#include <string.h> /* memcmp */

#include "code/coder.h"

/* A lexicon entry index that names no actor. */
#define NONE UINT32_MAX

static inline const char *tnorm(const ent_coder *c, size_t i) { return ent_tok_norm(&c->tl, i); }
static inline size_t tlen(const ent_coder *c, size_t i) { return c->tl.toks[i].len; }
static inline int tpunct(const ent_coder *c, size_t i) { return (c->tl.toks[i].flags & ENT_TOK_PUNCT) != 0; }
/* Token i is the literal word `lit`: the length is known at compile time,
 * so most comparisons end at the length check. */
static inline int tok_is_n(const ent_coder *c, size_t i, const char *w, size_t n)
{
	return i < c->tl.n && c->tl.toks[i].len == n && c->tl.norm[c->tl.toks[i].norm] == w[0] &&
	       memcmp(c->tl.norm + c->tl.toks[i].norm, w, n) == 0;
}
#define tis(c, i, lit) tok_is_n((c), (i), "" lit, sizeof(lit) - 1)

/* Token i ends in "-ing" and has five letters or more ("fighting"): a
 * gerund or participle, as the window guesses it. */
static inline int t_ing(const ent_coder *c, size_t i)
{
	return tlen(c, i) > 4 && !memcmp(tnorm(c, i) + tlen(c, i) - 3, "ing", 3);
}

#endif
