"""A conflict needs stronger evidence than agreement (conflict_evidence.py,
issue 12). Each test is a case read among the false conflicts of the tuning
parts (dev4, dev5) or the must-keep disputes of the gold, written anew."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import Context
from crosscheck.corroborate.conflict_evidence import (hedged, other_days, other_subjects,
                                                      other_times, scope, stands)

from corroborate_builders import Event, Quote, Role, article, claim, fig


def conflicts(findings):
    return [f for f in findings if f.status == "conflict"]


def vouched(outlets, claims):
    """Would the evidence test let these mentions stand as a conflict, had an
    aligner disputed them? (The figure aligner does not link every pair a
    reader would; the test of evidence is the same whoever linked them.)"""
    return stands(Context.of(outlets, None), claims)


# -- must keep: firm values of one subject, scope and day --------------------

def test_twelve_against_thirteen_trapped_stays_a_conflict(outlets):
    claims = [claim("a1", "Twelve miners are still trapped, the company said.",
                    figure=fig("miners still trapped", 12), attribution="the company"),
              claim("a2", "Thirteen miners are still trapped, the union said.",
                    figure=fig("miners trapped", 13), attribution="the union")]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "conflict"


def test_two_amounts_of_one_bill_stay_a_conflict(outlets):
    claims = [claim("a1", "The Senate bill sets aside $16 billion for the Navy's shipyards.",
                    figure=fig("bill sets aside", 16e9, unit="USD")),
              claim("a2", "The Senate bill sets aside $17 billion for the Navy's shipyards, "
                          "aides said.", figure=fig("bill sets aside", 17e9, unit="USD"))]
    assert vouched(outlets, claims)


def test_one_article_naming_two_sources_for_two_values_still_disputes(outlets):
    """"12, the company says; 13, the union says" in one article, 12 in
    another: the article sets two sources against each other."""
    claims = [claim("a1", "Twelve miners are still trapped, the company said.",
                    figure=fig("miners trapped", 12), attribution="the company"),
              claim("a1", "Thirteen miners are still trapped, the union said.",
                    figure=fig("miners trapped", 13), attribution="the union"),
              claim("a2", "Twelve miners remain trapped underground.", figure=fig("miners trapped", 12))]
    assert vouched(outlets, claims)
    # ... not when the article gives both in its own voice
    assert not vouched(outlets, [claim("a1", "Twelve miners were trapped on the lower level.",
                                       figure=fig("miners trapped", 12)),
                                 claim("a1", "Thirteen miners were trapped on the upper level.",
                                       figure=fig("miners trapped", 13)),
                                 claims[2]])


# -- must not: the tests that caught the false conflicts ---------------------

def test_one_outlets_running_toll_is_not_anothers_new_cases(outlets):
    claims = [claim("a1", "The province has recorded 1,200 cases of the virus in total.",
                    figure=fig("cases of the virus", 1200)),
              claim("a2", "The province recorded 1,350 new cases of the virus.",
                    figure=fig("cases of the virus", 1350))]
    assert not vouched(outlets, claims)
    # ... and the same two counts worded alike would be vouched for
    assert vouched(outlets, [claim("a1", "The province has recorded 1,200 cases of the virus.",
                                   figure=fig("cases of the virus", 1200)),
                             claim("a2", "The province recorded 1,350 cases of the virus.",
                                   figure=fig("cases of the virus", 1350))])


def test_two_different_bills_are_not_a_conflict(outlets):
    """An article giving both values in its own voice speaks of two things
    (dev5: final sales "at a 2.6 percent pace", the price index "at a 1.5
    percent pace"): its values are not one fact disputed by another outlet."""
    claims = [claim("a1", "The House bill sets aside $16 billion for the Navy's shipyards.",
                    figure=fig("bill sets aside", 16e9, unit="USD")),
              claim("a2", "The House bill sets aside $16 billion for the Navy's shipyards.",
                    figure=fig("bill sets aside", 16e9, unit="USD")),
              claim("a2", "The Senate bill sets aside $17 billion for the Navy's shipyards.",
                    figure=fig("bill sets aside", 17e9, unit="USD"))]
    assert not vouched(outlets, claims)


def test_a_vague_value_does_not_dispute_a_close_one(outlets):
    """dev5: "about three weeks" against the top of "two to four weeks"."""
    claims = [claim("a1", "Goods that travel by sea take two to four weeks to reach the United States.",
                    figure=fig("weeks", 4, unit="week")),
              claim("a2", "Those shipments will take about three weeks to arrive at U.S. seaports.",
                    figure=fig("weeks", 3, "about", unit="week"))]
    findings = corroborate(outlets, claims)
    # each side stands alone: never turned into agreement
    assert [f.status for f in findings] == ["single-source", "single-source"]


def test_quote_given_to_two_people_of_one_surname_by_the_surname_alone_is_no_conflict(outlets):
    """dev5: "Trump said" in both sentences, read as two Trumps: the quotes'
    aligner keeps them one finding, compatible (corroborate/quotes.py)."""
    words = "We're no longer the suckers, folks, and we will not be taken advantage of"
    claims = [claim("a1", f"“{words},” Trump said during remarks at the base.",
                    quote=Quote("Melania Trump", words)),
              claim("a2", f"“{words},” Trump told servicemen at a base in Iraq.",
                    quote=Quote("Donald Trump", words))]
    findings = corroborate(outlets, claims)
    assert [f.status for f in findings] == ["compatible"]


def test_quote_given_to_two_people_named_in_full_stays_a_conflict(outlets):
    words = "We will not back down from this fight over the mine's future"
    claims = [claim("a1", f"“{words},” Mines Minister Talia Korrin said.",
                    quote=Quote("Talia Korrin", words)),
              claim("a2", f"“{words},” union leader Sipho Dlamini said.",
                    quote=Quote("Sipho Dlamini", words))]
    assert conflicts(corroborate(outlets, claims))


def test_a_title_an_article_gives_both_ways_is_no_dispute(outlets):
    """dev5: one article writes "former Louisiana Governor Edwin Edwards"
    and, of 1997, "Governor Edwards"; the other article's "former" is then
    disputed by no one."""
    former = claim("a2", "He paid $400,000 to former Louisiana Gov. Edwin Edwards.",
                   role=Role("Edwin Edwards", "former Gov.", True))
    claims = [claim("a1", "He paid $400,000 to former Louisiana Gov. Edwin Edwards.",
                    role=Role("Edwin Edwards", "former Gov.", True)),
              claim("a1", "In 1997 Governor Edwin Edwards slid a piece of paper across the table.",
                    role=Role("Edwin Edwards", "Governor", False)), former]
    assert not vouched(outlets, claims)
    assert vouched(outlets, [claims[1], former])


def test_same_relative_day_resolved_against_two_publication_days():
    """dev4: "today" in two transcripts published a day apart."""
    arts = [article(1, "Kestrel Herald", "2009-03-03"), article(2, "Valley Courier", "2009-03-04")]
    claims = [claim("a1", "The president signed the order today at the White House.",
                    event=Event("The president signed the order", "2009-03-03", "today")),
              claim("a2", "The president signed the order today at the White House.",
                    event=Event("The president signed the order", "2009-03-04", "today"))]
    assert not conflicts(corroborate(arts, claims))


def test_two_days_named_apart_stay_a_dated_dispute():
    arts = [article(1, "Kestrel Herald", "2009-11-20"), article(2, "Valley Courier", "2009-11-20")]
    claims = [claim("a1", "The navy sank the trawler on November 18 in the Gulf of Aden.",
                    event=Event("The navy sank the trawler", "2009-11-18", "November 18")),
              claim("a2", "The navy sank the trawler on November 19 in the Gulf of Aden.",
                    event=Event("The navy sank the trawler", "2009-11-19", "November 19"))]
    assert conflicts(corroborate(arts, claims))


# -- the word tests, each with what it must accept and reject ----------------

@pytest.mark.parametrize("sentence, qualifier, expected", [
    ("An estimated $102 million in jewelry was taken.", "exact", True),
    ("Goods take two to four weeks to reach the port.", "range", True),
    ("The deal could be worth up to $180 million.", "exact", True),
    ("It takes about three weeks.", "about", True),
    ("As many as 2,000 people need shelter.", "at-most", True),
    # the qualifier of another number of the sentence is not this one's:
    # "up to 40" bounds the hurt, not the 12 killed
    ("Up to 40 people were hurt and 12 were killed.", "exact", False),
    ("Roughly 300 marched, and 12 were arrested.", "exact", False),
    ("Twelve miners are still trapped, the company said.", "exact", False),
    ("The bill passed in May with 65 votes.", "exact", False),   # "May" is a month
])
def test_hedged(sentence, qualifier, expected):
    c = claim("a1", sentence, figure=fig("x", 3, qualifier))
    assert hedged(c) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Some 300 people are killed a day.", {"rate"}),
    ("In all 2,000 people were killed.", {"running"}),
    ("The state reported 1,350 new cases.", {"new"}),
    ("Prices rose 5% from a year ago in New York.", set()),
    ("Twelve miners are still trapped.", set()),
])
def test_scope(sentence, expected):
    assert scope(claim("a1", sentence, figure=fig("x", 3))) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("Twelve people were hurt on Sunday.", "Eight remained in hospital on Wednesday.", True),
    ("Twelve people were hurt on Sunday.", "Sunday's attack hurt 13 people.", False),
    ("Twelve people were hurt.", "Thirteen were hurt on Sunday.", False),
])
def test_other_days(a, b, expected):
    assert other_days(claim("a1", a, figure=fig("x", 12)), claim("a2", b, figure=fig("x", 13))) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("people killed", "people wounded", True),      # dev4: 612 killed, as many as 80 wounded
    ("civilians killed", "soldiers killed", True),
    ("miners still trapped", "miners trapped", False),
    ("miners killed", "miners", False),             # one says less: no other subject
    ("people killed", "people", True),              # dev4: "people" needing shelter; no state
    ("bill sets aside", "bill sets aside", False),
    ("days", "weeks", False),                       # units: "nine days" / "almost three weeks"
])
def test_other_subjects(a, b, expected):
    ca, cb = (claim("a1", "s", figure=fig(label, 12)) for label in (a, b))
    assert other_subjects(ca, cb) is expected


