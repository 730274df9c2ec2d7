/* A table from 64-bit keys to 32-bit values, open addressing: the
 * vocabulary (a word's tags) and the lemmatiser's lexicon and suffix rules.
 * Built while training, then stored in the model file as it is. */
#ifndef ENT_PARSE_TABLE_H
#define ENT_PARSE_TABLE_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

typedef struct {
	uint64_t key; /* 0: empty (key 0 is stored as 1) */
	uint32_t val;
	uint32_t unused;
} ent_parse__kv;

typedef struct {
	ent_parse__kv *slots;
	uint64_t mask;  /* slots - 1 */
	uint64_t count;
	int owned;      /* slots allocated, not in a file image */
} ent_parse__table;

/* Insert or replace. 0 or ENT_ENOMEM. The table must be owned (or empty). */
int ent_parse__table_put(ent_parse__table *t, uint64_t key, uint32_t val);

/* 1 and *val when present, 0 otherwise. */
static inline int ent_parse__table_get(const ent_parse__table *t, uint64_t key, uint32_t *val)
{
	if (!t->slots)
		return 0;
	key = key ? key : 1;
	for (uint64_t i = key & t->mask;; i = (i + 1) & t->mask) {
		if (t->slots[i].key == key) {
			*val = t->slots[i].val;
			return 1;
		}
		if (t->slots[i].key == 0)
			return 0;
	}
}

void ent_parse__table_dispose(ent_parse__table *t);

#endif
