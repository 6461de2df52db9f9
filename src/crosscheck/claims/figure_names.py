"""Numbers that are part of a name or an address, not figures (step 2 of
:mod:`crosscheck.claims.figures`).

A number inside a name reads to a reader as a fact when it is given as one
("1,619 (project)", "60 minutes", "3,400 (block)"). The entity recognizer
tags most names whole ("the 1619 Project", "Fox 5", "10 Downing Street") and
those numbers are refused by their entity; these rules catch the names it
splits or mistags, from the tags and dependency labels of the claims pass:

- a number that modifies a **singular proper noun** after it ("1619
  Project", "50 Cent", "7 World Trade Center"): a count modifies a plural
  ("25 Republicans", "1.4 million Accords", "60 million iPhones");
- a **unit of time written with a capital** in mid-sentence ("CBS's 60
  Minutes", "24 Hours of Le Mans"): the title of a show, a race, a film;
- a **street address**: a number before a street's name ("40 East 5th
  Ave", "221 Baker St"), or a police report's "the 3400 block of Thorpe
  Street" (a block is the hundred of the house numbers);
- an **ordinal that numbers** a street, a court or a unit ("East 5th Ave",
  "the 2nd U.S. Circuit Court of Appeals", "the 82nd Airborne Division")
  rather than ranking an edition of an event ("the 81st Academy Awards").

A headline written in title case capitalises every word, counts too ("Biden
Signs 2 Bills"), so the capital-letter rules stay out of such sentences.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.figure_forms import words_of

__all__ = ["STREET_WORDS", "in_address", "in_name", "numbers_a_name"]

# Street words, with and without the abbreviation's full stop (the
# tokenizer keeps "Ave." whole, and "Ave" is written without one as often).
STREET_WORDS = frozenset("""street st st. avenue ave ave. road rd rd. boulevard blvd blvd.
lane ln ln. drive dr. way place pl pl. court ct ct. square sq sq. parkway pkwy pkwy. terrace
highway hwy hwy. circle""".split())

# At most this many name words between a house number and its street word
# ("40 East 5th Ave", "1600 Pennsylvania Avenue", "350 Fifth Avenue").
_STREET_REACH = 4

# A sentence with more than this share of its words capitalised is a
# headline in title case ("Biden Signs 2 Bills Into Law"), where a capital
# says nothing about names. Running English capitalises names and the first
# word: well under half of its words.
_TITLE_CASE_SHARE = 0.6

# Institutions known by an ordinal, which names one of them rather than
# ranking it: "the 2nd Circuit", "the 82nd Airborne Division", "the 5th
# Fleet", "the 1st Congressional District". The recognizer's tag does not
# tell these apart from a ranked edition: it tags "the 81st annual Academy
# Awards" an ORG as well.
_NUMBERED_INSTITUTIONS = frozenset("""circuit district division brigade regiment battalion fleet
army corps precinct ward squadron airborne infantry cavalry""".split())


# Things an ordinal numbers whatever their case: a constitution's amendments
# ("invoking the 25th Amendment", Slate's "the 25th amendment", notes gold
# heldout19 showed '25th' as a figure). "His 25th title" ranks.
_NUMBERED_ALWAYS = frozenset({"amendment", "amendments"})


def _title_cased(sent: Span) -> bool:
    words = [w for w in words_of(sent)[0] if w.isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) > _TITLE_CASE_SHARE * len(words)


# A day of the week names no thing a number belongs to: "raised the cap to
# 62,500 Monday" is parsed with the number on "Monday" (figure_subjects.py).
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def in_name(sent: Span, start: int, end: int, unit: str | None, currency: bool) -> bool:
    """True when the number at [start, end) (its unit read after it) is part of a name."""
    if currency or _title_cased(sent):
        return False
    doc = sent.doc
    if unit is not None and end < sent.end:
        # "60 Minutes": the unit word itself carries the capital.
        unit_word = doc[end] if doc[end].text not in ("-", "–") else \
            (doc[end + 1] if end + 1 < sent.end else None)
        return unit_word is not None and unit_word.text[:1].isupper() and unit_word.text[1:].islower()
    if unit is not None:
        return False
    last = doc[end - 1]
    head = last.head
    # A singular proper noun right after the number, which the number
    # modifies: "1619 Project", "50 Cent". NNPS ("Republicans") and common
    # nouns ("iPhones", tagged NNS) are counted; so are the people or things
    # a nationality or country describes, which the parser sometimes hangs
    # the number on ("more than 5,000 Sikh pilgrims", "Four US and two MFO
    # troops").
    after = doc[head.i + 1] if head.i + 1 < sent.end else None
    return (last.dep_ in ("nummod", "compound") and head.i >= end and head.tag_ == "NNP"
            and head.text[:1].isupper() and head.ent_type_ not in ("NORP", "GPE")
            and head.lower_ not in _WEEKDAYS and not _plural_in_men(head)
            and not (after is not None and after.tag_ == "NNS")
            and kind_counted(head) is None
            and all(doc[k].tag_ in ("NNP", "HYPH") or doc[k].text in ("-", "–")
                    for k in range(end, head.i)))


def kind_counted(name: Token) -> Token | None:
    """The plural a model's name (with its number) is a kind of, and which a
    number before the name counts: "seven AK-47 assault rifles" counts
    rifles. None for a name without a number ("a dozen House seats", "the 8
    November election")."""
    if any(ch.isdigit() for ch in name.text) and name.dep_ in ("nummod", "compound") \
            and name.head.i > name.i and name.head.tag_ == "NNS":
        return name.head
    return None


def _plural_in_men(word: Token) -> bool:
    """A plural of a noun in "-man" that the tagger called a singular proper
    noun: "Four Guardsmen and seven Marines died" (Baly dev7: the four
    unread), "two Congressmen". Not "Yemen", nor "Amen"."""
    lower = word.lower_
    return lower.endswith("men") and len(lower) > 5 and lower not in ("yemen",)


def in_address(sent: Span, start: int, end: int) -> bool:
    """True when the number at [start, end) is a house number or a block of a
    street: written in digits, it modifies a street's name ending in a street
    word ("40 East 5th Ave", "221 Baker St"), or it is "the 3400 block of" a
    street. "12 blocks of Main Street" counts blocks, and "5 Wall Street banks"
    banks: the number modifies them, not the street."""
    doc = sent.doc
    if start != end - 1 or not doc[start].text[:1].isdigit():
        return False
    lower = words_of(sent)[1]
    at = end - sent.start
    if lower[at:at + 2] == ("block", "of"):
        return True
    head = doc[start].head
    return (end <= head.i <= end + _STREET_REACH and head.lower_ in STREET_WORDS
            and head.text[:1].isupper())


def numbers_a_name(ordinal: Token, thing: Token) -> bool:
    """True when ``ordinal`` is part of the name of ``thing``: a street ("East
    5th Ave", "Fifth Avenue"), or a court, district or army unit named
    with a capital ("the 2nd U.S. Circuit Court of Appeals", "the 82nd
    Airborne Division"). "Her second term" and "the 81st Academy Awards"
    rank."""
    if thing.lower_ in STREET_WORDS and thing.text[:1].isupper():
        return True
    if thing.lower_ in _NUMBERED_ALWAYS:
        return True
    doc = thing.doc
    return thing.pos_ == "PROPN" and any(
        doc[k].lower_ in _NUMBERED_INSTITUTIONS and doc[k].text[:1].isupper()
        for k in range(ordinal.i + 1, thing.i + 1))
