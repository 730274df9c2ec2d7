/**
 * @file entente/code.h
 * @brief The coder: actors, events and standing relations found in
 * sentences, each with its evidence (document, sentence, byte span).
 *
 * Introduction
 * ------------
 * A coder reads a finished lexicon (entente/lexicon.h) and codes documents
 * one at a time. It keeps per-document state (the date, who "he" or "the
 * two states" refer to), so one coder serves one thread; create one per
 * thread over the same lexicon. Results are handed to a callback as they
 * are found, in text order; the ent_event they get is valid only during
 * the call.
 *
 * Events follow CAMEO (code, Goldstein weight, quad class) and PLOVER
 * (type, mode). Standing relations ("Turkey is Azerbaijan's closest ally")
 * have kind ENT_KIND_RELATION, a relation type and a sign.
 */
#ifndef ENTENTE_CODE_H
#define ENTENTE_CODE_H

#include "entente/common.h"
#include "entente/ingest.h"
#include "entente/lexicon.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a coded record is. */
typedef enum {
	ENT_KIND_EVENT = 1,    /**< something an actor did to another */
	ENT_KIND_RELATION = 2, /**< a standing tie the text states */
} ent_code_kind;

/** How the text presents an event. */
typedef enum {
	ENT_MODALITY_ASSERTED = 0,   /**< stated as having happened or happening */
	ENT_MODALITY_INTENDED = 1,   /**< plan, intent, threat, promise ("will", "plans to") */
	ENT_MODALITY_POSSIBLE = 2,   /**< "may", "could", speculation */
	ENT_MODALITY_REPORTED = 3,   /**< attributed: "X said that Y ..." */
	ENT_MODALITY_CONDITIONAL = 4, /**< "if", "would" */
} ent_modality;

/** The name of a modality ("asserted", "intended", ...). Never NULL. */
ENT_EXTERN(const char *) ent_modality_name(ent_modality m);

/**
 * One event or standing relation. Strings are NUL-terminated and owned by
 * the coder; valid only during the callback. Optional strings are "" when
 * unknown (never NULL).
 */
typedef struct {
	const char *doc;      /**< document id */
	size_t sentence;      /**< 0-based sentence index in the document */
	const char *date;     /**< ISO date (YYYY-MM-DD, or YYYY / YYYY-MM) or "" */
	ent_code_kind kind;
	const char *source;   /**< source actor code, e.g. "TURGOV" */
	const char *target;   /**< target actor code */
	const char *code;     /**< CAMEO code ("" for relations without one) */
	double goldstein;     /**< Goldstein weight of the code (0 when unknown) */
	int quad;             /**< quad class 0..4 (0 neutral, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict) */
	const char *plover;   /**< PLOVER event type or "" */
	const char *mode;     /**< PLOVER mode or "" */
	const char *relation_type; /**< for relations: "ally", "rival", ... else "" */
	int relation_sign;    /**< for relations: +1 or -1; events: 0 */
	double relation_weight; /**< for relations: strength in (0, 1] */
	int negated;          /**< the text says it did not happen */
	ent_modality modality;
	size_t span_start, span_end; /**< byte span of the evidence in the cleaned document text */
	size_t sentence_start, sentence_end; /**< byte span of the sentence */
	const char *text;     /**< the sentence text (sentence_end - sentence_start bytes) */
	const char *source_text, *target_text, *verb_text; /**< matched words (debugging) */
} ent_event;

/** Receives each event; return non-zero to stop coding (returned back). */
typedef int (*ent_event_fn)(const ent_event *ev, void *payload);

/** One actor mention, for `entente actors`. */
typedef struct {
	const char *doc;
	size_t sentence;
	const char *code;  /**< resolved code ("" when unresolved) */
	const char *how;   /**< "name", "adjective", "capital", "pronoun", "description", ... */
	size_t span_start, span_end; /**< byte span in the document text */
	const char *text;  /**< the mention's words (span_end - span_start bytes) */
} ent_mention;

