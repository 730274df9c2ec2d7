#!/usr/bin/env bash
# Our default dictionaries resolve the actor mentions analysts rely on:
# capitals and metonyms to governments, adjectives plus sector words,
# organisations, armed groups, descriptions, and leaders by the date of the
# document (`entente actors`, data/README.md).
. "$(dirname "$0")/lib/common.bash"
require ENTENTE

# One document per case: ID, date, text. Expectations below name the ID,
# the mention's exact words and the code it must resolve to.
cat > "$tmp/in.jsonl" <<'EOF'
{"id":"baku","date":"2021-06-01","text":"Baku said it would respond to the claims."}
{"id":"army","date":"2021-06-01","text":"The Azerbaijani army advanced on the town."}
{"id":"erdogan2021","date":"2021-05-01","text":"Erdogan spoke to reporters after the meeting."}
{"id":"erdogan2016","date":"2016-05-01","text":"Erdogan spoke to reporters after the meeting."}
{"id":"kremlin","date":"2022-03-01","text":"The Kremlin denied the report on Tuesday."}
{"id":"hamas","date":"2021-05-12","text":"Hamas fired rockets at Israeli cities."}
{"id":"metonyms","date":"2021-06-01","text":"Downing Street and the White House and the Pentagon agreed with Tel Aviv."}
{"id":"apostrophes","date":"2008-06-01","text":"Officials in Cote d\u2019Ivoire and Sana'a heard that President Yar'Adua was in N'Djamena."}
{"id":"hyphens","date":"2021-06-01","text":"Guinea Bissau and Timor Leste met Guinea-Bissau."}
{"id":"groups","date":"2021-06-01","text":"The Houthis and Hezbollah and Islamic Jihad met in secret."}
{"id":"igos","date":"2021-06-01","text":"The UN, NATO, the OIC and the Organization of Turkic States issued statements."}
{"id":"netanyahu2021","date":"2021-08-01","text":"Netanyahu attacked the new coalition."}
{"id":"netanyahu2023","date":"2023-08-01","text":"Netanyahu defended the judicial overhaul."}
{"id":"raisi2020","date":"2020-05-01","text":"Raisi ordered an inquiry."}
{"id":"raisi2022","date":"2022-05-01","text":"Raisi ordered an inquiry."}
{"id":"leaders","date":"2021-06-01","text":"Pashinyan and Aliyev met in Moscow."}
{"id":"adjectives","date":"2021-06-01","text":"Israeli officials met Azeri troops in Türkiye."}
{"id":"desc","date":"2021-06-01","text":"Iran protested. The Islamic Republic said the Jewish state and the Caspian republic were to blame."}
{"id":"blinken","date":"2021-04-01","text":"Blinken called Aliyev on Monday."}
{"id":"sisi","date":"2020-01-01","text":"Sisi received the Saudi crown prince in Cairo."}
{"id":"cities","date":"2022-04-01","text":"Shelling hit Mariupol while Shanghai police sealed off streets."}
{"id":"agencies","date":"2022-04-01","text":"The DEA and the Central Intelligence Agency briefed the Riigikogu."}
{"id":"breakaway","date":"2022-04-01","text":"Abkhazia and Transnistria held votes."}
{"id":"khurelsukh","date":"2022-04-01","text":"Khurelsukh met the Japanese ambassador."}
{"id":"orban2026","date":"2026-06-01","text":"Orban congratulated Peter Magyar."}
{"id":"khamenei2025","date":"2025-06-01","text":"Ali Khamenei addressed the nation."}
{"id":"demonyms","date":"2021-06-01","text":"The Turks and the Emiratis met Frenchmen and Saudis."}
{"id":"unsystem","date":"1994-06-01","text":"UNPROFOR and UNAMIR asked the ICTY and the European Community for help."}
{"id":"regional","date":"2019-06-01","text":"CARICOM, the East African Community and the Visegrad Group met Frontex and the Norwegian Refugee Council."}
{"id":"yeltsin1993","date":"1993-10-01","text":"Yeltsin and Mitterrand spoke by telephone."}
{"id":"mandela1995","date":"1995-06-01","text":"Mandela received Mobutu and Rabin."}
{"id":"groups1998","date":"1998-06-01","text":"The Kosovo Liberation Army and the Lord's Resistance Army and the Revolutionary United Front fought on."}
EOF

if ! "$ENTENTE" actors --no-clean "$tmp/in.jsonl" > "$tmp/out.tsv" 2> "$tmp/err"; then
	echo "FAIL: entente actors exited non-zero:"; cat "$tmp/err"
	fail=$((fail + 1))
fi

