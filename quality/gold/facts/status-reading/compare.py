"""Sets the second reading (readings.json) beside the gold status of each item
of the blind sheet (key.json): agreement, Cohen's kappa and the confusion
table, over all items and by part, and kappa of agree vs compatible alone and
of conflict vs not. Prints it, and writes it to the file named as the
argument if one is given. comparison.json is the comparison against the gold
as it was when the reading was first compared, and is never overwritten: a
later run against the corrected gold names another file (as
comparison-after-adjudication.json was written).

Run from the repository: ``python quality/gold/facts/status-reading/compare.py [OUT]``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
STATUSES = ("agree", "compatible", "conflict")


def gold_statuses(key: dict) -> dict[str, str]:
    """The gold status of every sheet item, read from the gold files as they are now."""
    facts = {}
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for rec in doc["stories"]:
            name = _story_name(rec)
            for i, f in enumerate(_kept_facts(rec)):
                facts[(doc.get("split"), name, i)] = f["status"]
    return {item: facts[(k["split"], k["story"], k["fact"])] for item, k in key.items()}


def _story_name(rec: dict) -> str:
    # As crosscheck.eval.facts.load_fact_gold names stories.
    if rec["dataset"] == "allsides":
        return f"allsides:{rec['story']}"
    if rec["dataset"] == "baly":
        return "baly:" + "+".join(sorted(rec["articles"]))
    return f"{rec['dataset']}:{rec.get('event', rec.get('story'))}"


def _kept_facts(rec: dict) -> list[dict]:
    # The facts load_fact_gold keeps (two written mentions or more), in order.
    return [f for f in rec["facts"] if sum(isinstance(m, dict) for m in f["mentions"]) >= 2]


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two readers' labels."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[s] * second[s] for s in set(first) | set(second)) / n / n
    return None if expected == 1 else round((observed - expected) / (1 - expected), 3)


def summary(pairs: list[tuple[str, str]]) -> dict:
    table = Counter(pairs)
    return {"items": len(pairs),
            "agreement": round(sum(a == b for a, b in pairs) / len(pairs), 3),
            "kappa": kappa(pairs),
            # rows: the gold (first reading), columns: the second reading
            "confusion": {g: {r: table[(g, r)] for r in STATUSES} for g in STATUSES}}


def main() -> None:
    key = json.loads((HERE / "key.json").read_text(encoding="utf-8"))
    second = json.loads((HERE / "readings.json").read_text(encoding="utf-8"))["readings"]
    gold = gold_statuses(key)
    pairs = {item: (gold[item], second[item]["status"]) for item in key}
    out = {"all": summary(list(pairs.values()))}
    for part in sorted({k["split"] for k in key.values()}):
        out[part] = summary([p for i, p in pairs.items() if key[i]["split"] == part])
    two = [p for p in pairs.values() if "conflict" not in p]
    out["agree_vs_compatible"] = {"items": len(two), "kappa": kappa(two)}
    binary = [tuple("conflict" if s == "conflict" else "not" for s in p) for p in pairs.values()]
    out["conflict_vs_not"] = {"items": len(binary), "kappa": kappa(binary)}
    out["disagreements"] = {i: {"gold": g, "second": s, "why": second[i]["why"]}
                            for i, (g, s) in pairs.items() if g != s}
    text = json.dumps(out, indent=1, ensure_ascii=False) + "\n"
    if len(sys.argv) > 1:
        name = sys.argv[1]
        if Path(name).name == "comparison.json":
            sys.exit("compare.py: comparison.json keeps the first comparison and is not "
                     "overwritten; name another file")
        (HERE / name).write_text(text, encoding="utf-8")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
