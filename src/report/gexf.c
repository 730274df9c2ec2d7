/* The signed network as GEXF 1.2draft, the version Gephi and networkx
 * (2.8 onwards: Debian 12's python3-networkx reads no 1.3) both read:
 * edge weight is the tie's strength, its sign an attribute (Gephi weights
 * must be positive), with the bloc, k-bloc, cross-pressure, code and name
 * of each node (labelled by its name when it has one). Dated ties carry
 * their time span (start, end: first and last evidence) in a dynamic
 * graph, so Gephi's timeline can play the network. */
#include "report/report_impl.h"

#include <string.h> /* strlen */

#include "util/alloc.h" /* ent__calloc, ent__free */
#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

/* A dyad date ("2023", "2023-09", "2023-09-14...") as an xsd:date, the
 * first day of its span for a start and the last for an end; 0 when it is
 * no date. */
static int span_date(char out[11], const char *d, int end)
{
	size_t n = d ? strlen(d) : 0;
	if (n < 4)
		return 0;
	for (size_t i = 0; i < 4; i++)
		if (d[i] < '0' || d[i] > '9')
			return 0;
	int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
	int m = end ? 12 : 1, day = 0;
	if (n >= 7 && d[4] == '-' && d[5] >= '0' && d[5] <= '1' && d[6] >= '0' && d[6] <= '9')
		m = (d[5] - '0') * 10 + (d[6] - '0');
	if (n >= 10 && d[7] == '-' && d[8] >= '0' && d[8] <= '3' && d[9] >= '0' && d[9] <= '9')
		day = (d[8] - '0') * 10 + (d[9] - '0');
	if (m < 1 || m > 12)
		return 0;
	if (!day) {
		static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		day = end ? days[m - 1] + (m == 2 && leap) : 1;
	}
	if (day < 1 || day > 31)
		return 0;
	out[0] = d[0], out[1] = d[1], out[2] = d[2], out[3] = d[3], out[4] = '-';
	out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10), out[7] = '-';
	out[8] = (char)('0' + day / 10), out[9] = (char)('0' + day % 10), out[10] = '\0';
	return 1;
}

static int write_body(const ent_report *r, ent_buf *out, size_t n, size_t m, const ent_dyad *const *dyad_of);

int ent_report__gexf(const ent_report *r, ent_buf *out)
{
	size_t n = r->g ? ent_signed_graph_node_count(r->g) : 0, m = r->g ? ent_signed_graph_edge_count(r->g) : 0;
	/* Each tie's dyad, for its dates: the dyads that have a sign are the
	 * graph's ties (as in the JSON report). */
	const ent_dyad **dyad_of = m ? ent__calloc(m, sizeof *dyad_of) : NULL;
	if (m && !dyad_of)
		return ent_error_oom();
	int dated = 0;
	for (size_t i = 0; m && i < ent_dyads_count(r->d); i++) {
		const ent_dyad *d = ent_dyads_get(r->d, i);
		size_t u, v;
		char a[11];
		if (!d->sign || ent_signed_graph_node_find(&u, r->g, d->a) || ent_signed_graph_node_find(&v, r->g, d->b))
			continue;
		long e = ent_report__edge(r, u, v);
		if (e < 0)
			continue;
		dyad_of[e] = d;
		dated |= span_date(a, d->first, 0);
	}
	int rc = ent_buf_printf(out,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
		"  <meta><creator>entente</creator><description>signed network of actors</description></meta>\n"
		"  <graph defaultedgetype=\"undirected\" mode=\"%s\"%s>\n",
		dated ? "dynamic" : "static", dated ? " timeformat=\"date\"" : "");
	if (rc) {
		ent__free(dyad_of);
		return rc;
	}
	rc = ent_buf_puts(out,
		"    <attributes class=\"node\" mode=\"static\">\n"
		"      <attribute id=\"0\" title=\"bloc\" type=\"integer\"/>\n"
		"      <attribute id=\"1\" title=\"kbloc\" type=\"integer\"/>\n"
		"      <attribute id=\"2\" title=\"pressure\" type=\"double\"/>\n"
		"      <attribute id=\"3\" title=\"code\" type=\"string\"/>\n"
		"      <attribute id=\"4\" title=\"name\" type=\"string\"/>\n"
		"    </attributes>\n"
		"    <attributes class=\"edge\" mode=\"static\">\n"
		"      <attribute id=\"0\" title=\"sign\" type=\"integer\"/>\n"
		"      <attribute id=\"1\" title=\"frustrated\" type=\"boolean\"/>\n"
		"    </attributes>\n"
		"    <nodes>\n");
	if (!rc)
		rc = write_body(r, out, n, m, dyad_of);
	ent__free(dyad_of);
	return rc;
}

static int write_body(const ent_report *r, ent_buf *out, size_t n, size_t m, const ent_dyad *const *dyad_of)
{
	for (size_t i = 0; i < n; i++) {
		const char *name = ent_signed_graph_node_name(r->g, i);
		const ent_pressure *p = ent_report__pressure(r, i);
		const char *called = ent_report__name(r, name);
		/* Gephi shows the label: the name when there is one, the code
		 * kept as an attribute */
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "      <node id=\"n%zu\" label=\"", i));
		ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, called ? called : name));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"\"><attvalues><attvalue for=\"0\" value=\"%d\"/><attvalue for=\"1\" value=\"%zu\"/>"
			"<attvalue for=\"2\" value=\"%.6g\"/><attvalue for=\"3\" value=\"",
			ent_report__bloc(r, i), r->have_blocs ? r->blocs.bloc[i] + 1 : 0, p ? p->score : 0.0));
		ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, name));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"/>"));
		if (called) {
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "<attvalue for=\"4\" value=\""));
			ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, called));
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\"/>"));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "</attvalues></node>\n"));
	}
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "    </nodes>\n    <edges>\n"));
	for (size_t e = 0; e < m; e++) {
		size_t u, v;
		int sign;
		double w;
		ent_signed_graph_edge(r->g, e, &u, &v, &sign, &w);
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "      <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\" weight=\"%.6g\"",
						    e, u, v, w));
		char start[11], end[11];
		const ent_dyad *d = dyad_of[e];
		if (d && span_date(start, d->first, 0) && span_date(end, d->last && *d->last ? d->last : d->first, 1))
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, " start=\"%s\" end=\"%s\"", start, end));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"><attvalues><attvalue for=\"0\" value=\"%d\"/><attvalue for=\"1\" value=\"%s\"/></attvalues></edge>\n",
			sign, r->frustrated && r->frustrated[e] ? "true" : "false"));
	}
	return ent_buf_puts(out, "    </edges>\n  </graph>\n</gexf>\n");
}
