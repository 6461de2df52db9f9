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
   side credits one; unless every sentence of the shorter text is in the
   longer edited in a word or two and the longer adds few of its own
   (:func:`~crosscheck.group.edits.one_text_lightly_edited`): syndicated.
2. **rewrite** — a reworded text that follows the other's facts in order:
   sentences are embedded and aligned monotonically (an LCS over sentence
   pairs similar enough); the score is the aligned share of the shorter text.
3. **same-wire, credited** — both credit the same agency *and* share
   passages that the rest of their story does not have; or one credits an
   agency, the other credits nobody, and they share longer such passages
   outside quotations (the uncredited one carries that agency's material,
   and the link says which agency). Looked for before step 4: a credited
   agency's passages shared word for word say more about a pair than its
   facts' order does.
4. **rewrite from facts** — a rewrite that merges sentences or reorders
   within paragraphs defeats sentence alignment, but its facts (names,
   figures, rare word runs) still follow the original's in order
   (:mod:`crosscheck.group.fact_order`).
5. **same-wire, uncredited** — neither credits anyone, but they share long
   passages outside quotations, a good part of the shorter text, that the
   story's other articles do not have (those carrying as much of either are
   copies too, not the story's rest): agency copy reprinted without a
   byline. After step 4, so that a rewrite keeping a few sentences whole is
   still a rewrite.
6. **rewrite from rare words** — a short rewrite that rewords nearly every
   sentence keeps few runs of three content words, but its rare words still
   follow the original's in order (:func:`word_order_score`). Last, so that
   it only adds pairs no other step explains.
7. **rewrite from words rare in English** — in a story of two articles,
   which has no third to say which words are the story's own, its rare
   words are those rare in general English (:mod:`crosscheck.group.rewrites`).
8. **rewrite by quotation** — quoting the other's prose at length, pasting
   a paragraph of it after "X writes:", or crediting the other's outlet and
   quoting a run of its prose (:mod:`crosscheck.group.quoted_prose`).

A pair found by alignment (steps 2, 4, 6, 7 and 8) is then told apart: two edits
of one text keep most aligned sentences word for word, or align half their
sentences one to one and keep a third of those (same-wire); a rewrite merges
and rewords them or quotes them as the other text's words
(:func:`verbatim_share`, :mod:`crosscheck.group.edits`). A pair a later step
links whose shorter text lies whole in the other, as step 1 asks of a
syndicated copy, is one: a text too short for step 1 is named as step 1
would name it.
Rewrite and same-wire are looked for only inside a group (a story): that
bounds their cost and is where they matter. Every relation is recorded on
both articles with the same kind and score, in a deterministic order.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import numpy as np

from crosscheck.group.edits import (aligned_sentence_share, one_text_lightly_edited,
                                    two_edits_of_one_text)
from crosscheck.group.fact_order import (FACT_MIN_ALIGNED, FACT_SHARE, WORD_MIN_ALIGNED,
                                         WORD_SHARE, content_words, fact_order_score, facts,
                                         word_order_score)
from crosscheck.group.quoted_prose import quoting_pairs
from crosscheck.group.rewrites import (ENGLISH_MIN_ALIGNED, ENGLISH_SHARE, VERBATIM_COVERAGE,
                                       english_rare_order_score, mostly_quoted)
# SHINGLE_WORDS, shingles: re-exported for the keyed grouping and the engine.
from crosscheck.group.passages import (QUOTATION, SHINGLE_WORDS, own_prose,  # noqa: F401
                                       page_text, shingles, split_sentences, words)
from crosscheck.group.wire import one_agency, shared_agency, wire_links
# Link: re-exported, where callers have found it (crosscheck.group.Link).
from crosscheck.models import Article, Link, Relation

if TYPE_CHECKING:
    from datasketch import MinHash

__all__ = ["Link", "content_words", "fact_order_score", "facts", "find_links", "minhash_of",
           "relations_by_article", "shingles", "split_sentences", "rewrite_score",
           "rewrite_sentences", "verbatim_share", "whole_sentences", "word_order_score"]

