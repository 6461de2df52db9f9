"""Outlets the user names for files that state none: ``--outlet NAME`` for a
whole run, and mapping files that name the outlet of folders and file patterns.

A mapping file is ``sources.toml`` (or ``sources.json``) with one table::

    [outlets]
    "nation" = "Daily Nation"          # a folder: every file under it
    "wires/ap-*.txt" = "AP"            # a pattern (fnmatch) on the path
    "*.star.md" = "The Nairobi Star"   # a pattern on the file name

Keys are relative to the mapping file's folder. It is read by ``--sources
FILE``, and found by itself at the top of a folder given to ``ingest``/``run``
(that file is settings, not an article, so it is not read as one). The most
specific key wins: the longest one that matches.

What a file states always comes first: a masthead or a JSON ``source`` field
is the outlet even where a mapping names another; the user's name fills in.
"""

from __future__ import annotations

import os

import json
import tomllib
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from ..errors import InputError

__all__ = ["MAPPING_NAMES", "OutletMap", "read_mapping", "is_mapping_file"]

MAPPING_NAMES = ("sources.toml", "sources.json")


@dataclass(frozen=True)
class OutletMap:
    """(folder of the mapping file, key, outlet) rules, most specific first."""

    rules: tuple[tuple[str, str, str], ...] = ()

    def outlet_for(self, path: Path) -> str | None:
        if not self.rules:
            return None
        try:
            where = Path(path).resolve()
        except (OSError, RuntimeError):
            # A link that loops ("a -> a") resolves to nothing (RuntimeError
            # before Python 3.13, OSError since): the file is refused when it
            # is opened; no mapping names it.
            where = Path(os.path.abspath(path))
        for base, key, outlet in self.rules:
            try:
                relative = PurePosixPath(where.relative_to(base).as_posix())
            except ValueError:
                continue  # not under this mapping file's folder
            key = key.strip("/")
            if (key in (".", "") or relative.as_posix().startswith(key + "/")
                    or fnmatch(relative.as_posix(), key) or fnmatch(relative.name, key)):
                return outlet
        return None

    def merged(self, other: "OutletMap") -> "OutletMap":
        rules = sorted(self.rules + other.rules, key=lambda r: (-len(r[0]) - len(r[1]), r))
        return OutletMap(tuple(rules))


def read_mapping(path: str | Path) -> OutletMap:
    """The rules of one mapping file; a file that is not one is an InputError
    saying what to write."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"cannot read the outlet mapping {path}: {exc} "
                         "(write a table [outlets] of \"folder or pattern\" = \"Outlet\")") from exc
    table = data.get("outlets") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                              for k, v in table.items()):
        raise InputError(f"{path} holds no [outlets] table of \"folder or pattern\" = \"Outlet\"")
    base = str(path.resolve().parent)
    return OutletMap(()).merged(OutletMap(tuple((base, k, v.strip()) for k, v in table.items())))


def is_mapping_file(path: Path) -> bool:
    """A ``sources.toml``/``sources.json`` holding an ``outlets`` table."""
    if path.name not in MAPPING_NAMES:
        return False
    try:
        read_mapping(path)
    except InputError:
        return False
    return True
