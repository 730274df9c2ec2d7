/* The lemmatiser. A lemma is made from the word by a rule: strip some
 * bytes from the end of the form (as written or in lower case) and append
 * a string. Training records, for every (lower-case form, tag) of the
 * treebank, the rule its lemmas mostly took, and for every (tag, final
 * bytes) the rule the word types ending so mostly took; a word is looked
 * up whole first, then by its longest known ending. So "killed/VBD" is
 * known, and an unseen "ceasefired/VBD" takes the rule of "-ed/VBD". */
#ifndef ENT_PARSE_LEMMA_H
#define ENT_PARSE_LEMMA_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#include "entente/common.h" /* ent_buf */
#include "parse/model.h"    /* ent_parse_model, ent_parse__lemma_rule */

/* Longest ending, in bytes, that the suffix rules look at. */
#define ENT_LEMMA_MAX_SUFFIX 8

/* Append the lemma of form[0..n) with tag `tag` to `out`; `low` is the
 * lower-case form (ent_parse__lower). 0 or ENT_ENOMEM. */
int ent_parse__lemmatize(ent_buf *out, const ent_parse_model *m, const char *form, size_t n,
			 const char *low, size_t low_n, uint32_t tag);

typedef struct ent_lemma_builder ent_lemma_builder;

int ent_lemma_builder_new(ent_lemma_builder **out);
void ent_lemma_builder_free(ent_lemma_builder *b);

/* One training word: its form, its lower-case form, its tag and its gold lemma. */
int ent_lemma_builder_add(ent_lemma_builder *b, const char *form, size_t n, const char *low,
			  size_t low_n, uint32_t tag, const char *lemma);

/* A lemma known to exist with universal tag `upos` (from a dictionary). */
int ent_lemma_builder_add_known(ent_lemma_builder *b, const char *lemma, size_t n, ent_upos upos);

/* An irregular form's lemma (from a dictionary's exception list), for tag
 * `tag`: used only where the treebank never had the form with that tag. */
int ent_lemma_builder_add_exception(ent_lemma_builder *b, const char *low, size_t low_n,
				    uint32_t tag, const char *lemma);

/* Known lemmas and irregular forms from WordNet's dict/ directory (the
 * index.* and *.exc files of Debian's wordnet-base). `m` gives the tags. */
int ent_lemma_builder_add_wordnet(ent_lemma_builder *b, const ent_parse_model *m,
				  const char *dir);

/* Fill the lemma tables of `m` (lemma_words, lemma_suffixes, lemma_rules,
 * lemma_strings: owned by the model afterwards, see ent_parse__model_clear). */
int ent_lemma_builder_finish(ent_lemma_builder *b, ent_parse_model *m);

#endif