#: The relation rules' versioned name, part of what a stored story's findings
#: depend on (a copy counts once among independent sources), so a store built
#: with other rules rebuilds its stories. v2: uncredited same-wire from long
#: shared passages, rewrite vs same-wire by the share of sentences kept word
#: for word, ``…'' and embedded tweets read as quotations. v3: rewrites
#: from their rare words in order (step 6). v4: rewrites in two-article
#: stories from words rare in English (step 7); a sentence kept word for
#: word but quoted on one side only counts as reworded. v5: a pair aligned
#: in order is also same-wire when half its sentences align one to one and
#: a third of those are kept word for word, and a copy sharing 0.5-0.8 of
#: its word runs is syndicated when its sentences are the other's edited in
#: a word or two (group/edits.py). v6: a text quoting the other's own
#: prose in order is its rewrite (group/quoted_prose.py, step 8); two texts
#: crediting one agency share passages outside quotations to be same-wire.
#: v7: a paragraph pasted after "X writes:" is a quotation, and a text
#: pasting the other's prose that way is its rewrite (group/passages.py,
#: group/quoted_prose.py).
#: v8: a quotation closed inside its paragraph may be long (testimony);
#: a text crediting the other's outlet ("Politico reports") and quoting a
#: run of its prose is its rewrite (group/quoted_prose.py).
#: v9: a pair a later step links is syndicated when the shorter text lies
#: whole in the other, as step 1 would call it were it long enough.
#: v10: a photo caption (a paragraph ending in its credit) is not the
#: writer's prose (group/passages.own_prose); a long pair found by alignment
#: is read whole to tell same-wire from rewrite.
#: v11: captions read by the clean stage's one pattern (clean/captions.py),
#: which knows more of their forms (NPR's and the BBC's picture furniture,
#: CNN's galleries, a credit first or after a bar).
#: v12: copy detection (step 1 and a later step's syndicated check) reads
#: each page with the captions the clean stage took out of its text and kept
#: in ``removed`` (group/passages.page_text), as its thresholds were set.
RELATIONS = "relations.v12"
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
#: Measured in the session of 2026-12-04 (issue 13, rewrites named
#: same-wire): asking the same-wire pairs of this band the kind test of a
#: pair found by alignment (_wire_or_rewrite) changes no pair of the tuning
#: groups (dev to dev6, judged or not): they keep 0.60-1.0 of their aligned
#: sentences word for word and align 0.50-1.0 one to one, and no rewrite of
#: those parts lies in the band, so nothing there supports it; not shipped.
#: Asked of the passage steps' same-wire pairs (group/wire.py) it makes four
#: of their agency versions rewrites (24_7/24_8ecbplus, 24_1/24_2ecbplus,
#: dev6's AP stimulus and CNN fiscal-cliff versions: 0-0.73 kept, 0.09-0.50
#: aligned), where the rewrites found keep 0-0.67 and align 0.11-0.62.
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

_KIND_ORDER = {"duplicate": 0, "syndicated": 1, "rewrite": 2, "same-wire": 3}


def minhash_of(items: Iterable[str]) -> MinHash:
    # datasketch is imported here, not at the top: it pulls in SciPy (53 MB
    # of RSS), and every process that imports crosscheck, the per-article
    # workers too, imported it with this module though only the story step
    # makes MinHashes (issue 14, a worker's memory).
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(items)])
    return m


def _copy_links(articles: Sequence[Article]) -> list[Link]:
    # Pages, captions included (passages.page_text): the thresholds were set
    # on texts that kept them.
    pages = {a.id: page_text(a) for a in articles}
    sets = {a.id: shingles(pages[a.id]) for a in articles}
    usable = [a for a in articles if len(sets[a.id]) >= MIN_SHINGLES]
    if len(usable) < 2:
        return []
    from crosscheck.group.ensemble import Ensemble  # datasketch: see minhash_of

    hashes = {a.id: minhash_of(sets[a.id]) for a in usable}
    index = Ensemble(threshold=LSH_CONTAINMENT, num_perm=NUM_PERM, num_part=8)
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
            elif containment < SYNDICATED_CONTAINMENT and one_agency(by_id[a], by_id[b]) \
                    and not one_text_lightly_edited(pages[a], pages[b]):
                links[(a, b)] = Link(a, b, "same-wire", round(containment, 4),
                                     agency=shared_agency(by_id[a], by_id[b]))
            else:
                links[(a, b)] = Link(a, b, "syndicated", round(containment, 4))
    return list(links.values())


def _unquoted_containment(a: str, b: str) -> float:
    sa, sb = shingles(own_prose(a)), shingles(own_prose(b))
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


