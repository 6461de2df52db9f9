"""How a figure fact reads: a topic built from its mentions' subjects or,
when they say only a unit, from the words around the number (its value as
written, "about $3.5 trillion", "81st", is :mod:`.figure_values`'). Split
from :mod:`.figures`, which decides what is linked and disputed; this
module only words it. What
the parse says of a figure's words (its label, a unit of measure written
after its number) comes with the claim: the claims stage read it from its
own parse (:mod:`crosscheck.claims.figure_labels`), so no sentence is parsed
again here, but that of a claim made before figures carried it (figures.v7
and older: the notes gold stores such claims as the renderer's input)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..claims.figure_labels import number_written
from ..claims.figures import CURRENCIES
from ..models import Claim
from ..patterns import compiled
from .common import words
from .excerpts import excerpt
from .figure_subjects import _VAGUE_HEADS, subject_key
from .figure_values import _DURATION_UNITS, TOPIC_WINDOW, _modifier_word, _read, _written_amount
from .label_words import (asks_the_parse, counts_another_number, cut_from_its_complement,
                          holds_a_verb, measures_a_quality, with_its_conjunct, with_its_head,
                          with_its_period)
from .quote_text import spelled_numbers
from .wording import OPENING_POINTERS, as_written, opens_on_one_of


# Subjects that say what is counted too vaguely to stand as a topic alone.
_GENERIC = {"person", "man", "woman", "child", "other", "those", "one", "worker", "resident"}


def topic(claims: Sequence[Claim]) -> str:
    """A topic a reader understands, built from the aligned mentions: the
    subject most of them give (the longest among equals), cased as the
    article writes it ("U.S. greenhouse gas emissions", not "u.s."), or,
    when the subjects say only a unit or a bare "people", the article's words
    around the number in the shortest sentence ("months (“…kicks the can two
    months on the fight over the debt”)"). A subject that names no counted
    thing (a lone name, "Sookram"; a stray mark) is left out: the topic is
    then the article's words alone."""
    shown, counts_named, specific, changed = _subject(claims)
    if counts_named and not changed and specific:
        return shown
    # Only now the words around the number, which parse their sentence: the
    # topics of 200 Baly articles' figures asked for them 1,456 times, and
    # most of those topics never showed them.
    around = _around_number(_shortest(claims))
    if not counts_named:
        return f"“{around}”" if around else shown
    if (specific or not around) and not (changed and around):
        return shown
    return f"{shown} (“{around}”)"


def _shortest(claims: Sequence[Claim]) -> Claim:
    """The mention whose words around the number a topic quotes: the
    shortest sentence, which says the figure with least besides, among those
    that do not open on a pronoun where the figure has one. A sentence
    opening on "It", "They" or "Their" names its subject in an earlier
    sentence the note does not show ("They're up 4% over the past two
    weeks", "It ultimately passed 94-1", "Their one-on-one meeting ran long,
    and after more than two hours they moved…": 5 unreadable figure notes of
    the notes gold, heldout12-15, quoted such a sentence beside another
    mention's naming its subject). The same order as a statement finding's
    sentence (:func:`.statements._finding`)."""
    return min(claims, key=lambda c: (opens_on_one_of(OPENING_POINTERS, c.sentence),
                                      len(c.sentence), c.id))



