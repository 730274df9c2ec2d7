/* Reading back: events with their evidence, full-text search, documents and
 * dyads. Every filter value is a bound parameter; the SQL text is fixed or
 * assembled from fixed fragments, never from a caller's string. */
#include "store/store_impl.h"
#include "store/fts_query.h" /* the user's words as an FTS5 query */

#include <string.h> /* strlen */

#include "util/alloc.h" /* ent__calloc, ent__free */
#include "util/buf.h"   /* ent_buf_puts */
#include "util/error.h" /* ent_error_set, ENT_FORWARD_IF_ERROR */

/* The filter clauses shared by the event and dyad queries, on events `e`,
 * built from fixed fragments for the filters that are set, so SQLite can
 * use the indexes on (source, target), target and date; every value stays
 * a bound parameter: ?1 actor, ?2/?3 dyad ends, ?4 code prefix, ?5 since,
 * ?6 until, ?7 kind, ?8 document. A prefix test is a range,
 * x >= ? AND x < ? || char(0x10FFFF) (the largest code point: every string
 * starting with the prefix sorts below it), so no value passes through
 * LIKE and its wildcards. */
#define PREFIX(col, p) "(" col " >= " p " AND " col " < " p " || char(1114111))"

static int event_where(ent_buf *sql, const ent_store_filter *f)
{
	int r = ent_buf_puts(sql, " WHERE 1");
	if (!r && f && f->actor && *f->actor)
		r = ent_buf_puts(sql, " AND (" PREFIX("e.source", "?1") " OR " PREFIX("e.target", "?1") ")");
	if (!r && f && f->dyad_a && *f->dyad_a)
		r = ent_buf_puts(sql, " AND ((" PREFIX("e.source", "?2") " AND " PREFIX("e.target", "?3") ") OR ("
				 PREFIX("e.source", "?3") " AND " PREFIX("e.target", "?2") "))");
	if (!r && f && f->code && *f->code)
		r = ent_buf_puts(sql, " AND " PREFIX("e.code", "?4"));
	if (!r && f && f->since && *f->since)
		r = ent_buf_puts(sql, " AND e.date >= ?5");
	if (!r && f && f->until && *f->until)
		r = ent_buf_puts(sql, " AND e.date < ?6 || char(1114111)");
	if (!r && f && f->kind)
		r = ent_buf_puts(sql, " AND e.kind = CASE ?7 WHEN 1 THEN 'event' ELSE 'relation' END");
	if (!r && f && f->doc_rowid)
		r = ent_buf_puts(sql, " AND e.doc = ?8");
	return r;
}

static const char events_head[] =
	"SELECT e.id, e.kind, s.idx, e.date, e.source, e.target, e.code, e.goldstein, e.quad,"
	" e.plover, e.mode, e.relation_type, e.relation_sign, e.negated, e.modality,"
	" e.span_start, e.span_end, e.text, d.id, d.doc_id, d.title, d.url, d.date, d.source, s.text,"
	" EXISTS (SELECT 1 FROM duplicates WHERE doc = e.doc)"
	" FROM events e JOIN sentences s ON s.id = e.sentence JOIN documents d ON d.id = e.doc";
static const char events_tail[] = " ORDER BY e.date, e.doc, s.idx, e.id LIMIT ?9 OFFSET ?10";

static const char dyads_head[] =
	"SELECT min(e.source, e.target) AS a, max(e.source, e.target) AS b,"
	" sum(e.kind = 'event'), sum(e.kind = 'relation'),"
	" sum(CASE WHEN e.negated THEN 0 WHEN e.kind = 'event' AND e.goldstein > 0 THEN e.goldstein"
	"   WHEN e.kind = 'relation' AND e.relation_sign > 0 THEN 5 ELSE 0 END),"
	" sum(CASE WHEN e.negated THEN 0 WHEN e.kind = 'event' AND e.goldstein < 0 THEN -e.goldstein"
	"   WHEN e.kind = 'relation' AND e.relation_sign < 0 THEN 5 ELSE 0 END),"
	" count(DISTINCT e.sentence), min(e.date), max(e.date)"
	" FROM events e";
static const char dyads_tail[] =
	" AND e.source IS NOT NULL AND e.target IS NOT NULL AND e.source <> e.target"
	/* A near-duplicate's evidence is already counted under its original. */
	" AND e.doc NOT IN (SELECT doc FROM duplicates)"
	" GROUP BY a, b ORDER BY a, b LIMIT ?9 OFFSET ?10";

