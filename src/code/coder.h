/* The coder's internal state, shared by its files (docs/coding.md, "Where
 * the code lives"): coder.c (events), emit.c, document.c, mentions.c,
 * coref.c, match.c, clause.c, syntax.c, transform.c, relation.c and
 * validate*.c. */
#ifndef ENT_CODE_CODER_H
#define ENT_CODE_CODER_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* uint32_t */

#include "entente/code.h"
#include "lexicon/dict.h"     /* ent_lexicon layout, lx_* */
#include "lexicon/tokenize.h" /* ent_toklist */
#include "util/arena.h"       /* ent_arena */
#include "util/buf.h"         /* ent_buf */
#include "util/vec.h"         /* ENT_VEC */
#include "code/syntax.h"      /* ent_code_tree */

enum { MH_NAME = 1, MH_ADJ, MH_CAPITAL, MH_ALIAS, MH_DESC, MH_PERSON, MH_PRONOUN, MH_AGENT, MH_GROUPREF };

typedef struct {
	uint32_t b, e;       /* tokens [b, e) */
	const char *code;    /* full code (actor + sector), in the sentence arena */
	uint32_t actor;      /* lexicon actor, or UINT32_MAX */
	uint8_t how;         /* MH_* */
	uint8_t null;        /* TABARI [---]: an actor that is not coded */
	uint8_t in_pp;       /* introduced by a preposition */
	uint8_t modifier;    /* a bare adjective ("Israeli actions"): modifies a noun, acts on nothing */
	uint8_t noun_mod;    /* a name as a noun modifier ("the Gaza conflict"): no subject, no antecedent */
	uint8_t compared;    /* after "than", "unlike", "like": a point of comparison, not a party */
	const struct lx_agent_phrase_s *agent; /* the agent attached, if any */
	int32_t group;       /* compound group (index of its first mention) */
	int32_t next;        /* next mention of the same compound group, or -1 */
	uint8_t nameless;    /* a sector alone that names no party ("people"): fills its slot, codes nothing */
	uint32_t from_name;  /* "jets from Israel": the token where the state's name starts (0: none), which a
			      * pattern's "from T" may take for itself ("bought jets from Israel") */
} ent_mention_i;

/* An alternative set matching at a token, in the coder's per-sentence table. */
struct ent_altm_entry {
	uint32_t set, tok, end;
};

/* An event waiting for the end of its sentence, with its pattern's score. */
struct ent_scored_event {
	ent_event ev;
	int score;
	uint32_t verb;   /* token of the verb that coded it */
	uint8_t reverse; /* the second code of a reciprocal verb ("visit" -> host) */
};

/* Written dates a sentence's events choose from (dates.c). */
#define ENT_CODE_MAX_DATES 8

/* Coreference memory of a document. */
typedef struct {
	const char *code;
	uint32_t actor;
	uint8_t how;
	uint8_t in_pp; /* was inside a prepositional phrase: a weaker antecedent;
			  2: a place phrase ("in Jordan") */
} coref_item;

