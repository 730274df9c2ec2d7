/* What the loaded verb dictionaries cover, per CAMEO code and root
 * (`entente dict stats`), and how far one lexicon's verb lemmas are placed
 * under the same roots by another (the Phoenix yardstick of
 * docs/dictionaries.md). Any format counts alike: the readers all build
 * the same verb blocks and patterns (dict.h). */
#include "entente/lexicon.h"

#include <stdlib.h> /* qsort */
#include <string.h> /* memcpy, strcmp, strlen */

#include "lexicon/dict.h"
#include "util/alloc.h" /* ent__malloc, ent__free */
#include "util/error.h" /* ENT_RETURN_IF_OOM */
#include "util/map.h"

/* A CAMEO code of an entry, or NULL: "---" (no code) and anything that
 * does not start with two digits is not one. */
static const char *cameo_code(const char *c)
{
	if (!c || strlen(c) < 2 || c[0] < '0' || c[0] > '2' || c[1] < '0' || c[1] > '9')
		return NULL;
	return c;
}

/* The patterns a verb form's block codes with: its own, or those of the
 * PETRARCH block it borrows them from. */
static const lx_verbblock *pattern_block(const ent_lexicon *lx, const lx_verbform *vf)
{
	const lx_verbblock *b = &lx->blocks.items[vf->block];
	if (b->pats_of >= 0 && (size_t)b->pats_of < lx->blocks.len)
		b = &lx->blocks.items[b->pats_of];
	return b;
}

/* The lemma of a one-word verb form, or NULL (multi-word forms such as
 * PETRARCH's "+ANGERED_BY" are phrases, not lemmas). */
static const lx_elem *verb_lemma(const lx_verbform *vf)
{
	if (vf->ph.n != 1 || vf->ph.e[0].kind != LX_E_WORD || !vf->ph.e[0].len)
		return NULL;
	/* a form listed as it is ("{ABANDONED ABANDONS}") is not a lemma */
	if (vf->ph.e[0].match == LX_EXACT)
		return NULL;
	return &vf->ph.e[0];
}

typedef int (*code_fn)(void *ctx, const char *code, const lx_pattern *p);

/* Which lemmas each pattern block holds: "BLOCK\tlemma" -> 1. A PETRARCH
 * pattern whose comment names one of its block's verbs was written for that
 * verb ("- * INVITATION [036] # ACCEPT" under EMBRACE, ACCEPT, ADOPT...): it
 * places that verb only, not every synonym the block lists. */
typedef struct {
	const ent_lexicon *lx;
	ent_map *members;
} verb_index;

static size_t member_key(char *key, size_t cap, const lx_verbblock *b, const ent_lexicon *lx, const char *w,
			 size_t n)
{
	uint32_t bi = (uint32_t)(b - lx->blocks.items);
	if (n + sizeof bi + 1 > cap)
		n = cap - sizeof bi - 1;
	memcpy(key, &bi, sizeof bi);
	key[sizeof bi] = '\t';
	memcpy(key + sizeof bi + 1, w, n);
	return sizeof bi + 1 + n;
}

static int index_verbs(verb_index *vi, const ent_lexicon *lx)
{
	vi->lx = lx;
	vi->members = ent_map_new();
	ENT_RETURN_IF_OOM(vi->members);
	char key[320];
	for (size_t i = 0; i < lx->verbs.len; i++) {
		const lx_elem *l = verb_lemma(&lx->verbs.items[i]);
		if (!l)
			continue;
		size_t k = member_key(key, sizeof key, pattern_block(lx, &lx->verbs.items[i]), lx, l->w, l->len);
		if (!ent_map_has(vi->members, key, k))
			ENT_FORWARD_IF_ERROR(ent_map_put(vi->members, key, k, (void *)1));
	}
	return 0;
}

/* Whether pattern p of block b places `lemma`. A pattern with words
 * before the verb ("threaten to * [138]" under ATTACK) is about those
 * words: its head, as a dependency tree and our verbs.txt see it, is
 * "threaten", so it places no lemma of the block. */
static int places(const verb_index *vi, const lx_verbblock *b, const lx_pattern *p, const lx_elem *lemma)
{
	for (uint32_t i = 0; i < p->nlower; i++)
		if (p->lower[i].kind == LX_E_WORD || p->lower[i].kind == LX_E_ALT || p->lower[i].kind == LX_E_SYNREF)
			return 0;
	if (!p->origin)
		return 1;
	size_t on = strlen(p->origin);
	if (on == lemma->len && !memcmp(p->origin, lemma->w, on))
		return 1;
	char key[320];
	size_t k = member_key(key, sizeof key, b, vi->lx, p->origin, on);
	return !ent_map_has(vi->members, key, k); /* a comment that names no verb of the block */
}

