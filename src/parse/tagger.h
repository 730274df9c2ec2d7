/* The part-of-speech tagger: two greedy passes, left to right, of averaged perceptrons
 * over the word, its affixes and shape, its neighbours' words, affixes and
 * ambiguity classes, and the two tags already chosen. A frequent word that
 * training saw with one tag only takes it from the tag dictionary without
 * being scored. Classes are joint UPOS/XPOS tags, so the two never
 * disagree. */
#ifndef ENT_PARSE_TAGGER_H
#define ENT_PARSE_TAGGER_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

#include "parse/lexical.h" /* ent_parse__lex */
#include "parse/weights.h" /* ent_parse__weights */

#define ENT_TAGGER_MAX_FEATURES 64

/* The features of word i, given the tags of words 0..i-1 (tags[j] for j < i).
 * `ntags` is the number of classes (boundary tags are numbered after them).
 * Returns how many were written to out (at most ENT_TAGGER_MAX_FEATURES). */
size_t ent_tagger__features(uint64_t *out, const ent_parse__lex *lex, size_t n, size_t i,
			    const int32_t *tags, uint32_t ntags);

/* Tag words 0..n-1. `scores` has room for w->nclass values. */
void ent_tagger__tag(const ent_parse__weights *w, const ent_parse__lex *lex, size_t n,
		     int32_t *tags, int32_t *scores);

/* The second pass sees what the first could not: the tags the first pass
 * gave the words to the right (`right`), so that "to" before a verb and
 * "to" before a noun, or "that" before a clause and before a noun, part. */
#define ENT_TAGGER2_MAX_FEATURES (ENT_TAGGER_MAX_FEATURES + 8)

/* The features of word i in the second pass; with `right` NULL, those of
 * the first (ent_tagger__features). */
size_t ent_tagger__features2(uint64_t *out, const ent_parse__lex *lex, size_t n, size_t i,
			     const int32_t *tags, const int32_t *right, uint32_t ntags);

void ent_tagger__tag2(const ent_parse__weights *w, const ent_parse__lex *lex, size_t n,
		      const int32_t *right, int32_t *tags, int32_t *scores);

#endif
