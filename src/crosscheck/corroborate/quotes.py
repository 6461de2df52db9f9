"""Quotes across articles: the same words, and whether the same person said them.

The same words given to different speakers conflict; the same speaker with
near-identical words agree, and the variants are shown. A speaker given by a
description ("the minister", "U.S. Special Envoy", "the producers") counts as
the one person the story's role claims give that title; a surname a letter
apart ("Heffner", "Hefner") as the same person. Short fragments
("a stunt") are too common to align: only quotes of five words or more are
compared.
"""

from __future__ import annotations

import re
from typing import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..claims.role_descriptions import is_description
from ..models import Claim, Finding
from .common import Context, join_names, make_finding, quote_opening, says, sources_phrase
from .people import TITLE_WORDS, canonical, name_tokens, same_person
from .roles import same_office, title_words
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


# "1 March", "the 1st of March": the day written before its month, read as
# "march 1" (after the month's abbreviation and ordinal are undone).
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(?:of\s+)?(" + "|".join(_MONTHS.values()) + r")\b")
# Numbers AP style spells out ("five workers") beside the digits another
# outlet's transcript gives ("5 workers"); up to twenty, where spelling out
# ends in every house style we know of.
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")


def _norm(text: str) -> str:
    """The words of a quote, so that two transcriptions of it compare equal:
    case, punctuation, and how a date, a time or a number is written ("by
    March the 1st", "by Mar. 1" and "by 1 March"; "6:41pm" and "18:41";
    "5,000" and "5000"; "five" and "5")."""
    text = text.lower().replace("’", "'")
    text = _MONTH_ABBREVIATION.sub(lambda m: _MONTHS[m.group(1)[:3]], text)
    text = _ORDINAL.sub(r"\1", text)
    text = _DAY_MONTH.sub(r"\2 \1", text)
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)
    text = _CLOCK_12.sub(_clock_24, text)
    text = _CLOCK_DIGITS.sub(lambda m: f"{int(m.group(1))}:{m.group(2)} {m.group(3)}", text)
    text = re.sub(r"\b0(\d):(\d{2})\b", r"\1:\2", text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def _same_numbers(a: str, b: str) -> bool:
    """Two renderings of one quote give the same numbers and months: "by March
    1" and "by May 9" are two sentences, however alike the rest. A quote cut
    short at either end drops numbers there, so the shorter's numbers need only
    run, in order and unbroken, within the longer's."""
    def marks(text: str) -> list[str]:
        return re.findall(r"\b\d+(?:\.\d+)?\b|\b(?:" + "|".join(_MONTHS.values()) + r")\b", text)
    short, long = sorted((marks(a), marks(b)), key=len)
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name written two ways, a letter apart in the surname ("Hugh Hefner"
    and "Heffner"). Only for speakers of the same words, where two people
    with near-identical surnames are far less likely than a typo; surnames
    under five letters are left alone ("Lee" and "Lew" are two names)."""
    if not a or not b or min(len(a[-1]), len(b[-1])) < 5 or a[-1] == b[-1]:
        return False
    short, long = sorted((a, b), key=len)
    return Levenshtein.distance(a[-1], b[-1]) <= 1 and set(short[:-1]) <= set(long[:-1])


#: (person, title) of a role claim: what a described speaker is read against.
TitledPerson = tuple[str, str]


def story_roles(claims: Sequence[Claim]) -> tuple[TitledPerson, ...]:
    """The (person, title) pairs the story's role claims give, once each, in
    one order: who "the minister" or "U.S. Special Envoy" can be."""
    # (a role whose person is itself a description, "the Senate minority
    # leader", names nobody a described speaker could be)
    return tuple(sorted({(c.role.person, c.role.title) for c in claims
                         if c.role is not None and not is_description(c.role.person)}))


def _singular(word: str) -> str:
    """A title's head word in the singular ("producers"; "boss" stays)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _distinct(candidates: list[tuple[tuple[str, ...], str]]) -> dict[tuple[str, ...], str]:
    """The people among (name tokens, name) pairs, one name each ("Korrin" and
    "Adaeze Korrin" are one), keyed by their fullest tokens."""
    people: dict[tuple[str, ...], str] = {}
    for tokens, name in sorted(candidates, key=lambda c: -len(c[0])):
        key = next((k for k in people if same_person(k, tokens)), None)
        if key is None:
            people[tokens] = name
        elif len(name) > len(people[key]):
            people[key] = name
    return people


_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})


