"""entente.code_frame(): typed columns, the same events as the dicts."""
import unittest

import pandas as pd

import entente
from common import EXAMPLES, example_events


class FrameTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.df = entente.code_frame(paths=[EXAMPLES])
        cls.events = example_events()

    def test_dtypes(self):
        df = self.df
        for col in ("doc", "source", "target", "code", "plover_mode", "relation_type", "text"):
            self.assertEqual(str(df[col].dtype), "string", col)
        self.assertTrue(pd.api.types.is_datetime64_any_dtype(df["date"]))
        for col in ("plover", "kind", "modality", "date_precision"):
            self.assertIsInstance(df[col].dtype, pd.CategoricalDtype, col)
        for col in ("sentence", "quad", "span_start", "span_end"):
            self.assertEqual(str(df[col].dtype), "int64", col)
        self.assertEqual(str(df["goldstein"].dtype), "float64")
        self.assertEqual(str(df["relation_sign"].dtype), "Int8")
        self.assertEqual(str(df["negated"].dtype), "bool")

    def test_values_are_the_events(self):
        df, ev = self.df, self.events
        self.assertEqual(len(df), len(ev))
        self.assertEqual([None if pd.isna(c) else c for c in df["code"]], [e["code"] or None for e in ev])
        self.assertTrue(any(c.startswith("0") for c in df["code"].dropna()), "codes keep their leading zeros")
        self.assertEqual(list(df["plover"].astype(object).fillna("")), [e["plover"] for e in ev])
        self.assertFalse(df["modality"].isna().any(), "every modality is a category")
        self.assertFalse(df["kind"].isna().any())
        for i, e in enumerate(ev):
            d = df["date"].iloc[i]
            if not e["date"]:
                self.assertTrue(pd.isna(d), i)
            else:
                self.assertEqual(d.strftime("%Y-%m-%d")[:len(e["date"])], e["date"], i)
            rel = e["relation"]
            self.assertEqual(pd.isna(df["relation_sign"].iloc[i]), rel is None, i)
            self.assertEqual(list(df[["span_start", "span_end"]].iloc[i]), e["span"], i)

    def test_partial_dates(self):
        df = entente.events_frame([
            dict(self.events[0], date="2024"), dict(self.events[0], date="2024-03"),
            dict(self.events[0], date="2024-03-05"), dict(self.events[0], date="")])
        self.assertEqual(list(df["date_precision"].astype(object).fillna("-")), ["year", "month", "day", "-"])
        self.assertEqual(str(df["date"].iloc[1].date()), "2024-03-01")
        self.assertTrue(pd.isna(df["date"].iloc[3]))

    def test_texts(self):
        df = entente.code_frame(["Turkey and Azerbaijan signed a defence pact."], dates=["2024-03-05"])
        self.assertEqual(set(df["code"]), {"057"})
        self.assertEqual(str(df["date"].iloc[0].date()), "2024-03-05")

    def test_empty(self):
        df = entente.events_frame([])
        self.assertEqual(len(df), 0)
        self.assertEqual(str(df["code"].dtype), "string")


if __name__ == "__main__":
    unittest.main()
