/* The first-word index and phrase matching.
 *
 * Every phrase (actor, agent, verb form, relation cue, discard) is indexed
 * under its first word: exact and inflected words in one hash map keyed by
 * the word, TABARI stems in another keyed by the stem. A token then costs
 * a handful of lookups: its candidate base forms in the first map and its
 * prefixes (between the shortest and longest stem length) in the second;
 * each candidate is then checked element by element. */
#include <string.h> /* memcmp */

#include "lexicon/dict.h"
#include "lexicon/word.h" /* ent_word_inflects, ent_word_bases */
#include "util/alloc.h"   /* ent__calloc */
#include "util/error.h"   /* ENT_FORWARD_IF_ERROR */

static int bucket_add(ent_lexicon *lx, ent_map *m, const char *k, size_t n, uint32_t entry)
{
	lx_bucket *b = ent_map_get(m, k, n);
	if (!b) {
		b = ent__calloc(1, sizeof *b);
		ENT_RETURN_IF_OOM(b);
		if (ENT_VEC_PUSH(&lx->buckets, b) < 0) {
			ent__free(b);
			return ENT_ENOMEM;
		}
		ENT_FORWARD_IF_ERROR(ent_map_put(m, k, n, b));
	}
	/* a phrase indexed twice under one key (alternatives) is kept once */
	if (b->v.len && b->v.items[b->v.len - 1] == entry)
		return 0;
	return ENT_VEC_PUSH(&b->v, entry);
}

static int index_elem(ent_lexicon *lx, const lx_elem *e, uint32_t entry, int depth)
{
	if (depth > 8)
		return 0;
	if (e->kind == LX_E_WORD) {
		if (e->match == LX_ANY)
			return 0; /* never first in a phrase that needs indexing */
		if (e->match == LX_STEM) {
			if (e->len < lx->min_stem || lx->min_stem == 0)
				lx->min_stem = e->len;
			if (e->len > lx->max_stem)
				lx->max_stem = e->len;
			return bucket_add(lx, lx->stem, e->w, e->len, entry);
		}
		return bucket_add(lx, lx->exact, e->w, e->len, entry);
	}
	if (e->kind == LX_E_ALT) {
		const lx_altset *a = &lx->altsets.items[e->alt];
		for (size_t i = 0; i < a->alts.len; i++)
			if (a->alts.items[i].n)
				ENT_FORWARD_IF_ERROR(index_elem(lx, &a->alts.items[i].e[0], entry, depth + 1));
	}
	return 0;
}

static int index_phrase(ent_lexicon *lx, const lx_phrase *ph, uint32_t entry)
{
	/* optional leading elements: index the first required one too */
	for (uint32_t i = 0; i < ph->n; i++) {
		ENT_FORWARD_IF_ERROR(index_elem(lx, &ph->e[i], entry, 0));
		if (!ph->e[i].optional)
			break;
	}
	return 0;
}

