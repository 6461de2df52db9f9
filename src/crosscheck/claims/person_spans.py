"""Where a person's name lies when the tagger got it wrong: people it read
as organisations or places ("Homeland Security Secretary Alejandro Mayorkas"
as an ORG), and first names it cut from their surnames ("Team spokesman Tim
Mead" with "Tim" alone a PERSON). Read from the claims pass's tokens and
entities; used by claims/roles.py, and by claims/figure_ages.py to know
whom "she was 85" is of (:func:`people_named`: one test of who is a person).
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.nlp import lemma
from crosscheck.claims.titles import HONORIFIC_ABBREVIATIONS, TITLE_WORDS, is_calendar_word, is_title_head
from crosscheck.clean.credits import KNOWN_MEDIA, MEDIA_WORDS

# Honorifics that may stand between a title and the name ("Director Dr. X").
HONORIFICS = {*HONORIFIC_ABBREVIATIONS, *(w + "." for w in HONORIFIC_ABBREVIATIONS), "sir", "dame"}
# Words of organisations' names: an entity holding one is no misread person.
_ORG_WORDS = {"inc", "inc.", "corp", "corp.", "co.", "llc", "ltd", "group", "bank", "university",
              "department", "ministry", "council", "committee", "association", "foundation",
              "institute", "company", "party", "agency", "office", "house", "court", "news",
              "times", "post", "administration", "commission", "board", "service", "fund",
              "center", "centre", "college", "school", "network", "union", "club", "force"}
_KNOWN_PEOPLE = "crosscheck.roles.known_people"


def is_a_body(name: str | None, head_only: bool = False) -> bool:
    """A name as written that names a body, not a person: a word of
    organisations' names among its last two ("White House", "Justice
    Department", "Ministry of Defence" ends on a place, so the first word
    counts too for "of" names). With ``head_only``, the last word before any
    "of" alone: "the White House" is a body, "a White House spokesman" a
    person of one."""
    words = re.findall(r"[\w.]+", (name or "").lower())
    if "of" in words:
        words = words[:words.index("of")]
    return any(w in _ORG_WORDS for w in (words[-1:] if head_only else words[-2:]))


def place_run_into_name(ent: Span) -> bool:
    """"Special Envoy for Haiti Daniel Foote", "Director of National
    Intelligence Avril Haines": the tagger ran the place or field the office
    is for into the name and read it all as one ORG of three or four words.
    Read as the person's name, the last two words, when the office's head stands
    before "for"/"of" and the article names the person again by the last word
    as it names people ("Foote's resignation letter", "Mr. Foote"), which
    bodies are not ("Director of Homeland Security Investigations")."""
    doc = ent.doc
    # "Speaker of the House Nancy Pelosi": the entity takes the "the" in too.
    body = ent[1:] if ent[0].lower_ == "the" else ent
    if len(body) not in (3, 4) or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of") \
            or not is_title_head(doc[ent.start - 2]) or not doc[ent.start - 2].is_title \
            or any(not t.is_title or t.pos_ != "PROPN" for t in body) \
            or any(t.lower_ in _ORG_WORDS for t in body[-2:]):
        return False  # the field may be a body's ("the House"), the name may not
    surname = ent[-1].text
    return any(t.text == surname and not ent.start <= t.i < ent.end and _as_a_person(t) for t in doc)


def _as_a_person(tok: Token) -> bool:
    """A word used as a person's name: tagged so, after "Mr."/"Dr.", owning
    something ("Foote's resignation letter"), or alone as the subject of a
    verb of saying ("Pelosi said", as misread_person reads it); "Affairs of
    state" is none."""
    doc = tok.doc
    return tok.ent_type_ == "PERSON" or (tok.i > 0 and doc[tok.i - 1].lower_ in HONORIFICS) \
        or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("’s", "'s")) \
        or (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.is_title and lemma(tok.head).lower() in CUE_VERBS
            and not (tok.i > 0 and doc[tok.i - 1].dep_ == "compound" and doc[tok.i - 1].head == tok))


def misread_person(ent: Span) -> bool:
    doc = ent.doc
    if not 1 <= len(ent) <= 3 or any(not t.is_title or t.pos_ != "PROPN" or t.lower_ in _ORG_WORDS
                                     for t in ent):
        return False
    known = doc.user_data.get(_KNOWN_PEOPLE)
    if known is None:
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        known = {e.text for e in people} | {e[-1].text for e in people}
        # A word alone that speaks ("Sahm said", "Sahm praised Powell" is not
        # enough: a verb of saying) is a surname: bodies are called by their
        # first word ("Goldman said"), people by their last.
        speaking = {t.text for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.is_title
                    and (t.i + 1 >= len(doc) or t.doc[t.i + 1].dep_ != "compound")
                    and lemma(t.head).lower() in CUE_VERBS}
        known = (known, speaking)
        doc.user_data[_KNOWN_PEOPLE] = known
    named, speaking = known
    if ent.text in named or len(ent) >= 2 and ent[-1].text in named:
        return True  # "Daniel Foote" (ORG) where the article tags "Foote" a person
    if len(ent) >= 2 and ent[-1].text in speaking and not any(t.text in speaking for t in ent[:-1]):
        return True  # "Claudia Sahm" (WORK_OF_ART), where "Sahm said" follows
    before = doc[ent.start - 1] if ent.start > 0 else None
    return ent.label_ == "ORG" and len(ent) >= 2 and before is not None and before.is_title \
        and is_title_head(before)


