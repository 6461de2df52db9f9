"""Independent source groups: copies of one text count once.

Two articles are one source when a relation of any kind links them
(duplicate, syndicated, rewrite, same-wire), and so, transitively, are all
the articles such links connect: an AP story, its trimmed reprint and a
rewrite of the reprint are one source, not three. Corroboration counts
these groups, not outlets.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from crosscheck.models import Link

__all__ = ["source_groups"]


def source_groups(article_ids: Sequence[str], links: Iterable[Link]) -> list[tuple[str, ...]]:
    """The connected components of ``links`` over ``article_ids``.

    Every id appears in exactly one group (an article with no link is a group
    of its own); each group is sorted, and groups are sorted by their first
    id, so the result does not depend on the order of the input. Links to
    ids not in ``article_ids`` are ignored.
    """
    parent = {i: i for i in article_ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.a in parent and link.b in parent:
            ra, rb = root(link.a), root(link.b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for i in parent:
        groups.setdefault(root(i), []).append(i)
    return sorted((tuple(sorted(g)) for g in groups.values()), key=lambda g: g[0])
