"""Quotes across articles: the same words, and whether the same person said them.

The same words given to different speakers conflict; the same speaker with
near-identical words agree, and the variants are shown. A speaker given by a
description ("the producers", "U.S. Special Envoy") counts as the named
speaker whose own mention gives them that title; a surname a letter apart ("Heffner",
"Hefner") as the same person. Short fragments
("a stunt") are too common to align: only quotes of five words or more are
compared.
"""

from __future__ import annotations

import re
from typing import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..models import Claim, Finding
from .common import Context, join_names, make_finding, says, sources_phrase
from .people import TITLE_WORDS, canonical, name_tokens, same_person
from .roles import title_words
from .wording import speaker_as_written

# Two renderings of one quote differ by punctuation, a dropped word or an
# ellipsis; 90 on rapidfuzz's partial ratio (the shorter within the longer)
# accepts those and rejects two different sentences that share a phrase.
MIN_SIMILARITY = 90
MIN_WORDS = 5


def _is_name(speaker: str | None) -> bool:
    """A personal name as written: capitalised words, not a description
    ("a senior rescue official", "the company's chief executive")."""
    if not speaker:
        return False
    tokens = speaker.replace("’", "'").split()
    return 1 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and \
        tokens[0].lower() not in ("the", "a", "an", "one")


def _named_here(claim: Claim) -> bool:
    """The speaker is named in the quote's own sentence ("..., Korrin said"),
    not inferred from a pronoun or an earlier sentence: only such attributions
    are sure enough to set two articles against each other."""
    surname = (claim.quote.speaker or "").split()[-1:] or [""]
    return bool(surname[0]) and surname[0].lower() in claim.sentence.lower()


_MONTHS = {m[:3]: m for m in ("january february march april may june july august september "
                              "october november december").split()}
_MONTH_ABBREVIATION = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?")
_ORDINAL = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b")


# Times of day as newsrooms write them: "6:41pm", "6:41 p.m.", "18:41",
# "0241 GMT" are read as 24-hour "h:mm".
_CLOCK_12 = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?")
_CLOCK_DIGITS = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(gmt|utc)\b")


def _clock_24(m: re.Match) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
    return f"{hour}:{m.group(2) or '00'}"


