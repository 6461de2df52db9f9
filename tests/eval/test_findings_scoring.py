"""The findings scorer, on gold stories and findings built by hand (no data, no
model): what matches a gold item, what must be rejected, and how each kind of
prediction counts. Also the shape of the gold files themselves."""

from __future__ import annotations

import json

import pytest

from crosscheck.eval.findings import GOLD, SAMPLE, GoldStory, matches, score
from crosscheck.models import Article, Claim, Event, Figure, Finding, Role


def _article(label: str) -> Article:
    return Article(id="a-" + label, origin=label, title=None, published="2025-03-12", text="")


def _figure(cid: str, label: str, sentence: str, subject: str, value: float,
            low: float | None = None, high: float | None = None, qualifier: str = "exact") -> Claim:
    low = value if low is None and qualifier == "exact" else low
    high = value if high is None and qualifier == "exact" else high
    return Claim(id=cid, article="a-" + label, kind="figure", sentence=sentence, span=(0, len(sentence)),
                 figure=Figure(subject=subject, value=value, low=low, high=high, qualifier=qualifier))


def _role(cid: str, label: str, sentence: str, person: str, title: str, former: bool) -> Claim:
    return Claim(id=cid, article="a-" + label, kind="role", sentence=sentence, span=(0, len(sentence)),
                 role=Role(person=person, title=title, former=former))


def _event(cid: str, label: str, sentence: str, date: str) -> Claim:
    return Claim(id=cid, article="a-" + label, kind="event", sentence=sentence, span=(0, len(sentence)),
                 event=Event(text=sentence, date=date, date_text="on Tuesday"))


def _finding(kind: str, status: str, topic: str, claims: list[Claim]) -> Finding:
    return Finding(id="f-" + topic, kind=kind, topic=topic, status=status,
                   claims=tuple(c.id for c in claims),
                   articles=tuple(sorted({c.article for c in claims})), note="")


CLAIMS = {c.id: c for c in [
    _figure("t12a", "a", "The company says 12 miners are still trapped.", "miners trapped", 12),
    _figure("t12b", "b", "Twelve miners remain trapped, officials said.", "miners trapped", 12),
    _figure("t13c", "c", "The union says 13 are still trapped.", "people trapped", 13),
    _figure("d43a", "a", "At least 43 people have died.", "people died", 43, 43, None, "at-least"),
    _figure("d40b", "b", "More than 40 miners were killed.", "miners killed", 40, 40, None, "over"),
    _figure("d27c", "c", "At least 27 bodies had been recovered by Monday.", "bodies", 27, 27, None, "at-least"),
    _figure("h12c", "c", "The 12 hours of rescue work were trapped in red tape.", "hours", 12),
    _role("rka", "a", "Mines Minister Adaeze Korrin visited the site.", "Adaeze Korrin", "Mines Minister", False),
    _role("rkb", "b", "Former Mines Minister Adaeze Korrin promised help.", "Adaeze Korrin", "Mines Minister", True),
    _role("rva", "a", "Priya Venn said Korrin would visit.", "Priya Venn", "spokeswoman", False),
    _role("rvb", "b", "Spokeswoman Priya Venn, speaking after Korrin, declined.", "Priya Venn", "spokesman", False),
    _event("eia", "a", "Korrin ordered an inquiry on Tuesday.", "2025-03-11"),
    _event("eib", "b", "Korrin told parliament on Wednesday about the inquiry.", "2025-03-12"),
]}

