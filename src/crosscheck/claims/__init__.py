"""The claims stage: figures, quotes, roles, events (dated, and statements)
and attributions.

``extract_claims(article)`` reads one cleaned article; ``extract_claims_batch``
reads many through one ``nlp.pipe``. Each claim names the versioned rule set
that made it (``CLAIM_EXTRACTORS``), so stored results say which version made
them. Steps for one article:

1. read sentences: one pass of the model, without its rule components (nlp.py);
2. collect the people it names, so that "he" and "Macron" resolve;
3. roles, then figures and events per sentence, each with the sentence's
   attribution, a figure with that of its own clause where a speech verb
   or a verb of placing governs it (clause_sources.py);
4. quotes over the whole text, since they cross sentences and paragraphs.

``extract_claims_and_entities_each`` also hands out the entities the pass
found (and those of each title, read by the model's ner alone), so that the
story stage keys articles by them without a spaCy pass of its own.
"""

from __future__ import annotations

from contextlib import closing
from typing import Any, Callable, Sequence, TypeVar

from spacy.language import Language

from crosscheck.claims import (attribution, clause_sources, event_statements, events, figure_labels,
                              figures, quotes, roles)
from crosscheck.claims.article_people import people_of
from crosscheck.claims.org_roles import names_a_body
from crosscheck.claims.role_descriptions import is_description
from crosscheck.claims.speakers import title_head
from crosscheck.claims.nlp import (Entity, Sentence, load_nlp, read_entities,
                                   read_sentences_and_entities)
from crosscheck.models import Article, Claim, ClaimKind, Quote, content_id

__all__ = ["CLAIM_EXTRACTORS", "Entity", "extract_claims", "extract_claims_and_entities_each",
           "extract_claims_batch", "extract_claims_each", "load_nlp"]

CLAIM_EXTRACTORS = (figures.EXTRACTOR, quotes.EXTRACTOR, roles.EXTRACTOR, events.EXTRACTOR,
                    attribution.EXTRACTOR)


def _claim(article: Article, kind: ClaimKind, span: tuple[int, int], extractor: str,
           source: str | None, **payload: Any) -> Claim:
    value = next(iter(payload.values()))
    claim_id = content_id("c", article.id, kind, list(span), repr(value))
    return Claim(id=claim_id, article=article.id, kind=kind,
                 sentence=article.text[span[0]:span[1]], span=span, attribution=source,
                 extractor=extractor, **payload)


def _claims_of(article: Article, sentences: list[Sentence]) -> list[Claim]:
    people = people_of(sentences)
    out: list[Claim] = []
    role_claims = []
    for sent in sentences:
        for role in roles.extract_roles(sent.span, people.fullest, sent.ents):
            role_claims.append((sent, role))
    titles: dict[str, set[str]] = {}
    for _, role in role_claims:
        if is_description(role.person) or names_a_body(role.title):
            continue  # "the Senate minority leader" names nobody the attribution could give
        titles.setdefault(title_head(role.title), set()).add(role.person)
    # "the secretary said": resolved only when the article gives that title
    # to one person (described_speakers.described).
    people.roles = titles
    # "the West Virginia Democrat said": the person the epithet's sentence
    # carries on from (claims/epithets.py), for a quote's speaker too
    people.epithets = {(sent.start, sent.end, " ".join(role.person.lower().split())):
                       people.fullest(role.refers_to)
                       for sent, role in role_claims if role.refers_to}
    for sent in sentences:
        span = (sent.start, sent.end)
        source = attribution.sentence_source(sent.span, people)
        for s, role in role_claims:
            if s is sent:
                out.append(_claim(article, "role", span, roles.EXTRACTOR, source, role=role))
        located = figures.figures_at(sent.span)
        # each figure's own source: "the union puts the number at 13" in a
        # sentence the company's "says" opens (clause_sources.py)
        own = clause_sources.figure_sources(sent.span, people, [i for _, i in located], source)
        for (figure, _), figure_source in zip(located, own):
            figure = figure_labels.labelled(figure, article.text[sent.start:sent.end], sent)
            out.append(_claim(article, "figure", span, figures.EXTRACTOR, figure_source, figure=figure))
        for event in events.extract_events(sent.span, article.published, sent.ents):
            out.append(_claim(article, "event", span, events.EXTRACTOR, source, event=event))
        if (statement := event_statements.extract_statement(sent.span, sent.ents)) is not None:
            out.append(_claim(article, "event", span, events.EXTRACTOR, source, event=statement))
    for span, speaker, text in quotes.extract_quotes(article.text, sentences, people):
        out.append(_claim(article, "quote", span, quotes.EXTRACTOR, speaker,
                          quote=Quote(speaker=speaker, text=text)))
    seen: set[str] = set()
    unique = []
    for claim in out:
        if claim.id not in seen:
            seen.add(claim.id)
            unique.append(claim)
    return unique


