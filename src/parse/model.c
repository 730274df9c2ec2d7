#include "parse/model.h"

#include <errno.h>  /* errno */
#include <stdio.h>  /* FILE, fopen, rename */
#include <stdlib.h> /* getenv */
#include <string.h> /* memcmp, memcpy, strlen, strerror */
#include <fcntl.h>    /* open */
#include <sys/mman.h> /* mmap */
#include <sys/stat.h> /* fstat */
#include <unistd.h>   /* unlink, close */

#include <zstd.h>

#include "util/alloc.h" /* ent__malloc, ent__free */
#include "util/buf.h"   /* ent_buf_put */
#include "util/error.h" /* ent_error_set */

#ifndef ENT_DEFAULT_DATA_DIR
#define ENT_DEFAULT_DATA_DIR "data"
#endif

static const char MAGIC[8] = { 'E', 'N', 'T', 'P', 'A', 'R', 'S', 0 };

/* Section tags, in the order they are written. */
enum {
	S_INFO = 0x4f464e49, /* "INFO" */
	S_TRAINED = 0x4e495254, S_TAGS = 0x53474154, S_LABELS = 0x4c42414c, S_VOCAB = 0x42434f56,
	S_TAGGER = 0x57474154, S_TAGGER2 = 0x32474154, S_PARSER = 0x57524150, S_LWORDS = 0x44524f57, S_LSUFFIX = 0x58464653, S_LKNOWN = 0x4e4b4c53,
	S_LRULES = 0x454c5552, S_LSTRINGS = 0x52545353, S_END = 0x20444e45,
};

/* The fixed part: numbers, stored field by field (little-endian). */
typedef struct {
	uint32_t format, ntags, nlabels, root_label;
	uint64_t seed;
	double dev_upos, dev_xpos, dev_lemma, dev_uas, dev_las;
	uint64_t tagger_features, parser_features;
	uint32_t lemma_max_suffix, nlemma_rules;
} info_block;

/* Saving ----------------------------------------------------------------- */

static int section(ent_buf *b, uint32_t tag, const void *data, uint64_t len)
{
	uint32_t head[4] = { tag, 0, (uint32_t)len, (uint32_t)(len >> 32) };
	static const char zeros[8] = { 0 };
	ENT_FORWARD_IF_ERROR(ent_buf_put(b, (const char *)head, sizeof head));
	ENT_FORWARD_IF_ERROR(ent_buf_put(b, data, len));
	return ent_buf_put(b, zeros, (8 - len % 8) % 8);
}

/* A table as one section: mask and count, then the slots. */
static int table_section(ent_buf *b, uint32_t tag, const ent_parse__table *t)
{
	ent_buf s = ENT_BUF_INIT;
	uint64_t nslots = t->slots ? t->mask + 1 : 0;
	uint64_t head[2] = { nslots, t->count };
	int rc = ent_buf_put(&s, (const char *)head, sizeof head);
	if (rc == 0 && nslots)
		rc = ent_buf_put(&s, (const char *)t->slots, nslots * sizeof *t->slots);
	if (rc == 0)
		rc = section(b, tag, s.ptr, s.size);
	ent_buf_dispose(&s);
	return rc;
}

static int weights_section(ent_buf *b, uint32_t tag, const ent_parse__weights *w)
{
	ent_buf s = ENT_BUF_INIT;
	uint64_t nslots = w->slots ? w->mask + 1 : 0;
	uint64_t head[4] = { w->nclass | (uint64_t)w->nrows << 32, nslots, w->nentries, 0 };
	memcpy(&head[3], &w->scale, sizeof w->scale);
	int rc = ent_buf_put(&s, (const char *)head, sizeof head);
	if (rc == 0 && nslots)
		rc = ent_buf_put(&s, (const char *)w->slots, nslots * sizeof *w->slots);
	if (rc == 0 && w->nentries)
		rc = ent_buf_put(&s, (const char *)w->rows, w->nentries * sizeof *w->rows);
	if (rc == 0)
		rc = section(b, tag, s.ptr, s.size);
	ent_buf_dispose(&s);
	return rc;
}

