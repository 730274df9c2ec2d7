"""The analysis of coded events: entente.analyze().

Every figure comes from the C library, computed once in src/network and
serialised by the JSON report writer (`entente analyze --json`): the events
are loaded into a private in-memory store exactly as `entente ingest
--events` loads them, the report is built from it by ent_report_from_store()
and written as JSON, and that JSON is what the Analysis holds. Nothing is
recomputed here; to_networkx() only copies the report's actors and ties.
"""
import json
import os
import tempfile

from entente._library import Diagnostics, check, ffi, lexicon, lib, take_buf

_METHODS = {"auto": "ENT_REPORT_METHOD_AUTO", "exact": "ENT_REPORT_METHOD_EXACT",
            "heuristic": "ENT_REPORT_METHOD_HEURISTIC"}


class Analysis(dict):
    """The report of `entente analyze --json` as a dict: summary, options,
    actors, dyads, triads, pressure, frustration, kblocs, windows...
    (docs/analysis.md), with to_networkx()."""

    def to_networkx(self, all_actors=False):
        """The signed network as a networkx.Graph: one node per actor (its
        report fields as attributes: name, evidence, degree, bloc, kbloc,
        pressure, weight), one edge per signed tie (sign, weight, net,
        cooperation, conflict, events, relations, and frustrated=True for
        the ties in the frustration index's set). Dyads without a sign are
        not ties of the network and are left out, and so are the actors
        with no signed tie unless all_actors (then isolated nodes), so the
        graph has summary["actors"] nodes and summary["ties"] edges."""
        try:
            import networkx as nx
        except ImportError as e:
            raise ImportError("Analysis.to_networkx() needs networkx (Debian: apt install python3-networkx)") from e
        g = nx.Graph()
        signed = [d for d in self.get("dyads", []) if d.get("sign")]
        in_network = {x for d in signed for x in (d["a"], d["b"])}
        for a in self.get("actors", []):
            if all_actors or a["code"] in in_network:
                g.add_node(a["code"], **{k: v for k, v in a.items() if k != "code"})
        frustrated = {frozenset((e["a"], e["b"])) for e in self.get("frustration", {}).get("edges", [])}
        for d in signed:
            attrs = {k: d[k] for k in ("sign", "weight", "net", "cooperation", "conflict", "events", "relations")
                     if k in d}
            attrs["frustrated"] = frozenset((d["a"], d["b"])) in frustrated
            g.add_edge(d["a"], d["b"], **attrs)
        return g


def _window_months(window):
    if isinstance(window, int):
        return window
    w = str(window)
    if len(w) >= 2 and w[:-1].isdigit() and w[-1] in "ym":
        return int(w[:-1]) * (12 if w[-1] == "y" else 1)
    raise ValueError("window wants 1y, 6m, 3m, Nm or a number of months, not %r" % (window,))


def _events_jsonl(events, path):
    with open(path, "w", encoding="utf-8") as f:
        for i, ev in enumerate(events):
            if not isinstance(ev, dict):
                raise TypeError("events[%d] is %s, not a dict as entente.code() gives" % (i, type(ev).__name__))
            f.write(json.dumps(ev, ensure_ascii=False))
            f.write("\n")


def analyze(events, *, dicts=None, no_default_dict=False, names=True, level="country", since=None, until=None,
            window="1y", blocs=0, time_limit=10.0, min_strength=1.0, weighted=False, method="auto"):
    """Analyse coded events as `entente ingest --events` then `entente
    analyze --json` would, with the same options and defaults.

    events: a list of event dicts (entente.code(), or the JSON Lines of
        `entente code` read with json.loads).
    dicts, no_default_dict: the dictionaries that name the actors.
    names: False for codes alone (`--no-names`).
    level: "country" (AZEGOV folds into AZE) or "sector"; since, until:
        YYYY[-MM[-DD]]; window: "1y", "6m", "Nm" or months; blocs: k of the
        k-blocs (0 chooses); time_limit: seconds per exact solve;
        min_strength; weighted; method: "auto", "exact" or "heuristic".

    Returns an Analysis (a dict of the JSON report). Raises entente.Error
    for bad options or a failing solve; events the loader cannot read are
    warnings (entente.InputWarning).
    """
    if level not in ("country", "sector"):
        raise ValueError("level is 'country' or 'sector', not %r" % (level,))
    if method not in _METHODS:
        raise ValueError("method is 'auto', 'exact' or 'heuristic', not %r" % (method,))
    diagnostics = Diagnostics()
    store_out = ffi.new("ent_store **")
    check(lib.ent_store_open(store_out, b":memory:", ffi.NULL))
    store = ffi.gc(store_out[0], lib.ent_store_close)
    try:
        # The loader reads a file (as `entente ingest --events` does); a
        # private temporary one keeps the two paths the same code.
        fd, path = tempfile.mkstemp(prefix="entente-events-", suffix=".jsonl")
        os.close(fd)
        try:
            _events_jsonl(events, path)
            lo = ffi.new("ent_store_load_options *")
            lib.ent_py_store_load_options_init(lo)
            lo.diag = lib.ent_py_diag
            lo.diag_payload = diagnostics.handle
            check(lib.ent_store_load_events(store, path.encode(), lo, ffi.NULL))
        finally:
            os.unlink(path)
        diagnostics.warn(stacklevel=3)

        ro = ffi.new("ent_report_options *")
        lib.ent_py_report_options_init(ro)
        keep = []  # strings the options point at, alive until the report is built

        def cstr(s):
            if s is None:
                return ffi.NULL
            p = ffi.new("char[]", str(s).encode("utf-8"))
            keep.append(p)
            return p

        ro.dyads.level = lib.ENT_LEVEL_SECTOR if level == "sector" else lib.ENT_LEVEL_COUNTRY
        ro.dyads.since = cstr(since)
        ro.dyads.until = cstr(until)
        ro.dyads.window_months = _window_months(window)
        ro.dyads.min_strength = float(min_strength)
        ro.blocs = int(blocs)
        ro.time_limit = float(time_limit)
        ro.weighted = 1 if weighted else 0
        ro.method = getattr(lib, _METHODS[method])
        ro.names = lexicon(dicts, no_default_dict, finish=False).ptr if names else ffi.NULL
        report_out = ffi.new("ent_report **")
        check(lib.ent_report_from_store(report_out, store, ro))
        report = ffi.gc(report_out[0], lib.ent_report_free)
        try:
            buf = ffi.new("ent_buf *")
            rc = lib.ent_report_write(report, lib.ENT_REPORT_JSON, buf)
            data = take_buf(buf)
            check(rc)
        finally:
            ffi.release(report)
    finally:
        ffi.release(store)
    return Analysis(json.loads(data))
