/**
 * @file entente/store.h
 * @brief The SQLite store: documents, sentences, actor mentions, events and
 * standing relations, kept in one database file that grows as articles
 * arrive, and read back with filters.
 *
 * Introduction
 * ------------
 * A store is one SQLite database (WAL mode, so readers never block the one
 * writer). Its schema is described in docs/schema.md and carries its own
 * version: opening a database made by an older entente upgrades it in place,
 * inside a transaction, before anything else happens.
 *
 * Writing is per document: ent_store_put_doc() stores a document with its
 * sentences, mentions, events and dropped blocks in ONE transaction, so a
 * crash (even kill -9) leaves either the whole document or none of it. A
 * document whose content hash is already stored is skipped, which makes
 * re-running an ingest over the same files cheap and idempotent.
 *
 * Reading uses iterators (`ent_store_events`, `ent_store_search`,
 * `ent_store_docs`, `ent_store_dyads`): each returns records owned by the
 * iterator, valid until its next call. Every query is a prepared statement
 * with bound parameters; no caller string is ever pasted into SQL.
 *
 * A store handle is used by one thread at a time. Open one handle per thread
 * (they may point at the same file) to read in parallel.
 */
#ifndef ENTENTE_STORE_H
#define ENTENTE_STORE_H

#include <stdint.h> /* uint32_t, int64_t */

#include "entente/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The schema version this library writes; older databases are upgraded. */
#define ENT_STORE_SCHEMA_VERSION 3

/** Options for ent_store_open(). */
typedef struct {
	unsigned int version; /**< ENT_STORE_OPTIONS_VERSION */
	int readonly;         /**< never write (an old schema is still upgraded first when the file is writable) */
	int busy_timeout_ms;  /**< wait this long for a lock held by another writer; 0 means 10000 */
	int synchronous_full; /**< fsync every commit (survives power loss, slower); default survives process crashes */
} ent_store_options;

#define ENT_STORE_OPTIONS_VERSION 1
#define ENT_STORE_OPTIONS_INIT { ENT_STORE_OPTIONS_VERSION, 0, 0, 0 }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_store_options_init(ent_store_options *opts, unsigned int version);

typedef struct ent_store ent_store;

/**
 * Open (creating if need be) the database at `path`, switch it to WAL mode
 * and upgrade its schema to ENT_STORE_SCHEMA_VERSION.
 *
 * @param out  the store, owned by the caller (ent_store_close)
 * @param path the database file; ":memory:" for a private in-memory store
 * @param opts options, or NULL for the defaults
 * @return 0; ENT_EDB when SQLite refuses (message has the path and SQLite's
 *         reason); ENT_EUNSUPPORTED for a database newer than this library
 */
ENT_EXTERN(int) ent_store_open(ent_store **out, const char *path, const ent_store_options *opts);

/** Close the store. Accepts NULL. */
ENT_EXTERN(void) ent_store_close(ent_store *s);

/** The schema version of the open database (after any upgrade). */
ENT_EXTERN(int) ent_store_schema_version(ent_store *s, int *out);

/** Check the database: 0 when SQLite's integrity_check says "ok", else ENT_EDB with its first complaint. */
ENT_EXTERN(int) ent_store_check(ent_store *s);

/* ---------------------------------------------------------------------
 * Records
 * ------------------------------------------------------------------- */

/** Kinds of coded record. */
typedef enum {
	ENT_STORE_EVENT = 1,    /**< a dated event (CAMEO code, Goldstein weight) */
	ENT_STORE_RELATION = 2, /**< a standing relation (ally, rival, supplier...) */
} ent_store_kind;

/** A sentence of a stored document. */
typedef struct {
	uint32_t start, end; /**< byte span in the document's cleaned text */
	const char *text;    /**< the sentence; NULL to take text[start..end) of the document */
} ent_store_sentence;

/** An actor mention: which code a stretch of a sentence resolved to. */
typedef struct {
	uint32_t sentence;  /**< 0-based index into the document's sentences */
	const char *actor;  /**< the actor code, e.g. "TURGOV" */
	uint32_t start, end; /**< byte span in the document's cleaned text */
	const char *text;   /**< the words as written, may be NULL */
} ent_store_mention;

