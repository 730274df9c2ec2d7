/* Class weights as the tagger and the parser use them at run time: an
 * open-addressing table of feature keys, each slot pointing at a row of
 * (class, 16-bit weight) pairs. Scoring a decision is one probe and one
 * short row per feature; the slots and rows are plain arrays, so a model
 * file holds them as they are and loading them is a copy. */
#ifndef ENT_PARSE_WEIGHTS_H
#define ENT_PARSE_WEIGHTS_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t, uint64_t */

/* A frequent feature has a weight for most classes: its row is stored
 * whole, and summed eight classes at a time. */
#define ENT_WEIGHTS_DENSE 0x80000000u

/* uint32 words of the row at rows[off], header included. */
static inline uint32_t ent_parse__row_words(uint32_t header, uint32_t nclass)
{
	return 1 + ((header & ENT_WEIGHTS_DENSE) ? (nclass + 1) / 2 : header);
}

typedef struct {
	uint32_t fp;  /* key >> 32 with the low bit set; 0 marks an empty slot */
	uint32_t off; /* the row's first entry in `rows` */
} ent_parse__slot;

typedef struct {
	uint32_t nclass;
	uint32_t nrows;     /* features with a row */
	uint64_t mask;      /* slots - 1 (a power of two minus one) */
	ent_parse__slot *slots;
	/* rows[off] is the row's header: its length n, then n entries (class << 16 |
	 * uint16 weight); or, with ENT_WEIGHTS_DENSE set, the weights of all
	 * classes as int16 values in the (nclass + 1) / 2 words that follow. */
	uint32_t *rows;
	uint64_t nentries;  /* uint32 words in rows */
	float scale;        /* quantised weight = round(weight * scale) */
	int owned;          /* slots and rows were allocated (not in a file image) */
} ent_parse__weights;

/* The row of `key`, or NULL. */
static inline const uint32_t *ent_parse__weights_row(const ent_parse__weights *w, uint64_t key)
{
	uint32_t fp = (uint32_t)(key >> 32) | 1u;
	for (uint64_t i = key & w->mask;; i = (i + 1) & w->mask) {
		const ent_parse__slot *s = &w->slots[i];
		if (s->fp == fp)
			return w->rows + s->off;
		if (s->fp == 0)
			return NULL;
	}
}

/* Entries a score array for `nclass` classes must have: dense rows hold
 * an even number of weights and are summed whole. */
static inline uint32_t ent_parse__scores_len(uint32_t nclass) { return nclass + 1; }

/* scores[0..nclass) = sum over the features' rows (scores has
 * ent_parse__scores_len(nclass) entries; integer arithmetic,
 * so the order of additions cannot change a decision). */
void ent_parse__weights_score(const ent_parse__weights *w, const uint64_t *feats, size_t n,
			      int32_t *scores);

void ent_parse__weights_dispose(ent_parse__weights *w);

#endif
