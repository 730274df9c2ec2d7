/* Iterated local search for the frustration index. The gain of flipping a
 * node (moving it to the other bloc) is the cost of its frustrated ties
 * minus that of its satisfied ones; it is kept for every node and updated
 * along the ties of each flipped node, so one flip costs its degree. */
#include "network/local_search.h"

#include <string.h> /* memcpy, memset */

#include "util/alloc.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/rng.h"

#define GAIN_EPS 1e-9

typedef struct {
	const ent_network__piece *p;
	unsigned char *side;
	double *gain;
	double cost;
	uint32_t *queue; /* ring of nodes whose gain may be positive */
	unsigned char *queued;
	unsigned char *locked; /* held still during a descent */
	size_t qhead, qlen;
	uint32_t *log;   /* nodes flipped since the last mark, to undo */
	size_t loglen, logcap;
	int logging;
} ls_state;

static void push(ls_state *s, uint32_t i)
{
	if (s->queued[i])
		return;
	s->queued[i] = 1;
	s->queue[(s->qhead + s->qlen++) % s->p->n] = i;
}

static void flip(ls_state *s, uint32_t i)
{
	const ent_network__piece *p = s->p;
	s->cost -= s->gain[i];
	s->gain[i] = -s->gain[i];
	s->side[i] ^= 1;
	for (size_t k = p->start[i]; k < p->start[i + 1]; k++) {
		uint32_t j = p->nbr[k], e = p->edge[k];
		/* After the flip, e is frustrated iff it was not: j's gain moves by 2w. */
		if (ent_network__frustrated(p, s->side, e))
			s->gain[j] += 2 * p->w[e];
		else
			s->gain[j] -= 2 * p->w[e];
		if (s->gain[j] > GAIN_EPS)
			push(s, j);
	}
	if (s->logging && s->loglen < s->logcap)
		s->log[s->loglen++] = i;
	else if (s->logging)
		s->logging = 2; /* overflowed: cannot undo, must accept */
}

static void init_gains(ls_state *s)
{
	const ent_network__piece *p = s->p;
	memset(s->gain, 0, p->n * sizeof *s->gain);
	s->cost = 0;
	for (size_t e = 0; e < p->m; e++) {
		double d = ent_network__frustrated(p, s->side, e) ? p->w[e] : -p->w[e];
		s->gain[p->eu[e]] += d;
		s->gain[p->ev[e]] += d;
		if (d > 0)
			s->cost += p->w[e];
	}
}

static void descend(ls_state *s)
{
	while (s->qlen) {
		uint32_t i = s->queue[s->qhead];
		s->qhead = (s->qhead + 1) % s->p->n;
		s->qlen--;
		s->queued[i] = 0;
		if (s->gain[i] > GAIN_EPS && !s->locked[i])
			flip(s, i);
	}
}

/* Sides from a spanning tree grown from a random root in random order:
 * every tree tie satisfied, a good start for the descent. */
static void tree_start(ls_state *s, ent_rng *rng, uint32_t *order, unsigned char *seen)
{
	const ent_network__piece *p = s->p;
	size_t n = p->n;
	memset(seen, 0, n);
	size_t head = 0, tail = 0;
	for (size_t c = 0; c < n; c++) {
		uint32_t root = (uint32_t)((c == 0) ? ent_rng_below(rng, n) : c);
		if (seen[root])
			continue;
		seen[root] = 1;
		s->side[root] = (unsigned char)(ent_rng_next(rng) & 1);
		order[tail++] = root;
		while (head < tail) {
			/* Take a random queued node, so the tree is not plain BFS. */
			size_t pick = head + (size_t)ent_rng_below(rng, tail - head);
			uint32_t x = order[pick];
			order[pick] = order[head];
			order[head++] = x;
			for (size_t k = p->start[x]; k < p->start[x + 1]; k++) {
				uint32_t y = p->nbr[k];
				if (!seen[y]) {
					seen[y] = 1;
					s->side[y] = s->side[x] ^ p->neg[p->edge[k]];
					order[tail++] = y;
				}
			}
		}
	}
}

