/* The report model: events from the store (or the caller's dyads) ->
 * dyads -> signed network -> census, frustration, k-blocs, and balance per
 * time window. Everything a writer shows is computed here once, so the
 * writers only format. */
#include "report/report_impl.h"

#include <stdio.h>  /* snprintf */
#include <stdlib.h> /* qsort */
#include <string.h> /* strcmp, memset */

#include "util/alloc.h" /* ent__calloc, ent__malloc, ent__free, ent__strndup */
#include "util/error.h" /* ENT_RETURN_ERROR_IF, ENT_FORWARD_IF_ERROR */

/* Listed triads are kept generously: JSON lists them all (for checks such
 * as "is this triad balanced"), text and HTML show opts.max_triads. */
#define REPORT_TRIADS_KEPT 5000

int ent_report_options_init(ent_report_options *opts, unsigned int version)
{
	ENT_RETURN_ERROR_IF(!opts, ENT_EINVAL, "ent_report_options_init: NULL options");
	ENT_RETURN_ERROR_IF(version != ENT_REPORT_OPTIONS_VERSION, ENT_EINVAL,
			    "ent_report_options_init: version %u, this library has %u", version,
			    (unsigned)ENT_REPORT_OPTIONS_VERSION);
	ent_report_options def = ENT_REPORT_OPTIONS_INIT;
	*opts = def;
	return 0;
}

int ent_report_format_parse(ent_report_format *out, const char *name)
{
	static const struct {
		const char *name;
		ent_report_format fmt;
	} names[] = {
		{ "text", ENT_REPORT_TEXT }, { "json", ENT_REPORT_JSON }, { "dot", ENT_REPORT_DOT },
		{ "graphml", ENT_REPORT_GRAPHML }, { "gexf", ENT_REPORT_GEXF }, { "svg", ENT_REPORT_SVG },
		{ "html", ENT_REPORT_HTML },
	};
	for (size_t i = 0; name && i < sizeof names / sizeof *names; i++)
		if (!strcmp(names[i].name, name)) {
			*out = names[i].fmt;
			return 0;
		}
	return ent_error_set(ENT_EINVAL, "unknown report format '%s' (text, json, dot, graphml, gexf, svg, html)",
			     name ? name : "(null)");
}

static int check_options(const ent_report_options *o)
{
	ENT_RETURN_ERROR_IF(o->version != ENT_REPORT_OPTIONS_VERSION, ENT_EINVAL,
			    "report options version %u, this library has %u", o->version,
			    (unsigned)ENT_REPORT_OPTIONS_VERSION);
	ENT_RETURN_ERROR_IF(!(o->time_limit >= 0), ENT_EINVAL, "report time limit %g is negative", o->time_limit);
	ENT_RETURN_ERROR_IF(o->method < ENT_REPORT_METHOD_AUTO || o->method > ENT_REPORT_METHOD_HEURISTIC, ENT_EINVAL,
			    "report frustration method %d is not auto (0), exact (1) or heuristic (2)", o->method);
	ENT_RETURN_ERROR_IF(o->layout && strcmp(o->layout, "neato") && strcmp(o->layout, "fdp"), ENT_EINVAL,
			    "report layout '%s' is not neato or fdp", o->layout);
	return 0;
}

/* Frustration options of the report's solves; the network stage chooses
 * the method by size unless the user did. */
static ent_frustration_options frustration_options(const ent_report *r)
{
	ent_frustration_options fo = ENT_FRUSTRATION_OPTIONS_INIT;
	fo.time_limit = r->opts.time_limit;
	fo.weighted = r->opts.weighted;
	fo.method = r->opts.method == ENT_REPORT_METHOD_EXACT	   ? ENT_FRUSTRATION_EXACT
		    : r->opts.method == ENT_REPORT_METHOD_HEURISTIC ? ENT_FRUSTRATION_HEURISTIC
								     : ENT_FRUSTRATION_AUTO;
	return fo;
}

