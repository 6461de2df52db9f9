"""Shares of a group written in words: "seven in 10 Americans", "two out of
three voters", "one of every five adults", "two-thirds of voters", "half of
Americans". Each is the percentage another outlet writes in digits ("70
percent of Americans", "67% of voters"), so it is read as one, of the same
subject; before, "seven in 10 Americans" gave a count of 10 Americans and
"two-thirds of voters" nothing (issue 12: a fact two outlets tell in other
words must meet in one finding; notes gold heldout18: '10 (debate
watchers)' was the base of "Seven out of 10", '4 (Republicans)' of "one in
four Republicans").

A share in words is rounded to its base: "seven in 10" is what a writer
says of 68 % as of 72 %, so it reaches half a step of its base either way
("about", never more than a tenth of its value, as "about 70 percent");
a hedge before it is read as before a number ("nearly two out of three",
"more than half of").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.figure_bounds import bounds, qualifier_before
from crosscheck.claims.figure_forms import number_value, words_of
from crosscheck.models import Figure

__all__ = ["extract_shares", "in_a_ratio"]

# Fractions written as words, by what they divide into.
_PARTS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
          "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# A ratio's base is a round count of people: "one in four", "seven out of
# 10", "one in 100". Larger bases are odds ("one in a million chance"), a
# rate ("3 in 100,000 residents" is a rate per head, not a share).
_BASES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100})


def _ratio_at(lower: tuple[str, ...], k: int) -> tuple[float, float, int] | None:
    """(N, M, index of M) of "N in M", "N out of M", "N out of every M", "N
    of every M" opening at ``lower[k]``, else None."""
    first = number_value(lower[k])
    if first is None or first != int(first) or first < 1:
        return None
    rest = list(lower[k + 1:k + 5])
    for link in (["out", "of", "every"], ["out", "of"], ["of", "every"], ["in", "every"], ["in"]):
        if rest[:len(link)] == link and len(rest) > len(link):
            base = number_value(rest[len(link)])
            if base is not None and base in _BASES and first < base:
                return first, base, k + 1 + len(link)
            return None
    return None


def in_a_ratio(sent: Span, start: int, end: int) -> bool:
    """The number at [start, end) is either term of a share in words ("one in
    four", "seven out of 10"), which :func:`extract_shares` reads: no count
    of its own."""
    lower = words_of(sent)[1]
    k, last = start - sent.start, end - 1 - sent.start
    if last == k and _ratio_at(lower, k) is not None:
        return True
    return any(found is not None and found[2] == k
               for j in range(max(0, k - 4), k) for found in [_ratio_at(lower, j)])


def _group(sent: Span, at: int) -> Token | None:
    """The noun of the group a share ending at token ``at`` is of: the noun
    the base counts ("seven in 10 Americans"), or what follows "of" ("two-thirds
    of voters"); a noun, not a pronoun nor a date ("half of them", "half of
    2020")."""
    doc = sent.doc
    tok = doc[at]
    if tok.lower_ == "of" and at + 1 < sent.end:
        tok = next((c for c in tok.children if c.dep_ == "pobj"), None)
    elif tok.dep_ == "nummod" and tok.head.i > tok.i:
        tok = tok.head
    else:
        return None
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NO_GROUP:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("that", "this", "those", "these") for c in tok.children):
        return None  # "a third of that amount": of what the note would not show
    return tok


# Entities no share is of: times and amounts ("half of 2020", "half of the $2
# trillion" is a sum), and places, whose share says not of what ("two-thirds
# of Pennsylvania to resume activity": its counties, its people?).
_NO_GROUP = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "GPE", "LOC"})


def _fraction_at(lower: tuple[str, ...], k: int) -> tuple[float, int] | None:
    """(share, index after it) of "half of", "a third of", "two-thirds of",
    "three quarters of" opening at ``lower[k]``, its "of" at the index
    after; None when there is none, or when it is a part of time or order
    ("the first half of", "a quarter of an hour" is read as a length)."""
    word = lower[k]
    if word == "half":
        before = lower[k - 1] if k else ""
        if before in ("a", "one") and k > 1 and lower[k - 2] == "and":
            return None  # "the past year and a half of talks": a length
        return (0.5, k + 1) if before not in ("first", "second", "last", "other", "latter",
                                              "former") else None
    if word in ("a", "one") and k + 1 < len(lower) and lower[k + 1] in _PARTS \
            and lower[k + 1] != "half":
        return 1 / _PARTS[lower[k + 1]], k + 2
    count = number_value(word)
    if count is None or count < 1:
        return None
    at = k + 2 if k + 1 < len(lower) and lower[k + 1] in ("-", "–") else k + 1
    if at < len(lower) and lower[at] in _PARTS and count < _PARTS[lower[at]]:
        return count / _PARTS[lower[at]], at + 1
    return None


def extract_shares(sent: Span, noun_phrase) -> list[Figure]:
    """Shares in words, each a percentage of the group it is of, named by
    ``noun_phrase(token, skip)`` as "N percent of the group" is."""
    doc = sent.doc
    lower = words_of(sent)[1]
    out: list[Figure] = []
    k = 0
    while k < len(lower):
        ratio = _ratio_at(lower, k)
        share, group_at, step = None, None, None
        if ratio is not None:
            share, step = ratio[0] / ratio[1], 1 / ratio[1]
            group_at, after = ratio[2], ratio[2] + 1
        elif (fraction := _fraction_at(lower, k)) is not None and fraction[1] < len(lower) \
                and lower[fraction[1]] == "of":
            share, after = fraction
            step = share if lower[k] in ("half", "a", "one") else share / number_value(lower[k])
            group_at = after
        if share is None:
            k += 1
            continue
        group = _group(sent, sent.start + group_at)
        start = sent.start + (k - 1 if lower[k] == "half" and k and lower[k - 1] in ("a", "one") else k)
        if group is None or group.lower_ in ("hour", "century", "mile", "time", "way", "point",
                                             "percent", "percentage"):
            k = after  # "a quarter of an hour", "a third of a point": a length, a rate
            continue
        value = round(100 * share, 1)
        qualifier = qualifier_before(sent, start)
        low, high = bounds(value, "about" if qualifier == "exact" else qualifier, 100 * step)
        subject = noun_phrase(group, set(range(start, sent.start + after)))
        if subject:
            out.append(Figure(subject=subject, value=value, low=low, high=high,
                              qualifier="about" if qualifier == "exact" else qualifier,
                              unit="percent"))
        k = after
    return out
