"""Run one test module of python/tests for ctest: exit 77 (ctest: skipped)
when a module it needs is not installed, else unittest's verdict.

    python3 python/tests/run.py test_frame cffi pandas
"""
import importlib.util
import os
import sys
import unittest


def main(argv):
    module, needs = argv[0], argv[1:]
    missing = [m for m in needs if importlib.util.find_spec(m) is None]
    if missing:
        debian = {"cffi": "python3-cffi", "pandas": "python3-pandas", "networkx": "python3-networkx"}
        print("skipped: %s needs %s (Debian: %s)" % (module, ", ".join(missing),
                                                     " ".join(debian.get(m, m) for m in missing)))
        return 77
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    suite = unittest.defaultTestLoader.loadTestsFromName(module)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    if not result.wasSuccessful():
        return 1
    if result.testsRun == len(result.skipped):
        print("every test of %s skipped" % module)
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
