"""Titles written before a name: "Foreign Minister Ana Ruiz", "Secretary of
State Antony Blinken", "CDC Director Dr. Rochelle Walensky", "Producers Craig
Zadan and Neil Meron", and the title set ahead of a name with a comma ("the
mayor's spokesperson, Lee Park"). Read from tokens and entities only; used by
claims/roles.py.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.person_spans import HONORIFICS, names_an_outlet
from crosscheck.claims.titles import (ABBREVIATED_BEFORE_A_NAME, ABBREVIATED_TITLES, DROP_ENTS, FORMER,
                                      INSIDE_A_TITLE, NOT_TITLE_START, STOP_ENTS, Title, held_no_more,
                                      held_no_more_across_a_place, is_calendar_word, is_title_head, join,
                                      joins_titles, occupation_before_name, plural_title, split_abbreviation)

# Military ranks: a title of their own ("Gen. Mark Milley"), but not part of an
# office they follow.
_RANKS = {"adm.", "gen.", "lt.", "col.", "capt.", "sgt.", "maj.", "cmdr."}
# Title words that are common verbs as well ("to host", "to head").
_ALSO_VERBS = {"host", "head", "chair", "coach", "counsel", "author", "anchor", "produce", "lead", "manage"}
# "Secretary of State", "Chief of Naval Operations": an office named by "of"
# and at most this many capitalised words after it.
_OF_WORDS = 3


def _of_title_end(doc, k: int, sent_start: int) -> int | None:
    """For "Secretary of State NAME" (``k`` at "State"), "Special Envoy for
    Haiti NAME": the index of the head word before "of" or "for", when only
    capitalised words stand between. Written in lower case the office is
    read too, hyphened or not ("his former chief-of-staff Mark Meadows",
    "Trump's chief of staff Mark Meadows"), when only lowercase nouns stand
    between: "the leader of the protesters Ana Ruiz" has a "the" there."""
    lower = doc[k].is_lower
    if not (doc[k].pos_ == "NOUN" and doc[k].ent_type_ not in STOP_ENTS if lower
            else doc[k].is_title or doc[k].is_upper):
        return None
    j, words = k, 0
    while words < _OF_WORDS:
        j -= 1
        if j - 1 < sent_start:
            return None
        if _glued_hyphen(doc, j):
            continue  # "chief-of-staff"
        words += 1
        if not lower and doc[j].lower_ == "the" and doc[j - 1].lower_ in ("of", "for"):
            continue  # "Speaker of the House NAME", "President of the European Commission NAME"
        if doc[j].lower_ in ("of", "for"):
            head = doc[j - 1] if not _glued_hyphen(doc, j - 1) else doc[j - 2]
            if not is_title_head(head) or head.i < sent_start:
                return None
            return head.i if (head.is_lower if lower else head.is_title) else None
        if lower and not (doc[j].is_lower and doc[j].pos_ == "NOUN"):
            return None
        if not lower and not doc[j].is_title and not doc[j].is_upper:
            return None
    return None


def _under_secretary(tok: Token) -> bool:
    """ "Under" of "Under Secretary of State Steve Goldstein", an office of
    its own (dev6 read him as "Secretary of State"): capitalised before
    "Secretary" inside the sentence; as its first word only where the name
    is the sentence's subject ("Under Secretary Steve Goldstein said …"),
    since "Under Secretary Pompeo, the department …" opens on "under"."""
    doc = tok.doc
    if tok.text != "Under" or tok.i + 1 >= len(doc) or not doc[tok.i + 1].lower_.startswith("secretary"):
        return False
    if not tok.is_sent_start:
        return True
    name = next((t for t in doc[tok.i + 2:tok.i + 8] if t.ent_type_ == "PERSON"), None)
    return name is not None and name.head.dep_ in ("nsubj", "nsubjpass") or name is not None \
        and name.dep_ in ("nsubj", "nsubjpass")


def _glued_hyphen(doc, j: int) -> bool:
    """``doc[j]`` is a hyphen written between two words without spaces."""
    return doc[j].text == "-" and not doc[j].whitespace_ and j > 0 and not doc[j - 1].whitespace_


def title_before(ent: Span, sent_start: int) -> tuple[str, bool] | None:
    doc = ent.doc
    k = ent.start - 1
    if k - 1 >= sent_start and doc[k].is_space and doc[k - 1].text.endswith(".") \
            and doc[k - 1].lower_.rstrip(".") in ABBREVIATED_BEFORE_A_NAME:
        k -= 1  # "the Rev.\n\nLarry Kroon": a break in the page's text (claims/nlp.py joins it)
    while k >= sent_start and doc[k].lower_ in HONORIFICS:
        k -= 1  # "CDC Director Dr. Rochelle Walensky"
    found = _title_or_rank(doc, k, sent_start)
    if found is None and k + 1 < ent.start and doc[k + 1].lower_ in _CALLINGS:
        # No title but the doctor's or the cleric's: that is theirs ("Dr. Muntu
        # Davis" beside "the county's health officer, Dr. Muntu Davis", fact
        # gold dev3; "the Rev. Larry Kroon" beside "The pastor, Larry Kroon", dev4).
        return doc[k + 1].text, False
    return found


# Honorifics that say what a person does: a doctor, a cleric ("Mr." says nothing).
_CALLINGS = {"dr.", "rev."}


def _title_or_rank(doc, k: int, sent_start: int) -> tuple[str, bool] | None:
    before = k - 1
    if before - 1 >= sent_start and doc[k].lower_ in _RANKS and doc[before].lower_ in _RETIRED:
        before -= 1  # "White House Chief of Staff retired Gen. John Kelly" (dev6): the office is his
    if before >= sent_start and doc[k].lower_ in _RANKS and (doc[before].is_title or doc[before].is_upper) \
            and doc[before].lower_ not in FORMER:
        # A rank after an office is not part of it: "Chief of Naval Operations Adm. X";
        # but "Navy Adm. X" has no office before the rank, which is then the title.
        found = _title_ending_at(doc, before, sent_start)
        if found is not None:
            return found
    return _title_ending_at(doc, k, sent_start)


# A rank held no more, written between an office and the rank: the office is
# the title ("White House Chief of Staff retired Gen. John Kelly"), the rank
# alone where no office stands before it ("retired Gen. John Kelly").
_RETIRED = {"retired", "ret."}


def _title_ending_at(doc, k: int, sent_start: int) -> tuple[str, bool] | None:
    if k - 2 >= sent_start and doc[k].lower_ == "charge" and doc[k - 1].lower_ == "in" \
            and is_title_head(doc[k - 2]):
        # "FBI special agent in charge Rachel Rojas" (dev5), "officer in
        # charge": an office that ends after its title word.
        found = _title_ending_at(doc, k - 2, sent_start)
        return None if found is None else (found[0] + " in charge", found[1])
    if k >= sent_start and not is_title_head(doc[k]) and not occupation_before_name(doc[k]):
        head = _of_title_end(doc, k, sent_start)
        if head is not None:
            start = head
            while start - 1 >= sent_start and (doc[start - 1].is_title or doc[start - 1].lower_ in INSIDE_A_TITLE) \
                    and doc[start - 1].pos_ not in ("DET", "PRON", "VERB", "AUX") \
                    and doc[start - 1].ent_type_ not in STOP_ENTS and doc[start - 1].lower_ not in FORMER:
                start -= 1
            former = held_no_more_across_a_place(doc, start - 1, sent_start)
            # "... and Minister for Foreign Affairs X": a joining word opens no title.
            while (doc[start].ent_type_ in DROP_ENTS or doc[start].lower_ in NOT_TITLE_START) \
                    and start < head and not _under_secretary(doc[start]):
                start += 1
            return join(list(doc[start:k + 1])), former
    if k < sent_start or not (is_title_head(doc[k]) or split_abbreviation(doc, k, sent_start) is not None
                              or occupation_before_name(doc[k])):
        return None
    words: list[Token] = []
    head = k
    while k >= sent_start:
        tok = doc[k]
        if split_abbreviation(doc, k, sent_start) is not None:
            words[:0] = [doc[k - 1], tok]  # "Sgt" "." is one word, "Sgt."
            k -= 2
            continue
        # The tagger reads a rare title word as a verb ("ABC Entertainment
        # Group prexy Paul Lee"); after a capitalised name of a body it is the title.
        # Not a title word that is a common verb too: in "Trump host Erdoğan"
        # (a headline's "Trump to host") the verb is the verb.
        verb_head = k == head and tok.pos_ == "VERB" and k - 1 >= sent_start \
            and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and tok.lower_ not in _ALSO_VERBS
        if tok.ent_type_ in STOP_ENTS or tok.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") \
                and tok.lower_ not in INSIDE_A_TITLE and not verb_head and not _under_secretary(tok):
            break
        if held_no_more(doc, k) or is_calendar_word(tok):
            break  # "former", and the "Then" of "Then-Vice President", capitalised
        plural_possessive = tok.tag_ == "POS" and tok.text in ("’", "'") and bool(words)
        if not (tok.is_title or tok.is_upper or tok.lower_ in INSIDE_A_TITLE or is_title_head(tok)
                or plural_possessive                or _field_of_the_office(tok, words) or k == head and occupation_before_name(tok)):
            break
        if tok.is_punct and tok.text != "-" and not plural_possessive:
            # (the mark of a plural possessive goes on, a body's name: "House
            # Veterans’ Affairs Committee Chairman Jeff Miller", dev7; not
            # "Trump's", whose "'s" is a person's, not the title's)
            break
        if tok.lower_ == "for" and words and (words[0].is_title or words[0].is_upper) \
                and words[0].lower_ != "the" and k - 1 >= sent_start and is_title_head(doc[k - 1]):
            # "spokeswoman for U.S. Attorney Zachary T. Fardon", "a lawyer for
            # Senate Minority Leader Mitch McConnell" (dev7): the title after
            # "for" is the name's own; the one before it is someone else's.
            break
        if tok.lower_ == "and" and words and words[0].is_lower and not joins_titles(doc, k):
            break  # "the mayor and city attorney X": the title is the last one
        words.insert(0, tok)
        k -= 1
    if k - 1 >= sent_start and doc[k].lower_ == "to" and words and words[0].lower_ == "the" \
            and is_title_head(doc[k - 1]) and (doc[k - 1].is_lower or doc[k - 1].is_sent_start):
        # "counsel to the president Jay Sekulow", "adviser to the prime
        # minister Ana Ruiz": the title is held towards an office, and is
        # the whole phrase (dev5 read Sekulow as "president").
        words[:0] = [doc[k - 1], doc[k]]
        k -= 2
    former = held_no_more_across_a_place(doc, k, sent_start)
    # A sentence's first word is capitalised whatever it is: "When President
    # Biden ...", "For Gov. Newsom ..." give no title "When President".
    while words and (words[0].ent_type_ in DROP_ENTS or words[0].lower_ in NOT_TITLE_START) \
            and not _abbreviation_split(words) and not _under_secretary(words[0]):
        words.pop(0)
    if not words or _a_headline_verb(words):
        return None
    title = join(words)
    if _capital_of_the_sentence(words, sent_start):
        title = words[0].lower_ + title[len(words[0].text):]
    return title, former


def _abbreviation_split(words: Sequence[Token]) -> bool:
    """The title opens with an abbreviation the tokenizer split from its full
    stop ("Dist" "." of "Los Angeles County Dist. Atty.", "Dist" tagged a
    place with the county): a word of the title, whatever its entity."""
    return len(words) > 1 and words[1].text == "." and not words[0].whitespace_ \
        and words[0].lower_ + "." in ABBREVIATED_TITLES


def title_named(ent: Span, sent_start: int) -> tuple[str, bool] | None:
    """ "a former intelligence officer named Brad Johnson", "an aide called
    Ana Ruiz": a title the participle "named"/"called" gives the name after
    it. Only the participle modifying the title word: in "The president named
    Ana Ruiz envoy" the verb is the president's act, and the president is
    someone else."""
    doc = ent.doc
    k = ent.start - 1
    if k - 1 < sent_start or doc[k].lower_ not in ("named", "called") or doc[k].dep_ != "acl" \
            or doc[k].head.i != k - 1 or not is_title_head(doc[k - 1]):
        return None
    return _title_ending_at(doc, k - 1, sent_start)


def _a_headline_verb(words: Sequence[Token]) -> bool:
    """ "Trump host Erdoğan": a person's name and a title word that is a
    common verb too is a headline's "Trump to host Erdoğan", not a title,
    when the article names that word as a person ("President Donald Trump");
    "CBS host Margaret Brennan" (a body) and "Trump attorney Rudy Giuliani"
    (no verb) keep theirs."""
    if len(words) != 2 or words[1].lower_ not in _ALSO_VERBS or not words[1].is_lower:
        return False
    name = words[0]
    return any(t.lower_ == name.lower_ and t.ent_type_ == "PERSON" for t in name.doc)


def _field_of_the_office(tok: Token, words: Sequence[Token]) -> bool:
    """A lowercase noun naming the field of the office the title's words hold:
    "campaign manager", "trade adviser", "disease chief" (the noun qualifies a
    word of the title). Adjectives stay out: read on 300 Baly articles they
    described the person as often as the field ("longtime Democratic
    commissioner", "unfortunate Justice Department lawyer" beside "infectious
    disease chief"); so does the end of a
    hyphened modifier ("two-term Sen.", "four-star general")."""
    doc = tok.doc
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.is_lower \
        and tok.head.i in {w.i for w in words} and not (tok.i > 0 and doc[tok.i - 1].text == "-")


def _capital_of_the_sentence(words: Sequence[Token], sent_start: int) -> bool:
    """A title opening the sentence on a capital the rest of it does not have:
    "Team spokesman Tim Mead" reads "team spokesman", as it would mid-sentence.
    A name keeps its capital: a title word ("Deputy director"), an entity
    ("CDC director"), or a word the article capitalises mid-sentence too ("Trump
    attorney", "Selma director"); so does a title whose every word is
    capitalised ("Health Secretary", "Moderate Senator": no telling an office
    from an adjective there)."""
    first = words[0]
    if not (first.i == sent_start and first.is_title and len(words) > 1 and not first.ent_type_
            and not is_title_head(first) and first.lower_ not in INSIDE_A_TITLE
            and all(w.is_lower for w in words[1:])):
        return False
    return not any(t.lower_ == first.lower_ and (t.is_title or t.is_upper) and t.ent_type_
                   or t.lower_ == first.lower_ and t.is_title and not t.is_sent_start
                   for t in first.doc if t.i != first.i)


def title_ahead(ent: Span) -> Title | None:
    """ "the mayor's spokesperson, NAME"; "Biden's chief of staff, NAME", "the
    Governor of Alaska, NAME" (an office named by "of")."""
    doc = ent.doc
    k = ent.start - 1
    while k >= 1 and doc[k].lower_ in HONORIFICS:
        k -= 1  # "the physician, Dr. Alan Braid"
    if k < 1 or doc[k].text != ",":
        return None
    head = k - 1 if is_title_head(doc[k - 1]) or plural_title(doc[k - 1]) else _head_before_of(doc, k)
    if head is None:
        return None
    after = ent.end
    if after + 1 < len(doc) and doc[after].pos_ == "VERB" and doc[after + 1].text == ",":
        return None  # "The Republican Party’s nominee, Stephen Hayes wrote, ...": Hayes is the writer
    start = head
    # Back to the title's first word, across an "of" only after a title word:
    # "the Secretary of State's spokesperson, NAME", but in "the family of Mr
    # Trump's chief of staff, NAME" the family is no part of the title.
    while start - 1 >= 0 and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PART")
                              or doc[start - 1].lower_ in INSIDE_A_TITLE) \
            and doc[start - 1].lower_ != "the" \
            and (doc[start - 1].lower_ != "and" or joins_titles(doc, start - 1)) \
            and not (doc[start - 1].lower_ in ("of", "for") and not (start >= 2 and is_title_head(doc[start - 2]))):
        start -= 1
    words = [doc[i] for i in range(start, k)]
    # "former" before the title or inside it, after whose it was ("Trump's
    # former campaign chairman, Paul Manafort").
    former = start - 1 >= 0 and doc[start - 1].lower_ in FORMER or any(w.lower_ in FORMER for w in words)
    if former:
        words = [w for w in words if w.lower_ not in FORMER]
    singular = plural_title(doc[head]) if head == k - 1 else None
    if singular is not None:  # "The producers, A and B, said": each is a producer
        return " ".join([w.text for w in words[:-1]] + [singular]), former, True
    return join(words), former


def _head_before_of(doc, comma: int) -> int | None:
    """In "chief of staff, NAME" or "Governor of Alaska, NAME" (``comma`` at the
    comma), the title word before "of"/"for", when at most _OF_OBJECT_WORDS
    nouns or names (and "the") stand between it and the comma; None otherwise ("the
    first day of the trial, NAME" has no title word before its "of").

    A named body or place counts as one word, however long its name ("The
    head of the World Health Organization, NAME", "the commanding general of
    US Army Forces Command, NAME"), and so may a place said by "in"/"at" and
    a body's possessive ("The assistant director of the FBI's field office in
    New York, NAME", dev6): the object of "of" is one noun phrase."""
    words = 0
    j = comma - 1
    while j >= 1 and words <= _OF_OBJECT_WORDS:
        tok = doc[j]
        if tok.lower_ in ("of", "for"):
            return j - 1 if words and is_title_head(doc[j - 1]) else None
        if tok.ent_type_ in _NAMED_OBJECTS:
            start = _entity_start(doc, j)
            # (the tagger may run the title into the body: "Facebook VP of
            # Global Affairs" one ORG; its "of" is the title's)
            j = next((i for i in range(j - 1, start - 1, -1) if doc[i].lower_ in ("of", "for")), start - 1)
            words += 1
            continue
        if tok.tag_ == "POS" or tok.text in ("’s", "'s") or tok.lower_ == "the":
            j -= 1
            continue
        if tok.lower_ in ("in", "at") and doc[j + 1].ent_type_ in ("GPE", "LOC", "FAC"):
            j -= 1  # "field office in New York": where the body is
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in STOP_ENTS:
            return None
        words += 1
        j -= 1
    return None


#: Words of the object of "of" in a title set ahead of a name with a comma,
#: a named body or place one word: "the FBI's field office in New York" is
#: four ("FBI", "field", "office", "New York"); five would let in a clause's
#: noun phrase ("the leader of the party's youth wing in the city council
#: elections, NAME").
_OF_OBJECT_WORDS = 4
#: Entities that name what an office is of: a body or a place ("of the World
#: Health Organization", "of US Army Forces Command", "of Qeshm").
_NAMED_OBJECTS = {"ORG", "GPE", "LOC", "FAC", "NORP"}


def _entity_start(doc, j: int) -> int:
    """The first token of the entity ``doc[j]`` is in."""
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    return j


def plural_title_before(ent: Span, start: int) -> tuple[str, bool] | None:
    """A plural title before a name ("Producers Craig Zadan", "former Senate
    leaders X", "Reps. Jim Jordan of Ohio and ..."), in the singular."""
    doc = ent.doc
    k = ent.start - 1
    singular = plural_title(doc[k]) if k >= start else None
    split = split_abbreviation(doc, k, start, plural=True) if singular is None else None
    if split is not None:  # "Reps." and "Sens.", split from their full stop
        singular, k = split, k - 1
    if singular is None:
        return None
    words = [singular]
    k -= 1
    while k >= start and (doc[k].is_title or doc[k].lower_ in INSIDE_A_TITLE) \
            and doc[k].lower_ not in FORMER | NOT_TITLE_START and doc[k].pos_ not in ("DET", "PRON") \
            and doc[k].ent_type_ not in STOP_ENTS:
        words.insert(0, doc[k].text)
        k -= 1
    former = held_no_more_across_a_place(doc, k, start)
    # A party or place before the title is no part of it, as before one name
    # ("Democratic Sens. Joe Manchin and Kyrsten Sinema" are each "Sen.").
    first = k + 1
    while len(words) > 1 and (doc[first].ent_type_ in DROP_ENTS or doc[first].lower_ in NOT_TITLE_START):
        words.pop(0)
        first += 1
    return " ".join(words), former



def title_of_outlet(ent: Span, sent_start: int) -> tuple[str, bool] | None:
    """ "CBS's Steven Portnoy", "Fox News' Chris Wallace", "the Post's Bob
    Woodward": a news outlet's possessive right before a name is how news
    copy names that outlet's journalist (Baly, 8,000 articles: about 1,000
    such names, nearly all reporters, anchors and hosts), read as "CBS
    journalist", the trade and not a post, since the possessive does not say
    which (corroborate/roles.py compares it as a membership, as "a Facebook
    employee"). The possessor must be tagged an organisation or be a known
    broadcaster, and name a medium: "Trump's Steve Bannon" or "Google's
    Sundar Pichai" give none."""
    doc = ent.doc
    k = ent.start - 1
    # (the tagger reads the bare apostrophe of "Fox News’" as a closing quote)
    if k - 1 < sent_start or not (doc[k].tag_ == "POS" or doc[k].text in ("'", "’")
                                  and not doc[k - 1].whitespace_ and doc[k - 1].lower_.endswith("s")):
        return None
    # The longest run of capitalised words before the mark that names an outlet.
    start = k
    while start - 1 >= sent_start and k - start < 4 and (doc[start - 1].is_title or doc[start - 1].is_upper):
        start -= 1
    for first in range(start, k):
        if names_an_outlet(doc[first:k]):
            name = re.sub(r"^[Tt]he\s+", "", doc[first:k].text)
            return f"{name} journalist", False
    return None


def title_of_outlet_after(name: Span) -> tuple[str, bool] | None:
    """ "Michael Silverman of the Boston Herald", "Buster Olney of ESPN": a
    news outlet after "of" is the outlet's journalist, as its possessive
    before the name is (:func:`title_of_outlet`; ECB+ dev4 gave both forms
    of one reporter). The whole run of capitalised words after "of [the]"
    must name the outlet: "Ana Ruiz of the Times Square Alliance" names a
    body, "Lee Park of the Red Cross" no medium."""
    doc = name.doc
    k = name.end
    if k >= len(doc) or doc[k].lower_ != "of":
        return None
    start = k + 1
    end = start + (start < len(doc) and doc[start].lower_ == "the")
    while end < len(doc) and end - start < 6 and (doc[end].is_title or doc[end].is_upper) \
            and not doc[end].is_punct:
        end += 1
    if end == start or not names_an_outlet(doc[start:end]):
        return None
    outlet = re.sub(r"^[Tt]he\s+", "", doc[start:end].text)
    return f"{outlet} journalist", False