static int image_of(ent_buf *b, const ent_parse_model *m)
{
	const ent_parse_model_info *i = &m->info;
	info_block ib = { ENT_PARSE_MODEL_FORMAT, m->ntags, m->nlabels, m->root_label, i->seed,
			  i->dev_upos, i->dev_xpos, i->dev_lemma, i->dev_uas, i->dev_las,
			  i->tagger_features, i->parser_features, m->lemma_max_suffix,
			  m->nlemma_rules };
	const char *trained = m->trained_on ? m->trained_on : "";
	size_t nstrings = 0;
	for (uint32_t r = 0; r < m->nlemma_rules; r++)
		if (m->lemma_rules[r].aoff + m->lemma_rules[r].alen > nstrings)
			nstrings = m->lemma_rules[r].aoff + m->lemma_rules[r].alen;
	ENT_FORWARD_IF_ERROR(section(b, S_INFO, &ib, sizeof ib));
	ENT_FORWARD_IF_ERROR(section(b, S_TRAINED, trained, strlen(trained) + 1));
	ENT_FORWARD_IF_ERROR(section(b, S_TAGS, m->tag_blob, m->tag_blob_len));
	ENT_FORWARD_IF_ERROR(section(b, S_LABELS, m->label_blob, m->label_blob_len));
	ENT_FORWARD_IF_ERROR(table_section(b, S_VOCAB, &m->vocab));
	ENT_FORWARD_IF_ERROR(weights_section(b, S_TAGGER, &m->tagger));
	ENT_FORWARD_IF_ERROR(weights_section(b, S_TAGGER2, &m->tagger2));
	ENT_FORWARD_IF_ERROR(weights_section(b, S_PARSER, &m->parser));
	ENT_FORWARD_IF_ERROR(table_section(b, S_LWORDS, &m->lemma_words));
	ENT_FORWARD_IF_ERROR(table_section(b, S_LSUFFIX, &m->lemma_suffixes));
	ENT_FORWARD_IF_ERROR(table_section(b, S_LKNOWN, &m->lemma_known));
	ENT_FORWARD_IF_ERROR(section(b, S_LRULES, m->lemma_rules,
				     m->nlemma_rules * sizeof *m->lemma_rules));
	ENT_FORWARD_IF_ERROR(section(b, S_LSTRINGS, m->lemma_strings ? m->lemma_strings : "",
				     nstrings));
	return section(b, S_END, "", 0);
}

static int write_file(const char *path, const char *tmp, const ent_buf *frame)
{
	FILE *f = fopen(tmp, "wb");
	ENT_RETURN_ERROR_IF(!f, ENT_EIO, "%s: cannot create: %s", tmp, strerror(errno));
	uint32_t head[2] = { ENT_PARSE_MODEL_FORMAT, 0 };
	int ok = fwrite(MAGIC, 1, sizeof MAGIC, f) == sizeof MAGIC &&
		 fwrite(head, sizeof *head, 2, f) == 2 &&
		 fwrite(frame->ptr, 1, frame->size, f) == frame->size;
	ok = fflush(f) == 0 && ok;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		int e = errno;
		unlink(tmp);
		return ent_error_set(ENT_EIO, "%s: cannot write the model: %s", path, strerror(e));
	}
	return 0;
}

int ent_parse__model_save(const ent_parse_model *m, const char *path)
{
	ent_buf img = ENT_BUF_INIT, frame = ENT_BUF_INIT, tmp = ENT_BUF_INIT;
	int rc = image_of(&img, m);
	size_t bound = ZSTD_compressBound(img.size);
	if (rc == 0)
		rc = ent_buf_grow(&frame, bound);
	ZSTD_CCtx *cc = rc == 0 ? ZSTD_createCCtx() : NULL;
	if (rc == 0 && !cc)
		rc = ent_error_oom();
	if (rc == 0) {
		ZSTD_CCtx_setParameter(cc, ZSTD_c_compressionLevel, 12);
		ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
		size_t z = ZSTD_compress2(cc, frame.ptr, bound, img.ptr, img.size);
		if (ZSTD_isError(z))
			rc = ent_error_set(ENT_ERROR, "%s: compressing the model: %s", path,
					   ZSTD_getErrorName(z));
		else
			frame.size = z;
	}
	ZSTD_freeCCtx(cc);
	if (rc == 0)
		rc = ent_buf_printf(&tmp, "%s.tmp", path);
	if (rc == 0)
		rc = write_file(path, tmp.ptr, &frame);
	ent_buf_dispose(&img);
	ent_buf_dispose(&frame);
	ent_buf_dispose(&tmp);
	return rc;
}

