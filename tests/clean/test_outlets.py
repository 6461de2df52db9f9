"""Outlets from mastheads, header credit lines and addresses; never from a file name."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.outlets import masthead, outlet_from_url
from crosscheck.models import RawDoc

BODY = ("Officials said on Thursday that the floodwaters had reached the second floor of the "
        "district hospital, forcing staff to move patients.\n\nThe county government said more "
        "than 2,000 families had left their homes since Monday.")


@pytest.mark.parametrize("line, first, outlet", [
    ("COASTLINE TIMES | WORLD", True, "Coastline Times"),
    ("Townhall | Politics", False, "Townhall"),  # any name: the section word makes the masthead
    ("REUTERS | WORLD", True, "Reuters"),        # a wire service's own page
    ("*The Meridian Post, with AFP · 11 March 2025*", False, "The Meridian Post"),
    ("Salon · May 3, 2019", False, "Salon"),
    ("The Valley Courier", True, "The Valley Courier"),
    ("Daily Pulse Online", True, "Daily Pulse Online"),
    ("USA TODAY | NEWS", True, "USA Today"),
    # must be rejected
    ("The Valley Courier", False, None),                      # a bare name only opens a file
    ("News | Local | Mining | Sport", True, None),            # navigation, not a masthead
    ("Trump | The week in review", True, None),               # a headline with a bar
    ("Miners trapped after collapse at Kestrel Falls", True, None),
    ("Five rescued from the Times Square fire", True, None),  # a headline naming a medium word
    ("By Jane Doe · March 3, 2025", False, None),
    ("Politics · March 3, 2025", False, None),
    ("AFP · 11 March 2025", False, None),                     # an agency credit, not an outlet
    ("The Meridian Post, with Jane Roe · 11 March 2025", False, None),
    ("Tuesday · 11 March 2025", False, None),
    ("Washington, March 3, 2025", False, None),               # a place and a date
    ("The Hill", True, None),                                 # no medium word: cannot be told from a title
])
def test_masthead(line, first, outlet):
    assert masthead(line, first=first) == outlet


@pytest.mark.parametrize("url, outlet", [
    ("http://www.nytimes.com/2016/09/20/nyregion/x.html", "nytimes.com"),
    ("https://edition.cnn.com/2019/07/11/politics/x", "cnn.com"),
    ("s013-associated-press.txt", None),
    ("https://127.0.0.1/x", None),
    (None, None),
])
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_markdown_credit_line_names_the_outlet():
    text = ("# Floods reach the district hospital\n\n*The Meridian Post, with AFP · 11 March 2025*"
            "\n\n" + BODY)
    a = clean(RawDoc.make("x.md", "text", text))
    assert (a.outlet, a.agencies, a.published) == ("The Meridian Post", ("AFP",), "2025-03-11")
    assert "*The Meridian Post, with AFP · 11 March 2025*" not in a.text


def test_the_file_name_is_never_the_outlet():
    a = clean(RawDoc.make("s013-associated-press.txt", "text", BODY))
    assert a.outlet is None and a.agencies == ()


def test_the_users_outlet_fills_in_only_what_the_file_does_not_state():
    given = {"outlet_given": "Nairobi Star"}
    assert clean(RawDoc.make("a.txt", "text", BODY, given)).outlet == "Nairobi Star"
    stated = "COASTLINE TIMES | WORLD\n\n" + BODY
    assert clean(RawDoc.make("a.txt", "text", stated, given)).outlet == "Coastline Times"


def test_a_record_url_names_the_site_when_nothing_else_does():
    a = clean(RawDoc.make("https://www.star.example/a", "text", BODY,
                          {"url": "https://www.star.example/a"}))
    assert a.outlet == "star.example"


@pytest.mark.parametrize("given, outlet", [
    ("Coastline Times - National", "Coastline Times"),  # a feed's title: the outlet and a section
    ("BBC News - World", "BBC News"),
    # must be left: no section word after the separator, or no separator
    ("Yahoo - ABC News", "Yahoo - ABC News"),
    ("Hindustan Times", "Hindustan Times"),
])
def test_an_outlet_given_with_its_section_is_named_without_it(given, outlet):
    raw = RawDoc.make("feed.xml#1", "text", BODY, {"outlet": given}, container="feed")
    assert clean(raw).outlet == outlet
