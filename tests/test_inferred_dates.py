"""Inferred dates of undated articles, from records built by hand."""

from crosscheck.inferred_dates import infer_published, resolve_inferred_events
from crosscheck.models import Article, Claim, Event


def article(id_, published=None, text="…"):
    return Article(id=id_, origin=f"{id_}.txt", title=None, published=published, text=text)


def event(article_id, text, date_text, tense, date=None, n=0, sentence=None):
    return Claim(id=f"c{article_id}{n}", article=article_id, kind="event",
                 sentence=sentence or text, span=(0, 1),
                 event=Event(text=text, date=date, date_text=date_text, tense=tense))


# A story of Monday 2024-05-06 articles.
MONDAY = [article("a", "2024-05-06"), article("b", "2024-05-06T09:00:00")]


def test_a_later_day_it_narrates_moves_the_date_forward():
    """The issue's case: "the vote went ahead on Tuesday" in a story of Monday
    articles is from Tuesday or later."""
    claims = [event("u", "the vote went ahead", "Tuesday", "past")]
    got = infer_published(MONDAY + [article("u")], claims)
    assert got["u"].date == "2024-05-07"
    assert "the vote went ahead" in got["u"].reason and "past" in got["u"].reason


def test_without_narrated_days_the_story_date():
    got = infer_published(MONDAY + [article("u")], [])
    assert got["u"].date == "2024-05-06"
    assert got["u"].reason.startswith("the story's date")
    assert "a" not in got and "b" not in got  # stated dates are never replaced


def test_an_earlier_weekday_does_not_pull_the_date_back():
    claims = [event("u", "protesters gathered", "Sunday", "past")]
    assert infer_published(MONDAY + [article("u")], claims)["u"].date == "2024-05-06"


def test_a_past_weekday_far_ahead_is_the_one_before():
    """A past "Saturday" in a story of Tuesday articles is four days ahead or
    three back: more than FORWARD_DAYS ahead, so it is the Saturday before and
    the story's date stands."""
    tuesday = [article("a", "2024-05-07")]
    claims = [event("u", "protesters gathered", "Saturday", "past")]
    assert infer_published(tuesday + [article("u")], claims)["u"].date == "2024-05-07"


def test_what_it_does_not_report_as_past_is_not_evidence():
    """Must reject: a scheduled vote, and days relative to the article itself."""
    claims = [event("u", "parliament will vote", "Thursday", "future", n=0),
              event("u", "the minister spoke", "today", "past", n=1),
              event("u", "the minister arrived", "yesterday", "past", n=2)]
    assert infer_published(MONDAY + [article("u")], claims)["u"].date == "2024-05-06"


def test_an_event_the_dated_articles_date():
    late = [article("a", "2024-05-06"), article("b", "2024-05-06"), article("c", "2024-05-09")]
    claims = [event("c", "the ceasefire collapsed", "Wednesday", "past", date="2024-05-08"),
              event("u", "the ceasefire collapsed overnight", "today", "present")]
    got = infer_published(late + [article("u")], claims)
    assert got["u"].date == "2024-05-08"
    assert "dated 2024-05-08" in got["u"].reason


def test_a_full_past_date_it_states():
    claims = [event("u", "the court ruled", "May 10, 2024", "past", date="2024-05-10")]
    assert infer_published(MONDAY + [article("u")], claims)["u"].date == "2024-05-10"


def test_no_dated_article_no_inference():
    assert infer_published([article("u"), article("v")], []) == {}


def test_relative_dates_resolved_and_marked_inferred():
    claims = [event("u", "the vote went ahead", "Tuesday", "past", n=0),
              event("u", "the minister spoke", "today", "past", n=1),
              event("u", "talks will resume", "Friday", "future", n=2),
              event("a", "the debate opened", "Monday", "past", date="2024-05-06", n=3)]
    inferred = infer_published(MONDAY + [article("u")], claims)
    resolved = resolve_inferred_events(claims, inferred)
    got = [(c.event.date, c.event.inferred) for c in resolved]
    assert got == [("2024-05-07", True), ("2024-05-07", True), ("2024-05-10", True),
                   ("2024-05-06", False)]  # a stated article's event is left as it was
    assert [c.id for c in resolved] == [c.id for c in claims]


def test_a_resolution_is_redone_when_the_inference_goes():
    """An event resolved against an earlier inference is unresolved again when
    the article no longer has an inferred date (its story lost its dated articles)."""
    claims = [event("u", "the vote went ahead", "Tuesday", "past")]
    once = resolve_inferred_events(claims, infer_published(MONDAY + [article("u")], claims))
    assert once[0].event.inferred
    again = resolve_inferred_events(once, {})
    assert (again[0].event.date, again[0].event.inferred) == (None, False)


