/* Coreference: the document's memory of recent actors, and what a pronoun,
 * a description ("the Caspian republic", "its southern neighbour") or a
 * group reference ("the two countries", "both sides") stands for. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp, strlen */

#include "lexicon/word.h" /* ent_word_is_* */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

int ent_code__is_pronoun_tok(const ent_coder *c, size_t i)
{
	return ent_word_is_pronoun(tnorm(c, i), tlen(c, i));
}

void ent_code__remember(ent_coder *c, const char *code, uint32_t actor, uint8_t how, uint8_t in_pp)
{
	if (!code || !*code)
		return;
	/* codes live in the sentence arena; keep a copy for the document */
	code = ent_arena_strdup(c->da, code);
	if (!code)
		return;
	if (c->nrecent == sizeof c->recent / sizeof *c->recent) {
		memmove(c->recent, c->recent + 1, (c->nrecent - 1) * sizeof *c->recent);
		c->nrecent--;
	}
	coref_item it = { code, actor, how, in_pp };
	c->recent[c->nrecent++] = it;
	if (how == MH_PERSON) {
		c->last_person = it;
		c->has_last_person = 1;
	}
}


/* A coreference item for mention m, in the sentence's arena (NULL when
 * out of memory). */
static const coref_item *coref_of(ent_coder *c, const ent_mention_i *m, int in_pp)
{
	coref_item *it = ent_arena_alloc(c->sa, sizeof *it);
	if (!it)
		return NULL;
	it->code = m->code;
	it->actor = m->actor;
	it->how = m->how;
	it->in_pp = (uint8_t)in_pp;
	return it;
}

/* Resolve a pronoun at token i: the latest fitting mention of this
 * sentence, then of the document; mentions outside prepositional phrases
 * (subjects and objects) are preferred to those inside them. */
