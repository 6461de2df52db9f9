"""What a figure counts: the noun it counts, what befell it ("killed",
"trapped", "rescued") or how it changed, whether it is a rate, and the
subject key the strict rules and the disputes compare (unit, head, states,
per period, modifiers). Read from the figure's subject and the words near
its number; used by :mod:`.figures` and :mod:`.figure_align`.
"""

from __future__ import annotations

import re

from ..claims.figure_labels import SPELLED
from ..models import Claim
from .common import content_words, words
from .figure_bounds import in_common_unit, signed_fall

# States that tell counted things apart, folded to one word each. Synonyms are
# listed by hand because the distinction is domain knowledge no general
# thesaurus makes: "missing" and "trapped" stay two states (the missing may be
# anywhere: never one dispute), though kindred fates (KINDRED_FATES), "killed"
# and "dead" are one state. "death" is not a state: the
# death penalty and death sentences made "nine voting to put him to death"
# and "three voting for life" two counts of the dead.
_STATES = {
    "killed": "dead", "dead": "dead", "died": "dead", "fatality": "dead",
    "confirmed": "dead", "toll": "dead",
    "injured": "injured", "hurt": "injured", "wounded": "injured",
    "rescued": "rescued", "freed": "rescued", "pulled": "rescued", "saved": "rescued",
    "trapped": "trapped", "missing": "missing", "unaccounted": "missing",
    "evacuated": "evacuated", "displaced": "displaced", "arrested": "arrested",
    "detained": "arrested", "charged": "charged", "convicted": "convicted",
    "fell": "fell", "dropped": "fell", "declined": "fell", "rose": "rose", "climbed": "rose",
    "increased": "rose", "gained": "rose", "recovered": "rose",
    # The gerund of a verb of harm gives its object the same state: "killing
    # 10 people" counts the dead as "10 people were killed" does (fact gold,
    # dev4: the quake's toll, told both ways by two outlets each, made two
    # facts).
    "killing": "dead", "wounding": "injured", "injuring": "injured",
}
# Verbs that give a count a state of its own, kept as they are: they only need
# to keep a figure apart from others ("11 miners escaped" vs "12 missing").
_OTHER_STATES = {"escaped", "survived", "remain", "remained", "employed", "work",
                 "working", "live", "living", "attended", "voted", "signed"}
_STATE_WINDOW = 4
_HEADS = {"people": "person", "persons": "person", "person": "person", "men": "man",
          "women": "woman", "children": "child"}
# A count of deaths is a count of the dead: "the death toll rose to 10" and
# "Ten people were killed" (fact gold dev4). Only as the counted noun: "nine
# voting to put him to death" counts no deaths.
_DEATHS = frozenset({"death", "fatality"})
# A subject that is only a unit says what is measured, not of what: "hours"
# underground at the time of writing differ from article to article by design.
_VAGUE_HEADS = {"hour", "year", "day", "week", "month", "minute", "second", "km", "kilometre",
                "kilometer", "mile", "metre", "meter", "percent", "time", "magnitude", "point",
                "dollar", "euro", "pound", "usd", "eur", "gbp", "figure", "number", "total",
                "record", "level", "rate"}
# "a day" before "before", "after", "earlier", "later" or "ago" is a point in
# time, not a rate: "the death toll from a quake a day before rose to 10" is
# a count in all (fact gold dev4: it kept the toll from "killing 10 people").
_RATE = re.compile(r"\b(?:a|per|each|every) (?:day|week|month|year)\b"
                   r"(?! (?:before|after|earlier|later|ago)\b)|\b(?:daily|weekly|"
                   r"monthly|annual|annually|yearly)\b", re.I)


# A counted noun may be followed by a participle or an adverb saying what
# became of it ("three boats intercepted", "Sixty residents moved", "five
# suspicious boats speedily approaching", "enrolled individuals issued"):
# the noun is what is counted, not the verb, which was read as the head and
# kept one count told by two outlets apart ("intercepted" against "skiffs";
# fact gold dev4 and dev7). Only after a word written as a plural (or a
# plural such as "people"): "the prior conviction spanning…" ends on no noun
# the rule can be sure of. Nouns ending in "-ed" are listed by hand (no
# list of English participles ships with the models the project uses).
_NOUNS_IN_ED = frozenset({"hundred", "speed", "seed", "need", "feed", "breed", "bed", "shed",
                          "deed", "red", "greed", "creed", "weed", "reed", "steed"})
