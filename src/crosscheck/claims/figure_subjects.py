"""Figures: what a number counts, read from the dependency parse (step 4 of
:mod:`crosscheck.claims.figures`).

The subject of "12 miners remain trapped" is "miners remain trapped"; of
"claims reached 348,000", the claims; of "$3.2 million for a relief fund",
the fund; a duration that qualifies no noun is known by its unit ("months").
How a noun is then named (its phrase, the verb that tells counted things
apart) is :mod:`crosscheck.claims.figure_phrases`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.clause_sources import AMOUNT_NOUNS
from crosscheck.claims.figure_ages import MAX_AGE
from crosscheck.claims.figure_bounds import LEVEL_NOUNS
from crosscheck.claims.figure_names import kind_counted
from crosscheck.claims.figure_phrases import (SUBJECT_MODIFIERS, clause_subject, noun_phrase, reports,
                                              with_predicate)
from crosscheck.claims.figure_polls import respondents_share
from crosscheck.claims.figure_runs import describes_a_span
from crosscheck.claims.figure_units import is_length_word
from crosscheck.claims.nlp import lemma
from crosscheck.claims.numbers import (DURATION_UNITS, DURATIONS, PLURAL_SCALES, SCALES,
                                       WORDS_BETWEEN, duration_plural, parse_words)

__all__ = ["LEVEL_VERBS", "subject_of"]


_UNIT_WORDS = {"%", "percent", "per", "cent", "percentage", "basis", "point", "points", "-",
               "long"} | DURATIONS | WORDS_BETWEEN  # "three-year-long war": the war is counted


# Verbs whose object or complement is the level a counted thing reached:
# "claims reached 348,000", "payrolls increased by 943,000", "applications
# totaled 310,000", "June's reading was revised higher by 88,000 jobs to
# 938,000". Other verbs ("he bought 3", "she said 12") do not make their
# subject the thing counted.
LEVEL_VERBS = frozenset("""reach total number top hit rise climb increase grow jump surge soar fall
drop decline decrease sink slip dip plunge tumble ease stand remain revise exceed
surpass""".split())
# Verbs that set what their object comes to, a level given after "to": "raised
# the refugee cap to 62,500", "limit refugees to 15,000", "bringing the total
# to nine". Elsewhere "to" and a bare number is no level of the object ("sent
# the bill to 12 committees" names what it counts).
_SETTING_VERBS = frozenset("""raise lower cut reduce lift boost limit cap bring set trim slash
expand increase decrease revise push""".split())
# Verbs that place their object at a level given after "at": "caps the
# number of refugees at 50,000", "officials put the death toll at 13", "pegged
# the cost at 2 billion". Only these: elsewhere "at" and a bare number is a
# time or a place ("met them at 10", "stopped the fight at 2:56"), and so
# it is after these verbs too unless their object names an amount ("set the
# meeting at 10" is a time; "set the limit at 45,000" a level).
# Whose count such a level is: clause_sources.placed_by (attribution.v18),
# which names the amounts (AMOUNT_NOUNS).
_SETTING_AT_VERBS = frozenset("""cap set put peg place fix estimate value""".split())
# Nouns a bare number after "of" is the age of ("at the age of 91": an age,
# read by figure_ages.py), not a count or level.
_AGE_NOUNS = frozenset({"age", "ages"})
# Subjects whose clause climbs to the verb that has them: "claims continued
# to fall to 473,000" ("fall" is the xcomp of "continued"), "filings dropped
# by 35%, slipping below 400,000" (an adverbial clause of the same subject).
_SHARED_SUBJECT = frozenset({"xcomp", "advcl", "conj"})


def _subject_up(verb: Token, skip: set[int]) -> Token | None:
    """The noun subject of ``verb``, or of the verb it is the complement,
    adverbial clause or conjunct of, when it has none of its own."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i not in skip), None)
        if subject is not None:
            return subject if subject.pos_ in ("NOUN", "PROPN", "VERB") else None
        if verb.dep_ not in _SHARED_SUBJECT or verb.head is verb \
                or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return None


