"""Titles written after a name: in apposition ("Jerome Powell, the chair of
the Federal Reserve"), said by "is"/"was" ("Haugen was a product manager at
Facebook") or by a verb of appointment ("X was named interim coach"). Read
from tokens and entities only; used by claims/roles.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosscheck.claims.titles import (FORMER, INSIDE_A_TITLE, STOP_ENTS, Title, is_title_head, join,
                                      joins_titles, plural_title)

# Opening quotation marks around a title's name ("director of “The Golden
# Compass”"), which the punctuation rule would take for the title's end.
_QUOTE_MARKS = {"“", '"', "``", "‘", "'"}
# Degrees and suffixes written in apposition before a title ("X, PhD,
# professor of epidemiology"); no titles of their own.
_DEGREES = {"phd", "ph.d.", "md", "m.d.", "jr.", "jr", "sr.", "esq.", "mph", "dds"}
# Dashes that open an apposition as a comma does ("Amy Hagstrom Miller – head
# of Whole Woman’s Health – said").
_DASHES = {"–", "—", "--"}


def titles_after(ent: Span) -> list[Title]:
    """ "NAME, (a|the) [former] TITLE [of X]," and following appositions
    ("Larry Summers, economist, former Treasury Secretary, and …")."""
    doc = ent.doc
    end = ent.sent.end if doc.has_annotation("SENT_START") else len(doc)
    out = []
    k = ent.end
    if k + 1 < end and doc[k].lower_ == "the" and ent.start == ent.sent.start:
        # "Chris Weitz the director of The Golden Compass is stepping up": an
        # apposition without its comma, read only after a name that opens
        # the sentence (the name cannot be an object there; in "they told
        # Chris Weitz the director would call" the phrase is a clause's subject).
        found, k = _title_phrase(doc, k + 1, end, False)
        if found is None:
            return []
        out.append(found)
    for i in range(3):
        if k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ in _DEGREES:
            k += 2  # "Edwin Michael, PhD, professor of epidemiology": a degree is no title
        k = _past_party_tag(doc, k, end)
        found, k = _title_after(doc, k, end, joined=i > 0)
        if found is None:
            break
        out.append(found)
    return out


# A lawmaker's party and state as AP style sets them after the name ("Rep.
# Bennie Thompson, D-Miss., the chairman of the committee"): no title, but
# no end of the appositions either.
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?")


def _past_party_tag(doc, k: int, end: int) -> int:
    """From ``k`` at the comma before a party tag (", D-Miss.,"), the comma
    after it; ``k`` itself when no tag follows."""
    if k >= end or doc[k].text != ",":
        return k
    for stop in range(k + 2, min(k + 7, end)):
        if doc[stop].text == ",":
            return stop if _PARTY_TAG.fullmatch(doc[k + 1:stop].text) else k
    return k


def _title_after(doc, k: int, end: int, joined: bool = False) -> tuple[Title | None, int]:
    """ ", (a|the) [former] TITLE"; after a first apposition, also "and a
    former TITLE" ("a senior fellow at X and a former Federal Reserve
    economist")."""
    if k >= end or not (doc[k].text == "," or not joined and doc[k].text in _DASHES
                        or joined and doc[k].lower_ == "and"
                        and k + 1 < end and doc[k + 1].lower_ in ("a", "an", "the")):
        return None, k
    k += 1
    if k < end and doc[k].lower_ == "and":
        k += 1
    former = False
    if not joined and k < end and doc[k].lower_ in _NOW_APPOSED:
        k += 1  # "Sessions, now a Republican senator from Alabama" (dev6): held now
    if k < end and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    if k < end and doc[k].lower_ in FORMER:
        former, k = True, k + 1
    return _title_phrase(doc, k, end, former)


# Adverbs of time that may open an apposition before its article: the title
# is held now ("X, now a senator from Alabama", "X, currently the head of
# ..."). Not "still" or "also", which as often open a clause ("X, also known
# as ...").
_NOW_APPOSED = {"now", "currently"}