int ent_network__local_search(const ent_network__piece *p, uint64_t seed, unsigned int starts,
			      double deadline, double target, ent_network__watch *w, double bound,
			      unsigned char *best, double *value)
{
	size_t n = p->n;
	*value = 0;
	if (n == 0)
		return 0;
	ls_state s = { 0 };
	s.p = p;
	s.side = ent__malloc(n);
	s.gain = ent__malloc(n * sizeof *s.gain);
	s.queue = ent__malloc(n * sizeof *s.queue);
	s.queued = ent__calloc(n, 1);
	s.locked = ent__calloc(n, 1);
	s.logcap = 4 * n + 64;
	s.log = ent__malloc(s.logcap * sizeof *s.log);
	uint32_t *order = ent__malloc(n * sizeof *order);
	unsigned char *seen = ent__malloc(n);
	int rc = 0;
	if (!s.side || !s.gain || !s.queue || !s.queued || !s.locked || !s.log || !order || !seen) {
		rc = ent_error_oom();
		goto done;
	}
	ent_rng rng;
	ent_rng_seed(&rng, seed);
	if (!starts)
		starts = n < 2000 ? 10 : 2; /* large pieces: each start already runs long */
	/* Perturbation rounds per start: enough to explore small pieces well,
	 * bounded so large ones finish in seconds (each round is local). */
	size_t rounds = 30 * n;
	if (rounds < 2000)
		rounds = 2000;
	if (rounds > 300000)
		rounds = 300000;
	double best_cost = -1;
	for (unsigned int st = 0; st < starts; st++) {
		tree_start(&s, &rng, order, seen);
		init_gains(&s);
		s.qhead = s.qlen = 0;
		memset(s.queued, 0, n);
		for (size_t i = 0; i < n; i++)
			if (s.gain[i] > GAIN_EPS)
				push(&s, (uint32_t)i);
		s.logging = 0;
		descend(&s);
		if (best_cost < 0 || s.cost < best_cost - GAIN_EPS) {
			best_cost = s.cost;
			memcpy(best, s.side, n);
		}
		for (size_t r = 0; r < rounds && best_cost > target + GAIN_EPS; r++) {
			if ((r & 63) == 0) {
				if (deadline > 0 && ent_clock_now() > deadline)
					break;
				ent_network__watch_tick(w, "local search", best_cost, bound);
			}
			double before = s.cost;
			s.logging = 1;
			s.loglen = 0;
			/* Flip a random connected cluster of 1..4 nodes. */
			uint32_t v = (uint32_t)ent_rng_below(&rng, n);
			size_t size = 1 + (size_t)ent_rng_below(&rng, 4);
			order[0] = v;
			size_t got = 1;
			seen[v] = 1;
			for (size_t h = 0; h < got && got < size; h++) {
				uint32_t x = order[h];
				size_t deg = p->start[x + 1] - p->start[x];
				if (!deg)
					continue;
				size_t k = p->start[x] + (size_t)ent_rng_below(&rng, deg);
				uint32_t y = p->nbr[k];
				if (!seen[y]) {
					seen[y] = 1;
					order[got++] = y;
				}
			}
			for (size_t h = 0; h < got; h++) {
				seen[order[h]] = 0;
				flip(&s, order[h]);
			}
			/* Descend with the cluster held, or it would just flip back;
			 * then let it move too. */
			for (size_t h = 0; h < got; h++)
				s.locked[order[h]] = 1;
			descend(&s);
			for (size_t h = 0; h < got; h++) {
				s.locked[order[h]] = 0;
				if (s.gain[order[h]] > GAIN_EPS)
					push(&s, order[h]);
			}
			descend(&s);
			if (s.cost > before + GAIN_EPS && s.logging == 1) {
				s.logging = 0;
				for (size_t h = s.loglen; h-- > 0;)
					flip(&s, s.log[h]);
				/* The undo restores the previous local optimum exactly. */
				while (s.qlen) {
					s.queued[s.queue[s.qhead]] = 0;
					s.qhead = (s.qhead + 1) % n;
					s.qlen--;
				}
			} else if (s.cost < best_cost - GAIN_EPS) {
				best_cost = s.cost;
				memcpy(best, s.side, n);
			}
			s.logging = 0;
		}
		if (best_cost <= target + GAIN_EPS)
			break;
		if (deadline > 0 && ent_clock_now() > deadline)
			break;
	}
	*value = ent_network__piece_cost(p, best);
done:
	ent__free(s.side);
	ent__free(s.gain);
	ent__free(s.queue);
	ent__free(s.queued);
	ent__free(s.locked);
	ent__free(s.log);
	ent__free(order);
	ent__free(seen);
	return rc;
}
