"""Where the fact gold's event facts are lost: which step keeps the mentions
of one event apart (issue 12).

Event facts are over half of the fact gold and the fewest linked. Every
event fact that is not linked into one finding (:mod:`crosscheck.eval.facts`)
falls into the first class of this list it fits:

- ``not extracted``: some mention has no event claim (no dated event, no
  statement) whose sentence holds its words;
- for the pairs of mentions that share no finding, the best any such pair
  offers: ``same day`` (both sentences hold dated events resolved to one
  day, and they are still apart), ``different days`` (both dated, never to
  one day), ``day not resolved`` (a sentence names the day of its event but
  the day is not known: "on Thursday" in an article with no publication
  date, as ECB+'s), ``one side dated`` (only one sentence holds a dated
  event: it meets the other as a statement, corroborate/events.py) or ``no dated claim``
  (statements only);
- each of these is marked ``split`` when some other pair of the fact's
  mentions does share a finding (a fact of three told 2 + 1);
- a pair of the first four classes says, after a colon, which step kept it
  apart, the nearest its claims came to a link (:func:`pair_step`): ``no
  candidate`` (the event model never scored a pair of their claims),
  ``below the bar`` (scored, but below the link once the rules of
  corroborate/event_links.py have spoken) or ``held back`` (a pair reaches
  the link and clustering, or the split of a finding by day, still kept them
  apart).

The classes say what a rule would have to link: dated events, dated against
undated, or statements. Run: ``python -m crosscheck.eval.event_losses
[--split dev|…|dev7|tuning] [--verbose]`` (``--verbose`` lists each lost
fact on stderr, with the best pair's sentences and scores);
``--split tuning`` prints every tuning part and their total. The check parts
(dev8, held-out) are not offered: their errors are not read.

With corroborate.v72, of the 1,149 event facts of dev to dev7: 321 linked,
282 no dated claim (the statement linker's), 183 not extracted, one side
dated 215 (165 below the bar, 38 no candidate, 12 held back), same day 59
(39 below the bar, 20 held back), day not resolved 51 (ECB+; 26 + 25),
different days 38 (no candidate: the mention's sentence dates another
happening). "split" facts counted with their class.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..corroborate.common import Context
from ..models import Claim, Finding
from .facts import FactStory, load_fact_gold, mention_claims, run

#: The parts tuned on, whose lost facts may be read (dev8 and held-out are
#: the checks).
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")

#: The classes of a pair of mentions left apart, best first (what it would
#: take to link them, most to least within reach of the dated-event rules).
PAIR_CLASSES = ("same day", "different days", "day not resolved", "one side dated",
                "no dated claim")


def _days(claims: Sequence[Claim]) -> set[str]:
    return {c.event.date for c in claims
            if c.event is not None and not c.event.statement and c.event.date}


def _unresolved(claims: Sequence[Claim]) -> bool:
    """Some claim is an event whose day its sentence names but no one knows."""
    return any(c.event is not None and not c.event.statement and not c.event.date
               for c in claims)


#: The steps that may keep a pair of mentions apart, first to last.
PAIR_STEPS = ("no candidate", "below the bar", "held back")
#: The classes a step is told for: the classes of dated events.
_STEPPED = ("same day", "different days", "day not resolved", "one side dated")


def pair_step(first: Sequence[Claim], second: Sequence[Claim],
              scores: dict[tuple[str, str], tuple[float, float]], link: float) -> str:
    """Which step kept two mentions apart (see the module docstring), from the
    claims carrying each and ``scores``: (the model's probability, the score
    clustering sees) by the ids of a scored pair of event mentions."""
    seen = [scores[key] for a in first for b in second
            for key in ((a.id, b.id), (b.id, a.id)) if key in scores]
    if not seen:
        return "no candidate"
    return "held back" if max(kept for _, kept in seen) >= link else "below the bar"


def loss_class(per_mention: Sequence[Sequence[Claim]], findings: Sequence[Finding],
               scores: dict[tuple[str, str], tuple[float, float]] | None = None,
               link: float = 0.0) -> str:
    """The class of one event fact (see the module docstring), from the claims
    carrying each of its mentions and the story's findings; with ``scores``
    (see :func:`pair_step`) and the model's ``link``, the step that kept its
    best pair apart too."""
    if not all(per_mention):
        return "not extracted"
    holding = [{f.id for f in findings if set(f.claims) & {c.id for c in claims}}
               for claims in per_mention]
    if set.intersection(*holding):
        return "linked"
    days = [_days(claims) for claims in per_mention]
    apart = [(i, j) for i, j in itertools.combinations(range(len(per_mention)), 2)
             if not holding[i] & holding[j]]

    def pair_class(i: int, j: int) -> str:
        if days[i] & days[j]:
            return "same day"
        if days[i] and days[j]:
            return "different days"
        if _unresolved(per_mention[i]) or _unresolved(per_mention[j]):
            return "day not resolved"
        return "one side dated" if days[i] or days[j] else "no dated claim"

    classes = {(i, j): pair_class(i, j) for i, j in apart}
    best = min(classes.values(), key=PAIR_CLASSES.index)
    if scores is not None and best in _STEPPED:
        # the step of the pair of that class that came nearest to a link
        best += ": " + max((pair_step(per_mention[i], per_mention[j], scores, link)
                            for (i, j), c in classes.items() if c == best), key=PAIR_STEPS.index)
    split = len(apart) < len(per_mention) * (len(per_mention) - 1) // 2
    return f"split, {best}" if split else best


def pair_scores(story: FactStory, claims: Sequence[Claim]
                ) -> tuple[dict[tuple[str, str], tuple[float, float]], float]:
    """The scores of the story's scored pairs of event mentions by claim ids
    (see :func:`pair_step`), as corroborate/events.py scores them, and the
    model's link."""
    from ..corroborate.align import load_model
    from ..corroborate.events import event_mentions, scored_pairs

    model = load_model("event")
    ctx = Context.of(list(story.articles.values()), None)
    known = sorted(claims, key=lambda c: (c.article, c.span, c.id))
    events = event_mentions(known)
    return ({(events[i].id, events[j].id): (q, kept)
             for i, j, q, kept in scored_pairs(ctx, events, model)}, model["threshold"])


