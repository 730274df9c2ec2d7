/* CoNLL-U, read one sentence at a time from a stream: the training and
 * scoring data, and the input of `entente parse --input conllu`, whose
 * comments, multiword-token and empty-node lines are written back as
 * they were. */
#ifndef ENT_PARSE_CONLLU_H
#define ENT_PARSE_CONLLU_H

#include <stdio.h>  /* FILE */
#include <stddef.h> /* size_t */

#include "entente/common.h"

/* One word line, its ten columns NUL-terminated inside the reader's
 * buffer ("_" where the file has it). head is -1 when the column is "_". */
typedef struct {
	const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
	int head;
	size_t line;
} ent_conllu_word;

/* A line that is not a word line, kept to be written back before the
 * word it precedes (`before` is that word's 0-based index; the sentence's
 * word count for lines after the last word). */
typedef struct {
	size_t before;
	const char *text;
} ent_conllu_extra;

typedef struct {
	ent_conllu_word *words;
	size_t count;
	ent_conllu_extra *extra; /* comments, "3-4" and "8.1" lines */
	size_t nextra;
	size_t line;             /* the sentence's first line */
	const char *text;        /* the "# text = " comment's value, or NULL */
} ent_conllu_sentence;

typedef struct ent_conllu_reader ent_conllu_reader;

/* Read from `f` (not closed by the reader); `name` is used in messages. */
int ent_conllu_reader_new(ent_conllu_reader **out, FILE *f, const char *name);
void ent_conllu_reader_free(ent_conllu_reader *r);

/* The next sentence, valid until the next call. Returns 0, ENT_ITEROVER
 * at the end, ENT_EFORMAT (message: file, line, what is wrong) or ENT_EIO.
 * Heads must lie within the sentence when `need_tree` is set (and not be
 * "_"); otherwise "_" heads are allowed (input to be parsed). */
int ent_conllu_next(ent_conllu_reader *r, ent_conllu_sentence *out, int need_tree);

#endif
