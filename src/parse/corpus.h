/* A treebank in memory for training: its words' forms and lemmas, their
 * joint tags and labels as class numbers, gold heads, and the lexical
 * features of every word, computed once for all epochs. */
#ifndef ENT_PARSE_CORPUS_H
#define ENT_PARSE_CORPUS_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#include "entente/common.h" /* ent_buf */
#include "parse/lexical.h"  /* ent_parse__lex */
#include "parse/model.h"    /* ent_parse_model */
#include "util/vec.h"       /* ENT_VEC */

typedef struct {
	uint32_t first; /* its first word in the corpus arrays */
	uint32_t n;
} ent_corpus_sentence;

typedef struct {
	ENT_VEC(ent_corpus_sentence) sents;
	ENT_VEC(uint32_t) form, lemma, tagname, labelname; /* offsets into pool */
	ENT_VEC(int32_t) head;   /* 0-based within the sentence; n: the root */
	int32_t *tag, *label;    /* classes, once ent_corpus_classes has run */
	ent_parse__lex *lex;
	uint8_t *punct;
	ent_buf pool;
	size_t words;
} ent_corpus;

/* Read a CoNLL-U file (at most max_sentences, 0: all). */
int ent_corpus_read(ent_corpus *c, const char *path, size_t max_sentences);

/* The tag set ("UPOS\0XPOS" pairs) and label set of `c`, sorted, put into
 * the model; then every word's classes. */
int ent_corpus_classes(ent_corpus *c, ent_parse_model *m);

/* Lexical features of every word, and the model's vocabulary from them:
 * a word's ambiguity class, and its one tag if it is frequent and always
 * takes it. */
int ent_corpus_vocab(ent_corpus *c, ent_parse_model *m);

/* Train the lemmatiser's tables of `m` on the corpus's gold lemmas, and
 * on WordNet's lemmas and exception lists when `wordnet_dir` is not NULL. */
int ent_corpus_lemmas(const ent_corpus *c, ent_parse_model *m, const char *wordnet_dir);

void ent_corpus_dispose(ent_corpus *c);

#endif
