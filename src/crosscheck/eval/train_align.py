"""Train the pair models that align figure and event mentions across articles
(:mod:`crosscheck.corroborate.align`) on tuning parts of the fact gold
(:data:`TRAIN_PARTS` unless ``--train`` names others: the figure model v3 was
tried on dev and dev2), and report them on another part: the first tuning part
not trained on (:data:`REPORT_PART`) unless ``--report`` names another;
``heldout`` only once tuning is over (the held-out part is never read while
tuning).

Pairs and labels: for every gold story, the claims of the kind the engine
extracts are paired as alignment would pair them (two articles; for figures,
one quantity class).
A pair is positive when both claims carry mentions of one gold fact (its
``mentions`` or its further mentions in an article, ``also``); negative
when they carry mentions of different facts only, or form one of the gold's
look-alike pairs. Pairs about which the gold says nothing are left out: read
by hand, a third of the high-scoring pairs between a gold mention and an
unlisted one were facts the annotators had not listed ("13 US troops" and "13
US military personnel"), so "unlisted" does not mean "different".

The model is a logistic regression over standardised features (scikit-learn,
needed here only). On probabilities predicted by five-fold cross-validation
over stories, the link threshold is the one of best F1 unless ``--threshold``
sets it by hand (as for figures, from the facts and findings evaluations): a look-alike linked
now and then is a wrong "agree" at worst, since a conflict needs the strict
subject rules as well (corroborate/figures.py). The precision/recall curve is
printed.

The statement model (``--kind statement``, features in :mod:`crosscheck.corroborate.statement_features`)
pairs the statements (undated sentences) of two articles and learns from the
event facts: a pair is positive when both sentences hold mentions of one
event fact, negative when they hold mentions of two, or are one of the
gold's event look-alikes (:data:`HARD_WEIGHT` times the weight of another
pair: two steps of one case, two things of one day). It is trained on dev
to dev7 (all of their stories, AllSides, ECB+ and Baly: the pairs of dev
alone were too few; dev3 to dev7 joined them when each became a
tuning part) and reported on dev8, the check part (its pairs' curve is
printed, its pairs are not read). The engine uses it beside the
hand-set paths only where it is sure and the two sentences share a predicate
(corroborate/statement_model.py; corroborate/statements.py says what other
uses broke).

Run: ``python -m crosscheck.eval.train_align [--kind figure|event|statement] [--train dev,dev2]
[--report dev2|dev3|dev4|dev5|dev6|dev7|dev8|heldout] [--features same_value,overlap,...] [--threshold 0.6] [--write]``
(``--write`` replaces ``src/crosscheck/data/align-KIND.VERSION.json``, the
version of :data:`crosscheck.corroborate.align.MODEL_VERSIONS`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from ..corroborate.align import DATA, MODEL_VERSIONS
from ..corroborate.common import Context
from ..corroborate.events import EVENT_FEATURES, event_mentions, event_pairs
from ..corroborate.figure_align import FIGURE_FEATURES, figure_pairs
from ..corroborate.statements import kept_statements
from .facts import FactStory, load_fact_gold, mention_claims
from ..corroborate.statement_features import STATEMENT_FEATURES, training_pairs



#: For each kind: its features and the function pairing its mentions.
KINDS = {"figure": (FIGURE_FEATURES, figure_pairs), "event": (EVENT_FEATURES, event_pairs),
         "statement": (STATEMENT_FEATURES, lambda ctx, statements: training_pairs(statements))}
#: The gold parts each kind's model is trained on. Events and statements:
#: dev, dev2 and dev3, the three tuning parts, checked on dev4 (the shipped
#: event v2 was trained on dev's 449 pairs alone; a model trained here is
#: written under a new version: event models trained on dev and dev2, and on
#: all three, were measured and not kept, corroborate/events.py; statements:
#: 937 labelled pairs of 138 stories, where dev and dev2 gave 598; with dev4,
#: a tuning part since, 3,800 of 158 stories, reported on dev5; with dev5,
#: a tuning part since, 3,958 of 197 stories, reported on dev6; with dev6,
#: a tuning part then, 4,501 of 227 stories and 42 look-alikes, CV
#: AUC 0.878 -> 0.883, reported on dev7, then the check: AUC 0.862 -> 0.866;
#: with dev7, a tuning part since, 4,939 of 258 stories and 57 look-alikes,
#: ``align-statement.v3``, reported on dev8, the check: precision / recall
#: 0.89 / 0.51 at 0.6, 0.95 / 0.25 at 0.9, cross-validated 0.87 / 0.67 and
#: 0.95 / 0.37).
TRAIN_PARTS = {"figure": ("dev",), "event": ("dev", "dev2", "dev3"),
               "statement": ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")}
#: The part each kind's model is reported on while tuning: trained on by
#: neither. dev8 is the check part: its pair curve is printed, its pairs
#: are not read.
REPORT_PART = {"figure": "dev2", "event": "dev4", "statement": "dev8"}
_USED_BY = {"statement": "crosscheck.corroborate.statement_pairs"}
#: How much more a look-alike pair of the gold (a hard negative: two steps of
#: one case, two things of one day) weighs in training than another pair.
#: Statements: 27 look-alikes among 3,958 pairs; cross-validated on dev to
#: dev5, at 5 the look-alikes the model puts at 0.7 or more fell from 10 to
#: 6 of 26 and the AUC stayed 0.875 (0.877 at 1; at 10, 4 of 26 but the
#: AUC 0.872 and less recall at every threshold).
HARD_WEIGHT = {"statement": 5.0}


def story_pairs(story: FactStory, claims, kind: str = "figure", with_hard: bool = False
                ) -> tuple[np.ndarray, ...]:
    """Features and labels (1 same fact, 0 not) of one story's labelled pairs;
    ``with_hard``: and whether each is one of the gold's look-alike pairs."""
    features_of, pairs_of = KINDS[kind]
    articles = list(story.articles.values())
    ctx = Context.of(articles, None)
    # Statements are aligned by their own rule (corroborate/statements.py);
    # the event model pairs dated events, and them with the statements of
    # sentences their article dates nowhere (events.event_mentions).
    # Statements are compared as corroborate() orders them.
    mentions = (event_mentions(claims) if kind == "event"
                else kept_statements(sorted(claims, key=lambda c: (c.article, c.span, c.id)))
                if kind == "statement" else [c for c in claims if c.kind == kind])
    # A statement states event facts. A claim may carry mentions of several
    # facts (a statement's sentence tells two happenings): a pair is one fact
    # when the two share any.
    fact_kind = "event" if kind == "statement" else kind
    fact_of: dict[str, set[int]] = {}
    for k, fact in enumerate(story.facts):
        if fact["kind"] != fact_kind:
            continue
        # A fact's further mentions in an article (the gold's ``also``) are
        # pairs of it too: "$160 million" in the lead and again further on.
        for m in fact["mentions"] + fact.get("also", []):
            article = story.articles.get(m.get("outlet") or m.get("article"))
            if article is None:
                continue
            for c in mention_claims(m, fact_kind, article, mentions):
                fact_of.setdefault(c.id, set()).add(k)
    apart: set[frozenset[str]] = set()
    for pair in story.different:
        # A statement is kept apart from a look-alike of its own kind (the
        # facts eval scores a pair of no kind as figures): two sentences
        # holding "the 200,000 threshold" and "about 200,000 arrests" may
        # well tell one event.
        if kind == "statement" and pair.get("kind", "figure") != fact_kind:
            continue
        sides = []
        for side in (pair["a"], pair["b"]):
            article = story.articles.get(side.get("outlet") or side.get("article"))
            sides.append({c.id for c in mention_claims(side, fact_kind, article, mentions)}
                         if article else set())
        apart |= {frozenset((a, b)) for a in sides[0] for b in sides[1]}
    rows, labels, hard = [], [], []
    for i, j, features in pairs_of(ctx, mentions):
        a, b = mentions[i], mentions[j]
        fa, fb = fact_of.get(a.id), fact_of.get(b.id)
        hard.append(frozenset((a.id, b.id)) in apart)
        if hard[-1]:
            label = 0
        elif fa is not None and fb is not None:
            label = int(bool(fa & fb))
        else:
            hard.pop()
            continue
        rows.append(features)
        labels.append(label)
    x = np.asarray(rows, dtype=float).reshape(-1, len(features_of))
    return (x, np.asarray(labels), np.asarray(hard, dtype=bool)) if with_hard \
        else (x, np.asarray(labels))


