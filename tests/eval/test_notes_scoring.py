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


def test_refreshed_sources_show_in_the_notes_and_are_judged_again(tmp_path):
    """A stored mention re-read by the present claims reader: the speaker it
    names now ("Sgt" was read for "said Sgt. Marty Earley") shows in the note,
    whose judgment is cleared; a note whose words stay keeps its judgment."""
    import pytest

    from crosscheck.eval import shared_data
    from crosscheck.eval.notes import refresh_sources

    data = shared_data()
    if data is None:
        pytest.skip("../shared/data is absent: the stories cannot be read again")
    items = json.loads((GOLD / "heldout3.json").read_text(encoding="utf-8"))["items"]
    sgt = next(i for i in items if i["id"] == "d258304acb3c")
    kept = next(i for i in items if i["story"] == sgt["story"] and i["id"] != sgt["id"]
                and i["readable"])
    for claim in sgt["input"]["claims"]:
        if claim["article"] == "a66b623ebaa076d56":  # as the reader once gave it
            claim["attribution"], claim["quote"]["speaker"] = "Sgt", "Sgt"
    sgt.update(note="as once rendered", readable=False, reason="'Sgt said it'")
    (tmp_path / "heldout3.json").write_text(json.dumps({"items": [sgt, kept]}), encoding="utf-8")
    refresh_sources(data, tmp_path)
    refreshed = json.loads((tmp_path / "heldout3.json").read_text(encoding="utf-8"))["items"]
    speakers = {c["quote"]["speaker"] for c in refreshed[0]["input"]["claims"]}
    assert speakers == {"Marty Earley"} and refreshed[0]["readable"] is None
    assert refreshed[1]["readable"] is True and refreshed[1]["note"] == kept["note"]


def test_baly_stories_are_the_story_stage_s_multi_outlet_stories_named_by_their_ids():
    """``--baly START:STOP``: the stories the story stage finds in a slice of
    the day-sorted Baly articles, kept only when two outlets or more tell
    them, each named by its Baly ids, from which the articles are read again."""
    import pytest

    from crosscheck.eval import shared_data
    from crosscheck.eval.notes_stories import baly_rows, baly_stories, story_articles

    data = shared_data()
    if data is None:
        pytest.skip("../shared/data is absent: no Baly articles")
    rows = baly_rows(data)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    outlet = {r["id"]: r["outlet"] for r in rows}
    stories = baly_stories(data, 7070, 7106)
    assert stories, "a month of 2020 news holds a story told by two outlets"
    for name, articles in stories:
        ids = name.split(":", 1)[1].split("+")
        assert len({outlet[i] for i in ids}) >= 2 and len(ids) == len(articles)
    name, articles = stories[0]
    again = story_articles(data, [name])[name]
    assert sorted(a.id for a in again) == sorted(a.id for a in articles)


def test_stored_event_inputs_gain_the_text_before_their_mentions(tmp_path):
    """``notes_texts``: a stored event input is given the article's text just
    before each mention whose sentence holds "he" ("Since that win over
    Monte Barrett, Rahman has gone 4-2-1 …"), and its note names the
    pronoun from it; an input of another kind is left as stored."""
    import pytest

    from crosscheck.corroborate.render import NoteParts
    from crosscheck.eval import shared_data
    from crosscheck.eval.notes import render
    from crosscheck.eval.notes_texts import refresh_texts_before

    data = shared_data()
    if data is None:
        pytest.skip("../shared/data is absent: the stories cannot be read again")
    items = json.loads((GOLD / "heldout6.json").read_text(encoding="utf-8"))["items"]
    rahman = next(i for i in items if i["id"] == "601ba9acccee")
    other = next(i for i in items if i["story"] == rahman["story"] and i["kind"] == "figure")
    stored = dict(rahman["input"], texts_before=[])
    assert render(NoteParts.from_dict(stored))[0].startswith("He was so thoroughly")
    (tmp_path / "heldout6.json").write_text(json.dumps(
        {"items": [dict(rahman, input=stored), other]}), encoding="utf-8")
    refresh_texts_before(data, tmp_path)
    refreshed = json.loads((tmp_path / "heldout6.json").read_text(encoding="utf-8"))["items"]
    assert render(NoteParts.from_dict(refreshed[0]["input"]))[0].startswith("[Rahman] was")
    # must not: another kind's input is not given a text
    assert refreshed[1]["input"] == other["input"]
