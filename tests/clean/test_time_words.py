"""The one list of time words the claims and corroborate stages share."""

import pytest

from crosscheck.clean.dates import month_number, months_named, weekdays_named


@pytest.mark.parametrize("sentence, expected", [
    ("The measure would extend funding until Dec. 3, 2021.", [("Dec. 3, 2021", "3", "2021")]),
    ("The agency said in September that it would act.", [("September", None, None)]),
    ("Sales rose in May, the company said.", [("May", None, None)]),
    ("Officials met on May 4 to sign it.", [("May 4", "4", None)]),
    # must not: "May" the verb, a month glued into a word
    ("May God bless the families of the miners.", []),
    ("The deal may fall apart, officials said.", []),
    ("Relief for the Dec-2020 cohort was paid.", []),
])
def test_months_named(sentence, expected):
    assert [(m.group(0), m.group(1), m.group(2)) for m in months_named(sentence)] == expected


def test_weekdays_named_as_written():
    assert [m.group(0) for m in weekdays_named("Talks went on from Monday to Wednesday.")] == [
        "Monday", "Wednesday"]
    assert weekdays_named("The sundays of the parish were quiet.") == []


@pytest.mark.parametrize("word, number", [("Dec.", 12), ("Sept", 9), ("June", 6), ("May", 5)])
def test_month_number(word, number):
    assert month_number(word) == number
