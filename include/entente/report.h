/**
 * @file entente/report.h
 * @brief The analysis report: dyads, the signed network and its balance
 * analysis gathered into one model, written as text, JSON, DOT, GraphML,
 * GEXF, SVG (through Graphviz) or a self-contained HTML page.
 *
 * Introduction
 * ------------
 * A report is built once and written in as many formats as wanted:
 *
 * - ent_report_from_store() reads the coded events and standing relations
 *   of a store, aggregates them into dyads (entente/dyads.h), builds the
 *   signed network of the dyads that have a sign, and runs the balance
 *   analysis (entente/network.h): the signed triangle census, each actor's
 *   cross-pressure, the frustration index with its two blocs and the ties
 *   expected to change, the k-bloc partition, and the same balance
 *   measures per time window;
 * - ent_report_new() does the same from dyads the caller aggregated.
 *
 * A report over no documents, or over documents with no coded events, is
 * a valid (empty) report: every writer says so instead of failing.
 *
 * Threads: a finished report is read-only; writers may run on it from
 * several threads. Nothing here prints.
 */
#ifndef ENTENTE_REPORT_H
#define ENTENTE_REPORT_H

#include "entente/common.h"
#include "entente/dyads.h"   /* ent_dyads, ent_dyad_options */
#include "entente/lexicon.h" /* ent_lexicon: actor names */
#include "entente/network.h" /* ent_frustration_progress_fn */
#include "entente/store.h"   /* ent_store */

