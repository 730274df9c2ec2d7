#!/usr/bin/env bash
# The scale path of the README: code a corpus in parallel with
# `entente code` (xargs -P, one output file per process), then load the
# JSONL with `entente ingest --events`. The loaded events must be the same
# as those of a direct `entente ingest` of the same articles, and loading
# again must add nothing.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE
here=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$tmp/corpus" "$tmp/coded"
awk -v docs=200 -v dir="$tmp/corpus" -f "$here/store_gen_articles.awk"

# Direct: the whole pipeline into one database.
"$ENTENTE" ingest -q --db "$tmp/direct.db" "$tmp/corpus"

# Parallel: 4 processes, 25 files each at a time, each writing its own file
# (concurrent writers to one pipe could interleave lines).
export ENTENTE
find "$tmp/corpus" -name '*.txt' -print0 |
	xargs -0 -n 25 -P 4 sh -c 'out=$(mktemp "$0/part-XXXXXX.jsonl") && "$ENTENTE" code "$@" > "$out"' "$tmp/coded"
check "xargs produced several parts" [ "$(ls "$tmp/coded" | wc -l)" -ge 4 ]
"$ENTENTE" ingest --db "$tmp/loaded.db" --events "$tmp"/coded/*.jsonl 2> "$tmp/load.err"
check "the load reports what it added" grep -q "documents added, 0 already stored" "$tmp/load.err"

# Same events, with the same evidence sentences, either way.
events() { "$ENTENTE" events --db "$1" --format tsv | awk -F'\t' 'NR > 1 { print $1 "\t" $2 "\t" $3 "\t" $4 "\t" $5 "\t" $7 "\t" $8 }' | sort; }
events "$tmp/direct.db" > "$tmp/direct.tsv"
events "$tmp/loaded.db" > "$tmp/loaded.tsv"
check "the corpus has events" [ "$(wc -l < "$tmp/direct.tsv")" -gt 200 ]
check "loaded events equal direct ones" cmp -s "$tmp/direct.tsv" "$tmp/loaded.tsv"
[ $fail -eq 0 ] || diff "$tmp/direct.tsv" "$tmp/loaded.tsv" | head -5

# Search works on the loaded sentences.
n=$("$ENTENTE" search --db "$tmp/loaded.db" --format tsv "threatened" | tail -n +2 | wc -l)
check "loaded sentences are searchable" [ "$n" -gt 0 ]

# Loading again (or a part twice) adds nothing.
"$ENTENTE" ingest --db "$tmp/loaded.db" --events "$tmp"/coded/*.jsonl 2> "$tmp/again.err"
check "a second load adds nothing" grep -q "^entente ingest: 0 documents added" "$tmp/again.err"
events "$tmp/loaded.db" > "$tmp/loaded2.tsv"
check "and changes nothing" cmp -s "$tmp/loaded.tsv" "$tmp/loaded2.tsv"

# Standard input works too (a pipe from another machine's job).
cat "$tmp"/coded/*.jsonl | "$ENTENTE" ingest -q --db "$tmp/stdin.db" --events -
events "$tmp/stdin.db" > "$tmp/stdin.tsv"
check "loading from standard input" cmp -s "$tmp/direct.tsv" "$tmp/stdin.tsv"

# Re-coding from the stored sentences with the same dictionaries gives the
# same events; documents that came from JSONL (no text) are left alone.
"$ENTENTE" recode --db "$tmp/direct.db" 2> "$tmp/recode.err"
check "recode reports its work" grep -q "^entente recode: 200 documents" "$tmp/recode.err"
events "$tmp/direct.db" > "$tmp/recoded.tsv"
check "recode with unchanged dictionaries changes nothing" cmp -s "$tmp/direct.tsv" "$tmp/recoded.tsv"
# After a dictionary change: drop the verb line that codes "threatened"
# (CAMEO 130) from a copy of the dictionaries, recode, and those events go;
# recode with the real dictionaries and they come back. No article is read.
data=${ENT_DATA_DIR:-$ENT_SOURCE_DIR/data}
cp -r "$data" "$tmp/dict"
grep -v '^threaten T; warn T;' "$data/verbs.txt" > "$tmp/dict/verbs.txt"
code_count() { "$ENTENTE" events --db "$tmp/direct.db" --code "$1" --format tsv | tail -n +2 | wc -l; }
before=$(code_count 130)
mv "$tmp/corpus" "$tmp/corpus.away" # the articles are not needed
"$ENTENTE" recode -q --db "$tmp/direct.db" --no-default-dict --dict "$tmp/dict"
check "the corpus had threats" [ "$before" -gt 0 ]
check "recode with the changed dictionary drops them" [ "$(code_count 130)" -eq 0 ]
"$ENTENTE" recode -q --db "$tmp/direct.db"
check "recode with the real dictionary restores them" [ "$(code_count 130)" -eq "$before" ]
mv "$tmp/corpus.away" "$tmp/corpus"
"$ENTENTE" recode -q --db "$tmp/loaded.db"
events "$tmp/loaded.db" > "$tmp/loaded3.tsv"
check "recode leaves loaded-only documents alone" cmp -s "$tmp/loaded.tsv" "$tmp/loaded3.tsv"

# A reprint within one ingest is stored and marked as a duplicate (that its
# events then count once in the ties is checked in tests/store).
mkdir -p "$tmp/dups"
cp "$tmp/corpus/article-0007.txt" "$tmp/dups/a.txt"
{ cat "$tmp/corpus/article-0007.txt"; echo "Reprinted with permission."; } > "$tmp/dups/b.txt"
"$ENTENTE" ingest -q --db "$tmp/dups.db" "$tmp/dups"
check "the reprint is marked" [ "$("$ENTENTE" docs --db "$tmp/dups.db" --format jsonl | grep -c '"duplicate_of":"')" -eq 1 ]
check "both copies are stored" [ "$("$ENTENTE" docs --db "$tmp/dups.db" --format tsv | tail -n +2 | wc -l)" -eq 2 ]

finish
