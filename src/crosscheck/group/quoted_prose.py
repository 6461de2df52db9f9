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
the paste credits the words to a writer, not to a speaker both heard. And so
does a text crediting the other's outlet with its news and quoting a run of
its prose (:func:`credits_outlet`): 'Politico reports ... Quoting "three GOP
officials who are familiar with the plans," the paper said'.

Passages are word 6-shingles, as for same-wire; the order is the longest
increasing subsequence of the prose side's positions taken in the quoting
side's order (an O(n log n) patience pass: the passages are unique keys, so
no general LCS is needed).
"""

from __future__ import annotations

import bisect
import re
from itertools import combinations
from typing import Collection, Mapping

from crosscheck.group.passages import PASTE, QUOTATION, words
# QuotedProse: re-exported, where callers have found it.
from crosscheck.models import QuotedProse

__all__ = ["CREDITED_RUN", "QUOTED_PROSE_MIN_ALIGNED", "QUOTED_PROSE_SHARE",
           "QUOTED_PROSE_WORDS", "QuotedProse", "credits_outlet", "pasted_prose_aligned",
           "quoted_prose", "quoted_prose_score", "quoted_run", "quoting_pairs"]

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


#: A text crediting the other's outlet with news ("Politico reports",
#: "according to Politico") and quoting a run of at least this many of its
#: prose passages (eight words in a row) retells it. The credit carries the
#: weight: independents quote runs of the other's prose that are longer
#: (the Times quoting statements CNN prints whole, dev3: 39 passages), but
#: none of them credits the other. Evidence, the judged Baly pairs of the
#: relations gold's dev2, dev3 and dev4 parts: five credit the other's
#: outlet; the two independents (dev3's hard negatives, a report crediting
#: another outlet with a scoop or with a later vote) quote none of its
#: prose, two of the three rewrites runs of 4 and 13 (Reason's retelling of
#: a Politico scoop, missed by every other step, and the Washington Times'
#: column on a Gallup release); IBD's retelling of Defense One quotes none
#: and stays unfound. Over the 3,461 Baly pairs of two outlets at most two
#: days apart (TF-IDF cosine >= 0.15), 78 credit the other; a run of 3 or
#: more picks three of them, all copies (those two and AllSides reprinting
#: MarketWatch), the next runs being 2 (a set phrase beside "CNN reports").
#: A fourth, the Washington Times quoting a witness whom the New York Times
#: quotes at length, was picked until long quotations closed inside one
#: paragraph were read as quotations (passages.LONG_QUOTE_MAX_CHARS).
CREDITED_RUN = 3
_CREDIT_VERBS = r"(?:reports|reported|has reported|first reported|writes|wrote|says|said)"


def credits_outlet(text: str, outlet: str | None) -> bool:
    """Whether ``text`` credits ``outlet`` with news outside its quotations
    ("Politico reports", "according to Politico", "told the Times"), the
    outlet as written (capitalised): "CNN (Web News)" and "New York Times -
    News" are looked for as "CNN" and "New York Times"."""
    name = re.sub(r"\s*\(.*?\)|\s+-\s.*$", "", outlet or "").strip()
    if len(name) < 3:
        return False
    name = re.escape(name)
    return re.search(r"\b(?:according to|told)\s+(?:the\s+)?%s\b|\b%s(?:'s?)?\s+%s\b"
                     % (name, name, _CREDIT_VERBS), QUOTATION.sub(" ", text)) is not None


def quoted_run(quoting: QuotedProse, prose: QuotedProse) -> int:
    """The longest run of consecutive passages that ``quoting`` quotes and
    ``prose`` has as its prose."""
    positions = sorted(quoting.quoted[p] for p in quoting.quoted.keys() & prose.prose.keys())
    best = run = 0
    for i, position in enumerate(positions):
        run = run + 1 if i and position == positions[i - 1] + 1 else 1
        best = max(best, run)
    return best


def quoting_pairs(texts: Mapping[str, str], taken: Collection[tuple[str, str]],
                  outlets: Mapping[str, str | None] | None = None
                  ) -> list[tuple[str, str, float]]:
    """(a, b, share) for each pair of ``texts`` (by id, ``a < b``) not in
    ``taken`` where either text quotes the other's prose, in order, for at
    least QUOTED_PROSE_MIN_ALIGNED passages and QUOTED_PROSE_SHARE of its own,
    or pastes that many after "X writes:", or credits the other's outlet
    (``outlets``, by id) and quotes a run of CREDITED_RUN passages of its
    prose; ``share`` is the larger of the two directions'."""
    voices = {i: quoted_prose(t) for i, t in texts.items()}
    outlets = outlets or {}
    out = []
    for a, b in combinations(sorted(texts), 2):
        if (a, b) in taken:
            continue
        aligned, share = max(quoted_prose_score(voices[a], voices[b]),
                             quoted_prose_score(voices[b], voices[a]), key=lambda s: s[1])
        pasted = max(pasted_prose_aligned(voices[a], voices[b]),
                     pasted_prose_aligned(voices[b], voices[a]))
        credited = any(credits_outlet(texts[x], outlets.get(y)) and
                       quoted_run(voices[x], voices[y]) >= CREDITED_RUN
                       for x, y in ((a, b), (b, a)))
        if aligned >= QUOTED_PROSE_MIN_ALIGNED and share >= QUOTED_PROSE_SHARE or \
                pasted >= QUOTED_PROSE_MIN_ALIGNED or credited:
            out.append((a, b, round(min(share, 1.0), 4)))
    return out
