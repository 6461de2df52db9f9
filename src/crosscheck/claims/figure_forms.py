"""Figures in forms the numeral reader of :mod:`.figures` sets aside on purpose:
ages, vote tallies and halving.

That reader refuses "aged 85", "a 40-year-old", "65-35" and "254 to 175",
because read as counts they would be wrong ("85 (aged)", "65 (measure)").
Outlets nonetheless report the same age or tally of the same vote in other
words ("died at the age of 85" / "Page, 85, died" / "She was 85"), so each is
read here as what it is:

- an **age** (unit ``age``), of the person the sentence names nearest, or of
  the noun a "N-year-old" describes (:mod:`.figure_ages`);
- a **vote tally** (unit ``vote``, the value the votes for, ``against`` the
  votes against): "passed 65-35", "voted 218-to-210", "254 to 175", only in a
  sentence about a vote;
- **halving** (unit ``percent``, value 50, of the thing halved): "halve the
  risk", "cut the risk in half", "deaths fell by half";
- an **ordinal** (unit ``ordinal``) of the thing it ranks: "the 81st Academy
  Awards", "a third term", "her second stint as host", "the third-biggest
  opening weekend";
- a **fraction of a point** (unit ``percentage point``): "three-quarters of a
  percentage point", "half a point", "a quarter-point hike";
- **a pair** (a count of 2): "a pair of secret phone calls".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

# The claims pass runs without spaCy's lemmatizer (nlp.py): lemmas come from nlp.lemma.
from crosscheck.claims.nlp import lemma
from crosscheck.claims.numbers import parse_numeral, word_value
from crosscheck.models import Figure

_VOTE_WORDS = frozenset("""vote votes voted voting tally ballot ballots passed approved confirmed
rejected defeated margin""".split())
_REDUCE_VERBS = frozenset("cut reduce lower slash fall drop decline shrink".split())
_TALLY = re.compile(r"^(\d{1,3})[-–](?:to-)?(\d{1,3})$")
_APPROX = {"about": "about", "roughly": "about", "nearly": "nearly", "almost": "nearly",
           "more": "over", "over": "over"}


@lru_cache(maxsize=1)
def words_of(sent: Span) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence's words (as written, lower case), indexed from its first token."""
    # Every rule below looks at every word of every sentence, and each
    # ``doc[k]`` or ``for tok in sent`` makes a new spaCy Token object: the
    # rules made about 10 million of them for 200 Baly articles (12 % of the
    # whole pipeline under cProfile). The words are read once per sentence
    # (one slot: the rules run one sentence after another) and a Token is
    # made only where a rule needs its parse.
    tokens = list(sent)
    return tuple(t.text for t in tokens), tuple(t.lower_ for t in tokens)


def number_value(text: str) -> float | None:
    """A numeral's value, in digits or words ("12", "twelve"), or None."""
    value = parse_numeral(text)
    return value if value is not None else word_value(text)


def extract_tallies(sent: Span) -> list[Figure]:
    doc = sent.doc
    if not any(w in _VOTE_WORDS for w in words_of(sent)[1]):
        return []
    out = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        pair = None
        m = _TALLY.match(tok.text)
        if m:
            pair, end = (float(m.group(1)), float(m.group(2))), i + 1
        elif tok.like_num and parse_numeral(tok.text) is not None and i + 2 < sent.end:
            link, second = doc[i + 1].text.lower(), doc[i + 2].text
            m2 = re.match(r"^(?:to-)?(\d{1,3})$", second)
            if link in ("-", "–", "to") and m2:
                pair, end = (parse_numeral(tok.text), float(m2.group(1))), i + 3
            elif link == "-" and second == "to" and i + 3 < sent.end and doc[i + 3].like_num:
                pair, end = (parse_numeral(tok.text), parse_numeral(doc[i + 3].text)), i + 4
        if pair is None or None in pair or pair[0] != int(pair[0]) or pair[0] > 1000 \
                or (i > sent.start and doc[i - 1].lower_ in ("age", "ages", "aged")):
            i += 1
            continue
        unit_after = doc[end].lower_ if end < sent.end else ""
        if unit_after in ("%", "percent", "years", "year", "days", "points") or \
                (i > sent.start and doc[i - 1].text in ("$", "€", "£")):
            i = end
            continue  # "10-20 percent", "$5-10": a range, not a tally
        chamber = next((e.text for e in sent.ents if e.label_ == "ORG" and e.root.dep_.startswith("nsubj")), None)
        subject = f"{chamber} vote" if chamber else "vote"
        out.append(Figure(subject=subject, value=pair[0], low=pair[0], high=pair[0],
                          qualifier="exact", unit="vote", against=pair[1]))
        i = end
    return out


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


