#!/usr/bin/env bash
# entente analyze: usage rules, empty and bad input (empty report, not a
# crash; unwritable outputs are clear errors; a bad input is reported and
# the rest analysed, exit 1), a store loaded with known events analysed
# with --db alone, and every output format on the example corpus.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_SOURCE_DIR
rc_of() { "$@" > "$tmp/out" 2> "$tmp/err"; echo $?; }

# Usage.
check "--help exits 0" [ "$(rc_of "$ENTENTE" analyze --help)" -eq 0 ]
check "--help on stdout" grep -q "^usage: entente analyze" "$tmp/out"
check "no input exits 2" [ "$(rc_of "$ENTENTE" analyze)" -eq 2 ]
check "no input says so" grep -q "no input" "$tmp/err"
check "bad --window exits 2" [ "$(rc_of "$ENTENTE" analyze --window 2w "$tmp")" -eq 2 ]
check "bad --format exits 2" [ "$(rc_of "$ENTENTE" analyze --format png "$tmp")" -eq 2 ]
check "bad --blocs exits 2" [ "$(rc_of "$ENTENTE" analyze --blocs 0 "$tmp")" -eq 2 ]

# An empty corpus: an empty report that says so, exit 0, in text and JSON.
mkdir "$tmp/empty"
check "empty corpus exits 0" [ "$(rc_of "$ENTENTE" analyze "$tmp/empty")" -eq 0 ]
check "empty corpus: empty report" grep -q "^Empty report. No documents" "$tmp/out"
check "empty corpus JSON exits 0" [ "$(rc_of "$ENTENTE" analyze --json "$tmp/empty")" -eq 0 ]
check "empty corpus JSON flags it" grep -q '"empty":true' "$tmp/out"

# Articles that name no pair of actors: no coded events.
mkdir "$tmp/quiet"
printf 'Rain is expected on Tuesday.\n\nThe harvest was good this year, farmers said, and prices fell.\n' > "$tmp/quiet/a.txt"
check "no events exits 0" [ "$(rc_of "$ENTENTE" analyze "$tmp/quiet")" -eq 0 ]
check "no events: empty report" grep -q "^Empty report. No coded events" "$tmp/out"
check "no events HTML" [ "$(rc_of "$ENTENTE" analyze --html "$tmp/quiet.html" "$tmp/quiet")" -eq 0 ]
check "no events HTML says so" grep -q "Empty report. No coded events" "$tmp/quiet.html"

# Unwritable outputs fail at once, naming the path.
check "unwritable --html exits 3" [ "$(rc_of "$ENTENTE" analyze --html "$tmp/no/such/dir/r.html" "$tmp/quiet")" -eq 3 ]
check "unwritable --html names it" grep -q "cannot write the HTML report to $tmp/no/such/dir/r.html" "$tmp/err"
check "unwritable --output exits 3" [ "$(rc_of "$ENTENTE" analyze -o "$tmp/no/such/dir/r.txt" "$tmp/quiet")" -eq 3 ]

# A missing input is reported; the others are analysed; exit 1.
check "bad input exits 1" [ "$(rc_of "$ENTENTE" analyze "$tmp/missing.txt" "$tmp/quiet")" -eq 1 ]
check "bad input reported" grep -q "missing.txt" "$tmp/err"
check "rest analysed" grep -q "^1 documents" "$tmp/out"