/* Names ------------------------------------------------------------------ */

/* The start of each of the `count` NUL-terminated strings of blob[0..len). */
static int split_blob(const char ***out, const char *blob, size_t len, size_t count)
{
	const char **v = ent__calloc(count ? count : 1, sizeof *v);
	ENT_RETURN_IF_OOM(v);
	size_t at = 0;
	for (size_t i = 0; i < count; i++) {
		const char *nul = at < len ? memchr(blob + at, 0, len - at) : NULL;
		if (!nul) {
			ent__free(v);
			return ENT_EFORMAT;
		}
		v[i] = blob + at;
		at = (size_t)(nul - blob) + 1;
	}
	*out = v;
	return at == len ? 0 : ENT_EFORMAT;
}

int ent_parse__model_set_names(ent_parse_model *m, char *tags, size_t tags_len, uint32_t ntags,
			       char *labels, size_t labels_len, uint32_t nlabels)
{
	m->tag_blob = tags;
	m->tag_blob_len = tags_len;
	m->label_blob = labels;
	m->label_blob_len = labels_len;
	m->ntags = ntags;
	m->nlabels = nlabels;
	const char **pairs = NULL;
	int rc = split_blob(&pairs, tags, tags_len, 2 * (size_t)ntags);
	if (rc)
		return rc == ENT_EFORMAT ? ENT_EFORMAT : rc;
	m->tag_upos = ent__calloc(ntags ? ntags : 1, sizeof *m->tag_upos);
	m->tag_xpos = ent__calloc(ntags ? ntags : 1, sizeof *m->tag_xpos);
	m->tag_uname = ent__calloc(ntags ? ntags : 1, sizeof *m->tag_uname);
	if (!m->tag_upos || !m->tag_xpos || !m->tag_uname) {
		ent__free(pairs);
		return ent_error_oom();
	}
	for (uint32_t t = 0; t < ntags; t++) {
		m->tag_uname[t] = pairs[2 * t];
		m->tag_upos[t] = ent_upos_from_name(pairs[2 * t]);
		m->tag_xpos[t] = pairs[2 * t + 1];
	}
	ent__free(pairs);
	ENT_FORWARD_IF_ERROR(split_blob(&m->label_name, labels, labels_len, nlabels));
	m->label_dep = ent__calloc(nlabels ? nlabels : 1, sizeof *m->label_dep);
	ENT_RETURN_IF_OOM(m->label_dep);
	m->root_label = UINT32_MAX;
	for (uint32_t l = 0; l < nlabels; l++) {
		m->label_dep[l] = ent_dep_from_name(m->label_name[l]);
		if (!strcmp(m->label_name[l], "root"))
			m->root_label = l;
	}
	return m->root_label == UINT32_MAX ? ENT_EFORMAT : 0;
}

/* Loading ---------------------------------------------------------------- */

typedef struct {
	const char *path;
	const uint8_t *p;
	size_t len, at;
} cursor;

static int bad(const cursor *c, const char *what)
{
	return ent_error_set(ENT_EFORMAT, "%s: not a usable parser model (%s)", c->path, what);
}

/* The next section, which must have tag `tag`. */
static int next_section(cursor *c, uint32_t tag, const uint8_t **data, uint64_t *len)
{
	if (c->len - c->at < 16)
		return bad(c, "truncated section");
	uint32_t head[4];
	memcpy(head, c->p + c->at, sizeof head);
	uint64_t n = head[2] | (uint64_t)head[3] << 32;
	if (head[0] != tag)
		return bad(c, "sections out of order");
	c->at += 16;
	if (n > c->len - c->at)
		return bad(c, "section longer than the file");
	*data = c->p + c->at;
	*len = n;
	c->at += n + (8 - n % 8) % 8;
	if (c->at > c->len)
		c->at = c->len;
	return 0;
}

