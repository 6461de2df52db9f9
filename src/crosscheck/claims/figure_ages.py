"""Ages, a figure form the numeral reader of :mod:`.figures` sets aside (see
:mod:`.figure_forms`): "at the age of 91", "aged 91", "Williams, 91,", "dies
at 91", "a 19-year-old man", "She was 85.", "he was 25 years old", "Steward,
who turned 68 on Saturday", with age ranges ("ages 5 to 11", "in her 60s")
and open ones ("65 and older"), each of the person the sentence names nearest or of the
noun the age describes.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.figure_bounds import bounds, qualifier_before
from crosscheck.claims.figure_forms import number_value, words_of
# The claims pass runs without spaCy's lemmatizer (nlp.py): lemmas come from nlp.lemma.
from crosscheck.claims.nlp import lemma
from crosscheck.claims.numbers import roundness
from crosscheck.claims.person_spans import people_named
from crosscheck.models import Figure

# Ages above this are not ages of people (a "150-year-old bridge").
MAX_AGE = 120


def _person_near(sent: Span, i: int) -> str | None:
    """The PERSON the sentence names nearest token ``i`` (the one before it when tied)."""
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    if not people:
        return None
    best = min(people, key=lambda e: (min(abs(e.start - i), abs(e.end - 1 - i)), e.start > i))
    name = best.text
    return name[:-2] if name.endswith(("'s", "’s")) else name


# "The 32-year-old Klitschko dominated ... Rahman": the age describes the name
# "old" modifies, whatever the tagger calls it (here NORP; "The 70-year-old
# Trump apologized ... Clinton" ORG), and was given to the PERSON named
# nearest, the other man. Of the 81 "The N-year-old Name" in the AllSides,
# Baly, ECB+ and recession texts (less Baly's day-sorted [1000:3000)), 7
# gave the age to someone else so ("Nooyi", "Kavanaugh", "Stossel",
# "Klitschko" in four articles), and none is given away by this. A
# nationality is no name ("the 40-year-old American", tagged NORP, is someone
# named elsewhere): the person named nearest stays its best reading.
_NATIONALITY_ENDINGS = ("an", "ian", "ese", "ish", "i", "ch")


def nationality(ent: Span) -> bool:
    """``ent`` is a word of nationality ("American", "Ukrainian"), not a name
    the tagger took for one ("Klitschko", NORP)."""
    return ent.label_ == "NORP" and len(ent) == 1 and ent.text.lower().endswith(_NATIONALITY_ENDINGS)


def _described_name(sent: Span, described: Token) -> str | None:
    """The name of which ``described`` is the last word: the entity that holds
    it (the compounds before it when none does), unless a nationality."""
    ent = next((e for e in sent.ents if e.start <= described.i < e.end), None)
    if ent is not None and nationality(ent):
        return None
    if ent is not None and ent.label_ in ("PERSON", "NORP", "ORG", "GPE") and ent.end == described.i + 1:
        name = ent.text
    else:
        name = " ".join(t.text for t in [t for t in described.lefts if t.dep_ == "compound"
                                          and t.pos_ == "PROPN"] + [described])
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _governing_verb(tok: Token) -> Token:
    """The verb ``tok`` hangs on, climbing at most six heads (an age sits a
    few arcs below its clause's verb: "died ... at the age of 85")."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb


def _named_subject(tok: Token) -> str | None:
    """The subject of the clause around ``tok`` ("Bettie Page died ... at the
    age of 85"), for when the model did not tag the name a PERSON."""
    verb = _governing_verb(tok)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        # "Page, whose photos titillated a generation, has died at 85": the
        # parser may read "died" as a verb joined to the one before, whose
        # subject it shares.
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    if subject.pos_ == "NOUN":
        return subject.lower_  # "the actress died at the age of 85"
    parts = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    return " ".join(t.text for t in parts)


# An age at death is the age of whoever died, the named subject of "die",
# not a person named inside the words that describe that subject: "John
# Warner, the former Navy secretary who was once married to Elizabeth Taylor,
# has died at 94" was read "age of Elizabeth Taylor", "Biden, Vice President
# Joe Biden's eldest son, died at the age of 46" "age of Joe Biden". Of the
# 19 sentences of AllSides, Baly, ECB+ and recession text (not the held-out
# gold's) where someone "died at" or "died ... at the age of" a number, those
# two named another person nearer the age. A name in apposition to the
# subject is the subject's ("Hollywood's Mermaid, Esther Williams, dies at 91").
def _who_died(sent: Span, tok: Token) -> str | None:
    """The named subject of the "die" the age ``tok`` hangs on, when the person
    named nearest the age is someone its description names; else None."""
    verb = _governing_verb(tok)
    if lemma(verb) != "die":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    name = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subject]
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    nearest = min(people, key=lambda e: (min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)),
                                         e.start > tok.i), default=None)
    if nearest is None or any(nearest.start <= t.i < nearest.end for t in name):
        return None
    described = {t.i for t in subject.subtree}
    if nearest.root.i not in described or (nearest.root.dep_ == "appos"
                                           and nearest.root.head.i == subject.i):
        return None
    return " ".join(t.text for t in name)


