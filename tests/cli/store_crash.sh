#!/usr/bin/env bash
# Crash safety of the store: kill -9 an ingest at random moments, many
# times over, and check after each kill that
#   - the database passes SQLite's integrity check,
#   - no document is half-written (each stored document has all its events),
#   - no document is stored twice;
# then that re-running the ingest finishes with every document present
# exactly once. The corpus is generated (store_gen_events.awk): document i
# has (i % 5) + 1 events, so the check knows what "whole" means.
# The second part does the same to `entente ingest DIR` over generated
# articles (the whole pipeline: read, clean, split, code, store), checking
# every stored document against an uninterrupted run's sentence and event
# counts.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE
here=$(cd "$(dirname "$0")" && pwd)

# A sanitizer build runs about three times slower: smaller corpora keep the
# test near a minute there too (the kills still land mid-run).
small=0
grep -q __asan_init "$ENTENTE" 2> /dev/null && small=1
DOCS=${ENT_CRASH_DOCS:-$([ $small = 1 ] && echo 300 || echo 600)}
KILLS=${ENT_CRASH_KILLS:-20}
ARTICLES=${ENT_CRASH_ARTICLES:-$([ $small = 1 ] && echo 200 || echo 400)}
ARTICLE_KILLS=${ENT_CRASH_ARTICLE_KILLS:-15}
awk -v docs="$DOCS" -f "$here/store_gen_events.awk" > "$tmp/corpus.jsonl"
expected_events=$(wc -l < "$tmp/corpus.jsonl")

# How long an uninterrupted load takes, so kills land across the run: the
# first three fifths of it, as a reference timed while other tests load
# the machine may be slower than the runs killed later.
start=$(date +%s%N)
"$ENTENTE" ingest -q --db "$tmp/full.db" --events "$tmp/corpus.jsonl" || bad "reference load failed"
full_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$full_ms" -lt 20 ] && full_ms=20
echo "uninterrupted load: $DOCS documents, $expected_events events, ${full_ms} ms"

# Every stored document must have exactly (i % 5) + 1 events, and appear once.
check_db() {
	local db=$1 label=$2
	local ck
	ck=$("$ENTENTE" docs --db "$db" --check 2>&1)
	# Killed before the schema was committed: an empty file, nothing written.
	case $ck in *"not an entente database (no tables yet)"*) echo "docs 0" > "$tmp/check.out"; empty=$((empty + 1)); return 0 ;; esac
	[ "$ck" = ok ] || { bad "$label: integrity check: $ck"; return 1; }
	"$ENTENTE" docs --db "$db" --format tsv > "$tmp/docs.tsv" || { bad "$label: docs failed"; return 1; }
	awk -F'\t' 'NR > 1 {
		split($6, p, "-"); i = p[2] + 0
		if ($4 != (i % 5) + 1) { print "half-written: " $6 " has " $4 " events"; bad = 1 }
		if (seen[$6]++) { print "twice: " $6; bad = 1 }
		n++
	} END { print "docs " n + 0; exit bad }' "$tmp/docs.tsv" > "$tmp/check.out"
	local r=$?
	[ $r -eq 0 ] || { bad "$label: $(grep -v '^docs' "$tmp/check.out" | head -3)"; return 1; }
	return 0
}

# Each round starts a fresh database, kills the load at a random moment,
# checks what is left, then re-runs the load to completion on top of it.
db="$tmp/crash.db"
killed_mid=0 empty=0
for k in $(seq 1 "$KILLS"); do
	rm -f "$db" "$db-wal" "$db-shm"
	ms=$(( (RANDOM * 32768 + RANDOM) % (full_ms * 3 / 5 + 1) ))
	"$ENTENTE" ingest -q --db "$db" --events "$tmp/corpus.jsonl" 2>/dev/null &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	if kill -9 "$pid" 2>/dev/null; then killed_mid=$((killed_mid + 1)); fi
	wait "$pid" 2>/dev/null
	if [ -f "$db" ]; then
		check_db "$db" "after kill $k at ${ms} ms" && ok
	fi
	"$ENTENTE" ingest -q --db "$db" --events "$tmp/corpus.jsonl" || bad "re-run $k failed"
	if check_db "$db" "after re-run $k"; then
		n=$(sed -n 's/^docs //p' "$tmp/check.out")
		[ "$n" = "$DOCS" ] && ok || bad "re-run $k has $n documents, expected $DOCS"
	fi
