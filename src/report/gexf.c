/* The signed network as GEXF 1.3 for Gephi: edge weight is the tie's
 * strength, its sign an attribute (Gephi weights must be positive), with
 * the bloc, k-bloc, cross-pressure, code and name of each node (labelled
 * by its name when it has one). */
#include "report/report_impl.h"

#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

int ent_report__gexf(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
		"  <meta><creator>entente</creator><description>signed network of actors</description></meta>\n"
		"  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
		"    <attributes class=\"node\">\n"
		"      <attribute id=\"0\" title=\"bloc\" type=\"integer\"/>\n"
		"      <attribute id=\"1\" title=\"kbloc\" type=\"integer\"/>\n"
		"      <attribute id=\"2\" title=\"pressure\" type=\"double\"/>\n"
		"      <attribute id=\"3\" title=\"code\" type=\"string\"/>\n"
		"      <attribute id=\"4\" title=\"name\" type=\"string\"/>\n"
		"    </attributes>\n"
		"    <attributes class=\"edge\">\n"
		"      <attribute id=\"0\" title=\"sign\" type=\"integer\"/>\n"
		"      <attribute id=\"1\" title=\"frustrated\" type=\"boolean\"/>\n"
		"    </attributes>\n"
		"    <nodes>\n"));
	size_t n = r->g ? ent_signed_graph_node_count(r->g) : 0, m = r->g ? ent_signed_graph_edge_count(r->g) : 0;
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
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"      <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\" weight=\"%.6g\">"
			"<attvalues><attvalue for=\"0\" value=\"%d\"/><attvalue for=\"1\" value=\"%s\"/></attvalues></edge>\n",
			e, u, v, w, sign, r->frustrated && r->frustrated[e] ? "true" : "false"));
	}
	return ent_buf_puts(out, "    </edges>\n  </graph>\n</gexf>\n");
}
