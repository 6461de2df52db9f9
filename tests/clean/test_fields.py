"""Scraper header fields, alone on a line or run into the first paragraph."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.fields import read_field
from crosscheck.models import RawDoc

LEAD = "Officials said on Thursday that the river had burst its banks near the town."
BODY = (LEAD + "\n\nThe county government said more than 2,000 families had left their "
        "homes since Monday, and schools would stay closed.")


@pytest.mark.parametrize("line, field", [
    ("date 2024-05-02", ("published", "2024-05-02", "date 2024-05-02", "")),
    ("date: 2 May 2024", ("published", "2024-05-02", "date: 2 May 2024", "")),
    ("Date: May 2, 2024", ("published", "2024-05-02", "Date: May 2, 2024", "")),
    ("date 2024-05 FLOODWATERS ROSE again", ("published", "2024-05", "date 2024-05",
                                             "FLOODWATERS ROSE again")),
    ("date 2024-05-02 Nairobi, May 2 Officials said", ("published", "2024-05-02",
                                                       "date 2024-05-02", "Nairobi, May 2 Officials said")),
    ("title Floods hit Nairobi", ("title", "Floods hit Nairobi", "title Floods hit Nairobi", "")),
    ("author Jane Roe", ("byline", "Jane Roe", "author Jane Roe", "")),
    ("source: The Nairobi Star", ("outlet", "The Nairobi Star", "source: The Nairobi Star", "")),
    ("url https://star.example/a Officials said", ("url", "https://star.example/a",
                                                  "url https://star.example/a", "Officials said")),
    # must be rejected
    ("Title fight set for Saturday", None),        # a headline opening with the word
    ("Source of the leak named by the inquiry", None),
    ("date night is back, the survey found", None),  # no date after "date"
    ("dated 2024-05-02", None),
    ("url not given", None),
    ("source " + "x " * 200, None),                # a paragraph, not a value
])
def test_read_field(line, field):
    assert read_field(line) == (field and tuple(field))


def test_fields_alone_on_their_lines():
    text = ("title Floods hit Nairobi\ndate 2024-05-02\nauthor Jane Roe\nsource The Nairobi Star\n"
            "url https://star.example/a\n\n" + BODY)
    a = clean(RawDoc.make("a.txt", "text", text))
    assert (a.title, a.published, a.byline, a.outlet, a.url) == (
        "Floods hit Nairobi", "2024-05-02", "Jane Roe", "The Nairobi Star", "https://star.example/a")
    assert a.text == BODY
    assert a.removed[:2] == ("title Floods hit Nairobi", "date 2024-05-02")


def test_a_date_field_run_into_the_lead():
    a = clean(RawDoc.make("a.txt", "text", "date 2024-05-02 Nairobi, May 2 " + BODY))
    assert a.published == "2024-05-02" and a.title is None
    assert a.dateline == "Nairobi, May 2" and a.dateline_date == "2024-05-02"
    assert a.text == BODY and "date 2024-05-02" in a.removed


def test_a_month_precision_field_run_into_the_lead():
    a = clean(RawDoc.make("a.txt", "text", "date 2024-05 FLOODWATERS ROSE again. " + BODY))
    assert a.published == "2024-05"
    assert a.text.startswith("FLOODWATERS ROSE again.")


def test_a_field_word_inside_the_body_is_text():
    text = BODY + "\n\ndate 2024-05-02 was when the first warning went out, officials said."
    a = clean(RawDoc.make("a.txt", "text", text))
    assert a.published is None and a.text == text
