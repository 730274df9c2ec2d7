"""Coding documents into events: entente.code() over texts held in Python,
entente.code_paths() over files as `entente code PATH...` reads them.

Both hand the documents to ent_code_run(), the library's streaming coder,
in one C call: cleaning, sentence splitting, parsing and coding run with
the GIL released, and the events come back as the same JSON Lines
`entente code` prints, read with the json module. Each event is a dict
with the fields of that output; the CAMEO code stays a string ("042").
"""
import datetime
import json

from entente._library import Diagnostics, check, ffi, lexicon, lib, parse_model, take_buf

# The name the in-memory input is read under: the reader takes the format
# from it (JSON Lines), as it would for a file of that name.
_MEMORY_NAME = b"(python).jsonl"


def _date_text(d):
    if d is None:
        return None
    if isinstance(d, datetime.datetime):
        return d.date().isoformat()
    if isinstance(d, datetime.date):
        return d.isoformat()
    if hasattr(d, "isoformat"):  # pandas.Timestamp, numpy.datetime64 via pandas
        return d.isoformat()[:10]
    return str(d)


def _as_list(x, name, n):
    if x is None:
        return None
    if isinstance(x, (str, bytes)):
        raise TypeError("%s must be a list with one item per text, not a string" % name)
    x = list(x)
    if len(x) != n:
        raise ValueError("%s has %d items for %d texts" % (name, len(x), n))
    return x


def _run(reader_ptr, dicts, no_default_dict, clean, relations, keep_negated, threads, diagnostics):
    lx = lexicon(dicts, no_default_dict)
    opts = ffi.new("ent_code_run_options *")
    lib.ent_py_code_run_options_init(opts)
    opts.format = lib.ENT_CODE_JSONL
    opts.threads = int(threads)
    opts.clean = 1 if clean else 0
    opts.coder.relations = 1 if relations else 0
    opts.coder.keep_negated = 1 if keep_negated else 0
    opts.coder.parse_model = parse_model()
    out = ffi.new("ent_buf *")
    try:
        check(lib.ent_py_code_run(reader_ptr, lx.ptr, opts, out))
    finally:
        data = take_buf(out)
    diagnostics.warn(stacklevel=4)
    if not data:
        return []
    # One JSON array of every line: a single parse, far cheaper than one
    # json.loads a line. A JSON line holds no raw newline (they are
    # escaped inside strings), so joining lines with commas is exact.
    return json.loads(b"[" + data.rstrip(b"\n").replace(b"\n", b",") + b"]")


def _reader_options(diagnostics):
    ro = ffi.new("ent_reader_options *")
    lib.ent_py_reader_options_init(ro)
    ro.diag = lib.ent_py_diag
    ro.diag_payload = diagnostics.handle
    return ro


def code(texts, dates=None, dicts=None, no_default_dict=False, *, ids=None, html=False, clean=True,
         relations=True, keep_negated=True, threads=1):
    """Code documents held in memory.

    texts: a list of documents (str), each plain text (or HTML with
        html=True); one str is one document.
    dates: one date per text (ISO str, datetime.date, or None: the date is
        read from a dateline at the top of the text, as for a .txt file).
    dicts: dictionary files or directories added to entente's defaults
        (only these, with no_default_dict=True), as `--dict`.
    ids: one document id per text (default "0", "1", ...).
    clean, relations, keep_negated, threads: as `entente code --no-clean`,
        `--no-relations`, `--no-negated`, `-j`.

    Returns a list of dicts, one per event or standing relation, in text
    order: doc, sentence, date, kind, source, target, code, goldstein, quad,
    plover, mode, relation ({type, sign, weight} or None), negated, modality,
    span ([start, end] bytes in the cleaned text), text.
    Raises entente.Error when the library fails (a dictionary that cannot be
    read); problems with one document are warnings (entente.InputWarning).
    """
    if isinstance(texts, (str, bytes)):
        texts = [texts]
    texts = list(texts)
    dates = _as_list(dates, "dates", len(texts))
    ids = _as_list(ids, "ids", len(texts))
    field = "html" if html else "text"
    lines = []
    for i, t in enumerate(texts):
        if isinstance(t, bytes):
            t = t.decode("utf-8", "replace")
        if not isinstance(t, str):
            raise TypeError("texts[%d] is %s, not str" % (i, type(t).__name__))
        rec = {"id": str(ids[i]) if ids is not None else str(i), field: t}
        d = _date_text(dates[i]) if dates is not None else None
        if d:
            rec["date"] = d
        lines.append(json.dumps(rec, ensure_ascii=False))
    if not lines:
        return []
    data = ("\n".join(lines) + "\n").encode("utf-8")
    diagnostics = Diagnostics()
    out = ffi.new("ent_reader **")
    # the reader reads `buf` in place: it must outlive the reader
    buf = ffi.from_buffer(data)
    check(lib.ent_reader_new_memory(out, buf, len(data), _MEMORY_NAME, _reader_options(diagnostics)))
    reader = ffi.gc(out[0], lib.ent_reader_free)
    try:
        return _run(reader, dicts, no_default_dict, clean, relations, keep_negated, threads, diagnostics)
    finally:
        ffi.release(reader)


def code_paths(paths, dicts=None, no_default_dict=False, *, clean=True, relations=True, keep_negated=True,
               threads=1):
    """Code files and directories exactly as `entente code PATH...` does
    (text, HTML, JSON Lines, WARC, optionally .gz/.zst; directories read
    recursively in name order). Returns the same list of dicts as code();
    a missing or unreadable input is a warning, the others are still coded.
    """
    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    keep = [ffi.new("char[]", str(p).encode("utf-8")) for p in paths]
    if not keep:
        return []
    diagnostics = Diagnostics()
    out = ffi.new("ent_reader **")
    check(lib.ent_reader_new(out, ffi.new("const char *[]", keep), len(keep), _reader_options(diagnostics)))
    reader = ffi.gc(out[0], lib.ent_reader_free)
    try:
        return _run(reader, dicts, no_default_dict, clean, relations, keep_negated, threads, diagnostics)
    finally:
        ffi.release(reader)
