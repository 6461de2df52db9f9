"""People mentioned by their title alone: "the Senate minority leader's
entreaties", "The special envoy to Haiti stepped down", "the former
Delaware governor".

Such a mention names nobody, so its ``Role`` carries the description as
written in place of a name (``person`` starts with its article: "the Senate
minority leader"); the corroborate stage gives it to the one person of the
story whom another mention names with a title alike
(:func:`crosscheck.corroborate.roles.role_findings`). A description needs a
capitalised word qualifying the title, the place or body whose office it is
("the Senate minority leader", not "the leader" or "the former project
manager"): without one it says too little to tell whose it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.nlp import lemma
from crosscheck.claims.titles import FORMER, is_title_head, join
from crosscheck.models import Role

_ARTICLES = {"the", "a", "an"}
# A definite description points at one known person. An indefinite one
# with a relative clause introduces one person the article may name later
# ("a subpoena for an ex-Justice Department official who had promised ...;
# The official, Jeffrey Clark, ..."), and is read too, unless it is a
# source: "a senior administration official said" is anybody, an unnamed
# voice. Without the clause an indefinite is as often said of a kind ("a
# former Trump Justice Department official involved in ...", "and a past
# president of Harvard" ending a list of titles): the claims gold lists
# named people only and counted both as wrong roles. The corroborate stage
# links an indefinite one only to a person its own article gives the title
# (corroborate/roles.py).
_DEFINITE = "the"
_INDEFINITE = {"a", "an"}
# Words before an article that make the phrase a title said of a named
# person ("Haugen was a product manager", "was appointed the envoy"), read
# by the rules of claims/roles.py, not a mention by description.
_PREDICATING = {"is", "was", "be", "been", "being", "as", "appointed", "named", "elected",
                "promoted", "became", "become", "becomes"}
# Words that may qualify a title inside a description, besides nouns, proper
# nouns and adjectives ("first-term", "ex-").
_JOINERS = {"-"}
# The place or body an office is of or for: "the special envoy to Haiti",
# "the chairman of the Joint Chiefs of Staff".
_OF = {"of", "for", "to"}
_OF_WORDS = 5
# Entities that are names of things: a title word inside one is part of the name.
_NAMES = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"}


def is_description(person: str) -> bool:
    """The role's person is a description ("the Senate minority leader"), not a name."""
    return person.split(" ", 1)[0].lower() in _ARTICLES


def described_roles(sent: Span) -> list[Role]:
    """The mentions of people by a qualified title alone in one sentence."""
    out = []
    for tok in sent:
        found = _description_at(sent, tok)
        if found is not None:
            out.append(found)
    return out


def _description_at(sent: Span, head: Token) -> Role | None:
    doc = sent.doc
    # News style writes a title lower-case where no name follows it ("the
    # Senate minority leader"): a capitalised one is a name ("The Hollywood
    # Reporter"), and so is a title word inside an organisation's name.
    if not is_title_head(head) or head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in _NAMES \
            or not head.is_lower:
        return None
    nxt = doc[head.i + 1] if head.i + 1 < sent.end else None
    if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN" and nxt.is_title
                            or nxt.pos_ in ("NOUN", "PROPN") and not nxt.is_punct):
        return None  # a title before a name ("Leader Mitch McConnell"), or a noun's qualifier
    if nxt is not None and nxt.text == "," and head.i + 2 < sent.end \
            and doc[head.i + 2].pos_ == "PROPN":
        return None  # "the minority leader, Mitch McConnell": in apposition to a name
    # The qualifiers back to the article.
    k = head.i - 1
    qualifiers: list[Token] = []
    while k >= sent.start and (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") or doc[k].dep_ == "amod"
                               or doc[k].text in _JOINERS) \
            and doc[k].lower_ not in _ARTICLES and doc[k].ent_type_ not in ("PERSON", "DATE", "CARDINAL"):
        qualifiers.insert(0, doc[k])
        k -= 1
    former = False
    while qualifiers and (qualifiers[0].lower_ in FORMER or qualifiers[0].text in _JOINERS):
        former = former or qualifiers[0].lower_ in FORMER
        qualifiers.pop(0)
    if k >= sent.start and doc[k].lower_ in FORMER:
        former, k = True, k - 1
    if k < sent.start or not qualifiers or doc[k].lower_ != _DEFINITE and (
            doc[k].lower_ not in _INDEFINITE or nxt is None or nxt.lower_ != "who" or _a_source(head)):
        return None
    if any(t.text in ("’s", "'s") or t.is_punct and t.text not in _JOINERS for t in qualifiers):
        return None
    before = doc[k - 1] if k - 1 >= sent.start else None
    if before is not None and (before.lower_ in _PREDICATING or before.text == ","
                               and k - 2 >= sent.start and doc[k - 2].pos_ == "PROPN"):
        return None  # "Haugen, a former Facebook employee": the rules for named people read it
    end = head.i + 1
    if nxt is not None and nxt.lower_ in _OF:
        j = head.i + 2
        while j < sent.end and j - head.i <= _OF_WORDS and (doc[j].is_title or doc[j].lower_ in ("the", "of")):
            j += 1
        while j > head.i + 2 and doc[j - 1].lower_ in ("the", "of"):
            j -= 1
        if j > head.i + 2:
            end = j
    first = qualifiers[0].i
    if not any(t.text[:1].isupper() for t in doc[first:end] if t.i != head.i):
        return None  # "the underground bondage queen": no place or body says whose office
    title = join(list(doc[first:end]))
    person = join(list(doc[k:end]))
    return Role(person=person, title=title, former=former)


def _a_source(head: Token) -> bool:
    """The description gives words, not a person to know: the subject of a
    speech verb ("a former Justice Department official said", "told
    reporters"), the one "according to" names, or one who asked not to be
    named (_UNNAMED)."""
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and lemma(verb).lower() in CUE_VERBS:
        return True
    if verb.lower_ == "to" and verb.head.lower_ == "according":
        return True
    return any(t.lower_ in _UNNAMED for t in head.subtree)


# Words of a relative clause saying the source is not to be named: "who spoke
# on condition of anonymity", "who was not authorized to speak publicly",
# "who asked not to be identified", "who declined to be named".
_UNNAMED = {"anonymity", "anonymously", "authorized", "authorised", "identified", "named"}
