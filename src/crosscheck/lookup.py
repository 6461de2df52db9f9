"""Finding an article or a story by its id or by the start of it, as git finds
a commit: ids are long content hashes, and people type the first few characters.
"""

from __future__ import annotations

from typing import Iterable

from .errors import InputError, NotFound
from .models import Article, Story
from .store import Store

#: How many candidates an ambiguous prefix's message lists.
SHOWN_CANDIDATES = 10


def find_article(store: Store, id_or_prefix: str) -> Article:
    """The article whose id is ``id_or_prefix``, or the only one whose id starts
    with it. Raises :class:`NotFound` when none does, :class:`InputError` (listing
    the candidates) when several do."""
    try:
        return store.get_article(id_or_prefix)
    except NotFound:
        pass
    return store.get_article(_only_match(id_or_prefix, store.article_ids(), "article", store))


def find_story(store: Store, id_or_prefix: str) -> Story:
    """The story whose id is ``id_or_prefix``, or the only one whose id starts
    with it; errors as :func:`find_article`'s."""
    try:
        return store.get_story(id_or_prefix)
    except NotFound:
        pass
    ids = store.story_fingerprints()  # every story id, without decoding a story
    return store.get_story(_only_match(id_or_prefix, ids, "story", store))


def _only_match(prefix: str, ids: Iterable[str], kind: str, store: Store) -> str:
    matches = sorted(i for i in ids if prefix and i.startswith(prefix))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"no {kind} {prefix!r} in {store.path}, and no {kind} id starts "
                       "with it")
    shown = ", ".join(matches[:SHOWN_CANDIDATES])
    more = f" and {len(matches) - SHOWN_CANDIDATES} more" if len(matches) > SHOWN_CANDIDATES \
        else ""
    raise InputError(f"{prefix!r} is the start of {len(matches)} {kind} ids ({shown}{more}): "
                     "give more of the id")
