/* "In short": the few sentences a reader wants before the tables: the
 * strongest cooperative and hostile ties, the most cross-pressured actor,
 * the strongest unbalanced triad and the ties expected to change. Plain
 * text, one finding a line; the HTML writer escapes it. */
#include "report/report_impl.h"

#include <math.h> /* fabs */

#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

static const char *node(const ent_report *r, size_t i)
{
	const char *n = ent_signed_graph_node_name(r->g, i);
	return n ? n : "?";
}

static int strongest_ties(const ent_report *r, ent_buf *out, int sign, const char *what)
{
	size_t shown = 0;
	for (size_t i = 0; i < ent_dyads_count(r->d) && shown < 3; i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		if (d->sign != sign)
			continue;
		if (!shown)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "Strongest %s ties: ", what));
		const char *na = ent_report__name(r, d->a), *nb = ent_report__name(r, d->b);
		if (na || nb) /* "Azerbaijan-Israel (AZE-ISR, +3.0)" */
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s-%s (%s-%s, %+.1f)", shown ? ", " : "", na ? na : d->a,
							    nb ? nb : d->b, d->a, d->b, d->net));
		else
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s-%s (%+.1f)", shown ? ", " : "", d->a, d->b, d->net));
		shown++;
	}
	return shown ? ent_buf_puts(out, ".\n") : 0;
}

int ent_report__findings(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(strongest_ties(r, out, 1, "cooperative"));
	ENT_FORWARD_IF_ERROR(strongest_ties(r, out, -1, "hostile"));
	if (!r->g || !r->have_census)
		return 0;
	const ent_census *c = &r->census;
	if (c->n_pressure && c->pressure[0].score > 0) {
		const ent_pressure *p = &c->pressure[0];
		size_t tied = 1;
		while (tied < c->n_pressure && fabs(c->pressure[tied].score - p->score) < 1e-9)
			tied++;
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "Most cross-pressured: "));
		ENT_FORWARD_IF_ERROR(ent_report__put_label(r, out, node(r, p->node)));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, ", whose partners are at odds in %llu "
						    "triangle%s (score %.1f; in %llu unbalanced of its %llu triangles)%s.\n",
						    (unsigned long long)p->pivots,
						    p->pivots == 1 ? "" : "s", p->score, (unsigned long long)p->unbalanced,
						    (unsigned long long)p->triangles,
						    tied > 1 ? ", level with others" : ""));
	} else if (c->n_pressure && c->pressure[0].unbalanced) {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "No actor is caught between partners at odds: the only unbalanced "
						       "triangles are all-hostile.\n"));
	} else {
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "No actor is cross-pressured: every triangle is balanced.\n"));
	}
	if (c->n_unbalanced) {
		size_t v[3];
		ent_report__triad_nodes(r, &c->unbalanced[0], v);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "Strongest unbalanced triad: "));
		if (r->names) /* "Azerbaijan, Iran, Israel: AZE-IRN-ISR (...)" */
			for (int k = 0; k < 3; k++) {
				const char *nm = ent_report__name(r, node(r, v[k]));
				ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s", nm ? nm : node(r, v[k]), k < 2 ? ", " : ": "));
			}
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s-%s-%s (", node(r, v[0]), node(r, v[1]), node(r, v[2])));
		static const int pairs[3][2] = { { 0, 1 }, { 0, 2 }, { 1, 2 } };
		for (int k = 0; k < 3; k++) {
			long e = ent_report__edge(r, v[pairs[k][0]], v[pairs[k][1]]);
			int sign = 0;
			if (e >= 0)
				ent_signed_graph_edge(r->g, (size_t)e, NULL, NULL, &sign, NULL);
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s-%s %c", k ? ", " : "", node(r, v[pairs[k][0]]),
							    node(r, v[pairs[k][1]]), sign > 0 ? '+' : '-'));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, ").\n"));
	}
	if (r->have_fr) {
		const ent_frustration *f = &r->fr;
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "Frustration index %g (%s): ", f->index,
						    f->optimal ? "proven optimal" : "best found"));
		if (!f->n_edges)
			return ent_buf_puts(out, "the network splits into two blocs with no tie out of place.\n");
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%zu tie%s expected to change: ", f->n_edges, f->n_edges == 1 ? "" : "s"));
		for (size_t i = 0; i < f->n_edges && i < 5; i++) {
			size_t u, v;
			int sign;
			if (ent_report__tie(r, f->edges[i], &u, &v, &sign, NULL))
				continue;
			const char *why = sign < 0 ? "hostile inside a bloc" : "cooperative across blocs";
			const char *nu = ent_report__name(r, node(r, u)), *nv = ent_report__name(r, node(r, v));
			if (nu || nv)
				ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s-%s (%s-%s, %s)", i ? ", " : "", nu ? nu : node(r, u),
								    nv ? nv : node(r, v), node(r, u), node(r, v), why));
			else
				ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "%s%s-%s (%s)", i ? ", " : "", node(r, u), node(r, v), why));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, f->n_edges > 5 ? ", ...\n" : ".\n"));
	}
	return 0;
}
