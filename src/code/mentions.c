/* Actor mentions of a sentence: dictionary names, adjectives, capitals,
 * descriptions and people, with their agents ("Arnor's foreign minister"
 * -> ARNGOVFRM); compounds ("Israel and Turkey"); pronouns and
 * descriptions, resolved by coref.c. The events are coded over these
 * (coder.c). */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp, strlen */

#include "lexicon/word.h" /* ent_word_is_* */
#include "util/alloc.h"   /* ent__calloc */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

/* --- candidates --- */

void ent_code__collect(uint32_t entry, void *payload)
{
	ent_coder *c = payload;
	(void)ENT_VEC_PUSH(&c->cand, entry);
}

typedef ENT_VEC(uint32_t) entry_vec;

static void collect_into(uint32_t entry, void *payload)
{
	(void)ENT_VEC_PUSH((entry_vec *)payload, entry);
}

/* --- mentions --- */

static char *sa_concat(ent_coder *c, const char *a, const char *b, const char *d)
{
	size_t na = strlen(a), nb = b ? strlen(b) : 0, nd = d ? strlen(d) : 0;
	char *s = ent_arena_alloc(c->sa, na + nb + nd + 1);
	if (!s)
		return NULL;
	memcpy(s, a, na);
	if (nb)
		memcpy(s + na, b, nb);
	if (nd)
		memcpy(s + na + nb, d, nd);
	s[na + nb + nd] = 0;
	return s;
}

/* Append a sector to a code unless the code already ends with it. */
/* CAMEO sectors that, standing alone, name no party: people at large
 * (PPL), unidentified armed forces (UAF), the faithful of a religion. */
static int nameless_sector(const char *sec)
{
	static const char *const none[] = { "PPL", "UAF", "MUS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH", NULL };
	for (size_t k = 0; none[k]; k++)
		if (!strncmp(sec, none[k], 3))
			return 1;
	return 0;
}

static const char *with_sector(ent_coder *c, const char *code, const char *sector, int prefix)
{
	if (!sector || !*sector)
		return code;
	size_t a = strlen(code), b = strlen(sector);
	if (prefix)
		return sa_concat(c, sector, code, NULL);
	if (a >= b && !memcmp(code + a - b, sector, b))
		return code;
	return sa_concat(c, code, sector, NULL);
}

int ent_code__push_mention(ent_coder *c, uint32_t b, uint32_t e, const char *code, uint32_t actor, uint8_t how,
			uint8_t null)
{
	/* TABARI "[+++]" (too complex) and "[###]" (discard) actors code nothing */
	if (code && (code[0] == '+' || code[0] == '#' || !strcmp(code, "---")))
		null = 1;
	ent_mention_i m = { b, e, code, actor, how, null, 0, 0, 0, 0, NULL, -1, -1, 0, 0 };
	if (b > 0 && (tis(c, b - 1, "than") || tis(c, b - 1, "unlike") || tis(c, b - 1, "like") || tis(c, b - 1, "except") ||
		      tis(c, b - 1, "besides") || tis(c, b - 1, "despite")))
		m.compared = 1;
	/* preceded by a preposition, maybe with a determiner or a capitalised
	 * word between ("in the Caspian republic", "against Iran") */
	for (size_t back = 1; back <= 3 && back <= b; back++) {
		size_t t = b - back;
		if (tpunct(c, t))
			break;
		if (ent_word_is_preposition(tnorm(c, t), tlen(c, t))) {
			m.in_pp = 1;
			break;
		}
		if (!ent_word_is_determiner(tnorm(c, t), tlen(c, t)) && back >= 2)
			break;
	}
	/* "its dealings": a possessive determiner alone names no party */
	if (how == MH_PRONOUN && e == b + 1 && (tis(c, b, "its") || tis(c, b, "their") || tis(c, b, "his") || tis(c, b, "her")))
		m.modifier = 1;
	/* a bare adjective: "Israeli actions", "American interests"; its plural
	 * is a noun for the people ("Palestinians drew criticism", "the
	 * Israelis for"), unlike an adjective that ends in -ss ("Swiss banks") */
	int people = tlen(c, b) > 2 && tnorm(c, b)[tlen(c, b) - 1] == 's' && tnorm(c, b)[tlen(c, b) - 2] != 's';
	m.modifier = m.modifier || (how == MH_ADJ && !people && e < c->tl.n && !(c->tl.toks[e].flags & ENT_TOK_PUNCT) && e == b + 1 &&
		     !(c->tl.toks[e].flags & ENT_TOK_POSS));
	/* a name used as a noun modifier: "the Gaza conflict", "the Karabakh
	 * war" (a lower-case word follows that the dictionaries do not know
	 * as a verb: "the Kremlin said" stays an actor) */
	if ((how == MH_NAME || how == MH_DESC) && b > 0 && tis(c, b - 1, "the") && e < c->tl.n &&
	    (c->tl.toks[e].flags & ENT_TOK_WORD) && !(c->tl.toks[e].flags & ENT_TOK_CAP) && c->coff.len > e) {
		int verb = 0;
		for (size_t k = (size_t)c->coff.items[e]; k < (size_t)c->coff.items[e + 1] && !verb; k++)
			verb = LX_ENTRY_CAT(c->cand.items[k]) == LX_CAT_VERB || LX_ENTRY_CAT(c->cand.items[k]) == LX_CAT_AGENT;
		m.noun_mod = !verb && !ent_word_is_aux(tnorm(c, e), tlen(c, e)) && !ent_word_is_preposition(tnorm(c, e), tlen(c, e)) &&
			     !tis(c, e, "and") && !tis(c, e, "or") && !tis(c, e, "which") && !tis(c, e, "who") && !tis(c, e, "that");
	}
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->m, m));
	int32_t idx = (int32_t)(c->m.len - 1);
	c->m.items[idx].group = idx;
	return 0;
}

