#include "parse/parser.h"

#include "parse/feature.h" /* ent_feat1, ent_feat2, ent_feat3 */

/* Values of items that do not exist, and of the root. */
#define NONE 0x6e6f6e65ULL
#define ROOT 0x726f6f74ULL

/* Template numbers. Appending is safe; renumbering changes every key and
 * needs a new model. */
enum {
	F_BIAS = 1,
	/* single items */
	F_S0W, F_S0P, F_S0WP, F_S1W, F_S1P, F_S1WP, F_S2W, F_S2P, F_B0W, F_B0P, F_B0WP,
	F_B1W, F_B1P, F_B1WP, F_B2W, F_B2P, F_S0SUF, F_B0SUF,
	/* pairs of items */
	F_S0WP_B0WP, F_S0WP_B0W, F_S0W_B0WP, F_S0WP_B0P, F_S0P_B0WP, F_S0W_B0W, F_S0P_B0P,
	F_B0P_B1P, F_S1WP_S0WP, F_S1W_S0W, F_S1P_S0P, F_S1WP_S0P, F_S1P_S0WP, F_S1W_B0W,
	F_S1P_B0P,
	/* triples of tags */
	F_B0P_B1P_B2P, F_S0P_B0P_B1P, F_S1P_S0P_B0P, F_S2P_S1P_S0P, F_S1P_S0P_B1P,
	/* children */
	F_S0L1W, F_S0L1P, F_S0L1L, F_S0R1W, F_S0R1P, F_S0R1L, F_S0L2P, F_S0L2L, F_S0R2P, F_S0R2L,
	F_B0L1W, F_B0L1P, F_B0L1L, F_B0L2P, F_B0L2L, F_S1L1P, F_S1L1L, F_S1R1P, F_S1R1L,
	F_S0P_S0L1P_B0P, F_S0P_S0R1P_B0P, F_S0P_B0P_B0L1P, F_S0P_S0L1P_S0L2P, F_S0P_S0R1P_S0R2P,
	F_B0P_B0L1P_B0L2P, F_S1P_S0P_S0L1P, F_S1P_S0P_S0R1P, F_S1P_S1R1P_S0P, F_S1P_S1L1P_S0P,
	F_S0W_S0L1L, F_S0W_S0R1L, F_B0W_B0L1L, F_S1W_S1R1L,
	/* distances */
	F_D_S0W, F_D_S0P, F_D_B0W, F_D_B0P, F_D_S0W_B0W, F_D_S0P_B0P, F_D1_S1P_S0P, F_D1_S1W_S0W,
	/* valencies */
	F_V_S0W_L, F_V_S0P_L, F_V_S0W_R, F_V_S0P_R, F_V_B0W_L, F_V_B0P_L, F_V_S1P_R, F_V_S1W_R,
	/* label sets */
	F_LS_S0W_L, F_LS_S0P_L, F_LS_S0W_R, F_LS_S0P_R, F_LS_B0W_L, F_LS_B0P_L, F_LS_S1P_R,
	F_LS_S1P_L,
	/* punctuation between the items */
	F_PU_S0B0_S0P_B0P, F_PU_S1S0_S1P_S0P, F_B0ATEND_S0P, F_S0W_B0W_B1P, F_S0P_B0W_B1W,
	F_S1W_S0P_B0P, F_S1P_S0W_B0P, F_S1P_S0P_B0W,
	/* ambiguity classes: what a word could be, beside what it was tagged */
	F_S0AMB_P, F_B0AMB_P, F_B1AMB, F_S0AMB_B0AMB,
	/* lemmas: "attacks", "attacked" and "attacking" share what they learn */
	F_S0LEM, F_B0LEM, F_S1LEM, F_S0LEM_B0LEM, F_S0LEM_B0P, F_S0P_B0LEM, F_S1LEM_S0LEM,
	/* universal tags: coarser, so seen more often */
	F_U_S0_B0, F_U_S1_S0, F_U_S0_B0_B1, F_U_S1_S0_B0, F_U_S2_S1_S0, F_U_B0_B1_B2,
	F_U_S0_S0L1_B0, F_U_S0_S0R1_B0, F_U_S0_B0_B0L1,
};

