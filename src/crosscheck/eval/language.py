"""Accuracy of the language detector (:mod:`crosscheck.clean.language`) on
short news sentences in six languages, written for the project
(``quality/gold/language/news-sentences.tsv``: 35 each of English, Spanish,
French, German, Italian and Portuguese, one sentence of 8-16 words each).

Figures: ``accuracy`` (the right ISO code), per-language accuracy,
``english_decision`` (English told from not-English: what the pipeline acts
on), ``undecided`` (texts too short to be given a language), and
``accuracy.first_six_words``: the same on each sentence's first six words, a
headline's length, where a detector starts to guess.

Run: ``python -m crosscheck.eval.language [--verbose]``; ``--verbose`` lists
every wrong answer on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "quality" / "gold" / "language" / "news-sentences.tsv"


def load_gold(path: Path = GOLD) -> list[tuple[str, str]]:
    """(language, text) pairs; lines starting with # are comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, text = line.split("\t", 1)
            out.append((code, text))
    return out


def evaluate(verbose: bool = False) -> dict[str, float]:
    from ..clean.language import ENGLISH, detect_language

    gold = load_gold()
    right, total, english_ok, undecided = Counter(), Counter(), 0, 0
    for code, text in gold:
        got = detect_language(text)
        total[code] += 1
        right[code] += got == code
        undecided += got is None
        english_ok += (got == ENGLISH) == (code == ENGLISH)
        if verbose and got != code:
            print(json.dumps({"expected": code, "got": got, "text": text}, ensure_ascii=False),
                  file=sys.stderr)
    out = {"accuracy": round(sum(right.values()) / len(gold), 4),
           "english_decision": round(english_ok / len(gold), 4),
           "undecided": round(undecided / len(gold), 4), "texts": len(gold),
           "languages": len(total)}
    out.update({f"accuracy.{c}": round(right[c] / total[c], 4) for c in sorted(total)})
    short = [(code, " ".join(text.split()[:6])) for code, text in gold]
    out["accuracy.first_six_words"] = round(
        sum(detect_language(text) == code for code, text in short) / len(short), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list wrong answers on stderr")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate(args.verbose), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
