#include "parse/corpus.h"

#include <errno.h>  /* errno */
#include <stdio.h>  /* fopen */
#include <stdlib.h> /* qsort */
#include <string.h> /* strcmp, strerror */

#include "parse/conllu.h"
#include "parse/lemma.h" /* ent_lemma_builder */
#include "parse/table.h" /* ent_parse__table */
#include "util/alloc.h"  /* ent__calloc, ent__free */
#include "util/buf.h"    /* ent_buf_put */
#include "util/error.h"  /* ent_error_set */
#include "util/map.h"    /* ent_hash_bytes */

/* A word's tags make its ambiguity class only once it has been seen this
 * often: below, the class would just repeat the gold tag of the few
 * training sentences it occurs in, which the tagger would learn to trust. */
#define AMB_MIN_COUNT 5
/* The tag dictionary: words seen at least this often, with one tag this
 * share of the time, are tagged without being scored. */
#define DICT_MIN_COUNT 20
#define DICT_MIN_SHARE 0.995

static int put_str(ent_buf *pool, uint32_t *off, const char *a, const char *b)
{
	*off = (uint32_t)pool->size;
	ENT_FORWARD_IF_ERROR(ent_buf_put(pool, a, strlen(a) + 1));
	return b ? ent_buf_put(pool, b, strlen(b) + 1) : 0;
}

static int add_sentence(ent_corpus *c, const ent_conllu_sentence *s)
{
	ent_corpus_sentence cs = { (uint32_t)c->words, (uint32_t)s->count };
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->sents, cs));
	for (size_t i = 0; i < s->count; i++) {
		const ent_conllu_word *w = &s->words[i];
		uint32_t off;
		ENT_FORWARD_IF_ERROR(put_str(&c->pool, &off, w->form, NULL));
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->form, off));
		ENT_FORWARD_IF_ERROR(put_str(&c->pool, &off, w->lemma, NULL));
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->lemma, off));
		ENT_FORWARD_IF_ERROR(put_str(&c->pool, &off, w->upos, w->xpos));
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->tagname, off));
		ENT_FORWARD_IF_ERROR(put_str(&c->pool, &off, w->deprel, NULL));
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->labelname, off));
		int32_t h = w->head == 0 ? (int32_t)s->count : w->head - 1;
		ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&c->head, h));
		c->words++;
	}
	return 0;
}

int ent_corpus_read(ent_corpus *c, const char *path, size_t max_sentences)
{
	FILE *f = fopen(path, "rb");
	ENT_RETURN_ERROR_IF(!f, errno == ENOENT ? ENT_ENOTFOUND : ENT_EIO, "%s: cannot open: %s",
			    path, strerror(errno));
	ent_conllu_reader *r = NULL;
	int rc = ent_conllu_reader_new(&r, f, path);
	ent_conllu_sentence s;
	while (rc == 0 && (max_sentences == 0 || c->sents.len < max_sentences) &&
	       (rc = ent_conllu_next(r, &s, 1)) == 0)
		if (s.count > 0 && s.count <= ENT_PARSE_MAX_WORDS)
			rc = add_sentence(c, &s);
	if (rc == ENT_ITEROVER)
		rc = 0;
	if (rc == 0 && c->words == 0)
		rc = ent_error_set(ENT_EFORMAT, "%s: no sentences to train on", path);
	ent_conllu_reader_free(r);
	fclose(f);
	return rc;
}

/* Sorted distinct strings at the given offsets (pairs when `pairs`). */
typedef struct {
	const char *pool;
	int pairs;
} name_ctx;

static name_ctx sort_ctx; /* qsort has no payload; training is single-threaded */

static size_t name_len(const char *s, int pairs)
{
	size_t n = strlen(s) + 1;
	return pairs ? n + strlen(s + n) + 1 : n;
}

static int cmp_names(const void *a, const void *b)
{
	const char *x = sort_ctx.pool + *(const uint32_t *)a, *y = sort_ctx.pool + *(const uint32_t *)b;
	size_t nx = name_len(x, sort_ctx.pairs), ny = name_len(y, sort_ctx.pairs);
	int d = memcmp(x, y, nx < ny ? nx : ny);
	return d ? d : (nx > ny) - (nx < ny);
}

