"""The notes gold's scoring: a note keeps its judgment only while the
renderer writes the same words; changed words are unjudged, not scored."""

import json

from crosscheck.eval.notes import GOLD, score


def _items(n: int = 6) -> list[dict]:
    return json.loads((GOLD / "dev.json").read_text(encoding="utf-8"))["items"][:n]


def test_unchanged_words_keep_their_judgment():
    items = _items()
    for item in items:
        item["readable"], item["reason"] = True, ""
    items[0]["readable"], items[0]["reason"] = False, "a fragment"
    unjudged, unreadable = [], []
    figures = score(items, unjudged, unreadable)
    assert not unjudged and [u["id"] for u in unreadable] == [items[0]["id"]]
    assert figures["notes.readable"] == round(5 / 6, 4) and figures["notes.unjudged"] == 0


def test_changed_words_are_unjudged_and_not_scored():
    items = _items()
    for item in items:
        item["readable"] = True
    items[1] = dict(items[1], note=items[1]["note"] + " (as once written)")
    items[2] = dict(items[2], readable=None)
    unjudged = []
    figures = score(items, unjudged)
    assert [u["id"] for u in unjudged] == [items[1]["id"], items[2]["id"]]
    assert unjudged[0]["was_note"].endswith("(as once written)")
    assert unjudged[0]["note"] != unjudged[0]["was_note"]
    assert figures["notes.unjudged"] == 2 and figures["notes.readable"] == 1.0
