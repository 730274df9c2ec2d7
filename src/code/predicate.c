/* The predicate of an event: the dictionary verb forms that start at a
 * token, whether the word is a verb there at all, and the pattern it
 * codes by (the coder's first step for each verb, coder.c). */
#include "code/coder.h"
#include "code/tokens.h" /* tis, tnorm, tlen, tpunct */

#include <string.h> /* memcmp */

#include "lexicon/word.h" /* ent_word_is_* */

/* A determiner among the three words before token i, with no punctuation
 * between. */
int ent_code__determiner_near(const ent_coder *c, size_t i)
{
	for (size_t t = i; t-- > 0 && t + 3 >= i;) {
		if (tpunct(c, t))
			return 0;
		if (ent_word_is_determiner(tnorm(c, t), tlen(c, t)))
			return 1;
	}
	return 0;
}

/* Whether the dictionary verb form at token i reads as a noun or an
 * adjective here, by the words around it (with TABARI's dictionaries, its
 * own rules): after an article, capitalised mid-sentence, a preposition's
 * object, a participle describing an actor. */
int ent_code__reads_as_noun(const ent_coder *c, size_t i, int tabari)
{
	size_t n = c->tl.n;
	/* a noun, not a verb: after a determiner ("the restore"), or
	 * capitalised inside the sentence ("To Restore") */
	if (i > 0 && (tis(c, i - 1, "the") || tis(c, i - 1, "a") || tis(c, i - 1, "an")))
		return 1;
	/* "a brief private visit": an article, then only adjectives */
	{
		int noun = 0;
		/* without TABARI's dictionaries (PETRARCH's are written for a
		 * parser), "an anti-Gondor parade" is a noun phrase too */
		int np = !tabari;
		/* ("the bomb killed": a past tense after an article and a noun
		 * is the noun phrase's verb, not its head) */
		int past = np && c->ours && tlen(c, i) > 3 && !memcmp(tnorm(c, i) + tlen(c, i) - 2, "ed", 2);
		for (size_t k = 2; k <= (np ? 6u : 3u) && k <= i && !noun && !past; k++) {
			size_t t = i - k;
			if (!(tis(c, t, "the") || tis(c, t, "a") || tis(c, t, "an")))
				continue;
			int adjs = 1;
			for (size_t q = t + 1; q < i; q++) {
				/* "the Armenian lobby": an adjective actor counts as an
				 * adjective; "the Turkish president" names the subject */
				if (c->inside.items[q] >= 0 && c->m.items[c->inside.items[q]].how == MH_ADJ) {
					if (c->m.items[c->inside.items[q]].agent) {
						adjs = 0;
						break;
					}
					continue;
				}
				if (np && (tis(c, q, "-") || (q + 1 < i && tis(c, q + 1, "-")) || (c->inside.items[q] >= 0 && c->m.items[c->inside.items[q]].b >= 1 &&
							   tis(c, c->m.items[c->inside.items[q]].b - 1, "-"))))
					continue; /* "an anti- Gondor parade" */
				/* for parser-style dictionaries a dictionary word may be
				 * an adjective too ("a surprise visit") unless it is in
				 * a verb's inflected form */
				int dict_word = c->coff.items[q] != c->coff.items[q + 1];
				if (dict_word && np && c->inside.items[q] < 0 && !(tlen(c, q) > 3 &&
				    (!memcmp(tnorm(c, q) + tlen(c, q) - 2, "ed", 2) || !memcmp(tnorm(c, q) + tlen(c, q) - 1, "s", 1))))
					dict_word = 0;
				/* "the 10-month-old conflict" */
				int compound_adj = tlen(c, q) > 2 && memchr(tnorm(c, q), '-', tlen(c, q)) != NULL;
				/* ("the assassination and vowed": a conjunction ends the noun phrase) */
				if (tis(c, q, "and") || tis(c, q, "or") || tis(c, q, "but"))
					adjs = 0;
				if ((!(c->tl.toks[q].flags & ENT_TOK_WORD) && !compound_adj) || (c->tl.toks[q].flags & ENT_TOK_CAP) || dict_word ||
				    ent_word_is_aux(tnorm(c, q), tlen(c, q)) || ent_word_is_preposition(tnorm(c, q), tlen(c, q)))
					adjs = 0;
			}
			noun = adjs;
		}
		if (noun)
			return 1;
	}
	if (i > 0 && (c->tl.toks[i].flags & ENT_TOK_CAP) && !tpunct(c, i - 1) && !(c->tl.toks[i].flags & ENT_TOK_ALLCAPS))
		return 1;
	/* "in favor of", "for help": a preposition's object is a noun */
	if (!tabari && i > 0 && ent_word_is_preposition(tnorm(c, i - 1), tlen(c, i - 1)) && !tis(c, i - 1, "to") &&
	    !t_ing(c, i) &&
	    !(tlen(c, i) > 3 && !memcmp(tnorm(c, i) + tlen(c, i) - 2, "ed", 2)))
		return 1;
	/* "killed in Israeli tank shelling": an -ing word after a
	 * preposition and its modifiers is a noun */
	if (!tabari && i >= 2 && t_ing(c, i) &&
	    !(c->tl.toks[i - 1].flags & ENT_TOK_PUNCT)) {
		int noun = 0;
		for (size_t k = 2; k <= 4 && k <= i && !noun; k++) {
			size_t t = i - k;
			if (!ent_word_is_preposition(tnorm(c, t), tlen(c, t)) || tis(c, t, "to"))
				continue;
			int mods = 1, actor = 0;
			for (size_t q = t + 1; q < i && mods; q++) {
				if (c->inside.items[q] >= 0) {
					actor = 1;
					continue;
				}
				mods = (c->tl.toks[q].flags & ENT_TOK_WORD) && !ent_code__has_verb_at(c, q) && !ent_word_is_aux(tnorm(c, q), tlen(c, q)) &&
				       !ent_word_is_determiner(tnorm(c, q), tlen(c, q));
			}
			noun = mods && actor;
		}
		if (noun)
			return 1;
	}
	/* "meet with exiled dissidents": a participle between a
	 * preposition and the actor it describes is an adjective */
	if (!tabari && i > 0 && i + 1 < n && ent_word_is_preposition(tnorm(c, i - 1), tlen(c, i - 1)) &&
	    !tis(c, i - 1, "by") && c->inside.items[i + 1] >= 0 && tlen(c, i) > 4 && !memcmp(tnorm(c, i) + tlen(c, i) - 2, "ed", 2))
		return 1;
	return 0;
}


