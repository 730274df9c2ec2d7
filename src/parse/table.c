#include "parse/table.h"

#include <string.h> /* memset */

#include "util/alloc.h" /* ent__calloc, ent__free */
#include "util/error.h" /* ENT_RETURN_IF_OOM */

static int grow(ent_parse__table *t)
{
	uint64_t nsize = t->slots ? (t->mask + 1) * 2 : 64;
	ent_parse__kv *ns = ent__calloc(nsize, sizeof *ns);
	ENT_RETURN_IF_OOM(ns);
	for (uint64_t i = 0; t->slots && i <= t->mask; i++) {
		if (!t->slots[i].key)
			continue;
		uint64_t j = t->slots[i].key & (nsize - 1);
		while (ns[j].key)
			j = (j + 1) & (nsize - 1);
		ns[j] = t->slots[i];
	}
	ent__free(t->slots);
	t->slots = ns;
	t->mask = nsize - 1;
	t->owned = 1;
	return 0;
}

int ent_parse__table_put(ent_parse__table *t, uint64_t key, uint32_t val)
{
	key = key ? key : 1;
	if (!t->slots || (t->count + 1) * 2 > t->mask + 1)
		ENT_FORWARD_IF_ERROR(grow(t));
	uint64_t i = key & t->mask;
	while (t->slots[i].key && t->slots[i].key != key)
		i = (i + 1) & t->mask;
	if (!t->slots[i].key)
		t->count++;
	t->slots[i].key = key;
	t->slots[i].val = val;
	return 0;
}

void ent_parse__table_dispose(ent_parse__table *t)
{
	if (!t)
		return;
	if (t->owned)
		ent__free(t->slots);
	memset(t, 0, sizeof *t);
}
