"""Precision and recall of the claims stage per kind, on the hand-written gold
set in ``quality/gold/claims/``, and speaker accuracy of quotes on PolNeAR dev.

Matching rules (the gold files' "about" fields say how they were written):
- figure: same value (or same low bound, for a range) and the predicted
  subject contains one of the gold subject words;
- quote: the predicted text starts with the gold opening words (or is a prefix
  of them) and the speaker contains the gold speaker's last word (a gold
  speaker of null accepts any);
- role: same surname (that of the person a description refers to, when the
  claims stage resolved it) and the title contains one of the gold title words;
  ``former`` must agree when the gold item says it;
- event: same resolved date (null = null) and the event text contains one of
  the gold words.
A prediction matching an ``*_optional`` gold item counts neither way; any
other prediction that matches no gold item is a false positive.

The extra role gold (``roles-extra.json``, issue 12: role forms the other gold
does not show) is scored apart, for roles alone, per split: its articles are
cleaned as the pipeline cleans them, roles held by no named person are not
scored (it lists people's titles), and only its ``dev`` half's errors are
ever printed (the ``heldout`` half is measured, not read while tuning).

Raw text (the claims gold but the extra role gold, PolNeAR) is read with its
look-alike spaces made plain spaces, as the clean stage makes them, one
character for one so that offsets hold: a no-break space between a title and a
name ("Majority Leader\u00a0Chuck Schumer") hid the title from the claims stage
here and never in the pipeline (2 of the claims gold's 4 role misses).

PolNeAR: for every extracted quote whose text overlaps a gold Content span,
is the speaker the gold Source (one contains the other, or same last word)?
Sources that are bare pronouns are left out, since we name the person.

Run: ``python -m crosscheck.eval.claims [--no-polnear] [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Sequence

from ..claims import extract_claims_batch
from ..claims.org_roles import names_a_body
from ..claims.role_descriptions import is_description
# The clean stage's own table, so the eval cannot drift from the pipeline.
from ..clean import _SPACES as LOOK_ALIKE_SPACES
from ..models import Article, Claim, Role
from . import shared_data
from .findings import _article

GOLD = Path(__file__).resolve().parents[3] / "quality" / "gold" / "claims"
#: Roles alone, split by story into a tuned and a held-out half (its "about").
EXTRA_ROLES = GOLD / "roles-extra.json"
KINDS = ("figure", "quote", "role", "event")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"}


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]", " ", text)).strip()


def load_gold(data: Path, paths: Sequence[Path] | None = None, cleaned: bool = False
              ) -> list[tuple[Article, dict, int]]:
    """(article, gold record, end of the scored text) for every gold article of
    ``paths`` (every gold file but the extra role gold when None); ``cleaned``:
    each article as the pipeline's clean stage gives it, title and outlet as
    its metadata, instead of its raw text."""
    stories = [json.loads(line) for line in open(data / "allsides-stories" / "allsides-stories-dev.jsonl", encoding="utf-8")]
    recession = json.load(open(data / "recession-46" / "documents_recession.json", encoding="utf-8"))
    ecb: dict[str, dict] = {}
    out = []
    for path in paths or [p for p in sorted(GOLD.glob("*.json")) if p != EXTRA_ROLES]:
        for rec in json.load(open(path, encoding="utf-8"))["articles"]:
            title = outlet = None
            if rec["dataset"] == "allsides":
                story = stories[rec["line"]]
                assert story["story"] == rec["story"], f"{path.name}: story {rec['story']} moved"
                item = next(a for a in story["articles"] if a["outlet"] == rec["outlet"])
                text, ident = item["text"], f"allsides-{rec['story']}-{rec['outlet']}"
                title, outlet = item.get("title"), rec["outlet"]
            elif rec["dataset"] == "ecbplus":
                if not ecb:
                    ecb = {r["id"]: r for r in map(json.loads, open(data / "ecbplus" / "ecbplus-dev.jsonl",
                                                                     encoding="utf-8"))}
                text, ident = ecb[rec["id"]]["text"], f"ecbplus-{rec['id']}"
            else:
                item = recession[rec["index"]]
                assert item["id"] == rec["id"], f"{path.name}: recession {rec['index']} moved"
                text, ident = item["content"], f"recession-{rec['id']}"
                title, outlet = item.get("title"), item.get("domain")
            limit = len(text)
            if rec.get("paragraphs"):
                breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
                if len(breaks) >= rec["paragraphs"]:
                    limit = breaks[rec["paragraphs"] - 1]
            if cleaned:
                article = _article(ident, text, title, outlet, rec.get("published"))
                limit = len(article.text)
            else:
                article = Article(id=ident, origin=ident, title=None, published=rec.get("published"),
                                  text=text.translate(LOOK_ALIKE_SPACES))
            out.append((article, rec, limit))
    return out


def _figure_match(claim: Claim, g: dict) -> bool:
    f = claim.figure
    values = {f.value, f.low}
    close = any(v is not None and abs(v - g["v"]) <= 1e-6 * max(1.0, abs(g["v"])) for v in values)
    return close and any(k.lower() in f.subject.lower() for k in g["s"])


def _speaker_match(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return True
    if not pred:
        return False
    return _norm(gold).split()[-1] in _norm(pred).split()


def _quote_text_match(claim: Claim, g: dict) -> bool:
    pred, gold = _norm(claim.quote.text), _norm(g["starts"])
    return bool(pred) and (pred.startswith(gold) or gold.startswith(pred))


def _role_match(claim: Claim, g: dict, strict: bool) -> bool:
    r = claim.role
    # A description the claims stage resolved ("the New York Democrat",
    # claims/epithets.py) is the person it refers to.
    if _norm(r.refers_to or r.person).split()[-1:] != _norm(g["person"]).split()[-1:]:
        return False
    if not any(k in r.title.lower() for k in g["title"]):
        return False
    return not strict or "former" not in g or g["former"] == r.former


def _a_persons(role: Role) -> bool:
    """The role is a person's: not an organisation's kind ("Swiss bank Credit
    Suisse", claims/org_roles.py), nor a description naming nobody."""
    return not names_a_body(role.title) and (role.refers_to is not None or not is_description(role.person))


def _event_match(claim: Claim, g: dict) -> bool:
    e = claim.event
    return e.date == g["date"] and any(k in e.text.lower() for k in g["kw"])


def _matches(kind: str, claim: Claim, g: dict, strict: bool) -> bool:
    if kind == "figure":
        return _figure_match(claim, g)
    if kind == "quote":
        return _quote_text_match(claim, g) and _speaker_match(claim.quote.speaker, g["speaker"])
    if kind == "role":
        return _role_match(claim, g, strict)
    return _event_match(claim, g)


def score(pairs: list[tuple[Article, dict, int]], claims: list[list[Claim]], verbose: bool = False,
          kinds: Sequence[str] = KINDS, people_only: bool = False) -> dict[str, float]:
    """Precision and recall per kind; ``people_only``: roles held by no named
    person (an organisation's kind, a description resolved to nobody) are not
    scored, since the gold lists people's titles only."""
    counts = {k: {"tp": 0, "fp": 0, "found": 0, "gold": 0} for k in kinds}
    errors = []
    for (article, rec, limit), found in zip(pairs, claims):
        for kind in kinds:
            required = rec.get(kind + "s", [])
            optional = rec.get(kind + "s_optional", [])
            # The gold's events are dated ones and its figures counts and
            # amounts: statements (undated sentences) and ordinals ("a third
            # term"), read since, are measured by the fact gold (eval/facts.py).
            preds = [c for c in found if c.kind == kind and c.span[0] < limit
                     and not (c.event is not None and c.event.statement)
                     and not (c.figure is not None and c.figure.unit == "ordinal")
                     and not (people_only and c.role is not None and not _a_persons(c.role))]
            counts[kind]["gold"] += len(required)
            for g in required:
                if any(_matches(kind, c, g, True) for c in preds):
                    counts[kind]["found"] += 1
                else:
                    errors.append((article.origin, kind, "MISSED", g))
            for c in preds:
                if any(_matches(kind, c, g, True) for g in required):
                    counts[kind]["tp"] += 1
                elif not any(_matches(kind, c, g, False) for g in optional):
                    counts[kind]["fp"] += 1
                    errors.append((article.origin, kind, "WRONG", c.figure or c.quote or c.role or c.event))
    if verbose:
        for e in errors:
            print(*e, sep=" | ")
    out = {}
    for kind, c in counts.items():
        out[f"{kind}.precision"] = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        out[f"{kind}.recall"] = c["found"] / c["gold"] if c["gold"] else 1.0
        out[f"{kind}.n_gold"] = c["gold"]
        out[f"{kind}.n_predicted"] = c["tp"] + c["fp"]
    return out


def _read_ann(path: Path) -> list[tuple[tuple[int, int], str]]:
    """(content span, source text) for every attribution with a source."""
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, *rest = parts[1].split(" ")
            try:
                bounds = [int(x) for x in re.split(r"[ ;]", " ".join(rest))]
            except ValueError:
                continue
            spans[parts[0]] = (label, min(bounds), max(bounds), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    out = []
    for rel in relations:
        content, source = spans.get(rel.get("Content", "")), spans.get(rel.get("Source", ""))
        if content and source:
            out.append(((content[1], content[2]), source[3]))
    return out


def polnear(data: Path, limit: int | None = None) -> dict[str, float]:
    root = data / "polnear" / "data" / "dev"
    texts = sorted((root / "text").glob("*.txt"))[:limit]
    articles = []
    for path in texts:
        date = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        articles.append(Article(id=path.stem, origin=str(path), title=None,
                                published=date.group(1) if date else None,
                                text=path.read_text(encoding="utf-8").translate(LOOK_ALIKE_SPACES)))
    claims = extract_claims_batch(articles)
    total = overlapping = judged = correct = with_speaker = 0
    for article, found, path in zip(articles, claims, texts):
        # Annotation files carry the annotator's tag: NAME_ef2d.ann.
        anns = sorted((root / "attributions").glob(path.stem + "_*.ann"))
        gold = _read_ann(anns[0]) if anns else []
        for c in found:
            if c.kind != "quote":
                continue
            total += 1
            start = article.text.find(c.quote.text, c.span[0])
            end = start + len(c.quote.text)
            sources = [s for (a, b), s in gold if start >= 0 and a < end and start < b]
            if not sources:
                continue
            overlapping += 1
            if c.quote.speaker:
                with_speaker += 1
            named = [s for s in sources if _norm(s) not in _PRONOUNS]
            if not named or not c.quote.speaker:
                continue
            judged += 1
            pred = _norm(c.quote.speaker)
            if any(_norm(s) in pred or pred in _norm(s) or _norm(s).split()[-1:] == pred.split()[-1:]
                   for s in named if _norm(s)):
                correct += 1
    return {"polnear.quotes": total, "polnear.coverage": overlapping / total if total else 0.0,
            "polnear.speaker_resolved": with_speaker / overlapping if overlapping else 0.0,
            "polnear.judged": judged, "polnear.speaker_accuracy": correct / judged if judged else 0.0}


def evaluate(data: Path, verbose: bool = False) -> dict[str, float]:
    pairs = load_gold(data)
    claims = extract_claims_batch([a for a, _, _ in pairs])
    return score(pairs, claims, verbose)


def evaluate_extra_roles(data: Path, verbose: bool = False) -> dict[str, float]:
    """Role precision and recall on each half of the extra role gold, as
    ``roles_extra.<split>.<figure>``; ``verbose`` prints the dev half's errors only."""
    pairs = load_gold(data, [EXTRA_ROLES], cleaned=True)
    claims = extract_claims_batch([a for a, _, _ in pairs])
    out: dict[str, float] = {}
    for split in ("dev", "heldout"):
        part = [(pair, found) for pair, found in zip(pairs, claims) if pair[1]["split"] == split]
        figures = score([p for p, _ in part], [f for _, f in part], verbose and split == "dev", ("role",),
                        people_only=True)
        out.update({f"roles_extra.{split}.{key.split('.', 1)[1]}": value for key, value in figures.items()})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-polnear", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print every miss and every wrong claim")
    args = parser.parse_args(argv)
    data = shared_data()
    if data is None:
        print("../shared/data is absent: nothing to evaluate", file=sys.stderr)
        return 2
    results = {**evaluate(data, args.verbose), **evaluate_extra_roles(data, args.verbose)}
    if not args.no_polnear:
        results.update(polnear(data))
    for key, value in results.items():
        print(f"{key:28} {value:.3f}" if isinstance(value, float) else f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
