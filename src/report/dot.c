/* The signed network in Graphviz DOT, styled so the structure reads at a
 * glance: cooperative ties solid green, hostile ties dashed red, pen width
 * by weight, nodes filled by bloc of the frustration partition, the
 * cross-pressured actors ringed in orange (the most pressed doubled), and
 * the ties balance theory expects to change drawn orange with a cross. Hostile
 * ties are given a longer preferred length so neato pulls blocs apart. */
#include "report/report_impl.h"

#include <math.h>   /* sqrt */
#include <stdlib.h> /* qsort */
#include <string.h> /* strcmp */

#include "util/alloc.h" /* ent__malloc, ent__free */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

/* The inside of a DOT quoted string: only '"' and '\\' need escaping. */
static int escaped(ent_buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '\\'));
		ENT_FORWARD_IF_ERROR(ent_buf_putc(out, *s == '\n' ? ' ' : *s));
	}
	return 0;
}

static int quoted(ent_buf *out, const char *s)
{
	ENT_FORWARD_IF_ERROR(ent_buf_putc(out, '"'));
	ENT_FORWARD_IF_ERROR(escaped(out, s));
	return ent_buf_putc(out, '"');
}

/* "Azerbaijan (AZE)" or the code, escaped for a quoted string. */
static int label(const ent_report *r, ent_buf *out, const char *code)
{
	const char *name = ent_report__name(r, code);
	if (!name)
		return escaped(out, code);
	ENT_FORWARD_IF_ERROR(escaped(out, name));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, " ("));
	ENT_FORWARD_IF_ERROR(escaped(out, code));
	return ent_buf_putc(out, ')');
}

static const ent_dyad_actor *actor_of(const ent_report *r, size_t node)
{
	size_t i = r->actor_at ? r->actor_at[node] : (size_t)-1;
	return i < ent_dyads_actor_count(r->d) ? ent_dyads_actor(r->d, i) : NULL;
}

/* Shown in the picture: among the ENT_REPORT_PICTURE_NODES most prominent. */
static int shown(const ent_report *r, size_t node)
{
	return r->actor_at && r->actor_at[node] < ENT_REPORT_PICTURE_NODES;
}

static int cmp_desc(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return a < b ? 1 : a > b ? -1 : 0;
}

/* A picture with hundreds of ties is a hairball: among the shown actors
 * only the ENT_REPORT_PICTURE_TIES strongest ties are drawn (all of them
 * at the cut-off weight). Sets the weight below which a tie is left out,
 * how many ties are drawn, and how many there are among the shown actors. */
static int drawn_threshold(const ent_report *r, double *min_w, size_t *drawn, size_t *among)
{
	*min_w = 0;
	*drawn = *among = 0;
	if (!r->g)
		return 0;
	size_t m = ent_signed_graph_edge_count(r->g);
	double *w = ent__malloc((m ? m : 1) * sizeof *w);
	ENT_RETURN_IF_OOM(w);
	for (size_t e = 0; e < m; e++) {
		size_t u, v;
		double x;
		ent_signed_graph_edge(r->g, e, &u, &v, NULL, &x);
		if (shown(r, u) && shown(r, v))
			w[(*among)++] = x;
	}
	*drawn = *among;
	if (*among > ENT_REPORT_PICTURE_TIES) {
		qsort(w, *among, sizeof *w, cmp_desc);
		*min_w = w[ENT_REPORT_PICTURE_TIES - 1];
		for (*drawn = ENT_REPORT_PICTURE_TIES; *drawn < *among && w[*drawn] >= *min_w; (*drawn)++)
			;
	}
	ent__free(w);
	return 0;
}

static const char *const bloc_fill[2] = { "#cfe0f5", "#f6d5e3" };
static const char *const bloc_line[2] = { "#4a78b5", "#b5477a" };

int ent_report__dot(const ent_report *r, ent_buf *out)
{
	return ent_report__dot_graph(r, out, 1);
}