def _norm(text: str) -> str:
    """The words of a quote, so that two transcriptions of it compare equal:
    case, punctuation, and how a date, a time or a number is written ("by
    March the 1st" and "by Mar. 1"; "6:41pm" and "18:41"; "5,000" and "5000")."""
    text = text.lower().replace("’", "'")
    text = _MONTH_ABBREVIATION.sub(lambda m: _MONTHS[m.group(1)[:3]], text)
    text = _ORDINAL.sub(r"\1", text)
    text = _CLOCK_12.sub(_clock_24, text)
    text = _CLOCK_DIGITS.sub(lambda m: f"{int(m.group(1))}:{m.group(2)} {m.group(3)}", text)
    text = re.sub(r"\b0(\d):(\d{2})\b", r"\1:\2", text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def _same_numbers(a: str, b: str) -> bool:
    """Two renderings of one quote give the same numbers and months: "by March
    1" and "by May 9" are two sentences, however alike the rest. Only the
    part both share is compared (a quote cut short drops its tail)."""
    def marks(text: str) -> list[str]:
        return re.findall(r"\b\d+(?:\.\d+)?\b|\b(?:" + "|".join(_MONTHS.values()) + r")\b", text)
    ma, mb = marks(a), marks(b)
    n = min(len(ma), len(mb))
    return ma[:n] == mb[:n]


def _misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name written two ways, a letter apart in the surname ("Hugh Hefner"
    and "Heffner"). Only for speakers of the same words, where two people
    with near-identical surnames are far less likely than a typo; surnames
    under five letters are left alone ("Lee" and "Lew" are two names)."""
    if not a or not b or min(len(a[-1]), len(b[-1])) < 5 or a[-1] == b[-1]:
        return False
    short, long = sorted((a, b), key=len)
    return Levenshtein.distance(a[-1], b[-1]) <= 1 and set(short[:-1]) <= set(long[:-1])


def _titled_here(claim: Claim, head: str) -> bool:
    """The quote's own sentence gives its named speaker a title with this head
    word, next to the name: "said Mines Minister Adaeze Korrin", "Producers
    Laurence Mark and Bill Condon called…", "said Laurence Mark and Bill
    Condon, the new producers of the show". Read from the sentence, not from
    the story's role claims, so that a note re-rendered from its own mentions
    (render.py) says the same."""
    surname = (claim.quote.speaker or "").split()[-1:]
    if not surname or len(head) < 3:
        return False
    name, title = re.escape(surname[0]), rf"{re.escape(head)}s?"
    text = claim.sentence.replace("’", "'")
    return bool(re.search(rf"\b{title}\b[\s,]+(?:[\w.'-]+\s+){{0,5}}{name}\b", text, re.I)
                or re.search(rf"\b{name}\b(?:\s+[\w.'-]+){{0,4}},\s+(?:\w+\s+){{0,4}}{title}\b", text, re.I))


def _title_before_name(claim: Claim, head: str, person: str | None) -> bool:
    """``claim``'s sentence writes ``person`` right after a title with this
    head, only capitalised words (or "for", "of") between: "Special Envoy for
    Haiti Daniel Foote". "The minister criticised Ana Ruiz" names no minister."""
    surname = (person or "").split()[-1:]
    if not surname or len(head) < 3:
        return False
    text = claim.sentence.replace("’", "'")
    # the title's head in any case; the words between it and the name capitalised
    return bool(re.search(rf"\b(?i:{re.escape(head)})s?\b(?:\s+(?:[A-Z][\w.'-]*|for|of|the)){{0,5}}"
                          rf"\s+{re.escape(surname[0])}\b", text))


def _described_person(described: Claim, named: dict[tuple[str, ...], list[Claim]]
                      ) -> tuple[str, ...] | None:
    """The one named speaker of a quote that a description of its speaker
    stands for ("the producers", "the minister", "U.S. Special Envoy"): the one
    whose own mention gives them a title with the description's head word, or
    whom the description's own sentence names with that title ("U.S. Special
    Envoy for Haiti Daniel Foote resigned, saying …", where the extractor kept
    the title as the speaker). A description fitting nobody, or two named
    speakers, stays as it is."""
    words = title_words(described.quote.speaker or "")
    if not words:
        return None
    head = words[-1]
    singular = head[:-1] if head.endswith("s") else head
    matches = {k for k, members in named.items()
               if any(_titled_here(c, head) or _titled_here(c, singular) for c in members)
               or any(_title_before_name(described, head, c.quote.speaker) for c in members)}
    return next(iter(matches)) if len(matches) == 1 else None


def quote_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    quotes = [c for c in claims if c.quote is not None and len(c.quote.text.split()) >= MIN_WORDS]
    names = canonical([name_tokens(c.quote.speaker) for c in quotes])
    groups: list[list[Claim]] = []
    for c in sorted(quotes, key=lambda c: (-len(c.quote.text), c.id)):
        text = _norm(c.quote.text)
        for group in groups:
            other = _norm(group[0].quote.text)
            if fuzz.partial_ratio(text, other) >= MIN_SIMILARITY and _same_numbers(text, other):
                group.append(c)
                break
        else:
            groups.append([c])
    return [_finding(ctx, g, names) for g in groups]


def _is_description(speaker: str | None) -> bool:
    """A speaker given by what they are, not who: "the producers", or a title
    alone written like a name ("U.S. Special Envoy")."""
    words = title_words(speaker or "")
    return not _is_name(speaker) or bool(words) and words[-1] in TITLE_WORDS


def _finding(ctx: Context, group: list[Claim], names) -> Finding:
    speakers: dict[tuple[str, ...], list[Claim]] = {}
    unknown = []
    # Speakers named by name first, so that a description ("the producers")
    # can be resolved to one of them.
    for c in sorted(group, key=lambda c: _is_description(c.quote.speaker)):
        key = names.get(name_tokens(c.quote.speaker), ())
        if not key:
            unknown.append(c)
            continue
        named = {k: m for k, m in speakers.items() if not _is_description(m[0].quote.speaker)}
        described = None if any(same_person(k, key) for k in speakers) else \
            _described_person(c, named)
        match = described or next((k for k in speakers if same_person(k, key) or _misspelt(k, key)),
                                  None)
        speakers.setdefault(match or key, []).append(c)
    # Speakers, and their mentions, in the order alignment handed them over:
    # the named-first pass above only resolves descriptions.
    order = {c.id: i for i, c in enumerate(group)}
    speakers = {k: sorted(v, key=lambda c: order[c.id])
                for k, v in sorted(speakers.items(), key=lambda kv: min(order[c.id] for c in kv[1]))}
    opening = " ".join(group[0].quote.text.split()[:8])
    fullest = {k: max(v, key=lambda c: len(c.quote.speaker)) for k, v in speakers.items()}
    display = {k: speaker_as_written(c.quote.speaker, c.sentence) for k, c in fullest.items()}
    # A conflict needs two different people named by name. "a senior official"
    # and "the company's chief executive" describe, they do not name: a
    # description beside a name may well be the same person.
    named = [k for k in speakers if all(_is_name(c.quote.speaker) and _named_here(c)
                                        for c in speakers[k])]
    conflict = len(named) > 1
    parts = []
    for key, members in speakers.items():
        outlets = [ctx.outlet(c.article) for c in members]
        parts.append(f"{join_names(outlets)} {says(outlets)} {display[key]} said it")
    if unknown:
        outlets = [ctx.outlet(c.article) for c in unknown]
        parts.append(f"{join_names(outlets)} {'gives' if len(set(outlets)) == 1 else 'give'} "
                     "no speaker")
    variants = sorted({c.quote.text.strip() for c in group})
    status = "conflict" if conflict else (
        "single-source" if len(group) == 1 else "agree" if len(speakers) <= 1 else "compatible")
    topic = f"{next(iter(display.values()), 'unknown speaker')}: “{opening}…”"
    note = f"“{opening}…”: " + "; ".join(parts)
    if conflict:
        note += ", so the speakers disagree"
    elif len(speakers) > 1:
        note += " (not surely different people: a description, or a speaker inferred from context)"
    elif len(variants) > 1:
        note += f", in {len(variants)} wordings"
    note += f" [{sources_phrase(ctx, [c.article for c in group])}]."
    return make_finding(ctx, "quote", topic, status, group, note)
