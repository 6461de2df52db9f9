"""What story clustering reads from an article: a vector, named entities, a day.

* **vector** — all-MiniLM-L6-v2 of the title and the lead (the first
  :data:`LEAD_CHARS` characters of the text): what the story is about, in a
  way that survives rewording.
* **entities** — people, places, organisations, facilities and named events
  named in the title and the first :data:`NER_CHARS` characters of the text
  (their *names*, :func:`names_of`). People are keyed by surname so that
  "Bettie Page" and "Page" meet. Entities separate similar but distinct
  events (two rehab check-ins, two earthquakes) that embeddings put close
  together. The names come from the claims stage's spaCy pass, which reads
  every entity of the text anyway (and the title's, with the ner alone), and
  are stored with the article (``Store.put_names``); only an article without
  stored names (a store older than them, an article not in English, the
  evaluators' articles, which skip the claims) is read here
  (:func:`read_names`), by the same model's ner, which finds the same
  entities there.
* **day** — the publication day as an ordinal, or None when unknown; never a
  guess.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from crosscheck.errors import InputError
from crosscheck.models import Article, content_id

__all__ = ["ArticleFeatures", "Name", "NAMES_READER", "article_features", "entity_keys",
           "day_of", "decode_names", "encode_names", "lead_text", "names_of", "read_names",
           "title_of"]

#: Title + the first 600 characters: the lead paragraph of a news story, where
#: the who/what/where are stated. More text drifts into background paragraphs
#: that other stories share; less loses the story. Shorter leads would cost
#: less (the lead's embedding is the features' cost, about linear in its
#: tokens: 200 Baly leads are 140 tokens on average at 600 characters, 98 at
#: 400, 77 at 300, and took 5.4-5.9, 3.7 and 2.6-2.7 CPU s, A-B-B-A), but
#: none keeps the stories gate with room (`python -m crosscheck.eval.stories`,
#: B-cubed F1 / pairwise F1): at 600 ECB+ dev 0.866 / 0.830 in 61 stories (gold 44),
#: AllSides dev 0.911 / 0.807; at 500 AllSides pairwise 0.789, on its floor;
#: at 400 ECB+ 0.853 / 0.824 but 67 stories, over the gate's 1.5 x gold; at
#: 300 ECB+ 0.828 / 0.779, under its floors (0.844 / 0.809).
LEAD_CHARS = 600
#: Names are taken from the title and the entities that start in this much of
#: the text: the lead names the actors; the whole article adds passing
#: mentions. (With the names read from the claims pass, reading further costs
#: nothing, but gains nothing either: on ECB+ dev B-cubed F1 was 0.844 at
#: 1,000 characters, 0.866 at 1,500, 0.863 at 2,000 and 0.867 at 3,000, the
#: keyed grouping's 0.880, 0.889, 0.886 and 0.879; AllSides dev 0.911 at all four.)
NER_CHARS = 1500
#: Where no names were stored, the ner reads this much more than NER_CHARS, so
#: that an entity running over the limit is read whole, as the claims pass
#: reads it: with 200 more characters its names were those of the full pass
#: for 150 of 150 Baly articles, with none more 135.
NER_SLACK = 200
#: An untitled article is known by the start of its first line (a story's
#: headline may be that), cut to what reads as a headline in a list.
UNTITLED_TITLE_CHARS = 120
ENTITY_LABELS = {"PERSON": "p", "GPE": "g", "LOC": "g", "ORG": "o", "FAC": "f", "EVENT": "e"}

_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^(the|a|an)\s+|['’]s$|[^\w]+$|^[^\w]+")


#: A name: an entity's (text, spaCy label), e.g. ("Bettie Page", "PERSON").
Name = tuple[str, str]
#: What made stored names: their reading (the model, what is read) and its
#: version. Names stored by another reading are not used; read again instead.
NAMES_READER = f"names.en_core_web_sm.title+{NER_CHARS}.v1"


@dataclass(frozen=True, eq=False)
class ArticleFeatures:
    id: str
    title: str
    vector: np.ndarray  # float32 (384,), unit length
    entities: frozenset[str]
    day: int | None


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


def lead_text(article: Article) -> str:
    """The text the article's vector is made of: its title and its first
    :data:`LEAD_CHARS` characters."""
    title = (article.title or "").strip()
    lead = article.text[:LEAD_CHARS]
    return f"{title}\n{lead}" if title else lead


def names_of(title: Sequence[tuple[str, str, int]],
             text: Sequence[tuple[str, str, int]]) -> tuple[Name, ...]:
    """An article's names from the (text, label, first character) of the
    entities of its title and of its text: the title's, then those of the
    text that start within :data:`NER_CHARS`."""
    return tuple((t, label) for t, label, _ in title) + tuple(
        (t, label) for t, label, start in text if start < NER_CHARS)


def encode_names(article: Article, names: Sequence[Name]) -> str:
    """``names`` as the store keeps them: JSON, with a key of the title and
    text they were read from (:func:`decode_names` checks it)."""
    return json.dumps({"of": _text_key(article), "names": [list(n) for n in names]},
                      ensure_ascii=False)


def decode_names(article: Article, stored: str | None) -> tuple[Name, ...] | None:
    """Stored names of ``article``; None when there are none, or when they were
    read from another title or text (the article was cleaned again since)."""
    if stored is None:
        return None
    data = json.loads(stored)
    if data.get("of") != _text_key(article):
        return None
    return tuple((text, label) for text, label in data["names"])


def _text_key(article: Article) -> str:
    return content_id("n", article.title or "", article.text)


def read_names(articles: Sequence[Article]) -> list[tuple[Name, ...]]:
    """The names of articles whose names were not stored, read by the claims
    model's ner (one ``nlp.pipe`` for the titles, one for the leads)."""
    from crosscheck.claims.nlp import read_entities

    titles = read_entities([(a.title or "").strip() for a in articles])
    leads = read_entities([a.text[:NER_CHARS + NER_SLACK] for a in articles])
    return [names_of(title, lead) for title, lead in zip(titles, leads)]


def article_features(articles: Sequence[Article],
                     names: Sequence[Sequence[Name] | None] | None = None,
                     leads: Sequence[np.ndarray | None] | None = None) -> list[ArticleFeatures]:
    """Features of each article, in order (one embedding batch). ``names``:
    each article's stored names (:func:`names_of`), None where there are
    none; those articles' names are read here (:func:`read_names`).
    ``leads``: each article's stored vector of its lead (:func:`lead_text`; the
    per-article ``embed`` stage of a Parquet run keeps it with the sentence
    vectors), None where there is none; those leads are embedded here."""
    from crosscheck.embed import embed

    names = list(names) if names is not None else [None] * len(articles)
    leads = list(leads) if leads is not None else [None] * len(articles)
    if len(names) != len(articles) or len(leads) != len(articles):
        raise InputError(f"article_features: {len(names)} names and {len(leads)} lead vectors "
                         f"for {len(articles)} articles; give one entry per article, None "
                         "where none are stored")
    unread = [i for i, n in enumerate(names) if n is None]
    for i, read in zip(unread, read_names([articles[i] for i in unread]) if unread else ()):
        names[i] = read
    unembedded = [i for i, v in enumerate(leads) if v is None]
    vectors = leads
    for i, vector in zip(unembedded, embed([lead_text(articles[i]) for i in unembedded])
                         if unembedded else ()):
        vectors[i] = vector
    out = []
    for article, vector, found in zip(articles, vectors, names):
        day = day_of(article.published) or day_of(article.published_inferred)
        out.append(ArticleFeatures(article.id, title_of(article), vector, entity_keys(found), day))
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