int ent_report__dot_graph(const ent_report *r, ent_buf *out, int legend)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "graph entente {\n"));
	/* Curved edges route around nodes, which reads well on a small
	 * network but costs Graphviz seconds on a dense one, where straight
	 * lines read as well. */
	size_t drawn_ties = 0, among = 0;
	double min_drawn = 0;
	ENT_FORWARD_IF_ERROR(drawn_threshold(r, &min_drawn, &drawn_ties, &among));
	ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
		"  graph [layout=%s, overlap=false, splines=%s, sep=\"+14\", outputorder=edgesfirst, "
		"fontname=\"Helvetica\", fontsize=11, labelloc=b, labeljust=l, pad=0.3%s];\n",
		r->opts.layout ? r->opts.layout : "neato", drawn_ties <= 120 ? "true" : "line",
		r->names ? ", forcelabels=true" : ""));
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out,
		"  node [shape=circle, style=filled, fontname=\"Helvetica-Bold\", fontsize=12, penwidth=1.5];\n"
		"  edge [fontname=\"Helvetica\", fontsize=12];\n"));
	const char *empty = ent_report__empty_reason(r);
	if (empty || !r->g) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "  label="));
		ENT_FORWARD_IF_ERROR(quoted(out, empty ? empty : "No signed tie: nothing to draw."));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ";\n  empty [shape=plaintext, style=\"\", label=\"(empty)\"];\n}\n"));
		return 0;
	}
	size_t n = ent_signed_graph_node_count(r->g), m = ent_signed_graph_edge_count(r->g);
	double maxw = 0, maxa = 0;
	for (size_t e = 0; e < m; e++) {
		double w;
		ent_signed_graph_edge(r->g, e, NULL, NULL, NULL, &w);
		if (w > maxw)
			maxw = w;
	}
	size_t hidden = 0;
	for (size_t i = 0; i < n; i++) {
		const ent_dyad_actor *a = actor_of(r, i);
		hidden += !shown(r, i);
		if (a && a->weight > maxa)
			maxa = a->weight;
	}
	if (legend) {
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"  label=\"green solid: cooperative tie    red dashed: hostile tie    width: strength    "
			"fill: bloc (frustration index %g%s)    orange ring: most cross-pressured (double: the top one)    "
			"orange tie &#x2715;: expected to change",
			r->fr.index, r->fr.optimal ? "" : ", best found"));
		if (hidden)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "\\nthe %d most prominent of %zu actors are drawn",
							    ENT_REPORT_PICTURE_NODES, n));
		if (drawn_ties < among)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%sthe strongest %zu of their %zu ties are drawn",
							    hidden ? ", " : "\\n", drawn_ties, among));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\";\n"));
	}
	for (size_t i = 0; i < n; i++) {
		if (!shown(r, i))
			continue;
		const char *name = ent_signed_graph_node_name(r->g, i);
		const ent_dyad_actor *a = actor_of(r, i);
		int bloc = ent_report__bloc(r, i), side = bloc == 2;
		/* Size by prominence, but never smaller than the code it shows. */
		double size = 0.5 + 0.5 * (maxa > 0 && a ? sqrt(a->weight / maxa) : 0);
		/* Long codes (PAKREBLET) get a smaller font rather than a big
		 * circle that would read as prominence. */
		int long_code = strlen(name) > 6;
		double fit = long_code ? 0.15 + 0.085 * (double)strlen(name) : 0.2 + 0.115 * (double)strlen(name);
		if (size < fit)
			size = fit;
		int mark = ent_report__pressure_mark(r, i);
		const ent_pressure *p = ent_report__pressure(r, i);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "  "));
		ENT_FORWARD_IF_ERROR(quoted(out, name));
		if (long_code)
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, " [fontsize=9"));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%sfixedsize=true, width=%.2f, fillcolor=\"%s\", color=\"%s\"",
						    long_code ? ", " : " [",
						    size, bloc_fill[side], mark ? "#e8590c" : bloc_line[side]));
		if (mark == 1)
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", shape=doublecircle, penwidth=3"));
		else if (mark == 2)
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", penwidth=3"));
		/* The circle keeps the code, which fits it; the name goes
		 * beside it ("Azerbaijan"), placed after the layout. */
		const char *called = ent_report__name(r, name);
		if (called) {
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", xlabel="));
			ENT_FORWARD_IF_ERROR(quoted(out, called));
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", fontcolor=\"#1f2937\""));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", tooltip=\""));
		ENT_FORWARD_IF_ERROR(label(r, out, name));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ": bloc %d", bloc));
		if (p && p->unbalanced)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", cross-pressure %.1f in %llu unbalanced triangles",
							    p->score, (unsigned long long)p->unbalanced));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"];\n"));
	}
	for (size_t e = 0; e < m; e++) {
		size_t u, v;
		int sign;
		double w;
		ent_signed_graph_edge(r->g, e, &u, &v, &sign, &w);
		if (!shown(r, u) || !shown(r, v) || w < min_drawn)
			continue;
		double pen = 1.0 + 4.0 * (maxw > 0 ? w / maxw : 0);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "  "));
		ENT_FORWARD_IF_ERROR(quoted(out, ent_signed_graph_node_name(r->g, u)));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, " -- "));
		ENT_FORWARD_IF_ERROR(quoted(out, ent_signed_graph_node_name(r->g, v)));
		int frustrated = r->frustrated && r->frustrated[e];
		/* `weight` is Graphviz's layout weight (how hard the tie pulls
		 * its ends together); the tie's own strength and sign are in
		 * tie_weight and sign, for whoever reads the DOT as data. */
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, " [color=\"%s\", style=%s, penwidth=%.2f, len=%.1f, weight=%.2f"
						    ", tie_weight=%.6g, sign=%d",
						    frustrated ? "#f08c00" : sign > 0 ? "#2f9e44" : "#e03131",
						    sign > 0 ? "solid" : "dashed", frustrated ? pen + 1.0 : pen,
						    sign > 0 ? 1.3 : 2.6, 1.0 + w / (maxw > 0 ? maxw : 1), w, sign));
		if (frustrated)
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", label=<<b>&#x2715;</b>>, fontcolor=\"#e8590c\", fontsize=16"));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ", tooltip=\""));
		ENT_FORWARD_IF_ERROR(label(r, out, ent_signed_graph_node_name(r->g, u)));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, sign > 0 ? " + " : " - "));
		ENT_FORWARD_IF_ERROR(label(r, out, ent_signed_graph_node_name(r->g, v)));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ": %s, weight %.1f%s\"];\n", sign > 0 ? "cooperative" : "hostile",
						    w, frustrated ? ", expected to change" : ""));
	}
	return ent_buf_puts(out, "}\n");
}