done
echo "killed $killed_mid of $KILLS runs while they were running ($empty before the schema was written)"
[ "$killed_mid" -ge $((KILLS * 2 / 3)) ] && ok || bad "too few kills landed mid-run ($killed_mid of $KILLS)"

events=$(awk -F'\t' 'NR > 1 { s += $4 } END { print s + 0 }' "$tmp/docs.tsv")
[ "$events" = "$expected_events" ] && ok || bad "final run has $events events, expected $expected_events"
# Loading again adds nothing.
"$ENTENTE" ingest --db "$db" --events "$tmp/corpus.jsonl" 2> "$tmp/again.err"
grep -q "^entente ingest: 0 documents added, $DOCS already stored" "$tmp/again.err" && ok || bad "re-load: $(cat "$tmp/again.err")"


# Part two: the whole pipeline over generated articles.
mkdir -p "$tmp/articles"
awk -v docs="$ARTICLES" -v dir="$tmp/articles" -f "$here/store_gen_articles.awk"
start=$(date +%s%N)
"$ENTENTE" ingest -q --db "$tmp/ref.db" "$tmp/articles" || bad "reference article ingest failed"
art_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$art_ms" -lt 20 ] && art_ms=20
"$ENTENTE" docs --db "$tmp/ref.db" --format tsv | awk -F'\t' 'NR > 1 { print $6 "\t" $3 "\t" $4 "\t" $5 }' | sort > "$tmp/ref.tsv"
echo "uninterrupted article ingest: $(wc -l < "$tmp/ref.tsv") documents, ${art_ms} ms"
[ "$(wc -l < "$tmp/ref.tsv")" -eq "$ARTICLES" ] && ok || bad "reference stored $(wc -l < "$tmp/ref.tsv") of $ARTICLES articles"
# Every stored document must equal its reference row (sentences, events,
# relations): a half-written one would differ; and appear once.
check_articles() {
	local db=$1 label=$2 ck
	ck=$("$ENTENTE" docs --db "$db" --check 2>&1)
	case $ck in *"no tables yet"*) return 0 ;; esac
	[ "$ck" = ok ] || { bad "$label: integrity check: $ck"; return 1; }
	"$ENTENTE" docs --db "$db" --format tsv | awk -F'\t' 'NR > 1 { print $6 "\t" $3 "\t" $4 "\t" $5 }' | sort > "$tmp/got.tsv"
	local dup extra
	dup=$(cut -f1 "$tmp/got.tsv" | uniq -d | head -1)
	[ -z "$dup" ] || { bad "$label: stored twice: $dup"; return 1; }
	extra=$(comm -23 "$tmp/got.tsv" "$tmp/ref.tsv" | head -1)
	[ -z "$extra" ] || { bad "$label: half-written or wrong: $extra"; return 1; }
	return 0
}
art_killed=0
for k in $(seq 1 "$ARTICLE_KILLS"); do
	rm -f "$db" "$db-wal" "$db-shm"
	ms=$(( (RANDOM * 32768 + RANDOM) % (art_ms * 3 / 5 + 1) ))
	"$ENTENTE" ingest -q --db "$db" "$tmp/articles" 2> /dev/null &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	if kill -9 "$pid" 2> /dev/null; then art_killed=$((art_killed + 1)); fi
	wait "$pid" 2> /dev/null
	[ -f "$db" ] && check_articles "$db" "articles: after kill $k at ${ms} ms" && ok
	"$ENTENTE" ingest -q --db "$db" "$tmp/articles" || bad "articles: re-run $k failed"
	if check_articles "$db" "articles: after re-run $k"; then
		cmp -s "$tmp/got.tsv" "$tmp/ref.tsv" && ok || bad "articles: re-run $k differs from the uninterrupted run"
	fi
done
echo "articles: killed $art_killed of $ARTICLE_KILLS runs while they were running"
[ "$art_killed" -ge $((ARTICLE_KILLS * 2 / 3)) ] && ok || bad "too few kills landed mid-run ($art_killed of $ARTICLE_KILLS)"

finish
