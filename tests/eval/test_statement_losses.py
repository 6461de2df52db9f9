"""Where event facts are lost in statement linking (crosscheck.eval.statement_losses):
each fact no finding holds is put in the class of its worst pair of mentions."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.eval.facts import FactStory
from crosscheck.eval.statement_losses import fact_class, pair_class, story_losses
from crosscheck.models import Article, Claim, Event, content_id


@pytest.mark.parametrize("path, mutual, apart, expected", [
    ("", True, "", "below every threshold"),
    ("", False, "times", "below every threshold"),  # no path: the rule never mattered
    ("close", True, "times", "kept apart by a rule"),
    ("rare words", False, "", "not mutual best"),
    ("same words", True, "", "linked"),
])
def test_a_pair_is_linked_or_lost_by_its_path_rank_and_rules(path, mutual, apart, expected):
    assert pair_class(path, mutual, apart) == expected


@pytest.mark.parametrize("classes, expected", [
    (["linked", "below every threshold", "not mutual best"], "below every threshold"),
    (["linked", "not mutual best", "kept apart by a rule"], "kept apart by a rule"),
    (["linked", "not mutual best"], "not mutual best"),
    (["linked", "linked", "linked"], "pairs link, grouping splits"),
])
def test_a_fact_goes_to_the_class_of_its_worst_pair(classes, expected):
    assert fact_class(classes) == expected


DIED = ("Bettie Page, the pin-up model whose photographs titillated Americans in the 1950s, "
        "has died, her agent said.")
DIED_TOO = "Bettie Page, the pin-up queen of the 1950s, has died at a Los Angeles hospital."
DECEMBER = "Reid launched a new fashion line called Mantra in December."
SEPTEMBER = "Reid launched a new fashion line called Mantra in September."


def _statement(article: str, sentence: str) -> Claim:
    event = Event(text="", date=None, date_text="")
    return Claim(id=content_id("c", article, sentence), article=article, kind="event",
                 sentence=sentence, span=(0, len(sentence)), event=event)


def _mention(label: str, text: str) -> dict:
    return {"article": label, "text": text}


def test_a_story_s_event_facts_are_counted_by_class():
    texts = {"one": f"{DIED} {DECEMBER}", "two": f"{DIED_TOO} {SEPTEMBER}"}
    articles = {label: Article(id=f"a-{label}", origin=f"{label}.txt", title=None,
                               published=None, text=text, outlet=label.title())
                for label, text in texts.items()}
    claims = [_statement("a-one", DIED), _statement("a-one", DECEMBER),
              _statement("a-two", DIED_TOO), _statement("a-two", SEPTEMBER)]
    facts = [
        {"kind": "event", "what": "Page died", "status": "agree",
         "mentions": [_mention("one", "has died"), _mention("two", "has died at")]},
        # Told apart by its months (as the gold would not have it, to test the class).
        {"kind": "event", "what": "Reid launched Mantra", "status": "agree",
         "mentions": [_mention("one", "launched a new fashion line"),
                      _mention("two", "launched a new fashion line")]},
        {"kind": "event", "what": "a sentence no claim holds", "status": "agree",
         "mentions": [_mention("one", "has died"), _mention("two", "was buried")]},
        {"kind": "figure", "what": "not an event", "status": "agree",
         "mentions": [_mention("one", "1950s"), _mention("two", "1950s")]},
    ]
    story = FactStory("demo:1", "dev", articles, facts, [])
    found = corroborate(list(articles.values()), claims, None)
    assert story_losses(story, claims, found) == {
        "linked": 1, "kept apart by a rule": 1, "not extracted": 1}
