"""Where event facts are lost in statement linking (crosscheck.eval.statement_losses):
each fact no finding holds is put in the class of its worst pair of mentions."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.eval.facts import FactStory
from crosscheck.corroborate.anchors import story_rare
from crosscheck.corroborate.common import words
from crosscheck.eval.statement_losses import fact_class, pair_class, pair_structure, story_losses
from crosscheck.models import Article, Claim, Event, content_id


@pytest.mark.parametrize("probable, mutual, apart, expected", [
    (False, True, "", "below the link threshold"),
    (False, False, "times", "below the link threshold"),  # improbable: the rule never mattered
    (True, True, "times", "kept apart by a rule"),
    (True, False, "", "not mutual best"),
    (True, True, "", "linked"),
])
def test_a_pair_is_linked_or_lost_by_its_probability_rank_and_rules(probable, mutual, apart,
                                                                      expected):
    assert pair_class(probable, mutual, apart) == expected


@pytest.mark.parametrize("classes, expected", [
    (["linked", "below the link threshold", "not mutual best"], "below the link threshold"),
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


OPPOSES = ("The New York Times reported that Sen. Joe Manchin has told the White House that he "
           "opposes the clean energy program in the bill.")
OPPOSITION = ("The program, the linchpin of the climate legislation, is likely to be dropped "
              "from the bill because of opposition from Sen. Joe Manchin.")
MET = "Manchin met the president at the White House on Friday."
SPOKE = "The president spoke with reporters about the talks."


def test_a_pair_of_sentences_is_described_by_what_it_shares():
    sentences = [("a-one", OPPOSES), ("a-one", MET), ("a-two", OPPOSITION), ("a-two", SPOKE)]
    claims = [_statement(a, s) for a, s in sentences]
    rare = story_rare([words(s) for _, s in sentences], [a for a, _ in sentences])
    friday = {("a-one", claims[1].span): {"2021-10-15"}}
    # "opposes" / "opposition", and words few sentences use ("energy", "program").
    assert pair_structure(claims[0], claims[2], rare, friday) == {
        "story-rare word", "story-rare name", "same predicate",
        "story-rare word and same predicate"}
    # Nothing shared but the story's topic: no anchor, no predicate, one day named.
    assert pair_structure(claims[1], claims[3], rare, friday) <= {"story-rare word"}
    assert "same predicate" not in pair_structure(claims[1], claims[3], rare, friday)


def test_event_facts_a_statement_finding_holds_are_counted_by_gold_status():
    from crosscheck.eval.statement_losses import statement_status

    texts = {"one": f"{DIED} {DECEMBER}", "two": f"{DIED_TOO} {SEPTEMBER}"}
    articles = {label: Article(id=f"a-{label}", origin=f"{label}.txt", title=None,
                               published=None, text=text, outlet=label.title())
                for label, text in texts.items()}
    claims = [_statement("a-one", DIED), _statement("a-one", DECEMBER),
              _statement("a-two", DIED_TOO), _statement("a-two", SEPTEMBER)]
    died = {"kind": "event", "what": "Page died", "status": "agree",
            "mentions": [_mention("one", "has died"), _mention("two", "has died at")]}
    # Not held by one finding (two months): not counted.
    launched = {"kind": "event", "what": "Reid launched Mantra", "status": "agree",
                "mentions": [_mention("one", "launched a new fashion line"),
                             _mention("two", "launched a new fashion line")]}
    found = corroborate(list(articles.values()), claims, None)
    story = FactStory("demo:1", "dev", articles, [died, launched], [])
    assert statement_status(story, claims, found) == {"agree": 1, "said right": 1}
    # The finding says "agree": a gold "compatible" is counted, not said right.
    story = FactStory("demo:1", "dev", articles, [dict(died, status="compatible")], [])
    assert statement_status(story, claims, found) == {"compatible": 1, "said right": 0}