typedef struct {
	size_t end;
	uint32_t idx;
} best_match;

/* The longest actor / agent phrase at token i. */
static void best_at(ent_coder *c, size_t i, size_t end, best_match *actor, best_match *agent)
{
	const ent_lexicon *lx = c->lx;
	actor->end = agent->end = 0;
	actor->idx = agent->idx = 0;
	for (size_t k = (size_t)c->coff.items[i]; k < (size_t)c->coff.items[i + 1]; k++) {
		uint32_t en = c->cand.items[k];
		uint32_t cat = LX_ENTRY_CAT(en), idx = LX_ENTRY_IDX(en);
		if (cat == LX_CAT_ACTOR) {
			size_t r = ent_lexicon__match_phrase(lx, &lx->actor_phrases.items[idx].ph, &c->tl, i, end);
			/* ties: the entry with a dated role on the document's date
			 * ("President Bush" in 2008: the son, not the father), then
			 * the earlier entry (file order) */
			int better = r > actor->end;
			if (r && r == actor->end) {
				int d1 = ent_lexicon__actor_dated(lx, lx->actor_phrases.items[idx].actor, c->date_num);
				int d0 = ent_lexicon__actor_dated(lx, lx->actor_phrases.items[actor->idx].actor, c->date_num);
				better = d1 != d0 ? d1 : idx < actor->idx;
			}
			if (better) {
				actor->end = r;
				actor->idx = idx;
			}
		} else if (cat == LX_CAT_AGENT) {
			size_t r = ent_lexicon__match_phrase(lx, &lx->agents.items[idx].ph, &c->tl, i, end);
			if (r > agent->end || (r && r == agent->end && idx < agent->idx)) {
				agent->end = r;
				agent->idx = idx;
			}
		}
	}
}

/* "Turkish-Israeli", "Azerbaijani-Israeli": each part of a hyphenated word
 * that names an actor is a mention of the whole token; the parts form a
 * compound. The parts are tokenised on their own to use the same index. */