int ent_lexicon__build_index(ent_lexicon *lx)
{
	for (size_t i = 0; i < lx->actor_phrases.len; i++)
		ENT_FORWARD_IF_ERROR(index_phrase(lx, &lx->actor_phrases.items[i].ph, LX_ENTRY(LX_CAT_ACTOR, i)));
	for (size_t i = 0; i < lx->agents.len; i++)
		ENT_FORWARD_IF_ERROR(index_phrase(lx, &lx->agents.items[i].ph, LX_ENTRY(LX_CAT_AGENT, i)));
	for (size_t i = 0; i < lx->verbs.len; i++)
		ENT_FORWARD_IF_ERROR(index_phrase(lx, &lx->verbs.items[i].ph, LX_ENTRY(LX_CAT_VERB, i)));
	for (size_t i = 0; i < lx->cues.len; i++)
		ENT_FORWARD_IF_ERROR(index_phrase(lx, &lx->cues.items[i].ph, LX_ENTRY(LX_CAT_CUE, i)));
	for (size_t i = 0; i < lx->discards.len; i++)
		ENT_FORWARD_IF_ERROR(index_phrase(lx, &lx->discards.items[i].ph, LX_ENTRY(LX_CAT_DISCARD, i)));
	for (size_t a = 0; a < lx->altsets.len; a++)
		for (size_t m = 0; m < lx->altsets.items[a].alts.len; m++) {
			lx_altmember am = { (uint32_t)a, (uint32_t)m };
			ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&lx->altmembers, am));
			ENT_FORWARD_IF_ERROR(index_phrase(lx, &lx->altsets.items[a].alts.items[m],
							  LX_ENTRY(LX_CAT_ALTM, lx->altmembers.len - 1)));
		}
	/* each pattern's longest word is indexed so a sentence without it
	 * never tries the pattern (Phoenix verbs have hundreds a block) */
	for (size_t b = 0; b < lx->blocks.len; b++) {
		lx_verbblock *vb = &lx->blocks.items[b];
		for (size_t i = 0; i < vb->pats.len; i++) {
			lx_pattern *p = &vb->pats.items[i];
			p->id = lx->npatterns++;
			p->anchor = NULL;
			for (int side = 0; side < 2; side++) {
				const lx_elem *e = side ? p->upper : p->lower;
				uint32_t n = side ? p->nupper : p->nlower;
				for (uint32_t k = 0; k < n; k++)
					if (e[k].kind == LX_E_WORD && e[k].match != LX_ANY && !e[k].optional &&
					    (!p->anchor || e[k].len > p->anchor->len))
						p->anchor = &e[k];
			}
			if (p->anchor && p->id < 0x0FFFFFFF)
				ENT_FORWARD_IF_ERROR(index_elem(lx, p->anchor, LX_ENTRY(LX_CAT_ANCHOR, p->id), 0));
			else
				p->anchor = NULL;
		}
	}
	/* more specific verb patterns first (stable on file order) */
	for (size_t b = 0; b < lx->blocks.len; b++) {
		lx_verbblock *vb = &lx->blocks.items[b];
		for (size_t i = 1; i < vb->pats.len; i++) {
			lx_pattern p = vb->pats.items[i];
			size_t j = i;
			while (j > 0 && vb->pats.items[j - 1].specificity < p.specificity) {
				vb->pats.items[j] = vb->pats.items[j - 1];
				j--;
			}
			vb->pats.items[j] = p;
		}
	}
	return 0;
}

static void emit_bucket(const lx_bucket *b, lx_candidate_fn fn, void *payload)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->v.len; i++)
		fn(b->v.items[i], payload);
}

void ent_lexicon__candidates(const ent_lexicon *lx, const ent_toklist *tl, size_t i, lx_candidate_fn fn,
			     void *payload)
{
	const ent_tok *t = &tl->toks[i];
	const char *w = ent_tok_norm(tl, i);
	size_t n = t->len;
	const char *bases[8];
	size_t blen[8];
	size_t nb = ent_word_bases_irr(w, n, t->irr, bases, blen, 8);
	for (size_t k = 0; k < nb; k++) {
		emit_bucket(ent_map_get(lx->exact, bases[k], blen[k]), fn, payload);
		/* -ing / -ed / -es of words ending in e or y: try the e and y forms */
		if (blen[k] < n && blen[k] + 1 < 64) {
			char tmp[64];
			memcpy(tmp, bases[k], blen[k]);
			tmp[blen[k]] = 'e';
			emit_bucket(ent_map_get(lx->exact, tmp, blen[k] + 1), fn, payload);
		}
	}
	if (n > 4 && (memcmp(w + n - 3, "ies", 3) == 0 || memcmp(w + n - 3, "ied", 3) == 0)) {
		char tmp[64];
		if (n - 2 < sizeof tmp) {
			memcpy(tmp, w, n - 3);
			tmp[n - 3] = 'y';
			emit_bucket(ent_map_get(lx->exact, tmp, n - 2), fn, payload);
		}
	}
	if (lx->max_stem) {
		size_t hi = n < lx->max_stem ? n : lx->max_stem;
		for (size_t k = lx->min_stem; k <= hi; k++)
			emit_bucket(ent_map_get(lx->stem, w, k), fn, payload);
	}
}

