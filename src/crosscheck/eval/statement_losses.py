"""Where event facts are lost in statement linking (issue 12).

Every event fact of the fact gold (:mod:`crosscheck.eval.facts`) that no one
finding holds is put in one class, by the worst pair of its mentions from
two articles (each mention's statement claims, the best pair of them):

- ``not extracted``: a mention has no event claim;
- ``not a compared statement``: a mention's claims are dated events (the
  event alignment's, :mod:`crosscheck.corroborate.events`) or past an
  article's first statements compared;
- ``below the link threshold``: some pair is no candidate of
  :func:`crosscheck.corroborate.statement_pairs.statement_pairs`, or its
  probability by the statement pair model is below
  :data:`crosscheck.corroborate.statements.LINK`;
- ``kept apart by a rule``: a pair is probable enough but differs in a count or a
  time, one denies what the other says, or shares nothing but names;
- ``not mutual best``: a pair is probable enough but one of its sentences
  matches another sentence of the other article more probably;
- ``pairs link, grouping splits``: every pair links, yet the mentions end in
  several findings (complete linkage, one statement per article).

Also the cosine of the judged statement pairs
(``quality/gold/statements/pairs.json``), same and not same, per sample: how
far the sentence vectors alone tell them apart.

And the event facts a statement finding holds, by their gold status, with
how many the finding says rightly (:func:`statement_status`): a statement
is "agree", so a rule that tells "compatible" statements must say more of
them rightly than that. On dev (corroborate.v25) 29 agree, 4 compatible; with
the anchor links of branch ``experiment/anchor-links`` 34 and 6. A rule read
from the 6 (a count of a noun both name: "lawsuits" / "One lawsuit",
"Many migrants" / "Thousands of migrants") said 36 of 40 rightly on dev, and
took held-out status accuracy down by two facts (branch
``experiment/anchor-content-words``, commit cb90f3c).

And, for the facts lost ``below the link threshold``, what structure every pair
of their mentions' sentences shares (:func:`lost_structure`): a story-rare
word (:func:`crosscheck.corroborate.anchors.story_rare`), a name among them,
the same resolved day (a dated event claim of each sentence), a verb lemma
or its nominalisation (:func:`crosscheck.corroborate.anchors.same_predicate`),
and an anchor with a predicate together.

Run: ``python -m crosscheck.eval.statement_losses [--split dev|heldout]``.
Read misses on the dev split only: held-out is for totals.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Sequence

import numpy as np

from ..models import Claim, Finding
from .facts import GOLD, STATEMENT_PAIRS, FactStory, _side_claims, load_fact_gold, run

#: The classes, worst first: a fact goes to the first that one of its pairs is in.
CLASSES = ("not extracted", "not a compared statement", "below the link threshold",
           "kept apart by a rule", "not mutual best", "pairs link, grouping splits")


#: A pair's classes, best first.
_PAIR_RANK = ("linked", "not mutual best", "kept apart by a rule", "below the link threshold")


def pair_class(probable: bool, mutual: bool, apart: str) -> str:
    """What became of one pair of mentions' statements (``probable``: its
    probability reaches the link threshold): ``linked`` or a loss class."""
    if not probable:
        return "below the link threshold"
    if apart:
        return "kept apart by a rule"
    return "linked" if mutual else "not mutual best"


def fact_class(pair_classes: Sequence[str]) -> str:
    """The class of a fact no finding holds, from its mention pairs' classes."""
    for name in CLASSES[2:5]:
        if name in pair_classes:
            return name
    return "pairs link, grouping splits"


