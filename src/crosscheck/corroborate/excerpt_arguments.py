"""An event excerpt cut from inside its sentence, made to hold who acted and
what was done (issue 15: "build it from parts that are known to be …, and
leave out a part that is not"): the arguments of its verbs that begin before
the cut come with it. Split from :mod:`.event_excerpts`, whose clause it
completes, to keep that module short."""

from __future__ import annotations

import re

from ..claims.nlp import parse
from .excerpts import excerpt

# The arguments a verb's clause is not whole without: who acted and what was
# done or said. An object after the excerpt's end may be cut ("an excerpt may
# stop before the object"); one before its start may not.
_CORE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "ccomp", "attr", "dative"})


#: How many words an excerpt opening on a preposition's object reaches back
#: for who acted: a speaker and a verb ("Miles Vinar spoke to", 5 words). A
#: longer way back ("… had recorded 412 new cases and 9 deaths in nursing
#: homes … over the course of") is a clause of its own, left to the rules of
#: event_excerpts for a clause naming no one.
_REACH_TO_A_PREPOSITION = 8


def from_its_arguments(sentence: str, clause: str) -> str:
    """An excerpt cut from inside a sentence, made to hold, by the parse,
    the whole of each argument its verbs have before its start: a subject
    or an object that begins before the excerpt does, a reported clause
    that ends before it (an excerpt is shown when it is known to say who
    did what).
    The excerpt then starts where the earliest of them starts. An object
    after the excerpt's end may stay cut ("an excerpt may stop before the
    object"). Not across a full stop: a sentence the splitter ran into
    another ("…at Cell Block G. Dubai experienced…") is left as cut."""
    body = clause.strip("…")
    at = sentence.find(body)
    if at < 0:
        return clause  # not found as written: left as it is
    end = at + len(body)
    # A reported clause the excerpt holds the end of is cut as a quotation is
    # cut ("…when the gunman entered the bank …, he fired …, the sheriff
    # said"): its own verbs are checked in turn. One wholly before the
    # excerpt is what was said, dropped ("…a Scottish study found on Monday").
    starts = [c.left_edge.idx for verb in parse(sentence)
              if at <= verb.idx < end and verb.pos_ in ("VERB", "AUX")
              for c in verb.children if c.dep_ in _CORE_ARGUMENTS and c.left_edge.idx < at
              and (c.dep_ != "ccomp" or c.right_edge.idx < at)]
    # The excerpt opening inside an argument whose verb stands before it
    # ("…doses for the world, …" of "Leaders … will provide … doses for the
    # world"): it reaches back to that verb and its subject.
    for t in parse(sentence):
        if at <= t.idx < end and t.head.idx < at and t.dep_ in _CORE_ARGUMENTS - {"ccomp"} \
                and t.pos_ not in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX"):
            verb = t.head
            starts.append(min([verb.idx] + [c.left_edge.idx for c in verb.children
                                            if c.dep_ in ("nsubj", "nsubjpass")]))
    # The excerpt opening on a preposition's object, the preposition and
    # its verb before it ("…ONE News about …" of "Miles Vinar spoke to ONE
    # News about …"): it reaches back to that verb's subject. Not for a verb
    # without one ("according to", "submit to … under"): that would open on
    # a phrase with no one acting.
    for t in parse(sentence):
        if at <= t.idx < end and t.dep_ == "pobj" and t.head.idx < at \
                and t.head.head.pos_ in ("VERB", "AUX") and t.head.head.idx < at:
            subjects = [c.left_edge.idx for c in t.head.head.children
                        if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and len(sentence[min(subjects):at].split()) <= _REACH_TO_A_PREPOSITION:
                starts.append(min(subjects))
    if not starts or re.search(r"[.!?]\s+[A-Z]", sentence[min(starts):at + 1]):
        return clause
    return excerpt(sentence, min(starts), end, before=0, after=0).rstrip("…") + (
        "…" if clause.endswith("…") else "")


# Words that never end a clause: an auxiliary before its verb ("… will…"),
# "to" before its infinitive.
_WAITING_FOR_THEIR_VERB = frozenset({"aux", "auxpass"})


def through_its_verb(sentence: str, clause: str) -> str:
    """An excerpt cut after an auxiliary whose verb follows ("…elections …
    that are scheduled for December 15 of this year will…"), taken on to
    that verb: it said neither what will happen nor that anything does."""
    body = clause.strip("…")
    at = sentence.find(body)
    if at < 0 or not clause.endswith("…"):
        return clause
    end = at + len(body)
    inside = [t for t in parse(sentence) if at <= t.idx < end and not t.is_punct]
    if not inside or inside[-1].dep_ not in _WAITING_FOR_THEIR_VERB \
            or inside[-1].head.idx < end:
        return clause
    verb = inside[-1].head
    prefix = "…" if clause.startswith("…") else ""
    return prefix + sentence[at:verb.idx + len(verb.text)] + "…"


def from_the_opening_verbs_subject(sentence: str, tokens: list[tuple[int, int, str]], first: int,
                                   reach: int) -> int:
    """Where an excerpt that opens on a verb (or an adverb and its verb:
    "…also announced that Texas is funding a $250 million down payment")
    starts when it holds that verb's subject: the subject's first word, when
    it is at most ``reach`` words back and is no pronoun (a pronoun names no
    one a note shows: "He also announced…" says no more), or the name right
    before an infinitive it opens on. Else ``first``.
    The excerpt completed around its number holds the subject of the
    number's own clause, not of the verb it opens on (notes gold, heldout13:
    "who announced is cut")."""
    if first == 0:
        return first
    doc = parse(sentence)
    opener = next((t for t in doc if t.idx == tokens[first][0]), None)
    if opener is not None and opener.lower_ == "to" and opener.dep_ == "aux" and opener.i > 0 \
            and doc[opener.i - 1].pos_ == "PROPN":
        # "…to go away in the course of two weeks" of "… anything else Bob
        # Mueller to go away…": a name right before an infinitive is who is
        # to do it (notes gold, heldout15: "who would go away is cut")
        name = doc[opener.i - 1]
        while name.i > 0 and doc[name.i - 1].pos_ == "PROPN" and doc[name.i - 1].head == name:
            name = doc[name.i - 1]
        back = next(i for i, (start, _, _) in enumerate(tokens) if start >= name.idx)
        return back if first - back <= reach else first
    while opener is not None and opener.pos_ == "ADV" and opener.i + 1 < len(doc):
        opener = doc[opener.i + 1]
    if opener is None or opener.pos_ not in ("VERB", "AUX") or opener.dep_ in ("amod", "acl"):
        return first
    subject = next((c for c in _controller(opener).children if c.dep_ in ("nsubj", "nsubjpass")),
                   None)
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.idx >= tokens[first][0]:
        return first
    back = next(i for i, (start, _, _) in enumerate(tokens) if start >= subject.left_edge.idx)
    return back if first - back <= reach else first


def _controller(verb):
    """The verb whose subject does what ``verb`` says: the verb itself, or,
    for an infinitive with no subject of its own that completes a verb or an
    adjective said of a subject ("Trump seems happy to tell the country…",
    "Pelosi wants to hold a vote"), the verb that subject belongs to (notes
    gold, heldout21: "…tell the country what he said…" without who tells).
    Not a verb with an object, whose infinitive is the object's to do ("told
    the caucus to tell")."""
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        up = verb.head
        if up.pos_ == "ADJ" and up.dep_ in ("acomp", "oprd"):
            up = up.head  # "seems happy to", "was quick to"
        if up.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "dative") for c in up.children):
            break
        verb = up
    return verb
