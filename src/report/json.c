/* The report as one JSON object (keys described in docs/analysis.md).
 * Written by hand into an ent_buf: the output is a flat serialisation of
 * the model and needs no DOM, and numbers get one consistent format. */
#include "report/report_impl.h"

#include <math.h>   /* isfinite, fabs */
#include <stdio.h>  /* snprintf */
#include <string.h> /* strlen */

#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

static int str(ent_buf *out, const char *s)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '"'));
	if (s)
		ENT_FORWARD_IF_ERROR(ent_buf_put_json_string(out, s, strlen(s)));
	return ent_buf_putc(out, '"');
}

/* "key": */
static int key(ent_buf *out, const char *k)
{
	ENT_FORWARD_IF_ERROR(str(out, k));
	return ent_buf_putc(out, ':');
}

int ent_report__put_num(ent_buf *out, double v)
{
	if (!isfinite(v))
		return ent_buf_puts(out, "null");
	if (v == 0)
		v = 0; /* no "-0" */
	return ent_buf_printf(out, "%.10g", v);
}

static int num(ent_buf *out, double v)
{
	return ent_report__put_num(out, v);
}

static int kstr(ent_buf *out, const char *k, const char *v, int comma)
{
	ENT_FORWARD_IF_ERROR(key(out, k));
	ENT_FORWARD_IF_ERROR(v ? str(out, v) : ent_buf_puts(out, "null"));
	return comma ? ent_buf_putc(out, ',') : 0;
}

static int knum(ent_buf *out, const char *k, double v, int comma)
{
	ENT_FORWARD_IF_ERROR(key(out, k));
	ENT_FORWARD_IF_ERROR(num(out, v));
	return comma ? ent_buf_putc(out, ',') : 0;
}

static int kint(ent_buf *out, const char *k, unsigned long long v, int comma)
{
	ENT_FORWARD_IF_ERROR(key(out, k));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%llu", v));
	return comma ? ent_buf_putc(out, ',') : 0;
}

static int kbool(ent_buf *out, const char *k, int v, int comma)
{
	ENT_FORWARD_IF_ERROR(key(out, k));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, v ? "true" : "false"));
	return comma ? ent_buf_putc(out, ',') : 0;
}

static const char *node(const ent_report *r, size_t i)
{
	const char *n = r->g ? ent_signed_graph_node_name(r->g, i) : NULL;
	return n ? n : "?";
}

static int summary(const ent_report *r, ent_buf *out)
{
	ent_report_summary s;
	ent_report_get_summary(r, &s);
	const char *empty = ent_report__empty_reason(r);
	if (!empty && !r->g)
		empty = "No signed tie: every dyad's evidence is mixed or below the minimum strength.";
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"summary\":{"));
	ENT_FORWARD_IF_ERROR(kint(out, "documents", s.documents, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "events", s.events, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "dyads", s.dyads, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "actors", s.actors, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "ties", s.ties, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "triangles", s.triangles, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "unbalanced", s.unbalanced, 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "empty", s.empty, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "message", empty, 0));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "},\"options\":{"));
	const ent_dyad_options *o = &r->opts.dyads;
	ENT_FORWARD_IF_ERROR(kstr(out, "level", o->level == ENT_LEVEL_SECTOR ? "sector" : "country", 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "since", o->since, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "until", o->until, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "window_months", (unsigned long long)(o->window_months > 0 ? o->window_months : 0), 1));
	ENT_FORWARD_IF_ERROR(knum(out, "min_strength", o->min_strength, 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "weighted_frustration", r->opts.weighted, 0));
	return ent_buf_puts(out, "},");
}

