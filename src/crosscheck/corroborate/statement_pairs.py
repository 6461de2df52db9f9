"""Statement pairs: the candidates, what links them, what keeps them apart.

Every pair of statements of two articles whose vectors are at all close
(:data:`CANDIDATE_COSINE`), or that share the story's rare words
(:data:`CANDIDATE_RARE`), is described by :data:`LINK_FEATURES`. The
hand-set paths (:func:`link_path`) link from them, the rules
(:func:`apart`) keep alike sentences apart (see
:mod:`crosscheck.corroborate.statements`), and ``python -m
crosscheck.eval.train_align --kind statement`` trains a logistic pair model
on them and the further features of
:mod:`crosscheck.corroborate.statement_features`. The engine uses it
beside the paths only where it is sure and the two sentences say one thing
(:mod:`crosscheck.corroborate.statement_model`); in place of the paths,
beside them unconditioned or as a veto of their links it broke a floor
(measured in the module docstring of :mod:`crosscheck.corroborate.statements`;
the veto is on branch ``experiment/statement-veto``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple, Sequence

import numpy as np

from ..clean.dates import IS_YEAR, MONTH_NAMES, WEEKDAY_NAMES
from ..models import Claim
from .align import jaccard, names
from .common import words

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
#: Sentences that share a run of :data:`SHARED_RUN_WORDS` words as written,
#: :data:`SHARED_RUN_SAID` of them content words that are no names nor days,
#: say the same thing from :data:`SHARED_RUN_COSINE` (:func:`shared_runs`):
#: an outlet that tells a fact in a clause of a long sentence ("…, who agreed
#: to postpone a planned tariff hike") keeps the words of the one that tells
#: it alone ("President Donald Trump agreed to postpone a planned tariff
#: hike"), while the long sentence's vector moves away. Read on the tuning
#: parts of the fact gold (dev to dev7, 7,340 labelled statement pairs): of
#: the pairs no path links and no rule keeps apart, those sharing such a run
#: are 94 % one fact (47 pairs, no look-alike; five words, 78 %; any two
#: content words counted with names, 86 %), where the paths' own links are
#: 93 %. Most are not each other's closest sentence by cosine (9 of the 47),
#: so the run path has its own best match: the sentence of the other article
#: sharing the most such runs. Linked so (corroborate.v102), facts dev3 0.533
#: -> 0.537, dev4 0.433 -> 0.435, dev5 0.618 -> 0.626; dev, dev2, dev6 and
#: dev7, the look-alikes kept apart and dev's judged pairs unchanged; linking
#: every such pair, not only best matches, added nothing more.
SHARED_RUN_WORDS, SHARED_RUN_SAID, SHARED_RUN_COSINE = 6, 2, 0.5
#: ... nor words of saying, which any two reports share ("President Donald
#: Trump said on Tuesday that …" of two sentences saying two things).
_NOT_SAID = (frozenset(d.lower() for d in WEEKDAY_NAMES) | {"today", "yesterday", "tomorrow"}
             | {"said", "says", "say", "told", "tells", "according", "added", "adding"})
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")

#: The lowest cosine of a candidate pair. The hand-set paths link nothing
#: below 0.45; with :data:`CANDIDATE_RARE` this leaves out 37 of the 381
#: pairs of dev statements that the fact gold says state one event fact (11
#: of 82 on dev2).
CANDIDATE_COSINE = 0.40
#: ... or the lowest rare-word similarity (:func:`rare_word_similarity`) of one.
CANDIDATE_RARE = 0.20
#: What the hand-set paths (:func:`link_path`) and the rules
#: (:func:`kept_apart`) read of a candidate pair: all the engine computes.
#: The pair model's further features (:mod:`.statement_features`) are
#: computed for the pairs no rule keeps apart (:mod:`.statement_model`).
LINK_FEATURES = (
    "cosine",           # of the two sentence vectors (all-MiniLM-L6-v2)
    "mutual",           # each the other's best match by cosine
    "rare",             # rare-word similarity
    "rare_said",        # ... of the words that are not names
    "rare_mutual",      # each the other's best match by rare words
    "words",            # Jaccard of the content words
)


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


class Candidates(NamedTuple):
    """The candidate pairs of some statements: ``pairs`` (i, j, features in
    :data:`LINK_FEATURES` order), and what was read of the statements to
    find them, which the pair model reads further
    (:mod:`crosscheck.corroborate.statement_features`)."""

    pairs: list[tuple[int, int, list[float]]]
    owner: np.ndarray           # each statement's article, by index into the sorted articles
    similarity: np.ndarray      # cosine of every two statements
    said: list[list[str]]       # content words of each
    named: list[frozenset[str]]  # words of the names of each


def candidates(statements: Sequence[Claim], vectors: np.ndarray) -> Candidates:
    """Every candidate pair of ``statements`` (two articles; ``vectors``
    their sentence vectors, unit length)."""
    if not statements:
        return Candidates([], np.zeros(0, dtype=int), np.zeros((0, 0)), [], [])
    articles = sorted({c.article for c in statements})
    owner = np.array([articles.index(c.article) for c in statements])
    similarity = vectors @ vectors.T
    said = [words(c.sentence) for c in statements]
    named = [frozenset(words(" ".join(names(c.sentence)))) for c in statements]
    rare = rare_word_similarity(said)
    rare_said = rare_word_similarity([[w for w in ws if w not in named[k]]
                                      for k, ws in enumerate(said)])
    vocabulary = [frozenset(ws) for ws in said]
    out = []
    for a in range(len(articles)):
        rows = np.nonzero(owner == a)[0]
        for b in range(a + 1, len(articles)):
            cols = np.nonzero(owner == b)[0]
            block = similarity[np.ix_(rows, cols)]
            # The best cell of each row and of each column (the one argsort
            # ranks first, so that ties go as the model's rank feature has them).
            best_of_row = (-block).argsort(1)[:, 0]
            best_of_col = (-block).argsort(0)[0, :]
            rare_block = rare[np.ix_(rows, cols)]
            rare_of_row, rare_of_col = rare_block.argmax(1), rare_block.argmax(0)
            near = (block >= CANDIDATE_COSINE) | (rare_block >= CANDIDATE_RARE)
            for r, c in zip(*np.nonzero(near)):
                i, j = int(rows[r]), int(cols[c])
                out.append((i, j, [
                    float(block[r, c]),
                    float(best_of_row[r] == c and best_of_col[c] == r),
                    float(rare_block[r, c]),
                    float(rare_said[i, j]),
                    float(rare_of_row[r] == c and rare_of_col[c] == r),
                    jaccard(vocabulary[i], vocabulary[j]),
                ]))
    return Candidates(out, owner, similarity, said, named)


class StatementPair(NamedTuple):
    """Two statements of two articles (indices into the compared statements),
    a candidate pair: ``path`` the one that lets them link (``close``, ``same words``,
    ``rare words``, ``model``: :mod:`.statement_model`, ``shared run``:
    :func:`shared_runs`) or ``""``; ``score`` how far they reach it, 1 at the link
    threshold of any path; ``mutual`` when each is the other's best match on
    that path (by cosine, by rare words);
    ``apart`` the rule that keeps them apart whatever their
    score (``counts``, ``times``, ``denial``, ``names only``) or ``""``. Besides
    linking, this is what ``crosscheck.eval.statement_losses`` reads to say
    why a fact was lost."""

    i: int
    j: int
    cosine: float
    path: str
    score: float
    mutual: bool
    apart: str


@lru_cache(maxsize=4096)
def word_runs(sentence: str) -> frozenset[tuple[str, ...]]:
    """The runs of :data:`SHARED_RUN_WORDS` words of ``sentence`` as written
    (lowercased) that hold :data:`SHARED_RUN_SAID` content words besides its
    names and days. Kept per sentence: the statement pairs and the event
    pairs (events.scored_pairs) ask of one sentence once per pair it is in."""
    named = frozenset(words(" ".join(names(sentence)))) | _NOT_SAID
    tokens = _TOKEN.findall(sentence.lower().replace("’", "'"))
    said = [bool(words(t)) and t not in named for t in tokens]
    return frozenset(tuple(tokens[k:k + SHARED_RUN_WORDS])
                     for k in range(len(tokens) - SHARED_RUN_WORDS + 1)
                     if sum(said[k:k + SHARED_RUN_WORDS]) >= SHARED_RUN_SAID)


def shared_runs(statements: Sequence[Claim], pairs: Sequence[tuple[int, int, list[float]]],
                left: Sequence[bool]) -> dict[frozenset[int], bool]:
    """The pairs the shared-run path links (those ``left``, from
    :data:`SHARED_RUN_COSINE`), each with whether it is a best match on it:
    each sentence's partner in the other article with the most runs shared."""
    shared: dict[tuple[int, int], int] = {}
    for (i, j, f), free in zip(pairs, left):
        if not free or f[_COSINE] < SHARED_RUN_COSINE:
            continue
        n = len(word_runs(statements[i].sentence) & word_runs(statements[j].sentence))
        if n:
            shared[(i, j)] = n
    best: dict[tuple[int, str], int] = {}
    for (i, j), n in shared.items():
        for k, other in ((i, j), (j, i)):
            key = (k, statements[other].article)
            best[key] = max(best.get(key, 0), n)
    return {frozenset((i, j)): best[(i, statements[j].article)] == n == best[(j, statements[i].article)]
            for (i, j), n in shared.items()}


