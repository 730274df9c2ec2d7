/* Clauses of a sentence as the window reads them, with the tree's word where
 * the window is unsure: where a verb's clause starts, its subject and target,
 * negation, modality and attribution, and the sentence's date. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <stdio.h>  /* snprintf */
#include <string.h> /* memcmp, strlen */

#include "lexicon/word.h" /* ent_word_is_* */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

int ent_code__is_participle(const ent_coder *c, size_t i)
{
	const char *w = tnorm(c, i);
	size_t n = tlen(c, i);
	if (n > 3 && !memcmp(w + n - 2, "ed", 2))
		return 1;
	if (n > 3 && !memcmp(w + n - 2, "en", 2))
		return 1;
	if (n > 4 && (!memcmp(w + n - 2, "wn", 2) || !memcmp(w + n - 2, "rn", 2)) && w[n - 3] != 'r')
		return 1; /* blown, shown, thrown, drawn, torn, sworn (not "warn", "learn") */
	static const char *const irr[] = { "held", "made", "sent", "met", "hit", "shot", "struck", "led", "built", "sold",
		"brought", "caught", "fought", "bought", "told", "paid", "laid", "kept", "left", "set", "put", "cut", "won",
		"lost", "found", "dealt", "seized", "bound", "sought", NULL };
	for (size_t k = 0; irr[k]; k++)
		if (strlen(irr[k]) == n && !memcmp(irr[k], w, n))
			return 1;
	return 0;
}

/* Whether the words in [from, verb) make the verb negated; `skip` marks
 * a negation the pattern consumed itself. */
/* Negation by the words before the verb: 1 a negator ("not", "refused
 * to"), 2 a ban-like noun ("an embargo on arms sales to"), 0 none. */
static int negated_window(const ent_coder *c, size_t from, size_t verb)
{
	size_t lo = verb > 5 && verb - 5 > from ? verb - 5 : from;
	for (size_t t = lo; t < verb; t++) {
		if (tis(c, t, "not") || tis(c, t, "n't") || tis(c, t, "never") || tis(c, t, "no") || tis(c, t, "neither") ||
		    tis(c, t, "nor"))
			return 1;
		/* "an embargo on arms sales to Azerbaijan", "a ban on visits" */
		if ((tis(c, t, "embargo") || tis(c, t, "ban") || tis(c, t, "halt") || tis(c, t, "suspension") ||
		     tis(c, t, "moratorium") || tis(c, t, "freeze") || tis(c, t, "end")) &&
		    t + 1 < verb && (tis(c, t + 1, "on") || tis(c, t + 1, "of") || tis(c, t + 1, "to")))
			return 2;
		if ((tis(c, t, "refused") || tis(c, t, "refuses") || tis(c, t, "refuse") || tis(c, t, "declined") ||
		     tis(c, t, "failed") || tis(c, t, "fails") || tis(c, t, "denied") || tis(c, t, "denies")) &&
		    t + 1 < verb && tis(c, t + 1, "to"))
			return 1;
	}
	return 0;
}

static ent_modality modality_window(const ent_coder *c, size_t from, size_t verb)
{
	size_t lo = verb > 6 && verb - 6 > from ? verb - 6 : from;
	ent_modality m = ENT_MODALITY_ASSERTED;
	for (size_t t = lo; t < verb; t++) {
		if (tis(c, t, "may") || tis(c, t, "might") || tis(c, t, "could") || tis(c, t, "possibly") ||
		    tis(c, t, "potentially") || tis(c, t, "capable") || tis(c, t, "capacity") || tis(c, t, "able") ||
		    tis(c, t, "perhaps") || tis(c, t, "likely") || tis(c, t, "reportedly") || tis(c, t, "allegedly"))
			m = ENT_MODALITY_POSSIBLE;
		else if (tis(c, t, "will") || tis(c, t, "shall") || tis(c, t, "plans") || tis(c, t, "planned") ||
			 tis(c, t, "intends") || tis(c, t, "intend") || tis(c, t, "wants") || tis(c, t, "threatened") ||
			 tis(c, t, "threatens") || tis(c, t, "vowed") || tis(c, t, "vows") || tis(c, t, "promised") ||
			 tis(c, t, "pledged") || tis(c, t, "seeks") || tis(c, t, "sought") || tis(c, t, "aims") ||
			 tis(c, t, "going") || tis(c, t, "about") || tis(c, t, "expected") || tis(c, t, "hopes") ||
			 tis(c, t, "ready") || tis(c, t, "willing") || tis(c, t, "agreed") || tis(c, t, "decided"))
			m = m == ENT_MODALITY_ASSERTED ? ENT_MODALITY_INTENDED : m;
		else if (tis(c, t, "would") || tis(c, t, "if") || tis(c, t, "unless") || tis(c, t, "should"))
			m = ENT_MODALITY_CONDITIONAL;
	}
	return m;
}

