/* The dependency parser's decisions: the features of an arc-hybrid state
 * (the words and tags of the top three stack items and the first three of
 * the buffer, the children and labels found so far, distances, valencies)
 * and greedy decoding, one best legal transition after another. */
#ifndef ENT_PARSE_PARSER_H
#define ENT_PARSE_PARSER_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

#include "entente/parse.h"    /* ent_upos */
#include "parse/lexical.h"    /* ent_parse__lex */
#include "parse/transition.h" /* ent_arc_state */
#include "parse/weights.h"    /* ent_parse__weights */

#define ENT_PARSER_MAX_FEATURES 128

/* The words of the sentence being parsed, as the features see them. */
typedef struct {
	const ent_parse__lex *lex; /* n entries */
	const int32_t *tags;       /* n joint tags */
	uint32_t ntags;            /* boundary tags are numbered after them */
	const uint8_t *punct;      /* n flags: the word is punctuation */
	const uint64_t *lemma;     /* n hashes of the words' lemmas */
	const ent_upos *tag_upos;  /* the universal tag of each joint tag */
} ent_parser__input;

/* The features of state `st`; returns how many were written (at most
 * ENT_PARSER_MAX_FEATURES). */
size_t ent_parser__features(uint64_t *out, const ent_arc_state *st, const ent_parser__input *in);

/* The legal class with the highest score (ties: the lowest class). */
uint32_t ent_parser__best_legal(const ent_arc_state *st, const int32_t *scores);

/* Parse: st must have been started on in's n words. `scores` has room for
 * w->nclass values. Leaves the tree in st->head and st->label. */
void ent_parser__parse(const ent_parse__weights *w, ent_arc_state *st, const ent_parser__input *in,
		       int32_t *scores);

#endif
