"""The facts eval's two status figures (crosscheck.eval.facts.score): the strict
one tells agree from compatible; ``status_accuracy_conflict_or_not`` reads an
event fact's status as conflict or not, since two readers of the gold told
event agree from compatible with kappa 0.49 (quality/gold/facts/status-reading)."""

from crosscheck.eval.facts import FactStory, score
from crosscheck.models import Article, Claim, Event, Finding

FIRST = "The House is expected to vote on the bill this week."
SECOND = "Capitol, in advance of an expected vote in the House on Wednesday."


def _story(kind: str, status: str) -> tuple[FactStory, list[Claim]]:
    articles = {name: Article(id=name, origin=name, title=None, published=None, text=text)
                for name, text in (("AP", FIRST), ("WSJ", SECOND))}
    fact = {"kind": kind, "what": "the House votes on the bill", "status": status,
            "mentions": [{"outlet": "AP", "text": "expected to vote on the bill this week"},
                         {"outlet": "WSJ", "text": "an expected vote in the House on Wednesday"}]}
    event = Event(text="", date=None, date_text="") if kind == "event" else None
    claims = [Claim(id=f"c-{a}", article=a, kind=kind, sentence=t, span=(0, len(t)), event=event)
              for a, t in (("AP", FIRST), ("WSJ", SECOND))]
    return FactStory("demo:1", "dev", articles, [fact], []), claims


def _figures(kind: str, gold: str, found: str) -> dict:
    story, claims = _story(kind, gold)
    finding = Finding(id="f", kind=kind, topic="vote", status=found,
                      claims=tuple(c.id for c in claims), articles=("AP", "WSJ"), note="")
    return score([story], [[finding]], [claims])


def test_an_event_read_agree_where_the_gold_says_compatible_is_right_as_conflict_or_not():
    figures = _figures("event", "compatible", "agree")
    assert figures["facts.linked"] == 1.0
    assert figures["facts.status_accuracy"] == 0.0
    assert figures["facts.status_accuracy_conflict_or_not"] == 1.0


def test_a_missed_or_false_conflict_is_wrong_either_way():
    for gold, found in (("conflict", "agree"), ("compatible", "conflict")):
        figures = _figures("event", gold, found)
        assert figures["facts.status_accuracy"] == 0.0
        assert figures["facts.status_accuracy_conflict_or_not"] == 0.0


def test_other_kinds_stay_strict():
    figures = _figures("quote", "compatible", "agree")
    assert figures["facts.status_accuracy_conflict_or_not"] == 0.0


def test_a_false_conflict_is_counted_by_kind_and_listed_with_its_sentences():
    story, claims = _story("event", "compatible")
    finding = Finding(id="f", kind="event", topic="vote", status="conflict",
                      claims=tuple(c.id for c in claims), articles=("AP", "WSJ"), note="")
    errors: list[dict] = []
    figures = score([story], [[finding]], [claims], errors)
    assert figures["conflict.false.event"] == 1 and "conflict.false.figure" not in figures
    [listed] = [e for e in errors if e["error"] == "false conflict"]
    assert listed["kind"] == "event" and ["AP", FIRST] in map(list, listed["sentences"])
    # a right conflict is counted nowhere among the false ones
    story, claims = _story("event", "conflict")
    assert "conflict.false.event" not in score([story], [[finding]], [claims])