/* Whether a word that can negate or suppose stands anywhere before the
 * verb: only then is the tree asked (it settles what the window cannot:
 * "neither ... nor", "refused ... to", a negator in another clause). */
static int cue_before(const ent_coder *c, size_t verb, const char *const *cues)
{
	for (size_t t = 0; t < verb; t++)
		for (size_t k = 0; cues[k]; k++)
			if (ent_code__tok_is(c, t, cues[k]))
				return 1;
	return 0;
}

int ent_code__negated_between(ent_coder *c, size_t from, size_t verb)
{
	static const char *const cues[] = { "not", "n't", "never", "nor", "neither", "refused", "refuses", "refuse",
		"declined", "failed", "fails", "denied", "denies", NULL };
	int neg = negated_window(c, from, verb);
	if (c->tabari || neg == 2 || (!neg && !cue_before(c, verb, cues)) || ent_code__tree_ready(c) != 1)
		return neg != 0;
	return ent_code__tree_negated(c, verb) == 1;
}

/* The window's modality, checked against the tree where the window saw a
 * modal word (which may belong to another clause: "Russia, which will host
 * the talks, condemned") or a supposition stands before the verb. */
ent_modality ent_code__modality_between(ent_coder *c, size_t from, size_t verb)
{
	static const char *const cues[] = { "if", "unless", "whether", "assume", "suppose", "imagine", NULL };
	ent_modality m = modality_window(c, from, verb);
	if (c->tabari || (m == ENT_MODALITY_ASSERTED && !cue_before(c, verb, cues)) || ent_code__tree_ready(c) != 1)
		return m;
	int t = ent_code__tree_modality(c, verb);
	return t < 0 ? m : (ent_modality)t;
}

int ent_code__attribution_before(const ent_coder *c, size_t subj_start)
{
	/* "X said nothing but Y attacked Z": a new clause is the writer's */
	size_t from = 0;
	for (size_t t = 0; t < subj_start; t++)
		if (tis(c, t, "but") || tis(c, t, ";") || tis(c, t, "whereas"))
			from = t + 1;
	for (size_t t = from; t < subj_start; t++) {
		if (tis(c, t, "said") || tis(c, t, "says") || tis(c, t, "say") || tis(c, t, "told") || tis(c, t, "claimed") ||
		    tis(c, t, "claims") || tis(c, t, "reported") || tis(c, t, "alleged") || tis(c, t, "believes") ||
		    tis(c, t, "believe") || tis(c, t, "argued") || tis(c, t, "argues") || tis(c, t, "suggested") ||
		    tis(c, t, "suggests") || tis(c, t, "insisted") || tis(c, t, "warned"))
			return 1;
		if (tis(c, t, "according") && t + 1 < c->tl.n && tis(c, t + 1, "to"))
			return 1;
	}
	return 0;
}


int ent_code__is_clause_word(const ent_coder *c, size_t t)
{
	if (t >= c->tl.n || c->tl.toks[t].len > 8)
		return 0;
	return tis(c, t, ";") || tis(c, t, ":") || tis(c, t, "that") || tis(c, t, "which") || tis(c, t, "who") ||
	       tis(c, t, "whom") || tis(c, t, "whose") || tis(c, t, "while") || tis(c, t, "whereas") ||
	       tis(c, t, "because") || tis(c, t, "although") || tis(c, t, "though") || tis(c, t, "but") || tis(c, t, "if") ||
	       tis(c, t, "unless") || tis(c, t, "when") || tis(c, t, "after") || tis(c, t, "before") || tis(c, t, "since") ||
	       tis(c, t, "until") || tis(c, t, "where") || tis(c, t, "despite");
}

/* Where the clause holding token v starts: after the last clause word, or
 * after an "and" that does not join two members of a compound. *by_and is
 * set when an "and" started it (the subject may carry over). */
