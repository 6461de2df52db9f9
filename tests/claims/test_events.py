import pytest

from crosscheck.claims.events import resolve_relative_date


@pytest.mark.parametrize("date_text, published, direction, expected", [
    ("Sunday", "2025-03-12", "past", "2025-03-09"),  # the example: a Wednesday
    ("Monday", "2025-03-12", "future", "2025-03-17"),
    ("Wednesday", "2025-03-12", "past", "2025-03-12"),  # the same day
    ("Wednesday", "2025-03-12", "future", "2025-03-12"),
    ("yesterday", "2025-03-12T08:00:00", "past", "2025-03-11"),
    ("tomorrow", "2025-03-12", "future", "2025-03-13"),
    ("Nov. 8", "2021-10-15", "future", "2021-11-08"),
    ("June 22, 2021", "2021-10-13", "past", "2021-06-22"),
    ("June 22, 2021", None, "past", "2021-06-22"),  # a full date needs no anchor
    ("Dec. 30", "2025-01-03", "present", "2024-12-30"),  # nearest to publication
    # a day written as an ordinal, before or after its month
    ("6th June", "2013-06-07", "past", "2013-06-06"),
    ("the 6th of June", "2013-06-07", "past", "2013-06-06"),
    ("August 30th", "2021-08-31", "past", "2021-08-30"),
    ("Sept. 1st, 2021", None, "past", "2021-09-01"),
])
def test_resolve_relative_date(date_text, published, direction, expected):
    assert resolve_relative_date(date_text, published, direction) == expected


@pytest.mark.parametrize("date_text, published", [
    ("Sunday", None), ("yesterday", None), ("Nov. 8", None), ("next week", "2025-03-12"),
])
def test_no_anchor_no_date(date_text, published):
    assert resolve_relative_date(date_text, published, "past") is None


def events(claims_of, text, published="2025-03-12"):
    return [(c.event.date, c.event.date_text, c.event.text) for c in claims_of(text, published, kind="event")
            if not c.event.statement]


@pytest.mark.parametrize("text, date, word", [
    ("The vote took place on Sunday.", "2025-03-09", "took"),
    ("The two leaders will meet on Monday in Geneva.", "2025-03-17", "meet"),
    ("The suspect was arrested on Tuesday near the border.", "2025-03-11", "arrested"),
    ("The committee issued a subpoena on Wednesday.", "2025-03-12", "subpoena"),
    # reported speech: "would" looks forward from the article's date (a Wednesday)
    ("The union said workers would strike on Friday.", "2025-03-14", "strike"),
    ("The union said its members would down tools on Friday.", "2025-03-14", "down"),
    ("The Treasury warned it would run out of money by March 18.", "2025-03-18", "run"),
    # ...but the reporting verb's own day looks back
    ("On Monday, the union said workers would strike.", "2025-03-10", "said"),
    # must not: a dated noun a verb holds "in", "on", "at" or "during" dates the verb
    ("The ministry said in a Friday statement that the talks had failed.", "2025-03-07", "said"),
])
def test_event_found(claims_of, text, date, word):
    found = events(claims_of, text)
    assert any(d == date and word in t for d, _, t in found), found


def test_a_modal_of_the_clause_s_own_reads_the_nearest_day(claims_of):
    # Written on a Saturday: the storm's Sunday is tomorrow, not the past
    # Sunday the verb it hangs on ("have been placed") would give.
    text = "Millions have been placed under warnings as the storm could make landfall on Sunday."
    found = events(claims_of, text, published="2021-08-21")
    assert any(d == "2021-08-22" and "landfall" in t for d, _, t in found), found
    # must not: with "have" the modal looks back
    text = "Officials said the storm could have made landfall on Sunday."
    found = events(claims_of, text, published="2021-08-21")
    assert any(d == "2021-08-15" and "landfall" in t for d, _, t in found), found


def test_an_ordinal_day_dates_its_event(claims_of):
    found = events(claims_of, "Esther Williams died on 6th June in her sleep.", published="2013-06-07")
    assert [(d, t) for d, _, t in found] == [("2013-06-06", "Williams died")]


def test_event_without_anchor_has_no_date(claims_of):
    found = events(claims_of, "The vote took place on Sunday.", published=None)
    assert [d for d, _, _ in found] == [None]


@pytest.mark.parametrize("text", [
    "The Jan. 6 riot shocked the nation.",  # a date naming a thing
    # a thing a verb's preposition holds that is no time or occasion of the verb
    "The panel looking into the Jan. 6 attack on the Capitol met again.",
    "Prices rose sharply in June.",  # not a day
    "The talks lasted for three days.",  # a duration
    "Profits rose in the 4th quarter.",  # an ordinal that is no day of a month
    "She finished 3rd in March.",  # an ordinal beside a month, not its day
])
def test_not_an_event(claims_of, text):
    assert events(claims_of, text) == []


def test_an_unanchored_event_keeps_its_tense(claims_of):
    """The tense decides later which way "Sunday" goes once a date is inferred."""
    found = claims_of("The vote took place on Sunday. Talks will resume on Friday.", None,
                      kind="event")
    assert [(c.event.date, c.event.tense) for c in found
            if not c.event.statement] == [(None, "past"), (None, "future")]


# A date that names a thing, is what the sentence is about, or dates the page
# itself says nothing that happened on that day.
@pytest.mark.parametrize("text, published", [
    ("The media said it would be the sequel to the deadly Jan. 6 riot on Capitol Hill.", "2021-09-19"),
    ("Of all the words spoken on the so-called siege of January 6, 2021, none hold the key.", "2021-09-19"),
    ("September 12, 2001, was one of them.", "2021-09-11"),
    ("Posted in Hit and Run Accidents on Friday, September 20, 2013.", "2013-09-21"),
    ("By Jane Doe. Updated on Tuesday, March 3, 2020.", "2020-03-03"),
])
def test_a_date_that_dates_no_happening_gives_no_event(claims_of, text, published):
    assert events(claims_of, text, published) == []