def dataset(stories: list[FactStory], kind: str
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels, story (by index) and look-alike flag of every labelled pair."""
    from ..claims import extract_claims_batch

    everything = [a for s in stories for a in s.articles.values()]
    by_article = dict(zip((a.id for a in everything), extract_claims_batch(everything)))
    xs, ys, groups, hards = [], [], [], []
    for n, story in enumerate(stories):
        claims = [c for a in story.articles.values() for c in by_article[a.id]]
        x, y, hard = story_pairs(story, claims, kind, with_hard=True)
        xs.append(x)
        ys.append(y)
        hards.append(hard)
        groups.extend([n] * len(y))
    return np.vstack(xs), np.concatenate(ys), np.asarray(groups), np.concatenate(hards)


def _best_f1(p: np.ndarray, y: np.ndarray) -> float:
    best, chosen = -1.0, 0.5
    for t in np.round(np.arange(0.2, 0.95, 0.05), 2):
        tp = float(((p >= t) & (y == 1)).sum())
        f1 = 2 * tp / max(1.0, float((p >= t).sum() + (y == 1).sum()))
        if f1 > best + 1e-9:
            best, chosen = f1, float(t)
    return chosen


def curve(p: np.ndarray, y: np.ndarray) -> list[dict]:
    out = []
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        chosen = p >= t
        tp = int((chosen & (y == 1)).sum())
        out.append({"threshold": t, "precision": round(tp / max(1, chosen.sum()), 3),
                    "recall": round(tp / max(1, (y == 1).sum()), 3), "linked": int(chosen.sum())})
    return out


def train(data: Path, kind: str = "figure", report: str | None = None,
          parts: tuple[str, ...] | None = None, features: tuple[str, ...] | None = None) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    report = report or REPORT_PART[kind]
    stories = load_fact_gold(data, split="all")
    parts = parts or TRAIN_PARTS[kind]
    dev = [s for s in stories if s.split in parts]
    held = [s for s in stories if s.split == report]
    x, y, groups, hard = dataset(dev, kind)
    weight = np.where(hard, HARD_WEIGHT.get(kind, 1.0), 1.0)
    # A figure model may weigh some of the features only, named in its file
    # (corroborate.figure_align picks them by name).
    names = features or KINDS[kind][0]
    columns = [KINDS[kind][0].index(f) for f in names]
    x = x[:, columns]

    def model():
        return make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))

    folds = GroupKFold(n_splits=min(5, len(set(groups))))
    p_cv = np.zeros(len(y))
    for fit_on, predict_on in folds.split(x, y, groups):
        p_cv[predict_on] = model().fit(x[fit_on], y[fit_on],
                                       logisticregression__sample_weight=weight[fit_on]
                                       ).predict_proba(x[predict_on])[:, 1]
    link = _best_f1(p_cv, y)
    fitted = model().fit(x, y, logisticregression__sample_weight=weight)
    scaler, lr = fitted.steps[0][1], fitted.steps[1][1]
    out = {
        "about": f"Logistic pair model for aligning {kind} mentions across articles "
                 f"({_USED_BY.get(kind, 'crosscheck.corroborate.align')}); trained by "
                 "python -m crosscheck.eval.train_align "
                 f"on the {' and '.join(parts)} "
                 f"part{'s' * (len(parts) > 1)} of quality/gold/facts.",
        "features": list(names),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) if v > 0 else 1.0 for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 6),
        "threshold": link,
        "trained_on": {"parts": list(parts), "pairs": int(len(y)), "positive": int(y.sum()),
                       "stories": len(dev)},
        "dev_cross_validated": curve(p_cv, y),
    }
    if hard.any():
        # The look-alike pairs (hard negatives) linked at the link threshold,
        # cross-validated: what the model must keep apart.
        out["trained_on"]["look_alikes"] = int(hard.sum())
        out["look_alikes_linked_cross_validated"] = int((p_cv[hard] >= link).sum())
    if held:
        from ..corroborate.align import probabilities

        hx, hy, _, _ = dataset(held, kind)
        hp = probabilities(out, hx[:, columns])
        out[report] = {"pairs": int(len(hy)), "positive": int(hy.sum()), "curve": curve(hp, hy)}
    return out


def main(argv: list[str] | None = None) -> int:
    from . import shared_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=sorted(KINDS), default="figure")
    parser.add_argument("--train", default=None,
                        help="the gold parts trained on, by comma (dev, dev2, dev3); "
                             "default: dev for figures, dev, dev2 and dev3 for events, "
                             "dev to dev7 for statements")
    parser.add_argument("--report", default=None,
                        choices=("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "heldout"),
                        help="the gold part the model is reported on (not trained on); "
                             "default: dev2 for figures, dev4 for events, dev8 for statements")
    parser.add_argument("--features", default=None,
                        help="the features weighed, by comma (default: all of the kind's)")
    parser.add_argument("--threshold", type=float,
                        help="the link threshold, set by hand (else the one of best F1)")
    parser.add_argument("--write", action="store_true",
                        help="write the model to src/crosscheck/data/align-KIND.VERSION.json")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to train on", file=sys.stderr)
        return 2
    parts = tuple(p for p in (args.train or "").split(",") if p) or TRAIN_PARTS[args.kind]
    report = args.report or REPORT_PART[args.kind]
    if report in parts or "heldout" in parts:
        print("the part reported on is trained on: nothing to report", file=sys.stderr)
        return 2
    features = tuple(f for f in (args.features or "").split(",") if f) or None
    model = train(data, args.kind, report, parts, features)
    if args.threshold is not None:
        model["threshold"] = args.threshold
    weights = dict(zip(model["features"], model["coef"]))
    print(json.dumps({k: v for k, v in model.items() if k not in ("mean", "scale", "coef")}
                     | {"weights": weights}, indent=1))
    if args.write:
        path = DATA / f"align-{args.kind}.{MODEL_VERSIONS[args.kind]}.json"
        path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