const coref_item *ent_code__resolve_pronoun(ent_coder *c, size_t i, size_t before_mention)
{
	const char *w = tnorm(c, i);
	size_t n = tlen(c, i);
	int personal = (n == 2 && (!memcmp(w, "he", 2))) || (n == 3 && (!memcmp(w, "she", 3) || !memcmp(w, "his", 3) || !memcmp(w, "him", 3) || !memcmp(w, "her", 3)));
	/* TABARI's dictionaries assume its rules: a pronoun stands for an actor
	 * of its own clause other than the clause's subject, the latest
	 * ("Calenardhon urged Bree to assist it": Bree), else for the
	 * sentence's first actor ("Elrond urged Bree ... and Gondor asked him":
	 * Elrond) */
	if (c->tabari) {
		size_t cs = 0;
		for (size_t t = i; t-- > 0 && !cs;) {
			if (tis(c, t, ";") || tis(c, t, "but") || tis(c, t, "while"))
				cs = t + 1;
			else if (tis(c, t, "and") || tis(c, t, "or")) {
				int before = 0, after = 0; /* "Elrond and Gondor": a compound, not a clause */
				for (size_t k = 0; k < before_mention; k++) {
					before |= c->m.items[k].e == t;
					after |= c->m.items[k].b == t + 1 ||
						 (c->m.items[k].b == t + 2 && ent_word_is_determiner(tnorm(c, t + 1), tlen(c, t + 1)));
				}
				if (!(before && after))
					cs = t + 1;
			}
		}
		int32_t own = -1, first_own = -1, first = -1;
		for (size_t k = 0; k < before_mention; k++) {
			ent_mention_i *m = &c->m.items[k];
			if (m->null || m->how == MH_PRONOUN || m->modifier || m->noun_mod || !strncmp(m->code, "---", 3))
				continue;
			if (first < 0)
				first = (int32_t)k;
			if (m->b >= cs) {
				if (first_own < 0)
					first_own = (int32_t)k;
				else if (m->group != c->m.items[first_own].group)
					own = (int32_t)k;
			}
		}
		/* (a clause whose subject opens the sentence: the usual search) */
		int32_t pick = own >= 0 ? own : (first_own >= 0 && first_own == first) ? -1 : first;
		if (pick >= 0) {
			ent_mention_i *m = &c->m.items[pick];
			return coref_of(c, m, m->in_pp);
		}
		/* none in the sentence: the previous sentence's first named actor */
		if (first < 0 && c->last_subject.code)
			return &c->last_subject;
	}
	/* "it is worth noting", "it seems", "it is likely that": an empty
	 * subject that stands for no one */
	if (tis(c, i, "it") && i + 1 < c->tl.n &&
	    (tis(c, i + 1, "seems") || tis(c, i + 1, "seemed") || tis(c, i + 1, "appears") || tis(c, i + 1, "appeared") ||
	     ((tis(c, i + 1, "is") || tis(c, i + 1, "was") || tis(c, i + 1, "'s")) && i + 2 < c->tl.n &&
	      (tis(c, i + 2, "worth") || tis(c, i + 2, "likely") || tis(c, i + 2, "unlikely") || tis(c, i + 2, "clear") ||
	       tis(c, i + 2, "unclear") || tis(c, i + 2, "possible") || tis(c, i + 2, "important") || tis(c, i + 2, "true") ||
	       tis(c, i + 2, "time") || tis(c, i + 2, "hard") || tis(c, i + 2, "difficult") || tis(c, i + 2, "said") ||
	       tis(c, i + 2, "believed") || tis(c, i + 2, "expected") || tis(c, i + 2, "reported") || tis(c, i + 2, "thought")))))
		return NULL;
	/* "Pakistanis call China their all-weather friend": after a verb of
	 * calling or considering and its object, the possessive is the
	 * subject's */
	if (i >= 2 && before_mention >= 2 && (tis(c, i, "its") || tis(c, i, "their"))) {
		const ent_mention_i *o = &c->m.items[before_mention - 1];
		if (o->e == i && o->b >= 1) {
			size_t v = o->b - 1;
			const char *w = tnorm(c, v);
			size_t wl = tlen(c, v);
			int calls = (wl >= 4 && (!memcmp(w, "call", 4) || !memcmp(w, "name", 4) || !memcmp(w, "view", 4) ||
						  !memcmp(w, "deem", 4))) ||
				    (wl >= 8 && !memcmp(w, "consider", 8)) || (wl >= 6 && !memcmp(w, "regard", 6)) ||
				    (wl >= 8 && !memcmp(w, "describe", 8));
			for (size_t k = 0; calls && k + 1 < before_mention; k++) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->in_pp || m->modifier || m->null || m->how == MH_PRONOUN || m->e > v || !strcmp(m->code, o->code))
					continue;
				return coref_of(c, m, 0);
			}
		}
	}
	/* "Washington is its new partner and Moscow its oldest friend": a
	 * possessive after a copula, or after the subject of an elided one,
	 * is not anyone named so far in the sentence but the previous
	 * sentence's subject */
	if (i >= 1 && (tis(c, i, "its") || tis(c, i, "their"))) {
		int pred = tis(c, i - 1, "is") || tis(c, i - 1, "are") || tis(c, i - 1, "was") || tis(c, i - 1, "were") ||
			   tis(c, i - 1, "remains") || tis(c, i - 1, "remained") || tis(c, i - 1, "became") || tis(c, i - 1, "becomes");
		/* (mentions are still being found: the last one so far) */
		if (!pred && before_mention > 0) {
			const ent_mention_i *m = &c->m.items[before_mention - 1];
			pred = m->e == i && m->b >= 1 && (tis(c, m->b - 1, "and") || tis(c, m->b - 1, ","));
		}
		if (pred && before_mention > 0) {
			int named = 0;
			for (size_t k = 0; k < before_mention && !named; k++)
				named = !c->m.items[k].in_pp && !c->m.items[k].null && c->m.items[k].how != MH_PRONOUN &&
					c->last_subject.code && !strcmp(c->m.items[k].code, c->last_subject.code);
			return named || !c->last_subject.code ? NULL : &c->last_subject;
		}
	}
	/* "Armenia, which recalled its ambassador": in a relative clause, the
	 * antecedent of the clause */
	for (size_t t = i; t-- > 1;) {
		if (tis(c, t, ";") || tis(c, t, ":") || tis(c, t, "that") || tis(c, t, "because") || tis(c, t, "while"))
			break;
		if ((tis(c, t, "which") || tis(c, t, "who")) && tis(c, t - 1, ",")) {
			for (size_t k = before_mention; k-- > 0;) {
				ent_mention_i *m = &c->m.items[k];
				if (m->e == t - 1 && !m->modifier && !m->null && m->how != MH_PRONOUN) {
					return coref_of(c, m, 0);
				}
			}
			break;
		}
	}
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = before_mention; k-- > 0;) {
			ent_mention_i *m = &c->m.items[k];
			if (m->null || m->how == MH_PRONOUN || m->modifier || m->noun_mod || !strncmp(m->code, "---", 3))
				continue;
			/* (a possessor counts even inside a phrase: "the timing of
			 * Baku's decision ... its main ally") */
			if (pass == 0 && m->in_pp && !(m->e < c->tl.n && (c->tl.toks[m->e].flags & ENT_TOK_POSS)))
				continue;
			if (personal && !(m->how == MH_PERSON || strlen(m->code) > 3))
				continue;
			if (!personal && m->how == MH_PERSON)
				continue;
			return coref_of(c, m, m->in_pp);
		}
		if (personal && c->has_last_person && pass == 0)
			return &c->last_person;
		/* "it", "its", "they" with no antecedent in the sentence: the
		 * previous sentence's subject, when that was an actor; otherwise
		 * the pronoun most likely stands for a thing ("such an alignment
		 * ... it exposes") and resolves to nothing */
		if (!personal)
			return c->last_subject.code ? &c->last_subject : NULL;
		for (size_t k = c->nrecent; k-- > 0;) {
			if (pass == 0 && c->recent[k].in_pp)
				continue;
			if (!strncmp(c->recent[k].code, "---", 3))
				continue;
			if (personal && !(c->recent[k].how == MH_PERSON || strlen(c->recent[k].code) > 3))
				continue;
			if (!personal && c->recent[k].how == MH_PERSON)
				continue;
			return &c->recent[k];
		}
	}
	return NULL;
}

