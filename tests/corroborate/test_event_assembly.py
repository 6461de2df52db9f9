"""A sentence read both as a dated event and as a statement is in one event
finding (corroborate/__init__.py's assembly), on realistic sentences."""

from dataclasses import replace

import pytest
from corroborate_builders import Event, claim

from crosscheck.corroborate import corroborate

FOX = ("Homeland Security Secretary Alejandro Mayorkas on Tuesday ordered Immigration and "
       "Customs Enforcement to stop mass worksite raids.")
NBC = ("Homeland Security Secretary Alejandro Mayorkas on Tuesday issued a memo ordering U.S. "
       "Immigration and Customs Enforcement to end mass worksite raids.")


def read_twice(article_id, sentence, gist):
    """The claims reader's two readings of a dated sentence: the event of its day, and the statement."""
    return [claim(article_id, sentence, event=Event(gist, "2025-03-11", "Tuesday", "past")),
            claim(article_id, sentence, event=Event("", None, "", "past"))]


def test_a_dated_sentence_read_twice_is_one_event_finding(outlets):
    claims = (read_twice("a1", FOX, "Mayorkas ordered Immigration and Customs Enforcement to stop raids")
              + read_twice("a2", NBC, "Mayorkas issued memo ordering Immigration and Customs Enforcement"))
    events = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    assert len(events) == 1
    [finding] = events
    assert set(finding.claims) == {c.id for c in claims}
    assert finding.status == "agree" and finding.articles == ("a1", "a2")
    assert "2025-03-11" in finding.note  # the event's words, with its day


def test_an_outlet_telling_the_event_with_no_day_joins_its_finding(outlets):
    # The statement linker links the undated sentence to one of the dated
    # ones; the fact is one, dated by two outlets and not by the third.
    undated = claim("a3", "Mayorkas ordered Immigration and Customs Enforcement to end mass worksite "
                          "raids, the department said.", event=Event("", None, "", "past"))
    claims = (read_twice("a1", FOX, "Mayorkas ordered Immigration and Customs Enforcement to stop raids")
              + read_twice("a2", NBC, "Mayorkas issued memo ordering Immigration and Customs Enforcement")
              + [undated])
    events = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    assert len(events) == 1
    [finding] = events
    assert undated.id in finding.claims and finding.articles == ("a1", "a2", "a3")
    assert finding.status == "agree"
    assert "Meridian Post says it with no day" in finding.note


def test_an_outlet_naming_another_day_stays_apart(outlets):
    undated = claim("a3", "Mayorkas ordered Immigration and Customs Enforcement to end mass worksite "
                          "raids on Friday, the department said.", event=Event("", None, "", "past"))
    claims = (read_twice("a1", FOX, "Mayorkas ordered Immigration and Customs Enforcement to stop raids")
              + read_twice("a2", NBC, "Mayorkas issued memo ordering Immigration and Customs Enforcement")
              + [undated])
    events = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    dated = [f for f in events if f.claims and claims[0].id in f.claims]
    assert len(dated) == 1 and undated.id not in dated[0].claims


POST = ("The stopgap bill includes language to keep the government funded through Dec. 3 and "
        "sends disaster relief to the states.")
CNBC = ("The stopgap bill includes language to keep the government funded into early December "
        "and sends disaster relief to the states.")


def test_a_month_beside_a_day_inside_it_is_compatible(outlets):
    dated = claim("a1", POST, event=Event("bill includes language funded", "2025-12-03", "Dec. 3"))
    claims = [dated, claim("a1", POST, event=Event("", None, "", "present")),
              claim("a2", CNBC, event=Event("", None, "", "present"))]
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    assert finding.articles == ("a1", "a2")
    assert finding.status == "compatible"
    assert "Valley Courier says “December”" in finding.note


def test_time_against_a_day():
    """What the time words the claims reader kept of a sentence say of a day."""
    from crosscheck.claims.events import time_words
    from crosscheck.corroborate.events import OTHER_TIME, time_against

    def said(sentence: str) -> str:
        return time_against(time_words(sentence), "2021-12-03")  # a Friday

    assert said("Senators plan a bill to keep the government running into early December.") \
        == "December"
    assert said("The measure would extend funding until Dec. 3, 2021.") == ""
    assert said("A senior diplomat has resigned, two officials said.") == ""
    assert said("The envoy stepped down on Friday.") == ""
    # another time: a weekday, a month, a month's day, a month's year
    assert said("The envoy stepped down on Thursday.") == OTHER_TIME
    assert said("The agency said in September that it would act.") == OTHER_TIME
    assert said("The measure would extend funding until Dec. 4.") == OTHER_TIME
    assert said("The rule was first announced in December 2020.") == OTHER_TIME
    # a year alone dates the background; "may" the verb is no month
    assert said("Patients who had Covid-19 in 2020 may get sick again.") == ""
    # a claim made before the time words were kept reads as naming none
    assert time_against(None, "2021-12-03") == ""


@pytest.mark.parametrize("kept", [True, False], ids=["time words kept", "claim made before"])
def test_an_outlet_naming_the_day_in_a_sentence_read_undated_is_quoted(outlets, kept):
    # "Thursday morning" read by no dated event: the note quotes it rather
    # than say the outlet gives no day; a claim made before the claims reader
    # kept the time words (events.v10, as the notes gold stores them) has
    # them read from its sentence.
    undated = claim("a3", "Mayorkas ordered Immigration and Customs Enforcement on Tuesday morning "
                          "to end mass worksite raids, the department said.",
                    event=Event("", None, "", "past"))
    if not kept:
        undated = replace(undated, event=replace(undated.event, when_text=None))
    claims = (read_twice("a1", FOX, "Mayorkas ordered Immigration and Customs Enforcement to stop raids")
              + read_twice("a2", NBC, "Mayorkas issued memo ordering Immigration and Customs Enforcement")
              + [undated])
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "event"]
    assert undated.id in finding.claims and finding.status == "agree"
    assert "Meridian Post says “Tuesday”" in finding.note and "no day" not in finding.note
