"""A finding's words from its parts, apart from how the parts were found.

Alignment decides which mentions make one finding; the words a reader sees
(the topic and the note) are then a plain function of those mentions and of
what is known of their articles (outlet, day, source group). :class:`NoteParts`
holds exactly that, serialisable, so that the notes gold
(``quality/gold/notes``) can re-render a judged note without running the
pipeline: a change to alignment does not change a stored note, a change to
the words does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..models import Article, Claim, ClaimKind, Finding
from .common import Context
from .events import _finding as _event_finding
from .figures import _finding as _figure_finding
from .people import canonical, name_tokens, same_person
from .pointer_names import text_before, wants_text_before
from .quotes import MIN_WORDS, _singular, story_roles
from .quotes import _finding as _quote_finding
from .roles import _finding as _role_finding
from .role_titles import title_words
from .statements import _finding as _statement_finding
from .statements import is_statement


@dataclass(frozen=True)
class Source:
    """What a note needs of an article: its id, where it came from, its outlet,
    its day and its independent source group."""

    id: str
    origin: str
    outlet: str | None
    published: str | None
    group: str


@dataclass(frozen=True)
class NoteParts:
    """The input of a finding's words: its kind, its mentions, their articles,
    and, for a quote, the other speakers of the story (a bare "Korrin" is
    written as the "Adaeze Korrin" the story names elsewhere) and the
    (person, title) role claims of the story that a described speaker ("the
    minister") can stand for; and, of each mention whose sentence holds "he"
    or "she", the article's text just before it (``texts_before``: claim id,
    text), from which an opening pronoun is named (:mod:`.pointer_names`).
    Inputs stored before that field have none: their pronouns stay as they
    were rendered."""

    kind: ClaimKind
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    speakers: tuple[str, ...] = field(default=())
    roles: tuple[tuple[str, str], ...] = field(default=())
    texts_before: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def of(cls, ctx: Context, kind: ClaimKind, claims: Sequence[Claim],
           story_claims: Sequence[Claim] = ()) -> "NoteParts":
        """The parts of one finding of a story, taken from its context, its
        mentions in one order whatever order they come in (a quote's longest
        wording first, others in the article's order): a finding records its
        mentions by id, and its words must not hang on the order (a role note
        orders its own mentions, roles._finding)."""
        if kind == "quote":
            claims = sorted(claims, key=lambda c: (-len(c.quote.text), c.id))
        else:
            claims = sorted(claims, key=lambda c: (c.article, c.span, c.id))
        ids = sorted({c.article for c in claims})
        sources = tuple(Source(i, ctx.articles[i].origin, ctx.articles[i].outlet,
                               ctx.date(i), ctx.groups.get(i, i)) for i in ids)
        speakers: tuple[str, ...] = ()
        roles: tuple[tuple[str, str], ...] = ()
        if kind == "quote":
            own = [name_tokens(c.quote.speaker) for c in claims]
            speakers = tuple(sorted({c.quote.speaker for c in story_claims
                                     if c.quote is not None and c.quote.speaker
                                     and len(c.quote.text.split()) >= MIN_WORDS
                                     and any(same_person(name_tokens(c.quote.speaker), o)
                                             for o in own)}))
            # Only the titles a described speaker of this finding can hold.
            heads = {_singular(w[-1]) for c in claims if (w := title_words(c.quote.speaker or ""))}
            roles = tuple((p, t) for p, t in story_roles(story_claims)
                          if title_words(t) and _singular(title_words(t)[-1]) in heads)
        texts_before = tuple((c.id, text) for c in claims if kind == "event"
                             and wants_text_before(c.sentence)
                             and (text := text_before(ctx.articles.get(c.article), c)))
        return cls(kind, tuple(claims), sources, speakers, roles, texts_before)

    def context(self) -> Context:
        articles = [Article(id=s.id, origin=s.origin, title=None, published=s.published,
                            text=self._known_text(s.id), outlet=s.outlet) for s in self.sources]
        return Context.of(articles, {s.id: s.group for s in self.sources})

    def _known_text(self, article: str) -> str:
        """The article's text as far as the parts keep it: each kept text
        before a mention at its own place, blanks elsewhere."""
        before = dict(self.texts_before)
        spans = [c.span[0] for c in self.claims if c.article == article and c.id in before]
        if not spans:
            return ""
        text = [" "] * max(spans)
        for c in self.claims:
            if c.article == article and c.id in before:
                kept = before[c.id]
                text[c.span[0] - len(kept):c.span[0]] = kept
        return "".join(text)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "claims": [c.to_dict() for c in self.claims],
                "sources": [dict(s.__dict__) for s in self.sources],
                "speakers": list(self.speakers), "roles": [list(r) for r in self.roles],
                "texts_before": [list(t) for t in self.texts_before]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "NoteParts":
        return cls(d["kind"], tuple(Claim.from_dict(c) for c in d["claims"]),
                   tuple(Source(**s) for s in d["sources"]), tuple(d.get("speakers", ())),
                   tuple((p, t) for p, t in d.get("roles", ())),
                   tuple((i, t) for i, t in d.get("texts_before", ())))


def render_finding(parts: NoteParts) -> Finding:
    """The finding these parts make, with its topic and note."""
    ctx, claims = parts.context(), list(parts.claims)
    if parts.kind == "figure":
        return _figure_finding(ctx, claims)
    if parts.kind == "role":
        return _role_finding(ctx, claims)
    if parts.kind == "event":
        # A statement (an undated sentence) is worded by its own rule, as
        # corroborate words it: the sentence, reported alike.
        dated = [c for c in claims if not is_statement(c)]
        if claims and not dated:
            return _statement_finding(ctx, claims)
        # Statements joined to a dated event finding (event_joins.join_statements)
        # are worded by the event's rule with it, as corroborate words them:
        # from the dated mentions, and "… says it with no day" for an
        # article that tells the event undated (worded from the dated
        # mentions alone, the notes collector refused 13 of 31 AllSides
        # stories of the heldout13 part). The joined finding is built anew
        # from the event finding's mention ids, which a finding keeps sorted:
        # its outlets are named in that order.
        if len(dated) < len(claims):
            claims = sorted(dated, key=lambda c: c.id) + sorted(
                (c for c in claims if is_statement(c)), key=lambda c: c.id)
        return _event_finding(ctx, claims)
    names = canonical([name_tokens(s) for s in parts.speakers]
                      + [name_tokens(c.quote.speaker) for c in claims])
    return _quote_finding(ctx, claims, names, parts.roles)
