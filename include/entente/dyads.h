/**
 * @file entente/dyads.h
 * @brief From coded events and stated relations to dyads: pairs of actors
 * with cooperation and conflict weight per time window, the evidence behind
 * each, and the sign and strength that the signed network uses.
 *
 * How a dyad's sign and strength are decided
 * ------------------------------------------
 * Every piece of evidence has a value on the Goldstein scale (-10..+10):
 *
 * - an event: its CAMEO code's Goldstein weight;
 * - a stated standing tie ("Turkey is Azerbaijan's closest ally"): its sign
 *   times its cue weight (0..1] times `relation_scale` (default 6, between
 *   "provide aid" and "sign a formal agreement"), because an article that
 *   states a tie outright summarises many events it does not list.
 *
 * The value is then scaled by how the text presents it: asserted and
 * reported evidence counts fully; intended (plans, promises, threats of
 * future action) by `intended_factor` (default 0.5); possible and
 * conditional ("may", "could", "if") by `possible_factor` (default 0); a
 * negated event ("Baku would not offer even a token criticism") counts 0:
 * it is kept as evidence, flagged, but did not happen.
 *
 * Positive values add to the dyad's cooperation, negative ones to its
 * conflict. The dyad's net is cooperation - conflict; its sign is the sign
 * of the net and its strength |net|. A dyad whose |net| is below
 * `min_strength` has no signed tie (the evidence is mixed or thin). The
 * same sentence (by normalised text) giving the same code for the same pair
 * counts once, so a reprinted story or a repeated paragraph is not counted
 * twice; the repeat is still listed as a duplicate.
 *
 * Levels: at the country level (the default) a code made of a country and
 * sector codes folds into the country (AZEGOV, AZEMIL -> AZE); codes with a
 * group tag (PSEREBHAM) and organisations (IGOUNO) stay whole, and so do
 * actors that stand against their own state (opposition OPP, rebels REB,
 * insurgents INS, separatists SEP, criminals CRM, radicals RAD: AZEOPP),
 * since a state's conflict with them is not conflict with the state. Evidence
 * whose two ends fold into the same actor is dropped.
 */
#ifndef ENTENTE_DYADS_H
#define ENTENTE_DYADS_H

#include "entente/common.h"
#include "entente/store.h" /* ent_store, ent_store_filter: ent_dyads_read_store() */

