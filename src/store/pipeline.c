/* The whole pipeline into the store: read, clean, split, code, write. This
 * is the one file of the stage that drives the earlier stages; the rest of
 * the store knows only its own records. */
#include "store/store_impl.h"

#include <stddef.h> /* offsetof */
#include <stdio.h>  /* snprintf */
#include <string.h> /* memcpy, memset, strstr, strchr */

#include "entente/clean.h"  /* ent_cleaner */
#include "entente/code.h"   /* ent_coder, ent_event */
#include "entente/dedup.h"  /* ent_dedup: near-duplicates within a run */
#include "entente/ingest.h" /* ent_reader */
#include "entente/parse.h"  /* ent_parse_model: trees for the coder */
#include "entente/text.h"   /* ent_segmenter */
#include "util/alloc.h"     /* ent__free */
#include "util/arena.h"     /* per-document strings */
#include "util/buf.h"       /* ent_buf_printf */
#include "util/clock.h"     /* ent_progress_reporter */
#include "util/error.h"     /* ENT_FORWARD_IF_ERROR */
#include "util/vec.h"       /* ENT_VEC */

typedef struct {
	ent_lexicon *lx;
	ent_parse_model *model; /* the coder's trees */
	ent_coder *coder;
	ent_segmenter *seg;
	ent_cleaner *cleaner;
	ent_arena *arena;
	ent_dedup *dedup;
	ENT_VEC(ent_store_sentence) sents;
	ENT_VEC(ent_store_event) events;
	ENT_VEC(ent_store_mention) mentions;
	ENT_VEC(ent_store_block) dropped;
	char dict_version[160];
	int failed; /* an error inside a callback */
} pipeline;

static void pipeline_free(pipeline *p)
{
	ent_coder_free(p->coder);
	ent_parse_model_free(p->model);
	ent_lexicon_free(p->lx);
	ent_segmenter_free(p->seg);
	ent_cleaner_free(p->cleaner);
	ent_arena_free(p->arena);
	ent_dedup_free(p->dedup);
	ENT_VEC_FREE(&p->sents);
	ENT_VEC_FREE(&p->events);
	ENT_VEC_FREE(&p->mentions);
	ENT_VEC_FREE(&p->dropped);
}

static int pipeline_init(pipeline *p, const ent_store_ingest_options *o, int need_cleaner)
{
	memset(p, 0, sizeof *p);
	ent_lexicon_options lo = ENT_LEXICON_OPTIONS_INIT;
	lo.diag = o->diag;
	lo.diag_payload = o->diag_payload;
	int r = ent_lexicon_new(&p->lx, &lo);
	if (!r)
		r = ent_lexicon_load_set(p->lx, o->dictionaries, o->ndictionaries, o->no_default_dictionaries);
	if (!r)
		r = ent_lexicon_finish(p->lx);
	if (!r) {
		/* The lexicon has no content hash; its counts change whenever an
		 * entry is added or removed, which is what a re-code needs to see. */
		ent_lexicon_stats st;
		ent_lexicon_get_stats(p->lx, &st);
		snprintf(p->dict_version, sizeof p->dict_version, "a%zu/%zu.g%zu.v%zu/%zu.r%zu.c%zu.d%zu.f%zu",
			 st.actor_phrases, st.actors, st.agent_phrases, st.verb_forms, st.verb_patterns,
			 st.relation_cues, st.cameo_codes, st.discards, st.files);
	}
	ent_coder_options co = ENT_CODER_OPTIONS_INIT;
	if (!r)
		r = ent_parse_model_load(&p->model, NULL);
	co.parse_model = p->model;
	if (!r)
		r = ent_coder_new(&p->coder, p->lx, &co);
	if (!r)
		r = ent_segmenter_new(&p->seg, NULL);
	if (!r && need_cleaner)
		r = ent_dedup_new(&p->dedup, NULL);
	if (!r && need_cleaner) {
		ent_cleaner_options clo = ENT_CLEANER_OPTIONS_INIT;
		clo.diag = o->diag;
		clo.diag_payload = o->diag_payload;
		r = ent_cleaner_new(&p->cleaner, &clo);
	}
	if (!r) {
		p->arena = ent_arena_new(65536);
		if (!p->arena)
			r = ent_error_oom();
	}
	if (r)
		pipeline_free(p);
	return r;
}

