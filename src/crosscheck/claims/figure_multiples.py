"""Multiples and halving, in the words that say them:

- **halving** (unit ``percent``, value 50, of the thing halved): "halve the
  risk", "cut the risk in half", "deaths fell by half";
- **multiples** (unit ``time``): how often ("twice a day", "married three
  times") and ratios ("twice as likely", "2.34 times greater odds",
  "doubles the risk", "double the risk of hospitalization").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# The claims pass runs without spaCy's lemmatizer (nlp.py): lemmas come from nlp.lemma.
from crosscheck.claims.figure_forms import number_value, words_of
from crosscheck.claims.nlp import lemma
from crosscheck.models import Figure

_REDUCE_VERBS = frozenset("cut reduce lower slash fall drop decline shrink".split())
_APPROX = {"about": "about", "roughly": "about", "nearly": "nearly", "almost": "nearly",
           "more": "over", "over": "over"}

# How far before "by half" a verb of reduction may stand when the parser
# attached "by" elsewhere ("pill reduced hospitalizations and deaths by half",
# where "reduced" was read as an adjective): a verb, its object and a
# coordinated one.
_REDUCE_REACH = 6


def _reduce_verb_before(sent: Span, by: int) -> Token | None:
    for k in range(by - 1, max(sent.start, by - _REDUCE_REACH) - 1, -1):
        tok = sent.doc[k]
        if tok.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VB", "VBG") and lemma(tok) in _REDUCE_VERBS:
            return tok
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return None  # another clause: its verb is not the one halving
    return None


def extract_halves(sent: Span, noun_phrase) -> list[Figure]:
    """Halving, with ``noun_phrase(token, skip)`` naming the thing halved."""
    doc = sent.doc
    lower = words_of(sent)[1]
    out = []
    for k, word in enumerate(lower):
        verb = None
        # Only a word beginning "halv" has the lemma "halve": the lemmatiser's
        # rules change an ending to "", "e" or "y", and none of its exceptions
        # gives "halve". Asking the others for their lemma made most of the
        # lemmas of the claims pass.
        if word.startswith("halv") and (word in ("halve", "halved", "halves", "halving")
                                        or lemma(doc[sent.start + k]) == "halve"):
            verb = doc[sent.start + k]
        elif word == "half" and k > 0 and lower[k - 1] in ("in", "by") \
                and not (k + 1 < len(lower) and lower[k + 1] in ("past", "an", "a")):
            i = sent.start + k
            verb = doc[i - 1].head if lemma(doc[i - 1].head) in _REDUCE_VERBS \
                else _reduce_verb_before(sent, i - 1)
        if verb is None:
            continue
        # What is halved: the object, else the noun right after the verb (the
        # parse lost the object of "reduced hospitalizations and deaths by
        # half"), else the subject of an intransitive verb ("deaths fell by half").
        after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None) or \
            (after if after is not None and after.pos_ == "NOUN" else None) or \
            next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                  and lemma(verb) != "halve" and c.pos_ in ("NOUN", "PROPN")), None)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        before = doc[verb.i - 1].lower_ if verb.i > sent.start else ""
        qualifier = _APPROX.get(before, "exact") if before in ("about", "roughly", "nearly", "almost") else "exact"
        low, high = {"exact": (50.0, 50.0), "about": (45.0, 55.0), "nearly": (45.0, 50.0)}[qualifier]
        # Words up to the verb are not the thing's ("pill reduced hospitalizations").
        phrase = noun_phrase(thing, set(range(sent.start, verb.i + 1)) if thing.i > verb.i else set())
        for prep in thing.children:  # "the risk of hospitalization": keep what it is the risk of
            if prep.dep_ == "prep" and prep.lower_ == "of":
                phrase += " of " + " ".join(t.lower_ for t in prep.subtree if t.dep_ != "prep"
                                            and not t.is_punct)[:60]
                break
        out.append(Figure(subject=f"{phrase} {verb.lower_}".strip(), value=50.0, low=low, high=high,
                          qualifier=qualifier, unit="percent"))  # type: ignore[arg-type]
    return out


_MULTIPLES = {"twice": 2.0, "thrice": 3.0}
# A ratio given as a whole multiple is rounded, as a share is: "twice as
# likely" is said of a study's 2.34 as well ("more than twice as likely" in
# another outlet). It is read "about" its value, within a tenth either way
# (the claims reader's widest "about"), so that "twice" and "more than twice"
# can both be true and "twice" and "three times" cannot. A count of times
# ("married twice", "twice a day") is exact.
RATIO_ROUNDING = 0.10
_RATE_PERIODS = frozenset("hour day week month year".split())
_COMPARATIVES = frozenset("""more greater higher larger bigger less lower smaller faster slower
likelier""".split())


def _doer(verb: Token, noun_phrase) -> str | None:
    """Who or what does ``verb``, with the verb: "page married", "pills taken",
    "fed pushed". Pronouns name nothing."""
    for dep in (("nsubj", "nsubjpass"), ("dobj",)):
        noun = next((c for c in verb.children if c.dep_ in dep), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return f"{noun_phrase(noun, set())} {verb.lower_}"
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        phrase = noun_phrase(verb.head, set())  # "four pills taken twice a day"
        return phrase if phrase.endswith(verb.lower_) else f"{phrase} {verb.lower_}"
    return None


def _compared(word: Token, noun_phrase) -> str | None:
    """What a ratio compares: the noun a comparative describes ("2.34 times
    greater odds"), else the adjective with its complement ("twice as likely
    to face reinfection")."""
    if word.dep_ == "amod" and word.head.pos_ == "NOUN":
        return noun_phrase(word.head, {word.i})
    verb = next((c for c in word.children if c.dep_ == "xcomp"), None)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return " ".join(t.lower_ for t in (word, verb, obj) if t is not None)


def _times_a_level(number: Token, times: Token, after: list[str]) -> bool:
    """"N times the X": the parser hangs "times" on the number and the number
    on the noun X ("five times the legal limit"); in "arrested five times the
    year before" "times" hangs on the verb, a count of arrests."""
    return (after[:1] in (["the"], ["its"], ["their"]) and times.lower_ == "times"
            and times.dep_ == "quantmod" and times.head.i == number.i
            and number.head.pos_ == "NOUN" and number.head.i > times.i)


def extract_multiples(sent: Span, noun_phrase, qualifier_of) -> list[Figure]:
    """Multiples (unit ``time``): how often ("four pills taken twice a day",
    "Page was married three times", "the Fed has twice pushed up rates") and
    ratios ("twice as likely to face reinfection", "2.34 times greater
    odds"); ``qualifier_of(index)`` reads "more than" before the number."""
    doc = sent.doc
    text, lower = words_of(sent)
    out = []
    for k, word in enumerate(lower):
        if word in _MULTIPLES:
            tok = doc[sent.start + k]
            value, end, anchor = _MULTIPLES[word], tok.i + 1, tok
        elif k + 1 < len(lower) and lower[k + 1] == "times" and number_value(text[k]) is not None:
            tok = doc[sent.start + k]
            value, end, anchor = number_value(text[k]), tok.i + 2, doc[tok.i + 1]
        else:
            continue
        nxt = [doc[k] for k in range(end, min(sent.end, end + 2))]
        low = [t.lower_ for t in nxt]
        ratio = False
        if low[:1] and low[0] in ("a", "per", "each", "every") and low[1:2] \
                and low[1] in _RATE_PERIODS:
            doer = _doer(nxt[1].head, noun_phrase) if nxt[1].head.pos_ == "VERB" else None
            subject = f"{doer} a {low[1]}" if doer else None
        elif low[:1] == ["as"] and len(nxt) > 1 and nxt[1].pos_ in ("ADJ", "ADV"):
            subject, ratio = _compared(nxt[1], noun_phrase), True
        elif low[:1] and low[0] in _COMPARATIVES:
            subject, ratio = _compared(nxt[0], noun_phrase), True
        elif anchor.dep_ in ("advmod", "npadvmod") and anchor.head.pos_ == "VERB":
            subject = _doer(anchor.head, noun_phrase)
        elif _times_a_level(tok, anchor, low):
            # "more than five times the legal limit", "three times the
            # national average": a ratio to the level the noun names (4
            # mentions of one dev4 fact, each unread).
            subject, ratio = noun_phrase(tok.head, {tok.i, anchor.i}), True
        else:
            continue
        if not subject:
            continue
        qualifier = qualifier_of(tok.i)
        if ratio and qualifier == "exact" and value == int(value):
            qualifier = "about"  # see RATIO_ROUNDING
        low_bound, high_bound = {"over": (value, None), "at-least": (value, None),
                                 "under": (None, value), "at-most": (None, value),
                                 "nearly": (value * 0.9, value),
                                 "about": (value * (1 - RATIO_ROUNDING), value * (1 + RATIO_ROUNDING)),
                                 }.get(qualifier, (value, value))
        out.append(Figure(subject=subject, value=value, low=low_bound, high=high_bound,
                          qualifier=qualifier if qualifier in ("over", "at-least", "under", "at-most",
                                                               "nearly", "about") else "exact",
                          unit="time"))
    return out


# Verbs and predeterminers of a whole multiple: "almost doubles the risk of
# people being admitted", "carries double the risk of hospitalization",
# "triple its workforce". A ratio in words, rounded as "twice as
# likely" is (RATIO_ROUNDING).
_MULTIPLYING = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}


