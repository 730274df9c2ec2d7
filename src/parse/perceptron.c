#include "parse/perceptron.h"

#include <math.h>   /* lrint, fabs */
#include <string.h> /* memset, memcpy */

#include "util/alloc.h" /* ent__calloc, ent__realloc, ent__free */
#include "util/error.h" /* ENT_RETURN_IF_OOM */

typedef struct {
	uint32_t cls;
	float w;  /* current weight */
	double u; /* sum of step * delta, for the average */
} entry;

typedef struct {
	uint64_t key; /* 0: empty slot (a real key of 0 is remapped to 1) */
	uint32_t off; /* first entry in the pool */
	uint16_t n, cap;
	uint32_t hits; /* updates that touched the row */
} row;

struct ent_perceptron {
	uint32_t nclass;
	uint64_t step; /* training instances seen, the averaging clock */
	row *rows;
	size_t mask, count;
	entry *pool;
	size_t pool_len, pool_cap;
};

static uint64_t norm_key(uint64_t k) { return k ? k : 1; }

int ent_perceptron_new(ent_perceptron **out, uint32_t nclass)
{
	ent_perceptron *p = ent__calloc(1, sizeof *p);
	ENT_RETURN_IF_OOM(p);
	p->nclass = nclass;
	p->mask = (1u << 16) - 1;
	p->rows = ent__calloc(p->mask + 1, sizeof *p->rows);
	if (!p->rows) {
		ent__free(p);
		return ent_error_oom();
	}
	p->step = 1;
	*out = p;
	return 0;
}

void ent_perceptron_free(ent_perceptron *p)
{
	if (!p)
		return;
	ent__free(p->rows);
	ent__free(p->pool);
	ent__free(p);
}

void ent_perceptron_step(ent_perceptron *p) { p->step++; }

size_t ent_perceptron_rows(const ent_perceptron *p) { return p->count; }

static const row *find(const ent_perceptron *p, uint64_t key)
{
	key = norm_key(key);
	for (size_t i = key & p->mask;; i = (i + 1) & p->mask) {
		const row *r = &p->rows[i];
		if (r->key == key)
			return r;
		if (r->key == 0)
			return NULL;
	}
}

void ent_perceptron_score(const ent_perceptron *p, const uint64_t *feats, size_t n, float *scores)
{
	memset(scores, 0, p->nclass * sizeof *scores);
	for (size_t i = 0; i < n; i++) {
		const row *r = find(p, feats[i]);
		if (!r)
			continue;
		const entry *e = p->pool + r->off;
		for (uint16_t k = 0; k < r->n; k++)
			scores[e[k].cls] += e[k].w;
	}
}

static int grow_table(ent_perceptron *p)
{
	size_t nsize = (p->mask + 1) * 2;
	row *nr = ent__calloc(nsize, sizeof *nr);
	ENT_RETURN_IF_OOM(nr);
	for (size_t i = 0; i <= p->mask; i++) {
		if (!p->rows[i].key)
			continue;
		size_t j = p->rows[i].key & (nsize - 1);
		while (nr[j].key)
			j = (j + 1) & (nsize - 1);
		nr[j] = p->rows[i];
	}
	ent__free(p->rows);
	p->rows = nr;
	p->mask = nsize - 1;
	return 0;
}

static int pool_take(ent_perceptron *p, size_t n, uint32_t *off)
{
	if (p->pool_len + n > p->pool_cap) {
		size_t ncap = p->pool_cap ? p->pool_cap * 2 : 1u << 16;
		while (ncap < p->pool_len + n)
			ncap *= 2;
		entry *np = ent__realloc(p->pool, ncap * sizeof *np);
		ENT_RETURN_IF_OOM(np);
		p->pool = np;
		p->pool_cap = ncap;
	}
	if (p->pool_len + n > UINT32_MAX)
		return ent_error_oom();
	*off = (uint32_t)p->pool_len;
	p->pool_len += n;
	return 0;
}

/* The row of `key`, created when missing. */
static int find_or_add(ent_perceptron *p, uint64_t key, row **out)
{
	key = norm_key(key);
	if ((p->count + 1) * 2 > p->mask + 1)
		ENT_FORWARD_IF_ERROR(grow_table(p));
	size_t i = key & p->mask;
	while (p->rows[i].key && p->rows[i].key != key)
		i = (i + 1) & p->mask;
	row *r = &p->rows[i];
	if (!r->key) {
		uint32_t off;
		ENT_FORWARD_IF_ERROR(pool_take(p, 2, &off));
		r->key = key;
		r->off = off;
		r->n = 0;
		r->cap = 2;
		r->hits = 0;
		p->count++;
	}
	*out = r;
	return 0;
}