def story_losses(story: FactStory, claims: Sequence[Claim], found: Sequence[Finding],
                 by_fact: dict[int, str] | None = None) -> Counter:
    """The event facts of ``story`` by class (``linked`` for those one finding
    holds); ``by_fact``, when given, gets each event fact's class by its index."""
    from ..corroborate.statement_pairs import statement_pairs
    from ..corroborate.statements import kept_statements

    # In corroborate()'s order, so that the statements compared are the same.
    statements = kept_statements(sorted(claims, key=lambda c: (c.article, c.span, c.id)))
    position = {c.id: k for k, c in enumerate(statements)}
    pairs = {(p.i, p.j): p for p in statement_pairs(statements)}
    finding_of: dict[str, list[Finding]] = {}
    for f in found:
        for c in f.claims:
            finding_of.setdefault(c, []).append(f)
    out: Counter = Counter()
    for index, fact in enumerate(story.facts):
        if fact["kind"] != "event":
            continue
        per_mention = [_side_claims(story, m, "event", claims) for m in fact["mentions"]]
        if not all(per_mention):
            out[_record(by_fact, index, "not extracted")] += 1
            continue
        ids = [{c.id for c in mentioned} for mentioned in per_mention]
        if any(all(set(f.claims) & held for held in ids)
               for c in ids[0] for f in finding_of.get(c, [])):
            out[_record(by_fact, index, "linked")] += 1
            continue
        compared = [[position[c.id] for c in mentioned if c.id in position]
                    for mentioned in per_mention]
        if not all(compared):
            out[_record(by_fact, index, "not a compared statement")] += 1
            continue
        classes = []
        for a in range(len(compared)):
            for b in range(a + 1, len(compared)):
                found_classes = [pair_class(bool(p.path), p.mutual, p.apart) if p else
                                 "below the link threshold"
                                 for i in compared[a] for j in compared[b]
                                 if statements[i].article != statements[j].article
                                 for p in [pairs.get((min(i, j), max(i, j)))]]
                if found_classes:  # the best of the claim pairs of two mentions
                    classes.append(min(found_classes, key=_PAIR_RANK.index))
        out[_record(by_fact, index, fact_class(classes) if classes else "pairs link, grouping splits")] += 1
    return out


def _record(by_fact: dict[int, str] | None, index: int, name: str) -> str:
    if by_fact is not None:
        by_fact[index] = name
    return name


#: The structures :func:`lost_structure` counts, each held by every mention pair of a fact.
STRUCTURES = ("story-rare word", "story-rare name", "same day", "same predicate",
              "story-rare word and same predicate")


def pair_structure(a: Claim, b: Claim, rare: frozenset[str], days: dict) -> set[str]:
    """The :data:`STRUCTURES` two statements' sentences share. ``rare`` is
    the story's rare words, ``days`` the resolved days of each (article,
    span) from the story's dated event claims."""
    from ..corroborate.align import names
    from ..corroborate.anchors import predicates, same_predicate
    from ..corroborate.common import words

    shared = set(words(a.sentence)) & set(words(b.sentence)) & rare
    named = set(words(" ".join(names(a.sentence) | names(b.sentence))))
    out = set()
    if shared:
        out.add("story-rare word")
    if shared & named:
        out.add("story-rare name")
    if days.get((a.article, a.span), set()) & days.get((b.article, b.span), set()):
        out.add("same day")
    if same_predicate(predicates(a.sentence), predicates(b.sentence)):
        out.add("same predicate")
        if shared:
            out.add("story-rare word and same predicate")
    return out