static int add_tie(const char *a, const char *b, double value, void *payload)
{
	return ent_signed_graph_add(payload, a, b, value);
}

/* A finished graph of the ties of `window` ((size_t)-1: all evidence), or
 * NULL in *out when there is no signed tie. */
static int build_graph(ent_signed_graph **out, const ent_dyads *d, size_t window)
{
	ent_signed_graph *g = NULL;
	*out = NULL;
	ENT_FORWARD_IF_ERROR(ent_signed_graph_new(&g));
	int rc = ent_dyads_ties(d, window, add_tie, g);
	if (rc == 0)
		rc = ent_signed_graph_finish(g);
	if (rc < 0) {
		ent_signed_graph_free(g);
		return rc;
	}
	if (ent_signed_graph_edge_count(g) == 0) {
		ent_signed_graph_free(g);
		return 0;
	}
	*out = g;
	return 0;
}

static void edge_key(char *key, size_t size, size_t u, size_t v)
{
	if (u > v) {
		size_t t = u;
		u = v;
		v = t;
	}
	snprintf(key, size, "%zu %zu", u, v);
}

long ent_report__edge(const ent_report *r, size_t u, size_t v)
{
	if (!r->edge_of)
		return -1;
	char key[48];
	edge_key(key, sizeof key, u, v);
	void *p = ent_map_get(r->edge_of, key, strlen(key));
	return p ? (long)((uintptr_t)p - 1) : -1;
}

int ent_report__sign_of(const ent_report *r, const char *a, const char *b)
{
	size_t u, v;
	if (!r->g || ent_signed_graph_node_find(&u, r->g, a) || ent_signed_graph_node_find(&v, r->g, b))
		return 0;
	long e = ent_report__edge(r, u, v);
	int sign = 0;
	if (e >= 0)
		ent_signed_graph_edge(r->g, (size_t)e, NULL, NULL, &sign, NULL);
	return sign;
}

const ent_pressure *ent_report__pressure(const ent_report *r, size_t node)
{
	if (!r->have_census || !r->pressure_at || !r->g || node >= ent_signed_graph_node_count(r->g))
		return NULL;
	size_t i = r->pressure_at[node];
	return i < r->census.n_pressure ? &r->census.pressure[i] : NULL;
}

int ent_report__bloc(const ent_report *r, size_t node)
{
	if (!r->have_fr || !r->g || node >= ent_signed_graph_node_count(r->g))
		return 0;
	return r->fr.side[node] ? 2 : 1;
}

int ent_report__pressure_mark(const ent_report *r, size_t node)
{
	if (!r->have_census || r->census.n_pressure == 0)
		return 0;
	const ent_pressure *top = &r->census.pressure[0];
	if (top->unbalanced == 0)
		return 0;
	if (top->node == node)
		return 1;
	/* Ringing every actor of some unbalanced triangle would ring most of
	 * a real network; only the leaders are marked: the top five, and of
	 * those only the ones with at least a quarter of the top score. */
	size_t i = r->pressure_at && r->g && node < ent_signed_graph_node_count(r->g) ? r->pressure_at[node]
										      : (size_t)-1;
	if (i >= r->census.n_pressure || i >= 5)
		return 0;
	const ent_pressure *p = &r->census.pressure[i];
	return p->unbalanced > 0 && p->score >= 0.25 * top->score ? 2 : 0;
}

int ent_report__tie(const ent_report *r, size_t e, size_t *u, size_t *v, int *sign, double *weight)
{
	ENT_FORWARD_IF_ERROR(ent_signed_graph_edge(r->g, e, u, v, sign, weight));
	if (strcmp(ent_signed_graph_node_name(r->g, *u), ent_signed_graph_node_name(r->g, *v)) > 0) {
		size_t t = *u;
		*u = *v;
		*v = t;
	}
	return 0;
}