# A bare number after "be" of MAX_AGE or less is as often an age ("the
# victim was 19") as a count: the copula rule reads larger ones only.
_COPULA_MIN = MAX_AGE


def _value_of(sent: Span, skip: set[int]) -> float:
    """The value of the number whose tokens are ``skip`` (0 when unread)."""
    return parse_words([sent.doc[k].text for k in sorted(skip)]) or 0.0


def _bare_count_subject(sent: Span, top: Token, holder: Token, skip: set[int]) -> str | None:
    """What a number with no counted noun counts: the subject of a verb of
    level ("claims reached 348,000"), or the noun of a partitive that opens
    the sentence ("Of the 71 miners underground, 12 remain trapped")."""
    if top.dep_ == "nsubj" and holder.pos_ in ("VERB", "AUX"):
        first = sent[0] if len(sent) else None
        if first is not None and first.lower_ == "of":
            pobj = next((g for g in first.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if pobj is not None:
                state = next((c for c in holder.children if c.dep_ in ("acomp", "oprd", "xcomp")
                              and c.tag_ in ("VBN", "JJ")), None)
                return f"{pobj.lower_} {holder.lower_}" + (f" {state.lower_}" if state is not None else "")
        return None
    if holder.lower_ == "of" and top.dep_ == "pobj" and holder.head.pos_ == "NOUN" \
            and holder.head.lower_ not in _AGE_NOUNS:
        # "a peak of 904,000", "below expectations of 500,000", "the
        # preliminary estimate of 498,000": the noun names what the number is,
        # and a level names what reached it too (_reached_by).
        return _reached_by(holder.head, skip) or noun_phrase(holder.head, skip)
    if top.dep_ == "attr" and holder.pos_ == "AUX" and lemma(holder) == "be":
        # "The four-week moving average was 394,500", "the U.S. population
        # was 331.5 million": the number is all the subject is.
        # A small number is no age when the subject names an amount ("His
        # blood-alcohol level was 0.41", "the toll was 12").
        subject = next((c for c in holder.children if c.dep_ == "nsubj" and c.i not in skip), None)
        if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ \
                or (_value_of(sent, skip) <= _COPULA_MIN and lemma(subject).lower() not in AMOUNT_NOUNS):
            return None
        return noun_phrase(subject, skip)
    if top.dep_ == "appos" and _value_of(sent, skip) > _COPULA_MIN:
        return _count_restated(holder, skip)
    verb = holder.head if holder.dep_ == "prep" or holder.pos_ == "ADP" else holder
    if holder.lower_ == "to" and verb.lower_ in ("by", "from") and verb.head is not verb:
        # "revised down by 1,000 to 405,000", "revised up from 498,000 to
        # 507,000": the level hangs on the change or the level before it.
        # Not any preposition: "increased rates from near 0 to ..." hangs 0
        # on "near", a bound, and the unit comes only after "to".
        verb = verb.head
    change = None
    if verb.pos_ == "ADV" and verb.lower_ in _DIRECTIONS and verb.head.pos_ in ("VERB", "AUX"):
        # "fell back to 310,000", "revised up to 938,000"; "reached 348,000,
        # down 29,000" gives the change, not the level the verb reached.
        change = verb if verb is holder and top.dep_ == "npadvmod" else None
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in skip
                and c.pos_ in ("NOUN", "PROPN")), None)
    if lemma(verb) not in LEVEL_VERBS:
        if obj is not None and top.dep_ == "pobj" and (
                (holder.lower_ == "to" and lemma(verb) in _SETTING_VERBS)
                or (holder.lower_ == "at" and lemma(verb) in _SETTING_AT_VERBS
                    and lemma(obj).lower() in AMOUNT_NOUNS)):
            return _totalled(obj, verb, skip) or f"{noun_phrase(obj, skip)} {verb.lower_}"
        return None
    if top.dep_ not in ("dobj", "attr", "pobj", "npadvmod", "nummod", "advmod") and holder is verb:
        return None
    # A subject the tagger took for a verb ("Initial unemployment claims
    # dropped 29,000"): as the subject of a clause it can only be a noun. A
    # verb's object is what it brought to the level ("the bureau revised its
    # estimate to 938,000"), not the subject that did.
    subject = obj or _subject_up(verb, skip)
    if subject is None:
        return None
    return f"{noun_phrase(subject, skip)} {(change or verb).lower_}"