def lost_structure(story: FactStory, claims: Sequence[Claim], found: Sequence[Finding]
                   ) -> Counter:
    """Of the event facts of ``story`` lost ``below the link threshold``, how many
    have every pair of mentions (the best pair of their statements) sharing
    each of :data:`STRUCTURES`; ``facts`` counts them."""
    from ..corroborate.anchors import story_rare
    from ..corroborate.common import words
    from ..corroborate.statements import kept_statements

    statements = kept_statements(sorted(claims, key=lambda c: (c.article, c.span, c.id)))
    rare = story_rare([words(c.sentence) for c in statements], [c.article for c in statements])
    days: dict[tuple, set[str]] = {}
    for c in claims:
        if c.event is not None and c.event.date and len(c.event.date) == 10:
            days.setdefault((c.article, c.span), set()).add(c.event.date)
    compared = {c.id for c in statements}
    classes: dict[int, str] = {}
    story_losses(story, claims, found, classes)
    out: Counter = Counter()
    for index, fact in enumerate(story.facts):
        if classes.get(index) != "below the link threshold":
            continue
        out["facts"] += 1
        per_mention = [[c for c in _side_claims(story, m, "event", claims) if c.id in compared]
                       for m in fact["mentions"]]
        held = set(STRUCTURES)
        for x in range(len(per_mention)):
            for y in range(x + 1, len(per_mention)):
                held &= set().union(*([pair_structure(a, b, rare, days)
                                       for a in per_mention[x] for b in per_mention[y]
                                       if a.article != b.article] or [set()]))
        out.update(held)
    return out


def statement_status(story: FactStory, claims: Sequence[Claim], found: Sequence[Finding]
                     ) -> Counter:
    """The gold status of each event fact of ``story`` that a statement
    finding (every claim of it a statement) holds, and ``said right`` for
    those whose finding says the gold status: what a rule telling
    "compatible" statements must beat (statements say "agree")."""
    from ..corroborate.statements import is_statement

    statement = {c.id for c in claims if is_statement(c)}
    finding_of: dict[str, list[Finding]] = {}
    for f in found:
        if f.kind == "event" and set(f.claims) <= statement:
            for c in f.claims:
                finding_of.setdefault(c, []).append(f)
    out: Counter = Counter()
    for fact in story.facts:
        if fact["kind"] != "event":
            continue
        ids = [{c.id for c in _side_claims(story, m, "event", claims)} for m in fact["mentions"]]
        holder = next((f for c in ids[0] for f in finding_of.get(c, [])
                       if all(set(f.claims) & held for held in ids)), None)
        if holder is not None:
            out[fact["status"]] += 1
            out["said right"] += holder.status == fact["status"]
    return out


def judged_cosines(split: str) -> dict[str, list[float]]:
    """The cosine of each judged statement pair of ``split``, by sample and judgement."""
    from ..embed import embed

    pairs = [p for p in json.loads(STATEMENT_PAIRS.read_text(encoding="utf-8"))["pairs"]
             if p["split"] == split]
    if not pairs:
        return {}
    vectors = embed([t for p in pairs for t in (p["a"], p["b"])])
    out: dict[str, list[float]] = {}
    for k, p in enumerate(pairs):
        name = f"{p.get('sample') or 'first'} {'same' if p['same'] else 'not same'}"
        out.setdefault(name, []).append(float(vectors[2 * k] @ vectors[2 * k + 1]))
    return out


def evaluate(data, split: str) -> dict:
    stories = [s for s in load_fact_gold(data, GOLD, "all") if s.split == split]
    predicted, claims_of = run(stories)
    losses: Counter = Counter()
    structure: Counter = Counter()
    status: Counter = Counter()
    for story, found, claims in zip(stories, predicted, claims_of):
        losses += story_losses(story, claims, found)
        structure += lost_structure(story, claims, found)
        status += statement_status(story, claims, found)
    quartiles = {name: [round(float(q), 2) for q in np.quantile(values, [0, .25, .5, .75, 1])]
                 + [len(values)] for name, values in sorted(judged_cosines(split).items())}
    return {"event facts": dict(losses.most_common()),
            "below the link threshold: every mention pair shares": {
                name: structure[name] for name in ("facts",) + STRUCTURES},
            "judged pairs: cosine min, q25, median, q75, max, n": quartiles,
            "linked by a statement finding: gold status": {
                name: status[name] for name in ("agree", "compatible", "conflict", "said right")}}


def main(argv: list[str] | None = None) -> int:
    from . import shared_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to evaluate")
        return 0
    print(json.dumps(evaluate(data, args.split), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
