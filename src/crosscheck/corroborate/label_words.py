"""What a figure's label leaves unsaid, read from the sentence around its
number: the noun the label's last word modifies ("1 billion vaccine doses"
gave "vaccine"), a label that is the noun of another number ("the addition
of 500,000 new jobs" for 5.1%), a rate whose "of" phrase the label leaves out
("rate of monthly inflation"), a share that measures a quality ("96%
effective"). Drawn from the notes gold (heldout10's misses, notes11 round);
:mod:`.figure_words` builds the topic with them.

Most questions here are answered by the words alone; the parse is asked
only where a plural noun or an adjective may follow (45 of the 872 figure
mentions of the notes gold), so a figure note of an ordinary sentence still
parses nothing."""

from __future__ import annotations

import re

from ..claims.figure_labels import number_written
from ..models import Claim
from ..patterns import compiled
from .common import words


# Words in -s that are not plural nouns, after a label ("miners was", "cases
# as", "people this year").
_NOT_NOUNS = frozenset("""as is was has does goes says us this thus its his hers ours yours
theirs whereas unless less across perhaps always""".split())


def with_its_head(label: str, claim: Claim) -> str:
    """The label with the noun its last word modifies, where the claims
    reader stopped before it ("1 billion vaccine doses" gave "vaccine"): the
    figure counts doses, not vaccines. Only a label written right after the
    number and followed by a lowercase word asks the parse. A label the
    number is hyphenated to ("a two - party basis") is the number's modifier,
    not a thing counted, and is left as it is."""
    at = _head_asked_at(label, claim)
    if at is None:
        return with_what_it_is_of(with_its_body(label, claim), claim)
    from ..claims.nlp import parse

    doc = parse(claim.sentence)
    head = next((t for t in doc if t.idx == at), None)
    if head is not None and head.i > 0 and head.pos_ == "NOUN" \
            and doc[head.i - 1].dep_ == "compound" and doc[head.i - 1].head == head:
        return f"{label} {head.text}"
    return label


# Nouns of those who belong to a body: a count of them says what it counts
# only with the body ("7 (members)" of "two of the seven members of the
# Colorado Civil Rights Commission", notes gold heldout15; "3 (key members)"
# of "three key members of the Coronavirus Task Force", heldout14). In the
# 2,143 judged notes, a figure label ending on one of these before "of" and
# a name came up only in those two notes, both unreadable.
_MEMBERS = frozenset("members commissioners trustees justices".split())
# A body's name after "of": capitalised words, joined by the small words a
# name holds ("Commission on Civil Rights", "Department of Health and Human
# Services").
_OF_A_NAMED_BODY = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w’'.&-]*"
                              r"(?:\s+(?:(?:of|and|for|on|&)\s+)?[A-Z][\w’'.&-]*)*)")


def with_its_body(label: str, claim: Claim) -> str:
    """A count of members with the named body they are members of, as the
    sentence writes it right after the label ("members of the Colorado
    Civil Rights Commission"); the topic then quotes the words around the
    number, as for any label ending on a name (figure_words: "…two of the
    seven members of the Colorado Civil Rights Commission…"). Only a name:
    "members of the public" or "of both parties" are left as the label was,
    the body being no part known to be a name."""
    head = (label.split() or [""])[-1]
    m = number_written(claim.figure, claim.sentence) if claim.figure is not None else None
    if head.lower() not in _MEMBERS or m is None:
        return label
    at = re.search(rf"\b{re.escape(head)}\b", claim.sentence[m.end():], re.I)
    if at is None or len(claim.sentence[m.end():m.end() + at.start()].split()) > 3:
        return label
    body = _OF_A_NAMED_BODY.match(claim.sentence, m.end() + at.end())
    if body is None:
        return label
    name = body.group(1).rstrip(".,;:")
    if name.split()[-1] in ("of", "and", "for", "on", "&"):
        return label
    return f"{label} of {name}"


