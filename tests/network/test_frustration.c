/* The frustration index: tiny graphs whose answer is known by hand, random
 * graphs against brute force, and the published networks of ../shared. */
#include <math.h>   /* fabs */
#include <string.h> /* strlen */

#include "entente/network.h"
#include "harness.h"

static ent_signed_graph *parse(const char *text)
{
	ent_signed_graph *g = NULL;
	if (ent_signed_graph_parse(&g, text, strlen(text), "t.tsv") < 0)
		printf("  parse: %s\n", ent_error_last());
	return g;
}

/* Check a result is self-consistent: the listed ties are exactly those the
 * partition frustrates, and their count or weight is the index. */
static void check_consistent(const ent_signed_graph *g, const ent_frustration *f, int weighted)
{
	size_t k = 0;
	double total = 0;
	for (size_t e = 0; e < ent_signed_graph_edge_count(g); e++) {
		size_t u, v;
		int s;
		double w;
		ent_signed_graph_edge(g, e, &u, &v, &s, &w);
		if ((f->side[u] != f->side[v]) != (s < 0)) {
			CHECK(k < f->n_edges && f->edges[k] == e);
			k++;
			total += weighted ? w : 1;
		}
	}
	CHECK_INT_EQ(k, f->n_edges);
	CHECK(fabs(total - f->index) < 1e-9);
	CHECK(f->lower_bound <= f->index + 1e-9);
}

static double solve(const char *text, int method, int *optimal)
{
	ent_signed_graph *g = parse(text);
	if (!g)
		return -1;
	ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
	o.method = method;
	ent_frustration f;
	int rc = ent_balance_frustration(&f, g, &o);
	CHECK_INT_EQ(rc, 0);
	double v = rc ? -1 : f.index;
	if (!rc) {
		check_consistent(g, &f, 0);
		*optimal = f.optimal;
		ent_frustration_dispose(&f);
	}
	ent_signed_graph_free(g);
	return v;
}

static void test_network_frustration__hand_made(void)
{
	static const struct {
		const char *edges;
		double index;
	} cases[] = {
		/* balanced: two camps */
		{ "a\tb\t1\nc\td\t1\na\tc\t-1\nb\td\t-1\na\td\t-1\n", 0 },
		/* one unbalanced triangle ++- and one --- */
		{ "a\tb\t1\nb\tc\t1\na\tc\t-1\n", 1 },
		{ "a\tb\t-1\nb\tc\t-1\na\tc\t-1\n", 1 },
		/* two components, each an unbalanced triangle */
		{ "a\tb\t1\nb\tc\t1\na\tc\t-1\nx\ty\t-1\ny\tz\t-1\nx\tz\t-1\n", 2 },
		/* the same joined by a negative bridge c-x, plus a leaf chain x-p-q-r */
		{ "a\tb\t1\nb\tc\t1\na\tc\t-1\nx\ty\t-1\ny\tz\t-1\nx\tz\t-1\nc\tx\t-1\n"
		  "x\tp\t1\np\tq\t-1\nq\tr\t-1\n", 2 },
		/* an unbalanced 4-cycle, no triangle at all: one tie */
		{ "a\tb\t1\nb\tc\t1\nc\td\t1\nd\ta\t-1\n", 1 },
		/* a tree is always balanced */
		{ "a\tb\t-1\na\tc\t-1\nc\td\t1\nc\te\t-1\n", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		for (int method = 0; method < 2; method++) {
			int optimal = 0;
			double v = solve(cases[i].edges, method, &optimal);
			if (v != cases[i].index)
				printf("  case %zu method %d: index %g, expected %g\n", i, method, v,
				       cases[i].index);
			CHECK(v == cases[i].index);
			if (method == 0)
				CHECK(optimal);
		}
	}
}

static void test_network_frustration__bridge_never_frustrated(void)
{
	/* Two unbalanced triangles joined by a positive bridge and hung with a
	 * chain: the bridge and the chain stay satisfied whatever the pieces do. */
	ent_signed_graph *g = parse("a\tb\t1\nb\tc\t1\na\tc\t-1\nx\ty\t-1\ny\tz\t-1\nx\tz\t-1\n"
				    "c\tx\t1\nz\tp\t-1\np\tq\t-1\n");
	if (!g)
		return;
	ent_frustration f;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, NULL), 0);
	CHECK(f.index == 2);
	CHECK_INT_EQ(f.components, 2);
	size_t c, x, p, q;
	ent_signed_graph_node_find(&c, g, "c");
	ent_signed_graph_node_find(&x, g, "x");
	ent_signed_graph_node_find(&p, g, "p");
	ent_signed_graph_node_find(&q, g, "q");
	CHECK(f.side[c] == f.side[x]);
	CHECK(f.side[p] != f.side[q]);
	check_consistent(g, &f, 0);
	ent_frustration_dispose(&f);
	ent_frustration_dispose(NULL);
	ent_signed_graph_free(g);
}

