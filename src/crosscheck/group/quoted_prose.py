"""Rewrite by quotation: one text quoting at length, in order, what the other
says in its own voice.

A write-up of an op-ed, a column or a release often retells it by quoting
it: "..., Glosser wrote." Sentence alignment and rare words miss such a
rewrite, since both leave quotations out (two outlets quoting one speaker
have not copied each other), and what the write-up adds of its own lowers
every share. But words that are prose on one side and a quotation on the
other are not a speaker both reporters heard: the quoting text took them
from the other text (or from the text the other reprints whole). When a
good part of a text is the other's prose quoted in the other's order, it
retells the other (:func:`quoted_prose_score`). So does a text pasting a
paragraph of the other's prose after "X writes:" (a blog's block quote,
:data:`~crosscheck.group.passages.PASTE`), however much it adds of its own:
the paste credits the words to a writer, not to a speaker both heard.

Passages are word 6-shingles, as for same-wire; the order is the longest
increasing subsequence of the prose side's positions taken in the quoting
side's order (an O(n log n) patience pass: the passages are unique keys, so
no general LCS is needed).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import combinations
from typing import Collection, Mapping

from crosscheck.group.passages import PASTE, QUOTATION, words

__all__ = ["QUOTED_PROSE_MIN_ALIGNED", "QUOTED_PROSE_SHARE", "QUOTED_PROSE_WORDS",
           "QuotedProse", "pasted_prose_aligned", "quoted_prose", "quoted_prose_score",
           "quoting_pairs"]

#: Passage length in words, as same-wire's (wire.WIRE_SHINGLE_WORDS):
#: six words in a row are a phrasing, not a name or a set phrase.
QUOTED_PROSE_WORDS = 6
#: At least this many of the quoting text's passages are the other's prose,
#: in order: one shared run of 25 words or a few of 10-15, as asked of an
#: uncredited same-wire pair (wire.WIRE_MIN_SHARED_NO_CREDIT) ...
QUOTED_PROSE_MIN_ALIGNED = 20
#: ... and this share of all the quoting text's passages. Evidence, the
#: relations gold's dev, dev2 and dev3 parts (quality/gold/relations), every
#: judged pair: independents quote the other's prose for at most 0.187 of
#: their passages (the New York Times quoting the candidates' statements that
#: CNN's round-up prints whole, dev3; an ECB+ report quoting a statement
#: another outlet printed, 1_11ecb/1_5ecb, 0.175), the Hill's write-up of a
#: Politico op-ed for 0.549 (dev2, missed by every other step). Over every
#: same-event pair of ECB+ dev and AllSides dev (3,649) none reaches 0.19;
#: over Baly pairs of two outlets at most two days apart (TF-IDF cosine
#: >= 0.15), two pass, both read: write-ups quoting an op-ed, an editorial. Lowering it toward 0.19 calls
#: a report quoting statements a rewrite of the outlet that printed them.
QUOTED_PROSE_SHARE = 0.25


@dataclass(frozen=True)
class QuotedProse:
    """One text's passages split by voice, read once per story: the first
    position of each passage inside its quotations and outside them, which
    of the quoted ones are pasted after "X writes:", and how many distinct
    passages the whole text has."""

    quoted: Mapping[str, int]
    prose: Mapping[str, int]
    total: int
    pasted: frozenset[str] = frozenset()


def quoted_prose(text: str) -> QuotedProse:
    """The passages of ``text`` inside and outside its quotations, by first
    position (positions of the two kinds share one word count, so order
    holds across them)."""
    quoted: dict[str, int] = {}
    prose: dict[str, int] = {}
    pasted: set[str] = set()
    everything: set[str] = set()
    cursor = offset = 0

    def add(part: str, into: dict[str, int]) -> set[str]:
        nonlocal offset
        tokens = words(part)
        passages = set()
        for i in range(len(tokens) - QUOTED_PROSE_WORDS + 1):
            passage = " ".join(tokens[i:i + QUOTED_PROSE_WORDS])
            into.setdefault(passage, offset + i)
            passages.add(passage)
        everything.update(passages)
        offset += len(tokens)
        return passages

    for m in QUOTATION.finditer(text):
        add(text[cursor:m.start()], prose)
        in_quotation = add(m.group(0), quoted)
        if PASTE.match(m.group(0)):
            pasted |= in_quotation
        cursor = m.end()
    add(text[cursor:], prose)
    return QuotedProse(quoted, prose, len(everything), frozenset(pasted))


def quoted_prose_score(quoting: QuotedProse, prose: QuotedProse) -> tuple[int, float]:
    """(aligned, share): how many of ``quoting``'s quoted passages are
    ``prose``'s own prose in the same order (the longest increasing run of
    their positions there), and that over all of ``quoting``'s passages."""
    aligned = _in_order(quoting, prose, quoting.quoted.keys() & prose.prose.keys())
    return aligned, aligned / max(1, quoting.total)


def pasted_prose_aligned(quoting: QuotedProse, prose: QuotedProse) -> int:
    """How many of ``quoting``'s pasted passages (after "X writes:") are
    ``prose``'s own prose in the same order."""
    return _in_order(quoting, prose, quoting.pasted & prose.prose.keys())


def _in_order(quoting: QuotedProse, prose: QuotedProse, shared: Collection[str]) -> int:
    """The longest run of ``shared`` passages in the same order on both sides."""
    if len(shared) < QUOTED_PROSE_MIN_ALIGNED:  # order can only take passages away
        return 0
    order = [prose.prose[p] for p in sorted(shared, key=quoting.quoted.__getitem__)]
    tails: list[int] = []
    for position in order:
        i = bisect.bisect_left(tails, position)
        tails[i:i + 1] = [position]
    return len(tails)


def quoting_pairs(texts: Mapping[str, str], taken: Collection[tuple[str, str]]
                  ) -> list[tuple[str, str, float]]:
    """(a, b, share) for each pair of ``texts`` (by id, ``a < b``) not in
    ``taken`` where either text quotes the other's prose, in order, for at
    least QUOTED_PROSE_MIN_ALIGNED passages and QUOTED_PROSE_SHARE of its own,
    or pastes that many after "X writes:"; ``share`` is the larger of the two
    directions'."""
    voices = {i: quoted_prose(t) for i, t in texts.items()}
    out = []
    for a, b in combinations(sorted(texts), 2):
        if (a, b) in taken:
            continue
        aligned, share = max(quoted_prose_score(voices[a], voices[b]),
                             quoted_prose_score(voices[b], voices[a]), key=lambda s: s[1])
        pasted = max(pasted_prose_aligned(voices[a], voices[b]),
                     pasted_prose_aligned(voices[b], voices[a]))
        if aligned >= QUOTED_PROSE_MIN_ALIGNED and share >= QUOTED_PROSE_SHARE or \
                pasted >= QUOTED_PROSE_MIN_ALIGNED:
            out.append((a, b, round(min(share, 1.0), 4)))
    return out