def rewrite_score(sentences_a: np.ndarray, sentences_b: np.ndarray) -> float:
    """Share of the shorter text's sentences aligned, in order, with the other's.

    ``sentences_*`` are unit sentence vectors, one row per sentence. The
    alignment is a longest common subsequence where two sentences "match"
    when their cosine reaches :data:`REWRITE_SENTENCE_COSINE`, so facts taken
    in another order (a different article on the same story) do not count.
    """
    if min(len(sentences_a), len(sentences_b)) < REWRITE_MIN_SENTENCES:
        return 0.0
    return aligned_sentence_share(sentences_a, sentences_b, REWRITE_SENTENCE_COSINE)


def rewrite_sentences(article: Article) -> list[str]:
    """The sentences of ``article`` that rewrite search compares (their vectors
    are made once per article: crosscheck.sentence_vectors)."""
    return whole_sentences(article)[:REWRITE_MAX_SENTENCES]


def whole_sentences(article: Article) -> list[str]:
    """Every sentence of ``article`` of four words or more (a dateline or a
    byline is not a sentence of the story)."""
    return [s for s in split_sentences(article.text) if len(words(s)) >= 4]


def _sentence_vectors(articles: Sequence[Article], read: Callable[[Article], list[str]]
                      = rewrite_sentences) -> dict[str, np.ndarray]:
    from crosscheck.embed import embed

    chosen = {a.id: read(a) for a in articles}
    flat = [s for a in articles for s in chosen[a.id]]
    vectors = embed(flat)
    out, start = {}, 0
    for a in articles:
        out[a.id] = vectors[start:start + len(chosen[a.id])]
        start += len(chosen[a.id])
    return out


def _rewrite_links(group: Sequence[Article], taken: set[tuple[str, str]],
                   vectors: Mapping[str, np.ndarray]) -> list[Link]:
    links = []
    for x, y in combinations(group, 2):
        a, b = sorted((x.id, y.id))
        if (a, b) not in taken:
            score = rewrite_score(vectors[a], vectors[b])
            if score >= REWRITE_SHARE:
                links.append(Link(a, b, "rewrite", round(min(score, 1.0), 4)))
    return links


def verbatim_share(a: Article, b: Article, vectors: Mapping[str, np.ndarray],
                   read: Callable[[Article], list[str]] = rewrite_sentences) -> float:
    """Of the shorter text's sentences that follow the other text, the share
    kept word for word (VERBATIM_COVERAGE of their 4-word runs in the other
    text) rather than reworded (only their meaning matches: cosine
    REWRITE_SENTENCE_COSINE); 0.0 when none follows it. A sentence kept word
    for word but quoted on one side only is one text quoting the other, a
    rewrite's way (:func:`~crosscheck.group.rewrites.mostly_quoted`): reworded.
    ``read`` gives each text's sentences, one per row of its ``vectors``."""
    if len(read(a)) > len(read(b)):
        a, b = b, a
    other = _runs(words(" ".join(read(b))))
    other_quoted = _runs(words(" ".join(m.group(0) for m in QUOTATION.finditer(b.text))))
    similar = vectors[a.id] @ vectors[b.id].T if len(vectors[b.id]) else None
    kept = reworded = 0
    sentences = read(a)
    for i, (sentence, quoted) in enumerate(zip(sentences, mostly_quoted(a.text, sentences))):
        runs = _runs(words(sentence))
        found = runs & other
        if runs and len(found) >= VERBATIM_COVERAGE * len(runs):
            quoted_there = 2 * len(found & other_quoted) >= len(found)
            if quoted == quoted_there:
                kept += 1
            else:
                reworded += 1
        elif similar is not None and similar[i].max() >= REWRITE_SENTENCE_COSINE:
            reworded += 1
    return kept / (kept + reworded) if kept + reworded else 0.0


def _runs(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)}


def _wire_or_rewrite(link: Link, a: Article, b: Article,
                     vectors: Mapping[str, np.ndarray]) -> Link:
    """A pair aligned in order is two edits of one text (same-wire) when its
    sentences align one to one and are kept word for word, a rewrite when
    they are merged or reworded (:mod:`crosscheck.group.edits`).

    Both texts are read whole here, not to REWRITE_MAX_SENTENCES as the
    search reads them: a pair found by its facts in order may share nothing
    in its first sentences. Two versions of CNN's running story on the
    Boston bombing probe (heldout3), 156 and 227 sentences, each with its
    own new top, align none of their first 40 sentences (so a rewrite),
    while read whole they keep 0.92 of their aligned sentences word for
    word. Only such long pairs found by alignment are embedded further."""
    read = rewrite_sentences
    if any(len(whole_sentences(x)) > REWRITE_MAX_SENTENCES for x in (a, b)):
        read = whole_sentences
        vectors = _sentence_vectors((a, b), read)
    aligned = aligned_sentence_share(vectors[a.id], vectors[b.id], REWRITE_SENTENCE_COSINE)
    if not two_edits_of_one_text(verbatim_share(a, b, vectors, read), aligned):
        return link
    return Link(link.a, link.b, "same-wire", link.score, agency=shared_agency(a, b))


