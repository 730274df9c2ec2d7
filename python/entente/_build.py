"""Build the cffi extension `entente._native` against libentente.

cffi's API mode (out of line): the declarations below are compiled against
the real headers in include/entente/, so the compiler checks every field
offset and constant we use; a struct declared with `...;` takes its layout
from the header rather than from this file. Nothing here is copied by hand
from a struct layout that could drift.

Run by CMake (the `entente_python` target), by `make install-python` and by
setup.py (`pip install ./python`):

    python3 python/entente/_build.py --include DIR --libdir DIR [--rpath DIR] --out DIR
"""
import argparse
import os
import sys

import cffi

CDEF = r"""
typedef struct { char *ptr; size_t size; ...; } ent_buf;
void ent_buf_dispose(ent_buf *buf);

const char *ent_strerror(int code);
const char *ent_error_last(void);
int ent_error_last_code(void);
void ent_error_clear(void);
const char *ent_version(void);

typedef enum { ENT_DIAG_WARNING, ENT_DIAG_ERROR, ... } ent_diag_level;
typedef struct {
    ent_diag_level level;
    int code;
    const char *file;
    uint64_t line;
    uint64_t offset;
    const char *message;
    ...;
} ent_diag;
typedef void (*ent_diag_fn)(const ent_diag *diag, void *payload);

/* dictionaries */
typedef struct ent_lexicon ent_lexicon;
typedef struct {
    unsigned int version;
    int strict;
    ent_diag_fn diag;
    void *diag_payload;
    ...;
} ent_lexicon_options;
int ent_lexicon_new(ent_lexicon **out, const ent_lexicon_options *opts);
int ent_lexicon_load_set(ent_lexicon *lx, const char *const *paths, size_t npaths, int no_default);
int ent_lexicon_finish(ent_lexicon *lx);
void ent_lexicon_free(ent_lexicon *lx);

/* the parser's model */
typedef struct ent_parse_model ent_parse_model;
int ent_parse_model_load(ent_parse_model **out, const char *path);
void ent_parse_model_free(ent_parse_model *model);

/* reading */
typedef struct ent_reader ent_reader;
typedef struct {
    unsigned int version;
    int strict;
    ent_diag_fn diag;
    void *diag_payload;
    ...;
} ent_reader_options;
int ent_reader_new(ent_reader **out, const char *const *paths, size_t npaths,
                   const ent_reader_options *opts);
int ent_reader_new_memory(ent_reader **out, const void *data, size_t len, const char *name,
                          const ent_reader_options *opts);
size_t ent_reader_error_count(const ent_reader *r);
void ent_reader_free(ent_reader *r);

/* coding */
typedef enum { ENT_CODE_JSONL, ENT_CODE_TSV, ENT_CODE_MENTIONS, ... } ent_code_format;
typedef struct {
    unsigned int version;
    int keep_negated;
    int relations;
    int resolve_pronouns;
    const struct ent_parse_model *parse_model;
    ...;
} ent_coder_options;
typedef struct {
    unsigned int version;
    int threads;
    ent_code_format format;
    int clean;
    ent_coder_options coder;
    size_t docs, sentences, events;
    ...;
} ent_code_run_options;

/* the store */
typedef struct ent_store ent_store;
typedef struct { uint64_t docs_added, docs_skipped, events, sentences, bad_lines; ...; } ent_store_stats;
typedef struct {
    unsigned int version;
    ent_diag_fn diag;
    void *diag_payload;
    ...;
} ent_store_load_options;
int ent_store_open(ent_store **out, const char *path, const void *opts);
void ent_store_close(ent_store *s);
int ent_store_load_events(ent_store *s, const char *path, const ent_store_load_options *opts,
                          ent_store_stats *stats);

/* the report */
typedef enum { ENT_LEVEL_COUNTRY, ENT_LEVEL_SECTOR, ... } ent_actor_level;
typedef struct {
    unsigned int version;
    ent_actor_level level;
    const char *since;
    const char *until;
    int window_months;
    double min_strength;
    ...;
} ent_dyad_options;
typedef enum { ENT_REPORT_TEXT, ENT_REPORT_JSON, ENT_REPORT_DOT, ENT_REPORT_GRAPHML,
               ENT_REPORT_GEXF, ENT_REPORT_SVG, ENT_REPORT_HTML, ... } ent_report_format;
#define ENT_REPORT_METHOD_AUTO ...
#define ENT_REPORT_METHOD_EXACT ...
#define ENT_REPORT_METHOD_HEURISTIC ...
typedef struct {
    unsigned int version;
    ent_dyad_options dyads;
    size_t blocs;
    double time_limit;
    int weighted;
    int method;
    const ent_lexicon *names;
    ...;
} ent_report_options;
typedef struct ent_report ent_report;
int ent_report_from_store(ent_report **out, ent_store *s, const ent_report_options *opts);
int ent_report_write(const ent_report *r, ent_report_format fmt, ent_buf *out);
void ent_report_free(ent_report *r);

/* helpers of this module (the source below) */
void ent_py_lexicon_options_init(ent_lexicon_options *o);
void ent_py_reader_options_init(ent_reader_options *o);
void ent_py_code_run_options_init(ent_code_run_options *o);
void ent_py_store_load_options_init(ent_store_load_options *o);
void ent_py_report_options_init(ent_report_options *o);
int ent_py_code_run(ent_reader *r, const ent_lexicon *lx, ent_code_run_options *o, ent_buf *out);

/* diagnostics come back to Python (the GIL is taken only for them) */
extern "Python" void ent_py_diag(const ent_diag *diag, void *payload);
"""

