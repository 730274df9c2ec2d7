/* The API's routes. Each checks its parameters (params.h), reads through
 * the store's iterators, and writes JSON; a failure becomes an error
 * object with a status rather than a half-written body. */
#include "serve/api.h"

#include <stdio.h>  /* snprintf */
#include <string.h> /* strcmp, strlen */

#include "entente/dyads.h" /* ent_dyads: a tie's months */
#include "report/web.h"     /* ent_report__web_network, ent_report__web_actor_open */
#include "serve/params.h"   /* ent_serve_valid_* */
#include "util/buf.h"       /* ent_buf_printf */
#include "util/error.h"     /* ent_error_set */

typedef struct {
	ent_store_filter f;
	ent_actor_level level;
	char msg[200]; /* why a parameter was refused */
} query;

static int bad(query *q, const char *fmt, const char *name)
{
	snprintf(q->msg, sizeof q->msg, fmt, name);
	return -1;
}

/* The parameters most routes share: since, until, code, kind, level, limit, offset. */
static int common_params(query *q, ent_serve_param_fn get, void *ctx, unsigned long dflt_limit)
{
	ent_store_filter init = ENT_STORE_FILTER_INIT;
	q->f = init;
	q->level = ENT_LEVEL_COUNTRY;
	q->msg[0] = '\0';
	const char *v;
	/* The dates as every command reads them (ent_date_filter_check). */
	if ((v = get(ctx, "since")) && *v) {
		if (ent_date_filter_check(v))
			return bad(q, "since: %s", ent_error_last());
		q->f.since = v;
	}
	if ((v = get(ctx, "until")) && *v) {
		if (ent_date_filter_check(v))
			return bad(q, "until: %s", ent_error_last());
		q->f.until = v;
	}
	if ((v = get(ctx, "code")) && *v) {
		if (!ent_serve_valid_code(v))
			return bad(q, "%s must be 1 to 4 digits (a CAMEO code prefix)", "code");
		q->f.code = v;
	}
	if ((v = get(ctx, "kind")) && *v) {
		if (!strcmp(v, "event"))
			q->f.kind = ENT_STORE_EVENT;
		else if (!strcmp(v, "relation"))
			q->f.kind = ENT_STORE_RELATION;
		else
			return bad(q, "%s must be event or relation", "kind");
	}
	if ((v = get(ctx, "level")) && *v) {
		/* analyze's --level words; "actor" is the older name of sector */
		if (!strcmp(v, "sector") || !strcmp(v, "actor"))
			q->level = ENT_LEVEL_SECTOR;
		else if (strcmp(v, "country") != 0)
			return bad(q, "%s must be country or sector", "level");
	}
	unsigned long n = dflt_limit;
	if ((v = get(ctx, "limit")) && *v && ent_serve_parse_uint(v, 1, 5000, &n))
		return bad(q, "%s must be a whole number from 1 to 5000", "limit");
	q->f.limit = n;
	if ((v = get(ctx, "offset")) && *v) {
		if (ent_serve_parse_uint(v, 0, 100000000, &n))
			return bad(q, "%s must be a whole number", "offset");
		q->f.offset = n;
	}
	return 0;
}

static int actor_param(query *q, ent_serve_param_fn get, void *ctx, const char *name, const char **out)
{
	const char *v = get(ctx, name);
	if (!v || !*v)
		return bad(q, "missing parameter %s", name);
	if (!ent_serve_valid_actor(v))
		return bad(q, "%s must be an actor code (A-Z, 0-9, _; up to 32)", name);
	*out = v;
	return 0;
}

static int put_name(ent_buf *out, const ent_lexicon *names, const char *code)
{
	char name[256];
	size_t n = ent_lexicon_actor_name(names, code, name, sizeof name);
	if (!n)
		return ent_buf_puts(out, "null");
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '"'));
	ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(out, name, n));
	return ent_buf_putc(out, '"');
}

static int error_body(ent_buf *out, int *status, int code, const char *msg)
{
	ent_buf_clear(out);
	*status = code;
	int r = ent_buf_puts(out, "{\"error\":\"");
	if (!r)
		r = ent_buf_put_json_string(out, msg, strlen(msg));
	if (!r)
		r = ent_buf_puts(out, "\"}");
	return r;
}

