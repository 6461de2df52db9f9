"""Rewrites where the story cannot help: words rare in English, and a
rewrite quoting its source told from two edits of one text.

- **Two-article stories.** :func:`~crosscheck.group.fact_order.word_order_score`
  leaves out the words half the story's other articles use, so it needs a
  third article. With two, "rare" comes from general English instead: the
  word frequencies that the ``wordfreq`` package ships inside its wheel
  (nothing is downloaded), and a pair is a rewrite when its English-rare
  words follow each other in order (:func:`english_rare_order_score`).
- **Rewrite or same-wire.** Sentences kept word for word say "two edits of
  one text" unless one side quotes what the other says in its own voice
  (:func:`mostly_quoted`): a retelling citing its source.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from crosscheck.group.fact_order import word_order_score
from crosscheck.group.passages import QUOTATION

__all__ = ["ENGLISH_MIN_ALIGNED", "ENGLISH_RARE_ZIPF", "ENGLISH_SHARE", "VERBATIM_COVERAGE",
           "WIRE_VERBATIM_SHARE", "mostly_quoted", "english_rare", "english_rare_order_score"]

#: A word is rare in English under this Zipf frequency (log10 of its count per
#: billion words: 4.5 is about 30 per million, "impeachment" 3.6, "admired"
#: 3.7, "resolution" 4.6, "president" 5.5). Words missing from wordfreq's
#: small English list (under about Zipf 3: "haberdashery", surnames) and
#: figures ("212") are rare. Evidence, the relations gold's dev and dev2
#: parts, every pair scored as if alone in its story: at 4.5 the dev
#: independents aligning 15 rare words or more keep at most 0.455 of them in
#: order (10_3ecb/10_6ecb), the Gallup release and its rewrite 0.56; at 4.0
#: an independent pair reaches 0.514 (7_5ecb/7_8ecb) with the rewrite at
#: 0.556, at 5.0 one reaches 0.514 (8_6ecb/8_7ecb) with the rewrite at 0.475.
ENGLISH_RARE_ZIPF = 4.5
#: At least this many English-rare words in the same order (each occurrence,
#: as in word_order_score: one long run of a name does not make it) ...
ENGLISH_MIN_ALIGNED = 15
#: ... and this share of the shorter text's English-rare words. Half: a
#: rewrite retells most of what it takes in its order, while two reports of
#: one briefing share its names and figures, each in its own order (dev2's
#: four independent two-article pairs, the Florida student impeachment and a
#: poll's figures among them: 0.22-0.32; the Gallup rewrite 0.56). Rewrites
#: that add much of their own (dev2's Hill write-up of a Politico op-ed,
#: 0.26; IBD's retelling of a Defense One exclusive, 0.17) stay unfound:
#: under 0.33 the independent pairs are as high.
ENGLISH_SHARE = 0.5
# Tried in the session of 2026-12-04 (issue 13) and reverted: rare phrases,
# two neighbouring content words one of which is rare in English, in order
# (word_order_score over them), in two-article stories when the words fall
# short. Over every pair of the tuning groups (dev to dev6, 2,352) scored as
# if alone in its story, the judged independents align at most 26 such
# phrases, and those aligning 20 or more keep at most 0.111 of the shorter
# text's in order; dev6's second Washington Times story of one day
# retelling the first aligns 39 (0.229), Gallup's release and its rewrite
# 39 (0.336); at 25 and 0.2 only that retelling and one newsroom's two
# versions of a hit-and-run story (21_1/21_11ecb, a story of 12) pass
# unlinked. But the retelling keeps 0.77 of its aligned sentences word for
# word, the quotations both stories carry among them, so it came out
# same-wire; not counting sentences quoted alike on both sides (0.62) made
# it a rewrite and, measured once on the held-out parts, called one of
# heldout's same-wire pairs a rewrite (rewrite precision 1.0 -> 0.5,
# same-wire recall 0.80 -> 0.76). tests/group/test_rewrites.py keeps such a
# retelling as a known miss (xfail, strict), with the other outlet's report
# it must keep apart.
# Tried in the session of 2026-12-04 (issue 13, helper 1) and not kept:
# order beyond chance, the LCS of a pair's shared words (content words with
# the story's common words left out, or words rare in English in a
# two-article story) set against the LCS of the same words with one side
# shuffled (300 seeded shuffles), in standard deviations: on every judged
# pair of the tuning parts (dev to dev6) the 339 independents reach 10.4
# (9_3/9_4ecbplus) and 9.5 (a two-article Baly pair), the Washington Times
# retelling above 15.9-17.1, Collider's retelling 6_10/6_2ecbplus 10.9-11.7,
# the rewrites other steps find 9-36. As a step at 13, with the quotations
# both texts carry counted for neither kind in the pairs it alone links (at
# 0.77 kept word for word, the retelling was same-wire otherwise), it found
# that retelling (dev6 rewrite recall 0 -> 1, copy recall 0.875 -> 1.0) and
# the hand-written one of the xfail test, moved no other tuning part, and
# linked three unjudged pairs there (one newsroom's two versions of a
# hit-and-run story, an advocacy group's releases). Measured once on the
# held-out parts, it linked one of heldout's 115 independent pairs as a
# rewrite (kept apart 1.0 -> 0.991, rewrite precision 1.0 -> 0.5, copy
# precision 1.0 -> 0.971, under their floors) and found no held-out copy
# more: not shipped. A 60-shuffle z moved by up to 4 between seeds.

#: A pair aligned in order (sentence by sentence or fact by fact) is two
#: edits of one text, same-wire, when at least this share of the shorter
#: text's aligned sentences is kept word for word (VERBATIM_COVERAGE of a
#: sentence's 4-word runs found in the other text), and a rewrite below it.
#: In the containment band where rewrites and agency versions overlap
#: (0.28-0.45, see SYNDICATED_CONTAINMENT) this tells more of them apart than
#: any containment, though not all: on the relations gold's dev and first
#: held-out parts the rewrites found by alignment keep 0-0.67 of their
#: aligned sentences (a few sentences kept whole in a reworded text), the
#: agency versions 0.4-1.0; at 0.75 the AP and CP versions at 0.75-0.89
#: become same-wire and no rewrite changes kind (at 0.67 the AP rewrite
#: 9_10ecb/9_7ecb would). Agency versions at 0.4-0.67 stay rewrites.
WIRE_VERBATIM_SHARE = 0.75
#: A sentence edited in a word or two (a title added, "say" for "said")
#: keeps well over half of its 4-word runs; one merged with another or
#: reworded keeps few. 0.8 instead (on the same parts) left 1_2ecbplus/
#: 1_5ecbplus, AP versions with such edits, a rewrite.
VERBATIM_COVERAGE = 0.6


@cache
def _english_frequencies() -> dict[str, float]:
    # Loaded once, on the first two-article story: wordfreq's small English
    # list (29k words, 125 KB in the wheel) is enough, since a word missing
    # from it is rare by the threshold above anyway.
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="small")


#: Frequency (a share of all words) for ENGLISH_RARE_ZIPF: Zipf is log10 of
#: the count per 10**9 words.
_RARE_FREQUENCY = 10 ** ENGLISH_RARE_ZIPF / 1e9


def english_rare(content: Sequence[str]) -> list[str]:
    """The words of ``content`` (content words, in order) rare in English."""
    frequencies = _english_frequencies()
    return [w for w in content if frequencies.get(w, 0.0) < _RARE_FREQUENCY]


def english_rare_order_score(content_a: Sequence[str], content_b: Sequence[str],
                             story_common: frozenset[str] = frozenset()) -> tuple[int, float]:
    """(aligned, share): the longest common subsequence of the two texts'
    English-rare content words (every occurrence, ``story_common`` left out,
    as in word_order_score), and that length over the shorter text's count
    of English-rare words."""
    return word_order_score(english_rare(content_a), english_rare(content_b), story_common)


def mostly_quoted(text: str, sentences: Sequence[str]) -> list[bool]:
    """For each of ``sentences`` (taken from ``text`` in order), whether
    half its characters or more lie inside a quotation of ``text``. Two edits
    of one text quote alike; a rewrite may quote its source's own prose (a
    columnist's rewrite of a Gallup release in dev2 quotes five of its
    sentences, "... Gallup said", and rewords the rest)."""
    quoted = [m.span() for m in QUOTATION.finditer(text)]
    out, cursor = [], 0
    for sentence in sentences:
        start = text.find(sentence, cursor)
        if start < 0:  # not found as split (cannot happen for split_sentences)
            out.append(False)
            continue
        end = cursor = start + len(sentence)
        inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)
        out.append(2 * inside >= len(sentence))
    return out