# A store loaded with known events (written here), analysed with --db
# alone: Azerbaijan close to Israel and Turkey, Turkey hostile to Israel.
cat > "$tmp/ev.jsonl" <<'EOF'
{"doc":"t1","sentence":1,"date":"2023-01-05","kind":"event","source":"AZEGOV","target":"TURGOV","code":"057","goldstein":8.0,"quad":2,"negated":false,"modality":"asserted","span":[0,4],"title":"Test one","text":"Baku and Ankara signed a pact."}
{"doc":"t1","sentence":2,"date":"2023-01-05","kind":"event","source":"AZEGOV","target":"ISRGOV","code":"057","goldstein":8.0,"quad":2,"negated":false,"modality":"asserted","span":[0,4],"title":"Test one","text":"Baku and Jerusalem signed an accord."}
{"doc":"t2","sentence":1,"date":"2023-10-20","kind":"event","source":"TURGOV","target":"ISRGOV","code":"138","goldstein":-7.0,"quad":3,"negated":false,"modality":"asserted","span":[0,4],"title":"Test two","text":"Ankara threatened Jerusalem."}
{"doc":"t2","sentence":2,"date":"2023-10-21","kind":"event","source":"ISRGOV","target":"IRNGOV","code":"190","goldstein":-10.0,"quad":4,"negated":false,"modality":"asserted","span":[0,4],"title":"Test two","text":"Israel struck Iranian positions."}
{"doc":"t2","sentence":3,"date":"2023-10-22","kind":"event","source":"AZEGOV","target":"IRNGOV","code":"112","goldstein":-2.0,"quad":3,"negated":false,"modality":"asserted","span":[0,4],"title":"Test two","text":"Baku accused Tehran."}
{"doc":"t2","sentence":4,"date":"2023-10-23","kind":"event","source":"---REB","target":"ISRGOV","code":"190","goldstein":-10.0,"quad":4,"negated":false,"modality":"asserted","span":[0,4],"title":"Test two","text":"Militants attacked an Israeli post."}
EOF
"$ENTENTE" ingest -q --db "$tmp/t.db" --events "$tmp/ev.jsonl"
check "--db alone exits 0" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/t.db")" -eq 0 ]
check "--db: unbalanced triad" grep -q "^  AZE  *ISR  *TUR  .*ISR-TUR -" "$tmp/out"
check "--db: frustration 1" grep -q "frustration index 1, proven optimal" "$tmp/out"
check "--db: evidence sentence" grep -q '"Ankara threatened Jerusalem."' "$tmp/out"
# Names from the default dictionaries beside the codes, unless --no-names.
check "--db: actors named" grep -q "^     1  AZE  .*  Azerbaijan$" "$tmp/out"
check "--db: named in the findings" grep -q "Most cross-pressured: Azerbaijan (AZE), whose" "$tmp/out"
check "--no-names exits 0" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/t.db" --no-names)" -eq 0 ]
check "--no-names: codes alone" sh -c "grep -q 'Most cross-pressured: AZE, whose' '$tmp/out' && ! grep -q Azerbaijan '$tmp/out'"
"$ENTENTE" analyze -q --db "$tmp/t.db" --json > "$tmp/t.json"
check "--db: JSON name beside the code" grep -q '"code":"AZE","name":"Azerbaijan",' "$tmp/t.json"
check "--db: unidentified actors left out" sh -c "! grep -Eq '\"(a|b|code|actor)\":\"---' '$tmp/t.json'"
check "--db: their event still counted as read" grep -q '"events":6,' "$tmp/t.json"
check "--weighted exits 0" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/t.db" --weighted --json)" -eq 0 ]
check "--weighted: weighted frustration" grep -q '"weighted":true' "$tmp/out"
check "--dict without PATH warns" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/t.db" --dict "$tmp/ev.jsonl")" -eq 0 ]
check "--dict without PATH: the warning" grep -q "without PATH only names the actors" "$tmp/err"
check "--db --level sector" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/t.db" --level sector --json)" -eq 0 ]
check "--level sector keeps AZEGOV" grep -q '"a":"AZEGOV"' "$tmp/out"
check "--until leaves out later events" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/t.db" --until 2023-06 --json)" -eq 0 ]
check "--until: two ties" grep -q '"ties":2,' "$tmp/out"

# The example corpus in every format.
cd "$ENT_SOURCE_DIR"
check "examples exit 0" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/ex.db" --json --html "$tmp/ex.html" examples/[0-9]*)" -eq 0 ]
cp "$tmp/out" "$tmp/ex.json"
if command -v python3 > /dev/null; then
	check "JSON parses with the required keys" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("actors", "dyads", "triads", "pressure", "frustration", "windows"):
    assert k in d, k
for k in ("a", "b", "sign", "weight", "cooperation", "conflict", "events", "evidence"):
    assert k in d["dyads"][0], k
for k in ("balanced", "unbalanced"):
    assert all(len(t) == 3 for t in d["triads"][k]), k
for k in ("index", "optimal", "lower_bound", "edges", "blocs"):
    assert k in d["frustration"], k
assert d["summary"]["documents"] >= 10 and d["summary"]["ties"] > 0
' "$tmp/ex.json"
fi
check "HTML written" grep -q "<svg" "$tmp/ex.html"
check "HTML self-contained" sh -c "! grep -Eq '<script|<link| src=' '$tmp/ex.html'"
check "stored db reused" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/ex.db" --json)" -eq 0 ]
check "same analysis from the store" cmp -s "$tmp/out" "$tmp/ex.json"
for f in dot graphml gexf svg; do
	check "--format $f exits 0" [ "$(rc_of "$ENTENTE" analyze --db "$tmp/ex.db" --format $f -o "$tmp/ex.$f")" -eq 0 ]
done
check "dot" grep -q "^graph entente {" "$tmp/ex.dot"
check "graphml" grep -q "<graphml" "$tmp/ex.graphml"
check "gexf" grep -q "<gexf" "$tmp/ex.gexf"
check "svg" grep -q "<svg" "$tmp/ex.svg"

finish