# Nouns of one of a sequence: "3rd (version)" says not of what until the
# sentence's "of" phrase is said ("the third version of the travel ban",
# "the second tape of a private phone call": notes gold, heldout15-16, both
# unreadable without it). In the 2,278 judged notes, 6 figure labels end on
# one of these before "of": the 2 above, 2 of a second wave unreadable for
# other reasons, and "the fifth round of the fight", "a second installment"
# (in), readable.
_ONE_OF_A_SEQUENCE = frozenset("""version tape round installment edition phase stage wave episode
season chapter tranche""".split())
# Charges named by what they are levied on ("a tax on investment income",
# "a tariff on steel").
_LEVIES = frozenset("tax tariff levy duty surcharge".split())
# The "of" phrase, as far as it is a noun phrase: an optional determiner and
# at most four words, up to a word that leads on (a preposition, an
# auxiliary, a relative, a participle: "of the travel ban was…", "of a
# private phone call released by…") or a mark that ends the phrase. A word
# of another shape (a source's "best-selling'Twilight'") or a phrase that
# goes on past four words is no part known to be the noun phrase: the label
# is left as it was.
_OF_WORDS = 4
_DETERMINER = frozenset("the a an this that its his her their".split())
_PLAIN_WORD = re.compile(r"[\w-]+(?:[’']s)?")
_LEADS_ON = re.compile(r"(?:[a-z]+(?:ed|ing)|which|that|who|whose|where|when|was|were|is|are|"
                       r"has|have|had|will|would|could|can|may|might|should|to|in|on|at|by|for|"
                       r"from|with|of|into|over|under|about|against|between|among|during|as|and|or|but|than|"
                       r"after|before)")


def with_what_it_is_of(label: str, claim: Claim) -> str:
    """A label that names one of a sequence ("version", "tape", "round"),
    written right after the figure's number (an ordinal: "the third
    version"), with the noun phrase of the "of" after it: "3rd (version of
    the travel ban)"; so a tax with what it is levied on ("3.8% (tax on
    investment income)": notes gold, heldout24, "3.8% (massive tax)" said
    not on what). Without one ("the second installment in Stephenie
    Meyer's series"), or for any other label, the label is left as it was."""
    head = (label.split() or [""])[-1]
    m = number_written(claim.figure, claim.sentence) if claim.figure is not None else None
    preposition = "of" if head.lower() in _ONE_OF_A_SEQUENCE else \
        "on" if head.lower() in _LEVIES else ""
    if not preposition or m is None:
        return label
    at = re.match(rf"(?:\s+\S+){{0,2}}?\s+{re.escape(head)}\s+{preposition}\s+",
                  claim.sentence[m.end():], re.I)
    if at is None:
        return label
    following = claim.sentence[m.end() + at.end():].split()
    phrase: list[str] = []
    if following and following[0].lower() in _DETERMINER:
        phrase.append(following.pop(0))
    for word in following[:_OF_WORDS + 1]:
        bare = word.rstrip(".,;:!?”\"")
        if any(w.lower() not in _DETERMINER for w in phrase) and _LEADS_ON.fullmatch(word.lower()):
            break
        if not _PLAIN_WORD.fullmatch(bare):
            return label
        phrase.append(bare)
        if bare != word:
            break  # a mark ends the phrase
    else:
        if len(following) > _OF_WORDS:
            return label  # a longer phrase: where it ends is not known
    content = [w for w in phrase if w.lower() not in _DETERMINER]
    if not content or len(content) > _OF_WORDS:
        return label
    return f"{label} {preposition} {' '.join(phrase)}"


def _head_asked_at(label: str, claim: Claim) -> int | None:
    """Where :func:`with_its_head` asks the parse for the label's head: the
    first character of a plural noun after the label; None when the words
    alone answer."""
    m = number_written(claim.figure, claim.sentence)
    if m is None or not label or "-" in m.group():
        return None
    after = re.match(rf"(\s+(?:\S+\s+){{0,2}}?){re.escape(label)}\s+([a-z]+s)\b",
                     claim.sentence[m.end():])
    # A plural noun after the label is what the parse is asked about: after a
    # plural label, a word in -s is seldom a verb, and most labels are
    # followed by a verb or a preposition, so most notes parse nothing here.
    if after is None or "-" in after.group(1) or after.group(2) in _NOT_NOUNS \
            or claim.figure.value == 1:
        return None
    return m.end() + after.start(2)


