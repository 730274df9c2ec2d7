/* The loaded dictionaries: the layout of ent_lexicon, shared by the
 * format readers (dict_entente.c, dict_tabari.c, dict_petrarch.c), the
 * index (index.c) and the coder stage (which reads it through the
 * ent_lexicon__ helpers below).
 *
 * Every dictionary format is translated into one representation: phrases
 * are sequences of elements, an element being a word with a match rule
 * (exact, stem = prefix as in TABARI, or inflection = any regular or
 * irregular form), an actor slot, or a set of alternative phrases
 * (TABARI "{a|b}", synsets "&NAME"). All strings live in the lexicon's
 * arena. */
#ifndef ENT_LEXICON_DICT_H
#define ENT_LEXICON_DICT_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#include "entente/lexicon.h"
#include "lexicon/tokenize.h" /* ent_toklist */
#include "util/arena.h"       /* ent_arena */
#include "util/map.h"         /* ent_map */
#include "util/vec.h"         /* ENT_VEC */

enum { LX_EXACT = 0, LX_STEM = 1, LX_INFL = 2, LX_PLURAL = 3 /* exact or a regular plural */, LX_ANY = 4 /* any word */ };
enum { LX_E_WORD = 0, LX_E_SOURCE = 1, LX_E_TARGET = 2, LX_E_COMPOUND = 3, LX_E_ALT = 4, LX_E_SYNREF = 5 };

typedef struct {
	uint8_t kind;     /* LX_E_* */
	uint8_t match;    /* LX_EXACT, LX_STEM, LX_INFL */
	uint8_t gap;      /* tokens that may be skipped before this element (0: adjacent) */
	uint8_t optional; /* may be absent */
	uint8_t caps;     /* 1: must be written in capitals; 2: in capitals or with one inside ("LeT") */
	uint16_t len;
	const char *w;    /* lower case */
	uint32_t alt;     /* LX_E_ALT: altset index */
} lx_elem;

typedef struct {
	lx_elem *e;
	uint32_t n;
} lx_phrase;

/* Alternatives ("{a | b}"), synsets ("&CURRENCY") and noun classes of
 * entente's verbs.txt ("@aid-goods"): any one phrase. */
typedef struct {
	const char *name; /* synset name (lower case, without &; a class with its @) or NULL */
	uint32_t line;    /* line of the file being read that first named it */
	ENT_VEC(lx_phrase) alts;
} lx_altset;

typedef struct {
	const char *code;
	int32_t from, to; /* YYYYMMDD, 0 = open */
} lx_role;

enum { LX_ACTOR_COUNTRY = 1, LX_ACTOR_IGO, LX_ACTOR_NGO, LX_ACTOR_GROUP, LX_ACTOR_PERSON, LX_ACTOR_OTHER };

typedef struct {
	const char *code;  /* main code ("" for people, who have roles) */
	ENT_VEC(lx_role) roles;
	uint8_t kind;
	uint8_t null;      /* TABARI [---]: recognised but not coded */
	const char *file;
	uint32_t line;
	ENT_VEC(const char *) neighbours;
	const char *name;  /* the name as written, for people to read (names.c); NULL: from the first name phrase */
	uint8_t name_ours; /* `name` came from our files, not the iso-codes list */
} lx_actor;

enum { LX_HOW_NAME = 1, LX_HOW_ADJ, LX_HOW_CAPITAL, LX_HOW_ALIAS, LX_HOW_DESC, LX_HOW_PERSON };

typedef struct {
	lx_phrase ph;
	uint32_t actor;
	uint8_t how;        /* LX_HOW_* */
	const char *sector; /* capital/alias: the sector the metonym stands for */
} lx_actor_phrase;

typedef struct lx_agent_phrase_s {
	lx_phrase ph;
	const char *code;   /* "GOV", "GOVFRM" */
	uint8_t prefix;     /* TABARI "NGM~": the code goes before the actor's */
} lx_agent_phrase;

typedef struct {
	lx_elem *lower; /* before the verb, in text order */
	uint32_t nlower;
	lx_elem *upper; /* after the verb */
	uint32_t nupper;
	const char *code, *code2; /* code2: paired event (target -> source), or NULL */
	uint32_t specificity;     /* words in the pattern: more specific patterns are tried first */
	uint32_t line;
	uint32_t id;              /* number among all patterns (ent_lexicon_finish) */
	const lx_elem *anchor;    /* its longest word: when the sentence lacks it the pattern is skipped */
	const char *origin;       /* PETRARCH: the verb its comment says it was found for ("# ACCEPT"), lower case, or NULL */
} lx_pattern;

typedef struct {
	const char *name;   /* the block's main verb */
	const char *code;   /* default code; NULL for [---] */
	const char *code2;
	ENT_VEC(lx_pattern) pats;
	uint8_t from_ours;  /* entente verbs.txt: patterns carry S/T slots */
	int32_t pats_of;    /* PETRARCH "WANT [030]" inside a block: use that block's patterns (-1: own) */
} lx_verbblock;