_IRREGULAR_PARTICIPLES = frozenset({"seen", "taken", "held", "won", "given", "made", "found",
                                    "left", "caught", "sent", "brought", "kept", "lost", "paid",
                                    "sold", "told", "built", "bought", "chosen", "known", "shown",
                                    "driven", "stolen", "written", "spent"})
_PLURALS = frozenset({"people", "men", "women", "children", "persons"})


def _after_noun(written: str) -> bool:
    """A word that, after a plural noun, says what became of it, not what it is."""
    return (written in _IRREGULAR_PARTICIPLES
            or (len(written) >= 5 and written.endswith("ed") and written not in _NOUNS_IN_ED)
            or (len(written) >= 6 and written.endswith(("ing", "ly"))))


def counted_words(subject: str) -> tuple[list[str], list[str]]:
    """The subject's content words but its states (:data:`_STATES`), ending on
    the counted noun, and the words after that noun that say what became of it."""
    tokens = [(w, s) for w, s in content_words(subject) if s not in _STATES]
    end = len(tokens)
    while end > 1 and _after_noun(tokens[end - 1][0]):
        end -= 1
    written = tokens[end - 1][0] if tokens else ""
    if end == len(tokens) or not (written in _PLURALS or (
            written.endswith("s") and not written.endswith(("ss", "us", "is")))):
        end = len(tokens)
    return [s for _, s in tokens[:end]], [s for _, s in tokens[end:]]


def counted_head(claim: Claim) -> str | None:
    """The noun a figure counts, in its crude singular (:func:`counted_words`)."""
    rest, _ = counted_words(claim.figure.subject)
    if not rest:
        return None
    return _person_or(rest[-1])


# Nouns that count people whatever else they say of them, read as "person"
# by the rules only (the pair model's head feature keeps the words it was
# trained on, figure_align._head_as_trained): "the six enrolled individuals"
# and "six people signed up" (fact gold dev7). Not "others", which counts
# whatever was counted before it ("12 rifles and two others"): read as
# people, CNN's "14 others were wounded" joined another outlet's "wounded
# eight others" and made a dispute of one article's early and late counts
# that the fact gold does not hold (dev7). Nouns of where people live or
# belong say no more of who they are ("Sixty residents were moved from their
# homes" / "Around 60 people spent the evening at a local day care centre",
# fact gold dev3); nouns of a role (workers, soldiers, voters) name a part
# of the people a story counts, and stay themselves.
_PEOPLE_NOUNS = frozenset({"individual", "resident", "inhabitant", "citizen", "civilian",
                           "villager", "national"})


def _person_or(noun: str) -> str:
    if noun in _DEATHS or noun in _PEOPLE_NOUNS:
        return "person"
    return _HEADS.get(noun, noun)


def _subject_states(subject: str, rest: list[str]) -> frozenset[str]:
    """The states a subject's own words give (``rest``: its counted words):
    its state words, and "dead" for a count of deaths."""
    found = frozenset(_STATES[t] for t in words(subject) if t in _STATES)
    return found | {"dead"} if rest and rest[-1] in _DEATHS else found


def figure_states(claim: Claim) -> frozenset[str]:
    """What befell what a figure counts, or how it changed: from its subject,
    else from the words near its number (:func:`_state_near`)."""
    rest, _ = counted_words(claim.figure.subject)
    found = _subject_states(claim.figure.subject, rest)
    if found:
        return without_changes(found)
    if signed_fall(claim.figure):
        return frozenset({"fell"})
    return without_changes(_state_near(claim.sentence, claim.figure.value, rest[-1] if rest else ""))


