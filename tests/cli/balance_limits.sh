#!/bin/bash
# entente balance on a generated 3,000-node, 30,000-tie network: answers
# within the default 10 s limit (plus slack) with a bound and the method
# used; --exact stops at --time-limit and says so; progress goes to a
# terminal only. The network is generated here, not kept in the tree.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE
check() { if eval "$2"; then ok; else bad "$1"; fi; }
command -v python3 >/dev/null || skip "python3 reads the JSON"

E=$ENTENTE
# Every node u ties to u + d (mod 3000) for ten distinct d < 1500, so no
# pair repeats: exactly 30,000 ties. Short offsets are mostly positive.
awk 'BEGIN { srand(13); n = 3000
	for (u = 0; u < n; u++) {
		delete used
		for (k = 0; k < 10;) {
			d = k % 2 ? 1 + int(rand() * 50) : 1 + int(rand() * 1499)
			if (d in used) continue
			used[d] = 1; k++
			printf "n%d\tn%d\t%d\n", u, (u + d) % n, rand() < (d <= 50 ? 0.8 : 0.3) ? 1 : -1
		}
	} }' >"$tmp/big.tsv"
check "30,000 generated ties" '[ $(wc -l <"$tmp/big.tsv") -eq 30000 ]'

start=$(date +%s%N)
"$E" balance --json --top 1 "$tmp/big.tsv" >"$tmp/auto.json" 2>"$tmp/auto.err"
rc=$?
took=$((($(date +%s%N) - start) / 1000000))
check "default run exits 0" '[ $rc -eq 0 ]'
check "default run within 10 s + 5 s slack (took $took ms)" '[ $took -lt 15000 ]'
check "no progress when stderr is not a terminal" '[ ! -s "$tmp/auto.err" ]'

start=$(date +%s%N)
"$E" balance --json --top 1 --exact --time-limit 2 "$tmp/big.tsv" >"$tmp/exact.json" 2>"$tmp/exact.err"
rc=$?
took=$((($(date +%s%N) - start) / 1000000))
check "--exact run exits 0" '[ $rc -eq 0 ]'
check "--exact --time-limit 2 within 2 s + 5 s slack (took $took ms)" '[ $took -lt 7000 ]'

python3 - "$tmp/auto.json" "$tmp/exact.json" <<'PY' >"$tmp/py" 2>&1
import json, sys
auto = json.load(open(sys.argv[1]))
assert auto["nodes"] == 3000 and auto["ties"] == 30000, (auto["nodes"], auto["ties"])
fr = auto["frustration"]
assert fr["method"] == "heuristic", fr["method"]
assert 0 < fr["lower_bound"] <= fr["index"], fr
assert abs(fr["gap"] - (fr["index"] - fr["lower_bound"])) < 1e-9, fr
assert fr["optimal"] is False and fr["time_limit"] == 10, fr
ex = json.load(open(sys.argv[2]))["frustration"]
assert ex["method"] == "exact" and ex["time_limit"] == 2, ex["method"]
assert ex["time_limit_reached"] is True and ex["optimal"] is False, ex
assert 0 < ex["lower_bound"] <= ex["index"] and ex["gap"] > 0, ex
print("ok")
PY
check "json: method, bound <= index, gap (python: $(tail -1 "$tmp/py"))" 'grep -q "^ok$" "$tmp/py"'

"$E" balance --time-limit 0 --heuristic "$tmp/big.tsv" >"$tmp/text" 2>&1
check "--time-limit 0 (none) accepted" '[ $? -eq 0 ]'
check "text names the method and the gap" \
	'grep -Eq "^frustration index: [0-9]+ \(heuristic, not proven\), lower bound [0-9]+, gap [0-9]+," "$tmp/text"'

# On a terminal (script(1) gives one), a progress line on stderr.
if command -v script >/dev/null; then
	script -qec "\"$E\" balance --exact --time-limit 2 --top 1 \"$tmp/big.tsv\" >/dev/null" /dev/null >"$tmp/tty" 2>&1
	check "progress line on a terminal" 'grep -aq "frustration (exact, .*bound [0-9]*, .* s of 2" "$tmp/tty"'
	check "progress rewrites its line" '[ $(tr -cd "\r" <"$tmp/tty" | wc -c) -ge 2 ]'
fi

finish