/** A paragraph that cleaning or dedup dropped, and why. */
typedef struct {
	uint32_t start, end; /**< byte span in the original content */
	const char *reason;  /**< e.g. "boilerplate", "caption", "repeated" */
	const char *text;    /**< may be NULL */
} ent_store_block;

/**
 * An event or standing relation with its evidence. The same struct is used
 * to write (fields as coded) and to read back (the `doc_*` and `sentence_*`
 * fields filled from the joined rows). Strings may be NULL when unknown.
 */
typedef struct {
	int64_t id;           /**< row id (read only) */
	ent_store_kind kind;
	uint32_t sentence;    /**< 0-based sentence index within its document */
	const char *date;     /**< ISO 8601 date of the event, else the document's */
	const char *source;   /**< actor code */
	const char *target;   /**< actor code */
	const char *code;     /**< CAMEO code, e.g. "042" (events) */
	double goldstein;     /**< Goldstein weight, -10..10 */
	int quad;             /**< quad class 1..4, 0 when unknown */
	const char *plover;   /**< PLOVER type */
	const char *mode;     /**< PLOVER mode */
	const char *relation_type; /**< relations: "ally", "rival", ... */
	int relation_sign;    /**< relations: +1 or -1; events: 0 */
	int negated;          /**< the sentence says it did not happen */
	const char *modality; /**< "asserted", "hypothetical", "intended", "reported"... */
	uint32_t span_start, span_end; /**< the trigger's byte span in the cleaned text */
	const char *text;     /**< the trigger words */
	/* Filled when reading back: */
	int64_t doc_rowid;
	const char *doc_id, *doc_title, *doc_url, *doc_date, *doc_source;
	const char *sentence_text;
	int doc_duplicate;    /**< its document repeats another stored one (its events count once, under the original) */
} ent_store_event;

/** One document and everything derived from it, written in one transaction. */
typedef struct {
	const char *hash;   /**< content hash (hex); the identity used to skip repeats; required */
	const char *id;     /**< the reader's id (JSONL id, WARC URI, path#N) */
	const char *path;   /**< input file */
	const char *url;
	const char *title;
	const char *date;   /**< publication date, ISO 8601 */
	const char *source; /**< outlet or site, e.g. "example.org" */
	const char *text;   /**< the cleaned text; may be NULL when only events are known */
	size_t text_len;
	const ent_store_sentence *sentences; size_t nsentences;
	const ent_store_mention *mentions;   size_t nmentions;
	const ent_store_event *events;       size_t nevents;
	const ent_store_block *dropped;      size_t ndropped;
	const char *duplicate_of; /**< hash of a stored document this one repeats (near-duplicate), or NULL */
	double duplicate_similarity;
	const char *dictionary; /**< the dictionary version that coded it, or NULL */
} ent_store_doc;

/**
 * Store a document with its sentences, mentions, events and dropped blocks
 * in one transaction (all or nothing).
 *
 * @param out_added set to 1 when stored, 0 when a document with the same
 *        hash was already there (nothing written); may be NULL
 * @return 0, ENT_EINVAL (missing hash, a sentence or event index out of
 *         range), ENT_EDB
 */
ENT_EXTERN(int) ent_store_put_doc(ent_store *s, const ent_store_doc *doc, int *out_added);

/** Whether a document with content hash `hash` is stored (*out 1 or 0). */
ENT_EXTERN(int) ent_store_has_doc(ent_store *s, const char *hash, int *out);

/**
 * Record a dictionary version (name and content hash) and return its row id
 * in *out, reusing the row when the same name and hash were seen before.
 */
ENT_EXTERN(int) ent_store_put_dictionary(ent_store *s, const char *name, const char *hash,
					 int64_t *out);

/* ---------------------------------------------------------------------
 * Loading `entente code` output
 * ------------------------------------------------------------------- */

