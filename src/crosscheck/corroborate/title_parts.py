"""Parts of a title a note shows whole, read from the sentence around it:
the rest of a body's name a title stops inside ("…of the National
Geospatial-Intelligence Agency"), the lowercase words that modify it ("an
infectious disease chief"), and whether it is an occupation after a body's
name, which takes an article ("a Health and Human Services official"); the
rank qualifier before a rank's abbreviation ("Lance Cpl.") and the name a
title's preposition goes on to ("founder of the controversial 1619
Project"). Split
from :mod:`.wording` (notes15 round), whose :func:`.wording.title_as_written`
and :func:`.title_articles.with_article` ask them; the word sets they share are
read from there when asked, since that module imports this one."""

from __future__ import annotations

import re

from ..claims.epithets import PARTY_WORDS
from ..claims.nlp import parse
from ..patterns import compiled


# The rest of a name a title stops inside: a hyphen, or "and" or "&" before
# a capitalised word, then capitalised words ("National Geospatial" of "the
# National Geospatial-Intelligence Agency", "Surrey Fire" of "Surrey Fire and
# Rescue Service": notes gold, heldout14, heldout5).
_REST_OF_A_NAME = re.compile(r"(?:-[A-Z][\w’'&.-]*|(?: and| &) [A-Z][\w’'.-]*)"
                             r"(?: [A-Z][\w’'.-]*)*")


# The start of a body's name a title opens inside: a capitalised word and
# "and" (or "&") right before it ("Human Services Secretary" of "Health and
# Human Services Secretary": notes gold, heldout20).
_START_OF_A_NAME = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w’'.-]*) (?:and|&) $")


def with_the_start_of_its_name(words: list[str], sentence: str) -> list[str]:
    """``words`` of a capitalised title with the start of the body's name
    the ``sentence`` writes right before them, when the title holds what
    the body is ("Services", "Development"): "and" joins two offices as
    often ("Secretary of State and Defense Secretary Lloyd Austin"), and
    "Defense Secretary" names no body to be cut from."""
    title = " ".join(words)
    at = sentence.find(title)
    if at <= 0 or not words[0][:1].isupper() \
            or not any(w.lower().strip(".,") in _BODIES for w in words[:-1]):
        return words
    start = _START_OF_A_NAME.search(sentence[:at])
    if start is None or start.group(1).lower() in _BODIES:
        return words
    return sentence[start.start():at].split() + words


def with_the_rest_of_its_name(words: list[str], sentence: str) -> list[str]:
    """``words`` of a title that ends on a capitalised word with the rest
    of the name the ``sentence`` goes on with right after them, and the
    start of it before them (:func:`with_the_start_of_its_name`)."""
    words = with_the_start_of_its_name(words, sentence)
    title = " ".join(words)
    at = sentence.find(title)
    if at < 0 or not words[-1][:1].isupper() or words[-1].endswith("."):
        return words
    rest = _REST_OF_A_NAME.match(sentence, at + len(title))
    if rest is None:
        return words
    more = rest.group().rstrip(".,;:")
    if not more.startswith("-") and more.split()[-1].lower() not in _BODIES:
        # "and" joins two offices as often as two words of a body's name
        # ("Secretary of State and Defense Secretary Lloyd Austin"): a
        # body's name ends on what the body is.
        return words
    return (title + more).split()


_BODIES = frozenset("""service services agency department commission council committee office
administration institute association authority bureau board center centre foundation society
company corporation university college hospital prevention development security trust
protection""".split())


# Words before a title that are no part of the office held: time ("former",
# "then"), and a title's count of people (_COUNTS).
_NOT_MODIFIERS = frozenset("former then ex late onetime one-time".split())


def with_its_modifiers(words: list[str], sentence: str) -> list[str]:
    """``words`` of a lowercase title with the lowercase words that the
    ``sentence`` writes right before it and that modify it, by the parse
    ("chief" of "U.S. infectious disease chief Dr. Anthony Fauci", "safety
    director" of "Palmer public safety director Jon Owen": notes gold,
    heldout6, heldout9): cut from them, the title says another office. Not
    a verb or an article before it ("said chief economist Mark Zandi"), not
    a capitalised word (a name's or a place's, left as the reader cut it)."""
    from .wording import (_COUNTS, _FUNCTION_WORDS, _RANKS_OF_THE_NEXT, _SOLE_OFFICES,
                          opens_on_a_name)

    title = " ".join(words)
    at = sentence.find(title)
    if at <= 0 or not words[0][:1].islower() or not sentence[at - 1] == " " \
            or len(compiled(rf"\b{re.escape(title)}\b").findall(sentence)) > 1 \
            or words[-1].lower() in _SOLE_OFFICES | {"leader", "minister", "secretary"}:
        # (an office written bare after what qualifies it, "community
        # leader", "team president", would lose the article it needs)
        return words
    doc = parse(sentence)
    inside = [t for t in doc if at <= t.idx < at + len(title)]
    if not inside:
        return words
    span = {t.i for t in inside}
    first = inside[0].i
    while first > 0:
        t = doc[first - 1]
        if t.dep_ not in ("amod", "compound", "nmod") or t.head.i not in span \
                or t.pos_ not in ("ADJ", "NOUN") or not re.fullmatch(r"[a-z][a-z-]*", t.text) \
                or t.lower_ in _NOT_MODIFIERS or t.lower_ in _COUNTS \
                or t.lower_ in _FUNCTION_WORDS or sentence[t.idx - 1:t.idx] != " ":
            # (nor the end of a hyphenated word: "one-time personal lawyer",
            # "Prize-winning investigative journalist")
            break
        first -= 1
        span.add(first)
    stop = doc[first - 1] if first > 0 else None
    if first == inside[0].i or (stop is not None and (stop.text in ("-", "–") or (
            stop.head.i in span and stop.dep_ in ("amod", "compound", "nmod", "nummod")
            and stop.lower_ not in _NOT_MODIFIERS
            and (not stop.text[:1].isupper() or stop.lower_ in _RANKS_OF_THE_NEXT
                 or (stop.i == 0 and not opens_on_a_name(sentence)))))):
        # all of what modifies it or nothing: "unit director" of "second -
        # unit director", "time personal lawyer" of "one-time personal
        # lawyer", "chief fire officer" of "Assistant chief fire officer"
        # would say another office than the article's (a capitalised word
        # before them, a name's or a place's, may stay out: "U.S.")
        return words
    return sentence[doc[first].idx:at].split() + words