struct ent_coder {
	const ent_lexicon *lx;
	ent_coder_options opts;
	ent_toklist tl;
	ENT_VEC(ent_mention_i) m;
	ENT_VEC(int32_t) at;      /* token -> mention starting there, or -1 */
	ENT_VEC(int32_t) inside;  /* token -> mention covering it, or -1 */
	ENT_VEC(uint32_t) cand;   /* candidate index entries of all tokens */
	ENT_VEC(int32_t) coff;    /* token i's candidates: cand[coff[i] .. coff[i+1]) */
	/* where alternative sets match in the sentence: (set, token) -> end */
	struct ent_altm_entry *altm;
	size_t altm_cap, altm_n;
	uint32_t *pseen;          /* pattern id -> the sentence number whose words hold its anchor */
	uint32_t gen;             /* sentence number for pseen */
	ent_arena *sa;            /* per-sentence strings */
	ent_arena *da;            /* per-document strings (coreference) */
	char *doc;
	char date[16];
	int32_t date_num;
	size_t sentence;
	int discard_doc;
	/* coreference: recent actors, newest last */
	coref_item recent[16];
	size_t nrecent;
	coref_item last_person;
	coref_item last_subject;  /* the previous sentence's subject, if an actor (code NULL: none) */
	int has_last_person;
	ent_buf tmp;
	/* a sentence's events, held until the sentence is done so that of two
	 * events between the same pair the one from the more specific pattern
	 * is kept */
	ENT_VEC(struct ent_scored_event) held;
	int cur_score;
	uint32_t cur_verb;
	uint8_t cur_reverse;
	/* the current pattern is from entente's own verbs.txt, written for
	 * CAMEO's intent rule (intent.c); TABARI's and PETRARCH's dictionaries
	 * code "will X" as X, as their engines do, and spell out intents */
	uint8_t cur_ours;
	/* the first commitment word (intent.c), stop word (halted.c),
	 * refusal word (refused.c) and appeal word (appeal.c) of the
	 * sentence, found once per sentence
	 * (cues_gen): each event asks */
	uint32_t cues_gen;
	size_t first_commitment, first_stop, first_refusal, first_appeal;
	int attack_word; /* a word an attack noun starts with */
	int condition_word; /* an "if" or "unless" anywhere in the sentence */
	/* the sentence's one state (emit.c), found once per sentence */
	uint32_t state_gen;
	char state[4]; /* "" when none */
	struct ent_segmenter *seg; /* ICU sentence segmentation of documents (text stage); NULL: not yet made */
	int seg_failed;
	/* the current sentence */
	const char *text;
	size_t text_len, text_base; /* text is the sentence; base its offset in the doc */
	const char *doc_text;
	char sdate[16];           /* date for this sentence: its first written date, else the document's */
	/* the dates the sentence writes, and where (dates.c) */
	char sdates[ENT_CODE_MAX_DATES][16];
	size_t sdate_tok[ENT_CODE_MAX_DATES];
	size_t nsdates;
	uint32_t last_src_group;  /* for "X did A and did B": the subject carries */
	int32_t last_src_mention;
	/* events already emitted for this sentence (source, target, code), to
	 * report each once when several verbs or patterns code the same */
	struct { const char *s, *t, *code; int kind; } emitted[32];
	size_t nemitted;
	size_t last_verb_end;
	/* verbs of the sentence that govern a clause under a PETRARCH
	 * transformation ("said", "claimed", "wants") and their source */
	struct ent_frame { uint32_t vb, ve, inner_end; int32_t sg; const char *code; } frames[8];
	int ours; /* entente's own verbs are loaded: its reading of English applies */
	int tabari; /* TABARI's verbs are loaded (option CODE): its rules apply; set per sentence */
	size_t nframes;
	ent_code_tree tree; /* the sentence's dependency tree, parsed when first asked for */
};

/* What a pattern's slots bound (match.c). */
typedef struct {
	int32_t src, tgt;     /* mention indices bound by slots, or -1 */
	int compound;         /* a % slot bound a compound group */
	int32_t comp;
	size_t lo, hi;        /* token range the pattern covered */
} binding;

/* Pattern matching (match.c): where alternative sets match, and a
 * pattern's elements after (upper) and before (lower) the verb. */
int ent_code__in_clause_stop(const struct ent_coder *c, size_t i);
int ent_code__altm_put(struct ent_coder *c, uint32_t set, uint32_t tok, uint32_t end);
size_t ent_code__match_upper(struct ent_coder *c, const lx_elem *e, uint32_t n, size_t p, size_t end, binding *bd, int depth);
size_t ent_code__match_lower(struct ent_coder *c, const lx_elem *e, uint32_t n, size_t p, size_t start, binding *bd,
			  int depth);

/* PETRARCH's coding ontology and transformations (transform.c). */
void ent_code__compose_pico(const struct ent_coder *c, const char *upper, const char **code, const char **code2, int *neg);
int ent_code__apply_transform(struct ent_coder *c, size_t vb, size_t ve, int32_t sg, int32_t tg, const char *code, int neg,
			   ent_modality mod);
void ent_code__push_frame(struct ent_coder *c, size_t vb, size_t ve, int32_t sg, const char *code);

/* A sentence's events: coded (coder.c), held until the sentence is done,
 * then emitted (emit.c); the record every event of the sentence starts from. */
