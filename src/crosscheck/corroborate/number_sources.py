"""Who says a number: the verbs of saying a cited source is the subject
of, and whether the source a sentence cites gave the figure's number or only
stands near it (issue 15, notes gold: a note cites only who gave the number)."""

from __future__ import annotations

import re

from ..claims.figure_labels import number_written
from ..claims.nlp import parse
from ..models import Claim
from .quote_text import within_quotation

# Verbs a source is the subject of when the sentence cites it ("the Labor
# Department said", "data showed", "the statement reads"). Those that also
# take a plain object ("claim asylum", "add jobs", "find a way") cite only
# with a clause of what was said or no object at all (_CITE_WITH_A_CLAUSE).
_CITING_VERBS = frozenset("""say tell report announce state confirm write warn testify tweet post
reveal disclose acknowledge deny insist argue explain predict estimate describe allege add note
claim show find indicate suggest read conclude project forecast release publish promise pledge
vow propose urge assert contend""".split())
_CITE_WITH_A_CLAUSE = frozenset("add note claim show find indicate suggest project".split())


def says_the_number(source: str, claim: Claim) -> bool:
    """A figure's source says its number: when the verb the source is the
    subject of reports a clause ("Democrats say it’s time to at least
    start…", "after O'Brien acknowledged he gave about $6,000"), the number
    is in that clause, not in the rest of the sentence ("With Biden … —
    including some $3.5 trillion in a follow up bill — restless Democrats
    say…": notes gold, heldout11; "the school imposed a one-year … ban …
    after O'Brien acknowledged…": heldout9); the main verb a source is the
    subject of holds the number in what it says, not in words set before it
    ("During the two-day session …, Díaz-Canel promised…": heldout16).
    Neither a source that did what the number counts (:func:`_did_what_it_counts`)
    nor one whose number a relative clause reports as someone else's
    (:func:`_reported_by_someone_else`) is cited for it. A source that
    reports no clause ("according to the bureau", "…, the bureau reported
    Friday"), and a number the sentence does not write as read, are left as
    cited. A source the sentence does not write as
    given (the attribution reader resolved "she said", "Biden said" to a
    name) says the number only through the words that stand for it
    (:func:`_said_by_who_stands_for`)."""
    written = number_written(claim.figure, claim.sentence) if claim.figure is not None else None
    if written is None and claim.figure is not None and claim.figure.unit == "percent" \
            and source.strip().lower() == claim.figure.subject:
        # The group a share in words is of says nothing of how many of it:
        # "Seven in 10 Americans say the economy is poor" gave "(citing
        # Americans)" for the pollster's 70 % (the share hangs on the group's
        # noun, where "70 percent of Americans say" makes the share the
        # subject). A share written as a number keeps its source, even one
        # the subject reader took for what is measured ("Moderna said its
        # vaccine is 96% effective").
        return False
    if written is None and claim.figure is not None:
        written = _amount_in_words(claim.sentence)
    at = [m.start() for m in re.finditer(re.escape(source), claim.sentence, re.I)]
    if written is None:
        return True
    doc = parse(claim.sentence)
    if not at:
        return _said_by_who_stands_for(source, doc, written.start())
    for start in at:
        head = next((t for t in doc if start <= t.idx < start + len(source)
                     and not start <= t.head.idx < start + len(source)), None)
        while head is not None and head.dep_ in ("conj", "appos", "poss") and head.head.i != head.i:
            head = head.head
        if head is not None and _did_the_counted_thing(head, written.start()):
            return False
        if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
            return True
        verb, number = head.head, next(t for t in doc if t.idx + len(t) > written.start())
        if _reported_by_someone_else(number, verb) or _did_what_it_counts(verb, number):
            return False
        # What the verb says: the clause it reports, its object ("confirmed
        # two doses … still offer…"), words after it that go on with what it
        # said ("…, the bureau said Friday, down from 5.2% in August"), a verb
        # of saying that shares its subject (", saying the strike killed
        # three"), or the clause ", the union said" hangs on. Not the words
        # before a main verb: "During the two-day session …, Díaz-Canel
        # promised to defend the regime" (notes gold, heldout16).
        if verb.dep_ != "ROOT" and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
            return True  # ", the bureau reported Friday" hangs on a clause of what it reports
        # (a quotation parsed as a second subject is what the verb says)
        said = [c for c in verb.children if c.dep_ in _WHAT_IS_SAID
                or (c.dep_ in ("advmod", "prep", "npadvmod") and c.i > verb.i)
                or (c.dep_ in ("nsubj", "csubj") and c.i != head.i) or _shares_its_subject(c)]
        if any(c.left_edge.idx <= written.start() <= c.right_edge.idx for c in said):
            return True
    return False


