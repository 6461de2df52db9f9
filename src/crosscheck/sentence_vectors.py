"""One vector per sentence, made once per article and reused by every build
of its story.

The story stages compare sentences by their vectors: rewrite search
(:mod:`crosscheck.group.relations`), the alignment of statements
(:mod:`crosscheck.corroborate.statements`) and the brief's support
(:mod:`crosscheck.brief`). A story is rebuilt each time an article joins it,
so embedding there embedded its older members' sentences again on every
rebuild. Now each article's sentences are embedded once
(:func:`embed_sentences`): by the first build of a story of several articles
that holds it (a story of one compares nothing, and most stories are one
article: 187 of the 193 of the first 200 Baly articles), or up front by the
per-article ``embed`` stage of a run that writes Parquet. The store keeps
them with the article (float16, migration m007), and every later build
starts from them (:func:`known_vectors`); only a text that is not one of its
members' sentences is embedded during a build.

The three consumers do not split sentences alike (relations splits at every
full stop before a capital, the brief keeps "Mr. Smith" whole, statements are
spaCy's sentences), and changing their splits would change what they find.
So the stored set is the union of the texts each one reads
(:func:`sentence_texts`): on 60 Baly articles 43 texts per article, of which
34 relations' and 2 only the brief's or statements'.

The blob is ``n`` little-endian uint64 keys (:func:`crosscheck.embed.text_key`)
then ``n`` × 384 float16 values: 776 bytes per sentence.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from .embed import DIMENSIONS, MODEL_ID, embed, text_key
from .models import Article, Claim

__all__ = ["MODEL_ID", "sentence_texts", "embed_sentences", "known_vectors", "is_current",
           "vector_of"]

_KEY = np.dtype("<u8")
_VALUE = np.dtype("<f2")


def sentence_texts(article: Article, claims: Sequence[Claim]) -> list[str]:
    """The texts of ``article`` the story stages embed, each once, in order:
    the sentences rewrite search compares, the brief's candidate sentences
    and the sentences its claims were read in (``claims``: the article's own;
    the alignment of statements, events and figures compares those)."""
    from .brief import LEAD_SENTENCES, sentence_spans
    from .group.relations import rewrite_sentences

    # The brief filters its first LEAD_SENTENCES spans further (length, a
    # closing full stop); all of them are kept here, so a change of its filter
    # needs no change here, at the cost of a few headlines embedded unused.
    brief = [article.text[s:e].strip()
             for s, e in sentence_spans(article.text)[:LEAD_SENTENCES]]
    of_claims = [c.sentence for c in claims if c.article == article.id]
    return list(dict.fromkeys(t for t in rewrite_sentences(article) + brief + of_claims if t))


def embed_sentences(articles: Sequence[Article], claims: Sequence[Claim],
                    also: Sequence[Sequence[str]] | None = None) -> list[bytes]:
    """Each article's sentence vectors as the store keeps them (a blob), in order.
    ``also``: per article, other texts of it whose vectors are kept beside its
    sentences (the per-article ``embed`` stage keeps the story features' lead
    there, which the story step then reads instead of embedding it again).

    Each article's texts are embedded in a call of their own, so an article's
    blob is made from that article alone: the vectors do not depend on the
    batch anyway (see :mod:`crosscheck.embed`), and this keeps it so by
    construction should a model ever make them depend on it."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    out = []
    for i, article in enumerate(articles):
        texts = sentence_texts(article, by_article.get(article.id, ()))
        if also is not None:
            texts = list(dict.fromkeys(texts + [t for t in also[i] if t]))
        keys = np.array([text_key(t) for t in texts], dtype=_KEY)
        out.append(keys.tobytes() + embed(texts).astype(_VALUE).tobytes())
    return out


def is_current(blob: bytes, article: Article, claims: Sequence[Claim]) -> bool:
    """Whether ``blob`` holds the vector of every text :func:`sentence_texts`
    gives for ``article`` now: not when its text was cleaned again, or its
    claims read again, since the blob was made."""
    row = _KEY.itemsize + DIMENSIONS * _VALUE.itemsize
    keys = set(np.frombuffer(blob, dtype=_KEY, count=len(blob) // row).tolist())
    return all(text_key(t) in keys for t in sentence_texts(article, claims))


def vector_of(blob: bytes | None, text: str) -> np.ndarray | None:
    """The vector ``blob`` keeps for ``text`` (float32), None when it keeps none."""
    if not blob:
        return None
    row = _KEY.itemsize + DIMENSIONS * _VALUE.itemsize
    n = len(blob) // row
    keys = np.frombuffer(blob, dtype=_KEY, count=n)
    found = np.flatnonzero(keys == np.uint64(text_key(text)))
    if not len(found):
        return None
    start = n * _KEY.itemsize + int(found[0]) * DIMENSIONS * _VALUE.itemsize
    return np.frombuffer(blob, dtype=_VALUE, count=DIMENSIONS, offset=start).astype(np.float32)


def known_vectors(blobs: Mapping[str, bytes]) -> dict[int, np.ndarray]:
    """Stored blobs (by article) as vectors by text key, for
    :func:`crosscheck.embed.reusing_vectors`."""
    out: dict[int, np.ndarray] = {}
    row = _KEY.itemsize + DIMENSIONS * _VALUE.itemsize
    for article_id in sorted(blobs):
        blob = blobs[article_id]
        n, rest = divmod(len(blob), row)
        if rest:
            raise ValueError(f"the stored sentence vectors of {article_id} are {len(blob)} "
                             f"bytes, not a multiple of {row}: the store is damaged; "
                             "re-ingest the article")
        keys = np.frombuffer(blob, dtype=_KEY, count=n)
        vectors = np.frombuffer(blob, dtype=_VALUE, offset=n * _KEY.itemsize)
        vectors = vectors.reshape(n, DIMENSIONS).astype(np.float32)
        out.update(zip(keys.tolist(), vectors))
    return out
