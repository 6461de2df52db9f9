"""Quality gate of language detection on 210 short news sentences in six
languages (quality/gold/language): the figures must not fall below
quality/floors/language.json. Needs no shared data: the sentences were
written for the project."""

from __future__ import annotations

import pytest

from _gate import assert_holds_floor, floors


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    from crosscheck.eval.language import evaluate

    return evaluate()


@pytest.mark.parametrize("metric", sorted(floors("language")))
def test_metric_is_above_its_floor(measured, metric):
    assert_holds_floor("language", measured, metric,
                       "python -m crosscheck.eval.language --verbose", "the wrong answers",
                       digits=4)


def test_the_gold_is_what_the_issue_asks():
    """At least 200 texts in at least 5 languages, each line a code and a text."""
    from crosscheck.eval.language import load_gold

    gold = load_gold()
    assert len(gold) >= 200
    assert len({code for code, _ in gold}) >= 5
    assert all(len(code) == 2 and len(text.split()) >= 5 for code, text in gold)