# A number written as a plural of its size ("billions of phone records",
# "dozens of civilians"): where a vague amount stands, which number_written
# does not find.
_AMOUNT_IN_WORDS = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|trillions)\b",
                              re.I)


def _amount_in_words(sentence: str) -> re.Match | None:
    """Where the sentence writes a vague amount in words, when it writes one
    only ("…why the Section 215 program needed to collect billions of U.S.
    phone records, Alexander explained…": notes gold, heldout17, Keith
    Alexander cited for the senators' question); None otherwise, and the
    source is left as cited."""
    found = list(_AMOUNT_IN_WORDS.finditer(sentence))
    if len(found) != 1:
        return None
    if within_quotation(sentence, found[0].start()):
        return None  # within a quotation: whose words they are is the quote reader's to say
    return found[0]


# Verbs whose object is what they state when it holds a number ("the bureau
# reported 943,000 jobs", "the ministry confirmed 12 deaths"); a verb of
# saying that takes any other object did the thing counted ("Cuba's National
# Assembly concluded a two-day session": notes gold, heldout16).
_STATING_A_NUMBER = frozenset("""announce confirm reveal disclose claim show indicate suggest
cite give put tweet post allege""".split())
# Verbs of hearsay a number is said under when no one is named ("the attack,
# which is reported to have killed about 50", "is believed to have…").
_HEARSAY_VERBS = frozenset("believe think fear understand rumor".split())


def _reported_by_someone_else(number, verb) -> bool:
    """Between the number and the source's verb stands another verb of
    saying, in the passive or in a relative clause: the number is reported by
    someone else, unnamed or named there ("Macron said … the attack, which is
    reported to have killed about 50": notes gold, heldout16; "the storm,
    which officials say killed 12"). A clause the source's verb reports
    itself ("the ministry said 12 people died") is its own."""
    token = number
    while token.i != verb.i and token.head.i != token.i:
        came_from, token = token, token.head
        if token.i != verb.i and token.dep_ == "relcl" and came_from.dep_ in ("xcomp", "ccomp") \
                and (token.lemma_ in _CITING_VERBS or token.lemma_ in _HEARSAY_VERBS):
            return True
        if token.i != verb.i and came_from.dep_ in ("ccomp", "parataxis") and is_saying(token) \
                and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
            # Another speaker, named, says the clause that holds the number
            # within what the source says ("Republicans say … is hampering a
            # deal, while Democrats say talks are stalled over … the top 2
            # percent": notes gold, heldout17, '(citing republicans)'). A
            # pronoun may be the source itself ("Biden said he told them 12").
            return True
    return False


def _shares_its_subject(verb) -> bool:
    """A verb of saying that shares the subject of the verb it hangs on ("…
    acknowledged the error, saying the strike killed three", "pleaded guilty
    and said"): not one with a subject of its own ("Israel reported three …,
    and Palestinians reported 19"), nor one no "and" or comma joins to it, as
    across a headline run in ("…Warren goes local in race … MORE on Thursday
    said he wants a second meeting": notes gold, heldout16), nor a participle
    set before the subject, which describes it ("Described as 6 feet tall and
    weighing about 200 pounds, Lyons warned…": notes gold, heldout)."""
    if verb.i < verb.head.i:
        return False
    joined = verb.dep_ == "advcl" or verb.dep_ == "conj" and any(
        j.dep_ in ("cc", "punct") and verb.head.i < j.i < verb.i for j in verb.head.children)
    return joined and is_saying(verb) and not any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in verb.children)


def _did_what_it_counts(verb, number) -> bool:
    """The number counts or measures the verb's object and the verb states
    no number: the source did what the number counts ("concluded a two-day
    session", "pledged $10 million"), the paper counts it."""
    noun = number
    while noun.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod") \
            and noun.head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_ not in _COUNTING_VERBS \
        and verb.lemma_ not in _STATING_A_NUMBER \
        and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


# Participles whose agent gives a number when they are said of what it counts
# ("the 943,000 jobs reported by the bureau", "the 40 deaths recorded by the
# county"): the agent counted them.
_COUNTING_VERBS = frozenset("""report estimate project forecast predict say state count record
tally calculate measure compile find""".split())


