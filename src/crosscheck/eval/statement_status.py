"""Can the status of a statement finding be told from its sentences? (issue 12)

A statement finding (:mod:`crosscheck.corroborate.statements`) always says
"agree". The fact gold calls a fifth of the event facts whose mentions are
statements "compatible": both can be true, one outlet more specific ("in
November" / "in early November"), more guarded ("No-one is believed to have
been injured" / "No-one was injured"), or worded more strongly ("crippled
transit" / "submerged subway lines"). A statement pair model that links more
of them lowers the status accuracy unless the finding can say which.

This measures it: for every event fact of the tuning parts (:data:`PARTS`)
whose mentions in two articles or more are statements, each pair of those
statements from two articles is described by :data:`STATUS_SIGNALS`, general
signals of one side saying more or less than the other, and a logistic model
over them, cross-validated by story (five folds), gives each pair the
probability that its fact is "compatible"; a fact's is its pairs' mean. It
prints the area under the ROC curve (0.5: no better than chance) and, at
each threshold, how many facts the model would call "compatible" and the
accuracy of the status it would give against "agree" for all.

With ``--mentions`` the same signals are read from the gold's mention words
(the shortest phrase carrying the fact) instead of the sentences: what the
signals could do if the engine knew which words of a sentence state the fact.

On dev to dev4 (514 statement facts, 169 "compatible", the gold as corrected
by the second reading of issue 12): fact AUC 0.55 from the sentences, 0.68
from the mention words; "agree" for all (0.67) beats every threshold. The
labels themselves are the limit: two readers of the gold's definition told
an event's agree from compatible with kappa 0.49
(``quality/gold/facts/status-reading/``).

Run: ``python -m crosscheck.eval.statement_status [--mentions]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from typing import Sequence

import numpy as np

from .facts import GOLD, FactStory, _side_claims, load_fact_gold

#: The parts measured on: the tuning parts (dev5 is the check part).
PARTS = ("dev", "dev2", "dev3", "dev4")

STATUS_SIGNALS = (
    "time_one_side",    # one sentence names a time (a day, a month, a year), the other none
    "times_differ",     # both name times, not the same ones
    "number_one_side",  # one writes a number (not a year), the other none
    "numbers_differ",   # both write numbers, not the same ones
    "hedge_one_side",   # one is guarded ("reportedly", "may", "is expected to"), the other not
    "amount_differ",    # their words of amount or degree differ ("some" / "thousands", "heavily")
    "negation_one_side",  # one holds a negation, the other none
    "words",            # Jaccard of the content words
    "names",            # Jaccard of the names
    "length",           # shorter / longer, in content words
)

# Words that make an assertion guarded: said of what may, is expected to or
# is believed to be so, not of what is. "May" is a month when capitalised.
_HEDGE = re.compile(r"\b(?:reportedly|allegedly|apparently|possibly|probably|likely|"
                    r"might|could|would|(?-i:may)|expected to|believed to|set to|"
                    r"poised to|plans? to|tentatively)\b", re.I)
# Words of amount or degree: two outlets saying "some" and "thousands" of
# one group, or "heavily" and "partially" of one act, say it differently.
_AMOUNT = re.compile(r"\b(?:some|many|most|several|few|all|thousands|millions|hundreds|"
                     r"dozens|partially|heavily|largely|mostly|nearly|almost|about|"
                     r"around|roughly|at least|more than|less than)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|none)\b|n[’']t\b", re.I)
_TIME = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|"
                   r"April|(?-i:May)|June|July|August|September|October|November|December|"
                   r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|morning|afternoon|evening|night|"
                   r"midnight|today|yesterday|(?:1[89]|20)\d\d)\b", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _found(pattern: re.Pattern, text: str) -> frozenset[str]:
    return frozenset(m.lower() for m in pattern.findall(text))


def _one_side(a: frozenset, b: frozenset) -> float:
    return float(bool(a) != bool(b))


def _differ(a: frozenset, b: frozenset) -> float:
    return float(bool(a) and bool(b) and a != b)


def status_signals(a: str, b: str) -> list[float]:
    """:data:`STATUS_SIGNALS` of two sentences (or phrases) stating one fact."""
    from ..corroborate.align import jaccard, names
    from ..corroborate.common import words

    times_a, times_b = _found(_TIME, a), _found(_TIME, b)
    numbers_a = frozenset(n for n in _NUMBER.findall(a) if not _YEAR.match(n))
    numbers_b = frozenset(n for n in _NUMBER.findall(b) if not _YEAR.match(n))
    said_a, said_b = frozenset(words(a)), frozenset(words(b))
    short, long = sorted((len(said_a), len(said_b)))
    return [_one_side(times_a, times_b), _differ(times_a, times_b),
            _one_side(numbers_a, numbers_b), _differ(numbers_a, numbers_b),
            _one_side(_found(_HEDGE, a), _found(_HEDGE, b)),
            float(_found(_AMOUNT, a) != _found(_AMOUNT, b)),
            _one_side(_found(_NEGATION, a), _found(_NEGATION, b)),
            jaccard(said_a, said_b), jaccard(names(a), names(b)), short / max(1, long)]


def statement_facts(story: FactStory, claims: Sequence) -> list[tuple[str, list[tuple[str, str]]]]:
    """(gold status, [(sentence, mention words)]) of each agreeing or
    compatible event fact of ``story`` whose mentions in two articles or
    more are statements among ``claims``: for each such mention, the
    sentence of its first statement claim and the gold's words."""
    from ..corroborate.statements import is_statement

    out = []
    for fact in story.facts:
        if fact["kind"] != "event" or fact["status"] == "conflict":
            continue
        texts = []
        for m in fact["mentions"]:
            held = [c for c in _side_claims(story, m, "event", claims) if is_statement(c)]
            if held:
                texts.append((held[0].sentence, m["text"]))
        if len(texts) >= 2:
            out.append((fact["status"], texts))
    return out


