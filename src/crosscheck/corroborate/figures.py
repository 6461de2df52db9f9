"""Figures across articles: the same thing counted, and whether the counts fit.

Alignment is strict on purpose (a false conflict costs more than a missed
one): two figures are about the same thing only when their unit, head noun and
state ("trapped", "dead", "rescued") agree, whether they count per day or in
all, and when one's other modifiers include the other's ("coal miners" and
"miners", never "civilians" and "police officers").
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Sequence

from ..models import Claim, Figure, Finding
from .common import Context, join_names, make_finding, says, sources_phrase, who, words

# States that tell counted things apart, folded to one word each. Synonyms are
# listed by hand because the distinction is domain knowledge no general
# thesaurus makes: "missing" and "trapped" stay apart (the missing may be
# anywhere), "killed" and "dead" are one state.
_STATES = {
    "killed": "dead", "dead": "dead", "died": "dead", "death": "dead", "fatality": "dead",
    "confirmed": "dead", "toll": "dead",
    "injured": "injured", "hurt": "injured", "wounded": "injured",
    "rescued": "rescued", "freed": "rescued", "pulled": "rescued", "saved": "rescued",
    "trapped": "trapped", "missing": "missing", "unaccounted": "missing",
    "evacuated": "evacuated", "displaced": "displaced", "arrested": "arrested",
    "detained": "arrested", "charged": "charged", "convicted": "convicted",
    "fell": "fell", "dropped": "fell", "declined": "fell", "rose": "rose", "climbed": "rose",
    "increased": "rose", "gained": "rose", "recovered": "rose",
}
# Verbs that give a count a state of its own, kept as they are: they only need
# to keep a figure apart from others ("11 miners escaped" vs "12 missing").
_OTHER_STATES = {"escaped", "survived", "remain", "remained", "employed", "work",
                 "working", "live", "living", "attended", "voted", "signed"}
_STATE_WINDOW = 4
_HEADS = {"people": "person", "persons": "person", "person": "person", "men": "man",
          "women": "woman", "children": "child"}
# A subject that is only a unit says what is measured, not of what: "hours"
# underground at the time of writing differ from article to article by design.
_VAGUE_HEADS = {"hour", "year", "day", "week", "month", "minute", "second", "km", "kilometre",
                "kilometer", "mile", "metre", "meter", "percent", "time", "magnitude", "point",
                "dollar", "euro", "pound", "usd", "eur", "gbp", "figure", "number", "total",
                "record", "level", "rate"}
_RATE = re.compile(r"\b(?:a|per|each|every) (?:day|week|month|year)\b|\b(?:daily|weekly|"
                   r"monthly|annual|annually|yearly)\b", re.I)


def subject_key(claim: Claim) -> tuple | None:
    """(unit, head, states, per-period, modifiers) or None for a subject too vague
    to align."""
    f = claim.figure
    assert f is not None
    tokens = words(f.subject)
    states = frozenset(_STATES[t] for t in tokens if t in _STATES)
    rest = [t for t in tokens if t not in _STATES]
    if not rest:
        return None
    head = _HEADS.get(rest[-1], rest[-1])
    if head in _VAGUE_HEADS and not states:
        return None
    states = states or _state_near(claim.sentence, f.value, rest[-1])
    rate = bool(_RATE.search(f.subject) or _RATE.search(claim.sentence))
    return (f.unit, head, states, rate, frozenset(rest[:-1]))


def _state_near(sentence: str, value: float, head: str) -> frozenset[str]:
    """The state a sentence gives the count, when the subject lacks one: the
    state word nearest the number ("shares fell 18% ..., recovered 3%"), else
    the first within a few words after the counted noun ("Eleven miners escaped")."""
    tokens = words(sentence.replace(",", ""))
    number = f"{value:g}"
    anchors = [i for i, t in enumerate(tokens) if t.rstrip("%") == number]
    if not anchors:
        anchors = [i for i, t in enumerate(tokens) if t == head]
    for i in anchors[:1]:
        nearby = sorted(range(max(0, i - _STATE_WINDOW), min(len(tokens), i + _STATE_WINDOW + 1)),
                        key=lambda j: (abs(j - i), j))
        for j in nearby:
            if tokens[j] in _STATES:
                return frozenset({_STATES[tokens[j]]})
            if tokens[j] in _OTHER_STATES:
                return frozenset({tokens[j]})
    return frozenset()


def _interval(f: Figure) -> tuple[float, float, bool, bool]:
    low = -math.inf if f.low is None else f.low
    high = math.inf if f.high is None else f.high
    return low, high, f.qualifier == "over", f.qualifier == "under"


def overlap(a: Figure, b: Figure) -> bool:
    """Can both wordings be true at once? ("more than 40" and "43": yes; "12" and "13": no)."""
    lo_a, hi_a, open_lo_a, open_hi_a = _interval(a)
    lo_b, hi_b, open_lo_b, open_hi_b = _interval(b)
    lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
    if lo < hi:
        return True
    if lo > hi:
        return False
    open_lo = (open_lo_a and lo_a == lo) or (open_lo_b and lo_b == lo)
    open_hi = (open_hi_a and hi_a == hi) or (open_hi_b and hi_b == hi)
    return not (open_lo or open_hi)


def _clusters(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by subject key; a key without modifiers joins the one key
    with modifiers that extends it, when there is exactly one."""
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        key = subject_key(c)
        if key is not None:
            by_key[key].append(c)
    for key in sorted((k for k in by_key if not k[4] and k[2]), key=repr):
        extended = [k for k in by_key if k[:4] == key[:4] and k[4]]
        if len(extended) == 1:
            by_key[extended[0]].extend(by_key.pop(key))
    return [sorted(v, key=lambda c: (c.article, c.span, c.id)) for _, v in sorted(
        by_key.items(), key=lambda kv: repr(kv[0]))]


