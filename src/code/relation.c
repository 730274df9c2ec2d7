/* Standing relations: statements of a tie rather than an event in it.
 *
 * A relation cue from relations.txt ("closest ally", "archenemy",
 * "strategic partner", "supplier of oil") is found in the sentence, then
 * its two sides are looked for around it, in this order:
 *   the partner B: a possessor just before the cue ("Azerbaijan's closest
 *     ally", "its archenemy") or a prepositional object after it ("ally of
 *     Azerbaijan", "alliance with Turkey", "supplier of arms to Baku");
 *   the holder A: an appositive head ("Iran, its archenemy"), the actor
 *     right after a possessive cue ("Azerbaijan's ally Turkey"), or the
 *     subject of the clause ("Turkey is ...", "Israel considers ...").
 * When no partner was found but the clause has two actors before the cue
 * ("Israel considers Azerbaijan a strategic partner"), the first is the
 * holder and the nearest the partner. */
#include <string.h> /* strcmp */

#include "code/coder.h"
#include "lexicon/word.h" /* ent_word_is_determiner */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

static inline int tok_is_n(const ent_coder *c, size_t i, const char *w, size_t n)
{
	return i < c->tl.n && c->tl.toks[i].len == n && c->tl.norm[c->tl.toks[i].norm] == w[0] &&
	       memcmp(c->tl.norm + c->tl.toks[i].norm, w, n) == 0;
}
/* Token i is the literal word `lit` (length known at compile time). */
#define is(c, i, lit) tok_is_n((c), (i), "" lit, sizeof(lit) - 1)

/* A mention ending exactly at token e (exclusive end), or -1. */
static int32_t ending_at(const ent_coder *c, size_t e)
{
	if (e == 0 || e > c->tl.n)
		return -1;
	int32_t m = c->inside.items[e - 1];
	if (m >= 0 && c->m.items[m].e == e)
		return m;
	/* several mentions may share tokens (group references): the last one */
	for (size_t k = c->m.len; k-- > 0;)
		if (c->m.items[k].e == e)
			return (int32_t)k;
	return -1;
}

static int negated_before(const ent_coder *c, size_t cb)
{
	/* "Neither does Azerbaijan want a full normalization of relations" */
	if (c->tl.n && (is(c, 0, "neither") || is(c, 0, "nor"))) {
		int comma = 0;
		for (size_t t = 0; t < cb && !comma; t++)
			comma = is(c, t, ",") || is(c, t, ";");
		if (!comma)
			return 1;
	}
	size_t lo = cb > 5 ? cb - 5 : 0;
	for (size_t t = lo; t < cb; t++)
		if (is(c, t, "not") || is(c, t, "n't") || is(c, t, "never") || is(c, t, "no") || is(c, t, "longer") ||
		    is(c, t, "former") || is(c, t, "once") || is(c, t, "neither") || is(c, t, "nor") || is(c, t, "without"))
			return 1;
	return 0;
}

static int emit_rel(ent_coder *c, int32_t a, int32_t b, const lx_cue *cue, size_t cb, size_t ce, ent_event *proto,
		    ent_event_fn fn, void *payload)
{
	if (a < 0 || b < 0)
		return 0;
	const ent_mention_i *ma = &c->m.items[a], *mb = &c->m.items[b];
	if (ma->null || mb->null || !strcmp(ma->code, mb->code))
		return 0;
	/* the same state under two sectors, or a state and its own leader,
	 * is not a relation ("America's Adversaries ... Act" signed by Trump) */
	if (strlen(ma->code) >= 3 && strlen(mb->code) >= 3 && !strncmp(ma->code, mb->code, 3) &&
	    strncmp(ma->code, "---", 3) && strncmp(ma->code, "IGO", 3) && strncmp(ma->code, "NGO", 3))
		return 0;
	ent_event ev = *proto;
	ev.kind = ENT_KIND_RELATION;
	ev.source = ma->code;
	ev.target = mb->code;
	ev.code = "";
	ev.relation_type = cue->type;
	ev.relation_sign = cue->sign;
	ev.relation_weight = cue->weight;
	ev.negated = negated_before(c, cb);
	/* "it would be foolish to assume that Iran will lead an alliance with
	 * Russia", "if Turkey became Iran's ally": a tie the text supposes
	 * is not stated (conditional and possible ties weigh nothing) */
	ev.modality = ent_code__modality_between(c, ma->e <= cb ? ma->e : 0, cb);
	ent_code__event_span(c, &ev, ma, mb, cb, ce);
	return fn(&ev, payload);
}

