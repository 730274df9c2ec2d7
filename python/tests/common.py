"""What the tests share: the command, the checkout, and the CLI's output on
the bundled example corpus (computed once per process)."""
import functools
import json
import os
import subprocess

ENTENTE = os.environ.get("ENTENTE", "entente")
SOURCE_DIR = os.environ.get("ENT_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLES = os.path.join(SOURCE_DIR, "examples")

# The fields of `entente code` JSONL, in its order (cli/cmd_code.c --help).
FIELDS = ["doc", "sentence", "date", "kind", "source", "target", "code", "goldstein", "quad", "plover", "mode",
          "relation", "negated", "modality", "span", "text"]


def cli(*args, stdin=None):
    """stdout of `entente ARGS`; fails the test on a non-zero exit."""
    p = subprocess.run([ENTENTE, *args], input=stdin, capture_output=True, check=False)
    if p.returncode != 0:
        raise AssertionError("entente %s: exit %d: %s" % (" ".join(args), p.returncode, p.stderr.decode()))
    return p.stdout


def cli_events(*args):
    """`entente code ARGS` read as a list of dicts."""
    return [json.loads(line) for line in cli("code", *args).splitlines() if line.strip()]


@functools.lru_cache(maxsize=None)
def example_events_json():
    return json.dumps(cli_events(EXAMPLES))


def example_events():
    """The CLI's events of examples/ (a fresh copy each call)."""
    return json.loads(example_events_json())


def assert_same_events(test, got, want):
    """Compare field by field, naming the event and field that differ."""
    test.assertEqual(len(got), len(want), "number of events")
    for i, (g, w) in enumerate(zip(got, want)):
        test.assertEqual(list(g.keys()), list(w.keys()), "fields of event %d" % i)
        for f in w:
            test.assertEqual(g[f], w[f], "event %d (%s sentence %s): field %s" % (i, w["doc"], w["sentence"], f))
            test.assertIs(type(g[f]), type(w[f]), "event %d: type of field %s" % (i, f))
