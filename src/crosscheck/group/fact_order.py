"""Rewrite from facts: two texts whose facts (figures, names, runs of
three content words) follow each other in order, though sentences were
merged, split or reworded (:func:`fact_order_score`); and, for a rewrite
that rewords too much to keep runs of three content words, its rare words
in order (:func:`word_order_score`).
"""

from __future__ import annotations

import re
from typing import Sequence

from rapidfuzz.distance import LCSseq

from crosscheck.group.passages import own_prose, split_sentences, words

__all__ = ["FACT_MIN_ALIGNED", "FACT_SHARE", "WORD_MIN_ALIGNED", "WORD_SHARE", "content_words",
           "fact_order_score", "facts", "word_order_score"]

#: Rewrite from facts: at least this many shared facts in order, and that
#: share of the shorter text's facts. Independent reports of one event share
#: names and figures, but few rare word runs, and in another order: over the
#: 668 same-story pairs of AllSides dev (outlets of different leanings) the
#: highest share is 0.33, while recession-46's copies score 0.97 and 0.99. A
#: synonym-spun rewrite keeps too few word runs to be found this way (the
#: globalonlinemony.com copy of a NYT column: 0.14); sentence embeddings find it.
#: The relations gold's dev part (quality/gold/relations) puts its 191
#: independent same-event pairs under 0.25 and three of its eight rewrites
#: (an agency story cut and merged, a simplified AP story) at 0.40-0.47,
#: which 0.5 missed; 0.4 kept a margin over AllSides' 0.33. Since ``…'' and
#: tweets are read as quotations too, their facts are left out, and the
#: Athens firebomb rewrite (8_2ecbplus/8_4ecbplus) fell from 0.402 to 0.391:
#: 0.38 keeps it, with the same margin over every independent pair of the
#: gold's dev and first held-out parts (0.32 at most).
FACT_MIN_ALIGNED = 12
FACT_SHARE = 0.38