def _split_by_day(ctx: Context, cluster: list[Claim]) -> list[list[Claim]]:
    """Figures that disagree only across publication days are updates, not
    conflicts ("at least 27" on Monday, 43 on Tuesday): each day stands alone.
    A disagreement within one day (or with an undated article) is kept whole."""
    disjoint = [(a, b) for i, a in enumerate(cluster) for b in cluster[i + 1:]
                if not overlap(a.figure, b.figure)]
    if not disjoint:
        return [cluster]
    for a, b in disjoint:
        da, db = ctx.date(a.article), ctx.date(b.article)
        if da is None or db is None or da == db:
            return [cluster]
    days: dict[str | None, list[Claim]] = defaultdict(list)
    for c in cluster:
        days[ctx.date(c.article)].append(c)
    return [days[d] for d in sorted(days, key=str)]


def render_value(f: Figure) -> str:
    words_for = {"exact": "", "over": "more than ", "at-least": "at least ", "under": "fewer than ",
                 "at-most": "at most ", "about": "about ", "nearly": "nearly ", "range": ""}
    def num(x: float) -> str:
        for scale, name in ((1e9, "billion"), (1e6, "million")):
            if abs(x) >= scale and (x / scale) * 10 == int((x / scale) * 10):
                return f"{x / scale:g} {name}"
        return f"{x:,.0f}" if x == int(x) else f"{x:g}"
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        text = f"{num(f.low)} to {num(f.high)}"
    else:
        text = words_for[f.qualifier] + num(f.value)
    unit = f.unit or ""
    if unit == "percent":
        return text + "%"
    if unit in ("USD", "EUR", "GBP"):
        return {"USD": "$", "EUR": "€", "GBP": "£"}[unit] + text
    return f"{text} {unit}s" if unit and unit not in ("hour", "year", "day") or \
        (unit and f.value != 1) else text + (f" {unit}" if unit else "")


def figure_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    figures = [c for c in claims if c.figure is not None]
    findings = []
    clusters = _merge_similar_subjects(_clusters(figures)) + _similar_sentences(
        [c for c in figures if subject_key(c) is None and c.figure.unit])
    for cluster in clusters:
        stated = bool(subject_key(cluster[0]) and subject_key(cluster[0])[2]) or \
            subject_key(cluster[0]) is None
        if _disagree(cluster) and not (stated and _real_disagreement(ctx, cluster)):
            # No state tells what the count is of ("12 men": trapped? rescued?),
            # or the values differ only between periods, or within one source
            # without two sources named: too uncertain for a conflict, so each
            # value stands alone.
            by_value: dict[str, list[Claim]] = defaultdict(list)
            for c in cluster:
                by_value[render_value(c.figure)].append(c)
            findings.extend(_finding(ctx, part) for _, part in sorted(by_value.items()))
            continue
        for part in _split_by_day(ctx, cluster):
            findings.append(_finding(ctx, part))
    return findings


def _disagree(claims: list[Claim]) -> bool:
    return any(not overlap(a.figure, b.figure) for i, a in enumerate(claims)
               for b in claims[i + 1:])


_PERIOD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|(?:first|second|third|fourth) quarter|Q[1-4]|"
                     r"(?:19|20)\d\d|(?:last|this|next) (?:month|year|week|quarter))\b")


# Subject phrases that name the same thing in other words ("homicides" and
# "murders", "jobs added" and "payrolls") score above 0.75 under all-MiniLM-L6-v2;
# merging on that alone would risk "civilians killed" with "soldiers killed", so
# a merge must also keep every value compatible: it can add agreement, never a
# conflict.
SUBJECT_COSINE = 0.75


