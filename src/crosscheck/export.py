"""The store's records as flat tables, for a researcher's own tools: CSV,
JSON Lines, or Parquet (with the ``parquet`` extra).

``export_rows(store, what)`` yields one flat dict per article, claim, finding
or story; ``export(store, what, format, out)`` writes them. Every row of a
table has the same columns. A list or object (an article's agencies, a claim's
figure) stays JSON in JSON Lines and becomes JSON text in a CSV or Parquet cell.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any, BinaryIO, Iterator

from .errors import InputError
from .store import Store

#: What can be exported, and in which formats.
TABLES = ("articles", "claims", "findings", "stories")
FORMATS = ("csv", "jsonl", "parquet")

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "origin", "url", "outlet", "title", "byline", "published",
                 "published_inferred", "published_inferred_reason", "dateline", "dateline_date",
                 "agencies", "cited_media",
                 "relations", "text", "removed", "stage"),
    "claims": ("id", "article", "kind", "sentence", "span_start", "span_end", "attribution",
               "value", "extractor"),
    "findings": ("story", "id", "kind", "topic", "status", "note", "independent_sources",
                 "articles", "claims"),
    "stories": ("id", "headline", "first_date", "last_date", "articles", "sources",
                "conflicts"),
}

# Articles and claims are read this many articles at a time: what is held in
# memory at once, whatever the size of the store.
BATCH = 1000


def export_rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    """One flat dict per record of ``what`` (one of :data:`TABLES`), with the
    columns :data:`COLUMNS` names, in store order."""
    if what not in TABLES:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(TABLES)}")
    if what == "stories":
        yield from store.story_summaries()
        return
    if what == "findings":
        for story in store.stories():
            for f in story.findings:
                yield {"story": story.id, "id": f.id, "kind": f.kind, "topic": f.topic,
                       "status": f.status, "note": f.note,
                       "independent_sources": f.independent_sources,
                       "articles": list(f.articles), "claims": list(f.claims)}
        return
    ids = store.article_ids()
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        if what == "articles":
            for a in store.articles(batch):
                row = a.to_dict()
                yield {column: row.get(column) for column in COLUMNS["articles"]}
        else:
            for c in store.claims(batch):
                value = getattr(c, c.kind, None)
                yield {"id": c.id, "article": c.article, "kind": c.kind,
                       "sentence": c.sentence, "span_start": c.span[0], "span_end": c.span[1],
                       "attribution": c.attribution,
                       "value": asdict(value) if value is not None else None,
                       "extractor": c.extractor}


def export(store: Store, what: str, format: str, out: BinaryIO) -> int:
    """Write ``what`` from ``store`` to the binary stream ``out`` as ``format``
    (one of :data:`FORMATS`); returns the number of rows written."""
    if format not in FORMATS:
        raise InputError(f"cannot write {format!r}: choose one of {', '.join(FORMATS)}")
    rows = export_rows(store, what)
    if format == "parquet":
        return _write_parquet(rows, COLUMNS[what], out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    count = 0
    try:
        if format == "jsonl":
            for row in rows:
                text.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        else:
            writer = csv.DictWriter(text, fieldnames=COLUMNS[what])
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _cell(v) for k, v in row.items()})
                count += 1
    finally:
        text.detach()  # ``out`` stays open: it belongs to the caller
    return count


def _cell(value: Any) -> Any:
    """A CSV or Parquet cell: lists and objects as JSON text, the rest as they are."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_parquet(rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
                   out: BinaryIO) -> int:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise InputError("writing Parquet needs pyarrow, which is an extra: "
                         "pip install 'crosscheck[parquet]' (or export csv or jsonl)") from None
    table = pyarrow.Table.from_pylist([{k: _cell(v) for k, v in row.items()} for row in rows],
                                      schema=None)
    if table.num_columns == 0:  # no rows: still the table's columns, as text
        table = pyarrow.table({c: pyarrow.array([], pyarrow.string()) for c in columns})
    pyarrow.parquet.write_table(table, out)
    return table.num_rows