def subject_key(claim: Claim) -> tuple | None:
    """(unit, head, states, per-period, modifiers) or None for a subject too vague
    to align."""
    f = claim.figure
    assert f is not None
    rest, after = counted_words(f.subject)
    if not rest:
        return None
    states = _subject_states(f.subject, rest)
    head = _person_or(rest[-1])
    if head in _VAGUE_HEADS and not states:
        return None
    states = without_changes(states or frozenset({"fell"} if signed_fall(f) else ())
                             or _state_near(claim.sentence, f.value, rest[-1]) or _own_state(f.unit, head))
    rate = bool(_RATE.search(f.subject) or _RATE.search(claim.sentence))
    return (in_common_unit(f).unit, head, states, rate, frozenset(rest[:-1] + after))


# A count of what befell people that rose or fell is that count now: "the
# death toll rose to 10" counts the dead as "Ten people were killed" does
# (fact gold dev4), so the change is not part of what is counted. A change
# alone ("shares fell 18%") stays the state it is.
FATES = frozenset({"dead", "injured", "rescued", "trapped", "missing", "evacuated", "displaced",
                   "arrested", "charged", "convicted"})


# Fates often told of one count either way: the trapped and the missing of a
# collapse ("12 miners are still missing", "12 trapped miners"). No rule keeps
# such a pair apart (figure_align._two_fates: the pair's model decides, as for
# any two states), but they stay two states, so never a dispute: "12 trapped"
# and "30 missing" of a flood are two counts.
KINDRED_FATES = (frozenset({"trapped", "missing"}),)


def without_changes(states: frozenset[str]) -> frozenset[str]:
    """``states`` less a rise or fall beside a fate (:data:`FATES`)."""
    return states - {"rose", "fell"} if states & FATES else states


def _own_state(unit: str | None, head: str) -> frozenset[str]:
    """The state a subject's head gives itself in a count of times: the act
    repeated ("married three times", "Page married twice": the count is of
    marriages, as "trapped" says what 12 miners are). A head that is a unit
    ("the second time") is not reached here. A noun of change is not such a
    state: a bare "12% increase" and "13% increase" were, on recession-46, the
    rises of many different prices."""
    if unit == "time":
        return frozenset({head})
    return frozenset()


def _state_near(sentence: str, value: float, head: str) -> frozenset[str]:
    """The state a sentence gives the count, when the subject lacks one: the
    state word nearest the number ("shares fell 18% ..., recovered 3%"), else
    the first within a few words after the counted noun ("Eleven miners escaped")."""
    tokens = words(sentence.replace(",", ""))
    # The number as written in words too: anchored on the noun instead,
    # "killing at least three people and injuring 50" read the nearer
    # "injuring" as the state of the three dead (fact gold dev4).
    numbers = {f"{value:g}"} | {w for w, n in SPELLED.items() if n == value}
    anchors = [i for i, t in enumerate(tokens) if t.rstrip("%") in numbers]
    if not anchors:
        anchors = [i for i, t in enumerate(tokens) if t == head]
    # A state word nearer another number of the sentence is that number's:
    # "24 confirmed deaths, with 121 people still unaccounted for" gives the
    # 121 "unaccounted", not the "confirmed" of the 24 (AllSides dev3: the
    # missing were read as dead and kept apart from "121 still missing").
    others = [k for k, t in enumerate(tokens) if _is_number(t)]
    for i in anchors[:1]:
        nearby = sorted(range(max(0, i - _STATE_WINDOW), min(len(tokens), i + _STATE_WINDOW + 1)),
                        key=lambda j: (abs(j - i), j))
        for j in nearby:
            if any(k != i and abs(j - k) < abs(j - i) for k in others):
                continue
            if tokens[j] in _STATES:
                return frozenset({_STATES[tokens[j]]})
            if tokens[j] in _OTHER_STATES:
                return frozenset({tokens[j]})
    return frozenset()


def _is_number(token: str) -> bool:
    """A token that writes a number: digits ("24", "2,100" once commas are
    dropped, "9.1%") or a spelled number ("twelve")."""
    return token.rstrip("%").replace(".", "", 1).isdigit() or token in SPELLED