size_t ent_code__clause_start(const ent_coder *c, size_t v, int *by_and)
{
	*by_and = 0;
	for (size_t t = v; t-- > 0;) {
		if (c->inside.items[t] >= 0)
			continue;
		if (ent_code__is_clause_word(c, t))
			return t + 1;
		if (tis(c, t, "and") || tis(c, t, "but")) {
			int32_t a = t > 0 ? c->inside.items[t - 1] : -1, b = c->inside.items[t + 1];
			if (a >= 0 && b >= 0 && c->m.items[a].group == c->m.items[b].group)
				continue;
			/* "Eriador's death and injury toll has risen": with no verb
			 * before it in the clause, "and" joins words, not clauses */
			int verb_before = 0;
			for (size_t u = t; u-- > 0 && !verb_before;) {
				if (c->inside.items[u] < 0 && ent_code__is_clause_word(c, u))
					break;
				verb_before = c->inside.items[u] < 0 && ent_code__has_verb_at(c, u) && !ent_word_is_aux(tnorm(c, u), tlen(c, u));
			}
			if (!verb_before)
				continue;
			/* "X and Y did": and between an actor and the next actor */
			if (b >= 0 && a < 0 && t > 1 && tis(c, t - 1, ",") && c->inside.items[t - 2] >= 0 &&
			    c->m.items[c->inside.items[t - 2]].group == c->m.items[b].group)
				continue;
			*by_and = 1;
			return t + 1;
		}
	}
	return 0;
}

/* The subject of the verb at token v: the first mention of its clause that
 * is not inside a prepositional phrase (as TABARI takes the first actor). */
int32_t ent_code__relative_antecedent(const ent_coder *c, size_t st)
{
	/* "Turkey, which has been ...": the clause's subject is the mention
	 * before ", which" / ", who" */
	if (st < 2 || !(tis(c, st - 1, "which") || tis(c, st - 1, "who") || tis(c, st - 1, "that")))
		return -1;
	size_t t = st - 1;
	if (!tis(c, t - 1, ","))
		return -1;
	int32_t m = t >= 2 ? c->inside.items[t - 2] : -1;
	if (m < 0 || c->m.items[m].e != t - 1 || c->m.items[m].modifier)
		return -1;
	return c->m.items[m].group;
}

/* Whether mention k is a possessor ("Azerbaijan's ally"): the subject is
 * what it possesses, not itself. */
static int is_possessor(const ent_coder *c, const ent_mention_i *m)
{
	return m->e < c->tl.n && (c->tl.toks[m->e].flags & ENT_TOK_POSS);
}

/* "Washington said such a step enjoyed support from Moscow": between an
 * actor and the verb at v, another verb followed by a noun phrase that is
 * no actor, which is then the verb's own subject. */
static int reported_subject_between(const ent_coder *c, size_t from, size_t v)
{
	for (size_t t = from; t + 2 < v; t++) {
		if (c->inside.items[t] >= 0 || !ent_code__has_verb_at(c, t) || ent_word_is_aux(tnorm(c, t), tlen(c, t)))
			continue;
		if (!(tis(c, t + 1, "such") || tis(c, t + 1, "a") || tis(c, t + 1, "an") || tis(c, t + 1, "the") ||
		      tis(c, t + 1, "this") || tis(c, t + 1, "these") || tis(c, t + 1, "some")))
			continue;
		for (size_t u = t + 1; u < v; u++)
			if (c->inside.items[u] >= 0 || tpunct(c, u))
				return 0;
		return 1;
	}
	return 0;
}

/* Whether a verb of saying, followed by an actor, stands in [from, v):
 * "X said Y attacked Z". */
static int speech_between(const ent_coder *c, size_t from, size_t v)
{
	for (size_t t = from; t < v; t++) {
		if (c->inside.items[t] >= 0 || tlen(c, t) < 3 || tpunct(c, t))
			continue;
		if (!(tis(c, t, "said") || tis(c, t, "says") || tis(c, t, "say") || tis(c, t, "told") || tis(c, t, "tells") ||
		      tis(c, t, "announced") || tis(c, t, "stated") || tis(c, t, "declared") || tis(c, t, "added") ||
		      tis(c, t, "noted") || tis(c, t, "claimed") || tis(c, t, "claims") || tis(c, t, "insisted") ||
		      tis(c, t, "believes") || tis(c, t, "believe") || tis(c, t, "warned") || tis(c, t, "argued") ||
		      tis(c, t, "argues") || tis(c, t, "reported")))
			continue;
		for (size_t u = t + 1; u < v; u++)
			if (c->inside.items[u] >= 0 && !c->m.items[c->inside.items[u]].in_pp)
				return 1;
		return 0;
	}
	return 0;
}

