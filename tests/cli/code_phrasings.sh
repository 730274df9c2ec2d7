#!/usr/bin/env bash
# entente code with its own dictionaries on news phrasings the dictionaries
# once missed (sentences written for this test): broken ties and withdrawn
# envoys, delivered aid, hunger strikes and protests without a target,
# resumed talks and joint exercises of a compound (each member acts on the
# other), withdrawals, invasions, mediation; and CAMEO's rules on top: an
# act promised is an intent (03x), an act stopped a reduction (16x).
. "$(dirname "$0")/lib/common.bash"
require ENTENTE

codes() { # text -> "SRC TGT CODE" of each event, joined by " | "
	printf '%s\n' "$1" >"$tmp/in.txt"
	"$ENTENTE" code --no-clean --format tsv "$tmp/in.txt" 2>"$tmp/err" | awk -F'\t' '{ print $2, $3, $4 }' |
		paste -sd'|' - | sed 's/|/ | /g'
}

expect() { # text, expected events
	local got
	got="$(codes "$1")"
	[ "$got" = "$2" ] && ok || no "$1 => '$got', expected '$2'"
}

expect "Qatar broke off ties with Egypt." "QAT EGY 161"
expect "Saudi Arabia and Bahrain withdrew their ambassadors from Qatar." "SAU QAT 161 | BHR QAT 161"
expect "Russia handed over medicine to Serbia." "RUS SRB 073"
expect "A Syrian deputy started a hunger strike." "SYRLEG SYRGOV 142"
expect "Israel and Lebanon renewed negotiations." "ISR LBN 046 | LBN ISR 046"
expect "Jordan and Britain held joint military exercises." "JOR GBR 062 | GBR JOR 062"
expect "Russia withdrew troops from Georgia." "RUS GEO 0874"
expect "Azerbaijan bought jets from Israel." "AZE ISR 062"
expect "Israel mounted an invasion of Lebanon." "ISR LBN 192"
expect "Qatar launched a mediation effort between Egypt and Turkey." "QAT EGY 045 | QAT TUR 045"
expect "Syria is willing to withdraw its troops from Lebanon." "SYR LBN 0356"
expect "Azerbaijan will buy drones from Israel." "AZE ISR 0312"
expect "Japan halted economic aid to Serbia." "JPN SRB 162"
expect "The unions held a general strike in Lagos." "NGALAB NGA 143"
expect "The United States threatened further action against Russia." "USA RUS 130"
expect "Nigeria will withdraw its peacekeeping force from Chad." "NGA TCD 136"
expect "Russia threatened to stop negotiations with the United States." "RUS USA 134"
expect "NATO would tighten the naval blockade of Serbia." "IGONAT SRB 1381"
expect "Greece plans to impose restrictions on Bulgaria." "GRC BGR 132"
finish
