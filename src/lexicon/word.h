/* English word forms: a small hand-written lemmatiser (irregular verb and
 * noun table plus suffix rules) and the test "is this token an inflected
 * form of that dictionary word", which the matcher uses instead of
 * generating every form of every dictionary entry. */
#ifndef ENT_LEXICON_WORD_H
#define ENT_LEXICON_WORD_H

#include <stddef.h> /* size_t */

/* Whether `tok` (lower case) is `w` or a regular or irregular inflection
 * of it: -s -es -ies -ed -d -ied -ing, doubled final consonant, dropped
 * final e, 's. */
int ent_word_inflects(const char *tok, size_t tlen, const char *w, size_t wlen);

/* The same without the irregular table. */
int ent_word_inflects_regular(const char *tok, size_t tlen, const char *w, size_t wlen);

/* The irregular-table entry of a form (0: none), and whether that form is
 * an irregular form of `w`: lets the tokenizer look a form up once. */
unsigned ent_word_irregular(const char *tok, size_t tlen);
int ent_word_irregular_of(unsigned irr, const char *tok, size_t tlen, const char *w, size_t wlen);

/* Candidate base forms of `tok` (itself first), at most `max`, each
 * written into `out` as pointer+length (pointing into `tok` or into a
 * static table). Returns how many. */
size_t ent_word_bases(const char *tok, size_t tlen, const char **out, size_t *outlen, size_t max);
/* The same with the token's irregular-table entry already known. */
size_t ent_word_bases_irr(const char *tok, size_t tlen, unsigned irr, const char **out, size_t *outlen, size_t max);

/* The lemma of a word (a best guess): written to buf (cap bytes). */
size_t ent_word_lemma(const char *tok, size_t tlen, char *buf, size_t cap);

/* Word classes the coder needs without a tagger. */
int ent_word_is_determiner(const char *w, size_t n);
int ent_word_is_aux(const char *w, size_t n);      /* be/have/do/modal forms */
int ent_word_is_be(const char *w, size_t n);
int ent_word_is_pronoun(const char *w, size_t n);  /* he she it they its their his her them ... */
int ent_word_is_preposition(const char *w, size_t n);
/* The month a lower-case word names, 1..12 ("march": 3), or 0. */
int ent_word_month(const char *w, size_t n);
/* A day, a month or a time of day ("Friday", "March", "tonight"), in lower case. */
int ent_word_is_time(const char *w, size_t n);

#endif