# The options' defaults are macros (ENT_X_OPTIONS_INIT), which cffi cannot
# call, so each gets a function here; the output of a run is gathered in C,
# so ent_code_run never calls back into Python and the GIL stays released
# for the whole run.
SOURCE = r"""
#include <stdlib.h> /* realloc */
#include <string.h> /* memcpy */
#include "entente/entente.h"

static void ent_py_lexicon_options_init(ent_lexicon_options *o)
{ ent_lexicon_options d = ENT_LEXICON_OPTIONS_INIT; *o = d; }
static void ent_py_reader_options_init(ent_reader_options *o)
{ ent_reader_options d = ENT_READER_OPTIONS_INIT; *o = d; }
static void ent_py_code_run_options_init(ent_code_run_options *o)
{ ent_code_run_options d = ENT_CODE_RUN_OPTIONS_INIT; *o = d; }
static void ent_py_store_load_options_init(ent_store_load_options *o)
{ ent_store_load_options d = ENT_STORE_LOAD_OPTIONS_INIT; *o = d; }
static void ent_py_report_options_init(ent_report_options *o)
{ ent_report_options d = ENT_REPORT_OPTIONS_INIT; *o = d; }

/* An ent_write_fn appending to an ent_buf. Its memory is released with
 * ent_buf_dispose(), so it must come from the allocator libentente frees
 * with: the library's default (malloc/free). */
static int ent_py_append(const char *data, size_t len, void *payload)
{
    ent_buf *b = payload;
    if (b->size + len + 1 > b->asize) {
        size_t cap = b->asize ? b->asize : 65536;
        while (cap < b->size + len + 1)
            cap *= 2;
        char *p = realloc(b->ptr, cap);
        if (!p)
            return ENT_ENOMEM;
        b->ptr = p;
        b->asize = cap;
    }
    memcpy(b->ptr + b->size, data, len);
    b->size += len;
    b->ptr[b->size] = '\0';
    return 0;
}

static int ent_py_code_run(ent_reader *r, const ent_lexicon *lx, ent_code_run_options *o, ent_buf *out)
{
    return ent_code_run(r, lx, o, ent_py_append, out);
}
"""


def make_builder(include_dir, lib_dir, rpath=None):
    ffi = cffi.FFI()
    ffi.cdef(CDEF)
    ffi.set_source(
        "entente._native",
        SOURCE,
        include_dirs=[include_dir],
        library_dirs=[lib_dir],
        libraries=["entente"],
        runtime_library_dirs=[rpath or lib_dir],
        extra_compile_args=["-std=c11", "-Wall", "-Wno-unused-parameter"],
    )
    return ffi


# For setup.py's cffi_modules: the headers and library from the environment
# (a checkout's build, or an install prefix).
_here = os.path.dirname(os.path.abspath(__file__))
_checkout = os.path.dirname(os.path.dirname(_here))
ffibuilder = None
if __name__ != "__main__":
    ffibuilder = make_builder(
        os.environ.get("ENTENTE_INCLUDE_DIR", os.path.join(_checkout, "include")),
        os.environ.get("ENTENTE_LIB_DIR", os.path.join(_checkout, "build")),
        os.environ.get("ENTENTE_RPATH"),
    )


def main(argv):
    ap = argparse.ArgumentParser(description="build entente._native against libentente")
    ap.add_argument("--include", required=True, help="directory holding entente/entente.h")
    ap.add_argument("--libdir", required=True, help="directory holding libentente.so")
    ap.add_argument("--rpath", help="where libentente.so is found at run time (default: --libdir)")
    ap.add_argument("--out", required=True, help="directory that receives entente/_native*.so")
    ap.add_argument("--tmp", help="directory for the generated C file and objects")
    ap.add_argument("--verbose", action="store_true", help="show the compiler commands")
    a = ap.parse_args(argv)
    ffi = make_builder(a.include, a.libdir, a.rpath)
    tmp = a.tmp or os.path.join(a.out, "_cffi_build")
    os.makedirs(tmp, exist_ok=True)
    built = ffi.compile(tmpdir=tmp, verbose=a.verbose)
    # compile() names the module entente._native, so it lands in tmp/entente/
    os.makedirs(os.path.join(a.out, "entente"), exist_ok=True)
    dest = os.path.join(a.out, "entente", os.path.basename(built))
    os.replace(built, dest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