def _who(sent: Span, tok: Token, near: int) -> str | None:
    """Whose age: the PERSON named nearest, the named subject of the clause, or
    the noun the age phrase qualifies ("children ages 5 to 11", "people 65 and older")."""
    doc = sent.doc
    if tok.i - 2 >= sent.start and doc[tok.i - 1].lower_ in ("ages", "aged", "age") \
            and doc[tok.i - 2].pos_ == "NOUN":
        return doc[tok.i - 2].lower_  # "children ages 5 to 11", "adults aged 65"
    found = _person_near(sent, near) or _named_subject(tok)
    if found:
        return found
    noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else tok.head.head
    if noun.lower_ in ("age", "ages"):
        noun = noun.head
    return noun.lower_ if noun.pos_ == "NOUN" and noun.lower_ not in ("age", "ages") else None


# "Paul Manafort was indicted … The 68-year-old faces 12 counts": "the
# N-year-old" with no noun after it stands for someone the article named
# before, as "he" does (news writing's epithet for the person it is about);
# so does "the N-year-old's lawyer", whose lawyer is not the one aged N (it
# was read "age of lawyer"). "A 19-year-old was arrested" brings someone new:
# nobody named before is that one.
def _stands_for_a_person(sent: Span, number: Token, end: int) -> bool:
    """"the N-year-old" at ``number`` (its phrase ending before ``end``) is a
    noun phrase of its own, or the possessor of the noun after it."""
    doc = sent.doc
    if number.i - 1 < sent.start or doc[number.i - 1].lower_ != "the":
        return False
    old = doc[end - 1]
    if end < sent.end and doc[end].lower_ in ("'s", "’s"):
        return True
    return old.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")


def _person_named(doc, tok: Token) -> str | None:
    """``tok``'s text when the article names a PERSON ending with that word ("Hugh Jackman")."""
    if tok.pos_ != "PROPN":
        return None
    return tok.text if any(e.label_ == "PERSON" and e[-1].text == tok.text for e in doc.ents) else None


def _pronoun_age(sent: Span, tok: Token) -> bool:
    """"She was 85.": a bare number as all that "he" or "she" is, closing its
    clause, is an age ("it was 85" and "they were 12" are not)."""
    head = tok.head
    if tok.dep_ != "attr" or lemma(head) != "be" or tok.i + 1 >= sent.end:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in head.children):
        return False
    return sent.doc[tok.i + 1].lower_ in (".", ",", ";", "when")


def person_before(doc, i: int) -> str | None:
    """The person the article named last before token ``i``, whom a "he" or
    "she" at ``i`` most often refers to in news writing. A name the tagger
    read as an organisation counts when the roles reader takes it for a
    person (the article names that person elsewhere: "Bettie Page, the pin-up
    model, has died. She was 85." with "Bettie Page" tagged ORG)."""
    # The roles reader's test (person_spans.people_named), not a second one:
    # both must agree on who is a person.
    before = [e for e in people_named(doc.ents) if e.end <= i]
    if not before:
        return None
    name = before[-1].text
    return name[:-2] if name.endswith(("'s", "’s")) else name