/* Exhaustive minimum over all 2^(n-1) partitions (node 0 fixed). */
static double brute_force(const ent_signed_graph *g, int weighted)
{
	size_t n = ent_signed_graph_node_count(g), m = ent_signed_graph_edge_count(g);
	double best = -1;
	for (unsigned long mask = 0; mask < (1UL << (n - 1)); mask++) {
		double cost = 0;
		for (size_t e = 0; e < m; e++) {
			size_t u, v;
			int s;
			double w;
			ent_signed_graph_edge(g, e, &u, &v, &s, &w);
			int su = u ? (int)((mask >> (u - 1)) & 1) : 0, sv = v ? (int)((mask >> (v - 1)) & 1) : 0;
			if ((su != sv) != (s < 0))
				cost += weighted ? w : 1;
		}
		if (best < 0 || cost < best)
			best = cost;
	}
	return best;
}

static void test_network_frustration__random_against_brute_force(void)
{
	uint64_t s = 99;
	char a[16], b[16];
	for (int round = 0; round < 24; round++) {
		ent_signed_graph *g;
		CHECK_INT_EQ(ent_signed_graph_new(&g), 0);
		int n = 8 + round % 7;
		for (int i = 0; i < n; i++)
			for (int j = i + 1; j < n; j++) {
				s = s * 6364136223846793005ULL + 1442695040888963407ULL;
				if ((s >> 33) % 100 < 45 || j == i + 1) {
					snprintf(a, sizeof a, "v%d", i);
					snprintf(b, sizeof b, "v%d", j);
					double w = 1 + (double)((s >> 45) % 4) * 0.75;
					ent_signed_graph_add(g, a, b, ((s >> 21) % 3 == 0) ? -w : w);
				}
			}
		CHECK_INT_EQ(ent_signed_graph_finish(g), 0);
		int weighted = round & 1;
		double truth = brute_force(g, weighted);
		/* Default path; cutting planes then CBC without reductions or warm
		 * start; the bare XOR program with nothing added; the heuristic. */
		for (int variant = 0; variant < 4; variant++) {
			ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
			o.weighted = weighted;
			o.no_reductions = o.no_warm_start = variant == 1 || variant == 3;
			o.no_cycle_cuts = o.no_triangle_cuts = variant == 3;
			o.method = variant == 2 ? ENT_FRUSTRATION_HEURISTIC : ENT_FRUSTRATION_EXACT;
			ent_frustration f;
			CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), 0);
			check_consistent(g, &f, weighted);
			CHECK(f.lower_bound <= truth + 1e-9);
			if (variant != 2) {
				CHECK(f.optimal);
				CHECK(fabs(f.index - truth) < 1e-9);
				if (fabs(f.index - truth) >= 1e-9)
					printf("  round %d variant %d: %g, brute force %g\n", round, variant,
					       f.index, truth);
			} else {
				CHECK(f.index >= truth - 1e-9);
			}
			ent_frustration_dispose(&f);
		}
		ent_signed_graph_free(g);
	}
}

static ent_signed_graph *shared_graph(const char *rel)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/networks/%s", ent_test_shared_dir(), rel);
	ent_signed_graph *g = NULL;
	if (ent_signed_graph_read(&g, path) < 0)
		printf("  %s\n", ent_error_last());
	return g;
}

static double exact_index(const ent_signed_graph *g, int *optimal)
{
	ent_frustration f;
	if (ent_balance_frustration(&f, g, NULL) < 0)
		return -1;
	check_consistent(g, &f, 0);
	double v = f.index;
	*optimal = f.optimal;
	ent_frustration_dispose(&f);
	return v;
}

static void test_network_frustration__published_small_networks(void)
{
	/* Highland tribes: line index 7 (published). Sampson's cloister: 34,
	 * checked here by brute force over its 2^17 partitions. Congress: 18,
	 * found both by local search meeting the cycle-packing bound and by the
	 * plain integer program (bench_balance prints both). */
	static const struct {
		const char *file;
		double index;
		int brute;
	} nets[] = {
		{ "highland_tribes.tsv", 7, 1 },
		{ "nds_vu/cloister.csv", 34, 1 },
		{ "nds_vu/congress.csv", 18, 0 },
	};
	for (size_t i = 0; i < sizeof nets / sizeof nets[0]; i++) {
		ent_signed_graph *g = shared_graph(nets[i].file);
		CHECK(g != NULL);
		if (!g)
			continue;
		int optimal = 0;
		CHECK(exact_index(g, &optimal) == nets[i].index);
		CHECK(optimal);
		if (nets[i].brute)
			CHECK(brute_force(g, 0) == nets[i].index);
		ent_signed_graph_free(g);
	}
}

