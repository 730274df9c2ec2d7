/* Matching a verb's patterns around it: the words, alternative sets and
 * actor slots before (lower) and after (upper) the verb, with TABARI's gap
 * and skip rules; a target slot may take the noun phrase the tree heads. */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp, strlen */

#include "lexicon/word.h" /* ent_word_is_* */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

int ent_code__in_clause_stop(const ent_coder *c, size_t i)
{
	return tis(c, i, ";") || tis(c, i, ":") || tis(c, i, ".") || tis(c, i, "?") || tis(c, i, "!");
}

static size_t altm_slot(size_t cap, uint32_t set, uint32_t tok)
{
	uint64_t h = ((uint64_t)set * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)tok * 0xC2B2AE3D27D4EB4Full);
	return (size_t)(h >> 17) & (cap - 1);
}

/* Record that set `set` matches tokens [tok, end) (keeping the longest). */
int ent_code__altm_put(ent_coder *c, uint32_t set, uint32_t tok, uint32_t end)
{
	if ((c->altm_n + 1) * 2 > c->altm_cap) {
		size_t nc = c->altm_cap ? c->altm_cap * 2 : 256;
		struct ent_altm_entry *old = c->altm;
		size_t oc = c->altm_cap;
		c->altm = ent__calloc(nc, sizeof *c->altm);
		if (!c->altm) {
			c->altm = old;
			return ent_error_oom();
		}
		c->altm_cap = nc;
		c->altm_n = 0;
		for (size_t i = 0; i < oc; i++) {
			struct ent_altm_entry *o = &old[i];
			if (o->end)
				ent_code__altm_put(c, o->set, o->tok, o->end);
		}
		ent__free(old);
	}
	size_t k = altm_slot(c->altm_cap, set, tok);
	while (c->altm[k].end && !(c->altm[k].set == set && c->altm[k].tok == tok))
		k = (k + 1) & (c->altm_cap - 1);
	if (!c->altm[k].end)
		c->altm_n++;
	if (end > c->altm[k].end) {
		c->altm[k].set = set;
		c->altm[k].tok = tok;
		c->altm[k].end = end;
	}
	return 0;
}

/* The end of set `set` matched at token `tok`, or 0. */
static size_t alt_end(const ent_coder *c, uint32_t set, size_t tok)
{
	if (!c->altm_n)
		return 0;
	size_t k = altm_slot(c->altm_cap, set, (uint32_t)tok);
	while (c->altm[k].end) {
		if (c->altm[k].set == set && c->altm[k].tok == tok)
			return c->altm[k].end;
		k = (k + 1) & (c->altm_cap - 1);
	}
	return 0;
}

/* "Iran's long-time rival Israel": the mention a possessor mention
 * qualifies, when one follows within a few words, else -1. */
int32_t ent_code__possessed_of(const ent_coder *c, int32_t k)
{
	const ent_mention_i *m = &c->m.items[k];
	if (m->e >= c->tl.n || !(c->tl.toks[m->e].flags & ENT_TOK_POSS) || (size_t)k + 1 >= c->m.len)
		return -1;
	const ent_mention_i *x = &c->m.items[k + 1];
	if (x->b <= m->e || x->b > m->e + 4 || x->modifier)
		return -1;
	for (size_t t = m->e + 1; t < x->b; t++)
		if (tpunct(c, t) || ent_word_is_preposition(tnorm(c, t), tlen(c, t)))
			return -1;
	return k + 1;
}

/* Whether adjective mention m names a place or asset of its state: "the
 * Ukrainian city of Kharkiv", "Azerbaijani positions", "Iranian nuclear
 * facilities" (an attack on them is on that state), "Chinese steel" (a
 * tariff on it is on China). */
