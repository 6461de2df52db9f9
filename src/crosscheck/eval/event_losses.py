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
  mentions does share a finding (a fact of three told 2 + 1).

The classes say what a rule would have to link: dated events, dated against
undated, or statements. Run: ``python -m crosscheck.eval.event_losses
[--split dev|dev2|dev3|dev4] [--verbose]`` (``--verbose`` lists each lost
fact on stderr). The check parts (dev5, held-out) are not offered: their
errors are not read.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from pathlib import Path
from typing import Sequence

from ..models import Claim, Finding
from .facts import FactStory, load_fact_gold, mention_claims, run

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


def loss_class(per_mention: Sequence[Sequence[Claim]], findings: Sequence[Finding]) -> str:
    """The class of one event fact (see the module docstring), from the claims
    carrying each of its mentions and the story's findings."""
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

    best = min((pair_class(i, j) for i, j in apart), key=PAIR_CLASSES.index)
    split = len(apart) < len(per_mention) * (len(per_mention) - 1) // 2
    return f"split, {best}" if split else best


def losses(stories: Sequence[FactStory], predicted: Sequence[Sequence[Finding]],
           claims_of: Sequence[Sequence[Claim]], lost: list[dict] | None = None
           ) -> dict[str, int]:
    """How many event facts fall in each class; each fact not linked is
    appended to ``lost``."""
    table: Counter[str] = Counter()
    for story, found, claims in zip(stories, predicted, claims_of):
        for fact in story.facts:
            if fact["kind"] != "event":
                continue
            per_mention = []
            for m in fact["mentions"]:
                article = story.articles.get(m.get("outlet") or m.get("article"))
                per_mention.append([] if article is None
                                   else mention_claims(m, "event", article, claims))
            cls = loss_class(per_mention, found)
            table[cls] += 1
            if lost is not None and cls != "linked":
                lost.append({"class": cls, "story": story.name, "what": fact["what"],
                             "mentions": [m["text"] for m in fact["mentions"]]})
    return dict(sorted(table.items(), key=lambda kv: -kv[1]))


def evaluate(data: Path, split: str, lost: list[dict] | None = None) -> dict[str, int]:
    stories = load_fact_gold(data, split=split)
    predicted, claims_of = run(stories)
    return losses(stories, predicted, claims_of, lost)


def main(argv: list[str] | None = None) -> int:
    from . import report_with_errors

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "dev2", "dev3", "dev4"), default="dev")
    parser.add_argument("--verbose", action="store_true",
                        help="print each event fact not linked, with its class, to stderr")
    args = parser.parse_args(argv)
    return report_with_errors("event_losses",
                              lambda data, lost: evaluate(data, args.split, lost), args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