void ent_report__triad_nodes(const ent_report *r, const ent_triad *t, size_t out[3])
{
	out[0] = t->a;
	out[1] = t->b;
	out[2] = t->c;
	for (int i = 1; i < 3; i++)
		for (int k = i; k > 0 && strcmp(ent_signed_graph_node_name(r->g, out[k - 1]),
						 ent_signed_graph_node_name(r->g, out[k])) > 0; k--) {
			size_t tmp = out[k];
			out[k] = out[k - 1];
			out[k - 1] = tmp;
		}
}

int ent_report__window_sign(const ent_report *r, const ent_dyad *d, size_t w)
{
	double v = d->window_net ? d->window_net[w] : 0;
	double min = r->opts.dyads.min_strength;
	return v >= min && v > 0 ? 1 : v <= -min && v < 0 ? -1 : 0;
}

int ent_report__sign_changed(const ent_report *r, const ent_dyad *d)
{
	int pos = 0, neg = 0;
	for (size_t w = 0; w < r->nwindows; w++) {
		int s = ent_report__window_sign(r, d, w);
		pos |= s > 0;
		neg |= s < 0;
	}
	return pos && neg;
}

const char *ent_report__empty_reason(const ent_report *r)
{
	if (r->from_store && r->documents == 0)
		return "No documents: nothing to analyse. Give article files or a database that holds some.";
	if (ent_dyads_count(r->d) == 0)
		return r->events == 0 && r->from_store
		       ? "No coded events: the documents name no pair of actors doing something to each other."
		       : "No dyads: no coded event or relation links two different actors.";
	return NULL;
}

static int cmp_code(const void *x, const void *y)
{
	return strcmp(x, y);
}

static int analyse_window(ent_report *r, size_t w)
{
	ent_report_window *rw = &r->windows[w];
	ENT_FORWARD_IF_ERROR(ent_dyads_window(r->d, w, &rw->start, &rw->end));
	ent_signed_graph *g = NULL;
	ENT_FORWARD_IF_ERROR(build_graph(&g, r->d, w));
	if (!g)
		return 0;
	rw->actors = ent_signed_graph_node_count(g);
	rw->ties = ent_signed_graph_edge_count(g);
	for (size_t e = 0; e < rw->ties; e++) {
		int sign = 0;
		ent_signed_graph_edge(g, e, NULL, NULL, &sign, NULL);
		rw->negative += sign < 0;
	}
	ent_census c;
	ent_census_options co = ENT_CENSUS_OPTIONS_INIT;
	co.max_listed = 3;
	int rc = ent_balance_census(&c, g, &co);
	if (rc == 0) {
		rw->triangles = c.triangles;
		rw->unbalanced = c.count[1] + c.count[3];
		for (size_t i = 0; i < c.n_unbalanced && i < 3; i++) {
			const size_t n[3] = { c.unbalanced[i].a, c.unbalanced[i].b, c.unbalanced[i].c };
			for (int k = 0; k < 3; k++)
				snprintf(rw->top[i][k], sizeof rw->top[i][k], "%s", ent_signed_graph_node_name(g, n[k]));
			qsort(rw->top[i], 3, sizeof rw->top[i][0], cmp_code); /* read in code order */
			rw->ntop++;
		}
		ent_census_dispose(&c);
		ent_frustration f;
		ent_frustration_options fo = frustration_options(r);
		rc = ent_balance_frustration(&f, g, &fo);
		if (rc == 0) {
			rw->frustration = f.index;
			rw->lower_bound = f.lower_bound;
			rw->optimal = f.optimal;
			ent_frustration_dispose(&f);
		}
	}
	ent_signed_graph_free(g);
	return rc;
}

/* Names of every actor of the dyads, looked up once: the lexicon is
 * borrowed only while the report is built. */