typedef int (*ent_mention_fn)(const ent_mention *m, void *payload);

/** Options for ent_coder_new(). */
typedef struct {
	unsigned int version;  /**< ENT_CODER_OPTIONS_VERSION */
	int keep_negated;      /**< report negated events (flagged); default 1 */
	int relations;         /**< find standing relations; default 1 */
	int resolve_pronouns;  /**< coreference of pronouns/descriptions; default 1 */
	size_t max_sentence_bytes; /**< longer sentences are cut (0: 20,000) */
	/** The parser model (entente/parse.h) whose trees settle who did what to
	 *  whom where word patterns cannot; borrowed, shared by every coder, and
	 *  must outlive them. NULL: patterns over words alone. */
	const struct ent_parse_model *parse_model;
} ent_coder_options;

#define ENT_CODER_OPTIONS_VERSION 1
#define ENT_CODER_OPTIONS_INIT { ENT_CODER_OPTIONS_VERSION, 1, 1, 1, 0, NULL }

ENT_EXTERN(int) ent_coder_options_init(ent_coder_options *opts, unsigned int version);

typedef struct ent_coder ent_coder;

/**
 * Create a coder over a finished lexicon (which must outlive it).
 * @param out the coder, owned by the caller (ent_coder_free)
 */
ENT_EXTERN(int) ent_coder_new(ent_coder **out, const ent_lexicon *lx, const ent_coder_options *opts);

/**
 * Code one document's text: split it into sentences, then code each.
 * @param doc  document id (copied into events)
 * @param date document date (ISO) or NULL
 * @param text cleaned text, UTF-8
 * @param fn   receives every event and relation in text order
 * @return 0, a negative ent_error_code, or fn's non-zero result
 */
ENT_EXTERN(int) ent_coder_code_doc(ent_coder *c, const char *doc, const char *date,
				   const char *text, size_t len, ent_event_fn fn, void *payload);

/**
 * Code one sentence as part of the current document (pronouns resolve to
 * actors of earlier sentences given since ent_coder_begin_doc()).
 */
ENT_EXTERN(int) ent_coder_code_sentence(ent_coder *c, const char *text, size_t len,
					ent_event_fn fn, void *payload);

/** Start a new document for ent_coder_code_sentence(): resets coreference. */
ENT_EXTERN(int) ent_coder_begin_doc(ent_coder *c, const char *doc, const char *date);

/** List the actor mentions of a document's text. */
ENT_EXTERN(int) ent_coder_mentions(ent_coder *c, const char *doc, const char *date,
				   const char *text, size_t len, ent_mention_fn fn, void *payload);

/** Free the coder. Accepts NULL. */
ENT_EXTERN(void) ent_coder_free(ent_coder *c);

/** Append `ev` as one JSON line (with the newline) to `out`. */
ENT_EXTERN(int) ent_event_format_jsonl(ent_buf *out, const ent_event *ev);

/**
 * Append `ev` as one TSV line. Columns: date, source, target, code, then
 * doc, sentence, kind, goldstein, quad, plover, mode, relation type,
 * relation sign, negated, modality, span start, span end, text.
 */
ENT_EXTERN(int) ent_event_format_tsv(ent_buf *out, const ent_event *ev);

/** The TSV header line (with newline). */
ENT_EXTERN(const char *) ent_event_tsv_header(void);

/**
 * Append `ev` for people to read, in two lines: the document, sentence
 * (numbered from 1), date, actors and the code with its CAMEO label and
 * PLOVER type from `lx` (ent_lexicon_code_caption(); the code alone when
 * `lx` is NULL), or the relation; then the sentence with the trigger
 * [in brackets].
 */
ENT_EXTERN(int) ent_event_format_text(ent_buf *out, const ent_event *ev, const ent_lexicon *lx);


/*
 * Streaming: documents from a reader, cleaned, coded on N threads, written
 * in input order.
 */

