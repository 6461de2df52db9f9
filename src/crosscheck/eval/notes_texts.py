"""Fill the stored note inputs of the notes gold with the article text a note
may read before a mention's sentence (``NoteParts.texts_before``,
:mod:`crosscheck.corroborate.pointer_names`).

Inputs stored before that field existed have none, so the renderer leaves
their opening pronouns as they were. This reads each stored story's articles
again from the shared data (the cleaned text the claims were read from) and
keeps, for each mention whose sentence holds "he" or "she", the text just
before it, as the collector now keeps it. Nothing else of an input moves; a
note whose words then change is listed as unjudged by the evaluator, to be
read again (``--rejudge``). A mention whose sentence is no longer found at
its span in the article's text is left without one.

Run: ``python -m crosscheck.eval.notes_texts``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..corroborate.pointer_names import text_before, wants_text_before
from ..models import Claim
from .notes import GOLD, SPLITS
from .notes_stories import story_articles


def refresh_texts_before(data: Path, gold: Path = GOLD) -> tuple[int, int]:
    """Fill ``texts_before`` of every stored event input (statements too).
    Returns (inputs that gained a text, mentions whose sentence was not found)."""
    docs = {name: json.loads((gold / f"{name}.json").read_text(encoding="utf-8"))
            for name in SPLITS if (gold / f"{name}.json").is_file()}
    items = [item for doc in docs.values() for item in doc["items"]
             if item["input"]["kind"] == "event"]
    filled = missing = 0
    for story, articles in story_articles(data, {i["story"] for i in items}).items():
        by_id = {a.id: a for a in articles}
        for item in (i for i in items if i["story"] == story):
            kept = []
            for stored in item["input"]["claims"]:
                if not wants_text_before(stored["sentence"]):
                    continue
                claim = Claim.from_dict(stored)
                article = by_id.get(claim.article)
                if article is None or article.text[claim.span[0]:claim.span[1]] != claim.sentence:
                    missing += 1
                    continue
                if text := text_before(article, claim):
                    kept.append([claim.id, text])
            if kept and item["input"].get("texts_before") != kept:
                item["input"]["texts_before"] = kept
                filled += 1
    for name, doc in docs.items():
        (gold / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return filled, missing


def main() -> int:
    from . import shared_data

    data = shared_data()
    if data is None:
        print("../shared/data is absent: the stories cannot be read again", file=sys.stderr)
        return 2
    filled, missing = refresh_texts_before(data)
    print(f"{filled} stored inputs gained the text before their mentions; {missing} mentions' "
          "sentences were not found at their spans (left without one). Judge the notes whose "
          "words changed: python -m crosscheck.eval.notes --rejudge")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
