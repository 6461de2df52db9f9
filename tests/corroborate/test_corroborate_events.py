"""Dated events across outlets (corroborate/events.py), on realistic sentences."""

from corroborate_builders import Event, claim

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.events import alone_on_their_day


def dated(article_id, sentence, gist, date_text="Thursday", date="2021-08-19"):
    return claim(article_id, sentence, event=Event(text=gist, date=date, date_text=date_text))


# AllSides dev (the August 2021 jobless claims): two outlets tell the Labor
# Department's release of Thursday in other words; the gists ("released",
# "claims report") and the sentences (cosine 0.52) are too unlike for the word
# and sentence conditions.
RELEASED = dated("a1", "Initial filings for unemployment benefits, seen as a proxy for layoffs, "
                       "reached 348,000 last week, down 29,000 from the prior week’s revised level "
                       "of 377,000, according to data released Thursday by the Labor Department.",
                 "released")
SHOWED = dated("a2", "The weekly unemployment claims report from the Labor Department on "
                     "Thursday, the most timely data on the economy's health, also showed the "
                     "number of people on state jobless rolls dropped in early August to levels "
                     "last seen in mid-March 2020.", "claims report")


def event_findings(outlets, claims):
    return [f for f in corroborate(outlets, claims) if f.kind == "event"]


def test_the_one_event_each_article_tells_of_a_day_is_one_finding(outlets):
    found = [f for f in event_findings(outlets, [RELEASED, SHOWED]) if len(f.articles) > 1]
    assert len(found) == 1 and found[0].articles == ("a1", "a2")
    assert found[0].status == "agree"


def test_an_article_telling_several_events_of_that_day_needs_alike_words(outlets):
    # The second article tells another event of Thursday as well: which of
    # its two the first one's is, only alike words can say.
    busy = [RELEASED, SHOWED,
            dated("a2", "Shares of Kestrel Mining fell sharply in early trading in London on "
                        "Thursday.", "Shares fell")]
    assert all(len(f.articles) == 1 for f in event_findings(outlets, busy))


def test_alone_on_their_day():
    other_day = dated("a2", "The Senate voted on Wednesday to extend the rail strike deadline.",
                      "Senate voted", "Wednesday", "2021-08-18")
    undated = dated("a3", "The mine shaft collapsed on Monday.", "shaft collapsed", "Monday", None)
    assert alone_on_their_day([RELEASED, SHOWED, other_day, undated]) == [True, True, True, False]
    second = dated("a1", "Stocks rose on Thursday after the report.", "Stocks rose")
    assert alone_on_their_day([RELEASED, second, SHOWED]) == [False, False, True]


def test_two_events_alone_on_their_day_that_share_no_words_stay_apart(outlets):
    # The sample corpus: each article's only Monday event, two happenings.
    campaign = dated("a1", "The campaign was taken off billboards and regional radio on Monday.",
                     "campaign was taken", "Monday", "2025-03-10")
    bodies = dated("a2", "At least 27 bodies had been recovered by early Monday from the Brannock "
                         "Deep gold mine in Veldmark province.", "bodies had been recovered",
                   "early Monday", "2025-03-10")
    assert all(len(f.articles) == 1 for f in event_findings(outlets, [campaign, bodies]))