static int actors(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"actors\":["));
	for (size_t i = 0; i < ent_dyads_actor_count(r->d); i++) {
		const ent_dyad_actor *a = ent_dyads_actor(r->d, i);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, i ? ",{" : "{"));
		ENT_FORWARD_IF_ERROR(kstr(out, "code", a->code, 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "name", ent_report__name(r, a->code), 1));
		ENT_FORWARD_IF_ERROR(kint(out, "evidence", a->evidence, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "degree", a->degree, 1));
		size_t n;
		int in_graph = r->g && ent_signed_graph_node_find(&n, r->g, a->code) == 0;
		if (in_graph && r->have_fr)
			ENT_FORWARD_IF_ERROR(kint(out, "bloc", ent_report__bloc(r, n), 1));
		if (in_graph && r->have_blocs)
			ENT_FORWARD_IF_ERROR(kint(out, "kbloc", r->blocs.bloc[n] + 1, 1));
		const ent_pressure *p = in_graph ? ent_report__pressure(r, n) : NULL;
		if (p)
			ENT_FORWARD_IF_ERROR(knum(out, "pressure", p->score, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "weight", a->weight, 0));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '}'));
	}
	return ent_buf_puts(out, "],");
}

static int evidence(ent_buf *out, const ent_dyad_evidence *e)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '{'));
	ENT_FORWARD_IF_ERROR(kstr(out, "doc", e->doc, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "title", e->doc_title, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "date", e->date && *e->date ? e->date : NULL, 1));
	ENT_FORWARD_IF_ERROR(kint(out, "sentence", e->sentence + 1, 1)); /* from 1, docs/schema.md */
	ENT_FORWARD_IF_ERROR(kstr(out, "source", e->source, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "target", e->target, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "code", e->code && *e->code ? e->code : NULL, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "relation", e->relation_type && *e->relation_type ? e->relation_type : NULL, 1));
	ENT_FORWARD_IF_ERROR(knum(out, "value", e->value, 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "negated", e->negated, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "modality", e->modality && *e->modality ? e->modality : "asserted", 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "duplicate", e->duplicate, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "text", e->text, 0));
	return ent_buf_putc(out, '}');
}

static int dyads(const ent_report *r, ent_buf *out)
{
	size_t nw = ent_dyads_window_count(r->d);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"dyads\":["));
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, i ? ",{" : "{"));
		ENT_FORWARD_IF_ERROR(kstr(out, "a", d->a, 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "b", d->b, 1));
		ENT_FORWARD_IF_ERROR(key(out, "sign"));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%d,", d->sign));
		ENT_FORWARD_IF_ERROR(knum(out, "weight", fabs(d->net), 1));
		ENT_FORWARD_IF_ERROR(knum(out, "net", d->net, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "cooperation", d->cooperation, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "conflict", d->conflict, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "events", d->events, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "relations", d->relations, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "uncounted", d->uncounted, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "duplicates", d->duplicates, 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "first", d->first && *d->first ? d->first : NULL, 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "last", d->last && *d->last ? d->last : NULL, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "trend", d->trend, 1));
		size_t u, v;
		long e = -1;
		if (d->sign && r->g && !ent_signed_graph_node_find(&u, r->g, d->a) &&
		    !ent_signed_graph_node_find(&v, r->g, d->b))
			e = ent_report__edge(r, u, v);
		ENT_FORWARD_IF_ERROR(kbool(out, "frustrated", e >= 0 && r->frustrated && r->frustrated[e], 1));
		if (nw > 1 && d->window_net) {
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"window_net\":["));
			for (size_t w = 0; w < nw; w++) {
				if (w)
					ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
				ENT_FORWARD_IF_ERROR(num(out, d->window_net[w]));
			}
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "],"));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"evidence\":["));
		for (size_t k = 0; k < d->nevidence; k++) {
			if (k)
				ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
			ENT_FORWARD_IF_ERROR(evidence(out, &d->evidence[k]));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "]}"));
	}
	return ent_buf_puts(out, "],");
}