/* The dictionary verb forms starting at token i, longest first (at most
 * 64): their entries in vcand, where each ends in vcend. */
size_t ent_code__verb_forms_at(const ent_coder *c, size_t i, uint32_t *vcand, size_t *vcend)
{
	const ent_lexicon *lx = c->lx;
	size_t n = c->tl.n, nv = 0;
	for (size_t k = (size_t)c->coff.items[i]; k < (size_t)c->coff.items[i + 1] && nv < 64; k++) {
		uint32_t en = c->cand.items[k];
		if (LX_ENTRY_CAT(en) != LX_CAT_VERB)
			continue;
		uint32_t idx = LX_ENTRY_IDX(en);
		size_t r = ent_lexicon__match_phrase(lx, &lx->verbs.items[idx].ph, &c->tl, i, n);
		if (!r)
			continue;
		size_t q = nv++;
		while (q > 0 && vcend[q - 1] < r) {
			vcand[q] = vcand[q - 1];
			vcend[q] = vcend[q - 1];
			q--;
		}
		vcand[q] = idx;
		vcend[q] = r;
	}
	return nv;
}

/* What a verb at token i codes: of its forms (longest first), the first
 * whose block codes, by its first matching pattern (most specific first),
 * or the bare block; with entente's dictionaries the most specific pattern
 * among the codes of forms of the same length. */
