/**
 * @file entente/common.h
 * @brief Conventions shared by every part of the entente API.
 *
 * Introduction
 * ------------
 * entente reads news articles and maps the relations between the actors they
 * describe. Every stage (ingest, clean, dedup, text, lexicon, code, store,
 * network, report, serve) has its own header; entente.h includes them all.
 *
 * Functions that can fail return `int`: 0 on success or a negative
 * `ent_error_code`. The message that goes with the last failure on the
 * calling thread (file, line or offset, and the bad value) is read with
 * ent_error_last(). Nothing in the library prints or exits.
 *
 * Warnings and non-fatal errors met while processing many inputs (a bad line
 * in a JSONL file, invalid UTF-8 repaired) go to an `ent_diag_fn` callback so
 * that one bad input never stops the others.
 */
#ifndef ENTENTE_COMMON_H
#define ENTENTE_COMMON_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint64_t */

#ifdef __cplusplus
extern "C" {
#endif

/** Marks a function exported from libentente. */
#if defined(__GNUC__)
#define ENT_EXTERN(type) extern __attribute__((visibility("default"))) type
#else
#define ENT_EXTERN(type) extern type
#endif

/**
 * Error codes. Only ever append: a code's number never changes and a removed
 * code's number is never reused.
 */
typedef enum {
	ENT_OK = 0,
	ENT_ERROR = -1,      /**< generic failure */
	ENT_ENOMEM = -2,     /**< an allocation failed */
	ENT_EIO = -3,        /**< reading or writing a file failed */
	ENT_ENOTFOUND = -4,  /**< a file, record or key does not exist */
	ENT_EINVAL = -5,     /**< a bad argument or option value */
	ENT_EFORMAT = -6,    /**< malformed input (JSON, WARC, HTML, dictionary, edge list) */
	ENT_EENCODING = -7,  /**< invalid UTF-8 where --strict forbids repair */
	ENT_ETRUNCATED = -8, /**< a compressed stream or record ended early */
	ENT_EBINARY = -9,    /**< input is binary, not text */
	ENT_EDB = -10,       /**< the database refused an operation */
	ENT_ESOLVER = -11,   /**< the optimiser failed */
	ENT_ELIMIT = -12,    /**< a size or time limit was reached */
	ENT_EUNSUPPORTED = -13, /**< a format or feature this build lacks */
	ENT_ITEROVER = -31,  /**< an iterator has no more items (not a failure) */
} ent_error_code;

/** A static English string naming `code`. Never NULL. */
ENT_EXTERN(const char *) ent_strerror(int code);

/**
 * The message of the last error recorded on this thread, or "" if none.
 * Owned by the library; valid until the next failing call on this thread.
 */
ENT_EXTERN(const char *) ent_error_last(void);

/** The code of the last error recorded on this thread (0 if none). */
ENT_EXTERN(int) ent_error_last_code(void);

/** Forget the last error on this thread. */
ENT_EXTERN(void) ent_error_clear(void);

/** How serious a diagnostic is. */
typedef enum {
	ENT_DIAG_WARNING = 1, /**< input was repaired or skipped; output is still right */
	ENT_DIAG_ERROR = 2,   /**< part of an input could not be processed */
} ent_diag_level;

/** One diagnostic about an input, handed to an `ent_diag_fn`. */
typedef struct {
	ent_diag_level level;
	int code;            /**< an ent_error_code */
	const char *file;    /**< input path or "-" for standard input; may be NULL */
	uint64_t line;       /**< 1-based line, or 0 when not line-oriented */
	uint64_t offset;     /**< byte offset in the (decompressed) input, when known */
	const char *message; /**< one line, without the file and position */
} ent_diag;

/** Receives diagnostics; `payload` is what the caller registered. */
typedef void (*ent_diag_fn)(const ent_diag *diag, void *payload);

/**
 * A caller-supplied allocator. Every allocation of a context created with it
 * goes through these functions. `{NULL, NULL, NULL}` means malloc and free.
 */
typedef struct {
	void *(*alloc)(void *opaque, size_t size);
	void (*free)(void *opaque, void *ptr);
	void *opaque;
} ent_allocator;

/**
 * Bytes returned to the caller. Release with ent_buf_dispose(); the struct
 * itself is the caller's (usually on the stack), only `ptr` is freed.
 */
typedef struct {
	char *ptr;    /**< NUL-terminated; may be NULL when size is 0 */
	size_t size;  /**< bytes used, not counting the terminator */
	size_t asize; /**< bytes allocated */
} ent_buf;

#define ENT_BUF_INIT { NULL, 0, 0 }

/** Free the memory of `buf` and reset it to empty. Accepts NULL. */
ENT_EXTERN(void) ent_buf_dispose(ent_buf *buf);

/** Receives output bytes, in input order; return non-zero to stop. */
typedef int (*ent_write_fn)(const char *data, size_t len, void *payload);

/** How far a long run has got, handed to an `ent_progress_fn`. */
typedef struct {
	const char *stage;    /**< what is being done, e.g. "reading" */
	uint64_t docs;        /**< documents finished */
	uint64_t bytes;       /**< input bytes consumed */
	uint64_t total_bytes; /**< input bytes expected, 0 if unknown */
	double elapsed;       /**< seconds since the run began */
} ent_progress;

/** Receives progress reports, at most a few times a second. */
typedef void (*ent_progress_fn)(const ent_progress *progress, void *payload);

/**
 * Check a date filter value: the `since` and `until` of every filter
 * (ent_store_filter, ent_dyad_options, `--since`/`--until`, the web API's
 * `since`/`until`) is YYYY, YYYY-MM or YYYY-MM-DD and a real date (month
 * 1-12, a day the month has). Every place that takes such a value checks
 * it with this one function, so they accept the same values and refuse the
 * others with the same message.
 *
 * @return 0; ENT_EINVAL with a message naming the value and the forms
 *         accepted (the caller adds which option it was)
 */
ENT_EXTERN(int) ent_date_filter_check(const char *value);

/** The library's version, "MAJOR.MINOR.PATCH". */
ENT_EXTERN(const char *) ent_version(void);

#ifdef __cplusplus
}
#endif
#endif
