/* The coder's view of the sentence's dependency tree (src/parse): parsed
 * on first use, so that a sentence no pattern needs it for costs nothing;
 * the coder's tokens are tied to the parser's words by their bytes. */
#ifndef ENT_CODE_SYNTAX_H
#define ENT_CODE_SYNTAX_H

#include <stddef.h> /* size_t */
#include <stdint.h> /* int32_t */

#include "entente/parse.h"

struct ent_coder;

/* Per-coder tree state (one parser per coder, the model shared). */
typedef struct {
	ent_parser *parser;       /* NULL: no model, the coder reads no tree */
	ent_parse_sentence s;     /* the current sentence's words */
	int32_t *word_of_tok;     /* coder token -> word (0-based), or -1 */
	int32_t *tok_of_word;     /* word -> the first coder token inside it, or -1 */
	size_t tok_cap, word_cap;
	uint32_t parsed_gen;      /* the sentence (coder generation) parsed */
	int failed;               /* this sentence could not be parsed: no tree */
} ent_code_tree;

/* Make the tree state; `model` may be NULL (no tree). */
int ent_code__tree_init(ent_code_tree *t, const ent_parse_model *model);
void ent_code__tree_dispose(ent_code_tree *t);

/* Parse the coder's current sentence if not yet done. 1: a tree is there;
 * 0: none (no model, or the sentence could not be parsed); <0: out of memory. */
int ent_code__tree_ready(struct ent_coder *c);

/* The mention group (c->m index of the group's first member) that the
 * noun phrase headed by word w names: the mention covering w, else that of
 * a quantity's "of" phrase ("dozens of Palestinians"); -1 when none. */
int32_t ent_code__tree_phrase_actor(const struct ent_coder *c, size_t w);

/* The noun phrase starting at coder token q, when the tree is ready: its
 * head's actor group (as ent_code__tree_phrase_actor), or -1. "more than
 * forty Armenian students", "several senior Hamas officials". */
int32_t ent_code__tree_actor_from(const struct ent_coder *c, size_t q);

/* The syntactic subject of the verb at coder token v, as a mention group:
 * its nsubj, else that of the verb it is conjoined to or controlled by
 * ("agreed to help": the subject of "agreed"; "urged Iran to stop": the
 * object "Iran"), a relative clause's antecedent; -1 when the tree names
 * none or is not there. */
int32_t ent_code__tree_subject(const struct ent_coder *c, size_t v);

/* The antecedent of a relative clause whose verb (at coder token v) has
 * the relative pronoun for object ("Egypt, which Qatar supported": Egypt),
 * as a mention group; -1 otherwise. */
int32_t ent_code__tree_relative_object(const struct ent_coder *c, size_t v);

/* The antecedent of a pronoun subject by parallel role: "Turkey condemned
 * Israel, and it criticised Iran" -- the subject of the verb the pronoun's
 * verb is conjoined to (Turkey), as a mention group; -1 otherwise. */
int32_t ent_code__tree_parallel_subject(const struct ent_coder *c, size_t v);

/* Whether the act at coder token v is committed to rather than done: a
 * "will"/"shall"/"would" on it, or it is the infinitive of "agree",
 * "promise", "threaten", "be ready" and the like ("agreed to withdraw its
 * troops"), through conjoined verbs; for an object noun ("will provide
 * aid"), its verb. 1 or 0; 2: committed to only in a supposition ("to
 * assume that Turkey will support Israel"); -1: no tree. */
int ent_code__tree_committed(const struct ent_coder *c, size_t v);

/* Whether coder token tok is a noun in the tree: tagged NOUN with a
 * determiner or an adjective of its own ("held a general strike"). 1 or 0;
 * -1: no tree. */
int ent_code__tree_noun(const struct ent_coder *c, size_t tok);

/* Whether coder token tok only modifies a noun just after it ("economic"
 * in "froze economic aid to Haiti"): a determiner, adjective, number or
 * compound of that noun, which a pattern's noun may step over. Needs the
 * tree ready; 0 without it. */
int ent_code__tree_premodifier(const struct ent_coder *c, size_t tok);

/* Whether coder token tok belongs to a quantity before the noun it
 * measures ("3,000 tons of" in "sent 3,000 tons of wheat", "$50,000 worth
 * of"): a number, a measure word or the "of", which a pattern's noun may
 * step over. Needs the tree ready; 0 without it. */
int ent_code__tree_quantity(const struct ent_coder *c, size_t tok);

