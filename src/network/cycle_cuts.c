/* Odd-cycle cuts. Round a cycle C of the piece, every partition frustrates
 * a number of ties with the parity of C's negative ties. So for any subset
 * F of C whose size has the other parity, "exactly the ties of F frustrated"
 * is impossible, and every partition differs from it on some tie of C:
 *     sum_{e in C \ F} f_e + sum_{e in F} (1 - f_e) >= 1.
 * (F empty and C unbalanced gives the familiar sum_{e in C} f_e >= 1.)
 * A violated one is found as Barahona and Mahjoub do: in a doubled graph
 * whose nodes are (node, parity), each tie e = (u, v) is crossed either
 * "outside F" at length f_e, flipping the parity if e is negative, or
 * "inside F" at length 1 - f_e with the opposite flip; a path from (r, 0)
 * to (r, 1) shorter than 1 is a violated inequality. */
#include "network/cycle_cuts.h"

#include <coin/Clp_C_Interface.h> /* Clp_newModel, Clp_loadProblem, Clp_dual, ... */
#include <float.h>  /* DBL_MAX */
#include <math.h>   /* ceil */
#include <string.h> /* memset */
#include <time.h>   /* clock */

#include "util/alloc.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/map.h"
#include "util/rng.h"

#define FRACTIONAL 1e-6
#define MIN_VIOLATION 1e-3
#define MAX_ROUNDS 80
#define CUTS_PER_ROUND 2000

typedef struct {
	double d;
	uint32_t v;
} heap_item;

typedef struct {
	heap_item *a;
	size_t len;
} heap;

static void heap_push(heap *h, double d, uint32_t v)
{
	size_t i = h->len++;
	h->a[i] = (heap_item){ d, v };
	while (i) {
		size_t p = (i - 1) / 2;
		if (h->a[p].d <= h->a[i].d)
			break;
		heap_item t = h->a[p];
		h->a[p] = h->a[i];
		h->a[i] = t;
		i = p;
	}
}

static heap_item heap_pop(heap *h)
{
	heap_item top = h->a[0];
	h->a[0] = h->a[--h->len];
	for (size_t i = 0;;) {
		size_t l = 2 * i + 1, r = l + 1, s = i;
		if (l < h->len && h->a[l].d < h->a[s].d)
			s = l;
		if (r < h->len && h->a[r].d < h->a[s].d)
			s = r;
		if (s == i)
			break;
		heap_item t = h->a[s];
		h->a[s] = h->a[i];
		h->a[i] = t;
		i = s;
	}
	return top;
}

typedef struct {
	const ent_network__piece *p;
	const double *f;   /* LP value of each tie's f */
	double *dist;      /* per doubled node 2v + parity */
	uint32_t *pred;    /* previous doubled node */
	uint32_t *pred_e;  /* tie used */
	uint32_t *stamp;   /* dist valid when stamp == cur */
	uint32_t *done;    /* settled when done == cur */
	uint32_t cur;
	uint32_t *seen;    /* per node, for the simple-cycle check */
	heap h;
	uint32_t *edges;   /* the cut being built */
	signed char *coef;
	ent_map *known;    /* cuts already added, by a hash of their ties */
} separator;

/* Look for a violated inequality through root r; append it to `out`. */
static int separate_from(separator *s, uint32_t r, ent_network__cuts *out, int *added)
{
	const ent_network__piece *p = s->p;
	s->cur++;
	s->h.len = 0;
	uint32_t src = 2 * r, dst = 2 * r + 1;
	s->dist[src] = 0;
	s->stamp[src] = s->cur;
	heap_push(&s->h, 0, src);
	int found = 0;
	while (s->h.len) {
		heap_item it = heap_pop(&s->h);
		if (s->done[it.v] == s->cur)
			continue; /* already settled: a stale duplicate */
		s->done[it.v] = s->cur;
		if (it.v == dst) {
			found = 1;
			break;
		}
		uint32_t x = it.v / 2, px = it.v & 1;
		for (size_t k = p->start[x]; k < p->start[x + 1]; k++) {
			uint32_t y = p->nbr[k], e = p->edge[k];
			for (int inside = 0; inside < 2; inside++) {
				double len = inside ? 1.0 - s->f[e] : s->f[e];
				double nd = it.d + len;
				if (nd >= 1.0 - MIN_VIOLATION)
					continue;
				uint32_t to = 2 * y + (px ^ p->neg[e] ^ (uint32_t)inside);
				if (s->stamp[to] != s->cur || nd < s->dist[to]) {
					s->stamp[to] = s->cur;
					s->dist[to] = nd;
					s->pred[to] = it.v;
					s->pred_e[to] = e;
					heap_push(&s->h, nd, to);
				}
			}
		}
	}
	if (!found)
		return 0;
	/* Walk back; keep it only if it is a simple cycle. */
	size_t k = 0, n_inside = 0;
	uint64_t key = 0;
	for (uint32_t v = dst; v != src;) {
		uint32_t u = s->pred[v], e = s->pred_e[v];
		uint32_t node = u / 2;
		if (s->seen[node] == s->cur || k >= p->n)
			return 0;
		s->seen[node] = s->cur;
		int inside = ((u ^ v) & 1) != p->neg[e];
		s->edges[k] = e;
		s->coef[k] = inside ? -1 : 1;
		n_inside += (size_t)inside;
		key += ent_hash_mix(2 * (uint64_t)e + (uint64_t)inside + 1);
		k++;
		v = u;
	}
	if (k < 3)
		return 0;
	char kb[sizeof key];
	memcpy(kb, &key, sizeof key);
	if (ent_map_has(s->known, kb, sizeof kb))
		return 0;
	ENT_FORWARD_IF_ERROR(ent_map_put(s->known, kb, sizeof kb, NULL));
	ENT_FORWARD_IF_ERROR(ent_network__cuts_add(out, s->edges, s->coef, k, 1.0 - (double)n_inside));
	(*added)++;
	return 0;
}

