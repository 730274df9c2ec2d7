"""Analysis.to_networkx(): the report's actors and signed ties as a graph."""
import unittest

import entente
from common import example_events


class NetworkxTest(unittest.TestCase):
    def test_graph_is_the_report_network(self):
        report = entente.analyze(example_events())
        g = report.to_networkx()
        self.assertEqual(g.number_of_nodes(), report["summary"]["actors"])
        self.assertEqual(g.number_of_edges(), report["summary"]["ties"])
        for d in report["dyads"]:
            if d["sign"]:
                self.assertEqual(g.edges[d["a"], d["b"]]["sign"], d["sign"])
                self.assertEqual(g.edges[d["a"], d["b"]]["weight"], d["weight"])
            else:
                self.assertFalse(g.has_edge(d["a"], d["b"]))
        frustrated = [e for e in g.edges(data=True) if e[2]["frustrated"]]
        self.assertEqual(len(frustrated), len(report["frustration"]["edges"]))
        actor = report["actors"][0]
        if actor["code"] in g:
            self.assertEqual(g.nodes[actor["code"]]["name"], actor["name"])
        everyone = report.to_networkx(all_actors=True)
        self.assertEqual(everyone.number_of_nodes(), len(report["actors"]))


if __name__ == "__main__":
    unittest.main()
