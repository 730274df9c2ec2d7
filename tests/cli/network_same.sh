#!/usr/bin/env bash
# One network everywhere (docs/analysis.md): `entente analyze --json` and
# the web API (`entente serve`, fetched with curl) must show the same ties
# with the same signs and weights (to 1e-9), the same blocs and k-blocs,
# unbalanced triads, cross-pressure and frustration, on the bundled
# examples (whole range, a --since/--until window, --level sector) and on
# the seed articles; every actor panel (/api/actor) agrees with the
# network, and every tie's months (/api/dyad) add up to the tie. The
# comparison is tests/cli/lib/same_network.py.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SOURCE_DIR ENT_SHARED_DIR
for tool in python3 curl; do
	if ! command -v "$tool" > /dev/null; then
		echo "FAIL: $tool is needed (scripts/install-deps installs it)"
		echo "0 passed, 1 failed"
		exit 1
	fi
done
compare=$(dirname "$0")/lib/same_network.py
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2> /dev/null; rm -rf "$tmp"' EXIT

serve() { # DB: start entente serve on a free loopback port; sets $pid and $base
	"$ENTENTE" serve --db "$1" --port 0 2> "$tmp/serve.log" &
	pid=$!
	for _ in $(seq 200); do grep -q listening "$tmp/serve.log" && break; sleep 0.05; done
	base=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)\/.*/\1/p' "$tmp/serve.log")
	[ -n "$base" ] || { echo "FAIL: serve did not start: $(cat "$tmp/serve.log")"; return 1; }
}
unserve() { kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null; pid=""; }

# same NAME DB "ANALYZE OPTIONS" "API QUERY": the report and the API agree.
same() {
	local name=$1 db=$2 opts=$3 query=$4 dir=$tmp/$1
	mkdir -p "$dir"
	# shellcheck disable=SC2086 # the options are words
	if ! "$ENTENTE" analyze --db "$db" --json -q $opts -o "$dir/report.json"; then
		no "$name: analyze failed"
		return
	fi
	if ! curl -sfS "$base/api/network?limit=5000&$query" -o "$dir/network.json"; then
		no "$name: /api/network failed"
		return
	fi
	local ids pairs x
	ids=$(python3 -c 'import json, sys; print(" ".join(n["id"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$dir/network.json" 2> /dev/null)
	pairs=$(python3 -c 'import json, sys; print(" ".join(e["source"] + "-" + e["target"] for e in json.load(open(sys.argv[1]))["edges"]))' "$dir/network.json" 2> /dev/null)
	for x in $ids; do
		curl -sfS "$base/api/actor?id=$x&limit=1&$query" -o "$dir/actor-$x.json" || no "$name: /api/actor?id=$x failed"
	done
	for x in $pairs; do
		curl -sfS "$base/api/dyad?a=${x%-*}&b=${x#*-}&limit=1&$query" -o "$dir/dyad-$x.json" || no "$name: /api/dyad of $x failed"
	done
	echo "$name:"
	if python3 "$compare" "$dir/report.json" "$dir/network.json" "$dir"; then ok; else no "$name: analyze and the API differ"; fi
}

# (a) The bundled examples, as the README's quick start reads them.
"$ENTENTE" ingest -q --db "$tmp/examples.db" "$ENT_SOURCE_DIR"/examples/[0-9]* || no "ingesting examples/"
check "the examples give a network" [ "$("$ENTENTE" analyze --db "$tmp/examples.db" --json -q | python3 -c 'import json, sys; print(json.load(sys.stdin)["summary"]["ties"])')" -ge 5 ]
serve "$tmp/examples.db" && {
	same examples "$tmp/examples.db" "" ""
	same examples-2019-2023 "$tmp/examples.db" "--since 2019 --until 2023" "since=2019&until=2023"
	same examples-2020-06-2024-03 "$tmp/examples.db" "--since 2020-06 --until 2024-03" "since=2020-06&until=2024-03"
	same examples-sector "$tmp/examples.db" "--level sector" "level=sector"
	# The threads share the analysed reports: many requests at once, over
	# more filters than the cache keeps, each answer as when asked alone.
	burst=0
	curls=()
	for round in 1 2 3; do
		for y in 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025; do
			curl -sfS --max-time 60 "$base/api/network?since=$y" -o "$tmp/burst-$round-$y.json" &
			curls+=($!)
		done
	done
	wait "${curls[@]}" 2> /dev/null
	for y in 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025; do
		curl -sfS "$base/api/network?since=$y" -o "$tmp/alone-$y.json"
		for round in 1 2 3; do cmp -s "$tmp/alone-$y.json" "$tmp/burst-$round-$y.json" || burst=$((burst + 1)); done
	done
	check "30 requests at once over 10 filters answer as alone" [ "$burst" -eq 0 ]
	unserve
}

# (b) The seed articles.
"$ENTENTE" ingest -q --db "$tmp/seeds.db" "$ENT_SHARED_DIR/seeds/" || no "ingesting the seeds"
serve "$tmp/seeds.db" && {
	same seeds "$tmp/seeds.db" "" ""
	same seeds-sector "$tmp/seeds.db" "--level sector" "level=sector"
	unserve
}
finish
