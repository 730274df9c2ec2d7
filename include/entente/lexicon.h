/**
 * @file entente/lexicon.h
 * @brief Dictionaries: actors, agents (sectors), verb patterns, relation
 * cues and the CAMEO code table, in entente's own format (data/README.md)
 * or in TABARI's and PETRARCH's formats, and fast phrase matching over
 * token sequences.
 *
 * Introduction
 * ------------
 * A lexicon is built once and then only read: create it with
 * ent_lexicon_new(), load any number of files or directories with
 * ent_lexicon_load() (ent_lexicon_load_default() loads data/), then call
 * ent_lexicon_finish(), which builds the match indices. A finished lexicon
 * may be shared by any number of coders on any number of threads.
 *
 * Problems in a dictionary file (a malformed line, a duplicate entry that
 * conflicts with an earlier one) are reported through the options'
 * diagnostics callback with the file, the line and what is wrong; the rest
 * of the file still loads, unless `strict` is set, in which case the load
 * fails with ENT_EFORMAT at the first error.
 */
#ifndef ENTENTE_LEXICON_H
#define ENTENTE_LEXICON_H

#include "entente/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The format of a dictionary file. AUTO detects it from name and content. */
typedef enum {
	ENT_DICT_AUTO = 0,
	ENT_DICT_ACTORS = 1,         /**< entente actors (the files of actors/) */
	ENT_DICT_AGENTS = 2,         /**< entente agents.txt */
	ENT_DICT_VERBS = 3,          /**< entente verbs.txt */
	ENT_DICT_RELATIONS = 4,      /**< entente relations.txt */
	ENT_DICT_CAMEO = 5,          /**< entente cameo.tsv */
	ENT_DICT_TABARI_ACTORS = 6,  /**< TABARI .actors (also PETRARCH/Phoenix actors) */
	ENT_DICT_TABARI_VERBS = 7,   /**< TABARI .verbs */
	ENT_DICT_TABARI_AGENTS = 8,  /**< TABARI .agents (also PETRARCH agents) */
	ENT_DICT_TABARI_OPTIONS = 9, /**< TABARI .options */
	ENT_DICT_PETRARCH_VERBS = 10, /**< PETRARCH verbs (CAMEO.2.0.txt style) */
	ENT_DICT_PETRARCH_DISCARDS = 11, /**< PETRARCH discards */
	ENT_DICT_ISO_CODES = 12,     /**< Debian iso-codes iso_3166-1.json */
	ENT_DICT_PETRARCH_ONTOLOGY = 13, /**< PETRARCH internal coding ontology (CAMEO code -> PICO number):
					       negated events and verb-to-verb chains compose their codes */
} ent_dict_format;

/** Options for ent_lexicon_new(). */
typedef struct {
	unsigned int version; /**< ENT_LEXICON_OPTIONS_VERSION */
	int strict;           /**< the first dictionary error fails the load */
	ent_diag_fn diag;     /**< receives warnings and errors; may be NULL */
	void *diag_payload;
} ent_lexicon_options;

#define ENT_LEXICON_OPTIONS_VERSION 1
#define ENT_LEXICON_OPTIONS_INIT { ENT_LEXICON_OPTIONS_VERSION, 0, NULL, NULL }

/** Fill `opts` with the defaults. */
ENT_EXTERN(int) ent_lexicon_options_init(ent_lexicon_options *opts, unsigned int version);

typedef struct ent_lexicon ent_lexicon;

/**
 * Create an empty lexicon.
 * @param out  the new lexicon, owned by the caller (ent_lexicon_free)
 * @param opts options, or NULL for the defaults (copied)
 * @return 0 or a negative ent_error_code
 */
ENT_EXTERN(int) ent_lexicon_new(ent_lexicon **out, const ent_lexicon_options *opts);