/* The end of the last member of compound group g. */
static size_t group_end(const ent_coder *c, int32_t g)
{
	size_t e = 0;
	for (int32_t x = g; x >= 0; x = c->m.items[x].next)
		if (c->m.items[x].e > e)
			e = c->m.items[x].e;
	return e;
}

/* Whether a preposition stands among tokens [from, to). */
static int preposition_between(const ent_coder *c, size_t from, size_t to)
{
	for (size_t t = from; t < to; t++)
		if (ent_word_is_preposition(ent_tok_norm(&c->tl, t), c->tl.toks[t].len))
			return 1;
	return 0;
}

/* Leftmost mention of the clause before token t that is not in a
 * prepositional phrase. */
static int32_t clause_subject(const ent_coder *c, size_t t, int32_t not_group)
{
	size_t start = 0;
	for (size_t k = t; k-- > 0;)
		if (c->inside.items[k] < 0 && (ent_code__is_clause_word(c, k) || (is(c, k, "and") && k > 0 && is(c, k - 1, ",")))) {
			start = k + 1; /* (", and China remains ...": a new clause) */
			break;
		}
	int32_t rel = ent_code__relative_antecedent(c, start);
	int32_t poss = -1;
	for (size_t k = 0; k < c->m.len; k++) {
		const ent_mention_i *m = &c->m.items[k];
		if (m->b < start || m->e > t)
			continue;
		/* a possessor is not the subject: "Azerbaijan's ally, Turkey, is" */
		if (m->e < c->tl.n && (c->tl.toks[m->e].flags & ENT_TOK_POSS)) {
			if (poss < 0 && m->group != not_group)
				poss = (int32_t)k;
			continue;
		}
		if (m->in_pp || m->modifier || m->noun_mod || m->compared || m->group == not_group ||
		    (not_group >= 0 && !strcmp(m->code, c->m.items[not_group].code)))
			continue;
		return (int32_t)k;
	}
	if (rel >= 0 && rel != not_group)
		return rel;
	return poss;
}