int ent_code__owned_place(const ent_coder *c, const ent_mention_i *m)
{
	if (m->how != MH_ADJ)
		return 0;
	size_t t = m->e;
	if (t < c->tl.n && (tis(c, t, "nuclear") || tis(c, t, "military") || tis(c, t, "border") || tis(c, t, "oil") ||
			    tis(c, t, "naval") || tis(c, t, "air") || tis(c, t, "energy") || tis(c, t, "commercial") ||
			    tis(c, t, "civilian") || tis(c, t, "government") || tis(c, t, "army")))
		t++;
	if (t >= c->tl.n)
		return 0;
	static const char *const nouns[] = { "city", "cities", "town", "towns", "village", "villages", "capital", "port",
		"ports", "border", "territory", "soil", "positions", "position", "base", "bases", "airbase", "facilities",
		"facility", "sites", "site", "embassy", "consulate", "ship", "ships", "vessel", "vessels", "tanker",
		"tankers", "convoy", "infrastructure", "region", "province", "airspace", "waters", "targets", "outpost",
		"outposts", "posts", "installations", "plant", "airport",
		/* its goods and trade: "tariffs on Chinese steel", "a ban on
		 * Russian imports" */
		"steel", "aluminium", "aluminum", "goods", "products", "imports", "exports", "assets", "airlines",
		"flights", NULL };
	for (size_t k = 0; nouns[k]; k++)
		if (ent_code__tok_is(c, t, nouns[k]))
			return 1;
	return 0;
}

size_t ent_code__match_upper(ent_coder *c, const lx_elem *e, uint32_t n, size_t p, size_t end, binding *bd, int depth);

/* Whether an actor mention starts within the few words after token q, so
 * that the tree could make a noun phrase starting at q name it (the tree
 * is parsed only then). */
static int actor_ahead(const ent_coder *c, size_t q)
{
	for (size_t t = q + 1; t < c->tl.n && t <= q + 6; t++) {
		if (c->at.items[t] >= 0)
			return 1;
		if (tpunct(c, t))
			return 0;
	}
	return 0;
}

static size_t upper_one(ent_coder *c, const lx_elem *e, uint32_t n, size_t q, size_t end, binding *bd, int depth);

/* A pattern's word did not match at q: with entente's own dictionaries,
 * step over a word that only modifies the noun after it, so that "halt aid
 * to T" reads "halted economic aid to Haiti" and "hold (a) general
 * strike" reads "held a 24-hour general strike". Actors are never stepped
 * over, they may fill a slot; a possessive pronoun is ("halted its aid"). */
static size_t skip_modifier(ent_coder *c, const lx_elem *e, uint32_t n, size_t q, size_t end, binding *bd, int depth)
{
	int32_t in = c->inside.items[q];
	/* ("its" in "its economic aid" is a mention that names no one) */
	/* ... nor is a sector word used as an adjective ("joint military exercises") */
	int possessive = in >= 0 && (c->m.items[in].how == MH_PRONOUN || c->m.items[in].how == MH_AGENT) &&
			 c->m.items[in].modifier && c->m.items[in].e == q + 1;
	if (!c->ours || c->tabari || depth > 24 || q + 1 >= end || (in >= 0 && !possessive))
		return 0;
	/* a number or "$" can only be part of a quantity the tree shows */
	int wordlike = (c->tl.toks[q].flags & ENT_TOK_WORD) != 0;
	if (!wordlike && !(c->tl.toks[q].flags & ENT_TOK_NUM) && !(c->tl.toks[q].flags & ENT_TOK_PUNCT))
		return 0;
	/* the tree is parsed only when the word is just ahead (a quantity,
	 * "about 70 million dollars of", may be longer than a modifier) */
	size_t ahead = 0;
	for (size_t k = q + 1; k < end && k <= q + 6 && !ahead; k++)
		if (e[0].kind == LX_E_ALT ? alt_end(c, e[0].alt, k) != 0 : ent_lexicon__elem_matches(c->lx, &e[0], &c->tl, k))
			ahead = k - q;
	/* (a quantity has its "of": without one only a modifier is asked, and
	 * the tree is not parsed for nothing) */
	int of = 0;
	for (size_t k = q; ahead && k < q + ahead && !of; k++)
		of = tis(c, k, "of");
	if (!ahead || (ahead > 3 && !of) || (!wordlike && !of))
		return 0;
	if (ent_code__tree_ready(c) != 1 ||
	    !((wordlike && ahead <= 3 && ent_code__tree_premodifier(c, q)) || ent_code__tree_quantity(c, q)))
		return 0;
	return upper_one(c, e, n, q + 1, end, bd, depth + 1);
}

