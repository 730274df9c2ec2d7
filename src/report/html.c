/* The report as one self-contained HTML page: the network picture (SVG
 * inline), the findings (blocs, ties expected to change, cross-pressure,
 * unbalanced triads), the dyads with their evidence sentences, balance
 * over time and the actors. No script, font or image is fetched. */
#include "report/report_impl.h"

#include <math.h>   /* fabs */
#include <string.h> /* strstr, strcmp, strchr */

#include "report/sentence_clip.h" /* ent_report__clip */
#include "util/error.h"           /* ENT_FORWARD_IF_ERROR */

#define X(s) ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, (s)))
#define P(...) ENT_FORWARD_IF_ERROR(ent_buf_printf(out, __VA_ARGS__))
#define S(s) ENT_FORWARD_IF_ERROR(ent_buf_puts(out, (s)))

static const char style[] =
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:0 auto;"
	"max-width:1100px;padding:1.2em 1.5em;color:#1f2328;background:#fff}"
	"h1{font-size:1.7em;margin:.2em 0}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #d0d7de;"
	"padding-bottom:.2em}.lead{color:#57606a}"
	"figure{margin:1em 0;border:1px solid #d0d7de;border-radius:6px;padding:.5em;text-align:center}"
	"figure svg{max-width:100%;height:auto}figcaption{font-size:.9em;color:#57606a}"
	"table{border-collapse:collapse;margin:.5em 0;font-size:.93em}th,td{padding:.25em .6em;text-align:left;"
	"border-bottom:1px solid #eaeef2;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right;"
	"font-variant-numeric:tabular-nums}"
	".pos{color:#2f9e44;font-weight:600}.neg{color:#e03131;font-weight:600}.zero{color:#8c959f}"
	".code{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600}"
	".chip{display:inline-block;padding:.05em .5em;margin:.1em;border-radius:1em;font-family:ui-monospace,"
	"Menlo,Consolas,monospace;font-size:.9em}.b1{background:#cfe0f5}.b2{background:#f6d5e3}"
	".press{outline:2px solid #e8590c}"
	".ev{margin:.2em 0 .6em 1em;font-size:.92em}.ev q{color:#24292f}.meta{color:#57606a;font-size:.9em}"
	".flag{background:#fff3bf;border-radius:3px;padding:0 .3em;font-size:.85em}"
	".empty{padding:1em;background:#fff3bf;border-radius:6px}"
	".key span{margin-right:1.2em}ul.short{background:#f6f8fa;border-radius:6px;padding:.6em 1em .6em 2em}"
	"ul.short li{margin:.15em 0}"
	".chip.named{font-family:inherit}.chip small,.nm small{font-family:ui-monospace,Menlo,Consolas,monospace;"
	"color:#57606a}.nm{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-weight:400;"
	"color:#57606a;font-size:.92em}";

static const char *node(const ent_report *r, size_t i)
{
	const char *n = ent_signed_graph_node_name(r->g, i);
	return n ? n : "?";
}

static int sign_span(ent_buf *out, int sign)
{
	return ent_buf_printf(out, "<span class=\"%s\">%s</span>", sign > 0 ? "pos" : sign < 0 ? "neg" : "zero",
			      sign > 0 ? "+" : sign < 0 ? "&minus;" : "0");
}

/* An actor in its bloc's colour: "Azerbaijan AZE" (the code small)
 * when it has a name, else the code. */
static int chip(const ent_report *r, ent_buf *out, size_t i)
{
	const char *name = ent_report__name(r, node(r, i));
	P("<span class=\"chip b%d%s%s\">", ent_report__bloc(r, i), ent_report__pressure_mark(r, i) ? " press" : "",
	  name ? " named" : "");
	if (name) {
		X(name);
		S(" <small>");
	}
	X(node(r, i));
	return ent_buf_puts(out, name ? "</small></span>" : "</span>");
}

/* Under a pair of codes, the pair's names ("Azerbaijan &ndash; Israel")
 * when either has one. */
static int pair_names(const ent_report *r, ent_buf *out, const char *a, const char *b)
{
	const char *na = ent_report__name(r, a), *nb = ent_report__name(r, b);
	if (!na && !nb)
		return 0;
	S("<br><span class=\"nm\">");
	X(na ? na : a);
	S(" &ndash; ");
	X(nb ? nb : b);
	return ent_buf_puts(out, "</span>");
}

