/**
 * @file entente/network.h
 * @brief The signed network of actors and its structural-balance analysis.
 *
 * Introduction
 * ------------
 * A signed graph has actors as nodes and ties that are positive (alliance,
 * cooperation) or negative (enmity, conflict), each with a weight. Balance
 * theory calls a triangle *balanced* when the product of its three signs is
 * positive ("the enemy of my enemy is my friend") and *unbalanced*
 * otherwise. This header offers:
 *
 * - ::ent_signed_graph, built from ties named by their actors' codes or read
 *   from an edge-list file (ent_signed_graph_read());
 * - the signed triangle census with the unbalanced triads ranked by strength
 *   and each actor's cross-pressure (ent_balance_census());
 * - the frustration index (line index of balance): the fewest ties (or least
 *   tie weight) whose removal leaves a balanced network, with the two blocs
 *   and the frustrated ties, solved exactly with COIN-OR CBC or by a fast
 *   local-search heuristic (ent_balance_frustration());
 * - k-bloc partitions in the style of Doreian and Mrvar (ent_balance_blocs()).
 *
 * How ties collapse
 * -----------------
 * The graph is undirected and simple. Every tie added (or line read) is a
 * *record* with a sign and a weight; records between the same two actors, in
 * either direction, collapse into one tie:
 *
 * - its sign is the sign of the sum of the records' signs (a majority vote;
 *   each record counts once whatever its weight);
 * - a pair whose signs sum to zero (as many positive as negative records) is
 *   dropped: the evidence cancels;
 * - its weight is the mean weight of the records that carry the winning sign.
 *
 * Actors left with no tie after collapsing are not nodes. Self-ties are an
 * error. Nodes are numbered 0..n-1 in order of first appearance; ties
 * 0..m-1 in order of their first record.
 *
 * Weights
 * -------
 * A triangle's weight is the geometric mean of its three tie weights, so a
 * triangle of unit ties weighs 1 and the weight stays on the ties' scale.
 * Frustration is unweighted (every tie costs 1, the published line index) by
 * default; with `weighted` a frustrated tie costs its weight.
 *
 * Threads: a finished graph is read-only; analyses may run on it from
 * several threads at once. Nothing here prints.
 */
#ifndef ENTENTE_NETWORK_H
#define ENTENTE_NETWORK_H

#include "entente/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A signed, weighted, undirected simple graph with named nodes. */
typedef struct ent_signed_graph ent_signed_graph;

/**
 * Create an empty graph to which ties are added.
 * @param out the new graph, owned by the caller (ent_signed_graph_free)
 * @return 0 or ENT_ENOMEM
 */
ENT_EXTERN(int) ent_signed_graph_new(ent_signed_graph **out);

/**
 * Add one record of a tie between actors `a` and `b` (copied).
 * @param value its sign is the tie's sign, its magnitude the tie's weight
 * @return 0; ENT_EINVAL for a self-tie (a equals b), a zero or non-finite
 *         value, or a graph already finished; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_signed_graph_add(ent_signed_graph *g, const char *a, const char *b,
				     double value);

/**
 * Collapse the records into the simple graph (see "How ties collapse") and
 * build the adjacency. Analyses need a finished graph; no tie may be added
 * afterwards. Finishing twice is harmless.
 * @return 0 or ENT_ENOMEM
 */
ENT_EXTERN(int) ent_signed_graph_finish(ent_signed_graph *g);

/**
 * Parse an edge list held in memory and return a finished graph.
 *
 * One tie a line, fields separated by tabs, or by commas when the line has
 * no tab: `a<TAB>b<TAB>sign[<TAB>weight]` or `u,v,w`. With three fields the
 * third is a number whose sign is the tie's sign and whose magnitude is its
 * weight (so `1`/`-1` are unit ties and `u,v,-7` is a negative tie of
 * weight 7); `+` and `-` alone mean +1 and -1. A fourth field is the weight,
 * a positive number. Fields are trimmed of spaces; a carriage return before
 * the newline, a UTF-8 byte-order mark at the start, empty lines and lines
 * starting with `#` are ignored. The first data line is skipped as a header
 * when its third field is a word (letters, digits, `_`, `-`, spaces, not a
 * number), e.g. `source,target,sign`; anywhere else a non-numeric sign is an
 * error.
 *
 * @param out  the graph, owned by the caller
 * @param data the text; need not be NUL-terminated
 * @param len  its length in bytes
 * @param name the file name used in error messages
 * @return 0; ENT_EFORMAT with "NAME:LINE: ..." for a wrong field count, a
 *         non-numeric or zero sign, a bad weight, a self-tie, or no tie at
 *         all; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_signed_graph_parse(ent_signed_graph **out, const char *data, size_t len,
				       const char *name);

/**
 * Read an edge-list file (format of ent_signed_graph_parse()).
 * @return as ent_signed_graph_parse(), plus ENT_EIO when the file cannot be
 *         read (the message names the file and the system's reason)
 */