/* Whether a relative pronoun stands before token v (only then can the
 * verb's object be a relative clause's antecedent). */
int ent_code__relative_before(const ent_coder *c, size_t v)
{
	for (size_t t = 0; t < v; t++)
		if (tis(c, t, "which") || tis(c, t, "who") || tis(c, t, "whom") || tis(c, t, "that"))
			return 1;
	return 0;
}

/* Whether the window's subject group sg is the verb's beyond doubt: only
 * words of its own clause stand between them (no punctuation, clause word,
 * conjunction or other verb), so the tree would read the same. */
int ent_code__plain_subject(const ent_coder *c, int32_t sg, size_t v)
{
	size_t from = c->m.items[sg].e;
	for (int32_t k = c->m.items[sg].next; k >= 0; k = c->m.items[k].next)
		from = c->m.items[k].e;
	if (from > v)
		return 0;
	for (size_t t = from; t < v; t++)
		if (tpunct(c, t) || ent_code__is_clause_word(c, t) || tis(c, t, "and") || tis(c, t, "or") ||
		    (ent_code__has_verb_at(c, t) && !ent_word_is_aux(tnorm(c, t), tlen(c, t))))
			return 0;
	return 1;
}

/* The verb's subject as the tree reads it, against the window's `sg`:
 * the tree's where the window found none ("promised to democratize",
 * "who then attacked") or one outside the tree's subject phrase (another
 * clause's actor: "X said Y attacked"), unless the tree's is a pronoun
 * or names no party ("officials"), where the window's reading of names,
 * agents and antecedents is better. */
int32_t ent_code__subject_by_tree(const ent_coder *c, size_t vb, int32_t sg)
{
	/* ("the former" the window found ambiguous stays no one) */
	if (sg >= 0 && c->m.items[sg].how == MH_DESC && c->m.items[sg].null)
		return sg;
	int32_t w = ent_code__tree_subject_word(c, vb);
	int32_t ts = w < 0 ? -1 : ent_code__tree_subject(c, vb);
	/* (a pronoun: the window's coreference, and its carrying of the
	 * subject over "and", choose its actor: "X condemned A and it never
	 * criticised B" is X's) */
	if (ts >= 0 && c->m.items[ts].how == MH_PRONOUN) {
		int32_t par = ent_code__tree_parallel_subject(c, vb);
		return par >= 0 ? par : sg;
	}
	if (ts < 0)
		return sg;
	if (sg < 0)
		return ts;
	/* the same phrase, read by both ("Dagolath's first deputy, Telemar") */
	for (int32_t k = sg; k >= 0; k = c->m.items[k].next)
		for (size_t t = c->m.items[k].b; t < c->m.items[k].e; t++)
			if (ent_code__tree_in_phrase(c, (size_t)w, t))
				return sg;
	for (size_t t = c->m.items[ts].b; t < c->m.items[ts].e; t++)
		for (int32_t k = sg; k >= 0; k = c->m.items[k].next)
			if (t >= c->m.items[k].b && t < c->m.items[k].e)
				return sg;
	if (c->m.items[ts].how == MH_AGENT || !strncmp(c->m.items[ts].code, "---", 3))
		return sg;
	return ts;
}

/* "Azerbaijan, which visited Israel in 1994, condemned Armenia": a verb
 * right after the comma that closes a relative clause is the main
 * clause's, and its subject the clause's antecedent; -1 otherwise. */
static int32_t after_relative(const ent_coder *c, size_t v)
{
	if (v < 4 || !tis(c, v - 1, ","))
		return -1;
	for (size_t k = v - 1; k-- > 1;) {
		if (tis(c, k, ",") || ent_code__in_clause_stop(c, k))
			return -1;
		if ((tis(c, k, "which") || tis(c, k, "who")) && tis(c, k - 1, ",") && k >= 2) {
			int32_t m = c->inside.items[k - 2];
			if (m < 0 || c->m.items[m].e != k - 1 || c->m.items[m].modifier || c->m.items[m].in_pp)
				return -1;
			return c->m.items[m].group;
		}
	}
	return -1;
}

