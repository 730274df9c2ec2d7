/**
 * @file entente/parse.h
 * @brief Syntactic analysis: UD English words, part-of-speech tags, lemmas
 * and a labelled dependency tree for every sentence.
 *
 * Introduction
 * ------------
 * A model (ent_parse_model) holds what training learnt from UD English
 * EWT: the tagger's and the parser's weights, the tag dictionary and the
 * lemmatiser's tables. It is loaded once, only read afterwards, and may be
 * shared by any number of threads. Each thread makes its own ent_parser
 * from it, which holds the scratch memory of one sentence.
 *
 * A parser turns a sentence into words as UD English tokenises them
 * (clitics split: "do" "n't"; punctuation apart), each with its byte span
 * in the caller's text, its universal (UPOS) and Penn (XPOS) tags, its
 * lemma, its head and its dependency relation (UD v2 labels with
 * subtypes: "nsubj:pass", "obl:agent", "acl:relcl"). Word ids are 1-based
 * as in CoNLL-U; head 0 is the root. Every sentence gets one tree: exactly
 * one word has head 0, and there are no cycles.
 *
 * The tagger is a greedy averaged perceptron with a tag dictionary for
 * frequent words; the parser a greedy arc-hybrid transition system whose
 * averaged perceptron was trained with a dynamic oracle; the lemmatiser a
 * lexicon learnt from the treebank with suffix rules for unseen words.
 * Time and memory are linear in the sentence's length; sentences longer
 * than ENT_PARSE_MAX_WORDS words are parsed in pieces of that size.
 */
#ifndef ENTENTE_PARSE_H
#define ENTENTE_PARSE_H

#include <stdio.h> /* FILE */

#include "entente/common.h"
#include "entente/text.h" /* ent_span */