/* Call fn for each CAMEO code the verb form `vf` (lemma `lemma`) is placed
 * under: its block's default code (p NULL) and its patterns'. */
static int each_code(const verb_index *vi, const lx_verbform *vf, const lx_elem *lemma, code_fn fn, void *ctx)
{
	const ent_lexicon *lx = vi->lx;
	const lx_verbblock *own = &lx->blocks.items[vf->block], *b = pattern_block(lx, vf);
	if (cameo_code(own->code))
		ENT_FORWARD_IF_ERROR(fn(ctx, own->code, NULL));
	for (size_t i = 0; i < b->pats.len; i++)
		if (cameo_code(b->pats.items[i].code) && places(vi, b, &b->pats.items[i], lemma))
			ENT_FORWARD_IF_ERROR(fn(ctx, b->pats.items[i].code, &b->pats.items[i]));
	return 0;
}

/* Every (verb form, lemma) of lx, to fn through each_code. */
static int each_placement(const ent_lexicon *lx, int (*set_lemma)(void *, const lx_elem *), code_fn fn, void *ctx)
{
	verb_index vi;
	int rc = index_verbs(&vi, lx);
	for (size_t i = 0; rc == 0 && i < lx->verbs.len; i++) {
		const lx_elem *l = verb_lemma(&lx->verbs.items[i]);
		if (!l)
			continue;
		rc = set_lemma(ctx, l);
		if (rc == 0)
			rc = each_code(&vi, &lx->verbs.items[i], l, fn, ctx);
	}
	ent_map_free(vi.members);
	return rc;
}

/* --- per code --- */

enum { KIND_LEMMA = 0, KIND_NOUN = 1 };

typedef struct {
	const char *code; /* a code or a root (2 bytes), in the lexicon's arena or the table */
	size_t code_len;
	int kind;
	const char *w;
	size_t wlen;
} fact;

typedef struct {
	ENT_VEC(fact) facts;
	ent_map *frames; /* "code" -> count (as pointer) */
	const lx_elem *lemma;
	const ent_lexicon *lx;
	ent_map *seen_pattern; /* pattern pointer + code length -> 1: a pattern counts once per code */
} cover_ctx;

static int push_fact(cover_ctx *c, const char *code, size_t clen, int kind, const char *w, size_t wlen)
{
	fact f = { code, clen, kind, w, wlen };
	return ENT_VEC_PUSH(&c->facts, f);
}

/* The nouns of the classes (verbs.txt "@name") a pattern names. */
static int push_nouns(cover_ctx *c, const char *code, size_t clen, const lx_elem *e, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (e[i].kind != LX_E_ALT || e[i].alt >= c->lx->altsets.len)
			continue;
		const lx_altset *a = &c->lx->altsets.items[e[i].alt];
		if (!a->name || a->name[0] != '@')
			continue;
		for (size_t k = 0; k < a->alts.len; k++) {
			const lx_phrase *m = &a->alts.items[k];
			if (m->n && m->e[0].kind == LX_E_WORD)
				ENT_FORWARD_IF_ERROR(push_fact(c, code, clen, KIND_NOUN, m->e[0].w, m->e[0].len));
		}
	}
	return 0;
}

static int count_frame(cover_ctx *c, const char *code, size_t clen, const lx_pattern *p)
{
	char key[sizeof(void *) + 8];
	memcpy(key, &p, sizeof p);
	memcpy(key + sizeof p, code, clen);
	if (ent_map_has(c->seen_pattern, key, sizeof p + clen))
		return 0;
	ENT_FORWARD_IF_ERROR(ent_map_put(c->seen_pattern, key, sizeof p + clen, (void *)1));
	uintptr_t k = (uintptr_t)ent_map_get(c->frames, code, clen);
	return ent_map_put(c->frames, code, clen, (void *)(k + 1));
}

static int cover_code(void *vctx, const char *code, const lx_pattern *p)
{
	cover_ctx *c = vctx;
	size_t clen = strlen(code);
	/* the code itself and its root */
	for (int level = 0; level < 2; level++) {
		size_t l = level ? 2 : clen;
		if (level && clen == 2)
			break;
		ENT_FORWARD_IF_ERROR(push_fact(c, code, l, KIND_LEMMA, c->lemma->w, c->lemma->len));
		if (p) {
			ENT_FORWARD_IF_ERROR(count_frame(c, code, l, p));
			ENT_FORWARD_IF_ERROR(push_nouns(c, code, l, p->lower, p->nlower));
			ENT_FORWARD_IF_ERROR(push_nouns(c, code, l, p->upper, p->nupper));
		}
	}
	return 0;
}

