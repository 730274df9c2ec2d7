/**
 * @file entente/text.h
 * @brief Sentences and words: segmentation of cleaned article text with ICU.
 *
 * Introduction
 * ------------
 * A segmenter splits UTF-8 text into sentences and a sentence into word
 * tokens. Every position is a byte offset into the text the caller passed
 * in, so a sentence or a token can always be traced back to the cleaned
 * article (and from there to the evidence of an event).
 *
 * Sentence boundaries come from ICU's rules for English with its
 * abbreviation suppressions, corrected where news text needs it: titles and
 * abbreviations (Lt. Gen., Mr., U.S., Jan., Inc., No. 5), initials
 * (J. R. R. Tolkien, George W. Bush), a question or exclamation inside
 * quotes followed by a lower-case word ("Why?" he asked), and single line
 * breaks inside a paragraph, which are not boundaries. A blank line always
 * ends a sentence.
 *
 * Word tokens are words, numbers or punctuation (white space is skipped),
 * each with a lower-case normal form. Hyphenated names such as
 * Nagorno-Karabakh stay one word; abbreviations keep their dot (U.S.).
 *
 * A segmenter is not thread-safe; give each thread its own
 * (ent_segmenter_clone() makes one quickly). Creating one loads ICU's rules
 * and costs a few hundred microseconds, so create it once and reuse it for
 * every document. It owns the arrays it returns and reuses them, so
 * segmenting allocates nothing once the arrays have grown to the largest
 * document seen.
 */
#ifndef ENTENTE_TEXT_H
#define ENTENTE_TEXT_H

#include "entente/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A half-open byte range [start, end) of a text. */
typedef struct {
	size_t start;
	size_t end;
} ent_span;

/** What a word token is. */
typedef enum {
	ENT_TOKEN_WORD = 1,   /**< letters (possibly with digits, hyphens, apostrophes, abbreviation dots) */
	ENT_TOKEN_NUMBER = 2, /**< digits, possibly with a decimal point or thousands separators */
	ENT_TOKEN_PUNCT = 3,  /**< punctuation or a symbol */
} ent_token_type;

/** One word token of a sentence. */
typedef struct {
	size_t start;        /**< byte offset of the token in the text */
	size_t end;          /**< byte offset just past it */
	ent_token_type type;
	const char *norm;    /**< lower-case form, curly quotes and apostrophes made ASCII; NUL-terminated, owned by the segmenter */
	size_t norm_len;     /**< bytes in norm */
} ent_token;

/** Options for ent_segmenter_new(). */
typedef struct {
	unsigned int version; /**< ENT_SEGMENTER_OPTIONS_VERSION */
	/** ICU locale for the break rules; NULL means "en@ss=standard"
	 *  (English with ICU's abbreviation suppressions). */
	const char *locale;
	/** Non-zero: apply only ICU's boundaries, without entente's fix-ups
	 *  (abbreviations, initials, line breaks). Meant for comparisons. */
	int icu_only;
} ent_segmenter_options;

#define ENT_SEGMENTER_OPTIONS_VERSION 1
#define ENT_SEGMENTER_OPTIONS_INIT { ENT_SEGMENTER_OPTIONS_VERSION, NULL, 0 }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_segmenter_options_init(ent_segmenter_options *opts, unsigned int version);

/** A segmentation context: ICU break iterators and reusable output arrays. */
typedef struct ent_segmenter ent_segmenter;

/**
 * Create a segmenter.
 * @param out  the new segmenter, owned by the caller (ent_segmenter_free)
 * @param opts options, or NULL for the defaults
 * @return 0, ENT_EINVAL for an unknown options version, ENT_ENOMEM, or
 *         ENT_EUNSUPPORTED when ICU cannot open the rules for the locale
 */
ENT_EXTERN(int) ent_segmenter_new(ent_segmenter **out, const ent_segmenter_options *opts);

/**
 * Create a segmenter like `seg` (same options) by cloning its ICU break
 * iterators, which is much cheaper than ent_segmenter_new() (ICU's rule
 * loading is skipped): the way to give each worker thread its own.
 * `seg` is only read, but must not be in use by another thread meanwhile.
 * @param out the new segmenter, owned by the caller (ent_segmenter_free)
 * @return 0, ENT_EINVAL (NULL argument), ENT_ENOMEM or ENT_ERROR (ICU)
 */
ENT_EXTERN(int) ent_segmenter_clone(ent_segmenter **out, const ent_segmenter *seg);

/** Free a segmenter. Accepts NULL. */
ENT_EXTERN(void) ent_segmenter_free(ent_segmenter *seg);

/** The most words a sentence span holds: longer ones are cut (at a clause
 * break in the last quarter when there is one), so no stage after the
 * segmenter sees a sentence whose cost grows with a page's run-on text. */
#define ENT_SENTENCE_MAX_WORDS 512

/**
 * Split `text` into sentences.
 *
 * Each span starts at the sentence's first non-space character and ends
 * after its last one (closing quotes and brackets included). Spans are in
 * order and do not overlap; white space between them belongs to none. A
 * sentence of more than ENT_SENTENCE_MAX_WORDS words (space-separated) is
 * cut into spans of at most that many.
 *
 * @param seg   the segmenter
 * @param out   set to the array of spans, owned by `seg` and valid until
 *              the next call on `seg` or ent_segmenter_free()
 * @param count set to the number of spans
 * @param text  UTF-8 text (not copied; need not be NUL-terminated)
 * @param len   bytes in text (at most INT32_MAX, ICU's limit)
 * @return 0, ENT_EINVAL (text too long), ENT_ENOMEM, or ENT_ERROR when
 *         ICU fails (message names the ICU error)
 */
ENT_EXTERN(int) ent_segmenter_sentences(ent_segmenter *seg, const ent_span **out, size_t *count,
					const char *text, size_t len);

/**
 * Split the part `span` of `text` (usually a sentence) into word tokens.
 *
 * @param seg   the segmenter
 * @param out   set to the tokens, owned by `seg` and valid until the next
 *              call on `seg` or ent_segmenter_free() (the sentence array of
 *              an earlier ent_segmenter_sentences() call stays valid)
 * @param count set to the number of tokens
 * @param text  the whole UTF-8 text; token offsets are offsets into it
 * @param len   bytes in text
 * @param span  the range to tokenise; must lie within [0, len]
 * @return 0, ENT_EINVAL (span outside text), ENT_ENOMEM or ENT_ERROR (ICU)
 */
ENT_EXTERN(int) ent_segmenter_words(ent_segmenter *seg, const ent_token **out, size_t *count,
				    const char *text, size_t len, ent_span span);

/** A static name for a token type: "word", "number" or "punct". */
ENT_EXTERN(const char *) ent_token_type_name(ent_token_type type);

#ifdef __cplusplus
}
#endif
#endif