#ifdef __cplusplus
extern "C" {
#endif

/** Longest word sequence parsed as one tree; longer ones are cut into
 *  pieces of at most this many words, each with its own root. */
#define ENT_PARSE_MAX_WORDS 512

/** Universal part-of-speech tags (UD v2). */
typedef enum {
	ENT_UPOS_NONE = 0,
	ENT_UPOS_ADJ, ENT_UPOS_ADP, ENT_UPOS_ADV, ENT_UPOS_AUX, ENT_UPOS_CCONJ,
	ENT_UPOS_DET, ENT_UPOS_INTJ, ENT_UPOS_NOUN, ENT_UPOS_NUM, ENT_UPOS_PART,
	ENT_UPOS_PRON, ENT_UPOS_PROPN, ENT_UPOS_PUNCT, ENT_UPOS_SCONJ, ENT_UPOS_SYM,
	ENT_UPOS_VERB, ENT_UPOS_X,
	ENT_UPOS_COUNT
} ent_upos;

/** Universal dependency relations (UD v2), without subtypes. */
typedef enum {
	ENT_DEP_NONE = 0,
	ENT_DEP_ACL, ENT_DEP_ADVCL, ENT_DEP_ADVMOD, ENT_DEP_AMOD, ENT_DEP_APPOS,
	ENT_DEP_AUX, ENT_DEP_CASE, ENT_DEP_CC, ENT_DEP_CCOMP, ENT_DEP_CLF,
	ENT_DEP_COMPOUND, ENT_DEP_CONJ, ENT_DEP_COP, ENT_DEP_CSUBJ, ENT_DEP_DEP,
	ENT_DEP_DET, ENT_DEP_DISCOURSE, ENT_DEP_DISLOCATED, ENT_DEP_EXPL, ENT_DEP_FIXED,
	ENT_DEP_FLAT, ENT_DEP_GOESWITH, ENT_DEP_IOBJ, ENT_DEP_LIST, ENT_DEP_MARK,
	ENT_DEP_NMOD, ENT_DEP_NSUBJ, ENT_DEP_NUMMOD, ENT_DEP_OBJ, ENT_DEP_OBL,
	ENT_DEP_ORPHAN, ENT_DEP_PARATAXIS, ENT_DEP_PUNCT, ENT_DEP_REPARANDUM, ENT_DEP_ROOT,
	ENT_DEP_VOCATIVE, ENT_DEP_XCOMP,
	ENT_DEP_COUNT
} ent_dep;

/** One syntactic word of a parsed sentence. Strings are NUL-terminated
 *  and owned by the parser (forms, lemmas) or the model (tags, labels). */
typedef struct {
	size_t start;        /**< byte offset of the word in the caller's text */
	size_t end;          /**< byte offset just past it */
	const char *form;    /**< the word as written */
	const char *lemma;   /**< its lemma ("killed" -> "kill", "n't" -> "not") */
	ent_upos upos;       /**< universal tag */
	const char *xpos;    /**< Penn Treebank tag ("VBD") */
	uint32_t head;       /**< id (1-based) of the head word, 0 for the root */
	ent_dep dep;         /**< relation to the head, without subtype */
	const char *deprel;  /**< the full label, subtype included ("obl:agent") */
	uint32_t token;      /**< 0-based index of the surface token: the words of a
				  multiword token ("don't" -> do, n't) share it */
	unsigned space_after; /**< white space follows the word's surface token */
} ent_parse_word;

/** A parsed sentence: word i (0-based) has id i + 1. */
typedef struct {
	const ent_parse_word *words;
	size_t count;
	ent_span span;       /**< the sentence's bytes in the caller's text */
} ent_parse_sentence;

typedef struct ent_parse_model ent_parse_model;
typedef struct ent_parser ent_parser;

/**
 * Load a model file.
 * @param out  the model, owned by the caller (ent_parse_model_free)
 * @param path the file, or NULL for the default model:
 *             $ENT_DATA_DIR/model/en_ewt.model, else the data directory
 *             the library was built or installed with
 * @return 0; ENT_ENOTFOUND or ENT_EIO when the file cannot be read;
 *         ENT_EFORMAT when it is truncated, corrupt, or not a model;
 *         ENT_EUNSUPPORTED when it is a model of another format version.
 *         The message names the file.
 */
ENT_EXTERN(int) ent_parse_model_load(ent_parse_model **out, const char *path);

/** Free a model. Accepts NULL. No parser made from it may be in use. */
ENT_EXTERN(void) ent_parse_model_free(ent_parse_model *model);

/** What a model file records about itself. */
typedef struct {
	unsigned int format;   /**< the file format version */
	const char *trained_on; /**< a line naming the training data */
	uint64_t seed;         /**< the training seed */
	double dev_upos;       /**< scores on the dev file at training time, gold tokens */
	double dev_xpos;
	double dev_lemma;
	double dev_uas;
	double dev_las;
	size_t tagger_features; /**< feature rows kept after pruning */
	size_t parser_features;
	size_t tags;           /**< joint UPOS/XPOS classes */
	size_t labels;         /**< dependency labels */
} ent_parse_model_info;

/** Fill `out` with what `model` records. The strings are the model's. */
ENT_EXTERN(void) ent_parse_model_describe(ent_parse_model_info *out, const ent_parse_model *model);

/**
 * Create a parser: one per thread, all sharing one model.
 * @param out   the parser, owned by the caller (ent_parser_free)
 * @param model the model; must outlive the parser
 * @return 0 or ENT_ENOMEM
 */
ENT_EXTERN(int) ent_parser_new(ent_parser **out, const ent_parse_model *model);

/** Free a parser. Accepts NULL. */
ENT_EXTERN(void) ent_parser_free(ent_parser *parser);

/**
 * Tokenise, tag, lemmatise and parse the sentence `text[span]`.
 * @param out    set to the result, owned by the parser and valid until the
 *               next call on it; offsets are into `text`
 * @param parser the parser
 * @param text   the whole UTF-8 text (need not be NUL-terminated)
 * @param len    bytes in text
 * @param span   the sentence; must lie within [0, len]
 * @return 0, ENT_EINVAL (span outside the text) or ENT_ENOMEM
 */
ENT_EXTERN(int) ent_parser_parse(ent_parse_sentence *out, ent_parser *parser, const char *text,
				 size_t len, ent_span span);

/**
 * Tag, lemmatise and parse words that are already tokenised (for example
 * the words of a CoNLL-U file), keeping them as they are.
 * @param out    set to the result, owned by the parser and valid until the
 *               next call; word spans are offsets into the forms joined by
 *               single spaces
 * @param parser the parser
 * @param forms  `count` NUL-terminated word forms
 * @param count  number of words (0 gives an empty sentence)
 * @return 0, ENT_EINVAL (an empty form) or ENT_ENOMEM
 */
ENT_EXTERN(int) ent_parser_parse_words(ent_parse_sentence *out, ent_parser *parser,
				       const char *const *forms, size_t count);

/** The name of a universal tag ("NOUN"), "_" for ENT_UPOS_NONE. */
ENT_EXTERN(const char *) ent_upos_name(ent_upos upos);

/** The name of a relation ("nsubj"), "_" for ENT_DEP_NONE. */
ENT_EXTERN(const char *) ent_dep_name(ent_dep dep);

/** The tag named `name`, or ENT_UPOS_NONE. */
ENT_EXTERN(ent_upos) ent_upos_from_name(const char *name);

/** The relation named `name` (a subtype after ':' is ignored), or ENT_DEP_NONE. */
ENT_EXTERN(ent_dep) ent_dep_from_name(const char *name);

/** Options for ent_parse_train(). */
typedef struct {
	unsigned int version;   /**< ENT_PARSE_TRAIN_OPTIONS_VERSION */
	const char *train_path; /**< CoNLL-U training file (required) */
	const char *dev_path;   /**< CoNLL-U file for choosing the best epoch (required) */
	const char *out_path;   /**< where the model is written (required); written
				     to a temporary file first and renamed, so a failed
				     run leaves any earlier model in place */
	uint64_t seed;          /**< shuffling and exploration; 0 means 1 */
	unsigned int tagger_epochs; /**< 0: the default (12) */
	unsigned int parser_epochs; /**< 0: the default (15) */
	unsigned int folds;     /**< jack-knife folds for the parser's training tags;
				     0: the default (10); 1: gold tags */
	size_t max_sentences;   /**< use only the first N training sentences (0: all) */
	/** WordNet's dict/ directory (Debian's wordnet-base: /usr/share/wordnet),
	 *  whose lemmas and exception lists help the lemmatiser with words the
	 *  treebank lacks; NULL: the treebank alone. */
	const char *wordnet_dir;
	/** Receives one line per stage and epoch (what was trained, dev scores,
	 *  seconds so far); may be NULL. */
	void (*log)(const char *line, void *payload);
	void *log_payload;
} ent_parse_train_options;

#define ENT_PARSE_TRAIN_OPTIONS_VERSION 1
#define ENT_PARSE_TRAIN_OPTIONS_INIT { ENT_PARSE_TRAIN_OPTIONS_VERSION, NULL, NULL, NULL, 1, 0, 0, 0, 0, NULL, NULL, NULL }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_parse_train_options_init(ent_parse_train_options *opts, unsigned int version);

/**
 * Train a model: the tagger, the lemmatiser and the parser, in that order,
 * each epoch scored on the dev file, the best epoch kept. Deterministic for
 * a given seed, data and options.
 * @return 0; ENT_EINVAL (missing paths); the reading errors of the CoNLL-U
 *         files (ENT_EFORMAT with file and line); ENT_EIO writing the model
 */
ENT_EXTERN(int) ent_parse_train(const ent_parse_train_options *opts);

/** Scores of a parse against gold annotation, counted on words. */
typedef struct {
	size_t words;          /**< gold words */
	size_t sentences;
	size_t upos, xpos, lemma; /**< words with the right tag / lemma */
	size_t uas;            /**< words with the right head */
	size_t las;            /**< right head and relation (before ':') */
	size_t las_full;       /**< right head and full label, subtype included */
} ent_parse_score;

/**
 * Parse the words of the CoNLL-U file `gold_path` with `model` (gold
 * tokens, as the CoNLL 2018 scorer does when tokenisation is given) and
 * count what agrees with the file. Punctuation counts.
 * @return 0 or the errors of reading the file (ENT_EFORMAT with line)
 */
ENT_EXTERN(int) ent_parse_evaluate(ent_parse_score *out, const ent_parse_model *model,
				   const char *gold_path);

/** Output formats of ent_parse_write() and ent_parse_stream(). */
typedef enum {
	ENT_PARSE_CONLLU = 0, /**< CoNLL-U: ten columns, multiword-token lines, SpaceAfter=No */
	ENT_PARSE_JSONL = 1,  /**< one JSON object a sentence: sent_id, text, words */
} ent_parse_format;

/**
 * Write one parsed sentence.
 * @param s       the sentence
 * @param fmt     the format
 * @param sent_id its id ("# sent_id = ..."), or NULL
 * @param text    the text its word offsets point into, or NULL (no "# text"
 *                line, and in CoNLL-U no multiword-token lines)
 * @param len     bytes in text
 * @return 0, ENT_ENOMEM, or ENT_EIO when `write` returns non-zero
 */
ENT_EXTERN(int) ent_parse_write(const ent_parse_sentence *s, ent_parse_format fmt,
				const char *sent_id, const char *text, size_t len,
				ent_write_fn write, void *payload);

/** What ent_parse_stream() reads. */
typedef enum {
	ENT_PARSE_FROM_TEXT = 0,   /**< plain UTF-8 text, split into sentences first */
	ENT_PARSE_FROM_CONLLU = 1, /**< CoNLL-U: its sentences and words are kept, and
				        UPOS, XPOS, LEMMA, HEAD, DEPREL filled; other
				        columns, comments and multiword lines kept */
} ent_parse_input;

/**
 * Parse everything `in` holds and write it in `fmt`.
 * @param name  the input's name, for sentence ids and messages
 * @param count out: sentences written (may be NULL)
 * @return 0; ENT_EFORMAT (bad CoNLL-U: message with file and line);
 *         ENT_EIO (reading, or `write` failed); ENT_ENOMEM
 */
ENT_EXTERN(int) ent_parse_stream(ent_parser *parser, FILE *in, const char *name,
				 ent_parse_input input, ent_parse_format fmt, ent_write_fn write,
				 void *payload, size_t *count);

#ifdef __cplusplus
}
#endif
#endif
