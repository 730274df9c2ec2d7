# The preamble the CLI tests share; each tests/cli/*.sh sources it first:
#   . "$(dirname "$0")/lib/common.bash"
# It is not a test itself (tests/CMakeLists.txt registers only *.sh).
# Gives: `set -u`; require VAR... (stop when one is unset or empty); the
# pass/fail counters with ok, no and bad (same thing: count a failure and
# print "FAIL: why"); check NAME COMMAND... (passes when the command
# succeeds); $tmp, a fresh directory removed on exit; finish, which prints
# the closing "N passed, N failed" line and sets the test's exit status;
# skip WHY, which stops a test that cannot run here (a corpus of ../shared
# is absent) with status 77, which ctest reports as skipped.
set -u

# require VAR...: a test that needs a variable from ctest's environment
# stops with a message (and a non-zero status) when it is missing.
require() {
	local v
	for v; do
		if [ -z "${!v:-}" ]; then
			echo "FAIL: set $v (ctest sets it; see tests/CMakeLists.txt)" >&2
			exit 1
		fi
	done
}

pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
bad() { no "$@"; }
check() { # check NAME COMMAND... : passes when the command succeeds
	local name=$1; shift
	if "$@"; then ok; else no "$name"; fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ent_$(basename "$0" .sh).XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

skip() {
	echo "SKIP: $*"
	exit 77
}

# The last command of every test: the closing line and the exit status.
finish() {
	echo "$pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