static int load_table(cursor *c, uint32_t tag, ent_parse__table *t)
{
	const uint8_t *d;
	uint64_t len;
	ENT_FORWARD_IF_ERROR(next_section(c, tag, &d, &len));
	if (len < 16)
		return bad(c, "short table");
	uint64_t head[2];
	memcpy(head, d, sizeof head);
	uint64_t nslots = head[0];
	if ((nslots & (nslots - 1)) != 0 || (len - 16) / sizeof(ent_parse__kv) != nslots)
		return bad(c, "table size");
	t->slots = nslots ? (ent_parse__kv *)(void *)(d + 16) : NULL;
	/* A lookup stops at an empty slot: a full table would never stop. */
	uint64_t full = 0;
	for (uint64_t i = 0; i < nslots; i++)
		full += t->slots[i].key != 0;
	if (nslots && full == nslots)
		return bad(c, "table without an empty slot");
	t->mask = nslots ? nslots - 1 : 0;
	t->count = head[1];
	t->owned = 0;
	return 0;
}

/* Every row must lie inside the entries and name only classes < nclass:
 * a damaged file must not make the tagger read out of bounds. */
static int check_rows(const cursor *c, const ent_parse__weights *w)
{
	uint64_t full = 0;
	for (uint64_t i = 0; w->slots && i <= w->mask; i++) {
		const ent_parse__slot *s = &w->slots[i];
		if (s->fp == 0)
			continue;
		full++;
		if (s->off >= w->nentries)
			return bad(c, "weight row outside the table");
		uint32_t head = w->rows[s->off];
		if ((head & ENT_WEIGHTS_DENSE) && head != ENT_WEIGHTS_DENSE)
			return bad(c, "weight row header");
		if (ent_parse__row_words(head, w->nclass) > w->nentries - s->off)
			return bad(c, "weight row outside the table");
		for (uint32_t k = 1; !(head & ENT_WEIGHTS_DENSE) && k <= head; k++)
			if ((w->rows[s->off + k] >> 16) >= w->nclass)
				return bad(c, "weight of an unknown class");
	}
	if (full == w->mask + 1 && w->slots)
		return bad(c, "weight table without an empty slot");
	return 0;
}

static int load_weights(cursor *c, uint32_t tag, ent_parse__weights *w, uint32_t nclass)
{
	const uint8_t *d;
	uint64_t len;
	ENT_FORWARD_IF_ERROR(next_section(c, tag, &d, &len));
	if (len < 32)
		return bad(c, "short weights");
	uint64_t head[4];
	memcpy(head, d, sizeof head);
	w->nclass = (uint32_t)head[0];
	w->nrows = (uint32_t)(head[0] >> 32);
	uint64_t nslots = head[1];
	w->nentries = head[2];
	memcpy(&w->scale, &head[3], sizeof w->scale);
	if (w->nclass != nclass || nslots == 0 || (nslots & (nslots - 1)) != 0 ||
	    nslots > (len - 32) / sizeof(ent_parse__slot) ||
	    w->nentries != (len - 32 - nslots * sizeof(ent_parse__slot)) / sizeof(uint32_t))
		return bad(c, "weights size");
	w->slots = (ent_parse__slot *)(void *)(d + 32);
	w->rows = (uint32_t *)(void *)(d + 32 + nslots * sizeof(ent_parse__slot));
	w->mask = nslots - 1;
	w->owned = 0;
	return check_rows(c, w);
}

static int load_names(cursor *c, ent_parse_model *m, const info_block *ib)
{
	const uint8_t *tags, *labels;
	uint64_t tlen, llen;
	ENT_FORWARD_IF_ERROR(next_section(c, S_TAGS, &tags, &tlen));
	ENT_FORWARD_IF_ERROR(next_section(c, S_LABELS, &labels, &llen));
	char *tcopy = ent__malloc(tlen + 1), *lcopy = ent__malloc(llen + 1);
	if (!tcopy || !lcopy) {
		ent__free(tcopy);
		ent__free(lcopy);
		return ent_error_oom();
	}
	memcpy(tcopy, tags, tlen);
	memcpy(lcopy, labels, llen);
	int rc = ent_parse__model_set_names(m, tcopy, tlen, ib->ntags, lcopy, llen, ib->nlabels);
	if (rc == ENT_EFORMAT)
		return bad(c, "tag or label names");
	return rc;
}

