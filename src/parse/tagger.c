#include "parse/tagger.h"

#include "parse/feature.h" /* ent_feat1, ent_feat2, ent_feat3 */

/* Values standing for the words before the first and after the last. */
#define BEFORE 0x5eed0001ULL
#define AFTER 0x5eed0002ULL

/* Template numbers. Appending is safe; renumbering changes every key and
 * needs a new model. */
enum {
	T_BIAS = 1, T_NORM, T_FORM, T_SUF1, T_PRE1 = T_SUF1 + ENT_LEX_SUFFIXES,
	T_SHAPE = T_PRE1 + ENT_LEX_PREFIXES, T_FLAGS, T_T1, T_T2T1, T_T1W, T_T1SUF, T_T1AMB,
	T_W_1, T_SUF_1, T_W_2, T_W1, T_SUF1_1, T_W2, T_W_1W, T_WW1, T_AMB, T_AMB1, T_AMB2,
	T_AMB1AMB2, T_SHAPE1, T_SHAPE_1, T_W1W2, T_T2, T_FLAGS_POS, T_PRE_SUF, T_T1AMB1,
	T_W_2W_1, T_T1W1, T_SUF2_1, T_SUF2_1B, T_SUF3CAP, T_SHAPEW_1, T_W_1W1, T_PRE1_1, T_T1T2W,
	T_SUF1W, T_SUF_1W, T_AMB_1, T_SHAPE_FLAGS_1,
	/* second pass */
	T_R1, T_R2, T_R1R2, T_R1W, T_T1R1, T_R1W1, T_R0, T_R0W,
};

size_t ent_tagger__features(uint64_t *out, const ent_parse__lex *lex, size_t n, size_t i,
			    const int32_t *tags, uint32_t ntags)
{
	const ent_parse__lex *w = &lex[i];
	uint64_t t1 = i >= 1 ? (uint64_t)tags[i - 1] : ntags;
	uint64_t t2 = i >= 2 ? (uint64_t)tags[i - 2] : ntags + 1;
	uint64_t w_1 = i >= 1 ? lex[i - 1].norm : BEFORE;
	uint64_t w_2 = i >= 2 ? lex[i - 2].norm : BEFORE;
	uint64_t w1 = i + 1 < n ? lex[i + 1].norm : AFTER;
	uint64_t w2 = i + 2 < n ? lex[i + 2].norm : AFTER;
	uint64_t suf_1 = i >= 1 ? lex[i - 1].suf[2] : BEFORE;
	uint64_t suf1 = i + 1 < n ? lex[i + 1].suf[2] : AFTER;
	uint64_t amb1 = i + 1 < n ? lex[i + 1].amb : AFTER;
	uint64_t amb2 = i + 2 < n ? lex[i + 2].amb : AFTER;
	uint64_t shape1 = i + 1 < n ? lex[i + 1].shape : AFTER;
	uint64_t shape_1 = i >= 1 ? lex[i - 1].shape : BEFORE;
	size_t k = 0;
	out[k++] = ent_feat1(T_BIAS, 0);
	out[k++] = ent_feat1(T_NORM, w->norm);
	out[k++] = ent_feat1(T_FORM, w->form);
	for (uint32_t s = 0; s < ENT_LEX_SUFFIXES; s++)
		out[k++] = ent_feat1(T_SUF1 + s, w->suf[s]);
	for (uint32_t p = 0; p < ENT_LEX_PREFIXES; p++)
		out[k++] = ent_feat1(T_PRE1 + p, w->pre[p]);
	out[k++] = ent_feat1(T_SHAPE, w->shape);
	out[k++] = ent_feat1(T_FLAGS, w->flags);
	out[k++] = ent_feat2(T_FLAGS_POS, w->flags, i == 0);
	out[k++] = ent_feat1(T_T1, t1);
	out[k++] = ent_feat1(T_T2, t2);
	out[k++] = ent_feat2(T_T2T1, t2, t1);
	out[k++] = ent_feat2(T_T1W, t1, w->norm);
	out[k++] = ent_feat2(T_T1SUF, t1, w->suf[2]);
	out[k++] = ent_feat2(T_T1AMB, t1, w->amb);
	out[k++] = ent_feat2(T_T1AMB1, t1, amb1);
	out[k++] = ent_feat1(T_W_1, w_1);
	out[k++] = ent_feat1(T_SUF_1, suf_1);
	out[k++] = ent_feat1(T_W_2, w_2);
	out[k++] = ent_feat1(T_W1, w1);
	out[k++] = ent_feat1(T_SUF1_1, suf1);
	out[k++] = ent_feat1(T_W2, w2);
	out[k++] = ent_feat2(T_W_1W, w_1, w->norm);
	out[k++] = ent_feat2(T_WW1, w->norm, w1);
	out[k++] = ent_feat2(T_W1W2, w1, w2);
	out[k++] = ent_feat2(T_W_2W_1, w_2, w_1);
	out[k++] = ent_feat1(T_AMB, w->amb);
	out[k++] = ent_feat1(T_AMB1, amb1);
	out[k++] = ent_feat1(T_AMB2, amb2);
	out[k++] = ent_feat2(T_AMB1AMB2, amb1, amb2);
	out[k++] = ent_feat1(T_SHAPE1, shape1);
	out[k++] = ent_feat1(T_SHAPE_1, shape_1);
	out[k++] = ent_feat2(T_PRE_SUF, w->pre[0], w->suf[1]);
	out[k++] = ent_feat2(T_T1W1, t1, w1);
	out[k++] = ent_feat1(T_SUF2_1, i + 1 < n ? lex[i + 1].suf[1] : AFTER);
	out[k++] = ent_feat1(T_SUF2_1B, i >= 1 ? lex[i - 1].suf[1] : BEFORE);
	out[k++] = ent_feat2(T_SUF3CAP, w->suf[2], w->flags & (ENT_LEX_CAP | ENT_LEX_ALLCAP));
	out[k++] = ent_feat2(T_SHAPEW_1, w->shape, w_1);
	out[k++] = ent_feat2(T_W_1W1, w_1, w1);
	out[k++] = ent_feat1(T_PRE1_1, i + 1 < n ? lex[i + 1].pre[1] : AFTER);
	out[k++] = ent_feat3(T_T1T2W, t1, t2, w->norm);
	out[k++] = ent_feat2(T_SUF1W, w->suf[2], w1);
	out[k++] = ent_feat2(T_SUF_1W, suf_1, w->norm);
	out[k++] = ent_feat1(T_AMB_1, i >= 1 ? lex[i - 1].amb : BEFORE);
	out[k++] = ent_feat2(T_SHAPE_FLAGS_1, w->shape, i + 1 < n ? lex[i + 1].flags : 0x100);
	return k;
}

