"""Where the CPU goes, without the profiler: the whole pipeline in one
process over the first N Baly articles, with a few functions wrapped to add
up the CPU seconds (``time.process_time``) spent inside them.

cProfile charges its cost per call to the Python code that makes many calls
(the claims rules, spaCy's Cython calls they make), not to the model's C and
BLAS code: 200 Baly articles took 135 CPU s under it, 46-49 without. Here
only the wrapped functions pay a timer, a few thousand calls in all.

The figures are inclusive: a stage holds what it calls (a story build holds
its corroboration, which holds the notes' one-sentence parses made one by
one). Printed per stage: CPU seconds, calls, share of the run. Also: the
sentences the notes' batch parse predicted that no note then asked for,
by the claim kind that predicted them, and the notes' parses made one by
one, by the renderer's function that asked for them (the next ones to
predict for the batch).

``--parquet`` runs the per-article stages as a Parquet run does, with the
``embed`` stage (every sentence's vector and the lead's, kept in the store).

``--spacy`` instead times the model's components alone over the same texts
(each component over the Docs of the one before, in batches as the claims
pass runs them): what the claims pass runs, what a bare default pass runs,
and the ``senter`` that the model ships disabled.

Run: ``python bench/bench_stage_cpu.py [--limit 200] [--parquet | --spacy]``. On a shared
machine the CPU seconds are the figures to compare, not the wall clock.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
import traceback
from collections import Counter, OrderedDict, defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

from _common import BALY, shared_data_or_say

CPU: dict[str, float] = defaultdict(float)
CALLS: Counter = Counter()
#: The notes' parses made one by one, by the renderer's function that asked.
LONE_ASKERS: Counter = Counter()


def _timed(name: str, fn: Callable) -> Callable:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[name] += time.process_time() - start
            CALLS[name] += 1
    return timed


def _timed_generator(name: str, fn: Callable) -> Callable:
    """``fn`` returns an iterator: each of its steps is timed, not what the
    caller does between them."""
    def timed(*args: Any, **kwargs: Any):
        CALLS[name] += 1
        it = iter(fn(*args, **kwargs))
        while True:
            start = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                CPU[name] += time.process_time() - start
                return
            CPU[name] += time.process_time() - start
            yield item
    return timed


def _wrap(module: Any, attr: str, name: str, generator: bool = False) -> None:
    setattr(module, attr, (_timed_generator if generator else _timed)(name, getattr(module, attr)))


class _TimedTokenizer:
    def __init__(self, tok: Any) -> None:
        self.tok = tok

    def encode_batch(self, texts: list[str]) -> Any:
        return _timed("  embed: tokenizer", self.tok.encode_batch)(texts)


class _TimedSession:
    def __init__(self, session: Any) -> None:
        self.session = session

    def run(self, *args: Any) -> Any:
        CALLS["  embed: texts"] += len(args[1]["input_ids"])
        CALLS["  embed: padded tokens"] += args[1]["input_ids"].size
        return _timed("  embed: onnxruntime", self.session.run)(*args)


class _AskedParses(OrderedDict):
    """The notes' parse cache, remembering which sentences the notes asked
    for: asks while a story is built, not those of the batch's prediction
    (which parses a few figure sentences itself to tell whether a note will)."""
    asked: set[str] = set()
    building = False

    def get(self, key: Any, default: Any = None) -> Any:
        if _AskedParses.building:
            _AskedParses.asked.add(key)
        return super().get(key, default)


def _building(fn: Callable) -> Callable:
    def building(*args: Any, **kwargs: Any) -> Any:
        _AskedParses.building = True
        try:
            return fn(*args, **kwargs)
        finally:
            _AskedParses.building = False
    return building


def _asker() -> str:
    """The renderer's function that asked for a parse: the innermost frame of
    crosscheck's own code outside the parse module and the names it is
    imported under (a few hundred calls a run: the stack is cheap to read)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        path = frame.filename.replace("\\", "/")
        if "/crosscheck/" in path and not path.endswith(("sentence_parses.py", "claims/nlp.py")):
            return f"{path.split('/crosscheck/')[-1]}:{frame.name}"
    return "?"


