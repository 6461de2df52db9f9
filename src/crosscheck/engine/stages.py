"""The per-article stages as named, versioned functions over batches of records.

A *record* is a plain dict with the same keys at every step (:data:`RECORD_KEYS`),
so it pickles for a process pool and maps onto one Arrow schema for Ray Data
and Parquet. Three kinds travel:

* ``doc`` — one raw document and what the stages made of it;
* ``refusal`` — an input that was not read, or a document that could not be
  cleaned, with its one-line reason;
* ``end`` — the last record of a shard, so that whoever writes the results
  knows the shard is complete (the ledger records it only then).

The article and its claims travel as JSON text, the store's own encoding,
rather than as nested dicts: Arrow infers a struct type per batch, and a batch
whose claims are all quotes infers another type than one holding a figure, so
blocks would stop concatenating. The vector travels as little-endian float32
bytes (exact, 1,536 bytes), the sentence vectors as the blob the store keeps
(:mod:`crosscheck.sentence_vectors`), the MinHash as its hash values.

Every stage maps a batch to a batch of the same records in the same order and
leaves records that are not its business (refusals, end markers) untouched.
A stage with ``setup`` loads its model once per worker; its function receives
what ``setup`` returned.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from ..errors import CrosscheckError
from ..ingest import IngestOptions, read_path
from ..models import Article, RawDoc, Refusal
from ..pipeline import CLAIMS_VERSION, CLEANER, analysed_in_english, too_short

__all__ = ["Stage", "STAGES", "STORE_STAGES", "RECORD_KEYS", "BATCH_SIZE", "read_shard",
           "run_stages", "setup_all", "doc_record", "refusal_record", "end_record"]

Record = dict[str, Any]

#: Records per batch through the stages. spaCy reads news fastest in batches
#: of 16-32 (claims.nlp.BATCH_SIZE, measured), and small batches spread a
#: shard evenly over the workers: 1,000 articles in batches of 200 would keep
#: one of two workers idle for a fifth of the run.
BATCH_SIZE = 32

#: The keys of every record, whatever its kind and however far it went.
RECORD_KEYS = ("kind", "shard", "origin", "id", "raw", "reason", "article", "claims", "names",
               "vector", "sentences", "minhash", "shingles", "made_by")


@dataclass(frozen=True)
class Stage:
    """One per-article stage: ``run(records, context) -> records``.

    ``version`` is recorded with what the stage made (``made_by``), so a result
    says which version of which stage produced it. ``setup`` runs once per
    worker (an actor on Ray, a process of the pool) and returns ``context``.
    Both functions must be module-level, so that they pickle by reference.
    """

    name: str
    version: str
    run: Callable[[list[Record], Any], list[Record]]
    setup: Callable[[], Any] | None = None


def _record(kind: str, shard: str, origin: str, **values: Any) -> Record:
    record = dict.fromkeys(RECORD_KEYS)
    record.update(kind=kind, shard=shard, origin=origin, made_by=[], **values)
    return record


def doc_record(shard: str, raw: RawDoc) -> Record:
    return _record("doc", shard, raw.origin, id=raw.id,
                   raw=json.dumps(asdict(raw), ensure_ascii=False, sort_keys=True))


def refusal_record(shard: str, refusal: Refusal) -> Record:
    return _record("refusal", shard, refusal.origin, reason=refusal.reason)


def end_record(shard: str) -> Record:
    return _record("end", shard, shard)


# -- the source step -----------------------------------------------------------

def read_shard(shard: str, options: IngestOptions = IngestOptions(),
               batch_size: int = BATCH_SIZE) -> Iterator[list[Record]]:
    """The records of one shard in batches, streamed (WARC and JSON Lines are
    read record by record), then one batch holding the shard's end marker."""
    batch: list[Record] = []
    for item in read_path(Path(shard), options):
        batch.append(refusal_record(shard, item) if isinstance(item, Refusal)
                     else doc_record(shard, item))
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch
    yield [end_record(shard)]