static int route_meta(ent_store *s, ent_buf *out)
{
	ent_store_counts c;
	ENT_FORWARD_IF_ERROR(ent_store_get_counts(s, &c));
	ent_buf first = ENT_BUF_INIT, last = ENT_BUF_INIT;
	int r = ent_store_date_range(s, &first, &last);
	if (!r)
		r = ent_buf_printf(out, "{\"version\":\"%s\",\"documents\":%llu,\"sentences\":%llu,\"events\":%llu,"
				   "\"relations\":%llu,\"actors\":%llu,\"first\":\"%s\",\"last\":\"%s\"}",
				   ent_version(), (unsigned long long)c.documents, (unsigned long long)c.sentences,
				   (unsigned long long)c.events, (unsigned long long)c.relations,
				   (unsigned long long)c.actors, first.ptr ? first.ptr : "", last.ptr ? last.ptr : "");
	ent_buf_dispose(&first);
	ent_buf_dispose(&last);
	return r;
}

/* Events as a JSON array under "events". */
/* An event object with "code_label" added before its closing brace: the
 * CAMEO label and PLOVER type as every human-facing output shows them
 * (ent_lexicon_code_caption), for the web app's event lists; null
 * without a code. */
static int event_json(const ent_store_event *e, const ent_lexicon *names, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_store_event_json(e, out));
	if (out->size == 0 || out->ptr[out->size - 1] != '}')
		return ent_error_set(ENT_ERROR, "serve: an event's JSON does not end in '}'");
	out->size--;
	if (!e->code || !*e->code)
		return ent_buf_puts(out, ",\"code_label\":null}");
	ent_buf caption = ENT_BUF_INIT;
	int r = ent_lexicon_code_caption(&caption, names, e->code);
	if (!r)
		r = ent_buf_puts(out, ",\"code_label\":\"");
	if (!r)
		r = ent_buf_put_json_string(out, caption.ptr, caption.size);
	if (!r)
		r = ent_buf_puts(out, "\"}");
	ent_buf_dispose(&caption);
	return r;
}

static int events_array(ent_store *s, const ent_lexicon *names, const ent_store_filter *f, ent_buf *out)
{
	ent_store_iter *it = NULL;
	ENT_FORWARD_IF_ERROR(ent_store_events(&it, s, f));
	int r = ent_buf_puts(out, "\"events\":[");
	const ent_store_event *e;
	int n = 0;
	while (!r && (r = ent_store_events_next(it, &e)) == 0) {
		if (n++)
			r = ent_buf_putc(out, ',');
		if (!r)
			r = event_json(e, names, out);
	}
	ent_store_iter_free(it);
	if (r != ENT_ITEROVER)
		return r;
	return ent_buf_putc(out, ']');
}

/* The options of the report behind the network routes: analyze's
 * defaults (docs/analysis.md) with the request's level, since, until, code
 * and kind; no time windows, which change none of the whole-range figures. */
static ent_report_options report_options(const query *q, const ent_lexicon *names)
{
	ent_report_options o = ENT_REPORT_OPTIONS_INIT;
	o.dyads.level = q->level;
	o.dyads.since = q->f.since;
	o.dyads.until = q->f.until;
	o.code = q->f.code;
	o.kind = q->f.kind;
	o.names = names;
	return o;
}

/* The report of the request's filter, from the shared cache. */
static int report_for(const ent_serve_api *api, const query *q, const ent_report **r, ent_serve_report_ref **ref)
{
	ent_buf key = ENT_BUF_INIT;
	/* \x1f cannot occur in a checked parameter, so keys do not collide. */
	int rc = ent_buf_printf(&key, "%s\x1f%s\x1f%d\x1f%s\x1f%d", q->f.since ? q->f.since : "",
				q->f.until ? q->f.until : "", (int)q->level, q->f.code ? q->f.code : "", q->f.kind);
	ent_report_options o = report_options(q, api->names);
	if (!rc)
		rc = ent_serve_reports_get(api->reports, key.ptr, api->version, api->store, &o, r, ref);
	ent_buf_dispose(&key);
	return rc;
}

/* A tie over time: per month, its cooperation, conflict and counted
 * evidence by the network's own rules (ent_dyads over the pair's records,
 * one window a month), then its records with their evidence. */
