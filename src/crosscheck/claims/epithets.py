"""People named again by an epithet: "Whistleblower Frances Haugen came to
the Senate on Tuesday. The former project manager whose revelations ...
accused Mark Zuckerberg", "Joe Manchin kicked the door wide open. ... the
West Virginia Democrat took a hatchet to the package".

News copy names a person, then goes on about them by a description as the
subject of the next sentence. The description is read as the person named
as the subject of the sentence before (the subject a reader carries on
with), and only then:

- it is definite ("the"), the subject of its sentence's main clause, and
  says more than a bare title ("The former project manager", "the West
  Virginia Democrat"; not "The official" or "the vice president", which as
  often stand for someone else the story names or an unnamed source met
  earlier);
- the sentence before has one person's name as the subject of its main
  clause ("A and B testified" names two; "The committee met" none), or
  "he"/"she" after the one name it gives, and names no one after it ("Trump attacked Schumer. The New York Democrat
  ..." may mean either);
- no name follows it ("the minority leader, Mitch McConnell" is read by
  the rules for named people).

A party word heads such a description as well as a title does: "the West
Virginia Democrat" says who the person is, though a party is no office
(corroborate/roles.py never sets it against a title). "a Democrat" or "a
former Facebook employee" without a name is nobody in particular.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.titles import FORMER, is_title_head, join
from crosscheck.models import Role

#: Party words that head an epithet ("the West Virginia Democrat") but are
#: no office; corroborate/roles.py reads them from here.
PARTY_WORDS = frozenset({"democrat", "republican"})
_SUBJECT = ("nsubj", "nsubjpass")
# Words inside an epithet that add nothing to its title.
_EMPTY = {"the", "-"} | FORMER
# Words that are part of a title's name, not a word about its holder: "the
# vice president" is as bare as "the president". Read on 300 Baly articles:
# "the vice president" after a sentence ending "…," Romney said was Biden.
_OF_THE_TITLE = {"vice", "deputy", "assistant", "associate", "acting", "interim", "chief",
                 "general", "senior", "executive", "co", "lieutenant", "prime"}


def party_headed(title: str) -> bool:
    """The title is a party word with its qualifiers ("West Virginia Democrat")."""
    words = title.lower().split()
    return bool(words) and words[-1] in PARTY_WORDS


def epithets(sent: Span, fullest) -> list[Role]:
    """The epithets of ``sent`` with the person the sentence before names as
    its subject (``fullest`` maps a name to the fullest form the article
    gives)."""
    out = []
    for head in sent:
        found = _epithet_at(sent, head)
        if found is None:
            continue
        named = _previous_subject(sent)
        if named is not None:
            person, title, former = found
            out.append(Role(person=person, title=title, former=former, refers_to=fullest(named)))
    return out


def _epithet_at(sent: Span, head: Token) -> tuple[str, str, bool] | None:
    """(the description as written, its title, former) when ``head`` heads a
    definite description that is its clause's subject."""
    if head.dep_ not in _SUBJECT or head.pos_ not in ("NOUN", "PROPN") or head.head != sent.root:
        # Only the main clause's subject carries the story on: in "He will
        # have to address claims that the top NSA official lied", the
        # official is someone else.
        return None
    # A title written lower case where no name follows it ("the former
    # project manager"); a party word is a proper noun ("Democrat").
    if not (is_title_head(head) and head.is_lower or head.lower_ in PARTY_WORDS):
        return None
    doc = sent.doc
    nxt = doc[head.i + 1] if head.i + 1 < sent.end else None
    if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"
                            or nxt.text == "," and head.i + 2 < sent.end
                            and doc[head.i + 2].pos_ == "PROPN"):
        return None  # in apposition to a name: the rules for named people read it
    words = list(doc[head.left_edge.i:head.i + 1])
    if not words or words[0].lower_ != "the" or words[0].i < sent.start:
        return None
    if any(t.ent_type_ in ("PERSON", "DATE", "CARDINAL") or t.pos_ in ("VERB", "AUX", "PRON")
           or t.is_punct and t.text not in ("-", "’s", "'s") for t in words):
        return None
    former = any(t.lower_ in FORMER for t in words)
    told = [t for t in words[1:] if t.lower_ not in _EMPTY]
    if not any(t.lower_ not in _OF_THE_TITLE | PARTY_WORDS and not is_title_head(t) for t in told):
        # a bare title or party ("The official", "the vice president", "the
        # attorney general", "the Democrat"): see the module's docstring
        return None
    return join(words), join(told), former


def _previous_subject(sent: Span) -> str | None:
    """The name that is the subject of the main clause of the sentence
    before ``sent``, when it is one person's."""
    doc = sent.doc
    before = None
    k = sent.start - 1
    while k >= 0:
        before = doc[k].sent
        if any(t.is_alpha for t in before):
            break
        # a closing mark the parser split off as a sentence of its own
        before, k = None, before.start - 1
    if before is None:
        return None
    subjects = [c for c in before.root.children if c.dep_ in _SUBJECT]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "A and B testified": two people
    if subject.lower_ in ("he", "she"):
        # "Shortly before Chuck Schumer cued up a vote, he gathered them. The
        # Senate majority leader wanted ...": the pronoun is the one person
        # the sentence named before it; with two named ("After Trump attacked
        # Schumer, he left") it may be either.
        named = [e for e in before.ents if e.label_ == "PERSON" and _name_like(e)]
        if len(named) == 1 and named[0].end <= subject.i:
            return _without_possessive(named[0].text)
        return None
    if any(e.label_ == "PERSON" and e.start > subject.i and _name_like(e) for e in before.ents):
        # "Trump attacked Schumer. The New York Democrat said ...": the one
        # named last may as well be meant; a name before the subject
        # ("If Sinema was the first ..., Manchin kicked ...") is no rival.
        return None
    if subject.ent_type_ == "PERSON":
        ent = next((e for e in before.ents if e.start <= subject.i < e.end), None)
        return None if ent is None else _without_possessive(ent.text)
    # A name the small model left untagged ("Mayor Ana Ruiz"); not a body.
    if subject.pos_ == "PROPN" and not subject.ent_type_:
        first = subject.i
        while first - 1 >= before.start and doc[first - 1].dep_ == "compound" \
                and doc[first - 1].pos_ == "PROPN" and not is_title_head(doc[first - 1]):
            first -= 1
        return _without_possessive(doc[first:subject.i + 1].text)
    return None


def _name_like(ent: Span) -> bool:
    """The small model tags "COVID-19" a person: a name has no digits."""
    return not any(ch.isdigit() for ch in ent.text)


def _without_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("’s", "'s")) else name