def _subject(claims: Sequence[Claim]) -> tuple[str, bool, bool, bool]:
    """The subject :func:`topic` starts from, as shown; whether it names
    what is counted; whether it says so specifically (more than one word, or
    a word that is neither vague nor generic nor a bare "value"); and
    whether the figure is a change or a quality of it (then the words around
    the number say what the subject alone does not)."""
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        counts[c.figure.subject] += 1
    first = {s: next(c for c in claims if c.figure.subject == s) for s in counts}
    shown = {s: with_its_conjunct(with_its_period(with_its_head(
                as_written(_read(first[s]).label, first[s].sentence), first[s]), first[s]), first[s])
             for s in counts}
    counts_named = {s: _names_a_count(shown[s]) and not _part_of_value(shown[s], first[s])
                    and not _a_name_for_a_count(shown[s], first[s])
                    and not counts_another_number(shown[s], first[s])
                    and not holds_a_verb(shown[s], first[s]) for s in counts}
    # Among subjects given as often, the one its sentence writes nearest the
    # number: "three-quarters of states ... an extra $300-a-week" gave
    # "quarters" beside "payments fall by $300".
    # A subject that names only a change ("a slight bump in the unemployment
    # rate to 8.2%") gives way to one that names what changed ("unemployment
    # rate", said by three other mentions: notes gold, heldout17).
    subject = max(counts, key=lambda s: (counts_named[s],
                                         (words(shown[s]) or [""])[-1] not in _CHANGES,
                                         subject_key(first[s]) is not None,
                                         counts[s], -_distance(first[s]), len(s.split()), s))
    # Judged by the words shown: "number risen" shown as "number" is as vague as "number".
    counted = words(shown[subject])
    head = (counted or [""])[-1]
    changed = all(_a_change(c) for c in claims) or measures_a_quality(first[subject]) or (
        head in _VAGUE_HEADS | _OF_WHAT | _PARTS_OF
        and cut_from_its_complement(shown[subject], first[subject]))
    # A word that says only the figure's place in a run ("a fifth straight
    # day", "the third consecutive month") says no more of what is counted
    # than the head alone: "5th (straight day)" said not of what (notes gold,
    # heldout24; protests).
    # Nor does a word that says only how big it is ("a whopping 15
    # points": "15 (whopping points)" said not of what, notes gold, heldout25).
    told = [w for w in counted if w not in _PLACE_IN_A_RUN | _SIZE_ONLY]
    specific = len(told) > 1 or (head not in _VAGUE_HEADS and head not in _GENERIC
                                 and head not in _OF_WHAT)
    # A sum that is always someone's ("net worth", "annual income", "salary")
    # says not whose: "more than $10 billion (net worth)" (notes gold,
    # heldout24) is quoted with its words, which name the one who has it.
    # (the head before a complement: "tax on investment income" is a tax)
    owned = (words(re.split(r"\s(?:of|on)\s", shown[subject])[0]) or [""])[-1]
    specific = specific and owned not in _SOMEONES
    # A span's subject that is its unit alone ("decades" of "who for a decade
    # was the executive editor") says only what the value's form does, as
    # "years" does: the note showed "says 1 decade" with no word of what
    # lasted it (notes gold, heldout14, heldout15, heldout20, heldout21).
    unit = first[subject].figure.unit or ""
    specific = specific and not (unit in _DURATION_UNITS and set(counted) == {unit})
    # A share of a group of people ("54% of likely voters say…", "64% of
    # Americans approve…") says whom it is of, not what they do or say:
    # "54% (likely voters)" (notes gold, heldout10-12) is quoted with its
    # words; so is a sum whose subject is people ("Republican lawmakers …
    # aiming to spend more than $920 billion", heldout9): they are not what
    # it pays for.
    changed = changed or ((unit == "percent" or unit in CURRENCIES.values())
                          and _names_people(shown[subject]))
    return shown[subject], counts_named[subject], specific, changed


# Nouns of a part, a kind or a holder of something, which say what they
# count only with the "of" phrase the sentence writes after them: "2
# (heads)" of "the two heads of state", "670,000 (recipients)" of "the
# 670,000 recipients of the … Deferred Action on Childhood Arrivals
# program" (notes gold, heldout25), "2 (sets)" of "two sets of" (heldout24),
# "4 (pillars)" of "four pillars of" (heldout15): each unreadable; in the
# 3,580 judged notes no label ending on one of these before "of" was read as
# readable. Cut from that phrase, such a label is shown with its words.
_PARTS_OF = frozenset("""head recipient holder beneficiary set pillar part piece portion kind
type sort category""".split())