def asks_the_parse(label: str, claim: Claim) -> bool:
    """Whether :func:`with_its_head` (of ``label``), :func:`holds_a_verb` or
    :func:`measures_a_quality`, asked of this claim, parses its sentence:
    told from the words alone, so that the sentence can be parsed ahead in
    a batch (:func:`.figure_words.parses_its_sentence`)."""
    return _head_asked_at(label, claim) is not None or _quality_asked_at(claim) is not None \
        or bool(_verbs_asked_at(label, claim))


def _head_then_of(label: str, claim: Claim) -> re.Match | None:
    """Where the sentence writes the label's last word followed by "of" and
    what comes after it ("rate of monthly inflation", "addition of 500,000
    new jobs"), after the figure's number or before it."""
    head = (label.split() or [""])[-1]
    if not re.fullmatch(r"[A-Za-z]+", head):
        return None
    return re.search(rf"\b{re.escape(head)}\s+of\s+(\S+)", claim.sentence, re.I)


def counts_another_number(label: str, claim: Claim) -> bool:
    """The label is the noun of another number of the sentence ("expecting
    the addition of 500,000 new jobs and the unemployment rate to slip to
    5.1%" gave 5.1% the label "addition"): it says what that number is, not
    this one, so the topic is the words around this one."""
    found = _head_then_of(label, claim)
    m = number_written(claim.figure, claim.sentence)
    return found is not None and m is not None and found.start(1) != m.start() \
        and bool(re.match(r"[$€£]?\d", found.group(1)))


def cut_from_its_complement(label: str, claim: Claim) -> bool:
    """The sentence writes the label's head with an "of" phrase the label
    leaves out ("a slightly higher 0.4 percent rate of monthly inflation" gave
    "slightly higher rate"): the rate of what is in the words around the
    number. Asked only of a head that says how much but not of what (a rate,
    a level, a worth: figure_words): a noun that says what is counted ("two
    doses of vaccine", "200 pages of emails") needs no more."""
    found = _head_then_of(label, claim)
    m = number_written(claim.figure, claim.sentence)
    return found is not None and m is not None and m.end() <= found.start() \
        and not re.match(r"[$€£]?\d", found.group(1)) \
        and not set(words(found.group(1))) & set(words(label))


# Words after a share that are no adjective: prepositions, conjunctions,
# verbs of change and being ("5% in May", "4% from a year", "47% and", "7%
# higher" is an adjective and asked about).
_NOT_QUALITIES = frozenset("""of in on at to from for by with than over under since during and
or but as was were is are had has have will would rise rose fell drop dropped jump jumped
increase increased decline declined year years month months week weeks point points""".split())
_PERCENT_AFTER = re.compile(r"(?:\s*(?:percent|per cent)\b)?\s*", re.I)


def measures_a_quality(claim: Claim) -> bool:
    """The figure is a share written before an adjective ("the vaccine is 96%
    effective", "reporting it 96 percent effective"): it measures that
    quality of its subject, which a label of the subject alone ("96%
    (COVID-19 vaccine)") does not say, so the topic quotes the words around
    the number. A share of something ("96% of adults") is not one."""
    at = _quality_asked_at(claim)
    if at is None:
        return False
    from ..claims.nlp import parse

    return any(t.idx == at and t.pos_ == "ADJ" for t in parse(claim.sentence))


