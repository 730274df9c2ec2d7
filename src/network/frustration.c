/* The frustration index: reductions, the per-piece solvers, and putting the
 * pieces' partitions back together (method in network.h). */
#include <float.h>  /* DBL_MAX */
#include <math.h>   /* ceil */
#include <stdlib.h> /* qsort */
#include <string.h> /* memset */

#include "network/bridges.h"
#include "network/cycle_cuts.h"
#include "network/frustration_mip.h"
#include "network/local_search.h"
#include "network/lower_bound.h"
#include "network/piece.h"
#include "network/signed_graph.h"
#include "network/watch.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/error.h"

/* Cycle packing is O(m) per cycle: cap its work so bounds stay cheap. */
#define PACKING_WORK (size_t)40000000

int ent_frustration_options_init(ent_frustration_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(version != ENT_FRUSTRATION_OPTIONS_VERSION, ENT_EINVAL,
			    "frustration options version %u unknown", version);
	*opts = (ent_frustration_options)ENT_FRUSTRATION_OPTIONS_INIT;
	return 0;
}

void ent_frustration_dispose(ent_frustration *f)
{
	if (!f)
		return;
	ent__free(f->side);
	ent__free(f->edges);
	memset(f, 0, sizeof *f);
}

/* Solve one piece; writes graph-level sides into side0 and adds to the totals. */
static int solve_piece(const ent_network__piece *p, const ent_frustration_options *o,
		       double deadline, ent_network__watch *w, unsigned char *side0, ent_frustration *out)
{
	unsigned char *side = ent__malloc(p->n + 1);
	unsigned char *best = ent__malloc(p->n + 1);
	uint32_t *tri = NULL;
	size_t n_tri = 0;
	int rc = 0;
	if (!side || !best) {
		rc = ent_error_oom();
		goto done;
	}
	double lb = 0, value = 0;
	int optimal = 0, stopped = 0; /* stopped: the time limit cut a search short */
	rc = ent_network__unbalanced_triangles(p, &tri, &n_tri);
	if (rc < 0)
		goto done;
	rc = ent_network__packing_bound(p, tri, n_tri, deadline, PACKING_WORK, &lb);
	if (rc < 0)
		goto done;
	if (p->integral)
		lb = ceil(lb - 1e-9);
	int exact = out->method == ENT_FRUSTRATION_EXACT;
	if (!exact || !o->no_warm_start) {
		rc = ent_network__local_search(p, o->seed ^ (uint64_t)p->node[0] * 0x9e3779b97f4a7c15ULL,
					       o->restarts, deadline, lb, w, lb, best, &value);
		if (rc < 0)
			goto done;
		optimal = value <= lb + 1e-9;
	}
	if (exact && !optimal) {
		ent_network__cuts cuts = { 0 };
		for (size_t t = 0; t < (o->no_triangle_cuts ? 0 : n_tri) && rc == 0; t++)
			rc = ent_network__cuts_add(&cuts, tri + 3 * t, NULL, 3, 1.0);
		double lp_seconds = 0;
		if (rc == 0 && !o->no_cycle_cuts && !(deadline > 0 && ent_clock_now() > deadline)) {
			double lpb;
			rc = ent_network__cycle_cuts(p, &cuts, o->no_warm_start ? DBL_MAX : value,
						     deadline, w, &lpb, &lp_seconds);
			if (rc == 0) {
				if (p->integral)
					lpb = ceil(lpb - 1e-6);
				if (lpb > lb)
					lb = lpb;
				optimal = !o->no_warm_start && value <= lb + 1e-9;
			}
		}
		double left = deadline > 0 ? deadline - ent_clock_now() : 0;
		/* Out of time: keep the local-search partition and the bounds so far
		 * (without a warm start there is no partition yet, so CBC must run). */
		/* CBC cannot stop while solving its root LP, which costs about what
		 * the cutting-plane LPs did: do not start it without time for that. */
		int skip = deadline > 0 && !o->no_warm_start && (left < 0.05 || left < 3 * lp_seconds);
		stopped = skip;
		if (rc == 0 && !optimal && !skip) {
			/* CBC cannot report from inside its search: the line shows
			 * where it started, and the limit bounds how long it lasts. */
			ent_network__watch_tick(w, "branch and bound", o->no_warm_start ? -1 : value, lb);
			if (deadline > 0 && left < 0.05)
				left = 0.05;
			double v, b;
			int opt;
			rc = ent_network__mip_solve(p, &cuts, o->no_warm_start ? NULL : best, left, side,
						    &v, &b, &opt);
			if (rc == 0) {
				if (o->no_warm_start || v <= value) {
					memcpy(best, side, p->n);
					value = v;
				}
				if (b > lb)
					lb = b;
				optimal = opt || value <= lb + 1e-9;
				stopped = !optimal && deadline > 0;
				out->solved_by_mip++;
			}
		}
		ent_network__cuts_free(&cuts);
		if (rc < 0)
			goto done;
	}
	if (optimal)
		lb = value;
	if (!optimal && deadline > 0 && (stopped || ent_clock_now() >= deadline))
		out->time_limit_reached = 1;
	ent_network__watch_piece_done(w, value, lb);
	out->index += value;
	out->lower_bound += lb;
	if (!optimal)
		out->optimal = 0;
	for (size_t i = 0; i < p->n; i++)
		side0[p->node[i]] = best[i];
done:
	ent__free(side);
	ent__free(best);
	ent__free(tri);
	return rc;
}

