/* The model: everything training learnt, as the tagger, the lemmatiser and
 * the parser read it, and its file format.
 *
 * File: an 8-byte magic "ENTPARS\0", a little-endian uint32 format version
 * and uint32 flags, then one zstd frame (with its checksum) holding the
 * sections: each a uint32 tag, a uint32 pad and a uint64 length, then the
 * bytes, padded to 8. Arrays are stored as they are laid out in memory
 * (little-endian hosts only), so after decompression the tables point into
 * the image and nothing is rebuilt. */
#ifndef ENT_PARSE_MODEL_H
#define ENT_PARSE_MODEL_H

#include "entente/parse.h"
#include "parse/table.h"   /* ent_parse__table */
#include "parse/weights.h" /* ent_parse__weights */

#define ENT_PARSE_MODEL_FORMAT 1

/* The model shipped in the data directory. */
#define ENT_PARSE_MODEL_DEFAULT "model/en_ewt.model"

/* How the lemma of a word is made from its form. */
typedef struct {
	uint8_t strip;  /* bytes removed from the end */
	uint8_t lower;  /* start from the lower-case form (else the form as written) */
	uint16_t alen;  /* bytes appended */
	uint32_t aoff;  /* where they are in lemma_strings */
} ent_parse__lemma_rule;

struct ent_parse_model {
	ent_parse_model_info info;

	/* Joint tags: class k has universal tag tag_upos[k] and Penn tag tag_xpos[k]. */
	uint32_t ntags;
	ent_upos *tag_upos;
	const char **tag_xpos;
	const char **tag_uname;  /* "NOUN" (the file's spelling) */
	char *tag_blob;          /* "NOUN\0NN\0VERB\0VBD\0...": the names, UPOS and XPOS */
	size_t tag_blob_len;

	/* Labels: classes of the parser are SHIFT, LEFT(l), RIGHT(l). */
	uint32_t nlabels;
	const char **label_name; /* "obl:agent" */
	ent_dep *label_dep;
	char *label_blob;        /* "nsubj\0obl:agent\0..." */
	size_t label_blob_len;
	uint32_t root_label;

	ent_parse__table vocab;  /* norm hash -> (amb << 8) | (tagdict + 1) */
	ent_parse__weights tagger;  /* first pass */
	ent_parse__weights tagger2; /* second pass, seeing the first's tags to the right */
	ent_parse__weights parser;

	/* Lemmas: (lower-case form, tag) -> rule, and (tag, suffix) -> rule for
	 * words the lexicon lacks; the longest known suffix wins. */
	ent_parse__table lemma_words;
	ent_parse__table lemma_suffixes;
	ent_parse__table lemma_known;   /* (lemma, universal tag) the treebank has */
	ent_parse__lemma_rule *lemma_rules;
	uint32_t nlemma_rules;
	const char *lemma_strings;
	uint32_t lemma_max_suffix;

	/* Memory the pointers above point into. */
	void *image;        /* the decompressed file (mapped memory), or NULL for a model being trained */
	size_t image_size;
	char *trained_on;
};

/* Take the name blobs (owned by the model afterwards) and build the tag
 * and label arrays from them. 0, ENT_ENOMEM, or ENT_EFORMAT when the blobs
 * do not hold ntags pairs and nlabels names or no "root" label. */
int ent_parse__model_set_names(ent_parse_model *m, char *tags, size_t tags_len, uint32_t ntags,
			       char *labels, size_t labels_len, uint32_t nlabels);

/* Classes of the parser's transitions. */
static inline uint32_t ent_parse__nclass(const ent_parse_model *m) { return 1 + 2 * m->nlabels; }

/* Write `m` to `path` (through a temporary file renamed at the end). */
int ent_parse__model_save(const ent_parse_model *m, const char *path);

/* Free what a model owns, without the struct (for models built in training). */
void ent_parse__model_clear(ent_parse_model *m);

#endif