int32_t ent_code__subject_of(const ent_coder *c, size_t v)
{
	if (!c->tabari) {
		int32_t ante = after_relative(c, v);
		if (ante >= 0)
			return ante;
	}
	int by_and;
	size_t st = ent_code__clause_start(c, v, &by_and);
	/* TABARI's clauses end at conjunctions, not at "that": "it requested
	 * that Elrond assist" has "it" for source */
	if (st >= 1 && tis(c, st - 1, "that") && c->tabari)
		st = ent_code__clause_start(c, st - 1, &by_and);
	int32_t agent = -1;
	int32_t rel = ent_code__relative_antecedent(c, st);
	int32_t poss = -1;
	int any = 0;
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->b >= st && m->e <= v && !m->in_pp && !m->modifier && !m->noun_mod && !m->compared && !is_possessor(c, m))
			any = 1;
	}
	if (rel >= 0 && !any)
		return rel;
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->b < st)
			continue;
		if (m->e > v)
			break;
		if (m->in_pp || m->modifier || m->noun_mod || m->compared)
			continue;
		/* a possessor stands for itself only when nothing else is named:
		 * "Azerbaijan's ally, Turkey, is" -> Turkey; "Dagolath's first
		 * deputy left" -> Dagolath */
		if (is_possessor(c, m) && k + 1 < c->m.len && c->m.items[k + 1].b < v) {
			/* only when the possessed is set off: "Azerbaijan's ally, Turkey," */
			int comma = 0;
			for (size_t t = m->e; t < c->m.items[k + 1].b; t++)
				comma |= tis(c, t, ",") || tis(c, t, "-");
			if (comma) {
				if (poss < 0)
					poss = m->group;
				continue;
			}
		}
		/* a bare sector ("officials") only when no actor is named */
		if (m->how == MH_AGENT) {
			if (agent < 0)
				agent = m->group;
			continue;
		}
		if (reported_subject_between(c, m->e, v))
			return -1;
		/* "Indian officials said Putin had agreed to release": the
		 * speaker is not the subject of the clause it reports (TABARI's
		 * dictionaries assume otherwise) */
		if (!c->tabari && speech_between(c, m->e, v))
			continue;
		return m->group;
	}
	return poss >= 0 ? poss : agent;
}

int32_t ent_code__mention_before(const ent_coder *c, size_t tok, size_t limit)
{
	for (size_t k = c->m.len; k-- > 0;) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->e <= tok && m->e + limit >= tok)
			return (int32_t)k;
		if (m->e <= tok)
			return -1;
	}
	return -1;
}

int32_t ent_code__mention_after(const ent_coder *c, size_t tok, size_t limit)
{
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->b >= tok)
			return m->b <= tok + limit ? (int32_t)k : -1;
	}
	return -1;
}

/* Whether mention m, past a comma after token `from`, is the speaker of a
 * trailing attribution (", US Deputy Secretary Kupfer said here", ",
 * according to Iran"): the clause before it has ended; m is no object. */
static int attribution_after_comma(const ent_coder *c, size_t from, const ent_mention_i *m)
{
	if (c->tabari)
		return 0; /* TABARI's dictionaries: its target is the next actor, wherever */
	int comma = 0;
	for (size_t t = from; t < m->b && !comma; t++)
		comma = tis(c, t, ",");
	if (!comma)
		return 0;
	if (m->b >= 2 && tis(c, m->b - 2, "according") && tis(c, m->b - 1, "to"))
		return 1;
	static const char *const say[] = { "said", "says", "told", "added", "stated", "announced", "reported", "noted", "claimed",
		"insisted", "explained", "declared", "confirmed", "warned", NULL };
	/* "..., US Deputy Secretary of Energy Jeffrey Kupfer said": a name
	 * the dictionaries do not know may stand between */
	size_t t = m->e;
	while (t < c->tl.n && t < m->e + 8 &&
	       ((c->tl.toks[t].flags & ENT_TOK_CAP) || c->inside.items[t] >= 0 || tis(c, t, "of")))
		t++;
	for (size_t u = t; u < c->tl.n && u < t + 2; u++)
		for (size_t k = 0; say[k]; k++)
			if (ent_code__tok_is(c, u, say[k]))
				return 1;
	return 0;
}