def _did_the_counted_thing(source, at: int) -> bool:
    """The source is the agent of a participle said of the very things the
    number at character ``at`` counts ("the second tape of a private phone
    call released by Manigault Newman": she released the tapes, the paper
    counts them; notes gold, heldout15): it did what is counted and says
    nothing of how many. A participle said of something else ("figures
    released by the Labor Department") or a verb of counting cites as before."""
    by = source.head
    if source.dep_ != "pobj" or by.dep_ != "agent" or by.lower_ != "by":
        return False
    participle = by.head
    if participle.dep_ != "acl" or participle.lemma_ in _COUNTING_VERBS:
        return False
    noun = participle.head
    # up through "of" phrases to the noun phrase the number stands in ("tape of … call")
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of" \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun.left_edge.idx <= at <= noun.right_edge.idx


# Pronouns a sentence names a speaker by ("she said", "they told reporters").
_SPEAKING_PRONOUNS = frozenset("he she they we i it".split())


def _said_by_who_stands_for(source: str, doc, at: int) -> bool:
    """A source the sentence does not write as given is cited for the number
    at character ``at`` only when the words that stand for it (a pronoun, a
    word of its name, or a description: "the governor") are the subject of a
    verb of saying, or stand beside one ("said Trump"), whose words hold the
    number ("Mr. Cuomo said his resignation would take effect in 14 days",
    "The tremor lasted 10 seconds, she says", "Cohen pleaded guilty … and
    said … two women"). Not a name said doing something else ("Avenatti sent
    a letter … relating to Daniels’ $130,000 payday"), nor a speaker whose
    words are another clause's ("The second time came at the 17-minute mark
    right after Biden said, “I guarantee…”"), nor a count no one stands for
    ("two-thirds said", read as the source "twothirds"): the attribution
    reader's guess, which a note names only when the sentence bears it out
    (notes gold, heldout14: '(citing Jill Biden)', '(citing Paul Root
    Wolpe)' of "she reports for a deep-clean shift", '(citing twothirds)')."""
    names = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", source)}
    for token in doc:
        if not (token.lower_ in _SPEAKING_PRONOUNS or token.lower_ in names
                or (token.pos_ == "NOUN" and token.left_edge.lower_ == "the")):
            continue
        verbs = []
        if token.dep_ in ("nsubj", "nsubjpass"):
            verbs = [token.head, *(c for c in token.head.children if _shares_its_subject(c))]
        # "…,” said Trump, who…": the parser may hang the name elsewhere
        # (not a pronoun after it: "said he wants…" opens what was said)
        verbs += [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)
                  and doc[i].pos_ == "VERB" and token.pos_ != "NOUN"
                  and not (token.lower_ in _SPEAKING_PRONOUNS and i < token.i)]
        for verb in verbs:
            if not is_saying(verb):
                continue
            # ", she says" set off beside what it says: its words are the clause it hangs on
            if verb.dep_ == "parataxis":
                said = [verb.head]
            else:
                # what the verb says: its object or the clause it reports, or a verb
                # of saying hung on it ("…, she said, adding that…"); not the
                # writer's words of when ("She announced her decision … on
                # Tuesday morning, about a week after the university's board of
                # trustees voted 9-4…": notes gold, heldout13, '(citing Nikole
                # Hannah-Jones)' for the week and the vote)
                said = [c for c in verb.children if c.dep_ in _WHAT_IS_SAID
                        or (c.dep_ == "advcl" and is_saying(c))]
            if any(c.left_edge.idx <= at <= c.right_edge.idx for c in said) \
                    and not token.left_edge.idx <= at <= token.right_edge.idx:
                return True
    return False


# A verb of saying's dependents that hold what it says.
_WHAT_IS_SAID = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd", "parataxis", "dative"})


def is_saying(verb) -> bool:
    """``verb`` says something: a verb of saying, with what it says."""
    if verb.dep_ == "ROOT" and verb.tag_ == "VBG" \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # A bare participle is no sentence's main verb: "A San Antonio doctor
        # who wrote an op-ed claiming that he had violated … now faces …"
        # parsed with "claiming" as the root and the doctor its subject (notes
        # gold, heldout12: "(citing a San Antonio doctor)"). "…, with
        # officials saying…" hangs on the main verb and still cites.
        return False
    return verb.lemma_ in _CITING_VERBS and (
        verb.lemma_ not in _CITE_WITH_A_CLAUSE
        or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        or not any(c.dep_ in ("dobj", "attr") for c in verb.children))
