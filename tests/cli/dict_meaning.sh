#!/usr/bin/env bash
# --dict and --no-default-dict mean the same in every command that takes
# them: --dict adds a dictionary to the defaults; --no-default-dict leaves
# entente's own out but keeps the CAMEO table (Goldstein weights) unless
# another is given; --no-default-dict alone is a usage error.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SHARED_DIR ENT_DATA_DIR
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
tab="$ENT_SHARED_DIR/validation/tabari"
[ -f "$tab/TABARI.Demo.verbs" ] || skip "no TABARI demo dictionaries in $tab"

# A made-up country the defaults do not know; the defaults know Azerbaijan.
printf 'actor XZM country\nname Zembla\n' >"$tmp/zembla.txt"
mkdir "$tmp/in" "$tmp/tab"
printf 'Zembla praised Azerbaijan on Monday.\n' >"$tmp/in/z.txt"
printf 'Arnor condemned Gondor on Thursday.\n' >"$tmp/tab/t.txt"
tabdicts=(--no-default-dict --dict "$tab/TABARI.Demo.actors" --dict "$tab/TABARI.Demo.verbs")
# The weight data/cameo.tsv gives a code (the column, not a number here).
weight_of() { awk -F'\t' -v c="$1" '$1 == c { print $3 + 0 }' "$ENT_DATA_DIR/cameo.tsv"; }

declare -A args=([code]="$tmp/in" [actors]="$tmp/in" [ingest]="--db $tmp/u.db $tmp/in" [analyze]="$tmp/in"
	[recode]="--db $tmp/u.db" [serve]="--db $tmp/u.db --port 0" [validate]="tabari $tab/Validate.text")
for cmd in code actors ingest analyze recode serve validate; do
	"$ENTENTE" $cmd --no-default-dict ${args[$cmd]} >"$tmp/out" 2>"$tmp/err" </dev/null
	[ $? -eq 2 ] && grep -q -- "--no-default-dict needs at least one --dict" "$tmp/err" \
		&& ok || no "$cmd: --no-default-dict without --dict is a usage error: $(head -1 "$tmp/err")"
	"$ENTENTE" $cmd --help | grep -q -- "--no-default-dict" && ok || no "$cmd --help lists --no-default-dict"
done

# code: adds; replaces; the CAMEO table stays with another coder's set
"$ENTENTE" code --no-clean --format tsv --dict "$tmp/zembla.txt" "$tmp/in/z.txt" >"$tmp/out" 2>/dev/null
grep -q $'\tXZM\tAZE\t' "$tmp/out" && ok || no "code --dict adds (Zembla and the defaults' Azerbaijan and verbs)"
"$ENTENTE" code --no-clean --format tsv --no-default-dict --dict "$tmp/zembla.txt" "$tmp/in/z.txt" >"$tmp/out" 2>/dev/null
grep -q 'AZE' "$tmp/out" && no "code --no-default-dict still used the defaults" || ok
"$ENTENTE" code --no-clean --format tsv "${tabdicts[@]}" "$tmp/tab/t.txt" >"$tmp/out" 2>/dev/null
code=$(awk -F'\t' '$2 == "ARN" && $3 == "GON" { print $4; exit }' "$tmp/out")
gold=$(awk -F'\t' '$2 == "ARN" && $3 == "GON" { print $8 + 0; exit }' "$tmp/out")
[ -n "$code" ] && [ -n "$(weight_of "$code")" ] && [ "$gold" = "$(weight_of "$code")" ] && [ "$gold" != 0 ] \
	&& ok || no "code --no-default-dict keeps cameo.tsv: $code weighs '$gold', the table says '$(weight_of "$code")'"

# actors: adds; replaces
"$ENTENTE" actors --no-clean --dict "$tmp/zembla.txt" "$tmp/in/z.txt" >"$tmp/out" 2>/dev/null
grep -q $'\tXZM\tname\t' "$tmp/out" && grep -q $'\tAZE\tname\t' "$tmp/out" && ok || no "actors --dict adds"
"$ENTENTE" actors --no-clean --no-default-dict --dict "$tmp/zembla.txt" "$tmp/in/z.txt" >"$tmp/out" 2>/dev/null
grep -q $'\tXZM\tname\t' "$tmp/out" && ! grep -q 'AZE' "$tmp/out" && ok || no "actors --no-default-dict replaces"

# ingest: adds (it replaced the defaults before); keeps the weights
"$ENTENTE" ingest -q --db "$tmp/i.db" --dict "$tmp/zembla.txt" "$tmp/in" 2>/dev/null
"$ENTENTE" events --db "$tmp/i.db" --format tsv >"$tmp/out"
grep -q $'\tXZM\tAZE\t' "$tmp/out" && ok || no "ingest --dict adds"
"$ENTENTE" ingest -q --db "$tmp/t.db" "${tabdicts[@]}" "$tmp/tab" 2>/dev/null
"$ENTENTE" events --db "$tmp/t.db" --format tsv >"$tmp/out"
gold=$(awk -F'\t' '$2 == "ARN" && $3 == "GON" { print $5 + 0; exit }' "$tmp/out")
[ -n "$code" ] && [ "$gold" = "$(weight_of "$code")" ] && ok || no "ingest --no-default-dict keeps cameo.tsv ($gold)"
"$ENTENTE" ingest -q --db "$tmp/e.db" --events --dict "$tmp/zembla.txt" - </dev/null >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q -- "--events" "$tmp/err" && ok || no "ingest --events refuses --dict"

