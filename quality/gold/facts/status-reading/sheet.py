"""The blind sheet of the second reading of event-fact statuses (issue 12).

Samples about 150 event facts of the tuning parts (dev, dev2, dev3, dev4):
up to 60 whose gold status is "compatible" or "conflict", spread evenly over
the parts, and 90 "agree" ones spread the same way, shuffled with a fixed
seed. For each it prints ONLY what a reader needs to judge the status: every
mention's article (outlet and date where the dataset gives them), the
mention's words and the full sentence(s) around them. Neither the gold
status nor the gold's "what" is printed: the second reader judges from the
sheet alone (readings.json), and compare.py sets the two side by side.

``key.json`` maps each item to its gold fact (file, story, fact index) and is
read only by compare.py.

Run from the repository: ``python quality/gold/facts/status-reading/sheet.py``
(writes sheet.md and key.json beside this file).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.eval import shared_data  # noqa: E402
from crosscheck.eval.facts import GOLD, _norm, load_fact_gold  # noqa: E402

PARTS = ("dev", "dev2", "dev3", "dev4")
NOT_AGREE, AGREE = 60, 90
SEED = 20261201

# The cleaner's sentence ends (crosscheck.group.passages), kept as spans.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def _quotas(counts: dict[str, int], total: int) -> dict[str, int]:
    """An even share of ``total`` per part, a part's unused share passed on to the others."""
    quota = {p: 0 for p in counts}
    left = total
    while left > 0:
        open_parts = [p for p in counts if quota[p] < counts[p]]
        if not open_parts:
            break
        share = max(1, left // len(open_parts))
        for p in open_parts:
            take = min(share, counts[p] - quota[p], left)
            quota[p] += take
            left -= take
    return quota


def _sentences(text: str, words: str) -> str:
    """The full sentence(s) of ``text`` holding ``words`` (compared as the eval does)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    sentences = [text[a:b].strip() for a, b in spans]
    target = _norm(words)
    for i, s in enumerate(sentences):
        if target in _norm(s):
            return s
    # A mention running over a sentence end: join neighbours until it fits.
    for i in range(len(sentences)):
        for j in range(i + 1, min(i + 4, len(sentences))):
            joined = " ".join(sentences[i:j + 1])
            if target in _norm(joined):
                return joined
    return "(sentence not found)"


def main() -> None:
    data = shared_data()
    stories = [s for s in load_fact_gold(data, GOLD, "all") if s.split in PARTS]
    # Every event fact with two mentions or more, by part and gold class.
    pools: dict[tuple[str, bool], list[tuple]] = {}
    for si, story in enumerate(stories):
        for fi, fact in enumerate(story.facts):
            if fact["kind"] != "event":
                continue
            key = (story.split, fact["status"] == "agree")
            pools.setdefault(key, []).append((si, fi))
    rng = random.Random(SEED)
    chosen = []
    for agree, total in ((False, NOT_AGREE), (True, AGREE)):
        counts = {p: len(pools.get((p, agree), [])) for p in PARTS}
        for part, n in _quotas(counts, total).items():
            chosen += rng.sample(sorted(pools.get((part, agree), [])), n)
    rng.shuffle(chosen)

    lines = ["# Event facts: blind sheet of the second reading", "",
             "For each item: the articles that report one event, with the words that carry it",
             "and the full sentence. Judge agree / compatible / conflict from this sheet alone.", ""]
    key = {}
    for n, (si, fi) in enumerate(chosen, 1):
        story, fact = stories[si], stories[si].facts[fi]
        item = f"E{n:03d}"
        key[item] = {"split": story.split, "story": story.name, "fact": fi}
        lines.append(f"## {item} ({story.split}, {story.name})")
        for m in fact["mentions"]:
            label = m.get("outlet") or m.get("article")
            article = story.articles[label]
            dated = article.published or "no date"
            lines.append(f"- **{label}** ({dated})")
            lines.append(f"  - words: {m['text']}")
            lines.append(f"  - sentence: {_sentences(article.text, m['text'])}")
        lines.append("")
    (HERE / "sheet.md").write_text("\n".join(lines), encoding="utf-8")
    (HERE / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    print(f"{len(chosen)} items", file=sys.stderr)


if __name__ == "__main__":
    main()
