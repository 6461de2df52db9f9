"""Quality gate of the claims stage: precision and recall per kind on the gold
set in quality/gold/claims, role precision and recall on each half of its
extra role gold (roles-extra.json, issue 12), and the speakers of quotes on
PolNeAR dev (a quote's speaker the annotated source; about a minute more),
must not fall below quality/floors/claims.json."""

from __future__ import annotations

import pytest

from _gate import assert_goals_met_or_explained, assert_holds_floor, data_or_skip, floors

# The issue's goals per figure of a kind; PolNeAR speaker accuracy has none
# (its floor is the measured value less 0.02, as the facts floors).
TARGET = {"precision": 0.90, "recall": 0.75}


@pytest.fixture(scope="module")
def measured() -> dict[str, float]:
    data = data_or_skip("the claims gold set")
    from crosscheck.eval.claims import evaluate, evaluate_extra_roles, polnear

    return {**evaluate(data), **evaluate_extra_roles(data), **polnear(data)}


@pytest.mark.parametrize("metric", sorted(floors("claims")))
def test_metric_is_above_its_floor(measured, metric):
    assert_holds_floor("claims", measured, metric, "python -m crosscheck.eval.claims --verbose",
                       "the misses")


def test_floors_meet_the_issue_targets_or_say_why():
    # Floors are pinned at the issue's targets; one under its target must be
    # named with a reason in the file's "_lowered" object.
    assert_goals_met_or_explained("claims", lambda metric: TARGET.get(metric.split(".")[1]))


def test_the_extra_role_gold_quotes_its_articles():
    """Every role of roles-extra.json gives the exact words that say it, in the
    article as the pipeline reads it (spaces as one), and each half is split by story."""
    import re

    from crosscheck.eval.claims import EXTRA_ROLES, load_gold

    pairs = load_gold(data_or_skip("the extra role gold"), [EXTRA_ROLES], cleaned=True)
    squash = lambda text: re.sub(r"\s+", " ", text)  # noqa: E731
    for article, rec, _ in pairs:
        for role in rec["roles"] + rec.get("roles_optional", []):
            assert squash(role["text"]) in squash(article.text), (article.origin, role["text"])
    split_of = {}
    for _, rec, _ in pairs:
        story = (rec["dataset"], rec.get("story", rec.get("event", rec.get("id"))))
        assert split_of.setdefault(story, rec["split"]) == rec["split"], story
    assert set(split_of.values()) == {"dev", "heldout"}
