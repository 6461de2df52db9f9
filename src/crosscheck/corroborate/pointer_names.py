"""Who an opening "he" or "she" stands for, shown as a newsroom shows it:
"[Donald Trump] met Thursday with Japanese Prime Minister Shinzo Abe…".

A note quotes one sentence of an article, and a sentence opening on "He met
Thursday with …" leaves its reader asking who (notes gold: the commonest
miss of heldout20 to heldout22 is such a pointer to what the note does not
show). The article's own words before the sentence often say it; where they
say it beyond doubt, the pronoun is shown as the name in square brackets,
and where they do not, the words are left as they are: a wrong name in
brackets is worse than a pronoun.

Beyond doubt means, in the two sentences before and the sentence's own words
before the pronoun: exactly one named person (the entity recogniser's PERSON,
one surname however often written) is the subject of a clause there, others
named at most as objects or modifiers ("Since that win over Monte Barrett,
Rahman has gone 4-2-1…"); that person is the last subject there that is not
itself a pronoun nor a plural (a pronoun goes on from the last subject:
"Police said a man was arrested. He …" is the man, not anyone named; "…,
aides said. He …" is not the aides); no other person is named after that
person's last mention ("Joo Ho-young told reporters … Count Bruce Bennett, a
senior analyst, among the skeptics. He said …" is Bennett); no pronoun of
the other gender is there (a second person); and a pronoun of the same
gender or an honorific says the person's gender (a name alone does not:
"Governor Gavin Newsom spoke. Her plan …" is someone else's). A possessive
is shown as the name's ("[Robert Mueller's] probe"); plural pronouns are
left alone: a group is seldom named by one entity.
"""

from __future__ import annotations

import re

from ..claims.nlp import parse_with_entities
from ..models import Article, Claim

#: How much of an article's text before a sentence the rule reads (and a
#: stored note input keeps, :class:`.render.NoteParts`): two sentences of news
#: prose are under it (a Baly sentence averages 25 words, about 150 characters).
TEXT_BEFORE = 800

_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}
_SAME = {"m": {"he", "him", "his", "himself"}, "f": {"she", "her", "hers", "herself"}}
_OTHER = {"m": _SAME["f"], "f": _SAME["m"]}
_HONORIFIC = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}
# The shown words open on "he"/"she", maybe after an ellipsis and a short
# phrase set off by a comma ("Last Wednesday, he convened …").
_OPENING = re.compile(r"^(…?)((?:[A-Za-z0-9.’']+\s+){0,3}[A-Za-z0-9.’']+,\s+)?(He|She|His|Her|he|she|his|her)\b(?!['’])")
_SUBJECTS = ("nsubj", "nsubjpass")


def wants_text_before(sentence: str) -> bool:
    """Whether a note may ask for the text before ``sentence``: it holds "he",
    "she", "his" or "her"."""
    return re.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b", sentence) is not None


def text_before(article: Article | None, claim: Claim) -> str:
    """The article's text just before the claim's sentence (up to
    :data:`TEXT_BEFORE` characters), or "" when it is not known."""
    if article is None or not article.text:
        return ""
    start = claim.span[0]
    return article.text[max(0, start - TEXT_BEFORE):start]


def with_named_pointer(shown: str, sentence: str, before: str) -> str:
    """``shown`` (words of ``sentence``, maybe opening on "…") with its
    opening "he" or "she" written as the one person the words before it
    name, in square brackets; else ``shown`` as it is."""
    m = _OPENING.match(shown)
    if m is None or not before.strip():
        return shown
    pronoun = m.group(3)
    if m.group(2) and re.search(r"\b(?:he|she|his|her|him|they|their)\b", m.group(2), re.I):
        return shown  # "His philosophy, his demeanor …": the opening phrase points already
    core = shown[len(m.group(1)):m.end()]
    at = sentence.find(core)
    if at < 0:
        return shown
    own = sentence[:at + len(core) - len(pronoun)]
    if m.group(1) == "" and at > 0 and own.strip():
        return shown  # the shown words do not open the sentence, yet carry no ellipsis
    name = _the_one_person(before, own, pronoun.lower())
    if name is None:
        return shown
    if pronoun.lower() in ("his", "her"):
        name += "'" if name.endswith("s") else "'s"  # "[Mueller's] probe"
    return shown[:m.end() - len(pronoun)] + f"[{name}]" + shown[m.end():]


def _the_one_person(before: str, own: str, pronoun: str) -> str | None:
    text = before.rstrip() + " " + own
    doc = parse_with_entities(text)
    at = len(before.rstrip()) + 1  # where the sentence's own words start
    sentences = [s for s in doc.sents if s.start_char < at]
    if not sentences:
        return None
    start = sentences[-2].start_char if len(sentences) >= 2 else sentences[0].start_char
    tokens = [t for t in doc if t.idx >= start]
    if any(t.lower_ in _OTHER[_GENDER[pronoun]] for t in tokens):
        return None  # a pronoun of the other gender: a second person is about
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start_char >= start and _words(e.text)]
    surnames = {_words(e.text)[-1].lower() for e in people}
    # A plural subject cannot be what "he" or "she" stands for ("…, aides said.").
    subjects = [t for t in tokens if t.dep_ in _SUBJECTS and t.pos_ != "PRON"
                and t.tag_ not in ("NNS", "NNPS")]

    def who(token) -> str | None:
        """The surname of the person a subject token names, if it names one:
        a word of a PERSON entity, or a known surname alone (the tagger may
        read "Trump has spent…" as an organisation)."""
        for e in people:
            if e.start <= token.i < e.end:
                return _words(e.text)[-1].lower()
        return token.lower_ if token.lower_ in surnames else None

    # One person is a subject there (others may be named beside, as an
    # object or a modifier: "the win over Monte Barrett, Rahman has gone…"),
    # and the last subject that is no pronoun is that person.
    acting = {name for t in subjects if (name := who(t))}
    if len(acting) != 1 or not subjects or who(subjects[-1]) is None:
        return None
    surname = acting.pop()
    if _words(people[-1].text)[-1].lower() != surname:
        return None  # another person is named after: "Count Bruce Bennett among the skeptics."
    named = [e for e in people if _words(e.text)[-1].lower() == surname]
    # The person's gender as the words before say it: a pronoun of it there,
    # or an honorific ("Ms. Yellen"); a name alone does not say it ("Gavin
    # Newsom spoke in Sacramento. Her plan …" is someone else's).
    honorifics = {_HONORIFIC.get(doc[e.start - 1].lower_) for e in named if e.start > 0} - {None}
    if honorifics - {_GENDER[pronoun]}:
        return None
    if not honorifics and not any(t.lower_ in _SAME[_GENDER[pronoun]] for t in tokens):
        return None
    return max((" ".join(_words(e.text)) for e in named), key=len)


def _words(name: str) -> list[str]:
    """The words of a name, its possessive left out ("Trump’s" → "Trump")."""
    return re.sub(r"['’]s?$", "", name.strip()).split()