typedef struct {
	lx_phrase ph;       /* the verb form (one word, or several with the head marked) */
	uint32_t head;      /* index of the verb word within ph */
	uint32_t block;
} lx_verbform;

typedef struct {
	lx_phrase ph;
	const char *type;
	int sign;
	double weight;
} lx_cue;

typedef struct {
	lx_phrase ph;
	uint8_t story; /* '+': discard the whole document */
} lx_discard;

typedef struct {
	char code[8];
	const char *label, *plover, *mode;
	double goldstein;
	int quad;
} lx_cameo;

/* One line of PETRARCH's internal coding ontology: a CAMEO code and its
 * PICO number (category in the high hex digit, object in the low ones,
 * +-0xFFFF for the negated sense). */
typedef struct {
	const char *code;
	int32_t v;
} lx_pico;

/* A PETRARCH verb transformation, "~ a (X Y INNER) OUTER = P Q CODE": an
 * event of verb INNER in the clause that verb OUTER (with source a)
 * governs is replaced by P -> Q with CODE. X is 'a' (the same source as
 * OUTER), 'b' (another actor) or '_' (none of its own: "wants to attack");
 * Y is 'b' or '.' (any); P and Q name a or b. */
typedef struct {
	char x, y, p, q;
	char inner_root[3]; /* the two-digit root INNER codes; "" for Q (any event) */
	const char *outer;  /* the code of the verb OUTER */
	const char *code;   /* NULL for Q: the inner event's own code */
	uint32_t line;
} lx_transform;

/* Entries of the first-word index: category in the top 4 bits. */
enum { LX_CAT_ACTOR = 1, LX_CAT_AGENT = 2, LX_CAT_VERB = 3, LX_CAT_CUE = 4, LX_CAT_DISCARD = 5, LX_CAT_ALTM = 6,
       LX_CAT_ANCHOR = 7 };

/* A member of an alternative set, indexed like any phrase so the coder
 * finds where each set matches once per sentence (see altmembers). */
typedef struct {
	uint32_t set, member;
} lx_altmember;
#define LX_ENTRY(cat, idx) (((uint32_t)(cat) << 28) | (uint32_t)(idx))
#define LX_ENTRY_CAT(e) ((e) >> 28)
#define LX_ENTRY_IDX(e) ((e)&0x0FFFFFFFu)

typedef struct {
	ENT_VEC(uint32_t) v;
} lx_bucket;

struct ent_lexicon {
	ent_lexicon_options opts;
	ent_arena *arena;
	ENT_VEC(lx_actor) actors;
	ENT_VEC(lx_actor_phrase) actor_phrases;
	ENT_VEC(lx_agent_phrase) agents;
	ENT_VEC(lx_verbblock) blocks;
	ENT_VEC(lx_verbform) verbs;
	ENT_VEC(lx_cue) cues;
	ENT_VEC(lx_discard) discards;
	ENT_VEC(lx_altset) altsets;
	ENT_VEC(lx_cameo) cameo;
	ENT_VEC(lx_pico) pico;  /* PETRARCH ontology: CAMEO code <-> PICO number */
	ENT_VEC(lx_transform) transforms; /* PETRARCH verb transformations, in file order */
	ENT_VEC(lx_altmember) altmembers;
	ent_map *synsets;   /* name -> altset index + 1 (as pointer) */
	ent_map *actor_by_code; /* code -> actor index + 1 */
	ent_map *cameo_by_code; /* code -> cameo index + 1 */
	ent_map *options;   /* TABARI options: name -> value string */
	ent_map *exact;     /* first word -> lx_bucket* */
	ent_map *stem;      /* first-word stem -> lx_bucket* */
	ENT_VEC(lx_bucket *) buckets;
	size_t min_stem, max_stem;
	int finished;
	int agents_distribute; /* PETRARCH: an agent applies to every member of a compound */
	uint32_t npatterns;    /* patterns numbered by ent_lexicon_finish */
	const char *agent_alone; /* code prefix of a sector named without an actor: "---" (PETRARCH, ours), "~" (TABARI) */
	size_t files, errors, warnings;
	/* while loading: */
	const char *cur_file;
	uint32_t cur_line;        /* set by the readers, for conflict reports */
	ent_map *names;           /* actor phrase text -> actor index + 1 */
	size_t file_conflicts;    /* conflicts reported in the current file */
};

/* Report a problem in a dictionary file (file, line, message). Returns
 * ENT_EFORMAT in strict mode (the load stops), else 0. */
