"""The model's two rule components, attribute_ruler and lemmatizer, as
lookup tables: :class:`CoarseTags` (POS and morphology) for the claims pass,
:func:`lemma` made on demand for the few words a rule asks about, and
:class:`RuleAttributes` (both components' attributes) for one-sentence parses.
Each reads the ruler's own patterns, so it gives what the ruler gives; both
take the lemmatizer's rule lemmas from one bounded table (:class:`RuleLemmas`)."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from .spacy_model import load_nlp


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
        self.by_tag: dict[str, list[tuple[dict, dict]]] = {}
        self.lemmas = rule_lemmas(nlp)

    def _lookup(self, key: tuple[int, int, int]) -> tuple[int, int, int]:
        strings = self.vocab.strings
        tag, lower, dep = key
        values = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower] if lower else "",
                  "DEP": strings[dep] if dep else "", "IS_SPACE": False}
        found: dict[int, int] = {}
        for spec, attrs in _for_tag(self.single, values["TAG"], self.by_tag):
            if _token_matches(spec, values):
                found.update(attrs)
        self.table[key] = value = (found.get(POS, 0), found.get(MORPH, 0), found.get(LEMMA, 0))
        return value

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE, ORTH]).tolist()
        if not rows or any(row[3] for row in rows) or self.pairs(doc):
            return self.lemmatizer(self.ruler(doc))
        table, named = self.table, self.named
        values = []
        for tag, lower, dep, _, _ in rows:
            key = (tag, lower if lower in named else 0, dep)
            values.append(table.get(key) or self._lookup(key))
        doc.from_array([POS, MORPH, LEMMA], numpy.array(values, dtype="uint64"))
        # The lemmatizer, as it runs: each word the ruler gave no lemma gets
        # the rules' (:class:`RuleLemmas`), so that a Token is made only for a
        # key not seen before; its own loop made one for every word. This step
        # on 2,300 Baly sentences, tables built: 0.28 CPU s before, 0.18 now.
        lemmas, lemmatize = self.lemmas.known, self.lemmas.made
        made = []
        for i, (row, (pos, morph, ruled)) in enumerate(zip(rows, values)):
            if ruled:
                made.append(ruled)
                continue
            key = (row[4], pos, morph)
            found = lemmas.get(key)
            made.append(found if found is not None else lemmatize(doc[i], key))
        doc.from_array([LEMMA], numpy.array(made, dtype="uint64"))
        return doc


class RuleLemmas:
    """The lemmatizer's rule lemmas (its ``rule_lemmatize``), kept by (word,
    POS, morphology), the only attributes of a token its rules read: spaCy's
    own cache has that key but leaves out the base forms, the most asked.
    One per model, shared by the one-sentence parses (:class:`RuleAttributes`)
    and the claims pass's lemmas made on demand (:func:`lemma`), which asked
    the same rules for the same keys in two tables, one of them unbounded."""

    def __init__(self, nlp: Language):
        self.lemmatize = nlp.get_pipe("lemmatizer").rule_lemmatize
        self.strings = nlp.vocab.strings
        #: (word, POS, morphology) -> the lemma's string id.
        self.known: dict[tuple[int, int, int], int] = {}

    def made(self, token: Token, key: tuple[int, int, int]) -> int:
        """The lemma id of ``token``, whose (word, POS, morphology) is
        ``key`` and not yet in :attr:`known`: made by the rules, and kept."""
        if len(self.known) >= LEMMA_CACHE_SIZE:
            self.known.clear()
        found = self.known[key] = self.strings.add(self.lemmatize(token)[0])
        return found


#: Lemmas :class:`RuleLemmas` keeps, about 230 bytes each: 2,300 sentences
#: (about what the notes of 200 Baly articles parse) asked for 8,165.
#: Emptied when full, so a long-running worker holds at most ~2.5 MB.
LEMMA_CACHE_SIZE = 10_000


def _for_tag(patterns: list[tuple[dict, dict]], tag: str,
             index: dict[str, list[tuple[dict, dict]]]) -> list[tuple[dict, dict]]:
    """The ``patterns`` that may match a word tagged ``tag`` (those that ask
    for another tag cannot), in their order, kept in ``index``: a table's key
    is looked up in about 25 patterns instead of all 179. The keys of 100
    Baly articles (1,011 of CoarseTags, 1,020 of RuleAttributes), which every
    process builds again: 0.59 + 0.57 CPU s before, 0.15 + 0.14 now."""
    found = index.get(tag)
    if found is None:
        found = index[tag] = [(spec, attrs) for spec, attrs in patterns
                              if not isinstance(spec.get("TAG"), str) or spec["TAG"] == tag]
    return found


#: The lookup tables (RuleAttributes, CoarseTags, RuleLemmas) of each loaded
#: model, keyed by table and by the model's vocabulary: built once, on first use.
_TABLES: dict[tuple[type, int], "RuleAttributes | CoarseTags | RuleLemmas"] = {}


def _table(kind: type, nlp: Language):
    table = _TABLES.get((kind, id(nlp.vocab)))
    if table is None:
        table = _TABLES[(kind, id(nlp.vocab))] = kind(nlp)
    return table


def rule_attributes(nlp: Language) -> RuleAttributes:
    return _table(RuleAttributes, nlp)


def rule_lemmas(nlp: Language) -> RuleLemmas:
    return _table(RuleLemmas, nlp)


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
        self.lemmas = rule_lemmas(nlp)
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
        #: (tag, lowercase form when a pattern names it, dependency) -> the
        #: lemma a pattern sets, for the few patterns that set one.
        self.lemma_overrides: dict[tuple[int, int, int], str] = {}
        self.table: dict[tuple[int, int, int, int], tuple[int, int]] = {}
        self.by_tag: dict[str, list[tuple[dict, dict]]] = {}

    def _lookup(self, key: tuple[int, int, int, int]) -> tuple[int, int]:
        strings = self.vocab.strings
        tag, lower, dep, space = key
        values = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower] if lower else "",
                  "DEP": strings[dep] if dep else "", "IS_SPACE": bool(space)}
        attrs: dict[str, str] = {}
        for spec, set_attrs in _for_tag(self.patterns, values["TAG"], self.by_tag):
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


def coarse_tags(nlp: Language) -> CoarseTags:
    return _table(CoarseTags, nlp)


def lemma(tok: Token) -> str:
    """``tok.lemma_``, made on demand when the lemmatizer did not run (the
    same rules and tables; it is asked for a few verbs per sentence only)."""
    if tok.lemma:
        return tok.lemma_
    tags = _TABLES.get((CoarseTags, id(tok.doc.vocab))) or coarse_tags(load_nlp())
    # POS and morphology follow from (tag, word, dependency), and so does a
    # pattern's lemma; the rules read the word, its POS and its morphology
    # only, so one word in several dependencies is lemmatised once. The
    # claims of 200 Baly articles asked the rules 37,865 times when keyed by
    # dependency too, 20,082 when not (the same claims, byte for byte).
    found = tags.lemma_overrides.get((tok.tag, tok.lower if tok.lower in tags.named else 0, tok.dep))
    if found is not None:
        return found
    key = (tok.orth, tok.pos, tok.morph.key)
    made = tags.lemmas.known.get(key)
    return tags.vocab.strings[made if made is not None else tags.lemmas.made(tok, key)]
