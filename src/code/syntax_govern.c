/* Acts that other verbs govern, read from the tree: the conditions an act
 * hangs on ("threatened to strike unless Israel withdrew"), what an appeal
 * or demand asks for, refused and stopped acts. The coder's rules for them
 * are intent.c, appeal.c, refused.c and halted.c. */
#include "code/syntax.h"

#include <string.h> /* strcmp */

#include "code/coder.h"
#include "code/tree.h" /* word, child, head_of, lemma_in, ... */

/* The verbs of the act at word w that a condition can hang on: up the
 * infinitives that govern it ("threatened to ban ... if") and down those
 * it governs ("threatened to stop talks to reduce arms if"), whichever
 * the parser hung the condition on. Returns how many (at most 8). */
static size_t act_chain(const ent_coder *c, int32_t w, int32_t *at)
{
	size_t n = 0;
	int32_t top = w;
	for (int k = 0; k < 3 && word(c, (size_t)top)->dep == ENT_DEP_XCOMP && head_of(c, (size_t)top) >= 0; k++)
		top = head_of(c, (size_t)top);
	for (int32_t x = top; x >= 0 && n < 8;) {
		at[n++] = x;
		int32_t next = child(c, (size_t)x, ENT_DEP_XCOMP, NULL);
		/* (or an infinitive of purpose: "to stop talks to reduce arms") */
		for (size_t k = 0; next < 0 && k < c->tree.s.count; k++)
			if (word(c, k)->head == (uint32_t)x + 1 && word(c, k)->dep == ENT_DEP_ADVCL && infinitive(c, k))
				next = (int32_t)k;
		x = next;
	}
	return n;
}

/* The "if"/"unless" clauses of the act at coder token v, through its chain:
 * calls fn for each until it returns >= 0, and returns that, else -1. */
static int32_t each_condition(const ent_coder *c, size_t v, int32_t (*fn)(const ent_coder *, size_t, int32_t),
			      int32_t arg)
{
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	int32_t at[8];
	size_t n = act_chain(c, c->tree.word_of_tok[v], at);
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < c->tree.s.count; k++) {
			const ent_parse_word *a = word(c, k);
			if (a->head != (uint32_t)at[i] + 1 || a->dep != ENT_DEP_ADVCL)
				continue;
			int32_t m = child(c, k, ENT_DEP_MARK, NULL);
			if (m < 0 || (strcmp(word(c, (size_t)m)->lemma, "if") && strcmp(word(c, (size_t)m)->lemma, "unless")))
				continue;
			int32_t r = fn(c, k, arg);
			if (r >= 0)
				return r;
		}
	}
	return -1;
}

static int32_t condition_subject(const ent_coder *c, size_t clause, int32_t not_group)
{
	int32_t s = child(c, clause, ENT_DEP_NSUBJ, NULL);
	int32_t g = s < 0 ? -1 : group_of(c, ent_code__tree_phrase_actor(c, (size_t)s));
	return g >= 0 && g != not_group ? g : -1;
}

static int32_t any_condition(const ent_coder *c, size_t clause, int32_t unused)
{
	(void)c;
	(void)unused;
	return (int32_t)clause;
}

int32_t ent_code__tree_condition_subject(const ent_coder *c, size_t v, int32_t not_group)
{
	return each_condition(c, v, condition_subject, not_group);
}

int ent_code__tree_conditioned(const ent_coder *c, size_t v)
{
	return each_condition(c, v, any_condition, 0) >= 0;
}

