"""Subjects of speech verbs that the parser did not attach to them.

The small English model often leaves a speech verb without a subject, or
hangs the speaker elsewhere: "“…,” Tulsa police Chief Chuck Jordan said"
(the name read as a verb), "Pitman denied the request, saying “…”" (a
participle), "In a panel … in Washington, Marc H. Morial, …, told" (the name
a conjunct of the place). Each function here finds, for one such verb, the
token that stands for its speaker, or None; attribution.cue_subjects tries
them after the parser's own subject.
"""

from __future__ import annotations

from typing import Callable, Collection

from spacy.tokens import Token

from crosscheck.claims.nlp import lemma

def quoted_one(governor: Token, free: Callable[[Token], bool]) -> Token | None:
    """The one "X quoted Y as saying" gives the words to: Y, the object of
    "quote" or "cite" ("the New York Daily News quoted witness Devonte Brown
    as saying “…”", notes gold, heldout7: the paper had been the speaker).
    "Hefner was quoted as saying" has no object: its subject speaks."""
    if lemma(governor).lower() not in ("quote", "cite"):
        return None
    return next((c for c in governor.children if c.dep_ == "dobj" and free(c)), None)


# Verbs of giving out words: a statement, a letter or a tweet "saying" what
# it says is its issuer's ("held a sign saying" is not: holding a sign says
# nothing of who wrote it).
_ISSUING = frozenset({"issue", "release", "put", "send", "post", "publish", "write", "tweet",
                      "share", "sign", "deliver", "file"})


def governing_verb(verb: Token, speech_verbs: Collection[str]) -> Token | None:
    """The verb whose subject a subjectless speech verb speaks for: "Summers
    appeared on CNN and commented: …" (conj), "Pitman denied the request,
    saying “…”" (a participle), "Hefner was quoted as saying “…”", "the
    producers had this to say: “…”", "issued a statement saying “…”". A
    participle hanging from another noun ("held a sign saying “…”") has no
    speaker, nor does "asked her to say", whose speaker is the object."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ == "acl" and head.dep_ == "dobj" and lemma(head.head).lower() in _ISSUING:
        # "Ted Cruz issued a statement saying, “…”", "His office put out a
        # statement saying …" (PolNeAR train; Baly: 35 such statements right
        # before a quote): who issues the words speaks them
        head = head.head
    elif verb.dep_ == "xcomp":
        if any(c.dep_ == "dobj" and c.tag_ != "DT" for c in head.children):
            return None
    elif verb.dep_ not in ("conj", "advcl"):
        return None
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ == "ccomp" and lemma(head.head).lower() in speech_verbs:
        # "Trump told Newsmax that Romney “had a crazy policy …,” adding, “…”",
        # parsed with "adding" on "had": one who adds is the one who told
        return head.head
    return head


def is_descriptive_participle(verb: Token) -> bool:
    """A speech verb's past participle set before or after a noun it
    describes ("Described by leftist outlets as a “tear-jerking queer
    story,” the new animated video is …", "Called “a reckless stunt” by
    Democrats, the bill passed"): the noun is what was described, not who
    described it."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def agent_of(verb: Token, free: Callable[[Token], bool]) -> Token | None:
    """Who a passive participle's "by" names ("Described by leftist outlets",
    "Called “a stunt” by Democrats"), or None ("Described as “the worst storm
    in a century”" names no one)."""
    by = next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")
               and free(t)), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


# "“…,” said ABC Entertainment Group president Paul Lee": the speaker's name
# ends within this many words of the verb; further on, the name is an object.
_INVERTED_WINDOW = 7