# A total a verb brings to a number counts what it totals: "bringing the
# total number of candidates to 24", "raised the number of wounded to 119"
# (the candidates, the wounded); a total of nothing named ("Five more
# firefighters tested positive, bringing the total to 19") totals what the
# clause it follows counts with a number of its own. Read as "number
# bringing" or "total bringing" before, which no outlet's "24 candidates" or
# "nine provincial capitals" could be linked with. Counted in the AllSides,
# Baly, ECB+ and recession texts (not the held-out gold's): 12 totals "of"
# a noun and 7 bare ones after bring, raise, take or push.
def _totalled(obj: Token, verb: Token, skip: set[int]) -> str | None:
    """What the total ``obj`` that ``verb`` sets counts, or None when it is no
    total or the sentence does not say."""
    if obj.lower_ not in _COUNT_NOUNS:
        return None
    counted = next((g for p in obj.children if p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"
                    # "the number of injured": a participle as a noun, tagged a verb
                    and (_nominal(g) or g.tag_ == "VBN")), None)
    if counted is not None:
        return noun_phrase(counted, skip)
    if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" \
            or not any(c.like_num and c.dep_ == "nummod" for c in subject.children):
        return None
    return noun_phrase(subject, skip)


# A level "of" a number is the level of what reached it: "the number of
# initial jobless claims have been more than halved this year after reaching
# a peak of 904,000 in January" counts claims at their peak, which "peak"
# alone, the subject before, named for no pair model to link with another
# outlet's "more than 900,000" weekly applications (scored 0.21). The level
# stays in the subject: a peak is not the week's count. Only a level a verb
# of level reaches ("reach", "hit", "top"): "the peak of 904,000 came in
# January" names no counted thing, and keeps "peak".
_COUNT_NOUNS = frozenset({"number", "total", "count", "tally"})
# ... climbing from the verb to the clause that has the subject: "after
# reaching" (pcomp, prep), "halved" (advcl) of "more" (acomp) of "been", whose
# subject it is: four links in that sentence, the longest seen.
_CLAUSE_LINKS = _SHARED_SUBJECT | {"pcomp", "prep", "acomp"}
_REACHED_BY_REACH = 5


def _reached_by(level: Token, skip: set[int]) -> str | None:
    """"claims ... reaching a peak of": what reached the level noun ``level``, with it."""
    verb = level.head
    if level.lower_ not in LEVEL_NOUNS or level.dep_ != "dobj" or lemma(verb) not in LEVEL_VERBS:
        return None
    subject = None
    for _ in range(_REACHED_BY_REACH):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i not in skip), None)
        if subject is not None or verb.dep_ not in _CLAUSE_LINKS or verb.head is verb:
            break
        verb = verb.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if subject.lower_ in _COUNT_NOUNS:  # "the number of initial jobless claims": the claims
        subject = next((g for p in subject.children if p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), subject)
    return f"{noun_phrase(subject, skip)} {noun_phrase(level, skip)}"


# How far up the parse a number set after a comma may look for the plural
# noun it restates: "added far fewer jobs than expected in April, just
# 266,000" hangs the number on "April", three steps below "jobs" (April, in,
# expected).
_RESTATED_REACH = 4


def _count_restated(holder: Token, skip: set[int]) -> str | None:
    """What a number in apposition counts ("far fewer jobs than expected in
    April, just 266,000"): the plural noun it hangs on, or the one the date,
    preposition or verb it hangs on belongs to. Only through those: "the
    company, 3M," or a noun of one ("her son, 12,") is no count, and the
    copula's bar (_COPULA_MIN) keeps ages out."""
    tok = holder
    for _ in range(_RESTATED_REACH):
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not tok.ent_type_ and tok.i not in skip:
            return with_predicate(tok, noun_phrase(tok, skip))
        if not (tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("ADP", "VERB")) or tok.head is tok:
            return None
        tok = tok.head
    return None


