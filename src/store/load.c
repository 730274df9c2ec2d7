/* Loading the JSON Lines of `entente code`: the scale path, where coding
 * ran elsewhere (in parallel, on other machines) and only the results come
 * here. Lines are grouped by document; each group is one transaction. */
#include "store/store_impl.h"

#include <errno.h>  /* errno */
#include <stdio.h>  /* FILE, fopen, fread */
#include <string.h> /* strcmp, strerror, memchr */

#include <jansson.h> /* json_loadb, json_object_get */

#include "util/alloc.h" /* ent__free */
#include "util/arena.h" /* ent_arena: the pending document's strings */
#include "util/buf.h"   /* ent_buf: the current line */
#include "util/clock.h" /* ent_progress_reporter */
#include "util/error.h" /* ent_error_set, ENT_FORWARD_IF_ERROR */
#include "util/map.h"   /* ent_map: documents written by this load */
#include "util/vec.h"   /* ENT_VEC */

typedef struct {
	ent_store_event ev;
	uint32_t sent_start, sent_end;
	const char *sent_text;
} pending_event;

typedef struct {
	ent_store *s;
	const ent_store_load_options *o;
	const char *path;
	ent_store_stats *stats;
	ent_arena *arena;
	char *doc_id; /* the pending document, arena-owned; NULL when none */
	const char *hash, *date, *title, *url, *source, *docpath;
	ENT_VEC(pending_event) events;
	ent_map *written; /* doc ids written during this load */
} loader;

static void diag(loader *L, uint64_t line, int code, const char *msg)
{
	L->stats->bad_lines++;
	if (!L->o->diag)
		return;
	ent_diag d = { ENT_DIAG_ERROR, code, L->path, line, 0, msg };
	L->o->diag(&d, L->o->diag_payload);
}

static const char *jstr(ent_arena *a, json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	if (json_is_string(v))
		return ent_arena_strndup(a, json_string_value(v), json_string_length(v));
	return NULL;
}

static double jnum(json_t *obj, const char *key, double dflt)
{
	json_t *v = json_object_get(obj, key);
	return json_is_number(v) ? json_number_value(v) : json_is_boolean(v) ? json_is_true(v) : dflt;
}

/* A span given as "KEY": [s, e], "KEY": {"start", "end"}, or KEY_start/KEY_end. */
static void jspan(json_t *obj, const char *key, uint32_t *s, uint32_t *e)
{
	json_t *v = json_object_get(obj, key);
	if (json_is_array(v) && json_array_size(v) == 2) {
		*s = (uint32_t)json_integer_value(json_array_get(v, 0));
		*e = (uint32_t)json_integer_value(json_array_get(v, 1));
		return;
	}
	if (json_is_object(v)) {
		*s = (uint32_t)jnum(v, "start", 0);
		*e = (uint32_t)jnum(v, "end", 0);
		return;
	}
	char k[64];
	snprintf(k, sizeof k, "%s_start", key);
	*s = (uint32_t)jnum(obj, k, 0);
	snprintf(k, sizeof k, "%s_end", key);
	*e = (uint32_t)jnum(obj, k, 0);
}

static const char *modality_name(json_t *v)
{
	static const char *const names[] = { "asserted", "intended", "possible", "reported", "conditional" };
	if (json_is_integer(v) && json_integer_value(v) >= 0 && json_integer_value(v) < 5)
		return names[json_integer_value(v)];
	return NULL;
}

