"""The ``crosscheck`` command: thin wrappers over the library's public functions.

One module per kind of command (reading articles in, reading the store, serving
it), registered on one Typer app here. Progress bars and reports go to stderr, so
that stdout carries only the requested output (JSON stays machine-readable when
piped).
"""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from .. import __version__
from ..errors import CrosscheckError
from .browse import articles, brief, export_command, schema_command, show, stories
from .common import Command, err, in_command_terms
from .reading import ingest_command, run, watch_command
from .serve import serve

app = typer.Typer(
    help="crosscheck reads many news articles about the same events and tells what is "
         "established, what is disputed and who says what, every statement traced to its "
         "sources.\n\nStart with: crosscheck run FOLDER --format md",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    # Markdown: a docstring's lines are joined into paragraphs, rewrapped to the
    # terminal's width (the "rich" mode kept each source line break).
    rich_markup_mode="markdown")


def version() -> None:
    """Print crosscheck's version."""
    sys.stdout.write(f"crosscheck {__version__}\n")


# In the order of `crosscheck --help`.
for name, command in (("run", run), ("ingest", ingest_command), ("brief", brief),
                      ("articles", articles), ("show", show), ("stories", stories),
                      ("serve", serve), ("watch", watch_command), ("export", export_command),
                      ("schema", schema_command), ("version", version)):
    app.command(name, cls=Command)(command)


def main() -> None:
    try:
        app()
    except CrosscheckError as exc:
        err.print(f"crosscheck: {escape(in_command_terms(str(exc), exc.remedy))}", soft_wrap=True)
        raise SystemExit(2) from None
