"""Figures in forms the numeral reader of :mod:`.figures` sets aside on purpose:
vote tallies, fractions of a point and pairs; and the sentence's words, read
once for every form.

That reader refuses "65-35" and "254 to 175", because read as counts they
would be wrong ("65 (measure)"). Outlets nonetheless report the same tally of
the same vote in other words, so each is read here as what it is:

- a **vote tally** (unit ``vote``, the value the votes for, ``against`` the
  votes against): "passed 65-35", "voted 218-to-210", "254 to 175", only in a
  sentence about a vote;
- a **fraction of a point** (unit ``percentage point``): "three-quarters of a
  percentage point", "half a point", "a quarter-point hike";
- **a pair** (a count of 2): "a pair of secret phone calls".

Ages are read in :mod:`.figure_ages`, ranks in :mod:`.figure_ordinals`,
halving and multiples in :mod:`.figure_multiples`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from crosscheck.claims.numbers import parse_numeral, word_value
from crosscheck.models import Figure

_VOTE_WORDS = frozenset("""vote votes voted voting tally ballot ballots passed approved confirmed
rejected defeated margin""".split())
_TALLY = re.compile(r"^(\d{1,3})[-–](?:to-)?(\d{1,3})$")


@lru_cache(maxsize=1)
def words_of(sent: Span) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence's words (as written, lower case), indexed from its first token."""
    # Every rule below looks at every word of every sentence, and each
    # ``doc[k]`` or ``for tok in sent`` makes a new spaCy Token object: the
    # rules made about 10 million of them for 200 Baly articles (12 % of the
    # whole pipeline under cProfile). The words are read once per sentence
    # (one slot: the rules run one sentence after another) and a Token is
    # made only where a rule needs its parse.
    tokens = list(sent)
    return tuple(t.text for t in tokens), tuple(t.lower_ for t in tokens)


def number_value(text: str) -> float | None:
    """A numeral's value, in digits or words ("12", "twelve"), or None."""
    value = parse_numeral(text)
    return value if value is not None else word_value(text)


def extract_tallies(sent: Span) -> list[Figure]:
    doc = sent.doc
    if not any(w in _VOTE_WORDS for w in words_of(sent)[1]):
        return []
    out = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        pair = None
        m = _TALLY.match(tok.text)
        if m:
            pair, end = (float(m.group(1)), float(m.group(2))), i + 1
        elif tok.like_num and parse_numeral(tok.text) is not None and i + 2 < sent.end:
            link, second = doc[i + 1].text.lower(), doc[i + 2].text
            m2 = re.match(r"^(?:to-)?(\d{1,3})$", second)
            if link in ("-", "–", "to") and m2:
                pair, end = (parse_numeral(tok.text), float(m2.group(1))), i + 3
            elif link == "-" and second == "to" and i + 3 < sent.end and doc[i + 3].like_num:
                pair, end = (parse_numeral(tok.text), parse_numeral(doc[i + 3].text)), i + 4
        if pair is None or None in pair or pair[0] != int(pair[0]) or pair[0] > 1000 \
                or (i > sent.start and doc[i - 1].lower_ in ("age", "ages", "aged")):
            i += 1
            continue
        unit_after = doc[end].lower_ if end < sent.end else ""
        if unit_after in ("%", "percent", "years", "year", "days", "points", "thousand", "million",
                          "billion", "trillion") or \
                (i > sent.start and doc[i - 1].text in ("$", "€", "£")):
            i = end
            continue  # "10-20 percent", "$5-10", "2-3 million jobs": a range, not a tally
        chamber = next((e.text for e in sent.ents if e.label_ == "ORG" and e.root.dep_.startswith("nsubj")), None)
        subject = f"{chamber} vote" if chamber else "vote"
        out.append(Figure(subject=subject, value=pair[0], low=pair[0], high=pair[0],
                          qualifier="exact", unit="vote", against=pair[1]))
        i = end
    return out



_FRACTIONS = {"half": (1, 2), "quarter": (1, 4), "quarters": (1, 4), "third": (1, 3),
              "thirds": (1, 3)}
# "point" alone is a percentage point only where rates are spoken of ("raise
# rates by three-quarters of a point"); elsewhere it may be a score.
_RATE_WORDS = frozenset("rate rates yield yields percent %".split())


def fraction_at(sent: Span, i: int) -> tuple[float, int, int] | None:
    """A fraction of a percentage point starting at token ``i``: (value, index
    after the number words, index after the unit); None if there is none.
    "three-quarters of a percentage point", "half a point", "a quarter-point"."""
    lower = words_of(sent)[1]
    at = i - sent.start
    low = list(lower[at:at + 7])
    if not low:
        return None
    if low[0] in ("half", "quarter", "third") and (low[0] == "half" or at > 0
                                                   and lower[at - 1] in ("a", "one")):
        share, k = _FRACTIONS[low[0]], 1
    elif len(low) > 2 and low[1] in ("-", "–") and low[2] in _FRACTIONS \
            and (word_value(low[0]) or parse_numeral(low[0])):
        share = ((word_value(low[0]) or parse_numeral(low[0])) * _FRACTIONS[low[2]][0],
                 _FRACTIONS[low[2]][1])
        k = 3
    else:
        return None
    rest = low[k:]
    if rest[:2] in (["of", "a"], ["of", "an"]):
        unit_at = k + 2
    elif rest[:1] == ["a"] and low[0] == "half":
        unit_at = k + 1
    elif rest[:2] == ["-", "point"]:
        unit_at = k + 1
    else:
        return None
    unit = low[unit_at:unit_at + 2]
    if unit[:2] in (["percentage", "point"], ["percentage", "points"]):
        end = unit_at + 2
    elif unit[:1] == ["point"] and any(w in _RATE_WORDS for w in lower):
        end = unit_at + 1
    else:
        return None
    return round(share[0] / share[1], 4), i + k, i + end


def extract_fractions(sent: Span, subject_of) -> list[Figure]:
    """Fractions of a percentage point, with ``subject_of(start, end, unit)``
    naming what they measure (the rates raised, the hike)."""
    out = []
    for i in range(sent.start, sent.end):
        found = fraction_at(sent, i)
        if found is None or (i > sent.start and fraction_at(sent, i - 1)):
            continue
        value, _, end = found
        subject = subject_of(i, end, "percentage point")
        if subject:
            out.append(Figure(subject=subject, value=value, low=value, high=value,
                              qualifier="exact", unit="percentage point"))
    return out


# Nouns counted in pairs that are one thing: "a pair of scissors" is one.
_ONE_THING_PAIRS = frozenset("""scissors jeans trousers pants glasses spectacles shorts tights pliers
binoculars goggles tongs shears socks shoes boots gloves earrings""".split())


def extract_pairs(sent: Span, noun_phrase) -> list[Figure]:
    """"A pair of secret phone calls": a count of 2 of the thing paired."""
    doc = sent.doc
    lower = words_of(sent)[1]
    out = []
    for k, word in enumerate(lower):
        if word != "pair" or k == 0 or lower[k - 1] not in ("a", "one"):
            continue
        tok = doc[sent.start + k]
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if thing is None or thing.pos_ != "NOUN" or thing.lower_ in _ONE_THING_PAIRS:
            continue
        subject = noun_phrase(thing, set())
        if subject:
            out.append(Figure(subject=subject, value=2.0, low=2.0, high=2.0, qualifier="exact"))
    return out
