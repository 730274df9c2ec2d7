#!/usr/bin/env bash
# entente code / entente actors: usage, JSONL and TSV shapes, -j output
# order, dictionaries given with --dict, bad dictionaries and bad input.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SHARED_DIR
seeds="$ENT_SHARED_DIR/seeds"

"$ENTENTE" code --help >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && grep -q '^usage: entente code' "$tmp/out" && [ ! -s "$tmp/err" ] && ok || no "--help"
"$ENTENTE" code >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && [ ! -s "$tmp/out" ] && grep -q 'no input' "$tmp/err" && ok || no "no input is a usage error"
"$ENTENTE" code --format xml "$seeds" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && grep -q 'jsonl, tsv or text' "$tmp/err" && ok || no "bad --format"
"$ENTENTE" code -j 0 "$seeds" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && ok || no "bad -j"
"$ENTENTE" code --no-default-dict "$seeds" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && ok || no "--no-default-dict without --dict"

# JSONL: every field, in order, one record a line
printf 'Israel and Turkey recalled their ambassadors from Iran. Turkey is Azerbaijan'"'"'s closest ally.\n' >"$tmp/a.txt"
"$ENTENTE" code --no-clean "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && ok || no "code exit status"
head -1 "$tmp/out" | grep -q '^{"doc":".*","sentence":1,"date":"[^"]*","kind":"event","source":"ISR[A-Z]*","target":"IRN[A-Z]*","code":"[0-9]*","goldstein":[-0-9.]*,"quad":[0-4],"plover":"[^"]*","mode":"[^"]*","relation":null,"negated":false,"modality":"asserted","span":\[[0-9]*,[0-9]*\],"text":"Israel and Turkey' && ok || no "JSONL event fields: $(head -1 "$tmp/out")"
grep -q '"source":"TUR[A-Z]*","target":"IRN' "$tmp/out" && ok || no "compound source"
grep -q '"kind":"relation","source":"TUR","target":"AZE".*"relation":{"type":"ally","sign":1' "$tmp/out" && ok || no "relation record"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/out" && ok || no "JSONL parses"

# TSV: date, source, target, code first; the header with --header
"$ENTENTE" code --no-clean --format tsv --header "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"
head -1 "$tmp/out" | grep -q $'^date\tsource\ttarget\tcode\tdoc' && ok || no "TSV header"
awk -F'\t' 'NR > 1 && NF != 18 { bad = 1 } END { exit bad }' "$tmp/out" && ok || no "TSV has 18 columns"
sed -n 2p "$tmp/out" | awk -F'\t' '$2 ~ /^ISR/ && $3 ~ /^IRN/ && $4 ~ /^[0-9]+$/' | grep -q . && ok || no "TSV event row"

# -j: the same output, in input order
"$ENTENTE" code "$seeds" >"$tmp/j1" 2>/dev/null
"$ENTENTE" code -j 3 "$seeds" >"$tmp/j3" 2>/dev/null
[ -s "$tmp/j1" ] && cmp -s "$tmp/j1" "$tmp/j3" && ok || no "-j 3 output equals -j 1"

# spans point into the cleaned text: the evidence words are in the sentence
python3 - "$tmp/j1" <<'PY' && ok || no "spans inside their sentence"
import json, sys
for l in open(sys.argv[1]):
    e = json.loads(l)
    s, t = e["span"], e["text"]
    assert s[0] <= s[1], e
PY

# other dictionaries: TABARI's demo set instead of ours
tab="$ENT_SHARED_DIR/validation/tabari"
printf 'Arnor condemned Gondor on Thursday.\n' >"$tmp/t.txt"
"$ENTENTE" code --no-clean --no-default-dict --dict "$tab/TABARI.Demo.actors" --dict "$tab/TABARI.Demo.verbs" --format tsv "$tmp/t.txt" >"$tmp/out" 2>"$tmp/err"
grep -q $'\tARN\tGON\t' "$tmp/out" && ok || no "TABARI dictionaries via --dict"

# a bad dictionary: file, line and what is wrong; the rest still loads
printf 'actor AZE country\nname Azerbaijan\nactor XX planet\nactor ISR country\nname Israel\n' >"$tmp/bad.txt"
printf 'Israel praised Azerbaijan.\n' >"$tmp/p.txt"
"$ENTENTE" actors --no-clean --dict "$tmp/bad.txt" --no-default-dict "$tmp/p.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "bad.txt:3: error: .*actor XX planet" "$tmp/err" && ok || no "dictionary error reported with file and line: $(cat "$tmp/err")"
grep -q $'\tISR\tname\t' "$tmp/out" && grep -q $'\tAZE\tname\t' "$tmp/out" && ok || no "the rest of the file still loads"
"$ENTENTE" actors --strict --no-clean --dict "$tmp/bad.txt" --no-default-dict "$tmp/p.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 3 ] && [ ! -s "$tmp/out" ] && ok || no "--strict stops at the first error"

# entente actors on the seeds: codes and how they were found
"$ENTENTE" actors "$seeds/000_a4da698b24f734ff.txt" >"$tmp/out" 2>"$tmp/err"
grep -q $'\tAZEGOV\tcapital\t.*\tBaku$' "$tmp/out" && ok || no "capital as government"
grep -q $'\tAZE\tdescription\t.*\tCaspian republic$' "$tmp/out" && ok || no "description"

# bad input: empty, enormous and non-English text
: >"$tmp/empty.txt"
"$ENTENTE" code --no-clean "$tmp/empty.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && [ ! -s "$tmp/out" ] && ok || no "empty input"
# a guard against superlinear time, not a speed test (bench/ measures speed): 60 s leaves room for ASan on a loaded machine
python3 -c "print('Israel condemned Iran and ' * 4000)" >"$tmp/big.txt"
timeout 60 "$ENTENTE" code --no-clean "$tmp/big.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && ok || no "100,000-character sentence"
printf 'Az\xc9\x99rbaycan \xc4\xb0srail\xc9\x99 qar\xc5\x9f\xc4\xb1. \xe5\x9c\x9f\xe8\x80\xb3\xe5\x85\xb6\xe8\xb0\xb4\xe8\xb4\xa3\xe4\xbb\xa5\xe8\x89\xb2\xe5\x88\x97\n' >"$tmp/ne.txt"
"$ENTENTE" code --no-clean "$tmp/ne.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && [ ! -s "$tmp/out" ] && ok || no "non-English text"

finish
