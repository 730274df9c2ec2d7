#!/usr/bin/env bash
# The network exports as other tools read them: GEXF 1.2draft (the version
# networkx 2.8, Debian 12's python3-networkx, and Gephi read) with time
# spans on dated ties, GraphML, and DOT with the tie's weight apart from
# Graphviz's layout weight. networkx loads GraphML and GEXF when it is
# installed (PYTHON picks the interpreter); without it, that part is
# skipped and says so.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SOURCE_DIR
ex="$ENT_SOURCE_DIR/examples"

for f in gexf graphml dot; do
	"$ENTENTE" analyze --format "$f" "$ex" >"$tmp/ex.$f" 2>/dev/null
	check "$f exits 0" [ $? -eq 0 ]
done
check "GEXF 1.2draft" grep -q '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">' "$tmp/ex.gexf"
check "GEXF dynamic with dates" grep -q '<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">' "$tmp/ex.gexf"
check "dated ties have a span" grep -q '<edge id="e0" source="n[0-9]*" target="n[0-9]*" weight="[0-9.]*" start="[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]" end="[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]">' "$tmp/ex.gexf"
# DOT: every tie has tie_weight (its strength) and sign beside the layout's weight.
ties=$(grep -c ' -- ' "$tmp/ex.dot")
check "DOT ties" [ "$ties" -gt 0 ]
check "DOT tie_weight and sign on every tie" [ "$(grep -c ' -- .*weight=[0-9.]*, tie_weight=[0-9.]*, sign=-\?1' "$tmp/ex.dot")" -eq "$ties" ]

py=${PYTHON:-python3}
if ! "$py" -c 'import networkx' 2>/dev/null; then
	echo "SKIP (part): networkx is not installed for $py: GraphML and GEXF not loaded"
	finish
	exit
fi
"$py" - "$tmp/ex.gexf" "$tmp/ex.graphml" "$tmp/ex.dot" <<'PY' && ok || no "networkx loads GEXF and GraphML with sign, weight and names"
import re, sys
import networkx as nx
gexf, graphml, dot = sys.argv[1:]
g = nx.read_gexf(gexf)
h = nx.read_graphml(graphml)
print("networkx", nx.__version__, "GEXF", g.number_of_nodes(), "nodes", g.number_of_edges(), "ties;",
      "GraphML", h.number_of_nodes(), "nodes", h.number_of_edges(), "ties")
assert g.number_of_nodes() == h.number_of_nodes() > 0
assert g.number_of_edges() == h.number_of_edges() > 0
# The same ties with the same sign and weight in both, and in the DOT.
code = {n: d["code"] for n, d in g.nodes(data=True)}
assert all(d.get("name") or d["label"] == d["code"] for n, d in g.nodes(data=True))
ties_gexf = {frozenset((code[u], code[v])): (d["sign"], round(d["weight"], 4)) for u, v, d in g.edges(data=True)}
ties_graphml = {frozenset((u, v)): (d["sign"], round(d["weight"], 4)) for u, v, d in h.edges(data=True)}
assert ties_gexf == ties_graphml, (ties_gexf, ties_graphml)
ties_dot = {}
for m in re.finditer(r'"([^"]+)" -- "([^"]+)" \[.*?tie_weight=([0-9.e+-]+), sign=(-?1)', open(dot).read()):
    ties_dot[frozenset((m[1], m[2]))] = (int(m[4]), round(float(m[3]), 4))
assert set(ties_dot) <= set(ties_gexf) and all(ties_gexf[k] == v for k, v in ties_dot.items()), ties_dot
assert all(d["sign"] in (1, -1) for u, v, d in g.edges(data=True))
assert {type(d["frustrated"]) for u, v, d in g.edges(data=True)} == {bool}
dated = [d for u, v, d in g.edges(data=True) if "start" in d]
assert dated and all(d["start"] <= d["end"] for d in dated), dated[:3]
PY
finish