def name_end(ent: Span) -> int:
    """Where the person's name ends: past the entity when the tagger cut a
    first name from its surname ("Team spokesman Tim Mead": "Tim" alone is the
    PERSON, "Mead" the word it qualifies). Only a capitalised proper noun the
    entity's last word hangs on, and no word of an organisation's name
    ("Joe Biden administration", "Obama Foundation" stay where they end)."""
    doc = ent.doc
    end = ent.end
    if _nickname_then_surname(doc, end):
        return end + 4  # "Deputy Luis Gerardo (Jerry) Ortiz": the surname is past the nickname
    if len(ent) != 1:
        return end  # "Trump Donald John Trump": run-together page text, no cut name
    while end < len(doc) and end - ent.start < 2 and doc[end - 1].dep_ == "compound" \
            and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and doc[end].ent_type_ in ("", "PERSON") and doc[end].lower_ not in _ORG_WORDS:
        end += 1
    return end


def _nickname_then_surname(doc, end: int) -> bool:
    """A nickname in brackets between given names and the surname: "Luis
    Gerardo (Jerry) Ortiz", the tagger's PERSON ending before the bracket.
    One capitalised word inside, one capitalised word after outside any
    entity: "Ana Ruiz (Reuters) Madrid" has a place there."""
    if end + 3 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    nick, surname = doc[end + 1], doc[end + 3]
    return nick.is_title and nick.is_alpha and surname.is_title and surname.pos_ == "PROPN" \
        and surname.ent_type_ in ("", "PERSON") and surname.lower_ not in _ORG_WORDS


# A news outlet's name: a broadcaster or agency known by name ("CBS", "Fox
# News"), or capitalised words ending in a word for a medium ("The
# Washington Post", "the Times"): the outlets of clean/credits.py.
_OUTLET = re.compile(rf"(?:[Tt]he\s+)?(?:(?:{KNOWN_MEDIA})(?:\s+News)?|(?:[A-Z][\w.&-]*\s+){{0,3}}(?:{MEDIA_WORDS}))")


def names_an_outlet(words: Span) -> bool:
    """``words`` name a news outlet: tagged an organisation (or a broadcaster
    known by name, which the tagger misses: "Axios") and shaped as one."""
    text = words.text
    return bool(words) and bool(_OUTLET.fullmatch(text)) and (
        words[-1].ent_type_ == "ORG" or re.fullmatch(KNOWN_MEDIA, text) is not None)


def person_after_outlet(ent: Span) -> Span | None:
    """ "CBS’s Steven Portnoy", which the tagger reads as one organisation:
    the name after an outlet's possessive, two or three capitalised proper
    nouns. A show the outlet airs has small words or a weekday in its name
    ("ABC’s This Week", "NBC’s Meet the Press", "Fox’s Sunday Morning
    Futures") and is no one."""
    doc = ent.doc
    mark = next((t.i for t in ent if t.tag_ == "POS"), None)
    if mark is None or not names_an_outlet(doc[ent.start:mark]):
        return None
    name = doc[mark + 1:ent.end]
    if not 2 <= len(name) <= 3 or any(not t.is_title or t.pos_ != "PROPN" or t.lower_ in _ORG_WORDS
                                      or is_calendar_word(t) for t in name):
        return None
    return name


def people_named(ents: Sequence[Span]):
    """The sentence's PERSON entities, and the ORG ones that are people the
    tagger misread: a name it reads as a person elsewhere in the article
    ("Haugen" beside "Frances Haugen", as ORG or GPE), or two or three capitalised words
    right after a capitalised title ("Homeland Security Secretary Alejandro
    Mayorkas"), or a name after an outlet's possessive ("CBS’s Steven
    Portnoy"). An organisation's word ("Group", "Bank") keeps an entity an
    organisation."""
    for ent in ents:
        if ent.label_ == "PERSON":
            yield ent
        elif ent.label_ in ("ORG", "GPE", "WORK_OF_ART") and misread_person(ent):
            yield ent
        elif ent.label_ == "ORG" and place_run_into_name(ent):
            yield ent.doc[ent.end - 2:ent.end]
        elif ent.label_ == "ORG" and person_after_outlet(ent) is not None:
            yield person_after_outlet(ent)


def without_title(name: str) -> str:
    """A name as the article's fullest mention gives it, less a title the
    tagger took into that mention: "Deputy Ortiz" (the entity of "Deputy
    Ortiz was shot") is "Ortiz", whose title is read apart. A name that is
    nothing but title words is kept as it is."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def untagged_surnames(sent: Span, fullest) -> list[Span]:
    """Surnames the tagger put in no entity where an apposition follows
    them: "Soelistyo, the head of Indonesia's search and rescue agency"
    (dev7), in an article tagging "Soelistyo said" a person. A capitalised
    proper noun alone (no proper noun before it), before a comma, that the
    article names as a person: the last word of a longer name ``fullest``
    (the article's people) gives, or of a PERSON entity elsewhere; "Paris,
    the capital" in an article naming no one Paris is no one."""
    doc = sent.doc
    out = []
    for tok in sent:
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or tok.i + 1 >= sent.end \
                or doc[tok.i + 1].text != "," or tok.i > sent.start and doc[tok.i - 1].pos_ == "PROPN":
            continue
        full = fullest(tok.text).split()
        if len(full) >= 2 and full[-1] == tok.text \
                or any(e.label_ == "PERSON" and e[-1].text == tok.text for e in doc.ents):
            out.append(doc[tok.i:tok.i + 1])
    return out