/* head + the filter's WHERE + tail, in `out`. */
static int compose(ent_buf *out, const char *head, const ent_store_filter *f, const char *tail)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, head));
	ENT_FORWARD_IF_ERROR(event_where(out, f));
	return ent_buf_puts(out, tail);
}

/* The same totals from dyad_months (kept by triggers, schema version 3):
 * usable when the filter is by actor, dyad and month-precision dates only.
 * first/last are then months. */
static const char dyads_fast_sql[] =
	"SELECT a, b, sum(events), sum(relations), sum(cooperation), sum(conflict), sum(events + relations),"
	" min(CASE WHEN events + relations > 0 THEN nullif(month, '') END),"
	" max(CASE WHEN events + relations > 0 THEN nullif(month, '') END)"
	" FROM dyad_months d"
	" WHERE (?1 IS NULL OR substr(d.a, 1, length(?1)) = ?1 OR substr(d.b, 1, length(?1)) = ?1)"
	" AND (?2 IS NULL OR ((substr(d.a, 1, length(?2)) = ?2 AND substr(d.b, 1, length(?3)) = ?3)"
	"   OR (substr(d.a, 1, length(?3)) = ?3 AND substr(d.b, 1, length(?2)) = ?2)))"
	" AND (?5 IS NULL OR d.month >= ?5)"
	" AND (?6 IS NULL OR (d.month <> '' AND substr(d.month, 1, length(?6)) <= ?6))"
	" GROUP BY a, b HAVING sum(events + relations) > 0 ORDER BY a, b LIMIT ?9 OFFSET ?10";

static const char months_sql[] =
	"SELECT month, sum(cooperation), sum(conflict), sum(events + relations) FROM dyad_months d"
	" WHERE (?1 IS NULL OR " PREFIX("d.a", "?1") " OR " PREFIX("d.b", "?1") ")"
	" AND (?2 IS NULL OR ((" PREFIX("d.a", "?2") " AND " PREFIX("d.b", "?3") ") OR ("
	PREFIX("d.a", "?3") " AND " PREFIX("d.b", "?2") ")))"
	" AND (?5 IS NULL OR d.month >= ?5)"
	" AND (?6 IS NULL OR (d.month <> '' AND d.month < ?6 || char(1114111)))"
	" GROUP BY month HAVING sum(events + relations) > 0 ORDER BY month LIMIT ?9 OFFSET ?10";

static const char search_sql[] =
	"SELECT s.id, s.idx, s.text, snippet(sentences_fts, 0, '[', ']', '\xe2\x80\xa6', 32),"
	" bm25(sentences_fts), d.id, d.doc_id, d.title, d.date, d.url,"
	" (SELECT coalesce(group_concat(a, ','), '') FROM (SELECT actor AS a FROM mentions WHERE sentence = s.id"
	"   UNION SELECT source FROM events WHERE sentence = s.id UNION SELECT target FROM events WHERE sentence = s.id)),"
	" (SELECT coalesce(group_concat(coalesce(source, '') || '>' || coalesce(target, '') || ':'"
	"   || coalesce(code, relation_type, ''), ','), '') FROM events WHERE sentence = s.id)"
	" FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.doc"
	" WHERE sentences_fts MATCH ?11"
	" AND (?5 IS NULL OR d.date >= ?5) AND (?6 IS NULL OR substr(d.date, 1, length(?6)) <= ?6)"
	" AND (?8 = 0 OR d.id = ?8)"
	" AND (?1 IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.sentence = s.id AND"
	"   (substr(e.source, 1, length(?1)) = ?1 OR substr(e.target, 1, length(?1)) = ?1))"
	"   OR EXISTS (SELECT 1 FROM mentions m WHERE m.sentence = s.id AND substr(m.actor, 1, length(?1)) = ?1))"
	" ORDER BY bm25(sentences_fts), s.id LIMIT ?9 OFFSET ?10";

static const char docs_sql[] =
	"SELECT d.id, d.hash, d.doc_id, d.path, d.url, d.title, d.date, d.source, d.added,"
	" (SELECT count(*) FROM sentences WHERE doc = d.id),"
	" (SELECT count(*) FROM events WHERE doc = d.id AND kind = 'event'),"
	" (SELECT count(*) FROM events WHERE doc = d.id AND kind = 'relation'),"
	" (SELECT count(*) FROM dropped_blocks WHERE doc = d.id),"
	" (SELECT duplicate_of FROM duplicates WHERE doc = d.id)"
	" FROM documents d"
	" WHERE (?5 IS NULL OR d.date >= ?5) AND (?6 IS NULL OR substr(d.date, 1, length(?6)) <= ?6)"
	" AND (?8 = 0 OR d.id = ?8)"
	" AND (?1 IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.doc = d.id AND"
	"   (substr(e.source, 1, length(?1)) = ?1 OR substr(e.target, 1, length(?1)) = ?1)))"
	" ORDER BY d.date, d.id LIMIT ?9 OFFSET ?10";

