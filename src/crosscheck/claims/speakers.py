"""The speaker a subject token stands for: a name as the sentence writes it,
a pronoun or a surname resolved against the people the article names
(:class:`~crosscheck.claims.article_people.People`), a description ("the
senator") against the titles it gives them, or the subject's noun phrase.
:mod:`.attribution` finds the subjects of speech verbs; this reads them.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.article_people import TITLE_ABBREVIATIONS, People
from crosscheck.claims.described_speakers import described
from crosscheck.claims.rule_attributes import lemma

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
# Documents that hold words and are written as their source: "the statement
# read", "the indictment says", "the complaint alleges", "a letter from the
# White House said". (dev–dev7: 5 of the 52 quote facts not linked give a
# document as the speaker in one outlet.)
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "report", "indictment", "complaint", "filing", "memo",
    "memorandum", "lawsuit", "suit", "tweet", "post", "message", "release", "ruling",
    "order", "email", "note", "notice", "affidavit", "motion", "brief", "opinion"})
# Nouns that stand for two people just named ("the pair said").
_PAIR_WORDS = {"pair", "duo"}


def _entity_at(tok: Token, label: set[str]) -> Span | None:
    """The entity ``tok`` is in, if its label is one of ``label``; read from
    the token's IOB tags, not by scanning ``doc.ents`` (a whole article's)."""
    if tok.ent_type_ not in label:
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type)


def phrase_of(head: Token) -> str:
    """A speaker phrase: the named entity under ``head``, else its noun phrase
    without clauses, appositions or trailing prepositional phrases."""
    named = next((c for c in head.children if c.dep_ == "appos"
                  and _entity_at(c, {"PERSON"}) is not None), None)
    if named is not None:  # "the mayor's spokesperson, Lee Park, said"
        head = named
    ent = _entity_at(head, {"PERSON", "ORG", "NORP", "GPE"})
    if ent is not None:
        words = [t for t in ent if t.lower_ not in ("the",) or t.i != ent.start]
        # As written: "CBS’s Steven Portnoy", not "CBS ’s Steven Portnoy".
        text = "".join(t.text_with_ws for t in words).strip()
        return text[:-2] if text.endswith(("’s", "'s")) else text
    keep = []
    for t in head.lefts:
        if t.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "quantmod") \
                or t.dep_ == "npadvmod" and t.lower_ in ("year", "years"):  # "the 78-year-old"
            keep.extend(t.subtree)
    keep.append(head)
    for t in head.rights:
        if t.dep_ == "prep" and t.lower_ == "of":
            keep.extend(t.subtree)
    keep = sorted(set(keep), key=lambda t: t.i)
    # A conjunction whose conjunct the parser hung elsewhere ends no phrase:
    # "the secretary of state and current nominee" gives "the secretary of
    # state", not "… of state and" ("the union of miners and drivers" stays).
    while len(keep) > 1 and keep[-1].dep_ == "cc":
        keep.pop()
    # A possessive mark is kept, or "the mineworkers' union" reads "mineworkersunion";
    # so is a hyphen inside a word, or "the New Jersey-based drugmaker" reads
    # "the New Jerseybased drugmaker".
    # A mark left out keeps its space: "likely forthcoming, counsel" reads
    # "likely forthcoming counsel", not "forthcomingcounsel".
    return re.sub(r"\s+", " ", "".join(
        t.text_with_ws if not t.is_punct or t.text in ("’s", "'s") or t.tag_ == "POS"
        or _inside_a_word(t) else t.whitespace_ for t in keep)).strip()


def _inside_a_word(tok: Token) -> bool:
    """A hyphen with no space on either side ("Jersey-based")."""
    return tok.text in ("-", "‐", "–") and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_

# Times of day the parser takes for a subject before "said" ("… am local time
# …, said reports").
_TIMES_OF_DAY = {"am", "pm", "a.m.", "p.m."}
# Suffixes written after a name and a comma ("Joseph Dunford, Jr.").
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii"}


def _name_after(title: Token) -> str | None:
    """The name written after an abbreviated title ("Sgt. Marty Earley", read
    as "Sgt", ".", "Marty Earley", even across the sentence break the parser
    puts after "Sgt."): its capitalised words up to the next word that is not
    one, or None when no name follows."""
    doc = title.doc
    i = title.i + 1
    if i < len(doc) and doc[i].text == ".":
        i += 1
    words = []
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha \
            and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON"):
        words.append(doc[i].text)
        i += 1
    return " ".join(words) or None


def resolve(head: Token, people: People, offset: int,
            quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The speaker a subject token stands for, or None when it cannot be told;
    a pronoun is never resolved to a person named inside ``quoted`` ranges."""
    low = head.lower_
    if low in _PERSON_PRONOUNS:
        people.note_surname_subjects(head.doc)
        return people.before(offset, quoted, low)
    if low.rstrip(".") in TITLE_ABBREVIATIONS and head.text[:1].isupper():
        # (capitalised: "her rep told Us" is a publicist, not a Representative)
        # "said Sgt. Marty Earley": the parser makes the title the subject and
        # the name a compound after its full stop. The name is the speaker;
        # a title with no name after it ("said the Sgt.") names no one.
        name = _name_after(head)
        return people.fullest(name) if name else None
    if low in _TIMES_OF_DAY:
        return None  # "8: 00 am local time …, said reports": "am" is no source
    if low.rstrip(".") in _NAME_SUFFIXES and head.i >= 2 and head.doc[head.i - 1].text == "," \
            and _entity_at(head.doc[head.i - 2], {"PERSON"}) is not None:
        # "Gen. Joseph Dunford, Jr. declared": the parser makes the suffix the
        # subject; the name before it speaks (dev6 read "Jr." as a speaker).
        return people.fullest(phrase_of(head.doc[head.i - 2]))
    if low == "who" and head.head.dep_ == "relcl" and _entity_at(head.head.head, {"PERSON"}) is not None:
        # "… Attorney General Loretta E. Lynch, who told Congress: “…”": the
        # person the relative clause is of (PolNeAR train; Baly: 105 ", who
        # said/told/added" before a quote). Only a name: in "told a young
        # woman who suggested that …" the parser may hang the quote on the
        # woman's verb, and the teller is the speaker.
        return people.fullest(phrase_of(head.head.head))
    if head.pos_ == "PRON" or low in ("who", "that", "which"):
        return None
    if _entity_at(head, {"PERSON"}) is not None or any(
            c.dep_ == "appos" and _entity_at(c, {"PERSON"}) is not None for c in head.children):
        return people.fullest(phrase_of(head))
    named = _named_after_two_titles(head) or _named_before_the_verb(head)
    if named is not None:
        return people.fullest(phrase_of(named))
    if low in _PAIR_WORDS and any(c.lower_ == "the" for c in head.lefts):
        # "“…,” said A and B. “…,” the pair said.": a joint statement is
        # given to the first of its speakers, the subject "he" would follow.
        return people.before(offset, quoted) or phrase_of(head)
    if any(c.lower_ == "the" for c in head.lefts):
        # an epithet: "The Massachusetts Democrat told them …" after a
        # sentence that names Elizabeth Warren as its subject
        person = people.epithet_at(head.idx, head.doc[head.left_edge.i:head.i + 1].text)
        if person:
            return person
    # (a title in lower case the tagger calls a proper noun: "the prime minister")
    if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.text.islower()) \
            and any(c.lower_ == "the" for c in head.lefts):
        person = described(head, people)
        if person:
            return person
    if _age_epithet(head):
        # "“…,” the 78-year-old said": someone the article has named, as "he"
        # or "she" would be (no gender to go by)
        return people.before(offset, quoted) or phrase_of(head)
    if _cut_by_the_text(head):
        return None
    if head.pos_ == "PROPN" and head.text in people.surnames() and phrase_of(head) == head.text:
        # a surname the tagger left untagged: the person named in full before
        return people.fullest(head.text)
    return _organisation_in_full(head) or phrase_of(head)