# analyze: codes with the defaults and the --dict, names with both;
# --no-default-dict: a signed tie from another coder's dictionaries
"$ENTENTE" analyze -q --json --dict "$tmp/zembla.txt" "$tmp/in" >"$tmp/out" 2>/dev/null
python3 - "$tmp/out" <<'PY' && ok || no "analyze --dict adds (coding and names)"
import json, sys
r = json.load(open(sys.argv[1]))
names = {a["code"]: a.get("name") for a in r["actors"]}
assert names.get("XZM") == "Zembla" and names.get("AZE") == "Azerbaijan", names
assert any({d["a"], d["b"]} == {"AZE", "XZM"} for d in r["dyads"]), r["dyads"]
PY
"$ENTENTE" analyze -q --json "${tabdicts[@]}" "$tmp/tab" >"$tmp/out" 2>/dev/null
python3 - "$tmp/out" <<'PY' && ok || no "analyze --no-default-dict: the tie is signed (weights kept)"
import json, sys
r = json.load(open(sys.argv[1]))
assert any({d["a"], d["b"]} == {"ARN", "GON"} and d["sign"] == -1 for d in r["dyads"]), r["dyads"]
PY

# recode: adds to the defaults
"$ENTENTE" ingest -q --db "$tmp/r.db" "$tmp/in" 2>/dev/null
"$ENTENTE" events --db "$tmp/r.db" --format tsv | grep -q 'XZM' && no "recode: Zembla coded before its dictionary" || ok
"$ENTENTE" recode -q --db "$tmp/r.db" --dict "$tmp/zembla.txt" 2>/dev/null
"$ENTENTE" events --db "$tmp/r.db" --format tsv | grep -q $'\tXZM\tAZE\t' && ok || no "recode --dict adds"
"$ENTENTE" recode -q --db "$tmp/r.db" --no-default-dict --dict "$tmp/zembla.txt" 2>/dev/null
"$ENTENTE" events --db "$tmp/r.db" --format tsv | grep -q 'AZE' && no "recode --no-default-dict kept the defaults" || ok

# serve: the names the API gives, with and without the defaults
serve_names() { # DB DICT-OPTIONS... -> /api/network's body on stdout
	local db=$1; shift
	"$ENTENTE" serve --db "$db" --port 0 "$@" 2>"$tmp/log" &
	pid=$!
	for _ in $(seq 100); do grep -q listening "$tmp/log" && break; sleep 0.05; done
	local port
	port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' "$tmp/log")
	exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
	printf 'GET /api/network HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
	sed '1,/^\r$/d' <&3
	exec 3<&-
	kill "$pid"; wait "$pid" 2>/dev/null; pid=""
}
serve_names "$tmp/i.db" --dict "$tmp/zembla.txt" >"$tmp/out"
grep -q '"id":"XZM","name":"Zembla"' "$tmp/out" && grep -q '"id":"AZE","name":"Azerbaijan"' "$tmp/out" \
	&& ok || no "serve --dict adds names: $(head -c 300 "$tmp/out")"
serve_names "$tmp/i.db" --no-default-dict --dict "$tmp/zembla.txt" >"$tmp/out"
grep -q '"id":"XZM","name":"Zembla"' "$tmp/out" && grep -q '"id":"AZE","name":null' "$tmp/out" \
	&& ok || no "serve --no-default-dict names from --dict only: $(head -c 300 "$tmp/out")"

# validate: a suite's defaults are its own dictionaries; --dict adds to
# them, --no-default-dict leaves them out
"$ENTENTE" validate tabari --quiet "$tab/Validate.text" >"$tmp/base" 2>/dev/null
"$ENTENTE" validate tabari --quiet --dict "$tmp/zembla.txt" "$tab/Validate.text" >"$tmp/add" 2>/dev/null
cmp -s "$tmp/base" "$tmp/add" && ok || no "validate --dict adds to the suite's dictionaries: $(tail -1 "$tmp/add")"
"$ENTENTE" validate tabari --quiet --no-default-dict --dict "$tmp/zembla.txt" "$tab/Validate.text" >"$tmp/only" 2>/dev/null
passed=$(tail -1 "$tmp/only" | awk '{ print $1 }')
[ "$passed" -lt "$(tail -1 "$tmp/base" | awk '{ print $1 }')" ] && ok || no "validate --no-default-dict leaves the suite's dictionaries out"

finish
