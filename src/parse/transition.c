#include "parse/transition.h"

#include <string.h> /* memset */

#include "util/alloc.h" /* ent__realloc, ent__free */
#include "util/error.h" /* ENT_RETURN_IF_OOM */

int ent_arc_state_reserve(ent_arc_state *st, uint32_t cap)
{
	size_t m = (size_t)cap + 1;
	void **arrays[] = { (void **)&st->stack, (void **)&st->head, (void **)&st->label,
			    (void **)&st->lc1, (void **)&st->lc2, (void **)&st->rc1,
			    (void **)&st->rc2 };
	for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) {
		void *p = ent__realloc(*arrays[i], m * sizeof(int32_t));
		ENT_RETURN_IF_OOM(p);
		*arrays[i] = p;
	}
	void *p = ent__realloc(st->nleft, m * sizeof *st->nleft);
	ENT_RETURN_IF_OOM(p);
	st->nleft = p;
	p = ent__realloc(st->nright, m * sizeof *st->nright);
	ENT_RETURN_IF_OOM(p);
	st->nright = p;
	p = ent__realloc(st->lset, m * sizeof *st->lset);
	ENT_RETURN_IF_OOM(p);
	st->lset = p;
	p = ent__realloc(st->rset, m * sizeof *st->rset);
	ENT_RETURN_IF_OOM(p);
	st->rset = p;
	p = ent__realloc(st->on_stack, m);
	ENT_RETURN_IF_OOM(p);
	st->on_stack = p;
	return 0;
}

void ent_arc_state_dispose(ent_arc_state *st)
{
	ent__free(st->stack);
	ent__free(st->head);
	ent__free(st->label);
	ent__free(st->lc1);
	ent__free(st->lc2);
	ent__free(st->rc1);
	ent__free(st->rc2);
	ent__free(st->nleft);
	ent__free(st->nright);
	ent__free(st->lset);
	ent__free(st->rset);
	ent__free(st->on_stack);
	memset(st, 0, sizeof *st);
}

void ent_arc_state_start(ent_arc_state *st, uint32_t n, uint32_t nlabels, uint32_t root_label)
{
	st->n = n;
	st->nlabels = nlabels;
	st->root_label = root_label;
	st->depth = 0;
	st->b = 0;
	for (uint32_t i = 0; i <= n; i++) {
		st->head[i] = st->label[i] = ENT_ARC_NONE;
		st->lc1[i] = st->lc2[i] = st->rc1[i] = st->rc2[i] = ENT_ARC_NONE;
		st->nleft[i] = st->nright[i] = 0;
		st->lset[i] = st->rset[i] = 0;
		st->on_stack[i] = 0;
	}
}

void ent_arc_apply(ent_arc_state *st, uint32_t c)
{
	if (c == 0) {
		st->on_stack[st->b] = 1;
		st->stack[st->depth++] = (int32_t)st->b++;
		return;
	}
	int32_t d = st->stack[--st->depth];
	st->on_stack[d] = 0;
	int32_t l;
	int32_t h;
	if (c <= st->nlabels) {
		l = (int32_t)(c - 1);
		h = (int32_t)st->b;
		/* Left children arrive nearest first: each is the leftmost so far. */
		st->lc2[h] = st->lc1[h];
		st->lc1[h] = d;
		if (st->nleft[h] < UINT16_MAX)
			st->nleft[h]++;
		st->lset[h] |= 1ULL << (l & 63);
	} else {
		l = (int32_t)(c - 1 - st->nlabels);
		h = st->stack[st->depth - 1];
		/* Right children arrive nearest first too, but from the left:
		 * each is the rightmost so far. */
		st->rc2[h] = st->rc1[h];
		st->rc1[h] = d;
		if (st->nright[h] < UINT16_MAX)
			st->nright[h]++;
		st->rset[h] |= 1ULL << (l & 63);
	}
	st->head[d] = h;
	st->label[d] = l;
}

void ent_arc_costs(const ent_arc_state *st, const int32_t *gold_head, const int32_t *gold_label,
		   uint32_t *cost)
{
	uint32_t L = st->nlabels, nc = 1 + 2 * L;
	for (uint32_t c = 0; c < nc; c++)
		cost[c] = UINT32_MAX;
	int32_t b0 = (int32_t)st->b;
	int32_t s0 = st->depth >= 1 ? st->stack[st->depth - 1] : ENT_ARC_NONE;
	int32_t s1 = st->depth >= 2 ? st->stack[st->depth - 2] : ENT_ARC_NONE;

	/* Dependents of s0 still in the buffer: lost by either reduction. */
	uint32_t s0_deps = 0;
	if (s0 != ENT_ARC_NONE)
		for (uint32_t d = st->b; d < st->n; d++)
			s0_deps += gold_head[d] == s0;

	if (ent_arc_legal(st, 0)) {
		/* b0 leaves the buffer: a head deeper than s0 on the stack, and
		 * dependents on the stack, can no longer be joined to it. */
		uint32_t c = 0;
		int32_t h = gold_head[b0];
		if (h != s0 && h >= 0 && h < (int32_t)st->n && st->on_stack[h])
			c++;
		for (uint32_t k = 0; k < st->depth; k++)
			c += gold_head[st->stack[k]] == b0;
		cost[0] = c;
	}
	if (s0 != ENT_ARC_NONE) {
		int32_t h = gold_head[s0];
		/* LEFT: s0's head must be b0; s1 or a later buffer item is lost. */
		uint32_t base = s0_deps;
		if (h != b0 && (h == s1 || h > b0))
			base++;
		for (uint32_t l = 0; l < L; l++)
			if (ent_arc_legal(st, 1 + l))
				cost[1 + l] = base + (h == b0 && gold_label[s0] != (int32_t)l);
		/* RIGHT: s0's head must be s1; a buffer item (b0 included) is lost. */
		if (s1 != ENT_ARC_NONE) {
			base = s0_deps + (h != s1 && h >= b0);
			for (uint32_t l = 0; l < L; l++)
				if (ent_arc_legal(st, 1 + L + l))
					cost[1 + L + l] =
						base + (h == s1 && gold_label[s0] != (int32_t)l);
		}
	}
}

/* Whether `a` is `h` or below it. */
static int dominates(const int32_t *heads, uint32_t n, int32_t h, int32_t a)
{
	for (uint32_t steps = 0; steps <= n; steps++) {
		if (a == h)
			return 1;
		if (a == (int32_t)n || a < 0)
			return 0;
		a = heads[a];
	}
	return 0;
}

static int projective_arc(const int32_t *heads, uint32_t n, int32_t d)
{
	int32_t h = heads[d];
	int32_t lo = h < d ? h : d, hi = h < d ? d : h;
	for (int32_t k = lo + 1; k < hi; k++)
		if (!dominates(heads, n, h, k))
			return 0;
	return 1;
}

size_t ent_arc_projectivize(int32_t *heads, uint32_t n)
{
	size_t lifted = 0;
	for (;;) {
		/* Lift the shortest non-projective arc first (Nivre and Nilsson 2005). */
		int32_t best = -1;
		int32_t best_len = 0;
		for (uint32_t d = 0; d < n; d++) {
			if (heads[d] == (int32_t)n || projective_arc(heads, n, (int32_t)d))
				continue;
			int32_t len = heads[d] > (int32_t)d ? heads[d] - (int32_t)d : (int32_t)d - heads[d];
			if (best < 0 || len < best_len) {
				best = (int32_t)d;
				best_len = len;
			}
		}
		if (best < 0)
			return lifted;
		heads[best] = heads[heads[best]];
		lifted++;
	}
}
