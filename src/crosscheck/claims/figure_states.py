"""A count of people named by their state alone, no noun after the number:
"Two people were killed and 116 injured", "left three dead and more than 100
wounded", "with 121 still missing", "More than 100 were injured", or by the
verb of a toll it is the object of ("killing 12 and wounding 48 others"). News
writes a toll so, the noun said once for the first count or not at all; the
dependency parse finds no counted noun, and such a count was dropped
(:func:`crosscheck.claims.figures.extract_figures` keeps only a figure with a
subject). Its subject is then the state ("injured"), which the corroborator
reads as a state (corroborate/figures._STATES) with no head noun of its own.
"""

from __future__ import annotations

from spacy.tokens import Span

from crosscheck.claims.nlp import lemma

# The states a toll gives a count of people in. In the 9,000 AllSides, Baly,
# ECB+ and recession articles, 222 numbers stand before one of them with no
# noun between ("116 injured", "more than 850 were injured", "121 still
# missing"); in a sample of 60, 39 were read as no figure at all.
TOLL_STATES = frozenset({"dead", "killed", "injured", "wounded", "missing", "hurt"})
# Words a toll writes between the number and its state: a verb of being and
# "still" ("850 were injured", "121 still missing"), or "others"/"more",
# which say the count adds to another ("Eleven others were injured").
_BETWEEN = frozenset({"were", "are", "was", "is", "have", "has", "been", "remain", "remained",
                      "still", "others", "more"})
_ADDED = frozenset({"others", "more"})
# Tags of a word that makes the state a modifier of a noun after it ("13
# missing Blackberry devices", "200 missing girls"): the count is then of the
# noun, which the parse reads as a subject when it can.
_NOUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


# Verbs of a toll, and the state their object is left in: "killing three and
# injuring more than 100". 67 such verbs stand before a number and no noun
# in the texts above ("killing 12 and", "killed 130 in Paris"); of a sample of
# 40, all were dropped, 38 are read now (not "injured more than 1, 400", a
# number printed with a space, nor one in a clause the sample's text cut).
_TOLL_VERBS = {"kill": "killed", "injure": "injured", "wound": "wounded", "hurt": "hurt"}


def toll_state(sent: Span, end: int) -> str:
    """The subject of a count ending at token ``end`` that a toll names by its
    state alone ("116 injured": "injured"; "Eleven others were injured":
    "others injured") or by the verb it is the object of ("killing 12":
    "killed"), or "" when neither, or when the state modifies a noun ("13
    missing Blackberry devices")."""
    doc = sent.doc
    number = doc[end - 1]
    if number.dep_ == "dobj" and number.head.pos_ == "VERB" and lemma(number.head) in _TOLL_VERBS:
        return _TOLL_VERBS[lemma(number.head)]
    k, added = end, []
    while k < sent.end and k - end < 3 and doc[k].lower_ in _BETWEEN:
        if doc[k].lower_ in _ADDED:
            added.append(doc[k].lower_)
        k += 1
    if k >= sent.end or doc[k].lower_ not in TOLL_STATES:
        return ""
    if k + 1 < sent.end and doc[k + 1].pos_ in _NOUN_TAGS:
        return ""
    return " ".join(added + [doc[k].lower_])
