#include "parse/weights.h"

#include <string.h> /* memset */
#ifdef __SSE2__
#include <emmintrin.h> /* _mm_add_epi32: the dense rows */
#endif

#include "util/alloc.h" /* ent__free */

/* Decisions have at most this many features; more are scored in batches. */
#define BATCH 128

static void add_dense(int32_t *scores, const int16_t *v, uint32_t n)
{
	uint32_t c = 0;
#ifdef __SSE2__
	for (; c + 8 <= n; c += 8) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(v + c));
		/* widen eight int16 to two times four int32 (sign from a compare) */
		__m128i sign = _mm_cmpgt_epi16(_mm_setzero_si128(), x);
		__m128i lo = _mm_unpacklo_epi16(x, sign), hi = _mm_unpackhi_epi16(x, sign);
		__m128i *s = (__m128i *)(void *)(scores + c);
		_mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), lo));
		_mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), hi));
	}
#endif
	for (; c < n; c++)
		scores[c] += v[c];
}

void ent_parse__weights_score(const ent_parse__weights *w, const uint64_t *feats, size_t n,
			      int32_t *scores)
{
	memset(scores, 0, w->nclass * sizeof *scores);
	if (w->nrows == 0)
		return;
	const uint32_t *rows[BATCH];
	for (size_t at = 0; at < n; at += BATCH) {
		size_t m = n - at < BATCH ? n - at : BATCH;
		/* Probing a table of millions of slots misses the cache once per
		 * feature; touching every slot first lets those misses overlap
		 * instead of being paid one after another. */
		for (size_t i = 0; i < m; i++)
			__builtin_prefetch(&w->slots[feats[at + i] & w->mask]);
		size_t found = 0;
		for (size_t i = 0; i < m; i++) {
			const uint32_t *r = ent_parse__weights_row(w, feats[at + i]);
			if (r) {
				__builtin_prefetch(r);
				rows[found++] = r;
			}
		}
		for (size_t i = 0; i < found; i++) {
			const uint32_t *r = rows[i];
			uint32_t len = r[0];
			if (len & ENT_WEIGHTS_DENSE) {
				add_dense(scores, (const int16_t *)(const void *)(r + 1), w->nclass);
				continue;
			}
			for (uint32_t k = 1; k <= len; k++)
				scores[r[k] >> 16] += (int16_t)(uint16_t)(r[k] & 0xffffu);
		}
	}
}

void ent_parse__weights_dispose(ent_parse__weights *w)
{
	if (!w)
		return;
	if (w->owned) {
		ent__free(w->slots);
		ent__free(w->rows);
	}
	memset(w, 0, sizeof *w);
}