static int cover_lemma(void *vctx, const lx_elem *lemma)
{
	((cover_ctx *)vctx)->lemma = lemma;
	return 0;
}

static int cmp_mem(const char *a, size_t an, const char *b, size_t bn)
{
	int r = memcmp(a, b, an < bn ? an : bn);
	return r ? r : (an > bn) - (an < bn);
}

static int cmp_fact(const void *va, const void *vb)
{
	const fact *a = va, *b = vb;
	int r = cmp_mem(a->code, a->code_len, b->code, b->code_len);
	if (!r)
		r = a->kind - b->kind;
	return r ? r : cmp_mem(a->w, a->wlen, b->w, b->wlen);
}

static const char *table_label(const ent_lexicon *lx, const char *code, size_t n)
{
	for (size_t i = 0; i < lx->cameo.len; i++)
		if (strlen(lx->cameo.items[i].code) == n && !memcmp(lx->cameo.items[i].code, code, n))
			return lx->cameo.items[i].label;
	return NULL;
}

typedef ENT_VEC(ent_lexicon_code_cover) cover_rows;

static int add_row(cover_rows *rows, const char *code, size_t n, const char *label)
{
	ent_lexicon_code_cover r;
	memset(&r, 0, sizeof r);
	if (n >= sizeof r.code)
		n = sizeof r.code - 1;
	memcpy(r.code, code, n);
	r.label = label;
	return ENT_VEC_PUSH(rows, r);
}

static int cmp_row(const void *va, const void *vb)
{
	const ent_lexicon_code_cover *a = va, *b = vb;
	return strcmp(a->code, b->code);
}

static int find_row(ent_lexicon_code_cover *rows, size_t n, const char *code, size_t clen)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int r = cmp_mem(rows[mid].code, strlen(rows[mid].code), code, clen);
		if (r == 0)
			return (int)mid;
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static int build_coverage(const ent_lexicon *lx, cover_ctx *c, cover_rows *rows)
{
	ENT_FORWARD_IF_ERROR(each_placement(lx, cover_lemma, cover_code, c));
	/* a row for every code of the CAMEO table, and for any other code
	 * the entries use */
	for (size_t i = 0; i < lx->cameo.len; i++)
		ENT_FORWARD_IF_ERROR(add_row(rows, lx->cameo.items[i].code, strlen(lx->cameo.items[i].code),
					     lx->cameo.items[i].label));
	qsort(rows->items, rows->len, sizeof *rows->items, cmp_row);
	/* a table loaded twice (--dict cameo.tsv beside the defaults) */
	size_t kept = 0;
	for (size_t i = 0; i < rows->len; i++)
		if (!kept || strcmp(rows->items[kept - 1].code, rows->items[i].code))
			rows->items[kept++] = rows->items[i];
	rows->len = kept;
	qsort(c->facts.items, c->facts.len, sizeof *c->facts.items, cmp_fact);
	size_t table_rows = rows->len;
	for (size_t i = 0; i < c->facts.len; i++) {
		const fact *f = &c->facts.items[i];
		if (i && !cmp_mem(f->code, f->code_len, c->facts.items[i - 1].code, c->facts.items[i - 1].code_len))
			continue;
		if (find_row(rows->items, table_rows, f->code, f->code_len) < 0)
			ENT_FORWARD_IF_ERROR(add_row(rows, f->code, f->code_len, table_label(lx, f->code, f->code_len)));
	}
	qsort(rows->items, rows->len, sizeof *rows->items, cmp_row);
	for (size_t i = 0; i < c->facts.len; i++) {
		const fact *f = &c->facts.items[i];
		if (i && !cmp_fact(f, &c->facts.items[i - 1]))
			continue;
		int r = find_row(rows->items, rows->len, f->code, f->code_len);
		if (r < 0)
			continue;
		if (f->kind == KIND_LEMMA)
			rows->items[r].lemmas++;
		else
			rows->items[r].nouns++;
	}
	for (size_t i = 0; i < rows->len; i++)
		rows->items[i].frames = (size_t)(uintptr_t)ent_map_get(c->frames, rows->items[i].code,
								       strlen(rows->items[i].code));
	return 0;
}

int ent_lexicon_coverage(const ent_lexicon *lx, ent_lexicon_code_cover **out, size_t *n)
{
	ENT_RETURN_ERROR_IF(!lx || !out || !n, ENT_EINVAL, "ent_lexicon_coverage: NULL argument");
	*out = NULL;
	*n = 0;
	cover_ctx c = { .lx = lx };
	cover_rows rows = { 0 };
	c.frames = ent_map_new();
	c.seen_pattern = ent_map_new();
	int rc = c.frames && c.seen_pattern ? build_coverage(lx, &c, &rows) : ENT_ENOMEM;
	ent_map_free(c.frames);
	ent_map_free(c.seen_pattern);
	ENT_VEC_FREE(&c.facts);
	if (rc < 0) {
		ENT_VEC_FREE(&rows);
		return rc == ENT_ENOMEM ? ent_error_oom() : rc;
	}
	*out = rows.items;
	*n = rows.len;
	return 0;
}

