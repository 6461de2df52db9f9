"""An article that states no outlet is shown as "unknown outlet (FILE)", never by its file name."""

from crosscheck.corroborate.common import Context
from crosscheck.models import Article
from crosscheck.render import outlet_name


def _article(origin, outlet=None):
    return Article(id="a1", origin=origin, title=None, published=None, text="x", outlet=outlet)


def test_unknown_outlets_are_said_to_be_unknown():
    ctx = Context.of([_article("inbox/s013-associated-press.txt")], None)
    assert ctx.outlet("a1") == "unknown outlet (s013-associated-press.txt)"
    assert outlet_name(_article("inbox/s013-associated-press.txt").to_dict()) == \
        "unknown outlet (s013-associated-press.txt)"


def test_a_stated_outlet_or_a_web_host_is_shown():
    assert Context.of([_article("a.txt", "Daily Nation")], None).outlet("a1") == "Daily Nation"
    assert Context.of([_article("https://www.star.example/a")], None).outlet("a1") == "star.example"