# expect ID TEXT CODE: some mention of ID with exactly TEXT resolves to CODE.
expect() {
	if awk -F'\t' -v d="$1" -v t="$2" -v c="$3" '$1 == d && $7 == t && $3 == c { f = 1 } END { exit !f }' "$tmp/out.tsv"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $1: \"$2\" should be $3; got: $(awk -F'\t' -v d="$1" '$1 == d { printf "%s=%s ", $7, $3 }' "$tmp/out.tsv")"
	fi
}
# reject ID TEXT CODE: no mention of ID with TEXT resolves to CODE.
reject() {
	if awk -F'\t' -v d="$1" -v t="$2" -v c="$3" '$1 == d && $7 == t && $3 == c { f = 1 } END { exit !f }' "$tmp/out.tsv"; then
		fail=$((fail + 1))
		echo "FAIL: $1: \"$2\" must not be $3"
	else
		pass=$((pass + 1))
	fi
}

expect baku "Baku" AZEGOV
expect army "Azerbaijani army" AZEMIL
expect erdogan2021 "Erdogan" TURGOV
expect erdogan2016 "Erdogan" TURGOV
expect kremlin "Kremlin" RUSGOV
expect hamas "Hamas" PSEREBHAM
expect metonyms "Downing Street" GBRGOV
expect metonyms "White House" USAGOV
expect metonyms "Pentagon" USAMIL
expect metonyms "Tel Aviv" ISRGOV
expect apostrophes "Officials in Cote d’Ivoire" CIVGOV
expect apostrophes "Sana'a" YEMGOV
expect apostrophes "Yar'Adua" NGAGOV
expect apostrophes "N'Djamena" TCDGOV
expect hyphens "Guinea Bissau" GNB
expect hyphens "Timor Leste" TLS
expect hyphens "Guinea-Bissau" GNB
expect groups "Houthis" YEMREBHOU
expect groups "Hezbollah" LBNREBHEZ
expect groups "Islamic Jihad" PSEREBPIJ
expect igos "UN" IGOUNO
expect igos "NATO" IGONAT
expect igos "OIC" IGOOIC
expect igos "Organization of Turkic States" IGOOTS
# Netanyahu led the opposition between his two spells in office.
expect netanyahu2021 "Netanyahu" ISROPP
expect netanyahu2023 "Netanyahu" ISRGOV
reject netanyahu2021 "Netanyahu" ISRGOV
# Raisi was chief justice before he was president.
expect raisi2020 "Raisi" IRNJUD
expect raisi2022 "Raisi" IRNGOV
expect leaders "Pashinyan" ARMGOV
expect leaders "Aliyev" AZEGOV
expect leaders "Moscow" RUSGOV
expect adjectives "Israeli officials" ISRGOV
expect adjectives "Azeri troops" AZEMIL
expect adjectives "Türkiye" TUR
expect desc "Islamic Republic" IRN
expect desc "Jewish state" ISR
expect desc "Caspian republic" AZE
expect blinken "Blinken" USAGOV
expect sisi "Sisi" EGYGOV
expect sisi "Cairo" EGYGOV
# Cities and regions stand for the country, not its government; a sector
# word next to one adds its sector.
expect cities "Mariupol" UKR
reject cities "Mariupol" UKRGOV
expect cities "Shanghai police" CHNCOP
expect agencies "DEA" USACOP
expect agencies "Central Intelligence Agency" USASPY
expect agencies "Riigikogu" ESTLEG
# Breakaway entities are coded under the state they belong to.
expect breakaway "Abkhazia" GEOSEPABK
expect breakaway "Transnistria" MDASEPTRN
expect khurelsukh "Khurelsukh" MNGGOV
# 2026: Magyar took office on 2026-05-09; Khamenei held office until 2026-02-28.
expect orban2026 "Peter Magyar" HUNGOV
reject orban2026 "Orban" HUNGOV
expect khamenei2025 "Ali Khamenei" IRNGOV
# Demonyms as nouns, singular and plural; the UN system, regional bodies and
# NGOs; leaders of the 1990s by the document's date; armed groups.
expect demonyms "Turks" TUR
expect demonyms "Emiratis" ARE
expect demonyms "Frenchmen" FRA
expect unsystem "UNPROFOR" IGOUPF
expect unsystem "UNAMIR" IGOUAR
expect unsystem "ICTY" IGOITY
expect unsystem "European Community" IGOEUR
expect regional "CARICOM" IGOCRC
expect regional "East African Community" IGOEAC
expect regional "Visegrad Group" IGOV4G
expect regional "Frontex" IGOFTX
expect regional "Norwegian Refugee Council" NGONRC
expect yeltsin1993 "Yeltsin" RUSGOV
expect yeltsin1993 "Mitterrand" FRAGOV
expect mandela1995 "Mandela" ZAFGOV
expect mandela1995 "Mobutu" CODGOV
expect mandela1995 "Rabin" ISRGOV
expect groups1998 "Kosovo Liberation Army" XKXREBKLA
expect groups1998 "Lord's Resistance Army" UGAREBLRA
expect groups1998 "Revolutionary United Front" SLEREBRUF

finish
