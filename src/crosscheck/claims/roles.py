"""Roles: titles attached to named people, and whether they are held no more.

Two shapes cover most news copy:
- a title just before a name: "Foreign Minister Ana Ruiz", "former Chancellor
  Olaf Scholz", "Kenyan Interior Minister Kipchumba Murkomen" (a leading
  nationality or place is dropped from the title);
- a title in apposition: "Jerome Powell, the chair of the Federal Reserve",
  "the mayor's spokesperson, Lee Park".
Either way the last word of the title must be a known title word, so that
"Netflix star Dave Chappelle" or "Tuesday, Joe Biden" never make a role.
Only tokens and entities are needed, not the parse.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.epithets import epithets
from crosscheck.claims.person_spans import HONORIFICS, name_end, people_named
from crosscheck.claims.role_descriptions import described_roles
from crosscheck.claims.role_verbs import title_by_verb
from crosscheck.claims.titles import FORMER, is_title_head, join, plural_title, split_abbreviation
from crosscheck.models import Role

# v2: read from one parse of the whole article (nlp.py) instead of parses of
# single sentences, and with POS from the dependency labels too; same rules.
# v3: "Secretary of State Antony Blinken", an honorific between title and name
# ("CDC Director Dr. Rochelle Walensky"), agents, publicists, lawyers, envoys
# and producers; a sentence's first word is no part of a title ("When President").
# v4: a plural title before a list of names gives each its title ("Producers
# Craig Zadan and Neil Meron").
# v5: so does a plural title in apposition, ahead of the list ("The producers,
# Craig Zadan and Neil Meron") or after it ("A and B, the new producers of the
# show"); "Special Envoy for Haiti" as "Secretary of State"; in "Sen. A,
# Rep. B" the "Rep." is B's only; a person the tagger read as an ORG is read
# as one after a title or when named as a person elsewhere.
# v6: a place run into the name after "Envoy for" ("Special Envoy for Haiti
# Daniel Foote", one ORG to the tagger) is left out of the name; a title
# given by a verb of appointment ("X was appointed special envoy to Haiti").
# v7: occupations head titles ("Haugen, a former Facebook employee",
# claims/titles.py); a title said by "is"/"was" ("Haugen was a product
# manager at Facebook", "Clark, who was the head of ..."), "was" making it
# former; a second apposition joined by "and a"; an ordinal before an office
# is dropped; "the mayor's daughter" or "a fellow Republican" give no title;
# a person the tagger misread is known by surname; people mentioned by a
# qualified title alone ("the Senate minority leader", role_descriptions.py).
# v8: a description continuing the previous sentence's subject names that
# person ("… the West Virginia Democrat took a hatchet …", epithets.py); an
# indefinite one that is no source is read too ("a subpoena for an
# ex-Justice Department official").
# v9: a first name the tagger cut from its surname is read with it ("Team
# spokesman Tim Mead" gave "Tim"); the sentence's first word opens a title
# only when it is a title word or a name ("Moderate Senators X" gave
# "Moderate Senator"); an organisation's name joined by "and" is kept whole
# ("at Surrey Fire and Rescue Service"); a lowercase noun naming the office's
# field is part of a title before a name ("campaign manager", "trade adviser").
# v11: an apposition without its comma after a name that opens the sentence
# ("Chris Weitz the director of The Golden Compass is stepping up").
# v12: an abbreviated plural title before a list ("Reps. Jim Jordan of Ohio and Jim
# Banks of Indiana", "Democratic Sens. A and B"), read back to the start of the
# claims stage's sentence where the parser split after "Reps."; a place after
# each name ("of Ohio") keeps the list going; a title abbreviation the
# tokenizer splits from its full stop ("Sgt" "." , "Lt" "." of "Lt. Gov.") is
# one title word; experts named by their field ("the nation's top infectious
# diseases expert", "a historian at Yale", claims/titles.py).
EXTRACTOR = "roles.v12"

_NOT_TITLE_START = {"of", "the", "and", "-", "for", "when", "as", "after", "before", "if", "while",
                    "since", "under", "with", "by", "to", "at", "in", "on", "but", "so", "then"}
# Military ranks: a title of their own ("Gen. Mark Milley"), but not part of an
# office they follow.
_RANKS = {"adm.", "gen.", "lt.", "col.", "capt.", "sgt.", "maj.", "cmdr."}
# "Secretary of State", "Chief of Naval Operations": an office named by "of"
# and at most this many capitalised words after it.
_OF_WORDS = 3
# Words that may stand inside a title before its last word ("assistant press
# secretary", "acting ICE director"), besides capitalised words.
_INSIDE = {"acting", "deputy", "assistant", "press", "chief", "general", "vice", "interim",
           "senior", "executive", "foreign", "interior", "finance", "defense", "defence",
           "prime", "state", "national", "security", "-", "co", "of", "the", "for", "and"}
_STOP_ENTS = {"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
_DROP_ENTS = {"GPE", "NORP", "LOC"}
# Opening quotation marks around a title's name ("director of “The Golden
# Compass”"), which the punctuation rule would take for the title's end.
_QUOTE_MARKS = {"“", '"', "``", "‘", "'"}
# (title, former), and True after them for a plural title that goes to every
# name of a list ("A and B, the producers").
Title = tuple[str, bool] | tuple[str, bool, bool]


def _of_title_end(doc, k: int, sent_start: int) -> int | None:
    """For "Secretary of State NAME" (``k`` at "State"), "Special Envoy for
    Haiti NAME": the index of the head word before "of" or "for", when only
    capitalised words stand between."""
    for back in range(1, _OF_WORDS + 1):
        j = k - back
        if j - 1 < sent_start:
            return None
        if doc[j].lower_ in ("of", "for"):
            return j - 1 if is_title_head(doc[j - 1]) and doc[j - 1].is_title else None
        if not doc[j].is_title and not doc[j].is_upper:
            return None
    return None


def _title_before(ent: Span, sent_start: int) -> tuple[str, bool] | None:
    doc = ent.doc
    k = ent.start - 1
    while k >= sent_start and doc[k].lower_ in HONORIFICS:
        k -= 1  # "CDC Director Dr. Rochelle Walensky"
    if k - 1 >= sent_start and doc[k].lower_ in _RANKS and (doc[k - 1].is_title or doc[k - 1].is_upper) \
            and doc[k - 1].lower_ not in FORMER:
        # A rank after an office is not part of it: "Chief of Naval Operations Adm. X";
        # but "Navy Adm. X" has no office before the rank, which is then the title.
        found = _title_ending_at(doc, k - 1, sent_start)
        if found is not None:
            return found
    return _title_ending_at(doc, k, sent_start)


def _title_ending_at(doc, k: int, sent_start: int) -> tuple[str, bool] | None:
    if k >= sent_start and not is_title_head(doc[k]) and (doc[k].is_title or doc[k].is_upper):
        head = _of_title_end(doc, k, sent_start)
        if head is not None:
            start = head
            while start - 1 >= sent_start and (doc[start - 1].is_title or doc[start - 1].lower_ in _INSIDE) \
                    and doc[start - 1].pos_ not in ("DET", "PRON", "VERB", "AUX") \
                    and doc[start - 1].ent_type_ not in _STOP_ENTS and doc[start - 1].lower_ not in FORMER:
                start -= 1
            former = start - 1 >= sent_start and doc[start - 1].lower_ in FORMER
            # "... and Minister for Foreign Affairs X": a joining word opens no title.
            while (doc[start].ent_type_ in _DROP_ENTS or doc[start].lower_ in _NOT_TITLE_START) \
                    and start < head:
                start += 1
            return join(list(doc[start:k + 1])), former
    if k < sent_start or not (is_title_head(doc[k]) or split_abbreviation(doc, k, sent_start) is not None):
        return None
    words: list[Token] = []
    head = k
    while k >= sent_start:
        tok = doc[k]
        if split_abbreviation(doc, k, sent_start) is not None:
            words[:0] = [doc[k - 1], tok]  # "Sgt" "." is one word, "Sgt."
            k -= 2
            continue
        # The tagger reads a rare title word as a verb ("ABC Entertainment
        # Group prexy Paul Lee"); after a capitalised name of a body it is the title.
        verb_head = k == head and tok.pos_ == "VERB" and k - 1 >= sent_start \
            and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title
        if tok.ent_type_ in _STOP_ENTS or tok.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") \
                and tok.lower_ not in _INSIDE and not verb_head:
            break
        if tok.lower_ in FORMER:
            break
        if not (tok.is_title or tok.is_upper or tok.lower_ in _INSIDE or is_title_head(tok)
                or _field_of_the_office(tok, words)):
            break
        if tok.is_punct and tok.text != "-":
            break
        if tok.lower_ == "and" and words and words[0].is_lower:
            break  # "FBI director and special prosecutor X": the title is the last one
        words.insert(0, tok)
        k -= 1
    former = k >= sent_start and doc[k].lower_ in FORMER
    # A sentence's first word is capitalised whatever it is: "When President
    # Biden ...", "For Gov. Newsom ..." give no title "When President".
    while words and (words[0].ent_type_ in _DROP_ENTS or words[0].lower_ in _NOT_TITLE_START):
        words.pop(0)
    if not words:
        return None
    title = join(words)
    if _capital_of_the_sentence(words, sent_start):
        title = words[0].lower_ + title[len(words[0].text):]
    return title, former


def _field_of_the_office(tok: Token, words: Sequence[Token]) -> bool:
    """A lowercase noun naming the field of the office the title's words hold:
    "campaign manager", "trade adviser", "disease chief" (the noun qualifies a
    word of the title). Adjectives stay out: read on 300 Baly articles they
    described the person as often as the field ("longtime Democratic
    commissioner", "unfortunate Justice Department lawyer" beside "infectious
    disease chief"); so does the end of a
    hyphened modifier ("two-term Sen.", "four-star general")."""
    doc = tok.doc
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.is_lower \
        and tok.head.i in {w.i for w in words} and not (tok.i > 0 and doc[tok.i - 1].text == "-")


def _capital_of_the_sentence(words: Sequence[Token], sent_start: int) -> bool:
    """A title opening the sentence on a capital the rest of it does not have:
    "Team spokesman Tim Mead" reads "team spokesman", as it would mid-sentence.
    A name keeps its capital: a title word ("Deputy director"), an entity
    ("CDC director"), or a word the article capitalises mid-sentence too ("Trump
    attorney", "Selma director"); so does a title whose every word is
    capitalised ("Health Secretary", "Moderate Senator": no telling an office
    from an adjective there)."""
    first = words[0]
    if not (first.i == sent_start and first.is_title and len(words) > 1 and not first.ent_type_
            and not is_title_head(first) and first.lower_ not in _INSIDE
            and all(w.is_lower for w in words[1:])):
        return False
    return not any(t.lower_ == first.lower_ and (t.is_title or t.is_upper) and t.ent_type_
                   or t.lower_ == first.lower_ and t.is_title and not t.is_sent_start
                   for t in first.doc if t.i != first.i)


def _titles_after(ent: Span) -> list[Title]:
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
        found, k = _title_after(doc, k, end, joined=i > 0)
        if found is None:
            break
        out.append(found)
    return out


def _title_after(doc, k: int, end: int, joined: bool = False) -> tuple[Title | None, int]:
    """ ", (a|the) [former] TITLE"; after a first apposition, also "and a
    former TITLE" ("a senior fellow at X and a former Federal Reserve
    economist")."""
    if k >= end or not (doc[k].text == "," or joined and doc[k].lower_ == "and"
                        and k + 1 < end and doc[k + 1].lower_ in ("a", "an", "the")):
        return None, k
    k += 1
    if k < end and doc[k].lower_ == "and":
        k += 1
    former = False
    if k < end and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    if k < end and doc[k].lower_ in FORMER:
        former, k = True, k + 1
    return _title_phrase(doc, k, end, former)


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
        if tok.is_punct and tok.text not in ("-", "’s", "'s") and not in_name \
                or tok.lower_ in ("who", "which", "and", "said") and not in_name:
            break
        if tok.pos_ in ("VERB", "AUX") or tok.ent_type_ in ("PERSON", "DATE"):
            break
        if tok.pos_ == "ADP" and tok.lower_ not in ("of", "at", "for"):
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
    if not heads or words[0].lower_ in ("of", "at", "for"):
        return None, k
    # The title ends with its last head word ("Justice Department official"),
    # or with the "of/at X" that follows it ("chair of the Federal Reserve").
    head = heads[-1]
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


# A title said of a person by a verb: "X was a product manager at Facebook",
# "X, who was the head of the civil division", "X, who, as an economist at
# the Fed, ...". "was" (or "had been") makes the title a former one: news
# copy writes a title held now with "is".
_COPULA = {"is", "was", "has been", "had been"}
_PAST = {"was", "had been"}
# Adverbs of time between the verb and the title ("who is now a senior fellow").
_NOW = {"now", "also", "still", "currently"}


def _title_predicated(ent: Span) -> tuple[str, bool] | None:
    """ "NAME is/was (a|an|the) TITLE", "NAME, who is/was ... TITLE", "NAME,
    who, as (a|an|the) TITLE, ...". Only a title phrase counts: "Ana Ruiz was
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
    for words in (3, 2, 1):
        verb = " ".join(t.lower_ for t in doc[k:k + words])
        if verb in _COPULA or relative and words == 1 and verb == "as":
            break
    else:
        return None
    former = verb in _PAST
    k += words
    while k < end and doc[k].lower_ in _NOW:
        k += 1
    if k < end and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    if k < end and doc[k].lower_ in FORMER:
        former, k = True, k + 1
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


def _title_appointed(ent: Span) -> tuple[str, bool] | None:
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
        if tok.is_punct or tok.ent_type_ in _STOP_ENTS or tok.pos_ in ("VERB", "AUX", "ADP", "DET"):
            break
        words.append(tok)
        k += 1
    heads = [i for i, t in enumerate(words) if is_title_head(t)]
    if not heads:
        return None
    return join(words[:heads[-1] + 1]), False


def _title_ahead(ent: Span) -> Title | None:
    """ "the mayor's spokesperson, NAME" """
    doc = ent.doc
    k = ent.start - 1
    if k < 1 or doc[k].text != "," or not (is_title_head(doc[k - 1]) or plural_title(doc[k - 1])):
        return None
    head = k - 1
    start = head
    while start - 1 >= 0 and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PART")
                              or doc[start - 1].lower_ in _INSIDE) and doc[start - 1].lower_ not in ("the",):
        start -= 1
    former = start - 1 >= 0 and doc[start - 1].lower_ in FORMER
    words = [doc[i] for i in range(start, head + 1)]
    if former:
        words = [w for w in words if w.lower_ not in FORMER]
    singular = plural_title(doc[head])
    if singular is not None:  # "The producers, A and B, said": each is a producer
        return " ".join([w.text for w in words[:-1]] + [singular]), former, True
    return join(words), former


def _plural_title_before(ent: Span, start: int) -> tuple[str, bool] | None:
    """A plural title before a name ("Producers Craig Zadan", "former Senate
    leaders X", "Reps. Jim Jordan of Ohio and ..."), in the singular."""
    doc = ent.doc
    k = ent.start - 1
    singular = plural_title(doc[k]) if k >= start else None
    split = split_abbreviation(doc, k, start, plural=True) if singular is None else None
    if split is not None:  # "Reps." and "Sens.", split from their full stop
        singular, k = split, k - 1
    if singular is None:
        return None
    words = [singular]
    k -= 1
    while k >= start and (doc[k].is_title or doc[k].lower_ in _INSIDE) \
            and doc[k].lower_ not in FORMER | _NOT_TITLE_START and doc[k].pos_ not in ("DET", "PRON") \
            and doc[k].ent_type_ not in _STOP_ENTS:
        words.insert(0, doc[k].text)
        k -= 1
    former = k >= start and doc[k].lower_ in FORMER
    # A party or place before the title is no part of it, as before one name
    # ("Democratic Sens. Joe Manchin and Kyrsten Sinema" are each "Sen.").
    first = k + 1
    while len(words) > 1 and (doc[first].ent_type_ in _DROP_ENTS or doc[first].lower_ in _NOT_TITLE_START):
        words.pop(0)
        first += 1
    return " ".join(words), former


# What joins two names of one list: a comma or "and", after the place a
# lawmaker is of ("Reps. Jim Jordan of Ohio and Jim Banks of Indiana").
_LIST_JOIN = re.compile(r"(?:of (?:[A-Z][\w.'’-]*\s?){1,3})?(?:,|and|, and)")


def extract_roles(sent: Span, fullest, ents: Sequence[Span] | None = None) -> list[Role]:
    """Roles of the people named in one sentence; ``fullest`` maps a name to
    the fullest form the article gives; ``ents``, when given, are ``sent.ents``.
    A title before a name is read back to ``sent``'s start, not the parser's:
    the claims stage joins again what the parser split after an abbreviated
    title ("said Sgt." / "Paul Rivera ...", claims/nlp.py).
    A plural title before a list of names ("Producers Craig Zadan and Neil
    Meron", "Senators A, B and C") is each name's, in the singular."""
    out = []
    shared: tuple[str, bool] | None = None  # the plural title of the list in progress
    listed: list[str] = []  # the names of the list in progress
    last_end = -1
    for ent in people_named(sent.ents if ents is None else ents):
        # NER sometimes swallows the title ("Sen. Joe Manchin"): give it back.
        first = ent.start
        while first < ent.end - 1 and (is_title_head(ent.doc[first]) or ent.doc[first].lower_ in _INSIDE):
            first += 1
        name_span = ent.doc[first:name_end(ent)]
        name = name_span.text
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        if len(name) < 2 or not name[0].isupper():
            continue
        between = ent.doc[last_end:ent.start].text.strip() if last_end >= 0 else None
        if between is None or not _LIST_JOIN.fullmatch(between):
            shared, listed = None, []
        listed.append(name)
        last_end = ent.end
        if first > ent.start:
            found = (join(list(ent.doc[ent.start:first])), ent.start > 0 and ent.doc[ent.start - 1].lower_ in FORMER)
            candidates = [found]
        else:
            ahead = _title_ahead(name_span)
            plural = _plural_title_before(name_span, sent.start) \
                or (ahead[:2] if ahead and len(ahead) == 3 else None)
            shared = plural or shared
            candidates = [_title_before(name_span, sent.start), ahead, *_titles_after(name_span), shared,
                          _title_appointed(name_span), _title_predicated(name_span),
                          title_by_verb(name_span)]
        for found in candidates:
            if not found or not found[0]:
                continue
            # A plural title after a list ("A and B, the new producers") is each name's.
            if len(found) == 3 and found is not shared and len(listed) < 2:
                continue  # "met Lee Park, the senators from Ohio": a plural names a list
            for person in (listed if len(found) == 3 and found is not shared else [name]):
                out.append(Role(person=fullest(person), title=found[0], former=found[1]))
    # A description the sentence before tells the referent of is kept once, with it.
    told = epithets(sent, fullest)
    known = {r.person for r in told}
    return out + [r for r in described_roles(sent) if r.person not in known] + told