static int hyphen_mentions(ent_coder *c, size_t i)
{
	const ent_tok *t = &c->tl.toks[i];
	char buf[128];
	size_t n = t->len < sizeof buf - 1 ? t->len : sizeof buf - 1;
	memcpy(buf, ent_tok_norm(&c->tl, i), n);
	for (size_t k = 0; k < n; k++)
		if (buf[k] == '-')
			buf[k] = ' ';
	/* "anti-Israeli", "pro-Israel", "non-Arab": a stance, not a mention */
	static const char *const pre[] = { "anti ", "pro ", "non ", "ex ", "post ", "pre ", "neo ", NULL };
	for (size_t k = 0; pre[k]; k++)
		if (n > strlen(pre[k]) && !memcmp(buf, pre[k], strlen(pre[k])))
			return 0;
	ent_toklist sub = { 0 };
	int rc = ent_lexicon__tokenize(&sub, buf, n, 0);
	int32_t first = -1, prev = -1;
	for (size_t p = 0; rc == 0 && p < sub.n; p++) {
		size_t best = 0;
		uint32_t bi = 0;
		entry_vec cands = { 0 };
		ent_lexicon__candidates(c->lx, &sub, p, collect_into, &cands);
		for (size_t k = 0; k < cands.len; k++) {
			uint32_t en = cands.items[k];
			if (LX_ENTRY_CAT(en) != LX_CAT_ACTOR)
				continue;
			size_t r = ent_lexicon__match_phrase(c->lx, &c->lx->actor_phrases.items[LX_ENTRY_IDX(en)].ph, &sub, p, p + 1);
			if (r > best) {
				best = r;
				bi = LX_ENTRY_IDX(en);
			}
		}
		ENT_VEC_FREE(&cands);
		if (!best)
			continue;
		const lx_actor_phrase *ap = &c->lx->actor_phrases.items[bi];
		const char *code = ent_lexicon__actor_code(c->lx, ap->actor, c->date_num);
		rc = ent_code__push_mention(c, (uint32_t)i, (uint32_t)i + 1, code, ap->actor, MH_ADJ, c->lx->actors.items[ap->actor].null);
		if (rc)
			break;
		int32_t idx = (int32_t)(c->m.len - 1);
		if (first < 0)
			first = idx;
		else {
			c->m.items[prev].next = idx;
			c->m.items[idx].group = first;
		}
		prev = idx;
	}
	ent_toklist_dispose(&sub);
	return rc;
}

/* Whether tokens [from, to) can join two compound members: commas,
 * "and"/"or"/"nor", articles, and up to three adjectives ("Evil Mordor,
 * the awful Fornost, and good Gondor"). *saw_and: a conjunction was there. */
static int joinable(const ent_coder *c, size_t from, size_t to, int *saw_and)
{
	int words = 0;
	*saw_and = 0;
	if (to <= from)
		return 0;
	for (size_t t = from; t < to; t++) {
		if (tis(c, t, "and") || tis(c, t, "&") || tis(c, t, "nor") || tis(c, t, "or"))
			*saw_and = 1;
		/* "Turkey, along with Azerbaijan,", "together with", "as well as":
		 * an "and" that is not written so */
		else if ((tis(c, t, "along") || tis(c, t, "together")) && t + 1 < to && tis(c, t + 1, "with")) {
			*saw_and = 1;
			t++;
		} else if (tis(c, t, "as") && t + 2 < to && tis(c, t + 1, "well") && tis(c, t + 2, "as")) {
			*saw_and = 1;
			t += 2;
		}
		else if (tis(c, t, ",") || tis(c, t, "the") || tis(c, t, "both"))
			;
		else if (++words <= 3 && (c->tl.toks[t].flags & ENT_TOK_WORD) &&
			 (!(c->tl.toks[t].flags & ENT_TOK_CAP) || (t + 1 == to)) &&
			 !ent_word_is_preposition(tnorm(c, t), tlen(c, t)) && !ent_word_is_aux(tnorm(c, t), tlen(c, t)) &&
			 !ent_word_is_pronoun(tnorm(c, t), tlen(c, t)) && c->coff.items[t] == c->coff.items[t + 1])
			;
		else
			return 0;
	}
	return 1;
}

/* Nouns that a sector word describes ("military aid", "government
 * support") although the dictionaries know them as verbs too. */
static int aid_noun(const ent_coder *c, size_t t)
{
	return tis(c, t, "aid") || tis(c, t, "support") || tis(c, t, "assistance") || tis(c, t, "cooperation") ||
	       tis(c, t, "exercises") || tis(c, t, "drills") || tis(c, t, "action") || tis(c, t, "operation") ||
	       tis(c, t, "operations") || tis(c, t, "presence") || tis(c, t, "spending") || tis(c, t, "supplies") ||
	       tis(c, t, "sales") || tis(c, t, "ties") || tis(c, t, "talks");
}

/* Whether a dictionary verb form may start at token i. */
int ent_code__has_verb_at(const ent_coder *c, size_t i)
{
	for (size_t k = (size_t)c->coff.items[i]; k < (size_t)c->coff.items[i + 1]; k++)
		if (LX_ENTRY_CAT(c->cand.items[k]) == LX_CAT_VERB)
			return 1;
	return 0;
}

