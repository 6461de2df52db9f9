"""Relations between articles: duplicate, syndicated, rewrite, same-wire.

Steps, cheapest first; a pair keeps the first kind it earns:

1. **duplicate / syndicated** — the same text. Every article's word
   5-shingles go into a MinHash (datasketch, fixed seed) and a containment
   LSH ensemble; each candidate pair the index returns is then checked on the
   exact shingle sets. Containment (of the shorter text in the longer) rather
   than Jaccard, because a syndicated copy is often trimmed: on recession-46
   the erienewsnow.com copy of a CNN column holds 118 shingles, all of them
   in the full column (containment 1.0, Jaccard 0.14). A pair that shares
   half the shorter text or more but under :data:`SYNDICATED_CONTAINMENT` is
   two edits of one source text (an agency story's versions, each outlet's
   own lead and cuts): **same-wire**, with the agency named when either
   side credits one.
2. **rewrite** — a reworded text that follows the other's facts in order:
   sentences are embedded and aligned monotonically (an LCS over sentence
   pairs similar enough); the score is the aligned share of the shorter text.
3. **same-wire** — both credit the same agency *and* share passages that the
   rest of their story does not have; or one credits an agency, the other
   credits nobody, and they share longer such passages outside quotations
   (the uncredited one carries that agency's material, and the link says
   which agency). Looked for before step 4: a credited agency's passages
   shared word for word say more about a pair than its facts' order does.
4. **rewrite from facts** — a rewrite that merges sentences or reorders
   within paragraphs defeats sentence alignment, but its facts (names,
   figures, rare word runs) still follow the original's in order: the
   pair's shared facts are aligned in order (an LCS) and the aligned share of
   the shorter text's facts is the score (:func:`fact_order_score`).

Rewrite and same-wire are looked for only inside a group (a story): that
bounds their cost and is where they matter. Every relation is recorded on
both articles with the same kind and score, in a deterministic order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Mapping, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSHEnsemble

from crosscheck.models import Article, Relation

__all__ = ["Link", "fact_order_score", "facts", "find_links", "relations_by_article",
           "shingles", "split_sentences", "rewrite_score", "rewrite_sentences"]

SHINGLE_WORDS = 5
NUM_PERM = 128
#: A text with fewer shingles (about 25 words) is a title, a teaser or a
#: paywall notice: too short to call anything a copy of it.
MIN_SHINGLES = 20
#: Containment of the shorter shingle set in the longer above which two texts
#: are one text. Evidence: recession-46's real copies score 1.0 and 0.99,
#: while the highest score between distinct pieces there is 0.21 (a CNN
#: newsletter quoting a CNN column) and the next 0.16 (the spun rewrite,
#: caught as a rewrite instead). 0.5 leaves room for edited credits and
#: trimmed ends on both sides. Quotations are not copying: the share must
#: hold with them taken out of both texts (two outlets quoting one long
#: statement in short reports would otherwise pass).
COPY_CONTAINMENT = 0.5
#: Containment from which a copy is the same text, at most trimmed, with a
#: credit line or a currency note edited (syndicated); below it, down to
#: COPY_CONTAINMENT, both texts carry one source's passages with their own
#: edits (same-wire). Evidence, the relations gold (quality/gold/relations,
#: dev part): 11 of its 16 same-text pairs reach 0.87 or more (trimmed
#: copies 1.0), while its 23 pairs of edited agency versions that share half
#: the shorter text score 0.51-0.79; three same-text pairs whose currency and
#: unit notation was rewritten (0.69-0.79) fall under it and are called
#: same-wire. Lowering it calls agency versions syndicated again: re-run
#: ``python -m crosscheck.eval.relations``.
SYNDICATED_CONTAINMENT = 0.8
#: Jaccard above which a copy is the *same* text (re-encoded, re-wrapped)
#: rather than a trimmed or edited one.
DUPLICATE_JACCARD = 0.9
#: The LSH ensemble proposes pairs a little below the verified threshold so
#: that MinHash's estimation error cannot drop a true copy.
LSH_CONTAINMENT = 0.4

#: Two sentences are "the same fact, reworded" at or above this cosine.
#: Evidence: recession-46's globalonlinemony.com version of a NYT column
#: (every other word swapped for a synonym) aligns 5 of its 8 sentences at
#: 0.80-0.89; on ECB+ dev the same-event pairs that reach 0.6 at this setting
#: and share under 30% of their shingles are AP stories reworded by another
#: outlet (read by hand: 6 of 2,981 pairs).
REWRITE_SENTENCE_COSINE = 0.8
#: Share of the shorter article's sentences that must align, in order.
REWRITE_SHARE = 0.6
#: Below five sentences, three outlets' own leads on one press release align
#: as well as a rewrite does (AllSides dev: 600-character extracts reach 1.0),
#: so a text that short is never called a rewrite.
REWRITE_MIN_SENTENCES = 5
REWRITE_MAX_SENTENCES = 40

#: Same-wire: shared 6-word passages absent from the story's other articles.
WIRE_SHINGLE_WORDS = 6
#: Five shared 6-shingles = at least one shared run of ten words, which two
#: reporters writing independently almost never produce outside quotes.
WIRE_MIN_SHARED = 5

#: Uncredited same-wire: without a shared credit, more shared passage is asked
#: for, outside quotations (two reporters quote one statement alike). Twelve
#: 6-shingles is one shared run of 17 words, or two or three runs of ten.
WIRE_MIN_SHARED_UNCREDITED = 12

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
#: which 0.5 missed; 0.4 keeps a margin over AllSides' 0.33.
FACT_MIN_ALIGNED = 12
FACT_SHARE = 0.4

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTED = re.compile(r"[“\"][^“”\"]{3,}[”\"]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_STOP = frozenset("""a an the and or but of to in on at by for with from as is was were be
been are has have had it its this that these those he she they we you i his her their our
not no said says will would could should may might can than then there here which who whom
what when where why how all any some more most other into over after before about up out
also just only so if do does did""".split())
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_KIND_ORDER = {"duplicate": 0, "syndicated": 1, "rewrite": 2, "same-wire": 3}


@dataclass(frozen=True)
class Link:
    """One relation between two articles, ``a < b`` by id."""

    a: str
    b: str
    kind: str
    score: float
    #: same-wire: the agency whose material both carry.
    agency: str | None = None


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, k: int = SHINGLE_WORDS) -> frozenset[str]:
    tokens = words(text)
    return frozenset(" ".join(tokens[i:i + k]) for i in range(len(tokens) - k + 1))


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _minhash(items: Iterable[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(items)])
    return m


def _copy_links(articles: Sequence[Article]) -> list[Link]:
    sets = {a.id: shingles(a.text) for a in articles}
    usable = [a for a in articles if len(sets[a.id]) >= MIN_SHINGLES]
    if len(usable) < 2:
        return []
    hashes = {a.id: _minhash(sets[a.id]) for a in usable}
    index = MinHashLSHEnsemble(threshold=LSH_CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    index.index([(a.id, hashes[a.id], len(sets[a.id])) for a in usable])
    outlet = {a.id: (a.outlet or "").strip().lower() for a in usable}
    by_id = {a.id: a for a in usable}
    links = {}
    for art in usable:
        for other in index.query(hashes[art.id], len(sets[art.id])):
            if other == art.id:
                continue
            a, b = sorted((art.id, other))
            if (a, b) in links:
                continue
            sa, sb = sets[a], sets[b]
            common = len(sa & sb)
            containment = common / min(len(sa), len(sb))
            if containment < COPY_CONTAINMENT or \
                    _unquoted_containment(by_id[a].text, by_id[b].text) < COPY_CONTAINMENT:
                continue
            jaccard = common / len(sa | sb)
            same_outlet = not outlet[a] or not outlet[b] or outlet[a] == outlet[b]
            if jaccard >= DUPLICATE_JACCARD and same_outlet:
                links[(a, b)] = Link(a, b, "duplicate", round(jaccard, 4))
            elif containment < SYNDICATED_CONTAINMENT and _one_agency(by_id[a], by_id[b]):
                links[(a, b)] = Link(a, b, "same-wire", round(containment, 4),
                                     agency=_shared_agency(by_id[a], by_id[b]))
            else:
                links[(a, b)] = Link(a, b, "syndicated", round(containment, 4))
    return list(links.values())


def _unquoted_containment(a: str, b: str) -> float:
    sa, sb = shingles(_QUOTED.sub(" ", a)), shingles(_QUOTED.sub(" ", b))
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def _one_agency(a: Article, b: Article) -> bool:
    """False when both credit agencies and no agency is common to them: two
    wires' names on one text do not make it one wire's story."""
    return not (_agencies(a) and _agencies(b)) or bool(_agencies(a) & _agencies(b))


def _shared_agency(a: Article, b: Article) -> str | None:
    """The agency two edits of one text carry: the one both credit, else the
    one either credits (the other took the credit line out), else unknown."""
    either = (_agencies(a) & _agencies(b)) or (_agencies(a) | _agencies(b))
    return sorted(either)[0] if either else None


def rewrite_score(sentences_a: np.ndarray, sentences_b: np.ndarray) -> float:
    """Share of the shorter text's sentences aligned, in order, with the other's.

    ``sentences_*`` are unit sentence vectors, one row per sentence. The
    alignment is a longest common subsequence where two sentences "match"
    when their cosine reaches :data:`REWRITE_SENTENCE_COSINE`, so facts taken
    in another order (a different article on the same story) do not count.
    """
    n, m = len(sentences_a), len(sentences_b)
    if min(n, m) < REWRITE_MIN_SENTENCES:
        return 0.0
    match = (sentences_a @ sentences_b.T) >= REWRITE_SENTENCE_COSINE
    table = np.zeros((n + 1, m + 1), dtype=np.int32)
    for i in range(n):
        for j in range(m):
            table[i + 1, j + 1] = (table[i, j] + 1 if match[i, j]
                                   else max(table[i, j + 1], table[i + 1, j]))
    return float(table[n, m]) / min(n, m)


def rewrite_sentences(article: Article) -> list[str]:
    """The sentences of ``article`` that rewrite search compares (their vectors
    are made once per article: crosscheck.sentence_vectors)."""
    sentences = [s for s in split_sentences(article.text) if len(words(s)) >= 4]
    return sentences[:REWRITE_MAX_SENTENCES]


def _sentence_vectors(articles: Sequence[Article]) -> dict[str, np.ndarray]:
    from crosscheck.embed import embed

    chosen = {a.id: rewrite_sentences(a) for a in articles}
    flat = [s for a in articles for s in chosen[a.id]]
    vectors = embed(flat)
    out, start = {}, 0
    for a in articles:
        out[a.id] = vectors[start:start + len(chosen[a.id])]
        start += len(chosen[a.id])
    return out


def _rewrite_links(group: Sequence[Article], taken: set[tuple[str, str]]) -> list[Link]:
    pairs = [tuple(sorted((x.id, y.id))) for x, y in combinations(group, 2)]
    pairs = [p for p in pairs if p not in taken]
    if not pairs:
        return []
    vectors = _sentence_vectors(group)
    links = []
    for a, b in pairs:
        score = rewrite_score(vectors[a], vectors[b])
        if score >= REWRITE_SHARE:
            links.append(Link(a, b, "rewrite", round(min(score, 1.0), 4)))
    return links


def _agencies(article: Article) -> set[str]:
    return {x.strip().lower() for x in article.agencies if x.strip()}


def _wire_links(group: Sequence[Article], taken: set[tuple[str, str]]) -> list[Link]:
    credited = [a for a in group if _agencies(a)]
    if not credited:
        return []
    sets = {a.id: shingles(a.text, WIRE_SHINGLE_WORDS) for a in group}
    unquoted = {a.id: shingles(_QUOTED.sub(" ", a.text), WIRE_SHINGLE_WORDS)
                for a in group if not _agencies(a)}
    for a in credited:
        unquoted[a.id] = shingles(_QUOTED.sub(" ", a.text), WIRE_SHINGLE_WORDS)
    component = _copy_components([a.id for a in group], taken)
    links = []
    for x, y in combinations(group, 2):
        a, b = sorted((x.id, y.id))
        if (a, b) in taken or not (_agencies(x) or _agencies(y)):
            continue
        if _agencies(x) and _agencies(y):
            agencies, texts, needed = _agencies(x) & _agencies(y), sets, WIRE_MIN_SHARED
        else:  # one side credits nobody: the credited side's agencies
            agencies, texts, needed = _agencies(x) | _agencies(y), unquoted, \
                WIRE_MIN_SHARED_UNCREDITED
        if not agencies:
            continue
        # What the rest of the story also says is the story's, not the wire's:
        # only articles crediting none of these agencies define it, and not
        # the copies already found of either article (an uncredited copy of
        # the wire's text carries its passages too: it speaks for the wire).
        copies = component[a] | component[b]
        others = [z for z in group if z.id not in copies and not (_agencies(z) & agencies)]
        shared = texts[a] & texts[b]
        for z in others:
            shared -= sets[z.id]
        if len(shared) >= needed:
            score = len(shared) / max(1, min(len(texts[a]), len(texts[b])))
            links.append(Link(a, b, "same-wire", round(min(score, 1.0), 4),
                              agency=sorted(agencies)[0]))
    return links


def _copy_components(ids: Sequence[str], linked: set[tuple[str, str]]) -> dict[str, set[str]]:
    """Each article's set of copies, itself included: the connected
    components of the pairs already linked, among ``ids``."""
    component = {i: {i} for i in ids}
    for a, b in sorted(linked):
        if a in component and b in component and component[a] is not component[b]:
            merged = component[a] | component[b]
            for i in merged:
                component[i] = merged
    return component


def facts(text: str) -> list[str]:
    """The text's facts in order: figures ("6.1", "14"), names (capitalised
    words inside a sentence, "Ardenne", "Joe Manchin") and runs of three
    content words ("stone houses flattened" as "flattening dozens stone")."""
    out: list[str] = []
    for sentence in split_sentences(_QUOTED.sub(" ", text)):
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


def _fact_links(group: Sequence[Article], taken: set[tuple[str, str]]) -> list[Link]:
    found = {a.id: facts(a.text) for a in group}
    links = []
    for x, y in combinations(group, 2):
        a, b = sorted((x.id, y.id))
        if (a, b) in taken:
            continue
        others = [set(found[z.id]) for z in group if z.id not in (a, b)]
        # Facts that half the other articles state too are the story's own.
        common = frozenset(f for f in set(found[a]) & set(found[b])
                           if 2 * sum(f in o for o in others) >= max(1, len(others)))
        aligned, share = fact_order_score(found[a], found[b], common)
        if aligned >= FACT_MIN_ALIGNED and share >= FACT_SHARE:
            links.append(Link(a, b, "rewrite", round(min(share, 1.0), 4)))
    return links


def find_links(articles: Sequence[Article],
               groups: Iterable[Sequence[str]] | None = None) -> list[Link]:
    """Every relation among ``articles``, each pair once, sorted.

    ``groups`` are lists of article ids (the stories); rewrites and same-wire
    pairs are only looked for inside one group. Without groups, the whole
    batch is one group: fine for a story's worth of articles, quadratic for a
    corpus.
    """
    by_id = {a.id: a for a in articles}
    if len(by_id) != len(articles):
        raise ValueError("find_links: two articles share an id; deduplicate the batch first")
    links = {(l.a, l.b): l for l in _copy_links(articles)}
    group_list = [list(g) for g in groups] if groups is not None else [list(by_id)]
    for ids in group_list:
        members = [by_id[i] for i in sorted(set(ids)) if i in by_id]
        if len(members) < 2:
            continue
        for link in _rewrite_links(members, set(links)):
            links[(link.a, link.b)] = link
        for link in _wire_links(members, set(links)):
            links[(link.a, link.b)] = link
        for link in _fact_links(members, set(links)):
            links[(link.a, link.b)] = link
    return sorted(links.values(), key=lambda l: (l.a, l.b))


def relations_by_article(links: Iterable[Link]) -> Mapping[str, tuple[Relation, ...]]:
    """The links as each article's ``relations``: both ends, same kind and score."""
    out: dict[str, list[Relation]] = {}
    for l in links:
        out.setdefault(l.a, []).append(Relation(article=l.b, kind=l.kind, score=l.score,
                                                agency=l.agency))
        out.setdefault(l.b, []).append(Relation(article=l.a, kind=l.kind, score=l.score,
                                                agency=l.agency))
    return {k: tuple(sorted(v, key=lambda r: (_KIND_ORDER[r.kind], r.article)))
            for k, v in sorted(out.items())}
