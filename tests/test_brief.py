"""The brief cites an article for a sentence only for what the article says:
one reporting only a fact of the sentence (the title of a person it names) is
cited "in part", never as a source of the whole sentence."""

from __future__ import annotations

import pytest

# Three outlets on the eve of a recall vote: all three call Newsom governor,
# only the first tells of the Sunday rally and Elder's attack on the media.
REPORTS = [
    {"outlet": "Capitol Wire", "title": "Allegations fly as recall vote looms for Newsom",
     "text": "In a blitz of TV ads and a last-minute rally, California Gov. Gavin Newsom urged "
             "voters on Sunday to turn back a looming recall vote that could remove him from "
             "office, while Republican Larry Elder criticized the media for what he described "
             "as double standards. The sunny weekend was a swirl of political activity, as "
             "candidates held rallies and continued bus tours across the state. Election "
             "officials said ballots must be postmarked by Tuesday to be counted."},
    {"outlet": "Harbor Post", "title": "Final polls give Newsom edge in recall",
     "text": "California Gov. Gavin Newsom heads into the recall with the wind at his back "
             "after the last polls of the race show voters want to keep him in the job. A "
             "survey by a San Diego newspaper showed 54 percent of likely voters saying Newsom "
             "should stay in office, while just 41 percent said they planned to vote yes."},
    {"outlet": "The Ledger", "title": "How Newsom fought back against the recall",
     "text": "Gov. Gavin Newsom spent much of the last year defending his handling of the "
             "pandemic, as anger over school closures and shuttered businesses fuelled the "
             "effort to remove him. His campaign has raised far more money than any of the "
             "challengers, and national Democrats have rallied to his side in recent weeks."},
]


@pytest.fixture(scope="module")
def story(one_story):
    return one_story(REPORTS, "2021-09-13")


def test_a_title_shared_by_all_does_not_make_them_sources_of_the_whole_sentence(story):
    outlet = {a["id"]: a["outlet"] for a in story["articles"]}
    governor = [f for f in story["findings"] if f["kind"] == "role" and len(f["articles"]) == 3]
    assert governor, [f["note"] for f in story["findings"]]
    [rally] = [c for c in story["brief"] if "blitz of TV ads" in c["text"]]
    assert [outlet[a] for a in rally["sources"]] == ["Capitol Wire"]
    assert {outlet[a] for a in rally["in_part"]} == {"Harbor Post", "The Ledger"}


def test_a_sentence_only_its_own_article_backs_has_no_in_part(story):
    for cited in story["brief"]:
        if "in_part" in cited:
            assert cited["in_part"] and not set(cited["in_part"]) & set(cited["sources"])
    [poll] = [c for c in story["brief"] if "54 percent" in c["text"]]
    assert len(poll["sources"]) == 1 and "in_part" not in poll


def test_a_timeline_entry_is_told_in_the_words_its_sources_share():
    from crosscheck.brief import _most_shared
    from crosscheck.models import Claim, Event

    def mention(i, sentence):
        return Claim(id=f"c{i}", article=f"a{i}", kind="event", sentence=sentence, span=(0, 5),
                     event=Event(text=sentence, date="2021-06-25", date_text="Friday"))
    aside = mention(1, "Harris flipped a question at her Friday press conference into an attack.")
    visit = [mention(2, "Vice President Kamala Harris visited the southern border in El Paso, "
                        "Texas, on Friday to see a migrant processing center."),
             mention(3, "Vice President Harris visited the U.S.-Mexico border Friday in El "
                        "Paso, Texas, after months of criticism.")]
    assert _most_shared([aside, *visit]) in visit
    # Two mentions share alike: the shorter sentence says it.
    assert len(visit[1].sentence) < len(visit[0].sentence)
    assert _most_shared(visit) == visit[1]


def _two_reports_sharing(kind, status="agree"):
    """Two outlets' sentences with different news in one frame: a finding of
    ``kind`` holds a claim of each."""
    from crosscheck.brief import write_brief
    from crosscheck.models import Article, Claim, Event, Figure, Finding

    one = ("Initial jobless claims fell to 310,000 last week, their lowest level since the "
           "pandemic began, the Labor Department said on Thursday.")
    two = ("Continuing claims, which count people still drawing benefits, rose by 4,000 to "
           "2.7 million in data the Labor Department released on Thursday.")
    articles = [Article(id=f"a{i}", origin=f"{i}.txt", title=None, published="2021-10-14",
                        text=text, outlet=outlet)
                for i, (text, outlet) in enumerate([(one, "Capitol Wire"), (two, "The Ledger")])]
    payload = {"event": Event(text="the Labor Department released data", date="2021-10-14",
                              date_text="Thursday")} if kind == "event" else \
        {"figure": Figure("claims", 310_000.0, 310_000.0, 310_000.0, "exact", None)}
    claims = [Claim(id=f"c{i}", article=a.id, kind=kind, sentence=a.text, span=(0, 5), **payload)
              for i, a in enumerate(articles)]
    finding = Finding(id="f1", kind=kind, topic="claims", status=status,
                      claims=("c0", "c1"), articles=("a0", "a1"), note="",
                      independent_sources=1 if status == "single-source" else 2)
    return write_brief(articles, claims, [finding])


def test_two_sentences_framed_by_one_dated_event_may_both_be_told():
    assert len(_two_reports_sharing("event")) == 2


def test_two_sentences_stating_one_figure_are_told_once():
    """Must reject: no two sentences of the brief state the same figure."""
    assert len(_two_reports_sharing("figure")) == 1


def test_two_sentences_stating_one_figure_of_one_source_are_told_once():
    # two articles of one source (copies, a rewrite): their finding is
    # single-source, and the figure is still told once
    assert len(_two_reports_sharing("figure", "single-source")) == 1
    # must keep: a shared dated event of one source frames both, as above
    assert len(_two_reports_sharing("event", "single-source")) == 2