size_t ent_tagger__features2(uint64_t *out, const ent_parse__lex *lex, size_t n, size_t i,
			     const int32_t *tags, const int32_t *right, uint32_t ntags)
{
	size_t k = ent_tagger__features(out, lex, n, i, tags, ntags);
	if (!right)
		return k; /* the first pass */
	uint64_t r0 = (uint64_t)right[i];
	uint64_t r1 = i + 1 < n ? (uint64_t)right[i + 1] : ntags + 2;
	uint64_t r2 = i + 2 < n ? (uint64_t)right[i + 2] : ntags + 2;
	uint64_t t1 = i >= 1 ? (uint64_t)tags[i - 1] : ntags;
	uint64_t w1 = i + 1 < n ? lex[i + 1].norm : AFTER;
	out[k++] = ent_feat1(T_R1, r1);
	out[k++] = ent_feat1(T_R2, r2);
	out[k++] = ent_feat2(T_R1R2, r1, r2);
	out[k++] = ent_feat2(T_R1W, r1, lex[i].norm);
	out[k++] = ent_feat2(T_T1R1, t1, r1);
	out[k++] = ent_feat2(T_R1W1, r1, w1);
	out[k++] = ent_feat1(T_R0, r0);
	out[k++] = ent_feat2(T_R0W, r0, lex[i].norm);
	return k;
}

/* Both passes: greedy, left to right; `right` is NULL for the first. */
static void tag_pass(const ent_parse__weights *w, const ent_parse__lex *lex, size_t n,
		     const int32_t *right, int32_t *tags, int32_t *scores)
{
	uint64_t feats[ENT_TAGGER2_MAX_FEATURES];
	for (size_t i = 0; i < n; i++) {
		if (lex[i].tagdict >= 0) {
			tags[i] = lex[i].tagdict;
			continue;
		}
		size_t nf = ent_tagger__features2(feats, lex, n, i, tags, right, w->nclass);
		ent_parse__weights_score(w, feats, nf, scores);
		int32_t best = 0;
		for (uint32_t c = 1; c < w->nclass; c++)
			if (scores[c] > scores[best])
				best = (int32_t)c;
		tags[i] = best;
	}
}

void ent_tagger__tag(const ent_parse__weights *w, const ent_parse__lex *lex, size_t n,
		     int32_t *tags, int32_t *scores)
{
	tag_pass(w, lex, n, NULL, tags, scores);
}

void ent_tagger__tag2(const ent_parse__weights *w, const ent_parse__lex *lex, size_t n,
		      const int32_t *right, int32_t *tags, int32_t *scores)
{
	tag_pass(w, lex, n, right, tags, scores);
}
