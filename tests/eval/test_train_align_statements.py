"""The statement pair model's training pairs (crosscheck.eval.train_align,
kind "statement"): labelled from the event facts of the fact gold."""

from crosscheck.eval.facts import FactStory
from crosscheck.eval.train_align import story_pairs
from crosscheck.models import Article, Claim, Event, content_id

DIED = ("Bettie Page, the pin-up model whose photographs titillated Americans in the 1950s, "
        "has died at a Los Angeles hospital, her agent said.")
DIED_TOO = "Pin-up icon Bettie Page of the 1950s has died at a Los Angeles hospital."
POSED = "Page posed for Playboy in January 1955 and became a cult figure decades later."
POSED_TOO = "Page appeared as Playboy's centerfold in January 1955 and later became a cult figure."


def _statement(article: str, sentence: str) -> Claim:
    return Claim(id=content_id("c", article, sentence), article=article, kind="event",
                 sentence=sentence, span=(0, len(sentence)),
                 event=Event(text="", date=None, date_text=""))


def _story(facts: list[dict]) -> FactStory:
    texts = {"one": f"{DIED} {POSED}", "two": f"{DIED_TOO} {POSED_TOO}"}
    articles = {label: Article(id=f"a-{label}", origin=f"{label}.txt", title=None,
                               published=None, text=text, outlet=label.title())
                for label, text in texts.items()}
    return FactStory("demo:1", "dev", articles, facts, [])


CLAIMS = [_statement("a-one", DIED), _statement("a-one", POSED),
          _statement("a-two", DIED_TOO), _statement("a-two", POSED_TOO)]


def _fact(what: str, one: str, two: str) -> dict:
    return {"kind": "event", "what": what, "status": "agree",
            "mentions": [{"article": "one", "text": one}, {"article": "two", "text": two}]}


def test_statements_of_one_event_fact_are_positive_of_two_facts_negative():
    story = _story([_fact("Page died", "has died at", "has died at"),
                    _fact("Page posed for Playboy", "January 1955", "January 1955")])
    assert story_pairs(story, CLAIMS, "statement")[1].tolist() == [1, 1]
    # (Not as the articles have it, to test the label.) Her death told by
    # one outlet and a fact of the other's posing: two facts, not one.
    story = _story([_fact("one", "has died at", "appeared as Playboy"),
                    _fact("other", "posed for Playboy", "has died at")])
    assert 0 in story_pairs(story, CLAIMS, "statement")[1].tolist()


def test_a_sentence_holding_two_facts_is_one_fact_with_either():
    # The first article's sentence about her death also holds the 1950s fact,
    # listed first: the pair is positive by the fact both hold.
    story = _story([_fact("Page a pin-up of the 1950s", "in the 1950s", "Page appeared"),
                    _fact("Page died", "has died at", "has died at")])
    # Compared by its first fact only, the pair of death sentences would be negative.
    assert story_pairs(story, CLAIMS, "statement")[1].tolist() == [1]


def test_pairs_the_gold_says_nothing_of_are_left_out():
    story = _story([_fact("Page died", "has died at", "has died at")])
    x, y = story_pairs(story, CLAIMS, "statement")
    assert y.tolist() == [1]


def _look_alike(kind: str | None) -> dict:
    pair = {"why": "two steps", "a": {"article": "one", "text": "has died at"},
            "b": {"article": "two", "text": "has died at"}}
    return pair | ({"kind": kind} if kind else {})


def test_an_event_look_alike_is_a_hard_negative_a_figure_one_is_not():
    facts = [_fact("Page died", "has died at", "has died at")]
    story = _story(facts)
    story.different.append(_look_alike("event"))
    x, y, hard = story_pairs(story, CLAIMS, "statement", with_hard=True)
    assert y.tolist() == [0] and hard.tolist() == [True]
    # A look-alike of no kind is two figures (as the facts eval scores it):
    # the sentences holding them may well tell one event.
    story = _story(facts)
    story.different.append(_look_alike(None))
    x, y, hard = story_pairs(story, CLAIMS, "statement", with_hard=True)
    assert y.tolist() == [1] and hard.tolist() == [False]