#ifdef __cplusplus
extern "C" {
#endif

/** Output formats of ent_report_write(). */
typedef enum {
	ENT_REPORT_TEXT = 1,    /**< plain text for a terminal */
	ENT_REPORT_JSON = 2,    /**< one JSON object (see docs/analysis.md) */
	ENT_REPORT_DOT = 3,     /**< Graphviz DOT of the signed network */
	ENT_REPORT_GRAPHML = 4, /**< GraphML */
	ENT_REPORT_GEXF = 5,    /**< GEXF 1.3 (Gephi) */
	ENT_REPORT_SVG = 6,     /**< the network laid out and drawn by Graphviz */
	ENT_REPORT_HTML = 7,    /**< one self-contained page: picture, tables, evidence */
} ent_report_format;

/**
 * The format named `name` ("text", "json", "dot", "graphml", "gexf",
 * "svg", "html").
 * @return 0; ENT_EINVAL for another name
 */
ENT_EXTERN(int) ent_report_format_parse(ent_report_format *out, const char *name);

/** Options for ent_report_from_store() and ent_report_new(). */
typedef struct {
	unsigned int version;     /**< ENT_REPORT_OPTIONS_VERSION */
	ent_dyad_options dyads;   /**< how evidence becomes dyads (level, since, until, window, min_strength...) */
	size_t blocs;             /**< k of the k-bloc partition; 0 chooses it (ent_balance_blocs) */
	double time_limit;        /**< seconds allowed to each exact frustration solve; 0 for none */
	int weighted;             /**< frustration counts tie weights rather than ties */
	size_t max_triads;        /**< triads listed per kind in text and HTML; 0 means 10 */
	size_t max_dyads;         /**< dyads listed in text and HTML; 0 means all */
	const char *layout;       /**< Graphviz layout for SVG: "neato" (default) or "fdp" */
	int method;               /**< frustration: ENT_REPORT_METHOD_AUTO, _EXACT or _HEURISTIC */
	/** Dictionaries that name the actors (ent_lexicon_actor_name()), or
	 *  NULL for codes alone. Borrowed while the report is built only: the
	 *  names are copied, the report does not refer to it afterwards. With
	 *  names, text and HTML show "Azerbaijan (AZE)" where there is room
	 *  and the code elsewhere, pictures label nodes by name, and JSON,
	 *  GraphML and GEXF give each actor a name beside its code. */
	const ent_lexicon *names;
	/** ent_report_from_store() only: the records read, besides
	 *  dyads.since/until (ent_dyads_read_store()). A CAMEO code prefix
	 *  ("19": 190-196), or NULL for every code... */
	const char *code;
	/** ...and ENT_STORE_EVENT or ENT_STORE_RELATION, or 0 for both. */
	int kind;
	/** Progress of the whole network's frustration solve (not the
	 *  windows'), or NULL; see ent_frustration_options. */
	ent_frustration_progress_fn progress;
	void *progress_payload;
} ent_report_options;

/**
 * How the frustration index is computed: ENT_FRUSTRATION_AUTO (exact up to
 * ENT_FRUSTRATION_EXACT_MAX_TIES ties, the local-search heuristic with its
 * lower bound above), _EXACT or _HEURISTIC (see entente/network.h).
 */
enum {
	ENT_REPORT_METHOD_AUTO = 0,
	ENT_REPORT_METHOD_EXACT = 1,
	ENT_REPORT_METHOD_HEURISTIC = 2,
};
#define ENT_REPORT_EXACT_MAX_TIES ENT_FRUSTRATION_EXACT_MAX_TIES

/* 2: code and kind. 3: progress. */
#define ENT_REPORT_OPTIONS_VERSION 3
#define ENT_REPORT_OPTIONS_INIT \
	{ ENT_REPORT_OPTIONS_VERSION, ENT_DYAD_OPTIONS_INIT, 0, 10.0, 0, 0, 0, NULL, ENT_REPORT_METHOD_AUTO, NULL, NULL, 0, NULL, NULL }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_report_options_init(ent_report_options *opts, unsigned int version);

typedef struct ent_report ent_report;

/**
 * Build the report of everything `s` holds (events and relations within
 * opts->dyads.since/until): counts, dyads, network and balance analysis.
 *
 * @param out  the report, owned by the caller (ent_report_free); it does not
 *             refer to the store afterwards
 * @param s    an open store
 * @param opts NULL for the defaults
 * @return 0 (also for an empty store); ENT_EINVAL for bad options; ENT_EDB;
 *         ENT_ESOLVER; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_report_from_store(ent_report **out, ent_store *s, const ent_report_options *opts);

/**
 * Build the report of finished dyads (ent_dyads_finish() called).
 *
 * @param out  the report, owned by the caller (ent_report_free)
 * @param d    the dyads; borrowed, they must outlive the report
 * @param opts NULL for the defaults; opts->dyads is ignored (the dyads
 *             were made with their own options)
 * @return 0; ENT_EINVAL; ENT_ESOLVER; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_report_new(ent_report **out, const ent_dyads *d, const ent_report_options *opts);

/** Free the report. Accepts NULL. */
ENT_EXTERN(void) ent_report_free(ent_report *r);

/** Headline figures of a report. */
typedef struct {
	uint64_t documents;  /**< stored documents (0 when built from dyads) */
	uint64_t events;     /**< coded events and relations read */
	size_t dyads;        /**< dyads (pairs with any evidence) */
	size_t actors;       /**< nodes of the signed network */
	size_t ties;         /**< signed ties */
	uint64_t triangles;  /**< all signed triangles */
	uint64_t unbalanced; /**< unbalanced triangles */
	double frustration;  /**< frustration index of the partition found (0 with no tie) */
	int optimal;         /**< 1 when proven minimal */
	int empty;           /**< 1 when there is nothing to analyse (no documents or no coded events) */
} ent_report_summary;

/** Fill `out` with the report's headline figures. */
ENT_EXTERN(void) ent_report_get_summary(const ent_report *r, ent_report_summary *out);

/**
 * Append the report in format `fmt` to `out`.
 * @return 0; ENT_EINVAL for an unknown format; ENT_EUNSUPPORTED when
 *         Graphviz cannot lay out or render (SVG, HTML); ENT_ENOMEM
 */
ENT_EXTERN(int) ent_report_write(const ent_report *r, ent_report_format fmt, ent_buf *out);

#ifdef __cplusplus
}
#endif
#endif
