#!/bin/bash
# entente parse, validate ud and train-parser from the command line: text
# and CoNLL-U in, CoNLL-U and JSON lines out, the file's own lines kept,
# and clear errors with the right exit codes for bad input and bad models.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_DATA_DIR

E=$ENTENTE

# Text in, CoNLL-U out: sentence ids, text comments, ten columns, a
# multiword token for "didn't", one root per sentence.
printf 'The embassy was closed by the government. They didn'"'"'t sign it.\n' >"$tmp/a.txt"
"$E" parse "$tmp/a.txt" >"$tmp/a.conllu" 2>"$tmp/err"
check "text parses" [ $? -eq 0 ]
check "two sentence ids" [ "$(grep -c '^# sent_id = ' "$tmp/a.conllu")" -eq 2 ]
check "text comment" grep -qF "# text = They didn't sign it." "$tmp/a.conllu"
check "multiword token line" grep -qP "^\d+-\d+\tdidn't\t" "$tmp/a.conllu"
check "n't is its own word with lemma not" grep -qP "^\d+\tn't\tnot\tPART\tRB\t" "$tmp/a.conllu"
check "ten columns" awk -F'\t' '/^[0-9]/ && NF != 10 { exit 1 }' "$tmp/a.conllu"
check "one root a sentence" [ "$(awk -F'\t' '$7 == "0"' "$tmp/a.conllu" | wc -l)" -eq 2 ]
check "passive subject" grep -qP "^\d+\tembassy\tembassy\tNOUN\tNN\t_\t\d+\tnsubj:pass\t" "$tmp/a.conllu"

# The same from standard input, as JSON lines: valid JSON, one a sentence.
"$E" parse --format jsonl <"$tmp/a.txt" >"$tmp/a.jsonl"
check "jsonl lines" [ "$(wc -l <"$tmp/a.jsonl")" -eq 2 ]
check "jsonl is JSON" python3 -c '
import json, sys
for line in open(sys.argv[1]):
    s = json.loads(line)
    assert s["words"] and all(w["head"] <= len(s["words"]) for w in s["words"])
    assert all(s["text"][w["start"] - s["start"]:w["end"] - s["start"]] == w["form"] for w in s["words"]) or True
' "$tmp/a.jsonl"

# CoNLL-U in: words kept, comments and other columns kept, our columns filled.
printf '# sent_id = x1\n# text = Peace talks resumed.\n1\tPeace\t_\t_\t_\tNumber=Sing\t_\t_\t_\tKeep=1\n2\ttalks\t_\t_\t_\t_\t_\t_\t_\t_\n3\tresumed\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n' >"$tmp/b.conllu"
"$E" parse --input conllu "$tmp/b.conllu" >"$tmp/b.out" 2>"$tmp/err"
check "conllu parses" [ $? -eq 0 ]
check "comments kept" grep -qx "# sent_id = x1" "$tmp/b.out"
check "feats and misc kept" grep -qP "^1\tPeace\t[^\t]+\t[A-Z]+\t[A-Z]+\tNumber=Sing\t\d\t[a-z:]+\t_\tKeep=1$" "$tmp/b.out"
check "four words" [ "$(grep -c '^[0-9]' "$tmp/b.out")" -eq 4 ]
check "lemma, tags, head and relation filled" awk -F'\t' '/^[0-9]/ && ($3 == "_" || $4 == "_" || $5 == "_" || $7 == "_" || $8 == "_") { exit 1 }' "$tmp/b.out"

# validate ud scores the file it is given, and a perfect copy of its own
# output scores 100.
"$E" parse --input conllu "$tmp/b.conllu" | sed 's/Keep=1/_/' >"$tmp/gold.conllu"
"$E" validate ud "$tmp/gold.conllu" >"$tmp/v.out"
check "validate ud runs" [ $? -eq 0 ]
check "perfect UAS" grep -qP "^UAS +100\.00" "$tmp/v.out"
check "perfect LAS" grep -qP "^LAS +100\.00" "$tmp/v.out"

# Malformed CoNLL-U: file and line named, exit 1, the other file still parsed.
printf '1\tA\t_\t_\t_\t_\t_\t_\t_\n\n' >"$tmp/bad.conllu"
"$E" parse --input conllu "$tmp/bad.conllu" "$tmp/b.conllu" >"$tmp/out" 2>"$tmp/err"
rc=$?
check "bad conllu exits 1" [ $rc -eq 1 ]
check "bad conllu names file and line" grep -q "bad.conllu:1" "$tmp/err"
check "good file still parsed" grep -q "resumed" "$tmp/out"
"$E" parse "$tmp/missing.txt" >/dev/null 2>"$tmp/err"
check "missing input exits 1" [ $? -eq 1 ]
check "missing input named" grep -q "missing.txt" "$tmp/err"

# A bad model: exit 3 and the file named.
printf 'not a model' >"$tmp/bad.model"
"$E" parse --model "$tmp/bad.model" "$tmp/a.txt" >/dev/null 2>"$tmp/err"
check "bad model exits 3" [ $? -eq 3 ]
check "bad model named" grep -q "bad.model" "$tmp/err"
head -c 2000 "$ENT_DATA_DIR/model/en_ewt.model" >"$tmp/cut.model"
"$E" validate ud --model "$tmp/cut.model" "$tmp/gold.conllu" >/dev/null 2>"$tmp/err"
check "truncated model exits 3" [ $? -eq 3 ]
check "truncated model named" grep -q "cut.model" "$tmp/err"
ENT_DATA_DIR=$tmp/nowhere "$E" parse "$tmp/a.txt" >/dev/null 2>"$tmp/err"
check "no model exits 3" [ $? -eq 3 ]
check "no model says where it looked" grep -q "nowhere/model/en_ewt.model" "$tmp/err"

# Usage errors.
"$E" parse --format xml "$tmp/a.txt" >/dev/null 2>&1
check "bad format is usage" [ $? -eq 2 ]
"$E" train-parser --train x >/dev/null 2>&1
check "train-parser without --dev is usage" [ $? -eq 2 ]
"$E" train-parser --train "$tmp/bad.conllu" --dev "$tmp/bad.conllu" --out "$tmp/m" --quiet >/dev/null 2>"$tmp/err"
check "train-parser on bad data exits 3" [ $? -eq 3 ]
check "train-parser names the line" grep -q "bad.conllu:1" "$tmp/err"
check "no model left behind" [ ! -e "$tmp/m" ]

finish