/* The stored sentence holding byte `at`, by binary search; -1 if none. */
static long sentence_at(const pipeline *p, size_t at)
{
	size_t lo = 0, hi = p->sents.len;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->sents.items[mid].end <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < p->sents.len && p->sents.items[lo].start <= at)
		return (long)lo;
	return -1;
}

static const char *keep(pipeline *p, const char *s)
{
	if (!s || !*s)
		return NULL;
	const char *d = ent_arena_strdup(p->arena, s);
	if (!d)
		p->failed = ENT_ENOMEM;
	return d;
}

static int on_event(const ent_event *ev, void *payload)
{
	pipeline *p = payload;
	long si = sentence_at(p, ev->sentence_start);
	if (si < 0 && ev->sentence < p->sents.len)
		si = (long)ev->sentence;
	if (si < 0)
		return 0; /* outside every sentence we stored: cannot carry evidence */
	ent_store_event e = { 0 };
	e.kind = ev->kind == ENT_KIND_RELATION ? ENT_STORE_RELATION : ENT_STORE_EVENT;
	e.sentence = (uint32_t)si;
	e.date = keep(p, ev->date);
	e.source = keep(p, ev->source);
	e.target = keep(p, ev->target);
	e.code = keep(p, ev->code);
	e.goldstein = ev->goldstein;
	e.quad = ev->quad;
	e.plover = keep(p, ev->plover);
	e.mode = keep(p, ev->mode);
	e.relation_type = keep(p, ev->relation_type);
	e.relation_sign = ev->relation_sign;
	e.negated = ev->negated;
	e.modality = ent_modality_name(ev->modality);
	e.span_start = (uint32_t)ev->span_start;
	e.span_end = (uint32_t)ev->span_end;
	e.text = keep(p, ev->verb_text);
	if (p->failed)
		return p->failed;
	if (!e.source || !e.target)
		return 0;
	int r = ENT_VEC_PUSH(&p->events, e);
	return r ? (p->failed = r) : 0;
}

static int on_mention(const ent_mention *m, void *payload)
{
	pipeline *p = payload;
	if (!m->code || !*m->code)
		return 0;
	long si = sentence_at(p, m->span_start);
	if (si < 0)
		return 0;
	ent_store_mention sm = { (uint32_t)si, keep(p, m->code), (uint32_t)m->span_start, (uint32_t)m->span_end,
				 NULL };
	if (m->text && m->span_end > m->span_start) {
		sm.text = ent_arena_strndup(p->arena, m->text, m->span_end - m->span_start);
		if (!sm.text)
			p->failed = ENT_ENOMEM;
	}
	if (p->failed)
		return p->failed;
	int r = ENT_VEC_PUSH(&p->mentions, sm);
	return r ? (p->failed = r) : 0;
}

/* Sentences, events and mentions of `text`, into p's vectors. */
static int code_text(pipeline *p, const char *id, const char *date, const char *text, size_t len)
{
	p->sents.len = p->events.len = p->mentions.len = 0;
	p->failed = 0;
	const ent_span *spans = NULL;
	size_t n = 0;
	ENT_FORWARD_IF_ERROR(ent_segmenter_sentences(p->seg, &spans, &n, text, len));
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&p->sents, n));
	for (size_t i = 0; i < n; i++)
		p->sents.items[p->sents.len++] = (ent_store_sentence){ (uint32_t)spans[i].start,
								       (uint32_t)spans[i].end, NULL };
	int r = ent_coder_code_doc(p->coder, id, date, text, len, on_event, p);
	if (!r)
		r = ent_coder_mentions(p->coder, id, date, text, len, on_mention, p);
	return p->failed ? p->failed : r;
}

/* "example.org" from "https://www.example.org/a/b". */
static const char *host_of(pipeline *p, const char *url)
{
	if (!url)
		return NULL;
	const char *h = strstr(url, "://");
	if (!h)
		return NULL;
	h += 3;
	if (!strncmp(h, "www.", 4))
		h += 4;
	size_t n = strcspn(h, "/:?#");
	return n ? ent_arena_strndup(p->arena, h, n) : NULL;
}