void ent_lexicon_coverage_free(ent_lexicon_code_cover *rows)
{
	ent__free(rows);
}

/* --- one lexicon against another --- */

typedef struct {
	ent_map *pairs; /* "lemma\tRR" -> 1 */
	const lx_elem *lemma;
} pair_ctx;

static int pair_key(char *key, size_t cap, const lx_elem *lemma, const char *code)
{
	if ((size_t)lemma->len + 3 > cap)
		return -1;
	memcpy(key, lemma->w, lemma->len);
	key[lemma->len] = '\t';
	memcpy(key + lemma->len + 1, code, 2);
	return (int)lemma->len + 3;
}

static int add_pair(void *vctx, const char *code, const lx_pattern *p)
{
	(void)p;
	pair_ctx *c = vctx;
	char key[320];
	int k = pair_key(key, sizeof key, c->lemma, code);
	if (k < 0 || ent_map_has(c->pairs, key, (size_t)k))
		return 0;
	return ent_map_put(c->pairs, key, (size_t)k, (void *)1);
}

static int pair_lemma(void *vctx, const lx_elem *lemma)
{
	((pair_ctx *)vctx)->lemma = lemma;
	return 0;
}

static int collect_pairs(const ent_lexicon *lx, ent_map *pairs)
{
	pair_ctx c = { pairs, NULL };
	return each_placement(lx, pair_lemma, add_pair, &c);
}

typedef struct {
	const char *key;
	size_t len;
} miss;

static int cmp_miss(const void *va, const void *vb)
{
	const miss *a = va, *b = vb;
	/* by root, then lemma */
	int r = memcmp(a->key + a->len - 2, b->key + b->len - 2, 2);
	return r ? r : cmp_mem(a->key, a->len, b->key, b->len);
}

static int compare_pairs(ent_map *ours, ent_map *theirs, ent_lexicon_root_overlap roots[20],
			 ent_lexicon_miss_fn on_miss, void *ctx)
{
	ENT_VEC(miss) misses = { 0 };
	size_t it = 0;
	const char *key;
	size_t klen;
	void *v;
	int rc = 0;
	while (rc == 0 && ent_map_next(theirs, &it, &key, &klen, &v)) {
		int root = (key[klen - 2] - '0') * 10 + (key[klen - 1] - '0');
		if (root < 1 || root > 20)
			continue;
		roots[root - 1].theirs++;
		if (ent_map_has(ours, key, klen)) {
			roots[root - 1].shared++;
		} else if (on_miss) {
			miss m = { key, klen };
			rc = ENT_VEC_PUSH(&misses, m);
		}
	}
	if (rc == 0 && on_miss) {
		qsort(misses.items, misses.len, sizeof *misses.items, cmp_miss);
		for (size_t i = 0; i < misses.len && rc == 0; i++) {
			char root[3] = { misses.items[i].key[misses.items[i].len - 2],
					 misses.items[i].key[misses.items[i].len - 1], 0 };
			rc = on_miss(ctx, root, misses.items[i].key, misses.items[i].len - 3);
		}
	}
	ENT_VEC_FREE(&misses);
	return rc;
}

int ent_lexicon_root_overlap_of(const ent_lexicon *ours, const ent_lexicon *theirs, ent_lexicon_root_overlap roots[20],
				ent_lexicon_miss_fn on_miss, void *ctx)
{
	ENT_RETURN_ERROR_IF(!ours || !theirs || !roots, ENT_EINVAL, "ent_lexicon_root_overlap_of: NULL argument");
	for (int r = 0; r < 20; r++) {
		memset(&roots[r], 0, sizeof roots[r]);
		roots[r].root[0] = (char)('0' + (r + 1) / 10);
		roots[r].root[1] = (char)('0' + (r + 1) % 10);
	}
	ent_map *a = ent_map_new(), *b = ent_map_new();
	int rc = a && b ? 0 : ENT_ENOMEM;
	if (rc == 0)
		rc = collect_pairs(ours, a);
	if (rc == 0)
		rc = collect_pairs(theirs, b);
	if (rc == 0)
		rc = compare_pairs(a, b, roots, on_miss, ctx);
	ent_map_free(a);
	ent_map_free(b);
	return rc == ENT_ENOMEM ? ent_error_oom() : rc;
}
