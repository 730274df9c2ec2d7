"""entente: code news text into events and analyse the signed network,
from Python, on libentente (the same library as the `entente` command).

    import entente
    events = entente.code(["Turkey and Azerbaijan signed a defence pact on Tuesday."],
                          dates=["2024-03-05"])
    frame = entente.code_frame(paths=["examples/"])      # needs pandas
    report = entente.analyze(events)                    # the JSON report's objects
    graph = report.to_networkx()                        # needs networkx

See docs/python.md.
"""
import os as _os

try:  # only in a build tree (BUILD/python): the checkout's dictionaries
    from entente._paths import DATA_DIR as _DATA_DIR

    _os.environ.setdefault("ENT_DATA_DIR", _DATA_DIR)
except ImportError:  # installed: the library knows its data directory
    pass

from entente._library import Error, InputWarning, ffi as _ffi, lib as _lib
from entente.analysis import Analysis, analyze
from entente.coding import code, code_paths
from entente.frame import code_frame, events_frame

__all__ = ["Analysis", "Error", "InputWarning", "analyze", "code", "code_frame", "code_paths", "events_frame",
           "library_version"]


def library_version():
    """The version of the libentente this package runs on."""
    return _ffi.string(_lib.ent_version()).decode()
