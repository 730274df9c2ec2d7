"""entente.code() and code_paths() give the CLI's events, field by field."""
import json
import os
import tempfile
import threading
import time
import unittest
import warnings

import entente
from common import EXAMPLES, FIELDS, assert_same_events, cli_events, example_events


class CodePathsTest(unittest.TestCase):
    def test_examples_match_cli(self):
        want = example_events()
        self.assertGreater(len(want), 50, "the example corpus codes to many events")
        got = entente.code_paths(EXAMPLES)
        assert_same_events(self, got, want)
        self.assertEqual(list(got[0].keys()), FIELDS)

    def test_codes_stay_strings(self):
        events = entente.code_paths(EXAMPLES)
        codes = [e["code"] for e in events if e["kind"] == "event"]
        self.assertTrue(all(isinstance(c, str) for c in codes))
        self.assertTrue(any(c.startswith("0") for c in codes), "a code with a leading zero keeps it")

    def test_bad_record_is_a_warning_naming_the_file(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "feed.jsonl")
            with open(path, "w") as f:
                f.write('{"id": "a", "date": "2024-03-05", "text": "Turkey and Azerbaijan signed a defence pact."}\n')
                f.write("{not json\n")
                f.write('{"id": "b", "date": "2024-03-06", "text": "Russia condemned Ukraine."}\n')
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                events = entente.code_paths(path)
            self.assertEqual({e["doc"] for e in events}, {"a", "b"}, "the good records are still coded")
            msgs = [str(w.message) for w in caught if issubclass(w.category, entente.InputWarning)]
            self.assertTrue(any(path + ":2" in m and "malformed JSON" in m for m in msgs), msgs)


class CodeTextsTest(unittest.TestCase):
    def texts(self):
        out = []
        for name in sorted(os.listdir(EXAMPLES)):
            if name.endswith(".txt"):
                with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
                    out.append((name, f.read()))
        self.assertGreaterEqual(len(out), 3)
        return out

    def test_texts_match_cli_on_the_same_jsonl(self):
        docs = self.texts()
        ids = [n for n, _ in docs]
        dates = ["2021-06-0%d" % (i + 1) if i % 2 else None for i in range(len(docs))]
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "docs.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for (n, t), dt in zip(docs, dates):
                    rec = {"id": n, "text": t}
                    if dt:
                        rec["date"] = dt
                    f.write(json.dumps(rec) + "\n")
            want = cli_events(path)
        got = entente.code([t for _, t in docs], dates=dates, ids=ids)
        self.assertGreater(len(want), 10)
        assert_same_events(self, got, want)
        self.assertIn("2021-06-02", {e["date"] for e in got}, "a date given is the document's date")

    def test_one_string_is_one_document(self):
        events = entente.code("Turkey and Azerbaijan signed a defence pact on Tuesday.", dates=["2024-03-05"])
        self.assertTrue(events)
        self.assertEqual({e["doc"] for e in events}, {"0"})
        self.assertEqual({e["date"] for e in events}, {"2024-03-05"})
        self.assertEqual([e for e in events if e["source"] == "TUR"][0]["code"], "057")

    def test_options(self):
        text = "Turkey is Azerbaijan's closest ally. Turkey and Azerbaijan signed a defence pact."
        kinds = {e["kind"] for e in entente.code(text)}
        self.assertEqual(kinds, {"event", "relation"})
        self.assertEqual({e["kind"] for e in entente.code(text, relations=False)}, {"event"})

    def test_argument_errors(self):
        with self.assertRaises(ValueError):
            entente.code(["a", "b"], dates=["2024-01-01"])
        with self.assertRaises(TypeError):
            entente.code([1])
        self.assertEqual(entente.code([]), [])

    def test_bad_dictionary_path_raises_the_library_message(self):
        bad = "/nonexistent/entente-dict-%d" % os.getpid()
        with self.assertRaises(entente.Error) as cm:
            entente.code(["Turkey praised Azerbaijan."], dicts=[bad])
        self.assertIn(bad, str(cm.exception))
        self.assertEqual(cm.exception.code, -4)  # ENT_ENOTFOUND
        with self.assertRaises(entente.Error):
            entente.code_paths(EXAMPLES, dicts=bad)


class GilTest(unittest.TestCase):
    def test_coding_releases_the_gil(self):
        """Another Python thread keeps running while the library codes: with
        the GIL held it could not run at all until the call returned."""
        with open(os.path.join(EXAMPLES, "01-s400-deal-2018.txt"), encoding="utf-8") as f:
            text = f.read()
        entente.code(text)  # dictionaries and model loaded before timing
        ticks, stop = [], threading.Event()

        def spin():
            while not stop.is_set():
                ticks.append(time.perf_counter())
                time.sleep(0.001)

        th = threading.Thread(target=spin)
        th.start()
        time.sleep(0.02)
        t0 = time.perf_counter()
        entente.code([text] * 40)
        t1 = time.perf_counter()
        stop.set()
        th.join()
        inside = [t for t in ticks if t0 < t < t1]
        self.assertGreater(t1 - t0, 0.05, "the call is long enough to tell")
        gaps = [b - a for a, b in zip([t0] + inside, inside + [t1])]
        self.assertLess(max(gaps), 0.5 * (t1 - t0), "the other thread ran during the call")


if __name__ == "__main__":
    unittest.main()
