"""Figures across articles: the same thing counted, and whether the counts fit.

Mentions are linked into facts by the pair model (:mod:`.figure_align`); what
the strict rules know of a count (its subject key: unit, head noun, state
such as "trapped", "dead" or "rescued", per day or in all, other modifiers)
is read in :mod:`.figure_subjects`. This module says whether two wordings
can both be true, which values are disputed, and how a fact becomes a
finding. A conflict is strict on purpose (a false conflict costs
more than a missed one): two values are set against each other only when the
strict rules say they count the same thing, with the same modifiers ("coal
miners" and "miners" agree, "civilians" and "police officers" are never
compared), from two sources, about the same period.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..claims.figure_units import in_base_unit, same_amount
from ..models import Claim, Finding
from .align import period_name
from .common import Context, join_names, make_finding, says, sources_phrase, who
from .figure_bounds import bound_holding, in_common_unit, overlap
from .figure_subjects import subject_key
from .figure_values import render_value, shown_value
from .figure_words import topic, topic_in_note

def _split_by_day(ctx: Context, cluster: list[Claim]) -> list[list[Claim]]:
    """Figures that disagree only across publication days are updates, not
    conflicts ("at least 27" on Monday, 43 on Tuesday): each day stands alone.
    A disagreement within one day (or with an undated article) is kept whole,
    less the figures that disagree only with other days'."""
    disjoint = [(a, b) for i, a in enumerate(cluster) for b in cluster[i + 1:]
                if not overlap(a.figure, b.figure)]
    if not disjoint:
        return [cluster]

    def other_days(a: Claim, b: Claim) -> bool:
        da, db = ctx.date(a.article), ctx.date(b.article)
        return da is not None and db is not None and da != db

    if all(other_days(a, b) for a, b in disjoint):
        days: dict[str | None, list[Claim]] = defaultdict(list)
        for c in cluster:
            days[ctx.date(c.article)].append(c)
        return [days[d] for d in sorted(days, key=str)]
    # A dispute within one day stays whole, but a figure that disagrees only
    # with other days' figures is an earlier or later report ("dozens
    # unaccounted for" on Monday beside "12" and "13" trapped on Tuesday):
    # it stands apart, by its day.
    earlier_or_later = [c for c in cluster
                        if any(c in pair for pair in disjoint)
                        and all(other_days(a, b) for a, b in disjoint if c in (a, b))]
    if not earlier_or_later:
        return [cluster]
    rest = [c for c in cluster if c not in earlier_or_later]
    days = defaultdict(list)
    for c in earlier_or_later:
        days[ctx.date(c.article)].append(c)
    return [rest] + [days[d] for d in sorted(days, key=str)]


def _vague(a: Claim, b: Claim) -> bool:
    return subject_key(a) is None and subject_key(b) is None


def figure_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    from .align import load_model

    from .figure_align import align_figures

    # Lengths and speeds are aligned and compared in one base unit each
    # ("58km" and "36 miles"); a note shows each outlet's own (``as_written``).
    as_written = {c.id: c for c in claims if c.figure is not None}
    figures = [in_base_unit(c) for c in as_written.values()]
    clusters, probability, strict = align_figures(ctx, figures)
    link = load_model("figure")["threshold"]
    clusters = _join_disputes(ctx, clusters, probability, strict, link)
    findings = []
    for cluster in clusters:
        if _disagree(cluster) and not (_disputed(cluster, probability, strict, link)
                                       and _real_disagreement(ctx, cluster)):
            # The values differ but no link between them is sure, or they
            # differ only between periods or within one source: too uncertain
            # for a conflict, so each value that fits no other stands alone.
            fitting, outliers = _without_outliers(cluster)
            by_value: dict[str, list[Claim]] = defaultdict(list)
            for c in outliers:
                by_value[render_value(c.figure)].append(c)
            findings.extend(_finding(ctx, [as_written[c.id] for c in part]) for part in
                            ([fitting] if fitting else []) + [part for _, part in sorted(by_value.items())])
            continue
        disputed, apart = _beside_the_dispute(cluster, probability, strict, link)
        findings.extend(_finding(ctx, [as_written[c.id] for c in part]) for part in apart)
        for part in _split_by_day(ctx, disputed):
            findings.append(_finding(ctx, [as_written[c.id] for c in part]))
    return findings


