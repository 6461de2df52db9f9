"""The loss classes of event facts (eval/event_losses.py), on claims and
findings built by hand: no model, no gold."""

from crosscheck.eval.event_losses import loss_class
from crosscheck.models import Claim, Event, Finding


def _claim(cid, article, sentence, date=None, date_text=""):
    return Claim(id=cid, article=article, kind="event", sentence=sentence, span=(0, len(sentence)),
                 event=Event(text=sentence, date=date, date_text=date_text))


def _finding(fid, *claims):
    return Finding(id=fid, kind="event", topic="t", status="agree",
                   claims=tuple(c.id for c in claims),
                   articles=tuple(sorted({c.article for c in claims})), note="")


RESIGNED = _claim("c1", "a", "Daniel Foote resigned Thursday.", "2021-09-23", "Thursday")
STEPPED = _claim("c2", "b", "The envoy stepped down on Thursday.", "2021-09-23", "Thursday")
HAS_RESIGNED = _claim("c3", "c", "A senior American diplomat has resigned.")
RESIGNED_AS_STATEMENT = _claim("c4", "a", "Daniel Foote resigned Thursday.")
LEFT_FRIDAY = _claim("c5", "b", "The envoy left his post on Friday.", "2021-09-24", "Friday")


def test_a_mention_without_a_claim_is_not_extracted():
    assert loss_class([[RESIGNED], []], []) == "not extracted"


def test_one_finding_holding_every_mention_is_linked():
    assert loss_class([[RESIGNED], [STEPPED]], [_finding("f", RESIGNED, STEPPED)]) == "linked"


def test_two_events_of_one_day_left_apart():
    assert loss_class([[RESIGNED], [STEPPED]], [_finding("f", RESIGNED)]) == "same day"


def test_events_of_two_days_are_not_of_one_day():
    assert loss_class([[RESIGNED], [LEFT_FRIDAY]], []) == "different days"


def test_a_dated_sentence_against_an_undated_one():
    assert loss_class([[RESIGNED, RESIGNED_AS_STATEMENT], [HAS_RESIGNED]], []) == "one side dated"


def test_statements_only():
    assert loss_class([[RESIGNED_AS_STATEMENT], [HAS_RESIGNED]], []) == "no dated claim"


def test_a_fact_of_three_told_two_and_one_is_split_by_its_best_pair_left_apart():
    # PBS and NYT linked as statements, the NY Post's dated event in a finding of its own.
    findings = [_finding("f1", RESIGNED_AS_STATEMENT, HAS_RESIGNED), _finding("f2", STEPPED)]
    per_mention = [[RESIGNED, RESIGNED_AS_STATEMENT], [HAS_RESIGNED], [STEPPED]]
    assert loss_class(per_mention, findings) == "split, same day"


# ECB+ articles carry no publication date: "on Thursday" is read, not resolved.
DIED_UNANCHORED = _claim("c6", "b", "Bettie Page died on Thursday.", None, "Thursday")
DIED_AS_STATEMENT = _claim("c7", "b", "Bettie Page died on Thursday.")


def test_an_event_whose_day_is_not_known_is_not_an_undated_sentence():
    assert loss_class([[RESIGNED], [DIED_UNANCHORED, DIED_AS_STATEMENT]], []) == "day not resolved"


def test_a_sentence_naming_no_day_is_still_one_side_dated():
    """Must reject: a statement alone is no unresolved day."""
    assert loss_class([[RESIGNED], [DIED_AS_STATEMENT]], []) == "one side dated"


# -- the step that kept a pair apart ------------------------------------------

def test_a_pair_the_model_never_scored_had_no_candidate():
    assert loss_class([[RESIGNED], [STEPPED]], [], {}, 0.25) == "same day: no candidate"


def test_a_pair_scored_below_the_link_is_below_the_bar():
    """Must reject ``held back``: the model scored it 0.4, the rules kept 0."""
    scores = {("c1", "c3"): (0.4, 0.0)}
    assert loss_class([[RESIGNED, RESIGNED_AS_STATEMENT], [HAS_RESIGNED]], [], scores, 0.25) \
        == "one side dated: below the bar"


def test_a_pair_at_the_link_left_apart_was_held_back():
    scores = {("c2", "c1"): (0.9, 0.9)}
    assert loss_class([[RESIGNED], [STEPPED]], [], scores, 0.25) == "same day: held back"


def test_statements_only_tell_no_step():
    scores = {("c4", "c3"): (0.9, 0.9)}
    assert loss_class([[RESIGNED_AS_STATEMENT], [HAS_RESIGNED]], [], scores, 0.25) \
        == "no dated claim"