def extract_claims(article: Article, *, nlp: Language | None = None) -> list[Claim]:
    """The claims of one article, with offsets into ``article.text``."""
    return extract_claims_batch([article], nlp=nlp)[0]


def extract_claims_batch(articles: Sequence[Article], *, nlp: Language | None = None,
                         n_process: int = 1) -> list[list[Claim]]:
    """The claims of each article, reading them all through one ``nlp.pipe``."""
    return [claims for claims, _ in _read(articles, nlp, n_process)]


#: What :func:`extract_claims_and_entities_each` gives per article: its claims,
#: the entities of its title and those of its text.
ClaimsAndEntities = tuple[list[Claim], list[Entity], list[Entity]]


def extract_claims_and_entities_batch(articles: Sequence[Article], *,
                                      nlp: Language | None = None) -> list[ClaimsAndEntities]:
    """As :func:`extract_claims_batch`, with the entities of each article's
    title (the model's ner alone: titles are a few words, about 2 % of the
    text the full pass reads) and of its text (those the claims pass found)."""
    read = _read(articles, nlp, 1)
    titles = read_entities([(a.title or "").strip() for a in articles], nlp=nlp)
    return [(claims, title, text) for (claims, text), title in zip(read, titles)]


def _read(articles: Sequence[Article], nlp: Language | None,
          n_process: int) -> list[tuple[list[Claim], list[Entity]]]:
    texts = [a.text for a in articles]
    # Claims are made as the Docs stream out, so only one batch of Docs is alive at a time.
    # closing() restores the parser on the shared model even if a claim fails.
    with closing(read_sentences_and_entities(texts, nlp=nlp, n_process=n_process)) as read:
        return [(_claims_of(article, sentences), entities)
                for (sentences, entities), article in zip(read, articles)]


def extract_claims_each(articles: Sequence[Article], *, nlp: Language | None = None
                        ) -> list[list[Claim] | str]:
    """As :func:`extract_claims_batch`, but an article whose extraction fails
    gives the one-line reason in place of its claims instead of stopping the
    others: one strange article must not stop an afternoon of ingestion."""
    return _each(extract_claims_batch, articles, nlp)


def extract_claims_and_entities_each(articles: Sequence[Article], *,
                                     nlp: Language | None = None
                                     ) -> list[ClaimsAndEntities | str]:
    """As :func:`extract_claims_and_entities_batch`, an article whose
    extraction fails giving its one-line reason (:func:`extract_claims_each`)."""
    return _each(extract_claims_and_entities_batch, articles, nlp)


_Read = TypeVar("_Read")


def _each(read: Callable[..., list[_Read]], articles: Sequence[Article],
          nlp: Language | None) -> list[_Read | str]:
    try:
        return list(read(articles, nlp=nlp))
    except Exception:  # noqa: BLE001 - find the article, below
        pass
    out: list[_Read | str] = []
    for article in articles:
        try:
            out.append(read([article], nlp=nlp)[0])
        except Exception as exc:  # noqa: BLE001 - reported as the article's refusal
            out.append(f"claims could not be extracted ({type(exc).__name__}: {exc}); "
                       "please report this input")
    return out
