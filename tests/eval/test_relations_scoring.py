"""The relations evaluator's counting, on hand-built groups (no shared data)."""

from crosscheck.eval.relations import GoldGroup, score


def _group(pairs):
    return GoldGroup(name="g", split="dev", articles={}, pairs=pairs)


PAIRS = [
    {"a": "a", "b": "b", "kind": "syndicated", "why": "same text"},
    {"a": "a", "b": "c", "kind": "same-wire", "credited_by": [], "why": "agency versions"},
    {"a": "b", "b": "c", "kind": "same-wire", "credited_by": ["b"], "why": "credited by b"},
    {"a": "c", "b": "d", "kind": "rewrite", "why": "reworded"},
    {"a": "a", "b": "d", "kind": "independent", "why": "own words"},
    {"a": "b", "b": "d", "kind": "independent", "why": "own words"},
]


def test_each_kind_is_counted_and_a_wrong_kind_is_counted_apart():
    predicted = {("a", "b"): "syndicated", ("a", "c"): "syndicated", ("b", "c"): "same-wire",
                 ("a", "d"): "rewrite"}
    errors = []
    figures, n = score([_group(PAIRS)], [predicted], errors)
    # syndicated: 2 predicted, 1 right (the other is a same-wire pair)
    assert figures["syndicated.precision"] == 0.5 and figures["syndicated.recall"] == 1.0
    assert figures["same-wire.precision"] == 1.0 and figures["same-wire.recall"] == 0.5
    assert figures["same-wire.credited.recall"] == 1.0
    assert figures["same-wire.uncredited.recall"] == 0.0
    # the rewrite was missed and an independent pair was called a rewrite
    assert figures["rewrite.precision"] == 0.0 and figures["rewrite.recall"] == 0.0
    # any copy: 3 of the 4 gold copies found; 3 of the 4 predicted copies are copies
    assert figures["copy.recall"] == 0.75 and figures["copy.precision"] == 0.75
    assert figures["copy.wrong_kind"] == round(1 / 3, 4)
    assert figures["independent.kept_apart"] == 0.5
    assert {(e["a"], e["b"]) for e in errors} == {("a", "c"), ("c", "d"), ("a", "d")}


def test_nothing_predicted_is_a_precision_of_one_and_a_recall_of_zero():
    figures, n = score([_group(PAIRS)], [{}])
    assert figures["copy.precision"] == 1.0 and figures["copy.recall"] == 0.0
    assert figures["independent.kept_apart"] == 1.0
    assert n["gold.independent"] == 2 and "pred.syndicated" not in n
