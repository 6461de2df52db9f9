"""The layout gold's generator: deterministic, twelve layouts, four held out,
and every layout states what its answers say."""

import json

import pytest

from crosscheck.eval.layouts import DEV, HELD_OUT, LAYOUTS, GoldArticle, _authors, outlet_name, write

ARTICLE = GoldArticle("x1", "Daily Example", "Council votes to close the bridge",
                      "2019-06-26", ("Jane Roe", "John Poe"), "https://example.org/a",
                      "The council voted on Tuesday to close the bridge.\n\nRepairs start in May.")


def test_twelve_layouts_four_held_out():
    assert len(LAYOUTS) >= 12 and len(HELD_OUT) == 4 and not set(DEV) & set(HELD_OUT)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_layout_is_deterministic_and_carries_the_text(layout):
    one, two = write(ARTICLE, layout), write(ARTICLE, layout)
    assert one == two
    text = one.data.decode("utf-8")
    if layout == "json_record":
        text = json.loads(text)["content"]
    assert "close the bridge" in text and "Repairs start in May." in text


def test_outlet_names_and_authors_from_allsides():
    assert outlet_name("New York Times - News") == "New York Times"
    assert outlet_name("CNN (Web News)") == "CNN"
    assert _authors("Jane Roe, John Poe") == ("Jane Roe", "John Poe")
    # must be rejected: roles and labels are not people
    assert _authors("Jeff Lazerson, Contributing Columnist") is None
    assert _authors("Analysis Stephen Collinson") is None
    assert _authors("") is None
