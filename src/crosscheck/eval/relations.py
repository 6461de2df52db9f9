"""Relations between articles (copies) against the hand-read relations gold.

    python -m crosscheck.eval.relations [--split dev|dev2|...|dev6|heldout|heldout2|heldout3|all] [--verbose]

The gold (``quality/gold/relations/{dev,dev2,...,dev6,heldout,heldout2,heldout3}.json``) lists pairs of
articles of one group (an ECB+ event, an AllSides story, recession-46, a
handful of Baly et al. articles on one event, given by id), each a
copy of one kind (``syndicated``, ``rewrite``, ``same-wire``) or
``independent`` (the same event in each outlet's own words). The engine runs
on every article of the group, cleaned as the pipeline cleans them (so the
credit lines are read), through :func:`crosscheck.group.find_links`, as a
story build does; only the gold's pairs are scored, since the others were not
judged.

Counting (a predicted ``duplicate`` is a ``syndicated`` copy: the gold does
not tell a re-encoded copy from a trimmed one):

- ``KIND.recall``: gold pairs of KIND predicted as KIND, over gold pairs of KIND;
- ``KIND.precision``: pairs predicted as KIND that are gold KIND, over pairs
  predicted as KIND among the judged pairs;
- a gold copy predicted as another copy kind is a miss for its kind and a
  false positive for the predicted one; it is also counted apart, as
  ``copy.wrong_kind`` (share of gold copies found with the wrong kind), since
  for counting sources a copy of the wrong kind still counts once;
- ``copy.precision`` / ``copy.recall``: any copy kind against any gold copy
  kind ("copy vs independent", what source counting rests on);
- ``same-wire.credited.recall`` / ``same-wire.uncredited.recall``: gold
  same-wire pairs where at least one article names the agency, and where
  neither does (found from shared passages alone, or as another kind);
- ``independent.kept_apart``: gold independent pairs given no relation.

A precision with nothing predicted is reported as 1.0, with its counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from ..models import Article
from . import shared_data
from .findings import _article

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "quality" / "gold" / "relations"
#: dev is tuned on; dev2 too (rewrites and hard negatives added by reading,
#: kept apart so that dev's figures stay comparable with its floors); dev3
#: holds hard negatives only (one outlet naming or quoting the other); dev4
#: more rewrites and hard negatives read later (kept apart so that dev2's
#: floors stay comparable), judged before the engine ran on them; dev5 hard
#: negatives and a copy read the same way when the pair model proved the gold
#: too small (kept apart so that dev4's floors stay comparable); dev6 the
#: copies and hard negatives a simple search of the Baly articles found,
#: read when the pair model proved the gold too small again; heldout
#: was held out for the first rules and is tuned on since (its misses were
#: read); heldout2 was made after that and is not looked at while tuning;
#: heldout3 was made with dev6, measured once, and is tuned on since its
#: errors were read (session of 2026-12-01, sixth).
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "heldout", "heldout2", "heldout3")
COPY_KINDS = ("syndicated", "rewrite", "same-wire")
#: The engine's kinds as the gold names them.
PREDICTED_AS = {"duplicate": "syndicated", "syndicated": "syndicated", "rewrite": "rewrite",
                "same-wire": "same-wire"}


@dataclass
class GoldGroup:
    """One group of the gold: its articles by gold id and its judged pairs."""

    name: str
    split: str
    articles: dict[str, Article]
    pairs: list[dict]
    gold_id: dict[str, str] = field(default_factory=dict)  # article id -> gold id

    def __post_init__(self) -> None:
        self.gold_id = {a.id: gid for gid, a in self.articles.items()}


def _members(data: Path, dataset: str, group: Mapping, cache: dict) -> dict[str, tuple]:
    """(text, title, outlet, date) of every article of a gold group, by gold id."""
    if dataset == "ecbplus":
        if "ecbplus" not in cache:
            path = data / "ecbplus" / "ecbplus-dev.jsonl"
            cache["ecbplus"] = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()
                                if l.strip()]
        return {r["id"]: (r["text"], None, None, None) for r in cache["ecbplus"]
                if str(r["event"]) == group["event"]}
    if dataset == "allsides":
        if "allsides" not in cache:
            path = data / "allsides-stories" / "allsides-stories-dev.jsonl"
            cache["allsides"] = path.read_text(encoding="utf-8").splitlines()
        story = json.loads(cache["allsides"][group["line"]])
        assert story["story"] == group["story"], f"AllSides story {group['story']} moved"
        return {f"{story['story']}-{k}": (a.get("text") or "", a.get("title"), a.get("outlet"),
                                          story.get("date"))
                for k, a in enumerate(story["articles"])}
    if dataset == "baly":
        if "baly" not in cache:
            path = data / "baly-articles" / "baly-articles-8k.jsonl.gz"
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                cache["baly"] = {r["id"]: r for r in map(json.loads, lines) if r.get("id")}
        rows = [cache["baly"][i] for i in group["ids"]]
        return {r["id"]: (r["text"], r.get("title"), r.get("outlet"), r.get("date") or None)
                for r in rows}
    path = data / "recession-46" / "documents_recession.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    # Empty scrapes (paywalls that kept nothing) cannot be cleaned into articles.
    return {r["id"]: (r["content"], r.get("title"), r.get("domain"), None) for r in rows
            if (r.get("content") or "").strip()}


def load_relation_gold(data: Path, gold: Path = GOLD, split: str = "all") -> list[GoldGroup]:
    """The gold groups of ``split`` (one of :data:`SPLITS` or ``all``), articles cleaned."""
    cache: dict = {}
    groups = []
    for name in SPLITS if split == "all" else (split,):
        doc = json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))
        for rec in doc["groups"]:
            members = _members(data, rec["dataset"], rec, cache)
            articles = {gid: _article(f"{rec['dataset']}-{gid}", text, title, outlet, date)
                        for gid, (text, title, outlet, date) in sorted(members.items())}
            for p in rec["pairs"]:
                for side in (p["a"], p["b"]):
                    assert side in articles, f"{rec['group']}: {side} is not in the group"
            groups.append(GoldGroup(rec["group"], name, articles, rec["pairs"]))
    return groups


def predict(group: GoldGroup) -> dict[tuple[str, str], str]:
    """The engine's relation kind for each pair of the group, by sorted gold ids."""
    from ..group import find_links

    out = {}
    for link in find_links(list(group.articles.values())):
        a, b = sorted((group.gold_id[link.a], group.gold_id[link.b]))
        out[(a, b)] = PREDICTED_AS[link.kind]
    return out


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def score(groups: Sequence[GoldGroup], predicted: Sequence[Mapping[tuple[str, str], str]],
          errors: list[dict] | None = None) -> tuple[dict[str, float], dict[str, int]]:
    """The figures of the module docstring, and the counts behind them."""
    errors = errors if errors is not None else []
    n: Counter = Counter()
    for group, found in zip(groups, predicted):
        for p in group.pairs:
            gold, got = p["kind"], found.get(tuple(sorted((p["a"], p["b"]))))
            n[f"gold.{gold}"] += 1
            if got is not None:
                n[f"pred.{got}"] += 1
                n[f"hit.{got}"] += got == gold
            if gold == "independent":
                n["independent.apart"] += got is None
            else:
                n["copy.found"] += got is not None
                n["copy.wrong_kind"] += got is not None and got != gold
            if gold == "same-wire":
                state = "credited" if p.get("credited_by") else "uncredited"
                n[f"gold.same-wire.{state}"] += 1
                n[f"hit.same-wire.{state}"] += got == "same-wire"
            if got != gold and not (gold == "independent" and got is None):
                errors.append({"group": group.name, "a": p["a"], "b": p["b"], "gold": gold,
                               "predicted": got or "none", "why": p["why"]})
    figures = {}
    for kind in COPY_KINDS:
        figures[f"{kind}.precision"] = _ratio(n[f"hit.{kind}"], n[f"pred.{kind}"])
        figures[f"{kind}.recall"] = _ratio(n[f"hit.{kind}"], n[f"gold.{kind}"])
    for state in ("credited", "uncredited"):
        figures[f"same-wire.{state}.recall"] = _ratio(n[f"hit.same-wire.{state}"],
                                                      n[f"gold.same-wire.{state}"])
    gold_copies = sum(n[f"gold.{k}"] for k in COPY_KINDS)
    predicted_copies = sum(n[f"pred.{k}"] for k in COPY_KINDS)
    figures["copy.precision"] = _ratio(n["copy.found"], predicted_copies)
    figures["copy.recall"] = _ratio(n["copy.found"], gold_copies)
    figures["copy.wrong_kind"] = _ratio(n["copy.wrong_kind"], n["copy.found"])
    figures["independent.kept_apart"] = _ratio(n["independent.apart"], n["gold.independent"])
    return figures, dict(n)


