#include "parse/lemma.h"

#include <stdlib.h> /* qsort */
#include <string.h> /* memmove, strlen */

#include "parse/feature.h" /* ent_feat2 */
#include "parse/table.h"   /* ent_parse__table_put */
#include "util/alloc.h"    /* ent__free */
#include "util/buf.h"      /* ent_buf_put */
#include "util/error.h"    /* ENT_FORWARD_IF_ERROR */
#include "util/map.h"      /* ent_hash_bytes */
#include "util/vec.h"      /* ENT_VEC */

/* Template numbers of the two kinds of keys. */
#define KEY_WORD 1
#define KEY_SUFFIX 2
#define KEY_FORM 3
#define KEY_LEMMA 4

/* lemma_tags entries with this bit hold a universal tag, not a joint one */
#define KNOWN_UPOS 0x80000000u

static uint64_t word_key(const char *low, size_t n, uint32_t tag)
{
	return ent_feat2(KEY_WORD, ent_hash_bytes(low, n), tag);
}

static uint64_t suffix_key(const char *low, size_t n, size_t k, uint32_t tag)
{
	return ent_feat2(KEY_SUFFIX, ent_hash_bytes(low + n - k, k) + k, tag);
}

static int apply(ent_buf *out, const ent_parse_model *m, uint32_t rule, const char *form, size_t n,
		 const char *low, size_t low_n)
{
	const ent_parse__lemma_rule *r = &m->lemma_rules[rule];
	const char *base = r->lower ? low : form;
	size_t bn = r->lower ? low_n : n;
	if (r->strip > bn)
		return 1; /* does not fit this word */
	ENT_FORWARD_IF_ERROR(ent_buf_put(out, base, bn - r->strip));
	return ent_buf_put(out, m->lemma_strings + r->aoff, r->alen);
}

/* A suffix of k bytes is a whole number of characters. */
static int char_boundary(const char *s, size_t n, size_t k)
{
	return k == n || ((unsigned char)s[n - k] & 0xC0) != 0x80;
}

static uint64_t lemma_key(const char *lemma, size_t n, ent_upos upos)
{
	return ent_feat2(KEY_LEMMA, ent_hash_bytes(lemma, n), upos);
}

int ent_parse__lemmatize(ent_buf *out, const ent_parse_model *m, const char *form, size_t n,
			 const char *low, size_t low_n, uint32_t tag)
{
	uint32_t rule;
	/* The form as written first ("US" and "us" differ), then in lower case. */
	uint64_t keys[2] = { ent_feat2(KEY_FORM, ent_hash_bytes(form, n), tag),
			     word_key(low, low_n, tag) };
	for (int i = 0; i < 2; i++) {
		if (!ent_parse__table_get(&m->lemma_words, keys[i], &rule))
			continue;
		int rc = apply(out, m, rule, form, n, low, low_n);
		if (rc <= 0)
			return rc;
	}
	/* An unknown word: the rule of its longest known ending, unless a
	 * shorter ending's rule makes a lemma the treebank has and the longer
	 * one's does not ("resumed": "-med" would give "resum", "-ed" ...
	 * "-umed" gives "resume", a known verb). */
	size_t at = out->size, first_end = 0;
	ent_upos upos = tag < m->ntags ? m->tag_upos[tag] : ENT_UPOS_NONE;
	size_t k = low_n < m->lemma_max_suffix ? low_n : m->lemma_max_suffix;
	for (;; k--) {
		if (char_boundary(low, low_n, k) &&
		    ent_parse__table_get(&m->lemma_suffixes, suffix_key(low, low_n, k, tag), &rule)) {
			size_t from = out->size;
			int rc = apply(out, m, rule, form, n, low, low_n);
			if (rc < 0)
				return rc;
			uint32_t known;
			if (rc == 0 && ent_parse__table_get(&m->lemma_known,
							  lemma_key(out->ptr + from, out->size - from, upos),
							  &known)) {
				/* keep this one alone */
				memmove(out->ptr + at, out->ptr + from, out->size - from);
				out->size = at + (out->size - from);
				out->ptr[out->size] = 0;
				return 0;
			}
			if (rc == 0 && first_end == 0)
				first_end = out->size; /* the longest ending's lemma, kept in case */
			else if (rc == 0)
				out->size = from;
		}
		if (k == 0)
			break;
	}
	if (first_end) {
		out->size = first_end;
		out->ptr[out->size] = 0;
		return 0;
	}
	return ent_buf_put(out, form, n);
}