# Sums a person or a body has or earns.
_SOMEONES = frozenset("worth income salary fortune wealth earning compensation".split())


# Adjectives that say only how big a figure is, not what it counts.
_SIZE_ONLY = frozenset("whopping staggering hefty paltry mere".split())


# Adjectives of a figure's place in a run of days, weeks or rounds.
_PLACE_IN_A_RUN = frozenset("""straight consecutive successive running final last next previous
past whole full entire""".split())


# Plural nouns of people a poll or a count of shares is taken of, and those
# named by what they buy, hold, earn or are ("electricity customers",
# "Republican insiders", "Federal inmates", "the top 2 percent of earners";
# notes gold, heldout17-20: each shown alone said not what of them).
_PEOPLE = frozenset("""people persons adults voters respondents residents citizens workers
employees students parents children kids teens women men patients members households
population lawmakers legislators senators officials leaders investors consumers
customers insiders inmates prisoners earners taxpayers homeowners renters borrowers users
viewers readers subscribers buyers shoppers immigrants migrants refugees youth youths
teenagers seniors retirees veterans""".split())


def _names_people(subject: str) -> bool:
    """The subject's head names people: a plural noun of people ("likely
    voters", "U.S. adults") or a capitalised plural of a nation, a party or
    a faith ("Americans", "Republicans"); not a thing ("new cases", "homes
    sold") nor a name ("Survey USA")."""
    tokens = re.findall(r"[A-Za-z][\w’'.-]*", subject)
    if not tokens:
        return False
    head = tokens[-1]
    return head.lower() in _PEOPLE or bool(re.fullmatch(r"[A-Z][a-z]+(?:an|ish|ese|ic|at)s", head))


# Nouns that say how much but not of what: a change ("a 12% increase over
# the previous month") or a worth ("the value of the building at $380,600").
# Alone, such a label is shown with the words around the number.
_CHANGES = frozenset("""increase rise jump surge gain growth climb fall drop decline decrease loss
slide plunge change bump uptick spike dip addition""".split())
_OF_WHAT = frozenset("value amount worth".split()) | _CHANGES | frozenset(
    # a point reached ("the 100-day mark" of what: notes gold, heldout12)
    "mark milestone threshold".split())


# Verbs of change, as news writes them before the size of a change ("rose
# more than 4%", "fell by 3 percent", "up 12%"). Written out rather than
# lemmatised: this module reads no parse of a figure's sentence (see the
# module's docstring), and these few forms are the ones news uses.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rises?|rising|risen|fell|falls?|falling|fallen|jumped|jumps?|climbed|climbs?|"
    r"dropped|drops?|declined|declines?|increased|decreased|gained|gains?|slid|slipped|plunged|"
    r"plummeted|surged|soared|grew|tumbled|sank|up|down)\s+(?:by\s+)?"
    r"(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|around\s+|roughly\s+|some\s+)?$",
    re.I)


def _a_change(claim: Claim) -> bool:
    """The figure is a share by which its subject changed ("Shares of Facebook
    rose more than 4%"), not a share of it: "more than 4% (shares)" says
    neither, so the topic quotes the words around the number. A level the
    change reached or left ("fell to 5.2%", "from 5.4%") is not one. So is a
    sum a verb cuts or adds ("will cut about $765 billion in taxes", "cut
    the deficit by $1 trillion"): "about $765 billion (taxes)" says not that
    it is a cut (notes gold, heldout24)."""
    m = number_written(claim.figure, claim.sentence)
    if m is None:
        return False
    before = claim.sentence[:m.start()]
    if claim.figure.unit in CURRENCIES.values():
        return bool(_SUM_CHANGED_BEFORE.search(before)) or _by_a_share(claim.sentence, m)
    if claim.figure.unit != "percent":
        return False
    return bool(_CHANGE_BEFORE.search(before)) or _by_a_share(claim.sentence, m)


