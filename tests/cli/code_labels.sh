#!/usr/bin/env bash
# CAMEO labels and PLOVER types beside codes in the outputs people read:
# `code --format text`, the text and HTML reports of `analyze`; the
# machine formats (JSONL, TSV) keep the bare code.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_DATA_DIR

printf 'Turkey and Azerbaijan signed a defence pact on Monday. Armenia accused Turkey of aggression.\n' >"$tmp/a.txt"
# The labels the table gives, read from it rather than written here.
label() { awk -F'\t' -v c="$1" '$1 == c { print $1 " (" $2 "; PLOVER " $5 ")" }' "$ENT_DATA_DIR/cameo.tsv"; }
sign=$(label 057)
accuse=$(label 1123)
check "the table has the codes" [ -n "$sign" ] && [ -n "$accuse" ]

"$ENTENTE" code --format text "$tmp/a.txt" >"$tmp/text" 2>"$tmp/err"
check "code --format text exits 0" [ $? -eq 0 ]
check "text: code with label and PLOVER type" grep -qF "a.txt, sentence 1 (undated): TUR > AZE  $sign  Goldstein +8.0" "$tmp/text"
check "text: sentences from 1" grep -qF "sentence 2 (undated): ARM > TUR  $accuse" "$tmp/text"
check "text: the trigger in brackets" grep -q '^    \[Armenia accused Turkey\] of aggression\.$' "$tmp/text"
"$ENTENTE" code "$tmp/a.txt" >"$tmp/jsonl"
check "jsonl keeps the bare code" grep -q '"code":"057","goldstein"' "$tmp/jsonl"

"$ENTENTE" analyze "$tmp/a.txt" >"$tmp/report" 2>"$tmp/err"
check "text report: evidence with the label" grep -qF "TUR > AZE: $sign" "$tmp/report"
check "text report: every code labelled" grep -qF "ARM > TUR: $accuse" "$tmp/report"
"$ENTENTE" analyze --html "$tmp/r.html" "$tmp/a.txt" >/dev/null 2>&1
check "HTML report: evidence with the label" grep -qF "TUR &rarr; AZE &middot; $sign" "$tmp/r.html"
"$ENTENTE" analyze --no-names "$tmp/a.txt" >"$tmp/bare" 2>/dev/null
check "--no-names: codes alone" grep -q "TUR > AZE: 057 (undated)" "$tmp/bare"

finish