/* CLP's time limit counts CPU seconds; ours is wall-clock. Convert what is
 * left by the share of the CPU this process has had since `w0`/`c0`, so a
 * busy machine does not let the LP overrun the caller's deadline. */
static void limit_lp(Clp_Simplex *lp, double deadline, double w0, clock_t c0)
{
	if (deadline <= 0)
		return;
	double wall = ent_clock_now() - w0, cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
	double share = wall > 0.2 ? cpu / wall : 1.0;
	if (share > 1)
		share = 1;
	if (share < 0.1)
		share = 0.1;
	double left = (deadline - ent_clock_now()) * share;
	Clp_setMaximumSeconds(lp, left > 0.01 ? left : 0.01);
}

int ent_network__cycle_cuts(const ent_network__piece *p, ent_network__cuts *cuts, double upper,
			    double deadline, ent_network__watch *w, double *bound, double *lp_seconds)
{
	*lp_seconds = 0;
	double w0 = ent_clock_now();
	clock_t c0 = clock();
	size_t n = p->n, m = p->m;
	*bound = 0;
	ent_network__xor_model mo;
	ENT_FORWARD_IF_ERROR(ent_network__xor_model_build(&mo, p, cuts));
	separator s = { 0 };
	s.p = p;
	s.dist = ent__malloc((2 * n + 1) * sizeof *s.dist);
	s.pred = ent__malloc((2 * n + 1) * sizeof *s.pred);
	s.pred_e = ent__malloc((2 * n + 1) * sizeof *s.pred_e);
	s.stamp = ent__calloc(2 * n + 1, sizeof *s.stamp);
	s.done = ent__calloc(2 * n + 1, sizeof *s.done);
	s.seen = ent__calloc(n + 1, sizeof *s.seen);
	s.h.a = ent__malloc((8 * m + 2 * n + 2) * sizeof *s.h.a); /* pushes: 2 per tie end and mode */
	s.edges = ent__malloc((n + 1) * sizeof *s.edges);
	s.coef = ent__malloc(n + 1);
	s.known = ent_map_new();
	uint32_t *roots = ent__malloc((n + 1) * sizeof *roots);
	ent_network__cuts fresh = { 0 };
	int *rstart = NULL, *rcol = NULL;
	double *rval = NULL, *rlb = NULL, *rub = NULL;
	Clp_Simplex *lp = NULL;
	int rc = 0;
	if (!s.dist || !s.pred || !s.pred_e || !s.stamp || !s.done || !s.seen || !s.h.a || !s.edges ||
	    !s.coef || !s.known || !roots) {
		rc = ent_error_oom();
		goto done;
	}
	lp = Clp_newModel();
	if (!lp) {
		rc = ent_error_set(ENT_ESOLVER, "CLP could not create a model");
		goto done;
	}
	Clp_setLogLevel(lp, 0);
	limit_lp(lp, deadline, w0, c0);
	Clp_loadProblem(lp, mo.ncol, mo.nrow, mo.start, mo.index, mo.value, mo.collb, mo.colub,
			mo.obj, mo.rowlb, mo.rowub);
	ent_network__watch_tick(w, "cutting planes", upper < DBL_MAX ? upper : -1, 0);
	double t_lp = ent_clock_now();
	Clp_dual(lp, 0);
	*lp_seconds = ent_clock_now() - t_lp;
	if (!Clp_isProvenOptimal(lp)) {
		/* Out of time (status 3) is not a failure: there is just no bound yet. */
		if (Clp_status(lp) != 3)
			rc = ent_error_set(ENT_ESOLVER, "CLP could not solve the relaxation (status %d)",
					   Clp_status(lp));
		goto done;
	}
	*bound = Clp_objectiveValue(lp);
	ent_rng rng;
	ent_rng_seed(&rng, 7);
	double last[3] = { -1, -1, -1 };
	for (int round = 0; round < MAX_ROUNDS; round++) {
		ent_network__watch_tick(w, "cutting planes", upper < DBL_MAX ? upper : -1,
					p->integral ? ceil(*bound - 1e-6) : *bound);
		if (p->integral ? ceil(*bound - 1e-6) >= upper - 1e-9 : *bound >= upper - 1e-9)
			break;
		if (deadline > 0 && ent_clock_now() > deadline)
			break;
		/* Tailing off: less than 0.01 gained over three rounds. */
		if (round >= 3 && *bound - last[round % 3] < 0.01)
			break;
		last[round % 3] = *bound;
		s.f = Clp_getColSolution(lp) + n;
		/* Roots: nodes with a fractional tie, in random order, until enough
		 * cuts are found (every root is tried before giving up). */
		size_t nr = 0;
		for (size_t i = 0; i < n; i++)
			for (size_t k = p->start[i]; k < p->start[i + 1]; k++) {
				double v = s.f[p->edge[k]];
				if (v > FRACTIONAL && v < 1 - FRACTIONAL) {
					roots[nr++] = (uint32_t)i;
					break;
				}
			}
		for (size_t i = 0; i + 1 < nr; i++) {
			size_t j = i + (size_t)ent_rng_below(&rng, nr - i);
			uint32_t t = roots[i];
			roots[i] = roots[j];
			roots[j] = t;
		}
		ent_network__cuts_free(&fresh);
		int added = 0;
		for (size_t i = 0; i < nr && added < CUTS_PER_ROUND; i++) {
			if (deadline > 0 && (i & 63) == 63 && ent_clock_now() > deadline)
				break;
			rc = separate_from(&s, roots[i], &fresh, &added);
			if (rc < 0)
				goto done;
		}
		if (!added)
			break;
		/* Hand the new rows to CLP (row-major) and keep them for the MIP. */
		ent__free(rstart), ent__free(rcol), ent__free(rval), ent__free(rlb), ent__free(rub);
		rstart = ent__malloc((fresh.n + 1) * sizeof *rstart);
		rcol = ent__malloc((fresh.nnz + 1) * sizeof *rcol);
		rval = ent__malloc((fresh.nnz + 1) * sizeof *rval);
		rlb = ent__malloc((fresh.n + 1) * sizeof *rlb);
		rub = ent__malloc((fresh.n + 1) * sizeof *rub);
		if (!rstart || !rcol || !rval || !rlb || !rub) {
			rc = ent_error_oom();
			goto done;
		}
		for (size_t c = 0; c <= fresh.n; c++)
			rstart[c] = (int)fresh.start[c];
		for (size_t k = 0; k < fresh.nnz; k++) {
			rcol[k] = (int)(n + fresh.edge[k]);
			rval[k] = fresh.coef[k];
		}
		for (size_t c = 0; c < fresh.n; c++) {
			rlb[c] = fresh.rhs[c];
			rub[c] = DBL_MAX;
			rc = ent_network__cuts_add(cuts, fresh.edge + fresh.start[c], fresh.coef + fresh.start[c],
						   fresh.start[c + 1] - fresh.start[c], fresh.rhs[c]);
			if (rc < 0)
				goto done;
		}
		Clp_addRows(lp, (int)fresh.n, rlb, rub, rstart, rcol, rval);
		limit_lp(lp, deadline, w0, c0);
		t_lp = ent_clock_now();
		Clp_dual(lp, 0);
		if (ent_clock_now() - t_lp > *lp_seconds)
			*lp_seconds = ent_clock_now() - t_lp;
		if (!Clp_isProvenOptimal(lp)) {
			/* A dual-simplex value stopped early is not a valid bound: keep the last one. */
			if (Clp_status(lp) != 3)
				rc = ent_error_set(ENT_ESOLVER,
						   "CLP could not re-solve the relaxation (status %d)",
						   Clp_status(lp));
			goto done;
		}
		double b = Clp_objectiveValue(lp);
		if (b > *bound)
			*bound = b;
	}
done:
	if (lp)
		Clp_deleteModel(lp);
	ent_network__xor_model_free(&mo);
	ent_network__cuts_free(&fresh);
	ent__free(s.dist);
	ent__free(s.pred);
	ent__free(s.pred_e);
	ent__free(s.stamp);
	ent__free(s.done);
	ent__free(s.seen);
	ent__free(s.h.a);
	ent__free(s.edges);
	ent__free(s.coef);
	ent_map_free(s.known);
	ent__free(roots);
	ent__free(rstart), ent__free(rcol), ent__free(rval), ent__free(rlb), ent__free(rub);
	return rc;
}
