"""A relation found between two articles (:mod:`.relations`, :mod:`.wire`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """One relation between two articles, ``a < b`` by id."""

    a: str
    b: str
    kind: str
    score: float
    #: same-wire: the agency whose material both carry.
    agency: str | None = None