def document_issuer(head: Token, people: People) -> str | None:
    """The body or person a document speaks for when the sentence names
    them: "a statement from the White House read", "CNN's statement said",
    "a letter signed by 40 senators" gives "the White House", "CNN", "40
    senators"; the document's words are theirs. None for a document whose
    sentence names no issuer ("the indictment says"), which speaks as itself,
    and for what is no document ("the president's spokesman said")."""
    if lemma(head).lower() not in DOCUMENT_NOUNS or head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if by is None:
            signed = next((c for c in head.children if c.dep_ == "acl" and c.lower_ == "signed"), None)
            by = next((c for c in signed.children if c.dep_ == "agent"), None) if signed is not None else None
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None or owner.pos_ == "PRON":
        return None
    return people.fullest(phrase_of(owner)) if _entity_at(owner, {"PERSON"}) is not None else phrase_of(owner)


def _age_epithet(head: Token) -> bool:
    """ "the 78-year-old": a definite phrase whose head is "old", with the
    age's "year" (or "years") hung from it. News copy names a person and
    then calls them by their age (Baly, 8,000 articles: 19 "the N-year-old
    said/told/added"); the parser made "old" the subject and the speaker
    read "the old". An age before a noun ("the 34-year-old mother of three
    replied", PolNeAR dev) is a description that says more than "he" or
    "she", and is kept; "a 78-year-old" introduces someone not named yet;
    "the old man" gives no age."""
    return head.lower_ == "old" and any(c.lower_ in ("year", "years") for c in head.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _named_after_two_titles(head: Token) -> Token | None:
    """The person two titles joined by "and" stand before ("said Anchorage
    businessman and blogger Andrew Halcro", ECB+ dev, parsed as "businessman"
    the subject and "Halcro" its conjunct): a bare singular noun, with no
    determiner, whose conjunct is a person's name. "The mayor and Andrew
    Halcro said" (a determiner) and "Residents and Andrew Halcro said" (a
    plural) are two speakers, and give none here."""
    if head.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "conj"
                 and _entity_at(c, {"PERSON"}) is not None), None)