typedef struct {
	uint64_t w, p, u, l; /* word, tag, universal tag, lemma */
} item;

static item word_item(const ent_parser__input *in, uint32_t n, int32_t i)
{
	item it;
	if (i < 0) {
		it.w = it.l = NONE;
		it.p = (uint64_t)in->ntags;
		it.u = ENT_UPOS_COUNT;
	} else if ((uint32_t)i == n) {
		it.w = it.l = ROOT;
		it.p = (uint64_t)in->ntags + 1;
		it.u = ENT_UPOS_COUNT + 1;
	} else {
		it.w = in->lex[i].norm;
		it.p = (uint64_t)in->tags[i];
		it.u = in->tag_upos[in->tags[i]];
		it.l = in->lemma[i];
	}
	return it;
}

static uint64_t label_of(const ent_arc_state *st, int32_t i)
{
	return i < 0 ? 0xffff : (uint64_t)st->label[i];
}

/* Distances 1, 2, 3, 4, 5-6, 7-9, 10+ : the finer where it matters. */
static uint64_t bucket(int32_t d)
{
	if (d < 0)
		d = -d;
	if (d <= 4)
		return (uint64_t)d;
	if (d <= 6)
		return 5;
	if (d <= 9)
		return 6;
	return 7;
}

static uint64_t capped(uint32_t v) { return v > 6 ? 6 : v; }

/* Punctuation words strictly between a and b (a < b), capped at 3. */
static uint64_t punct_between(const ent_parser__input *in, uint32_t n, int32_t a, int32_t b)
{
	if (a < 0 || b < 0)
		return 9;
	if ((uint32_t)b > n)
		b = (int32_t)n;
	uint64_t c = 0;
	for (int32_t k = a + 1; k < b && c < 3; k++)
		c += in->punct[k];
	return c;
}

static int32_t child(const int32_t *a, int32_t i) { return i < 0 ? -1 : a[i]; }