# The minimum-wage story: a dated report of Wednesday 2014-04-30 tells the vote.
WAGE = [article("a", "2014-04-30")]
WAGE_VOTE = event("a", "Senate Republicans blocked the minimum wage bill", "Wednesday", "past",
                  date="2014-04-30", n=9)


def test_yesterday_of_an_event_the_dated_articles_date_is_the_day_after():
    claims = [WAGE_VOTE, event("u", "Republicans blocked the minimum wage bill", "yesterday",
                               "past", sentence="Senate Republicans blocked the minimum wage "
                                                "bill yesterday, ending debate.")]
    got = infer_published(WAGE + [article("u")], claims)["u"]
    assert got.date == "2014-05-01" and "yesterday" in got.reason


def test_today_of_an_event_the_dated_articles_date_can_be_before_the_story_date():
    """A "tonight" debate that a next-day article dates: the undated preview is
    of the debate's day, not of the story's (later) date."""
    story = [article("a", "2012-10-23")]
    claims = [event("a", "Romney and Obama clashed over foreign policy in the debate",
                    "Monday", "past", date="2012-10-22", n=9),
              event("u", "Obama and Romney clashed over foreign policy", "tonight", "past",
                    sentence="Obama and Romney clashed over foreign policy tonight.")]
    assert infer_published(story + [article("u")], claims)["u"].date == "2012-10-22"


def test_a_speakers_today_is_not_the_articles_day():
    """Must reject: "today" inside a quotation is the speaker's day."""
    story = [article("a", "2012-10-23")]
    claims = [event("a", "Romney and Obama clashed over foreign policy in the debate",
                    "Monday", "past", date="2012-10-22", n=9),
              event("u", "Obama and Romney clashed over foreign policy", "today", "past",
                    sentence='"Obama and Romney clashed over foreign policy today," he '
                             'wrote in a memo.')]
    assert infer_published(story + [article("u")], claims)["u"].date == "2012-10-23"


def test_a_past_weekday_that_looks_further_back_is_not_taken_forward():
    """Must reject the next day: "last Tuesday" and the past perfect look back."""
    for claim in (event("u", "he convened a Cabinet meeting", "last Tuesday", "past"),
                  event("u", "a valet who had been in the room with him", "Tuesday", "past")):
        assert infer_published(MONDAY + [article("u")], [claim])["u"].date == "2024-05-06"


# Bannon's testimony: dated articles of Tuesday 2018-01-16 and Wednesday 2018-01-17.
BANNON = [article("a", "2018-01-16"), article("b", "2018-01-17")]


def test_a_weekday_announced_with_will_bounds_the_day_from_above():
    claims = [event("u", "Steve Bannon will appear", "Tuesday morning", "future",
                    sentence="Steve Bannon will appear before the House Intelligence "
                             "Committee on Tuesday morning.")]
    got = infer_published(BANNON + [article("u")], claims)["u"]
    assert got.date == "2018-01-16" and "as to come" in got.reason


def test_what_the_tense_alone_reads_as_to_come_bounds_nothing():
    """Must reject: the day belongs to "said", or the verb is "would", or the
    clause has no "will" at all."""
    for date_text, sentence in (
            ("Tuesday", "Sanders said Tuesday the trip will be about the recovery."),
            ("Tuesday", "Relatives would hold a vigil Tuesday, the family said."),
            ("Tuesday", "She was on her way to attend religious services on Tuesday.")):
        claims = [event("u", "the trip will be", date_text, "future", sentence=sentence)]
        assert infer_published(BANNON + [article("u")], claims)["u"].date == "2018-01-17"


# An ECB+-like story of two events years apart: a deputy shot in June 2005 and
# the trial of his killer in April 2007.
SHOOTING = "A sheriff deputy was shot and killed during a traffic stop on the highway; " \
           "the deputy was a veteran of the patrol."
TRIAL = "The jury reached a verdict and convicted the man at the trial; the judge will " \
        "sentence him for the murder."
TWO_EVENTS = [article("a", "2005-06-24", SHOOTING), article("b", "2005-06-25", SHOOTING),
              article("c", "2007-04-02", TRIAL), article("d", "2007-04-04", TRIAL)]


def test_the_story_date_is_that_of_the_dated_articles_worded_most_like_it():
    got = infer_published(TWO_EVENTS + [article("u", text=TRIAL)], [])["u"]
    assert got.date == "2007-04-02" and "worded most like it" in got.reason


def test_an_article_of_the_other_event_gets_the_other_date():
    """Must date otherwise: the shooting report is of the shooting's days, and
    with two dated articles or fewer the median of all stands."""
    assert infer_published(TWO_EVENTS + [article("u", text=SHOOTING)], [])["u"].date == \
        "2005-06-24"
    assert infer_published(TWO_EVENTS[1:3] + [article("u", text=TRIAL)], [])["u"].date == \
        "2007-04-02"
