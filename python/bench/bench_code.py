"""bench: entente.code() against `entente code` on the same 100,000 sentences.

The 77 sentences of ../shared/validation/petrarch2/GigaWord.sample.PETR.xml
(bench/bench_code.c's input) are repeated to N sentences and grouped into
documents of 10, each with an id and a date. The CLI codes them from a JSON
Lines file (`entente code FILE > FILE.out`); Python codes the same texts,
ids and dates with entente.code() in a fresh process, so both times include
loading the dictionaries and the parser's model, and Python's includes
turning every event into a dict. A second call in the same process shows
the time without the loading. Both are best of REPEAT runs, one at a time.

usage: python3 python/bench/bench_code.py [-n SENTENCES] [-r REPEAT]
(ENTENTE: the command; PYTHONPATH: BUILD/python; ENT_SHARED_DIR: shared/)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import entente
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
texts, ids, dates = [d["text"] for d in docs], [d["id"] for d in docs], [d["date"] for d in docs]
t1 = time.perf_counter()
ev = entente.code(texts, dates=dates, ids=ids)
t2 = time.perf_counter()
ev2 = entente.code(texts, dates=dates, ids=ids)
t3 = time.perf_counter()
assert len(ev) == len(ev2)
print(json.dumps({"read": t1 - t0, "first": t2 - t1, "warm": t3 - t2, "events": len(ev)}))
"""


def sentences(shared):
    path = os.path.join(shared, "validation", "petrarch2", "GigaWord.sample.PETR.xml")
    with open(path, encoding="utf-8") as f:
        xml = f.read()
    return [" ".join(t.split()) for t in re.findall(r"<Text>(.*?)</Text>", xml, re.S)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100000, help="sentences (default 100,000)")
    ap.add_argument("-r", type=int, default=1, help="runs of each, best kept (default 1)")
    a = ap.parse_args()
    shared = os.environ.get("ENT_SHARED_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
    entente_cmd = os.environ.get("ENTENTE", "entente")
    base = sentences(shared)
    sents = [base[i % len(base)] for i in range(a.n)]
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "docs.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for k in range(0, len(sents), 10):
                f.write(json.dumps({"id": "g%d" % (k // 10), "date": "2008-08-04", "text": " ".join(sents[k:k + 10])})
                        + "\n")
        mb = os.path.getsize(path) / 1e6
        cli_times, py = [], []
        cli_events = 0
        for _ in range(a.r):
            with open(os.path.join(d, "out.jsonl"), "wb") as out:
                t0 = time.perf_counter()
                subprocess.run([entente_cmd, "code", path], stdout=out, stderr=subprocess.DEVNULL, check=True)
                cli_times.append(time.perf_counter() - t0)
            with open(os.path.join(d, "out.jsonl"), "rb") as out:
                cli_events = sum(1 for _ in out)
            p = subprocess.run([sys.executable, "-c", CHILD, path], capture_output=True, check=True, text=True)
            py.append(json.loads(p.stdout))
    cli = min(cli_times)
    first = min(r["first"] for r in py)
    warm = min(r["warm"] for r in py)
    events = py[0]["events"]
    print("input: %d sentences (%d distinct, GigaWord sample) in %d documents, %.2f MB; best of %d"
          % (a.n, len(base), (a.n + 9) // 10, mb, a.r))
    print("%-52s %8s %12s %8s" % ("run", "seconds", "sentences/s", "events"))
    print("%-52s %8.2f %12.0f %8d" % ("entente code FILE > out (CLI)", cli, a.n / cli, cli_events))
    print("%-52s %8.2f %12.0f %8d" % ("entente.code(texts), first call (loads dictionaries)", first, a.n / first,
                                       events))
    print("%-52s %8.2f %12.0f %8d" % ("entente.code(texts), second call", warm, a.n / warm, events))
    print("Python / CLI: %.2fx first call, %.2fx second call (target: within 1.3x)" % (first / cli, warm / cli))
    if events != cli_events:
        print("events differ: Python %d, CLI %d" % (events, cli_events))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
