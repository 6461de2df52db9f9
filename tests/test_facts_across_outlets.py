"""One fact told by three outlets in their own words is one fact everywhere a
reader looks: one finding citing all three, one brief sentence citing all
three, one timeline entry."""

from __future__ import annotations

import json

import pytest


# Three outlets, one day, one rescue: the same count and the same event in
# other words, and a look-alike count (the injured) that must stay apart.
REPORTS = [
    {"outlet": "Coastline Times", "title": "Twelve miners still trapped at Brannock Deep",
     "text": "Twelve miners remain trapped underground at the Brannock Deep gold mine, the "
             "operator said on Tuesday. The shaft collapsed on Monday after a tremor shook the "
             "region, and rescue teams have been drilling towards a refuge chamber since then. "
             "Four miners were injured in the collapse and taken to hospital in Kestrel Falls."},
    {"outlet": "Valley Courier", "title": "Rescuers race to reach 12 workers at gold mine",
     "text": "Rescuers are racing to reach 12 mineworkers still trapped at Brannock Deep, the "
             "mine's operator said on Tuesday. A shaft at the gold mine caved in on Monday "
             "following a tremor, according to the company. Crews expect to reach the refuge "
             "chamber by Thursday if the rock holds."},
    {"outlet": "Daily Pulse", "title": "Brannock Deep: 12 still underground",
     "text": "The operator of the Brannock Deep gold mine said on Tuesday that 12 miners are "
             "still trapped below ground. The mine shaft collapsed on Monday when a tremor hit "
             "the area. Families gathered at the gate overnight waiting for news of their "
             "relatives."},
]


@pytest.fixture(scope="module")
def story(one_story):
    return one_story(REPORTS, "2025-03-11")


def test_one_count_in_three_wordings_is_one_finding_citing_all_three(story):
    trapped = [f for f in story["findings"] if f["kind"] == "figure"
               and any(c["figure"]["value"] == 12 for c in story["claims"] if c["id"] in f["claims"])]
    assert len(trapped) == 1, [f["note"] for f in trapped]
    assert trapped[0]["status"] == "agree" and len(trapped[0]["articles"]) == 3


def test_the_injured_are_not_the_trapped(story):
    injured = [c["id"] for c in story["claims"] if c["kind"] == "figure" and c["figure"]["value"] == 4]
    assert injured
    for f in story["findings"]:
        if set(injured) & set(f["claims"]):
            assert f["status"] == "single-source" and len(f["articles"]) == 1


def test_the_brief_states_the_fact_once_citing_all_three(story):
    citing_all = [c for c in story["brief"] if len(set(c["sources"])) == 3]
    assert citing_all, story["brief"]
    mentions_twelve = [c for c in story["brief"] if "12" in c["text"] or "Twelve" in c["text"]]
    assert len(mentions_twelve) == 1, [c["text"] for c in mentions_twelve]


def test_the_collapse_is_one_timeline_entry_with_its_three_sources(story):
    monday = [e for e in story["timeline"] if e["date"] == "2025-03-10"]
    assert len(monday) == 1, monday
    assert len(monday[0]["sources"]) == 3


def _jobs_report(data_dir):
    """AllSides dev story 5634 (the September 2021 jobs report, three outlets):
    its articles and their claims."""
    from crosscheck.claims import extract_claims_batch
    from crosscheck.eval.findings import _article

    lines = (data_dir / "allsides-stories" / "allsides-stories-dev.jsonl").read_text(
        encoding="utf-8").splitlines()
    story = next(json.loads(line) for line in lines if json.loads(line)["story"] == 5634)
    articles = [_article(f"jobs-{a['outlet']}", a["text"], a["title"], a["outlet"], story["date"])
                for a in story["articles"]]
    claims = [c for found in extract_claims_batch(articles) for c in found]
    return articles, claims


def test_jobs_report_told_by_three_outlets(data_dir):
    """Real text (AllSides dev, the September 2021 jobs report): the 194,000 jobs
    and the 4.8% unemployment rate that three outlets give are one finding each,
    citing all three."""
    from crosscheck.corroborate import corroborate

    articles, claims = _jobs_report(data_dir)
    findings = corroborate(articles, claims)
    by_id = {c.id: c for c in claims}
    for value in (194000, 4.8):
        found = [f for f in findings if f.kind == "figure"
                 and any(by_id[c].figure.value == value for c in f.claims)]
        assert len(found) == 1 and len(found[0].articles) == 3, [f.note for f in found]
        assert found[0].status == "agree"


def test_the_jobs_report_is_one_timeline_entry_citing_its_three_outlets(data_dir):
    """Real text (AllSides dev, the September 2021 jobs report): two outlets
    date the report with a verb ("the Labor Department said Friday"), the
    third names it as a thing of the day ("Friday's report from the Labor
    Department"): one dated entry citing all three (issue 12)."""
    from crosscheck.brief import write_timeline
    from crosscheck.corroborate import corroborate

    articles, claims = _jobs_report(data_dir)
    timeline = write_timeline(articles, claims, corroborate(articles, claims))
    friday = [e for e in timeline if e.date == "2021-10-08"]
    assert len(friday) == 1, [(e.date, e.text) for e in timeline]
    assert set(friday[0].sources) == {a.id for a in articles}