static int picture(const ent_report *r, ent_buf *out)
{
	ent_buf svg = ENT_BUF_INIT;
	int rc = ent_report__svg_graph(r, &svg, 0);
	if (rc == 0) {
		/* Inline SVG: drop the XML prolog and doctype before <svg. */
		const char *start = svg.ptr ? strstr(svg.ptr, "<svg") : NULL;
		rc = ent_buf_puts(out, "<figure>");
		if (rc == 0)
			rc = ent_buf_puts(out, start ? start : "");
		size_t n = ent_signed_graph_node_count(r->g);
		if (rc == 0 && n > ENT_REPORT_PICTURE_NODES)
			rc = ent_buf_printf(out, "<p class=\"meta\">The %d most prominent of %zu actors are drawn; the tables "
						 "cover them all.</p>", ENT_REPORT_PICTURE_NODES, n);
		if (rc == 0)
			rc = ent_buf_puts(out,
				"<figcaption class=\"key\"><span class=\"pos\">&mdash; cooperative tie</span>"
				"<span class=\"neg\">- - hostile tie</span><span>width: strength</span>"
				"<span><span class=\"chip b1\">bloc 1</span><span class=\"chip b2\">bloc 2</span></span>"
				"<span><span class=\"chip b1 press\">cross-pressured</span></span>"
				"<span style=\"color:#f08c00\">&#x2715; orange tie: expected to change</span></figcaption></figure>\n");
	}
	ent_buf_dispose(&svg);
	return rc;
}

static int findings(const ent_report *r, ent_buf *out)
{
	const ent_frustration *f = &r->fr;
	size_t n = ent_signed_graph_node_count(r->g);
	S("<h2>Two blocs and the ties expected to change</h2>\n<p>");
	P("Frustration index <b>%g</b>%s: ", f->index, r->opts.weighted ? " (weighted)" : "");
	if (f->optimal)
		S("proven optimal.");
	else
		P("the best partition found %s; no partition does better than %g (gap %g).",
		  r->heuristic ? "by local search (a large network)" : "in the time limit", f->lower_bound,
		  f->index - f->lower_bound);
	S(" The frustrated ties are those balance theory expects to change: a hostile tie inside a bloc, or a "
	  "cooperative tie across the blocs.</p>\n");
	for (int bloc = 1; bloc <= 2; bloc++) {
		P("<p><b>Bloc %d</b>: ", bloc);
		for (size_t i = 0; i < n; i++)
			if (ent_report__bloc(r, i) == bloc)
				ENT_FORWARD_IF_ERROR(chip(r, out, i));
		S("</p>\n");
	}
	if (f->n_edges) {
		S("<table><tr><th>tie</th><th>sign</th><th>weight</th><th>why it is frustrated</th></tr>\n");
		for (size_t i = 0; i < f->n_edges; i++) {
			size_t u, v;
			int sign;
			double w;
			if (ent_report__tie(r, f->edges[i], &u, &v, &sign, &w))
				continue;
			S("<tr><td class=\"code\">");
			X(node(r, u));
			S(" &ndash; ");
			X(node(r, v));
			ENT_FORWARD_IF_ERROR(pair_names(r, out, node(r, u), node(r, v)));
			S("</td><td>");
			ENT_FORWARD_IF_ERROR(sign_span(out, sign));
			P("</td><td class=\"n\">%.1f</td><td>%s</td></tr>\n", w,
			  sign < 0 ? "hostile inside a bloc" : "cooperative across the blocs");
		}
		S("</table>\n");
	}

	const ent_census *c = &r->census;
	S("<h2>Cross-pressure</h2>\n<p>The actors whose partners are each other's adversaries: <em>score</em> sums "
	  "the strength of the triangles in which the actor has two cooperative ties and its two partners a hostile "
	  "one; <em>involved</em> sums every unbalanced triangle it is in, all-hostile ones included.</p>\n");
	S("<table><tr><th>#</th><th>actor</th><th>score</th><th>caught in</th><th>involved</th>"
	  "<th>unbalanced triangles</th><th>all triangles</th></tr>\n");
	size_t shown = 0;
	for (size_t i = 0; i < c->n_pressure && c->pressure[i].unbalanced; i++, shown++) {
		const ent_pressure *p = &c->pressure[i];
		P("<tr><td class=\"n\">%zu</td><td>", i + 1);
		ENT_FORWARD_IF_ERROR(chip(r, out, p->node));
		P("</td><td class=\"n\">%.1f</td><td class=\"n\">%llu</td><td class=\"n\">%.1f</td>"
		  "<td class=\"n\">%llu</td><td class=\"n\">%llu</td></tr>\n", p->score,
		  (unsigned long long)p->pivots, p->involvement, (unsigned long long)p->unbalanced,
		  (unsigned long long)p->triangles);
	}
	if (!shown)
		S("<tr><td colspan=\"7\">No actor is in an unbalanced triangle.</td></tr>\n");
	S("</table>\n");

	P("<h2>Triads</h2>\n<p>%llu triangles: +++ %llu, ++&minus; %llu, +&minus;&minus; %llu, &minus;&minus;&minus; %llu "
	  "(balanced share %.2f, weighted %.2f). A triad is unbalanced when the product of its signs is negative.</p>\n",
	  (unsigned long long)c->triangles, (unsigned long long)c->count[0], (unsigned long long)c->count[1],
	  (unsigned long long)c->count[2], (unsigned long long)c->count[3], c->balance, c->weighted_balance);
	for (int kind = 0; kind < 2; kind++) {
		const ent_triad *t = kind ? c->balanced : c->unbalanced;
		size_t nt = kind ? c->n_balanced : c->n_unbalanced;
		P("<h3>%s, strongest first</h3>\n", kind ? "Balanced" : "Unbalanced");
		if (!nt) {
			S("<p>None.</p>\n");
			continue;
		}
		S("<table><tr><th>triad</th><th>ties</th><th>strength</th></tr>\n");
		for (size_t i = 0; i < nt && i < r->opts.max_triads; i++) {
			size_t v[3];
			ent_report__triad_nodes(r, &t[i], v);
			S("<tr><td>");
			for (int k = 0; k < 3; k++)
				ENT_FORWARD_IF_ERROR(chip(r, out, v[k]));
			S("</td><td class=\"code\">");
			static const int pairs[3][2] = { { 0, 1 }, { 0, 2 }, { 1, 2 } };
			for (int k = 0; k < 3; k++) {
				long e = ent_report__edge(r, v[pairs[k][0]], v[pairs[k][1]]);
				int sign = 0;
				if (e >= 0)
					ent_signed_graph_edge(r->g, (size_t)e, NULL, NULL, &sign, NULL);
				P("%s", k ? " &nbsp; " : "");
				X(node(r, v[pairs[k][0]]));
				S("&ndash;");
				X(node(r, v[pairs[k][1]]));
				S(" ");
				ENT_FORWARD_IF_ERROR(sign_span(out, sign));
			}
			P("</td><td class=\"n\">%.1f</td></tr>\n", t[i].strength);
		}
		S("</table>\n");
	}
	if (r->have_blocs) {
		const ent_blocs *b = &r->blocs;
		P("<h2>k-blocs</h2>\n<p>%zu blocs%s (Doreian&ndash;Mrvar: hostile weight inside blocs %.1f, cooperative "
		  "weight between blocs %.1f, error %.1f).</p>\n",
		  b->k, r->opts.blocs ? "" : ", number chosen by the criterion", b->neg_inside, b->pos_between, b->error);
		for (size_t k = 0; k < b->k; k++) {
			size_t cnt = 0;
			for (size_t i = 0; i < n; i++)
				if (b->bloc[i] == k) {
					if (!cnt++)
						P("<p><b>Bloc %zu</b>: ", k + 1);
					ENT_FORWARD_IF_ERROR(chip(r, out, i));
				}
			if (cnt)
				S("</p>\n");
		}
	}
	return 0;
}