/* Write the pending document in one transaction. */
static int flush(loader *L)
{
	if (!L->doc_id)
		return 0;
	ent_store *s = L->s;
	int again = ent_map_has(L->written, L->doc_id, strlen(L->doc_id));
	int r = ent_store__exec(s, "BEGIN IMMEDIATE");
	if (r)
		return r;
	int64_t doc = 0;
	r = ent_store__find_doc(s, L->hash, &doc);
	int skip = !r && doc && !again;
	if (!r && !doc) {
		sqlite3_stmt *st = NULL;
		r = ent_store__prepare(s, &st,
			"INSERT INTO documents(hash, doc_id, path, url, title, date, source) VALUES (?,?,?,?,?,?,?)");
		const char *vals[7] = { L->hash, L->doc_id, L->docpath, L->url, L->title, L->date, L->source };
		for (int i = 0; !r && i < 7; i++)
			r = ent_store__bind_text(s, st, i + 1, vals[i]);
		if (!r) {
			int rc = sqlite3_step(st);
			if (rc != SQLITE_DONE)
				r = ent_store__db_error(s, rc, "writing a document");
			doc = sqlite3_last_insert_rowid(s->db);
		}
		sqlite3_finalize(st);
		if (!r)
			L->stats->docs_added++;
	}
	for (size_t i = 0; !r && !skip && i < L->events.len; i++) {
		pending_event *p = &L->events.items[i];
		int64_t sent = 0;
		r = ent_store__sentence_row(s, doc, p->ev.sentence, p->sent_start, p->sent_end, p->sent_text, &sent);
		if (!r)
			r = ent_store__insert_event(s, doc, sent, &p->ev, 0);
		if (!r)
			L->stats->events++;
	}
	if (!r)
		r = ent_store__exec(s, "COMMIT");
	if (r) {
		sqlite3_stmt *st = NULL;
		while ((st = sqlite3_next_stmt(s->db, st)) != NULL)
			sqlite3_reset(st);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return r;
	}
	if (skip)
		L->stats->docs_skipped++;
	else if (!again)
		r = ent_map_put(L->written, L->doc_id, strlen(L->doc_id), NULL);
	L->doc_id = NULL;
	L->events.len = 0;
	ent_arena_reset(L->arena);
	return r;
}

static int take_line(loader *L, const char *text, size_t len, uint64_t lineno)
{
	while (len && (text[len - 1] == '\r' || text[len - 1] == ' '))
		len--;
	if (!len)
		return 0;
	json_error_t jerr;
	json_t *o = json_loadb(text, len, 0, &jerr);
	if (!o || !json_is_object(o)) {
		char msg[300];
		snprintf(msg, sizeof msg, "not a JSON object: %s", o ? "another JSON value" : jerr.text);
		json_decref(o);
		diag(L, lineno, ENT_EFORMAT, msg);
		return 0;
	}
	json_t *jdoc = json_object_get(o, "doc");
	const char *doc = json_is_string(jdoc) ? json_string_value(jdoc) : NULL;
	if (!doc || !*doc) {
		json_decref(o);
		diag(L, lineno, ENT_EFORMAT, "no \"doc\" field");
		return 0;
	}
	int r = 0;
	if (L->doc_id && strcmp(L->doc_id, doc) != 0)
		r = flush(L);
	ent_arena *a = L->arena;
	if (!r && !L->doc_id) {
		L->doc_id = ent_arena_strdup(a, doc);
		L->hash = jstr(a, o, "doc_hash");
		if (!L->hash)
			L->hash = jstr(a, o, "hash");
		if (!L->hash) {
			/* No content hash in the line: identify the document by its id. */
			char h[40];
			snprintf(h, sizeof h, "id:%016llx", (unsigned long long)ent_hash_bytes(doc, strlen(doc)));
			L->hash = ent_arena_strdup(a, h);
		}
		L->date = jstr(a, o, "doc_date");
		if (!L->date)
			L->date = jstr(a, o, "date");
		L->title = jstr(a, o, "title");
		L->url = jstr(a, o, "url");
		L->source = jstr(a, o, "outlet");
		L->docpath = jstr(a, o, "path");
		if (!L->doc_id || !L->hash)
			r = ent_error_oom();
	}
	if (r) {
		json_decref(o);
		return r;
	}
	pending_event p = { { 0 }, 0, 0, NULL };
	ent_store_event *e = &p.ev;
	json_t *kind = json_object_get(o, "kind");
	e->kind = (json_is_string(kind) && !strcmp(json_string_value(kind), "relation")) ||
				  (json_is_integer(kind) && json_integer_value(kind) == 2)
			  ? ENT_STORE_RELATION
			  : ENT_STORE_EVENT;
	json_t *jsent = json_object_get(o, "sentence");
	/* entente numbers sentences from 1 in every output (docs/schema.md);
	 * the store keeps the 0-based index. A 0 is a file written before
	 * that convention, and would put every event one sentence off. */
	if (json_is_integer(jsent) && json_integer_value(jsent) < 1) {
		json_decref(o);
		diag(L, lineno, ENT_EFORMAT, "\"sentence\" is numbered from 1 (a 0 is a file coded by an entente "
					    "that numbered from 0: add 1 to each)");
		return 0;
	}
	e->sentence = (uint32_t)(json_is_integer(jsent) ? json_integer_value(jsent) - 1
				 : json_is_object(jsent) ? jnum(jsent, "index", 0) : 0);
	e->date = jstr(a, o, "date");
	e->source = jstr(a, o, "source");
	e->target = jstr(a, o, "target");
	e->code = jstr(a, o, "code");
	e->goldstein = jnum(o, "goldstein", 0);
	e->quad = (int)jnum(o, "quad", 0);
	e->plover = jstr(a, o, "plover");
	e->mode = jstr(a, o, "mode");
	json_t *rel = json_object_get(o, "relation");
	if (json_is_object(rel)) {
		e->relation_type = jstr(a, rel, "type");
		e->relation_sign = (int)jnum(rel, "sign", 0);
	} else {
		e->relation_type = jstr(a, o, "relation_type");
		e->relation_sign = (int)jnum(o, "relation_sign", 0);
	}
	e->negated = jnum(o, "negated", 0) != 0;
	json_t *mod = json_object_get(o, "modality");
	e->modality = json_is_string(mod) ? jstr(a, o, "modality") : modality_name(mod);
	jspan(o, "span", &e->span_start, &e->span_end);
	jspan(o, "sentence_span", &p.sent_start, &p.sent_end);
	if (!p.sent_end)
		jspan(o, "sentence", &p.sent_start, &p.sent_end);
	e->text = jstr(a, o, "trigger");
	if (!e->text)
		e->text = jstr(a, o, "verb_text");
	p.sent_text = jstr(a, o, "evidence");
	if (!p.sent_text)
		p.sent_text = jstr(a, o, "text");
	if (!p.sent_text && json_is_object(jsent))
		p.sent_text = jstr(a, jsent, "text");
	json_decref(o);
	if (!e->source || !e->target) {
		diag(L, lineno, ENT_EFORMAT, "an event without \"source\" and \"target\"");
		return 0;
	}
	return ENT_VEC_PUSH(&L->events, p);
}