def _title_phrase(doc, k: int, end: int, former: bool) -> tuple[Title | None, int]:
    """The title phrase from ``k`` after a name ("chair of the Federal
    Reserve", "Justice Department official"), the index where it stopped."""
    words: list[Token] = []
    while k < end:
        tok = doc[k]
        # "at Surrey Fire and Rescue Service": an "and" inside an organisation's
        # name (one ORG entity) does not end the title, nor does its length.
        in_name = tok.ent_iob_ == "I" and tok.ent_type_ in ("ORG", "FAC")
        if len(words) >= 10 and not in_name:
            break
        if tok.text in _QUOTE_MARKS and words and words[-1].lower_ == "of" and k + 1 < end \
                and doc[k + 1].is_title:
            k += 1  # "the director of “The Golden Compass”": a quoted name goes on the title
            continue
        # ("president and CEO of Valley Dairy": an "and" between two titles
        # of the person goes on, claims/titles.py joins_titles)
        # (the mark of a plural possessive is no end either: "the House of
        # Representatives’ top tax writer", dev6)
        if tok.is_punct and tok.text not in ("-", "’s", "'s") and tok.tag_ != "POS" and not in_name \
                or tok.lower_ in ("who", "which", "and", "said") and not in_name and not joins_titles(doc, k):
            break
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            qualified = _person_qualifying(doc, k, end, words)
            if qualified is not None:  # "Sanders’ longtime adviser", "spokesperson for Crowdpac"
                words.extend(doc[k:qualified])
                k = qualified
                continue
        # A word glued to the one before by a hyphen is one word with it
        # ("the House tax-writing committee", dev6, whose "writing" is tagged
        # a verb: the title was cut at "tax-"); so is a "to" between two
        # capitalised words of a body's name ("chairman of the Right to Rise
        # super PAC", cut at "Right").
        glued = words and words[-1].text == "-" and not words[-1].whitespace_ \
            and not doc[k - 2].whitespace_ if k >= 2 else False
        named_to = tok.lower_ == "to" and words and words[-1].is_title and k + 1 < end \
            and doc[k + 1].is_title and any(w.lower_ == "of" for w in words)
        if glued or named_to:
            # (the capitalised word after "to" with it: "Rise" is tagged a verb)
            words.extend(doc[k:k + 1 + bool(named_to)])
            k += 1 + bool(named_to)
            continue
        # "the acting CEO", "managing director": the tagger reads a few title
        # words as verbs.
        if tok.pos_ in ("VERB", "AUX") and tok.lower_ not in INSIDE_A_TITLE or tok.ent_type_ in ("PERSON", "DATE"):
            break
        # ("chief of staff since March": "since" is tagged SCONJ there; but
        # "under secretary for public diplomacy", dev6, is an office whose
        # first word the tagger reads as a preposition)
        if tok.pos_ in ("ADP", "SCONJ") and tok.lower_ not in ("of", "at", "for") \
                and not (tok.lower_ == "under" and k + 1 < end and doc[k + 1].lower_ == "secretary") \
                and not _in_charge(doc, k, end, words):
            break
        words.append(tok)
        k += 1
    if k < end and doc[k].ent_type_ == "PERSON":
        # "Sen. Joe Manchin, Rep. Nancy Pelosi and …": a title right before
        # the next name in a list is that person's, not this one's.
        return None, k
    # "the producers of the televised show": the words stop at the verb, and
    # the "of the" left dangling is no part of the title.
    while words and words[-1].lower_ in ("of", "at", "for", "the", "a", "an"):
        words.pop()
    stop = next((i for i, t in enumerate(words) if t.lower_ in ("of", "at", "for")), len(words))
    heads = [i for i, t in enumerate(words[:stop]) if is_title_head(t) or plural_title(t)]
    if not heads and words and (words[0].is_title or words[0].is_upper) and not is_title_head(words[0]):
        # "Americans for Prosperity's Indiana state director", "a Center for
        # Reproductive Rights attorney": the "for" is inside the name of the
        # body the title qualifies, which opens the phrase capitalised.
        heads = [i for i, t in enumerate(words) if is_title_head(t)]
    if not heads or words[0].lower_ in ("of", "at", "for"):
        return None, k
    # The title ends with its last head word ("Justice Department official"),
    # or with the "of/at X" that follows it ("chair of the Federal Reserve").
    head = heads[-1]
    if [t.lower_ for t in words[head + 1:head + 3]] == ["in", "charge"]:
        head += 2  # "special agent in charge (of …)": the office ends after "charge"
    if head + 1 < len(words) and (words[head + 1].text in ("’s", "'s")
                                  or words[head + 1].pos_ in ("NOUN", "PROPN")):
        # "the mayor's daughter", "a fellow Republican": the title word only
        # qualifies the noun that names what the person is.
        return None, k
    if head + 1 < len(words) and words[head + 1].lower_ not in ("of", "at", "for"):
        words = words[:head + 1]
    singular = plural_title(words[head])
    if singular is not None:  # "A and B, the new producers of the show": each is a producer
        title = join(words[:head]) + (" " if head else "") + singular
        rest = join(words[head + 1:])
        return ((title + (" " + rest if rest else "")).strip(), former, True), k
    return (join(words), former), k