_ORDINAL_WORDS = {w: n for n, w in enumerate(
    """zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth""".split())}
_ORDINAL_NUMERAL = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)$", re.I)


def ordinal_value(text: str) -> int | None:
    """2 for "second" and "2nd", 81 for "81st"."""
    m = _ORDINAL_NUMERAL.match(text)
    if m:
        return int(m.group(1))
    return _ORDINAL_WORDS.get(text.lower().split("-")[0])


def extract_ordinals(sent: Span, noun_phrase, numbers_a_name) -> list[Figure]:
    """Ordinals that rank a thing ("the 81st Academy Awards", "a third
    term"), with ``noun_phrase(token, skip)`` naming it; those that
    ``numbers_a_name(ordinal, thing)`` says are part of the thing's name ("East
    5th Ave", "the 2nd U.S. Circuit Court") rank nothing. "First" is left out:
    "the first time", "first lady", "first reported" rank nothing a reader
    checks across outlets, and are everywhere. So is an ordinal naming a day
    ("March 3rd"), which the dates read."""
    out = []
    # Tokens, not ORDINAL entities: the model tags "the 81st annual Academy
    # Awards" as one EVENT.
    for k, text in enumerate(words_of(sent)[0]):
        value = ordinal_value(text)
        if value is None or value < 2:
            continue
        tok = sent.doc[sent.start + k]
        superlative = tok.head if tok.head.tag_ == "JJS" and tok.head.i == tok.i + 1 + (
            sent.doc[tok.i + 1].text in ("-", "–")) else None
        if superlative is not None and superlative.head.pos_ in ("NOUN", "PROPN") \
                and superlative.dep_ == "amod":
            # "the third-biggest opening weekend", "the second largest city":
            # a rank among the superlative's kind, whatever the noun's entity.
            thing = superlative.head
            while thing.dep_ == "compound" and thing.head.pos_ in ("NOUN", "PROPN"):
                thing = thing.head
            subject = noun_phrase(thing, {tok.i})
            if subject:
                out.append(Figure(subject=subject, value=float(value), low=float(value),
                                  high=float(value), qualifier="exact", unit="ordinal"))  # type: ignore[arg-type]
            continue
        run = _run_of(sent, tok)
        if run is not None:
            # "the second-straight month", "a third consecutive quarter": the
            # rank of a run, counted whatever the noun (a month, a gain).
            subject = noun_phrase(run, {tok.i})
            if subject:
                out.append(Figure(subject=subject, value=float(value), low=float(value),
                                  high=float(value), qualifier="exact", unit="ordinal"))  # type: ignore[arg-type]
            continue
        if tok.pos_ not in ("ADJ", "NUM", "NOUN"):
            continue
        thing = tok.head
        if thing.lower_ in _SPAN_UNITS and tok.dep_ == "amod" and _into(thing):
            # "after the sixth week of pregnancy": the sixth week runs from
            # five weeks into the pregnancy to six, which "around six weeks"
            # can be. "The second week of March" is a date, not a span.
            out.append(Figure(subject=thing.lower_ + "s", value=float(value - 1),
                              low=float(value - 1), high=float(value), qualifier="range",
                              unit=thing.lower_))  # type: ignore[arg-type]
            continue
        if tok.dep_ not in ("amod", "nummod", "compound") or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        if thing.ent_type_ == "DATE" and thing.lower_ not in ("anniversary", "birthday"):
            continue  # "the 3rd of March", "the second quarter": a date or period
        if thing.dep_ in ("compound", "amod") or (tok.text[0].isupper() and tok.i > sent.start) \
                or numbers_a_name(tok, thing):
            continue  # a label, not a rank: "ninth grade students", "the Second Amendment"
        subject = noun_phrase(thing, {tok.i})
        if not subject:
            continue
        # "the 20th anniversary" of a day is 20 years after it, as another
        # outlet writes it ("exactly 20 years after the attacks").
        unit = "year" if thing.lower_ == "anniversary" else "ordinal"
        out.append(Figure(subject=subject, value=float(value), low=float(value),
                          high=float(value), qualifier="exact", unit=unit))  # type: ignore[arg-type]
    return out