/* Training ---------------------------------------------------------------- */

typedef struct {
	uint64_t key;
	uint64_t parent; /* the key of the suffix one byte shorter (suffix records) */
	uint32_t rule;
	uint32_t k;      /* suffix length (suffix records) */
} record;

struct ent_lemma_builder {
	ENT_VEC(record) words;             /* one per training token */
	ENT_VEC(ent_parse__lemma_rule) rules;
	ent_buf strings;
	ent_parse__table rule_ids;         /* hash of a rule -> its index */
	/* per type: the lower-case form, for the suffix records */
	ENT_VEC(record) types;
	ent_buf type_forms;
	ENT_VEC(size_t) type_off;
	ENT_VEC(uint32_t) type_tag;
	ent_parse__table seen_types;       /* word key -> type index + 1 */
	ENT_VEC(uint64_t) lemma_hashes;    /* of every token's lemma, and its tag */
	ENT_VEC(uint32_t) lemma_tags;
};

int ent_lemma_builder_new(ent_lemma_builder **out)
{
	ent_lemma_builder *b = ent__calloc(1, sizeof *b);
	ENT_RETURN_IF_OOM(b);
	*out = b;
	return 0;
}

void ent_lemma_builder_free(ent_lemma_builder *b)
{
	if (!b)
		return;
	ENT_VEC_FREE(&b->words);
	ENT_VEC_FREE(&b->rules);
	ENT_VEC_FREE(&b->types);
	ENT_VEC_FREE(&b->type_off);
	ENT_VEC_FREE(&b->type_tag);
	ENT_VEC_FREE(&b->lemma_hashes);
	ENT_VEC_FREE(&b->lemma_tags);
	ent_buf_dispose(&b->strings);
	ent_buf_dispose(&b->type_forms);
	ent_parse__table_dispose(&b->rule_ids);
	ent_parse__table_dispose(&b->seen_types);
	ent__free(b);
}

static size_t common_prefix(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0;
	while (i < an && i < bn && a[i] == b[i])
		i++;
	return i;
}

/* The index of the rule turning base into lemma (created if new). */
static int rule_for(ent_lemma_builder *b, uint32_t *out, const char *base, size_t bn, int lower,
		    const char *lemma, size_t ln)
{
	size_t p = common_prefix(base, bn, lemma, ln);
	ent_parse__lemma_rule r = { (uint8_t)(bn - p), (uint8_t)lower, (uint16_t)(ln - p), 0 };
	uint64_t h = ent_hash_bytes(lemma + p, ln - p) ^ ((uint64_t)r.strip << 40) ^
		     ((uint64_t)lower << 56) ^ ((uint64_t)(ln - p) << 20);
	if (ent_parse__table_get(&b->rule_ids, h, out))
		return 0;
	r.aoff = (uint32_t)b->strings.size;
	ENT_FORWARD_IF_ERROR(ent_buf_put(&b->strings, lemma + p, ln - p));
	*out = (uint32_t)b->rules.len;
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->rules, r));
	return ent_parse__table_put(&b->rule_ids, h, *out);
}