int ent_balance_frustration(ent_frustration *out, const ent_signed_graph *g,
			    const ent_frustration_options *opts)
{
	memset(out, 0, sizeof *out);
	ENT_FORWARD_IF_ERROR(ent_network__require_finished(g));
	ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
	if (opts)
		o = *opts;
	ENT_RETURN_ERROR_IF(o.method != ENT_FRUSTRATION_EXACT && o.method != ENT_FRUSTRATION_HEURISTIC &&
				    o.method != ENT_FRUSTRATION_AUTO,
			    ENT_EINVAL, "unknown frustration method %d (exact 0, heuristic 1, auto 2)", o.method);
	ENT_RETURN_ERROR_IF(!(o.time_limit >= 0), ENT_EINVAL, "time limit %g is negative",
			    o.time_limit);
	double t0 = ent_clock_now();
	double deadline = o.time_limit > 0 ? t0 + o.time_limit : 0;
	size_t n = g->n, m = g->m;
	out->method = o.method;
	if (o.method == ENT_FRUSTRATION_AUTO)
		out->method = m <= ENT_FRUSTRATION_EXACT_MAX_TIES ? ENT_FRUSTRATION_EXACT : ENT_FRUSTRATION_HEURISTIC;
	ent_network__watch w;
	ent_network__watch_start(&w, &o, out->method, t0);
	out->optimal = 1;
	out->n_nodes = n;
	out->side = ent__calloc(n + 1, 1);
	unsigned char *is_bridge = ent__calloc(m + 1, 1);
	uint32_t *comp = ent__malloc((n + 1) * sizeof *comp);
	uint32_t *local = ent__malloc((n + 1) * sizeof *local);
	uint32_t *members = ent__malloc((n + 1) * sizeof *members);
	size_t *cstart = NULL;
	signed char *flip = NULL;
	uint32_t *queue = NULL;
	int rc = 0;
	if (!out->side || !is_bridge || !comp || !local || !members) {
		rc = ent_error_oom();
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		local[i] = UINT32_MAX;
	size_t nc;
	if (o.no_reductions) {
		for (size_t i = 0; i < n; i++)
			comp[i] = 0;
		nc = n ? 1 : 0;
	} else {
		rc = ent_network__bridges(n, m, g->adj_start, g->adj_node, g->adj_edge, is_bridge,
					  comp, &nc);
		if (rc < 0)
			goto done;
	}
	/* Members of each component, ascending (counting sort by component). */
	cstart = ent__calloc(nc + 2, sizeof *cstart);
	if (!cstart) {
		rc = ent_error_oom();
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		cstart[comp[i] + 2]++;
	for (size_t c = 0; c < nc; c++)
		cstart[c + 2] += cstart[c + 1];
	for (size_t i = 0; i < n; i++)
		members[cstart[comp[i] + 1]++] = (uint32_t)i;
	for (size_t c = 0; c < nc; c++) {
		size_t k = cstart[c + 1] - cstart[c];
		if (k < 3)
			continue; /* a lone node: nothing to frustrate */
		out->components++;
		ent_network__piece p;
		rc = ent_network__piece_build(&p, g, members + cstart[c], k, local, is_bridge,
					      o.weighted);
		if (rc < 0)
			goto done;
		rc = solve_piece(&p, &o, deadline, &w, out->side, out);
		ent_network__piece_free(&p);
		if (rc < 0)
			goto done;
	}
	/* Flip whole components so that every bridge is satisfied: components
	 * joined by bridges form a forest, so a search that enters each
	 * component once, through one bridge, can always do so. */
	flip = ent__malloc(nc + 1);
	queue = ent__malloc((n + 1) * sizeof *queue);
	if (!flip || !queue) {
		rc = ent_error_oom();
		goto done;
	}
	memset(flip, -1, nc + 1);
	unsigned char *visited = (unsigned char *)local; /* reuse as a byte map */
	memset(visited, 0, n);
	for (size_t root = 0; root < n; root++) {
		if (visited[root])
			continue;
		flip[comp[root]] = 0;
		size_t head = 0, tail = 0;
		queue[tail++] = (uint32_t)root;
		visited[root] = 1;
		while (head < tail) {
			uint32_t x = queue[head++];
			unsigned char sx = out->side[x] ^ (unsigned char)flip[comp[x]];
			for (size_t k = g->adj_start[x]; k < g->adj_start[x + 1]; k++) {
				uint32_t y = g->adj_node[k], e = g->adj_edge[k];
				if (flip[comp[y]] < 0)
					flip[comp[y]] = (signed char)(out->side[y] ^ sx ^ (g->esign[e] < 0));
				if (!visited[y]) {
					visited[y] = 1;
					queue[tail++] = y;
				}
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		out->side[i] ^= (unsigned char)flip[comp[i]];
	/* The frustrated ties, read off the final partition. */
	size_t nf = 0;
	double total = 0;
	for (size_t e = 0; e < m; e++)
		if ((out->side[g->eu[e]] != out->side[g->ev[e]]) != (g->esign[e] < 0))
			nf++;
	out->edges = ent__malloc((nf + 1) * sizeof *out->edges);
	if (!out->edges) {
		rc = ent_error_oom();
		goto done;
	}
	for (size_t e = 0; e < m; e++)
		if ((out->side[g->eu[e]] != out->side[g->ev[e]]) != (g->esign[e] < 0)) {
			out->edges[out->n_edges++] = e;
			total += o.weighted ? g->ew[e] : 1.0;
		}
	/* The sum over pieces and the count on the whole graph must agree (bridges are never frustrated). */
	out->index = total;
	if (out->lower_bound > out->index)
		out->lower_bound = out->index;
	if (out->optimal)
		out->lower_bound = out->index;
	out->seconds = ent_clock_now() - t0;
done:
	ent__free(is_bridge);
	ent__free(comp);
	ent__free(local);
	ent__free(members);
	ent__free(cstart);
	ent__free(flip);
	ent__free(queue);
	if (rc < 0)
		ent_frustration_dispose(out);
	return rc;
}