# Adverbs of direction between a verb and the level it reaches.
_DIRECTIONS = {"down", "up", "back", "higher", "lower", "further"}


def _reported(verb: Token) -> Token:
    """The verb of what a verb of saying reports: "the rate declined to 4.8%,
    the bureau said, down from 5.2%" hangs "down" on "said", and the bureau
    is not what fell."""
    if lemma(verb) not in CUE_VERBS:
        return verb
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), verb)


# An adjective in a noun's place is a noun: "inflation is at a four-decade
# high" (tagged ADJ) measures the high as "a 40-year high" (tagged NOUN) does.
_NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr"})


def _nominal(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in _NOUN_SLOTS
                                              and not any(c.dep_ == "amod" and c.pos_ == "NOUN"
                                                          for c in tok.children))


def _measured_alike(noun: Token, unit: str | None, skip: set[int]) -> Token | None:
    """The modifier by which ``noun`` carries a measure of ``unit`` of its own
    ("6% unemployment"): a number, outside ``skip``, before the noun, with
    the same unit word; None when it has none."""
    unit_words = {"percent": ("%", "percent"), "percentage point": ("points", "point")}.get(unit or "")
    if not unit_words:
        return None
    return next((c for c in noun.lefts
                 if any(t.like_num and t.i not in skip and t.i + 1 < noun.i
                        and t.doc[t.i + 1].lower_ in unit_words for t in c.subtree)), None)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Words between a number and what it counts that say it adds to a count.
_MORE = frozenset({"more", "fewer", "additional", "extra", "further"})


# Dependency labels the parser gives a token it could not place.
_NO_ROLE = frozenset({"meta", "dep", "punct"})