static int route_dyad(const ent_serve_api *api, query *q, const char *a, const char *b, ent_buf *out)
{
	ent_dyad_options o = ENT_DYAD_OPTIONS_INIT;
	o.level = q->level;
	o.since = q->f.since;
	o.until = q->f.until;
	o.window_months = 1;
	o.evidence_per_dyad = 0;
	ent_dyads *d = NULL;
	ENT_FORWARD_IF_ERROR(ent_dyads_new(&d, &o));
	ent_store_filter rf = ENT_STORE_FILTER_INIT;
	rf.dyad_a = a;
	rf.dyad_b = b;
	rf.code = q->f.code;
	rf.kind = q->f.kind;
	int r = ent_dyads_read_store(d, api->store, &rf, NULL);
	if (!r)
		r = ent_dyads_finish(d);
	/* The pair as the network names it: codes in order. */
	const char *lo = strcmp(a, b) <= 0 ? a : b, *hi = lo == a ? b : a;
	const ent_dyad *tie = NULL;
	for (size_t i = 0; !r && i < ent_dyads_count(d) && !tie; i++) {
		const ent_dyad *x = ent_dyads_get(d, i);
		if (!strcmp(x->a, lo) && !strcmp(x->b, hi))
			tie = x;
	}
	if (!r)
		r = ent_buf_printf(out, "{\"a\":\"%s\",\"b\":\"%s\",\"a_name\":", a, b);
	if (!r)
		r = put_name(out, api->names, a);
	if (!r)
		r = ent_buf_puts(out, ",\"b_name\":");
	if (!r)
		r = put_name(out, api->names, b);
	if (!r)
		r = ent_buf_puts(out, ",\"timeline\":[");
	uint64_t total = 0, in_months = 0;
	int n = 0;
	for (size_t w = 0; !r && tie && w < ent_dyads_window_count(d); w++) {
		const char *start = "", *end = "";
		if (!tie->window_counted[w] || ent_dyads_window(d, w, &start, &end) || strlen(start) < 7)
			continue;
		in_months += tie->window_counted[w];
		r = ent_buf_printf(out, "%s{\"month\":\"%.7s\",\"cooperation\":", n++ ? "," : "", start);
		if (!r)
			r = ent_report__put_num(out, tie->window_cooperation[w]);
		if (!r)
			r = ent_buf_puts(out, ",\"conflict\":");
		if (!r)
			r = ent_report__put_num(out, tie->window_conflict[w]);
		if (!r)
			r = ent_buf_printf(out, ",\"events\":%llu}", (unsigned long long)tie->window_counted[w]);
	}
	if (!r && tie) {
		/* Undated evidence counts in the tie but in no month. */
		uint64_t counted = tie->events + tie->relations;
		total = counted + tie->uncounted + tie->duplicates;
		if (counted > in_months) {
			double coop = tie->cooperation, conf = tie->conflict;
			for (size_t w = 0; w < ent_dyads_window_count(d); w++) {
				const char *start = "", *end = "";
				/* with no dated evidence at all the one window is undated */
				if (ent_dyads_window(d, w, &start, &end) || strlen(start) < 7)
					continue;
				coop -= tie->window_cooperation[w];
				conf -= tie->window_conflict[w];
			}
			r = ent_buf_printf(out, "%s{\"month\":\"undated\",\"cooperation\":", n ? "," : "");
			if (!r)
				r = ent_report__put_num(out, coop > 0 ? coop : 0);
			if (!r)
				r = ent_buf_puts(out, ",\"conflict\":");
			if (!r)
				r = ent_report__put_num(out, conf > 0 ? conf : 0);
			if (!r)
				r = ent_buf_printf(out, ",\"events\":%llu}", (unsigned long long)(counted - in_months));
		}
	}
	ent_dyads_free(d);
	ENT_FORWARD_IF_ERROR(r);
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "],\"total\":%llu,", (unsigned long long)total));
	q->f.dyad_a = a;
	q->f.dyad_b = b;
	ENT_FORWARD_IF_ERROR(events_array(api->store, api->names, &q->f, out));
	return ent_buf_putc(out, '}');
}

static int route_search(ent_store *s, query *q, const char *text, ent_buf *out, int *status)
{
	ent_store_iter *it = NULL;
	int r = ent_store_search(&it, s, text, &q->f);
	if (r == ENT_EINVAL)
		return error_body(out, status, 400, ent_error_last());
	ENT_FORWARD_IF_ERROR(r);
	r = ent_buf_puts(out, "{\"hits\":[");
	const ent_store_hit *h;
	int n = 0;
	while (!r && (r = ent_store_search_next(it, &h)) == 0) {
		if (n++)
			r = ent_buf_putc(out, ',');
		if (!r)
			r = ent_store_hit_json(h, out);
	}
	ent_store_iter_free(it);
	if (r != ENT_ITEROVER)
		return r;
	return ent_buf_printf(out, "],\"count\":%d}", n);
}

