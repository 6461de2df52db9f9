"""The claims stage's spaCy pass: articles read into parsed sentences, with
their entities, tags and coarse POS.

The model and its loading are in :mod:`crosscheck.claims.spacy_model`, the
rule components as tables (:class:`CoarseTags`, :func:`lemma`) in
:mod:`crosscheck.claims.rule_attributes`, and the note renderer's
one-sentence parses (:func:`parse`, :func:`parse_all`,
:func:`parse_with_entities`) in :mod:`crosscheck.claims.sentence_parses`.
The rules and the renderer import those names from here, the claims' one
door to spaCy.

Speed (CPU seconds on the first 100 articles of the 8k Baly corpus, one core,
each component run alone over whole Docs): tok2vec 6.4, ner 7.4 (it has its
own embedding), attribute_ruler 2.1, lemmatizer 1.6, parser 2.0, tagger 0.1.
So the parser is cheap once tok2vec has run, and the two rule components are
what the default pipeline spends on POS and lemmas. One pass therefore runs
tok2vec, tagger, parser and ner over whole articles (the parser also gives the
sentence boundaries, so the ``senter``, which has its own embedding, is not
run), and :class:`~crosscheck.claims.rule_attributes.CoarseTags` replaces attribute_ruler and lemmatizer:
POS and morphology are looked up once per (tag, word, dependency) from the
attribute_ruler's own single-token patterns, and lemmas are made only for the
few tokens a rule asks about (:func:`lemma`). An earlier design (senter +
entities everywhere, then the parser on copies of the sentences that looked
like they held a claim) spent more on the senter and the copies than it saved
on the parser: 18.4 s of first pass + 2.8 s of copies against 17.7 s for the
whole default pipeline on the same 100 articles. bench/bench_claims.py on 300
articles, old and new code back to back (load 2-3 on 2 cores): ratio to a
bare default pass 1.04 before, 0.83 after, wall-clock and CPU time alike
(0.90 of that was this pass at batches of 64, the rest BATCH_SIZE).
The rules are now ~7% of the stage; tok2vec and ner, which no rule can do
without, ~75%.

Parsing whole articles changed outputs a little (all claim kinds went to v2):
sentence boundaries are the parser's, every sentence is parsed (so roles and
pronoun subjects are read everywhere), and POS follows dependency labels
("has" as AUX). Gold scores were unchanged; PolNeAR dev speaker accuracy went
from 0.880 to 0.882 once quotes.py looked past “…?” (see there).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import closing
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from .missed_people import with_missed_people
from .rule_attributes import coarse_tags, lemma
from .sentence_parses import parse, parse_all, parse_with_entities
from .spacy_model import BLAS_THREADS, MODEL, USE_BLIS, load_nlp
from .titles import ABBREVIATED_BEFORE_A_NAME

__all__ = ["BATCH_SIZE", "BLAS_THREADS", "Entity", "MODEL", "Sentence", "USE_BLIS",
           "lemma", "load_nlp", "parse", "parse_all", "parse_with_entities",
           "read_entities", "read_sentences", "read_sentences_and_entities"]

# Components replaced by CoarseTags (and the senter, replaced by the parser).
_SKIPPED = ("attribute_ruler", "lemmatizer", "senter")


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: a span of the article's parsed Doc, and
    ``start``/``end``, its character bounds without surrounding whitespace."""

    span: Span
    start: int
    end: int
    paragraph: int
    ents: tuple[Span, ...]  # ``span.ents``, found once: Span.ents scans the whole article's


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_paragraph_breaks(doc: Doc) -> Iterator[Span]:
    """The parser's sentences, cut again at blank lines: no sentence spans
    two paragraphs; and joined again where the parser ended one on a title
    abbreviated before a name (:func:`_ends_on_a_title`), even at a line
    break (the abbreviation cannot end a sentence), or cut a line's first
    capitalised words from the rest of the line (:func:`_cut_line_start`)."""
    held: Span | None = None
    for piece in _paragraph_pieces(doc):
        if held is not None and (_ends_on_a_title(held) and _opens_on_a_name(piece)
                                 and (_never_alone(held) or not _line_break_before(piece))
                                 or _cut_line_start(held, piece)):
            held = doc[held.start:piece.end]
            continue
        if held is not None:
            yield held
        held = piece
    if held is not None:
        yield held