/** What a load or ingest did. */
typedef struct {
	uint64_t docs_added;   /**< documents written */
	uint64_t docs_skipped; /**< already stored */
	uint64_t events;       /**< events and relations written */
	uint64_t sentences;    /**< sentences written */
	uint64_t bad_lines;    /**< input lines skipped with a diagnostic */
} ent_store_stats;

/** Options for ent_store_load_events(). */
typedef struct {
	unsigned int version; /**< ENT_STORE_LOAD_OPTIONS_VERSION */
	ent_diag_fn diag;     /**< bad lines are reported here and skipped */
	void *diag_payload;
	ent_progress_fn progress;
	void *progress_payload;
} ent_store_load_options;

#define ENT_STORE_LOAD_OPTIONS_VERSION 1
#define ENT_STORE_LOAD_OPTIONS_INIT { ENT_STORE_LOAD_OPTIONS_VERSION, NULL, NULL, NULL, NULL }

/**
 * Load the JSON Lines that `entente code` writes (one event or relation per
 * line; format in docs/schema.md, "Loading events"), "-" for standard input.
 * Lines are grouped by their "doc" field: each document and its events are
 * written in one transaction, and a document already stored is skipped, so
 * loading the same file twice adds nothing the second time.
 *
 * @param stats filled with counts; may be NULL
 * @return 0 (bad lines are diagnostics, counted in stats->bad_lines),
 *         ENT_EIO when the file cannot be read, ENT_EDB
 */
ENT_EXTERN(int) ent_store_load_events(ent_store *s, const char *path,
				      const ent_store_load_options *opts, ent_store_stats *stats);

/* ---------------------------------------------------------------------
 * Re-coding
 * ------------------------------------------------------------------- */

/**
 * A coder for ent_store_recode(): given one stored document's sentences,
 * append its events to `out` (an array the callback grows with
 * ent_store_events_push). Strings it puts in events must stay valid until
 * the callback is called again.
 */
typedef struct ent_store_event_list ent_store_event_list;
typedef int (*ent_store_coder_fn)(const char *doc_date, const ent_store_sentence *sentences,
				  size_t nsentences, ent_store_event_list *out, void *payload);

/** Append a copy of `ev` (its struct; strings are referenced, not copied). */
ENT_EXTERN(int) ent_store_events_push(ent_store_event_list *list, const ent_store_event *ev);

/**
 * Re-code every stored document that has its cleaned text (those stored by
 * ent_store_ingest or ent_store_put_doc with text; documents loaded from
 * events are left alone) from its stored sentences with `coder`
 * (no file is read again), replacing each document's events in one
 * transaction per document, and tag them with dictionary row `dictionary`
 * (0 for none).
 */
ENT_EXTERN(int) ent_store_recode(ent_store *s, ent_store_coder_fn coder, void *payload,
				 int64_t dictionary, ent_store_stats *stats);

/* ---------------------------------------------------------------------
 * The whole pipeline into the store
 * ------------------------------------------------------------------- */

/** Options for ent_store_ingest() and ent_store_recode_all(). */
typedef struct {
	unsigned int version;     /**< ENT_STORE_INGEST_OPTIONS_VERSION */
	/** Dictionary files or directories loaded after the defaults (or
	 *  instead of them with no_default_dictionaries), as
	 *  ent_lexicon_load_set() loads them; NULL for the defaults alone. */
	const char *const *dictionaries;
	size_t ndictionaries;
	ent_diag_fn diag;         /**< per-input problems; the run goes on */
	void *diag_payload;
	ent_progress_fn progress;
	void *progress_payload;
	/** Version 2: load only `dictionaries` (and the default CAMEO table
	 *  when they bring none), not entente's defaults. */
	int no_default_dictionaries;
} ent_store_ingest_options;

/* 2: no_default_dictionaries; `dictionaries` add to the defaults (they
 * replaced them in version 1). */
#define ENT_STORE_INGEST_OPTIONS_VERSION 2
#define ENT_STORE_INGEST_OPTIONS_INIT { ENT_STORE_INGEST_OPTIONS_VERSION, NULL, 0, NULL, NULL, NULL, NULL, 0 }

