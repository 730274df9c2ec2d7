#!/usr/bin/env bash
# The query commands over a small generated store: events (filters and the
# three formats), search (hits with actors and events, bad queries), docs,
# and the usage rules (--help to stdout with 0, usage errors exit 2).
. "$(dirname "$0")/lib/common.bash"
require ENTENTE
here=$(cd "$(dirname "$0")" && pwd)

awk -v docs=50 -f "$here/store_gen_events.awk" > "$tmp/c.jsonl"
db="$tmp/q.db"
"$ENTENTE" ingest --db "$db" --events "$tmp/c.jsonl" 2> "$tmp/ingest.err"
check "ingest summary" grep -q "50 documents added, 0 already stored, 150 events" "$tmp/ingest.err"

# events: counts under each filter, computed independently from the corpus.
n() { "$ENTENTE" events --db "$db" --format tsv "$@" | tail -n +2 | wc -l; }
check "all events" [ "$(n)" -eq 150 ]
want=$(grep -c '"source":"TURGOV"\|"target":"TURGOV"' "$tmp/c.jsonl")
check "--actor TUR (prefix)" [ "$(n --actor TUR)" -eq "$want" ]
want=$(grep -c '"source":"TURGOV","target":"AZEGOV"\|"source":"AZEGOV","target":"TURGOV"' "$tmp/c.jsonl")
check "--dyad AZE,TUR" [ "$(n --dyad AZE,TUR)" -eq "$want" ]
want=$(grep -c '"code":"19' "$tmp/c.jsonl")
check "--code 19" [ "$(n --code 19)" -eq "$want" ]
want=$(grep -c '"date":"202[34]' "$tmp/c.jsonl")
check "--since 2023" [ "$(n --since 2023)" -eq "$want" ]
want=$(grep -c '"date":"2020' "$tmp/c.jsonl")
check "--until 2020 (whole year)" [ "$(n --until 2020)" -eq "$want" ]
check "--limit" [ "$(n --limit 7)" -eq 7 ]
"$ENTENTE" events --db "$db" --format tsv --limit 1 > "$tmp/e.tsv"
check "tsv header" grep -q "^date	source	target	code	goldstein	kind	document	evidence$" "$tmp/e.tsv"
check "tsv evidence" grep -q "	gen-00000	In report 0 the government of TUR met" "$tmp/e.tsv"
"$ENTENTE" events --db "$db" --format jsonl --dyad AZE,TUR > "$tmp/e.jsonl"
check "jsonl lines" [ "$(grep -c '^{"id":[0-9]*,"kind":"event",.*"evidence":"In report' "$tmp/e.jsonl")" -eq "$(wc -l < "$tmp/e.jsonl")" ]
if command -v node > /dev/null; then
	check "jsonl parses" node -e 'require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").forEach(l=>JSON.parse(l))' "$tmp/e.jsonl"
fi
# table: aligned to the terminal width, cut with an ellipsis.
COLUMNS=60 "$ENTENTE" events --db "$db" --format table --limit 5 > "$tmp/t.txt"
check "table width" awk '{ gsub(/…/, "."); if (length($0) > 60) exit 1 }' "$tmp/t.txt"
check "table ellipsis" grep -q "…" "$tmp/t.txt"
check "table header" grep -q "^date  *source  *target" "$tmp/t.txt"

# A terminal table without --limit stops at 500 rows and says so.
awk -v docs=200 -f "$here/store_gen_events.awk" > "$tmp/big.jsonl"
"$ENTENTE" ingest -q --db "$tmp/big.db" --events "$tmp/big.jsonl"
"$ENTENTE" events --db "$tmp/big.db" --format table > "$tmp/big.txt" 2> "$tmp/big.err"
check "table capped at 500 rows" [ "$(wc -l < "$tmp/big.txt")" -eq 501 ]
check "and says so" grep -q "the first 500 shown" "$tmp/big.err"
check "tsv is not capped" [ "$("$ENTENTE" events --db "$tmp/big.db" --format tsv | wc -l)" -eq 601 ]

# search
"$ENTENTE" search --db "$db" --format jsonl "threatened" > "$tmp/s.jsonl"
want=$(grep -c 'threatened' "$tmp/c.jsonl")
check "search hits" [ "$(wc -l < "$tmp/s.jsonl")" -eq "$want" ]
check "search carries events" grep -q '"events":\["[A-Z]*GOV>[A-Z]*GOV:138"\]' "$tmp/s.jsonl"
check "search carries actors" grep -q '"actors":\["[A-Z]*GOV","[A-Z]*GOV"\]' "$tmp/s.jsonl"
check "search phrase" [ "$("$ENTENTE" search --db "$db" --format tsv '"report 7 the"' | tail -n +2 | wc -l)" -ge 1 ]
"$ENTENTE" search --db "$db" '"-- ()' > /dev/null 2> "$tmp/s.err"
check "query without a word exits 2" [ $? -eq 2 ]
check "and says why" grep -q 'has no word to look for' "$tmp/s.err"
check "an unclosed quote is a phrase" [ "$("$ENTENTE" search --db "$db" --format tsv '"report 7 the' | tail -n +2 | wc -l)" -ge 1 ]
# What users type is words: S-400 is not FTS5's column syntax ("no such
# column: 400" before), and the documented operators still work.
"$ENTENTE" search --db "$db" --format tsv "report-7" > "$tmp/h.tsv" 2> "$tmp/h.err"
check "hyphenated word exits 0" [ $? -eq 0 ]
check "hyphenated word is the phrase" [ "$(tail -n +2 "$tmp/h.tsv" | wc -l)" -eq "$("$ENTENTE" search --db "$db" --format tsv '"report 7"' | tail -n +2 | wc -l)" ]
check "hyphenated word finds" [ "$(tail -n +2 "$tmp/h.tsv" | wc -l)" -ge 1 ]
check "no raw SQLite error" [ ! -s "$tmp/h.err" ]
check "S-400 exits 0" "$ENTENTE" search --db "$db" --format tsv "S-400"
nor=$("$ENTENTE" search --db "$db" --format tsv "threatened OR report-7" | tail -n +2 | wc -l)
check "OR still an operator" [ "$nor" -gt "$(wc -l < "$tmp/s.jsonl")" ]

# docs
"$ENTENTE" docs --db "$db" --format tsv > "$tmp/d.tsv"
check "docs count" [ "$(tail -n +2 "$tmp/d.tsv" | wc -l)" -eq 50 ]
check "docs counts events" grep -q "	3	0	gen-00002	Generated report 2$" "$tmp/d.tsv"
check "docs --check" [ "$("$ENTENTE" docs --db "$db" --check)" = ok ]

# usage
for c in ingest events search docs recode; do
	"$ENTENTE" "$c" --help > "$tmp/h.out" 2> "$tmp/h.err"
	check "$c --help exit 0" [ $? -eq 0 ]
	check "$c --help on stdout" grep -q "^usage: entente $c" "$tmp/h.out"
done
"$ENTENTE" events --db "$db" --dyad TUR 2> /dev/null; check "bad --dyad exits 2" [ $? -eq 2 ]
"$ENTENTE" events --db "$db" --format xml 2> /dev/null; check "bad --format exits 2" [ $? -eq 2 ]
"$ENTENTE" events --db "$db" --limit -3 2> /dev/null; check "bad --limit exits 2" [ $? -eq 2 ]
"$ENTENTE" ingest --db "$db" 2> /dev/null; check "ingest without input exits 2" [ $? -eq 2 ]
"$ENTENTE" events --db "$tmp/missing.db" 2> "$tmp/m.err"; check "missing db exits 3" [ $? -eq 3 ]
check "missing db names the file" grep -q "missing.db" "$tmp/m.err"
"$ENTENTE" ingest --db "$db" --events "$tmp/nope.jsonl" 2> /dev/null; check "missing events file exits 1" [ $? -eq 1 ]

finish