ENT_EXTERN(int) ent_signed_graph_read(ent_signed_graph **out, const char *path);

/** Free the graph. Accepts NULL. */
ENT_EXTERN(void) ent_signed_graph_free(ent_signed_graph *g);

/** Number of nodes (0 before ent_signed_graph_finish()). */
ENT_EXTERN(size_t) ent_signed_graph_node_count(const ent_signed_graph *g);

/** Number of ties after collapsing (0 before ent_signed_graph_finish()). */
ENT_EXTERN(size_t) ent_signed_graph_edge_count(const ent_signed_graph *g);

/** Number of records added or read, before collapsing. */
ENT_EXTERN(size_t) ent_signed_graph_record_count(const ent_signed_graph *g);

/** Name of node `i` (owned by the graph), or NULL when out of range. */
ENT_EXTERN(const char *) ent_signed_graph_node_name(const ent_signed_graph *g, size_t i);

/**
 * Find a node by name.
 * @return 0 with `*out` set; ENT_ENOTFOUND
 */
ENT_EXTERN(int) ent_signed_graph_node_find(size_t *out, const ent_signed_graph *g,
					   const char *name);

/**
 * Tie `i`: its nodes (`*u < *v`), sign (+1 or -1) and weight (> 0). Any
 * out-pointer may be NULL.
 * @return 0; ENT_EINVAL when `i` is out of range
 */
ENT_EXTERN(int) ent_signed_graph_edge(const ent_signed_graph *g, size_t i, size_t *u, size_t *v,
				      int *sign, double *weight);

/* ------------------------------------------------------------------------ */

/** One triangle: nodes a < b < c, how many of its ties are negative, its weight. */
typedef struct {
	size_t a, b, c;
	int negatives;   /**< 0 (+++), 1 (++-), 2 (+--), 3 (---); odd means unbalanced */
	double strength; /**< geometric mean of the three tie weights */
} ent_triad;

/**
 * One actor's cross-pressure: how far it is caught between partners who are
 * each other's adversaries. In a triangle with one hostile tie (++-), the
 * actor holding the two cooperative ties is the one pulled both ways ("my
 * two allies are enemies"); that triangle's strength is added to its
 * `score`. The two rivals in the same triangle are not cross-pressured by
 * it, and an all-hostile triangle (---), unbalanced in the strict sense,
 * presses nobody in this sense: it is counted in `involvement` only.
 */
typedef struct {
	size_t node;
	double score;        /**< summed strength of the ++- triangles in which it holds both cooperative ties */
	uint64_t pivots;     /**< how many such triangles */
	double involvement;  /**< summed strength of every unbalanced triangle (++- or ---) it is in */
	uint64_t unbalanced; /**< how many unbalanced triangles it is in */
	uint64_t triangles;  /**< how many triangles it is in */
} ent_pressure;

/** Options for ent_balance_census(). */
typedef struct {
	unsigned int version; /**< ENT_CENSUS_OPTIONS_VERSION */
	size_t max_listed;    /**< strongest balanced/unbalanced triads kept, each; 0 means 20 */
} ent_census_options;

#define ENT_CENSUS_OPTIONS_VERSION 1
#define ENT_CENSUS_OPTIONS_INIT { ENT_CENSUS_OPTIONS_VERSION, 0 }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_census_options_init(ent_census_options *opts, unsigned int version);

/**
 * The census. Index the arrays by the number of negative ties: 0 +++,
 * 1 ++-, 2 +--, 3 ---. Release with ent_census_dispose().
 */
typedef struct {
	uint64_t count[4];
	double weight[4];            /**< summed triangle strengths */
	uint64_t triangles;          /**< all triangles */
	double balance;              /**< balanced / all triangles (1 with no triangle) */
	double weighted_balance;     /**< the same with strengths */
	ent_triad *unbalanced;       /**< strongest first (ties: by node numbers) */
	size_t n_unbalanced;         /**< entries listed, at most max_listed */
	ent_triad *balanced;         /**< strongest first */
	size_t n_balanced;
	ent_pressure *pressure;      /**< every node, most cross-pressured first (score, then involvement) */
	size_t n_pressure;
} ent_census;