static int dyads(const ent_report *r, ent_buf *out)
{
	size_t nd = ent_dyads_count(r->d);
	size_t shown = r->opts.max_dyads && r->opts.max_dyads < nd ? r->opts.max_dyads : nd;
	P("<h2>Dyads and their evidence</h2>\n<p>%zu pairs of actors, strongest first. Weight is "
	  "|cooperation &minus; conflict|; a dyad below the minimum strength %g has no sign.</p>\n",
	  nd, r->opts.dyads.min_strength);
	S("<table><tr><th>dyad</th><th>sign</th><th>weight</th><th>cooperation</th><th>conflict</th><th>events</th>"
	  "<th>relations</th><th>dates</th><th>trend</th></tr>\n");
	for (size_t i = 0; i < shown; i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		S("<tr><td class=\"code\">");
		X(d->a);
		S(" &ndash; ");
		X(d->b);
		ENT_FORWARD_IF_ERROR(pair_names(r, out, d->a, d->b));
		S("</td><td>");
		ENT_FORWARD_IF_ERROR(sign_span(out, d->sign));
		P("</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td><td class=\"n\">%.1f</td>"
		  "<td class=\"n\">%llu</td><td class=\"n\">%llu</td><td>",
		  fabs(d->net), d->cooperation, d->conflict, (unsigned long long)d->events,
		  (unsigned long long)d->relations);
		if (d->first && *d->first) {
			X(d->first);
			if (d->last && strcmp(d->first, d->last)) {
				S(" &ndash; ");
				X(d->last);
			}
		}
		S("</td><td class=\"n\">");
		if (r->nwindows > 1)
			P("%+.1f", d->trend);
		S("</td></tr>\n");
		if (!d->nevidence)
			continue;
		S("<tr><td colspan=\"9\">");
		for (size_t k = 0; k < d->nevidence; k++) {
			const ent_dyad_evidence *e = &d->evidence[k];
			if (k == 1)
				P("<details><summary>%zu more</summary>\n", d->nevidence - 1);
			P("<div class=\"ev\"><span class=\"%s\">%+.1f</span> <span class=\"meta\">", e->value > 0 ? "pos"
				: e->value < 0 ? "neg" : "zero", e->value);
			X(e->source);
			S(" &rarr; ");
			X(e->target);
			S(" &middot; ");
			if (e->relation_type && *e->relation_type) {
				X(e->relation_type);
			} else {
				ent_buf what = ENT_BUF_INIT;
				int wr = ent_report__put_code(r, &what, e->code);
				if (wr == 0)
					wr = ent_report__put_xml(out, what.ptr ? what.ptr : "");
				ent_buf_dispose(&what);
				ENT_FORWARD_IF_ERROR(wr);
			}
			S(" &middot; ");
			X(e->date && *e->date ? e->date : "undated");
			S(" &middot; ");
			X(e->doc_title && *e->doc_title ? e->doc_title : e->doc);
			P(", sentence %zu</span>", e->sentence + 1);
			if (e->negated)
				S(" <span class=\"flag\">negated: not counted</span>");
			if (e->modality && *e->modality && strcmp(e->modality, "asserted"))
				P(" <span class=\"flag\">%s</span>", e->modality);
			if (e->duplicate)
				S(" <span class=\"flag\">repeat: counted once</span>");
			S("<br><q>");
			ent_buf clip = ENT_BUF_INIT;
			int rc = ent_report__clip(&clip, e->text, 600);
			if (rc == 0)
				rc = ent_report__put_xml(out, clip.ptr ? clip.ptr : "");
			ent_buf_dispose(&clip);
			ENT_FORWARD_IF_ERROR(rc);
			S("</q></div>\n");
		}
		S(d->nevidence > 1 ? "</details></td></tr>\n" : "</td></tr>\n");
	}
	return ent_buf_puts(out, "</table>\n");
}

