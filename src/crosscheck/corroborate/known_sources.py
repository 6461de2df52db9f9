"""Whether a note may name a source after "citing": only when the words are
known to be one (issue 15: "build it from parts that are known to be a name,
a title, an amount, and leave out a part that is not").

The attribution reader guesses who a sentence cites; its guess is shown only
when the sentence's parse and entities say the words are

- a name: a named entity the recogniser finds over the words' head (a person,
  an organisation, a nationality or party, a place: "Jill Tyson", "the Labor
  Department", "Democrats"), or a run of proper nouns it missed, whole;
- a described source: a noun phrase headed by a word for someone who speaks
  for others, a body, or a document ("the agency's spokesman", "a senior
  administration official", "the new study", "a statement from Team Trump");

and the words are whole words of the sentence, not cut from one ("Weitz co"
of "Weitz co-wrote"; a source cut from its phrase or at an abbreviation is
refused by :mod:`.common`). Anything else (a
heading, a counted thing, "a message", "the rapidly deteriorating situation")
is left out: the note then names the outlet alone.

A hand-written list of source nouns rather than a classifier: no library
tells "spokesman" from "situation" as a speaker, and the list is the short
closed class newsrooms cite (its test holds nouns it must refuse).
"""

from __future__ import annotations

import re

from ..claims.nlp import parse_with_entities
from ..patterns import compiled

# Entities that can speak or publish; a date, an amount or a work's title cannot.
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC"})
# Heads of a described source, by lemma. People who speak for others or
# report; bodies that publish; documents that state. "group", "message",
# "situation", "people" are not here: "(citing the group)" and "(citing a
# message)" named no one a reader could find (notes gold, heldout8 and 9).
_SPEAKERS = frozenset("""official spokesman spokeswoman spokesperson representative rep publicist
lawyer attorney officer minister president director secretary chief source witness lawmaker
senator congressman congresswoman prosecutor authority police correspondent reporter scientist
expert researcher economist analyst investigator aide adviser advisor agent leader governor mayor
sheriff commissioner chairman chairwoman chair member staffer manager executive founder owner
spokespeople forecaster doctor physician judge ambassador envoy general admiral captain
commander premier chancellor diplomat negotiator observer activist organizer organiser
coach professor brother sister mother father son daughter wife husband family friend
neighbor neighbour critic opponent supporter liberal conservative progressive moderate""".split())
_BODIES = frozenset("""administration agency department bureau office committee commission court
company government military navy army ministry union organization organisation panel board
council coalition campaign party media medium television network outlet newspaper paper firm drugmaker
manufacturer maker bank university hospital county city state club league studio service
center centre institute regulator watchdog force""".split())
_DOCUMENTS = frozenset("""statement report study survey poll data figure assessment analysis audit
letter filing release record document memo estimate census tally count projection forecast review
draft complaint indictment lawsuit affidavit transcript communique announcement datum statistic
charge legislation bill ruling order decision""".split())
SOURCE_NOUNS = _SPEAKERS | _BODIES | _DOCUMENTS


def names_a_source(source: str, sentence: str) -> bool:
    """``source`` is known to name who a sentence cites (see the module's
    docstring). A source the sentence does not write as given (a pronoun
    the reader resolved, "She said") is left to the reader, as
    :func:`.common.cited_in` leaves it."""
    source = source.strip()
    if not source:
        return False
    whole = compiled(rf"(?<![\w-]){re.escape(source)}(?![\w-])", re.I).search(sentence)
    if whole is None:
        # written only inside a longer word ("Weitz co" of "Weitz co-wrote"): cut
        return re.search(re.escape(source), sentence, re.I) is None
    doc = parse_with_entities(sentence)
    start, end = whole.span()
    inside = [t for t in doc if start <= t.idx < end]
    heads = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.ent_type_ in _NAMED:
        return True
    words = [t for t in inside if t.pos_ not in ("DET", "PUNCT", "PART")]
    if words and all(t.pos_ == "PROPN" or t.text[:1].isupper() and t.i == 0 for t in words):
        return True  # a name the recogniser missed ("Frances Harrison", "Lyons said")
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in SOURCE_NOUNS
