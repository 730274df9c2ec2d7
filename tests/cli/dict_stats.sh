#!/usr/bin/env bash
# `entente dict stats` (issue 12, item 2): counts per CAMEO code and root on
# a small dictionary written here, the codes with no entry, bad usage; and
# the Phoenix yardstick: the share of the verb lemmas of
# ../shared/dictionaries/phoenix/CAMEO.2.0.txt that our own verbs.txt
# places under the same CAMEO root. The yardstick is read, never copied.
# It fails below $ENT_VERB_YARDSTICK_MIN percent over all roots: the floor
# is where our dictionary stands (see docs/dictionaries.md, "Coverage"),
# raised as entries are added; the issue's aim is 85% per root.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE ENT_DATA_DIR
min=${ENT_VERB_YARDSTICK_MIN:-19.5}

mkdir -p "$tmp/d"
cat > "$tmp/d/verbs.txt" <<'V'
class @aid: food; medicine; tents
code 070
send @aid to T; deliver @aid to T; give T
code 071
lend T money
code 074
lend T @aid
code 190
attack T
V
"$ENTENTE" dict stats --no-default-dict --dict "$tmp/d/verbs.txt" --format tsv > "$tmp/out" 2> "$tmp/err"
check "exit 0 on a good dictionary" test $? -eq 0
row() { awk -F'\t' -v c="$1" '($1 "") == (c "") { print $2, $3, $4 }' "$tmp/out"; }
# 070: send, deliver, give (3 lemmas), 3 frames, 3 nouns of @aid
[ "$(row 070)" = "3 3 3" ] && ok || no "070 should be '3 3 3', got '$(row 070)'"
# 071: lend; 074: lend with the class
[ "$(row 071)" = "1 1 0" ] && ok || no "071 should be '1 1 0', got '$(row 071)'"
[ "$(row 074)" = "1 1 3" ] && ok || no "074 should be '1 1 3', got '$(row 074)'"
# root 07 counts its sub-codes, lemmas and nouns once: send deliver give lend
[ "$(row 07)" = "4 5 3" ] && ok || no "root 07 should be '4 5 3', got '$(row 07)'"
[ "$(row 19)" = "1 1 0" ] && ok || no "root 19 should be '1 1 0', got '$(row 19)'"
# every code of the CAMEO table has a row, with zeros where nothing is
[ "$(row 20)" = "0 0 0" ] && ok || no "root 20 should be '0 0 0', got '$(row 20)'"
"$ENTENTE" dict stats --no-default-dict --dict "$tmp/d/verbs.txt" --roots > "$tmp/text"
grep -q "^18 of 20 codes have no entry: 01 02 03 04 05 06 08 09 10 11 12 13 14 15 16 17 18 20$" "$tmp/text" && ok ||
	no "the text report should list the 18 roots with no entry: $(tail -1 "$tmp/text")"

# bad usage names itself
"$ENTENTE" dict stats --format xml 2> "$tmp/err" >/dev/null
[ $? -eq 2 ] && grep -q -- "--format is text or tsv, not 'xml'" "$tmp/err" && ok || no "bad --format: $(cat "$tmp/err")"
"$ENTENTE" dict stats --misses 2> "$tmp/err" >/dev/null
[ $? -eq 2 ] && grep -q -- "--misses needs --compare" "$tmp/err" && ok || no "--misses alone: $(cat "$tmp/err")"
"$ENTENTE" dict frobnicate 2> "$tmp/err" >/dev/null
[ $? -eq 2 ] && grep -q "unknown subcommand 'frobnicate'" "$tmp/err" && ok || no "bad subcommand: $(cat "$tmp/err")"

# against a yardstick written here: PETRARCH format, a synonym block whose
# patterns say which verb they were written for
cat > "$tmp/yard.verbs" <<'V'
---  GIVE   [070]  ---
GIVE
DONATE
- * LOAN                                 [071]   # DONATE
- THREATEN_TO *                          [131]   # GIVE

---  ASSAULT   [190]  ---
ASSAULT
V
"$ENTENTE" dict stats --no-default-dict --dict "$tmp/d/verbs.txt" --compare "$tmp/yard.verbs" --misses --format tsv > "$tmp/cmp"
# placements: give 07, donate 07 (the default code and the loan), assault 19;
# "threaten to *" is headed by threaten and places nothing
grep -q "^overlap	07	2	1	50.0$" "$tmp/cmp" && ok || no "07 overlap: $(grep overlap "$tmp/cmp" | tr '\n' ' ')"
grep -q "^overlap	13	0	0	100.0$" "$tmp/cmp" && ok || no "13 overlap: $(grep 'overlap	13' "$tmp/cmp")"
grep -q "^overlap	all	3	1	33.3$" "$tmp/cmp" && ok || no "all overlap: $(grep 'overlap	all' "$tmp/cmp")"
[ "$(grep '^miss' "$tmp/cmp" | cut -f2,3 | tr '\t\n' ': ')" = "07:donate 19:assault " ] && ok ||
	no "misses: $(grep '^miss' "$tmp/cmp" | tr '\n' ' ')"

# the Phoenix yardstick on our own dictionaries
phoenix=${ENT_SHARED_DIR:-$(dirname "$0")/../../../shared}/dictionaries/phoenix/CAMEO.2.0.txt
if [ -f "$phoenix" ]; then
	"$ENTENTE" dict stats --roots --compare "$phoenix" > "$tmp/phx"
	sed -n '/its verb lemmas/,$p' "$tmp/phx"
	share=$(awk '$1 == "all" { sub("%", "", $4); print $4 }' "$tmp/phx")
	awk -v s="$share" -v m="$min" 'BEGIN { exit !(s + 0 >= m + 0) }' && ok ||
		no "Phoenix verb lemmas under the same root: $share% is below the floor $min%"
else
	echo "note: $phoenix not found; the Phoenix yardstick is not measured"
fi
finish