def _order_links(group: Sequence[Article], taken: set[tuple[str, str]], items_of: Callable,
                 order_score: Callable, min_aligned: int, min_share: float) -> list[Link]:
    """Rewrites among ``group``: pairs whose items (facts or rare words) follow
    each other in order, apart from what half the story's other articles say."""
    found = {a.id: items_of(a.text) for a in group}
    distinct = {i: set(items) for i, items in found.items()}
    links = []
    for x, y in combinations(group, 2):
        a, b = sorted((x.id, y.id))
        if (a, b) in taken:
            continue
        others = [distinct[z.id] for z in group if z.id not in (a, b)]
        # Items that half the other articles have too are the story's own.
        common = frozenset(f for f in distinct[a] & distinct[b]
                           if 2 * sum(f in o for o in others) >= max(1, len(others)))
        aligned, share = order_score(found[a], found[b], common)
        if aligned >= min_aligned and share >= min_share:
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
        if all((x.id, y.id) in links for x, y in combinations(members, 2)):
            continue
        vectors = _sentence_vectors(members)
        aligned = _rewrite_links(members, set(links), vectors)
        links.update(((l.a, l.b), l) for l in aligned)
        for link in wire_links(members, set(links)):
            links[(link.a, link.b)] = link
        aligned += _order_links(members, set(links), facts, fact_order_score,
                                FACT_MIN_ALIGNED, FACT_SHARE)
        links.update(((l.a, l.b), l) for l in aligned)
        for link in wire_links(members, set(links), uncredited=True):
            links[(link.a, link.b)] = link
        if len(members) >= 3:  # a third article says which words are the story's
            words_aligned = _order_links(members, set(links), content_words,
                                         word_order_score, WORD_MIN_ALIGNED, WORD_SHARE)
        else:  # general English says which words are rare
            words_aligned = _order_links(members, set(links), content_words,
                                         english_rare_order_score, ENGLISH_MIN_ALIGNED,
                                         ENGLISH_SHARE)
        links.update(((l.a, l.b), l) for l in words_aligned)
        aligned += words_aligned
        quoting = [Link(a, b, "rewrite", share) for a, b, share
                   in quoting_pairs({m.id: m.text for m in members}, set(links),
                                    {m.id: m.outlet for m in members})]
        links.update(((l.a, l.b), l) for l in quoting)
        aligned += quoting
        for link in aligned:
            links[(link.a, link.b)] = _wire_or_rewrite(link, by_id[link.a], by_id[link.b],
                                                       vectors)
    for key, link in links.items():
        if link.kind in ("rewrite", "same-wire"):
            links[key] = _one_text(link, by_id[link.a], by_id[link.b])
    return sorted(links.values(), key=lambda l: (l.a, l.b))


def _one_text(link: Link, a: Article, b: Article) -> Link:
    """``link`` as a syndicated copy when the shorter text lies in the other
    as step 1 asks of one text (SYNDICATED_CONTAINMENT of its word runs,
    COPY_CONTAINMENT outside quotations): a text too short for step 1
    (MIN_SHINGLES) that a later step links is then named as step 1 would
    name it, not as two edits of one text or a retelling. Evidence, the
    relations gold's tuning parts (dev to dev5): it changes one pair, a
    single sentence (18 word runs) carried word for word under another title
    and a time line (1_17/1_6ecbplus of dev, found by its facts in order,
    then same-wire by its verbatim share; gold syndicated)."""
    sa, sb = shingles(page_text(a)), shingles(page_text(b))
    containment = len(sa & sb) / max(1, min(len(sa), len(sb)))
    if containment < SYNDICATED_CONTAINMENT or \
            _unquoted_containment(a.text, b.text) < COPY_CONTAINMENT:
        return link
    return Link(link.a, link.b, "syndicated", round(containment, 4))


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