# Words after an ordinal that make it the rank of a run ("the second
# straight month", "a third consecutive quarterly decline").
_RUN_WORDS = frozenset({"straight", "consecutive", "successive"})
# Units of time whose ordinal, "of" a thing, says how far into it:
# "the sixth week of pregnancy", "the third day of the trial".
_SPAN_UNITS = frozenset({"day", "week", "month", "year"})


def _run_of(sent: Span, tok: Token) -> Token | None:
    """The noun whose run ``tok`` ranks, when a run word follows it
    ("second-straight month", "third consecutive gain"), else None."""
    at = tok.i + 1
    if at < sent.end and sent.doc[at].text in ("-", "–"):
        at += 1
    if at >= sent.end or sent.doc[at].lower_ not in _RUN_WORDS:
        return None
    noun = sent.doc[at].head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i > at else None


def _into(unit: Token) -> bool:
    """``unit`` ("week") is "of" a thing that is no date: "of pregnancy",
    "of the trial", not "of March" or "of 2021"."""
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return thing is not None and thing.pos_ == "NOUN" and not thing.ent_type_


_FRACTIONS = {"half": (1, 2), "quarter": (1, 4), "quarters": (1, 4), "third": (1, 3),
              "thirds": (1, 3)}
# "point" alone is a percentage point only where rates are spoken of ("raise
# rates by three-quarters of a point"); elsewhere it may be a score.
_RATE_WORDS = frozenset("rate rates yield yields percent %".split())


def fraction_at(sent: Span, i: int) -> tuple[float, int, int] | None:
    """A fraction of a percentage point starting at token ``i``: (value, index
    after the number words, index after the unit); None if there is none.
    "three-quarters of a percentage point", "half a point", "a quarter-point"."""
    lower = words_of(sent)[1]
    at = i - sent.start
    low = list(lower[at:at + 7])
    if not low:
        return None
    if low[0] in ("half", "quarter", "third") and (low[0] == "half" or at > 0
                                                   and lower[at - 1] in ("a", "one")):
        share, k = _FRACTIONS[low[0]], 1
    elif len(low) > 2 and low[1] in ("-", "–") and low[2] in _FRACTIONS \
            and (word_value(low[0]) or parse_numeral(low[0])):
        share = ((word_value(low[0]) or parse_numeral(low[0])) * _FRACTIONS[low[2]][0],
                 _FRACTIONS[low[2]][1])
        k = 3
    else:
        return None
    rest = low[k:]
    if rest[:2] in (["of", "a"], ["of", "an"]):
        unit_at = k + 2
    elif rest[:1] == ["a"] and low[0] == "half":
        unit_at = k + 1
    elif rest[:2] == ["-", "point"]:
        unit_at = k + 1
    else:
        return None
    unit = low[unit_at:unit_at + 2]
    if unit[:2] in (["percentage", "point"], ["percentage", "points"]):
        end = unit_at + 2
    elif unit[:1] == ["point"] and any(w in _RATE_WORDS for w in lower):
        end = unit_at + 1
    else:
        return None
    return round(share[0] / share[1], 4), i + k, i + end


def extract_fractions(sent: Span, subject_of) -> list[Figure]:
    """Fractions of a percentage point, with ``subject_of(start, end, unit)``
    naming what they measure (the rates raised, the hike)."""
    out = []
    for i in range(sent.start, sent.end):
        found = fraction_at(sent, i)
        if found is None or (i > sent.start and fraction_at(sent, i - 1)):
            continue
        value, _, end = found
        subject = subject_of(i, end, "percentage point")
        if subject:
            out.append(Figure(subject=subject, value=value, low=value, high=value,
                              qualifier="exact", unit="percentage point"))
    return out


# Nouns counted in pairs that are one thing: "a pair of scissors" is one.
_ONE_THING_PAIRS = frozenset("""scissors jeans trousers pants glasses spectacles shorts tights pliers
binoculars goggles tongs shears socks shoes boots gloves earrings""".split())


def extract_pairs(sent: Span, noun_phrase) -> list[Figure]:
    """"A pair of secret phone calls": a count of 2 of the thing paired."""
    doc = sent.doc
    lower = words_of(sent)[1]
    out = []
    for k, word in enumerate(lower):
        if word != "pair" or k == 0 or lower[k - 1] not in ("a", "one"):
            continue
        tok = doc[sent.start + k]
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if thing is None or thing.pos_ != "NOUN" or thing.lower_ in _ONE_THING_PAIRS:
            continue
        subject = noun_phrase(thing, set())
        if subject:
            out.append(Figure(subject=subject, value=2.0, low=2.0, high=2.0, qualifier="exact"))
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