static int over_time(const ent_report *r, ent_buf *out)
{
	if (r->nwindows < 2)
		return 0;
	S("<h2>Balance over time</h2>\n<table><tr><th>window</th><th>actors</th><th>ties</th><th>hostile</th>"
	  "<th>triangles</th><th>unbalanced</th><th>frustration</th><th>strongest unbalanced triads</th></tr>\n");
	size_t quiet = 0;
	for (size_t w = 0; w < r->nwindows; w++) {
		const ent_report_window *rw = &r->windows[w];
		if (!rw->ties) {
			quiet++;
			continue;
		}
		S("<tr><td>");
		X(rw->start);
		S(" &ndash; ");
		X(rw->end);
		P("</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td><td class=\"n\">%llu</td>"
		  "<td class=\"n\">%llu</td><td class=\"n\">",
		  rw->actors, rw->ties, rw->negative, (unsigned long long)rw->triangles,
		  (unsigned long long)rw->unbalanced);
		P("%g%s", rw->frustration, rw->optimal ? "" : " (best found)");
		S("</td><td class=\"code\">");
		for (size_t i = 0; i < rw->ntop; i++) {
			P("%s", i ? ", " : "");
			for (int k = 0; k < 3; k++) {
				if (k)
					S("&ndash;");
				X(rw->top[i][k]);
			}
		}
		S("</td></tr>\n");
	}
	S("</table>\n");
	if (quiet)
		P("<p class=\"meta\">%zu windows without a dated signed tie are left out.</p>\n", quiet);
	/* Rivalries opening or closing: one sign per window, all windows. */
	size_t changed = 0;
	for (size_t i = 0; i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		if (!ent_report__sign_changed(r, d))
			continue;
		if (!changed++)
			P("<h3>Ties whose sign changed</h3>\n<p>One mark per window from %s to %s: "
			  "<span class=\"pos\">+</span> cooperative, <span class=\"neg\">&minus;</span> hostile, "
			  "0 too thin to sign, &middot; no evidence.</p>\n<table><tr><th>dyad</th><th>by window</th>"
			  "<th>trend</th></tr>\n", r->windows[0].start, r->windows[r->nwindows - 1].end);
		S("<tr><td class=\"code\">");
		X(d->a);
		S(" &ndash; ");
		X(d->b);
		ENT_FORWARD_IF_ERROR(pair_names(r, out, d->a, d->b));
		S("</td><td class=\"code\">");
		for (size_t w = 0; w < r->nwindows; w++) {
			int any = d->window_net && d->window_net[w] != 0;
			int sgn = ent_report__window_sign(r, d, w);
			if (!any)
				S("&middot;");
			else
				ENT_FORWARD_IF_ERROR(sign_span(out, sgn));
		}
		P("</td><td class=\"n\">%+.1f</td></tr>\n", d->trend);
	}
	if (changed)
		S("</table>\n");
	return 0;
}