def statement_pairs(statements: Sequence[Claim]) -> list[StatementPair]:
    """Every candidate pair of ``statements`` (:func:`candidates`), scored."""
    from ..embed import embed

    from .statement_model import model_links

    if not statements:
        return []
    found = candidates(statements, embed([c.sentence for c in statements]))
    rules = kept_apart(statements, found.pairs)
    paths = [link_path(f) for _, _, f in found.pairs]
    # Beside the paths, the pair model links where it is sure and the two
    # sentences say one thing (crosscheck.corroborate.statement_model), and
    # only sentences no path links: a fact the paths make is left as it is.
    sure = model_links(statements, found, left_by_paths(found.pairs, paths, rules), rules)
    runs = shared_runs(statements, found.pairs,
                       [not path and not rule for path, rule in zip((p[0] for p in paths), rules)])
    out = []
    for (i, j, f), rule, (path, score, mutual) in zip(found.pairs, rules, paths):
        if frozenset((i, j)) in sure:
            path, score, mutual = "model", 1.0, True
        elif frozenset((i, j)) in runs:
            path, score, mutual = "shared run", 1.0, runs[frozenset((i, j))]
        out.append(StatementPair(i, j, f[0], path, score, bool(mutual), rule))
    return out


def left_by_paths(pairs: Sequence[tuple[int, int, list[float]]],
                  paths: Sequence[tuple[str, float, bool]], rules: Sequence[str]) -> list[bool]:
    """For each candidate pair, whether a path links neither of its
    statements to any other (``paths``: :func:`link_path` of each pair,
    ``rules``: :func:`kept_apart` of each)."""
    linked = {k for (i, j, _), (path, _, mutual), rule in zip(pairs, paths, rules)
              if path and mutual and not rule for k in (i, j)}
    return [i not in linked and j not in linked for i, j, _ in pairs]