def _ends_on_a_title(span: Span) -> bool:
    """The span ends on a title as abbreviated before a name ("…,” said
    Sgt." of "said Sgt. Marty Earley"): the full stop is the abbreviation's.
    spaCy's parser splits there; its preset boundaries cannot say where a
    sentence does not start (only where one does), so the pieces are joined
    after it."""
    words = _last_words(span, 2)
    word = "".join(words) if words[-1:] == ["."] else (words[-1] if words else "")
    title = word.lower().rstrip(".")
    # the plural before a list of names too: "the panel, Reps. Jim Banks and Jim Jordan"
    return bool(re.fullmatch(r"[A-Z][a-z]{1,4}\.", word)) \
        and (title in ABBREVIATED_BEFORE_A_NAME or title[-1:] == "s" and title[:-1] in ABBREVIATED_BEFORE_A_NAME)


def _last_words(span: Span, count: int) -> list[str]:
    """The texts of the last ``count`` tokens of ``span`` that are not
    spaces, in order: read from the end, so that only those few tokens are
    made (each ``doc[i]`` makes a Token object; reading every sentence whole
    made 217,000 of them for 200 Baly articles)."""
    doc, words = span.doc, []
    for i in range(span.end - 1, span.start - 1, -1):
        token = doc[i]
        if not token.is_space:
            words.append(token.text)
            if len(words) == count:
                break
    return words[::-1]


def _opens_on_a_name(span: Span) -> bool:
    first = next((t for t in span if not t.is_space), None)
    return first is not None and first.is_title and first.is_alpha


def _line_break_before(span: Span) -> bool:
    """A line break stands between ``span``'s first word and the span before."""
    first = next((t for t in span if not t.is_space), span[0])
    doc = span.doc
    return any("\n" in t.text for t in doc[max(span.start - 1, 0):first.i] if t.is_space) \
        or span.start > 0 and "\n" in doc[span.start - 1].whitespace_


#: Honorifics written only before a name ("Mr.", "Rev."): unlike a title
#: ("He wrote to the Gov."), one of these ends no sentence even at a line
#: break: "“We have no idea what caused it,” the Rev.\n\nLarry Kroon of the
#: Wasilla Bible Church said" (ECB+ dev4, a break in the page's text).
NEVER_ALONE = frozenset({"mr.", "mrs.", "ms.", "rev."})


def _never_alone(span: Span) -> bool:
    words = _last_words(span, 1)
    return bool(words) and words[0].lower() in NEVER_ALONE


# A line's first words the parser may cut from the rest of the line, at
# most this many ("California" | "Gov. Gavin Newsom embraced …", dev5).
_LINE_START_WORDS = 3


def _cut_line_start(held: Span, piece: Span) -> bool:
    """``held`` is a line's first capitalised words with no mark to end a
    sentence, and ``piece`` goes on on the same line: the parser cut the
    line there ("California" | "Gov. Gavin Newsom embraced …" after a
    caption's line), where no sentence ends. A headline, which ends its line,
    stays apart."""
    doc = held.doc
    words = [t for t in held if not t.is_space]
    if not 0 < len(words) <= _LINE_START_WORDS or any(not (t.is_alpha and t.is_title) for t in words):
        return False
    at_line_start = held.start == 0 or "\n" in doc[held.start - 1].text or "\n" in doc[held.start - 1].whitespace_
    return at_line_start and "\n" not in words[-1].whitespace_ and not any(t.is_space for t in held)


def _line_breaks(doc: Doc) -> list[int]:
    """The indices of the space tokens holding a line break, in order. Read
    from the Doc's arrays, so that a Token object is made for each space
    token only: walking every token, before the parse and after it, made
    221,000 of them each time for 200 Baly articles."""
    return [i for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in doc[i].text]


def _paragraph_pieces(doc: Doc) -> Iterator[Span]:
    """The parser's sentences, cut again at blank lines. The sentences are
    those of ``doc.sents`` (a sentence starts at each token whose
    ``sent_start`` is 1), read from the Doc's array: ``doc.sents`` first asks
    every token whether the Doc has sentence starts."""
    breaks = _line_breaks(doc)
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    bounds = [0] + [i for i in starts if i > 0] + [len(doc)]
    for start, end in zip(bounds, bounds[1:]):
        begin = start
        for i in breaks[bisect_left(breaks, start):bisect_left(breaks, end)]:
            if i > begin:
                yield doc[begin:i + 1]
                begin = i + 1
        if begin < end:
            yield doc[begin:end]


