"""Compare `entente analyze --json` with the web API's view of the same
database (tests/cli/network_same.sh): the same ties with the same signs and
weights, the same blocs, triads, cross-pressure and frustration.

    python3 same_network.py REPORT.json NETWORK.json DIR

DIR holds actor-CODE.json, the /api/actor answer of each actor, and
dyad-A-B.json, the /api/dyad answer of each tie. Prints one line per difference (at most 20
of a kind) and exits 1 when there is any; prints what it compared otherwise.
It is not a test itself: tests/CMakeLists.txt registers only tests/cli/*.sh.
"""
import glob
import json
import os
import sys

EPS = 1e-9

report, network = (json.load(open(p)) for p in sys.argv[1:3])
actors, dyads = {}, {}
for p in glob.glob(os.path.join(sys.argv[3], "actor-*.json")):
    actors[os.path.basename(p)[6:-5]] = json.load(open(p))
for p in glob.glob(os.path.join(sys.argv[3], "dyad-*.json")):
    dyads[" ".join(os.path.basename(p)[5:-5].split("-"))] = json.load(open(p))
problems = []


def differ(what, a, b):
    problems.append("%s: analyze %r, API %r" % (what, a, b))


def close(a, b, eps=EPS):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= eps * max(1.0, abs(a), abs(b))


