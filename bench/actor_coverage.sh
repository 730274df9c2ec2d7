#!/usr/bin/env bash
# What entente's own actor dictionaries (data/actors/) hold for each state,
# as the issue 12 item 5 checklist asks: adjective or demonym, capital,
# metonyms and institutions (aliases with a sector), people with a role of
# the state, and the years since 1990 in which no person holds the state's
# GOV code (a gap means a head of state or government is surely missing;
# no gap does not prove that all are there). Also the UN bodies and
# regional organisations of a checklist that no actor names.
# usage: bench/actor_coverage.sh [DATA_DIR] [--gaps-only]
set -u
data=${1:-$(dirname "$0")/../data}
only_gaps=${2:-}
year=$(date +%Y)

printf '%-4s %-4s %-4s %-5s %-7s %s\n' code adj cap inst people "years since 1990 with no GOV person"
awk -v Y="$year" -v ONLY="$only_gaps" '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
{
	line = $0; sub(/#.*/, "", line); line = trim(line)
	if (line == "") next
	kw = line; sub(/[ \t].*/, "", kw); rest = trim(substr(line, length(kw) + 1))
	if (kw == "actor") { split(rest, f, /[ \t]+/); cur = f[1]; kind[cur] = f[2]; inperson = 0; next }
	if (kw == "person") { inperson = 1; np++; next }
	if (inperson && kw == "role") {
		split(rest, f, /[ \t]+/); c = substr(f[1], 1, 3)
		if (!((c, np) in seen)) { seen[c, np] = 1; people[c]++ }
		if (f[1] == c "GOV") {
			from = (f[2] == "-") ? 1990 : substr(f[2], 1, 4) + 0
			to = (f[3] == "-") ? Y : substr(f[3], 1, 4) + 0
			for (y = from; y <= to; y++) gov[c, y] = 1
		}
		next
	}
	if (inperson) next
	if (kw == "adj") adj[cur] = 1
	else if (kw == "capital") cap[cur] = 1
	else if (kw == "alias" && rest ~ /->/) inst[cur]++
}
END {
	for (c in kind) {
		if (kind[c] != "country") continue
		gaps = ""; ng = 0
		for (y = 1990; y <= Y; y++) if (!((c, y) in gov)) { gaps = gaps " " y; ng++ }
		nst++
		if (!(c in adj)) noadj++
		if (!(c in cap)) nocap++
		if (ng) ngap++
		if (ONLY != "" && ng == 0 && (c in adj) && (c in cap)) continue
		printf "%-4s %-4s %-4s %-5d %-7d %s\n", c, (c in adj) ? "yes" : "NO", (c in cap) ? "yes" : "NO", inst[c], people[c], (ng > 20 ? ng " years" : gaps)
	}
	printf "%d states: %d without an adjective, %d without a capital, %d with years of no GOV person\n", nst, noadj, nocap, ngap > "/dev/stderr"
}' "$data"/actors/*.txt | sort

# Organisations of the checklist (one name each) that no actor line names.
missing=0
while IFS= read -r org; do
	[ -z "$org" ] && continue
	if ! grep -iqE "^(name|alias)[^#]*(^|[ ;])$(printf '%s' "$org" | sed 's/[.[\*^$()+?{|]/\\&/g')([ ;#]|$)" "$data"/actors/*.txt; then
		echo "organisation missing: $org"
		missing=$((missing + 1))
	fi
done <<'EOF'
UNPROFOR
UNAMIR
MONUA
UNMIL
MONUSCO
MONUC
UNMISS
MINUSMA
MINUSCA
MINUSTAH
UNAMID
UNFICYP
UNDOF
UNMIK
UNTSO
UNMOGIP
MINURSO
UNISFA
UNAMA
UNAMI
UNSMIL
UNOCI
UNTAET
UNTAC
UNOSOM
ICTY
ICTR
UNFPA
UN Women
UNEP
UN-Habitat
UNCTAD
UNIDO
IFAD
ITU
UPU
ICAO
IMO
WMO
WIPO
UNWTO
UNAIDS
UNOPS
UNODC
IOM
CTBTO
Permanent Court of Arbitration
European Community
Warsaw Pact
SAARC
CARICOM
East African Community
ECCAS
COMESA
Andean Community
SICA
ALBA
UNASUR
CELAC
Pacific Islands Forum
Nordic Council
Visegrad Group
Arctic Council
Non-Aligned Movement
G77
OECD
Francophonie
African Development Bank
Asian Development Bank
Inter-American Development Bank
EBRD
European Investment Bank
Asian Infrastructure Investment Bank
New Development Bank
Islamic Development Bank
Europol
Frontex
Eurojust
Benelux
EFTA
Black Sea Economic Cooperation
GUAM
Quadrilateral Security Dialogue
AUKUS
Five Eyes
ANZUS
Arab Maghreb Union
G5 Sahel
Lake Chad Basin Commission
Multinational Joint Task Force
AMISOM
ATMIS
Save the Children
CARE International
International Rescue Committee
Norwegian Refugee Council
World Vision
Caritas
Islamic Relief
Physicians for Human Rights
Greenpeace
Freedom House
Mercy Corps
Danish Refugee Council
Action Against Hunger
International Alert
Human Rights First
Global Witness
Open Society Foundations
Gates Foundation
WWF
Carter Center
EOF
echo "$missing organisations of the checklist missing" >&2
