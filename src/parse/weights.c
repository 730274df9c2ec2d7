#include "parse/weights.h"

#include <string.h> /* memset */
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h> /* SSE2 everywhere on x86-64; AVX2 where the CPU has it */
#define HAVE_X86 1
#endif

#include "util/alloc.h" /* ent__free */

/* Decisions have at most this many features; more are scored in batches. */
#define BATCH 128

/* Adding dense rows class chunk by class chunk, all rows at once, keeps a
 * chunk of the scores in a register instead of loading and storing the
 * whole score array once a row: about sixty dense rows meet in each of the
 * parser's decisions. */
static void add_dense_scalar(int32_t *scores, const int16_t *const *rows, size_t nrows,
			     uint32_t from, uint32_t n)
{
	for (uint32_t c = from; c < n; c++) {
		int32_t s = scores[c];
		for (size_t r = 0; r < nrows; r++)
			s += rows[r][c];
		scores[c] = s;
	}
}

#ifdef HAVE_X86
static void add_dense_sse2(int32_t *scores, const int16_t *const *rows, size_t nrows, uint32_t n)
{
	uint32_t c = 0;
	for (; c + 8 <= n; c += 8) {
		__m128i *s = (__m128i *)(void *)(scores + c);
		__m128i lo = _mm_loadu_si128(s), hi = _mm_loadu_si128(s + 1);
		for (size_t r = 0; r < nrows; r++) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(rows[r] + c));
			/* widen eight int16 to two times four int32 (sign from a compare) */
			__m128i sign = _mm_cmpgt_epi16(_mm_setzero_si128(), x);
			lo = _mm_add_epi32(lo, _mm_unpacklo_epi16(x, sign));
			hi = _mm_add_epi32(hi, _mm_unpackhi_epi16(x, sign));
		}
		_mm_storeu_si128(s, lo);
		_mm_storeu_si128(s + 1, hi);
	}
	add_dense_scalar(scores, rows, nrows, c, n);
}

/* Eight classes from c: what is left of a row after the 16-class chunks
 * when the row holds that many weights. */
__attribute__((target("avx2"))) static void add_dense_avx2_8(int32_t *scores,
							      const int16_t *const *rows,
							      size_t nrows, uint32_t c)
{
	__m256i *s = (__m256i *)(void *)(scores + c);
	__m256i acc = _mm256_loadu_si256(s);
	for (size_t r = 0; r < nrows; r++)
		acc = _mm256_add_epi32(
			acc, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)(rows[r] + c))));
	_mm256_storeu_si256(s, acc);
}

__attribute__((target("avx2"))) static void add_dense_avx2(int32_t *scores,
							    const int16_t *const *rows,
							    size_t nrows, uint32_t n)
{
	uint32_t c = 0;
	for (; c + 16 <= n; c += 16) {
		__m256i *s = (__m256i *)(void *)(scores + c);
		__m256i lo = _mm256_loadu_si256(s), hi = _mm256_loadu_si256(s + 1);
		for (size_t r = 0; r < nrows; r++) {
			const __m128i *v = (const __m128i *)(const void *)(rows[r] + c);
			lo = _mm256_add_epi32(lo, _mm256_cvtepi16_epi32(_mm_loadu_si128(v)));
			hi = _mm256_add_epi32(hi, _mm256_cvtepi16_epi32(_mm_loadu_si128(v + 1)));
		}
		_mm256_storeu_si256(s, lo);
		_mm256_storeu_si256(s + 1, hi);
	}
	/* A row holds n rounded up to even weights (the last one zero when n
	 * is odd), and scores one entry more than n. */
	if (c + 8 <= ((n + 1) & ~1u)) {
		add_dense_avx2_8(scores, rows, nrows, c);
		c += 8;
	}
	add_dense_scalar(scores, rows, nrows, c, n);
}
#endif

/* Integer sums in any order give the same scores, so every variant gives
 * the same decisions on every machine. */
static void add_dense(int32_t *scores, const int16_t *const *rows, size_t nrows, uint32_t n)
{
	if (nrows == 0)
		return;
#ifdef HAVE_X86
	if (__builtin_cpu_supports("avx2"))
		add_dense_avx2(scores, rows, nrows, n);
	else
		add_dense_sse2(scores, rows, nrows, n);
#else
	add_dense_scalar(scores, rows, nrows, 0, n);
#endif
}

void ent_parse__weights_score(const ent_parse__weights *w, const uint64_t *feats, size_t n,
			      int32_t *scores)
{
	memset(scores, 0, w->nclass * sizeof *scores);
	if (w->nrows == 0)
		return;
	const uint32_t *rows[BATCH];
	const int16_t *dense[BATCH];
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
		size_t ndense = 0;
		for (size_t i = 0; i < found; i++) {
			const uint32_t *r = rows[i];
			uint32_t len = r[0];
			if (len & ENT_WEIGHTS_DENSE) {
				dense[ndense++] = (const int16_t *)(const void *)(r + 1);
				continue;
			}
			for (uint32_t k = 1; k <= len; k++)
				scores[r[k] >> 16] += (int16_t)(uint16_t)(r[k] & 0xffffu);
		}
		add_dense(scores, dense, ndense, w->nclass);
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