void ent_code__fill_proto(struct ent_coder *c, ent_event *ev);
int ent_code__flush_held(struct ent_coder *c, ent_event_fn fn, void *payload);
int ent_code__code_events(struct ent_coder *c, ent_event_fn fn, void *payload);
/* Emitting (emit.c). */
int ent_code__emit_one(struct ent_coder *c, const ent_mention_i *a, const ent_mention_i *b, const char *code, size_t vb,
		    size_t ve, int neg, ent_modality mod, ent_event_fn fn, void *payload);
int ent_code__locative(const struct ent_coder *c, int32_t g);
int ent_code__tentative(const char *code);
int ent_code__emit_groups(struct ent_coder *c, int32_t sg, int32_t tg, const char *code, const char *code2, size_t vb, size_t ve,
		       int neg, ent_modality mod, ent_event_fn fn, void *payload);
int ent_code__hold_event(const ent_event *ev, void *payload);

/* Actor mentions (mentions.c). */
void ent_code__collect(uint32_t entry, void *payload); /* candidate entries of a token, into c->cand */
int ent_code__push_mention(struct ent_coder *c, uint32_t b, uint32_t e, const char *code, uint32_t actor, uint8_t how,
			   uint8_t in_pp);
void ent_code__remember(struct ent_coder *c, const char *code, uint32_t actor, uint8_t how, uint8_t in_pp);
int ent_code__has_verb_at(const struct ent_coder *c, size_t i); /* a dictionary verb form starts at token i */
int ent_code__find_mentions(struct ent_coder *c);

/* Coreference (coref.c). */
int ent_code__is_pronoun_tok(const struct ent_coder *c, size_t i);
const coref_item *ent_code__resolve_pronoun(struct ent_coder *c, size_t i, size_t before_mention);
int ent_code__group_reference(struct ent_coder *c, size_t i, size_t *end);
/* "the latter" / "the former" at token i used as a pronoun: of the last two
 * parties named (this sentence's, then the document's), the later or the
 * earlier; *end is the token after it. NULL when it is no pronoun ("the
 * former president") or out of memory; an item coded "---" (no one) when
 * the choice is not clear ("Egypt and Jordan ... Israel; the former"), so
 * that it fills its slot and codes nothing rather than let a guess in. */
const coref_item *ent_code__latter_former(ent_coder *c, size_t i, size_t *end);

/* A record's span: from the first to the last token of its two mentions
 * and of the words [from, to) that state it (verb or cue). (emit.c) */
void ent_code__event_span(const struct ent_coder *c, ent_event *ev, const ent_mention_i *a, const ent_mention_i *b,
			  size_t from, size_t to);

/* The state mention m belongs to, its three letters in out: 1; 0 when it
 * names none ("---GOV", a null actor); -1 when it is no state's (an
 * organisation, a group). (emit.c) */
int ent_code__mention_state(const struct ent_coder *c, const ent_mention_i *m, char out[4]);

/* The mention of the state named inside mention k after "from" (see
 * from_name), made on first use; -1 when k has none. (mentions.c) */
int32_t ent_code__from_mention(struct ent_coder *c, int32_t k);

/* The target of a protest (14) the text gives none: a mention made at the
 * verb for the government of the state where it happens, or else of the
 * protesters' own state; -1 when neither is named. (clause.c) */
int32_t ent_code__protest_target(struct ent_coder *c, int32_t sg, size_t vb);

/* CAMEO's intent rule (intent.c): the 03x or 13x code of a promised or
 * threatened act, or NULL (an act of 01-03 or 09-13, which has no intent
 * form); whether the act at token vb is committed to, not done. */
const char *ent_code__intent_code(const char *act);

/* A CAMEO code prefix and the code it maps to; of a table of them, the
 * longest prefix of `act` wins (NULL: none, or one mapped to NULL).
 * CAMEO's categories that mirror others (intents, threats, reductions)
 * are tables of these. (intent.c) */
typedef struct {
	const char *act;
	const char *code;
} ent_code_prefix_rule;
const char *ent_code__by_prefix(const ent_code_prefix_rule *rules, size_t n, const char *act);
int ent_code__committed(struct ent_coder *c, size_t vb);
int ent_code__commitment_word(const struct ent_coder *c, size_t t);