int32_t ent_code__target_after(const ent_coder *c, size_t from, int32_t src_group)
{
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->b < from)
			continue;
		int stop = 0;
		for (size_t t = from; t < m->b; t++) {
			if (tis(c, t, ";") || tis(c, t, ":"))
				stop = 1;
			/* a new clause ("which", "while", "because"; not "that",
			 * whose clause is often the object) ends the search */
			if (c->inside.items[t] < 0 && ent_code__is_clause_word(c, t) && !tis(c, t, "that"))
				stop = 1;
			/* "regretted India's strikes and asked both sides": "and"
			 * with a verb after it opens the next clause */
			if (!c->tabari && tis(c, t, "and") && t + 1 < m->b && ent_code__has_verb_at(c, t + 1) && c->inside.items[t + 1] < 0 &&
			    !ent_word_is_aux(tnorm(c, t + 1), tlen(c, t + 1)))
				stop = 1;
		}
		if (stop || attribution_after_comma(c, from, m))
			return -1;
		if (src_group >= 0 && m->group == src_group)
			continue;
		if ((m->modifier && (c->tabari || !ent_code__owned_place(c, m))) || m->compared || m->null)
			continue;
		/* "forge ties with Iran's long-time rival Israel": the possessed one */
		if (ent_code__possessed_of(c, (int32_t)k) >= 0)
			continue;
		return m->group;
	}
	return -1;
}

/* Whether the verb at v is preceded by a form of "be" (passive), allowing
 * adverbs and negation between. */
int ent_code__after_be(const ent_coder *c, size_t v)
{
	for (size_t k = 1; k <= 4 && k <= v; k++) {
		size_t t = v - k;
		if (ent_word_is_be(tnorm(c, t), tlen(c, t)) || tis(c, t, "feel") || tis(c, t, "feels") || tis(c, t, "felt") ||
		    tis(c, t, "get") || tis(c, t, "gets") || tis(c, t, "got") || tis(c, t, "become") || tis(c, t, "became") ||
		    tis(c, t, "seem") || tis(c, t, "seems") || tis(c, t, "seemed") || tis(c, t, "remain") || tis(c, t, "remains"))
			return 1;
		size_t tl_ = tlen(c, t);
		if (tl_ > 3 && !memcmp(tnorm(c, t) + tl_ - 2, "ly", 2))
			continue; /* an adverb: "was fiercely opposed" */
		if (tis(c, t, "and") && k >= 2 && t > 0 && tlen(c, t - 1) > 3 && !memcmp(tnorm(c, t - 1) + tlen(c, t - 1) - 2, "ly", 2))
			continue; /* "was heavily and unjustly criticized" */
		if (!(tis(c, t, "not") || tis(c, t, "n't") || tis(c, t, "also") || tis(c, t, "reportedly") ||
		      tis(c, t, "allegedly") || tis(c, t, "already") || tis(c, t, "recently") || tis(c, t, "being") ||
		      tis(c, t, "reported") || tis(c, t, "never") || tis(c, t, "repeatedly") || tis(c, t, "newly") ||
		      tis(c, t, "less") || tis(c, t, "more") || tis(c, t, "increasingly") || tis(c, t, "directly")))
			return 0;
	}
	return 0;
}

/* A participle that is passive without "be": "victims killed by the
 * crash" (a "by" agent right after it, no "have" before it), "there were
 * ten soldiers killed in Ukraine". */
int ent_code__reduced_passive(const ent_coder *c, size_t vb, size_t ve)
{
	if (vb == 0)
		return 0;
	if (ve < c->tl.n && tis(c, ve, "by") && !ent_word_is_aux(tnorm(c, vb - 1), tlen(c, vb - 1)) &&
	    !ent_word_is_be(tnorm(c, vb - 1), tlen(c, vb - 1)))
		return 1;
	for (size_t t = vb > 8 ? vb - 8 : 0; t + 1 < vb; t++)
		if (tis(c, t, "there") && ent_word_is_be(tnorm(c, t + 1), tlen(c, t + 1)))
			return 1;
	return 0;
}

