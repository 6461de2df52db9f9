"""Facts across outlets: does crosscheck put the mentions of one fact, worded
differently by each outlet, into one finding?

The gold (``quality/gold/facts/*.json``) was written by reading the articles
of AllSides dev stories, ECB+ dev events, recession-46 and multi-outlet Baly
stories, never the engine's output. Each story lists

- ``facts``: one checkable thing (a count, an amount, a title, a quote, an
  event) that two or more articles report, with the exact substring each
  article words it in (``mentions``) and a status (agree / compatible /
  conflict);
- ``different``: look-alike pairs (the same number or unit, a different thing
  or time) that must not be linked.

Files say their split: ``dev`` is tuned on (and trains the pair classifier,
:mod:`crosscheck.corroborate.align`), ``dev2``, ``dev3`` and ``dev4`` are
further tuning parts (not trained on; dev3 and dev4 were each measured once,
untouched, when written; dev4 also lists a fact's further mentions in an
article under ``also``, which the scoring leaves out and the pair models may
train on), ``dev5`` (29 Baly stories, a story record listing its articles by
Baly id) was measured once when written and is now a tuning part, ``dev6``
(30 more Baly stories, of another slice of the day-sorted list) was measured
once when written and is now a tuning part too, ``dev7`` (31 Baly stories of
a third slice) was measured once when written and is the check, ``dev8`` (31
Baly stories of a fourth slice, read by dev6's reading of agree and
compatible) is the untouched part, measured once when written, ``heldout`` is
never looked at while tuning; every figure is reported for each.

A gold mention is found in the engine's output as the claims of its article,
of its kind, whose sentence contains the mention's words (and, for a figure,
whose value or a bound is the mention's value; of two such figures of one
sentence, the one whose subject the mention's words name). Scores, per split:

- ``facts.extracted``: share of facts whose every mention has such a claim
  (what the claims stage lets through to alignment);
- ``facts.linked``: share of facts with one finding that holds a claim of
  every mention (the goal is ≥ 0.80); ``facts.linked_when_extracted`` the same
  among extracted facts (what alignment alone achieves);
- ``facts.corroborated``: share of facts with a finding that holds claims of
  two of its mentions or more, however many it has (what a reader sees of
  the fact: more than one outlet behind it), and ``facts.mentions_together``
  the mean share of a fact's mentions that its best finding holds. Reported
  beside the strict figure, not in its place: a fact of thirteen mentions
  (ECB+ events) of which twelve meet is not linked, yet shown established;
- ``facts.status_accuracy``: among linked facts, the finding's status is the
  gold one (agree and compatible are told apart);
  ``facts.status_accuracy_conflict_or_not`` the same with an event fact's
  status read as conflict or not (agree and compatible one class; other kinds
  as strict): two readers of the gold's definition told event agree from
  compatible with kappa 0.49 and conflict from the rest with 1.0
  (``quality/gold/facts/status-reading/``), so the strict figure partly
  measures which reader wrote the gold;
- ``conflict.precision`` / ``conflict.recall``: a predicted conflict is right
  when two of its articles hold claims of one gold conflict fact;
  ``conflict.false.KIND`` counts the wrong ones by kind (``--verbose`` lists
  each with its sentences);
- ``different.linked``: share of look-alike pairs whose two claims share a
  finding (the goal is ≤ 0.05);
- ``statements.precision`` / ``recall`` / ``kept_apart``: on the statement
  links judged by reading (``quality/gold/statements/pairs.json``: sentence
  pairs sampled from the statement alignment's links and near misses, each
  judged the same fact or not), the share of linked pairs judged the same,
  of pairs judged the same that are linked, of the others left apart; a
  later sample of pairs drawn another way (its ``sample`` field, e.g.
  ``rare-words``) is scored apart as ``statements.SAMPLE.*``.

Run: ``python -m crosscheck.eval.facts [--split dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|heldout|all] [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from ..corroborate.figure_bounds import in_common_unit
from ..models import Article, Claim, Finding
from .findings import _article
from .notes_stories import baly_article, baly_rows

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "quality" / "gold" / "facts"
#: Statement links judged by reading (see its "about").
STATEMENT_PAIRS = ROOT / "quality" / "gold" / "statements" / "pairs.json"
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "heldout")


@dataclass
class FactStory:
    """One story of the fact gold: its articles by label, facts and look-alike pairs."""

    name: str
    split: str
    articles: dict[str, Article]
    facts: list[dict]
    different: list[dict]
    label: dict[str, str] = field(default_factory=dict)  # article id -> label

    def __post_init__(self) -> None:
        self.label = {a.id: name for name, a in self.articles.items()}


def _ecb_articles(data: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in
            (data / "ecbplus" / "ecbplus-dev.jsonl").read_text(encoding="utf-8").splitlines() if line)
    return {r["id"]: r for r in rows}


def load_fact_gold(data: Path, gold: Path = GOLD, split: str = "all") -> list[FactStory]:
    """The gold stories of ``split`` (one of :data:`SPLITS` or ``all``), articles cleaned."""
    allsides = (data / "allsides-stories" / "allsides-stories-dev.jsonl").read_text(
        encoding="utf-8").splitlines()
    recession = {r["id"]: r for r in json.loads(
        (data / "recession-46" / "documents_recession.json").read_text(encoding="utf-8"))}
    ecb: dict[str, dict] | None = None
    baly: dict[str, dict] | None = None
    stories = []
    for path in sorted(gold.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and doc.get("split") != split:
            continue
        for rec in doc["stories"]:
            if rec["dataset"] == "allsides":
                story = json.loads(allsides[rec["line"]])
                assert story["story"] == rec["story"], f"{path.name}: story {rec['story']} moved"
                articles = {a["outlet"]: _article(f"allsides-{story['story']}-{a['outlet']}",
                                                  a["text"], a.get("title"), a["outlet"], story["date"])
                            for a in story["articles"]}
                name = f"allsides:{rec['story']}"
            elif rec["dataset"] == "baly":
                # A Baly story is the articles its record lists, each labelled
                # by its Baly id (the story's name joins them, as the notes gold's).
                baly = baly if baly is not None else {r["id"]: r for r in baly_rows(data)}
                articles = {i: baly_article(baly[i]) for i in rec["articles"]}
                name = "baly:" + "+".join(sorted(rec["articles"]))
            else:
                labels = sorted({m["article"] for f in rec["facts"] for m in f["mentions"]
                                 if isinstance(m, dict)}
                                | {side["article"] for d in rec.get("different", [])
                                   for side in (d.get("a"), d.get("b")) if isinstance(side, dict)})
                if rec["dataset"] == "recession":
                    articles = {i: _article(f"recession-{i}", recession[i]["content"],
                                            recession[i].get("title"), recession[i].get("domain"), None)
                                for i in labels}
                else:
                    ecb = ecb if ecb is not None else _ecb_articles(data)
                    articles = {i: _article(f"ecbplus-{i}", ecb[i]["text"], None, None, None)
                                for i in labels}
                name = f"{rec['dataset']}:{rec.get('event', rec.get('story'))}"
            # Half-written items (a gold file being annotated) are left out.
            facts = [dict(f, mentions=[m for m in f["mentions"] if isinstance(m, dict)])
                     for f in rec["facts"]]
            facts = [f for f in facts if len(f["mentions"]) >= 2]
            different = [d for d in rec.get("different", [])
                         if isinstance(d.get("a"), dict) and isinstance(d.get("b"), dict)]
            stories.append(FactStory(name, doc.get("split", "dev"), articles, facts, different))
    return stories


# -- finding a gold mention among the claims -----------------------------------

def _norm(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("’", "'").replace("‘", "'")
    # ECB+ writes quotation marks as ``these'' (Penn Treebank style): the
    # gold copies them, the cleaned article has “these”.
    text = text.replace("``", '"').replace("''", '"')
    text = text.replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


_WORD_NUMBERS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


#: Scale words after a number in a mention's text (see _numbers_in).
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}


def _numbers_in(text: str) -> list[float]:
    """The numbers a mention without a given value writes, in digits or words
    (a look-alike pair names its number only in its text)."""
    found = []
    for number, scale in re.findall(rf"(\d+(?:,\d{{3}})*(?:\.\d+)?)(?:\s*({'|'.join(_SCALES)})\b)?",
                                    text, re.I):
        value = float(number.replace(",", ""))
        # Both the number as written and as scaled: "$37.4 million" is
        # carried by a claim valued 37,400,000 (the claims stage applies the
        # scale); a side of the gold gives no value when its text says it.
        found += [value, value * _SCALES[scale.lower()]] if scale else [value]
    return found + [v for w, v in _WORD_NUMBERS.items() if re.search(rf"\b{w}\b", text, re.I)]


_FUNCTION_WORDS = frozenset("the and for was with from that this its his her their".split())


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text.lower())} - _FUNCTION_WORDS


def _shares_a_word(mention: str, subject: str) -> bool:
    return bool(_stems(mention) & _stems(subject))


def mention_claims(mention: Mapping, kind: str, article: Article, claims: Sequence[Claim]
                   ) -> list[Claim]:
    """The claims of ``article`` that carry gold ``mention`` (see the module docstring)."""
    words = _norm(mention["text"])
    out = []
    for c in claims:
        if c.article != article.id or c.kind != kind:
            continue
        if kind == "quote" and c.quote is not None:
            inside = words in _norm(c.quote.text) or _norm(c.quote.text) in words
            if not (inside or words in _norm(c.sentence)):
                continue
        elif words not in _norm(c.sentence):
            continue
        if kind == "figure":
            f = c.figure
            given = mention.get("value") is not None
            values = [float(mention["value"])] if given else _numbers_in(mention["text"])
            # A number read from the mention's text is the one the claim
            # writes, not one of its bounds: "a 6-3 conservative majority"
            # is not carried by "after the sixth week" (five to six weeks)
            # of the same sentence.
            # ... in the unit it is compared in, too: the gold gives "a
            # four-decade high" as 40 (years).
            common = in_common_unit(f)
            own = (f.value, f.low, f.high, common.value, common.low, common.high) if given \
                else (f.value,)
            if values and not any(_close(v, g) for v in own for g in values):
                continue
            if not values and not _shares_a_word(words, f.label or f.subject):
                # A side that writes no number ("a first strike on the
                # channel", "the second book") is carried by a claim of what
                # it names, not by any figure of its sentence ("for a week").
                continue
        if kind == "role" and c.role is not None:
            surname = c.role.person.split()[-1].lower()
            if surname not in words:
                continue
        out.append(c)
    if kind == "figure":
        out = _the_one_it_names(out, words)
    return out


def _the_one_it_names(found: list[Claim], words: str) -> list[Claim]:
    """Of two figures of one sentence that carry a mention's value, the one
    whose subject the mention's words name: "in exchange for five prisoners"
    is the prisoners' five, not the "five years in captivity" of its
    sentence, which made the look-alike pair (the prisoners, another
    outlet's years of captivity) count as linked. A mention that names
    neither, or both, keeps both, as before."""
    by_sentence: dict[tuple[str, str], list[Claim]] = {}
    for c in found:
        by_sentence.setdefault((c.article, c.sentence), []).append(c)
    out = []
    for same in by_sentence.values():
        named = [c for c in same if _shares_a_word(words, c.figure.label or c.figure.subject)]
        out += named if 0 < len(named) < len(same) else same
    return out


def _side_claims(story: FactStory, side: Mapping, kind: str, claims: Sequence[Claim]) -> list[Claim]:
    label = side.get("outlet") or side.get("article")
    article = story.articles.get(label)
    return [] if article is None else mention_claims(side, kind, article, claims)


# -- scoring -------------------------------------------------------------------

def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def score(stories: Sequence[FactStory], predicted: Sequence[Sequence[Finding]],
          claims_of: Sequence[Sequence[Claim]], errors: list[dict] | None = None
          ) -> dict[str, float]:
    errors = errors if errors is not None else []
    n = dict.fromkeys(("facts", "extracted", "linked", "linked_x", "status_ok", "c_pred", "c_tp",
                       "c_gold", "c_found", "diff", "diff_both", "diff_linked", "status_cn",
                       "corroborated"), 0)
    shares: list[float] = []
    by_kind: dict[str, list[int]] = {}
    false_conflicts: dict[str, int] = {}
    for story, found, claims in zip(stories, predicted, claims_of):
        finding_of: dict[str, list[Finding]] = {}
        for f in found:
            for c in f.claims:
                finding_of.setdefault(c, []).append(f)
        gold_conflicts = []
        for fact in story.facts:
            kind = fact["kind"]
            n["facts"] += 1
            per_mention = [{c.id for c in _side_claims(story, m, kind, claims)} for m in fact["mentions"]]
            extracted = all(per_mention)
            n["extracted"] += extracted
            if fact["status"] == "conflict":
                n["c_gold"] += 1
                gold_conflicts.append(per_mention)
            # The finding holding claims of the most mentions (partial credit).
            held = Counter(f_id for ids in per_mention
                           for f_id in {f.id for c in ids for f in finding_of.get(c, [])})
            best = max(held.values(), default=0)
            n["corroborated"] += best >= 2
            shares.append(best / len(per_mention) if per_mention else 0.0)
            # One finding holding a claim of every mention.
            candidates = {f.id: f for ids in per_mention[:1] for c in ids for f in finding_of.get(c, [])}
            linked = next((f for f in candidates.values()
                           if all(set(f.claims) & ids for ids in per_mention)), None) if extracted else None
            stats = by_kind.setdefault(kind, [0, 0, 0])
            stats[0] += 1
            stats[1] += extracted
            stats[2] += linked is not None
            summary = {"story": story.name, "kind": kind, "what": fact["what"],
                       "status": fact["status"], "mentions": [m["text"] for m in fact["mentions"]]}
            if linked is None:
                errors.append({"error": "not linked" if extracted else "not extracted",
                               "missing": [m["text"] for m, ids in zip(fact["mentions"], per_mention)
                                           if not ids], **summary})
                continue
            n["linked"] += 1
            n["linked_x"] += 1
            n["status_ok"] += linked.status == fact["status"]
            n["status_cn"] += linked.status == fact["status"] or (
                kind == "event" and "conflict" not in (linked.status, fact["status"]))
            n["c_found"] += fact["status"] == "conflict" and linked.status == "conflict"
            if linked.status != fact["status"]:
                errors.append({"error": f"status {linked.status}", "note": linked.note, **summary})
        for f in found:
            if f.status != "conflict":
                continue
            n["c_pred"] += 1
            mine = set(f.claims)
            right = any(sum(1 for ids in g if ids & mine) >= 2 for g in gold_conflicts)
            n["c_tp"] += right
            if not right:
                false_conflicts[f.kind] = false_conflicts.get(f.kind, 0) + 1
                # Each side's sentence, so a false conflict can be read and
                # told by its cause (another subject, time or scope …).
                by_id = {c.id: c for c in claims}
                errors.append({"error": "false conflict", "story": story.name, "kind": f.kind,
                               "topic": f.topic, "note": f.note,
                               "sentences": sorted({(by_id[c].article, by_id[c].sentence)
                                                    for c in f.claims if c in by_id})})
        for pair in story.different:
            n["diff"] += 1
            kind = pair.get("kind", "figure")
            a = {c.id for c in _side_claims(story, pair["a"], kind, claims)}
            b = {c.id for c in _side_claims(story, pair["b"], kind, claims)}
            a, b = a - b, b - a  # a claim carrying both sides (one sentence) tells nothing
            if not (a and b):
                continue
            n["diff_both"] += 1
            together = any(set(f.claims) & a and set(f.claims) & b for f in found)
            n["diff_linked"] += together
            if together:
                errors.append({"error": "look-alikes linked", "story": story.name, "why": pair["why"],
                               "a": pair["a"]["text"], "b": pair["b"]["text"]})
    out = {
        "facts.n": n["facts"],
        "facts.extracted": _ratio(n["extracted"], n["facts"]),
        "facts.linked": _ratio(n["linked"], n["facts"]),
        "facts.linked_when_extracted": _ratio(n["linked_x"], n["extracted"]),
        "facts.corroborated": _ratio(n["corroborated"], n["facts"]),
        "facts.mentions_together": round(sum(shares) / len(shares), 4) if shares else 1.0,
        "facts.status_accuracy": _ratio(n["status_ok"], n["linked"]),
        "facts.status_accuracy_conflict_or_not": _ratio(n["status_cn"], n["linked"]),
        "conflict.n_gold": n["c_gold"],
        "conflict.n_predicted": n["c_pred"],
        "conflict.precision": _ratio(n["c_tp"], n["c_pred"]),
        "conflict.recall": _ratio(n["c_found"], n["c_gold"]),
        "different.n": n["diff"],
        "different.n_extracted": n["diff_both"],
        "different.linked": _ratio(n["diff_linked"], n["diff_both"]),
        # the same, as a figure that a floor can hold from below
        "different.kept_apart": _ratio(n["diff_both"] - n["diff_linked"], n["diff_both"]),
    }
    # the false conflicts by kind: which aligner's disputes miss most
    for kind, count in sorted(false_conflicts.items()):
        out[f"conflict.false.{kind}"] = count
    for kind, (total, extracted, linked) in sorted(by_kind.items()):
        out[f"{kind}.n"] = total
        out[f"{kind}.extracted"] = _ratio(extracted, total)
        out[f"{kind}.linked"] = _ratio(linked, total)
    return out


def run(stories: Sequence[FactStory]) -> tuple[list[list[Finding]], list[list[Claim]]]:
    """Claims and findings of every gold story, as the pipeline makes them."""
    from ..claims import extract_claims_batch
    from ..corroborate import corroborate

    everything = [a for s in stories for a in s.articles.values()]
    by_article = dict(zip((a.id for a in everything), extract_claims_batch(everything)))
    predicted, claims_of = [], []
    for story in stories:
        own = [c for a in story.articles.values() for c in by_article[a.id]]
        claims_of.append(own)
        predicted.append(corroborate(list(story.articles.values()), own, None))
    return predicted, claims_of


def score_statements(pairs: Sequence[Mapping], stories: Sequence[FactStory],
                     predicted: Sequence[Sequence[Finding]], claims_of: Sequence[Sequence[Claim]],
                     errors: list[dict] | None = None, sample: str = "") -> dict[str, float]:
    """Judged statement pairs: is each pair linked (its two sentences' statement
    claims in one finding) when judged the same, and kept apart when not?
    Figures are named ``statements.*``, or ``statements.SAMPLE.*`` for a
    named sample of pairs."""
    errors = errors if errors is not None else []
    index = {s.name: k for k, s in enumerate(stories)}
    n = dict.fromkeys(("same", "linked", "both", "different", "apart"), 0)
    for pair in pairs:
        k = index[pair["story"]]
        held = [{c.id for c in claims_of[k] if c.event is not None and c.event.statement
                 and _norm(c.sentence) == _norm(pair[side])} for side in ("a", "b")]
        linked = any(set(f.claims) & held[0] and set(f.claims) & held[1] for f in predicted[k])
        n["linked"] += linked
        if pair["same"]:
            n["same"] += 1
            n["both"] += linked
        else:
            n["different"] += 1
            n["apart"] += not linked
        if linked != pair["same"]:
            errors.append({"error": "statements linked" if linked else "statements not linked",
                           "story": pair["story"], "a": pair["a"], "b": pair["b"]})
    prefix = f"statements.{sample}." if sample else "statements."
    return {f"{prefix}n": len(pairs), f"{prefix}precision": _ratio(n["both"], n["linked"]),
            f"{prefix}recall": _ratio(n["both"], n["same"]),
            f"{prefix}kept_apart": _ratio(n["apart"], n["different"])}


def evaluate(data: Path, split: str = "all", errors: list[dict] | None = None,
             gold: Path = GOLD, statement_pairs: Path = STATEMENT_PAIRS
             ) -> dict[str, dict[str, float]]:
    """The scores of ``split`` (or of each part, for ``all``). Only the stories
    of the parts asked for are run: a story's claims and findings depend on its
    own articles only, so one part's figures are the same run alone or with all."""
    stories = load_fact_gold(data, gold, split)
    predicted, claims_of = run(stories)
    pairs = json.loads(statement_pairs.read_text(encoding="utf-8"))["pairs"] \
        if statement_pairs.is_file() else []
    out = {}
    for name in (SPLITS if split == "all" else (split,)):
        keep = [i for i, s in enumerate(stories) if s.split == name]
        out[name] = score([stories[i] for i in keep], [predicted[i] for i in keep],
                          [claims_of[i] for i in keep], errors)
        # Each sample of judged pairs is scored apart: a sample's figures hold
        # for its design (which links and near misses it was drawn from), and
        # a floor set on one sample says nothing of another.
        by_sample: dict[str, list[Mapping]] = {}
        for p in pairs:
            if p["split"] == name:
                by_sample.setdefault(p.get("sample", ""), []).append(p)
        for sample, judged in sorted(by_sample.items()):
            out[name].update(score_statements(judged, stories, predicted, claims_of, errors,
                                              sample))
    return out


def main(argv: list[str] | None = None) -> int:
    from . import report_with_errors

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--verbose", action="store_true",
                        help="print every unlinked fact, wrong status, false conflict and linked "
                             "look-alike pair to stderr, one JSON object a line")
    args = parser.parse_args(argv)
    return report_with_errors("facts", lambda data, errors: evaluate(data, args.split, errors),
                              args.verbose)


if __name__ == "__main__":
    raise SystemExit(main())