def instrument() -> dict[str, dict[str, set[str]]]:
    """Wrap the stages; returns where the notes' predictions are recorded."""
    from importlib import import_module

    # Modules by import_module: ``crosscheck.clean`` the attribute is the function.
    claims, clean, embed, story_build, story_update = (
        import_module(f"crosscheck.{name}")
        for name in ("claims", "clean", "embed", "story_build", "story_update"))
    from crosscheck.claims import rule_attributes, sentence_parses
    from crosscheck.corroborate import QUOTE_OPENING_WORDS
    from crosscheck.corroborate.common import cites_a_source
    from crosscheck.corroborate.figure_words import parses_its_sentence
    from crosscheck.store.sqlite import SQLiteStore

    _wrap(clean, "clean", "clean")
    _wrap(claims, "read_sentences_and_entities", "claims: spaCy pass (+ CoarseTags, sentences)",
          generator=True)
    _wrap(claims, "read_entities", "claims: titles' ner", generator=True)
    _wrap(claims, "_claims_of", "claims: rules")
    _wrap(rule_attributes.CoarseTags, "__call__", "  claims: CoarseTags")
    from crosscheck.claims import clause_sources
    _wrap(clause_sources, "figure_sources", "  claims: figures' own sources")
    _wrap(embed, "_embed_uncached", "embed (all)")
    loaded = embed._load
    embed._load = lambda: (lambda t, s: (_TimedTokenizer(t), _TimedSession(s)))(*loaded())
    _wrap(story_update, "article_features", "story: features of new articles")
    _wrap(story_build, "build_story_each", "story: build tasks")
    story_build.build_story = _building(story_build.build_story)
    _wrap(story_build, "build_story", "  story: builds")
    _wrap(story_build, "embed_sentences", "    story: members' sentence vectors")
    _wrap(story_build, "find_links", "    story: relations")
    _wrap(story_build, "corroborate", "    story: corroborate")
    _wrap(story_build, "write_brief", "    story: brief")
    _wrap(story_build, "write_timeline", "    story: timeline")
    _wrap(story_build, "parse_all", "  story: notes' batch parse")
    from crosscheck.corroborate import pointer_names
    _wrap(pointer_names, "_the_one_person", "      notes: pointer names' parses")
    model = sentence_parses.load_nlp

    class Counted:
        def __init__(self, nlp: Any) -> None:
            self.nlp = nlp

        def __call__(self, text: str, **kwargs: Any) -> Any:
            LONE_ASKERS[_asker()] += 1
            return _timed("      notes' parses one by one", self.nlp)(text, **kwargs)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.nlp, name)
    sentence_parses.load_nlp = lambda: Counted(model())
    sentence_parses._parses = _AskedParses()
    predicted: dict[str, dict[str, set[str]]] = {"by kind": defaultdict(set)}
    predict = story_build.sentences_to_parse

    def recorded(claims_: Any) -> list[str]:
        for c in claims_:
            if c.event is not None and not c.event.statement:
                predicted["by kind"]["dated event"].add(c.sentence)
            if c.figure is not None and cites_a_source(c):
                predicted["by kind"]["figure citing a source"].add(c.sentence)
            if c.figure is not None and parses_its_sentence(c):
                predicted["by kind"]["figure whose label reads the parse"].add(c.sentence)
            if c.quote is not None and len(c.quote.text.split()) > QUOTE_OPENING_WORDS:
                predicted["by kind"]["quote"].add(c.quote.text.strip())
        return predict(claims_)
    story_build.sentences_to_parse = recorded
    titles = getattr(story_build, "title_sentences_to_parse", None)  # absent before speed2

    def recorded_titles(claims_: Any) -> list[str]:
        out = titles(claims_)
        predicted["by kind"]["role title"].update(out)
        return out
    if titles is not None:
        story_build.title_sentences_to_parse = recorded_titles
    for method in ("put_article", "put_claims", "put_names", "put_stories", "put_sentence_vectors",
                   "add_raw", "articles", "claims", "sentence_vectors", "stories"):
        _wrap(SQLiteStore, method, f"store: {method}")
    transaction = SQLiteStore.transaction

    @contextmanager
    def timed_transaction(self: Any) -> Any:
        start = time.process_time()
        with transaction(self):
            CPU["store: transactions (begin, commit)"] += time.process_time() - start
            yield
            start = time.process_time()
        CPU["store: transactions (begin, commit)"] += time.process_time() - start
        CALLS["store: transactions (begin, commit)"] += 1
    SQLiteStore.transaction = timed_transaction
    return predicted