/* The pattern a verb codes by (choose_pattern). */
typedef struct {
	const lx_verbform *vf;
	const lx_verbblock *blk;
	const char *code, *code2;
	binding bd;
	int matched, pattern_neg, matched_score;
	size_t matched_end; /* where the pattern's words after the verb end */
	size_t vend;
} verb_choice;
/* The predicate (predicate.c): whether the verb form at token i reads as a
 * noun or an adjective here; a determiner among the three words before i;
 * the verb forms starting at i, longest first (at most 64, entries in
 * vcand, their ends in vcend); and the pattern the verb codes by. */
int ent_code__reads_as_noun(const struct ent_coder *c, size_t i, int tabari);
int ent_code__determiner_near(const struct ent_coder *c, size_t i);
size_t ent_code__verb_forms_at(const struct ent_coder *c, size_t i, uint32_t *vcand, size_t *vcend);
void ent_code__choose_pattern(struct ent_coder *c, size_t i, const uint32_t *vcand, const size_t *vcend, size_t nv,
			      verb_choice *out);

/* A stopped act (halted.c): the 16x code of halting a cooperative act, or
 * NULL (an act that has none, which is negated instead); whether the act
 * at token vb is stopped. */
const char *ent_code__halted_code(const char *act);
int ent_code__halted(struct ent_coder *c, size_t vb);
int ent_code__stop_word(const struct ent_coder *c, size_t t);

/* A refused act (refused.c): the 12x code of refusing a cooperative act,
 * or NULL (an act that has none stays negated); whether the act at token
 * vb is refused. */
const char *ent_code__refused_code(const char *act);
int ent_code__refused(struct ent_coder *c, size_t vb);
int ent_code__refusal_word(const struct ent_coder *c, size_t t);
/* An act that is asked for or demanded (appeal.c): the 02x (appeal) or 10x
 * (demand) code of asking for a cooperative act, or NULL; whether the act
 * at token vb is what an appeal or demand asks for ("called on Israel to
 * lift", "demanded that Israel withdraw"): 1 with *source the asker's and
 * *target the one asked's mention group (-1 when they name no actor) and
 * *code the asking's code for act (NULL: none), else 0. */
const char *ent_code__appeal_code(const char *act, int demand);
int ent_code__appealed(struct ent_coder *c, size_t vb, const char *act, int32_t *source, int32_t *target,
		       const char **code);
int ent_code__appeal_word(const struct ent_coder *c, size_t t);
/* A validation run that scored nothing: the error naming the file, what the
 * suite's records look like and what the file looks like (validate_check.c);
 * 0 when something was scored. */
int ent_code__validate_check_scored(ent_suite suite, const char *path, const char *data, size_t len,
				    const ent_validate_summary *sum);
/* Whether data holds a line starting with TABARI's 6-digit date. */
int ent_code__validate_tabari_header(const char *data, size_t len);
/* The source (a mention group) of the verb at vb..vend whose pattern bound
 * none, or -1 (source.c). */
int32_t ent_code__verb_source(struct ent_coder *c, size_t vb, size_t vend);
/* The target (a mention group) of the verb at vb..vend with source sg, from
 * tg (the pattern's, or -1), or -1 (target.c); a statement of what another
 * must do becomes a demand (*code "100"). matched/matched_end: the pattern
 * matched words up to matched_end. */
int32_t ent_code__verb_target(struct ent_coder *c, size_t vb, size_t vend, int32_t sg, int32_t tg, const char **code,
			      int matched, size_t matched_end);
/* A passive verb's source and target (passive.c), *sg < 0 on entry: 0 with
 * *sg and *tg as found (either may stay -1), 1 when the verb is done (coded
 * with an unknown doer, or nothing to code), <0 on error. */
int ent_code__passive_roles(struct ent_coder *c, size_t vb, size_t vend, const char *code, int score, int32_t *sg,
			    int32_t *tg);
/* Force that no named actor did (coder.c): coded from an unknown source or
 * the actor the attack names; *done says whether it was. */
int ent_code__unknown_cause(struct ent_coder *c, size_t vb, size_t vend, int32_t tg, const char *code, int score,
			    int *done);
