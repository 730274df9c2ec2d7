#!/usr/bin/env bash
# entente code with its own dictionaries on news phrasings the dictionaries
# once missed (sentences written for this test): broken ties and withdrawn
# envoys, delivered aid, hunger strikes and protests without a target,
# resumed talks and joint exercises of a compound (each member acts on the
# other), withdrawals, invasions, mediation; and CAMEO's rules on top: an
# act promised is an intent (03x), an act stopped a reduction (16x); what is
# given by its class and quantity ("3,000 tons of wheat"); people nouns.
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
expect "Turkey handed over medical supplies to Lebanon." "TUR LBN 070"
expect "An Egyptian lawmaker began a hunger strike." "EGYLEG EGYGOV 142"
expect "Armenia and Azerbaijan renewed peace talks." "ARM AZE 046 | AZE ARM 046"
expect "Egypt and Greece held joint naval exercises." "EGY GRC 062 | GRC EGY 062"
expect "Russia withdrew troops from Georgia." "RUS GEO 0874"
expect "Azerbaijan bought jets from Israel." "AZE ISR 062"
expect "Russia launched an invasion of Ukraine." "RUS UKR 192"
expect "Oman undertook a mediation mission between Iran and Yemen." "OMN IRN 045 | OMN YEM 045"
expect "Armenia is willing to withdraw its troops from Azerbaijan." "ARM AZE 0356"
expect "Azerbaijan will buy drones from Israel." "AZE ISR 0312"
expect "Canada halted new economic aid to Haiti." "CAN HTI 162"
expect "Canada suspended its aid programme for Haiti." "CAN HTI 162"
expect "The unions held a general strike in Athens." "GRCLAB GRCGOV 143"
expect "Egyptian police beat the protesters." "EGYCOP EGYOPP 175"
expect "China threatened further measures against Taiwan." "CHN TWN 130"
expect "Kenya will withdraw its peacekeepers from Somalia." "KEN SOM 136"
expect "Chile shipped 3,000 tons of wheat to Peru." "CHL PER 073"
expect "Peruvian soldiers beat up Chilean fishermen." "PERMIL CHLCVL 182"
expect "Kenya agreed on Monday to send food to Somalia." "KEN SOM 0333"
expect "Russian helicopters attacked Georgian positions." "RUSMIL GEO 190"
expect "Iran threatened to abandon the talks with France." "IRN FRA 134"
expect "Israel will tighten the siege of Gaza." "ISR PSE 1381"
expect "Hungary plans to impose restrictions on Romania." "HUN ROU 132"
expect "Chile broke ties with Peru." "CHL PER 161"
expect "Chad closed its border with Sudan." "TCD SDN 191"
expect "Japan imposed tariffs on Chinese steel." "JPN CHN 163"
# fighting alongside is military cooperation, fighting a state is force
expect "Jordan fought alongside Egypt against Israel." "JOR EGY 062"
expect "Jordan fought Egypt." "JOR EGY 190"
finish