/* The caller's options (NULL: the defaults) after checking their version;
 * `fn` names the entry point in the message. */
static int take_options(ent_store_ingest_options *o, const ent_store_ingest_options *opts, const char *fn)
{
	*o = (ent_store_ingest_options)ENT_STORE_INGEST_OPTIONS_INIT;
	if (opts) {
		ENT_RETURN_ERROR_IF(opts->version != 1 && opts->version != ENT_STORE_INGEST_OPTIONS_VERSION, ENT_EINVAL,
				    "%s: unknown options version %u", fn, opts->version);
		if (opts->version == 1) {
			/* A version 1 caller's struct ends before no_default_dictionaries,
			 * and its dictionaries replaced the defaults. */
			memcpy(o, opts, offsetof(ent_store_ingest_options, no_default_dictionaries));
			o->no_default_dictionaries = o->ndictionaries > 0;
		} else {
			*o = *opts;
		}
		o->version = ENT_STORE_INGEST_OPTIONS_VERSION;
	}
	return 0;
}

/* The name a dictionary version is stored under: what was loaded. */
static void dict_name(char *out, size_t cap, const ent_store_ingest_options *o)
{
	if (!o->ndictionaries)
		snprintf(out, cap, "default");
	else
		snprintf(out, cap, "%s%s%s", o->no_default_dictionaries ? "" : "default+", o->dictionaries[0],
			 o->ndictionaries > 1 ? "+..." : "");
}

int ent_store_ingest(ent_store *s, const char *const *paths, size_t npaths, const ent_store_ingest_options *opts,
		     ent_store_stats *stats)
{
	ENT_RETURN_ERROR_IF(!s || (!paths && npaths), ENT_EINVAL, "ent_store_ingest: NULL argument");
	ent_store_ingest_options o;
	ENT_FORWARD_IF_ERROR(take_options(&o, opts, "ent_store_ingest"));
	ent_store_stats local;
	if (!stats)
		stats = &local;
	*stats = (ent_store_stats){ 0 };
	pipeline p;
	ENT_FORWARD_IF_ERROR(pipeline_init(&p, &o, 1));
	ent_reader_options ro = ENT_READER_OPTIONS_INIT;
	ro.diag = o.diag;
	ro.diag_payload = o.diag_payload;
	ro.progress = o.progress;
	ro.progress_payload = o.progress_payload;
	ent_reader *rd = NULL;
	int r = ent_reader_new(&rd, paths, npaths, &ro);
	char name[160], dict[330];
	dict_name(name, sizeof name, &o);
	snprintf(dict, sizeof dict, "%s@%s", name, p.dict_version);
	const ent_doc *doc = NULL;
	while (!r && (r = ent_reader_next(rd, &doc)) == 0) {
		char hash[24];
		snprintf(hash, sizeof hash, "%016llx", (unsigned long long)doc->hash);
		int has = 0;
		r = ent_store_has_doc(s, hash, &has);
		if (r)
			break;
		if (has) {
			stats->docs_skipped++;
			continue;
		}
		ent_arena_reset(p.arena);
		const ent_clean_result *cr = NULL;
		r = ent_clean_doc(&cr, p.cleaner, doc);
		if (r == ENT_EFORMAT) {
			/* One unparsable page is that input's problem, not the run's. */
			if (o.diag) {
				ent_diag d = { ENT_DIAG_ERROR, r, doc->path, doc->line, 0, ent_error_last() };
				o.diag(&d, o.diag_payload);
			}
			r = 0;
			continue;
		}
		if (r)
			break;
		const char *date = doc->date ? doc->date : cr->date;
		r = code_text(&p, doc->id, date, cr->text, cr->len);
		if (r)
			break;
		p.dropped.len = 0;
		for (size_t i = 0; !r && i < cr->nblocks; i++) {
			const ent_clean_block *b = &cr->blocks[i];
			if (b->keep)
				continue;
			ent_store_block sb = { (uint32_t)b->offset, (uint32_t)(b->offset + b->len), b->reason, b->text };
			r = ENT_VEC_PUSH(&p.dropped, sb);
		}
		if (r)
			break;
		ent_store_doc sd = { 0 };
		sd.hash = hash;
		sd.id = doc->id;
		sd.path = doc->path;
		sd.url = doc->url;
		sd.title = doc->title ? doc->title : cr->title;
		sd.date = date;
		sd.source = host_of(&p, doc->url);
		sd.text = cr->text;
		sd.text_len = cr->len;
		sd.sentences = p.sents.items;
		sd.nsentences = p.sents.len;
		sd.events = p.events.items;
		sd.nevents = p.events.len;
		sd.mentions = p.mentions.items;
		sd.nmentions = p.mentions.len;
		sd.dropped = p.dropped.items;
		sd.ndropped = p.dropped.len;
		sd.dictionary = dict;
		/* A copy (exact, near or reprinted inside) of a document stored
		 * earlier in this run is stored too, marked, and its events are
		 * left out of the dyad totals so a story counts once. */
		ent_dedup_result dr;
		r = ent_dedup_add(p.dedup, &dr, hash, cr->text, cr->len);
		if (r)
			break;
		if (dr.kind == ENT_DUP_EXACT || dr.kind == ENT_DUP_NEAR || dr.kind == ENT_DUP_CONTAINED) {
			sd.duplicate_of = ent_dedup_doc_id(p.dedup, dr.other);
			sd.duplicate_similarity = dr.kind == ENT_DUP_CONTAINED ? dr.containment : dr.jaccard;
		}
		int added = 0;
		r = ent_store_put_doc(s, &sd, &added);
		if (!r && added) {
			stats->docs_added++;
			stats->sentences += p.sents.len;
			stats->events += p.events.len;
		} else if (!r) {
			stats->docs_skipped++;
		}
	}
	if (r == ENT_ITEROVER)
		r = 0;
	ent_reader_free(rd);
	pipeline_free(&p);
	return r;
}