/**
 * Load a dictionary file, or every file of a directory in name order
 * (recursively), detecting each file's format.
 * @return 0; ENT_ENOTFOUND/ENT_EIO when `path` cannot be read; ENT_EFORMAT
 *         in strict mode at the first bad entry. In non-strict mode bad
 *         entries are diagnostics only.
 */
ENT_EXTERN(int) ent_lexicon_load(ent_lexicon *lx, const char *path);

/** Load one file in a given format (ENT_DICT_AUTO: detect). */
ENT_EXTERN(int) ent_lexicon_load_file(ent_lexicon *lx, const char *path, ent_dict_format fmt);

/**
 * Load dictionary text held in memory.
 * @param name the name used in messages and, with ENT_DICT_AUTO, for detection
 */
ENT_EXTERN(int) ent_lexicon_load_buffer(ent_lexicon *lx, const char *name, const char *data,
					size_t len, ent_dict_format fmt);

/**
 * Load entente's default dictionaries: the data/ directory found through
 * env ENT_DATA_DIR, else the build's or install's data directory, plus the
 * iso-codes country list when present.
 */
ENT_EXTERN(int) ent_lexicon_load_default(ent_lexicon *lx);

/**
 * Load the dictionaries a command codes with; every entente command that
 * takes `--dict` and `--no-default-dict` loads them through this, so the
 * options mean the same everywhere: entente's defaults
 * (ent_lexicon_load_default()) unless `no_default`, then each of
 * paths[0..npaths) in order, adding to what is loaded. When none of them
 * brought a CAMEO table (cameo.tsv), the default one is loaded last, so
 * events coded with another coder's dictionaries (TABARI, Phoenix) keep
 * their Goldstein weights and quad classes.
 *
 * @return 0; the first load error (ENT_ENOTFOUND, ENT_EIO, ENT_EFORMAT in
 *         strict mode), its message naming the path
 */
ENT_EXTERN(int) ent_lexicon_load_set(ent_lexicon *lx, const char *const *paths, size_t npaths, int no_default);

/**
 * The label of a CAMEO code in the loaded table, for people to read beside
 * the code: "042" gives "make a visit". Owned by the lexicon.
 * @return the label, or NULL when the code is not in the table
 */
ENT_EXTERN(const char *) ent_lexicon_cameo_label(const ent_lexicon *lx, const char *code);

/**
 * The PLOVER event type the CAMEO table maps a code to ("042" gives
 * "CONSULT"). Owned by the lexicon.
 * @return the type, or NULL when the code is not in the table or has none
 */
ENT_EXTERN(const char *) ent_lexicon_cameo_plover(const ent_lexicon *lx, const char *code);

/**
 * Append a CAMEO code as people read it, with its label and PLOVER type
 * from the loaded table: "042 (make a visit; PLOVER CONSULT)"; the code
 * alone when the table does not know it (or `lx` is NULL). Every
 * human-facing output (text and HTML reports, `entente code --format
 * text`) shows codes through this, so they read the same everywhere.
 * @return 0, or ENT_ENOMEM
 */
ENT_EXTERN(int) ent_lexicon_code_caption(ent_buf *out, const ent_lexicon *lx, const char *code);

/** Build the match indices. After this the lexicon is read-only. */
ENT_EXTERN(int) ent_lexicon_finish(ent_lexicon *lx);

/** Counts of what was loaded. */
typedef struct {
	size_t actor_phrases, actors, agent_phrases, verb_forms, verb_patterns, relation_cues,
		cameo_codes, discards, files, errors, warnings;
} ent_lexicon_stats;

/** Fill `out` with the counts of `lx`. */
ENT_EXTERN(void) ent_lexicon_get_stats(const ent_lexicon *lx, ent_lexicon_stats *out);

/** What the verb dictionaries hold for one CAMEO code or root. */
typedef struct {
	char code[8];      /**< "0231", or a root "02" (its sub-codes included) */
	const char *label; /**< from the CAMEO table, or NULL; owned by the lexicon */
	size_t lemmas;     /**< distinct one-word verb lemmas placed under the code */
	size_t frames;     /**< patterns (frames) coded with it */
	size_t nouns;      /**< distinct nouns of the classes ("@aid") its patterns name */
} ent_lexicon_code_cover;

