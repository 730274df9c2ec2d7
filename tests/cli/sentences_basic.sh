#!/bin/bash
# entente sentences: output format, byte offsets, fix-ups, errors and exit codes.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE
check() { if eval "$2"; then ok; else bad "$1"; fi; }

E=$ENTENTE

# A text of our own with the hard cases: abbreviations, initials, decimals,
# curly quotes, a wrapped line and a blank line.
printf '%s\n' \
  'Lt. Gen. John Smith met Mr. Jones in the U.S. Capitol on Jan. 3. George W. Bush' \
  'said growth was 3.5 percent. Erdoğan called it a “terror state.” Nagorno-Karabakh' \
  'stayed calm.' '' 'A second paragraph without a stop' > "$tmp/a.txt"

out=$("$E" sentences --no-clean "$tmp/a.txt")
check "exit 0" "[ $? -eq 0 ]"
check "five sentences" "[ $(printf '%s\n' "$out" | wc -l) -eq 5 ]"
check "five tab-separated fields" "[ -z \"\$(printf '%s\n' \"\$out\" | awk -F'\t' 'NF != 5')\" ]"
check "first sentence keeps titles and U.S." \
  "printf '%s\n' \"\$out\" | head -1 | cut -f5 | grep -qx 'Lt. Gen. John Smith met Mr. Jones in the U.S. Capitol on Jan. 3.'"
check "wrapped line joined with a space" \
  "printf '%s\n' \"\$out\" | sed -n 2p | cut -f5 | grep -qx 'George W. Bush said growth was 3.5 percent.'"
check "sentences are numbered from 1" "[ \"\$(printf '%s\n' \"\$out\" | cut -f2 | tr '\n' ' ')\" = '1 2 3 4 5 ' ]"
check "blank line ends a sentence" \
  "printf '%s\n' \"\$out\" | tail -1 | cut -f5 | grep -qx 'A second paragraph without a stop'"

# Offsets are bytes of the (here uncleaned) text: cut them out and compare.
bad_offsets=0
while IFS=$'\t' read -r doc idx start end text; do
  got=$(tail -c +$((start + 1)) "$tmp/a.txt" | head -c $((end - start)) | tr '\n\t' '  ')
  [ "$got" = "$text" ] || { bad_offsets=1; echo "  offsets $start..$end give '$got', not '$text'"; }
done <<< "$out"
check "offsets are byte offsets" "[ $bad_offsets -eq 0 ]"

# Words.
w=$("$E" sentences --no-clean --words "$tmp/a.txt")
check "word lines have six fields" "[ -z \"\$(printf '%s\n' \"\$w\" | awk -F'\t' 'NF != 6')\" ]"
check "hyphenated name is one word" "printf '%s\n' \"\$w\" | grep -qP '\tword\tnagorno-karabakh$'"
check "number token" "printf '%s\n' \"\$w\" | grep -qP '\tnumber\t3.5$'"
check "lower-case non-ASCII" "printf '%s\n' \"\$w\" | grep -qP '\tword\terdoğan$'"

# Cleaning is on by default: site chrome is not segmented.
printf '%s\n\n' 'Follow us on social' 'Subscribe now to our weekly round-up' \
  'The foreign ministers of India and China met in Moscow on Thursday and agreed that their troops should disengage quickly along the disputed border in the western Himalayas, where soldiers had clashed repeatedly since the spring.' \
  'Both sides said they would keep talking through military and diplomatic channels, and that neither wanted the dispute to become a wider confrontation between the two largest countries in Asia.' > "$tmp/b.txt"
cl=$("$E" sentences "$tmp/b.txt")
check "clean drops chrome" "! printf '%s\n' \"\$cl\" | grep -q 'Follow us'"
check "clean keeps the article" "printf '%s\n' \"\$cl\" | grep -q 'foreign ministers of India and China'"

# A missing file is reported, the other inputs still processed, exit 1.
out=$("$E" sentences --no-clean "$tmp/missing.txt" "$tmp/a.txt" 2>"$tmp/err")
rc=$?
check "missing file gives exit 1" "[ $rc -eq 1 ]"
check "missing file named on stderr" "grep -q 'missing.txt' '$tmp/err'"
check "other input still processed" "[ $(printf '%s\n' "$out" | wc -l) -eq 5 ]"

# Standard input.
check "reads standard input" "[ \$(printf 'One. Two.\n' | '$E' sentences --no-clean - | wc -l) -eq 2 ]"

# Help and usage errors.
"$E" sentences --help > "$tmp/help"
check "--help exits 0" "[ $? -eq 0 ]"
check "--help documents the format" "grep -q 'DOC<TAB>INDEX<TAB>START<TAB>END<TAB>TEXT' '$tmp/help'"
"$E" sentences 2>/dev/null
check "no input is a usage error" "[ $? -eq 2 ]"
"$E" sentences --bogus "$tmp/a.txt" 2>/dev/null
check "unknown option is a usage error" "[ $? -eq 2 ]"

finish
