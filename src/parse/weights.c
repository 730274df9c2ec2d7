#include "parse/weights.h"

#include <string.h> /* memset */

#include "util/alloc.h" /* ent__free */

/* Decisions have at most this many features; more are scored in batches. */
#define BATCH 128

void ent_parse__weights_score(const ent_parse__weights *w, const uint64_t *feats, size_t n,
			      int32_t *scores)
{
	memset(scores, 0, w->nclass * sizeof *scores);
	if (w->nrows == 0)
		return;
	const uint32_t *rows[BATCH];
	for (size_t at = 0; at < n; at += BATCH) {
		size_t m = n - at < BATCH ? n - at : BATCH;
		/* Probing a table of millions of slots misses the cache once per
		 * feature; touching every slot first lets those misses overlap
		 * instead of being paid one after another. */
		for (size_t i = 0; i < m; i++)
			__builtin_prefetch(&w->slots[feats[at + i] & w->mask]);
		size_t found = 0;
		for (size_t i = 0; i < m; i++) {
			const uint32_t *r = ent_parse__weights_row(w, feats[at + i]);
			if (r) {
				__builtin_prefetch(r);
				rows[found++] = r;
			}
		}
		for (size_t i = 0; i < found; i++) {
			const uint32_t *r = rows[i];
			uint32_t len = r[0];
			for (uint32_t k = 1; k <= len; k++)
				scores[r[k] >> 16] += (int16_t)(uint16_t)(r[k] & 0xffffu);
		}
	}
}

void ent_parse__weights_dispose(ent_parse__weights *w)
{
	if (!w)
		return;
	if (w->owned) {
		ent__free(w->slots);
		ent__free(w->rows);
	}
	memset(w, 0, sizeof *w);
}
