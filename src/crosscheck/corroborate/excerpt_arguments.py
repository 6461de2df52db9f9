"""An event excerpt cut from inside its sentence, made to hold who acted and
what was done (issue 15: "build it from parts that are known to be …, and
leave out a part that is not"): the arguments of its verbs that begin before
the cut come with it. Split from :mod:`.event_excerpts`, whose clause it
completes, to keep that module short."""

from __future__ import annotations

import re

from ..claims.nlp import parse
from .wording import excerpt

# The arguments a verb's clause is not whole without: who acted and what was
# done or said. An object after the excerpt's end may be cut ("an excerpt may
# stop before the object"); one before its start may not.
_CORE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "ccomp", "attr", "dative"})


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
    if not starts or re.search(r"[.!?]\s+[A-Z]", sentence[min(starts):at + 1]):
        return clause
    return excerpt(sentence, min(starts), end, before=0, after=0).rstrip("…") + (
        "…" if clause.endswith("…") else "")
