"""What the commands share: the stderr console, the options several of them take,
and the few steps every reading command goes through."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from typer.core import TyperArgument, TyperCommand, types

from ..errors import NoStore, NotFound, ReadOnlyStore, Remedy, worded
from ..render import to_html, to_markdown
from ..store import open_store

#: Progress bars and reports go to stderr, so that stdout carries only the requested
#: output (JSON stays machine-readable when piped).
err = Console(stderr=True, highlight=False)

DbOption = Annotated[str, typer.Option(
    "--db", envvar="CROSSCHECK_DB", metavar="PATH_OR_URL",
    help="The store: a file path for the embedded SQLite store (created if missing), "
         "or a postgresql://user@host/database URL (pip install 'crosscheck[postgres]').")]
MaxSize = Annotated[float, typer.Option(
    "--max-size", metavar="MB", min=0.001,
    help="Refuse files (and WARC records) larger than this many megabytes.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or report.")]
OutletOption = Annotated[Optional[str], typer.Option(
    "--outlet", metavar="NAME",
    help="The outlet of every file of this run that states none (a masthead, a header line "
         "or a record's source field is always read first).")]
SourcesOption = Annotated[Optional[Path], typer.Option(
    "--sources", metavar="FILE", exists=True, dir_okay=False,
    help="A mapping file (sources.toml or .json) naming the outlet of folders and file "
         "patterns; one at the top of a folder argument is read without this option.")]
AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private",
    help="Let URL arguments reach loopback, private and link-local addresses (refused by "
         "default: a page must not make crosscheck read this machine or its network).")]


class Command(TyperCommand):
    """Every command's class: its --help writes the positional arguments as they
    are typed. typer 0.28 writes a required one in braces and without the "..."
    of one given many times ("Usage: crosscheck ingest [OPTIONS] {PATH_OR_URL}"),
    and puts the name of a text's type ("<str>") beside its name in the Arguments
    panel, where the name and help already say what it is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument) and param.type is types.STRING:
                param.type = _TEXT

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:
        # click's usage, but for the arguments: "PATH_OR_URL...", "[NAME]" when optional
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if not isinstance(param, TyperArgument):
                pieces.extend(param.get_usage_pieces(ctx))
                continue
            name = (param.metavar or str(param.name).upper()) + ("..." if param.nargs != 1 else "")
            pieces.append(name if param.required else f"[{name}]")
        return pieces


class _Text(types.StringParamType):
    """Text as typer reads it, with no type name in --help (for None, typer writes "<str>")."""

    def get_metavar(self, param, ctx) -> str:
        return ""


_TEXT = _Text()


def choice(*words: str):
    """An option's check that its value is one of ``words`` (in any case); anything
    else is refused in one plain sentence naming them ("choose json, md or html,
    not 'pdf'")."""
    *first, last = words

    def check(value: str | None) -> str | None:
        if value is None or value.lower() in words:
            return value and value.lower()
        raise typer.BadParameter(f"choose {', '.join(first)} or {last}, not {value!r}")
    return check


FORMATS = choice("json", "md", "html")


def write_document(document: dict, format: str) -> None:
    if format == "json":
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif format == "md":
        sys.stdout.write(to_markdown(document))
    else:
        sys.stdout.write(to_html(document))


def open_to_read(db: str):
    """The store at ``db`` for a command that only reads: never made here, so that
    a mistyped --db is not answered by a new, empty store."""
    try:
        return open_store(db, create=False)
    except ReadOnlyStore:  # reading needs no writing
        return open_store(db, read_only=True)
    except NoStore as exc:
        raise NoStore(f"{exc}; make one with: crosscheck ingest PATH --db {db}") from None


#: Library messages name a setting in the library's terms (a keyword argument,
#: a class); on the command line the option that does the same is named instead.
#: tests/test_cli.py checks that a real library message names each of them.
OPTION_OF_REMEDY = {
    Remedy.RAISE_MAX_BYTES: "raise --max-size",
    Remedy.ALLOW_PRIVATE: "pass --allow-private",
    Remedy.USE_LOCAL_EXECUTOR: "use --engine local",
    Remedy.LEAVE_OUT_PARQUET: "leave out --parquet",
}


def in_command_terms(message: str, remedy: Remedy | None = None) -> str:
    """A library message (an error, a refusal's reason) with the setting it names
    given as this command's option: "raise max_bytes" -> "raise --max-size"."""
    return worded(message, OPTION_OF_REMEDY, remedy)


def find_or_hint(find, listing: str):
    """``find()``, its NotFound saying which command lists what there is."""
    try:
        return find()
    except NotFound as exc:
        raise NotFound(f"{exc} (list them with: {listing})") from None
