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


def test_the_body_to_give_back_leaves_out_photo_captions_only():
    """The gold body drops a caption paragraph (read by the page's marks, not
    by the cleaner) and keeps prose that names an agency as its source."""
    text = ("The council voted on Tuesday to close the bridge, its chair told Reuters.\n\n"
            "Enlarge this image toggle caption Lena Dorsey/AP Lena Dorsey/AP\n\n"
            "The bridge over the Veld river. (AP Photo/Lena Dorsey)\n\n"
            "Repairs start in May, according to AP/NORC figures.")
    article = GoldArticle("x2", "Daily Example", "Bridge closes", "2019-06-26", ("Jane Roe",),
                          "https://example.org/b", text)
    assert article.body == ("The council voted on Tuesday to close the bridge, its chair told "
                            "Reuters.\nRepairs start in May, according to AP/NORC figures.")
