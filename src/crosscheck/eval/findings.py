"""Precision and recall of the corroboration stage on the hand-written gold
findings in ``quality/gold/findings/`` (AllSides dev, recession-46 and the
sample corpus).

For every gold story the articles are cleaned, their claims extracted and
``corroborate`` run (with the gold's source groups, when it gives them); the
predicted findings are then matched to the gold items.

A finding matches a gold item when
- it has the same kind;
- one of the item's topic keywords occurs in the finding's topic or in the
  sentence of one of its claims (for roles, in the person's name instead:
  a role sentence names other people too, and 'Trump' in 'an official under
  President Trump' must not make a finding about the official match);
- its articles cover the item's sides: an article covers a side when it is one
  of the side's outlets and, if the side lists ``values`` (figures) or
  ``dates`` (events), one of the finding's claims from that article carries one
  of them (as its value or a bound, or as its resolved date);
- for a conflict or not-conflict item with two sides or more, at least two
  sides are covered, by at least two articles (a conflict must reach across
  the sides); for an agree or compatible item, at least two of its outlets
  are covered.

Scores:
- ``conflict``: every predicted conflict that matches a gold conflict is a
  true positive, every other predicted conflict a false one, whether it
  matches a non-conflict gold item or nothing at all, since a false conflict
  shown to a journalist is the costly error. Recall: gold conflicts matched.
- ``agreement`` (agree and compatible together): a predicted agree or
  compatible finding that matches a gold agree/compatible item is a true
  positive; one that matches a gold conflict is a false positive; one that
  matches no gold item is not counted, because the gold cannot list every
  agreement of a story. Recall: gold agree/compatible items matched.
- ``not_conflict.reported_as_conflict``: the tempting pairs (lower bounds
  against exact values, a figure and its revision, different subjects with
  one number, 'former' beside 'then-') that some conflict finding matched;
  ``agreement.reported_as_conflict`` the same for agree/compatible items.

Run: ``python -m crosscheck.eval.findings [--verbose]`` prints JSON; with
``--verbose`` every false conflict, missed item and violated item goes to
stderr, one JSON object a line.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from ..models import Article, Claim, Finding

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "quality" / "gold" / "findings"
SAMPLE = ROOT / "examples" / "sample"
AGREEMENT = ("agree", "compatible")


@dataclass
class GoldStory:
    """One story of the gold set: its articles by label, source groups, items."""

    name: str
    articles: dict[str, Article]
    items: list[dict]
    groups: dict[str, str] | None = None
    label: dict[str, str] = field(default_factory=dict)  # article id -> label

    def __post_init__(self) -> None:
        self.label = {a.id: name for name, a in self.articles.items()}


# -- loading -------------------------------------------------------------------

def _article(origin: str, text: str, title: str | None, outlet: str | None,
             published: str | None) -> Article:
    from ..clean import clean
    from ..models import RawDoc

    meta = {"title": title or "", "outlet": outlet or "", "published": published or ""}
    return clean(RawDoc.make(origin, "text", text, meta))


def _sample_articles() -> dict[str, Article]:
    """The sample corpus cleaned, keyed by origin (file name or record URL)."""
    from ..clean import clean
    from ..ingest import read_inputs
    from ..models import RawDoc

    out = {}
    for raw in read_inputs([SAMPLE]):
        if isinstance(raw, RawDoc):
            key = raw.origin if "://" in raw.origin else Path(raw.origin).name
            out[key] = clean(raw)
    return out


def load_gold(data: Path, gold: Path = GOLD) -> list[GoldStory]:
    allsides_path = data / "allsides-stories" / "allsides-stories-dev.jsonl"
    allsides = allsides_path.read_text(encoding="utf-8").splitlines()
    recession = json.loads((data / "recession-46" / "documents_recession.json").read_text(encoding="utf-8"))
    sample: dict[str, Article] | None = None
    stories = []
    for path in sorted(gold.glob("*.json")):
        for rec in json.loads(path.read_text(encoding="utf-8"))["stories"]:
            if rec["dataset"] == "allsides":
                story = json.loads(allsides[rec["line"]])
                assert story["story"] == rec["story"], f"{path.name}: story {rec['story']} moved"
                articles = {a["outlet"]: _article(f"allsides-{story['story']}-{a['outlet']}", a["text"],
                                                  a.get("title"), a["outlet"], story["date"])
                            for a in story["articles"]}
                name = f"allsides:{rec['story']}"
            elif rec["dataset"] == "recession":
                articles = {}
                for label, ref in rec["articles"].items():
                    item = recession[ref["index"]]
                    assert item["id"] == ref["id"], f"{path.name}: recession {ref['index']} moved"
                    articles[label] = _article(f"recession-{item['id']}", item["content"],
                                               item.get("title"), item.get("domain"), None)
                name = f"recession:{rec['story']}"
            else:
                sample = sample if sample is not None else _sample_articles()
                articles = {label: sample[ref] for label, ref in rec["articles"].items()}
                name = f"sample:{rec['story']}"
            groups = None
            if rec.get("groups"):
                groups = {a.id: a.id for a in articles.values()}
                for members in rec["groups"]:
                    for label in members:
                        groups[articles[label].id] = articles[members[0]].id
            stories.append(GoldStory(name, articles, rec["items"], groups))
    return stories


# -- matching ------------------------------------------------------------------

def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _carries(claim: Claim, side: Mapping) -> bool:
    """Does ``claim`` say what ``side`` says (its values or dates, when given)?"""
    if "values" in side:
        f = claim.figure
        return f is not None and any(_close(v, g) for v in (f.value, f.low, f.high) for g in side["values"])
    if "dates" in side:
        return claim.event is not None and claim.event.date in side["dates"]
    return True


def matches(finding: Finding, item: Mapping, story: GoldStory, claims: Mapping[str, Claim]) -> bool:
    """Does ``finding`` report on gold ``item``? (The rules are in the module docstring.)"""
    if finding.kind != item["kind"]:
        return False
    own = [claims[c] for c in finding.claims if c in claims]
    texts = [finding.topic.lower()] + [(c.role.person if c.role else c.sentence).lower() for c in own]
    if not any(k.lower() in t for k in item["topic"] for t in texts):
        return False
    covered: list[set[str]] = []
    for side in item["sides"]:
        outlets = set(side["outlets"])
        covered.append({c.article for c in own
                        if story.label.get(c.article) in outlets and _carries(c, side)})
    articles = set().union(*covered)
    if item["status"] in AGREEMENT or len(item["sides"]) == 1:
        return len(articles) >= 2
    return sum(1 for s in covered if s) >= 2 and len(articles) >= 2


# -- scoring -------------------------------------------------------------------

def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def score(stories: Sequence[GoldStory], predicted: Sequence[Sequence[Finding]],
          claims: Mapping[str, Claim], errors: list[dict] | None = None) -> dict[str, float]:
    """The figures of the module docstring; misses and false conflicts go to ``errors``."""
    errors = errors if errors is not None else []
    n = {k: 0 for k in ("c_tp", "c_fp", "c_gold", "c_found", "a_tp", "a_fp", "a_gold", "a_found",
                        "nc_gold", "nc_hit", "a_as_conflict")}
    for story, found in zip(stories, predicted):
        hit: dict[int, set[str]] = {}  # gold item index -> statuses of the findings matching it
        for f in found:
            if f.status not in ("conflict",) + AGREEMENT:
                continue
            matched = [i for i, item in enumerate(story.items) if matches(f, item, story, claims)]
            for i in matched:
                hit.setdefault(i, set()).add(f.status)
            statuses = {story.items[i]["status"] for i in matched}
            if f.status == "conflict":
                if "conflict" in statuses:
                    n["c_tp"] += 1
                else:
                    n["c_fp"] += 1
                    errors.append({"error": "false conflict", "story": story.name, "topic": f.topic,
                                   "note": f.note, "gold": sorted(statuses) or None})
            elif statuses & set(AGREEMENT):
                n["a_tp"] += 1
            elif "conflict" in statuses:
                n["a_fp"] += 1
                errors.append({"error": "conflict called " + f.status, "story": story.name,
                               "topic": f.topic, "note": f.note})
        for i, item in enumerate(story.items):
            got = hit.get(i, set())
            status = item["status"]
            summary = {"story": story.name, "kind": item["kind"], "topic": item["topic"][:3],
                       "sides": [s["says"] for s in item["sides"]]}
            if status == "conflict":
                n["c_gold"] += 1
                n["c_found"] += "conflict" in got
                if "conflict" not in got:
                    errors.append({"error": "missed conflict", **summary})
            elif status in AGREEMENT:
                n["a_gold"] += 1
                n["a_found"] += bool(got & set(AGREEMENT))
                n["a_as_conflict"] += "conflict" in got
                if not got & set(AGREEMENT):
                    errors.append({"error": "missed " + status, **summary})
            else:
                n["nc_gold"] += 1
                n["nc_hit"] += "conflict" in got
                if "conflict" in got:
                    errors.append({"error": "not-conflict reported as conflict", **summary})
    return {
        "conflict.precision": _ratio(n["c_tp"], n["c_tp"] + n["c_fp"]),
        "conflict.recall": _ratio(n["c_found"], n["c_gold"]),
        "conflict.n_gold": n["c_gold"],
        "conflict.n_predicted": n["c_tp"] + n["c_fp"],
        "agreement.precision": _ratio(n["a_tp"], n["a_tp"] + n["a_fp"]),
        "agreement.recall": _ratio(n["a_found"], n["a_gold"]),
        "agreement.n_gold": n["a_gold"],
        "agreement.n_predicted_scored": n["a_tp"] + n["a_fp"],
        "agreement.reported_as_conflict": n["a_as_conflict"],
        "not_conflict.n_gold": n["nc_gold"],
        "not_conflict.reported_as_conflict": n["nc_hit"],
    }


def evaluate(data: Path, errors: list[dict] | None = None) -> dict[str, float]:
    from ..claims import extract_claims_batch
    from ..corroborate import corroborate

    stories = load_gold(data)
    everything = [a for s in stories for a in s.articles.values()]
    by_article = dict(zip((a.id for a in everything), extract_claims_batch(everything)))
    claims = {c.id: c for found in by_article.values() for c in found}
    predicted = []
    for story in stories:
        own = [c for a in story.articles.values() for c in by_article[a.id]]
        predicted.append(corroborate(list(story.articles.values()), own, story.groups))
    return score(stories, predicted, claims, errors)


def main(argv: list[str] | None = None) -> int:
    from . import report_with_errors

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true",
                        help="print every false conflict, miss and violated item to stderr")
    args = parser.parse_args(argv)
    return report_with_errors("findings", evaluate, args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