/* The actor that is the subject of the that-clause of the verb at coder
 * token v ("demanded that Sudan return", "said Sudan must return"), or -1;
 * *obliged says whether the clause's verb has "must". Needs the tree. */
int32_t ent_code__tree_complement_subject(const struct ent_coder *c, size_t v, int *obliged);

/* The subject of an "if"/"unless" clause of the verb at coder token v or of
 * the infinitive it governs, as a mention group other than not_group, or -1:
 * whoever must meet a threat's condition ("threatened to strike unless
 * Israel withdrew": Israel). */
int32_t ent_code__tree_condition_subject(const struct ent_coder *c, size_t v, int32_t not_group);

/* Whether the act at coder token v (or a verb of its chain of infinitives)
 * has an "if"/"unless" clause: it is made to hang on a condition ("may halt
 * the talks if cooperation founders"), not the condition itself. */
int ent_code__tree_conditioned(const struct ent_coder *c, size_t v);

/* The coder token of what did the force of verb v when no actor did: an
 * attack or bombing that is its subject or its "in"/"by" phrase ("a
 * roadside bomb killed two soldiers", "were killed in a suicide bombing"),
 * or -1; *actor is the actor it names ("an Israeli airstrike") or -1.
 * *kind: 1 suicide, 2 vehicle, 3 roadside or improvised bombing, 4 other
 * bombing or explosion, 0 another attack. */
int32_t ent_code__tree_attack_cause(const struct ent_coder *c, size_t v, int *kind, int32_t *actor);
/* Whether coder token t is written as one of those attack nouns is
 * ("bombings", "airstrike"): asked before the tree is parsed. */
int ent_code__attack_word(const struct ent_coder *c, size_t t);

/* Whether the act at coder token v is what an appeal or a demand asks for:
 * the infinitive of "urge", "call on", "ask", "appeal to", "press" and the
 * like ("called on Israel to lift", "urged Iran to withdraw and release"),
 * the appeal active: 1; the that-clause of "demand" or "insist", or a
 * clause with "must" of a verb of saying ("demanded that Israel withdraw",
 * "said Armenia must withdraw"): 2. *appeal_tok is the asking verb's coder
 * token and *addressee the mention group asked (the appeal's object or its
 * "on"/"upon"/"to" phrase; the demanded clause's subject), -1 when that
 * names no actor; 0 when the act is asked for by no one. */
int ent_code__tree_appeal(const struct ent_coder *c, size_t v, int32_t *appeal_tok, int32_t *addressee);

/* Whether the act at coder token v is refused: the infinitive of
 * "refuse", "decline" or "unwilling" ("refused to allow inspectors"),
 * itself not negated. 1 or 0; -1: no tree. */
int ent_code__tree_refused(const struct ent_coder *c, size_t v);

/* Whether the event noun at coder token v is stopped: the object of
 * "suspend", "halt", "cut", "freeze", "ban" and the like, or of "a
 * suspension of", through the noun phrase it modifies ("suspended its aid
 * programme"), or a verb whose infinitive or gerund it is
 * ("stopped sending aid"). 1 or 0; -1: no tree. */
int ent_code__tree_halted(const struct ent_coder *c, size_t v);

/* Whether coder token tok is a subject (nsubj, nsubj:pass) in the tree. */
int ent_code__tree_is_subject(const struct ent_coder *c, size_t tok);

/* The word heading the phrase ent_code__tree_subject reads, or -1. */
int32_t ent_code__tree_subject_word(const struct ent_coder *c, size_t v);

/* Whether coder token tok belongs to the phrase headed by word w: inside
 * its subtree, and not inside a clause embedded in it (a relative clause). */
int ent_code__tree_in_phrase(const struct ent_coder *c, size_t w, size_t tok);


/* Whether the tree negates the verb at coder token v: "not"/"never" on it,
 * "nor" before it, a governing "refuse/fail/decline/deny to", a negated
 * governing verb ("did not agree to meet"), or a negated verb it is joined
 * to by "or" ("will not break ties or downgrade them"). -1: no tree. */
int ent_code__tree_negated(const struct ent_coder *c, size_t v);

/* The modality the tree gives the verb at coder token v (an ent_modality):
 * its auxiliaries ("will", "would", "may"), "if"/"unless", the verbs it is
 * the infinitive of ("plans to": intended) and suppositions ("to assume
 * that X will": conditional), within its own chain of clauses. -1: no tree. */
int ent_code__tree_modality(const struct ent_coder *c, size_t v);

#endif