int ent_perceptron_update(ent_perceptron *p, const uint64_t *feats, size_t n, uint32_t cls,
			  float delta)
{
	double stamp = (double)p->step;
	for (size_t i = 0; i < n; i++) {
		row *r;
		ENT_FORWARD_IF_ERROR(find_or_add(p, feats[i], &r));
		if (r->hits < UINT32_MAX)
			r->hits++;
		entry *e = p->pool + r->off;
		uint16_t k = 0;
		while (k < r->n && e[k].cls != cls)
			k++;
		if (k == r->n) {
			if (r->n == r->cap) {
				/* Move the row to a place twice its size; the old entries
				 * are abandoned in the pool (training memory only). */
				uint32_t off;
				size_t ncap = (size_t)r->cap * 2;
				if (ncap > 0xffff)
					ncap = 0xffff;
				ENT_FORWARD_IF_ERROR(pool_take(p, ncap, &off));
				memcpy(p->pool + off, p->pool + r->off, r->n * sizeof(entry));
				r->off = off;
				r->cap = (uint16_t)ncap;
				e = p->pool + r->off;
			}
			e[k].cls = cls;
			e[k].w = 0;
			e[k].u = 0;
			r->n++;
		}
		e[k].w += delta;
		e[k].u += stamp * delta;
	}
	return 0;
}

/* Whole rows where they are summed faster than entry by entry: a dense
 * row costs about an eighth of an entry per class (SIMD), a sparse one an
 * entry per weight. */
static int dense(size_t kept, uint32_t nclass) { return nclass >= 16 && kept * 4 >= nclass; }

static double average(const ent_perceptron *p, const entry *e)
{
	return (double)e->w - e->u / (double)p->step;
}

int ent_perceptron_export(ent_parse__weights *out, const ent_perceptron *p, int min_q,
			  uint32_t min_hits)
{
	ent_parse__weights_dispose(out);
	/* Scale so that the largest average maps to the int16 range; the few
	 * bias-like weights that are that large are what sets it. */
	double maxabs = 0;
	for (size_t i = 0; i <= p->mask; i++) {
		const row *r = &p->rows[i];
		for (uint16_t k = 0; r->key && k < r->n; k++) {
			double a = fabs(average(p, p->pool + r->off + k));
			if (a > maxabs)
				maxabs = a;
		}
	}
	double scale = maxabs > 0 ? 32000.0 / maxabs : 1.0;
	/* First pass: count kept rows and entries. */
	size_t nrows = 0, nwords = 0;
	uint32_t dense_words = 1 + (p->nclass + 1) / 2;
	for (size_t i = 0; i <= p->mask; i++) {
		const row *r = &p->rows[i];
		size_t kept = 0;
		for (uint16_t k = 0; r->key && r->hits >= min_hits && k < r->n; k++) {
			long q = lrint(average(p, p->pool + r->off + k) * scale);
			kept += q >= min_q || q <= -min_q;
		}
		if (kept) {
			nrows++;
			nwords += dense(kept, p->nclass) ? dense_words : 1 + kept;
		}
	}
	/* Three quarters full at most: probes stay short (linear probing
	 * averages 2.5 at that load) and the table, most of a model's bytes,
	 * stays small enough to load in a blink. */
	size_t nslots = 16;
	while (nslots * 3 < nrows * 4)
		nslots *= 2;
	out->slots = ent__calloc(nslots, sizeof *out->slots);
	out->rows = ent__calloc(nwords ? nwords : 1, sizeof *out->rows);
	if (!out->slots || !out->rows) {
		ent__free(out->slots);
		ent__free(out->rows);
		memset(out, 0, sizeof *out);
		return ent_error_oom();
	}
	out->owned = 1;
	out->nclass = p->nclass;
	out->mask = nslots - 1;
	out->scale = (float)scale;
	int16_t *q16 = ent__malloc(p->nclass * sizeof *q16);
	uint32_t *cls = ent__malloc(p->nclass * sizeof *cls);
	if (!q16 || !cls) {
		ent__free(q16);
		ent__free(cls);
		ent_parse__weights_dispose(out);
		return ent_error_oom();
	}
	size_t at = 0;
	/* Rows go out in key order of the training table, which depends only
	 * on the keys and the insertion history: deterministic. */
	for (size_t i = 0; i <= p->mask; i++) {
		const row *r = &p->rows[i];
		if (!r->key || r->hits < min_hits)
			continue;
		size_t kept = 0;
		for (uint16_t k = 0; k < r->n && kept < p->nclass; k++) {
			const entry *e = p->pool + r->off + k;
			long q = lrint(average(p, e) * scale);
			if (q < min_q && q > -min_q)
				continue;
			q16[kept] = (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
			cls[kept++] = e->cls;
		}
		if (!kept)
			continue;
		size_t start = at;
		if (dense(kept, p->nclass)) {
			out->rows[start] = ENT_WEIGHTS_DENSE;
			int16_t *v = (int16_t *)(void *)(out->rows + start + 1);
			for (size_t k = 0; k < kept; k++)
				v[cls[k]] = q16[k];
			at = start + dense_words;
		} else {
			out->rows[start] = (uint32_t)kept;
			for (size_t k = 0; k < kept; k++)
				out->rows[start + 1 + k] = cls[k] << 16 | (uint16_t)q16[k];
			at = start + 1 + kept;
		}
		uint32_t fp = (uint32_t)(r->key >> 32) | 1u;
		size_t j = r->key & out->mask;
		while (out->slots[j].fp)
			j = (j + 1) & out->mask;
		out->slots[j].fp = fp;
		out->slots[j].off = (uint32_t)start;
		out->nrows++;
	}
	ent__free(q16);
	ent__free(cls);
	out->nentries = at;
	return 0;
}