ITEMS = [
    {"kind": "figure", "topic": ["trapped"], "status": "conflict",
     "sides": [{"says": "12", "values": [12], "outlets": ["a", "b"]}, {"says": "13", "values": [13], "outlets": ["c"]}]},
    {"kind": "figure", "topic": ["dead", "died", "killed"], "status": "compatible",
     "sides": [{"says": "at least 43", "values": [43], "outlets": ["a"]}, {"says": "more than 40", "values": [40], "outlets": ["b"]}]},
    {"kind": "figure", "topic": ["bodies", "died"], "status": "not-conflict",
     "sides": [{"says": "27 by Monday", "values": [27], "outlets": ["c"]}, {"says": "43", "values": [43, 40], "outlets": ["a", "b"]}]},
    {"kind": "role", "topic": ["korrin"], "status": "conflict",
     "sides": [{"says": "former", "outlets": ["b"]}, {"says": "current", "outlets": ["a"]}]},
    {"kind": "event", "topic": ["inquiry"], "status": "not-conflict",
     "sides": [{"says": "Tuesday", "dates": ["2025-03-11"], "outlets": ["a"]},
               {"says": "Wednesday", "dates": ["2025-03-12"], "outlets": ["b"]}]},
]


@pytest.fixture
def story() -> GoldStory:
    return GoldStory("test", {label: _article(label) for label in "abc"}, ITEMS)


def _c(*ids: str) -> list[Claim]:
    return [CLAIMS[i] for i in ids]


def test_a_conflict_across_both_sides_matches(story):
    f = _finding("figure", "conflict", "miners trapped", _c("t12a", "t13c"))
    assert matches(f, ITEMS[0], story, CLAIMS)
    s = score([story], [[f]], CLAIMS)
    assert s["conflict.precision"] == 1.0 and s["conflict.recall"] == 1.0 / 2  # the role conflict is missed


def test_a_conflict_within_one_side_is_rejected(story):
    # Two articles, both saying 12: not the gold 12-vs-13 conflict.
    f = _finding("figure", "conflict", "miners trapped", _c("t12a", "t12b"))
    assert not matches(f, ITEMS[0], story, CLAIMS)
    assert score([story], [[f]], CLAIMS)["conflict.precision"] == 0.0


def test_an_article_on_the_right_side_with_the_wrong_number_is_rejected(story):
    # Outlet c is on the 13 side, but its claim is about 12 hours, not 13 miners.
    f = _finding("figure", "conflict", "trapped", _c("t12a", "h12c"))
    assert not matches(f, ITEMS[0], story, CLAIMS)


def test_the_topic_keywords_must_match(story):
    f = _finding("figure", "conflict", "rescue shifts", [
        _figure("x1", "a", "Crews work 12 shifts.", "shifts", 12),
        _figure("x2", "c", "Crews work 13 shifts.", "shifts", 13)])
    claims = {**CLAIMS, "x1": _figure("x1", "a", "Crews work 12 shifts.", "shifts", 12),
              "x2": _figure("x2", "c", "Crews work 13 shifts.", "shifts", 13)}
    assert not matches(f, ITEMS[0], story, claims)


def test_the_kind_must_match(story):
    f = _finding("role", "conflict", "trapped", _c("t12a", "t13c"))
    assert not matches(f, ITEMS[0], story, CLAIMS)


def test_a_role_matches_on_the_person_not_on_names_elsewhere_in_the_sentence(story):
    venn = _finding("role", "conflict", "Priya Venn", _c("rva", "rvb"))
    assert not matches(venn, ITEMS[3], story, CLAIMS)  # both sentences mention Korrin
    korrin = _finding("role", "conflict", "Adaeze Korrin", _c("rka", "rkb"))
    assert matches(korrin, ITEMS[3], story, CLAIMS)


def test_an_agreement_needs_two_articles(story):
    one = _finding("figure", "agree", "people died", _c("d43a"))
    two = _finding("figure", "compatible", "people died", _c("d43a", "d40b"))
    assert not matches(one, ITEMS[1], story, CLAIMS)
    assert matches(two, ITEMS[1], story, CLAIMS)
    s = score([story], [[two]], CLAIMS)
    assert s["agreement.precision"] == 1.0 and s["agreement.recall"] == 1.0


