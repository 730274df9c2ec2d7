"""entente.analyze() holds exactly what `entente analyze --json` prints for
the same events (loaded with `entente ingest --events`)."""
import json
import os
import tempfile
import unittest

import entente
from common import cli, example_events


def cli_report(events, *options):
    with tempfile.TemporaryDirectory() as d:
        path, db = os.path.join(d, "events.jsonl"), os.path.join(d, "store.db")
        with open(path, "w", encoding="utf-8") as f:
            for e in events:
                f.write(json.dumps(e) + "\n")
        cli("ingest", "--db", db, "--events", path)
        return json.loads(cli("analyze", "--db", db, "--json", "-q", *options))


class AnalyzeTest(unittest.TestCase):
    def test_same_report_as_cli(self):
        events = example_events()
        want = cli_report(events)
        got = entente.analyze(events)
        self.assertIsInstance(got, entente.Analysis)
        self.assertGreater(want["summary"]["ties"], 5, "the examples make a network")
        self.assertEqual(list(got.keys()), list(want.keys()))
        for key in want:
            self.assertEqual(got[key], want[key], key)

    def test_same_report_as_cli_with_options(self):
        events = example_events()
        want = cli_report(events, "--level", "sector", "--window", "6m", "--min-strength", "2", "--no-names",
                          "--since", "2019")
        got = entente.analyze(events, level="sector", window="6m", min_strength=2, names=False, since="2019")
        self.assertEqual(got, want)
        self.assertEqual(got["options"]["level"], "sector")

    def test_no_events(self):
        got = entente.analyze([])
        self.assertTrue(got["summary"]["empty"])

    def test_bad_option_raises(self):
        with self.assertRaises(ValueError):
            entente.analyze([], level="planet")
        with self.assertRaises(entente.Error) as cm:
            entente.analyze(example_events(), since="2024-13")
        self.assertIn("2024-13", str(cm.exception))

    def test_bad_event_is_a_warning(self):
        events = example_events()[:5] + [{"doc": "x", "kind": "event"}]
        with self.assertWarns(entente.InputWarning):
            got = entente.analyze(events)
        self.assertGreater(got["summary"]["events"], 0)


if __name__ == "__main__":
    unittest.main()
