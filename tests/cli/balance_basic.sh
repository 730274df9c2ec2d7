#!/bin/bash
# entente balance on Read's Highland tribes: census, frustration, blocs,
# text and JSON output, --help.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SHARED_DIR
check() { if eval "$2"; then ok; else bad "$1"; fi; }

E=$ENTENTE
NET=$ENT_SHARED_DIR/networks

"$E" balance --help >"$tmp/help" 2>&1
check "--help exits 0" '[ $? -eq 0 ]'
check "--help documents collapsing" 'grep -q "signs sum to zero" "$tmp/help"'

"$E" balance --blocs 3 "$NET/highland_tribes.tsv" >"$tmp/out" 2>"$tmp/err"
check "text run exits 0" '[ $? -eq 0 ]'
check "nodes and ties" 'grep -q "16 nodes, 58 ties (29 negative)" "$tmp/out"'
check "68 triangles" 'grep -q "^triangles: 68 " "$tmp/out"'
check "balance ratio" 'grep -q "balance ratio 0.8676" "$tmp/out"'
check "frustration 7 optimal, exact, gap 0" 'grep -q "^frustration index: 7 (exact, proven optimal), lower bound 7, gap 0," "$tmp/out"'
check "seven frustrated ties" 'grep -q "^frustrated ties (7):" "$tmp/out"'
check "three blocs" 'grep -q "^3 blocs (given" "$tmp/out"'
check "nothing on stderr" '[ ! -s "$tmp/err" ]'

"$E" balance --json --blocs auto "$NET/highland_tribes.tsv" >"$tmp/json"
check "json run exits 0" '[ $? -eq 0 ]'
if command -v python3 >/dev/null; then
	python3 - "$tmp/json" <<'PY' >"$tmp/py" 2>&1
import json, sys
d = json.load(open(sys.argv[1]))
assert d["census"]["triangles"] == 68, d["census"]
assert d["census"]["+++"] + d["census"]["++-"] + d["census"]["+--"] + d["census"]["---"] == 68
assert d["triads"]["unbalanced_count"] == 9 and len(d["triads"]["unbalanced"]) == 9
assert all(len(t) == 3 for t in d["triads"]["balanced"])
assert len(d["triads"]["balanced"]) == 20 and d["triads"]["balanced_count"] == 59
fr = d["frustration"]
assert fr["index"] == 7 and fr["optimal"] is True and fr["lower_bound"] == 7, fr
assert fr["gap"] == 0 and fr["method"] == "exact" and fr["time_limit"] == 10, fr
assert fr["time_limit_reached"] is False, fr
assert len(fr["edges"]) == 7 and len(fr["blocs"]) == 2
assert all(len(e) == 2 for e in fr["edges"]) and fr["edge_signs"] == [-1] * 7
assert sum(len(b) for b in fr["blocs"]) == 16
p = d["pressure"]
assert p[0]["score"] >= p[1]["score"] and "actor" in p[0]
assert d["kblocs"]["chosen"] is True and d["kblocs"]["k"] >= 2
print("ok")
PY
	check "json content (python: $(tail -1 "$tmp/py"))" 'grep -q "^ok$" "$tmp/py"'
fi

"$E" balance --heuristic --top 3 "$NET/highland_tribes.tsv" >"$tmp/h"
check "heuristic run" '[ $? -eq 0 ] && grep -q "^frustration index: 7 " "$tmp/h"'
check "--top caps triads" '[ $(grep -c "strength" "$tmp/h") -eq 3 ]'

# A comma-separated directed file with a byte-order mark and repeats:
# 1-2 (+,+) stays positive, 2-3 negative, 1-3 (+,-) cancels and is dropped.
printf '\xef\xbb\xbfu,v,w\r\n1,2,3\r\n2,1,2\r\n2,3,-1\r\n1,3,1\r\n3,1,-4\r\n' >"$tmp/dir.csv"
"$E" balance "$tmp/dir.csv" >"$tmp/csv" 2>&1
check "csv with header and bom" '[ $? -eq 0 ] && grep -q "3 nodes, 2 ties (1 negative) from 5 lines" "$tmp/csv"'

finish