def _in_charge(doc, k: int, end: int, words: list[Token]) -> bool:
    """``doc[k]`` is the "in" of "in charge" after a title word: "the FBI’s
    special agent in charge of the Jacksonville Field Office" (dev5), an
    office that ends after "charge"."""
    return doc[k].lower_ == "in" and k + 1 < end and doc[k + 1].lower_ == "charge" \
        and bool(words) and is_title_head(words[-1])


def _person_qualifying(doc, k: int, end: int, words: list[Token]) -> int | None:
    """Where the words of a title phrase go on after a person's name at ``k``
    that qualifies the title instead of opening a list: the name of the one
    the title is held for ("Sanders’ longtime adviser", "President Biden's
    chief of staff"), of an administration ("a former George W. Bush
    administration official"), or a body the tagger took for a person after
    the title's "for"/"of"/"at" ("a spokesperson for Crowdpac"). None for a
    name that is the next of a list ("Sen. Joe Manchin, Rep. Nancy Pelosi and
    ...")."""
    e = k + 1
    while e < end and doc[e].ent_iob_ == "I":
        e += 1
    if words and words[-1].lower_ in ("of", "at", "for"):
        return e
    if _held_for_a_titled_name(words):
        return e  # "Jay Sekulow, a personal attorney for President Trump" (dev5)
    if e < end and doc[e].text in ("’s", "'s", "’", "'"):
        return e + 1
    if doc[e - 1].text in ("’s", "'s"):
        return e  # the tagger took the possessive into the name ("George W. Bush's")
    if e < end and doc[e].pos_ == "NOUN" and not doc[e].ent_type_:
        return e
    return None


def _held_for_a_titled_name(words: list[Token]) -> bool:
    """The title phrase so far ends on "for" or "of" and the title of the
    name that follows ("a personal attorney for President Trump", "a
    spokeswoman for Gov. Tom Lee"): that name is whom the title is held for,
    not the next of a list, whose own title follows a comma ("Sen. Joe
    Manchin, Rep. Nancy Pelosi")."""
    i = len(words) - 1
    while i >= 0 and (is_title_head(words[i]) or words[i].text == "."):
        i -= 1
    return 0 < i < len(words) - 1 and words[i].lower_ in ("of", "for")


# A title said of a person by a verb: "X was a product manager at Facebook",
# "X, who was the head of the civil division", "X, who, as an economist at
# the Fed, ...", or by "serve as" ("X, who served as Bush's national security
# adviser", "X has served as chief of staff since March": 381 times in the
# AllSides, Baly and ECB+ text, "serves as" 75). "was" (or "had been",
# "served") makes the title a former one: news copy writes a title held now
# with "is", "serves" or "has served".
_COPULA = {"is", "was", "has been", "had been", "serves as", "is serving as", "has served as",
           "has been serving as", "served as", "had served as",
           # "remain" says the title is held now and goes on ("Because McCarthy
           # will remain majority leader", dev7); "remained", that it was.
           "remains", "will remain", "remained"}