def _merge_similar_subjects(clusters: list[list[Claim]]) -> list[list[Claim]]:
    keyed = [(c, subject_key(c[0])) for c in clusters]
    if len(keyed) < 2:
        return clusters
    from ..embed import embed

    vectors = embed([max((x.figure.subject for x in c), key=len) for c, _ in keyed])
    similarity = vectors @ vectors.T
    merged: list[list[Claim]] = []
    used: set[int] = set()
    for i, (cluster, key) in enumerate(keyed):
        if i in used:
            continue
        group = list(cluster)
        for j in range(i + 1, len(keyed)):
            other, other_key = keyed[j]
            if j in used or other_key[0] != key[0] or other_key[2] != key[2] \
                    or other_key[3] != key[3] or similarity[i, j] < SUBJECT_COSINE:
                continue
            if {c.article for c in group} == {c.article for c in other}:
                continue  # one article's two figures are two facts, not one told twice
            if not _disagree(group + other):
                group += other
                used.add(j)
        merged.append(sorted(group, key=lambda c: (c.article, c.span, c.id)))
    return merged


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
            if set(_PERIOD.findall(a.sentence)) != set(_PERIOD.findall(b.sentence)):
                continue
            if ctx.groups.get(a.article, a.article) != ctx.groups.get(b.article, b.article):
                return True
            if a.attribution and b.attribution and a.attribution != b.attribution:
                return True
    return False


# Sentences that say the same thing in other words score 0.80–0.95 under
# all-MiniLM-L6-v2; 0.82 keeps "waited seven hours to vote" with "waited six
# hours", and apart "rescued some 30 hours after" from "nearly 48 hours underground".
SENTENCE_COSINE = 0.82


# Related sentences (0.65–0.80) are joined only when the words leading to the
# number share a content word: "waited in line ... for seven hours" and
# "waited six hours to vote"; "debt limit for two months" and "borrowing
# limit for only three months".
RELATED_COSINE = 0.65
LEAD_IN_WORDS = 10
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "dozen", "hundred", "thousand", "million", "billion", "only",
                 "about", "nearly", "almost", "some", "more", "than", "least", "over", "under",
                 "percent", "hour", "day", "week", "month", "year", "minute"}


def _words_before_number(claim: Claim) -> frozenset[str]:
    """Content words in the few words before the figure's number."""
    tokens = words(claim.sentence.replace(",", ""))
    f = claim.figure
    spelled = {f"{f.value:g}"} | {w for w, n in _SPELLED.items() if n == f.value}
    at = next((i for i, t in enumerate(tokens) if t.rstrip("%") in spelled), None)
    if at is None:
        return frozenset()
    return frozenset(t for t in tokens[max(0, at - LEAD_IN_WORDS):at]
                     if len(t) >= 4 and t not in _NUMBER_WORDS and not t[0].isdigit())


_SPELLED = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _similar_sentences(claims: list[Claim]) -> list[list[Claim]]:
    """Figures whose subject is too vague to compare ("hours", "months", the
    payer of "$3.2 million") grouped when their whole sentences say the same
    thing in other words, with the same unit, across articles."""
    if len({c.article for c in claims}) < 2:
        return []  # alignment is across articles only
    from ..embed import embed  # loaded only when there is something to compare

    vectors = embed([c.sentence for c in claims])
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    similarity = vectors @ vectors.T
    lead_in = [_words_before_number(c) for c in claims]
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i].figure.unit != claims[j].figure.unit or claims[i].article == claims[j].article:
                continue
            close = similarity[i, j] >= SENTENCE_COSINE or (
                similarity[i, j] >= RELATED_COSINE and lead_in[i] & lead_in[j])
            if close:
                parent[root(j)] = root(i)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, c in enumerate(claims):
        groups[root(i)].append(c)
    return [sorted(g, key=lambda c: (c.article, c.span, c.id)) for g in groups.values()
            if len({c.article for c in g}) > 1]


def _finding(ctx: Context, claims: list[Claim]) -> Finding:
    subject = max((c.figure.subject for c in claims), key=lambda s: (len(s.split()), s))
    camps: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        camps[render_value(c.figure)].append(c)
    conflict = _disagree(claims)
    values = {(c.figure.value, c.figure.qualifier) for c in claims}
    status = "conflict" if conflict else ("agree" if len(values) == 1 else "compatible")
    parts = []
    for value, members in sorted(camps.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        names = [who(ctx, c) for c in members]
        parts.append(f"{join_names(names)} {says(names)} {value}")
    dates = {ctx.date(c.article) for c in claims} - {None}
    when = f" (reported on {next(iter(dates))})" if len(dates) == 1 and len(claims) > 1 else ""
    verdict = {"conflict": "these figures cannot all be true",
               "compatible": "the wordings allow a common value",
               "agree": "the figures agree"}[status]
    unit_words = set(words(claims[0].figure.unit or "")) | {"percent", "%"}
    about = "" if set(words(subject)) <= unit_words | set(words(parts[0])) else f" ({subject})"
    note = (f"{'; '.join(parts)}{about}{when}: {verdict}"
            if len(claims) > 1 else f"{parts[0]}{about}")
    note += f" [{sources_phrase(ctx, [c.article for c in claims])}]."
    return make_finding(ctx, "figure", subject, status, claims, note)