/**
 * Read articles from `paths` (files, directories, "-"), and for each one
 * not yet stored: clean it, split it into sentences, code it, and store it
 * with its sentences, actor mentions, events and dropped blocks in one
 * transaction. Documents already stored (same content hash) are skipped
 * before any work is done on them.
 *
 * @param stats filled with counts; may be NULL
 * @return 0 (per-input problems are diagnostics); ENT_EDB, ENT_ENOMEM, or
 *         a dictionary loading error
 */
ENT_EXTERN(int) ent_store_ingest(ent_store *s, const char *const *paths, size_t npaths,
				 const ent_store_ingest_options *opts, ent_store_stats *stats);

/**
 * Re-code every stored document from its stored sentences with the
 * dictionaries of `opts` (ent_store_recode() with entente's coder), and
 * record the dictionary version.
 */
ENT_EXTERN(int) ent_store_recode_all(ent_store *s, const ent_store_ingest_options *opts,
				     ent_store_stats *stats);

/* ---------------------------------------------------------------------
 * Queries
 * ------------------------------------------------------------------- */

/** Which events to read back. NULL/0 fields do not filter. */
typedef struct {
	unsigned int version; /**< ENT_STORE_FILTER_VERSION */
	const char *actor;    /**< source or target code starts with this (e.g. "TUR" matches "TURGOV") */
	const char *dyad_a, *dyad_b; /**< both ends, either direction, by code prefix */
	const char *code;     /**< CAMEO code prefix: "19" matches 190..196 */
	const char *since;    /**< dates on or after this (ISO 8601 prefix) */
	const char *until;    /**< dates on or before this (a prefix: "2023" means all of 2023) */
	int kind;             /**< 0 both, else ENT_STORE_EVENT or ENT_STORE_RELATION */
	int64_t doc_rowid;    /**< only this document; 0 for all */
	uint64_t limit;       /**< at most this many; 0 for no limit */
	uint64_t offset;      /**< skip this many first */
} ent_store_filter;

#define ENT_STORE_FILTER_VERSION 1
#define ENT_STORE_FILTER_INIT { ENT_STORE_FILTER_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0 }

typedef struct ent_store_iter ent_store_iter;

/**
 * Iterate over events (ordered by date, then document and sentence) that
 * match `filter`, with their evidence sentence and source document.
 * @param out the iterator, owned by the caller (ent_store_iter_free); it
 *        must be freed before the store is closed
 */
ENT_EXTERN(int) ent_store_events(ent_store_iter **out, ent_store *s, const ent_store_filter *filter);

/** The next event, owned by the iterator; ENT_ITEROVER at the end. */
ENT_EXTERN(int) ent_store_events_next(ent_store_iter *it, const ent_store_event **out);

/** A full-text search hit: one sentence. */
typedef struct {
	int64_t sentence_rowid;
	uint32_t sentence;      /**< index within its document */
	const char *text;       /**< the sentence */
	const char *snippet;    /**< the sentence with matches marked [like this] */
	double rank;            /**< bm25; lower is better */
	int64_t doc_rowid;
	const char *doc_id, *doc_title, *doc_date, *doc_url;
	const char *actors;     /**< the sentence's actor codes, comma-separated ("" if none) */
	const char *events;     /**< its events as "SRC>TGT:CODE", comma-separated ("" if none) */
} ent_store_hit;

/**
 * Full-text search over sentences. `query` is what a user types: words
 * (all must occur; punctuation inside a word is kept as adjacency, so
 * S-400 finds "S-400"), "phrases", prefix*, and AND, OR, NOT in capitals
 * between terms, with (parentheses); anything else is a word to look
 * for, never FTS5 syntax (docs/api.md has the details). A query without
 * a word to look for is ENT_EINVAL.
 */
ENT_EXTERN(int) ent_store_search(ent_store_iter **out, ent_store *s, const char *query,
				 const ent_store_filter *filter);
ENT_EXTERN(int) ent_store_search_next(ent_store_iter *it, const ent_store_hit **out);

/** A stored document with its counts. */
typedef struct {
	int64_t rowid;
	const char *hash, *id, *path, *url, *title, *date, *source, *added;
	uint64_t sentences, events, relations, dropped;
	const char *duplicate_of; /**< hash, or NULL */
} ent_store_docinfo;

