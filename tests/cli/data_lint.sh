#!/usr/bin/env bash
# Lint of entente's own dictionaries (data/README.md is the format):
# block structure, well-formed codes, verb codes present in cameo.tsv, valid
# dates and non-overlapping role periods, no name mapping to two codes
# without an "# ambiguous:" note, cameo.tsv complete and consistent, and all
# 193 UN members and both observer states present. The linter is first run
# on small broken files written here, to show that it catches each fault.
# Needs only bash and a POSIX awk (mawk on Debian).
. "$(dirname "$0")/lib/common.bash"
data=${ENT_DATA_DIR:-$(cd "$(dirname "$0")/../../data" && pwd)}
gen=${ENT_BUILD_DIR:+$ENT_BUILD_DIR/data}

# lint DIR [EXTRA_ACTOR_FILE...]: prints one "file:line: message" per fault.
lint() {
	local dir=$1
	shift
	local actors=("$dir"/actors/*.txt "$@")
	awk -v CAMEO="$dir/cameo.tsv" -v AGENTS="$dir/agents.txt" '
function err(msg) { printf "%s:%d: %s\n", FILENAME, FNR, msg; nerr++ }
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function leap(y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
function valid_date(d,   y, m, dd, mdays) {
	if (d !~ /^[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]$/) return 0
	y = substr(d, 1, 4) + 0; m = substr(d, 6, 2) + 0; dd = substr(d, 9, 2) + 0
	if (m < 1 || m > 12 || dd < 1) return 0
	mdays = (m == 2) ? (leap(y) ? 29 : 28) : ((m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31)
	return dd <= mdays
}
# A string as the matcher sees it: lower case unless it is a 2-5 letter
# capitals entry, spaces collapsed, a leading "the " dropped.
function key(s,   k) {
	k = trim(s); gsub(/[ \t]+/, " ", k)
	if (k ~ /^[A-Z][A-Z]$/ || k ~ /^[A-Z][A-Z][A-Z]$/ || k ~ /^[A-Z][A-Z][A-Z][A-Z]$/ || k ~ /^[A-Z][A-Z][A-Z][A-Z][A-Z]$/) return k
	k = tolower(k); sub(/^the /, "", k); return k
}
function base_code(c) {
	if (c in actor_kind) return c
	if (length(c) > 3 && substr(c, 1, length(c) - 3) in actor_kind && substr(c, length(c) - 2) in sector) return substr(c, 1, length(c) - 3)
	return ""
}
# Record that string s (field kind f) stands for code c in block b.
function claim(s, c, b,   k) {
	k = key(s)
	if (k == "") { err("empty entry"); return }
	if (k in owner) {
		if (owner[k] != c && !(k in ambiguous)) dup[k] = dup[k] " " c "(" FILENAME ":" FNR ")"
	} else { owner[k] = c; owner_at[k] = FILENAME ":" FNR }
}
function end_block() {
	if (block == "") return
	if (block_kind == "actor" && !has_name) err_at(block_at, "actor " block_code " has no name line")
	if (block_kind == "person" && nroles == 0) err_at(block_at, "person " block_code " has no role line")
	block = ""
}
function err_at(where, msg) { printf "%s: %s\n", where, msg; nerr++ }
BEGIN {
	while ((getline line < AGENTS) > 0) {
		if (line ~ /^agent [A-Z][A-Z][A-Z]:/) sector[substr(line, 7, 3)] = 1
	}
	close(AGENTS)
	# Codes from other files are checked once all are read (a neighbour may
	# come later); the sectors must exist first.
	if (length(sector) < 10) { print AGENTS ": fewer than 10 sectors"; nerr++ }
}
FNR == 1 { end_block(); file_kind = (FILENAME ~ /\/actors\/[^\/]*$/) ? "actors" : "" }
{
	raw = $0
	line = raw; comment = ""
	if ((p = index(line, "#")) > 0) { comment = substr(line, p + 1); line = substr(line, 1, p - 1) }
	line = trim(line)
	if (comment ~ /^[ \t]*ambiguous:/) {
		# "# ambiguous: X is also ..." allows the word X to name several codes.
		a = comment; sub(/^[ \t]*ambiguous:[ \t]*/, "", a); gsub(/\([^)]*\)/, "", a)
		n = split(a, w, /[,;:]| is | are /); for (i = 1; i <= n; i++) if (trim(w[i]) != "") ambiguous[key(w[i])] = 1
		# Also allow every quoted word of the note.
		t = a; while (match(t, /"[^"]+"/)) { ambiguous[key(substr(t, RSTART + 1, RLENGTH - 2))] = 1; t = substr(t, RSTART + RLENGTH) }
	}
	if (line == "") next
	if (raw ~ /\t/ && FILENAME !~ /cameo\.tsv$/) err("tab in line (use spaces)")
	kw = line; sub(/[ \t].*/, "", kw)
	rest = trim(substr(line, length(kw) + 1))
	if (kw == "actor") {
		end_block()
		n = split(rest, f, /[ \t]+/)
		if (n != 2) { err("actor line must be: actor CODE KIND"); next }
		c = f[1]; kind = f[2]
		if (kind == "country") { if (c !~ /^[A-Z][A-Z][A-Z]$/) err("bad country code " c) }
		else if (kind == "igo") { if (c !~ /^IGO[A-Z0-9][A-Z0-9][A-Z0-9]$/) err("bad igo code " c) }
		else if (kind == "ngo") { if (c !~ /^NGO[A-Z0-9][A-Z0-9][A-Z0-9]$/) err("bad ngo code " c) }
		else if (kind == "group") {
			if (c !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z][A-Z0-9][A-Z0-9][A-Z0-9]$/) err("bad group code " c)
			else if (!(substr(c, 4, 3) in sector)) err("group code " c ": " substr(c, 4, 3) " is not a sector of agents.txt")
			else group_region[c] = substr(c, 1, 3)
		} else err("bad actor kind " kind " (country igo ngo group)")
		if ((c in actor_kind) && actor_kind[c] != kind) err("actor " c " declared as " actor_kind[c] " and " kind)
		actor_kind[c] = kind
		block = c; block_kind = "actor"; block_code = c; block_at = FILENAME ":" FNR; has_name = 0
		next
	}
	if (kw == "person") {
		end_block()
		if (rest == "") { err("person without a name"); next }
		nperson++
		block = "P" nperson; block_kind = "person"; block_code = rest; block_at = FILENAME ":" FNR; nroles = 0
		np = split(rest, pn, ";")
		for (i = 1; i <= np; i++) { k = key(pn[i]); if (k == "") err("empty person name"); else person_names[nperson, i] = k }
		person_nnames[nperson] = np
		next
	}
	if (file_kind == "actors") {
		if (block == "") { err("line outside a block: " line); next }
		if (kw == "role") {
			if (block_kind != "person") { err("role outside a person block"); next }
			n = split(rest, f, /[ \t]+/)
			if (n != 3) { err("role line must be: role CODE FROM TO"); next }
			if (f[2] != "-" && !valid_date(f[2])) err("bad date " f[2])
			if (f[3] != "-" && !valid_date(f[3])) err("bad date " f[3])
			if (f[2] != "-" && f[3] != "-" && f[2] > f[3]) err("role ends before it starts: " f[2] " " f[3])
			nroles++; nrole_all++
			role_p[nrole_all] = nperson; role_c[nrole_all] = f[1]
			role_from[nrole_all] = (f[2] == "-") ? "0000-00-00" : f[2]
			role_to[nrole_all] = (f[3] == "-") ? "9999-99-99" : f[3]
			role_at[nrole_all] = FILENAME ":" FNR
			next
		}
		if (block_kind != "actor") { err(kw " line in a person block"); next }
		if (kw == "name" || kw == "adj" || kw == "capital" || kw == "desc") {
			if (kw == "name") has_name = 1
			n = split(rest, f, ";")
			for (i = 1; i <= n; i++) {
				sfx = (kw == "capital") ? "GOV" : ""
				claim(f[i], block_code sfx, block)
			}
			next
		}
		if (kw == "alias") {
			# "alias WORDS" without a sector (a city, a region) stands for the actor itself
			if (rest !~ /->/) { claim(rest, block_code, block); next }
			if (rest !~ / -> [A-Z][A-Z][A-Z]$/) { err("alias line must be: alias WORDS [-> SECTOR]"); next }
			s = substr(rest, length(rest) - 2)
			if (!(s in sector)) err("alias sector " s " is not in agents.txt")
			claim(substr(rest, 1, length(rest) - 7), block_code s, block)
			next
		}
		if (kw == "neighbour") {
			n = split(rest, f, ";")
			for (i = 1; i <= n; i++) { nb = trim(f[i]); nneigh++; neigh[nneigh] = nb; neigh_at[nneigh] = FILENAME ":" FNR }
			next
		}
		err("unknown keyword " kw)
		next
	}
}
END {
	end_block()
	for (i = 1; i <= nneigh; i++)
		if (actor_kind[neigh[i]] != "country") err_at(neigh_at[i], "neighbour " neigh[i] " is not a country actor")
	for (c in group_region)
		if (!(group_region[c] in actor_kind) && group_region[c] != "IMG") print "group " c ": region " group_region[c] " is neither a country nor IMG"
	for (k in dup) err_at(owner_at[k], "\"" k "\" is " owner[k] " here and" dup[k] " elsewhere; add \"# ambiguous: " k "\" if meant")
	# Roles: known codes, no overlap for one person and code.
	for (i = 1; i <= nrole_all; i++) {
		if (base_code(role_c[i]) == "") err_at(role_at[i], "role code " role_c[i] " is no actor (plus optional sector)")
		for (j = i + 1; j <= nrole_all; j++)
			if (role_p[i] == role_p[j] && role_c[i] == role_c[j] && role_from[i] <= role_to[j] && role_from[j] <= role_to[i])
				err_at(role_at[j], "role " role_c[j] " overlaps the one at " role_at[i])
	}
	# A person name shared with an actor entry, or by two people holding
	# different codes at the same time, is ambiguous unless noted.
	for (p = 1; p <= nperson; p++) for (i = 1; i <= person_nnames[p]; i++) {
		k = person_names[p, i]
		if ((k in owner) && !(k in ambiguous)) err_at("person", "\"" k "\" names a person and the actor " owner[k] " (" owner_at[k] ")")
		if ((k in pname) && !(k in ambiguous)) {
			q = pname[k]
			for (a = 1; a <= nrole_all; a++) if (role_p[a] == p)
				for (b = 1; b <= nrole_all; b++) if (role_p[b] == q && role_c[a] != role_c[b] && role_from[a] <= role_to[b] && role_from[b] <= role_to[a]) {
					err_at(role_at[a], "\"" k "\" is held by two people with different codes at the same time (" role_at[b] ")")
					a = nrole_all; break
				}
		}
		pname[k] = p
	}
	printf "actors=%d people=%d roles=%d\n", length(actor_kind), nperson, nrole_all > "/dev/stderr"
}' "${actors[@]}"

	# agents.txt
	awk '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
{ line = $0; sub(/#.*/, "", line); line = trim(line); if (line == "") next
  if (line !~ /^agent [A-Z][A-Z][A-Z]: [^ ]/) { printf "%s:%d: agent line must be: agent SECTOR: word; word\n", FILENAME, FNR; next }
  s = substr(line, 7, 3)
  if (s in seen) printf "%s:%d: sector %s listed twice\n", FILENAME, FNR, s
  seen[s] = 1
  n = split(substr(line, 12), w, ";")
  for (i = 1; i <= n; i++) { k = tolower(trim(w[i])); if (k == "") { printf "%s:%d: empty word\n", FILENAME, FNR; continue }
    if ((k in where) && where[k] != s) printf "%s:%d: \"%s\" is %s and %s\n", FILENAME, FNR, k, where[k], s
    where[k] = s }
}' "$dir/agents.txt"

	# cameo.tsv
	awk -F'\t' '
BEGIN { split("AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT ACCUSE REQUEST REJECT THREATEN PROTEST MOBILIZE SANCTION COERCE ASSAULT -", t, " "); for (i in t) ptype[t[i]] = 1 }
/^#/ || /^[ \t]*$/ { next }
{ if (NF != 7) { printf "%s:%d: %d fields, want 7\n", FILENAME, FNR, NF; next }
  c = $1
  if (c !~ /^[0-2][0-9]$/ && c !~ /^[0-2][0-9][0-9]$/ && c !~ /^[0-2][0-9][0-9][0-9]$/) printf "%s:%d: bad code %s\n", FILENAME, FNR, c
  if (c in seen) printf "%s:%d: code %s twice\n", FILENAME, FNR, c
  seen[c] = 1
  if ($2 == "" || $2 == "-") printf "%s:%d: code %s has no label\n", FILENAME, FNR, c
  if ($3 !~ /^-?[0-9]+\.[0-9]$/ || $3 + 0 < -10 || $3 + 0 > 10) printf "%s:%d: bad goldstein %s\n", FILENAME, FNR, $3
  if ($4 !~ /^[0-4]$/) printf "%s:%d: bad quad %s\n", FILENAME, FNR, $4
  if (!($5 in ptype)) printf "%s:%d: unknown PLOVER type %s\n", FILENAME, FNR, $5
  if ($6 == "" || $7 == "") printf "%s:%d: empty field (use -)\n", FILENAME, FNR
  if (length(c) > 2 && !(substr(c, 1, length(c) - 1) in seen)) printf "%s:%d: code %s listed before (or without) its parent\n", FILENAME, FNR, c
  root = substr(c, 1, 2); if (root in rq && rq[root] != $4) printf "%s:%d: quad %s differs from root %s (%s)\n", FILENAME, FNR, $4, root, rq[root]
  if (!(root in rq)) rq[root] = $4
}
END { for (r = 1; r <= 20; r++) { k = sprintf("%02d", r); if (!(k in seen)) printf "%s: root %s missing\n", FILENAME, k }
      if (length(seen) < 300) printf "%s: only %d codes\n", FILENAME, length(seen) }' "$dir/cameo.tsv"

	# verbs.txt
	awk -v CAMEO="$dir/cameo.tsv" '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
function e(m) { printf "%s:%d: %s\n", FILENAME, FNR, m }
BEGIN { while ((getline l < CAMEO) > 0) if (l !~ /^#/) { split(l, f, "\t"); known[f[1]] = 1 } }
{ line = $0; sub(/#.*/, "", line); line = trim(line); if (line == "") next
  if (line ~ /^class /) {
    if (line !~ /^class @[a-z0-9-]+:/) { e("bad class line (want class @name: word; ...): " line); next }
    cn = line; sub(/^class /, "", cn); sub(/:.*/, "", cn)
    if (cn in classes) e("class " cn " defined twice")
    classes[cn] = FNR; members = line; sub(/^[^:]*:/, "", members)
    nm = split(members, mm, ";")
    for (i = 1; i <= nm; i++) { w = trim(mm[i]); if (w == "") e("empty member in class " cn); else if (w ~ /[^a-z0-9 '"'"'-]/) e("odd character in member \"" w "\" of class " cn); else if ((cn SUBSEP w) in member) e("\"" w "\" twice in class " cn); member[cn, w] = 1 }
    next
  }
  if (line ~ /^code /) { code = trim(substr(line, 6)); if (!(code in known)) e("code " code " is not in cameo.tsv"); if (code in had) e("code " code " has two blocks"); had[code] = 1; roots[substr(code, 1, 2)] = 1; next }
  if (code == "") { e("pattern before any code line"); next }
  n = split(line, p, ";")
  for (i = 1; i <= n; i++) {
    s = trim(p[i]); gsub(/[ \t]+/, " ", s)
    if (s == "") { e("empty pattern"); continue }
    if (s ~ /[^a-zA-Z0-9 '"'"'()*{}|.,+@-]/ && s !~ /[^\001-\177]/) e("odd character in pattern: " s)
    o = s; while (match(o, /@[a-z0-9-]+/)) { u = substr(o, RSTART, RLENGTH); used[u] = 1; if (!(u in classes)) e("class " u " used before its class line: " s); o = substr(o, RSTART + RLENGTH) }
    nt = split(s, tok, /[ (){}|]+/)
    for (j = 1; j <= nt; j++) if (tok[j] ~ /[A-Z]/ && tok[j] !~ /^[TS]$/ && tok[j] !~ /^[A-Z][A-Z]+$/) e("capitals in \"" tok[j] "\" (lemmas are lower case; T, S and acronyms excepted): " s)
    o = s; nb = gsub(/\(/, "(", o) - gsub(/\)/, ")", o); if (nb != 0) e("unbalanced ( ): " s)
    o = s; nb = gsub(/\{/, "{", o) - gsub(/\}/, "}", o); if (nb != 0) e("unbalanced { }: " s)
    if (s ~ /(^| )[TS]'"'"'s( |$)/) e("possessive slot (write T: the mention carries the possessive): " s)
    o = " " s " "; if (gsub(/ T /, "&", o) > 1) e("two T slots: " s)
    o = " " s " "; if (gsub(/ S /, "&", o) > 1) e("two S slots: " s)
    if (s ~ /^T / && s !~ / S( |$)/) e("pattern starting with T has no S: " s)
    k = tolower(s)
    if ((k in pat) && pat[k] != code) e("pattern \"" s "\" is " pat[k] " and " code)
    pat[k] = code; npat++
  }
}
END { for (u in classes) if (!(u in used)) printf "%s:%d: class %s is never used\n", FILENAME, classes[u], u
      for (r = 1; r <= 20; r++) { k = sprintf("%02d", r); if (!(k in roots)) printf "%s: no pattern for root %s\n", FILENAME, k }
      if (npat < 300) printf "%s: only %d patterns\n", FILENAME, npat
      printf "verb patterns=%d\n", npat > "/dev/stderr" }' "$dir/verbs.txt"

	# relations.txt
	awk '
function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
{ line = $0; sub(/#.*/, "", line); line = trim(line); if (line == "") next
  if (line !~ /^relation [a-z][a-z-]* [+-] [0-9.]+: [^ ]/) { printf "%s:%d: relation line must be: relation TYPE SIGN WEIGHT: cue; cue\n", FILENAME, FNR; next }
  split(line, f, " "); w = f[4]; sub(/:$/, "", w)
  if (w !~ /^(0\.[0-9]+|1\.0|1)$/ || w + 0 <= 0 || w + 0 > 1) printf "%s:%d: weight %s not in (0, 1]\n", FILENAME, FNR, w
  if ((f[2] in sign) && sign[f[2]] != f[3]) printf "%s:%d: type %s has both signs\n", FILENAME, FNR, f[2]
  sign[f[2]] = f[3]
  n = split(substr(line, index(line, ":") + 1), c, ";")
  for (i = 1; i <= n; i++) { k = tolower(trim(c[i])); gsub(/[ \t]+/, " ", k)
    if (k == "") { printf "%s:%d: empty cue\n", FILENAME, FNR; continue }
    if (k in cue) printf "%s:%d: cue \"%s\" listed twice (%s)\n", FILENAME, FNR, k, cue[k]
    cue[k] = f[2] }
}' "$dir/relations.txt"
}

# --- 1. The linter catches faults: a small broken dictionary set ---
mkdir -p "$tmp/bad/actors"
cp "$data/cameo.tsv" "$data/agents.txt" "$tmp/bad/"
cat > "$tmp/bad/actors/a.txt" <<'EOF'
name Stray     # outside a block
actor AB country
actor XYZ kingdom
actor ZZZ country
name Zedland; Freedonia
alias Palace -> XXX
actor QQQ country
name Freedonia
neighbour ZZZ; NOPE
person Jan Example; Example
role ZZZGOV 2001-02-30 -
role ZZZGOV 2005-01-01 2004-01-01
role ZZZGOV 2010-01-01 2012-01-01
role ZZZGOV 2011-06-01 2013-01-01
role NOPGOV 2001-01-01 -
person Nobody Without Role
EOF
cat > "$tmp/bad/verbs.txt" <<'EOF'
visit T
code 042
visit T; travel to (T
code 999
meet T
code 043
visit T; Visit T; summon T's envoy
class @goods: food; food; Medicine
class @goods: water
class @unused: thing
class bad: x
code 070
send @goods to T; send @missing to T
EOF
cat > "$tmp/bad/relations.txt" <<'EOF'
relation ally + 1.5: ally
relation ally - 0.5: enemy
relation Rival - 0.7 rival
EOF
out=$(lint "$tmp/bad" 2>/dev/null)
for want in "line outside a block" "bad country code AB" "bad actor kind kingdom" "has no name line" \
	"alias sector XXX" "\"freedonia\" is ZZZ here" "neighbour NOPE" "bad date 2001-02-30" \
	"role ends before it starts" "overlaps the one at" "role code NOPGOV" "has no role line" \
	"pattern before any code line" "unbalanced ( )" "code 999 is not in cameo.tsv" \
	"pattern \"visit T\" is 042 and 043" "capitals in \"Visit\"" "possessive slot" "weight 1.5 not in (0, 1]" "type ally has both signs" \
	"relation line must be" "class @goods defined twice" "\"food\" twice in class @goods" \
	"odd character in member \"Medicine\"" "class @unused is never used" "bad class line" \
	"class @missing used before its class line"; do
	if grep -qF -- "$want" <<<"$out"; then ok; else bad "linter missed: $want"; fi
done

# --- 2. Our dictionaries pass ---
extra=()
if [ -n "$gen" ] && [ -f "$gen/actors/00-iso3166.txt" ]; then
	extra=("$gen/actors/00-iso3166.txt")
	ok
elif [ -n "$gen" ]; then
	bad "generated $gen/actors/00-iso3166.txt missing (cmake/iso_actors.cmake)"
fi
out=$(lint "$data" "${extra[@]}" 2>"$tmp/stats")
if [ -z "$out" ]; then ok; else bad "data/ has lint errors:"; echo "$out" | head -50; fi
cat "$tmp/stats"

# --- 3. Every UN member and observer state is present ---
un="AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI
MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB
VUT VEN VNM YEM ZMB ZWE"
observers="PSE VAT"
n=0
for c in $un $observers; do
	n=$((n + 1))
	# Our own files must name it (the generated list is optional).
	if awk -v c="$c" '$1 == "actor" && $2 == c && $3 == "country" { a = 1; next } $1 == "actor" || $1 == "person" { a = 0 } a && $1 == "name" { f = 1 } END { exit !f }' "$data"/actors/*.txt; then
		ok
	else
		bad "UN member or observer $c has no named country block in data/actors"
	fi
done
[ "$n" -eq 195 ] && ok || bad "UN list has $n codes, want 193 + 2"

# --- 4. The generated list, when built, matches iso-codes ---
if [ ${#extra[@]} -gt 0 ]; then
	cnt=$(grep -c '^actor [A-Z][A-Z][A-Z] country$' "${extra[0]}")
	[ "$cnt" -ge 240 ] && ok || bad "generated list has only $cnt countries"
	grep -q '^name Azerbaijan; Republic of Azerbaijan$' "${extra[0]}" && ok || bad "generated list lacks Azerbaijan"
	if grep -q ', Republic of' "${extra[0]}"; then bad "generated list kept an inverted name"; else ok; fi
fi

finish
