#!/usr/bin/env bash
# An installed entente (cmake --install) reads the dictionaries installed
# beside it (PREFIX/share/entente), not the source tree's data/, and does not
# take the web app installed there (share/entente/web) for dictionaries.
. "$(dirname "$0")/lib/common.bash"
require ENTENTE
build=$(dirname "$ENTENTE")
[ -f "$build/cmake_install.cmake" ] || { echo "1 passed, 0 failed (no install script: not a CMake build tree)"; exit 0; }
check "cmake --install" cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
bin="$tmp/prefix/bin/entente"
check "installed command" test -x "$bin"
# an actor only the installed copy knows: proof of which data is read
mkdir -p "$tmp/prefix/share/entente/actors"
printf 'actor ZZZ country\nname Zedland\nadj Zedlandic\n' > "$tmp/prefix/share/entente/actors/zz-install-test.txt"
mkdir -p "$tmp/prefix/share/entente/web"
printf 'body { color: red; }\n' > "$tmp/prefix/share/entente/web/app.css"
printf 'Zedland condemned Turkey over the attack on Friday.\n' > "$tmp/in.txt"
out=$(env -u ENT_DATA_DIR "$bin" code --no-clean --format tsv "$tmp/in.txt" 2> "$tmp/err")
case "$out" in *ZZZ*TUR*) ok ;; *) no "installed data not read: $out" ;; esac
if grep -q "app.css" "$tmp/err"; then no "web assets read as dictionaries: $(head -2 "$tmp/err")"; else ok; fi
# ENT_DATA_DIR still wins
out=$(ENT_DATA_DIR="$ENT_DATA_DIR" "$bin" code --no-clean --format tsv "$tmp/in.txt" 2>/dev/null)
case "$out" in *ZZZ*) no "ENT_DATA_DIR ignored" ;; *) ok ;; esac
finish