# -- another time: a year other than the article's, in the figure's clause ---

def _quake_articles(published=("2005-11-27", "2005-11-28")):
    return [article(1, "Kestrel Herald", published[0]), article(2, "Valley Courier", published[1])]


def test_an_earlier_quakes_toll_is_not_this_ones():
    """dev4: "more than 26,000 people … in December 2003" in an article of
    2005, against this quake's 10: two quakes, not one disputed."""
    this = claim("a1", "The earthquake on the island killed 10 people, officials said.",
                 figure=fig("people killed", 10))
    bam = claim("a2", "A strong quake killed more than 26,000 people in the ancient city of Bam "
                      "in December 2003.", figure=fig("people killed", 26000, "over"))
    findings = corroborate(_quake_articles(), [this, bam])
    assert not conflicts(findings)
    # each side stands alone: never turned into agreement
    assert sorted(f.status for f in findings) == ["single-source", "single-source"]
    # ... but "last year" is not read as another time: a follow-up tells the
    # very happening so (the findings gold's six against seven hours waited)
    waited = [claim("a1", "Voss waited in line to cast his ballot for seven hours.",
                    figure=fig("hours waited", 7, unit="hour")),
              claim("a2", "Voss was so intent on voting in last year's primary that he waited "
                          "six hours to vote.", figure=fig("hours waited", 6, unit="hour"))]
    assert not other_times(Context.of(_quake_articles(), None), *waited)
    # ... and an undated article is of its story's year
    assert not vouched(_quake_articles(("2005-11-27", None)), [this, bam])
    # ... and a relative clause tells of its antecedent's time
    haunted = claim("a2", "Iranians recall the disaster of December 2003, in which more than "
                          "31,000 people were killed in Bam.", figure=fig("people killed", 31000, "over"))
    assert other_times(Context.of(_quake_articles(), None), this, haunted)