int ent_lexicon__elem_matches(const ent_lexicon *lx, const lx_elem *e, const ent_toklist *tl, size_t i)
{
	(void)lx;
	const ent_tok *t = &tl->toks[i];
	const char *w = ent_tok_norm(tl, i);
	if (e->caps && !(t->flags & (e->caps == 2 ? ENT_TOK_ALLCAPS | ENT_TOK_INNERCAP : ENT_TOK_ALLCAPS)))
		return 0;
	switch (e->match) {
	case LX_ANY: return (t->flags & ENT_TOK_PUNCT) == 0;
	case LX_EXACT: return t->len == e->len && memcmp(w, e->w, e->len) == 0;
	case LX_STEM: return t->len >= e->len && memcmp(w, e->w, e->len) == 0;
	case LX_PLURAL:
		if (t->len == e->len)
			return memcmp(w, e->w, e->len) == 0;
		if (t->len == e->len + 1)
			return w[e->len] == 's' && memcmp(w, e->w, e->len) == 0;
		if (t->len == e->len + 2 && e->len > 1 && e->w[e->len - 1] == 'y')
			return memcmp(w, e->w, e->len - 1) == 0 && !memcmp(w + e->len - 1, "ies", 3);
		if (t->len == e->len + 2)
			return memcmp(w, e->w, e->len) == 0 && !memcmp(w + e->len, "es", 2);
		return 0;
	default:
		return ent_word_inflects_regular(w, t->len, e->w, e->len) ||
		       ent_word_irregular_of(t->irr, w, t->len, e->w, e->len);
	}
}

/* Match elements e[0..n) starting at token i; returns the end or 0. */
static size_t match_elems(const ent_lexicon *lx, const lx_elem *e, uint32_t n, const ent_toklist *tl, size_t i,
			  size_t end, int depth)
{
	if (n == 0)
		return i;
	if (depth > 16)
		return 0;
	const lx_elem *x = &e[0];
	size_t maxgap = x->gap;
	for (size_t g = 0; g <= maxgap && i + g <= end; g++) {
		size_t p = i + g;
		if (g > 0 && tl->toks[p - 1].flags & ENT_TOK_PUNCT && tl->norm[tl->toks[p - 1].norm] != '-')
			break; /* gaps never cross punctuation */
		if (x->optional) {
			size_t r = match_elems(lx, e + 1, n - 1, tl, p, end, depth + 1);
			if (r)
				return r;
		}
		if (p >= end)
			break;
		if (x->kind == LX_E_WORD) {
			if (ent_lexicon__elem_matches(lx, x, tl, p)) {
				size_t r = match_elems(lx, e + 1, n - 1, tl, p + 1, end, depth + 1);
				if (r)
					return r;
			}
		} else if (x->kind == LX_E_ALT) {
			const lx_altset *a = &lx->altsets.items[x->alt];
			for (size_t k = 0; k < a->alts.len; k++) {
				size_t q = match_elems(lx, a->alts.items[k].e, a->alts.items[k].n, tl, p, end, depth + 1);
				if (q) {
					size_t r = match_elems(lx, e + 1, n - 1, tl, q, end, depth + 1);
					if (r)
						return r;
				}
			}
		} else {
			return 0; /* slots are matched by the coder */
		}
	}
	return 0;
}

size_t ent_lexicon__match_phrase(const ent_lexicon *lx, const lx_phrase *ph, const ent_toklist *tl, size_t i,
				 size_t end)
{
	if (ph->n == 0 || i >= end)
		return 0;
	/* the first element must be at i itself */
	lx_elem first = ph->e[0];
	first.gap = 0;
	if (first.kind == LX_E_WORD) {
		if (!ent_lexicon__elem_matches(lx, &first, tl, i))
			return first.optional ? match_elems(lx, ph->e + 1, ph->n - 1, tl, i, end, 0) : 0;
		return match_elems(lx, ph->e + 1, ph->n - 1, tl, i + 1, end, 0);
	}
	size_t r = match_elems(lx, &first, 1, tl, i, end, 0);
	if (!r)
		return 0;
	return match_elems(lx, ph->e + 1, ph->n - 1, tl, r, end, 0);
}
