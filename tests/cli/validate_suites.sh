#!/usr/bin/env bash
# entente validate: usage, per-record lines, the closing count, each suite.
# Floors on the scores live in test_code_validate; here only the shape.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SHARED_DIR
v="$ENT_SHARED_DIR/validation"

"$ENTENTE" validate --help >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && grep -q '^usage: entente validate' "$tmp/out" && ok || no "--help"
"$ENTENTE" validate >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && grep -q 'suite' "$tmp/err" && ok || no "missing arguments"
"$ENTENTE" validate cameo "$v/tabari/Validate.text" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "unknown suite 'cameo'" "$tmp/err" && ok || no "unknown suite"
"$ENTENTE" validate tabari /nonexistent >"$tmp/out" 2>"$tmp/err"
[ $? -eq 3 ] && ok || no "missing file is fatal"

"$ENTENTE" validate tabari "$v/tabari/Validate.text" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && ok || no "tabari exit status"
grep -q $'^PASS DEMO-01\texpected: ARN/GON/064\tcoded: ' "$tmp/out" && ok || no "a passing record line"
grep -q '^FAIL ' "$tmp/out" && ok || no "failing records are listed"
tail -1 "$tmp/out" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$' && ok || no "closing count"
tail -2 "$tmp/out" | head -1 | grep -q '^codings: [0-9]* expected' && ok || no "codings line"

"$ENTENTE" validate petrarch --quiet "$v/petrarch2/PETR.UnitTest.records.xml" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 0 ] && [ "$(wc -l <"$tmp/out")" -eq 2 ] && ok || no "--quiet prints the totals only"
"$ENTENTE" validate gsr --quiet --no-default-dict --dict "$ENT_SHARED_DIR/dictionaries/phoenix" "$v/universalpetrarch/PETR2_GSR_validation.xml" >"$tmp/out" 2>"$tmp/err"
tail -1 "$tmp/out" | awk '{ exit !($1 + $3 == 78) }' && ok || no "gsr: 78 records"
"$ENTENTE" validate ngec --failures "$v/ngec/ngec_actor_resolution_cases.tsv" >"$tmp/out" 2>"$tmp/err"
grep -q '^PASS' "$tmp/out" && no "--failures hides passing records" || ok
tail -1 "$tmp/out" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$' && ok || no "ngec closing count"

# plover: made-up sentences with known outcomes, then the dev half's shape
cat >"$tmp/p.jsonl" <<'EOF'
{"id": "T-1", "text": "Turkey condemned Israel on Monday.", "event": "DISAPPROVE", "source": [{"actorText": "Turkey", "code": "TUR"}], "target": [{"actorText": "Israel", "code": "ISR"}], "date": "2020-01-01"}
{"id": "T-2", "text": "Turkey condemned Israel on Monday.", "event": "DISAPPROVE", "source": [{"actorText": "Turkey", "code": "TUR"}], "target": [{"actorText": "Iran", "code": "IRN"}], "date": "2020-01-01"}

{"id": "T-3", "text": "The weather was fine.", "event": "AGREE", "source": [], "target": null, "date": "2020-01-01"}
EOF
"$ENTENTE" validate plover "$tmp/p.jsonl" >"$tmp/out" 2>"$tmp/err"
grep -q $'^PASS T-1\texpected: ACCUSE TUR/ISR\tcoded: TUR/ISR/' "$tmp/out" && ok || no "plover: PLOVER 0.5 type renamed, both actors right"
grep -q '^FAIL T-2' "$tmp/out" && ok || no "plover: a wrong target fails"
grep -q '^sentences: 3; gold type found 2 (66.7%), with both actors 1 (33.3%); 2 coded, precision 1.000$' "$tmp/out" &&
	ok || no "plover totals"
printf '{"id": "x", "text": "y"}\n' >"$tmp/bad.jsonl"
"$ENTENTE" validate plover "$tmp/bad.jsonl" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 3 ] && grep -q 'bad.jsonl:1: ' "$tmp/err" && ok || no "plover: a bad record names file and line"
"$ENTENTE" validate plover --quiet "$v/plover/PLOVER_GSR_dev.jsonl" >"$tmp/out" 2>"$tmp/err"
tail -1 "$tmp/out" | awk '{ exit !($1 + $3 == 164) }' && ok || no "plover dev: 164 records"

# A file that is not the suite it is given as: the file, why, exit 3,
# never "0 passed, 0 failed".
wrong() { # name suite file pattern
	"$ENTENTE" validate "$2" "$3" >"$tmp/out" 2>"$tmp/err"
	[ $? -eq 3 ] && grep -qF -- "$4" "$tmp/err" && ! grep -q 'passed' "$tmp/out" && ok || no "$1"
}
: >"$tmp/empty.txt"
wrong "empty file" tabari "$tmp/empty.txt" "empty.txt: the file is empty: no tabari records"
wrong "empty plover file" plover "$tmp/empty.txt" "empty.txt: the file is empty: no plover records"
wrong "petrarch XML as tabari" tabari "$v/petrarch2/PETR.UnitTest.records.xml" \
	"PETR.UnitTest.records.xml: no tabari records (lines starting with a 6-digit date"
grep -q "looks like a PETRARCH-style XML suite (petrarch or gsr)" "$tmp/err" && ok || no "says what the file looks like"
wrong "tabari text as petrarch" petrarch "$v/tabari/Validate.text" "looks like a TABARI suite (tabari)"
wrong "plover as gsr" gsr "$v/plover/PLOVER_GSR_dev.jsonl" "looks like a PLOVER gold standard (plover)"
wrong "compound cases as ngec" ngec "$v/ngec/ngec_compound_actor_cases.tsv" "no ngec records"
printf 'just some prose\n' >"$tmp/prose.txt"
wrong "prose as ngec" ngec "$tmp/prose.txt" "prose.txt: no ngec records"
wrong "empty treebank" ud "$tmp/empty.txt" "empty.txt: no CoNLL-U sentences"

finish