void ent_code__choose_pattern(ent_coder *c, size_t i, const uint32_t *vcand, const size_t *vcend, size_t nv,
			      verb_choice *out)
{
	const ent_lexicon *lx = c->lx;
	size_t n = c->tl.n;
	const lx_verbform *vf = NULL;
	const lx_verbblock *blk = NULL;
	const char *code = NULL, *code2 = NULL;
	binding bd = { -1, -1, 0, -1, 0, 0 };
	int matched = 0, pattern_neg = 0, matched_score = 0;
	size_t matched_end = 0; /* where the pattern's words after the verb end */
	size_t vend = 0;
	for (size_t vi = 0; vi < nv && !code; vi++) {
		vf = &lx->verbs.items[vcand[vi]];
		blk = &lx->blocks.items[vf->block];
		vend = vcend[vi];
		code = blk->code;
		code2 = blk->code2;
		matched = 0;
		const lx_verbblock *pb = blk->pats_of >= 0 ? &lx->blocks.items[blk->pats_of] : blk;
		for (size_t p = 0; p < pb->pats.len; p++) {
			const lx_pattern *pt = &pb->pats.items[p];
			/* the anchor word's presence was recorded by prepare() (document.c); the
			 * bucket only says a token could match, so check it */
			if (pt->anchor && c->pseen[pt->id] != c->gen)
				continue;
			binding b2 = { -1, -1, 0, -1, 0, 0 };
			size_t lo = ent_code__match_lower(c, pt->lower, pt->nlower, i, 0, &b2, 0);
			if (!lo)
				continue;
			size_t hi = ent_code__match_upper(c, pt->upper, pt->nupper, vend, n, &b2, 0);
			/* "civilians were killed in a bombing": a passive has its
			 * target before it, so "kill T" matches with nothing after */
			if (!hi && blk->from_ours && pt->nlower == 0 && pt->nupper == 1 && pt->upper[0].kind == LX_E_TARGET &&
			    ent_code__is_participle(c, i + vf->head) && ent_code__after_be(c, i))
				hi = vend;
			if (!hi)
				continue;
			bd = b2;
			code = pt->code;
			code2 = pt->code2;
			matched = 1;
			matched_end = pt->nupper ? hi : 0;
			matched_score = 1 + (int)pt->specificity;
			for (uint32_t q = 0; q < pt->nlower; q++)
				pattern_neg |= ent_code__elem_negates(lx, &pt->lower[q], 0);
			break;
		}
		if (blk->from_ours && !matched)
			code = NULL;
		/* a pattern that says [---] stops the verb's coding */
		if (matched && !code)
			break;
		/* entente's dictionaries: of the codes whose verb form starts
		 * here just as long, the most specific pattern wins ("struck
		 * Hezbollah targets": "strike T", 190, not the bare "strike" of
		 * a labour strike, 143) */
		for (size_t vj = vi + 1; code && matched && blk->from_ours && vj < nv && vcend[vj] == vend; vj++) {
			const lx_verbform *vf2 = &lx->verbs.items[vcand[vj]];
			const lx_verbblock *b2k = &lx->blocks.items[vf2->block];
			if (!b2k->from_ours)
				continue;
			for (size_t p = 0; p < b2k->pats.len; p++) {
				const lx_pattern *pt = &b2k->pats.items[p];
				if ((int)pt->specificity + 1 <= matched_score)
					break; /* most specific first: none better follows */
				if (pt->anchor && c->pseen[pt->id] != c->gen)
					continue;
				binding b2 = { -1, -1, 0, -1, 0, 0 };
				if (!ent_code__match_lower(c, pt->lower, pt->nlower, i, 0, &b2, 0))
					continue;
				size_t hi = ent_code__match_upper(c, pt->upper, pt->nupper, vend, n, &b2, 0);
				if (!hi || !pt->code)
					continue;
				vf = vf2;
				blk = b2k;
				bd = b2;
				code = pt->code;
				code2 = pt->code2;
				matched_end = pt->nupper ? hi : 0;
				matched_score = 1 + (int)pt->specificity;
				pattern_neg = 0;
				for (uint32_t q = 0; q < pt->nlower; q++)
					pattern_neg |= ent_code__elem_negates(lx, &pt->lower[q], 0);
				break;
			}
		}
	}
	*out = (verb_choice){ vf, blk, code, code2, bd, matched, pattern_neg, matched_score, matched_end, vend };
}