static int collect_names(ent_report *r)
{
	if (!r->opts.names)
		return 0;
	r->names = ent_map_new();
	ENT_RETURN_IF_OOM(r->names);
	char name[256];
	for (size_t i = 0; i < ent_dyads_actor_count(r->d); i++) {
		const char *code = ent_dyads_actor(r->d, i)->code;
		if (!code || ent_map_has(r->names, code, strlen(code)))
			continue;
		size_t n = ent_lexicon_actor_name(r->opts.names, code, name, sizeof name);
		if (!n)
			continue;
		char *copy = ent__strndup(name, n);
		ENT_RETURN_IF_OOM(copy);
		int rc = ent_map_put(r->names, code, strlen(code), copy);
		if (rc < 0) {
			ent__free(copy);
			return rc;
		}
	}
	/* Every evidence code as people read it ("057 (sign a formal
	 * agreement; PLOVER SUPPORT)"), from the same lexicon call as every
	 * other human-facing output. */
	r->captions = ent_map_new();
	ENT_RETURN_IF_OOM(r->captions);
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		for (size_t k = 0; k < d->nevidence; k++) {
			const char *code = d->evidence[k].code;
			if (!code || !*code || ent_map_has(r->captions, code, strlen(code)))
				continue;
			ent_buf caption = ENT_BUF_INIT;
			int rc = ent_lexicon_code_caption(&caption, r->opts.names, code);
			if (!rc)
				rc = ent_map_put(r->captions, code, strlen(code), caption.ptr);
			if (rc < 0) {
				ent_buf_dispose(&caption);
				return rc;
			}
		}
	}
	r->opts.names = NULL; /* not used past this point */
	return 0;
}

int ent_report__put_code(const ent_report *r, ent_buf *out, const char *code)
{
	const char *caption = r->captions && code ? ent_map_get(r->captions, code, strlen(code)) : NULL;
	return ent_buf_puts(out, caption ? caption : code ? code : "");
}

const char *ent_report__name(const ent_report *r, const char *code)
{
	return r->names && code ? ent_map_get(r->names, code, strlen(code)) : NULL;
}

int ent_report__put_label(const ent_report *r, ent_buf *out, const char *code)
{
	const char *name = ent_report__name(r, code);
	if (!name)
		return ent_buf_puts(out, code ? code : "?");
	return ent_buf_printf(out, "%s (%s)", name, code);
}

static int analyse(ent_report *r)
{
	ENT_FORWARD_IF_ERROR(collect_names(r));
	ENT_FORWARD_IF_ERROR(build_graph(&r->g, r->d, (size_t)-1));
	size_t nw = ent_dyads_window_count(r->d);
	if (nw > 1) {
		r->windows = ent__calloc(nw, sizeof *r->windows);
		ENT_RETURN_IF_OOM(r->windows);
		r->nwindows = nw;
		for (size_t w = 0; w < nw; w++)
			ENT_FORWARD_IF_ERROR(analyse_window(r, w));
	}
	if (!r->g)
		return 0;
	size_t m = ent_signed_graph_edge_count(r->g);
	r->edge_of = ent_map_new();
	ENT_RETURN_IF_OOM(r->edge_of);
	for (size_t e = 0; e < m; e++) {
		size_t u, v;
		char key[48];
		ent_signed_graph_edge(r->g, e, &u, &v, NULL, NULL);
		edge_key(key, sizeof key, u, v);
		ENT_FORWARD_IF_ERROR(ent_map_put(r->edge_of, key, strlen(key), (void *)(uintptr_t)(e + 1)));
	}
	ent_census_options co = ENT_CENSUS_OPTIONS_INIT;
	co.max_listed = REPORT_TRIADS_KEPT;
	ENT_FORWARD_IF_ERROR(ent_balance_census(&r->census, r->g, &co));
	r->have_census = 1;
	/* Per-node indexes, so writers never search lists node by node. */
	size_t n = ent_signed_graph_node_count(r->g);
	r->pressure_at = ent__malloc(n * sizeof *r->pressure_at);
	r->actor_at = ent__malloc(n * sizeof *r->actor_at);
	ENT_RETURN_IF_OOM(r->pressure_at);
	ENT_RETURN_IF_OOM(r->actor_at);
	for (size_t i = 0; i < n; i++)
		r->pressure_at[i] = r->actor_at[i] = (size_t)-1;
	for (size_t i = 0; i < r->census.n_pressure; i++)
		if (r->census.pressure[i].node < n)
			r->pressure_at[r->census.pressure[i].node] = i;
	for (size_t i = 0; i < ent_dyads_actor_count(r->d); i++) {
		size_t node;
		if (ent_signed_graph_node_find(&node, r->g, ent_dyads_actor(r->d, i)->code) == 0)
			r->actor_at[node] = i;
	}
	ent_frustration_options fo = frustration_options(r);
	fo.progress = r->opts.progress;
	fo.progress_payload = r->opts.progress_payload;
	ENT_FORWARD_IF_ERROR(ent_balance_frustration(&r->fr, r->g, &fo));
	r->have_fr = 1;
	r->heuristic = r->fr.method == ENT_FRUSTRATION_HEURISTIC;
	r->frustrated = ent__calloc(m ? m : 1, 1);
	ENT_RETURN_IF_OOM(r->frustrated);
	for (size_t i = 0; i < r->fr.n_edges; i++)
		if (r->fr.edges[i] < m)
			r->frustrated[r->fr.edges[i]] = 1;
	ent_blocs_options bo = ENT_BLOCS_OPTIONS_INIT;
	bo.k = r->opts.blocs;
	ENT_FORWARD_IF_ERROR(ent_balance_blocs(&r->blocs, r->g, &bo));
	r->have_blocs = 1;
	return 0;
}

