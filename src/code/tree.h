/* Reading the coder's parse tree (src/code/syntax.c and syntax_govern.c):
 * the few questions every rule asks of a word, inline. Words are 0-based
 * indexes into c->tree.s.words; -1 is none. */
#ifndef ENT_CODE_TREE_H
#define ENT_CODE_TREE_H

#include <string.h> /* strcmp */

#include "code/coder.h"

static inline const ent_parse_word *word(const ent_coder *c, size_t w) { return &c->tree.s.words[w]; }

/* The first child of word w with relation dep (and, when sub is not NULL,
 * that subtype), or -1. */
static inline int32_t child(const ent_coder *c, size_t w, ent_dep dep, const char *sub)
{
	for (size_t k = 0; k < c->tree.s.count; k++) {
		const ent_parse_word *x = word(c, k);
		if (x->head == w + 1 && x->dep == dep && (!sub || !strcmp(x->deprel, sub)))
			return (int32_t)k;
	}
	return -1;
}

static inline int32_t head_of(const ent_coder *c, size_t w) { return (int32_t)word(c, w)->head - 1; }

static inline int32_t group_of(const ent_coder *c, int32_t m) { return m < 0 ? -1 : c->m.items[m].group; }

static inline int lemma_in(const ent_parse_word *x, const char *const *set)
{
	for (size_t i = 0; set[i]; i++)
		if (!strcmp(x->lemma, set[i]))
			return 1;
	return 0;
}

/* Whether word w has a child with relation dep whose lemma is in set. */
static inline int child_lemma(const ent_coder *c, size_t w, ent_dep dep, const char *const *set)
{
	for (size_t k = 0; k < c->tree.s.count; k++) {
		const ent_parse_word *x = word(c, k);
		if (x->head == w + 1 && x->dep == dep && lemma_in(x, set))
			return 1;
	}
	return 0;
}

/* Verb w is a to-infinitive: "to" marks it. */
static inline int infinitive(const ent_coder *c, size_t w)
{
	int32_t m = child(c, w, ENT_DEP_MARK, NULL);
	return m >= 0 && !strcmp(word(c, (size_t)m)->lemma, "to");
}

/* Whether word w is negated: "not"/"never" on it, "nor" before it, a
 * governing "refuse/fail/deny to", a negated verb it is the infinitive or
 * "or"-conjunct of (syntax.c). */
int ent_code__tree_negated_word(const ent_coder *c, size_t w, int depth);

#endif
