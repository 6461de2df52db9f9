"""Gate of the brief: ROUGE-1/2/L F of our brief against AllSides' roundups on
the first 40 dev stories must not fall below quality/floors/brief.json.

LexRank, TextRank and lead, at the same number of sentences per story, are
reported beside it (printed, and a warning wherever ours is below one of
them) but not asserted: beating them is the goal, the floor is the gate.
About a minute on two cores; `python -m crosscheck.eval.brief` gives the
figures on the whole dev set.
"""

from __future__ import annotations

import warnings

import pytest

from _gate import data_or_skip, floors
from crosscheck.eval.brief import GATE_STORIES, METRICS, STORIES_FILE, SYSTEMS, evaluate


@pytest.fixture(scope="module")
def measured() -> dict:
    data = data_or_skip("AllSides")
    try:
        import crosscheck.brief  # noqa: F401
        import crosscheck.corroborate  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"crosscheck.brief or crosscheck.corroborate cannot be imported yet ({exc})")
    return evaluate(data / STORIES_FILE, limit=GATE_STORIES)


@pytest.mark.quality
@pytest.mark.parametrize("metric", METRICS)
def test_our_brief_holds_its_floor(measured, metric):
    floor = floors("brief").get(f"{metric}.f")
    if floor is None:
        pytest.skip(f"brief.json pins no {metric}.f floor yet")
    ours = measured["scores"]["ours"][metric]
    assert measured["stories"] == GATE_STORIES
    assert ours >= floor, (
        f"{metric} F of the brief = {ours:.4f} fell below its floor {floor} on the first "
        f"{GATE_STORIES} AllSides dev stories: run `python -m crosscheck.eval.brief "
        f"--limit {GATE_STORIES} --per-story stories.json` to see which stories lost")


@pytest.mark.quality
def test_report_the_baselines_beside_our_brief(measured):
    scores = measured["scores"]
    print(f"\nbrief ROUGE F on {measured['stories']} AllSides dev stories "
          f"({measured['mean_sentences']} sentences a brief, {measured['empty_briefs']} empty):")
    for name in SYSTEMS:
        print(f"  {name:9}" + "".join(f" {m} {scores[name][m]:.4f}" for m in METRICS))
    for name in SYSTEMS[1:]:
        behind = [m for m in METRICS if scores["ours"][m] < scores[name][m]]
        if behind:
            warnings.warn(f"the brief is below {name} on {', '.join(behind)} "
                          f"(first {GATE_STORIES} AllSides dev stories)", stacklevel=1)