/* Frustration indices of the 51 Correlates-of-War windows, 1946-49 to
 * 1996-99, each computed two ways that agree: the default path (reductions,
 * local search, packing bound, odd-cycle cuts, CBC where needed) and the
 * plain XOR program with triangle inequalities on the whole graph, without
 * warm start or cutting planes (bench_balance prints both); both proved
 * optimality. */
static const double cow_index[51] = {
	17, 18, 20, 15, 15, 17, 21, 27, 33, 35, 34, 26, 30, 36, 39, 37, 36,
	29, 24, 23, 28, 27, 28, 33, 26, 28, 29, 35, 46, 48, 50, 45, 39, 43,
	48, 45, 47, 46, 43, 34, 32, 46, 42, 38, 44, 49, 45, 50, 48, 38, 45,
};

static void test_network_frustration__correlates_of_war(void)
{
	int heuristic_close = 0;
	for (int w = 0; w < 51; w++) {
		char rel[64];
		snprintf(rel, sizeof rel, "cow/cow_%02d-%02d.tsv", 46 + w, 49 + w);
		ent_signed_graph *g = shared_graph(rel);
		CHECK(g != NULL);
		if (!g)
			continue;
		int optimal = 0;
		double v = exact_index(g, &optimal);
		if (v != cow_index[w] || !optimal)
			printf("  %s: %g (optimal %d), expected %g\n", rel, v, optimal, cow_index[w]);
		CHECK(v == cow_index[w]);
		CHECK(optimal);
		ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
		o.method = ENT_FRUSTRATION_HEURISTIC;
		ent_frustration h;
		CHECK_INT_EQ(ent_balance_frustration(&h, g, &o), 0);
		check_consistent(g, &h, 0);
		CHECK(h.lower_bound <= cow_index[w]);
		CHECK(h.index >= cow_index[w]);
		heuristic_close += h.index <= cow_index[w] + 1;
		ent_frustration_dispose(&h);
		ent_signed_graph_free(g);
	}
	if (heuristic_close < 47)
		printf("  heuristic within 1 on %d of 51 windows\n", heuristic_close);
	CHECK(heuristic_close >= 47);
}

static void test_network_frustration__time_limit(void)
{
	ent_signed_graph *g = shared_graph("cow/cow_74-77.tsv");
	if (!g)
		return;
	ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
	o.time_limit = 1e-6;
	o.no_warm_start = 1;
	ent_frustration f;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), 0);
	check_consistent(g, &f, 0);
	CHECK(f.lower_bound <= 46);
	CHECK(f.index >= 46);
	CHECK(f.optimal ? f.index == 46 : f.lower_bound < f.index);
	ent_frustration_dispose(&f);
	o.time_limit = -1;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), ENT_EINVAL);
	ent_signed_graph_free(g);
}

/* A signed network of 3,000 nodes and exactly 30,000 distinct ties: every
 * node u ties to u + d (mod 3,000) for ten distinct d below 1,500, so no
 * pair repeats; half the offsets are short (inside a ring neighbourhood,
 * mostly positive), half long (mostly negative), far from balanced. */
static ent_signed_graph *large_graph(void)
{
	enum { NODES = 3000, PER_NODE = 10 };
	ent_signed_graph *g;
	if (ent_signed_graph_new(&g) < 0)
		return NULL;
	uint64_t s = 20261208;
	char a[16], b[16];
	for (unsigned u = 0; u < NODES; u++) {
		unsigned used[PER_NODE];
		for (int k = 0; k < PER_NODE;) {
			s = s * 6364136223846793005ULL + 1442695040888963407ULL;
			unsigned d = k % 2 ? 1 + (unsigned)((s >> 33) % 50) : 1 + (unsigned)((s >> 33) % (NODES / 2 - 1));
			int seen = 0;
			for (int j = 0; j < k; j++)
				seen |= used[j] == d;
			if (seen)
				continue;
			used[k++] = d;
			int positive = (s >> 13) % 100 < (d <= 50 ? 80u : 30u);
			snprintf(a, sizeof a, "n%u", u);
			snprintf(b, sizeof b, "n%u", (u + d) % NODES);
			if (ent_signed_graph_add(g, a, b, positive ? 1 : -1) < 0) {
				ent_signed_graph_free(g);
				return NULL;
			}
		}
	}
	if (ent_signed_graph_finish(g) < 0) {
		ent_signed_graph_free(g);
		return NULL;
	}
	return g;
}

