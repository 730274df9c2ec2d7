/* The report as plain text for a terminal: headline, actors, dyads with
 * their evidence sentences, triads, cross-pressure, blocs and the ties
 * expected to change, k-blocs, and balance over time. */
#include "report/report_impl.h"

#include <math.h>   /* fabs */
#include <stdio.h>  /* snprintf */
#include <string.h> /* strlen, strchr, strcmp */

#include "report/sentence_clip.h" /* ent_report__clip */
#include "util/error.h"           /* ENT_FORWARD_IF_ERROR */

#define EVIDENCE_SHOWN 3
#define SENTENCE_BYTES 280

static const char *node(const ent_report *r, size_t i)
{
	const char *n = ent_signed_graph_node_name(r->g, i);
	return n ? n : "?";
}

/* A code's name, else the code. */
static const char *called(const ent_report *r, const char *code)
{
	const char *name = ent_report__name(r, code);
	return name ? name : code;
}

/* With names, "  Azerbaijan - Israel" after a line of codes, so the
 * columns stay as they are and the reader still learns who is meant. */
static int names_after(const ent_report *r, ent_buf *out, const char *const *codes, size_t n)
{
	int any = 0;
	for (size_t i = 0; i < n; i++)
		any |= ent_report__name(r, codes[i]) != NULL;
	if (!any)
		return 0;
	for (size_t i = 0; i < n; i++)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s", i ? (n == 2 ? " - " : ", ") : "  ", called(r, codes[i])));
	return 0;
}

static char sign_char(int sign)
{
	return sign > 0 ? '+' : sign < 0 ? '-' : '0';
}

static int headline(const ent_report *r, ent_buf *out)
{
	ent_report_summary s;
	ent_report_get_summary(r, &s);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "entente analysis\n================\n"));
	if (r->from_store)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%llu documents, ", (unsigned long long)s.documents));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
		"%llu coded events and relations, %zu dyads, %zu actors and %zu signed ties in the network.\n",
		(unsigned long long)s.events, s.dyads, s.actors, s.ties));
	const ent_dyad_options *o = &r->opts.dyads;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "Level: %s. Minimum strength of a tie: %g.",
					    o->level == ENT_LEVEL_SECTOR ? "sector" : "country", o->min_strength));
	if (o->since || o->until)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, " Dates: %s to %s.", o->since ? o->since : "start",
						    o->until ? o->until : "end"));
	if (r->nwindows > 1)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, " %zu windows of %d months.", r->nwindows, o->window_months));
	return ent_buf_puts(out, "\n");
}

static int actors(const ent_report *r, ent_buf *out)
{
	size_t n = ent_dyads_actor_count(r->d);
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\nACTORS, most prominent first (%zu)\n", n));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %4s  %-12s %8s %6s %9s%s\n", "rank", "actor", "evidence",
					    "ties", "weight", r->names ? "  name" : ""));
	for (size_t i = 0; i < n; i++) {
		const ent_dyad_actor *a = ent_dyads_actor(r->d, i);
		const char *name = ent_report__name(r, a->code);
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %4zu  %-12s %8llu %6zu %9.1f%s%s\n", i + 1, a->code,
						    (unsigned long long)a->evidence, a->degree, a->weight, name ? "  " : "",
						    name ? name : ""));
	}
	return 0;
}

/* One piece of evidence in three lines: value, the actors as coded, what
 * (code or relation type, with flags) and when; the sentence; where. */