int ent_lemma_builder_add(ent_lemma_builder *b, const char *form, size_t n, const char *low,
			  size_t low_n, uint32_t tag, const char *lemma)
{
	size_t ln = strlen(lemma);
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->lemma_hashes, ent_hash_bytes(lemma, ln)));
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->lemma_tags, tag));
	/* From the lower-case form or the form as written, whichever changes
	 * fewer bytes; lower case when equal, so that a capitalised first word
	 * shares its rule with the same word inside a sentence. */
	size_t pl = common_prefix(low, low_n, lemma, ln);
	size_t pf = common_prefix(form, n, lemma, ln);
	size_t cost_l = (low_n - pl) + (ln - pl), cost_f = (n - pf) + (ln - pf);
	int lower = cost_l <= cost_f;
	const char *base = lower ? low : form;
	size_t bn = lower ? low_n : n;
	size_t p = lower ? pl : pf;
	if (bn - p > 255 || ln - p > 65535)
		return 0; /* no rule can say it: the word falls back on the suffix rules */
	uint32_t rule;
	ENT_FORWARD_IF_ERROR(rule_for(b, &rule, base, bn, lower, lemma, ln));
	uint64_t key = word_key(low, low_n, tag);
	record rec = { key, 0, rule, 0 };
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->words, rec));
	rec.key = ent_feat2(KEY_FORM, ent_hash_bytes(form, n), tag);
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->words, rec));
	uint32_t seen;
	if (ent_parse__table_get(&b->seen_types, key, &seen))
		return 0;
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->type_off, b->type_forms.size));
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->type_tag, tag));
	ENT_FORWARD_IF_ERROR(ent_buf_put(&b->type_forms, low, low_n));
	return ent_parse__table_put(&b->seen_types, key, (uint32_t)b->type_off.len);
}

int ent_lemma_builder_add_known(ent_lemma_builder *b, const char *lemma, size_t n, ent_upos upos)
{
	ENT_FORWARD_IF_ERROR(ENT_VEC_PUSH(&b->lemma_hashes, ent_hash_bytes(lemma, n)));
	return ENT_VEC_PUSH(&b->lemma_tags, KNOWN_UPOS | (uint32_t)upos);
}

int ent_lemma_builder_add_exception(ent_lemma_builder *b, const char *low, size_t low_n,
				    uint32_t tag, const char *lemma)
{
	uint64_t key = word_key(low, low_n, tag);
	uint32_t seen;
	if (ent_parse__table_get(&b->seen_types, key, &seen))
		return 0; /* the treebank's own evidence wins */
	size_t ln = strlen(lemma), p = common_prefix(low, low_n, lemma, ln);
	if (low_n - p > 255 || ln - p > 65535)
		return 0;
	uint32_t rule;
	ENT_FORWARD_IF_ERROR(rule_for(b, &rule, low, low_n, 1, lemma, ln));
	record rec = { key, 0, rule, 0 };
	return ENT_VEC_PUSH(&b->words, rec);
}