# Words that join the words of a body's name ("Health and Human Services",
# "Department of Education") and that open an occupation's complement
# ("professor of family medicine").
_IN_A_NAME = frozenset("and of for &".split())
_COMPLEMENT_OPENERS = frozenset("of for at in on".split())


def body_then_occupation(words: list[str]) -> bool:
    """``words`` are a body's capitalised name, small words inside it
    included, then a lowercase occupation that is no office, then at most a
    complement ("Health and Human Services official", "Georgetown
    University professor of family medicine"). Not an office the newsroom
    writes without an article ("New York attorney general for…", "White
    House press secretary"), a party's member, a possessive."""
    from .title_articles import _LEADING_OFFICES
    from .wording import _FUNCTION_WORDS, _OFFICES, _SOLE_OFFICES

    n = 0
    while n < len(words) and (words[n][:1].isupper() or words[n][:1].isdigit() or (
            words[n].lower() in _IN_A_NAME and 0 < n < len(words) - 1
            and words[n + 1][:1].isupper())):
        n += 1
    body = words[:n]
    occupation = []
    while n < len(words) and words[n][:1].islower() \
            and words[n].lower() not in _FUNCTION_WORDS:
        occupation.append(words[n])
        n += 1
    rest = words[n:]
    if not body or not occupation or len(occupation) > 3 or (rest and (
            rest[0].lower() not in _COMPLEMENT_OPENERS or len(rest) < 2)):
        return False
    if not rest and not any(w.lower() in _IN_A_NAME for w in words):
        return False  # the rule above answers these
    return occupation[-1].lower() not in _OFFICES | _SOLE_OFFICES | _LEADING_OFFICES \
        and not any(w.lower() in PARTY_WORDS or w.endswith(("'s", "’s", "'", "’"))
                    for w in body + occupation)


# Words that make one military rank with the abbreviation after them ("Lance
# Cpl.", "Staff Sgt.", "Rear Adm."), which the claims reader leaves before the
# title it reads: "is Corporal" of a lance corporal (notes gold, heldout12) is
# a rank he does not hold.
_RANK_QUALIFIERS = {"lance": "Lance", "staff": "Staff", "master": "Master", "gunnery": "Gunnery",
                    "first": "First", "rear": "Rear", "brig.": "Brigadier", "command": "Command"}
_MILITARY_RANKS = frozenset("cpl sgt gen adm col maj lt capt cmdr".split())


# A title cut inside the object of its preposition, before a name or a number
# that goes on it ("founder of the controversial" of "founder of the
# controversial 1619 Project": notes gold, heldout13).
_CUT_OBJECT = re.compile(r"\b(?:of|for|at|to|in|with|on) (?:the|a|an)(?: [a-z][\w-]*)?$")
_NAME_GOES_ON = re.compile(r" ((?:[A-Z0-9][\w.’'&-]*)(?: [A-Z0-9][\w.’'&-]*){0,3})")


def with_its_name(words: list[str], sentence: str) -> list[str]:
    """``words`` of a title with the name or number the ``sentence`` writes
    right after them, when the title stops inside its preposition's object."""
    title = " ".join(words)
    at = sentence.find(title)
    if not _CUT_OBJECT.search(title) or at < 0:
        return words
    name = _NAME_GOES_ON.match(sentence, at + len(title))
    return words + name.group(1).rstrip(".,;:").split() if name else words


def with_its_rank(words: list[str], sentence: str) -> list[str]:
    """``words`` of a title with the qualifier the ``sentence`` writes right
    before its rank abbreviation ("Lance" of "Marine Corps Lance Cpl.
    Rylee McCollum")."""
    if words[0].lower().rstrip(".") not in _MILITARY_RANKS or not words[0].endswith("."):
        return words
    before = compiled(rf"(\S+)\s+{re.escape(words[0])}(?=\s)").search(sentence)
    qualifier = _RANK_QUALIFIERS.get(before.group(1).lower()) if before else None
    return [qualifier, *words] if qualifier else words