def person_after_inverted_verb(verb: Token) -> Token | None:
    """The person named after a speech verb that follows a quote ("“…,” said
    ABC Entertainment Group prexy Paul Lee"), where the parser found the verb
    no subject (it read "prexy" as a verb): the last word of the first person
    named before the next punctuation. A verb not right after a quote's
    closing mark ("the board said in a letter to Paul Lee") has none, nor
    does one after a comma that closes no quote ("Trump, who was at his
    estate, called DeVos “a brilliant … advocate”": the one called so is
    named after the verb, dev6); a comma counts after a closing mark
    ("‘…’, said Paul Lee")."""
    doc = verb.doc
    marks = ("”", '"', "’")
    if verb.i < 1 or not (doc[verb.i - 1].text in marks or doc[verb.i - 1].text == ","
                          and verb.i >= 2 and doc[verb.i - 2].text in marks):
        return None
    for tok in doc[verb.i + 1:min(len(doc), verb.i + 1 + _INVERTED_WINDOW)]:
        if tok.is_punct or tok.is_sent_start:
            return None
        if tok.ent_type_ == "PERSON" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"):
            return tok
    return None


def person_before_verb(verb: Token) -> Token | None:
    """The person named between a quote's closing mark and the speech verb
    when the parser found the verb no subject ("“…,” Tulsa police Chief Chuck
    Jordan said Monday.", parsed with "Tulsa" as a verb and "said" as a
    conjunct of the quoted verb): the last word of a person named right before
    the verb, with only names and title words back to the mark. A function
    word between ("“…,” the letter to Chuck Jordan said") makes it no speaker."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].ent_type_ != "PERSON":
        return None
    for tok in reversed(doc[max(0, verb.i - 1 - _INVERTED_WINDOW):verb.i - 1]):
        if tok.text in ("”", '"', "’", ","):
            return doc[verb.i - 1]
        if tok.pos_ in ("ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART") or tok.is_punct:
            return None
    return None


# Links by which a misparsed subject hangs from the verb through nouns and
# prepositions alone ("In a panel discussion in Washington, Marc H. Morial,
# the chief executive …, forcefully told": Morial a conjunct of Washington).
_NOUN_LINKS = {"conj", "pobj", "prep", "appos", "compound", "npadvmod", "cc", "punct"}


def person_the_parser_hung_elsewhere(verb: Token, free: Callable[[Token], bool]
                                     ) -> Token | None:
    """The person named before a speech verb that is its sentence's root and
    has no subject, when that person hangs from the verb through nouns and
    prepositions only (PolNeAR dev: "In a panel discussion this weekend in
    Washington, Marc H. Morial, the chief executive of the National Urban
    League, forcefully told a young woman … that “…”"): the last such person.
    A person reached through another verb ("After meeting Ana Ruiz, told
    …") is that verb's object, not the speaker."""
    if verb.dep_ != "ROOT":
        return None
    doc = verb.doc
    for tok in reversed(doc[verb.sent.start:verb.i]):
        if tok.ent_type_ != "PERSON" or not free(tok) or (
                tok.i + 1 < verb.i and doc[tok.i + 1].ent_iob_ == "I"):
            continue
        head = tok
        while head.i != verb.i and head.dep_ in _NOUN_LINKS and head.head.i != head.i:
            head = head.head
        if head.i == verb.i or _signs_off_a_quote(tok, verb):
            # "… hosts Joe Scarborough and Mika Brzezinski, the Democratic
            # presidential candidate stated": a description hung on the name
            # that runs up to the verb is the subject the parser missed
            described = next((a for a in tok.children if a.dep_ == "appos"
                              and a.right_edge.i + 1 == verb.i), None)
            return described if described is not None else tok
        return None
    return None


def _signs_off_a_quote(person: Token, verb: Token) -> bool:
    """The person is named right after a quote's closing mark and only a
    description set off by commas stands between them and the verb ("“…,”
    Flynn, a top Trump surrogate, said Thursday", where the parser hung
    Flynn on the quote's last noun)."""
    doc = person.doc
    start = person.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[start - 1].text if start > 0 else ""
    between = doc[person.i + 1:verb.i]
    return before in ("”", '"') and len(between) <= 2 * _INVERTED_WINDOW and (
        not between or between[0].text == ",") and not any(
        t.pos_ in ("VERB", "AUX") or t.text in ("”", '"', "“") for t in between)