int ent_code__find_mentions(ent_coder *c)
{
	const ent_lexicon *lx = c->lx;
	size_t n = c->tl.n;
	c->m.len = 0;
	c->at.len = c->inside.len = 0;
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&c->at, n + 1));
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&c->inside, n + 1));
	for (size_t i = 0; i <= n; i++)
		c->at.items[i] = c->inside.items[i] = -1;
	c->at.len = c->inside.len = n + 1;
	size_t i = 0;
	while (i < n) {
		if (tpunct(c, i)) {
			i++;
			continue;
		}
		size_t gend;
		const coref_item *lf;
		if (c->opts.resolve_pronouns && !c->tabari && (lf = ent_code__latter_former(c, i, &gend)) != NULL) {
			/* (a description: it names its party as a name would, with
			 * an agent after its possessive: "the latter's president") */
			const char *code = lf->code;
			size_t e = gend;
			best_match a2, g2;
			if (lf->actor != NONE && e + 1 < n && (c->tl.toks[e].flags & ENT_TOK_POSS)) {
				best_at(c, e + 1, n, &a2, &g2);
				if (g2.end && !a2.end) {
					const lx_agent_phrase *gp = &lx->agents.items[g2.idx];
					code = with_sector(c, ent_lexicon__actor_code(lx, lf->actor, c->date_num), gp->code, gp->prefix);
					if (!code)
						return ent_error_oom();
					e = g2.end;
				}
			}
			ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)e, code, lf->actor, MH_DESC, 0));
			i = e;
			continue;
		}
		if (ent_code__group_reference(c, i, &gend)) {
			/* the last two distinct countries of the document */
			const coref_item *a = NULL, *b = NULL;
			coref_item cur[2];
			size_t ncur = 0;
			/* "an alliance with Turkey and Israel ... the two countries'
			 * backing": a pair named together earlier in the sentence */
			for (size_t k = c->m.len; k-- > 1 && ncur < 2;) {
				const ent_mention_i *x = &c->m.items[k - 1], *y = &c->m.items[k];
				if (x->e + 1 != y->b || !tis(c, x->e, "and") || x->null || y->null || x->how == MH_PERSON ||
				    y->how == MH_PERSON || !strncmp(x->code, "---", 3) || !strncmp(y->code, "---", 3) ||
				    !strncmp(x->code, y->code, 3) || (x->b >= 1 && tis(c, x->b - 1, ",")))
					continue;
				const ent_mention_i *xy[2] = { y, x };
				for (int q = 0; q < 2; q++) {
					cur[q].code = xy[q]->code;
					cur[q].actor = xy[q]->actor;
					cur[q].how = xy[q]->how;
					cur[q].in_pp = xy[q]->in_pp;
				}
				ncur = 2;
			}
			for (size_t k = c->m.len; k-- > 0 && ncur < 2;) {
				const ent_mention_i *m = &c->m.items[k];
				if (m->null || m->modifier || m->how == MH_PERSON || !strncmp(m->code, "---", 3) ||
				    !strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3))
					continue;
				if (ncur == 1 && !strncmp(cur[0].code, m->code, 3))
					continue;
				cur[ncur].code = m->code;
				cur[ncur].actor = m->actor;
				cur[ncur].how = m->how;
				cur[ncur].in_pp = m->in_pp;
				ncur++;
			}
			if (ncur == 2) {
				a = &cur[0];
				b = &cur[1];
			}
			for (size_t k = c->nrecent; k-- > 0 && !b;) {
				if (c->recent[k].how == MH_PERSON || !strncmp(c->recent[k].code, "---", 3) ||
				    !strncmp(c->recent[k].code, "IGO", 3) || !strncmp(c->recent[k].code, "NGO", 3))
					continue; /* ("militant groups", "the Security Council" are not "the two neighbours") */
				if (!a)
					a = &c->recent[k];
				else if (strncmp(a->code, c->recent[k].code, 3) != 0)
					b = &c->recent[k];
			}
			for (size_t k = c->m.len; k-- > 0 && !b;) {
				ent_mention_i *m = &c->m.items[k];
				if (m->null)
					continue;
				(void)m;
			}
			if (a && b) {
				ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)gend, b->code, b->actor, MH_GROUPREF, 0));
				ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)gend, a->code, a->actor, MH_GROUPREF, 0));
				size_t k = c->m.len;
				c->m.items[k - 2].next = (int32_t)(k - 1);
				c->m.items[k - 1].group = (int32_t)(k - 2);
				i = gend;
				continue;
			}
		}
		best_match ac, ag;
		best_at(c, i, n, &ac, &ag);
		if (ac.end && ac.end >= ag.end) {
			const lx_actor_phrase *ap = &lx->actor_phrases.items[ac.idx];
			const lx_actor *a = &lx->actors.items[ap->actor];
			const char *code = ent_lexicon__actor_code(lx, ap->actor, c->date_num);
			uint8_t how = ap->how == LX_HOW_ADJ ? MH_ADJ : ap->how == LX_HOW_CAPITAL ? MH_CAPITAL
				: ap->how == LX_HOW_ALIAS ? MH_ALIAS : ap->how == LX_HOW_DESC ? MH_DESC
				: ap->how == LX_HOW_PERSON || a->kind == LX_ACTOR_PERSON ? MH_PERSON : MH_NAME;
			if (ap->sector)
				code = with_sector(c, code, ap->sector, 0);
			if (!code)
				return ent_error_oom();
			size_t e = ac.end;
			/* an agent after the actor: "Calenardhon government", "Arnor's foreign minister" */
			const lx_agent_phrase *gpa = NULL;
			size_t j = e;
			if (j < n && (c->tl.toks[j].flags & ENT_TOK_POSS)) {
				j++;
				/* "Dagolath's first Deputy Prime Minister", "Azerbaijan's
				 * former foreign minister": a word or two before the agent */
				size_t k = j;
				/* (TABARI attaches an agent only when adjacent) */
				int reach = lx->agent_alone[0] == '~' ? 0 : 3;
				for (int w = 0; w < reach && k + 1 < n; w++) {
					if (!(c->tl.toks[k].flags & ENT_TOK_WORD) || c->coff.items[k] != c->coff.items[k + 1] ||
					    ent_word_is_preposition(tnorm(c, k), tlen(c, k)) || ent_word_is_aux(tnorm(c, k), tlen(c, k)))
						break;
					k++;
					best_match a3, g3;
					best_at(c, k, n, &a3, &g3);
					if (g3.end && g3.end > a3.end) {
						j = k;
						break;
					}
				}
			}
			best_match a2, g2;
			if (j < n && !tpunct(c, j)) {
				best_at(c, j, n, &a2, &g2);
				if (g2.end && g2.end > a2.end) {
					gpa = &lx->agents.items[g2.idx];
					code = with_sector(c, code, gpa->code, gpa->prefix);
					if (!code)
						return ent_error_oom();
					e = g2.end;
				}
			}
			if (strchr(code, '/')) {
				/* "THE_SHIRE [FRO/BIL/SAM]": one name for several actors, a compound */
				const char *p = code;
				int32_t first = -1, prev = -1;
				while (*p) {
					const char *q = strchr(p, '/');
					size_t l = q ? (size_t)(q - p) : strlen(p);
					const char *part = ent_arena_strndup(c->sa, p, l);
					if (!part)
						return ent_error_oom();
					if (l) {
						ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)e, part, ap->actor, how, a->null));
						int32_t idx = (int32_t)(c->m.len - 1);
						if (first < 0) {
							first = idx;
						} else {
							c->m.items[prev].next = idx;
							c->m.items[idx].group = first;
						}
						prev = idx;
					}
					p = q ? q + 1 : p + l;
				}
				i = e;
				continue;
			}
			ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)e, code, ap->actor, how, a->null));
			c->m.items[c->m.len - 1].agent = gpa;
			i = e;
			continue;
		}
		if (ag.end) {
			/* an agent first: "the ambassadors of Arnor", "Foreign Minister X of Y" */
			const lx_agent_phrase *gp = &lx->agents.items[ag.idx];
			size_t j = ag.end;
			if (j < n && (tis(c, j, "of") || tis(c, j, "in") || tis(c, j, "from"))) {
				size_t k = j + 1;
				if (k < n && tis(c, k, "the"))
					k++;
				/* "the mayor of the northern West Bank city", "dissidents
				 * from military-ruled Myanmar": a word or two of description */
				for (int w = 0; w < 2 && k + 1 < n; w++) {
					best_match a4, g4;
					best_at(c, k, n, &a4, &g4);
					if (a4.end || !(c->tl.toks[k].flags & ENT_TOK_WORD) || (c->tl.toks[k].flags & ENT_TOK_CAP) ||
					    ent_word_is_preposition(tnorm(c, k), tlen(c, k)) || ent_word_is_aux(tnorm(c, k), tlen(c, k)))
						break;
					k++;
				}
				best_match a2, g2;
				if (k < n) {
					best_at(c, k, n, &a2, &g2);
					if (a2.end) {
						const lx_actor_phrase *ap = &lx->actor_phrases.items[a2.idx];
						const char *code = ent_lexicon__actor_code(lx, ap->actor, c->date_num);
						code = with_sector(c, code, gp->code, gp->prefix);
						if (!code)
							return ent_error_oom();
						ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)a2.end, code, ap->actor, MH_NAME,
										  lx->actors.items[ap->actor].null));
						c->m.items[c->m.len - 1].agent = gp;
						if (tis(c, j, "from"))
							c->m.items[c->m.len - 1].from_name = (uint32_t)k;
						i = a2.end;
						continue;
					}
				}
			}
			/* an agent alone ("the rebels", "the government"): no country,
			 * coded as PETRARCH does, "---" with the sector; but people at
			 * large, unidentified gunmen or the faithful of a religion name
			 * no party: they fill their slot and code nothing */
			{
				const char *code = with_sector(c, lx->agent_alone, gp->code, 0);
				if (!code)
					return ent_error_oom();
				ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)ag.end, code, NONE, MH_AGENT, 0));
				c->m.items[c->m.len - 1].nameless = (uint8_t)(!gp->prefix && nameless_sector(gp->code));
			}
			i = ag.end;
			continue;
		}
		if (c->opts.resolve_pronouns && ent_code__is_pronoun_tok(c, i)) {
			/* "its" / "their" before a noun is a possessive determiner: a
			 * mention only when a relation or agent follows; keep it anyway,
			 * the coder decides by position */
			const coref_item *r = ent_code__resolve_pronoun(c, i, c->m.len);
			/* "its (southern) neighbour": a neighbour of the antecedent that
			 * the document has mentioned, the most recent first */
			size_t nb = i + 1;
			if (nb < n && (tis(c, nb, "southern") || tis(c, nb, "northern") || tis(c, nb, "eastern") ||
				       tis(c, nb, "western") || tis(c, nb, "immediate") || tis(c, nb, "larger") ||
				       tis(c, nb, "smaller") || tis(c, nb, "powerful")))
				nb++;
			if (r && r->actor != NONE && nb < n &&
			    (tis(c, nb, "neighbour") || tis(c, nb, "neighbor") || tis(c, nb, "neighbours") || tis(c, nb, "neighbors"))) {
				const lx_actor *ra = &lx->actors.items[r->actor];
				const char *pick = NULL;
				uint32_t pick_actor = NONE;
				for (size_t k = c->nrecent; k-- > 0 && !pick;)
					for (size_t q = 0; q < ra->neighbours.len; q++)
						if (!strcmp(c->recent[k].code, ra->neighbours.items[q])) {
							pick = c->recent[k].code;
							pick_actor = c->recent[k].actor;
							break;
						}
				if (pick) {
					ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)(nb + 1), pick, pick_actor, MH_DESC, 0));
					i = nb + 1;
					continue;
				}
			}
			if (r && r->code && *r->code) {
				const char *code = r->code;
				/* TABARI forwards the actor alone to a pronoun, without
				 * its agent ("Fornost President Umbardacil ... He" -> FOR) */
				if (r->actor != NONE && c->tabari)
					code = ent_lexicon__actor_code(lx, r->actor, c->date_num);
				/* "its army": the pronoun's actor with the agent's sector */
				size_t e = i + 1;
				best_match a2, g2;
				if (e < n && !tpunct(c, e)) {
					best_at(c, e, n, &a2, &g2);
					if (g2.end && !a2.end) {
						const lx_agent_phrase *gp = &lx->agents.items[g2.idx];
						const char *base = r->actor != NONE ? ent_lexicon__actor_code(lx, r->actor, c->date_num) : code;
						code = with_sector(c, base, gp->code, gp->prefix);
						if (!code)
							return ent_error_oom();
						e = g2.end;
					}
				}
				ENT_FORWARD_IF_ERROR(ent_code__push_mention(c, (uint32_t)i, (uint32_t)e, code, r->actor, MH_PRONOUN, 0));
				i = e;
				continue;
			}
		}
		if (c->tl.toks[i].flags & ENT_TOK_HYPHEN)
			ENT_FORWARD_IF_ERROR(hyphen_mentions(c, i));
		i++;
	}
	/* "exiled dissidents from Egypt": a bare sector word right before
	 * another mention only qualifies it */
	{
		size_t w = 0;
		for (size_t k = 0; k < c->m.len; k++) {
			ent_mention_i *m = &c->m.items[k];
			if (m->how == MH_AGENT && k + 1 < c->m.len && c->m.items[k + 1].b == m->e && m->next < 0 &&
			    c->m.items[k + 1].group == (int32_t)(k + 1) && m->group == (int32_t)k)
				continue;
			if (w != k) {
				/* the groups formed so far (hyphen pairs, "the two states")
				 * link neighbours pushed together, so every index in them
				 * shifts by the same amount */
				int32_t shift = (int32_t)(k - w);
				c->m.items[w] = *m;
				c->m.items[w].group -= shift;
				if (c->m.items[w].next >= 0)
					c->m.items[w].next -= shift;
			}
			w++;
		}
		c->m.len = w;
	}
	/* positions, prepositional phrases, compounds */
	for (size_t k = 0; k < c->m.len; k++) {
		ent_mention_i *m = &c->m.items[k];
		if (c->at.items[m->b] < 0)
			c->at.items[m->b] = (int32_t)k;
		for (uint32_t t = m->b; t < m->e; t++)
			if (c->inside.items[t] < 0)
				c->inside.items[t] = (int32_t)k;
	}
	/* a sector word alone before a noun is an adjective: "the norms of
	 * military conduct", "military sites" (not "the military said"). Our
	 * dictionaries only: TABARI's and PETRARCH's suites code such words */
	for (size_t k = 0; k < c->m.len && c->ours; k++) {
		ent_mention_i *m = &c->m.items[k];
		size_t e = m->e;
		if (m->how == MH_AGENT && m->actor == NONE && e < c->tl.n && (c->tl.toks[e].flags & ENT_TOK_WORD) &&
		    !(c->tl.toks[e].flags & ENT_TOK_CAP) && c->inside.items[e] < 0 && (!ent_code__has_verb_at(c, e) || aid_noun(c, e)) &&
		    !ent_word_is_aux(tnorm(c, e), tlen(c, e)) && !ent_word_is_be(tnorm(c, e), tlen(c, e)) &&
		    !ent_word_is_preposition(tnorm(c, e), tlen(c, e)) && !ent_word_is_determiner(tnorm(c, e), tlen(c, e)) &&
		    !tis(c, e, "and") && !tis(c, e, "or") && !tis(c, e, "which") && !tis(c, e, "who") && !tis(c, e, "that") &&
		    !(c->tl.toks[e - 1].flags & ENT_TOK_POSS))
			m->modifier = 1;
		/* ... and before a dictionary verb the tree reads as its noun:
		 * "a general strike" is no general's */
		else if (m->how == MH_AGENT && m->actor == NONE && e < c->tl.n && !c->tabari && c->inside.items[e] < 0 &&
			 ent_code__has_verb_at(c, e) && !(c->tl.toks[e].flags & ENT_TOK_CAP) &&
			 ent_code__tree_ready(c) == 1 && ent_code__tree_noun(c, e) == 1 && ent_code__tree_premodifier(c, m->e - 1))
			m->modifier = 1;
	}
	/* a city naming a thing held there: "the Beijing Olympics", "the
	 * Moscow metro" (not "the Moscow government", an agent) */
	for (size_t k = 0; k < c->m.len; k++) {
		ent_mention_i *m = &c->m.items[k];
		size_t e = m->e;
		if ((m->how == MH_CAPITAL || (m->how == MH_NAME && e < c->tl.n && (c->tl.toks[e].flags & ENT_TOK_CAP))) &&
		    m->b > 0 && tis(c, m->b - 1, "the") && e < c->tl.n && (c->tl.toks[e].flags & ENT_TOK_WORD) && c->inside.items[e] < 0 && !ent_word_is_aux(tnorm(c, e), tlen(c, e)) &&
		    !ent_word_is_preposition(tnorm(c, e), tlen(c, e)) && !tis(c, e, "and") && !tis(c, e, "or") && !tis(c, e, "which") &&
		    !tis(c, e, "who") && !tis(c, e, "that") && !ent_code__has_verb_at(c, e))
			m->noun_mod = 1;
	}
	for (size_t k = 0; k + 1 < c->m.len; k++) {
		ent_mention_i *a = &c->m.items[k], *b = &c->m.items[k + 1];
		if (a->how == MH_GROUPREF || b->how == MH_GROUPREF)
			continue;
		if (b->b < a->e)
			continue;
		int saw_and = 0;
		int ok = joinable(c, a->e, b->b, &saw_and);
		/* "Turkey, Azerbaijan's closest ally": a possessive is not a compound member */
		if (ok && !saw_and && b->e < c->tl.n && (c->tl.toks[b->e].flags & ENT_TOK_POSS))
			ok = 0;
		if (ok && !saw_and) {
			/* "A, B and C": a comma counts only if an "and" ends the list */
			int later_and = 0;
			for (size_t q = k + 1; q + 1 < c->m.len && !later_and; q++) {
				int sa = 0;
				if (c->m.items[q + 1].b < c->m.items[q].e)
					continue; /* one name for several actors ("the Shire" FRO/BIL/SAM) */
				if (!joinable(c, c->m.items[q].e, c->m.items[q + 1].b, &sa))
					break;
				later_and = sa;
			}
			ok = later_and;
		}
		/* "Turkey condemned Israel, and it criticised Iran": a pronoun the
		 * tree makes a subject starts a clause, it joins no list */
		if (ok && b->how == MH_PRONOUN && !c->tabari && ent_code__tree_ready(c) == 1 &&
		    ent_code__tree_is_subject(c, b->b))
			ok = 0;
		/* "met Israel in Ankara, and the latter condemned": what points
		 * back at the list is no member of it */
		if (ok && b->e == b->b + 2 && tis(c, b->b, "the") && (tis(c, b->b + 1, "latter") || tis(c, b->b + 1, "former")))
			ok = 0;
		if (ok) {
			/* b may head a compound of its own (a name for several actors) */
			for (int32_t x = (int32_t)(k + 1); x >= 0; x = c->m.items[x].next)
				c->m.items[x].group = a->group;
			a->next = (int32_t)(k + 1);
		}
	}
	/* PETRARCH: "the ambassadors of Arnor, Osgiliath and Gondor", "Fornost
	 * and Gondor legislators": the one agent applies to every member */
	if (c->lx->agents_distribute)
		for (size_t k = 0; k < c->m.len; k++) {
			ent_mention_i *g = &c->m.items[k];
			if (g->group != (int32_t)k || g->next < 0)
				continue;
			const lx_agent_phrase *ag = NULL;
			int with = 0, without = 0;
			int32_t holder = -1;
			for (int32_t x = (int32_t)k; x >= 0; x = c->m.items[x].next) {
				if (c->m.items[x].agent) {
					ag = c->m.items[x].agent;
					holder = x;
					with++;
				} else {
					without++;
				}
			}
			if (!ag || with != 1)
				continue;
			/* the agent covers the list only from its edge: "the ambassadors
			 * of A, B and C", "A and B legislators"; in "Ithilen and the
			 * government of Gondor" it is Gondor's alone */
			int agent_first = 0;
			for (uint32_t t = c->m.items[holder].b; t < c->m.items[holder].e; t++)
				agent_first |= ent_word_is_preposition(tnorm(c, t), tlen(c, t)); /* of, in, from */
			if (agent_first ? holder != (int32_t)k : c->m.items[holder].next >= 0)
				continue;
			for (int32_t x = (int32_t)k; x >= 0; x = c->m.items[x].next) {
				ent_mention_i *m = &c->m.items[x];
				if (m->agent || m->actor == NONE)
					continue;
				const char *code = with_sector(c, ent_lexicon__actor_code(c->lx, m->actor, c->date_num), ag->code, ag->prefix);
				if (!code)
					return ent_error_oom();
				m->code = code;
				m->agent = ag;
			}
		}
	return 0;
}

int32_t ent_code__from_mention(ent_coder *c, int32_t k)
{
	const ent_mention_i *m = &c->m.items[k];
	if (!m->from_name || m->actor == NONE)
		return -1;
	uint32_t b = m->from_name, e = m->e, actor = m->actor;
	for (size_t x = 0; x < c->m.len; x++) /* made already, by another pattern */
		if (c->m.items[x].b == b && c->m.items[x].e == e && c->m.items[x].actor == actor && (int32_t)x != k)
			return (int32_t)x;
	const char *code = ent_lexicon__actor_code(c->lx, actor, c->date_num);
	if (!code || ent_code__push_mention(c, b, e, code, actor, MH_NAME, c->lx->actors.items[actor].null) < 0)
		return -1;
	int32_t g = (int32_t)(c->m.len - 1);
	c->m.items[g].group = g;
	return g;
}
