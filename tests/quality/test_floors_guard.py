"""No quality floor may be lowered silently.

Every version of every ``quality/floors/*.json`` in git history is read; a
floor below the highest value it ever had fails this test unless the file's
``"_lowered"`` object names it with a reason.
"""

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = ROOT / "quality" / "floors"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def _history(path: Path) -> list[dict]:
    rel = path.relative_to(ROOT).as_posix()
    versions = []
    for commit in _git("log", "--format=%H", "--", rel).split():
        try:
            versions.append(json.loads(_git("show", f"{commit}:{rel}")))
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue  # deleted or broken in that commit
    return versions


def test_floor_files_are_valid():
    files = sorted(FLOORS.glob("*.json"))
    assert files, "no floors pinned"
    for path in files:
        floors = json.loads(path.read_text())
        for name, value in floors.items():
            if name == "_lowered":
                assert isinstance(value, dict) and all(isinstance(v, str) and v.strip()
                                                       for v in value.values())
            else:
                assert isinstance(value, (int, float)) and 0 <= value <= 1, (path.name, name)


def test_no_floor_is_lowered_silently():
    try:
        _git("rev-parse", "--git-dir")
    except (subprocess.CalledProcessError, FileNotFoundError):
        pytest.skip("not a git checkout: floor history cannot be read")
    for path in sorted(FLOORS.glob("*.json")):
        current = json.loads(path.read_text())
        explained = current.get("_lowered", {})
        for version in _history(path):
            for name, value in version.items():
                if name == "_lowered" or name in explained:
                    continue
                assert name in current, f"{path.name}: floor {name} removed without a reason"
                assert current[name] >= value, (
                    f"{path.name}: floor {name} lowered from {value} to {current[name]}; "
                    "explain it under \"_lowered\" or restore it")