int ent_code__tree_appeal(const ent_coder *c, size_t v, int32_t *appeal_tok, int32_t *addressee)
{
	static const char *const asking[] = { "urge", "call", "ask", "appeal", "press", "pressure", "encourage",
		"implore", "exhort", "beg", "request", "push", NULL };
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return 0;
	size_t w = (size_t)c->tree.word_of_tok[v];
	/* (down a conjunction: "urged Iran to withdraw and release") */
	if (word(c, w)->dep == ENT_DEP_CONJ && head_of(c, w) >= 0)
		w = (size_t)head_of(c, w);
	int32_t h = head_of(c, w);
	/* "demanded that Israel withdraw", "said Armenia must withdraw", and
	 * through a readiness or an ability: "said the US must be ready to
	 * mediate" */
	size_t cl = w;
	for (int k = 0; k < 2 && word(c, cl)->dep == ENT_DEP_XCOMP && head_of(c, cl) >= 0; k++)
		cl = (size_t)head_of(c, cl);
	if (cl != w && word(c, cl)->dep == ENT_DEP_CCOMP) {
		w = cl;
		h = head_of(c, w);
	}
	if (word(c, w)->dep == ENT_DEP_CCOMP && h >= 0 && c->tree.tok_of_word[h] >= 0 &&
	    child(c, (size_t)h, ENT_DEP_AUX, "aux:pass") < 0) {
		static const char *const demanding[] = { "demand", "insist", NULL };
		static const char *const saying[] = { "say", "state", "declare", "tell", "stress", "warn", NULL };
		static const char *const must[] = { "must", NULL };
		int32_t s = child(c, w, ENT_DEP_NSUBJ, NULL);
		if (s < 0 || !(lemma_in(word(c, (size_t)h), demanding) ||
			       (lemma_in(word(c, (size_t)h), saying) && child_lemma(c, w, ENT_DEP_AUX, must))))
			return 0;
		*appeal_tok = c->tree.tok_of_word[h];
		*addressee = group_of(c, ent_code__tree_phrase_actor(c, (size_t)s));
		return 2;
	}
	/* (the parser makes "to lift" after "called on Israel" an adverbial
	 * clause as often as a complement) */
	int complement = word(c, w)->dep == ENT_DEP_XCOMP || (word(c, w)->dep == ENT_DEP_ADVCL && infinitive(c, w));
	if (!complement || h < 0 || !lemma_in(word(c, (size_t)h), asking) ||
	    child(c, (size_t)h, ENT_DEP_AUX, "aux:pass") >= 0 || c->tree.tok_of_word[h] < 0)
		return 0;
	/* the one asked: "urged Iran", else "called on Israel", "appealed to
	 * the UN" (not "asked for aid": that is what is asked) */
	int32_t who = child(c, (size_t)h, ENT_DEP_OBJ, NULL);
	if (who < 0)
		who = child(c, (size_t)h, ENT_DEP_IOBJ, NULL); /* (a parser's slip for the object) */
	for (size_t k = 0; who < 0 && k < c->tree.s.count; k++) {
		if (word(c, k)->head != (uint32_t)h + 1 || word(c, k)->dep != ENT_DEP_OBL)
			continue;
		int32_t cs = child(c, k, ENT_DEP_CASE, NULL);
		const char *p = cs < 0 ? "" : word(c, (size_t)cs)->lemma;
		if (!strcmp(p, "on") || !strcmp(p, "upon") || !strcmp(p, "to"))
			who = (int32_t)k;
	}
	if (who < 0)
		return 0; /* "called to say": no one is asked */
	*appeal_tok = c->tree.tok_of_word[h];
	*addressee = group_of(c, ent_code__tree_phrase_actor(c, (size_t)who));
	return 1;
}

int ent_code__tree_refused(const ent_coder *c, size_t v)
{
	static const char *const refusing[] = { "refuse", "decline", "unwilling", NULL };
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	size_t w = (size_t)c->tree.word_of_tok[v];
	/* "refused to allow", "is unwilling to meet"; and down a conjunction:
	 * "refused to meet or negotiate" */
	for (int steps = 0; steps < 4; steps++) {
		const ent_parse_word *x = word(c, w);
		int32_t h = head_of(c, w);
		if (h < 0)
			return 0;
		if (x->dep == ENT_DEP_CONJ) {
			w = (size_t)h;
			continue;
		}
		if (x->dep != ENT_DEP_XCOMP || !lemma_in(word(c, (size_t)h), refusing))
			return 0;
		/* "did not refuse to meet": no refusal */
		return !ent_code__tree_negated_word(c, (size_t)h, 0);
	}
	return 0;
}

int ent_code__tree_halted(const ent_coder *c, size_t v)
{
	static const char *const stop_verbs[] = { "suspend", "halt", "stop", "cut", "freeze", "end", "prohibit",
		"withhold", "ban", "block", "cancel", "terminate", "cease", "discontinue", "curtail", NULL };
	static const char *const stop_nouns[] = { "suspension", "halt", "freeze", "cut", "end", "ban", "cessation",
		"termination", "moratorium", NULL };
	if (v >= c->tl.n || c->tree.failed || c->tree.parsed_gen != c->gen || c->tree.word_of_tok[v] < 0)
		return -1;
	size_t w = (size_t)c->tree.word_of_tok[v];
	/* "stopped sending aid", "ceased supplying arms" */
	if (word(c, w)->upos == ENT_UPOS_VERB) {
		int32_t h = head_of(c, w);
		return word(c, w)->dep == ENT_DEP_XCOMP && h >= 0 && lemma_in(word(c, (size_t)h), stop_verbs);
	}
	if (word(c, w)->upos != ENT_UPOS_NOUN)
		return 0;
	/* up the noun phrase: "its aid programme", "grain shipments" */
	for (int steps = 0; steps < 4; steps++) {
		const ent_parse_word *x = word(c, w);
		int32_t h = head_of(c, w);
		if (h < 0)
			return 0;
		const ent_parse_word *g = word(c, (size_t)h);
		if ((x->dep == ENT_DEP_OBJ || !strcmp(x->deprel, "nsubj:pass")) && g->upos == ENT_UPOS_VERB)
			return lemma_in(g, stop_verbs);
		if (x->dep == ENT_DEP_NMOD && lemma_in(g, stop_nouns))
			return 1; /* "a suspension of aid" */
		if (x->dep != ENT_DEP_COMPOUND && x->dep != ENT_DEP_NMOD && x->dep != ENT_DEP_CONJ)
			return 0;
		w = (size_t)h;
	}
	return 0;
}