int ent_store_load_events(ent_store *s, const char *path, const ent_store_load_options *opts,
			  ent_store_stats *stats)
{
	ENT_RETURN_ERROR_IF(!s || !path, ENT_EINVAL, "ent_store_load_events: NULL argument");
	ent_store_load_options o = ENT_STORE_LOAD_OPTIONS_INIT;
	if (opts) {
		ENT_RETURN_ERROR_IF(opts->version != ENT_STORE_LOAD_OPTIONS_VERSION, ENT_EINVAL,
				    "ent_store_load_events: unknown options version %u", opts->version);
		o = *opts;
	}
	ent_store_stats local;
	if (!stats)
		stats = &local;
	*stats = (ent_store_stats){ 0 };
	int use_stdin = !strcmp(path, "-");
	FILE *f = use_stdin ? stdin : fopen(path, "rb");
	ENT_RETURN_ERROR_IF(!f, ENT_EIO, "%s: %s", path, strerror(errno));
	loader L = { s, &o, path, stats, ent_arena_new(16384), NULL, NULL, NULL, NULL, NULL, NULL, NULL,
		     { 0 }, ent_map_new() };
	int r = (!L.arena || !L.written) ? ent_error_oom() : 0;
	ent_progress_reporter prog;
	ent_progress_start(&prog, o.progress, o.progress_payload, "loading events");
	ent_buf chunk = ENT_BUF_INIT, line = ENT_BUF_INIT;
	uint64_t lineno = 0;
	if (!r)
		r = ent_buf_grow(&chunk, 65536);
	while (!r) {
		size_t n = fread(chunk.ptr, 1, 65536, f);
		if (n == 0) {
			if (ferror(f))
				r = ent_error_set(ENT_EIO, "%s: read error: %s", path, strerror(errno));
			break;
		}
		prog.state.bytes += n;
		const char *p = chunk.ptr, *end = chunk.ptr + n;
		while (!r && p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t k = nl ? (size_t)(nl - p) : (size_t)(end - p);
			r = ent_buf_put(&line, p, k);
			p += k;
			if (!r && nl) {
				p++;
				lineno++;
				r = take_line(&L, line.ptr, line.size, lineno);
				ent_buf_clear(&line);
				prog.state.docs = stats->docs_added + stats->docs_skipped;
				ent_progress_tick(&prog, 0);
			}
		}
	}
	if (!r && line.size)
		r = take_line(&L, line.ptr, line.size, ++lineno);
	if (!r)
		r = flush(&L);
	ent_progress_tick(&prog, 1);
	ent_buf_dispose(&chunk);
	ent_buf_dispose(&line);
	ENT_VEC_FREE(&L.events);
	ent_arena_free(L.arena);
	ent_map_free(L.written);
	if (!use_stdin)
		fclose(f);
	return r;
}