static int load_lemmas(cursor *c, ent_parse_model *m, const info_block *ib)
{
	ENT_FORWARD_IF_ERROR(load_table(c, S_LWORDS, &m->lemma_words));
	ENT_FORWARD_IF_ERROR(load_table(c, S_LSUFFIX, &m->lemma_suffixes));
	ENT_FORWARD_IF_ERROR(load_table(c, S_LKNOWN, &m->lemma_known));
	const uint8_t *rules, *strings;
	uint64_t rlen, slen;
	ENT_FORWARD_IF_ERROR(next_section(c, S_LRULES, &rules, &rlen));
	ENT_FORWARD_IF_ERROR(next_section(c, S_LSTRINGS, &strings, &slen));
	if (rlen != (uint64_t)ib->nlemma_rules * sizeof(ent_parse__lemma_rule))
		return bad(c, "lemma rules size");
	m->lemma_rules = (ent_parse__lemma_rule *)(void *)rules;
	m->nlemma_rules = ib->nlemma_rules;
	m->lemma_strings = (const char *)strings;
	m->lemma_max_suffix = ib->lemma_max_suffix;
	for (uint32_t r = 0; r < m->nlemma_rules; r++)
		if ((uint64_t)m->lemma_rules[r].aoff + m->lemma_rules[r].alen > slen)
			return bad(c, "lemma rule outside its strings");
	/* Every rule a table names must exist. */
	const ent_parse__table *ts[2] = { &m->lemma_words, &m->lemma_suffixes };
	for (int t = 0; t < 2; t++)
		for (uint64_t i = 0; ts[t]->slots && i <= ts[t]->mask; i++)
			if (ts[t]->slots[i].key && ts[t]->slots[i].val >= m->nlemma_rules)
				return bad(c, "unknown lemma rule");
	return 0;
}

static int load_image(cursor *c, ent_parse_model *m)
{
	const uint8_t *d;
	uint64_t len;
	ENT_FORWARD_IF_ERROR(next_section(c, S_INFO, &d, &len));
	info_block ib;
	if (len != sizeof ib)
		return bad(c, "header size");
	memcpy(&ib, d, sizeof ib);
	if (ib.ntags == 0 || ib.ntags > 250 || ib.nlabels == 0 || ib.nlabels > 255)
		return bad(c, "tag or label count");
	ENT_FORWARD_IF_ERROR(next_section(c, S_TRAINED, &d, &len));
	if (len == 0 || d[len - 1] != 0)
		return bad(c, "training note");
	m->trained_on = ent__strdup((const char *)d);
	ENT_RETURN_IF_OOM(m->trained_on);
	ENT_FORWARD_IF_ERROR(load_names(c, m, &ib));
	ENT_FORWARD_IF_ERROR(load_table(c, S_VOCAB, &m->vocab));
	ENT_FORWARD_IF_ERROR(load_weights(c, S_TAGGER, &m->tagger, m->ntags));
	ENT_FORWARD_IF_ERROR(load_weights(c, S_TAGGER2, &m->tagger2, m->ntags));
	ENT_FORWARD_IF_ERROR(load_weights(c, S_PARSER, &m->parser, ent_parse__nclass(m)));
	ENT_FORWARD_IF_ERROR(load_lemmas(c, m, &ib));
	ENT_FORWARD_IF_ERROR(next_section(c, S_END, &d, &len));
	m->info = (ent_parse_model_info){ ib.format, m->trained_on, ib.seed, ib.dev_upos,
					  ib.dev_xpos, ib.dev_lemma, ib.dev_uas, ib.dev_las,
					  ib.tagger_features, ib.parser_features, ib.ntags,
					  ib.nlabels };
	return 0;
}

/* The file, mapped read-only: no copy, and its pages come in in one go. */
typedef struct {
	const char *ptr;
	size_t size;
} mapped;

static int map_file(const char *path, mapped *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return ent_error_set(errno == ENOENT ? ENT_ENOTFOUND : ENT_EIO,
				     "%s: cannot open the parser model: %s", path, strerror(errno));
	struct stat st;
	int rc = 0;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		rc = ent_error_set(ENT_EIO, "%s: cannot read the parser model: not a regular file",
				   path);
	out->ptr = NULL;
	out->size = rc == 0 ? (size_t)st.st_size : 0;
	if (rc == 0 && out->size > 0) {
		void *p = mmap(NULL, out->size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
		if (p == MAP_FAILED)
			rc = ent_error_set(ENT_EIO, "%s: cannot read the parser model: %s", path,
					   strerror(errno));
		else
			out->ptr = p;
	}
	close(fd);
	return rc;
}

static void unmap_file(mapped *m)
{
	if (m->ptr)
		munmap((void *)m->ptr, m->size);
}

/* Memory for the image, its pages made at once (MAP_POPULATE) rather than
 * faulted in one by one while zstd writes: most of the load time otherwise. */
static void *image_alloc(size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
		       -1, 0);
	return p == MAP_FAILED ? NULL : p;
}