def _quality_asked_at(claim: Claim) -> int | None:
    """Where :func:`measures_a_quality` asks the parse for an adjective: the
    first character of the word after a share; None when the words alone
    answer (no share, or a word after it that is no adjective)."""
    if claim.figure.unit != "percent":
        return None
    m = number_written(claim.figure, claim.sentence)
    if m is None:
        return None
    at = _PERCENT_AFTER.match(claim.sentence, m.end()).end()
    following = re.match(r"[a-z]+\b", claim.sentence[at:])
    # Only a share with a word after it is parsed: most are followed by "of".
    if following is None or following.group() in _NOT_QUALITIES:
        return None
    return at


# Past participles that do not end in -ed or -en, as news writes them after
# what they say of a count ("people left dead", "lawmakers led by…").
_IRREGULAR_PARTICIPLES = frozenset("""known left led made held found seen shown sold told paid put
set won lost hit cut kept brought bought caught sent spent built felt met born""".split())


def holds_a_verb(label: str, claim: Claim) -> bool:
    """The label holds a verb of its sentence, not only a noun and its
    modifiers: it is no name of what is counted, and the topic quotes the
    words around the number instead. A verb said of the counted thing after
    it ("twice as likely to face reinfection" gave "likely face
    reinfection"), a gerund ("taking
    several pills twice a day" gave "pills taking a day"), or a participle
    cut from the complement it needs ("people known" of "known to have
    died", "people confirmed" of "confirmed dead": notes gold, heldout13).
    A participle that modifies ("confirmed cases", "existing homes") or says
    all it needs ("American soldiers killed by a bomber", "votes needed to
    pass", "has killed 4 million people") is part of a label, unless the
    sentence negates it ("two detainees hadn’t been tried")."""
    if _a_verb_s_lemma(label, claim) or _cut_from_its_complement(label, claim):
        return True
    at = _verbs_asked_at(label, claim)
    if not at:
        return False
    from ..claims.nlp import parse

    number = number_written(claim.figure, claim.sentence)
    for t in parse(claim.sentence):
        if t.idx not in at or t.pos_ not in ("VERB", "AUX") or t.dep_ in ("amod", "compound"):
            continue
        if t.tag_ == "VBG" or (t.tag_ in ("VBD", "VBZ", "VBP", "VB") and number is not None
                                and t.idx > number.start()):
            return True
        if len(label.split()) == 1 and number is not None and t.idx < number.start():
            # a label that is only the verb whose object the number is ("whether
            # to use $250,000 or $1 million as a cutoff" gave "use": notes gold,
            # heldout17) names nothing counted
            return True
        if any(c.dep_ == "neg" for c in t.children):
            # "The other two detainees hadn’t been tried" gave "2 (detainees
            # tried)", the sense reversed (notes gold, heldout15): a verb the
            # sentence negates is said with its words
            return True
        if any(c.i > t.i and (c.dep_ in ("oprd", "acomp") or (
                c.dep_ == "xcomp" and any(a.lower_ in ("have", "be") for a in c.children)))
               for c in t.children):
            return True
    return False


# Participles that say nothing without the phrase after them: where a thing
# is ("located in Iraq", "based in Ohio") or who leads it ("led by Sens. …").
# "killed", "stationed", "arrested" say all a count needs.
_NEED_WHAT_FOLLOWS = frozenset("located situated based led headed housed".split())
# Participles of a choice, which say nothing without what the one chosen is
# to be or do ("the second woman chosen to fill a spot in Trump's Cabinet":
# notes gold, heldout25, "2nd (woman chosen)" said not for what).
_CHOSEN_FOR = frozenset("chosen named picked selected appointed nominated tapped".split())


def _cut_from_its_complement(label: str, claim: Claim) -> bool:
    """The label ends on a participle that needs the phrase the sentence
    writes after it ("military bases located" of "two military bases located
    in Iraq", "bipartisan lawmakers led" of "led by Sens. …": notes gold,
    heldout19 and heldout11), or what the one chosen is to be or do
    ("woman chosen" of "chosen to fill a spot in Trump's Cabinet"): cut
    from it, the label says not what it counts."""
    last = label.split()[-1].lower() if label.split() else ""
    if last in _CHOSEN_FOR:
        return bool(compiled(rf"\b{last} (?:to|for|as)\b", re.I).search(claim.sentence))
    return last in _NEED_WHAT_FOLLOWS and bool(compiled(
        rf"\b{last} (?:in|at|on|by|near|outside|inside|across|along|throughout)\b",
        re.I).search(claim.sentence))