def extract_doublings(sent: Span, noun_phrase, qualifier_of) -> list[Figure]:
    """Multiples said by a verb or before "the" (unit ``time``), of the thing
    doubled: the verb's object, or the noun after "double the"."""
    doc = sent.doc
    lower = words_of(sent)[1]
    out = []
    for k, word in enumerate(lower):
        base = word[:-1] if word.endswith(("es", "ed")) and word[:-1] in _MULTIPLYING else \
            word[:-3] + "e" if word.endswith("ing") and word[:-3] + "e" in _MULTIPLYING else word
        if base not in _MULTIPLYING or k + 1 >= len(lower) or lower[k + 1] in ("-", "–"):
            continue  # "a double-digit rise" is no multiple
        tok = doc[sent.start + k]
        if tok.pos_ == "VERB":
            # Only a thing doubled named as the object: the subject of an
            # intransitive "doubled" is often a level of something else, and
            # the pair model linked "inflation doubled" with "30-year fixed
            # rates have nearly doubled" and both with "the Fed has twice
            # pushed up rates" (a count of times), one value in unlike
            # subjects (recession-46).
            thing = next((c for c in tok.children if c.dep_ == "dobj"), None)
        elif tok.dep_ == "predet" or lower[k + 1] in ("the", "its", "their"):
            thing = tok.head if tok.dep_ == "predet" else doc[tok.i + 1].head
        else:
            continue  # "two doubles", "a double standard"
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = noun_phrase(thing, set())
        for prep in thing.children:  # "the risk of hospitalization": what it is the risk of
            if prep.dep_ == "prep" and prep.lower_ == "of":
                phrase += " of " + " ".join(t.lower_ for t in prep.subtree if t.dep_ != "prep"
                                            and not t.is_punct)[:60]
                break
        value = _MULTIPLYING[base]
        qualifier = qualifier_of(tok.i)
        low, high = {"nearly": (value * 0.9, value), "over": (value, None),
                     "at-least": (value, None)}.get(
            qualifier, (value * (1 - RATIO_ROUNDING), value * (1 + RATIO_ROUNDING)))
        # The subject is the thing doubled, without the verb: "inflation
        # doubled" and "rates have nearly doubled" ended on one head word,
        # "doubled", and were linked as one fact (recession-46).
        out.append(Figure(subject=phrase.strip(), value=value, low=low, high=high,
                          qualifier=qualifier if qualifier in ("nearly", "over", "at-least") else "about",
                          unit="time"))
    return out