# "N years old" is an age as "an N-year-old" is: 190 in the AllSides, Baly,
# ECB+ and recession texts ("Denis Hayes was 25 years old", "the
# congregation is about 30 years old"), none read before (the numeral reader
# sets ages aside and no form here took them). Whose: the subject of the
# clause, or the noun "old" describes ("two men 30 years old").
def _years_old(sent: Span, tok: Token) -> int | None:
    """The index after "N years old", or None."""
    doc = sent.doc
    after = [doc[k].lower_ for k in range(tok.i + 1, min(sent.end, tok.i + 3))]
    return tok.i + 3 if after in (["years", "old"], ["year", "old"]) else None


# "turned 68", "will be 29 in April": a bare number a named person turns or
# is, closing its clause or followed by when, is that person's age. 46 such
# "turn"/"will be" forms in those texts, of which the ones whose subject is
# no named person are thresholds ("before they turned 18", "when people turn
# 65") or other measures ("will be 10 to 15 percent lower") and stay unread.
_AGE_VERBS = frozenset({"be", "turn"})
_AFTER_AN_AGE = frozenset({".", ",", ";", ":", "on", "in", "next", "this", "last", "when", "and",
                           "by", "-", "--", "—", "–", ")"})


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the verb ``tok`` hangs on, or that of the noun a
    relative clause describes ("Steward, who turned 68": Steward)."""
    verb = _governing_verb(tok)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ == "ccomp":
        # "Kroon said the church, which he described as ..., is about 30
        # years old" (ECB+ dev4): the parser may take the reported clause's
        # subject for the object of the verb of saying, leaving the clause
        # with none; a clause with a subject of its own keeps it ("told the
        # board the plant is 40 years old").
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return subject


# Page furniture some sites print over an old article ("This article is
# more than 1 year old": the Guardian's, in the Baly texts) is no age of
# anything a story reports.
_PAGE_NOUNS = frozenset({"article", "story", "page", "post", "content", "report"})


def _whose_age(sent: Span, subject: Token | None, nouns: bool) -> str | None:
    """A named person ``subject`` is, "he" or "she" as the person named last,
    and with ``nouns`` a common noun ("the congregation"); None otherwise."""
    if subject is None:
        return None
    doc = sent.doc
    if subject.lower_ in ("he", "she"):
        return person_before(doc, subject.i)
    if subject.ent_type_ == "PERSON":
        return _person_near(sent, subject.i)
    if subject.pos_ == "PROPN":
        return _person_named(doc, subject)
    if not nouns or subject.pos_ != "NOUN" or subject.lower_ in _PAGE_NOUNS:
        return None
    return subject.lower_


def _turned_age(sent: Span, tok: Token) -> str | None:
    """Whose age ``tok`` is in "Steward turned 68 on Saturday", "Teixeira will
    be 29 in April"; None when it is not such an age."""
    doc = sent.doc
    if tok.dep_ not in ("attr", "dobj", "acomp", "npadvmod") or lemma(tok.head) not in _AGE_VERBS:
        return None
    if tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ not in _AFTER_AN_AGE:
        return None
    return _whose_age(sent, _clause_subject(tok), nouns=False)


def _age_form(sent: Span, tok: Token) -> tuple[str, int] | None:
    """How ``tok`` is an age, and the index after the age phrase; None if it is not one."""
    doc = sent.doc
    before = [doc[k].lower_ for k in range(max(sent.start, tok.i - 3), tok.i)]
    after = [doc[k].lower_ for k in range(tok.i + 1, min(sent.end, tok.i + 5))]
    if after[:4] == ["-", "year", "-", "old"] or after[:2] == ["year", "-"] and after[2:3] == ["old"]:
        return "year-old", tok.i + 1 + (4 if after[0] == "-" else 3)
    if after[:3] == ["-", "year", "old"]:
        return "year-old", tok.i + 4  # "59 - year old Raj Chohan", one hyphen left out (ECB+)
    if before[-1:] in (["aged"], ["age"], ["ages"]) or before[-2:] == ["age", "of"]:
        return "aged", tok.i + 1
    if before[-1:] == [","] and after[:1] in ([","], ["."], [";"]) and tok.i >= 2 \
            and doc[tok.i - 2].ent_type_ == "PERSON":
        return "apposition", tok.i + 1
    if before[-1:] == [","] and after[:1] in ([","], ["."]) and tok.dep_ == "appos" \
            and tok.head.i == tok.i - 2 and _person_named(doc, tok.head) is not None:
        # "Jackman, 40, star of ...": the model tagged this "Jackman" a place,
        # but the article names him a person elsewhere.
        return "apposition", tok.i + 1
    if _pronoun_age(sent, tok):
        return "pronoun", tok.i + 1
    if before[-1:] == ["at"] and lemma(doc[tok.i - 1].head) == "die":
        return "died at", tok.i + 1
    if before == ["in", "age", "from"] and tok.i - 4 >= sent.start \
            and lemma(doc[tok.i - 4]) == "range":
        return "range in age", tok.i + 1  # "The victims range in age from 46 to 73"
    if after[:2] in (["and", "older"], ["or", "older"]):
        return "and older", tok.i + 1
    if (end := _years_old(sent, tok)) is not None:
        return "years old", end
    if _turned_age(sent, tok) is not None:
        return "turned", tok.i + 1
    return None