def _verbs_asked_at(label: str, claim: Claim) -> set[int]:
    """Where :func:`holds_a_verb` asks the parse whether a word of the label
    is a verb: every word of a label the sentence does not write as one run
    (the claims reader joined words around the number), else a word that
    reads as a participle or a gerund (-ed, -en, -ing, "known", "left").
    Empty when the words alone answer, as for most labels."""
    found = _label_tokens(label, claim)
    if not found:
        return set()
    starts = [start for start, _ in found]
    if len(found) == 1 and _just_before_the_number(found[0][1], claim):
        return set(starts)  # "to use $250,000": a one-word label right before its number
    if len(found) > 1 and any(b != a + 1 for (_, a), (_, b) in zip(found, found[1:])):
        return set(starts)
    return {start for start, word in zip(starts, label.split())
            if re.fullmatch(r"[a-z]+(?:ed|en|ing)", word.lower()) and len(word) > 4
            or word.lower() in _IRREGULAR_PARTICIPLES}


def _just_before_the_number(n: int, claim: Claim) -> bool:
    """The ``n``-th word of the sentence stands right before the figure's
    number, or before the words of its size that precede it ("use $250,000",
    "earn more than $250,000"): where a verb whose object is the number stands."""
    m = number_written(claim.figure, claim.sentence)
    words_before = claim.sentence[:m.start()].split() if m is not None else []
    between = words_before[n + 1:]
    return n < len(words_before) and len(between) <= 2 \
        and all(w.lower() in _SIZE_WORDS for w in between)


# Words a sentence writes between a verb and the number it takes ("more than").
_SIZE_WORDS = frozenset("more less than about nearly almost around roughly some over under up to "
                        "at least".split())
# Endings of a verb's forms the claims reader reads a label's lemma from.
_VERB_FORMS = re.compile(r"(?:ing|ed|es|s|d)")


def _a_verb_s_lemma(label: str, claim: Claim) -> bool:
    """The one-word label is not written in the sentence but a form of it as a
    verb is, before the number ("families earning more than $250,000" and
    "those making more than $250,000" gave "earn" and "make": notes gold,
    heldout17): the claims reader named the verb whose object the number is,
    not what is counted."""
    if len(label.split()) != 1 or not re.fullmatch(r"[a-z]+", label):
        return False
    m = number_written(claim.figure, claim.sentence)
    if m is None or re.search(rf"\b{label}\b", claim.sentence, re.I):
        return False
    stem = label[:-1] if label.endswith("e") else label
    before = claim.sentence[:m.start()].split()
    return any(re.fullmatch(rf"{stem}e?{_VERB_FORMS.pattern}", w.lower().strip(",;:"))
               for w in before[-4:])


def _label_tokens(label: str, claim: Claim) -> list[tuple[int, int]]:
    """(character offset, word index) in the sentence of each word of the
    label, the occurrence nearest the figure's number; empty when a word is
    not written there or the number is not."""
    m = number_written(claim.figure, claim.sentence)
    if m is None or not label:
        return []
    tokens = [(t.start(), t.group().strip(",;:!?()[]“”\"'‘’.").lower())
              for t in re.finditer(r"\S+", claim.sentence)]
    out = []
    for word in label.lower().split():
        near = [(abs(start - m.start()), n) for n, (start, text) in enumerate(tokens) if text == word]
        if not near:
            return []
        n = min(near)[1]
        out.append((tokens[n][0], n))
    return out


# The period a rate is counted in, as news writes it after what is counted
# ("1,500 deaths a day", "2 million barrels per day", "$15 an hour").
_PERIOD_AFTER = re.compile(r"\s+((?:a|an|per|each|every)\s+(?:day|week|month|year|hour))\b", re.I)