def _without_outliers(cluster: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """An undisputed fact whose values do not all fit, less its outliers: a
    mention that disagrees with more of the fact's mentions than any of
    those it disagrees with is set apart, until the rest fit together. The
    model linked "a 40-year high", "a 41-year high" and "a four-decade high"
    with "what happened four decades ago" (recession-46): only the last
    disagrees with two (the 41s), so the others stay one compatible fact
    instead of every value standing alone. Where no mention stands out
    ("12" and "13", or two values each at odds with one other) every
    value stands alone, as before: ([], cluster)."""
    rest = list(cluster)
    apart: list[Claim] = []
    while True:
        against = {c.id: [d for d in rest if d is not c and not overlap(c.figure, d.figure)]
                   for c in rest}
        if not any(against.values()):
            return rest, apart
        worst = max(rest, key=lambda c: len(against[c.id]))
        if any(len(against[d.id]) >= len(against[worst.id]) for d in against[worst.id]):
            return [], cluster
        rest.remove(worst)
        apart.append(worst)


def _beside_the_dispute(cluster: list[Claim], probability: dict, strict: set, link: float
                        ) -> tuple[list[Claim], list[list[Claim]]]:
    """A disputed fact less the values that disagree with it only through links
    the model alone made: the model joined every span of days and weeks of
    one story (a hospital stay of three and four weeks, nine days from a
    heart attack to death) into one fact, and one sure dispute (nine days
    against almost three weeks) must not make the hospital stay part of it.
    A value stays when it is disputed by a sure link, or can be true with
    every value that is; the others stand apart, each value its own fact."""
    def value(c: Claim) -> str:
        return render_value(c.figure)

    sure = {value(c) for i, a in enumerate(cluster) for b in cluster[i + 1:]
            if a.article != b.article and not overlap(a.figure, b.figure)
            and _sure_link(a, b, probability, strict, link) for c in (a, b)}
    if not sure:
        return cluster, []
    disputed = [c for c in cluster if value(c) in sure]
    kept = disputed + [c for c in cluster if value(c) not in sure
                       and all(overlap(c.figure, d.figure) for d in disputed)]
    by_value: dict[str, list[Claim]] = defaultdict(list)
    for c in cluster:
        if c not in kept:
            by_value[value(c)].append(c)
    return [c for c in cluster if c in kept], [part for _, part in sorted(by_value.items())]


def _sure_link(a: Claim, b: Claim, probability: dict, strict: set, link: float) -> bool:
    """A conflict needs stronger evidence than an agreement: the strict rules
    link the two (:func:`_strict`), with the same modifiers (a bare "index
    rose 8.6%" may be the consumer price index or the core PCE index, and
    joined both into one dispute), and, when neither subject says more than
    its unit, the model links them too (a shared "rate" and "murder" made "the
    violent crime rate rose 5%" and "the murder rate rose 30%" one fact under
    the rules alone), or they are durations of one span named in the same
    words (:func:`.figure_align.same_span`: the model, which weighs a
    difference of values against a link, gave "nine days" and "almost three
    weeks" after one heart attack 0.46). The model alone never makes a
    conflict: however sure, it linked "a 40-year high" with "a 41-year high",
    a rounding."""
    pair = frozenset((a.id, b.id))
    if pair not in strict or a.figure.unit == "ordinal":
        # An ordinal's subject is too loose to dispute ("the third time's the
        # charm" and "hosting for the second time" share "time").
        return False
    if _vague(a, b):
        from .figure_align import same_span

        return probability.get(pair, 0.0) >= link or same_span(a, b)
    return subject_key(a)[4] == subject_key(b)[4]


def _disputed(cluster: list[Claim], probability: dict, strict: set, link: float) -> bool:
    return any(a.article != b.article and not overlap(a.figure, b.figure)
               and _sure_link(a, b, probability, strict, link)
               for i, a in enumerate(cluster) for b in cluster[i + 1:])


def _join_disputes(ctx: Context, clusters: list[list[Claim]], probability: dict, strict: set,
                   link: float) -> list[list[Claim]]:
    """Facts whose values cannot both be true, joined into one disputed fact
    when two of their mentions are surely about the same thing, from two
    sources, about the same period ("12 trapped", the company says; "13
    trapped", the union says). The model alone rarely links different values:
    their difference is itself its strongest feature."""
    parent = list(range(len(clusters)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    where = {c.id: k for k, cluster in enumerate(clusters) for c in cluster}
    by_id = {c.id: c for cluster in clusters for c in cluster}
    for pair in sorted(strict, key=sorted):
        a, b = (by_id[i] for i in sorted(pair))
        ka, kb = where[a.id], where[b.id]
        if root(ka) == root(kb) or overlap(a.figure, b.figure) \
                or not _sure_link(a, b, probability, strict, link):
            continue
        if _real_disagreement(ctx, [a, b]):
            parent[root(kb)] = root(ka)
    joined: dict[int, list[Claim]] = defaultdict(list)
    for k, cluster in enumerate(clusters):
        joined[root(k)].extend(cluster)
    return [sorted(c, key=lambda c: (c.article, c.span, c.id)) for _, c in sorted(joined.items())]


def _disagree(claims: list[Claim]) -> bool:
    return any(not overlap(a.figure, b.figure) for i, a in enumerate(claims)
               for b in claims[i + 1:])


_PERIODS = {
    "month": re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b"),
    "year": re.compile(r"\b(?:19|20)\d\d\b"),
    "quarter": re.compile(r"\b(?:(?:first|second|third|fourth) quarter|Q[1-4])\b", re.I),
}


def _other_periods(a: str, b: str) -> bool:
    """The two sentences name different periods of one kind ("in June" and "in
    July", "2020" and "2021"). Relative periods ("last year") are not compared:
    they may well name the same year as a date does."""
    for pattern in _PERIODS.values():
        pa, pb = set(map(period_name, pattern.findall(a))), set(map(period_name, pattern.findall(b)))
        if pa and pb and not pa & pb:
            return True
    return False


# A count the sentence says was given earlier ("Earlier Monday night, Navy
# Vice Adm. William D. French said 14 people were injured") is one a later
# count may replace, not dispute: the mayor's "eight people were injured",
# given later the same night, is the figure the fact gold reads (dev7). Only
# when one side says so: two counts both given "earlier" are of one time.
# "Earlier" of the time the count was given, not of a span ("a heart attack
# nine days earlier" dates the attack).
_EARLIER = re.compile(r"^\W*earlier\b|\bearlier (?:on|in the day|that|this|today|tonight|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                      r"\b(?:initially|at first|originally)\b", re.I)


def _earlier(sentence: str) -> bool:
    return bool(_EARLIER.search(sentence))


def _real_disagreement(ctx: Context, claims: list[Claim]) -> bool:
    """Two values that cannot both be true, about the same period, from two
    independent sources, or from two sources one article names apart
    ("12, the company says; 13, the union says")."""
    together = defaultdict(set)  # values one sentence gives side by side
    for c in claims:
        together[(c.article, c.span)].add(c.figure.value)
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if overlap(a.figure, b.figure):
                continue
            if any({a.figure.value, b.figure.value} <= values for values in together.values()):
                continue  # "fell to 5.2% from 5.4%": a change, not a contradiction
            if _other_periods(a.sentence, b.sentence) or _earlier(a.sentence) != _earlier(b.sentence):
                continue
            if ctx.groups.get(a.article, a.article) != ctx.groups.get(b.article, b.article):
                return True
            if a.attribution and b.attribution and a.attribution != b.attribution:
                return True
    return False


def _finding(ctx: Context, claims: list[Claim]) -> Finding:
    """The finding of one fact: its values compared with lengths in base
    units (:func:`in_base_unit`) when every mention's unit is read, else as
    written ("a good 10 feet" has no unit read: beside three "10 feet" it
    was 10 against 3.048 metres, a conflict); shown as each outlet writes them."""
    compared = [in_base_unit(c) for c in claims]
    if len({c.figure.unit for c in compared}) > 1:
        compared = list(claims)
    subject = topic(claims)
    camps: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        camps[shown_value(c)].append(c)
    conflict = _disagree(compared)
    # An article that gives the value exactly and again as a bound holding it
    # ("at least 12" in the lead, "12" further on) gives the value: its bound
    # makes no other outlet's exact figure merely compatible.
    valued = [c for c in compared if not any(o.article == c.article and o.figure.qualifier == "exact"
                                             and c.figure.qualifier != "exact" and bound_holding(c, o)
                                             for o in compared)]
    common = [in_common_unit(c.figure) for c in valued]
    one_value = all(same_amount(a, b) for i, a in enumerate(common) for b in common[i + 1:])
    status = "conflict" if conflict else ("agree" if one_value else "compatible")
    parts = []
    for value, members in sorted(camps.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        names = [who(ctx, c) for c in members]
        parts.append(f"{join_names(names)} {says(names)} {value}")
    dates = {ctx.date(c.article) for c in claims} - {None}
    when = f" (reported on {next(iter(dates))})" if len(dates) == 1 and len(claims) > 1 else ""
    verdict = {"conflict": "these figures cannot all be true",
               "compatible": "the wordings allow a common value",
               "agree": "the figures agree"}[status]
    about = topic_in_note(subject, claims[0].figure.unit, list(camps))
    note = (f"{'; '.join(parts)}{about}{when}: {verdict}"
            if len(claims) > 1 else f"{parts[0]}{about}")
    note += f" [{sources_phrase(ctx, [c.article for c in claims])}]."
    return make_finding(ctx, "figure", subject, status, claims, note)