/* Number the distinct names; class[i] for every word; the blob of names. */
static int classes_of(const ent_corpus *c, const uint32_t *offs, int pairs, int32_t *cls,
		      ent_buf *blob, uint32_t *count)
{
	uint32_t *sorted = ent__malloc((c->words ? c->words : 1) * sizeof *sorted);
	ENT_RETURN_IF_OOM(sorted);
	memcpy(sorted, offs, c->words * sizeof *sorted);
	sort_ctx = (name_ctx){ c->pool.ptr, pairs };
	qsort(sorted, c->words, sizeof *sorted, cmp_names);
	ent_parse__table ids = { 0 };
	int rc = 0;
	uint32_t n = 0;
	for (size_t i = 0; rc == 0 && i < c->words; i++) {
		if (i > 0 && cmp_names(&sorted[i - 1], &sorted[i]) == 0)
			continue;
		const char *s = c->pool.ptr + sorted[i];
		size_t len = name_len(s, pairs);
		rc = ent_buf_put(blob, s, len);
		if (rc == 0)
			rc = ent_parse__table_put(&ids, ent_hash_bytes(s, len), n++);
	}
	for (size_t i = 0; rc == 0 && i < c->words; i++) {
		const char *s = c->pool.ptr + offs[i];
		uint32_t v = 0;
		ent_parse__table_get(&ids, ent_hash_bytes(s, name_len(s, pairs)), &v);
		cls[i] = (int32_t)v;
	}
	ent_parse__table_dispose(&ids);
	ent__free(sorted);
	*count = n;
	return rc;
}

int ent_corpus_classes(ent_corpus *c, ent_parse_model *m)
{
	c->tag = ent__calloc(c->words, sizeof *c->tag);
	c->label = ent__calloc(c->words, sizeof *c->label);
	ENT_RETURN_IF_OOM(c->tag && c->label ? c->tag : NULL);
	ent_buf tags = ENT_BUF_INIT, labels = ENT_BUF_INIT;
	uint32_t ntags = 0, nlabels = 0;
	int rc = classes_of(c, c->tagname.items, 1, c->tag, &tags, &ntags);
	if (rc == 0)
		rc = classes_of(c, c->labelname.items, 0, c->label, &labels, &nlabels);
	if (rc == 0 && (ntags > 250 || nlabels > 255))
		rc = ent_error_set(ENT_EINVAL, "too many tags (%u) or labels (%u) to train on",
				   ntags, nlabels);
	if (rc) {
		ent_buf_dispose(&tags);
		ent_buf_dispose(&labels);
		return rc;
	}
	size_t tn = tags.size, ln = labels.size;
	rc = ent_parse__model_set_names(m, ent_buf_detach(&tags), tn, ntags,
					ent_buf_detach(&labels), ln, nlabels);
	if (rc == ENT_EFORMAT)
		return ent_error_set(ENT_EFORMAT, "the training data has no 'root' relation");
	return rc;
}

typedef struct {
	uint32_t *counts; /* types x ntags */
	uint32_t *total;
	size_t ntypes, cap;
	ent_parse__table index; /* norm -> type */
} type_counts;

static int count_types(type_counts *tc, const ent_corpus *c, uint32_t ntags)
{
	for (size_t i = 0; i < c->words; i++) {
		uint32_t t;
		if (!ent_parse__table_get(&tc->index, c->lex[i].norm, &t)) {
			if (tc->ntypes == tc->cap) {
				size_t cap = tc->cap ? 2 * tc->cap : 4096;
				uint32_t *nc = ent__realloc(tc->counts, cap * ntags * sizeof *nc);
				if (nc)
					tc->counts = nc;
				uint32_t *nt = nc ? ent__realloc(tc->total, cap * sizeof *nt) : NULL;
				ENT_RETURN_IF_OOM(nt);
				tc->total = nt;
				tc->cap = cap;
			}
			t = (uint32_t)tc->ntypes++;
			memset(tc->counts + (size_t)t * ntags, 0, ntags * sizeof *tc->counts);
			tc->total[t] = 0;
			ENT_FORWARD_IF_ERROR(ent_parse__table_put(&tc->index, c->lex[i].norm, t));
		}
		tc->counts[(size_t)t * ntags + (uint32_t)c->tag[i]]++;
		tc->total[t]++;
	}
	return 0;
}