static int triad_list(const ent_report *r, ent_buf *out, const char *name, const ent_triad *t, size_t n)
{
	ENT_FORWARD_IF_ERROR(key(out, name));
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '['));
	for (size_t i = 0; i < n; i++) {
		size_t v[3];
		ent_report__triad_nodes(r, &t[i], v);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, i ? ",[" : "["));
		ENT_FORWARD_IF_ERROR(str(out, node(r, v[0])));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(str(out, node(r, v[1])));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(str(out, node(r, v[2])));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ']'));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "],"));
	/* The strengths and negative-tie counts, in the same order. */
	char k2[64];
	snprintf(k2, sizeof k2, "%s_detail", name);
	ENT_FORWARD_IF_ERROR(key(out, k2));
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '['));
	for (size_t i = 0; i < n; i++) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, i ? ",{" : "{"));
		ENT_FORWARD_IF_ERROR(knum(out, "strength", t[i].strength, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "negatives", (unsigned long long)t[i].negatives, 0));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '}'));
	}
	return ent_buf_puts(out, "]");
}

static int triads(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"triads\":{"));
	if (r->have_census) {
		const ent_census *c = &r->census;
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"\"census\":{\"+++\":%llu,\"++-\":%llu,\"+--\":%llu,\"---\":%llu},",
			(unsigned long long)c->count[0], (unsigned long long)c->count[1],
			(unsigned long long)c->count[2], (unsigned long long)c->count[3]));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\"weights\":{\"+++\":"));
		for (int k = 0; k < 4; k++) {
			static const char *const names[4] = { "+++", "++-", "+--", "---" };
			if (k)
				ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ",\"%s\":", names[k]));
			ENT_FORWARD_IF_ERROR(num(out, c->weight[k]));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "},"));
		ENT_FORWARD_IF_ERROR(kint(out, "triangles", c->triangles, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "balance", c->balance, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "weighted_balance", c->weighted_balance, 1));
		ENT_FORWARD_IF_ERROR(triad_list(r, out, "unbalanced", c->unbalanced, c->n_unbalanced));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
		ENT_FORWARD_IF_ERROR(triad_list(r, out, "balanced", c->balanced, c->n_balanced));
	} else {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"triangles\":0,\"unbalanced\":[],\"balanced\":[]"));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "},\"pressure\":["));
	size_t k = 0;
	for (size_t i = 0; r->have_census && i < r->census.n_pressure; i++) {
		const ent_pressure *p = &r->census.pressure[i];
		if (p->triangles == 0)
			continue;
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, k++ ? ",{" : "{"));
		ENT_FORWARD_IF_ERROR(kstr(out, "actor", node(r, p->node), 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "name", ent_report__name(r, node(r, p->node)), 1));
		ENT_FORWARD_IF_ERROR(knum(out, "score", p->score, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "pivots", p->pivots, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "involvement", p->involvement, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "unbalanced", p->unbalanced, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "triangles", p->triangles, 0));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '}'));
	}
	return ent_buf_puts(out, "],");
}

static int frustration(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"frustration\":{"));
	const ent_frustration *f = &r->fr;
	if (!r->have_fr)
		return ent_buf_puts(out, "\"index\":0,\"optimal\":true,\"lower_bound\":0,\"gap\":0,"
					 "\"time_limit_reached\":false,\"edges\":[],\"blocs\":[[],[]]},");
	ENT_FORWARD_IF_ERROR(knum(out, "index", f->index, 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "optimal", f->optimal, 1));
	ENT_FORWARD_IF_ERROR(knum(out, "lower_bound", f->lower_bound, 1));
	ENT_FORWARD_IF_ERROR(knum(out, "gap", f->index - f->lower_bound, 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "time_limit_reached", f->time_limit_reached, 1));
	ENT_FORWARD_IF_ERROR(kbool(out, "weighted", r->opts.weighted, 1));
	ENT_FORWARD_IF_ERROR(kstr(out, "method", r->heuristic ? "heuristic" : "exact", 1));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"edges\":["));
	for (size_t i = 0; i < f->n_edges; i++) {
		size_t u, v;
		int sign;
		double w;
		if (ent_report__tie(r, f->edges[i], &u, &v, &sign, &w))
			continue;
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, i ? ",{" : "{"));
		ENT_FORWARD_IF_ERROR(kstr(out, "a", node(r, u), 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "b", node(r, v), 1));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\"sign\":%d,", sign));
		ENT_FORWARD_IF_ERROR(knum(out, "weight", w, 0));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '}'));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "],\"blocs\":["));
	size_t n = ent_signed_graph_node_count(r->g);
	for (int bloc = 1; bloc <= 2; bloc++) { /* bloc 1, then bloc 2 */
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, bloc > 1 ? ",[" : "["));
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			if (ent_report__bloc(r, i) == bloc) {
				if (k++)
					ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
				ENT_FORWARD_IF_ERROR(str(out, node(r, i)));
			}
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ']'));
	}
	return ent_buf_puts(out, "]},");
}

