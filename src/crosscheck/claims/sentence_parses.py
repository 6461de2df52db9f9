"""One-sentence parses for the note renderer: cached, parsed in batches
ahead of the notes (:func:`parse_all`), the entity recogniser run only when
asked (:func:`parse_with_entities`), the rule components as a table
(:class:`~crosscheck.claims.rule_attributes.RuleAttributes`)."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Doc

from .rule_attributes import rule_attributes
from .spacy_model import load_nlp

if TYPE_CHECKING:
    from ..models import Claim

#: One-sentence parses kept (by sentence): a story's notes ask of the same
#: sentences many times, and :func:`parse_all` parses a task's ahead of them.
PARSE_CACHE_SIZE = 2048
#: Sentences per ``nlp.pipe`` batch in :func:`parse_all`. CPU s for the 1,011
#: sentences the notes of 200 Baly articles parse: one by one 3.5-4.4, in
#: batches of 2 2.8, of 4 2.4, of 8 2.1, of 16 1.8-1.9, of 32 1.8, of 64
#: 1.8-2.0 (a call's fixed cost, spread over the batch).
PARSE_BATCH = 32
# Hand-written rather than functools.lru_cache: parse_all must put a batch's
# parses in the same cache, which lru_cache cannot be given.
_parses: "OrderedDict[str, Doc]" = OrderedDict()


def _keep(sentence: str, doc: Doc) -> Doc:
    _parses[sentence] = doc
    while len(_parses) > PARSE_CACHE_SIZE:
        _parses.popitem(last=False)
    return doc


def parse(sentence: str) -> Doc:
    """spaCy's parse of one sentence alone, for the note renderer's questions
    that only a tagger or a parser answer (who is the subject of a verb).
    Cached: a story's notes ask of the same sentences many times.

    Without entities: the entity recogniser, which has an embedding of its
    own, was 2.05 of the 4.67 CPU s that the 734 sentences parsed for the
    notes of 200 Baly articles took (tok2vec 0.97, parser 0.71,
    attribute_ruler 0.44, lemmatizer 0.30), and few questions read entities.
    Those ask :func:`parse_with_entities`. The two rule components run as
    :class:`RuleAttributes` (the same attributes)."""
    doc = _parses.get(sentence)
    if doc is not None:
        _parses.move_to_end(sentence)
        return doc
    nlp = load_nlp()
    return _keep(sentence, rule_attributes(nlp)(nlp(sentence, disable=_LEARNED_ONLY)))


def parse_all(sentences: Iterable[str]) -> None:
    """:func:`parse` of each sentence not parsed yet, in batches of
    :data:`PARSE_BATCH`, ahead of the questions that will ask for them (half
    the CPU of parsing them one by one). Each parse is the one :func:`parse`
    makes alone: spaCy reads each text of a batch on its own, and tags,
    heads, dependencies and lemmas of the 1,011 sentences of 200 Baly
    articles' notes were the same either way (``tests/claims/test_nlp.py``).
    Asks for more than the cache holds keep the last :data:`PARSE_CACHE_SIZE`."""
    todo = list(dict.fromkeys(s for s in sentences if s not in _parses))[-PARSE_CACHE_SIZE:]
    if not todo:
        return
    nlp = load_nlp()
    rules = rule_attributes(nlp)
    for sentence, doc in zip(todo, nlp.pipe(todo, disable=_LEARNED_ONLY, batch_size=PARSE_BATCH)):
        _keep(sentence, rules(doc))


#: A one-sentence parse runs the model's learned components but the ner
#: (:func:`parse`); its two rule components run as :class:`RuleAttributes`.
_LEARNED_ONLY = ["ner", "attribute_ruler", "lemmatizer"]


def parse_with_entities(sentence: str) -> Doc:
    """:func:`parse` of the sentence with the entity recogniser's entities
    (does the sentence open on a name). The recogniser runs on the cached
    Doc once, after the other components, as it runs last in the model's
    own pipeline (it reads none of their annotations but the parser's
    sentence starts): tags, heads, lemmas and entities of the 734 sentences
    above were the same as those of the whole pipeline run at once."""
    doc = parse(sentence)
    if not doc.has_annotation("ENT_IOB"):  # set on every token once it has run, "O" or not
        load_nlp().get_pipe("ner")(doc)
    return doc


def title_sentences_to_parse(claims: Iterable["Claim"]) -> list[str]:
    """The sentences of role claims whose note may parse them to word the
    title (``corroborate.wording.title_as_written``), for :func:`parse_all`
    to parse in the task's batch: a lowercase title the sentence writes
    after another word, whose modifiers the parse tells ("infectious disease
    chief": ``title_parts.with_its_modifiers``), and a title of several
    words whose capitalised first word opens the sentence, which may be an
    adverb ("Only GOP Sen.": ``wording._opens_on_an_adverb``). Told from the
    words alone, a little wider than those two functions' own tests (their
    word lists, the words a title loses first): they were the 267 of the 367
    sentences the notes of 200 Baly articles parsed one by one, at about
    twice the CPU of a parse in a batch."""
    out = []
    for claim in claims:
        if claim.role is None:
            continue
        words, sentence = claim.role.title.split(), claim.sentence
        if len(words) > 1 and any(
                w[:1].isupper() and w.isalpha()
                and sentence.lstrip(" “\"'‘").startswith(w + " ") for w in words[:2]):
            out.append(sentence)
            continue
        lower = next((i for i, w in enumerate(words) if w[:1].islower()), None)
        if lower is None:
            continue
        at = sentence.find(" ".join(words[lower:]))
        if at > 0 and sentence[at - 1] == " ":
            out.append(sentence)
    return out