/* The vocabulary entry of type t: (ambiguity class << 8) | (dictionary tag + 1). */
static int vocab_entry(ent_parse__table *classes, uint32_t *nclasses, const uint32_t *counts,
		       uint32_t total, uint32_t ntags, uint32_t *val)
{
	uint64_t h = 0x5bd1e995;
	uint32_t best = 0;
	for (uint32_t k = 0; k < ntags; k++) {
		if (counts[k] > counts[best])
			best = k;
		/* tags of under 1% of the occurrences are noise, not ambiguity */
		if (counts[k] && counts[k] * 100 >= total)
			h = ent_hash_mix(h ^ (k + 1));
	}
	uint32_t amb;
	if (!ent_parse__table_get(classes, h, &amb)) {
		amb = ++*nclasses;
		ENT_FORWARD_IF_ERROR(ent_parse__table_put(classes, h, amb));
	}
	int dict = total >= DICT_MIN_COUNT && counts[best] >= DICT_MIN_SHARE * total;
	*val = amb << 8 | (dict ? best + 1 : 0);
	return 0;
}

int ent_corpus_vocab(ent_corpus *c, ent_parse_model *m)
{
	c->lex = ent__calloc(c->words, sizeof *c->lex);
	c->punct = ent__calloc(c->words, 1);
	ENT_RETURN_IF_OOM(c->lex && c->punct ? c->lex : NULL);
	ent_buf scratch = ENT_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < c->words; i++) {
		const char *f = c->pool.ptr + c->form.items[i];
		rc = ent_parse__lex_fill(&c->lex[i], &scratch, f, strlen(f));
		c->punct[i] = (c->lex[i].flags & ENT_LEX_PUNCT) != 0;
	}
	ent_buf_dispose(&scratch);
	ENT_FORWARD_IF_ERROR(rc);
	type_counts tc = { 0 };
	ent_parse__table classes = { 0 };
	uint32_t nclasses = 0;
	rc = count_types(&tc, c, m->ntags);
	for (uint64_t s = 0; rc == 0 && tc.index.slots && s <= tc.index.mask; s++) {
		const ent_parse__kv *kv = &tc.index.slots[s];
		if (!kv->key || tc.total[kv->val] < AMB_MIN_COUNT)
			continue;
		uint32_t val;
		rc = vocab_entry(&classes, &nclasses, tc.counts + (size_t)kv->val * m->ntags,
				 tc.total[kv->val], m->ntags, &val);
		if (rc == 0)
			rc = ent_parse__table_put(&m->vocab, kv->key, val);
	}
	ent__free(tc.counts);
	ent__free(tc.total);
	ent_parse__table_dispose(&tc.index);
	ent_parse__table_dispose(&classes);
	ENT_FORWARD_IF_ERROR(rc);
	for (size_t i = 0; i < c->words; i++) {
		uint32_t v;
		if (ent_parse__table_get(&m->vocab, c->lex[i].norm, &v)) {
			c->lex[i].amb = v >> 8;
			c->lex[i].tagdict = (int32_t)(v & 0xff) - 1;
		}
	}
	return 0;
}

int ent_corpus_lemmas(const ent_corpus *c, ent_parse_model *m, const char *wordnet_dir)
{
	ent_lemma_builder *b = NULL;
	ENT_FORWARD_IF_ERROR(ent_lemma_builder_new(&b));
	ent_buf low = ENT_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < c->words; i++) {
		const char *f = c->pool.ptr + c->form.items[i];
		size_t n = strlen(f);
		ent_buf_clear(&low);
		rc = ent_parse__lower(&low, f, n);
		if (rc == 0)
			rc = ent_lemma_builder_add(b, f, n, low.ptr ? low.ptr : "", low.size,
						   (uint32_t)c->tag[i], c->pool.ptr + c->lemma.items[i]);
	}
	if (rc == 0 && wordnet_dir)
		rc = ent_lemma_builder_add_wordnet(b, m, wordnet_dir);
	if (rc == 0)
		rc = ent_lemma_builder_finish(b, m);
	ent_buf_dispose(&low);
	ent_lemma_builder_free(b);
	return rc;
}

void ent_corpus_dispose(ent_corpus *c)
{
	ENT_VEC_FREE(&c->sents);
	ENT_VEC_FREE(&c->form);
	ENT_VEC_FREE(&c->lemma);
	ENT_VEC_FREE(&c->tagname);
	ENT_VEC_FREE(&c->labelname);
	ENT_VEC_FREE(&c->head);
	ent__free(c->tag);
	ent__free(c->label);
	ent__free(c->lex);
	ent__free(c->punct);
	ent_buf_dispose(&c->pool);
	memset(c, 0, sizeof *c);
}