static int decompress(const char *path, const mapped *file, ent_parse_model *m)
{
	const char *z = file->ptr + 16;
	size_t zn = file->size - 16;
	unsigned long long size = ZSTD_getFrameContentSize(z, zn);
	if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size == 0 ||
	    size > (1ULL << 32))
		return ent_error_set(ENT_EFORMAT, "%s: not a usable parser model (damaged frame)",
				     path);
	void *img = image_alloc(size);
	ENT_RETURN_IF_OOM(img);
	size_t got = ZSTD_decompress(img, size, z, zn);
	if (ZSTD_isError(got) || got != size) {
		munmap(img, size);
		return ent_error_set(ENT_EFORMAT, "%s: not a usable parser model (%s)", path,
				     ZSTD_isError(got) ? ZSTD_getErrorName(got) : "short frame");
	}
	m->image = img;
	m->image_size = size;
	return 0;
}

static int default_path(ent_buf *out)
{
	const char *dir = getenv("ENT_DATA_DIR");
	if (!dir || !*dir)
		dir = ENT_DEFAULT_DATA_DIR;
	return ent_buf_printf(out, "%s/%s", dir, ENT_PARSE_MODEL_DEFAULT);
}

static int load_file(ent_parse_model *m, const char *path)
{
	mapped file = { NULL, 0 };
	int rc = map_file(path, &file);
	if (rc == 0 && (file.size < 16 || memcmp(file.ptr, MAGIC, sizeof MAGIC) != 0))
		rc = ent_error_set(ENT_EFORMAT, "%s: not a parser model (no model header)", path);
	uint32_t version = 0;
	if (rc == 0)
		memcpy(&version, file.ptr + 8, sizeof version);
	if (rc == 0 && version != ENT_PARSE_MODEL_FORMAT)
		rc = ent_error_set(ENT_EUNSUPPORTED,
				   "%s: parser model of format %u; this build reads format %u "
				   "(retrain it with `entente train-parser`)",
				   path, version, ENT_PARSE_MODEL_FORMAT);
	if (rc == 0)
		rc = decompress(path, &file, m);
	unmap_file(&file);
	if (rc == 0) {
		cursor c = { path, m->image, m->image_size, 0 };
		rc = load_image(&c, m);
	}
	return rc;
}

int ent_parse_model_load(ent_parse_model **out, const char *path)
{
	ENT_RETURN_ERROR_IF(!out, ENT_EINVAL, "ent_parse_model_load: NULL argument");
	ent_buf def = ENT_BUF_INIT;
	if (!path) {
		ENT_FORWARD_IF_ERROR(default_path(&def));
		path = def.ptr;
	}
	ent_parse_model *m = ent__calloc(1, sizeof *m);
	int rc = m ? load_file(m, path) : ent_error_oom();
	ent_buf_dispose(&def);
	if (rc) {
		ent_parse_model_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

void ent_parse__model_clear(ent_parse_model *m)
{
	ent__free(m->tag_upos);
	ent__free(m->tag_xpos);
	ent__free(m->tag_uname);
	ent__free(m->tag_blob);
	ent__free(m->label_name);
	ent__free(m->label_dep);
	ent__free(m->label_blob);
	ent_parse__table_dispose(&m->vocab);
	ent_parse__weights_dispose(&m->tagger);
	ent_parse__weights_dispose(&m->tagger2);
	ent_parse__weights_dispose(&m->parser);
	ent_parse__table_dispose(&m->lemma_words);
	ent_parse__table_dispose(&m->lemma_suffixes);
	ent_parse__table_dispose(&m->lemma_known);
	if (!m->image) {
		ent__free(m->lemma_rules);
		ent__free((char *)m->lemma_strings);
	}
	if (m->image)
		munmap(m->image, m->image_size);
	ent__free(m->trained_on);
	memset(m, 0, sizeof *m);
}

void ent_parse_model_free(ent_parse_model *model)
{
	if (!model)
		return;
	ent_parse__model_clear(model);
	ent__free(model);
}

void ent_parse_model_describe(ent_parse_model_info *out, const ent_parse_model *model)
{
	*out = model->info;
	out->trained_on = model->trained_on ? model->trained_on : "";
}