def dataset(stories: Sequence[FactStory], claims_of: Sequence[Sequence], mentions: bool = False
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Signals, labels (1: "compatible"), story and fact of every pair of
    statements of one fact from two articles; the mentions' own words in
    place of the sentences with ``mentions``."""
    rows, labels, story_of, fact_of = [], [], [], []
    fact = 0
    for n, (story, claims) in enumerate(zip(stories, claims_of)):
        for status, texts in statement_facts(story, claims):
            for (a, ma), (b, mb) in itertools.combinations(texts, 2):
                rows.append(status_signals(ma, mb) if mentions else status_signals(a, b))
                labels.append(int(status == "compatible"))
                story_of.append(n)
                fact_of.append(fact)
            fact += 1
    return (np.asarray(rows, dtype=float).reshape(-1, len(STATUS_SIGNALS)), np.asarray(labels),
            np.asarray(story_of), np.asarray(fact_of))


def cross_validated(x: np.ndarray, y: np.ndarray, stories: np.ndarray, facts: np.ndarray) -> dict:
    """AUC of pairs and facts and the status accuracy at each threshold, on
    probabilities predicted by five-fold cross-validation over stories."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
    p = cross_val_predict(model, x, y, groups=stories, cv=GroupKFold(n_splits=5),
                          method="predict_proba")[:, 1]
    ids = np.unique(facts)
    fact_y = np.array([y[facts == f][0] for f in ids])
    fact_p = np.array([p[facts == f].mean() for f in ids])
    fitted = model.fit(x, y)
    return {"pairs": int(len(y)), "facts": int(len(ids)), "compatible facts": int(fact_y.sum()),
            "pair AUC": round(float(roc_auc_score(y, p)), 3),
            "fact AUC": round(float(roc_auc_score(fact_y, fact_p)), 3),
            "status right, all agree": round(float((fact_y == 0).mean()), 3),
            "status right, compatible from": {
                str(t): {"called compatible": int((fact_p >= t).sum()),
                         "right": round(float(((fact_p >= t) == (fact_y == 1)).mean()), 3)}
                for t in (0.2, 0.3, 0.4, 0.5)},
            "weights": dict(zip(STATUS_SIGNALS,
                                (round(float(w), 2) for w in fitted.steps[1][1].coef_[0])))}


def evaluate(data, mentions: bool = False) -> dict:
    from ..claims import extract_claims_batch

    stories = [s for s in load_fact_gold(data, GOLD, "all") if s.split in PARTS]
    everything = [a for s in stories for a in s.articles.values()]
    by_article = dict(zip((a.id for a in everything), extract_claims_batch(everything)))
    claims_of = [[c for a in s.articles.values() for c in by_article[a.id]] for s in stories]
    return cross_validated(*dataset(stories, claims_of, mentions))


def main(argv: list[str] | None = None) -> int:
    from . import shared_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", action="store_true",
                        help="read the signals from the gold mentions' words, not the sentences")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to evaluate")
        return 0
    print(json.dumps(evaluate(data, args.mentions), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
