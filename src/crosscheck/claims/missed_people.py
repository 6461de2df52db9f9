"""People the entity tagger missed: a common given name and a surname with a title.

The installed model tags no person in "Referee Tony Weeks elected to stop
the bout" ("Weeks" is a DATE), "Angels GM Tony Reagins later confirmed",
"Constable Tim Fanning says", "Elijah Cummings, the House Oversight
Committee chairman, issued" or "his campaign manager, Brad Parscale, said"
(an ORG): five of the 19 role facts dev4 and dev5 lost, and a quote's
speaker with them. A capitalised word pair opening on a common given name,
where a title stands before it or an apposed title follows it, is a person
(:func:`with_missed_people`): the title as the role readers read it
(claims/title_before.py, claims/title_after.py), asked of the candidate.

Given names are those of the US Census 1990 name lists
(``data/given-names-us1990.tsv``, see ``data/README.md``), with the share of
people who bear each: a list of names as people are called, which a word
frequency list is not ("Will", "Rose" are words first).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span

from .titles import HONORIFIC_ABBREVIATIONS, is_calendar_word, is_title_head

_NAMES_FILE = Path(__file__).resolve().parents[1] / "data" / "given-names-us1990.tsv"

#: A given name borne by this share of people (percent) or more is a common
#: one: the file keeps names from 0.01% (1,577 names, "Karen" 0.667%, "Tony"
#: 0.194%, "Elijah" 0.019%, "Will" 0.018%).
COMMON_GIVEN_NAME_SHARE = 0.01


@cache
def _given_names() -> dict[str, float]:
    rows = (line.split("\t") for line in _NAMES_FILE.read_text(encoding="utf-8").splitlines() if line)
    return {name: float(share) for name, share in rows}


def given_name_share(word: str) -> float:
    """The share of people (percent, US Census 1990) whose given name is
    ``word``; 0 for a name under :data:`COMMON_GIVEN_NAME_SHARE` or none."""
    return _given_names().get(word.lower(), 0.0)


# A surname as written: "Weeks", "O'Brien", "McKenzie", "Lund-Hansen".
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-]?[A-Z]?[a-z]+)*|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+")
# Words that make capitalised words a body or a place, not a surname.
_NOT_SURNAMES = {"street", "avenue", "road", "park", "county", "city", "center", "centre", "hall",
                 "group", "foundation", "institute", "university", "college", "school", "house",
                 "club", "company", "party", "committee", "council", "stadium", "airport"}
_HONORIFICS = {*HONORIFIC_ABBREVIATIONS, *(w + "." for w in HONORIFIC_ABBREVIATIONS)}


def _name_at(doc: Doc, i: int) -> int:
    """The end of a name that opens at ``doc[i]``: a common given name, an
    initial maybe ("Rachel L. Rojas"), and one capitalised surname that is no
    title, month or body's word, with no capitalised word after it but a
    day's or month's (which would make it a longer name, "Tony Blair
    Institute"); ``i`` when none."""
    first = doc[i]
    if not first.is_title or not first.is_alpha or not given_name_share(first.text):
        return i
    k = i + 1
    if k < len(doc) and re.fullmatch(r"[A-Z]\.", doc[k].text):
        k += 1
    if k >= len(doc) or not _SURNAME.fullmatch(doc[k].text) or is_title_head(doc[k]) \
            or is_calendar_word(doc[k]) or doc[k].lower_ in _NOT_SURNAMES:
        return i
    if k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha and not is_calendar_word(doc[k + 1]):
        return i  # ("… Alejandro Giammattei Monday": a day after the name, dev3, ends it)
    return k + 1


def _titled(name: Span, bodies: bool) -> bool:
    """The candidate ``name`` has a title, as the role readers read one: an
    honorific just before it, a title before it (:func:`.title_before.title_before`,
    "Referee Tony Weeks", "Angels GM Tony Reagins") or ahead of it with a comma
    (:func:`.title_before.title_ahead`, "his campaign manager, Brad Parscale"),
    or an apposed title after it (:func:`.title_after.titles_after`, "Elijah
    Cummings, the House Oversight Committee chairman,"). Asked while the
    candidate is tagged a person, as those readers expect of a name. Words the
    tagger read as a body (``bodies``) are a person only after a title word,
    not a noun for what someone does: "Wall Street mega-banker Morgan Stanley
    estimates" (an occupation noun before a bank's name, the extra role
    gold's dev half)."""
    # (imported here: the title readers import the claims pass's modules,
    # which read sentences with this one)
    from .title_after import titles_after
    from .title_before import title_ahead, title_before

    doc = name.doc
    k = name.start - 1
    if k >= 0 and doc[k].lower_ in _HONORIFICS:
        return True
    if k >= 1 and doc[k].text == ",":
        k -= 1
    before = title_before(name, name.sent.start) or title_ahead(name)
    if before and (not bodies or k >= 0 and is_title_head(doc[k])):
        return True
    return bool(titles_after(name))


def _name_card(doc: Doc, i: int) -> bool:
    """``doc[i:i + 2]`` is a name the page repeats at once in a fuller form,
    run into the next words: The Hill's name cards ("special counsel Robert
    Mueller Robert (Bob) Swan MuellerSpeier says …", "adviser Kimberly
    Guilfoyle Kimberly Ann GuilfoyleUniversity of Florida …", dev5), which
    the tagger reads as one PERSON or ORG and so gives no one a title. A
    given name, a surname, a given name again (the same, or the one the
    familiar form is of: "Steve Scalise Stephen (Steve) Joseph ScaliseXXX",
    dev6), and the surname again within the next six tokens (a middle name,
    a nickname in brackets), glued to another word or not."""
    if i + 3 >= len(doc) or not doc[i].is_title or not doc[i + 2].is_title \
            or not given_name_share(doc[i].text) or not given_name_share(doc[i + 2].text) \
            or not _SURNAME.fullmatch(doc[i + 1].text):
        return False
    surname = doc[i + 1].text
    if doc[i + 2].text != doc[i].text:
        # another given name: only a surname run into the next words is the
        # card's ("Venus Williams Serena Williams and …" names two people)
        return any(t.text.startswith(surname) and len(t.text) > len(surname) for t in doc[i + 3:i + 9])
    return any(t.text.startswith(surname) for t in doc[i + 3:i + 9])


def with_missed_people(doc: Doc) -> Doc:
    """``doc`` with a PERSON entity set on each name the tagger missed: a
    common given name and a surname (:func:`_name_at`), in no entity or in
    entities that lie within it and are no place ("Brad Parscale" as an ORG,
    "Weeks" as a DATE), that has a title (:func:`_titled`). "Central Park"
    after "the mayor," has no given name; "Tony Blair Institute" runs on;
    "Will County" is a place (GPE). The candidates are tagged persons all at
    once, the title readers asked, and those without a title given back
    their entities."""
    ents = list(doc.ents)
    covering = {t.i: e for e in ents for t in e}
    cards: list[tuple[Span, set[Span]]] = []
    candidates: list[tuple[Span, set[Span], bool]] = []
    i = 0
    while i < len(doc):
        if _name_card(doc, i):
            # the card's entities go: the name is the person, the rest page text
            inside = {covering[k] for k in range(i, i + 4) if k in covering}
            if all(e.label_ in ("PERSON", "ORG", "NORP", "WORK_OF_ART") and e.start >= i for e in inside):
                cards.append((Span(doc, i, i + 2, label="PERSON"), inside))
                i = max([i + 2, *(e.end for e in inside)])
                continue
        end = _name_at(doc, i)
        if end == i:
            i += 1
            continue
        inside = {covering[k] for k in range(i, end) if k in covering}
        # The given name alone may be a person the tagger cut from a surname
        # it read as a date ("referee Tony Weeks saving 'The Rock'": "Tony"
        # a PERSON, "Weeks" a DATE; dev4's one role fact left unlinked).
        # (a given name cut off alone, with nothing misread after it, is
        # person_spans.py's to join: "Team spokesman Tim Mead")
        persons = sum(e.label_ == "PERSON" for e in inside)
        # A date read from the surname on is no date ("Weeks saving'The
        # Rock'" a DATE): it goes whole.
        if all((e.start >= i or _title_run_in(doc, e, i)) and (e.end <= end or e.label_ == "DATE")
               and (e.label_ in ("ORG", "NORP", "DATE", "WORK_OF_ART") or e.label_ == "PERSON" and e.end < end)
               for e in inside) and (not persons or persons < len(inside)):
            # (an entity the tagger read as a body is a person only after a title word)
            candidates.append((Span(doc, i, end, label="PERSON"), inside,
                               any(e.label_ in ("ORG", "NORP", "WORK_OF_ART") for e in inside)))
        i = end
    if cards or candidates:
        trial = cards + [(span, inside) for span, inside, _ in candidates]
        doc.ents = _replaced(ents, trial)
        kept = cards + [(span, inside) for span, inside, bodies in candidates if _titled(span, bodies)]
        doc.ents = _replaced(ents, kept)
    return _with_surnames_again(doc)


def _with_surnames_again(doc: Doc) -> Doc:
    """``doc`` with a PERSON entity on each surname the tagger left untagged
    after the article named the person in full: "Maurice Cheeks" in one
    sentence, "Cheeks, 48, logged 15 seasons" in the next ("Cheeks" is a
    noun too: no person, so no age, dev4). Only a capitalised word in no
    entity, after the full name, with no capitalised word beside it (which
    would make it part of another name: "Cheeks Avenue", "Tom Cheeks"), and
    only a surname one person of the article bears. A word the tagger read
    as a body stays one: "Apple said" after "Tom Apple" may be the company,
    "Ford" after "Gerald Ford" the carmaker (tried: PolNeAR speakers 0.919
    -> 0.923, no fact linked, and a company's name given to a person)."""
    ents = list(doc.ents)
    bearers: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and _SURNAME.fullmatch(e[-1].text):
            bearers.setdefault(e[-1].text, set()).add(e.text)
            first_at.setdefault(e[-1].text, e.end)
    if not bearers:
        return doc
    covered = {t.i for e in ents for t in e}
    added = []
    for t in doc:
        if t.i in covered or len(bearers.get(t.text, ())) != 1 or t.i < first_at[t.text]:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        # (a capital before it may only open the sentence)
        if (before is not None and before.is_title and before.is_alpha and not before.is_sent_start) \
                or (after is not None and after.is_title and after.is_alpha):
            continue
        added.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    if added:
        doc.ents = sorted(ents + added, key=lambda e: e.start)
    return doc


def _title_run_in(doc: Doc, ent: Span, i: int) -> bool:
    """The body ``ent`` the tagger read runs from a title and its place into
    the name at ``doc[i]``: "Guatemala President Alejandro Giammattei" as one
    ORG (dev3). Capitalised words up to a title word right before the name;
    "Tony Blair Institute" opens on the name, and "the Giammattei
    government's" has no title word before it."""
    return ent.label_ == "ORG" and ent.start < i and is_title_head(doc[i - 1]) \
        and all(t.is_title or t.is_upper for t in doc[ent.start:i])


def _replaced(ents: list[Span], people: list[tuple[Span, set[Span]]]) -> list[Span]:
    """``ents`` with each person set in place of the entities inside it."""
    gone = {e for _, inside in people for e in inside}
    return sorted([e for e in ents if e not in gone] + [p for p, _ in people], key=lambda e: e.start)
