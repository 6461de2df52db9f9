"""The labels the pair models are trained on (eval/train_align.story_pairs),
on a gold story and claims built by hand."""

from crosscheck.eval.facts import FactStory
from crosscheck.eval.train_align import story_pairs
from crosscheck.models import Article, Claim, Event

# One outlet dates the vote; another tells it undated in a sentence that also
# tells the deal before it; a third tells only the deal, dated.
VOTE = "The Senate voted 50-48 on Thursday to extend the debt limit into December."
BOTH = ("After Democrats and Republicans reached a deal on the debt ceiling, the Senate "
        "approved an extension of the federal debt limit.")
DEAL = "Democrats and Republicans reached a deal on the debt ceiling on Thursday."


def _article(label: str) -> Article:
    return Article(id=label, origin=label, title=None, published="2021-10-08", text="",
                   outlet=label.title())


def _claim(article: str, sentence: str, date: str | None, date_text: str) -> Claim:
    return Claim(id=f"{article}-{date_text or 'undated'}", article=article, kind="event",
                 sentence=sentence, span=(0, len(sentence)),
                 event=Event(text=sentence, date=date, date_text=date_text, tense="past"))


def test_a_claim_carrying_two_facts_is_one_fact_with_either():
    story = FactStory(
        name="s", split="dev", articles={a: _article(a) for a in ("hill", "post", "wire")},
        facts=[{"kind": "event", "what": "Senate extended the debt limit",
                "mentions": [{"outlet": "hill", "text": "The Senate voted 50-48 on Thursday"},
                             {"outlet": "post", "text": "the Senate approved an extension"}]},
               {"kind": "event", "what": "the parties reached a deal",
                "mentions": [{"outlet": "post", "text": "reached a deal on the debt ceiling"},
                             {"outlet": "wire", "text": "reached a deal on the debt ceiling"}]}],
        different=[])
    claims = [_claim("hill", VOTE, "2021-10-07", "Thursday"), _claim("post", BOTH, None, ""),
              _claim("wire", DEAL, "2021-10-07", "Thursday")]
    x, y = story_pairs(story, claims, "event")
    # the undated sentence tells both facts: one fact with the vote and with
    # the deal; the vote and the deal, dated the same day, are two
    assert sorted(y.tolist()) == [0, 1, 1]


def test_a_further_mention_of_a_fact_in_an_article_labels_its_pairs():
    wire = "On Thursday the Senate extended the federal debt limit into December."
    fact = {"kind": "event", "what": "Senate extended the debt limit",
            "mentions": [{"outlet": "hill", "text": "The Senate voted 50-48 on Thursday"},
                         {"outlet": "post", "text": "the Senate approved an extension"}]}
    claims = [_claim("hill", VOTE, "2021-10-07", "Thursday"), _claim("post", BOTH, None, ""),
              _claim("wire", wire, "2021-10-07", "Thursday")]
    articles = {a: _article(a) for a in ("hill", "post", "wire")}
    alone = story_pairs(FactStory("s", "dev", articles, [fact], []), claims, "event")[1]
    also = dict(fact, also=[{"outlet": "wire", "text": "the Senate extended the federal debt limit"}])
    with_also = story_pairs(FactStory("s", "dev", articles, [also], []), claims, "event")[1]
    # the wire's sentence is a mention of the fact only under "also": its
    # pairs are left out without it, positive with it
    assert len(alone) == 1 and sorted(with_also.tolist()) == [1, 1, 1]
