"""Statements: undated sentences that say what happened or is so.

A sentence with no date of a happening may still tell one ("Rescuers pulled
58 miners from the flooded shaft"); kept as an undated event (a statement),
it can be found to agree with another outlet's sentence in other words
(corroborate/statements.py). What is refused: fragments and run-ons (by
length), questions, quotations (the quote kind's), commentary that names no
one, nowhere and no number and tells no happening.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.attribution import CUE_VERBS
from crosscheck.claims.events import describe_happening, tense, time_words
from crosscheck.claims.nlp import lemma
from crosscheck.models import Event

#: A statement stands alone only between these lengths (words, punctuation
#: left out): shorter is a fragment or a headline ("Ross out"), longer is
#: several facts run together, which outlets never repeat as one. The upper
#: bound was 60: of the 11 sentences of 61-80 words in the dev and dev2
#: articles of the fact gold, 4 hold a mention of an event fact that other
#: outlets tell in a sentence of their own ("… made assurances to try and
#: avert armed conflict …, Bob Woodward and Robert Costa write in Peril"); no
#: sentence there is longer.
STATEMENT_MIN_WORDS, STATEMENT_MAX_WORDS = 6, 80
#: A sentence that is mostly quotation is a quote (claims/quotes.py), not a
#: statement: the quote kind compares its words and its speaker.
STATEMENT_MAX_QUOTED = 0.5
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def extract_statement(sent: Span, ents: Sequence[Span] | None = None) -> Event | None:
    """The sentence as a statement of what happened or is so, when it reads as
    one: a clause with a subject and a verb (:func:`_main_verb`), neither a
    question nor mostly a quotation (one the narrator quotes inside a clause
    of their own aside: :func:`_asks`, :func:`_woven_quotation`), that names
    someone, somewhere or some number or tells what someone or something did
    (:func:`_tells_a_happening`; a sentence that does neither is commentary:
    "It is a sad day for the industry").
    ``ents``: the sentence's entities (``Sentence.ents``), found once per
    sentence; ``sent.ents`` when not given, which scans the whole article's."""
    verb = _main_verb(sent)
    if verb is None:
        return None
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not STATEMENT_MIN_WORDS <= len(words) <= STATEMENT_MAX_WORDS:
        return None
    text = sent.text.strip()
    if _asks(text):
        return None
    quoted = sum(len(m.group(0)) for m in _QUOTED.finditer(text))
    verb_at = verb.idx - sent.start_char - (len(sent.text) - len(sent.text.lstrip()))
    if quoted > STATEMENT_MAX_QUOTED * len(text) and not _woven_quotation(text, verb_at):
        return None
    if not any(e.label_ not in ("ORDINAL",) for e in (sent.ents if ents is None else ents)) \
            and not any(t.like_num for t in sent) and not _tells_a_happening(verb):
        return None
    return Event(text=describe_happening(verb, sent[0:0]), date=None, date_text="", tense=tense(verb),
                 when_text=time_words(sent.text))


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("stressed", "are slipping", "will
    meet"), which has a subject whether or not the parse found it; not an
    opening participle ("Facing …", "Wearing …") nor an imperative ("Keep up
    with the latest news")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children)


def _main_verb(sent: Span) -> Token | None:
    """The verb of the sentence's main clause, when it has a subject: the
    parse's root, the clause two misparses of an opening phrase hide, or the
    one a verb tagged as a noun hides (:func:`_hidden_clause`)."""
    root = sent.root
    if root.pos_ in ("VERB", "AUX") and _has_subject(root):
        return root
    # "During a news conference in Brownsville, Texas, Mayorkas stressed …",
    # "In a rebuke to Gretchen Whitmer, the state House repealed …": the
    # subject was hung on the opening phrase's last noun as its appositive.
    # Only a verb in a tense of its own: a modal's ("…, said Jackman, 40, star
    # of “Australia,” would host") is the tail of reported speech whose
    # subject the parse hung on the verb of saying; taken in, its sentence
    # became another article's best match and split a pair judged the same
    # (statements.rare-words on dev: recall 0.43 -> 0.36).
    if root.pos_ in ("VERB", "AUX") and root.tag_ in ("VBD", "VBZ", "VBP") and any(
            t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.i < root.i for t in sent):
        return root
    # "In the sixth Klitschko landed a pair of left hooks", "In a major
    # escalation of the campaign against extremist groups, the U.S. and its
    # allies jointly hit targets": the subject taken into the opening
    # phrase's object, right before the verb.
    if root.pos_ in ("VERB", "AUX") and root.tag_ in ("VBD", "VBZ", "VBP") \
            and sent[0].dep_ == "prep" and _swallowed_subject(root):
        return root
    # "Facing a barrage of criticism for weeks, the president's approval
    # ratings are slipping": the opening participle was taken for the main
    # verb; the clause after it with a subject and a tense is the sentence's.
    first = next((t for t in sent if not (t.is_punct or t.is_space)), root)
    if root.i == first.i and root.pos_ in ("VERB", "AUX") and root.tag_ in ("VBG", "VBN"):
        return next((c for c in root.children if c.i > root.i and _has_subject(c) and _finite(c)
                     and c.dep_ in ("conj", "ccomp", "advcl", "parataxis")), None)
    if root.pos_ not in ("VERB", "AUX") and _ends_a_sentence(sent.text):
        return _hidden_clause(sent)
    return None


def _swallowed_subject(verb: Token) -> bool:
    """The word right before ``verb`` (adverbs aside) is a name or a noun the
    parse hung inside the opening phrase (its object, or one joined to it),
    not the end of a clause of its own ("In Paris, prices rose" has none:
    "Paris" is set off by a comma)."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    while before is not None and before.pos_ == "ADV" and before.i > verb.sent.start:
        before = verb.doc[before.i - 1]
    return before is not None and before.pos_ in ("NOUN", "PROPN", "PRON") \
        and before.dep_ in ("pobj", "conj") and before.i > verb.sent.start


def _ends_a_sentence(text: str) -> bool:
    """The text closes as a sentence does (a full stop, an exclamation or an
    ellipsis, before any closing quotation mark or bracket): a headline, a
    caption or a list's line does not ("Robbers in drag steal e80 million
    from Paris diamond store")."""
    return text.rstrip().rstrip("\"'”’)]").endswith((".", "!", "…"))


def _hidden_clause(sent: Span) -> Token | None:
    """The first verb with a subject and a tense of its own in a sentence the
    parse rooted on a noun: the tagger took a verb for a noun or an adjective
    ("The heavily redacted 16-page document details how the hijackers had
    contact …", "The two traded barbs during a tense exchange, triggering a
    shouting match in which Fauci accused Paul …", "President Trump has
    signed a new executive order …") and hung the sentence on its subject.
    A sentence holding no such verb is a phrase, not a statement ("Several
    cars damaged at Highland Toyota.")."""
    return next((t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
                 and _finite(t) and _names_its_subject(t)), None)


def _names_its_subject(verb: Token) -> bool:
    """The verb's subject is a noun or a name: a hidden clause of a pronoun
    is a quotation's tail or an aside ("… on what I know will be a fun
    celebration.”", "But just as dangerous as the ceremony going over is it
    running short": an ECB+ dev article's new statements of this kind took a
    judged pair's best match, statements.rare-words recall 0.43 -> 0.36)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
               for c in verb.children)


#: A question mark closing a quotation that opens inside the sentence: the
#: question is the quoted speaker's ('… lightening the mood by asking, "What
#: would bug the Taliban more …?'), the sentence the narrator's.
_QUOTED_QUESTION = re.compile(r"(?:“|(?<!\S)\")[^”\"]*\?[\s\"'”’)]*$")


def _asks(text: str) -> bool:
    """The sentence is a question of its own: it ends on a question mark that
    no quotation set inside a statement of the narrator's holds (the words
    before the quotation would stand as a statement by their number)."""
    if not text.rstrip("\"'”’)").endswith("?"):
        return False
    quoted = _QUOTED_QUESTION.search(text)
    return quoted is None or len(re.findall(r"\w+", text[:quoted.start()])) < STATEMENT_MIN_WORDS


def _woven_quotation(text: str, verb_at: int) -> bool:
    """The quotation is woven into the narrator's own clause, after its main
    verb and straight after a word ("the board ruled that his detention “no
    longer remained necessary …”", "Producers called the actor “a consummate
    entertainer”"): the narrator states what was ruled or called, quoting its
    words. A quotation that opens the sentence or is set off by a comma or a
    colon ("Lee said, “It is an honor …”") is a quote with its speaker."""
    first = _QUOTED.search(text)
    if first is None or first.start() <= verb_at:
        return False
    before = text[:first.start()].rstrip()
    return bool(before) and before[-1].isalnum()


#: Verbs of a state or of a view: a sentence that names no one, nowhere and no
#: number and says only what is ("It is a sad day for the industry", "Jackman
#: also has experience") or what someone holds ("They want things to go back
#: to normal") is background or commentary, which outlets word each their own
#: way. "Become" is a change, so it tells a happening ("The case has now
#: become a criminal investigation").
_STATE_OR_VIEW_VERBS = frozenset({"be", "have", "seem", "appear", "remain", "look", "sound",
                                  "think", "believe", "feel", "hope", "wish", "want", "guess",
                                  "suppose", "love", "like", "hate", "know", "need", "deserve"})
#: Modals of what may be or should be, not of what happened or will.
_WHAT_MAY_BE = frozenset({"can", "could", "may", "might", "must", "should", "ca"})
#: Subjects that name nothing: the writer or reader ("I", "we", "you"), a
#: pointer back to the previous sentence ("This is because …") or no one.
_VAGUE_SUBJECTS = frozenset({"i", "we", "you", "this", "that", "these", "those", "there", "what",
                             "something", "everything", "nothing", "everyone", "everybody",
                             "anyone", "anybody", "all"})


def _tells_a_happening(verb: Token) -> bool:
    """A sentence that names no one, nowhere and no number still says what
    happened when someone or something it points to did or underwent
    something ("The driver fled the accident scene but was apprehended by
    police officers", "He has been charged with vehicular manslaughter", "The
    new rules will be rolled out in a phased approach"). The words of a
    reported clause decide, not its verb of saying ("It is a sad day for the
    industry, he said" is commentary)."""
    if lemma(verb).lower() in CUE_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    if lemma(verb).lower() in _STATE_OR_VIEW_VERBS or verb.lower_.lstrip("'’") == "s":
        return False  # "It’s just the nature of the beast": "’s" left unlemmatised
    # What may be, a clause hanging on an "if" with no main clause, or a state
    # said with a linking verb ("He can hold the screen", "If only he'll wear
    # those gold lame pants", "it gets a little worrisome"): commentary, as
    # the new statements of an ECB+ dev story read (see _names_its_subject).
    if any(c.dep_ == "mark" or c.dep_ == "acomp" or c.dep_ == "aux" and c.lower_ in _WHAT_MAY_BE
           for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and not any(c.dep_ == "expl" or c.lower_ in _VAGUE_SUBJECTS
                                      for c in subjects)