#: Rewrite from rare words: at least this many of the two texts' shared
#: content words, each occurrence, in the same order (the story's common
#: words left out), and that share of the shorter text's content words. A
#: short rewrite that rewords every sentence ("photographed on the red
#: carpet with a breast exposed, completely unaware the strap of her dress
#: had fallen off" for "... apparently unaware that the strap ...") keeps
#: few runs of three content words but most of its rare words in their
#: order; two reporters telling one event share its names and a few words,
#: in their own order. Evidence, the relations gold's dev part
#: (quality/gold/relations): its rewrites that keep the original's order
#: score 0.30-0.45, its 191 independent pairs 0.27 at most, and 0.24 at
#: most among those aligning 15 words or more (the first held-out part:
#: 0.22, two long reports aligning 66 words). Only inside a story
#: of three articles or more: without a third, nothing says which words are
#: the story's own; two independent extracts of one AllSides story then
#: reach 0.50, and the gold's dev2 part puts two independent reports of one
#: student impeachment (0.33) level with a columnist's rewrite of a Gallup
#: release (0.35).
WORD_MIN_ALIGNED = 15
WORD_SHARE = 0.30
# Why the last rewrites of the gold's dev and dev2 parts stay unfound (read
# and measured in the rewrite session, issue 13): 1_10/1_6ecb and
# 1_18/1_2ecb (five to seven sentences each), 10_17/10_20ecbplus (a 72-word
# retelling) and 6_10/6_2ecbplus (a blog adding as much of its own) score
# under independent pairs of the same parts however their order is read:
# this share with the story's common words left out of the denominator too
# (0.21-0.31; independents up to 0.43), facts likewise (0-0.11; up to 0.26),
# content-word pairs or 4-word runs that no other article of the story has,
# in order (0-12; up to 14-15), sentences aligned in order by story-weighted
# word overlap (0-0.5 at cosine 0.3; up to 0.67) or by MiniLM with two or
# three sentences merged into one (independents of one event reach 1.0 at
# cosine 0.6-0.7). A threshold low enough to reach them links independent
# reports, which source counting cannot afford.
# Measured again in the session of 2026-12-01 on dev, dev2, dev3 and dev4
# (every judged pair), with the sentence vectors already made (none embedded
# twice): each sentence of the shorter text aligned in order to one, two or
# three consecutive sentences of the other, their vectors summed as the
# merged sentence's, keeps 0.29-0.6 of the missed rewrites' sentences at
# cosine 0.6 (independents up to 1.0, at 0.8 too); the share of the
# shorter text's content words that the pair alone shares in its story is
# 0-0.11 for them, up to 0.29 for independents; words rare in English in
# order, with no word left out as the story's, 0.17-0.43 (independents up
# to 0.77). Crediting the other's outlet tells one more apart, with a
# quoted run of its prose (Reason's retelling of a Politico scoop:
# quoted_prose.CREDITED_RUN); IBD's retelling of Defense One quotes none
# of it, and dev3's independents credit the other as much.
# All these signals together, in a logistic pair model cross-validated by
# story on dev to dev5, do worse than these rules (eval/relation_model.py).
# Measured in the session of 2026-12-01 (sixth) on every judged pair of the
# tuning parts (dev to dev6, heldout3): fact_order_score reaches FACT_SHARE
# for 3 of their 16 rewrites (the Athens firebomb story cut and merged, 0.39
# and 0.46; a simplified AP story, 0.43), the others 0-0.27, independents up
# to 0.23. Made blind to reordering inside a paragraph (facts of one
# paragraph taken in the other text's order, the longest non-decreasing run
# of the other's paragraphs) or inside blocks of three sentences, the
# rewrites score 0-0.47 (0-0.20 for the six that no other step
# finds) and independents rise to 0.32 (paragraphs) or 0.24 (blocks): a
# rewrite's facts are few because it rewords its runs of three content
# words, not because it reorders them; not shipped.
# Session of 2026-12-02 (rewrites): the shorter text's sentences aligned
# in order to one sentence or two consecutive sentences of the other (an
# LCS where a step may merge two), two sentences matching when they share 3
# content words or more, and half the smaller one's, once the words half the
# story's other articles use are left out; a rewrite at 5 sentences aligned
# and half the shorter text's, in stories of three articles or more. On the
# tuning parts it finds 1_10/1_6ecb (5 of 5) and 6_10/6_2ecbplus (8 of 15):
# dev rewrite recall 0.625 -> 0.875, copy recall 0.946 -> 0.982, no
# independent pair linked (those aligning half the shorter's sentences align
# 4 at most, 10_3/10_6ecb; those aligning 5 or more, a quarter, 8_3/8_7ecb);
# the pairs it links outside the gold in ECB+ dev and AllSides dev (9 of
# 2,234; 4 read) are agency versions, one newsroom's versions or one group's
# releases. Measured once on the held-out parts, it links one of heldout's
# 115 independent pairs (kept apart 1.0 -> 0.991, rewrite precision 1.0 ->
# 0.5, copy precision 1.0 -> 0.971, under their floors) and no held-out
# rewrite more (heldout 1 of 4, heldout2 0 of 3, as before): a margin of
# one sentence does not carry; not shipped. Still missed by everything: 1_18/1_2ecb (no sentence keeps three
# words that the story's other retellings of the AP item do not use),
# 10_17/10_20ecbplus (a 72-word retelling) and the two-article rewrites
# (with words rare in English in place of the story's, dev6's independents
# align up to 24 sentences, 0.67). tests/group/test_rewrites.py keeps such
# a retelling as a known miss (xfail, strict).
# Session of 2026-12-04 (merged rewrites, issue 13), on every judged pair
# of the tuning parts (dev to dev6, heldout; sentence vectors made once per
# sentence): the shorter text's sentences aligned in order to blocks of one
# to three consecutive sentences of the other (and three to one), a block
# matching at cosine 0.6-0.7 of its summed vectors and sharing 1-3 words
# that the story's other articles do not use (half of them, or any; in a
# two-article story, words rare in English), covers 0.28-1.0 of the missed
# rewrites' sentences and up to 1.0 of independents' (0.68-1.0 among texts
# of 15 sentences or more); merged blocks are as frequent in two edits of
# one text as in rewrites. Words rare in English read by blocks of three sentences, each
# block's words sorted (blind to order inside the block), in order, the
# story's common words left out of both texts and of the share: Collider's
# retelling 6_10/6_2ecbplus 15 words, 0.42, the independents aligning 15 or
# more 0.31 at most (18_10/18_7ecbplus). Tried as a step at 0.36, it moved
# dev only (rewrite recall 0.625 -> 0.75, copy recall 0.949 -> 0.966; every
# other part, heldout2 and heldout3 too, unchanged; 6 of the 2,871 unjudged
# pairs of those parts pass it, 3 read: one newsroom's versions, PTI's text
# twice, two retellings of one ministry release), but it linked a
# hand-written own report of a dam release with the same names and figures
# (0.40; tests/group/test_fact_order.py) and did not find the rewrite of that
# release once that report was in the story. A one-pair gain on a margin
# that a plausible independent report crosses: not shipped.
#: Content words shorter than three letters are initials and abbreviations
#: ("mr", "st", "us") more than words an outlet chose.
_MIN_WORD_LETTERS = 3

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_STOP = frozenset("""a an the and or but of to in on at by for with from as is was were be
been are has have had it its this that these those he she they we you i his her their our
not no said says will would could should may might can than then there here which who whom
what when where why how all any some more most other into over after before about up out
also just only so if do does did""".split())
_WORD = re.compile(r"\w+", re.UNICODE)


