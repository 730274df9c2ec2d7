#!/usr/bin/env bash
# The validation table: every suite of ../shared/validation run through
# `entente validate` from the raw sentence text, beside its target.
# usage: bench/validate.sh [ENTENTE|BUILD_DIR] [SHARED_DIR]
set -u
ENTENTE=${1:-${ENTENTE:-build/entente}}
# bench/run-all passes the build directory, as to every bench script.
[ -d "$ENTENTE" ] && ENTENTE=$ENTENTE/entente
SHARED=${2:-${ENT_SHARED_DIR:-$(dirname "$0")/../../shared}}
v="$SHARED/validation"

row() { # name target command...
	local name=$1 target=$2
	shift 2
	local out
	out=$("$@" --quiet 2>/dev/null) || { printf '%-34s %-28s %s\n' "$name" "(failed to run)" "$target"; return; }
	local cod rec
	cod=$(echo "$out" | sed -n 's/^sentences: [0-9]*; gold type found [0-9]* (\([0-9.]*%\)), with both actors [0-9]* (\([0-9.]*%\)); [0-9]* coded, precision \([0-9.]*\)$/type \1, actors \2, P \3/p')
	[ -n "$cod" ] || cod=$(echo "$out" | sed -n 's/^codings: \([0-9]*\) expected, \([0-9]*\) found (\([0-9.]*%\)), \([0-9]*\) coded; precision \([0-9.]*\), recall \([0-9.]*\)$/\2\/\1 (\3) P \5 R \6/p')
	rec=$(echo "$out" | tail -1)
	printf '%-34s %-36s %-22s %s\n' "$name" "$cod" "$rec" "$target"
}

printf '%-34s %-36s %-22s %s\n' "suite" "codings found (P, R)" "records" "target"
row "TABARI Validate.text" ">= 90% of codings" "$ENTENTE" validate tabari "$v/tabari/Validate.text"
row "TABARI demo (TABARI.Demo.text)" "(no target; TABARI's demo)" "$ENTENTE" validate tabari "$v/tabari/TABARI.Demo.text"
row "PETRARCH unit tests" ">= 85% of codings" "$ENTENTE" validate petrarch "$v/petrarch2/PETR.UnitTest.records.xml"
row "UniversalPetrarch 2.0 unit tests" ">= 85% of codings" "$ENTENTE" validate petrarch "$v/universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
row "PETR2 GSR (Phoenix dicts)" "P >= 0.70, R >= 0.60" "$ENTENTE" validate gsr --no-default-dict --dict "$SHARED/dictionaries/phoenix" "$v/universalpetrarch/PETR2_GSR_validation.xml"
row "NGEC actor resolution" ">= 90% of cases" "$ENTENTE" validate ngec "$v/ngec/ngec_actor_resolution_cases.tsv"
row "PLOVER gold, dev half" "type 60%, actors 45%, P 0.65" "$ENTENTE" validate plover "$v/plover/PLOVER_GSR_dev.jsonl"