# -- the runner ----------------------------------------------------------------

def setup_all(stages: Sequence[Stage]) -> list[Any]:
    """Each stage's context, its model loaded: once per worker."""
    return [stage.setup() if stage.setup else None for stage in stages]


def run_stages(stages: Sequence[Stage], contexts: Sequence[Any],
               records: list[Record]) -> list[Record]:
    """Run ``stages`` over one batch, checking what each returns."""
    for stage, context in zip(stages, contexts):
        try:
            out = stage.run(records, context)
        except Exception as exc:
            raise CrosscheckError(
                f"stage {stage.version} failed on a batch of {len(records)} records from "
                f"{records[0]['shard']} ({type(exc).__name__}: {exc}); the shard is not marked "
                "finished, so fix the cause and run the same command again") from exc
        if len(out) != len(records) or any(a["origin"] != b["origin"]
                                            for a, b in zip(out, records)):
            raise CrosscheckError(f"stage {stage.version} returned other records than it was "
                                  "given; a stage must keep every record, in order")
        records = out
    return records


# -- the stages ------------------------------------------------------------------

def _docs(records: list[Record], needs: str) -> list[Record]:
    return [r for r in records if r["kind"] == "doc" and r[needs] is not None]


def _article(record: Record) -> Article:
    return Article.from_dict(json.loads(record["article"]))


def _clean(records: list[Record], context: None) -> list[Record]:
    from ..clean import clean

    out = []
    for record in records:
        if record["kind"] != "doc":
            out.append(record)
            continue
        try:
            article = clean(RawDoc(**json.loads(record["raw"])))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            # Word for word what pipeline._write records, so both paths store the same refusal.
            refusal = Refusal(record["origin"], f"could not be cleaned ({type(exc).__name__}: "
                                                f"{exc}); please report this input")
            # The raw stays on the record: the document was read, and is counted so.
            out.append(refusal_record(record["shard"], refusal) | {"id": record["id"],
                                                                   "raw": record["raw"]})
            continue
        short = too_short(article)
        if short:
            out.append(refusal_record(record["shard"], Refusal(record["origin"], short))
                       | {"id": record["id"], "raw": record["raw"]})
            continue
        out.append(record | {"article": json.dumps(article.to_dict(), ensure_ascii=False,
                                                   sort_keys=True),
                             "made_by": record["made_by"] + [CLEANER]})
    return out


def _load_nlp() -> Any:
    from ..claims import load_nlp

    return load_nlp()


def _claims(records: list[Record], nlp: Any) -> list[Record]:
    from ..claims import extract_claims_and_entities_each
    from ..group.features import encode_names, names_of

    every = _docs(records, "article")
    # Articles not in English are kept with no claims, as pipeline.extract keeps them.
    docs = [r for r in every if analysed_in_english(_article(r))]
    articles = [_article(r) for r in docs]
    # Claims do not depend on how articles are batched (checked on 300 Baly
    # articles: one batch and batches of 37 give equal claims).
    found = extract_claims_and_entities_each(articles, nlp=nlp)
    # An article whose claims failed keeps its record, with no claims and the
    # reason (stored as a refusal, as pipeline.extract stores it). The names
    # story grouping keys the article by come from the same pass (stored,
    # so that the story stage runs no spaCy pass of its own).
    made = {id(r): (json.dumps([c.to_dict() for c in got[0]], ensure_ascii=False,
                               sort_keys=True), None,
                    encode_names(article, names_of(got[1], got[2])))
            if not isinstance(got, str) else ("[]", got, None)
            for r, article, got in zip(docs, articles, found)}
    made.update({id(r): ("[]", None, None) for r in every if id(r) not in made})
    return [r | {"claims": made[id(r)][0], "reason": made[id(r)][1], "names": made[id(r)][2],
                 "made_by": r["made_by"] + [CLAIMS_VERSION]}
            if id(r) in made else r for r in records]


