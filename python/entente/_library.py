"""The compiled binding to libentente, its errors, and the resources every
call shares: the parser's model and the loaded dictionaries, each loaded
once per process and read by any number of threads (the library keeps
them read-only once finished)."""
import threading
import warnings

try:
    from entente._native import ffi, lib
except ImportError as e:  # pragma: no cover - depends on the installation
    raise ImportError(
        "entente's compiled part (entente._native) is missing or cannot load libentente: "
        "build it with `make` in the checkout (needs python3-cffi) or install with "
        "`make install-python` (%s)" % e
    ) from e


class Error(Exception):
    """A failure reported by libentente. `code` is the library's negative
    ent_error_code, `name` its ent_strerror() text; the message is the
    library's own (it names the file, line or value at fault)."""

    def __init__(self, code, message):
        self.code = code
        self.name = ffi.string(lib.ent_strerror(code)).decode("utf-8", "replace")
        super().__init__(message or self.name)


def check(rc):
    """Raise Error for a negative return code, with the message the library
    left on this thread."""
    if rc < 0:
        message = ffi.string(lib.ent_error_last()).decode("utf-8", "replace")
        lib.ent_error_clear()
        raise Error(rc, message)
    return rc


class InputWarning(UserWarning):
    """A problem with one input (a bad JSONL line, a dictionary entry) that
    the library reported and went past."""


class Diagnostics:
    """Collects the diagnostics of one call, then turns them into warnings
    (errors and warnings alike: the call itself has succeeded). Pass
    `handle` as the diag payload; keep this object alive during the call."""

    def __init__(self):
        self.items = []
        self.handle = ffi.new_handle(self)

    def warn(self, stacklevel=3):
        for level, file, line, message in self.items:
            where = file or "(input)"
            if line:
                where += ":%d" % line
            kind = "error" if level == lib.ENT_DIAG_ERROR else "warning"
            warnings.warn("%s: %s: %s" % (where, kind, message), InputWarning, stacklevel=stacklevel)

    @property
    def errors(self):
        return sum(1 for it in self.items if it[0] == lib.ENT_DIAG_ERROR)


@ffi.def_extern()
def ent_py_diag(diag, payload):
    d = ffi.from_handle(payload)
    file = ffi.string(diag.file).decode("utf-8", "replace") if diag.file else None
    message = ffi.string(diag.message).decode("utf-8", "replace") if diag.message else ""
    d.items.append((diag.level, file, int(diag.line), message))


def _text(s):
    return s.encode("utf-8") if isinstance(s, str) else s


class Lexicon:
    """A finished lexicon (for coding) or a loaded one (for names)."""

    def __init__(self, paths, no_default, finish, diagnostics):
        opts = ffi.new("ent_lexicon_options *")
        lib.ent_py_lexicon_options_init(opts)
        opts.diag = lib.ent_py_diag
        opts.diag_payload = diagnostics.handle
        out = ffi.new("ent_lexicon **")
        check(lib.ent_lexicon_new(out, opts))
        self.ptr = ffi.gc(out[0], lib.ent_lexicon_free)
        keep = [ffi.new("char[]", _text(p)) for p in paths]
        arr = ffi.new("const char *[]", keep) if keep else ffi.NULL
        check(lib.ent_lexicon_load_set(self.ptr, arr, len(keep), 1 if no_default else 0))
        if finish:
            check(lib.ent_lexicon_finish(self.ptr))


_lock = threading.Lock()
_lexicons = {}
_model = None


def lexicon(dicts=None, no_default_dict=False, finish=True):
    """The lexicon of `dicts` (paths, added to the defaults unless
    no_default_dict), loaded on first use and kept."""
    if isinstance(dicts, (str, bytes)):
        dicts = [dicts]
    key = (tuple(str(p) for p in (dicts or ())), bool(no_default_dict), finish)
    with _lock:
        lx = _lexicons.get(key)
        if lx is None:
            d = Diagnostics()
            lx = Lexicon(key[0], key[1], finish, d)
            if finish:  # a names-only lexicon is quiet about its entries, as the CLI's is
                d.warn(stacklevel=4)
            _lexicons[key] = lx
        return lx


def parse_model():
    """The default parser model (data/model/), loaded on first use."""
    global _model
    with _lock:
        if _model is None:
            out = ffi.new("ent_parse_model **")
            check(lib.ent_parse_model_load(out, ffi.NULL))
            _model = ffi.gc(out[0], lib.ent_parse_model_free)
        return _model


def take_buf(buf):
    """The bytes of an ent_buf, which is then released."""
    try:
        return ffi.unpack(buf.ptr, buf.size) if buf.size else b""
    finally:
        lib.ent_buf_dispose(buf)
