"""Two dated events of one day that the model links though their words read
apart: linked only when each tells a happening done, by one actor
(corroborate/event_links.done_on_one_day, SAME_DAY_LINK). Each rule has an
input it must reject."""

import pytest

from crosscheck.corroborate.event_links import dated_verb, done_on_one_day
from crosscheck.models import Claim, Event


def dated(article, sentence, date_text, tense="past", day="2008-12-05"):
    return Claim(id=f"{article}:{sentence[:12]}", article=article, kind="event",
                 sentence=sentence, span=(0, len(sentence)),
                 event=Event(text=sentence, date=day, date_text=date_text, tense=tense))


def test_the_day_dates_the_verb_it_hangs_from():
    claim = dated("a", "Staunton police on Friday arrested a former co-worker.", "Friday")
    assert dated_verb(claim).text == "arrested"


def test_one_happening_told_by_two_outlets_is_done_on_one_day():
    # the same actor named on both sides, each day dating a happening
    assert done_on_one_day(
        dated("a", "DeGeneres tweeted Friday about the show.", "Friday"),
        dated("b", "The comedian DeGeneres made the announcement via her Twitter feed on Friday.",
              "Friday"))


def test_two_days_are_not_one_day():
    assert not done_on_one_day(
        dated("a", "DeGeneres tweeted Friday about the show.", "Friday"),
        dated("b", "DeGeneres made the announcement via her Twitter feed on Thursday.",
              "Thursday", day="2008-12-04"))


def test_an_event_told_in_the_future_is_not_done():
    assert not done_on_one_day(
        dated("a", "The Senate voted on Tuesday to extend the debt limit.", "Tuesday"),
        dated("b", "The Senate will vote on Tuesday on the debt limit.", "Tuesday",
              tense="future"))


@pytest.mark.parametrize("planned", [
    "The Security Council announced an emergency meeting scheduled for Wednesday morning.",
    "Grassley agreed to schedule a public hearing on Monday.",
    "The council plans to meet on Wednesday.",
])
def test_a_plan_for_the_day_is_not_a_happening_of_it(planned):
    assert not done_on_one_day(
        dated("a", "The Security Council held a closed-door meeting Wednesday.", "Wednesday"),
        dated("b", planned, "Wednesday morning" if "Wednesday morning" in planned
              else "Wednesday" if "Wednesday" in planned else "Monday"))


def test_a_state_on_the_day_is_not_a_happening():
    # "were happy Thursday": the day dates "be"
    assert not done_on_one_day(
        dated("a", "Senate leader Schumer announced Thursday morning that a deal had been reached.",
              "Thursday morning"),
        dated("b", "The leaders of the Senate were happy Thursday with their deal.", "Thursday"))


def test_two_actors_of_one_day_are_two_happenings():
    # two steps of one case, each side's actor absent from the other sentence
    assert not done_on_one_day(
        dated("a", "Staunton police on Friday arrested a former co-worker of the two women.",
              "on Friday"),
        dated("b", "A judge on Friday set a court date for the former co-worker.", "on Friday"))