/* A pattern that ends in its preposition ("agree on", "decide on") has
 * the preposition's object after it; when that is a date ("agreed on
 * Friday to send aid"), the preposition is not the pattern's. */
static int dated_preposition(const ent_coder *c, size_t q, size_t end)
{
	if (!c->ours || !ent_word_is_preposition(tnorm(c, q), tlen(c, q)))
		return 0;
	size_t k = q + 1;
	if (k < end && (tis(c, k, "last") || tis(c, k, "next") || tis(c, k, "this") || tis(c, k, "early") ||
			tis(c, k, "late")))
		k++;
	return k < end && ent_word_is_time(tnorm(c, k), tlen(c, k));
}

/* Tokens of a time adverbial starting at q ("Monday", "on Monday night",
 * "last week", "in late February", "on 15 October"), or 0. */
static size_t time_adverbial(const ent_coder *c, size_t q, size_t end)
{
	size_t k = q;
	if (k < end && (tis(c, k, "on") || tis(c, k, "in")))
		k++;
	if (k < end && (tis(c, k, "last") || tis(c, k, "next") || tis(c, k, "this") || tis(c, k, "early") ||
			tis(c, k, "late") || tis(c, k, "mid")))
		k++;
	if (k < end && (c->tl.toks[k].flags & ENT_TOK_NUM) && k + 1 < end && ent_word_month(tnorm(c, k + 1), tlen(c, k + 1)))
		k += 2; /* "15 October" */
	else if (k < end && ent_word_is_time(tnorm(c, k), tlen(c, k)))
		k++;
	else if (k > q && k < end && (tis(c, k, "week") || tis(c, k, "month") || tis(c, k, "year")) &&
		 (tis(c, k - 1, "last") || tis(c, k - 1, "next") || tis(c, k - 1, "this")))
		k++;
	else
		return 0;
	/* "October 15", "Monday night" */
	if (k < end && (c->tl.toks[k].flags & ENT_TOK_NUM) && ent_word_month(tnorm(c, k - 1), tlen(c, k - 1)))
		k++;
	else if (k < end && (tis(c, k, "morning") || tis(c, k, "afternoon") || tis(c, k, "evening") || tis(c, k, "night")))
		k++;
	/* a bare "on"/"in" before a plain word is no time: "on" may be the pattern's */
	return k > q + (size_t)(tis(c, q, "on") || tis(c, q, "in")) ? k - q : 0;
}