def losses(stories: Sequence[FactStory], predicted: Sequence[Sequence[Finding]],
           claims_of: Sequence[Sequence[Claim]], lost: list[dict] | None = None
           ) -> dict[str, int]:
    """How many event facts fall in each class; each fact not linked is
    appended to ``lost``."""
    table: Counter[str] = Counter()
    for story, found, claims in zip(stories, predicted, claims_of):
        scores, link = pair_scores(story, claims)
        for fact in story.facts:
            if fact["kind"] != "event":
                continue
            per_mention = []
            for m in fact["mentions"]:
                article = story.articles.get(m.get("outlet") or m.get("article"))
                per_mention.append([] if article is None
                                   else mention_claims(m, "event", article, claims))
            cls = loss_class(per_mention, found, scores, link)
            table[cls] += 1
            if lost is not None and cls != "linked":
                lost.append({"class": cls, "split": story.split, "story": story.name, "what": fact["what"],
                             "mentions": [m["text"] for m in fact["mentions"]],
                             "pairs": _pairs_told(per_mention, scores)})
    return dict(sorted(table.items(), key=lambda kv: -kv[1]))


def _pairs_told(per_mention: Sequence[Sequence[Claim]],
                scores: dict[tuple[str, str], tuple[float, float]]) -> list[dict]:
    """The scored pairs between a lost fact's mentions, for a reader: their
    sentences, days and scores."""
    by_id = {c.id: c for claims in per_mention for c in claims}

    def told(c: Claim) -> str:
        return f"{c.event.date or 'no day'}{' (statement)' if c.event.statement else ''}: " \
            f"{c.sentence}"

    return [{"a": told(by_id[a]), "b": told(by_id[b]), "p": round(q, 3), "kept": round(kept, 3)}
            for (a, b), (q, kept) in scores.items() if a in by_id and b in by_id
            and not any(a in ids and b in ids for ids in ({c.id for c in m} for m in per_mention))]


def evaluate(data: Path, split: str, lost: list[dict] | None = None) -> dict:
    """The table of ``split``, or with ``tuning`` of each tuning part and their total."""
    parts = TUNING if split == "tuning" else (split,)
    stories = [s for s in load_fact_gold(data, split="all" if split == "tuning" else split)
               if s.split in parts]
    predicted, claims_of = run(stories)
    if split != "tuning":
        return losses(stories, predicted, claims_of, lost)
    out = {}
    for name in parts:
        keep = [k for k, s in enumerate(stories) if s.split == name]
        out[name] = losses([stories[k] for k in keep], [predicted[k] for k in keep],
                           [claims_of[k] for k in keep], lost)
    total: Counter[str] = Counter()
    for table in out.values():
        total.update(table)
    out["total"] = dict(sorted(total.items(), key=lambda kv: -kv[1]))
    return out


def main(argv: list[str] | None = None) -> int:
    from . import report_with_errors

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*TUNING, "tuning"), default="dev")
    parser.add_argument("--verbose", action="store_true",
                        help="print each event fact not linked, with its class, to stderr")
    args = parser.parse_args(argv)
    return report_with_errors("event_losses",
                              lambda data, lost: evaluate(data, args.split, lost), args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
