"""The people an article names, in order: who "he", "she", "Macron" or
"Mr. Lee" stands for where a speech verb gives a pronoun or a bare surname
(:mod:`.speakers` asks; :mod:`.attribution` finds the verbs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from crosscheck.claims.titles import ABBREVIATED_BEFORE_A_NAME

_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Honorifics that say a person's gender; "Dr." and titles say nothing of it.
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov."}
# Titles and honorifics as abbreviated before a name (claims/titles.py):
# alone they name no one ("said Sgt" was a speaker while the name stood after
# the full stop).
TITLE_ABBREVIATIONS = ABBREVIATED_BEFORE_A_NAME | {"lt.-gov"}


@dataclass
class People:
    """The people an article names, in order, to resolve "he" and "Macron"."""

    mentions: list[tuple[int, str]] = field(default_factory=list)  # (article offset, name)
    subjects: set[int] = field(default_factory=set)  # offsets of mentions that are clause subjects
    # a title's head word -> the people the article gives it ("the secretary"
    # of two secretaries is neither)
    roles: dict[str, set[str]] = field(default_factory=dict)
    # surname -> "m" or "f", from an honorific the article writes before it
    genders: dict[str, str] = field(default_factory=dict)
    # whether note_surname_subjects has read the article's parse
    surnames_noted: bool = False

    def surnames(self) -> set[str]:
        """The last words of the names given in two words or more."""
        return {full.split()[-1] for _, full in self.mentions
                if len(full.split()) > 1 and full[:1].isalpha()}

    def note_surname_subjects(self, doc) -> None:
        """Add the surnames of people already named that the tagger did not
        tag as a person where they are a clause's subject: in "Netflix co-CEO
        Ted Sarandos issued a memo about Dave Chappelle … how Chappelle
        approaches … In his first response, Sarandos emphasized …. In the
        second, he again asserts …", "Sarandos" went untagged, so "he" was
        Chappelle, the last subject the tagger saw (claims gold, Variety).
        Read once per article, when a pronoun is first resolved."""
        if self.surnames_noted:
            return
        self.surnames_noted = True
        surnames = self.surnames()
        known = {at for at, _ in self.mentions}
        missed = [(tok.idx, tok.text) for tok in doc
                  if tok.text in surnames and tok.pos_ == "PROPN" and tok.idx not in known
                  and tok.ent_type_ != "PERSON" and tok.dep_ in ("nsubj", "nsubjpass")]
        self.mentions = sorted(self.mentions + missed)
        self.subjects |= {at for at, _ in missed}

    def fullest(self, name: str) -> str:
        """The longest name the article gives that ends with ``name``'s last word."""
        words = [w for w in name.split() if w.lower() not in _HONORIFICS]
        if not words:
            return name
        tail = words[-1][:-2] if words[-1].endswith(("’s", "'s")) else words[-1]
        last = tail.lower()
        best = " ".join(words)
        for _, full in self.mentions:
            if not full[:1].isalpha():
                continue  # the tagger took a mark in: "― Jacklyn Ashley"
            parts = full.split()
            full = " ".join(parts)  # (a name the tagger ran over a line break)
            if parts and parts[-1].lower() == last and len(full) > len(best) \
                    and all(w in parts for w in words):
                best = full
        return best

    def note_honorific(self, name: str, honorific: str) -> None:
        """Remember the gender an honorific gives a surname ("Mr. Clarke",
        "Ms. Page"); a surname given both (two people) is left unknown."""
        gender = _HONORIFIC_GENDER.get(honorific.lower().rstrip("."))
        words = name.split()
        if gender and words:
            surname = words[-1].lower()
            self.genders[surname] = gender if self.genders.get(surname, gender) == gender else ""

    def before(self, offset: int, quoted: Sequence[tuple[int, int]] = (),
               pronoun: str | None = None) -> str | None:
        """The person "he" or "she" at ``offset`` most likely stands for: the
        last person before it who was the subject of a clause (a pronoun
        subject mostly continues the previous subject), else the last named.
        People named inside ``quoted`` ranges are left out: in “… watching
        Johnny Carson host the Oscars …,” he said, "he" is not Carson; so is
        a person an honorific gives the other gender ("she" is not "Mr. Lee")."""
        wanted = _PRONOUN_GENDER.get((pronoun or "").lower())
        last = subject = None
        for at, name in self.mentions:
            if at >= offset:
                break
            if any(a <= at < b for a, b in quoted) or name.lower().rstrip(".") in TITLE_ABBREVIATIONS:
                continue  # nor a title the tagger took for a person ("Sgt")
            known = self.genders.get(name.split()[-1].lower(), "") if name.split() else ""
            if wanted and known and known != wanted:
                continue
            last = name
            if at in self.subjects:
                subject = name
        found = subject or last
        return self.fullest(found) if found else None