static int bind_filter(ent_store *s, sqlite3_stmt *st, const ent_store_filter *f)
{
	ent_store_filter none = ENT_STORE_FILTER_INIT;
	if (!f)
		f = &none;
	ENT_RETURN_ERROR_IF(f->version != ENT_STORE_FILTER_VERSION, ENT_EINVAL,
			    "store query: unknown filter version %u", f->version);
	ENT_RETURN_ERROR_IF((f->dyad_a == NULL) != (f->dyad_b == NULL), ENT_EINVAL,
			    "store query: a dyad needs both actors");
	ENT_RETURN_ERROR_IF(f->kind < 0 || f->kind > 2, ENT_EINVAL, "store query: unknown kind %d", f->kind);
	if (f->since && *f->since && ent_date_filter_check(f->since))
		return ent_error_set(ENT_EINVAL, "since: %s", ent_error_last());
	if (f->until && *f->until && ent_date_filter_check(f->until))
		return ent_error_set(ENT_EINVAL, "until: %s", ent_error_last());
	const char *texts[6] = { f->actor, f->dyad_a, f->dyad_b, f->code, f->since, f->until };
	for (int i = 0; i < 6; i++)
		if (sqlite3_bind_parameter_index(st, (const char[]){ '?', (char)('1' + i), 0 }) > 0)
			ENT_FORWARD_IF_ERROR(ent_store__bind_text(s, st, i + 1, texts[i] && *texts[i] ? texts[i] : NULL));
	if (sqlite3_bind_parameter_index(st, "?7") > 0)
		sqlite3_bind_int(st, 7, f->kind);
	sqlite3_bind_int64(st, 8, f->doc_rowid);
	sqlite3_bind_int64(st, 9, f->limit ? (int64_t)(f->limit > INT64_MAX ? INT64_MAX : f->limit) : -1);
	sqlite3_bind_int64(st, 10, (int64_t)(f->offset > INT64_MAX ? INT64_MAX : f->offset));
	return 0;
}

static int iter_new(ent_store_iter **out, ent_store *s, ent_store__iter_kind kind, const char *sql,
		    const ent_store_filter *f, const char *match)
{
	ENT_RETURN_ERROR_IF(!out || !s, ENT_EINVAL, "store query: NULL argument");
	*out = NULL;
	ent_store_iter *it = ent__calloc(1, sizeof *it);
	ENT_RETURN_IF_OOM(it);
	it->kind = kind;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &it->stmt, NULL);
	int r = rc == SQLITE_OK ? 0 : ent_store__db_error(s, rc, "preparing a query");
	if (!r)
		r = bind_filter(s, it->stmt, f);
	if (!r && match)
		r = ent_store__bind_text(s, it->stmt, 11, match);
	if (!r) {
		/* Step once now: FTS5 reports a malformed query only when run. */
		it->pending = sqlite3_step(it->stmt);
		if (it->pending != SQLITE_ROW && it->pending != SQLITE_DONE) {
			const char *msg = sqlite3_errmsg(s->db);
			/* FTS5 reports an unparsable query as a plain SQLITE_ERROR;
			 * busy, I/O and corruption keep their own codes. */
			if (match && (it->pending & 0xff) == SQLITE_ERROR)
				r = ent_error_set(ENT_EINVAL, "search query \"%s\": %s", match, msg);
			else
				r = ent_store__db_error(s, it->pending, "running a query");
		}
	}
	if (r) {
		ent_store_iter_free(it);
		return r;
	}
	*out = it;
	return 0;
}

/* Take the pending row, or step to the next. Returns SQLITE_ROW/DONE or an error. */
static int advance(ent_store_iter *it)
{
	int rc = it->pending;
	if (rc) {
		it->pending = 0;
		return rc;
	}
	return sqlite3_step(it->stmt);
}

