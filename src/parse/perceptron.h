/* The averaged perceptron as it is trained: a hash table from feature keys
 * to sparse rows of class weights. Rows are sparse because an update
 * touches only the gold and the predicted class of the features present,
 * so of a hundred parser classes a feature typically has a handful; a
 * dense table would not fit in memory for the millions of features that
 * the parser's templates produce on the treebank.
 *
 * Averaging uses the running-sum trick (Daume): each weight keeps w and
 * u = sum of (step * delta), and the average after c steps is w - u / c,
 * so no update has to touch the weights it does not change. */
#ifndef ENT_PARSE_PERCEPTRON_H
#define ENT_PARSE_PERCEPTRON_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

#include "parse/weights.h" /* ent_parse__weights, the runtime form */

typedef struct ent_perceptron ent_perceptron;

int ent_perceptron_new(ent_perceptron **out, uint32_t nclass);
void ent_perceptron_free(ent_perceptron *p);

/* scores[0..nclass) = sum of the current weights of the features. */
void ent_perceptron_score(const ent_perceptron *p, const uint64_t *feats, size_t n, float *scores);

/* Add `delta` to class `cls` of every feature (rows are created). 0 or ENT_ENOMEM. */
int ent_perceptron_update(ent_perceptron *p, const uint64_t *feats, size_t n, uint32_t cls,
			  float delta);

/* One training instance is done (the averaging clock). */
void ent_perceptron_step(ent_perceptron *p);

size_t ent_perceptron_rows(const ent_perceptron *p);

/* The averaged weights in runtime form, quantised to 16 bits: entries
 * whose quantised value is smaller than `min_q` in magnitude are dropped,
 * rows left empty too, and rows of features that fewer than `min_hits`
 * updates touched (a feature met in one mistake says little and costs as
 * much room as any). Replaces *out (ent_parse__weights_dispose first). */
int ent_perceptron_export(ent_parse__weights *out, const ent_perceptron *p, int min_q,
			  uint32_t min_hits);

#endif