/* Whether a pattern element names a negation itself ("- NOT *",
 * "- HAS { NOT | REFUSED_TO } *"): the event is then not negated. */
int ent_code__elem_negates(const ent_lexicon *lx, const lx_elem *e, int depth)
{
	static const char *const neg[] = { "not", "n't", "never", "refus", "refuse", "declin", "decline", "fail",
		"failed", "no", "neither", "nor", NULL };
	if (depth > 4)
		return 0;
	if (e->kind == LX_E_WORD) {
		for (size_t k = 0; neg[k]; k++)
			if (!strcmp(e->w, neg[k]) || (e->len > 4 && !strncmp(e->w, neg[k], strlen(neg[k])) && strlen(neg[k]) >= 5))
				return 1;
		return 0;
	}
	if (e->kind == LX_E_ALT) {
		const lx_altset *a = &lx->altsets.items[e->alt];
		for (size_t i = 0; i < a->alts.len; i++)
			for (uint32_t j = 0; j < a->alts.items[i].n; j++)
				if (ent_code__elem_negates(lx, &a->alts.items[i].e[j], depth + 1))
					return 1;
	}
	return 0;
}

/* TABARI's "DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]" option: an actor
 * to use when the sentence names none in that role. A mention on the verb
 * is made for it; -1 when the option is off or names no such role. */
int32_t ent_code__default_actor(ent_coder *c, const char *role, size_t vb)
{
	const char *o = ent_lexicon_option(c->lx, "DEFAULT");
	if (!o)
		return -1;
	const char *r = strstr(o, role);
	if (!r)
		return -1;
	const char *b = strchr(r, '['), *e = b ? strchr(b, ']') : NULL;
	if (!b || !e || e - b < 2)
		return -1;
	const char *code = ent_arena_strndup(c->sa, b + 1, (size_t)(e - b - 1));
	if (!code || ent_code__push_mention(c, (uint32_t)vb, (uint32_t)vb + 1, code, NONE, MH_NAME, 0) < 0)
		return -1;
	return (int32_t)(c->m.len - 1);
}

/* CAMEO's protests are dissent against a government. A demonstration,
 * strike or riot the text directs at no one is against the state where it
 * happens ("demonstrated in Athens", "rioted in a prison near Izmir"),
 * else against the protesters' own ("an Egyptian lawmaker began a hunger
 * strike"). */
int32_t ent_code__protest_target(ent_coder *c, int32_t sg, size_t vb)
{
	char state[4];
	int found = 0;
	for (size_t k = 0; k < c->m.len && !found; k++)
		found = c->m.items[k].group == (int32_t)k && ent_code__locative(c, (int32_t)k) &&
			ent_code__mention_state(c, &c->m.items[k], state) == 1;
	if (!found && sg >= 0)
		found = ent_code__mention_state(c, &c->m.items[sg], state) == 1;
	if (!found)
		return -1;
	char *gov = ent_arena_alloc(c->sa, 7);
	if (!gov)
		return -1;
	memcpy(gov, state, 3);
	memcpy(gov + 3, "GOV", 4);
	if (ent_code__push_mention(c, (uint32_t)vb, (uint32_t)vb + 1, gov, NONE, MH_NAME, 0) < 0)
		return -1;
	int32_t g = (int32_t)(c->m.len - 1);
	c->m.items[g].group = g;
	return g;
}

/* PETRARCH's ent_code__require_dyad (lexicon option REQUIRE_DYAD, default true): when
 * false, an event with a source but no target is still coded, against "---". */
int ent_code__require_dyad(const ent_coder *c)
{
	const char *o = ent_lexicon_option(c->lx, "REQUIRE_DYAD");
	return !o || !(o[0] == 'f' || o[0] == 'F' || o[0] == '0' || o[0] == 'n' || o[0] == 'N');
}

/* A target mention "---" at the verb: no actor, yet not a TABARI null. */
int32_t ent_code__null_target(ent_coder *c, size_t vb)
{
	if (ent_code__push_mention(c, (uint32_t)vb, (uint32_t)vb + 1, "---", NONE, MH_NAME, 0) < 0)
		return -1;
	c->m.items[c->m.len - 1].null = 0;
	return (int32_t)(c->m.len - 1);
}