static int by_key_rule(const void *a, const void *b)
{
	const record *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* For runs of equal keys in sorted `r`, call back with the most frequent
 * rule (ties: the lowest rule number), its run's first record and the
 * run's size. */
typedef int (*majority_fn)(void *payload, const record *first, uint32_t rule, size_t total);

static int majorities(record *r, size_t n, majority_fn fn, void *payload)
{
	qsort(r, n, sizeof *r, by_key_rule);
	for (size_t i = 0; i < n;) {
		size_t j = i, best_count = 0;
		uint32_t best = 0;
		while (j < n && r[j].key == r[i].key) {
			size_t s = j;
			while (j < n && r[j].key == r[s].key && r[j].rule == r[s].rule)
				j++;
			if (j - s > best_count) {
				best_count = j - s;
				best = r[s].rule;
			}
		}
		ENT_FORWARD_IF_ERROR(fn(payload, &r[i], best, j - i));
		i = j;
	}
	return 0;
}

static int put_word(void *payload, const record *first, uint32_t rule, size_t total)
{
	(void)total;
	ent_parse_model *m = payload;
	return ent_parse__table_put(&m->lemma_words, first->key, rule);
}

typedef struct {
	ent_parse__table all;  /* every suffix's majority rule */
	record *kept;          /* (key, parent, rule, k) of the candidates */
	size_t nkept;
} suffix_pass;

static int put_suffix(void *payload, const record *first, uint32_t rule, size_t total)
{
	suffix_pass *sp = payload;
	/* An ending seen in one word type only says nothing beyond that word. */
	if (total < 2 && first->k > 2)
		return 0;
	record r = *first;
	r.rule = rule;
	sp->kept[sp->nkept++] = r;
	return ent_parse__table_put(&sp->all, first->key, rule);
}

/* Suffix records of every type: its majority rule under each of its endings. */
static int suffix_records(ent_lemma_builder *b, const ent_parse_model *m, record **out, size_t *n)
{
	ENT_VEC(record) v = { 0 };
	for (size_t t = 0; t < b->type_off.len; t++) {
		const char *low = b->type_forms.ptr + b->type_off.items[t];
		size_t end = t + 1 < b->type_off.len ? b->type_off.items[t + 1] : b->type_forms.size;
		size_t ln = end - b->type_off.items[t];
		uint32_t tag = b->type_tag.items[t], rule;
		if (!ent_parse__table_get(&m->lemma_words, word_key(low, ln, tag), &rule))
			continue;
		const ent_parse__lemma_rule *r = &b->rules.items[rule];
		uint64_t parent = 0;
		for (size_t k = 0; k <= ln && k <= ENT_LEMMA_MAX_SUFFIX; k++) {
			if (!char_boundary(low, ln, k))
				continue;
			uint64_t key = suffix_key(low, ln, k, tag);
			/* The ending must hold all that the rule strips. */
			if (r->strip <= k) {
				record rec = { key, parent, rule, (uint32_t)k };
				if (ENT_VEC_PUSH(&v, rec)) {
					ENT_VEC_FREE(&v);
					return ent_error_oom();
				}
			}
			parent = key;
		}
	}
	*out = v.items;
	*n = v.len;
	return 0;
}

int ent_lemma_builder_finish(ent_lemma_builder *b, ent_parse_model *m)
{
	ENT_FORWARD_IF_ERROR(majorities(b->words.items, b->words.len, put_word, m));
	for (size_t i = 0; i < b->lemma_hashes.len; i++) {
		uint32_t tag = b->lemma_tags.items[i];
		ent_upos upos = (tag & KNOWN_UPOS) ? (ent_upos)(tag & ~KNOWN_UPOS)
			       : tag < m->ntags ? m->tag_upos[tag] : ENT_UPOS_NONE;
		ENT_FORWARD_IF_ERROR(ent_parse__table_put(
			&m->lemma_known, ent_feat2(KEY_LEMMA, b->lemma_hashes.items[i], upos), 1));
	}
	record *recs = NULL;
	size_t n = 0;
	ENT_FORWARD_IF_ERROR(suffix_records(b, m, &recs, &n));
	suffix_pass sp = { { 0 }, ent__malloc((n ? n : 1) * sizeof(record)), 0 };
	int rc = sp.kept ? majorities(recs, n, put_suffix, &sp) : ent_error_oom();
	/* Keep an ending only where it says something its parent does not. */
	for (size_t i = 0; rc == 0 && i < sp.nkept; i++) {
		const record *r = &sp.kept[i];
		uint32_t parent_rule;
		if (r->k > 0 && ent_parse__table_get(&sp.all, r->parent, &parent_rule) &&
		    parent_rule == r->rule)
			continue;
		rc = ent_parse__table_put(&m->lemma_suffixes, r->key, r->rule);
	}
	ent__free(recs);
	ent__free(sp.kept);
	ent_parse__table_dispose(&sp.all);
	ENT_FORWARD_IF_ERROR(rc);
	m->lemma_max_suffix = ENT_LEMMA_MAX_SUFFIX;
	m->nlemma_rules = (uint32_t)b->rules.len;
	m->lemma_rules = b->rules.items;
	b->rules.items = NULL;
	b->rules.len = b->rules.cap = 0;
	ENT_FORWARD_IF_ERROR(ent_buf_grow(&b->strings, 1)); /* never NULL, even empty */
	m->lemma_strings = ent_buf_detach(&b->strings);
	return m->lemma_strings ? 0 : ent_error_oom();
}
