/* The run-time scorer and the parser's choice of transition against plain
 * reference loops: the vector paths (AVX2 or SSE2, whichever this CPU
 * takes) must give the sums a scalar loop gives for every class count, odd
 * or even, with dense and sparse rows mixed; and the legal-range choice
 * must pick what testing every class with ent_arc_legal picks, ties
 * included. */
#include "harness.h"

#include <string.h> /* memset */

#include "parse/parser.h"     /* ent_parser__best_legal */
#include "parse/transition.h" /* ent_arc_legal */
#include "parse/weights.h"
#include "util/alloc.h" /* ent__calloc */

/* A small deterministic generator: the test must not depend on rand(). */
static uint64_t next(uint64_t *s)
{
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	return *s >> 33;
}

/* A table of `nfeat` features with keys 1..nfeat (spread by a multiply),
 * every third row dense, three quarters of them asked for: the scorer's
 * sums against sums made here. */
static void check_scores(uint32_t nclass, uint64_t seed)
{
	enum { NFEAT = 200 };
	uint64_t s = seed;
	ent_parse__weights w;
	memset(&w, 0, sizeof w);
	w.nclass = nclass;
	w.mask = 1023;
	w.slots = ent__calloc(w.mask + 1, sizeof *w.slots);
	w.rows = ent__calloc((size_t)NFEAT * (1 + nclass), sizeof *w.rows);
	w.owned = 1;
	int32_t *ref = ent__calloc(nclass, sizeof *ref);
	int32_t *got = ent__calloc(ent_parse__scores_len(nclass), sizeof *got);
	uint64_t keys[NFEAT];
	size_t nkeys = 0;
	if (!w.slots || !w.rows || !ref || !got) {
		CHECK(0);
		goto done;
	}
	uint32_t at = 0;
	for (uint32_t f = 0; f < NFEAT; f++) {
		uint64_t key = (f + 1) * 0x9e3779b97f4a7c15ULL;
		uint32_t fp = (uint32_t)(key >> 32) | 1u;
		uint64_t j = key & w.mask;
		while (w.slots[j].fp)
			j = (j + 1) & w.mask;
		w.slots[j] = (ent_parse__slot){ fp, at };
		int used = f % 4 != 3; /* a quarter of the rows are not asked for */
		if (f % 3 == 0) {
			w.rows[at] = ENT_WEIGHTS_DENSE;
			int16_t *v = (int16_t *)(void *)(w.rows + at + 1);
			for (uint32_t c = 0; c < nclass; c++) {
				v[c] = (int16_t)((int)(next(&s) % 65535) - 32767);
				if (used)
					ref[c] += v[c];
			}
		} else {
			uint32_t len = 1 + (uint32_t)(next(&s) % (nclass < 5 ? nclass : 5));
			w.rows[at] = len;
			for (uint32_t k = 1; k <= len; k++) {
				uint32_t c = (uint32_t)(next(&s) % nclass);
				int16_t v = (int16_t)((int)(next(&s) % 65535) - 32767);
				w.rows[at + k] = c << 16 | (uint16_t)v;
				if (used)
					ref[c] += v;
			}
		}
		at += ent_parse__row_words(w.rows[at], nclass);
		w.nrows++;
		if (used)
			keys[nkeys++] = key;
	}
	w.nentries = at;
	/* features without a row add nothing */
	keys[nkeys++] = 0x1234567ULL << 32;
	ent_parse__weights_score(&w, keys, nkeys, got);
	for (uint32_t c = 0; c < nclass; c++)
		if (got[c] != ref[c]) {
			printf("  nclass %u class %u: %d, expected %d\n", nclass, c, got[c], ref[c]);
			CHECK(0);
			break;
		}
done:
	ent__free(ref);
	ent__free(got);
	ent_parse__weights_dispose(&w);
}

static void test_parse_weights__vector_sums_equal_scalar_sums(void)
{
	const uint32_t counts[] = { 1, 2, 7, 8, 9, 15, 16, 17, 24, 31, 33, 102, 103 };
	for (size_t i = 0; i < sizeof counts / sizeof *counts; i++)
		check_scores(counts[i], 17 + i);
}

static uint32_t best_by_testing_every_class(const ent_arc_state *st, const int32_t *scores,
					    uint32_t nclass)
{
	uint32_t best = UINT32_MAX;
	for (uint32_t c = 0; c < nclass; c++)
		if (ent_arc_legal(st, c) && (best == UINT32_MAX || scores[c] > scores[best]))
			best = c;
	return best;
}

static void test_parse_weights__best_legal_equals_testing_every_class(void)
{
	enum { NL = 6 };
	uint32_t nclass = 1 + 2 * NL;
	int32_t stack[8];
	ent_arc_state st;
	memset(&st, 0, sizeof st);
	st.stack = stack;
	st.nlabels = NL;
	uint64_t s = 5;
	int32_t scores[1 + 2 * NL];
	for (int round = 0; round < 2000; round++) {
		st.n = 4;
		st.root_label = (uint32_t)(next(&s) % NL);
		st.b = (uint32_t)(next(&s) % 5);      /* 4: only the root is left */
		st.depth = (uint32_t)(next(&s) % 4);
		if (st.depth == 0 && st.b == st.n)
			continue; /* done: nothing to choose */
		for (uint32_t c = 0; c < nclass; c++) /* few values: many ties */
			scores[c] = (int32_t)(next(&s) % 4);
		uint32_t want = best_by_testing_every_class(&st, scores, nclass);
		CHECK_INT_EQ(ent_parser__best_legal(&st, scores), want);
	}
}

static const ent_test_case tests[] = {
	{ "test_parse_weights__vector_sums_equal_scalar_sums", test_parse_weights__vector_sums_equal_scalar_sums },
	{ "test_parse_weights__best_legal_equals_testing_every_class", test_parse_weights__best_legal_equals_testing_every_class },
	{ NULL, NULL },
};
ENT_TEST_MAIN(tests)