typedef struct {
	int calls, bad_order, too_fast;
	double last;
} progress_seen;

static void on_progress(const ent_frustration_progress *p, void *payload)
{
	progress_seen *ps = payload;
	if (ps->calls && p->elapsed - ps->last < 0.25 - 1e-3)
		ps->too_fast++;
	if (p->incumbent >= 0 && p->lower_bound > p->incumbent + 1e-9)
		ps->bad_order++;
	ps->last = p->elapsed;
	ps->calls++;
}

/* AUTO: a small network is solved exactly and proven (gap 0); the large one
 * gets the heuristic and answers well within the default 10 s with a bound. */
static void test_network_frustration__auto_by_size(void)
{
	ent_signed_graph *g = parse("a\tb\t+\nb\tc\t+\na\tc\t-\nc\td\t-\nd\ta\t+\nb\td\t-\n");
	if (!g)
		return;
	ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
	o.method = ENT_FRUSTRATION_AUTO;
	o.time_limit = 10;
	ent_frustration f;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), 0);
	CHECK_INT_EQ(f.method, ENT_FRUSTRATION_EXACT);
	CHECK(f.optimal);
	CHECK(f.index == brute_force(g, 0));
	CHECK(f.lower_bound == f.index);
	CHECK(!f.time_limit_reached);
	ent_frustration_dispose(&f);
	ent_signed_graph_free(g);

	g = large_graph();
	CHECK(g != NULL);
	if (!g)
		return;
	CHECK_INT_EQ(ent_signed_graph_edge_count(g), 30000);
	CHECK_INT_EQ(ent_signed_graph_node_count(g), 3000);
	progress_seen ps = { 0 };
	o.progress = on_progress;
	o.progress_payload = &ps;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), 0);
	check_consistent(g, &f, 0);
	CHECK_INT_EQ(f.method, ENT_FRUSTRATION_HEURISTIC);
	CHECK(f.seconds < 10 + 5);
	CHECK(f.lower_bound > 0 && f.lower_bound <= f.index);
	CHECK(!f.optimal);
	CHECK_INT_EQ(ps.too_fast, 0);
	CHECK_INT_EQ(ps.bad_order, 0);
	printf("  auto on 30,000 ties: heuristic %g, bound %g, %.2f s, %d progress reports\n", f.index,
	       f.lower_bound, f.seconds, ps.calls);
	ent_frustration_dispose(&f);
	ent_signed_graph_free(g);
}

/* EXACT on the large network stops at its limit (plus the slack of
 * unstoppable steps), says so, and still returns a partition and a bound;
 * progress comes at most four times a second. */
static void test_network_frustration__exact_time_limit_large(void)
{
	ent_signed_graph *g = large_graph();
	CHECK(g != NULL);
	if (!g)
		return;
	ent_frustration_options o = ENT_FRUSTRATION_OPTIONS_INIT;
	o.time_limit = 2;
	progress_seen ps = { 0 };
	o.progress = on_progress;
	o.progress_payload = &ps;
	ent_frustration f;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), 0);
	check_consistent(g, &f, 0);
	CHECK_INT_EQ(f.method, ENT_FRUSTRATION_EXACT);
	CHECK(f.seconds < 2 + 5);
	CHECK(f.time_limit_reached);
	CHECK(!f.optimal && f.lower_bound > 0 && f.lower_bound < f.index);
	CHECK(ps.calls >= 2);
	CHECK_INT_EQ(ps.too_fast, 0);
	CHECK_INT_EQ(ps.bad_order, 0);
	printf("  exact, 2 s limit: %g, bound %g, %.2f s, %d progress reports\n", f.index, f.lower_bound,
	       f.seconds, ps.calls);
	ent_frustration_dispose(&f);
	o.method = 7;
	CHECK_INT_EQ(ent_balance_frustration(&f, g, &o), ENT_EINVAL);
	ent_signed_graph_free(g);
}

static const ent_test_case tests[] = {
	{ "test_network_frustration__hand_made", test_network_frustration__hand_made },
	{ "test_network_frustration__bridge_never_frustrated", test_network_frustration__bridge_never_frustrated },
	{ "test_network_frustration__random_against_brute_force", test_network_frustration__random_against_brute_force },
	{ "test_network_frustration__published_small_networks", test_network_frustration__published_small_networks },
	{ "test_network_frustration__correlates_of_war", test_network_frustration__correlates_of_war },
	{ "test_network_frustration__time_limit", test_network_frustration__time_limit },
	{ "test_network_frustration__auto_by_size", test_network_frustration__auto_by_size },
	{ "test_network_frustration__exact_time_limit_large", test_network_frustration__exact_time_limit_large },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