/** Output format of ent_code_run(). */
typedef enum {
	ENT_CODE_JSONL = 1, /**< one JSON object a line (ent_event_format_jsonl) */
	ENT_CODE_TSV = 2,   /**< tab-separated (ent_event_format_tsv), no header */
	ENT_CODE_MENTIONS = 3, /**< actor mentions: doc, sentence, code, how, span, text (TSV) */
	ENT_CODE_TEXT = 4,  /**< for people: codes with their labels (ent_event_format_text) */
} ent_code_format;

/** Options for ent_code_run(). */
typedef struct {
	unsigned int version;     /**< ENT_CODE_RUN_OPTIONS_VERSION */
	int threads;              /**< worker threads (0 or 1: code on the calling thread) */
	ent_code_format format;
	int clean;                /**< run the cleaner (main-content extraction) first; default 1 */
	ent_coder_options coder;  /**< options for each thread's coder */
	size_t docs, sentences, events; /**< out: counts after the run */
} ent_code_run_options;

#define ENT_CODE_RUN_OPTIONS_VERSION 1
#define ENT_CODE_RUN_OPTIONS_INIT { ENT_CODE_RUN_OPTIONS_VERSION, 1, ENT_CODE_JSONL, 1, ENT_CODER_OPTIONS_INIT, 0, 0, 0 }

/**
 * Code every document of `reader` with `lx`, writing each document's
 * records through `write` in input order, whatever the thread count.
 * @param opts in: options; out: the counts (docs, sentences, events)
 * @return 0, a negative ent_error_code (out of memory, a failing write)
 */
ENT_EXTERN(int) ent_code_run(ent_reader *reader, const ent_lexicon *lx, ent_code_run_options *opts,
			     ent_write_fn write, void *payload);

/*
 * Validation suites of other coders, run from the raw sentence text.
 */

/** Which suite a file holds. */
typedef enum {
	ENT_SUITE_TABARI = 1,   /**< TABARI Validate.text */
	ENT_SUITE_PETRARCH = 2, /**< PETRARCH PETR.UnitTest.records.xml (or the UniversalPetrarch variant) */
	ENT_SUITE_GSR = 3,      /**< PETR2_GSR_validation.xml (precision/recall on source, target, root) */
	ENT_SUITE_NGEC = 4,     /**< NGEC ngec_actor_resolution_cases.tsv */
	ENT_SUITE_PLOVER = 5,   /**< PLOVER gold standard (PLOVER_GSR_*.jsonl): per sentence, the
				     gold type found (matched), with both actors (passed); precision
				     over coded events */
} ent_suite;

/** One record's outcome, handed to an ent_validate_fn. */
typedef struct {
	const char *id;       /**< the record's id */
	const char *text;     /**< its sentence(s) */
	int passed;
	int skipped;          /**< not a test (option record, comment) */
	const char *expected; /**< expected codings, "; "-separated */
	const char *coded;    /**< what entente coded */
	size_t expected_n, matched_n, coded_n; /**< codings expected, found, produced */
} ent_validate_record;

typedef int (*ent_validate_fn)(const ent_validate_record *r, void *payload);

/** Totals of a run. */
typedef struct {
	size_t passed, failed, skipped;
	size_t expected, matched, coded; /**< codings: for recall/precision */
	double precision, recall;
} ent_validate_summary;

/**
 * Run a suite. The lexicon must be finished; TABARI OPTION: records are
 * applied to a private copy of its options.
 * @param lx the dictionaries to code with
 */
ENT_EXTERN(int) ent_validate_run(ent_suite suite, const char *path, ent_lexicon *lx,
				 ent_validate_fn fn, void *payload, ent_validate_summary *out);

/**
 * Load the dictionaries a suite names for itself: TABARI's .project file
 * beside the text, PETRARCH's <Environment> block. Other suites name none
 * (ENT_EINVAL: give them explicitly).
 */
ENT_EXTERN(int) ent_validate_load_dicts(ent_suite suite, const char *path, ent_lexicon *lx);

#ifdef __cplusplus
}
#endif
#endif