static size_t upper_one(ent_coder *c, const lx_elem *e, uint32_t n, size_t q, size_t end, binding *bd, int depth)
{
	/* A time adverbial between the verb and the rest of its pattern is not
	 * part of it: "threatened Monday to resume attacks", "gave a warm
	 * welcome on Thursday to", "agreed in principle on Saturday to" */
	size_t skip;
	if (c->ours && !c->tabari && depth < 24 && q < end && (skip = time_adverbial(c, q, end)) != 0 &&
	    q + skip < end && !(e[0].kind == LX_E_WORD && ent_lexicon__elem_matches(c->lx, &e[0], &c->tl, q))) {
		size_t r = upper_one(c, e, n, q + skip, end, bd, depth + 1);
		if (r)
			return r;
	}
	const lx_elem *x = &e[0];
	if (x->kind == LX_E_WORD) {
		/* TABARI "^" skips one word, or a whole actor starting there */
		if (x->match == LX_ANY && c->at.items[q] >= 0) {
			size_t r = ent_code__match_upper(c, e + 1, n - 1, c->m.items[c->at.items[q]].e, end, bd, depth + 1);
			if (r)
				return r;
		}
		/* ... an article included: "warned at the Gondor of the Prince" */
		if (x->match == LX_ANY && c->at.items[q] < 0 && q + 1 < end && c->at.items[q + 1] >= 0 &&
		    ent_word_is_determiner(tnorm(c, q), tlen(c, q))) {
			size_t r = ent_code__match_upper(c, e + 1, n - 1, c->m.items[c->at.items[q + 1]].e, end, bd, depth + 1);
			if (r)
				return r;
		}
		if (ent_lexicon__elem_matches(c->lx, x, &c->tl, q))
			return n == 1 && dated_preposition(c, q, end) ? 0 : ent_code__match_upper(c, e + 1, n - 1, q + 1, end, bd, depth + 1);
		return skip_modifier(c, e, n, q, end, bd, depth);
	}
	if (x->kind == LX_E_ALT) {
		size_t r = alt_end(c, x->alt, q);
		if (r && r <= end)
			return ent_code__match_upper(c, e + 1, n - 1, r, end, bd, depth + 1);
		return skip_modifier(c, e, n, q, end, bd, depth);
	}
	int32_t m = c->at.items[q];
	/* "detained more than forty Armenian students": the slot takes the noun
	 * phrase starting here when the tree says its head is an actor */
	if (m < 0 && c->ours && !c->tabari && actor_ahead(c, q) && ent_code__tree_ready(c) == 1)
		m = ent_code__tree_actor_from(c, q);
	/* "bought jets from Israel": the pattern read "jets from", the slot
	 * takes the state named in the mention "jets from Israel" */
	if (m < 0 && c->ours && !c->tabari && c->inside.items[q] >= 0 && c->m.items[c->inside.items[q]].from_name == q)
		m = ent_code__from_mention(c, c->inside.items[q]);
	/* a bare adjective ("Israeli interests") fills no slot, unless it
	 * names the state's place or asset ("the Ukrainian city of Kharkiv") */
	if (m < 0 || (c->m.items[m].modifier && (c->tabari || !ent_code__owned_place(c, &c->m.items[m]))))
		return 0;
	int32_t pm = ent_code__possessed_of(c, m);
	if (pm >= 0)
		m = pm;
	if (x->kind == LX_E_COMPOUND && c->m.items[c->m.items[m].group].next < 0)
		return 0; /* "%" needs a compound: one actor is none */
	binding save = *bd;
	if (x->kind == LX_E_TARGET)
		bd->tgt = m;
	else if (x->kind == LX_E_SOURCE)
		bd->src = m;
	else {
		bd->compound = 1;
		bd->comp = c->m.items[m].group;
	}
	/* a slot takes the whole compound group */
	size_t after = c->m.items[m].e;
	for (int32_t k = c->m.items[m].next; k >= 0; k = c->m.items[k].next)
		after = c->m.items[k].e;
	size_t r = ent_code__match_upper(c, e + 1, n - 1, after, end, bd, depth + 1);
	if (!r)
		*bd = save;
	return r;
}

size_t ent_code__match_upper(ent_coder *c, const lx_elem *e, uint32_t n, size_t p, size_t end, binding *bd, int depth)
{
	if (n == 0)
		return p > 0 ? p : 1;
	if (depth > 24)
		return 0;
	size_t gap = e[0].gap;
	for (size_t g = 0; g <= gap; g++) {
		size_t q = p + g;
		if (q >= end)
			break;
		if (g > 0 && ent_code__in_clause_stop(c, q - 1))
			break;
		/* nor into an infinitive: in "threatened to ban the students" the
		 * students are the ban's, not the threat's ("threaten T") */
		if (g > 0 && c->ours && !c->tabari && tis(c, q - 1, "to") && ent_code__has_verb_at(c, q))
			break;
		if (e[0].optional) {
			size_t r = ent_code__match_upper(c, e + 1, n - 1, q, end, bd, depth + 1);
			if (r)
				return r;
		}
		size_t r = upper_one(c, e, n, q, end, bd, depth);
		if (r)
			return r;
	}
	return 0;
}