def with_its_period(label: str, claim: Claim) -> str:
    """The label with the period its count is a rate of: "more than 1,500
    (deaths)" of "averaging more than 1,500 deaths a day" read as a total
    (notes gold, heldout13), "1,500 (deaths a day)" does not. Only a count
    or a sum: a duration's "24 hours a day" says it in its value."""
    if not label or claim.figure.unit not in (None, "USD", "EUR", "GBP"):
        return label
    m = number_written(claim.figure, claim.sentence)
    if m is None:
        return label
    head = re.escape(label.split()[-1])
    found = re.match(rf"(?:\s+\S+){{0,3}}?\s+{head}\b", claim.sentence[m.end():], re.I)
    if found is None:
        return label
    period = _PERIOD_AFTER.match(claim.sentence, m.end() + found.end())
    return f"{label} {period.group(1)}" if period else label


# Tags of a plural noun: what a count joined to another by "and"/"or" counts.
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})
# Tags of a finite verb or an auxiliary: one right after a conjunct makes it
# another clause's subject ("arrested 15 protesters and charges were filed").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def with_its_conjunct(label: str, claim: Claim) -> str:
    """A count written before two plural nouns joined by "and" or "or"
    counts both: "more than 40,000 Mainers and other Americans", "a dozen
    attorneys and staff members", "100 students and alumni" (notes gold,
    heldout18: each shown as its first noun alone, which says not what is
    counted). The parse says the second noun is joined to the label's; it
    is kept only when it is a bare plural (no determiner of its own: "15
    students and the teacher" counts students) and is no subject of a verb
    after it while the count is not ("arrested 15 protesters and charges
    were filed"). Only a label written within three words after the number,
    followed by "and"/"or", asks the parse."""
    head = (label.split() or [""])[-1]
    m = number_written(claim.figure, claim.sentence) if claim.figure is not None else None
    if not head or m is None:
        return label
    at = re.match(rf"(?:\s+\S+){{0,3}}?\s+({re.escape(head)})\s+(?:and|or)\s", claim.sentence[m.end():])
    if at is None:
        return label
    from ..claims.nlp import parse

    doc = parse(claim.sentence)
    counted = next((t for t in doc if t.idx == m.end() + at.start(1)), None)
    if counted is None:
        return label
    joined = next((t for t in counted.children if t.dep_ == "conj" and t.i > counted.i), None)
    if joined is None or joined.tag_ not in _PLURAL_NOUNS \
            or any(c.dep_ in ("det", "poss", "nummod") for c in joined.children):
        return label
    conjunction = doc[counted.i + 1]
    if conjunction.dep_ != "cc" or joined.left_edge.i != conjunction.i + 1:
        return label
    # Only nouns and adjectives, and no second verb of the form of the one
    # the count is the object of: "injuring five people and damaging
    # buildings" (notes gold, heldout8; the parse reads "damaging" as an
    # adjective) joins a second verb and its object.
    opening = doc[conjunction.i + 1]
    # (a participle that modifies the joined noun is one of its adjectives:
    # "300 teachers and retired teachers" was shown "300 (teachers)")
    if any(not (t.tag_.startswith(("NN", "JJ"))
                or (t.tag_ == "VBN" and t.dep_ == "amod" and t.head.i == joined.i))
           for t in doc[conjunction.i + 1:joined.i + 1]) \
            or (counted.dep_ == "dobj" and counted.head.tag_ in ("VBG", "VBN", "VBD")
                and any(opening.text.lower().endswith(e) and counted.head.text.lower().endswith(e)
                        for e in ("ing", "ed"))):
        return label
    after = doc[joined.i + 1] if joined.i + 1 < len(doc) else None
    if after is not None and after.tag_ in _FINITE and not counted.dep_.startswith("nsubj"):
        return label
    return f"{label} {conjunction.text} {doc[conjunction.i + 1:joined.i + 1].text}"