static int evidence_line(const ent_report *r, ent_buf *out, const ent_dyad_evidence *e)
{
	char flags[96] = "";
	size_t fl = 0;
	if (e->negated)
		fl += (size_t)snprintf(flags + fl, sizeof flags - fl, ", negated");
	if (e->modality && *e->modality && strcmp(e->modality, "asserted"))
		fl += (size_t)snprintf(flags + fl, sizeof flags - fl, ", %s", e->modality);
	if (e->duplicate && fl < sizeof flags)
		snprintf(flags + fl, sizeof flags - fl, ", repeat");
	ent_buf what = ENT_BUF_INIT;
	int rc = e->relation_type && *e->relation_type ? ent_buf_puts(&what, e->relation_type)
						      : ent_report__put_code(r, &what, e->code);
	if (!rc)
		rc = ent_buf_printf(out, "      %+6.1f  %s > %s: %s%s (%s)\n", e->value, e->source ? e->source : "?",
				    e->target ? e->target : "?", what.ptr ? what.ptr : "", flags,
				    e->date && *e->date ? e->date : "undated");
	ent_buf_dispose(&what);
	ENT_FORWARD_IF_ERROR(rc);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "              \""));
	ENT_FORWARD_IF_ERROR(ent_report__clip(out, e->text, SENTENCE_BYTES));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"\n              -- "));
	ENT_FORWARD_IF_ERROR(ent_report__clip(out, e->doc_title && *e->doc_title ? e->doc_title : e->doc ? e->doc : "?", 120));
	return ent_buf_printf(out, ", sentence %zu\n", e->sentence + 1);
}

static int dyads(const ent_report *r, ent_buf *out)
{
	size_t n = ent_dyads_count(r->d);
	size_t shown = r->opts.max_dyads && r->opts.max_dyads < n ? r->opts.max_dyads : n;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\nDYADS, strongest first (%zu%s)\n", n,
					    shown < n ? ", the strongest listed" : ""));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out,
		"  sign: + cooperative, - hostile, 0 mixed or too thin to sign; weight |cooperation - conflict|\n"));
	int windows = ent_dyads_window_count(r->d) > 1;
	for (size_t i = 0; i < shown; i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		char pair[64];
		snprintf(pair, sizeof pair, "%s - %s", d->a, d->b);
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"  %-20s %c  weight %5.1f  cooperation %5.1f  conflict %5.1f  %llu events, %llu relations",
			pair, sign_char(d->sign), fabs(d->net), d->cooperation, d->conflict,
			(unsigned long long)d->events, (unsigned long long)d->relations));
		if (d->uncounted)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", %llu not counted", (unsigned long long)d->uncounted));
		if (d->duplicates)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", %llu repeats", (unsigned long long)d->duplicates));
		if (d->first && *d->first)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %s..%s", d->first, d->last));
		if (windows && d->trend != 0)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  trend %+.1f", d->trend));
		const char *ends[2] = { d->a, d->b };
		ENT_FORWARD_IF_ERROR(names_after(r, out, ends, 2));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n"));
		for (size_t k = 0; k < d->nevidence && k < EVIDENCE_SHOWN; k++)
			ENT_FORWARD_IF_ERROR(evidence_line(r, out, &d->evidence[k]));
	}
	return 0;
}

static int triad_line(const ent_report *r, ent_buf *out, const ent_triad *t)
{
	size_t n[3];
	ent_report__triad_nodes(r, t, n);
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %-9s %-9s %-9s ", node(r, n[0]), node(r, n[1]), node(r, n[2])));
	static const int pairs[3][2] = { { 0, 1 }, { 0, 2 }, { 1, 2 } };
	for (int k = 0; k < 3; k++) {
		long e = ent_report__edge(r, n[pairs[k][0]], n[pairs[k][1]]);
		int sign = 0;
		if (e >= 0)
			ent_signed_graph_edge(r->g, (size_t)e, NULL, NULL, &sign, NULL);
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, " %s-%s %c", node(r, n[pairs[k][0]]), node(r, n[pairs[k][1]]),
						    sign_char(sign)));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "   strength %.1f", t->strength));
	const char *codes[3] = { node(r, n[0]), node(r, n[1]), node(r, n[2]) };
	ENT_FORWARD_IF_ERROR(names_after(r, out, codes, 3));
	return ent_buf_puts(out, "\n");
}

static int triads(const ent_report *r, ent_buf *out)
{
	const ent_census *c = &r->census;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
		"\nTRIANGLES: %llu (+++ %llu, ++- %llu, +-- %llu, --- %llu); balanced share %.2f, weighted %.2f\n",
		(unsigned long long)c->triangles, (unsigned long long)c->count[0], (unsigned long long)c->count[1],
		(unsigned long long)c->count[2], (unsigned long long)c->count[3], c->balance, c->weighted_balance));
	size_t max = r->opts.max_triads;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\nUNBALANCED TRIADS, strongest first (%llu)\n",
					    (unsigned long long)(c->count[1] + c->count[3])));
	if (c->n_unbalanced == 0)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "  none: every triangle is balanced\n"));
	for (size_t i = 0; i < c->n_unbalanced && i < max; i++)
		ENT_FORWARD_IF_ERROR(triad_line(r, out, &c->unbalanced[i]));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\nBALANCED TRIADS, strongest first (%llu)\n",
					    (unsigned long long)(c->count[0] + c->count[2])));
	for (size_t i = 0; i < c->n_balanced && i < max; i++)
		ENT_FORWARD_IF_ERROR(triad_line(r, out, &c->balanced[i]));
	return 0;
}