def test_unannotated_agreements_are_ignored_but_unannotated_conflicts_count():
    story = GoldStory("test", {label: _article(label) for label in "abc"}, ITEMS[:1])
    extra = [_figure("y1", "a", "The mine has 1,900 staff.", "staff", 1900),
             _figure("y2", "b", "It employs 1,800 people.", "people employed", 1800)]
    claims = {**CLAIMS, **{c.id: c for c in extra}}
    agree = _finding("figure", "agree", "staff", extra)
    conflict = _finding("figure", "conflict", "staff", extra)
    assert score([story], [[agree]], claims)["agreement.n_predicted_scored"] == 0
    s = score([story], [[conflict]], claims)
    assert s["conflict.n_predicted"] == 1 and s["conflict.precision"] == 0.0


def test_a_conflict_called_an_agreement_counts_against_agreement(story):
    f = _finding("figure", "compatible", "miners trapped", _c("t12a", "t13c"))
    s = score([story], [[f]], CLAIMS)
    assert s["agreement.precision"] == 0.0 and s["agreement.n_predicted_scored"] == 1


def test_tempting_pairs_reported_as_conflict_are_counted(story):
    toll = _finding("figure", "conflict", "dead", _c("d27c", "d43a"))
    dates = _finding("event", "conflict", "inquiry", _c("eia", "eib"))
    errors: list[dict] = []
    s = score([story], [[toll, dates]], CLAIMS, errors)
    assert s["not_conflict.reported_as_conflict"] == 2
    assert s["conflict.precision"] == 0.0
    assert sum(e["error"] == "not-conflict reported as conflict" for e in errors) == 2


def test_event_sides_check_the_resolved_date(story):
    same_day = {**CLAIMS, "eib2": _event("eib2", "b", "Korrin told parliament about the inquiry.", "2025-03-11")}
    f = _finding("event", "conflict", "inquiry", [same_day["eia"], same_day["eib2"]])
    assert not matches(f, ITEMS[4], story, same_day)


def test_single_source_findings_are_not_scored(story):
    f = _finding("figure", "single-source", "miners trapped", _c("t12a", "t13c"))
    s = score([story], [[f]], CLAIMS)
    assert s["conflict.n_predicted"] == 0 and s["agreement.n_predicted_scored"] == 0


# -- the gold files ------------------------------------------------------------

def _gold() -> list[tuple[str, dict]]:
    return [(p.name, rec) for p in sorted(GOLD.glob("*.json"))
            for rec in json.loads(p.read_text(encoding="utf-8"))["stories"]]


def test_gold_items_are_well_formed():
    for name, rec in _gold():
        labels = set(rec.get("articles", {}))
        for item in rec["items"]:
            where = f"{name} {rec['story']} {item['topic']}"
            assert item["kind"] in ("figure", "quote", "role", "event"), where
            assert item["status"] in ("conflict", "agree", "compatible", "not-conflict"), where
            assert item["topic"] and all(isinstance(k, str) and k for k in item["topic"]), where
            assert item["sides"] and all(s["outlets"] for s in item["sides"]), where
            if item["status"] in ("conflict", "not-conflict"):
                assert len(item["sides"]) >= 2, f"{where}: a tempting pair needs two sides"
            if labels:
                assert {o for s in item["sides"] for o in s["outlets"]} <= labels, where


def test_gold_has_the_counts_the_issue_asks_for():
    statuses = [item["status"] for _, rec in _gold() for item in rec["items"]]
    assert len(statuses) >= 30
    assert sum(s in ("agree", "compatible") for s in statuses) >= 12
    assert statuses.count("not-conflict") >= 8


def test_sample_gold_refers_to_files_that_exist():
    # Files by name; records of wire.jsonl and feed.xml by the URL they carry.
    names = {p.name for p in SAMPLE.iterdir()}
    records = [p.read_text(encoding="utf-8") for p in SAMPLE.iterdir() if p.suffix in (".jsonl", ".xml")]
    for _, rec in _gold():
        if rec["dataset"] == "sample":
            for ref in rec["articles"].values():
                assert ref in names or any(ref in t for t in records), ref