int ent_lexicon__diag(ent_lexicon *lx, int error, uint32_t line, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

/* Parse a phrase: words separated by spaces (gap `gap_space` allowed) or
 * underscores (adjacent); `default_match` for words without a trailing
 * underscore. Recognises +, $, % (TABARI slots), T and S (ours when
 * `ours`), {a|b} alternatives, (optional), &synset and * gaps (ours).
 * Returns 0 with *out filled, or a negative code; *err_msg set for
 * syntax errors. */
typedef struct {
	int default_match;  /* LX_STEM (TABARI), LX_INFL (ours, PETRARCH) */
	int gap_space;      /* gap allowed for a space between words */
	int ours;           /* entente syntax: T, S slots; * is a gap; (x) optional; {a|b} */
	int petrarch;       /* PETRARCH syntax: {..} and (..) group words */
	int slots;          /* slots allowed (verb patterns) */
	int caps_rule;      /* entente: 2-5 capital letters match only in capitals */
} lx_parse_opts;

int ent_lexicon__parse_phrase(ent_lexicon *lx, const char *s, size_t n, const lx_parse_opts *po,
			      lx_phrase *out, const char **err_msg);

/* Adders used by the readers. */
int ent_lexicon__add_actor(ent_lexicon *lx, const char *code, uint8_t kind, uint32_t line, uint32_t *out);
/* Whether the words of name phrase `ph` already name some actor. */
int ent_lexicon__names_anything(const ent_lexicon *lx, const lx_phrase *ph);
int ent_lexicon__add_actor_phrase(ent_lexicon *lx, const lx_phrase *ph, uint32_t actor, uint8_t how,
				  const char *sector);
int ent_lexicon__add_synset(ent_lexicon *lx, const char *name, size_t n, uint32_t *out);
char *ent_lexicon__strndup(ent_lexicon *lx, const char *s, size_t n);
char *ent_lexicon__lower(ent_lexicon *lx, const char *s, size_t n);

/* Readers (one per format). */
int ent_lexicon__read_entente_actors(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_entente_agents(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_entente_verbs(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_entente_relations(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_cameo(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_iso_codes(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_tabari_actors(ent_lexicon *lx, const char *data, size_t len, int petrarch);
int ent_lexicon__read_tabari_agents(ent_lexicon *lx, const char *data, size_t len, int petrarch);
int ent_lexicon__read_tabari_verbs(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_tabari_options(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_petrarch_verbs(ent_lexicon *lx, const char *data, size_t len);
int ent_lexicon__read_ontology(ent_lexicon *lx, const char *data, size_t len);
/* PICO number of a CAMEO code (0 when the ontology has none, then *v is
 * untouched), and the CAMEO code of a PICO number (NULL: none). */
int ent_lexicon__pico(const ent_lexicon *lx, const char *code, int32_t *v);
const char *ent_lexicon__pico_code(const ent_lexicon *lx, int32_t v);
int ent_lexicon__read_discards(ent_lexicon *lx, const char *data, size_t len);

/* Line iteration shared by the readers: next line of data[*pos..len),
 * without the newline; returns 0 at the end. */
int ent_lexicon__next_line(const char *data, size_t len, size_t *pos, const char **line, size_t *n);
/* Trim spaces at both ends. */
void ent_lexicon__trim(const char **s, size_t *n);

/* Build the first-word index (ent_lexicon_finish). */
int ent_lexicon__build_index(ent_lexicon *lx);

/*
 * For the coder stage.
 */

/* Candidates whose first element may match token `i`: calls fn(entry)
 * for each index entry (LX_ENTRY) found. Entries may repeat. */
typedef void (*lx_candidate_fn)(uint32_t entry, void *payload);
void ent_lexicon__candidates(const ent_lexicon *lx, const ent_toklist *tl, size_t i, lx_candidate_fn fn,
			     void *payload);

/* Whether element `e` matches token `i` (words only). */
int ent_lexicon__elem_matches(const ent_lexicon *lx, const lx_elem *e, const ent_toklist *tl, size_t i);

/* Match a slot-free phrase at tokens i.. (consecutive unless gaps);
 * returns the token index after the match, or 0 when it does not match
 * (a match always consumes at least one token). */
size_t ent_lexicon__match_phrase(const ent_lexicon *lx, const lx_phrase *ph, const ent_toklist *tl, size_t i,
				 size_t end);

/* Actor code valid at `date` (YYYYMMDD, 0 unknown). */
const char *ent_lexicon__actor_code(const ent_lexicon *lx, uint32_t actor, int32_t date);
/* Whether a dated role of the actor holds on `date` (not just its undated default). */
int ent_lexicon__actor_dated(const ent_lexicon *lx, uint32_t actor, int32_t date);
const lx_cameo *ent_lexicon__cameo(const ent_lexicon *lx, const char *code);
/* Actor by code ("AZE"), or -1. */
long ent_lexicon__actor_by_code(const ent_lexicon *lx, const char *code);

#endif