_PAST = {"was", "had been", "served as", "had served as", "remained"}
# Adverbs of time between the verb and the title ("who is now a senior
# fellow"), or before the verb ("Jahrling now serves as a chief scientist").
_NOW = {"now", "also", "still", "currently"}
# A word saying the title is held now, no part of it ("is a sitting senator":
# the tagger reads "sitting" as a verb, which would end the title).
_HELD_NOW = {"sitting"}


def title_predicated(ent: Span) -> tuple[str, bool] | None:
    """ "NAME is/was (a|an|the) TITLE", "NAME, who is/was ... TITLE", "NAME,
    who, as (a|an|the) TITLE, ...", "NAME [, who] serves/served as TITLE". Only a title phrase counts: "Ana Ruiz was
    late", "Smith was a Democrat" and "Paris is a city of light" give none."""
    doc = ent.doc
    end = ent.sent.end if doc.has_annotation("SENT_START") else len(doc)
    k = ent.end
    relative = k + 1 < end and doc[k].text in (",", "--", "—", "–") and doc[k + 1].lower_ == "who"
    if not relative and ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "a letter to Ana Ruiz was ...": the title would be the letter's
    if relative:
        k += 2
        if k < end and doc[k].text == ",":
            k += 1
    while k < end and doc[k].lower_ in _NOW:
        k += 1
    for words in (4, 3, 2, 1):
        verb = " ".join(t.lower_ for t in doc[k:k + words])
        if verb in _COPULA or relative and words == 1 and verb == "as":
            break
    else:
        return None
    former = verb in _PAST
    k += words
    if k < end and doc[k].lower_ in ("not", "n't", "never", "no"):
        return None  # "Trump is not a normal nominee": a title denied
    while k < end and doc[k].lower_ in _NOW:
        k += 1
    if k < end and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    if k < end and doc[k].lower_ in FORMER:
        former, k = True, k + 1
    if k < end and doc[k].lower_ in _HELD_NOW:
        k += 1
    found, stop = _title_phrase(doc, k, end, former)
    if found is None or len(found) == 3:
        return None
    # "X is a very different national leader than his predecessor": a
    # judgement of the person, not their title.
    if any(t.pos_ == "ADV" for t in doc[k:stop]) or stop < end and doc[stop].lower_ == "than":
        return None
    return found[:2]


# Verbs that give a person an office: "X was appointed special envoy to
# Haiti", "X was named interim coach", "X has been elected president".
_APPOINTED = {"appointed", "named", "elected", "promoted"}
_APPOINTED_BEFORE = {"was", "is", "has", "had", "been", "being", "be", "later", "then", "also"}


def title_appointed(ent: Span) -> tuple[str, bool] | None:
    """ "NAME[,] was appointed/named/elected [as|to] [the|a] TITLE": the words
    up to the title's head word, a title word ending them ("was named Friday"
    and "was elected in 2010" give none)."""
    doc = ent.doc
    end = ent.sent.end if doc.has_annotation("SENT_START") else len(doc)
    k = ent.end
    if k < end and doc[k].text == ",":
        k += 1
    seen_aux = False
    while k < end and doc[k].lower_ in _APPOINTED_BEFORE:
        seen_aux, k = True, k + 1
    if not seen_aux or k >= end or doc[k].lower_ not in _APPOINTED:
        return None
    k += 1
    if k < end and doc[k].lower_ in ("as", "to"):
        k += 1
    if k < end and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    words: list[Token] = []
    while k < end and len(words) < 5:
        tok = doc[k]
        if not words and tok.ent_type_ == "ORDINAL":
            k += 1  # "elected as the first African American president": no part of the office
            continue
        if tok.is_punct or tok.ent_type_ in STOP_ENTS or tok.pos_ in ("VERB", "AUX", "ADP", "DET"):
            break
        words.append(tok)
        k += 1
    heads = [i for i, t in enumerate(words) if is_title_head(t)]
    if not heads:
        return None
    return join(words[:heads[-1] + 1]), False