static int pressure(const ent_report *r, ent_buf *out)
{
	const ent_census *c = &r->census;
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out,
		"\nCROSS-PRESSURE: actors whose partners are each other's adversaries, most first\n"
		"  score: summed strength of the triangles where the actor has two cooperative ties\n"
		"  and its two partners a hostile one; involved: every unbalanced triangle it is in\n"));
	size_t shown = 0;
	for (size_t i = 0; i < c->n_pressure; i++) {
		const ent_pressure *p = &c->pressure[i];
		if (p->unbalanced == 0)
			break;
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %4zu  %-12s score %6.1f in %llu   involved %6.1f in %llu "
						    "unbalanced of %llu triangles",
						    i + 1, node(r, p->node), p->score, (unsigned long long)p->pivots,
						    p->involvement, (unsigned long long)p->unbalanced,
						    (unsigned long long)p->triangles));
		const char *who = node(r, p->node);
		ENT_FORWARD_IF_ERROR(names_after(r, out, &who, 1));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n"));
		shown++;
	}
	if (!shown)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "  none\n"));
	return 0;
}

static int bloc_members(const ent_report *r, ent_buf *out, int bloc)
{
	size_t n = ent_signed_graph_node_count(r->g), k = 0;
	for (size_t i = 0; i < n; i++)
		if (ent_report__bloc(r, i) == bloc) {
			/* with names: "Azerbaijan (AZE), Israel (ISR)" */
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, !k ? "" : r->names ? ", " : " "));
			ENT_FORWARD_IF_ERROR(ent_report__put_label(r, out, node(r, i)));
			k++;
		}
	if (!k)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "(empty)"));
	return 0;
}

static int blocs(const ent_report *r, ent_buf *out)
{
	const ent_frustration *f = &r->fr;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\nTWO BLOCS: frustration index %g%s", f->index,
					    r->opts.weighted ? " (weighted)" : ""));
	if (f->optimal)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", proven optimal (%s)\n",
						    r->heuristic ? "local search, meets the lower bound" : "exact"));
	else
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", best found %s; proven lower bound %g, gap %g\n",
						    r->heuristic ? "by local search (heuristic)"
						    : f->time_limit_reached ? "by the exact method in its time limit"
									    : "by the exact method",
						    f->lower_bound, f->index - f->lower_bound));
	for (int bloc = 1; bloc <= 2; bloc++) {
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  bloc %d: ", bloc));
		ENT_FORWARD_IF_ERROR(bloc_members(r, out, bloc));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n"));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  ties expected to change (frustrated: %zu)\n", f->n_edges));
	for (size_t i = 0; i < f->n_edges; i++) {
		size_t u, v;
		int sign;
		double w;
		if (ent_report__tie(r, f->edges[i], &u, &v, &sign, &w))
			continue;
		const char *why = sign < 0 ? "hostile inside a bloc" : "cooperative across the blocs";
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "    %-9s %-9s %c  weight %5.1f  %s", node(r, u), node(r, v),
						    sign_char(sign), w, why));
		const char *ends[2] = { node(r, u), node(r, v) };
		ENT_FORWARD_IF_ERROR(names_after(r, out, ends, 2));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n"));
	}
	if (!f->n_edges)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "    none: the network is balanced\n"));
	return 0;
}