#ifdef __cplusplus
extern "C" {
#endif

/** Actor granularity. */
typedef enum {
	ENT_LEVEL_COUNTRY = 0, /**< fold sectors into their country */
	ENT_LEVEL_SECTOR = 1,  /**< keep codes as coded */
} ent_actor_level;

/** Options for ent_dyads_new(). */
typedef struct {
	unsigned int version;   /**< ENT_DYAD_OPTIONS_VERSION */
	ent_actor_level level;
	const char *since;      /**< ISO date prefix: evidence dated before it is left out; NULL: no limit */
	const char *until;      /**< ISO date prefix: evidence dated after it is left out (a prefix: "2023" keeps all of 2023) */
	int window_months;      /**< window length for balance over time; 0: one window */
	double relation_scale;  /**< Goldstein value of a stated tie of weight 1 (default 6) */
	double intended_factor; /**< default 0.5 */
	double possible_factor; /**< default 0 */
	double min_strength;    /**< |net| below this gives no signed tie (default 1) */
	size_t evidence_per_dyad; /**< strongest pieces of evidence kept per dyad (default 5) */
} ent_dyad_options;

#define ENT_DYAD_OPTIONS_VERSION 1
#define ENT_DYAD_OPTIONS_INIT { ENT_DYAD_OPTIONS_VERSION, ENT_LEVEL_COUNTRY, NULL, NULL, 0, 6.0, 0.5, 0.0, 1.0, 5 }

ENT_EXTERN(int) ent_dyad_options_init(ent_dyad_options *opts, unsigned int version);

/** One piece of evidence handed in (strings are copied). */
typedef struct {
	const char *doc;       /**< document id */
	const char *doc_title; /**< may be NULL */
	size_t sentence;       /**< sentence index in the document */
	const char *date;      /**< ISO date or NULL/"" when unknown */
	int is_relation;       /**< 1: a stated standing tie; 0: an event */
	const char *source, *target; /**< actor codes */
	const char *code;      /**< CAMEO code (events) */
	double goldstein;      /**< events: Goldstein weight */
	const char *relation_type; /**< relations: "ally", "rival", ... */
	int relation_sign;     /**< relations: +1 / -1 */
	double relation_weight; /**< relations: (0, 1]; 0 means 1 */
	int negated;
	const char *modality;  /**< "asserted", "reported", "intended", "possible", "conditional"; NULL = asserted */
	const char *text;      /**< the sentence */
	int duplicate_doc;     /**< its document reprints another already counted: listed, never counted */
} ent_dyad_input;

/** A piece of evidence as kept in a dyad. Owned by the dyad set. */
typedef struct {
	const char *doc, *doc_title, *date, *source, *target, *code, *relation_type, *modality, *text;
	size_t sentence;
	double value;   /**< signed value after scaling (0 for negated/possible) */
	int negated;
	int duplicate;  /**< 1 when the same evidence was seen before (counted once) */
} ent_dyad_evidence;

/** A dyad: two actors (a < b) and what ties them. Owned by the dyad set. */
typedef struct {
	const char *a, *b;
	double cooperation;  /**< sum of positive values */
	double conflict;     /**< sum of |negative values| */
	double net;          /**< cooperation - conflict */
	int sign;            /**< +1, -1, or 0 when |net| < min_strength */
	uint64_t events;     /**< events counted */
	uint64_t relations;  /**< stated relations counted */
	uint64_t uncounted;  /**< negated / hypothetical evidence kept but not counted */
	uint64_t duplicates; /**< repeats of evidence already counted */
	const char *first, *last; /**< earliest and latest dates ("" if none) */
	double trend;        /**< net of the latest window with evidence minus the mean net of earlier windows (0 with < 2 windows) */
	const double *window_net; /**< net per window (ent_dyads_window_count entries) */
	const double *window_cooperation; /**< cooperation per window (same entries) */
	const double *window_conflict;    /**< conflict per window (same entries) */
	const uint64_t *window_counted;   /**< events and relations counted per window (same entries) */
	size_t nevidence;
	const ent_dyad_evidence *evidence; /**< strongest first, at most evidence_per_dyad */
} ent_dyad;

/** An actor with its prominence. */
typedef struct {
	const char *code;
	uint64_t evidence; /**< counted pieces of evidence it is in */
	size_t degree;     /**< dyads with a sign */
	double weight;     /**< sum of |net| of its dyads */
} ent_dyad_actor;

typedef struct ent_dyads ent_dyads;

/** Create an empty aggregation. @param out owned by the caller (ent_dyads_free) */
ENT_EXTERN(int) ent_dyads_new(ent_dyads **out, const ent_dyad_options *opts);

/**
 * Add one piece of evidence. Evidence outside since/until, or whose ends
 * fold into one actor, is ignored (returns 0).
 */
ENT_EXTERN(int) ent_dyads_add(ent_dyads *d, const ent_dyad_input *in);

/**
 * Add the coded events and stated relations of a store: every record that
 * matches `filter` and the dyads' since/until, with both ends coded and
 * neither end unidentified (CAMEO "---": folded, every unknown militant or
 * ministry would become one actor tied to everything). A record's date is
 * its own, else its document's; a near-duplicate document's records are
 * listed but never counted. This is the one way a store becomes dyads: the
 * report, the web API and every export read it through here.
 *
 * @param d       unfinished dyads
 * @param s       an open store
 * @param filter  NULL, or the records to read (actor, dyad, code, kind);
 *                its since, until, limit and offset are ignored: the
 *                dyads' own since/until apply
 * @param records if not NULL, incremented by the number of records read
 *                (also those that could not enter a dyad)
 * @return 0; ENT_EDB; ENT_ENOMEM
 */
ENT_EXTERN(int) ent_dyads_read_store(ent_dyads *d, ent_store *s, const ent_store_filter *filter, uint64_t *records);

/** Sort dyads (strongest first), actors (most prominent first) and evidence. Call once, after the last add. */
ENT_EXTERN(int) ent_dyads_finish(ent_dyads *d);

ENT_EXTERN(size_t) ent_dyads_count(const ent_dyads *d);
/** Dyad `i` (0 = strongest |net|), owned by `d`. */
ENT_EXTERN(const ent_dyad *) ent_dyads_get(const ent_dyads *d, size_t i);
ENT_EXTERN(size_t) ent_dyads_actor_count(const ent_dyads *d);
ENT_EXTERN(const ent_dyad_actor *) ent_dyads_actor(const ent_dyads *d, size_t i);

/** Number of time windows (1 when window_months is 0 or no evidence is dated). */
ENT_EXTERN(size_t) ent_dyads_window_count(const ent_dyads *d);
/** Window `i`'s first and last dates (YYYY-MM-DD), or "" for the single undated window. */
ENT_EXTERN(int) ent_dyads_window(const ent_dyads *d, size_t i, const char **start, const char **end);

/**
 * Call `fn(a, b, value, payload)` for every signed tie: over all evidence
 * (`window` = (size_t)-1) or in one window (value = that window's net,
 * ties below min_strength left out). Use it to build an ent_signed_graph.
 */
typedef int (*ent_dyad_tie_fn)(const char *a, const char *b, double value, void *payload);
ENT_EXTERN(int) ent_dyads_ties(const ent_dyads *d, size_t window, ent_dyad_tie_fn fn, void *payload);

/** Fold `code` to `level` into out (at least 16 bytes). */
ENT_EXTERN(void) ent_dyads_fold_code(char *out, size_t outsize, const char *code, ent_actor_level level);

/** Free. Accepts NULL. */
ENT_EXTERN(void) ent_dyads_free(ent_dyads *d);

#ifdef __cplusplus
}
#endif
#endif
