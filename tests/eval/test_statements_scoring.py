"""The judged statement pairs' scoring (crosscheck.eval.facts.score_statements):
a pair counts as linked only when one finding holds a statement of each of
its two sentences."""

from crosscheck.eval.facts import FactStory, score_statements
from crosscheck.models import Claim, Event, Finding

SAID = "Maurice Cheeks has been fired as head coach of the Philadelphia 76ers."
ALIKE = "On Saturday, Cheeks was fired as head coach of the Philadelphia 76ers."
OTHER = "DiLeo spent four seasons as the Sixers director of player personnel."


def _statement(cid: str, article: str, sentence: str) -> Claim:
    return Claim(id=cid, article=article, kind="event", sentence=sentence, span=(0, 1),
                 event=Event(text="", date=None, date_text=""))


def _finding(*claims: str) -> Finding:
    return Finding(id="f", kind="event", topic="t", status="agree", claims=claims,
                   articles=("a", "b"), note="", independent_sources=2)


def _score(found, pairs):
    story = FactStory("demo:1", "dev", {}, [], [])
    claims = [_statement("c1", "a", SAID), _statement("c2", "b", ALIKE),
              _statement("c3", "b", OTHER)]
    errors = []
    return score_statements(pairs, [story], [found], [claims], errors), errors


def test_a_linked_pair_judged_same_is_precise_and_found():
    figures, errors = _score([_finding("c1", "c2")],
                             [{"story": "demo:1", "a": SAID, "b": ALIKE, "same": True}])
    assert figures["statements.precision"] == 1.0 and figures["statements.recall"] == 1.0
    assert errors == []


def test_a_linked_pair_judged_different_is_not_kept_apart():
    figures, errors = _score([_finding("c1", "c3")],
                             [{"story": "demo:1", "a": SAID, "b": OTHER, "same": False},
                              {"story": "demo:1", "a": SAID, "b": ALIKE, "same": True}])
    assert figures["statements.kept_apart"] == 0.0 and figures["statements.precision"] == 0.0
    assert figures["statements.recall"] == 0.0
    assert [e["error"] for e in errors] == ["statements linked", "statements not linked"]


def test_a_named_sample_has_its_own_figures():
    story = FactStory("demo:1", "dev", {}, [], [])
    claims = [_statement("c1", "a", SAID), _statement("c2", "b", ALIKE)]
    pairs = [{"story": "demo:1", "a": SAID, "b": ALIKE, "same": True, "sample": "rare-words"}]
    figures = score_statements(pairs, [story], [[_finding("c1", "c2")]], [claims], [],
                               "rare-words")
    assert figures == {"statements.rare-words.n": 1, "statements.rare-words.precision": 1.0,
                       "statements.rare-words.recall": 1.0,
                       "statements.rare-words.kept_apart": 1.0}
