"""Could a pair model combine the relation signals? Cross-validated on the
relations gold's tuning parts, against the rules.

Each signal the relation rules read (:mod:`crosscheck.group`) leaves some
rewrites under independent pairs of the same parts (group/fact_order.py says
which). This measures whether a logistic regression over all of them together
does better: for every judged pair of the tuning parts (dev to dev6:
quality/gold/relations), the features of :data:`PAIR_FEATURES`, then
probabilities predicted with each story left out in turn (a story's pairs
share articles, so a pair's own story never trains its model). Two models:
copy against independent, and, among the copies the rules find, their kind
(syndicated, rewrite, same-wire). The rules' figures on the same pairs are
printed beside them; the rules were tuned on these parts, so they are the
bar a model must clear cross-validated before it can replace them.

Measured in the session of 2026-12-01 (fourth), relations.v9, on dev to
dev5 (301 pairs, 64 copies, 70 stories, copies in 23 of them): the rules
find 0.922 of the copies and keep every independent pair apart; the copy
model finds 0.891 at probability 0.5 with 0.958 of the independent pairs
kept apart, 0.828 with 0.987 at 0.7-0.8, and with the rules (a pair is a
copy when either says so) 0.938 with 0.958-0.987: one copy more for three
to ten independent pairs linked. The kind model tells 51 of the 59 copies
the rules find right, the rules 58. (dev to dev4 alone, with C 0.1-1 and
smaller feature sets: the same picture.) Fifteen rewrites in twelve stories
and 32 same-wire pairs of which 25 come from two ECB+ events are too few for
a model to learn what the thresholds encode: none ships.

Measured again in the session of 2026-12-01 (fifth), relations.v9, with dev6
added (Baly et al. pairs read for it: 8 copies, 101 hard negatives; 410
pairs, 72 copies, 179 stories): the rules find 0.917 of the copies and keep
every independent pair apart; the copy model finds 0.875 at 0.5 with 0.959
kept apart, 0.847 with 0.985-0.991 at 0.7-0.8; with the rules 0.944 with
0.959 (two copies more for 14 independent pairs linked), and from 0.7 up
no copy more than the rules find; the kind model tells 47 of the 66 copies
the rules find right, the rules 64. (Before dev6's second reading, 362
pairs: the same picture.) More gold did not close the gap: the copies still
come from few stories (dev6 adds an outlet's own versions, not new kinds of
copying), and none ships.

Run: ``python -m crosscheck.eval.relation_model`` (scikit-learn, needed here only).
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Sequence

import numpy as np

from ..group.edits import aligned_sentence_share, one_text_lightly_edited
from ..group.fact_order import content_words, fact_order_score, facts, word_order_score
from ..group.passages import QUOTATION, shingles, words
from ..group.quoted_prose import credits_outlet, quoted_prose, quoted_prose_score
from ..group.relations import REWRITE_SENTENCE_COSINE, rewrite_sentences, verbatim_share
from ..group.rewrites import english_rare_order_score
from ..group.wire import WIRE_SHINGLE_WORDS
from .relations import GoldGroup, load_relation_gold, predict

#: The tuning parts (heldout, heldout2 and heldout3 are never read here).
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
#: What the relation rules read of a pair, each on its own scale.
PAIR_FEATURES = ("containment", "unquoted_containment", "story_passages", "fact_order",
                 "word_order", "english_rare_order", "aligned_sentences", "best_cosine",
                 "verbatim", "quoted_prose", "credits_outlet", "shared_agency",
                 "one_side_credited", "shorter_words", "length_ratio", "lightly_edited")
KINDS = ("syndicated", "rewrite", "same-wire")


def _vectors(group: GoldGroup) -> dict[str, np.ndarray]:
    from ..embed import embed

    out = {}
    for article in group.articles.values():
        sentences = rewrite_sentences(article)
        out[article.id] = embed(sentences) if sentences else np.zeros((0, 384), np.float32)
    return out


def _story_common(items: dict[str, Sequence[str]], a: str, b: str) -> frozenset[str]:
    """What half the story's other articles have too (as the rules leave out)."""
    others = [set(v) for k, v in items.items() if k not in (a, b)]
    return frozenset(i for i in set(items[a]) & set(items[b])
                     if 2 * sum(i in o for o in others) >= max(1, len(others)))


