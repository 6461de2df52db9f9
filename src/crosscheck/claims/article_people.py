"""The people an article names, in order: who "he", "she", "Macron" or
"Mr. Lee" stands for where a speech verb gives a pronoun or a bare surname
(:mod:`.speakers` asks; :mod:`.attribution` finds the verbs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from crosscheck.claims.missed_people import given_name_share
from crosscheck.claims.titles import ABBREVIATED_BEFORE_A_NAME

if TYPE_CHECKING:
    from crosscheck.claims.nlp import Sentence

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
    # offsets of subjects of their sentence's main clause -> the sentence's start
    main_subjects: dict[int, int] = field(default_factory=dict)
    # offsets of the other clause subjects -> their sentence's start
    clause_sentences: dict[int, int] = field(default_factory=dict)
    # a title's head word -> the people the article gives it ("the secretary"
    # of two secretaries is neither)
    roles: dict[str, set[str]] = field(default_factory=dict)
    # surname -> "m" or "f", from an honorific the article writes before it
    genders: dict[str, str] = field(default_factory=dict)
    # whether note_surname_subjects has read the article's parse
    surnames_noted: bool = False
    # (sentence start, sentence end, description in lower case) -> the person
    # an epithet stands for ("the West Virginia Democrat" of the sentence
    # after one naming Joe Manchin; claims/epithets.py)
    epithets: dict[tuple[int, int, str], str] = field(default_factory=dict)

    def epithet_at(self, offset: int, description: str) -> str | None:
        """The person the epithet ``description`` written at ``offset`` stands for."""
        low = " ".join(description.lower().split())
        return next((person for (start, end, words), person in self.epithets.items()
                     if start <= offset < end and words == low), None)

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
        """The longest name the article gives that ends with ``name``'s last
        word; ``name`` itself where the article gives two people that
        surname ("Trump said" beside "President Donald Trump" and "first
        lady Melania Trump" is neither named in full: dev5, where the longer
        "Melania Trump" was the president's quote's speaker)."""
        words = [w for w in name.split() if w.lower() not in _HONORIFICS]
        if not words:
            return name
        tail = words[-1][:-2] if words[-1].endswith(("’s", "'s")) else words[-1]
        last = tail.lower()
        best = " ".join(words)
        fuller: list[list[str]] = []
        for _, full in self.mentions:
            if not full[:1].isalpha():
                continue  # the tagger took a mark in: "― Jacklyn Ashley"
            parts = full.split()
            full = " ".join(parts)  # (a name the tagger ran over a line break)
            if parts and parts[-1].lower() == last and len(full) > len(best) \
                    and all(w in parts for w in words):
                fuller.append(parts)
        if not fuller and len(words) == 1:
            fuller = self._given_name_of(words[0])
        if any(not set(a) <= set(b) and not set(b) <= set(a) for a in fuller for b in fuller):
            return best  # two people of one surname ("Donald J. Trump" and "Donald Trump" are one)
        return " ".join(max(fuller, key=lambda p: len(" ".join(p)))) if fuller else best

    def _given_name_of(self, word: str) -> list[list[str]]:
        """The full names the article gives whose first word is ``word``, a
        given name no one of the article bears as a surname: a teenager, a
        host or a family member is called by the given name after the first
        mention ("Nicholas Sandmann … Nicholas said", "Savannah Guthrie …
        Savannah asks", dev5, where each outlet's speaker was half the
        name). A word that is no given name ("Trump", "Washington") or that
        some full name ends with is left as it is."""
        if not given_name_share(word) or word.lower() in {s.lower() for s in self.surnames()}:
            return []
        return [full.split() for _, full in self.mentions
                if len(full.split()) > 1 and full.split()[0] == word and full[:1].isalpha()]

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
        last = subject = main = None
        subject_sentence = main_sentence = None
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
                subject, subject_sentence = name, self.clause_sentences.get(at)
            if at in self.main_subjects:
                main = name
                main_sentence = subject_sentence = self.main_subjects[at]
        # A subject of a clause inside the sentence whose main clause has
        # another ("Carney said … what Boehner can get passed. “…,” he said":
        # Carney, dev7) gives way to the main one: a pronoun subject goes on
        # from the sentence's topic, not from the content it reports.
        if main is not None and subject_sentence is not None and subject_sentence == main_sentence:
            subject = main
        found = subject or last
        return self.fullest(found) if found else None


def people_of(sentences: list[Sentence]) -> People:
    """The people the article the ``sentences`` are of names: those the
    tagger finds, and those it missed where a title or a description says
    a person is meant (:func:`_people_the_tagger_missed`)."""
    people = People()
    if not sentences:
        return people
    doc = sentences[0].span.doc
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = ent.text[:-2] if ent.text.endswith(("’s", "'s")) else ent.text
            people.mentions.append((ent.start_char, name))
            if ent.start > 0:  # "Mr. Clarke", "Ms Page": "she" is not Mr. Clarke
                people.note_honorific(name, ent.doc[ent.start - 1].text)
            if len(ent) > 1:  # the tagger took the honorific in: "Mrs. Page"
                people.note_honorific(name, ent[0].text)
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                people.subjects.add(ent.start_char)
                verb = ent.root.head
                if verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
                    people.main_subjects[ent.start_char] = ent.sent.start_char
                else:
                    people.clause_sentences[ent.start_char] = ent.sent.start_char
    missed = _people_the_tagger_missed(doc)
    people.mentions = sorted(people.mentions + [(at, name) for at, name, _ in missed])
    people.subjects |= {at for at, _, subject in missed if subject}
    return people


# Titles written before a surname that only a person holds: "Professor
# Varoufakis blames …" (ECB+ dev, tagged an organisation), "Mayor Ruiz".
# Not "General", "Chief" or "Head", which open companies' and bodies'
# names too ("General Motors said").
_PERSONAL_TITLES = frozenset({"professor", "prof.", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.",
                              "ms", "mayor", "senator", "sen.", "governor", "gov.", "judge",
                              "rep.", "sheriff", "detective", "sergeant", "sgt.", "captain",
                              "capt.", "minister", "president"})
# Nouns for a person that a name set beside them describes ("A professor of
# economics at the University of Athens, Yanis Varoufakis, did not go …").
_PERSON_NOUNS = _PERSONAL_TITLES | frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "attorney", "director",
    "student", "teacher", "resident", "witness", "analyst", "economist", "officer", "worker",
    "neighbor", "neighbour", "doctor", "nurse", "chairman", "chairwoman", "founder", "owner"})


def _people_the_tagger_missed(doc) -> list[tuple[int, str, bool]]:
    """(offset, name, whether a clause's subject) of people the small model
    did not tag as persons, read from what the sentence says of them: a
    proper noun after a title only a person holds ("Professor Varoufakis
    blames"), or a name set beside a noun for a person ("A professor of
    economics …, Yanis Varoufakis, did not go"). ECB+ dev: the model tagged
    neither, so "he said" after them went to the last person it had tagged."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" \
                or tok.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME"):
            continue
        names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.lower_ not in _PERSONAL_TITLES] + [tok]
        titled = any(c.dep_ == "compound" and c.lower_ in _PERSONAL_TITLES and c.i == names[0].i - 1
                     for c in tok.lefts)
        described = tok.dep_ == "appos" and tok.head.lower_ in _PERSON_NOUNS \
            and tok.head.pos_ == "NOUN" and len(names) > 1
        if not (titled and tok.dep_ in ("nsubj", "nsubjpass") or described):
            continue
        subject = tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ in ("nsubj", "nsubjpass")
        out.append((names[0].idx, " ".join(t.text for t in names), subject))
    return out