# Verbs that cut or add a sum, right before it ("will cut about $765
# billion in taxes", "slashed $2 billion from the budget", "adds $1.5
# trillion to the deficit"). Not "raise", which news writes of money
# collected as often ("raised $80 million in July").
_SUM_CHANGED_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|add(?:s|ed|ing)?)\s+"
    r"(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|around\s+|roughly\s+|some\s+|"
    r"up\s+to\s+|an\s+estimated\s+|at\s+least\s+)?$", re.I)


# A verb that changes its object, the object, then "by" and the share ("cut
# the risk of hospitalization or death … by about 50 percent": notes gold,
# heldout12), within one clause; a verb's bare form after a modal too ("would
# decrease responses from noncitizen households by at least 5.8%": heldout18,
# "at least 5.8% (responses)"; "would slash legal immigration to the US by as
# much as 50 percent": heldout24, "at most 50% (legal immigration)").
_BY_BEFORE = re.compile(r"\b(?:cut|cuts|reduced?|reduces|lowered|lowers?|raised?|raises|"
                        r"boosted|boosts?|slash(?:es|ed)?|halve[sd]?|increas(?:e|es|ed)|"
                        r"decreas(?:e|es|ed))\b[^.,;:]*"
                        r"\bby\s+(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|"
                        r"around\s+|roughly\s+|some\s+|over\s+|at\s+least\s+|as\s+much\s+as\s+)?$",
                        re.I)


def _by_a_share(sentence: str, m: re.Match) -> bool:
    """The share is what a verb changed its object by ("cut the risk … by
    about 50 percent"), not a share of people who did something ("approved
    by 60 percent of voters")."""
    return bool(_BY_BEFORE.search(sentence[:m.start()]))


def topic_in_note(subject: str, unit: str | None, values: Sequence[str]) -> str:
    """The topic as the note brackets it after the values: "" when the values
    already say it. What the values say (their unit, "aged") is not said
    again; the names of the sources are no part of it ("citing Tara Reid" does
    not say whose age "aged 33" is). When every value is the article's words
    quoted, the words around the number are not quoted a second time."""
    known = set(words(unit or "")) | {"percent", "%"} | set(words(" ".join(values)))
    quoted = all(v.startswith("“") for v in values)
    if subject.startswith("“"):
        return "" if quoted else f" ({subject})"  # the article's words alone
    if " (“" in subject:
        # A topic built from the words around the number ("minutes (“a tremor
        # struck two minutes before the fall”)"): the unit is already in the
        # values, so the note shows the context alone, bracketed once.
        head, context = subject.split(" (", 1)
        context = "" if quoted else context[:-1]
        if set(words(head)) <= known:
            return f" ({context})" if context else ""
        return f" ({head}: {context})" if context else f" ({head})"
    return "" if set(words(subject)) <= known else f" ({subject})"


def _distance(claim: Claim) -> int:
    """How many words lie between the number and the nearest word of the
    subject in the claim's sentence (a large number when either is missing)."""
    number = number_written(claim.figure, claim.sentence)
    subject = set(claim.figure.subject.lower().split())
    if number is None or not subject:
        return 99
    tokens = list(re.finditer(r"\S+", claim.sentence))
    at = next(i for i, m in enumerate(tokens) if m.start() == number.start())
    near = [abs(i - at) for i, m in enumerate(tokens)
            if set(re.findall(r"[a-z]+", m.group().lower())) & subject]
    return min(near, default=99)



# Words a sentence writes of a number's place rather than of what it counts:
# "in the range of $145 million to $175 million".
_PLACE_WORDS = frozenset({"range"})