static int step_error(ent_store_iter *it, int rc)
{
	sqlite3 *db = sqlite3_db_handle(it->stmt);
	return ent_error_set(ENT_EDB, "reading query results: %s", db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

#define COL_TEXT(st, i) ((const char *)sqlite3_column_text((st), (i)))

/* The start of every *_next: check the iterator's kind, then take the next
 * row. 0 with a row in it->stmt, ENT_ITEROVER, or an error. */
static int next_row(ent_store_iter *it, ent_store__iter_kind k, const void *out)
{
	ENT_RETURN_ERROR_IF(!it || !out, ENT_EINVAL, "store iterator: NULL argument");
	ENT_RETURN_ERROR_IF(it->kind != k, ENT_EINVAL, "store iterator: wrong iterator kind for this call");
	int rc = advance(it);
	if (rc == SQLITE_DONE)
		return ENT_ITEROVER;
	if (rc != SQLITE_ROW)
		return step_error(it, rc);
	return 0;
}

/* An iterator over head + the filter's WHERE + tail. */
static int iter_composed(ent_store_iter **out, ent_store *s, ent_store__iter_kind kind, const char *head,
			 const ent_store_filter *f, const char *tail)
{
	ent_buf sql = ENT_BUF_INIT;
	int r = compose(&sql, head, f, tail);
	if (!r)
		r = iter_new(out, s, kind, sql.ptr, f, NULL);
	ent_buf_dispose(&sql);
	return r;
}

int ent_store_events(ent_store_iter **out, ent_store *s, const ent_store_filter *filter)
{
	return iter_composed(out, s, ENT_STORE__ITER_EVENTS, events_head, filter, events_tail);
}

int ent_store_events_next(ent_store_iter *it, const ent_store_event **out)
{
	ENT_FORWARD_IF_ERROR(next_row(it, ENT_STORE__ITER_EVENTS, out));
	sqlite3_stmt *st = it->stmt;
	ent_store_event *e = &it->u.event;
	e->id = sqlite3_column_int64(st, 0);
	const char *kind = COL_TEXT(st, 1);
	e->kind = kind && !strcmp(kind, "relation") ? ENT_STORE_RELATION : ENT_STORE_EVENT;
	e->sentence = (uint32_t)sqlite3_column_int64(st, 2);
	e->date = COL_TEXT(st, 3);
	e->source = COL_TEXT(st, 4);
	e->target = COL_TEXT(st, 5);
	e->code = COL_TEXT(st, 6);
	e->goldstein = sqlite3_column_double(st, 7);
	e->quad = sqlite3_column_int(st, 8);
	e->plover = COL_TEXT(st, 9);
	e->mode = COL_TEXT(st, 10);
	e->relation_type = COL_TEXT(st, 11);
	e->relation_sign = sqlite3_column_int(st, 12);
	e->negated = sqlite3_column_int(st, 13);
	e->modality = COL_TEXT(st, 14);
	e->span_start = (uint32_t)sqlite3_column_int64(st, 15);
	e->span_end = (uint32_t)sqlite3_column_int64(st, 16);
	e->text = COL_TEXT(st, 17);
	e->doc_rowid = sqlite3_column_int64(st, 18);
	e->doc_id = COL_TEXT(st, 19);
	e->doc_title = COL_TEXT(st, 20);
	e->doc_url = COL_TEXT(st, 21);
	e->doc_date = COL_TEXT(st, 22);
	e->doc_source = COL_TEXT(st, 23);
	e->sentence_text = COL_TEXT(st, 24);
	e->doc_duplicate = sqlite3_column_int(st, 25);
	*out = e;
	return 0;
}

int ent_store_search(ent_store_iter **out, ent_store *s, const char *query, const ent_store_filter *filter)
{
	ENT_RETURN_ERROR_IF(!query || !*query, ENT_EINVAL, "search: empty query");
	ent_buf fts = ENT_BUF_INIT;
	int r = ent_store__fts_query(&fts, query);
	if (!r)
		r = iter_new(out, s, ENT_STORE__ITER_SEARCH, search_sql, filter, fts.ptr);
	ent_buf_dispose(&fts);
	return r;
}

int ent_store_search_next(ent_store_iter *it, const ent_store_hit **out)
{
	ENT_FORWARD_IF_ERROR(next_row(it, ENT_STORE__ITER_SEARCH, out));
	sqlite3_stmt *st = it->stmt;
	ent_store_hit *h = &it->u.hit;
	h->sentence_rowid = sqlite3_column_int64(st, 0);
	h->sentence = (uint32_t)sqlite3_column_int64(st, 1);
	h->text = COL_TEXT(st, 2);
	h->snippet = COL_TEXT(st, 3);
	h->rank = sqlite3_column_double(st, 4);
	h->doc_rowid = sqlite3_column_int64(st, 5);
	h->doc_id = COL_TEXT(st, 6);
	h->doc_title = COL_TEXT(st, 7);
	h->doc_date = COL_TEXT(st, 8);
	h->doc_url = COL_TEXT(st, 9);
	h->actors = COL_TEXT(st, 10);
	h->events = COL_TEXT(st, 11);
	*out = h;
	return 0;
}

int ent_store_docs(ent_store_iter **out, ent_store *s, const ent_store_filter *filter)
{
	return iter_new(out, s, ENT_STORE__ITER_DOCS, docs_sql, filter, NULL);
}

int ent_store_docs_next(ent_store_iter *it, const ent_store_docinfo **out)
{
	ENT_FORWARD_IF_ERROR(next_row(it, ENT_STORE__ITER_DOCS, out));
	sqlite3_stmt *st = it->stmt;
	ent_store_docinfo *d = &it->u.doc;
	d->rowid = sqlite3_column_int64(st, 0);
	d->hash = COL_TEXT(st, 1);
	d->id = COL_TEXT(st, 2);
	d->path = COL_TEXT(st, 3);
	d->url = COL_TEXT(st, 4);
	d->title = COL_TEXT(st, 5);
	d->date = COL_TEXT(st, 6);
	d->source = COL_TEXT(st, 7);
	d->added = COL_TEXT(st, 8);
	d->sentences = (uint64_t)sqlite3_column_int64(st, 9);
	d->events = (uint64_t)sqlite3_column_int64(st, 10);
	d->relations = (uint64_t)sqlite3_column_int64(st, 11);
	d->dropped = (uint64_t)sqlite3_column_int64(st, 12);
	d->duplicate_of = COL_TEXT(st, 13);
	*out = d;
	return 0;
}

int ent_store_dyads(ent_store_iter **out, ent_store *s, const ent_store_filter *filter)
{
	/* The month totals answer the common case (the web app's network at
	 * month precision); a code, kind, document or day filter needs the
	 * events themselves. */
	int fast = !filter || (!(filter->code && *filter->code) && !filter->kind && !filter->doc_rowid &&
			       (!filter->since || strlen(filter->since) <= 7) &&
			       (!filter->until || strlen(filter->until) <= 7));
	if (fast)
		return iter_new(out, s, ENT_STORE__ITER_DYADS, dyads_fast_sql, filter, NULL);
	return iter_composed(out, s, ENT_STORE__ITER_DYADS, dyads_head, filter, dyads_tail);
}

int ent_store_dyads_next(ent_store_iter *it, const ent_store_dyad **out)
{
	ENT_FORWARD_IF_ERROR(next_row(it, ENT_STORE__ITER_DYADS, out));
	sqlite3_stmt *st = it->stmt;
	ent_store_dyad *d = &it->u.dyad;
	d->a = COL_TEXT(st, 0);
	d->b = COL_TEXT(st, 1);
	d->events = (uint64_t)sqlite3_column_int64(st, 2);
	d->relations = (uint64_t)sqlite3_column_int64(st, 3);
	d->cooperation = sqlite3_column_double(st, 4);
	d->conflict = sqlite3_column_double(st, 5);
	d->evidence = (uint64_t)sqlite3_column_int64(st, 6);
	d->first = COL_TEXT(st, 7);
	d->last = COL_TEXT(st, 8);
	*out = d;
	return 0;
}

int ent_store_months(ent_store_iter **out, ent_store *s, const ent_store_filter *filter)
{
	ENT_RETURN_ERROR_IF(filter && ((filter->code && *filter->code) || filter->kind || filter->doc_rowid),
			    ENT_EINVAL, "ent_store_months: only actor, dyad and date filters apply");
	return iter_new(out, s, ENT_STORE__ITER_MONTHS, months_sql, filter, NULL);
}

int ent_store_months_next(ent_store_iter *it, const ent_store_month **out)
{
	ENT_FORWARD_IF_ERROR(next_row(it, ENT_STORE__ITER_MONTHS, out));
	ent_store_month *m = &it->u.month;
	m->month = COL_TEXT(it->stmt, 0);
	m->cooperation = sqlite3_column_double(it->stmt, 1);
	m->conflict = sqlite3_column_double(it->stmt, 2);
	m->events = (uint64_t)sqlite3_column_int64(it->stmt, 3);
	*out = m;
	return 0;
}

void ent_store_iter_free(ent_store_iter *it)
{
	if (!it)
		return;
	sqlite3_finalize(it->stmt);
	ent__free(it);
}

int ent_store_doc_text(ent_store *s, int64_t doc_rowid, ent_buf *out)
{
	ENT_RETURN_ERROR_IF(!s || !out, ENT_EINVAL, "ent_store_doc_text: NULL argument");
	sqlite3_stmt *st = NULL;
	ENT_FORWARD_IF_ERROR(ent_store__prepare(s, &st, "SELECT coalesce(text, '') FROM documents WHERE id = ?"));
	sqlite3_bind_int64(st, 1, doc_rowid);
	int rc = sqlite3_step(st);
	int r = 0;
	if (rc == SQLITE_ROW)
		r = ent_buf_put(out, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
	else if (rc == SQLITE_DONE)
		r = ent_error_set(ENT_ENOTFOUND, "no document with row id %lld", (long long)doc_rowid);
	else
		r = ent_store__db_error(s, rc, "reading a document");
	sqlite3_finalize(st);
	return r;
}

/* Prepare `sql` (an aggregate: always one row) and step to its row: 0 with
 * the row ready in *st, which the caller finalizes; or an error naming
 * `what`, with nothing left to finalize. */
static int one_row(ent_store *s, sqlite3_stmt **st, const char *sql, const char *what)
{
	*st = NULL;
	ENT_FORWARD_IF_ERROR(ent_store__prepare(s, st, sql));
	int rc = sqlite3_step(*st);
	if (rc == SQLITE_ROW)
		return 0;
	int r = ent_store__db_error(s, rc, what);
	sqlite3_finalize(*st);
	*st = NULL;
	return r;
}

int ent_store_date_range(ent_store *s, ent_buf *first, ent_buf *last)
{
	ENT_RETURN_ERROR_IF(!s || !first || !last, ENT_EINVAL, "ent_store_date_range: NULL argument");
	sqlite3_stmt *st;
	ENT_FORWARD_IF_ERROR(one_row(s, &st,
		"SELECT coalesce(min(date), ''), coalesce(max(date), '') FROM events WHERE date IS NOT NULL",
		"reading the date range"));
	int r = ent_buf_puts(first, (const char *)sqlite3_column_text(st, 0));
	if (!r)
		r = ent_buf_puts(last, (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	return r;
}

int ent_store_get_counts(ent_store *s, ent_store_counts *out)
{
	ENT_RETURN_ERROR_IF(!s || !out, ENT_EINVAL, "ent_store_get_counts: NULL argument");
	sqlite3_stmt *st;
	ENT_FORWARD_IF_ERROR(one_row(s, &st,
		"SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),"
		" (SELECT count(*) FROM events WHERE kind = 'event'), (SELECT count(*) FROM events WHERE kind = 'relation'),"
		" (SELECT count(*) FROM (SELECT a FROM dyad_months WHERE events + relations > 0"
		" UNION SELECT b FROM dyad_months WHERE events + relations > 0))",
		"counting"));
	out->documents = (uint64_t)sqlite3_column_int64(st, 0);
	out->sentences = (uint64_t)sqlite3_column_int64(st, 1);
	out->events = (uint64_t)sqlite3_column_int64(st, 2);
	out->relations = (uint64_t)sqlite3_column_int64(st, 3);
	out->actors = (uint64_t)sqlite3_column_int64(st, 4);
	sqlite3_finalize(st);
	return 0;
}

int ent_store_get_version(ent_store *s, uint64_t *out)
{
	ENT_RETURN_ERROR_IF(!s || !out, ENT_EINVAL, "ent_store_get_version: NULL argument");
	/* Row ids only grow (recode deletes and inserts), so the two largest
	 * are a version; both are O(log n) lookups, unlike counting. */
	sqlite3_stmt *st;
	ENT_FORWARD_IF_ERROR(one_row(s, &st,
		"SELECT coalesce((SELECT max(id) FROM documents), 0), coalesce((SELECT max(id) FROM events), 0),"
		" (SELECT count(*) FROM duplicates)",
		"reading the version"));
	*out = (uint64_t)sqlite3_column_int64(st, 0) * 0x9E3779B97F4A7C15ULL ^
	       (uint64_t)sqlite3_column_int64(st, 1) * 0xC2B2AE3D27D4EB4FULL ^ (uint64_t)sqlite3_column_int64(st, 2);
	sqlite3_finalize(st);
	return 0;
}