/**
 * Count and weigh every signed triangle, keep the strongest of each kind and
 * rank the actors by cross-pressure. Lists triangles once each by orienting
 * ties from lower to higher degree and merging sorted adjacency lists:
 * O(m^1.5) time, O(n + m) memory.
 *
 * @param out  filled; owned by the caller (ent_census_dispose)
 * @param g    a finished graph
 * @param opts NULL for the defaults
 * @return 0; ENT_EINVAL for an unfinished graph; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_balance_census(ent_census *out, const ent_signed_graph *g,
				   const ent_census_options *opts);

/** Free the lists of a census. Accepts NULL. */
ENT_EXTERN(void) ent_census_dispose(ent_census *c);

/* ------------------------------------------------------------------------ */

/** How ent_balance_frustration() works. */
typedef enum {
	ENT_FRUSTRATION_EXACT = 0,     /**< integer programming with CBC; proven optimum unless timed out */
	ENT_FRUSTRATION_HEURISTIC = 1, /**< multi-start local search; value and a lower bound */
	ENT_FRUSTRATION_AUTO = 2,      /**< exact up to ENT_FRUSTRATION_EXACT_MAX_TIES ties, heuristic above */
} ent_frustration_method;

/**
 * The largest network (in ties, after collapsing) that ENT_FRUSTRATION_AUTO
 * solves exactly. CBC does not look at its time limit while it solves the
 * root relaxation, which on a large network far from balance can take
 * minutes; below this size it takes well under a second.
 */
#define ENT_FRUSTRATION_EXACT_MAX_TIES 2000

/** How far ent_balance_frustration() has got, handed to its progress callback. */
typedef struct {
	const char *stage;    /**< "local search", "cutting planes" or "branch and bound" */
	int method;           /**< the ent_frustration_method in use (never AUTO) */
	double incumbent;     /**< frustration of the best partition so far, over the pieces
				   finished and the one in hand; negative before the first */
	double lower_bound;   /**< proven floor over the same pieces */
	double elapsed;       /**< seconds since the call began */
	double time_limit;    /**< the call's limit, 0 for none */
	size_t pieces_done;   /**< pieces finished */
} ent_frustration_progress;

/** Receives progress reports, at most four a second, the first after a quarter second. */
typedef void (*ent_frustration_progress_fn)(const ent_frustration_progress *progress, void *payload);

/** Options for ent_balance_frustration(). */
typedef struct {
	unsigned int version;   /**< ENT_FRUSTRATION_OPTIONS_VERSION */
	int method;             /**< an ent_frustration_method */
	int weighted;           /**< a frustrated tie costs its weight rather than 1 */
	double time_limit;      /**< seconds for the whole call, 0 for none; on expiry the
				     best partition found and a proven lower bound are returned */
	uint64_t seed;          /**< local-search randomness (results are reproducible) */
	unsigned int restarts;  /**< local-search starts per component; 0 means automatic */
	int no_reductions;      /**< exact: solve the graph whole (no components/bridges split), for benchmarks */
	int no_warm_start;      /**< exact: give CBC no heuristic start, for benchmarks */
	int no_triangle_cuts;   /**< exact: leave out the unbalanced-triangle inequalities */
	int no_cycle_cuts;      /**< exact: no odd-cycle cutting planes before branching */
	ent_frustration_progress_fn progress; /**< NULL for none; called on the calling thread */
	void *progress_payload;               /**< handed to `progress` */
} ent_frustration_options;

/* 2: AUTO, progress. */
#define ENT_FRUSTRATION_OPTIONS_VERSION 2
#define ENT_FRUSTRATION_OPTIONS_INIT \
	{ ENT_FRUSTRATION_OPTIONS_VERSION, ENT_FRUSTRATION_EXACT, 0, 0.0, 1, 0, 0, 0, 0, 0, NULL, NULL }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_frustration_options_init(ent_frustration_options *opts, unsigned int version);

/** A frustration result. Release with ent_frustration_dispose(). */
typedef struct {
	double index;         /**< frustrated ties (or their weight) of the partition returned */
	double lower_bound;   /**< proven: no partition does better */
	int optimal;          /**< 1 when index is proven minimal (index == lower_bound) */
	double seconds;       /**< wall time of the call */
	unsigned char *side;  /**< per node: 0 or 1, shown everywhere as bloc 1 and bloc 2 */
	size_t n_nodes;
	size_t *edges;        /**< the frustrated ties (tie numbers), ascending */
	size_t n_edges;
	size_t components;    /**< independent pieces after the reductions */
	size_t solved_by_mip; /**< pieces that needed the integer program */
	int method;           /**< the ent_frustration_method used (AUTO resolved to EXACT or HEURISTIC) */
	int time_limit_reached; /**< the time limit stopped a search before it was done */
} ent_frustration;