/* Lower elements e[0..n) in text order must end just before token p (the
 * verb); gaps are those to each element's right. Returns the start + 1 of
 * the match (0: no match). */
size_t ent_code__match_lower(ent_coder *c, const lx_elem *e, uint32_t n, size_t p, size_t start, binding *bd,
			  int depth)
{
	if (n == 0)
		return p + 1;
	if (depth > 24)
		return 0;
	const lx_elem *x = &e[n - 1];
	/* "Gollum, centre of a row with Radagast, called on": an actor slot
	 * reaches over a comma-delimited aside (TABARI drops such clauses) */
	/* and over an aside that ends a few words before the verb, those words
	 * being in the slot's gap: "Gollum, centre of a row between Radagast,
	 * the Brown called on" is "Gollum the Brown called on" */
	size_t close = p - 1;
	if (x->kind != LX_E_WORD && x->kind != LX_E_ALT && p >= start + 3 && !tis(c, p - 1, ","))
		for (size_t k = p - 1; k > start && k + 1 + x->gap > p && k + 4 > p; k--) {
			if (ent_code__in_clause_stop(c, k) || ent_code__has_verb_at(c, k) || c->inside.items[k] >= 0)
				break;
			if (tis(c, k - 1, ",")) {
				close = k - 1;
				break;
			}
		}
	if (x->kind != LX_E_WORD && x->kind != LX_E_ALT && close >= start + 2 && tis(c, close, ",")) {
		for (size_t j = close - 1; j > start && j + 15 > close; j--) {
			if (ent_code__in_clause_stop(c, j) || (c->inside.items[j] < 0 && ent_code__has_verb_at(c, j)))
				break; /* a sentence break, or a verb: a clause of its own */
			if (tis(c, j, ",")) {
				size_t r = ent_code__match_lower(c, e, n, j, start, bd, depth + 1);
				if (r)
					return r;
				break;
			}
		}
	}
	size_t gap = x->gap;
	for (size_t g = 0; g <= gap; g++) {
		if (p < start + 1 + g)
			break;
		size_t q = p - 1 - g;
		if (g > 0 && ent_code__in_clause_stop(c, q + 1))
			break;
		if (x->optional) {
			size_t r = ent_code__match_lower(c, e, n - 1, q + 1, start, bd, depth + 1);
			if (r)
				return r;
		}
		if (x->kind == LX_E_WORD) {
			if (ent_lexicon__elem_matches(c->lx, x, &c->tl, q)) {
				size_t r = ent_code__match_lower(c, e, n - 1, q, start, bd, depth + 1);
				if (r)
					return r;
			}
		} else if (x->kind == LX_E_ALT) {
			for (size_t s = q + 1; s-- > start && s + 8 > q;) {
				if (alt_end(c, x->alt, s) == q + 1) {
					size_t rr = ent_code__match_lower(c, e, n - 1, s, start, bd, depth + 1);
					if (rr)
						return rr;
				}
			}
		} else {
			int32_t m = c->inside.items[q];
			if (m < 0 || c->m.items[m].e != q + 1)
				continue;
			binding save = *bd;
			int32_t first = c->m.items[m].group;
			if (x->kind == LX_E_COMPOUND && c->m.items[first].next < 0)
				continue; /* "%" needs a compound: one actor is none */
			if (x->kind == LX_E_TARGET)
				bd->tgt = first;
			else if (x->kind == LX_E_SOURCE)
				bd->src = first;
			else {
				bd->compound = 1;
				bd->comp = first;
			}
			size_t r = ent_code__match_lower(c, e, n - 1, c->m.items[first].b, start, bd, depth + 1);
			if (r)
				return r;
			*bd = save;
		}
	}
	return 0;
}
