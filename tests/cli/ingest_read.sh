#!/usr/bin/env bash
# entente read: formats, metadata columns, compressed inputs, standard
# input, and the exit status and diagnostics for bad inputs (the other
# inputs are still listed; exit 1 at the end).
. "$(dirname "$0")/lib/common.bash"
ENTENTE=${ENTENTE:-entente}

# check NAME EXPECTED ACTUAL
check() {
	if [ "$2" = "$3" ]; then ok; else bad "$1: expected [$2], got [$3]"; fi
}

printf 'Azerbaijan and Israel\n\nMarch 3, 2024\n\nBaku sells oil to Israel.\n' >"$tmp/a.txt"
printf '<!doctype html><html><head><title>Page &amp; title</title><meta property="article:published_time" content="2024-01-02T03:04:05Z"><link rel="canonical" href="https://example.org/p"></head><body><p>x</p></body></html>' >"$tmp/b.html"
printf '{"id":"j1","title":"From JSON","date":"3 March 2024","text":"Text one."}\n{"text":"Text two."}\n' >"$tmp/c.jsonl"
gzip -c "$tmp/c.jsonl" >"$tmp/d.jsonl.gz"

# Tab-separated listing, one line a document.
out=$("$ENTENTE" read "$tmp/a.txt" "$tmp/b.html" "$tmp/c.jsonl")
check "exit status, good inputs" 0 $?
check "line count" 4 "$(printf '%s\n' "$out" | wc -l)"
check "text row" "$tmp/a.txt	$tmp/a.txt	0	text	-	-	2024-03-03	64" "$(printf '%s\n' "$out" | sed -n 1p)"
check "html row" "$tmp/b.html	$tmp/b.html	0	html	https://example.org/p	Page & title	2024-01-02T03:04:05Z	215" "$(printf '%s\n' "$out" | sed -n 2p)"
check "jsonl row" "j1	$tmp/c.jsonl	0	text	-	From JSON	2024-03-03	9" "$(printf '%s\n' "$out" | sed -n 3p)"
check "jsonl id default" "$tmp/c.jsonl#2" "$(printf '%s\n' "$out" | sed -n 4p | cut -f1)"

# JSON Lines output, gzip input, standard input.
out=$("$ENTENTE" read --json - <"$tmp/d.jsonl.gz")
check "json exit" 0 $?
first=$(printf '%s\n' "$out" | sed -n 1p)
case $first in
'{"id":"j1","path":"-","record":0,"type":"text","url":null,"title":"From JSON","date":"2024-03-03","bytes":9,"hash":"'*) ok ;;
*) bad "json line: $first" ;;
esac

# Bad inputs: a missing file and a malformed line; the rest still listed.
printf '{"text":"fine"}\n{"text": oops}\n' >"$tmp/bad.jsonl"
out=$("$ENTENTE" read "$tmp/missing.txt" "$tmp/bad.jsonl" "$tmp/a.txt" 2>"$tmp/err")
check "exit status, bad inputs" 1 $?
check "documents still read" 2 "$(printf '%s\n' "$out" | wc -l)"
grep -q "^entente read: $tmp/missing.txt: error: cannot open: No such file or directory$" "$tmp/err" && ok || bad "missing file message: $(cat "$tmp/err")"
grep -q "^entente read: $tmp/bad.jsonl:2: error: malformed JSON at column" "$tmp/err" && ok || bad "bad line message: $(cat "$tmp/err")"

# Invalid UTF-8: a warning by default, an error with --strict.
printf 'caf\351 au lait\n' >"$tmp/latin.txt"
"$ENTENTE" read "$tmp/latin.txt" >/dev/null 2>"$tmp/err"
check "repair exit" 0 $?
grep -q "latin.txt: offset 3: warning: invalid UTF-8" "$tmp/err" && ok || bad "utf8 warning: $(cat "$tmp/err")"
out=$("$ENTENTE" read --strict "$tmp/latin.txt" 2>"$tmp/err")
check "strict exit" 1 $?
check "strict output" "" "$out"

# A directory: sorted, recursive, hidden files skipped, zstd and WARC inside.
mkdir -p "$tmp/dir/sub" "$tmp/dir/.hidden"
printf 'b\n' >"$tmp/dir/b.txt"
printf 'hidden\n' >"$tmp/dir/.hidden/x.txt"
# zstd's command may be missing where libzstd is installed: gzip then.
if command -v zstd >/dev/null; then afile=a.txt.zst; printf 'a\n' | zstd -q -c >"$tmp/dir/$afile"
else afile=a.txt.gz; printf 'a\n' | gzip -c >"$tmp/dir/$afile"; fi
body='HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><head><title>W</title></head></html>'
len=$(printf "$body" | wc -c)
printf "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/w\r\nWARC-Date: 2024-03-05T06:07:08Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: $len\r\n\r\n$body\r\n\r\n" | gzip >"$tmp/dir/sub/c.warc.gz"
out=$("$ENTENTE" read "$tmp/dir")
check "directory exit" 0 $?
check "directory order" "$tmp/dir/$afile $tmp/dir/b.txt $tmp/dir/sub/c.warc.gz" "$(printf '%s\n' "$out" | cut -f2 | tr '\n' ' ' | sed 's/ $//')"
check "warc row" "https://example.org/w	$tmp/dir/sub/c.warc.gz	0	html	https://example.org/w	W	2024-03-05T06:07:08Z	42" "$(printf '%s\n' "$out" | sed -n 3p)"

# Special files: found in a directory, a FIFO (here with no writer, which
# would block an open forever) is skipped with a warning naming it; named
# on the command line it is read.
mkdir -p "$tmp/sp"
printf 'Baku sells oil to Israel.\n' >"$tmp/sp/a.txt"
mkfifo "$tmp/sp/pipe.txt"
out=$(timeout 20 "$ENTENTE" read "$tmp/sp" 2>"$tmp/sp.err")
check "directory with a FIFO: exit" 0 $?
check "directory with a FIFO: the file is read" "$tmp/sp/a.txt" "$(printf '%s\n' "$out" | cut -f2)"
grep -q "^entente read: $tmp/sp/pipe.txt: warning: a FIFO, not a regular file; skipped" "$tmp/sp.err" && ok || bad "FIFO warning: $(cat "$tmp/sp.err")"
( printf 'Ankara and Baku signed an accord.\n' >"$tmp/sp/pipe.txt" ) &
out=$(timeout 20 "$ENTENTE" read "$tmp/sp/pipe.txt" 2>/dev/null)
check "named FIFO: exit" 0 $?
check "named FIFO: read" "$tmp/sp/pipe.txt" "$(printf '%s\n' "$out" | cut -f2)"
wait
if [ -e /dev/null ]; then
	mkdir -p "$tmp/dev" && ln -s /dev/null "$tmp/dev/null.txt"
	timeout 20 "$ENTENTE" read "$tmp/dev" >/dev/null 2>"$tmp/dev.err"
	grep -q "a character device, not a regular file; skipped" "$tmp/dev.err" && ok || bad "device in a directory: $(cat "$tmp/dev.err")"
fi

# Usage.
"$ENTENTE" read >/dev/null 2>&1
check "no path is a usage error" 2 $?
"$ENTENTE" read --bogus x >/dev/null 2>&1
check "unknown option" 2 $?
"$ENTENTE" read --help | grep -q "^usage: entente read" && ok || bad "--help"

finish
