/* The API's routes. Each checks its parameters (params.h), reads through
 * the store's iterators, and writes JSON; a failure becomes an error
 * object with a status rather than a half-written body. */
#include "serve/api.h"

#include <stdio.h>  /* snprintf */
#include <string.h> /* strcmp, strlen */

#include "serve/graph.h"  /* ent_serve_net */
#include "serve/params.h" /* ent_serve_valid_* */
#include "util/buf.h"     /* ent_buf_printf */
#include "util/error.h"   /* ent_error_set */

typedef struct {
	ent_store_filter f;
	int by_country;
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
	q->by_country = 1;
	q->msg[0] = '\0';
	const char *v;
	if ((v = get(ctx, "since")) && *v) {
		if (!ent_serve_valid_date(v))
			return bad(q, "%s must be YYYY, YYYY-MM or YYYY-MM-DD", "since");
		q->f.since = v;
	}
	if ((v = get(ctx, "until")) && *v) {
		if (!ent_serve_valid_date(v))
			return bad(q, "%s must be YYYY, YYYY-MM or YYYY-MM-DD", "until");
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
		if (!strcmp(v, "actor"))
			q->by_country = 0;
		else if (strcmp(v, "country") != 0)
			return bad(q, "%s must be country or actor", "level");
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
static int events_array(ent_store *s, const ent_store_filter *f, ent_buf *out)
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
			r = ent_store_event_json(e, out);
	}
	ent_store_iter_free(it);
	if (r != ENT_ITEROVER)
		return r;
	return ent_buf_putc(out, ']');
}

/* A dyad's events over time: per month, cooperation, conflict and count
 * (from the store's month totals), then its events with their evidence. */
static int route_dyad(ent_store *s, const ent_lexicon *names, query *q, const char *a, const char *b, ent_buf *out)
{
	q->f.dyad_a = a;
	q->f.dyad_b = b;
	ent_store_filter mf = q->f;
	mf.limit = 0;
	mf.offset = 0;
	mf.code = NULL; /* the timeline is the whole tie; code and kind narrow the list */
	mf.kind = 0;
	/* Month totals: a day-precision range is widened to its months. */
	char since[8], until[8];
	if (mf.since && strlen(mf.since) > 7) {
		snprintf(since, sizeof since, "%.7s", mf.since);
		mf.since = since;
	}
	if (mf.until && strlen(mf.until) > 7) {
		snprintf(until, sizeof until, "%.7s", mf.until);
		mf.until = until;
	}
	ent_store_iter *it = NULL;
	ENT_FORWARD_IF_ERROR(ent_store_months(&it, s, &mf));
	int r = ent_buf_printf(out, "{\"a\":\"%s\",\"b\":\"%s\",\"a_name\":", a, b);
	if (!r)
		r = ent_serve_put_name(out, names, a);
	if (!r)
		r = ent_buf_puts(out, ",\"b_name\":");
	if (!r)
		r = ent_serve_put_name(out, names, b);
	if (!r)
		r = ent_buf_puts(out, ",\"timeline\":[");
	if (r) {
		ent_store_iter_free(it);
		return r;
	}
	const ent_store_month *m;
	unsigned long long total = 0;
	int n = 0;
	while (!r && (r = ent_store_months_next(it, &m)) == 0) {
		total += m->events;
		r = ent_buf_printf(out, "%s{\"month\":\"%s\",\"cooperation\":%.4g,\"conflict\":%.4g,\"events\":%llu}",
				   n++ ? "," : "", m->month && *m->month ? m->month : "undated", m->cooperation,
				   m->conflict, (unsigned long long)m->events);
	}
	ent_store_iter_free(it);
	if (r != ENT_ITEROVER)
		return r;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "],\"total\":%llu,", total));
	ENT_FORWARD_IF_ERROR(events_array(s, &q->f, out));
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

int ent_serve__api(ent_store *s, const ent_lexicon *names, const char *path, ent_serve_param_fn get, void *ctx,
		   int *status, ent_buf *out)
{
	query q;
	*status = 200;
	int r = 0;
	const char *route = path + 4; /* after "/api" */
	if (!strcmp(route, "/meta")) {
		r = route_meta(s, out);
	} else if (!strcmp(route, "/network")) {
		if (common_params(&q, get, ctx, 0))
			return error_body(out, status, 400, q.msg);
		q.f.limit = 0;
		ent_serve_net net;
		r = ent_serve_net_build(&net, s, &q.f, q.by_country, 50);
		if (!r)
			r = ent_serve_net_json(&net, names, out);
		ent_serve_net_dispose(&net);
	} else if (!strcmp(route, "/actor")) {
		const char *id = NULL;
		if (common_params(&q, get, ctx, 50) || actor_param(&q, get, ctx, "id", &id))
			return error_body(out, status, 400, q.msg);
		ent_store_filter nf = q.f;
		nf.limit = nf.offset = 0;
		ent_serve_net net;
		r = ent_serve_net_build(&net, s, &nf, q.by_country, 100000);
		if (!r) {
			r = ent_serve_actor_json(&net, id, names, out);
			if (r == ENT_ENOTFOUND) {
				ent_serve_net_dispose(&net);
				return error_body(out, status, 404, ent_error_last());
			}
		}
		ent_serve_net_dispose(&net);
		if (!r) {
			/* Its latest events, appended inside the object. */
			out->size--; /* drop the closing brace */
			q.f.actor = id;
			r = ent_buf_putc(out, ',');
			if (!r)
				r = events_array(s, &q.f, out);
			if (!r)
				r = ent_buf_putc(out, '}');
		}
	} else if (!strcmp(route, "/dyad")) {
		const char *a = NULL, *b = NULL;
		if (common_params(&q, get, ctx, 200) || actor_param(&q, get, ctx, "a", &a) ||
		    actor_param(&q, get, ctx, "b", &b))
			return error_body(out, status, 400, q.msg);
		r = route_dyad(s, names, &q, a, b, out);
	} else if (!strcmp(route, "/events")) {
		if (common_params(&q, get, ctx, 100))
			return error_body(out, status, 400, q.msg);
		const char *v = get(ctx, "actor");
		if (v && *v && actor_param(&q, get, ctx, "actor", &q.f.actor))
			return error_body(out, status, 400, q.msg);
		r = ent_buf_putc(out, '{');
		if (!r)
			r = events_array(s, &q.f, out);
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