int ent_code__relations(ent_coder *c, ent_event_fn fn, void *payload, ent_event *proto)
{
	const ent_lexicon *lx = c->lx;
	size_t n = c->tl.n;
	if (!lx->cues.len || c->m.len < 1)
		return 0;
	int32_t last_app = -1; /* the head of the last appositive relation */
	for (size_t i = 0; i < n; i++) {
		size_t best = 0;
		uint32_t bi = 0;
		for (size_t k = (size_t)c->coff.items[i]; k < (size_t)c->coff.items[i + 1]; k++) {
			uint32_t en = c->cand.items[k];
			if (LX_ENTRY_CAT(en) != LX_CAT_CUE)
				continue;
			size_t r = ent_lexicon__match_phrase(lx, &lx->cues.items[LX_ENTRY_IDX(en)].ph, &c->tl, i, n);
			if (r > best) {
				best = r;
				bi = LX_ENTRY_IDX(en);
			}
		}
		if (!best)
			continue;
		const lx_cue *cue = &lx->cues.items[bi];
		size_t cb = i, ce = best;
		int32_t a = -1, b = -1;
		int possessive = 0;
		/* "the Turkish-Israeli rapprochement": a hyphenated pair just before the cue */
		if (cb > 0 && (c->tl.toks[cb - 1].flags & ENT_TOK_HYPHEN) && c->inside.items[cb - 1] >= 0) {
			int32_t g = c->m.items[c->inside.items[cb - 1]].group;
			if (c->m.items[g].next >= 0 && c->m.items[g].b == cb - 1) {
				ENT_FORWARD_IF_ERROR(emit_rel(c, g, c->m.items[g].next, cue, cb - 1, ce, proto, fn, payload));
				i = ce - 1;
				continue;
			}
		}
		/* partner: possessor before the cue, allowing up to three
		 * adjectives ("its most valuable new partner") */
		for (size_t back = 0; back <= 3 && back < cb; back++) {
			size_t t = cb - back; /* candidate end of the possessor */
			if (t >= 1 && (c->tl.toks[t - 1].flags & ENT_TOK_POSS)) {
				b = ending_at(c, t - 1);
				if (b >= 0) {
					possessive = 1;
					break;
				}
			}
			int32_t m = ending_at(c, t);
			/* (a possessive pronoun: "its ally", not "it pushes Turkey closer") */
			if (m >= 0 && c->m.items[m].how == 7 /* MH_PRONOUN */ &&
			    (is(c, t - 1, "its") || is(c, t - 1, "their") || is(c, t - 1, "his") || is(c, t - 1, "her") ||
			     is(c, t - 1, "our"))) {
				b = m;
				possessive = 1;
				break;
			}
			if (t >= 1 && (c->tl.toks[t - 1].flags & ENT_TOK_PUNCT))
				break;
		}
		/* partner: "ally of X", "alliance with X", "supplier of arms to X";
		 * with a possessor too ("its close relations with Israel"), the
		 * possessor then holds the tie */
		int32_t pobj = -1;
		{
			/* the cue itself ends with its preposition: "alliance with Turkey" */
			size_t u = ce;
			while (u < n && (ent_word_is_determiner(ent_tok_norm(&c->tl, u), c->tl.toks[u].len) || is(c, u, "both") ||
					 is(c, u, "either")))
				u++;
			if (u < n && c->at.items[u] >= 0 && ce > cb && ent_word_is_preposition(ent_tok_norm(&c->tl, ce - 1), c->tl.toks[ce - 1].len))
				pobj = c->at.items[u];
		}
		if (pobj < 0) {
			for (size_t t = ce; t < n && t < ce + 6; t++) {
				if (c->tl.toks[t].flags & ENT_TOK_PUNCT)
					break;
				if (is(c, t, "of") || is(c, t, "to") || is(c, t, "with") || is(c, t, "between") ||
				    is(c, t, "for") || is(c, t, "toward") || is(c, t, "towards")) {
					size_t u = t + 1;
					while (u < n && (ent_word_is_determiner(ent_tok_norm(&c->tl, u), c->tl.toks[u].len) ||
							 is(c, u, "both") || is(c, u, "either")))
						u++;
					if (u < n && c->at.items[u] >= 0) {
						pobj = c->at.items[u];
						break;
					}
				}
			}
		}
		/* "tensions between Armenia and Azerbaijan": the two members of the
		 * compound after "between" hold the tie with each other */
		if (pobj >= 0 && c->m.items[pobj].b >= 1 && is(c, c->m.items[pobj].b - 1, "between") &&
		    c->m.items[pobj].group == pobj && c->m.items[pobj].next >= 0 &&
		    c->m.items[c->m.items[pobj].next].next < 0 && !c->m.items[pobj].modifier) {
			ENT_FORWARD_IF_ERROR(emit_rel(c, pobj, c->m.items[pobj].next, cue, cb, ce, proto, fn, payload));
			i = ce - 1;
			continue;
		}
		if (b < 0)
			b = pobj;
		else if (pobj >= 0 && possessive && c->m.items[pobj].group != c->m.items[b].group)
			a = b, b = pobj;
		/* holder: appositive "Iran, its archenemy" / "Turkey, Azerbaijan's closest ally" */
		size_t head = cb;
		if (possessive && b >= 0)
			head = c->m.items[b].b;
		while (head > 0 && ent_word_is_determiner(ent_tok_norm(&c->tl, head - 1), c->tl.toks[head - 1].len))
			head--;
		int appositive = 0;
		if (a < 0 && head >= 2 && (is(c, head - 1, ",") || is(c, head - 1, "-"))) {
			int32_t m = ending_at(c, head - 1);
			if (m >= 0 && (b < 0 || m != b) && !c->m.items[m].modifier) {
				a = m;
				appositive = 1;
			}
		}
		/* "Iran, its archenemy, and Armenia's ally": the same head */
		if (a < 0 && last_app >= 0 && head >= 1 && is(c, head - 1, "and") && (b < 0 || b != last_app))
			a = last_app;
		/* holder: "Azerbaijan's ally Turkey", "its main ally - Turkey",
		 * "Baku's closest ally and partner - Turkey" */
		if (a < 0 && possessive) {
			size_t u = ce;
			for (size_t k = 0; k < 3 && u < n && c->at.items[u] < 0; k++) {
				/* ("partner and Moscow its friend": "and" starts another
				 * clause unless more of the cue follows) */
				if (is(c, u, "-") || is(c, u, ",") || is(c, u, "partner") || is(c, u, "friend") ||
				    (is(c, u, "and") && (is(c, u + 1, "partner") || is(c, u + 1, "friend"))))
					u++;
				else
					break;
			}
			if (u < n && c->at.items[u] >= 0 && !c->m.items[c->at.items[u]].modifier)
				a = c->at.items[u];
		}
		/* "speak of the two countries as ironclad brothers": the compound
		 * just before "as" holds the tie within itself */
		if (a < 0 && b < 0) {
			size_t t = cb;
			while (t > 0 && !is(c, t - 1, "as") && t + 3 > cb && !(c->tl.toks[t - 1].flags & ENT_TOK_PUNCT) &&
			       c->inside.items[t - 1] < 0)
				t--;
			int32_t m = t >= 2 && is(c, t - 1, "as") ? ending_at(c, t - 1) : -1;
			if (m >= 0 && c->m.items[c->m.items[m].group].next >= 0) {
				int32_t g = c->m.items[m].group;
				for (int32_t x = g; x >= 0; x = c->m.items[x].next)
					for (int32_t y = c->m.items[x].next; y >= 0; y = c->m.items[y].next)
						ENT_FORWARD_IF_ERROR(emit_rel(c, x, y, cue, cb, ce, proto, fn, payload));
				i = ce - 1;
				continue;
			}
		}
		/* holder: the subject of an elided copula, "Washington is its new
		 * partner and Moscow its oldest friend" */
		if (a < 0 && possessive && b >= 0 && c->m.items[b].how == 7 /* MH_PRONOUN */ && c->m.items[b].b >= 2) {
			int32_t m = ending_at(c, c->m.items[b].b);
			if (m >= 0 && c->m.items[m].b >= 1 && (is(c, c->m.items[m].b - 1, "and") || is(c, c->m.items[m].b - 1, ",")) &&
			    !c->m.items[m].in_pp && !c->m.items[m].modifier)
				a = m;
		}
		/* holder: the clause's subject */
		int from_subject = 0;
		if (a < 0) {
			a = clause_subject(c, possessive && b >= 0 ? c->m.items[b].b : cb, b >= 0 ? c->m.items[b].group : -1);
			from_subject = a >= 0;
		}
		/* "it pushes Turkey closer to Iran": the one pushed holds the tie */
		if (from_subject && a >= 0) {
			for (size_t t = c->m.items[a].e; t + 1 < cb; t++) {
				const char *w = ent_tok_norm(&c->tl, t);
				size_t wl = c->tl.toks[t].len;
				if (!((wl >= 4 && (!memcmp(w, "push", 4) || !memcmp(w, "drew", 4) || !memcmp(w, "draw", 4) ||
						   !memcmp(w, "drov", 4) || !memcmp(w, "driv", 4) || !memcmp(w, "nudg", 4))) ||
				      (wl >= 5 && !memcmp(w, "bring", 5)) || (wl >= 7 && !memcmp(w, "brought", 7))))
					continue;
				if (c->at.items[t + 1] >= 0 && c->m.items[c->at.items[t + 1]].e <= cb &&
				    (b < 0 || c->m.items[c->at.items[t + 1]].group != c->m.items[b].group)) {
					a = c->at.items[t + 1];
					from_subject = 0;
				}
				break;
			}
		}
		/* "his ally" with the holder only guessed from the subject: the
		 * pronoun may be anyone's; keep it only in a copular statement
		 * ("Turkey is its closest ally") */
		if (from_subject && possessive && b >= 0 && c->m.items[b].how == 7 /* MH_PRONOUN */) {
			int copula = 0;
			/* (the verb before the holder too: "call China their friend") */
			for (size_t t = c->m.items[a].b ? c->m.items[a].b - 1 : c->m.items[a].e; t < c->m.items[b].b; t++)
				copula |= is(c, t, "is") || is(c, t, "was") || is(c, t, "are") || is(c, t, "were") || is(c, t, "remains") ||
					  is(c, t, "remained") || is(c, t, "became") || is(c, t, "becomes") || is(c, t, "been") ||
					  /* "Pakistanis call China their friend" */
					  is(c, t, "call") || is(c, t, "calls") || is(c, t, "called") || is(c, t, "consider") ||
					  is(c, t, "considers") || is(c, t, "considered") || is(c, t, "regard") || is(c, t, "regards") ||
					  is(c, t, "regarded");
			if (!copula)
				a = -1;
		}
		/* "As a neighbour of Iran that shares a mistrust of the Islamic
		 * Republic, Azerbaijan fits the bill": after an introductory
		 * phrase, the holder is the main clause's subject */
		if (a < 0 && b >= 0 && n > 0 &&
		    (is(c, 0, "as") || is(c, 0, "for") || is(c, 0, "like") || is(c, 0, "unlike") || is(c, 0, "while") ||
		     is(c, 0, "although") || is(c, 0, "despite") || is(c, 0, "given") || is(c, 0, "with"))) {
			size_t t = ce;
			while (t < n && !is(c, t, ","))
				t++;
			for (size_t k = 0; k < c->m.len && t < n; k++) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->b <= t)
					continue;
				if (!m->in_pp && !m->modifier && m->group != c->m.items[b].group)
					a = (int32_t)k;
				break;
			}
		}
		/* "Israel considers Azerbaijan a strategic partner": only after a
		 * verb of considering, naming or describing */
		if (b < 0 && a >= 0) {
			for (size_t k = c->m.len; k-- > 0;) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->e <= cb && (int32_t)k != a && m->b > c->m.items[a].e && !m->modifier) {
					int verbal = 0;
					/* "Israel's relations with Turkey are tense" */
					for (size_t t = c->m.items[a].e; t + 1 < m->b && !verbal; t++)
						verbal = (is(c, t, "relations") || is(c, t, "ties") || is(c, t, "relationship")) &&
							 (is(c, t + 1, "with") || is(c, t + 1, "between") || is(c, t + 1, "to"));
					for (size_t t = c->m.items[a].e; t < m->b && !verbal; t++) {
						static const char *const vv[] = { "consider", "regard", "see", "saw", "view", "call", "describe",
							"name", "deem", "brand", "label", "refer", "treat", "designate", "recognize", "recognise", NULL };
						const char *w = ent_tok_norm(&c->tl, t);
						for (size_t q = 0; vv[q] && !verbal; q++)
							verbal = !strncmp(w, vv[q], strlen(vv[q]));
					}
					if (verbal)
						b = (int32_t)k;
					break;
				}
			}
		}
		/* "Iran, its archenemy": in an appositive, "its" is the sentence's
		 * subject (the topic), never the head itself */
		if (appositive && a >= 0 && b >= 0 && c->m.items[b].how == 7 /* MH_PRONOUN */) {
			int32_t alt = -1;
			for (size_t k = 0; k < c->m.len; k++) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->in_pp || m->modifier || m->how == 7 || !strcmp(m->code, c->m.items[a].code) || !strncmp(m->code, "---", 3))
					continue;
				alt = (int32_t)k;
				break;
			}
			b = alt;
		}
		if (appositive && a >= 0)
			last_app = a;
		/* "a reconciliation between its two allies, Turkey and Israel":
		 * "its" is none of the allies; the latest other actor */
		if (a >= 0 && b >= 0 && c->m.items[b].how == 7 /* MH_PRONOUN */) {
			int in_group = 0;
			for (int32_t x = c->m.items[a].group; x >= 0; x = c->m.items[x].next)
				in_group |= !strcmp(c->m.items[x].code, c->m.items[b].code);
			if (in_group) {
				int32_t alt = -1;
				for (size_t k = (size_t)b; k-- > 0;) {
					const ent_mention_i *m = &c->m.items[k];
					int ing = 0;
					for (int32_t x = c->m.items[a].group; x >= 0; x = c->m.items[x].next)
						ing |= !strcmp(c->m.items[x].code, m->code);
					if (!ing && !m->modifier && m->how != 7 && strncmp(m->code, "---", 3)) {
						alt = (int32_t)k;
						break;
					}
				}
				b = alt;
			}
		}
		if (a >= 0 && b >= 0) {
			/* compounds on either side each hold the tie */
			for (int32_t x = c->m.items[a].group; x >= 0; x = c->m.items[x].next)
				for (int32_t y = c->m.items[b].group; y >= 0; y = c->m.items[y].next)
					if (x != y)
						ENT_FORWARD_IF_ERROR(emit_rel(c, x, y, cue, cb, ce, proto, fn, payload));
		} else if (a >= 0 && b < 0 && c->m.items[c->m.items[a].group].next >= 0 && !possessive &&
			   !preposition_between(c, group_end(c, c->m.items[a].group), cb)) {
			/* (not "partners with a common rival": that rival is someone else)
		 * "Washington and Moscow, which are now in open confrontation",
			 * "Turkey and Israel are at odds": the members of the holding
			 * compound hold the tie with each other */
			int32_t g = c->m.items[a].group;
			for (int32_t x = g; x >= 0; x = c->m.items[x].next)
				for (int32_t y = c->m.items[x].next; y >= 0; y = c->m.items[y].next)
					ENT_FORWARD_IF_ERROR(emit_rel(c, x, y, cue, cb, ce, proto, fn, payload));
		} else if (a < 0 && b < 0) {
			/* "the Turkish-Israeli rapprochement": two adjectives before the cue */
			int32_t m2 = ending_at(c, cb);
			if (m2 >= 0 && c->m.items[m2].group != m2) {
				int32_t g = c->m.items[m2].group;
				ENT_FORWARD_IF_ERROR(emit_rel(c, g, m2, cue, cb, ce, proto, fn, payload));
			}
		}
		i = ce - 1;
	}
	return 0;
}