static int kblocs(const ent_report *r, ent_buf *out)
{
	const ent_blocs *b = &r->blocs;
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
		"\nK-BLOCS: %zu blocs%s; error %.1f (hostile weight inside %.1f, cooperative weight between %.1f)\n",
		b->k, r->opts.blocs ? "" : " (chosen)", b->error, b->neg_inside, b->pos_between));
	size_t n = ent_signed_graph_node_count(r->g);
	for (size_t k = 0; k < b->k; k++) {
		size_t cnt = 0;
		for (size_t i = 0; i < n; i++)
			if (b->bloc[i] == k) {
				if (!cnt)
					ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  bloc %zu:", k + 1));
				ENT_FORWARD_IF_ERROR(ent_buf_puts(out, cnt && r->names ? ", " : " "));
				ENT_FORWARD_IF_ERROR(ent_report__put_label(r, out, node(r, i)));
				cnt++;
			}
		if (cnt)
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n"));
	}
	return 0;
}

static int over_time(const ent_report *r, ent_buf *out)
{
	if (r->nwindows < 2)
		return 0;
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\nBALANCE OVER TIME\n"));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %-23s %6s %5s %8s %9s %10s %11s  %s\n", "window", "actors", "ties",
					    "hostile", "triangles", "unbalanced", "frustration", "strongest unbalanced"));
	size_t quiet = 0;
	for (size_t w = 0; w < r->nwindows; w++) {
		const ent_report_window *rw = &r->windows[w];
		if (!rw->ties) {
			quiet++; /* a window with no dated signed tie says nothing */
			continue;
		}
		char span[48], fr[24];
		snprintf(span, sizeof span, "%s..%s", rw->start, rw->end);
		snprintf(fr, sizeof fr, "%g%s", rw->frustration, rw->optimal ? "" : "?");
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  %-23s %6zu %5zu %8zu %9llu %10llu %11s  ", span, rw->actors,
						    rw->ties, rw->negative, (unsigned long long)rw->triangles,
						    (unsigned long long)rw->unbalanced, fr));
		for (size_t i = 0; i < rw->ntop; i++)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s-%s-%s", i ? ", " : "", rw->top[i][0], rw->top[i][1],
							    rw->top[i][2]));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n"));
	}
	if (quiet)
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "  (%zu windows without a dated signed tie left out)\n", quiet));
	/* A rivalry opening or closing is a dyad whose sign differs between
	 * windows: list each such dyad's signs in order. */
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\n  ties whose sign changed (one sign per window, . no evidence):\n"));
	size_t changed = 0;
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		if (!ent_report__sign_changed(r, d))
			continue;
		char pair[64];
		snprintf(pair, sizeof pair, "%s - %s", d->a, d->b);
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "    %-20s ", pair));
		for (size_t w = 0; w < r->nwindows; w++) {
			int s = ent_report__window_sign(r, d, w);
			int any = d->window_net && d->window_net[w] != 0;
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, any ? sign_char(s) : '.'));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "   trend %+.1f\n", d->trend));
		changed++;
	}
	if (!changed)
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "    none\n"));
	return 0;
}

int ent_report__text(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(headline(r, out));
	const char *empty = ent_report__empty_reason(r);
	if (empty)
		return ent_buf_printf(out, "\nEmpty report. %s\n", empty);
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\nIN SHORT\n"));
	ent_buf f = ENT_BUF_INIT;
	int rc = ent_report__findings(r, &f);
	/* Indent each finding under the heading. */
	for (const char *p = f.ptr; rc == 0 && p && *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) + 1 : strlen(p);
		rc = ent_buf_puts(out, "  ");
		if (rc == 0)
			rc = ent_buf_put(out, p, len);
		p += len;
	}
	ent_buf_dispose(&f);
	ENT_FORWARD_IF_ERROR(rc);
	ENT_FORWARD_IF_ERROR(actors(r, out));
	ENT_FORWARD_IF_ERROR(dyads(r, out));
	if (!r->g)
		return ent_buf_printf(out, "\nNo signed tie: every dyad's evidence is mixed or below the minimum "
					   "strength %g, so there is no network to analyse.\n",
				      r->opts.dyads.min_strength);
	ENT_FORWARD_IF_ERROR(triads(r, out));
	ENT_FORWARD_IF_ERROR(pressure(r, out));
	ENT_FORWARD_IF_ERROR(blocs(r, out));
	if (r->have_blocs)
		ENT_FORWARD_IF_ERROR(kblocs(r, out));
	return over_time(r, out);
}
