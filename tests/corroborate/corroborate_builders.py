"""Hand-built articles and claims: the corroboration stage's input, without
running the stages before it."""

from dataclasses import replace

from crosscheck.claims.events import time_words
from crosscheck.claims.figure_labels import labelled_alone
from crosscheck.models import Article, Claim, Event, Figure, Quote, Role, content_id


def article(n: int, outlet: str, published: str | None = "2025-03-12") -> Article:
    return Article(id=f"a{n}", origin=f"{n}.txt", title=None, published=published,
                   text="", outlet=outlet)


def claim(article_id: str, sentence: str, *, figure=None, quote=None, role=None, event=None,
          attribution=None) -> Claim:
    """A claim of ``sentence``; a figure gets its label and written unit read
    from the claims pass's parse of the sentence, an event the time words of
    the sentence, as the claims stage reads them."""
    kind = "figure" if figure else "quote" if quote else "role" if role else "event"
    if figure is not None and figure.label is None:
        figure = labelled_alone(figure, sentence)
    if event is not None and event.when_text is None:
        event = replace(event, when_text=time_words(sentence))
    payload = figure or quote or role or event
    return Claim(id=content_id("c", article_id, sentence, repr(payload)), article=article_id,
                 kind=kind, sentence=sentence, span=(0, len(sentence)), attribution=attribution,
                 figure=figure, quote=quote, role=role, event=event)


def fig(subject, value, qualifier="exact", low=None, high=None, unit=None) -> Figure:
    bounds = {"exact": (value, value), "over": (value, None), "at-least": (value, None),
              "under": (None, value), "at-most": (None, value), "about": (value * .9, value * 1.1),
              "nearly": (value * .9, value)}
    lo, hi = bounds.get(qualifier, (low, high))
    return Figure(subject, value, lo if low is None else low, hi if high is None else high,
                  qualifier, unit)



def roles_in(findings) -> list:
    """The role findings among ``findings``."""
    return [f for f in findings if f.kind == "role"]


def quotes_of(outlets, claims) -> list:
    """The quote findings corroboration makes of ``claims``."""
    from crosscheck.corroborate import corroborate

    return [f for f in corroborate(outlets, claims) if f.kind == "quote"]


def said(article_id: str, speaker: str, words: str, sentence: str | None = None) -> Claim:
    """A quote claim of ``words`` given to ``speaker``, in a sentence that says so."""
    return claim(article_id, sentence or f"“{words},” {speaker.split()[-1]} said.",
                 quote=Quote(speaker, words))


__all__ = ["article", "claim", "fig", "quotes_of", "said", "Quote", "Role", "Event"]
