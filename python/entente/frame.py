"""Events as a pandas DataFrame: entente.code_frame() and events_frame().

Types are fixed here rather than guessed by pandas, which would read a
CAMEO code such as "042" as the number 42:
- codes and names (doc, source, target, code, plover_mode, relation_type,
  text): pandas' "string" dtype;
- date: datetime64, the first day of the month or year when the text gives
  only those, with date_precision ("day", "month", "year") saying which; an
  undated event is NaT;
- kind, plover, modality: categorical;
- sentence, quad, span_start, span_end: int64; goldstein, relation_weight:
  float64; relation_sign: nullable Int8 (<NA> for events); negated: bool.
"""
from entente.coding import code, code_paths

COLUMNS = ["doc", "sentence", "date", "date_precision", "kind", "source", "target", "code", "goldstein",
           "quad", "plover", "plover_mode", "relation_type", "relation_sign", "relation_weight", "negated",
           "modality", "span_start", "span_end", "text"]


def _pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError("entente.code_frame() needs pandas (Debian: apt install python3-pandas); "
                          "entente.code() gives the same events as dicts without it") from e
    return pandas


def _day(date):
    """ISO date, month or year -> (YYYY-MM-DD, precision), or (None, None)."""
    if not date:
        return None, None
    if len(date) == 4:
        return date + "-01-01", "year"
    if len(date) == 7:
        return date + "-01", "month"
    return date[:10], "day"


def events_frame(events):
    """A DataFrame of event dicts (entente.code()'s), typed as above."""
    pd = _pandas()
    days, precision = zip(*(_day(e.get("date")) for e in events)) if events else ((), ())
    rel = [e.get("relation") or {} for e in events]
    span = [e.get("span") or [None, None] for e in events]

    def strings(values):
        return pd.array(list(values), dtype="string")

    plover = [e.get("plover") or None for e in events]
    df = pd.DataFrame({
        "doc": strings(e["doc"] for e in events),
        "sentence": pd.array([e["sentence"] for e in events], dtype="int64"),
        "date": pd.to_datetime(pd.Series(days, dtype="object"), format="%Y-%m-%d", errors="raise"),
        "date_precision": pd.Categorical(precision, categories=["day", "month", "year"]),
        "kind": pd.Categorical([e["kind"] for e in events], categories=["event", "relation"]),
        "source": strings(e["source"] for e in events),
        "target": strings(e["target"] for e in events),
        "code": strings(e.get("code") or None for e in events),
        "goldstein": pd.array([float(e.get("goldstein") or 0.0) for e in events], dtype="float64"),
        "quad": pd.array([int(e.get("quad") or 0) for e in events], dtype="int64"),
        "plover": pd.Categorical(plover, categories=sorted({p for p in plover if p})),
        "plover_mode": strings(e.get("mode") or None for e in events),
        "relation_type": strings(r.get("type") for r in rel),
        "relation_sign": pd.array([r.get("sign") for r in rel], dtype="Int8"),
        "relation_weight": pd.array([float(r["weight"]) if "weight" in r else float("nan") for r in rel],
                                    dtype="float64"),
        "negated": pd.array([bool(e.get("negated")) for e in events], dtype="bool"),
        "modality": pd.Categorical([e.get("modality") for e in events],
                                   categories=["asserted", "intended", "possible", "reported", "conditional"]),
        "span_start": pd.array([s[0] for s in span], dtype="int64"),
        "span_end": pd.array([s[1] for s in span], dtype="int64"),
        "text": strings(e.get("text") for e in events),
    }, columns=COLUMNS)
    return df


def code_frame(texts=None, dates=None, dicts=None, no_default_dict=False, *, paths=None, **options):
    """entente.code() (or, with paths=..., entente.code_paths()) as a
    pandas DataFrame, one row per event or relation, typed as the module
    says. Raises ImportError when pandas is missing."""
    _pandas()
    if (texts is None) == (paths is None):
        raise TypeError("code_frame() takes texts or paths=..., one of them")
    if paths is not None:
        if dates is not None:
            raise TypeError("dates go with texts; files carry their own")
        events = code_paths(paths, dicts, no_default_dict, **options)
    else:
        events = code(texts, dates, dicts, no_default_dict, **options)
    return events_frame(events)