# Words that make "age N" a limit a rule sets, not a person's age: "until age
# 26", "children under age 5", "up to age 26" (notes gold heldout19 read
# "until age 26" as Rick Scott's age). "died at age 91" is the person's.
_AGE_LIMITS = frozenset({"until", "till", "under", "over", "to", "by", "from", "past", "beyond",
                         "after", "before"})


def extract_ages(sent: Span) -> list[Figure]:
    doc = sent.doc
    out = []
    for k, text in enumerate(words_of(sent)[0]):
        value = number_value(text)
        if value is None or value != int(value) or not 0 < value <= MAX_AGE:
            continue
        tok = doc[sent.start + k]
        found = _age_form(sent, tok)
        if found is None:
            continue
        form, end = found
        if form == "aged" and tok.i - 2 >= sent.start and doc[tok.i - 1].lower_ == "age" \
                and doc[tok.i - 2].lower_ in _AGE_LIMITS:
            continue  # "stay on their parents' plan until age 26": a limit, no one's age
        low, high, qualifier = value, value, "exact"
        nxt = [doc[k].lower_ for k in range(end, min(sent.end, end + 3))]
        if nxt[:2] in (["and", "older"], ["and", "over"], ["or", "older"], ["and", "up"]):
            high, qualifier = None, "at-least"
        elif nxt[:1] == ["to"] and end + 1 < sent.end and number_value(doc[end + 1].text) is not None \
                and number_value(doc[end + 1].text) > value:
            high, qualifier = number_value(doc[end + 1].text), "range"
        if form == "year-old" and _stands_for_a_person(sent, tok, end):
            who = person_before(doc, tok.i)  # "Paul Manafort … The 68-year-old faces …"
        elif form == "year-old":
            described = doc[end - 1].head  # "old" modifies the person or noun
            who = _described_name(sent, described) if described.pos_ == "PROPN" else None
            who = who or (_person_near(sent, described.i) if described.pos_ == "PROPN" else None)
            who = who or (described.text if described.pos_ == "PROPN" else
                          described.lower_ if described.pos_ == "NOUN" else None)
        elif form == "apposition":
            who = (_person_near(sent, tok.i - 2) if doc[tok.i - 2].ent_type_ == "PERSON"
                   else _person_named(doc, doc[tok.i - 2]))
        elif form == "pronoun":
            who = person_before(doc, sent.start)
        elif form == "turned":
            who = _turned_age(sent, tok)
        elif form == "range in age":
            who = _whose_age(sent, _clause_subject(doc[tok.i - 4]), nouns=True)
        elif form == "years old":
            old = doc[end - 1]
            who = (_whose_age(sent, old.head, nouns=True) if old.dep_ == "amod"
                   else _whose_age(sent, _clause_subject(tok), nouns=True))
            # "about 30 years old", "under 45 years old": the words before bound it
            qualifier = qualifier_before(sent, tok.i)
            if qualifier != "exact":
                low, high = bounds(value, qualifier, roundness(str(int(value))))
        else:
            who = _who(sent, tok, tok.i)
            if form in ("died at", "aged"):
                who = _who_died(sent, tok) or who
        if not who:
            continue
        out.append(Figure(subject=f"age of {who}", value=value, low=low, high=high,
                          qualifier=qualifier, unit="age"))  # type: ignore[arg-type]
    return out + _decade_ages(sent) + _shared_ages(sent)