def run_pipeline(corpus: Path, vain: Path | None = None, parquet: bool = False) -> None:
    predicted = instrument()
    from crosscheck.engine import LocalExecutor, ingest_shards
    from crosscheck.pipeline import update_stories
    from crosscheck.store import open_store

    start = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "stages.db")
        ingest_shards([corpus], store, LocalExecutor(1),
                      parquet_dir=Path(tmp) / "parquet" if parquet else None)
        CPU["per-article stages (ingest_shards)"] = time.process_time() - start
        update_stories(store)
        store.close()
    total = time.process_time() - start
    CPU["story step (update_stories)"] = total - CPU["per-article stages (ingest_shards)"]
    print(f"{'stage':<52} {'CPU s':>7} {'calls':>8} {'share':>6}")
    for name in sorted(CPU, key=lambda n: -CPU[n]):
        print(f"{name:<52} {CPU[name]:7.2f} {CALLS[name]:8d} {CPU[name] / total:6.1%}")
    for name in ("  embed: texts", "  embed: padded tokens"):
        print(f"{name:<52} {'':>7} {CALLS[name]:8d}")
    print(f"{'all (models loaded on first use)':<52} {total:7.2f}")
    asked = _AskedParses.asked
    every = set().union(*predicted["by kind"].values())
    print(f"notes' batch: {len(every)} sentences predicted, {len(every - asked)} never asked for")
    for kind, sentences in sorted(predicted["by kind"].items()):
        print(f"  {kind}: {len(sentences)} predicted, {len(sentences - asked)} never asked for")
    print(f"notes' parses one by one: {sum(LONE_ASKERS.values())}, by the function that asked")
    for asker, n in LONE_ASKERS.most_common():
        print(f"  {asker}: {n}")
    if vain:
        vain.write_text("".join(json.dumps({"kind": kind, "sentence": s}, ensure_ascii=False) + "\n"
                                for kind, sentences in sorted(predicted["by kind"].items())
                                for s in sorted(sentences - asked)), encoding="utf-8")


def time_components(texts: list[str], batch_size: int) -> None:
    """Each component of the model alone over the Docs of the one before."""
    from crosscheck.claims.nlp import load_nlp

    nlp = load_nlp()
    names = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"]
    start = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    print(f"{'tokenizer':<16} {time.process_time() - start:7.2f}")
    for name in names:
        proc = nlp.get_pipe(name)
        start = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") \
            else [proc(d) for d in docs]
        print(f"{name:<16} {time.process_time() - start:7.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=200, help="the first N Baly articles")
    parser.add_argument("--spacy", action="store_true", help="time the model's components instead")
    parser.add_argument("--batch-size", type=int, default=16, help="with --spacy: texts per batch")
    parser.add_argument("--parquet", action="store_true",
                        help="run the per-article embed stage too, as a Parquet run does")
    parser.add_argument("--vain", type=Path,
                        help="write the sentences the notes' batch parsed for nothing here")
    args = parser.parse_args(argv)
    data = shared_data_or_say()
    if data is None:
        return 2
    with gzip.open(data / BALY, "rt", encoding="utf-8") as f:
        lines = [line for _, line in zip(range(args.limit), f)]
    if args.spacy:
        time_components([json.loads(line)["text"] for line in lines], args.batch_size)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "baly.jsonl"
        corpus.write_text("".join(lines), encoding="utf-8")
        run_pipeline(corpus, args.vain, args.parquet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
