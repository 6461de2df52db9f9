"""The facts evaluation runs only the parts it is asked for."""

import json
from pathlib import Path

from crosscheck.eval import facts

GOLD = Path(__file__).resolve().parents[2] / "quality" / "gold" / "facts"


def _first_story_of(source: str, split: str, gold: Path) -> str:
    doc = json.loads((GOLD / source).read_text(encoding="utf-8"))
    (gold / source).write_text(json.dumps({"split": split, "stories": doc["stories"][:1]}),
                               encoding="utf-8")
    return f"allsides:{doc['stories'][0]['story']}"


def test_only_the_stories_of_the_split_asked_for_are_run(data_dir, tmp_path, monkeypatch):
    """Before, every part's stories were run (held-out included) and one printed."""
    dev = _first_story_of("allsides-dev.json", "dev", tmp_path)
    heldout = _first_story_of("allsides-heldout.json", "heldout", tmp_path)
    ran = []

    def recorded(stories):
        ran.append(sorted(s.name for s in stories))
        return [[] for _ in stories], [[] for _ in stories]

    monkeypatch.setattr(facts, "run", recorded)
    no_pairs = tmp_path / "no-pairs.json"
    one = facts.evaluate(data_dir, "dev", gold=tmp_path, statement_pairs=no_pairs)
    every = facts.evaluate(data_dir, "all", gold=tmp_path, statement_pairs=no_pairs)
    assert ran == [[dev], sorted([dev, heldout])]
    assert list(one) == ["dev"] and one["dev"] == every["dev"]