def _part_of_value(shown: str, claim: Claim) -> bool:
    """The subject is a word of the value, not of what is counted: the word
    hyphenated to the number ("six-Justice majority" gave "justice"), the
    unit of measure written after it ("60 metres" gave "metres"), or the
    range it stands in."""
    counted = words(shown)
    if claim.figure.unit in ("vote", "record") and counted == [claim.figure.unit]:
        # A tally's label "vote" says only what the value's form does ("a
        # 134-46 vote": the note showed "134-46" alone, notes gold
        # heldout13), not whose vote on what.
        return True
    m = number_written(claim.figure, claim.sentence)
    unit = _read(claim).written_unit
    if unit is None and m is not None:
        # "60m", "277km": letters run into the number are its unit.
        attached = re.fullmatch(r"[$€£]?[\d.,]+([a-z]+)", m.group().strip(".,;:()“”\"'"), re.I)
        unit = attached.group(1) if attached else None
    if unit is not None and unit.lower() in counted:
        return True  # "good feet", "feet dragged" of "a good 10 feet", "dragged her 10 feet"
    if m is not None and shown.lower() == m.group().strip(".,;:()“”\"'").lower():
        return True  # the number's own compound ("three-volume" of "the three-volume report")
    if len(counted) != 1:
        return False
    word = _modifier_word(claim.sentence, m) if m is not None else None
    return counted[0] in _PLACE_WORDS or (word is not None and counted[0] == word.lower())


def _names_a_count(subject: str) -> bool:
    """The subject says what is counted: a word, and not a lone proper name
    ("Sookram", "Rochester", "Somali": "12 (Somali)" counts nothing a reader
    can name). A lone capitalised plural ("Afghans", "Democrats") is a count
    of people."""
    tokens = re.findall(r"[A-Za-z][\w’'.-]*", subject)
    if not tokens:
        return False
    return not (len(tokens) == 1 and tokens[0][:1].isupper() and not tokens[0].endswith("s"))


def _a_name_for_a_count(subject: str, claim: Claim) -> bool:
    """A count's or a share's subject that ends on a name of two words or
    more ("41% (Survey USA)" of a poll, "53% (fellow Republican Susan
    Wright)" of a vote's loser: notes gold, heldout11-12): it says who, not
    what is counted, so the topic quotes the words around the number. A
    plural ("Senate Democrats", "United Nations") counts people or members;
    a sum's named plan ("$1.9 trillion (American Rescue Plan)") is what it
    is. A sum's subject that names a person, written before the number with
    a word between ("President Donald Trump wants $5.7 billion": notes gold,
    heldout18, "$5.7 billion (President Donald Trump)"), says who wants or
    pays it, not what it is for; a plan's name there ("Biden’s American
    Families Plan — with $1 trillion in…") is still what the sum is of."""
    tokens = re.findall(r"[A-Za-z][\w’'.-]*", subject)
    # (An abbreviation's period marks a street's name, "200 (W. American
    # Blvd)", which the words around the number would cut: left as it is.)
    named = len(tokens) > 1 and all(t[:1].isupper() for t in tokens[-2:]) \
        and not tokens[-1].endswith("s") and not any(t.endswith(".") for t in tokens)
    if claim.figure.unit in (None, "percent") or not named:
        return named
    m = number_written(claim.figure, claim.sentence)
    at = claim.sentence.find(subject)
    if m is None or at < 0 or claim.sentence.count(subject) != 1 \
            or not re.search(r"[a-z]{2,}", claim.sentence[at + len(subject):m.start()]):
        return False
    from ..claims.nlp import parse_with_entities

    return any(e.label_ == "PERSON" and e.end_char == at + len(subject)
               for e in parse_with_entities(claim.sentence).ents)


def _around_number(claim: Claim) -> str:
    """The article's words around the figure's number, to be quoted; empty
    when the sentence does not write the number (an excerpt without it says
    nothing of the figure) nor a duration in words ("for a week")."""
    m = _number_or_duration(claim)
    if m is None:
        return ""
    # A caption's credit after its words ("…a fifth straight day (USA
    # TODAY)": notes gold, heldout24) is no word of the sentence's.
    credit = _CREDIT_AT_THE_END.search(claim.sentence, m.end())
    sentence = claim.sentence[:credit.start()] if credit else claim.sentence
    return excerpt(sentence, *m.span(), before=TOPIC_WINDOW + 2, after=TOPIC_WINDOW,
                   whole_clause=True)