def facts(text: str) -> list[str]:
    """The text's facts in order: figures ("6.1", "14"), names (capitalised
    words inside a sentence, "Ardenne", "Joe Manchin") and runs of three
    content words ("stone houses flattened" as "flattening dozens stone"); what
    is quoted or a photo's caption is not the writer's (passages.own_prose)."""
    out: list[str] = []
    for sentence in split_sentences(own_prose(text)):
        items = [(m.start(), "#" + m.group(0).replace(",", "")) for m in _NUMBER.finditer(sentence)]
        items += [(m.start(), m.group(0).lower()) for m in _NAME.finditer(sentence) if m.start() > 0]
        content = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(sentence)
                   if m.group(0).lower() not in _STOP and not m.group(0).isdigit()]
        items += [(content[i][0], " ".join(w for _, w in content[i:i + 3]))
                  for i in range(len(content) - 2)]
        out.extend(item for _, item in sorted(items))
    return out


def fact_order_score(facts_a: Sequence[str], facts_b: Sequence[str],
                     story_common: frozenset[str] = frozenset()) -> tuple[int, float]:
    """(aligned, share): how many facts the two texts share in the same order
    (an LCS over their shared facts, each taken at its first occurrence,
    leaving out ``story_common``, what the rest of the story says too), and
    that number over the shorter text's count of distinct facts."""
    shared = (set(facts_a) & set(facts_b)) - story_common
    seq_a = _first_occurrences(facts_a, shared)
    seq_b = _first_occurrences(facts_b, shared)
    if not seq_a:
        return 0, 0.0
    row = [0] * (len(seq_b) + 1)
    for item in seq_a:
        prev_diag = 0
        for j, other in enumerate(seq_b):
            prev_row = row[j + 1]
            row[j + 1] = prev_diag + 1 if item == other else max(row[j + 1], row[j])
            prev_diag = prev_row
    aligned = row[-1]
    return aligned, aligned / min(len(set(facts_a)), len(set(facts_b)))


def _first_occurrences(items: Sequence[str], keep: set[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item in keep and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def content_words(text: str) -> list[str]:
    """The text's content words outside quotations and photo captions, in order, numbers
    included ("ketsoyan", "promises", "treatment", "420")."""
    return [w for w in words(own_prose(text))
            if w not in _STOP and len(w) >= _MIN_WORD_LETTERS]


def word_order_score(words_a: Sequence[str], words_b: Sequence[str],
                     story_common: frozenset[str] = frozenset()) -> tuple[int, float]:
    """(aligned, share): the longest common subsequence of the two texts'
    shared content words (every occurrence, ``story_common`` left out), and
    that length over the shorter text's count of content words."""
    shared = (set(words_a) & set(words_b)) - story_common
    if not shared:
        return 0, 0.0
    # rapidfuzz's LCS over sequences of words (C++, bit-parallel): the same
    # table as fact_order_score's, on sequences ten times longer.
    aligned = LCSseq.similarity([w for w in words_a if w in shared],
                                [w for w in words_b if w in shared])
    return aligned, aligned / min(len(words_a), len(words_b))
