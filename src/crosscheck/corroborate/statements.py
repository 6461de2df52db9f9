"""Statements across articles: two outlets saying the same thing in other words.

A statement (:attr:`crosscheck.models.Event.statement`) is a sentence that
says what happened or is so, with no date of its own: "Bettie Page has died,
her agent said" and "Pinup icon Bettie Page died at a hospital in Los
Angeles". Most facts two outlets share are told this way; left out, a story
of three outlets agreeing on everything showed nothing as established.

Two statements of two articles are linked when each is the other's most
similar sentence in the other article (mutual best match) and their sentence
vectors are close (:data:`STATEMENT_COSINE`), or a little less close but
sharing a third of their content words (:data:`SAME_WORDS_COSINE`,
:data:`SAME_WORDS_SHARE`); statements of more articles join
into one fact only when every cross pair is close too (complete linkage), so
a chain of near-misses cannot glue a story's whole lead together.

Two sentences alike but for a number or a time ("launched a fashion line in
December" and "… in September") are not linked: that is a dispute to find in
their figures and dates, never an agreement. Nor are two sentences of which
only one denies ("refused to apologise" and "has apologised"): vectors barely
see a negation.

A statement is never disputed: two sentences can be told apart by their
vectors, not proven incompatible. Disputes come from the figures, roles,
quotes and dated events the same sentences hold. And a statement only one
independent source makes is no finding: it is the article's own text, and a
finding per sentence would bury the facts that outlets share.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from ..models import Claim, Finding
from .align import jaccard, numbers, periods
from .common import Context, join_names, make_finding, sources_phrase, words

#: How close two sentence vectors (all-MiniLM-L6-v2) must be to state one
#: fact, besides being each other's best match. Read on the dev part of the
#: fact gold and on a hand-checked sample of linked pairs it does not list:
#: from 0.75 up about three in four mutual best pairs say the same thing;
#: between 0.70 and 0.75 one in three does (the rest share a topic:
#: "inflation will come down" and "the Fed is slowing the economy").
STATEMENT_COSINE = 0.75
#: Sentences that share this share of their content words (Jaccard) say the
#: same thing from this cosine up: on the same hand-checked sample, ten in
#: fourteen such pairs between 0.60 and 0.75 did ("He also has style, elegance
#: and a sense of occasion" quoted with and without its speakers).
SAME_WORDS_COSINE, SAME_WORDS_SHARE = 0.60, 0.30
#: A cross pair of a fact of three or more articles must reach this share of
#: :data:`STATEMENT_COSINE` (it need not be a best match: a third outlet's
#: sentence may match a fourth's better).
CROSS_SHARE = 0.9
#: Statements per article compared: the first ones. News puts what it knows
#: first, and the cost of the comparison grows with the square of this.
MAX_PER_ARTICLE = 60


def is_statement(claim: Claim) -> bool:
    return claim.event is not None and claim.event.statement


def statement_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    from ..embed import embed
    from .align import cluster

    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if is_statement(c):
            kept = by_article.setdefault(c.article, [])
            if len(kept) < MAX_PER_ARTICLE:
                kept.append(c)
    if ctx.independent(by_article) < 2:
        return []
    statements = [c for article in sorted(by_article) for c in by_article[article]]
    vectors = embed([c.sentence for c in statements])
    owner = np.array([sorted(by_article).index(c.article) for c in statements])
    similarity = vectors @ vectors.T
    vocabulary = [frozenset(words(c.sentence)) for c in statements]
    counts = [numbers(c.sentence) for c in statements]
    times = [periods(c.sentence) for c in statements]
    denies = [bool(_NEGATION.search(c.sentence)) for c in statements]
    scored = []
    link_below = np.nextafter(STATEMENT_COSINE, 0)
    for a in range(owner.max() + 1):
        rows = np.nonzero(owner == a)[0]
        for b in range(a + 1, owner.max() + 1):
            cols = np.nonzero(owner == b)[0]
            block = similarity[np.ix_(rows, cols)]
            best_of_row, best_of_col = block.argmax(1), block.argmax(0)
            floor = min(STATEMENT_COSINE * CROSS_SHARE, SAME_WORDS_COSINE)
            for r, c in zip(*np.nonzero(block >= floor)):
                i, j = int(rows[r]), int(cols[c])
                if _differ(counts[i], counts[j]) or _differ(times[i], times[j]) \
                        or denies[i] != denies[j]:
                    continue
                mutual = best_of_row[r] == c and best_of_col[c] == r
                score = float(block[r, c])
                if score < STATEMENT_COSINE and jaccard(vocabulary[i], vocabulary[j]) \
                        >= SAME_WORDS_SHARE:
                    score = STATEMENT_COSINE  # the same words: as good as close vectors
                # Only a mutual best match links; a close pair that is not one
                # still counts as a cross pair when facts of three articles join.
                scored.append((i, j, score if mutual else min(score, float(link_below))))
    findings = []
    for group in cluster(statements, scored, STATEMENT_COSINE, _one_per_article, CROSS_SHARE):
        members = [statements[k] for k in group]
        if ctx.independent(c.article for c in members) < 2:
            continue
        findings.append(_finding(ctx, members))
    return findings


_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|refused|refuses|refuse|denied|denies|"
                       r"deny|declined|declines|rejected|rejects|without)\b|n[’']t\b", re.I)


def _differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name numbers (or times) and none in common."""
    return bool(a) and bool(b) and not a & b


def _one_per_article(members: list[Claim]) -> bool:
    return len({c.article for c in members}) == len(members)


def _finding(ctx: Context, group: list[Claim]) -> Finding:
    # The shortest sentence says the shared fact with least besides.
    plain = min((c.sentence.strip() for c in group), key=lambda s: (len(s), s))
    outlets = [ctx.outlet(c.article) for c in sorted(group, key=lambda c: c.article)]
    note = (f"{join_names(outlets)} report the same: “{plain}” "
            f"[{sources_phrase(ctx, [c.article for c in group])}].")
    # Agree, however differently worded: on the fact gold, telling "compatible"
    # statements by fewer shared words got more statuses wrong than it fixed.
    return make_finding(ctx, "event", plain, "agree", group, note)