# A bracket of one to three capitalised words that ends a sentence: an
# agency's or a paper's credit ("(USA TODAY)", "(AP)", "(Getty Images)"), not
# a party and state ("(R-Ky.)") nor a bracket with other words.
_CREDIT_AT_THE_END = re.compile(r"\s*\((?:[A-Z][A-Za-z&]+\.?\s?){1,3}\)\s*\.?$")


# A duration written in words ("for a week", "for nearly a year", "seven
# days"): a number the claims reader read that number_written does not find.
_DURATION_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


def _number_or_duration(claim: Claim) -> re.Match | None:
    """Where the sentence writes the figure's number, or, for a duration, its
    words: a duration with no label ("The Daily Signal says nearly 1 year",
    notes gold heldout11, heldout12) is shown with the words around "a year"."""
    m = number_written(claim.figure, claim.sentence)
    if m is None and claim.figure.unit in _DURATION_UNITS:
        m = compiled(rf"\b{_DURATION_COUNT}\s+{claim.figure.unit}s?\b", re.I).search(claim.sentence)
    if m is None:
        m = _spelled_out(claim)
    return m


def _spelled_out(claim: Claim) -> re.Match | None:
    """Where the sentence spells the figure's number out in words
    ("Fifty-eight percent of your youth is unemployed", "Forty-eight percent
    of Republican insiders said…"), which number_written does not find: a
    sentence opening on a number spells it out, as news style asks (notes
    gold, heldout20: "58% (youth)" with no words said not what of them).
    Only when one run of words in the sentence has the figure's value."""
    found = [(start, end) for start, end, value in spelled_numbers(claim.sentence)
             if value == claim.figure.value]
    if len(found) != 1:
        return None
    start, end = found[0]
    return compiled(re.escape(claim.sentence[start:end])).search(claim.sentence, start)


def parses_its_sentence(claim: Claim) -> bool:
    """Whether the note of this figure, alone in its finding, will parse its
    sentence: its value shown in the article's words (:func:`shown_value`,
    for an amount the sentence does not write as read), its topic quoting
    the words around the number (:func:`topic`), or the topic's subject
    asking the parse whether or not it quotes them: whether the sentence
    opens on a name (:func:`_asks_for_a_name`), the label's head or a
    quality (:func:`.label_words.asks_the_parse`). Told without a parse (the
    prediction itself parsed those last sentences one at a time, 68 of the
    79 sentences the notes of 200 Baly articles parsed alone). For
    :func:`crosscheck.corroborate.sentences_to_parse`."""
    if not _written_amount(claim):
        return True
    label = _read(claim).label
    if _asks_for_a_name(label, claim.sentence):
        return True
    if _number_or_duration(claim) is None:
        return False  # no words around the number to quote
    if asks_the_parse(as_written(label, claim.sentence), claim):
        return True
    _, counts_named, specific, changed = _subject([claim])
    return not (counts_named and not changed and specific)


def _asks_for_a_name(label: str, sentence: str) -> bool:
    """Whether :func:`.wording.as_written` of the label asks the entity
    recogniser whether the sentence opens on a name, which parses it: the
    sentence's first word is capitalised and a word of the label ("Jobs
    rose 4%" of the label "jobs"). The same test as there, on the words."""
    first = sentence.split(maxsplit=1)[:1]
    token = _CUT_OFF.sub("", first[0]).strip(",;:!?()[]“”\"'‘’") if first else ""
    return token[:1].isupper() and token.lower() in {w.lower() for w in label.split()}


# A word the source cut ("United Nations..."), as :func:`.wording.as_written` reads it.
_CUT_OFF = re.compile(r"(?:\.\.\.|…)+$")
