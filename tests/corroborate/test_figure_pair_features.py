"""The pair model v3's own features (figure_align.figure_pairs): how far apart
the two sentences stand in their articles, and the strict rules' verdict."""

from dataclasses import replace

from crosscheck.corroborate.common import Context
from crosscheck.corroborate.figure_align import FIGURE_FEATURES, figure_pairs
from crosscheck.models import Article

from corroborate_builders import claim, fig

LEAD = "Twelve miners are still trapped, the company said."
FILLER = " The mine opened in 1962 and employs hundreds of people in the valley."


def _article(n: int, text: str) -> Article:
    return Article(id=f"a{n}", origin=f"{n}.txt", title=None, published="2025-03-12", text=text,
                   outlet=f"Outlet {n}")


def _placed(article: Article, sentence: str, figure):
    made = claim(article.id, sentence, figure=figure)
    start = article.text.index(sentence)
    return replace(made, span=(start, start + len(sentence)))


def _features(articles, claims):
    [(_, _, features)] = figure_pairs(Context.of(articles, None), claims)
    return dict(zip(FIGURE_FEATURES, features))


def test_two_leads_stand_close_and_a_lead_and_a_late_line_far_apart():
    first = _article(1, LEAD + FILLER * 9)
    lead = _article(2, "Thirteen miners are still trapped, the union said." + FILLER * 9)
    late = _article(3, FILLER * 9 + " Thirteen miners are still trapped, the union said.")
    a = _placed(first, LEAD, fig("miners still trapped", 12))
    b = _placed(lead, "Thirteen miners are still trapped, the union said.", fig("miners trapped", 13))
    c = _placed(late, "Thirteen miners are still trapped, the union said.", fig("miners trapped", 13))
    assert _features([first, lead], [a, b])["position_gap"] == 0.0
    assert _features([first, late], [a, c])["position_gap"] > 0.8


def test_the_strict_rules_verdict_is_a_feature():
    one, two = _article(1, ""), _article(2, "")
    trapped = [claim("a1", LEAD, figure=fig("miners still trapped", 12)),
               claim("a2", "Thirteen miners remain trapped.", figure=fig("miners trapped", 13))]
    assert _features([one, two], trapped)["strict_rules"] == 1.0
    unlike = [claim("a1", "Two regulators left the agency.", figure=fig("regulators", 2)),
              claim("a2", "The two vaccines were approved.", figure=fig("vaccines", 2))]
    assert _features([one, two], unlike)["strict_rules"] == 0.0
