"""Days as told by articles that could not resolve them (corroborate/event_links.py
``told_day``): ECB+'s articles carry no publication date, so "Friday" is no day."""

from corroborate_builders import Event, claim

from crosscheck.corroborate.common import Context
from crosscheck.corroborate.event_links import days_apart, days_compared, told_day


def undated(article_id, sentence, gist, date_text):
    return claim(article_id, sentence, event=Event(text=gist, date=None, date_text=date_text))


# ECB+ (the Woodburn bank bombing): three undated articles.
FRIDAY = undated("a1", "A bomb exploded Friday at a West Coast Bank branch in Woodburn, killing "
                       "two police officers.", "bomb exploded", "Friday")
FRIDAY_NIGHT = undated("a2", "The bomb went off late Friday afternoon at the West Coast Bank "
                             "branch in Woodburn, police said.", "bomb went off",
                       "late Friday afternoon")
SATURDAY = undated("a3", "Investigators searched the West Coast Bank branch in Woodburn on "
                         "Saturday for more explosives.", "Investigators searched", "Saturday")


def test_a_day_an_article_could_not_resolve_is_kept_as_told():
    assert told_day(FRIDAY) == "weekday:friday"
    assert told_day(FRIDAY_NIGHT) == "weekday:friday"
    feb = undated("a1", "ABC will broadcast the awards show on Feb. 22.", "broadcast", "Feb. 22")
    assert told_day(feb) == "month-day:2-22"
    resolved = claim("a1", "The bomb exploded on Friday.", event=Event(
        text="bomb exploded", date="2008-12-12", date_text="Friday"))
    assert told_day(resolved) == "2008-12-12"


def test_a_day_told_relative_to_the_article_or_off_its_week_is_no_day():
    for when in ("yesterday", "next Monday", "last Friday", "Friday or Saturday", ""):
        assert told_day(undated("a1", f"The trial begins {when}.", "trial begins", when)) is None


def test_days_told_alike_are_compared_and_others_are_not():
    assert days_apart("weekday:friday", "weekday:saturday")
    assert not days_apart("weekday:friday", "weekday:friday")
    assert days_apart("2008-12-12", "2008-12-13")
    # A resolved day and a weekday, or a weekday and a month-day: unknown.
    assert not days_apart("weekday:friday", "2008-12-13")
    assert not days_apart("weekday:friday", "month-day:12-12")
    assert days_compared("weekday:friday", "weekday:friday")
    assert not days_compared("weekday:friday", "2008-12-12")
    assert not days_compared(None, "weekday:friday")


def test_events_of_two_weekdays_told_by_undated_articles_are_no_pair(outlets):
    from crosscheck.corroborate.events import event_pairs

    ctx = Context.of(outlets, None)
    pairs = {(i, j): f for i, j, f in event_pairs(ctx, [FRIDAY, FRIDAY_NIGHT, SATURDAY])}
    assert set(pairs) == {(0, 1)}
    # and the Friday pair is weighed as two mentions of one day, not as undated
    assert pairs[(0, 1)][0] == 0.0