/* ent_store_recode's coder: rebuild the text at its original offsets from
 * the stored sentences (gaps become spaces) and code it whole, so sentence
 * numbering and spans match what ingest stored. */
static int recode_fn(const char *date, const ent_store_sentence *sents, size_t n, ent_store_event_list *out,
		     void *payload)
{
	pipeline *p = payload;
	ent_arena_reset(p->arena);
	size_t len = n ? sents[n - 1].end : 0;
	char *text = ent_arena_alloc(p->arena, len + 1);
	ENT_RETURN_IF_OOM(text);
	memset(text, ' ', len);
	text[len] = '\0';
	for (size_t i = 0; i < n; i++) {
		size_t sl = strlen(sents[i].text);
		if (sents[i].start + sl <= len)
			memcpy(text + sents[i].start, sents[i].text, sl);
	}
	/* Code against the stored sentences, not a new segmentation. */
	p->sents.len = 0;
	ENT_FORWARD_IF_ERROR(ENT_VEC_RESERVE(&p->sents, n));
	memcpy(p->sents.items, sents, n * sizeof *sents);
	p->sents.len = n;
	p->events.len = 0;
	p->failed = 0;
	int r = ent_coder_code_doc(p->coder, "recode", date, text, len, on_event, p);
	if (p->failed)
		r = p->failed;
	for (size_t i = 0; !r && i < p->events.len; i++)
		r = ent_store_events_push(out, &p->events.items[i]);
	return r;
}

int ent_store_recode_all(ent_store *s, const ent_store_ingest_options *opts, ent_store_stats *stats)
{
	ENT_RETURN_ERROR_IF(!s, ENT_EINVAL, "ent_store_recode_all: NULL store");
	ent_store_ingest_options o;
	ENT_FORWARD_IF_ERROR(take_options(&o, opts, "ent_store_recode_all"));
	pipeline p;
	ENT_FORWARD_IF_ERROR(pipeline_init(&p, &o, 0));
	int64_t dict = 0;
	char name[160];
	dict_name(name, sizeof name, &o);
	int r = ent_store_put_dictionary(s, name, p.dict_version, &dict);
	if (!r)
		r = ent_store_recode(s, recode_fn, &p, dict, stats);
	pipeline_free(&p);
	return r;
}
