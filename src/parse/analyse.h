/* One sentence through the whole analysis: words -> lexical features ->
 * tags -> lemmas -> tree. The public parser (parse.c) and the scorer
 * (score.c) both go through here, so what is scored is what users get. */
#ifndef ENT_PARSE_ANALYSE_H
#define ENT_PARSE_ANALYSE_H

#include "entente/parse.h"
#include "parse/conllu.h"     /* ent_conllu_sentence */
#include "parse/lexical.h"    /* ent_parse__lex */
#include "parse/model.h"      /* ent_parse_model */
#include "parse/tokenize.h"   /* ent_parse__words */
#include "parse/transition.h" /* ent_arc_state */

struct ent_parser {
	const ent_parse_model *model;
	ent_parse__words toks;   /* the words' spans */
	ent_parse__lex *lex;
	int32_t *tags;
	int32_t *first_tags; /* the first pass's */
	uint64_t *lemma_hash;
	uint8_t *punct;
	int32_t *scores;
	ent_parse_word *out;
	size_t *form_off, *lemma_off; /* into strings, until all are written */
	size_t cap;                   /* words the arrays above hold */
	ent_arc_state st;
	ent_buf scratch, low, strings, joined;
	const char **forms;           /* a CoNLL-U sentence's forms */
	size_t forms_cap;
};

/* Fill the vocabulary's part of `lex` (ambiguity class, tag dictionary). */
void ent_parse__lex_vocab(ent_parse__lex *lex, const ent_parse_model *m);

/* Tag, lemmatise and parse the words of a CoNLL-U sentence as they are
 * (the scorer's and `entente parse --input conllu`'s way in). */
int ent_parse__conllu_words(ent_parser *p, const ent_conllu_sentence *s, ent_parse_sentence *out);

/* Analyse the words parser->toks of `text` into parser->out. */
int ent_parse__analyse(ent_parser *p, const char *text, ent_parse_sentence *out);

#endif