def _shared_ages(sent: Span) -> list[Figure]:
    """One age given for two people named just before it, joined by "and":
    "Capt. Tom Tennant and Senior Trooper William Hakim, both 51, died at
    the scene" (ECB+ dev4: neither age read) is the age of each. Only
    ", both N," right after the second name, with nothing but words of the
    second name's title between the two: "Smith met Jones, both 51," joins
    no one, nor is "both 51 percent" an age."""
    doc = sent.doc
    out = []
    for tok in sent:
        if tok.lower_ != "both" or tok.i - 1 <= sent.start or doc[tok.i - 1].text != "," \
                or tok.i + 2 >= sent.end or doc[tok.i + 2].text not in (",", ".", ";"):
            continue
        value = number_value(doc[tok.i + 1].text)
        if value is None or value != int(value) or not 0 < value <= MAX_AGE:
            continue
        people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= tok.i - 1]
        if len(people) < 2 or people[-1].end != tok.i - 1:
            continue
        first, second = people[-2], people[-1]
        between = doc[first.end:second.start]
        if [t.lower_ for t in between][:1] != ["and"] \
                or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
            continue
        out += [Figure(subject=f"age of {e.text}", value=value, low=value, high=value,
                       qualifier="exact", unit="age") for e in (first, second)]  # type: ignore[arg-type]
    return out


# "a man in his 40s", "LuAnn Johnson, who was in her 60s", "in his early
# twenties": an age given by its decade is a range of ten years (87 such
# "in his/her/their ...0s" in the 8,000 Baly articles, none read before; one
# outlet's "in her 60s" beside another's "66-year-old" is the same age, said
# loosely). Only after "in" and a person's possessive: "in the 1960s" and
# "temperatures in the 60s" are no ages, nor is "its 50s".
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90, "teens": 10}
_PERSONS_POSSESSIVES = frozenset({"his", "her", "their"})
# Which years of the decade "early", "mid" and "late" leave: thirds of it,
# as a reader takes them ("in her late 60s" is 67 to 69).
_PART_OF_DECADE = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}


def _decade(word: str) -> tuple[int, int] | None:
    """The (low, high) ages of ``word`` read as a decade of life ("60s",
    "60's", "sixties"; "teens" is 13 to 19), with its "mid-" glued on."""
    part = None
    if word.startswith("mid-"):
        part, word = "mid", word[4:]
    if word in _DECADE_WORDS:
        low = _DECADE_WORDS[word]
    elif len(word) in (3, 4) and word[0] in "123456789" and word[1] == "0" \
            and word[2:] in ("s", "'s", "’s"):
        low = int(word[:2])
    else:
        return None
    if part:
        return low + _PART_OF_DECADE[part][0], low + _PART_OF_DECADE[part][1]
    return (13, 19) if low == 10 else (low, low + 9)


def _decade_ages(sent: Span) -> list[Figure]:
    doc = sent.doc
    out = []
    for tok in sent:
        if tok.lower_ not in _PERSONS_POSSESSIVES or tok.dep_ != "poss":
            continue
        noun = tok.head
        if not (sent.start <= noun.i < sent.end) or noun.i <= tok.i or noun.head.lower_ != "in" \
                or noun.dep_ != "pobj" or (span := _decade(noun.lower_)) is None:
            continue
        low, high = span
        between = [doc[k].lower_ for k in range(tok.i + 1, noun.i)]
        if between in (["early"], ["mid"], ["late"]) and noun.lower_ not in ("teens",):
            base = low if not noun.lower_.startswith("mid-") else None
            if base is None:
                continue  # "late mid-40s" is no English
            low, high = (base + _PART_OF_DECADE[between[0]][0], base + _PART_OF_DECADE[between[0]][1])
        elif between:
            continue
        later = [c for c in noun.children if c.dep_ == "conj" and _decade(c.lower_)]
        if later:  # "in their 30s and 40s"
            high = max(_decade(c.lower_)[1] for c in later)  # type: ignore[index]
        prep = noun.head
        described = prep.head
        if described.pos_ in ("NOUN", "PROPN", "PRON"):
            who = _whose_age(sent, described, nouns=True)  # "a man in his 40s"
        else:
            who = _whose_age(sent, _clause_subject(prep), nouns=True)  # "she was in her 60s"
        if who:
            out.append(Figure(subject=f"age of {who}", value=float(low), low=float(low),
                              high=float(high), qualifier="range", unit="age"))  # type: ignore[arg-type]
    return out