size_t ent_parser__features(uint64_t *out, const ent_arc_state *st, const ent_parser__input *in)
{
	uint32_t n = st->n;
	int32_t s0i = st->depth >= 1 ? st->stack[st->depth - 1] : -1;
	int32_t s1i = st->depth >= 2 ? st->stack[st->depth - 2] : -1;
	int32_t s2i = st->depth >= 3 ? st->stack[st->depth - 3] : -1;
	int32_t b0i = (int32_t)st->b;
	int32_t b1i = st->b + 1 <= n ? (int32_t)st->b + 1 : -1;
	int32_t b2i = st->b + 2 <= n ? (int32_t)st->b + 2 : -1;
	item s0 = word_item(in, n, s0i), s1 = word_item(in, n, s1i), s2 = word_item(in, n, s2i);
	item b0 = word_item(in, n, b0i), b1 = word_item(in, n, b1i), b2 = word_item(in, n, b2i);

	int32_t s0l1i = child(st->lc1, s0i), s0l2i = child(st->lc2, s0i);
	int32_t s0r1i = child(st->rc1, s0i), s0r2i = child(st->rc2, s0i);
	int32_t b0l1i = st->lc1[b0i], b0l2i = st->lc2[b0i];
	int32_t s1l1i = child(st->lc1, s1i), s1r1i = child(st->rc1, s1i);
	item s0l1 = word_item(in, n, s0l1i), s0l2 = word_item(in, n, s0l2i);
	item s0r1 = word_item(in, n, s0r1i), s0r2 = word_item(in, n, s0r2i);
	item b0l1 = word_item(in, n, b0l1i), b0l2 = word_item(in, n, b0l2i);
	item s1l1 = word_item(in, n, s1l1i), s1r1 = word_item(in, n, s1r1i);
	uint64_t s0l1l = label_of(st, s0l1i), s0l2l = label_of(st, s0l2i);
	uint64_t s0r1l = label_of(st, s0r1i), s0r2l = label_of(st, s0r2i);
	uint64_t b0l1l = label_of(st, b0l1i), b0l2l = label_of(st, b0l2i);
	uint64_t s1l1l = label_of(st, s1l1i), s1r1l = label_of(st, s1r1i);

	uint64_t d = s0i >= 0 ? bucket(b0i - s0i) : 8;
	uint64_t d1 = s1i >= 0 ? bucket(s0i - s1i) : 8;
	uint64_t s0nl = s0i >= 0 ? capped(st->nleft[s0i]) : 7;
	uint64_t s0nr = s0i >= 0 ? capped(st->nright[s0i]) : 7;
	uint64_t b0nl = capped(st->nleft[b0i]);
	uint64_t s1nr = s1i >= 0 ? capped(st->nright[s1i]) : 7;
	uint64_t s0ls = s0i >= 0 ? st->lset[s0i] : 1ULL << 63;
	uint64_t s0rs = s0i >= 0 ? st->rset[s0i] : 1ULL << 63;
	uint64_t b0ls = st->lset[b0i];
	uint64_t s1ls = s1i >= 0 ? st->lset[s1i] : 1ULL << 63;
	uint64_t s1rs = s1i >= 0 ? st->rset[s1i] : 1ULL << 63;
	uint64_t s0suf = s0i >= 0 && (uint32_t)s0i < n ? in->lex[s0i].suf[2] : NONE;
	uint64_t b0suf = (uint32_t)b0i < n ? in->lex[b0i].suf[2] : ROOT;

	size_t k = 0;
	out[k++] = ent_feat1(F_BIAS, 0);
	out[k++] = ent_feat1(F_S0W, s0.w);
	out[k++] = ent_feat1(F_S0P, s0.p);
	out[k++] = ent_feat2(F_S0WP, s0.w, s0.p);
	out[k++] = ent_feat1(F_S1W, s1.w);
	out[k++] = ent_feat1(F_S1P, s1.p);
	out[k++] = ent_feat2(F_S1WP, s1.w, s1.p);
	out[k++] = ent_feat1(F_S2W, s2.w);
	out[k++] = ent_feat1(F_S2P, s2.p);
	out[k++] = ent_feat1(F_B0W, b0.w);
	out[k++] = ent_feat1(F_B0P, b0.p);
	out[k++] = ent_feat2(F_B0WP, b0.w, b0.p);
	out[k++] = ent_feat1(F_B1W, b1.w);
	out[k++] = ent_feat1(F_B1P, b1.p);
	out[k++] = ent_feat2(F_B1WP, b1.w, b1.p);
	out[k++] = ent_feat1(F_B2W, b2.w);
	out[k++] = ent_feat1(F_B2P, b2.p);
	out[k++] = ent_feat2(F_S0SUF, s0suf, s0.p);
	out[k++] = ent_feat2(F_B0SUF, b0suf, b0.p);

	out[k++] = ent_feat3(F_S0WP_B0WP, ent_feat_mix(s0.w, s0.p), b0.w, b0.p);
	out[k++] = ent_feat3(F_S0WP_B0W, s0.w, s0.p, b0.w);
	out[k++] = ent_feat3(F_S0W_B0WP, s0.w, b0.w, b0.p);
	out[k++] = ent_feat3(F_S0WP_B0P, s0.w, s0.p, b0.p);
	out[k++] = ent_feat3(F_S0P_B0WP, s0.p, b0.w, b0.p);
	out[k++] = ent_feat2(F_S0W_B0W, s0.w, b0.w);
	out[k++] = ent_feat2(F_S0P_B0P, s0.p, b0.p);
	out[k++] = ent_feat2(F_B0P_B1P, b0.p, b1.p);
	out[k++] = ent_feat3(F_S1WP_S0WP, ent_feat_mix(s1.w, s1.p), s0.w, s0.p);
	out[k++] = ent_feat2(F_S1W_S0W, s1.w, s0.w);
	out[k++] = ent_feat2(F_S1P_S0P, s1.p, s0.p);
	out[k++] = ent_feat3(F_S1WP_S0P, s1.w, s1.p, s0.p);
	out[k++] = ent_feat3(F_S1P_S0WP, s1.p, s0.w, s0.p);
	out[k++] = ent_feat2(F_S1W_B0W, s1.w, b0.w);
	out[k++] = ent_feat2(F_S1P_B0P, s1.p, b0.p);

	out[k++] = ent_feat3(F_B0P_B1P_B2P, b0.p, b1.p, b2.p);
	out[k++] = ent_feat3(F_S0P_B0P_B1P, s0.p, b0.p, b1.p);
	out[k++] = ent_feat3(F_S1P_S0P_B0P, s1.p, s0.p, b0.p);
	out[k++] = ent_feat3(F_S2P_S1P_S0P, s2.p, s1.p, s0.p);
	out[k++] = ent_feat3(F_S1P_S0P_B1P, s1.p, s0.p, b1.p);

	out[k++] = ent_feat1(F_S0L1W, s0l1.w);
	out[k++] = ent_feat1(F_S0L1P, s0l1.p);
	out[k++] = ent_feat1(F_S0L1L, s0l1l);
	out[k++] = ent_feat1(F_S0R1W, s0r1.w);
	out[k++] = ent_feat1(F_S0R1P, s0r1.p);
	out[k++] = ent_feat1(F_S0R1L, s0r1l);
	out[k++] = ent_feat1(F_S0L2P, s0l2.p);
	out[k++] = ent_feat1(F_S0L2L, s0l2l);
	out[k++] = ent_feat1(F_S0R2P, s0r2.p);
	out[k++] = ent_feat1(F_S0R2L, s0r2l);
	out[k++] = ent_feat1(F_B0L1W, b0l1.w);
	out[k++] = ent_feat1(F_B0L1P, b0l1.p);
	out[k++] = ent_feat1(F_B0L1L, b0l1l);
	out[k++] = ent_feat1(F_B0L2P, b0l2.p);
	out[k++] = ent_feat1(F_B0L2L, b0l2l);
	out[k++] = ent_feat1(F_S1L1P, s1l1.p);
	out[k++] = ent_feat1(F_S1L1L, s1l1l);
	out[k++] = ent_feat1(F_S1R1P, s1r1.p);
	out[k++] = ent_feat1(F_S1R1L, s1r1l);
	out[k++] = ent_feat3(F_S0P_S0L1P_B0P, s0.p, s0l1.p, b0.p);
	out[k++] = ent_feat3(F_S0P_S0R1P_B0P, s0.p, s0r1.p, b0.p);
	out[k++] = ent_feat3(F_S0P_B0P_B0L1P, s0.p, b0.p, b0l1.p);
	out[k++] = ent_feat3(F_S0P_S0L1P_S0L2P, s0.p, s0l1.p, s0l2.p);
	out[k++] = ent_feat3(F_S0P_S0R1P_S0R2P, s0.p, s0r1.p, s0r2.p);
	out[k++] = ent_feat3(F_B0P_B0L1P_B0L2P, b0.p, b0l1.p, b0l2.p);
	out[k++] = ent_feat3(F_S1P_S0P_S0L1P, s1.p, s0.p, s0l1.p);
	out[k++] = ent_feat3(F_S1P_S0P_S0R1P, s1.p, s0.p, s0r1.p);
	out[k++] = ent_feat3(F_S1P_S1R1P_S0P, s1.p, s1r1.p, s0.p);
	out[k++] = ent_feat3(F_S1P_S1L1P_S0P, s1.p, s1l1.p, s0.p);
	out[k++] = ent_feat2(F_S0W_S0L1L, s0.w, s0l1l);
	out[k++] = ent_feat2(F_S0W_S0R1L, s0.w, s0r1l);
	out[k++] = ent_feat2(F_B0W_B0L1L, b0.w, b0l1l);
	out[k++] = ent_feat2(F_S1W_S1R1L, s1.w, s1r1l);

	out[k++] = ent_feat2(F_D_S0W, d, s0.w);
	out[k++] = ent_feat2(F_D_S0P, d, s0.p);
	out[k++] = ent_feat2(F_D_B0W, d, b0.w);
	out[k++] = ent_feat2(F_D_B0P, d, b0.p);
	out[k++] = ent_feat3(F_D_S0W_B0W, d, s0.w, b0.w);
	out[k++] = ent_feat3(F_D_S0P_B0P, d, s0.p, b0.p);
	out[k++] = ent_feat3(F_D1_S1P_S0P, d1, s1.p, s0.p);
	out[k++] = ent_feat3(F_D1_S1W_S0W, d1, s1.w, s0.w);

	out[k++] = ent_feat2(F_V_S0W_L, s0.w, s0nl);
	out[k++] = ent_feat2(F_V_S0P_L, s0.p, s0nl);
	out[k++] = ent_feat2(F_V_S0W_R, s0.w, s0nr);
	out[k++] = ent_feat2(F_V_S0P_R, s0.p, s0nr);
	out[k++] = ent_feat2(F_V_B0W_L, b0.w, b0nl);
	out[k++] = ent_feat2(F_V_B0P_L, b0.p, b0nl);
	out[k++] = ent_feat2(F_V_S1P_R, s1.p, s1nr);
	out[k++] = ent_feat2(F_V_S1W_R, s1.w, s1nr);

	out[k++] = ent_feat2(F_LS_S0W_L, s0.w, s0ls);
	out[k++] = ent_feat2(F_LS_S0P_L, s0.p, s0ls);
	out[k++] = ent_feat2(F_LS_S0W_R, s0.w, s0rs);
	out[k++] = ent_feat2(F_LS_S0P_R, s0.p, s0rs);
	out[k++] = ent_feat2(F_LS_B0W_L, b0.w, b0ls);
	out[k++] = ent_feat2(F_LS_B0P_L, b0.p, b0ls);
	out[k++] = ent_feat2(F_LS_S1P_R, s1.p, s1rs);
	out[k++] = ent_feat2(F_LS_S1P_L, s1.p, s1ls);

	out[k++] = ent_feat3(F_PU_S0B0_S0P_B0P, punct_between(in, n, s0i, b0i), s0.p, b0.p);
	out[k++] = ent_feat3(F_PU_S1S0_S1P_S0P, punct_between(in, n, s1i, s0i), s1.p, s0.p);
	out[k++] = ent_feat2(F_B0ATEND_S0P, (uint32_t)b0i == n, s0.p);
	out[k++] = ent_feat3(F_S0W_B0W_B1P, s0.w, b0.w, b1.p);
	out[k++] = ent_feat3(F_S0P_B0W_B1W, s0.p, b0.w, b1.w);
	out[k++] = ent_feat3(F_S1W_S0P_B0P, s1.w, s0.p, b0.p);
	out[k++] = ent_feat3(F_S1P_S0W_B0P, s1.p, s0.w, b0.p);
	out[k++] = ent_feat3(F_S1P_S0P_B0W, s1.p, s0.p, b0.w);
	uint64_t s0amb = s0i >= 0 && (uint32_t)s0i < n ? in->lex[s0i].amb : NONE;
	uint64_t b0amb = (uint32_t)b0i < n ? in->lex[b0i].amb : ROOT;
	uint64_t b1amb = b1i >= 0 && (uint32_t)b1i < n ? in->lex[b1i].amb : NONE;
	out[k++] = ent_feat2(F_S0AMB_P, s0amb, s0.p);
	out[k++] = ent_feat2(F_B0AMB_P, b0amb, b0.p);
	out[k++] = ent_feat1(F_B1AMB, b1amb);
	out[k++] = ent_feat2(F_S0AMB_B0AMB, s0amb, b0amb);
	out[k++] = ent_feat1(F_S0LEM, s0.l);
	out[k++] = ent_feat1(F_B0LEM, b0.l);
	out[k++] = ent_feat1(F_S1LEM, s1.l);
	out[k++] = ent_feat2(F_S0LEM_B0LEM, s0.l, b0.l);
	out[k++] = ent_feat2(F_S0LEM_B0P, s0.l, b0.p);
	out[k++] = ent_feat2(F_S0P_B0LEM, s0.p, b0.l);
	out[k++] = ent_feat2(F_S1LEM_S0LEM, s1.l, s0.l);
	out[k++] = ent_feat2(F_U_S0_B0, s0.u, b0.u);
	out[k++] = ent_feat2(F_U_S1_S0, s1.u, s0.u);
	out[k++] = ent_feat3(F_U_S0_B0_B1, s0.u, b0.u, b1.u);
	out[k++] = ent_feat3(F_U_S1_S0_B0, s1.u, s0.u, b0.u);
	out[k++] = ent_feat3(F_U_S2_S1_S0, s2.u, s1.u, s0.u);
	out[k++] = ent_feat3(F_U_B0_B1_B2, b0.u, b1.u, b2.u);
	out[k++] = ent_feat3(F_U_S0_S0L1_B0, s0.u, s0l1.u, b0.u);
	out[k++] = ent_feat3(F_U_S0_S0R1_B0, s0.u, s0r1.u, b0.u);
	out[k++] = ent_feat3(F_U_S0_B0_B0L1, s0.u, b0.u, b0l1.u);
	return k;
}