def evaluate(data: Path, split: str = "all", errors: list[dict] | None = None,
             counts: dict[str, dict[str, int]] | None = None) -> dict[str, dict[str, float]]:
    """Figures by split: {"dev": {...}, "dev2": {...}, "heldout": {...}, ...}."""
    groups = load_relation_gold(data, split=split)
    by_split: dict[str, list[GoldGroup]] = defaultdict(list)
    for g in groups:
        by_split[g.split].append(g)
    out = {}
    for name, members in sorted(by_split.items()):
        figures, n = score(members, [predict(g) for g in members], errors)
        out[name] = figures
        if counts is not None:
            counts[name] = n
    return out


def _report(results: Mapping[str, Mapping[str, float]], counts: Mapping[str, Mapping[str, int]]
            ) -> str:
    lines = []
    for split, figures in results.items():
        n = counts.get(split, {})
        per_kind = ", ".join(f"{n.get('gold.' + k, 0)} {k}" for k in COPY_KINDS)
        lines.append(f"{split}: {sum(n.get('gold.' + k, 0) for k in COPY_KINDS)} copy pairs "
                     f"({per_kind}), {n.get('gold.independent', 0)} independent pairs")
        for kind in COPY_KINDS + ("copy",):
            hits = n.get("copy.found", 0) if kind == "copy" else n.get(f"hit.{kind}", 0)
            pred = sum(n.get(f"pred.{k}", 0) for k in COPY_KINDS) if kind == "copy" \
                else n.get(f"pred.{kind}", 0)
            gold = sum(n.get(f"gold.{k}", 0) for k in COPY_KINDS) if kind == "copy" \
                else n.get(f"gold.{kind}", 0)
            lines.append(f"  {kind:<11} P {figures[f'{kind}.precision']:.3f} ({hits}/{pred})"
                         f"  R {figures[f'{kind}.recall']:.3f} ({hits}/{gold})")
        for state in ("credited", "uncredited"):
            lines.append(f"  same-wire {state:<10} R {figures[f'same-wire.{state}.recall']:.3f} "
                         f"({n.get(f'hit.same-wire.{state}', 0)}/"
                         f"{n.get(f'gold.same-wire.{state}', 0)})")
        lines.append(f"  copies found with the wrong kind: {figures['copy.wrong_kind']:.3f} "
                     f"({n.get('copy.wrong_kind', 0)}/{n.get('copy.found', 0)})")
        lines.append(f"  independent pairs kept apart: {figures['independent.kept_apart']:.3f} "
                     f"({n.get('independent.apart', 0)}/{n.get('gold.independent', 0)})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--split", choices=SPLITS + ("all",), default="all")
    parser.add_argument("--verbose", action="store_true",
                        help="list every misjudged pair with the gold's reason")
    args = parser.parse_args(argv)
    data = args.data or shared_data()
    if data is None:
        print("../shared/data is absent: set CROSSCHECK_SHARED_DATA", file=sys.stderr)
        return 2
    errors: list[dict] = []
    counts: dict[str, dict[str, int]] = {}
    results = evaluate(data, args.split, errors, counts)
    print(_report(results, counts))
    if args.verbose:
        for e in errors:
            print(f"- {e['group']}: {e['a']} / {e['b']}: gold {e['gold']}, "
                  f"predicted {e['predicted']} ({e['why'][:140]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