@pytest.mark.parametrize("sentence", [
    # the year stands in another clause of the sentence: the count is of now
    "Thirteen miners are still trapped, while a 2004 law requires two exits from every mine.",
    "Thirteen miners are still trapped; the mine was last inspected in 2004.",
    "Thirteen miners are still trapped, the most since 2004, the union said.",
])
def test_a_year_in_another_clause_keeps_the_conflict(sentence):
    arts = [article(1, "Kestrel Herald", "2006-01-03"), article(2, "Valley Courier", "2006-01-03")]
    claims = [claim("a1", "Twelve miners are still trapped, the company said.",
                    figure=fig("miners still trapped", 12), attribution="the company"),
              claim("a2", sentence, figure=fig("miners trapped", 13), attribution="the union")]
    assert conflicts(corroborate(arts, claims))


@pytest.mark.parametrize("year, disputed", [("2006", True), ("2004", False)])
def test_a_count_told_in_its_articles_year_stays_a_conflict(year, disputed):
    """"the blast of January 2006" in articles of 2006 is this blast's time;
    of 2004, another blast's."""
    arts = [article(1, "Kestrel Herald", "2006-01-03"), article(2, "Valley Courier", "2006-01-03")]
    claims = [claim("a1", "Twelve miners are still trapped, the company said.",
                    figure=fig("miners still trapped", 12), attribution="the company"),
              claim("a2", f"Thirteen miners are still trapped after the blast of January {year}, "
                          "the union said.", figure=fig("miners trapped", 13), attribution="the union")]
    assert bool(conflicts(corroborate(arts, claims))) is disputed


def test_years_that_speak_of_now_or_of_one_other_time_stay_disputed():
    """"since 1990" is a span up to now, "from last year" a comparison's
    base; two outlets naming one other year dispute that year's count."""
    arts = _quake_articles(("2003-12-27", "2003-12-28"))
    this = claim("a1", "The quake that struck Bam on Friday killed 28,000 people, officials said.",
                 figure=fig("people killed", 28000))
    assert vouched(arts, [this, claim("a2", "The quake, the deadliest since 1990, killed 41,000 "
                                            "people.", figure=fig("people killed", 41000))])
    assert vouched(arts, [this, claim("a2", "The quake that struck Bam in December 2003 killed "
                                            "41,000 people.", figure=fig("people killed", 41000))])
    old = [claim("a1", "In 1990 a quake killed 35,000 people in Manjil.", figure=fig("people killed", 35000)),
           claim("a2", "A quake killed 40,000 people in Manjil in 1990.", figure=fig("people killed", 40000))]
    ctx = Context.of(arts, None)
    assert not other_times(ctx, *old)
    # ... and not one other year against another
    assert other_times(ctx, old[0], claim("a2", "A quake killed 40,000 people in Manjil in 1991.",
                                          figure=fig("people killed", 40000)))