/* Whether the verb at vb is an infinitive ("to help") whose doer is only
 * wished for by someone else: "Congress is asking Obama to help Iran",
 * "Obama wants Putin to attack", "faces pressure from Congress to help",
 * "will meet in Zurich to discuss". Such an event has not happened and
 * its source is a guess. "pledged to expel", "is about to restore" (the
 * subject's own intention, the infinitive right after the verb) stay. */
int ent_code__embedded_infinitive(ent_coder *c, int32_t sg, size_t vb)
{
	if (vb < 2 || !tis(c, vb - 1, "to"))
		return 0;
	size_t to = vb - 1;
	const ent_mention_i *s = NULL;
	for (int32_t x = sg; x >= 0; x = c->m.items[x].next)
		if (c->m.items[x].e <= to && (!s || c->m.items[x].e > s->e))
			s = &c->m.items[x];
	if (!s)
		return 0;
	if (s->e == to) /* the object of a verb of asking or wanting */
		return s->b >= 1 && ent_code__has_verb_at(c, s->b - 1) && !ent_word_is_aux(tnorm(c, s->b - 1), tlen(c, s->b - 1));
	if (ent_code__has_verb_at(c, to - 1) || ent_word_is_aux(tnorm(c, to - 1), tlen(c, to - 1)) || tis(c, to - 1, "about") ||
	    tis(c, to - 1, "able") || tis(c, to - 1, "ready") || tis(c, to - 1, "set") || tis(c, to - 1, "going") ||
	    tis(c, to - 1, "order") || tis(c, to - 1, "expected") || tis(c, to - 1, "likely"))
		return 0;
	for (size_t t = s->e; t < to; t++)
		if (c->inside.items[t] < 0 && ent_code__has_verb_at(c, t) && !ent_word_is_aux(tnorm(c, t), tlen(c, t))) {
			/* with entente's dictionaries the tree decides: "agreed on
			 * Friday to send aid" is the subject's own infinitive */
			if (c->ours && !c->tabari && ent_code__tree_ready(c) == 1 &&
			    ent_code__tree_subject(c, vb) == c->m.items[sg].group)
				return 0;
			return 1;
		}
	return 0;
}

/* Whether group g is followed by a verb of its own ("he was unaware"). */
int ent_code__clause_subject(const ent_coder *c, int32_t g)
{
	size_t e = c->m.items[g].e;
	for (int32_t x = g; x >= 0; x = c->m.items[x].next)
		if (c->m.items[x].e > e)
			e = c->m.items[x].e;
	return e < c->tl.n && (ent_word_is_aux(tnorm(c, e), tlen(c, e)) || ent_word_is_be(tnorm(c, e), tlen(c, e)) ||
			       (ent_code__has_verb_at(c, e) && !ent_word_is_preposition(tnorm(c, e), tlen(c, e))));
}

/* A statement (CAMEO 010-012) is addressed to someone, not to where it
 * was made: "made his remarks in Doha". (PETRARCH's conventions take a
 * place as the target of most other events, "appealed for peace in
 * Ithilen", and of a claim or sympathy about what happened there.) */
int ent_code__statement_event(const char *code)
{
	return code && code[0] == '0' && code[1] == '1' && code[2] >= '0' && code[2] <= '2';
}

/* Whether the verb at vb is a gerund after a preposition ("especially by
 * promoting biofuels"): the means or circumstance of another event. */
int ent_code__gerund_adjunct(const ent_coder *c, size_t vb)
{
	if (!t_ing(c, vb))
		return 0;
	for (size_t k = 1; k <= 2 && k <= vb; k++)
		if (ent_word_is_preposition(tnorm(c, vb - k), tlen(c, vb - k)))
			return 1;
	return 0;
}

/* The end of the clause going on at token i, for CODE BY CLAUSE: a
 * semicolon, or a conjunction that does not join two actors ("Arnor and
 * Gondor"). */
size_t ent_code__clause_end(const ent_coder *c, size_t i)
{
	for (size_t t = i; t < c->tl.n; t++) {
		if (tis(c, t, ";"))
			return t + 1;
		if (tis(c, t, "but") || tis(c, t, "while") || tis(c, t, "whereas") ||
		    ((tis(c, t, "and") || tis(c, t, "or")) &&
		     !(t > 0 && t + 1 < c->tl.n && c->inside.items[t - 1] >= 0 && c->inside.items[t + 1] >= 0)))
			return t + 1;
	}
	return c->tl.n;
}
