"""The commands that read the store: brief, articles, show, stories, export, and
schema (the brief document's JSON Schema)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..contract import brief_document, schema_text
from ..export import FORMATS as EXPORT_FORMATS, TABLES, export
from ..lookup import find_article, find_story
from .common import FORMATS, DbOption, choice, find_or_hint, open_to_read, write_document


def brief(story: Annotated[str, typer.Argument(
        metavar="STORY", help="The story id, or its first characters if no other story "
                              "id starts with them (see: crosscheck stories).")],
          db: DbOption = "crosscheck.db",
          format: Annotated[str, typer.Option("--format", "-f", callback=FORMATS, metavar="json|md|html",
                                              help="Output format: md, json or html.")]
          = "md") -> None:
    """Print one story's brief: cited sentences, discrepancy report (conflicts first),
    corroborated findings, timeline and sources, as Markdown, JSON or one HTML file."""
    with open_to_read(db) as store:
        found = find_or_hint(lambda: find_story(store, story), f"crosscheck stories --db {db}")
        write_document(brief_document(store, [found]), format)


def articles(db: DbOption = "crosscheck.db",
             as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
             = False) -> None:
    """List the articles in the store: id, date, outlet, title."""
    with open_to_read(db) as store:
        for a in store.articles():
            if as_json:
                sys.stdout.write(json.dumps({"id": a.id, "published": a.published,
                                             "outlet": a.outlet, "title": a.title,
                                             "origin": a.origin}, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(f"{a.id}  {a.published or '----------':10}  "
                                 f"{(a.outlet or '-')[:24]:24}  {a.title or '(untitled)'}\n")


def show(article: Annotated[str, typer.Argument(
        metavar="ARTICLE", help="The article id, or its first characters if no other "
                                "article id starts with them (see: crosscheck articles).")],
         db: DbOption = "crosscheck.db") -> None:
    """Print one article as JSON: metadata, cleaned text, and the removed fragments."""
    with open_to_read(db) as store:
        a = find_or_hint(lambda: find_article(store, article), f"crosscheck articles --db {db}")
        sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False, indent=2) + "\n")


def stories(db: DbOption = "crosscheck.db") -> None:
    """List the stories in the store, newest first: id, dates, number of articles, headline."""
    with open_to_read(db) as store:
        for s in store.stories():
            span = s.first_date if s.first_date == s.last_date else \
                f"{s.first_date or '?'}..{s.last_date or '?'}"
            sys.stdout.write(f"{s.id}  {span or '----------':22}  {len(s.articles):3}  "
                             f"{s.headline}\n")


def export_command(
    what: Annotated[str, typer.Option(
        "--what", callback=choice(*TABLES), metavar="|".join(TABLES),
        help="Which records: one row per article, claim, finding or story.")],
    format: Annotated[str, typer.Option(
        "--format", "-f", callback=choice(*EXPORT_FORMATS), metavar="|".join(EXPORT_FORMATS),
        help="csv, jsonl (JSON Lines), or parquet (pip install 'crosscheck[parquet]').")]
    = "csv",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE", dir_okay=False,
        help="Write to FILE instead of stdout.")] = None,
    db: DbOption = "crosscheck.db",
) -> None:
    """Write the store's articles, claims, findings or stories as one flat table, for
    your own tools (a spreadsheet, pandas, DuckDB). Lists and objects in a cell are JSON
    text in CSV and Parquet."""
    with open_to_read(db) as store:
        if output is None:
            sys.stdout.flush()
            export(store, what, format, sys.stdout.buffer)
        else:
            with open(output, "wb") as out:
                export(store, what, format, out)


def schema_command() -> None:
    """Print the JSON Schema of the crosscheck/brief/1 document that run --format json
    prints and the HTTP API returns (shipped in the package)."""
    sys.stdout.write(schema_text())