/** Iterate over documents (ordered by date, then row id); filter uses since/until/limit/offset/doc_rowid. */
ENT_EXTERN(int) ent_store_docs(ent_store_iter **out, ent_store *s, const ent_store_filter *filter);
ENT_EXTERN(int) ent_store_docs_next(ent_store_iter *it, const ent_store_docinfo **out);

/** One document's cleaned text (owned by the caller's `out`). ENT_ENOTFOUND when absent. */
ENT_EXTERN(int) ent_store_doc_text(ent_store *s, int64_t doc_rowid, ent_buf *out);

/**
 * A dyad: all events between two actors as stored, summed raw. a < b.
 * These are record totals for browsing the store, NOT the network's
 * weights: the signed network, the report and the web API weigh evidence by
 * the rules of entente/dyads.h (ent_dyads_read_store()).
 */
typedef struct {
	const char *a, *b;
	uint64_t events;       /**< events (not relations) */
	uint64_t relations;    /**< standing relations */
	double cooperation;    /**< sum of positive Goldstein weights (events) plus 5 per positive relation */
	double conflict;       /**< sum of |negative| Goldstein weights plus 5 per negative relation */
	uint64_t evidence;     /**< distinct sentences behind it */
	const char *first, *last; /**< dates */
} ent_store_dyad;

/**
 * Iterate over dyads of the events matching `filter` (actor, since, until,
 * code, kind apply), ordered by a, b. Actor codes are used as stored; a
 * caller wanting countries only truncates codes itself.
 */
ENT_EXTERN(int) ent_store_dyads(ent_store_iter **out, ent_store *s, const ent_store_filter *filter);
ENT_EXTERN(int) ent_store_dyads_next(ent_store_iter *it, const ent_store_dyad **out);

/** One month of a dyad's (or an actor's) events. */
typedef struct {
	const char *month;    /**< "YYYY-MM" ("" for undated events) */
	double cooperation;   /**< as in ent_store_dyad */
	double conflict;
	uint64_t events;      /**< events and relations */
} ent_store_month;

/**
 * Month by month totals of the events matching `filter` (actor, dyad,
 * since, until at month precision), oldest first; read from the per-month
 * totals, so it costs a few rows per pair whatever the number of events.
 * A near-duplicate's events are not counted.
 */
ENT_EXTERN(int) ent_store_months(ent_store_iter **out, ent_store *s, const ent_store_filter *filter);
ENT_EXTERN(int) ent_store_months_next(ent_store_iter *it, const ent_store_month **out);

/** Free any iterator. Accepts NULL. */
ENT_EXTERN(void) ent_store_iter_free(ent_store_iter *it);

/** How much is stored. */
typedef struct {
	uint64_t documents, sentences, events, relations, actors;
} ent_store_counts;

/** Count the stored documents, sentences, events, relations and distinct
 *  actors (those in a tie with another actor). */
ENT_EXTERN(int) ent_store_get_counts(ent_store *s, ent_store_counts *out);

/**
 * A number that changes whenever documents or events are added or
 * re-coded, for callers caching query results (the web server).
 */
ENT_EXTERN(int) ent_store_get_version(ent_store *s, uint64_t *out);

/** The date range of stored events: earliest and latest, "" when empty. Copied into the buffers. */
ENT_EXTERN(int) ent_store_date_range(ent_store *s, ent_buf *first, ent_buf *last);

/* ---------------------------------------------------------------------
 * JSON
 * ------------------------------------------------------------------- */

/** Append `ev` as one JSON object (no newline): the same fields as `entente code` plus evidence. */
ENT_EXTERN(int) ent_store_event_json(const ent_store_event *ev, ent_buf *out);
/** Append a search hit as one JSON object. */
ENT_EXTERN(int) ent_store_hit_json(const ent_store_hit *hit, ent_buf *out);
/** Append a document's info as one JSON object. */
ENT_EXTERN(int) ent_store_docinfo_json(const ent_store_docinfo *doc, ent_buf *out);

#ifdef __cplusplus
}
#endif
#endif
