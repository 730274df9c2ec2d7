/* The signed network as GraphML: nodes (id: the actor code) with name,
 * bloc, k-bloc and cross-pressure; edges with sign, weight, cooperation, conflict and
 * whether the tie is frustrated. Readable by Gephi, yEd, igraph, NetworkX. */
#include "report/report_impl.h"

#include "util/error.h" /* ENT_FORWARD_IF_ERROR */

int ent_report__graphml(const ent_report *r, ent_buf *out)
{
	ENT_FORWARD_IF_ERROR(ent_buf_puts(out,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
		"  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
		"  <key id=\"bloc\" for=\"node\" attr.name=\"bloc\" attr.type=\"int\"/>\n"
		"  <key id=\"kbloc\" for=\"node\" attr.name=\"kbloc\" attr.type=\"int\"/>\n"
		"  <key id=\"pressure\" for=\"node\" attr.name=\"pressure\" attr.type=\"double\"/>\n"
		"  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n"
		"  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
		"  <key id=\"frustrated\" for=\"edge\" attr.name=\"frustrated\" attr.type=\"boolean\"/>\n"
		"  <graph id=\"entente\" edgedefault=\"undirected\">\n"));
	size_t n = r->g ? ent_signed_graph_node_count(r->g) : 0, m = r->g ? ent_signed_graph_edge_count(r->g) : 0;
	for (size_t i = 0; i < n; i++) {
		const ent_pressure *p = ent_report__pressure(r, i);
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "    <node id=\""));
		ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, ent_signed_graph_node_name(r->g, i)));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\">"));
		const char *name = ent_report__name(r, ent_signed_graph_node_name(r->g, i));
		if (name) {
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "<data key=\"name\">"));
			ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, name));
			ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "</data>"));
		}
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "<data key=\"bloc\">%d</data>", ent_report__bloc(r, i)));
		if (r->have_blocs)
			ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "<data key=\"kbloc\">%zu</data>", r->blocs.bloc[i] + 1));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "<data key=\"pressure\">%.6g</data></node>\n", p ? p->score : 0.0));
	}
	for (size_t e = 0; e < m; e++) {
		size_t u, v;
		int sign;
		double w;
		ent_signed_graph_edge(r->g, e, &u, &v, &sign, &w);
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out, "    <edge id=\"e%zu\" source=\"", e));
		ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, ent_signed_graph_node_name(r->g, u)));
		ENT_FORWARD_IF_ERROR(ent_buf_puts(out, "\" target=\""));
		ENT_FORWARD_IF_ERROR(ent_report__put_xml(out, ent_signed_graph_node_name(r->g, v)));
		ENT_FORWARD_IF_ERROR(ent_buf_printf(out,
			"\"><data key=\"sign\">%d</data><data key=\"weight\">%.6g</data>"
			"<data key=\"frustrated\">%s</data></edge>\n",
			sign, w, r->frustrated && r->frustrated[e] ? "true" : "false"));
	}
	return ent_buf_puts(out, "  </graph>\n</graphml>\n");
}