# A part "of" a whole both written in numbers: 138 in the AllSides, Baly,
# ECB+ and recession texts ("17 of 18 property sectors", "30 of the 80
# wounded", "178 of 369 punches thrown"). The parser hangs the part on the
# whole's number (quantmod) or takes the whole for the object of "of".
def _partitive_whole(top: Token, holder: Token) -> Token | None:
    """The number of the whole ``top`` is a part "of", or None."""
    doc = top.doc
    if holder.like_num and holder.i > top.i + 1 \
            and all(doc[k].lower_ in ("of", "out") for k in range(top.i + 1, holder.i)):
        return holder
    whole = next((g for p in top.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    return whole if whole is not None and whole.like_num else None


# A word before a length's number sizes the amount, not the unit: "she rolled
# under his car a good 10 feet", "carried him a piddling 27 miles", "dug from
# a safe 6 feet away" (all three such forms in the AllSides, Baly, ECB+ and
# recession texts) measure feet and miles, which the corroborator reads
# from the subject's first word (claims/figure_units.written_measure): "good
# feet" was no length. A counted noun keeps such a word ("the remaining 12
# miners" are not all miners); a length has no kinds a word could name.
def _sizing(noun: Token, start: int) -> set[int]:
    """The tokens of the modifiers of the length unit ``noun`` that stand
    before its number (at ``start``); none when ``noun`` is no length."""
    if not is_length_word(noun.text):
        return set()
    return {t.i for c in noun.lefts if c.i < start and c.dep_ in SUBJECT_MODIFIERS for t in c.subtree}


def subject_of(sent: Span, start: int, end: int, unit: str | None, currency: bool) -> str | None:
    """What the number counts, read from the dependency parse."""
    doc = sent.doc
    skip = set(range(start, end))
    if currency and start > sent.start:
        skip.add(start - 1)
    span_tokens = [doc[k] for k in sorted(skip)]
    # A number split after its point ("40. 3 million people") may have its
    # whole part hung anywhere ("meta", or as the object of "by" in "watched
    # by 39. 9 million people"): the part after the point, which carries the
    # scale, governs.
    heads = [t for t in span_tokens if t.head.i not in skip or t.head is t]
    split = any(t.text == "." for t in span_tokens)
    roles = [t for t in heads if t.dep_ not in _NO_ROLE]
    top = (roles[-1] if split else roles[0]) if roles else heads[0] if heads else span_tokens[-1]
    if unit is not None and not currency:
        # The unit word is in the phrase for durations and percentages.
        k = end
        while k < sent.end and (doc[k].lower_ in _UNIT_WORDS or (
                # "two horrific nights": the span's adjective, as "consecutive"
                k + 1 < sent.end and doc[k + 1].lower_ in DURATIONS and describes_a_span(doc[k]))):
            skip.add(k)
            k += 1
        phrase = [doc[i] for i in sorted(skip)]
        top = next((t for t in phrase if t.head.i not in skip or t.head is t), top)
    holder = top.head if top.head.i not in skip else top
    if holder is top:
        return None
    measure = unit is not None or currency
    if not measure and (whole := _partitive_whole(top, holder)) is not None:
        # "landing 178 of 369 punches thrown", "30 of the 80 wounded": the
        # part counts what its whole does (the part was left with no
        # subject, or with the whole's number in it, "80 wounded").
        words = (noun_phrase(whole, skip | {whole.i}) or "").split()
        counted = subject_of(sent, whole.i, whole.i + 1, None, False) \
            or " ".join(w for w in words if w != whole.lower_)
        if counted and top.dep_ in ("nsubj", "nsubjpass") and holder.pos_ == "VERB":
            # ... and what the part does, as "Of the 71 miners, 12 remain
            # trapped" reads: "30 of the 80 wounded remained in hospital" are
            # not the 80 wounded.
            return f"{counted} {holder.lower_}"
        return counted or None
    if not measure:
        if top.dep_ == "nummod" and holder.lower_ in _WEEKDAYS and holder.head is not holder:
            # "raised the refugee cap to 62,500 Monday": the parser may hang
            # the number on the day after it, which no number counts; the
            # number stands where the day hangs.
            return _bare_count_subject(sent, holder, holder.head, skip)
        if holder.tag_ == "CD" and not holder.like_num and top.dep_ in ("nummod", "compound") \
                and (kind := kind_counted(holder)) is not None:
            # "included seven AK-47 rifles, one rocket launcher …": the tagger
            # may read the model's name as a number; the number counts the
            # plural the name is a kind of, as below (ECB+ dev3, unread)
            return with_predicate(kind, noun_phrase(kind, skip | _sizing(kind, start)))
        if holder.pos_ in ("NOUN", "PROPN") and top.dep_ in ("nummod", "compound", "amod", "quantmod"):
            if holder.pos_ == "PROPN" and (kind := kind_counted(holder)) is not None:
                holder = kind  # "seven AK-47 assault rifles": the rifles (figure_names)
            return with_predicate(holder, noun_phrase(holder, skip | _sizing(holder, start)))
        if _strong(holder, end):
            # "a 2,000-strong crowd", "the 14,000-strong U.S. contingent": the
            # number counts the members of what the adjective qualifies.
            return with_predicate(holder.head, noun_phrase(holder.head, skip | {end, holder.i}))
        if holder.lower_ in _MORE and holder.dep_ == "amod" and holder.head.pos_ == "NOUN":
            # "500 million more doses": the parser hangs the number on "more"
            return with_predicate(holder.head, noun_phrase(holder.head, skip))
        if top.lower_ in PLURAL_SCALES or top.lower_ in SCALES or top.dep_ in ("nsubj", "dobj", "pobj", "nummod"):
            pobj = [g for p in top.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if pobj:
                return noun_phrase(pobj[0], skip)
        return _bare_count_subject(sent, top, holder, skip)
    # A measure (money, percentage, duration): the noun it modifies, what it is
    # "of"/"in", or the subject of the clause it completes.
    if _nominal(holder) and top.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod"):
        return noun_phrase(holder, skip)
    if top.dep_ == "conj" and holder.pos_ in ("NOUN", "PROPN") and (
            other := _measured_alike(holder, unit, skip)) is not None:
        # "between 6% unemployment and the 3.6% we have today": the second
        # share is of the noun the first one measures, left out after "and".
        return noun_phrase(holder, skip | {t.i for t in other.subtree})
    for child in top.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "on") and child.i not in skip:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return noun_phrase(pobj, skip)
    if holder.dep_ == "amod" and holder.pos_ in ("VERB", "ADJ") and holder.head.pos_ == "NOUN" \
            and top.dep_ in ("npadvmod", "advmod") and holder.i < holder.head.i:
        # "at a 2.6 percent annualized rate": the measure qualifies a
        # participle before a noun, and so measures that noun.
        return noun_phrase(holder.head, skip | {holder.i})
    if _restates_a_measure(top, holder):
        # "The Dow fell 617 points, or 2.4 percent": one change given again in
        # another measure, of what the clause's verb tells (the Dow).
        holder = holder.head
    if unit == "percent" and respondents_share(top):
        return "respondents"  # "Fifty-seven percent said so" (figure_polls.py)
    duration = unit is not None and not currency and unit in DURATION_UNITS
    verb = holder
    if holder.pos_ in ("ADV", "ADJ") and holder.head.pos_ in ("VERB", "AUX"):
        verb = holder.head  # "prices are down 27%", "costs are 11.4% lower"
    elif holder.dep_ == "prep" or holder.pos_ == "ADP":
        verb = holder.head
        for _ in range(2):  # "increased rates from near 0 to between 2.25 and 2.50 percent"
            if verb.pos_ == "ADP" and verb.dep_ == "prep" and verb.head.pos_ in ("ADP", "VERB"):
                verb = verb.head
        if verb.pos_ == "ADV" and verb.lower_ in _DIRECTIONS and verb.head.pos_ in ("VERB", "AUX"):
            verb = _reported(verb.head)  # "rose back to 8.58%", "said Friday, down from 5.2%"
        if verb.pos_ in ("NOUN", "PROPN") and not duration:
            return noun_phrase(verb, skip)
    if verb.pos_ in ("VERB", "AUX") and not duration:
        # "raised rates to 2.5%" counts the rates; "inflation climbed by 8.5%" the inflation.
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in skip
                    and c.pos_ in ("NOUN", "PROPN")), None)
        found = noun_phrase(obj, skip) if obj is not None else clause_subject(verb, skip)
        if found:
            return found
        if currency and top.dep_ == "dobj" and top.head.i == verb.i and not reports(verb):
            # "I've spent $650 on groceries": what it went on; "the urgency to
            # spend another $3.5 trillion": an amount no noun names is known
            # by what is done with it, as "the $3.5 trillion spending
            # package" names it too.
            on = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "for")
                       for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            return noun_phrase(on, skip) if on is not None else lemma(verb).lower()
    if duration:
        # A duration that qualifies no noun is only known by its unit ("months").
        return duration_plural(unit)
    return None