/* Whether the sentence has an "if" or "unless" an act could hang on
 * (cues.c; the tree then says whether it does). */
int ent_code__conditional_cue(struct ent_coder *c);
/* Whether the sentence writes an attack noun (cues.c). */
int ent_code__attack_in_sentence(struct ent_coder *c);

/* Find the sentence's first commitment, stop and refusal words and its
 * attack noun, once per sentence (cues.c). */
void ent_code__find_cues(struct ent_coder *c);

/* Clauses, subjects, targets, negation, modality, dates (clause.c). */
int ent_code__is_participle(const struct ent_coder *c, size_t i);
int ent_code__negated_between(struct ent_coder *c, size_t from, size_t verb);
ent_modality ent_code__modality_between(struct ent_coder *c, size_t from, size_t verb);
int ent_code__attribution_before(const struct ent_coder *c, size_t subj_start);
void ent_code__sentence_date(struct ent_coder *c);
/* The date of the event whose predicate is at token vb (dates.c): the
 * written date of its own clause, else the document's. */
const char *ent_code__event_date(struct ent_coder *c, size_t vb);
size_t ent_code__clause_start(const struct ent_coder *c, size_t v, int *by_and);
int ent_code__relative_before(const struct ent_coder *c, size_t v);
int ent_code__plain_subject(const struct ent_coder *c, int32_t sg, size_t v);
int32_t ent_code__subject_by_tree(const struct ent_coder *c, size_t vb, int32_t sg);
int32_t ent_code__subject_of(const struct ent_coder *c, size_t v);
int32_t ent_code__target_after(const struct ent_coder *c, size_t from, int32_t src_group);

/* The verb's voice and roles (clause.c): passive, a pattern's negation,
 * TABARI's default and null actors, infinitives and gerunds, clause ends. */
int ent_code__after_be(const struct ent_coder *c, size_t v);
int ent_code__reduced_passive(const struct ent_coder *c, size_t vb, size_t ve);
int ent_code__elem_negates(const ent_lexicon *lx, const lx_elem *e, int depth);
int32_t ent_code__default_actor(struct ent_coder *c, const char *role, size_t vb);
int ent_code__require_dyad(const struct ent_coder *c);
int32_t ent_code__null_target(struct ent_coder *c, size_t vb);
int ent_code__embedded_infinitive(struct ent_coder *c, int32_t sg, size_t vb);
int ent_code__clause_subject(const struct ent_coder *c, int32_t g);
int ent_code__statement_event(const char *code);
int ent_code__gerund_adjunct(const struct ent_coder *c, size_t vb);
size_t ent_code__clause_end(const struct ent_coder *c, size_t i);

/* Possession and places, for the pattern slots (match.c). */
int32_t ent_code__possessed_of(const struct ent_coder *c, int32_t k);
int ent_code__owned_place(const struct ent_coder *c, const ent_mention_i *m);

/* Relations of the current sentence (relation.c). */
int ent_code__relations(struct ent_coder *c, ent_event_fn fn, void *payload, ent_event *proto);

/* Mention helpers for relation.c. */
int32_t ent_code__mention_before(const struct ent_coder *c, size_t tok, size_t limit);
int32_t ent_code__mention_after(const struct ent_coder *c, size_t tok, size_t limit);
int ent_code__tok_is(const struct ent_coder *c, size_t i, const char *w);
/* Token i is one of the NULL-terminated lower-case words. */
int ent_code__tok_in(const struct ent_coder *c, size_t i, const char *const *words);
/* The antecedent of a relative clause starting at token st (", which"), or -1. */
int32_t ent_code__relative_antecedent(const struct ent_coder *c, size_t st);
/* Words that start a clause: ; : that which who while because ... */
int ent_code__is_clause_word(const struct ent_coder *c, size_t t);
/* The PLOVER gold-standard suite (validate_plover.c). */
int ent_code__run_plover(struct ent_coder *coder, const char *path, const char *data, size_t len, ent_validate_fn fn,
			 void *payload, ent_validate_summary *sum);
int ent_code__emit_pair(struct ent_coder *c, int32_t a, int32_t b, ent_event *proto, ent_event_fn fn, void *payload);

#endif
