"""The facts eval's partial figures (crosscheck.eval.facts.score): a fact of three
mentions of which two share a finding is not linked, but is corroborated, and
two thirds of its mentions are together."""

from crosscheck.eval.facts import FactStory, score
from crosscheck.models import Article, Claim, Finding

TEXTS = {"AP": "Twelve miners are still trapped underground, the company said.",
         "BBC": "Rescuers said 12 miners remain trapped on level 14.",
         "CNN": "The company said a dozen miners are still trapped."}


def _figures(groups: list[tuple[str, ...]]) -> dict:
    articles = {name: Article(id=name, origin=name, title=None, published=None, text=text)
                for name, text in TEXTS.items()}
    fact = {"kind": "quote", "what": "miners still trapped", "status": "agree",
            "mentions": [{"outlet": "AP", "text": "Twelve miners are still trapped"},
                         {"outlet": "BBC", "text": "12 miners remain trapped"},
                         {"outlet": "CNN", "text": "a dozen miners are still trapped"}]}
    claims = [Claim(id=f"c-{a}", article=a, kind="quote", sentence=t, span=(0, len(t)))
              for a, t in TEXTS.items()]
    findings = [Finding(id="f" + "".join(g), kind="quote", topic="miners", status="agree",
                        claims=tuple(f"c-{a}" for a in g), articles=g, note="") for g in groups]
    return score([FactStory("demo:1", "dev", articles, [fact], [])], [findings], [claims])


def test_two_of_three_mentions_together_is_corroborated_not_linked():
    figures = _figures([("AP", "BBC"), ("CNN",)])
    assert figures["facts.linked"] == 0.0
    assert figures["facts.corroborated"] == 1.0
    assert figures["facts.mentions_together"] == 0.6667


def test_each_mention_alone_is_neither():
    figures = _figures([("AP",), ("BBC",), ("CNN",)])
    assert figures["facts.corroborated"] == 0.0
    assert figures["facts.mentions_together"] == 0.3333
    all_three = _figures([("AP", "BBC", "CNN")])
    assert all_three["facts.linked"] == all_three["facts.corroborated"] == 1.0
    assert all_three["facts.mentions_together"] == 1.0