def _described_person(described: Claim, roles: Sequence[TitledPerson],
                      named: Sequence[tuple[str, ...]]) -> tuple[tuple[str, ...], str] | None:
    """The person, as (name tokens, name), a description of a quote's speaker
    stands for ("the minister", "the veteran senator", "U.S. Special Envoy"):
    the one person the story's role claims give a title with the description's
    head word; of several, the one whose title is the description's own
    office ("the former secretary of state" beside a Press Secretary). A
    plural description ("the producers") stands for several people: it is the
    one of the quote's ``named`` speakers the story gives that title. Two
    people fitting, or none, gives no one: "the senator" of a story with two
    senators is not told."""
    speaker = described.quote.speaker or ""
    words = title_words(speaker)
    # "a senior official", "one aide": an indefinite description keeps its
    # speaker unnamed, whoever else the story gives the title.
    if not words or speaker.lower().split()[0] in _INDEFINITE:
        return None
    head = _singular(words[-1])
    fitting = [(name_tokens(p), p, title_words(t)) for p, t in roles
               if title_words(t) and _singular(title_words(t)[-1]) == head]
    if head != words[-1]:
        fitting = [f for f in fitting if any(same_person(f[0], k) for k in named)]
    for candidates in (fitting, [f for f in fitting if same_office(f[2], words)]):
        people = _distinct([(tokens, name) for tokens, name, _ in candidates])
        if len(people) == 1:
            return next(iter(people.items()))
    return None


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
    roles = story_roles(claims)
    return [_finding(ctx, g, names, roles) for g in groups]


def _is_description(speaker: str | None) -> bool:
    """A speaker given by what they are, not who: "the producers", or a title
    alone written like a name ("U.S. Special Envoy")."""
    words = title_words(speaker or "")
    return not _is_name(speaker) or bool(words) and words[-1] in TITLE_WORDS


def _finding(ctx: Context, group: list[Claim], names,
             roles: Sequence[TitledPerson] = ()) -> Finding:
    speakers: dict[tuple[str, ...], list[Claim]] = {}
    resolved: dict[tuple[str, ...], str] = {}  # a described speaker's key -> the person's name
    unknown = []
    # Speakers named by name first, so that a plural description ("the
    # producers") can be resolved to one of them.
    for c in sorted(group, key=lambda c: _is_description(c.quote.speaker)):
        # (a description of title words alone, "the prime minister", has no key)
        key = names.get(name_tokens(c.quote.speaker), ())
        named = [k for k, m in speakers.items() if not _is_description(m[0].quote.speaker)]
        described = None if any(same_person(k, key) for k in speakers) or \
            not _is_description(c.quote.speaker) else _described_person(c, roles, named)
        if described is not None:
            match = next((k for k in speakers if same_person(k, described[0])), described[0])
            resolved.setdefault(match, described[1])
        elif not key:
            unknown.append(c)
            continue
        else:
            match = next((k for k in speakers if same_person(k, key) or _misspelt(k, key)), None)
        speakers.setdefault(match or key, []).append(c)
    # Speakers, and their mentions, in the order alignment handed them over:
    # the named-first pass above only resolves descriptions.
    order = {c.id: i for i, c in enumerate(group)}
    speakers = {k: sorted(v, key=lambda c: order[c.id])
                for k, v in sorted(speakers.items(), key=lambda kv: min(order[c.id] for c in kv[1]))}
    opening = quote_opening(group[0].quote.text)
    # The fullest name, a name before a description ("Daniel Foote", not the
    # "U.S. Special Envoy" another outlet gives as the speaker).
    fullest = {k: max(v, key=lambda c: (not _is_description(c.quote.speaker), len(c.quote.speaker)))
               for k, v in speakers.items()}
    # A speaker only ever described is shown by the name the story gives them
    # ("U.S. Special Envoy" is Daniel Foote).
    display = {k: resolved[k] if k in resolved and all(_is_description(m.quote.speaker)
                                                       for m in speakers[k])
               else speaker_as_written(c.quote.speaker, c.sentence) for k, c in fullest.items()}
    # A conflict needs two different people named by name. "a senior official"
    # and "the company's chief executive" describe, they do not name: a
    # description beside a name may well be the same person, and so may a
    # title written like a name ("U.S. Special Envoy") that no role resolved.
    named = [k for k in speakers if all(_is_name(c.quote.speaker) and _named_here(c)
                                        and not _is_description(c.quote.speaker)
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