def _sentences_of(doc: Doc, text: str, ents: list[Span]) -> list[Sentence]:
    """The sentences of ``doc``, read from ``text`` (its text: ``doc.text``
    joins every token's) with ``ents`` (its entities, found once)."""
    paragraph_starts = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    ent_starts = [e.start for e in ents]
    out = []
    for span in _split_paragraph_breaks(doc):
        start, end = _trimmed(text, span.start_char, span.end_char)
        if start < end:
            first = bisect_right(ent_starts, span.start - 1)
            inside = tuple(e for e in ents[first:bisect_right(ent_starts, span.end - 1)]
                           if e.end <= span.end)
            out.append(Sentence(span, start, end, bisect_right(paragraph_starts, start), inside))
    return out


def _paragraphs_start_sentences(doc: Doc) -> Doc:
    """Mark the first token after a line break as a sentence start, which the
    parser keeps: a tree that spans two paragraphs gave subjects such as
    "lumber futures \n\n lumber futures courtesy" (a photo credit). The
    first token after a break that is not a space itself (several space
    tokens may follow one another)."""
    spaces = doc.to_array(IS_SPACE).tolist()
    for i in _line_breaks(doc):
        j = i + 1
        while j < len(spaces) and spaces[j]:
            j += 1
        if j < len(spaces):
            doc[j].is_sent_start = True
    return doc


# Articles per nlp.pipe batch. CPU seconds for this reading of 150 Baly
# articles: 8 → 25.6-26.3, 16 → 23.0-25.4, 32 → 23.6-24.6, 64 → 25.0-27.4,
# 256 → 27.6-29.8 (smaller batches of long, uneven articles waste less).
# Memory decides between 16 and 32: a batch's parse holds its arrays for
# every token of the batch at once (a pool worker of the per-article stages
# went from 210 MB, model loaded, to 998 MB peak on 300 Baly articles in
# batches of 32; to 718 MB in batches of 16, 39.4 CPU s against 40.3).
BATCH_SIZE = 16


def read_sentences(texts: Iterable[str], nlp: Language | None = None,
                   n_process: int = 1, batch_size: int = BATCH_SIZE) -> Iterator[list[Sentence]]:
    """Sentences of each text, parsed, with entities, tags and coarse POS.
    NumPy's BLAS runs on :data:`BLAS_THREADS` until the last text is read
    (or the iterator is closed), then as before."""
    with closing(read_sentences_and_entities(texts, nlp, n_process, batch_size)) as read:
        for sentences, _ in read:
            yield sentences


#: An entity as the model's ner found it: (text, label, first character).
Entity = tuple[str, str, int]


def read_sentences_and_entities(texts: Iterable[str], nlp: Language | None = None,
                                n_process: int = 1, batch_size: int = BATCH_SIZE
                                ) -> Iterator[tuple[list[Sentence], list[Entity]]]:
    """:func:`read_sentences`, with the entities of each whole text, in order
    (the Doc's, found once for both: ``doc.ents`` walks the whole Doc)."""
    from threadpoolctl import threadpool_limits

    nlp = nlp or load_nlp()
    tags = coarse_tags(nlp)
    skipped = [name for name in _SKIPPED if name in nlp.pipe_names]
    docs = ((_paragraphs_start_sentences(nlp.make_doc(text)), text) for text in texts)
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        for doc, text in nlp.pipe(docs, as_tuples=True, n_process=n_process,
                                  batch_size=batch_size, disable=skipped):
            # (POS first: the people the tagger missed are read after titles)
            doc = with_missed_people(tags(doc))
            ents = list(doc.ents)
            # A span's text is the text between its first and last characters
            # (``Span.text`` joins its tokens' instead).
            entities = [(text[e.start_char:e.end_char], e.label_, e.start_char) for e in ents]
            yield _sentences_of(doc, text, ents), entities


def read_entities(texts: Iterable[str], nlp: Language | None = None,
                  batch_size: int = BATCH_SIZE) -> Iterator[list[Entity]]:
    """The entities of each text from the model's ``ner`` alone: for texts
    the full pass does not read (titles), or that need no claims.

    In this model the ner has its own embedding (no listener on the shared
    tok2vec), so its entities do not depend on the other components: on 150
    Baly articles, the ner alone and the full pass of :func:`read_sentences`
    found the same entities in the first 1,500 characters of every article,
    and in the whole text of 147 (the other 3 differ where the parser's
    sentence starts cut an entity)."""
    nlp = nlp or load_nlp()
    others = [name for name in nlp.pipe_names if name != "ner"]
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=others):
        yield [(e.text, e.label_, e.start_char) for e in doc.ents]
