#!/usr/bin/env bash
# One numbering of sentences in every output, from 1: `sentences`, `code`
# (JSONL, TSV, text), `actors`, the stored events and the report's JSON;
# `ingest --events` reads it back, and refuses a 0 (a file numbered from
# 0) rather than shifting every event by one.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE

printf 'The weather was fine.\n\nArmenia accused Turkey of aggression.\n' >"$tmp/a.txt"
check "sentences: the second is 2" grep -q $'\t2\t[0-9]*\t[0-9]*\tArmenia accused Turkey' <("$ENTENTE" sentences "$tmp/a.txt")
"$ENTENTE" code "$tmp/a.txt" >"$tmp/a.jsonl"
check "code JSONL: sentence 2" grep -q '"sentence":2,.*"text":"Armenia accused Turkey' "$tmp/a.jsonl"
check "code TSV: sentence 2" grep -q $'^[^\t]*\tARM\tTUR\t[0-9]*\t[^\t]*\t2\tevent\t' <("$ENTENTE" code --format tsv "$tmp/a.txt")
check "code text: sentence 2" grep -q ', sentence 2 (undated): ARM > TUR' <("$ENTENTE" code --format text "$tmp/a.txt")
check "actors: sentence 2" grep -q $'\t2\tARM\t' <("$ENTENTE" actors "$tmp/a.txt")
"$ENTENTE" analyze --json "$tmp/a.txt" >"$tmp/r.json" 2>/dev/null
check "analyze --json: sentence 2" grep -q '"sentence":2,"source":"ARM"' "$tmp/r.json"
check "analyze text: sentence 2" grep -q ', sentence 2$' <("$ENTENTE" analyze "$tmp/a.txt" 2>/dev/null)

# Stored directly and loaded from the JSONL: the same number comes back.
"$ENTENTE" ingest -q --db "$tmp/direct.db" "$tmp/a.txt"
"$ENTENTE" ingest -q --db "$tmp/loaded.db" --events "$tmp/a.jsonl"
for db in direct loaded; do
	check "$db store: sentence 2" grep -q '"sentence":2,' <("$ENTENTE" events --db "$tmp/$db.db" --format jsonl)
	check "$db search: sentence 2" grep -q '"sentence":2,' <("$ENTENTE" search --db "$tmp/$db.db" --format jsonl accused)
done

sed 's/"sentence":2/"sentence":0/' "$tmp/a.jsonl" >"$tmp/zero.jsonl"
"$ENTENTE" ingest -q --db "$tmp/zero.db" --events "$tmp/zero.jsonl" 2>"$tmp/err"
check "a 0 is refused" [ $? -eq 1 ]
check "naming the file, line and why" grep -q 'zero.jsonl:1: .*numbered from 1' "$tmp/err"

finish