static int actors(const ent_report *r, ent_buf *out)
{
	S("<h2>Actors by prominence</h2>\n<table><tr><th>#</th><th>actor</th>");
	if (r->names)
		S("<th>name</th>");
	S("<th>evidence</th><th>signed ties</th><th>weight</th></tr>\n");
	for (size_t i = 0; i < ent_dyads_actor_count(r->d); i++) {
		const ent_dyad_actor *a = ent_dyads_actor(r->d, i);
		P("<tr><td class=\"n\">%zu</td><td class=\"code\">", i + 1);
		X(a->code);
		if (r->names) {
			const char *name = ent_report__name(r, a->code);
			S("</td><td>");
			X(name ? name : "");
		}
		P("</td><td class=\"n\">%llu</td><td class=\"n\">%zu</td><td class=\"n\">%.1f</td></tr>\n",
		  (unsigned long long)a->evidence, a->degree, a->weight);
	}
	return ent_buf_puts(out, "</table>\n");
}

/* The findings as a list, one item a line. */
static int in_short(ent_buf *out, const char *text)
{
	S("<ul class=\"short\">");
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		ent_buf line = ENT_BUF_INIT;
		int rc = ent_buf_put(&line, p, len);
		if (rc == 0)
			rc = ent_buf_puts(out, "<li>");
		if (rc == 0)
			rc = ent_report__put_xml(out, line.ptr);
		if (rc == 0)
			rc = ent_buf_puts(out, "</li>");
		ent_buf_dispose(&line);
		ENT_FORWARD_IF_ERROR(rc);
		p += len + (nl != NULL);
	}
	return ent_buf_puts(out, "</ul>\n");
}

int ent_report__html(const ent_report *r, ent_buf *out)
{
	P("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	  "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
	  "<title>entente analysis</title><style>%s</style></head><body>\n<h1>entente analysis</h1>\n", style);
	ent_report_summary s;
	ent_report_get_summary(r, &s);
	S("<p class=\"lead\">");
	if (r->from_store)
		P("%llu documents, ", (unsigned long long)s.documents);
	P("%llu coded events and relations, %zu dyads; %zu actors and %zu signed ties in the network; "
	  "%llu triangles, %llu unbalanced. Level: %s.</p>\n",
	  (unsigned long long)s.events, s.dyads, s.actors, s.ties, (unsigned long long)s.triangles,
	  (unsigned long long)s.unbalanced, r->opts.dyads.level == ENT_LEVEL_SECTOR ? "sector" : "country");
	const char *empty = ent_report__empty_reason(r);
	if (empty) {
		S("<p class=\"empty\">Empty report. ");
		X(empty);
		return ent_buf_puts(out, "</p>\n</body></html>\n");
	}
	ent_buf f = ENT_BUF_INIT;
	int rc = ent_report__findings(r, &f);
	if (rc == 0 && f.size)
		rc = in_short(out, f.ptr);
	ent_buf_dispose(&f);
	ENT_FORWARD_IF_ERROR(rc);
	if (r->g) {
		ENT_FORWARD_IF_ERROR(picture(r, out));
		ENT_FORWARD_IF_ERROR(findings(r, out));
	} else {
		P("<p class=\"empty\">No signed tie: every dyad's evidence is mixed or below the minimum strength %g.</p>\n",
		  r->opts.dyads.min_strength);
	}
	ENT_FORWARD_IF_ERROR(over_time(r, out));
	ENT_FORWARD_IF_ERROR(dyads(r, out));
	ENT_FORWARD_IF_ERROR(actors(r, out));
	return ent_buf_puts(out, "<p class=\"meta\">Made by entente. See docs/analysis.md for how signs, "
				 "strengths and the balance measures are decided.</p>\n</body></html>\n");
}