/* The legal classes are ranges (transition.h): SHIFT, the LEFT labels but
 * the root's (or only the root's, onto the root), the RIGHT labels but the
 * root's. Scanning the ranges, not testing every class, is most of the
 * cost of a decision's choice. */
static void best_in(const int32_t *scores, uint32_t from, uint32_t to, uint32_t skip,
		    uint32_t *best)
{
	for (uint32_t c = from; c < to; c++)
		if (c != skip && (*best == UINT32_MAX || scores[c] > scores[*best]))
			*best = c;
}

uint32_t ent_parser__best_legal(const ent_arc_state *st, const int32_t *scores)
{
	uint32_t best = UINT32_MAX, nl = st->nlabels, root = st->root_label;
	if (st->b < st->n)
		best = 0;
	if (st->depth >= 1) {
		if (st->b == st->n) {
			if (st->depth == 1)
				best_in(scores, 1 + root, 2 + root, UINT32_MAX, &best);
		} else {
			best_in(scores, 1, 1 + nl, 1 + root, &best);
		}
	}
	if (st->depth >= 2)
		best_in(scores, 1 + nl, 1 + 2 * nl, 1 + nl + root, &best);
	return best;
}

/* The one legal class when there is no choice (the stack is empty, or only
 * the arc onto the root is left), else UINT32_MAX: those decisions need no
 * scores. */
static uint32_t forced(const ent_arc_state *st)
{
	if (st->depth == 0)
		return 0;
	if (st->b == st->n && st->depth == 1)
		return 1 + st->root_label;
	return UINT32_MAX;
}

void ent_parser__parse(const ent_parse__weights *w, ent_arc_state *st, const ent_parser__input *in,
		       int32_t *scores)
{
	uint64_t feats[ENT_PARSER_MAX_FEATURES];
	while (!ent_arc_done(st)) {
		uint32_t c = forced(st);
		if (c == UINT32_MAX) {
			size_t nf = ent_parser__features(feats, st, in);
			ent_parse__weights_score(w, feats, nf, scores);
			c = ent_parser__best_legal(st, scores);
		}
		ent_arc_apply(st, c);
	}
}