def pair_features(group: GoldGroup) -> list[tuple[dict, list[float]]]:
    """(gold pair, features in PAIR_FEATURES order) for each judged pair of ``group``."""
    arts = group.articles
    vectors = _vectors(group)
    fact_lists = {g: facts(a.text) for g, a in arts.items()}
    content = {g: content_words(a.text) for g, a in arts.items()}
    five = {g: shingles(a.text) for g, a in arts.items()}
    unquoted5 = {g: shingles(QUOTATION.sub(" ", a.text)) for g, a in arts.items()}
    unquoted6 = {g: shingles(QUOTATION.sub(" ", a.text), WIRE_SHINGLE_WORDS)
                 for g, a in arts.items()}
    voices = {g: quoted_prose(a.text) for g, a in arts.items()}
    out = []
    for pair in group.pairs:
        x, y = pair["a"], pair["b"]
        a, b = arts[x], arts[y]
        rest = set().union(*(unquoted6[z] for z in arts if z not in (x, y)))
        own = (unquoted6[x] & unquoted6[y]) - rest
        va, vb = vectors[a.id], vectors[b.id]
        best = (va @ vb.T).max(axis=1 if len(va) <= len(vb) else 0).mean() \
            if len(va) and len(vb) else 0.0
        agencies_a = {s.lower() for s in a.agencies}
        agencies_b = {s.lower() for s in b.agencies}
        length_a, length_b = len(words(a.text)), len(words(b.text))
        features = [
            len(five[x] & five[y]) / max(1, min(len(five[x]), len(five[y]))),
            len(unquoted5[x] & unquoted5[y]) / max(1, min(len(unquoted5[x]), len(unquoted5[y]))),
            len(own) / max(1, min(len(unquoted6[x]), len(unquoted6[y]))),
            fact_order_score(fact_lists[x], fact_lists[y], _story_common(fact_lists, x, y))[1],
            word_order_score(content[x], content[y], _story_common(content, x, y))[1],
            english_rare_order_score(content[x], content[y])[1],
            aligned_sentence_share(va, vb, REWRITE_SENTENCE_COSINE),
            float(best),
            verbatim_share(a, b, vectors),
            max(quoted_prose_score(voices[x], voices[y])[1],
                quoted_prose_score(voices[y], voices[x])[1]),
            float(credits_outlet(a.text, b.outlet) or credits_outlet(b.text, a.outlet)),
            float(bool(agencies_a & agencies_b)),
            float(bool(agencies_a) != bool(agencies_b)),
            math.log1p(min(length_a, length_b)),
            min(length_a, length_b) / max(1, length_a, length_b),
            float(one_text_lightly_edited(a.text, b.text)),
        ]
        out.append((pair, features))
    return out


def left_out_probabilities(x: np.ndarray, y: np.ndarray, stories: np.ndarray) -> np.ndarray:
    """Class probabilities of each row from a logistic regression trained on
    every other story (standardised features, balanced classes)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneGroupOut, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(),
                          LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced"))
    return cross_val_predict(model, x, y, groups=stories, cv=LeaveOneGroupOut(),
                             method="predict_proba")


def measure(groups: Sequence[GoldGroup]) -> dict:
    """The rules' and the models' figures on the judged pairs of ``groups``."""
    rows, gold, rules, stories = [], [], [], []
    for group in groups:
        predicted = predict(group)
        for pair, features in pair_features(group):
            rows.append(features)
            gold.append(pair["kind"])
            rules.append(predicted.get(tuple(sorted((pair["a"], pair["b"])))) or "none")
            stories.append(group.name)
    x, gold, rules, stories = (np.asarray(rows), np.asarray(gold), np.asarray(rules),
                               np.asarray(stories))
    copy, found = gold != "independent", rules != "none"
    out = {"pairs": len(gold), "copies": int(copy.sum()), "stories": len(set(stories)),
           "rules": {"copy.recall": round(float(found[copy].mean()), 3),
                     "independent.kept_apart": round(float(1 - found[~copy].mean()), 3)}}
    p = left_out_probabilities(x, copy.astype(int), stories)[:, 1]
    out["copy_model"] = []
    for threshold in (0.5, 0.7, 0.8, 0.9):
        linked = p >= threshold
        either = linked | found
        out["copy_model"].append({
            "threshold": threshold, "copy.recall": round(float(linked[copy].mean()), 3),
            "independent.kept_apart": round(float(1 - linked[~copy].mean()), 3),
            "with_rules.copy.recall": round(float(either[copy].mean()), 3),
            "with_rules.independent.kept_apart": round(float(1 - either[~copy].mean()), 3)})
    both = copy & found
    if len(set(stories[both])) > 1 and len(set(gold[both])) > 1:
        kinds = left_out_probabilities(x[both], gold[both], stories[both])
        labels = np.asarray(sorted(set(gold[both])))
        chosen = labels[kinds.argmax(axis=1)]
        out["kind_model"] = {"right": int((chosen == gold[both]).sum()),
                             "rules_right": int((rules[both] == gold[both]).sum()),
                             "found_copies": int(both.sum())}
    return out


def main(argv: list[str] | None = None) -> int:
    import json

    from . import shared_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=TUNING, action="append",
                        help="a tuning part to measure on (default: all of them)")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: set CROSSCHECK_SHARED_DATA", file=sys.stderr)
        return 2
    groups = [g for split in (args.split or TUNING) for g in load_relation_gold(data, split=split)]
    print(json.dumps(measure(groups), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