_COSINE, _MUTUAL, _RARE, _RARE_SAID, _RARE_MUTUAL, _WORDS = (
    LINK_FEATURES.index(name)
    for name in ("cosine", "mutual", "rare", "rare_said", "rare_mutual", "words"))


def link_path(f: Sequence[float]) -> tuple[str, float, bool]:
    """The path a candidate pair (features ``f``) links by (``""`` for none),
    its score (the cosine over :data:`STATEMENT_COSINE`, 1 for a words path)
    and whether it is a mutual best on it."""
    cosine, mutual = f[_COSINE], bool(f[_MUTUAL])
    if cosine >= STATEMENT_COSINE:
        return "close", cosine / STATEMENT_COSINE, mutual
    if cosine >= SAME_WORDS_COSINE and f[_WORDS] >= SAME_WORDS_SHARE:
        return "same words", 1.0, mutual  # as good as close vectors
    if cosine >= RARE_WORDS_COSINE and f[_RARE] >= RARE_WORDS_SHARE \
            and f[_RARE_SAID] >= RARE_SAID_SHARE:
        # The same rare words: each the other's best match by them links;
        # otherwise a cross pair as good as close vectors.
        return "rare words", 1.0, mutual or bool(f[_RARE_MUTUAL])
    return "", cosine / STATEMENT_COSINE, mutual


def kept_apart(statements: Sequence[Claim], pairs: Sequence[tuple[int, int, list[float]]]
               ) -> list[str]:
    """The rule that keeps each candidate pair apart (:func:`apart`,
    ``names only``), or ``""``."""
    rules = [_rules(c.sentence) for c in statements]
    # Nothing in common but names: close vectors then mean one topic, one
    # person ("X praised Y in Ashford on Tuesday" and "Y criticised X in
    # Ashford on Tuesday", cosine 0.86), not one thing said.
    return [apart(rules[i], rules[j]) or ("names only" if not f[_RARE_SAID] else "")
            for i, j, f in pairs]


# -- what keeps two alike sentences apart ------------------------------------------

# A number glued to a name by a hyphen is part of the name ("COVID-19", "G-20",
# "F-35"), and a year or a decade is a time (:func:`_times`), not a count.
_NUMBER = re.compile(r"(?<![\w$-])(\$\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)"
                     r"(?:\s*(%|percent\b|per cent\b))?(?:[\s-]+([A-Za-z][a-z]+))?")
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
        if IS_YEAR.match(value) and not sign and not percent:
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


#: What the rules read of a sentence: its counts, times and polarity.
Rules = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], Polarity]


def _rules(sentence: str) -> Rules:
    return _counts(sentence), _times(sentence), _polarity(sentence)


def apart(a: Rules, b: Rules) -> str:
    """The rule that keeps two sentences apart (module docstring of
    :mod:`crosscheck.corroborate.statements`), or ``""``."""
    return ("counts" if _differ(a[0], b[0]) else "times" if _differ(a[1], b[1])
            else "denial" if _denies(a[2], b[2]) else "")