/**
 * Coverage of the loaded verb dictionaries: one row for every code of the
 * CAMEO table and for any other code an entry uses, in code order, roots
 * counting their sub-codes. A lemma is placed under the default code of
 * its verb block and under the code of each of the block's patterns.
 * Free the rows with ent_lexicon_coverage_free().
 */
ENT_EXTERN(int) ent_lexicon_coverage(const ent_lexicon *lx, ent_lexicon_code_cover **out, size_t *n);
ENT_EXTERN(void) ent_lexicon_coverage_free(ent_lexicon_code_cover *rows);

/** For one CAMEO root: the (lemma, root) placements of the yardstick
 * lexicon, and how many of them the other lexicon makes too. */
typedef struct {
	char root[3];
	size_t theirs, shared;
} ent_lexicon_root_overlap;

/** Called for each placement of the yardstick that `ours` lacks, by root
 * then lemma; non-zero stops. `lemma` is not NUL-terminated. */
typedef int (*ent_lexicon_miss_fn)(void *ctx, const char *root, const char *lemma, size_t len);

/**
 * How far `ours` places the verb lemmas of `theirs` under the same CAMEO
 * roots (01-20 in roots[0..19]); on_miss may be NULL.
 */
ENT_EXTERN(int) ent_lexicon_root_overlap_of(const ent_lexicon *ours, const ent_lexicon *theirs,
					    ent_lexicon_root_overlap roots[20], ent_lexicon_miss_fn on_miss,
					    void *ctx);

/**
 * The value of a TABARI-style option read from an .options file or set
 * with ent_lexicon_set_option() ("COMPLEX", "SET: ..."), or NULL.
 * Owned by the lexicon.
 */
ENT_EXTERN(const char *) ent_lexicon_option(const ent_lexicon *lx, const char *name);

/** Set an option (as an "OPTION:" record of a TABARI suite would). */
ENT_EXTERN(int) ent_lexicon_set_option(ent_lexicon *lx, const char *name, const char *value);

/**
 * A name people can read for an actor code, for reports and maps: "AZE"
 * gives "Azerbaijan", "IGOEUR" "European Union", "ISRGOV" "Israel
 * (government)".
 *
 * The longest leading part of `code` that is an actor's code gives the
 * name: the actor's first name as its dictionary writes it (for a country
 * of our files, its `name` line rather than the iso-codes list), or, for
 * dictionaries that keep no such spelling (TABARI, PETRARCH), its first
 * name phrase with each word capitalised ("AL_QAEDA" -> "Al Qaeda"). The
 * rest of the code is read three letters at a time as sectors, each named
 * by the first word of its agent entry ("GOV" -> "government"), or shown
 * as it is when no agent has that code: "IGOEUREEC" -> "European Union
 * (EEC)". A code whose beginning names no actor (people, "---GOV") has no
 * name.
 *
 * Read-only: may be called on a loaded lexicon, finished or not, from
 * several threads.
 *
 * @param lx   the lexicon (NULL: no name)
 * @param code the actor code (NULL or "": no name)
 * @param buf  receives the name, NUL-terminated and cut to `cap` bytes at
 *             a character boundary; "" when there is none
 * @param cap  size of `buf` in bytes; with a NULL `buf` or a `cap` of 0
 *             nothing is written and 0 is returned
 * @return the length in bytes of the name written to `buf`; 0 when the
 *         code has no name
 */
ENT_EXTERN(size_t) ent_lexicon_actor_name(const ent_lexicon *lx, const char *code, char *buf, size_t cap);

/** Free the lexicon. Accepts NULL. */
ENT_EXTERN(void) ent_lexicon_free(ent_lexicon *lx);

#ifdef __cplusplus
}
#endif
#endif