/**
 * The frustration index: split the nodes in two blocs so that the fewest
 * ties are frustrated (negative inside a bloc, or positive between them).
 *
 * The exact method first reduces the graph: a bridge (a tie on no cycle,
 * which includes every tie to a degree-one node, so repeated peeling of
 * leaves is a special case) never needs to be frustrated, so the graph is
 * cut at its bridges and each remaining 2-edge-connected piece is solved on
 * its own, then the pieces are flipped so that every bridge is satisfied.
 * Each piece gets the local-search partition as CBC's starting solution; if
 * that already meets the unbalanced-triangle packing bound it is optimal and
 * CBC is not called. Otherwise the LP relaxation of the XOR model of Aref,
 * Mason and Wilson (2020) is strengthened with cutting planes (solved with
 * CLP): binary x_i per node (one fixed per piece), f_ij per tie with
 * f_ij >= |x_i - x_j| for positive and f_ij >= |x_i + x_j - 1| for
 * negative ties, minimising sum w_ij f_ij, plus f_ij + f_ik + f_jk >= 1 for
 * every unbalanced triangle and the violated odd-cycle inequalities found
 * by shortest paths (Barahona-Mahjoub separation). If the LP bound meets
 * the local-search value the piece is solved; otherwise CBC branches on
 * the x_i with all those rows and the local-search start.
 *
 * On a time-out, or with the heuristic, `index - lower_bound` is the gap:
 * how far the answer may be from the optimum.
 *
 * @param out  filled; owned by the caller (ent_frustration_dispose)
 * @param g    a finished graph
 * @param opts NULL for the defaults
 * @return 0 (also on a time-out: then `optimal` may be 0); ENT_EINVAL;
 *         ENT_ESOLVER when CBC fails; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_balance_frustration(ent_frustration *out, const ent_signed_graph *g,
					const ent_frustration_options *opts);

/** Free the arrays of a result. Accepts NULL. */
ENT_EXTERN(void) ent_frustration_dispose(ent_frustration *f);

/* ------------------------------------------------------------------------ */

/** Options for ent_balance_blocs(). */
typedef struct {
	unsigned int version; /**< ENT_BLOCS_OPTIONS_VERSION */
	size_t k;             /**< number of blocs; 0 chooses it (see ent_balance_blocs) */
	size_t max_k;         /**< largest k tried when choosing; 0 means 8 */
	double alpha;         /**< weight of negative ties inside blocs; 1 - alpha weighs
				   positive ties between blocs; 0 means 0.5 */
	double threshold;     /**< choosing k: the improvement that justifies one more bloc,
				   as a share of the total tie weight; 0 means 0.01 */
	unsigned int restarts; /**< random starts per k; 0 means 20 */
	uint64_t seed;
} ent_blocs_options;

#define ENT_BLOCS_OPTIONS_VERSION 1
#define ENT_BLOCS_OPTIONS_INIT { ENT_BLOCS_OPTIONS_VERSION, 0, 0, 0.0, 0.0, 0, 1 }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_blocs_options_init(ent_blocs_options *opts, unsigned int version);

/** A k-bloc partition. Release with ent_blocs_dispose(). */
typedef struct {
	size_t k;           /**< blocs used (some may be empty if k > what helps) */
	double error;       /**< alpha * (negative weight inside) + (1 - alpha) * (positive weight between) */
	double neg_inside;  /**< weight of negative ties inside blocs */
	double pos_between; /**< weight of positive ties between blocs */
	size_t *bloc;       /**< per node: 0..k-1, blocs numbered by first member */
	size_t n_nodes;
	double *error_by_k; /**< when k was chosen: best error for 1..n_error_by_k blocs */
	size_t n_error_by_k;
} ent_blocs;

/**
 * Partition the nodes into k blocs minimising the Doreian-Mrvar criterion
 * alpha * N + (1 - alpha) * P (N: negative weight inside blocs, P: positive
 * weight between blocs) by local search: from random starts, nodes move to
 * the bloc that lowers the criterion most until none does, then a few
 * perturbations are tried; the best of all starts is kept. Tie weights
 * count as given.
 *
 * Choosing k (opts->k == 0): the best error E(k) is computed for k = 1, 2,
 * ... up to max_k; the chosen k is the smallest one whose successor
 * improves by less than threshold * (total tie weight), i.e. the first k
 * where E(k) - E(k+1) < threshold * W.
 *
 * @return 0; ENT_EINVAL (unfinished graph, alpha outside [0, 1]); ENT_ENOMEM
 */
ENT_EXTERN(int) ent_balance_blocs(ent_blocs *out, const ent_signed_graph *g,
				  const ent_blocs_options *opts);

/** Free the arrays of a partition. Accepts NULL. */
ENT_EXTERN(void) ent_blocs_dispose(ent_blocs *b);

#ifdef __cplusplus
}
#endif
#endif