try:
    # Ties: every dyad, signed or not, with its sign, weight and counts.
    rep_ties = {(d["a"], d["b"]): d for d in report["dyads"]}
    api_ties = {(e["source"], e["target"]): e for e in network["edges"]}
    for pair in sorted(set(rep_ties) ^ set(api_ties)):
        differ("tie %s-%s" % pair, pair in rep_ties, pair in api_ties)
    for pair in sorted(set(rep_ties) & set(api_ties)):
        r, a = rep_ties[pair], api_ties[pair]
        for k in ("weight", "sign", "net", "cooperation", "conflict"):
            if not close(r[k], a.get(k)):
                differ("tie %s-%s %s" % (pair + (k,)), r[k], a.get(k))
        for k in ("events", "relations", "uncounted", "duplicates", "frustrated"):
            if r[k] != a.get(k):
                differ("tie %s-%s %s" % (pair + (k,)), r[k], a.get(k))

    # Blocs (1-based everywhere), k-blocs, pressure, per actor.
    rep_act = {a["code"]: a for a in report["actors"]}
    api_nodes = {n["id"]: n for n in network["nodes"]}
    rep_press = {p["actor"]: p for p in report["pressure"]}
    in_net = {c for c, a in rep_act.items() if "bloc" in a}
    for c in sorted(set(api_nodes) - set(rep_act)):
        # an actor whose every piece of evidence went uncounted: no actor record
        if api_nodes[c]["bloc"] is not None:
            differ("actor %s in the network" % c, False, True)
    for c in sorted(rep_act):
        a = api_nodes.get(c)
        if a is None:
            differ("actor %s" % c, True, False)
            continue
        r = rep_act[c]
        if r.get("bloc") != a["bloc"]:
            differ("actor %s bloc" % c, r.get("bloc"), a["bloc"])
        if r.get("kbloc") != a.get("kbloc"):
            differ("actor %s kbloc" % c, r.get("kbloc"), a.get("kbloc"))
        if r["degree"] != a["degree"] or r["evidence"] != a["events"]:
            differ("actor %s degree/evidence" % c, (r["degree"], r["evidence"]), (a["degree"], a["events"]))
        p = rep_press.get(c)
        want = (p["score"], p["involvement"], p["unbalanced"], p["triangles"]) if p else (0, 0, 0, 0)
        got = (a["pressure"], a.get("involvement"), a["unbalanced"], a["triangles"])
        if not all(close(x, y) for x, y in zip(want, got)):
            differ("actor %s pressure (score, involvement, unbalanced, triangles)" % c, want, got)
    for side, members in enumerate(report["frustration"]["blocs"], start=1):
        for c in members:
            if api_nodes.get(c, {}).get("bloc") != side:
                differ("frustration bloc %d member %s" % (side, c), side, api_nodes.get(c, {}).get("bloc"))

    # Triads: the unbalanced ones, in order, with strengths.
    rep_unb = list(zip([tuple(t) for t in report["triads"]["unbalanced"]],
                       [d["strength"] for d in report["triads"]["unbalanced_detail"]]))
    api_unb = [(tuple(t["actors"]), t["strength"]) for t in network["unbalanced"]]
    if len(rep_unb) != len(api_unb):
        differ("unbalanced triads listed", len(rep_unb), len(api_unb))
    for (rt, rs), (at, as_) in zip(rep_unb, api_unb):
        if rt != at or not close(rs, as_):
            differ("unbalanced triad", (rt, rs), (at, as_))

    # Headline figures.
    rs, s = report["summary"], network["summary"]
    for rk, ak in (("actors", "actors"), ("ties", "signed_ties"), ("dyads", "ties"), ("triangles", "triangles"),
                   ("unbalanced", "unbalanced_triangles")):
        if rs[rk] != s[ak]:
            differ("summary %s" % ak, rs[rk], s[ak])
    if not close(report["frustration"]["index"], s["frustration"]):
        differ("frustration index", report["frustration"]["index"], s["frustration"])
    if report["frustration"]["optimal"] != s["frustration_optimal"]:
        differ("frustration proven optimal", report["frustration"]["optimal"], s["frustration_optimal"])
    if rs["ties"] and not close(report["triads"]["balance"], s["balance"]):
        differ("balance", report["triads"]["balance"], s["balance"])

    # Each actor's panel: its bloc, pressure and ties as in the network.
    for c, a in sorted(actors.items()):
        n = api_nodes[c]
        for k in ("bloc", "kbloc", "pressure", "unbalanced", "triangles"):
            if a[k] != n[k]:
                differ("/api/actor %s %s" % (c, k), n[k], a[k])
        mine = {(e["source"], e["target"]): e for e in network["edges"] if c in (e["source"], e["target"])}
        got = {(e["source"], e["target"]): e for e in a["ties"]}
        if mine != got:
            differ("/api/actor %s ties" % c, sorted(mine), sorted(got))
        want = sorted(t for t, _ in rep_unb if c in t)
        got_t = sorted(tuple(t["actors"]) for t in a["unbalanced_triads"])
        if want != got_t:
            differ("/api/actor %s unbalanced triads" % c, want, got_t)

    # Each tie's months add up to the tie (cooperation, conflict, records).
    for key, d in sorted(dyads.items()):
        e = api_ties[tuple(key.split())]
        coop = sum(m["cooperation"] for m in d["timeline"])
        conf = sum(m["conflict"] for m in d["timeline"])
        count = sum(m["events"] for m in d["timeline"])
        if not (close(coop, e["cooperation"], 1e-6) and close(conf, e["conflict"], 1e-6)) or \
                count != e["events"] + e["relations"]:
            differ("/api/dyad %s timeline sums (cooperation, conflict, counted)" % key,
                   (e["cooperation"], e["conflict"], e["events"] + e["relations"]), (coop, conf, count))
        if d["total"] != e["evidence"]:
            differ("/api/dyad %s total" % key, e["evidence"], d["total"])
except (KeyError, TypeError) as e:
    differ("the API's answer lacks a field", "present", "missing %r" % (e,))

if problems:
    kinds = {}
    for p in problems:
        k = p.split(":")[0].split(" ")[0]
        kinds[k] = kinds.get(k, 0) + 1
        if kinds[k] <= 20:
            print("  differs: " + p)
    print("  %d differences" % len(problems))
    sys.exit(1)
print("  same: %d ties (%d signed), %d actors, %d unbalanced triads, frustration %s, %d actor panels, %d timelines"
      % (len(api_ties), s["signed_ties"], len(api_nodes), len(api_unb), s["frustration"], len(actors), len(dyads)))