@pytest.mark.parametrize("text, published, date, word", [
    # ...while a part of the day, a subject of its own or a publishing verb
    # with a subject still date a happening
    ("Rioters stormed the Capitol on the night of Jan. 6.", "2021-09-19", "2021-01-06", "stormed"),
    ("The fire started on Sunday afternoon.", "2025-03-12", "2025-03-09", "started"),
    ("The video was posted on Friday.", "2025-03-12", "2025-03-07", "posted"),
    ("Police posted the footage online on Friday.", "2025-03-12", "2025-03-07", "posted"),
    ("In its World Economic Outlook, published Tuesday, the Fund said growth would slow.",
     "2025-03-12", "2025-03-11", "published"),
    ("An official told reporters on a Tuesday call that the rules would change.",
     "2025-03-12", "2025-03-11", "told"),
    ("On Tuesday, the deadliest day of the war, 40 people died.", "2025-03-12", "2025-03-11", "died"),
    ("Tuesday was the deadliest day of the war.", "2025-03-12", "2025-03-11", "deadliest"),
    ("Sunday marks the Iowa cattle call, where 17 candidates will speak.", "2019-06-10", "2019-06-09", "marks"),
])
def test_a_date_of_a_happening_is_kept(claims_of, text, published, date, word):
    found = events(claims_of, text, published)
    assert any(d == date and word in t for d, _, t in found), found


@pytest.mark.parametrize("text, published, date, word", [
    # a part of the day after its weekday: the weekday dates the verb
    ("Schumer announced Thursday morning that the Senate would vote on the bill.",
     "2021-09-16", "2021-09-16", "announced"),
    ("The fire broke out Sunday night in a warehouse.", "2025-03-12", "2025-03-09", "broke"),
    # a day with no "since" before it still dates its verb
    ("The plant closed on Aug. 1 and will reopen next month.", "2021-09-16", "2021-08-01", "closed"),
])
def test_a_day_dates_its_verb(claims_of, text, published, date, word):
    found = events(claims_of, text, published)
    assert any(d == date and word in t for d, _, t in found), found


@pytest.mark.parametrize("text", [
    # a day after "since" is where a span began: the verb happens later
    "Benefits for workers who have been unemployed since Aug. 1 will be exhausted next month.",
    "The road has been closed since Monday.",
    # a weekday and its part of the day naming a thing: no happening
    "The Thursday morning briefing was cancelled.",
    # a date naming a thing that is itself a date: no happening on that day
    "Last year, the studio staked out a November 22, 2013 release date for the sequel.",
])
def test_a_day_that_dates_no_happening(claims_of, text):
    assert events(claims_of, text, "2021-09-16") == []


@pytest.mark.parametrize("sentence, words", [
    ("The envoy resigned on Thursday, weeks after the deportations began in September.",
     "Thursday; September"),
    ("The measure would extend funding until Dec. 3, 2021, the aide said.", "Dec. 3, 2021"),
    ("Henri could make landfall late Saturday or early Sunday.", "late Saturday or early Sunday"),
    ("Officials said in May that the plant would reopen.", "May"),
    ("The plant reopened in June.", "June"),
    ("Talks resumed in Sept.", "Sept."),
    # must not: "may" the verb, a year alone, a month inside a word
    ("May God bless the families, the mayor said.", ""),
    ("Patients who had Covid-19 in 2020 may get sick again.", ""),
    ("The Marchers reached Augusta after a Decemberist concert.", ""),
])
def test_time_words_as_written_in_order(sentence, words):
    from crosscheck.claims.events import time_words

    assert time_words(sentence) == words


def test_every_event_of_a_sentence_keeps_its_time_words(claims_of):
    # the dated event and the statement of one sentence, and the statement of
    # a sentence that names only a month: the corroborator reads these
    # instead of the sentences (corroborate/events.time_against)
    text = ("The Senate voted 50-48 on Thursday to extend the debt limit into December. "
            "The Treasury had warned in October that it would run out of money.")
    found = claims_of(text, "2021-10-08", kind="event")
    first = [c.event for c in found if c.sentence.startswith("The Senate")]
    second = [c.event for c in found if c.sentence.startswith("The Treasury")]
    assert first and all(e.when_text == "Thursday; December" for e in first)
    assert any(not e.statement for e in first)
    assert second and all(e.when_text == "October" for e in second)


@pytest.mark.parametrize("text, published, date, words", [
    # AllSides dev (the September 2021 jobs report): the report is the
    # happening of Friday, named as a thing, which no verb dates
    ("Friday’s report from the Labor Department showed that employers added 194,000 jobs "
     "last month.", "2021-10-08", "2021-10-08", "report from the Labor Department"),
    ("Saturday's rally in Washington, D.C., drew a few hundred people.",
     "2021-09-19", "2021-09-18", "rally in Washington"),
    # the noun's time is its own, not the verb's: the nearest such day, ahead here
    ("Ahead of Tuesday's special election, both candidates campaigned across the state.",
     "2017-12-10", "2017-12-12", "special election"),
])
def test_a_day_owning_a_happening_dates_it(claims_of, text, published, date, words):
    assert (date, words) in [(d, t) for d, _, t in events(claims_of, text, published)]


@pytest.mark.parametrize("text", [
    # a day owning a thing that is no happening dates nothing
    "Sunday's paper carried the story on its front page.",
    "Lawmakers missed Monday's deadline to pass a budget.",
])
def test_a_day_owning_no_happening_dates_nothing(claims_of, text):
    assert events(claims_of, text, "2021-09-16") == []
