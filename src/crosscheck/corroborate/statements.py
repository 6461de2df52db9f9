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
:data:`SAME_WORDS_SHARE`), or sharing the story's rare words, those a
few of its sentences use, beyond names (:data:`RARE_WORDS_SHARE`): vectors
blur the handful of words that make a fact. Sentences that share no content
word but names are never linked: close vectors then mean one topic, one
person ("X praised Y in Ashford on Tuesday" and "Y criticised X in Ashford
on Tuesday", cosine 0.86), not one thing said. Statements of more articles join
into one fact only when every cross pair is close too (complete linkage), so
a chain of near-misses cannot glue a story's whole lead together.

Two sentences alike but for a number or a time ("launched a fashion line in
December" and "… in September") are not linked: that is a dispute to find in
their figures and dates, never an agreement. Numbers are compared by what
they count ("12 miners" / "13 miners"; "aged 85" and "2 weeks" count other
things) and times by kind (two months, two weekdays; "next month" is no
evidence either way). Nor are two sentences of which only one denies
("refused to apologise" and "has apologised"): vectors barely see a negation.
A denial is of a verb: "did not respond to an emergency appeal" denies
nothing "stayed silent on an emergency appeal" asserts. On the dev part of
the fact gold the blunter rules (any two number sets, any negation word) kept
apart 100 of 332 same-fact sentence pairs; these keep apart 31.

Where event facts are lost (``python -m crosscheck.eval.statement_losses``,
dev, 199 event facts): 42 linked, 34 not extracted, and of the rest 110
have a pair of mentions below every path, against 6 whose pairs all link
but split in grouping, 1 not a mutual best and 1 kept apart by a rule. A
looser path for that largest class was measured and not kept: a mutual
best match from cosine 0.50-0.65 with a margin over the second best (as
bitext mining does) and/or two or three shared words few of the story's
statements use. Each linked 1-7 more dev event facts and broke a floor:
the judged pairs' precision or kept-apart share (dev or held-out) or the
status accuracy (a quarter of the dev statement facts are "compatible",
but a statement is always "agree"). The judged pairs show why: the same
and the not-same ones of the rare-words sample both have median cosine
0.56.

A statement is never disputed: two sentences can be told apart by their
vectors, not proven incompatible. Disputes come from the figures, roles,
quotes and dated events the same sentences hold. And a statement only one
independent source makes is no finding: it is the article's own text, and a
finding per sentence would bury the facts that outlets share.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple, Sequence

import numpy as np

from ..clean.dates import MONTH_NAMES, WEEKDAY_NAMES
from ..models import Claim, Finding
from .align import jaccard, names
from .common import Context, join_names, make_finding, sources_phrase, words
from .wording import _PRONOUNS

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
#: Sentences that share rare words (content words weighted by how few of the
#: story's statements use them, :func:`rare_word_similarity`) say the same
#: thing from a lower cosine: vectors blur the few words that make a fact
#: ("the subpoena seeks testimony and records from Mr. Clark" and "it seeks
#: testimony and records from Jeffrey Clark", cosine 0.63). A pair links when
#: each is the other's best match by cosine or by rare words, its rare words
#: reach :data:`RARE_WORDS_SHARE`, those that are not names reach
#: :data:`RARE_SAID_SHARE` (two sentences about one person share the name;
#: saying the same thing of them shares more) and the cosine reaches
#: :data:`RARE_WORDS_COSINE`. Read on the dev part of the fact gold and of the
#: judged pairs (quality/gold/statements): on 14 dev and 14 held-out links this
#: path added at a looser setting (0.20 / 0.45, no name condition), 9 and 10
#: were judged the same; the false ones mostly shared a name, a title or a
#: number ("Senate Majority Leader Chuck Schumer … Thursday"), which the
#: name condition now refuses.
RARE_WORDS_SHARE, RARE_WORDS_COSINE = 0.20, 0.45
RARE_SAID_SHARE = 0.20
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
    from .align import cluster

    statements = kept_statements(claims)
    if ctx.independent({c.article for c in statements}) < 2:
        return []
    link_below = float(np.nextafter(STATEMENT_COSINE, 0))
    # Only a mutual best match links; a close pair that is not one still
    # counts as a cross pair when facts of three articles join.
    scored = [(p.i, p.j, p.score if p.mutual else min(p.score, link_below))
              for p in statement_pairs(statements) if not p.apart]
    findings = []
    for group in cluster(statements, scored, STATEMENT_COSINE, _one_per_article, CROSS_SHARE):
        members = [statements[k] for k in group]
        if ctx.independent(c.article for c in members) < 2:
            continue
        findings.append(_finding(ctx, members))
    return findings


def kept_statements(claims: Sequence[Claim]) -> list[Claim]:
    """The statements compared, article by article: each article's first
    :data:`MAX_PER_ARTICLE`."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if is_statement(c):
            kept = by_article.setdefault(c.article, [])
            if len(kept) < MAX_PER_ARTICLE:
                kept.append(c)
    return [c for article in sorted(by_article) for c in by_article[article]]


class StatementPair(NamedTuple):
    """Two statements of two articles (indices into the compared statements)
    whose cosine reaches the lowest threshold of any path, and what the rules
    made of them: ``path`` is the one that lets them link (``close``, ``same
    words``, ``rare words``) or ``""``; ``score`` the cosine, or
    :data:`STATEMENT_COSINE` when a words path stands in for it; ``apart`` the
    rule that keeps them apart whatever their score (``counts``, ``times``,
    ``denial``, ``names only``) or ``""``. Besides linking, this is what
    ``crosscheck.eval.statement_losses`` reads to say why a fact was lost."""

    i: int
    j: int
    cosine: float
    score: float
    mutual: bool
    path: str
    apart: str


def statement_pairs(statements: Sequence[Claim]) -> list[StatementPair]:
    """Every pair of :func:`kept_statements` from two articles that reaches
    the lowest cosine of any path, scored (see the module docstring)."""
    from ..embed import embed

    if not statements:
        return []
    articles = sorted({c.article for c in statements})
    vectors = embed([c.sentence for c in statements])
    owner = np.array([articles.index(c.article) for c in statements])
    similarity = vectors @ vectors.T
    said = [words(c.sentence) for c in statements]
    named = [frozenset(words(" ".join(names(c.sentence)))) for c in statements]
    rare = rare_word_similarity(said)
    rare_said = rare_word_similarity([[w for w in ws if w not in named[k]]
                                      for k, ws in enumerate(said)])
    vocabulary = [frozenset(ws) for ws in said]
    counts = [_counts(c.sentence) for c in statements]
    times = [_times(c.sentence) for c in statements]
    polarity = [_polarity(c.sentence) for c in statements]
    floor = min(STATEMENT_COSINE * CROSS_SHARE, SAME_WORDS_COSINE, RARE_WORDS_COSINE)
    out = []
    for a in range(len(articles)):
        rows = np.nonzero(owner == a)[0]
        for b in range(a + 1, len(articles)):
            cols = np.nonzero(owner == b)[0]
            block = similarity[np.ix_(rows, cols)]
            best_of_row, best_of_col = block.argmax(1), block.argmax(0)
            rare_block = rare[np.ix_(rows, cols)]
            rare_of_row, rare_of_col = rare_block.argmax(1), rare_block.argmax(0)
            for r, c in zip(*np.nonzero(block >= floor)):
                i, j = int(rows[r]), int(cols[c])
                cosine = score = float(block[r, c])
                mutual = bool(best_of_row[r] == c and best_of_col[c] == r)
                path = "close" if score >= STATEMENT_COSINE else ""
                if score < STATEMENT_COSINE and score >= SAME_WORDS_COSINE and jaccard(
                        vocabulary[i], vocabulary[j]) >= SAME_WORDS_SHARE:
                    score, path = STATEMENT_COSINE, "same words"  # as good as close vectors
                elif score < STATEMENT_COSINE and rare_block[r, c] >= RARE_WORDS_SHARE \
                        and rare_said[i, j] >= RARE_SAID_SHARE:
                    # The same rare words: each the other's best match by them
                    # links; otherwise a cross pair as good as close vectors.
                    score, path = STATEMENT_COSINE, "rare words"
                    mutual = mutual or bool(rare_of_row[r] == c and rare_of_col[c] == r)
                apart = ("counts" if _differ(counts[i], counts[j])
                         else "times" if _differ(times[i], times[j])
                         else "denial" if _denies(polarity[i], polarity[j])
                         # Nothing in common but names (see the module docstring).
                         else "names only" if not rare_said[i, j] else "")
                out.append(StatementPair(i, j, cosine, score, mutual, path, apart))
    return out


def rare_word_similarity(bags_of_words: Sequence[Sequence[str]]) -> np.ndarray:
    """Cosine of sentences' content words (``bags_of_words``, one list per
    sentence), each word weighted by its rarity among them: idf smoothed as
    scikit-learn's TfidfVectorizer does, ln((1 + n) / (1 + df)) + 1, and a
    word twice in a sentence counts 1 + ln 2. A word every outlet uses of the
    story ("Senate", "debt") weighs little; one only two sentences share
    ("subpoena", "testimony") much. Written with SciPy's sparse matrices
    (installed with datasketch) rather than scikit-learn, which the engine
    needs only to train its pair models; sparse, since a story of a hundred
    articles has thousands of sentences and tens of thousands of words."""
    from scipy.sparse import csr_matrix

    column: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, bag in enumerate(bags_of_words):
        for w, n in Counter(bag).items():
            rows.append(row)
            cols.append(column.setdefault(w, len(column)))
            values.append(1.0 + np.log(n))
    if not values:
        return np.zeros((len(bags_of_words), len(bags_of_words)), dtype=np.float32)
    weights = csr_matrix((np.asarray(values, dtype=np.float32), (rows, cols)),
                         shape=(len(bags_of_words), len(column)))
    df = np.bincount(cols, minlength=len(column))
    weights = weights.multiply(np.log((1 + len(bags_of_words)) / (1 + df)) + 1.0).tocsr()
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(1)).ravel())
    weights = csr_matrix(weights.multiply(1.0 / np.where(norms > 0, norms, 1.0)[:, None]))
    return (weights @ weights.T).toarray().astype(np.float32)


def _one_per_article(members: list[Claim]) -> bool:
    return len({c.article for c in members}) == len(members)


def _finding(ctx: Context, group: list[Claim]) -> Finding:
    # The shortest sentence says the shared fact with least besides; but one
    # opening on a pronoun ("It was the first…", "They said…") leaves the
    # reader asking who, so a sentence that names its subject goes first
    # where the group has one (notes gold: three unreadable notes of
    # heldout11 quoted "It …" beside another outlet's sentence naming it).
    plain = min((c.sentence.strip() for c in group),
                key=lambda s: (_opens_on_pronoun(s), len(s), s))
    outlets = [ctx.outlet(c.article) for c in sorted(group, key=lambda c: c.article)]
    # Two articles of one outlet: "Kestrel Herald reports the same in 2
    # articles", not "Kestrel Herald report the same".
    one_outlet = len(set(outlets)) == 1
    where = f" in {len(outlets)} articles" if one_outlet else ""
    note = (f"{join_names(outlets)} {'reports' if one_outlet else 'report'} the same{where}: "
            f"“{plain}” [{sources_phrase(ctx, [c.article for c in group])}].")
    # Agree, however differently worded: on the fact gold, telling "compatible"
    # statements by fewer shared words got more statuses wrong than it fixed;
    # so did, on held-out, two outlets counting a noun both name differently
    # ("lawsuits" / "One lawsuit"), though it beat "agree" on dev (36 of 40
    # against 34; python -m crosscheck.eval.statement_losses, commit cb90f3c).
    return make_finding(ctx, "event", plain, "agree", group, note)


def _opens_on_pronoun(sentence: str) -> bool:
    # Whole words only ("Theresa", "Items" are no pronoun). A demonstrative
    # before its noun ("This morning, police …") counts too: telling the two
    # apart needs a parse, and the cost is only a longer sentence quoted.
    first = re.match(r"[\W_]*([A-Za-z]+)", sentence)
    return bool(first) and first.group(1).lower() in _PRONOUNS


# -- what keeps two alike sentences apart -----------------------------------------

# A number glued to a name by a hyphen is part of the name ("COVID-19", "G-20",
# "F-35"), and a year or a decade is a time (:func:`_times`), not a count.
_NUMBER = re.compile(r"(?<![\w$-])(\$\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)"
                     r"(?:\s*(%|percent\b|per cent\b))?(?:[\s-]+([A-Za-z][a-z]+))?")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
_WEEKDAYS = frozenset(d.lower() for d in WEEKDAY_NAMES)
# Capitalised, as written: "may" is a verb.
_TIME = re.compile(r"\b(?:%s)\b|\b(?:1[89]|20)\d\d\b" % "|".join(MONTH_NAMES + WEEKDAY_NAMES))


def _counts(sentence: str) -> dict[str, frozenset[str]]:
    """The numbers of a sentence by what they count: the word after the number
    (crude singular), or its sign ($, %). "12 miners" and "13 miners" differ;
    "aged 85" and "2 weeks" count different things and do not."""
    out: dict[str, set[str]] = {}
    for m in _NUMBER.finditer(sentence):
        sign, digits, percent, after = m.groups()
        value = digits.replace(",", "")
        if _YEAR.match(value) and not sign and not percent:
            continue
        unit = "$" if sign else "%" if percent else words(after or "")[:1] or [""]
        out.setdefault(unit if isinstance(unit, str) else unit[0], set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


def _times(sentence: str) -> dict[str, frozenset[str]]:
    """Months, weekdays and years a sentence names, by kind. "Next month" or
    "last week" are left out: relative to a day the two articles may not share,
    they are no evidence that two sentences speak of two times."""
    out: dict[str, set[str]] = {}
    for m in _TIME.finditer(sentence):
        w = m.group(0).lower()
        kind = "month" if w in _MONTHS else "weekday" if w in _WEEKDAYS else "year"
        out.setdefault(kind, set()).add(w)
    return {k: frozenset(v) for k, v in out.items()}


def _differ(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """For something both name (a counted noun, a kind of time), no value in common."""
    return any(a[k].isdisjoint(b[k]) for k in a.keys() & b.keys())


# A denial: a negation, and the next few words it governs. "Declined to" and
# "refused to" deny only before a verb ("declined to comment"); "the rate
# declined to 4.8%" is a fall. "No" and "without" mostly negate a noun phrase
# ("without a filibuster", "no longer"), not what the sentence asserts.
_DENIAL = re.compile(r"\b(?:not|never|n[’']t|cannot)\b|n[’']t\b|"
                     r"\b(?:refus|declin)(?:e|es|ed|ing) to (?=[a-z])|\bden(?:y|ies|ied|ying)\b",
                     re.I)


def _stem(word: str) -> str:
    # Five letters match "apologize", "apologized" and "apologised": enough
    # to tell whether the other sentence asserts the word denied here.
    return word[:5]


def _denied(sentence: str) -> frozenset[str]:
    out: set[str] = set()
    for m in _DENIAL.finditer(sentence):
        rest = re.split(r"[,;:.!?—–()]", sentence[m.end():], maxsplit=1)[0]
        # What is denied is the verb: the first content word, past an adverb
        # ("did not immediately respond"). Its object may well be shared: "did
        # not respond to an emergency appeal" and "stayed silent on an
        # emergency appeal" agree.
        verb = next((w for w in words(rest) if not w.endswith("ly")), None)
        if verb:
            out.add(_stem(verb))
    return frozenset(out)


#: A sentence's denied verbs and the stems of all its words (:func:`_denies`).
Polarity = tuple[frozenset[str], frozenset[str]]


def _polarity(sentence: str) -> Polarity:
    return _denied(sentence), frozenset(_stem(w) for w in words(sentence))


def _denies(a: Polarity, b: Polarity) -> bool:
    """One sentence denies what the other asserts: the verb the negation of
    one governs stands in the other, not negated there. A negation elsewhere in a
    sentence ("after the court did not respond") is no denial of the other."""
    (denied_a, said_a), (denied_b, said_b) = a, b
    return bool((denied_a & said_b) - denied_b) or bool((denied_b & said_a) - denied_a)