static int kblocs(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"kblocs\":{"));
	if (!r->have_blocs)
		return ent_buf_puts(out, "\"k\":0,\"blocs\":[]},");
	const ent_blocs *b = &r->blocs;
	ENT_FORWARD_IF_ERROR(kint(out, "k", b->k, 1));
	ENT_FORWARD_IF_ERROR(knum(out, "error", b->error, 1));
	ENT_FORWARD_IF_ERROR(knum(out, "neg_inside", b->neg_inside, 1));
	ENT_FORWARD_IF_ERROR(knum(out, "pos_between", b->pos_between, 1));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"blocs\":["));
	size_t n = ent_signed_graph_node_count(r->g), listed = 0;
	for (size_t k = 0; k < b->k; k++) {
		size_t cnt = 0;
		for (size_t i = 0; i < n; i++)
			if (b->bloc[i] == k) {
				if (!cnt)
					ENT_FORWARD_IF_ERROR(ent_buf_puts(out, listed++ ? ",[" : "["));
				else
					ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
				ENT_FORWARD_IF_ERROR(str(out, node(r, i)));
				cnt++;
			}
		if (cnt)
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ']'));
	}
	return ent_buf_puts(out, "]},");
}

static int windows(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"windows\":["));
	for (size_t w = 0; w < r->nwindows; w++) {
		const ent_report_window *rw = &r->windows[w];
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, w ? ",{" : "{"));
		ENT_FORWARD_IF_ERROR(kstr(out, "start", rw->start, 1));
		ENT_FORWARD_IF_ERROR(kstr(out, "end", rw->end, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "actors", rw->actors, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "ties", rw->ties, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "negative", rw->negative, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "triangles", rw->triangles, 1));
		ENT_FORWARD_IF_ERROR(kint(out, "unbalanced", rw->unbalanced, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "frustration", rw->frustration, 1));
		ENT_FORWARD_IF_ERROR(knum(out, "lower_bound", rw->lower_bound, 1));
		ENT_FORWARD_IF_ERROR(kbool(out, "optimal", rw->ties == 0 || rw->optimal, 1));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"top_unbalanced\":["));
		for (size_t i = 0; i < rw->ntop; i++) {
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, i ? ",[" : "["));
			for (int k = 0; k < 3; k++) {
				if (k)
					ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ','));
				ENT_FORWARD_IF_ERROR(str(out, rw->top[i][k]));
			}
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, ']'));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "]}"));
	}
	return ent_buf_puts(out, "]");
}

int ent_report__json(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '{'));
	ENT_FORWARD_IF_ERROR(summary(r, out));
	ENT_FORWARD_IF_ERROR(actors(r, out));
	ENT_FORWARD_IF_ERROR(dyads(r, out));
	ENT_FORWARD_IF_ERROR(triads(r, out));
	ENT_FORWARD_IF_ERROR(frustration(r, out));
	ENT_FORWARD_IF_ERROR(kblocs(r, out));
	ENT_FORWARD_IF_ERROR(windows(r, out));
	return ent_buf_puts(out, "}\n");
}