static int route_docs(ent_store *s, query *q, ent_buf *out)
{
	ent_store_iter *it = NULL;
	ENT_FORWARD_IF_ERROR(ent_store_docs(&it, s, &q->f));
	int r = ent_buf_puts(out, "{\"documents\":[");
	const ent_store_docinfo *d;
	int n = 0;
	while (!r && (r = ent_store_docs_next(it, &d)) == 0) {
		if (n++)
			r = ent_buf_putc(out, ',');
		if (!r)
			r = ent_store_docinfo_json(d, out);
	}
	ent_store_iter_free(it);
	if (r != ENT_ITEROVER)
		return r;
	return ent_buf_printf(out, "],\"count\":%d}", n);
}

int ent_serve__api(const ent_serve_api *api, const char *path, ent_serve_param_fn get, void *ctx, int *status,
		   ent_buf *out)
{
	query q;
	ent_store *s = api->store;
	*status = 200;
	int r = 0;
	const char *route = path + 4; /* after "/api" */
	if (!strcmp(route, "/meta")) {
		r = route_meta(s, out);
	} else if (!strcmp(route, "/network")) {
		if (common_params(&q, get, ctx, 50)) /* limit: unbalanced triads listed */
			return error_body(out, status, 400, q.msg);
		const ent_report *rep = NULL;
		ent_serve_report_ref *ref = NULL;
		r = report_for(api, &q, &rep, &ref);
		if (!r)
			r = ent_report__web_network(rep, q.f.limit, out);
		ent_serve_reports_release(api->reports, ref);
	} else if (!strcmp(route, "/actor")) {
		const char *id = NULL;
		if (common_params(&q, get, ctx, 50) || actor_param(&q, get, ctx, "id", &id))
			return error_body(out, status, 400, q.msg);
		const ent_report *rep = NULL;
		ent_serve_report_ref *ref = NULL;
		r = report_for(api, &q, &rep, &ref);
		if (!r)
			r = ent_report__web_actor_open(rep, id, out);
		ent_serve_reports_release(api->reports, ref);
		if (r == ENT_ENOTFOUND)
			return error_body(out, status, 404, ent_error_last());
		if (!r) {
			/* Its latest events, inside the object. */
			q.f.actor = id;
			r = ent_buf_putc(out, ',');
			if (!r)
				r = events_array(s, api->names, &q.f, out);
			if (!r)
				r = ent_buf_putc(out, '}');
		}
	} else if (!strcmp(route, "/dyad")) {
		const char *a = NULL, *b = NULL;
		if (common_params(&q, get, ctx, 200) || actor_param(&q, get, ctx, "a", &a) ||
		    actor_param(&q, get, ctx, "b", &b))
			return error_body(out, status, 400, q.msg);
		r = route_dyad(api, &q, a, b, out);
	} else if (!strcmp(route, "/events")) {
		if (common_params(&q, get, ctx, 100))
			return error_body(out, status, 400, q.msg);
		const char *v = get(ctx, "actor");
		if (v && *v && actor_param(&q, get, ctx, "actor", &q.f.actor))
			return error_body(out, status, 400, q.msg);
		r = ent_buf_putc(out, '{');
		if (!r)
			r = events_array(s, api->names, &q.f, out);
		if (!r)
			r = ent_buf_putc(out, '}');
	} else if (!strcmp(route, "/search")) {
		if (common_params(&q, get, ctx, 50))
			return error_body(out, status, 400, q.msg);
		const char *text = get(ctx, "q");
		if (!text || !*text)
			return error_body(out, status, 400, "missing parameter q");
		if (strlen(text) > 500)
			return error_body(out, status, 400, "q is longer than 500 bytes");
		const char *v = get(ctx, "actor");
		if (v && *v && actor_param(&q, get, ctx, "actor", &q.f.actor))
			return error_body(out, status, 400, q.msg);
		r = route_search(s, &q, text, out, status);
	} else if (!strcmp(route, "/docs")) {
		if (common_params(&q, get, ctx, 100))
			return error_body(out, status, 400, q.msg);
		r = route_docs(s, &q, out);
	} else {
		return error_body(out, status, 404, "no such API route");
	}
	if (r == ENT_ENOMEM)
		return error_body(out, status, 503, "out of memory") ? ENT_ENOMEM : 0;
	if (r)
		return error_body(out, status, 500, ent_error_last());
	return 0;
}
