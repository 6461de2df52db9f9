"""Corroborate: each claim compared across the articles of a story.

``corroborate(articles, claims, groups)`` aligns claims about the same thing
and gives each aligned group a status: ``agree`` (same value), ``compatible``
(different wordings whose allowed values overlap), ``conflict`` (cannot all be
true), ``single-source`` (one independent source says it). ``groups`` maps each
article to its independent source group (copies of one wire story share one,
see :func:`crosscheck.group.source_groups`); findings count groups, not outlets.

Precision comes first: an uncertain alignment stays two single-source findings
rather than become a false conflict. Findings come out conflicts first, then by
how many independent sources support them.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..embed import reusing_vectors
from ..models import Article, Claim, Finding
from .common import QUOTE_OPENING_WORDS, Context, cites_a_source
from .conflict_evidence import checked_conflicts
from .event_joins import join_statements
from .events import event_findings
from .figure_bounds import overlap
from .figure_words import parses_its_sentence
from .figures import figure_findings
from .quotes import quote_findings
from .roles import role_findings
from .statements import statement_findings

__all__ = ["CORROBORATOR", "corroborate", "overlap", "sentences_to_parse"]

#: Versioned name of the alignment rules, recorded with stored findings;
#: what each version changed, and what was measured: docs/corroborator-versions.md.
CORROBORATOR = "corroborate.v123"

_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single-source": 3}


def corroborate(articles: Sequence[Article], claims: Sequence[Claim],
                groups: Mapping[str, str] | None = None) -> list[Finding]:
    ctx = Context.of(articles, groups)
    # In one order whatever order the store gives: alignment breaks ties by
    # position, and a story must come out the same after a resumed run.
    known = sorted((c for c in claims if c.article in ctx.articles),
                   key=lambda c: (c.article, c.span, c.id))
    # One vector per sentence for the figure, event and statement steps alike
    # (inside a caller's block, such as story_build's, its vectors are used)
    with reusing_vectors():
        findings = (figure_findings(ctx, known) + quote_findings(ctx, known)
                    + role_findings(ctx, known) + _event_findings(ctx, known))
        # A conflict needs more than the link that made it (issue 12): checked
        # once more on what its mentions say beside their values.
        findings = checked_conflicts(ctx, known, findings, _event_findings)
    return sorted(findings, key=lambda f: (_ORDER[f.status], -f.independent_sources,
                                           -len(f.articles), f.kind, f.topic, f.id))


def _event_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    """Dated events, with the statements that tell them undated joined."""
    return join_statements(ctx, claims, event_findings(ctx, claims), statement_findings(ctx, claims))


def sentences_to_parse(claims: Sequence[Claim]) -> list[str]:
    """The sentences that the notes of ``claims`` will ask spaCy to parse
    alone (:func:`crosscheck.claims.nlp.parse`), as far as can be told before
    they are written, for :func:`crosscheck.claims.nlp.parse_all` to parse in
    one batch: the sentence of each dated event (its excerpt reads the parse:
    498 of the 562 of 200 Baly articles were parsed), of each figure whose
    note may cite its source (:func:`.common.cites_a_source`), and the text
    of each quote longer than its opening (:func:`.common.quote_opening`
    parses it: 1,136 of the 1,144 of 200 Baly articles were parsed, the
    others not the first of their finding), and the sentence of each quote
    opening in lower case (:func:`.quote_leads.lead_in` reads who it goes
    on from). Others are parsed when asked:
    the figure sentences whose words are quoted were parsed for under half
    of them, and a sentence parsed for nothing costs what it saves."""
    return [c.sentence for c in claims
            if (c.event is not None and not c.event.statement)
            or (c.figure is not None and (cites_a_source(c) or parses_its_sentence(c)))] \
        + [c.quote.text.strip() for c in claims
           if c.quote is not None and len(c.quote.text.split()) > QUOTE_OPENING_WORDS] \
        + [c.sentence for c in claims  # quote_leads.lead_in reads a lower-case quote's sentence
           if c.quote is not None and c.quote.text.strip()[:1].islower()]