def _strong(holder: Token, end: int) -> bool:
    """The number ending at ``end`` is hyphened to "strong" before a noun:
    the size of a body of people or things ("a 2,000-strong crowd"). Not
    "strong" after a space ("12 strong men": twelve men, each strong, read as
    any count of a noun is) nor as a predicate ("the crowd was 2,000 strong")."""
    doc = holder.doc
    return (holder.lower_ == "strong" and holder.dep_ == "amod" and holder.i == end + 1
            and doc[end].text in ("-", "–") and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and holder.head.pos_ in ("NOUN", "PROPN"))


def _restates_a_measure(top, holder) -> bool:
    """``top`` follows ", or" after a measure with its own number ("617
    points, or 2.4 percent", "$2.50, or 18%"), which hangs on a verb: the
    same change given in another measure. Not "two or three" (a range,
    read before), nor a noun phrase of things ("apples or 2 percent")."""
    if top.dep_ != "conj" or holder.pos_ not in ("NOUN", "PROPN", "SYM") \
            or holder.head.pos_ not in ("VERB", "AUX") or holder.head is holder:
        return False
    doc = top.doc
    numbered = any(c.dep_ == "nummod" and c.like_num for c in holder.children) or holder.like_num
    between = doc[holder.i + 1:top.i]
    return numbered and any(t.lower_ == "or" and t.dep_ == "cc" for t in between) \
        and any(t.text == "," for t in between)
