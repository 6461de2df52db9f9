"""Inferred dates of undated articles, from records built by hand."""

from crosscheck.inferred_dates import infer_published, resolve_inferred_events
from crosscheck.models import Article, Claim, Event


def article(id_, published=None):
    return Article(id=id_, origin=f"{id_}.txt", title=None, published=published, text="…")


def event(article_id, text, date_text, tense, date=None, n=0):
    return Claim(id=f"c{article_id}{n}", article=article_id, kind="event", sentence=text,
                 span=(0, 1), event=Event(text=text, date=date, date_text=date_text,
                                          tense=tense))


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