/* "the two states", "both countries": the last two distinct country actors. */
int ent_code__group_reference(ent_coder *c, size_t i, size_t *end)
{
	size_t j = i;
	if (tis(c, j, "the"))
		j++;
	if (!(tis(c, j, "two") || tis(c, j, "both")))
		return 0;
	j++;
	if (j < c->tl.n && (tis(c, j, "states") || tis(c, j, "countries") || tis(c, j, "nations") ||
			    tis(c, j, "governments") || tis(c, j, "sides") || tis(c, j, "allies") || tis(c, j, "neighbours") ||
			    tis(c, j, "neighbors") || tis(c, j, "capitals") || tis(c, j, "leaders"))) {
		*end = j + 1;
		return 1;
	}
	return 0;
}

/* Words that can follow "the latter" / "the former" used as a pronoun:
 * not "the former president", "the latter half". */
static int pronoun_follows(const ent_coder *c, size_t j)
{
	static const char *const words[] = { "is", "was", "are", "were", "has", "had", "have", "will", "would",
		"also", "then", "did", "does", "do", "can", "could", "may", "might", "must", "should", "said",
		"says", "and", "but", "which", "who", "in", "on", "at", "to", "of", "with", "from", "not", "never",
		"remains", "remained", "however", "still", NULL };
	if (j >= c->tl.n || tpunct(c, j) || (c->tl.toks[j].flags & ENT_TOK_POSS))
		return 1;
	if (ent_code__tok_in(c, j, words))
		return 1;
	/* a past verb: "the latter condemned" */
	return tlen(c, j) > 3 && !memcmp(tnorm(c, j) + tlen(c, j) - 2, "ed", 2);
}

static void item_of(coref_item *it, const ent_mention_i *m)
{
	it->code = m->code;
	it->actor = m->actor;
	it->how = m->how;
	it->in_pp = m->in_pp;
}

/* A mention that can be what "the latter" or "the former" points back to:
 * a party, not a place where something happened ("met in Ankara"). */
static int party_mention(const ent_coder *c, const ent_mention_i *m)
{
	return !m->null && m->how != MH_PRONOUN && !m->modifier && !m->noun_mod && strncmp(m->code, "---", 3) &&
	       !(m->in_pp && ent_code__locative(c, m->group));
}

const coref_item *ent_code__latter_former(ent_coder *c, size_t i, size_t *end)
{
	static const coref_item no_one = { "---", UINT32_MAX, MH_DESC, 0 };
	if (!tis(c, i, "the") || i + 1 >= c->tl.n || !(tis(c, i + 1, "latter") || tis(c, i + 1, "former")) ||
	    !pronoun_follows(c, i + 2))
		return NULL;
	*end = i + 2;
	int latter = tis(c, i + 1, "latter");
	/* the last two parties named, this sentence's, then the document's.
	 * "Turkey and Israel ..., the latter": the pair's second; a compound
	 * of more, or one that is not the last party, is no one choice. */
	coref_item two[2];
	size_t n = 0;
	for (size_t k = c->m.len; k-- > 0 && n < 2;) {
		const ent_mention_i *m = &c->m.items[k];
		if (!party_mention(c, m) || (n == 1 && !strncmp(two[0].code, m->code, 3)))
			continue;
		/* (lists are joined only once the sentence's mentions are all
		 * found: read one here from the words, "A and B", "A, B and C") */
		size_t first = k;
		while (first > 0 && c->m.items[first - 1].e + 1 == c->m.items[first].b &&
		       (tis(c, c->m.items[first - 1].e, "and") || tis(c, c->m.items[first - 1].e, ",")) &&
		       party_mention(c, &c->m.items[first - 1]))
			first--;
		if (n == 0 && k - first == 1) {
			item_of(&two[0], m);
			item_of(&two[1], &c->m.items[first]);
			n = 2;
			break;
		}
		if (k > first)
			return &no_one;
		item_of(&two[n++], m);
		if (latter)
			break; /* the latest is all "the latter" needs */
	}
	for (size_t k = c->nrecent; k-- > 0 && n < (latter ? 1u : 2u);) {
		const coref_item *r = &c->recent[k];
		/* (a place phrase said where it happened) */
		if (!strncmp(r->code, "---", 3) || r->in_pp == 2 ||
		    (n == 1 && !strncmp(two[0].code, r->code, 3)))
			continue;
		two[n++] = *r;
	}
	/* "the former" needs two to choose from; "the latter" of one is that one */
	if (n < (latter ? 1u : 2u))
		return &no_one;
	coref_item *it = ent_arena_alloc(c->sa, sizeof *it);
	if (!it)
		return NULL;
	*it = two[latter ? 0 : 1];
	return it;
}