def _named_before_the_verb(head: Token) -> Token | None:
    """The person a title written before the name stands for, where the
    parser made the title's first noun the subject and the name an
    apposition inside it: "counsel to the president Jay Sekulow said"
    ("counsel" the subject, "Sekulow" in apposition to "president"; dev5,
    where the speaker read "likely forthcomingcounsel"). The name must end
    just before the speech verb and stand in apposition: in "a lawyer for
    Jay Sekulow said" the name is the object of "for", and the lawyer speaks."""
    verb = head.head
    if head.pos_ != "NOUN" or verb.i <= head.i + 1 or verb.i - 1 >= len(head.doc):
        return None
    last = head.doc[verb.i - 1]
    ent = _entity_at(last, {"PERSON"})
    if ent is None or ent.end != verb.i or ent.root.dep_ != "appos" or not head.is_ancestor(ent.root):
        return None
    return ent.root


def _cut_by_the_text(head: Token) -> bool:
    """The source phrase is where the text we were given stops ("…, according
    to a White House fact..." of a "fact sheet"): it may be cut, so it is no
    name to show."""
    doc = head.doc
    end = max(t.i for t in head.subtree) + 1
    if end >= len(doc) or doc[end].text not in ("...", "…"):
        return False
    return end + 1 >= len(doc) or "\n" in doc[end + 1].text


def _organisation_in_full(head: Token) -> str | None:
    """"the Fund" as the article first named it, "International Monetary
    Fund": an organisation named by one word that an earlier name in the
    article ends with. None when none does (a "Fund" never named in full
    stays as written)."""
    ent = _entity_at(head, {"ORG"})
    if ent is None or len(ent) != 1:
        return None
    for tok in reversed(head.doc[:head.i]):
        if tok.lower_ == head.lower_ and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I":
            full = _entity_at(tok, {"ORG"})
            if full is not None and full.end == tok.i + 1:
                words = [t for t in full if not (t.i == full.start and t.lower_ == "the")]
                return "".join(t.text_with_ws for t in words).strip()
    return None


def title_head(title: str) -> str:
    """The word a description names a title by: its last word before "of" or
    "for" ("Secretary of State" is "the secretary", "Special Envoy for Haiti"
    "the envoy"), else its last word ("Prime Minister", "Sen.")."""
    office = re.split(r"\s+(?:of|for)\s+", title.lower(), maxsplit=1)[0].split()
    return office[-1] if office else ""
