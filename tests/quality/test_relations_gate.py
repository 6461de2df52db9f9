"""Quality gate of the relations between articles: on the relations gold in
quality/gold/relations (pairs read by hand from ECB+ dev, AllSides dev,
recession-46 and Baly et al.'s articles; six dev parts tuned on, a first held-out
part and heldout3 tuned on since their misses were read, and heldout2,
not looked at while tuning), precision and recall per kind of copy, of "any copy" against
independent reporting, and the independent pairs kept apart must not fall
below quality/floors/relations.json. About ten CPU minutes (the sentence
embeddings of some 1,000 articles), shared by the two workers part by part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _gate import (assert_goals_met_or_explained, assert_holds_floor, by_split, data_or_skip,
                   floors, measured_part)

# The goals; a floor under its goal says why under "_lowered".
TARGET = {f"{kind}.{measure}": goal
          for kind in ("syndicated", "rewrite", "same-wire", "copy")
          for measure, goal in (("precision", 0.95), ("recall", 0.80))}
TARGET.update({"same-wire.credited.recall": 0.80, "same-wire.uncredited.recall": 0.80})
GOLD = Path(__file__).resolve().parents[2] / "quality" / "gold" / "relations"
KINDS = ("syndicated", "rewrite", "same-wire", "independent")
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "heldout", "heldout2", "heldout3")


@pytest.fixture(scope="module")
def data() -> Path:
    return data_or_skip("the relations gold")


@pytest.mark.parametrize("metric", sorted(floors("relations")))
def test_metric_is_above_its_floor(data, metric):
    from crosscheck.eval.relations import evaluate

    # a part's groups are judged alone (find_links within each gold group)
    measured = measured_part("relations", lambda part: by_split(evaluate(data, part)), metric)
    assert_holds_floor("relations", measured, metric,
                       "python -m crosscheck.eval.relations --split dev --verbose",
                       "the misjudged pairs")


def test_floors_meet_the_goals_or_say_why():
    assert_goals_met_or_explained("relations",
                                  lambda metric: TARGET.get(metric.split(".", 1)[1]))


def _gold() -> dict[str, dict]:
    return {split: json.loads((GOLD / f"{split}.json").read_text(encoding="utf-8"))
            for split in SPLITS}


def test_the_gold_is_big_enough_and_split():
    """The issue asks for 40 copy pairs and 150 hard negatives at least; the
    first held-out part has copies of every kind, the second 40 pairs and 10
    copies at least, the third 30 pairs and 3 copies at least, and no group,
    nor any Baly article, is in two parts."""
    counts = {split: {k: 0 for k in KINDS} for split in SPLITS}
    names, articles = {}, {}
    for split, doc in _gold().items():
        assert doc["split"] == split
        for group in doc["groups"]:
            assert names.setdefault(group["group"], split) == split, group["group"]
            for article in group.get("ids", ()):
                assert articles.setdefault(article, split) == split, (group["group"], article)
            for pair in group["pairs"]:
                counts[split][pair["kind"]] += 1
    total = {k: sum(counts[split][k] for split in SPLITS) for k in KINDS}
    assert sum(total[k] for k in KINDS[:3]) >= 40 and total["independent"] >= 150
    assert all(counts["heldout"][k] >= 3 for k in KINDS)
    assert sum(counts["heldout2"].values()) >= 40
    assert sum(counts["heldout2"][k] for k in KINDS[:3]) >= 10
    assert sum(counts["heldout3"].values()) >= 30
    assert sum(counts["heldout3"][k] for k in KINDS[:3]) >= 3


def test_every_pair_is_well_formed(data):
    """Both articles of a pair exist in the group's data, a pair is judged once,
    every pair says why, and a same-wire pair says who credits the agency."""
    import gzip

    with gzip.open(data / "baly-articles" / "baly-articles-8k.jsonl.gz", "rt",
                   encoding="utf-8") as lines:
        baly = {json.loads(line)["id"] for line in lines if line.strip()}
    ecb = {json.loads(line)["id"]: json.loads(line) for line in
           (data / "ecbplus" / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines() if line}
    recession = {r["id"] for r in json.loads(
        (data / "recession-46" / "documents_recession.json").read_text(encoding="utf-8"))}
    allsides = (data / "allsides-stories" / "allsides-stories-dev.jsonl").read_text(
        encoding="utf-8").splitlines()
    seen = set()
    for doc in _gold().values():
        for group in doc["groups"]:
            if group["dataset"] == "allsides":
                story = json.loads(allsides[group["line"]])
                assert story["story"] == group["story"]
                ids = {f"{story['story']}-{k}" for k in range(len(story["articles"]))}
            elif group["dataset"] == "baly":
                assert set(group["ids"]) <= baly, group["group"]
                ids = set(group["ids"])
            elif group["dataset"] == "ecbplus":
                ids = {i for i, r in ecb.items() if str(r["event"]) == group["event"]}
            else:
                ids = recession
            for pair in group["pairs"]:
                assert pair["a"] in ids and pair["b"] in ids, (group["group"], pair)
                assert pair["a"] < pair["b"] and (pair["a"], pair["b"]) not in seen, pair
                seen.add((pair["a"], pair["b"]))
                assert pair["kind"] in KINDS and len(pair["why"]) >= 10, pair
                if pair["kind"] == "same-wire":
                    assert set(pair["credited_by"]) <= {pair["a"], pair["b"]}, pair