def _load_embedder() -> Callable:
    from ..embed import embed

    embed(["warm-up"])  # builds the ONNX session now, once per worker (embed caches it)
    return embed


def _embed(records: list[Record], embed: Callable) -> list[Record]:
    import numpy as np

    # The text story grouping embeds (title + lead), so a later grouping step can reuse
    # these vectors instead of embedding every article again.
    from ..embed import reusing_vectors
    from ..group.features import lead_text
    from ..models import Claim
    from ..sentence_vectors import embed_sentences

    docs = _docs(records, "article")
    # Vectors do not depend on batching either: one call over 96 leads and calls
    # of 7 give bit-identical float32 rows (onnxruntime, int8 MiniLM).
    articles = [_article(r) for r in docs]
    leads = [lead_text(a) for a in articles]
    claims = [Claim.from_dict(c) for r in docs for c in json.loads(r["claims"] or "[]")]
    with reusing_vectors():  # the leads are embedded once, for both below
        vectors = embed(leads)
        # Every sentence the story stages read, once per article, for every
        # build of its story to reuse (the store keeps them), and the lead,
        # for the story features to reuse (before v3 they embedded it again).
        sentences = embed_sentences(articles, claims, also=[[lead] for lead in leads])
    made = {id(r): (np.asarray(v, dtype="<f4").tobytes(), blob)
            for r, v, blob in zip(docs, vectors, sentences)}
    return [r | {"vector": made[id(r)][0], "sentences": made[id(r)][1],
                 "made_by": r["made_by"] + [EMBED_VERSION]}
            if id(r) in made else r for r in records]


def _minhash(records: list[Record], context: None) -> list[Record]:
    from ..group.relations import minhash_of as minhash, shingles

    out = []
    for record in records:
        if record["kind"] != "doc" or record["article"] is None:
            out.append(record)
            continue
        sets = shingles(json.loads(record["article"])["text"])
        out.append(record | {"minhash": [int(h) for h in minhash(sets).hashvalues],
                             "shingles": len(sets),
                             "made_by": record["made_by"] + [MINHASH_VERSION]})
    return out


def _embed_version() -> str:
    from ..embed import MODEL_ID

    # v2: also every sentence the story stages read, as float16 (sentence_vectors).
    # v3: also the lead's vector among them, which the story features read.
    return f"embed.{MODEL_ID}.v3"


def _minhash_version() -> str:
    from ..group.relations import NUM_PERM, SHINGLE_WORDS

    # The signature is only comparable with one made by the same shingling and permutations.
    return f"minhash.{SHINGLE_WORDS}w{NUM_PERM}p.v1"


EMBED_VERSION = _embed_version()
MINHASH_VERSION = _minhash_version()

#: What the store keeps: articles and their claims. Not the sentence vectors:
#: embedding every sentence here cost 97.1 CPU s instead of 39.1 for the first
#: 200 Baly articles (193 stories, 6 of several articles), to save 3.3 s of
#: story builds; a story of one article compares no sentences, so the first
#: build that does makes its members' vectors and the store keeps them.
STORE_STAGES: tuple[Stage, ...] = (
    Stage("clean", CLEANER, _clean),
    Stage("claims", CLAIMS_VERSION, _claims, setup=_load_nlp),
)
#: Every per-article stage, run when an archive is read in one go with
#: Parquet output: every per-article result is made up front, on the workers,
#: sentence vectors included (about 0.29 CPU s per Baly article), and the store
#: keeps those, with each article's lead vector among them (the story
#: features read it there instead of embedding the lead again); MinHash
#: signatures go to Parquet only.
STAGES: tuple[Stage, ...] = STORE_STAGES + (
    Stage("embed", EMBED_VERSION, _embed, setup=_load_embedder),
    Stage("minhash", MINHASH_VERSION, _minhash),
)
