"""Quality evaluations: scripts that score crosscheck against gold sets.

Each module is runnable (``python -m crosscheck.eval.NAME``) and importable by
the quality gates under ``tests/quality/``. Gold data lives in
``../shared/data`` (never committed here); :func:`shared_data` finds it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Callable


def shared_data() -> Path | None:
    """The shared data folder: ``$CROSSCHECK_SHARED_DATA``, else ``../shared/data``
    beside the repository; None when absent (outside CI)."""
    env = os.environ.get("CROSSCHECK_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared" / "data")
    for path in candidates:
        if path.is_dir():
            return path
    return None


FLOORS_DIR = Path(__file__).resolve().parents[3] / "quality" / "floors"


def read_floors(name: str) -> tuple[dict[str, float], dict[str, str]]:
    """The pinned floors of ``quality/floors/NAME.json`` and the reasons given
    under ``_lowered`` for floors below their goals ({} and {} if no file)."""
    import json

    path = FLOORS_DIR / f"{name}.json"
    if not path.is_file():
        return {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k != "_lowered"}, data.get("_lowered", {})


def part_of(metric: str) -> str:
    """The gold part a floor's name begins with: "dev5" of "dev5.quote.linked",
    "" for a metric named by no part ("exact_day")."""
    return metric.split(".", 1)[0] if "." in metric else ""


def report_with_errors(name: str, evaluate: Callable[[Path, list[dict]], dict],
                       verbose: bool) -> int:
    """What ``main()`` does for an evaluation that lists its errors: the scores
    of ``evaluate(data, errors)`` printed as JSON under ``name``, and with
    ``verbose`` each error, one JSON object a line, on stderr. 2 (with a line
    saying so) when the shared data is absent."""
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to evaluate", file=sys.stderr)
        return 2
    errors: list[dict] = []
    results = evaluate(data, errors)
    if verbose:
        for e in errors:
            print(json.dumps(e, ensure_ascii=False), file=sys.stderr)
    print(json.dumps({name: results}, indent=2))
    return 0