static int report_alloc(ent_report **out, const ent_report_options *opts)
{
	ent_report_options def = ENT_REPORT_OPTIONS_INIT;
	if (!opts)
		opts = &def;
	ENT_FORWARD_IF_ERROR(check_options(opts));
	ent_report *r = ent__calloc(1, sizeof *r);
	ENT_RETURN_IF_OOM(r);
	r->opts = *opts;
	if (!r->opts.max_triads)
		r->opts.max_triads = 10;
	/* The report outlives the caller's strings (the web API caches it):
	 * the ones it shows are its own. */
	r->opts.layout = r->opts.layout && !strcmp(r->opts.layout, "fdp") ? "fdp" : "neato";
	if (opts->dyads.since) {
		r->since = ent__strdup(opts->dyads.since);
		r->opts.dyads.since = r->since;
	}
	if (opts->dyads.until) {
		r->until = ent__strdup(opts->dyads.until);
		r->opts.dyads.until = r->until;
	}
	if ((opts->dyads.since && !r->since) || (opts->dyads.until && !r->until)) {
		ent_report_free(r);
		return ent_error_oom();
	}
	*out = r;
	return 0;
}

int ent_report_new(ent_report **out, const ent_dyads *d, const ent_report_options *opts)
{
	ENT_RETURN_ERROR_IF(!out || !d, ENT_EINVAL, "ent_report_new: NULL %s", out ? "dyads" : "out");
	*out = NULL;
	ent_report *r;
	ENT_FORWARD_IF_ERROR(report_alloc(&r, opts));
	r->d = d;
	for (size_t i = 0; i < ent_dyads_count(d); i++) {
		const ent_dyad *dy = ent_dyads_get(d, i);
		r->events += dy->events + dy->relations;
	}
	int rc = analyse(r);
	if (rc < 0) {
		ent_report_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

/* Store records -> dyads, through the one reader (ent_dyads_read_store). */
static int read_store(ent_report *r, ent_store *s)
{
	ent_store_counts counts;
	ENT_FORWARD_IF_ERROR(ent_store_get_counts(s, &counts));
	r->documents = counts.documents;
	ENT_FORWARD_IF_ERROR(ent_dyads_new(&r->owned, &r->opts.dyads));
	r->d = r->owned;
	ent_store_filter f = ENT_STORE_FILTER_INIT;
	f.code = r->opts.code;
	f.kind = r->opts.kind;
	ENT_FORWARD_IF_ERROR(ent_dyads_read_store(r->owned, s, &f, &r->events));
	r->opts.code = NULL; /* borrowed while reading only */
	return ent_dyads_finish(r->owned);
}

int ent_report_from_store(ent_report **out, ent_store *s, const ent_report_options *opts)
{
	ENT_RETURN_ERROR_IF(!out || !s, ENT_EINVAL, "ent_report_from_store: NULL %s", out ? "store" : "out");
	*out = NULL;
	ent_report *r;
	ENT_FORWARD_IF_ERROR(report_alloc(&r, opts));
	r->from_store = 1;
	int rc = read_store(r, s);
	if (rc == 0)
		rc = analyse(r);
	if (rc < 0) {
		ent_report_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

void ent_report_free(ent_report *r)
{
	if (!r)
		return;
	if (r->have_census)
		ent_census_dispose(&r->census);
	if (r->have_fr)
		ent_frustration_dispose(&r->fr);
	if (r->have_blocs)
		ent_blocs_dispose(&r->blocs);
	ent__free(r->frustrated);
	ent__free(r->pressure_at);
	ent__free(r->actor_at);
	ent__free(r->windows);
	ent_map_free(r->edge_of);
	if (r->names) {
		size_t it = 0;
		const char *k;
		size_t kl;
		void *v;
		while (ent_map_next(r->names, &it, &k, &kl, &v))
			ent__free(v);
		ent_map_free(r->names);
	}
	if (r->captions) {
		size_t it = 0;
		const char *k;
		size_t kl;
		void *v;
		while (ent_map_next(r->captions, &it, &k, &kl, &v))
			ent__free(v);
		ent_map_free(r->captions);
	}
	ent_signed_graph_free(r->g);
	ent_dyads_free(r->owned);
	ent__free(r->since);
	ent__free(r->until);
	ent__free(r);
}

void ent_report_get_summary(const ent_report *r, ent_report_summary *out)
{
	memset(out, 0, sizeof *out);
	out->documents = r->documents;
	out->events = r->events;
	out->dyads = ent_dyads_count(r->d);
	out->empty = ent_report__empty_reason(r) != NULL;
	if (!r->g)
		return;
	out->actors = ent_signed_graph_node_count(r->g);
	out->ties = ent_signed_graph_edge_count(r->g);
	out->triangles = r->census.triangles;
	out->unbalanced = r->census.count[1] + r->census.count[3];
	out->frustration = r->fr.index;
	out->optimal = r->fr.optimal;
}

int ent_report_write(const ent_report *r, ent_report_format fmt, ent_buf *out)
{
	ENT_RETURN_ERROR_IF(!r || !out, ENT_EINVAL, "ent_report_write: NULL %s", r ? "buffer" : "report");
	switch (fmt) {
	case ENT_REPORT_TEXT: return ent_report__text(r, out);
	case ENT_REPORT_JSON: return ent_report__json(r, out);
	case ENT_REPORT_DOT: return ent_report__dot(r, out);
	case ENT_REPORT_GRAPHML: return ent_report__graphml(r, out);
	case ENT_REPORT_GEXF: return ent_report__gexf(r, out);
	case ENT_REPORT_SVG: return ent_report__svg(r, out);
	case ENT_REPORT_HTML: return ent_report__html(r, out);
	}
	return ent_error_set(ENT_EINVAL, "unknown report format %d", (int)fmt);
}

int ent_report__put_xml(ent_buf *out, const char *s)
{
	for (; s && *s; s++) {
		const char *rep = NULL;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: break;
		}
		if (rep) {
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, rep));
		} else {
			/* Control characters other than tab/newline are not valid XML 1.0. */
			unsigned char c = (unsigned char)*s;
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, c < 0x20 && c != '\t' && c != '\n' ? ' ' : *s));
		}
	}
	return 0;
}
