"""Benchmark: facts across outlets on the whole AllSides dev set, as a user
would run it (``ingest`` then the story step), and what alignment costs.

Prints the findings by status (conflict, compatible, agree, single-source),
the share of findings that rest on more than one article, the brief's
citations (whole, or "in part") in stories of several articles, the corroboration
stage's time per story and per article (claims extracted once, then
``corroborate`` timed alone over every story), and the whole run's
articles/s and peak memory.

Run: ``python bench/bench_facts.py`` (``make bench`` runs it; about two
minutes on two cores).
"""

from __future__ import annotations

import argparse
import collections
import json
import tempfile
import time
from pathlib import Path

from crosscheck.corroborate import corroborate
from crosscheck.pipeline import build_stories, extract, ingest
from crosscheck.store import open_store

from _common import peak_rss_mb, shared_data_or_say


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="stories to run (0: all 232)")
    args = parser.parse_args(argv)
    data = shared_data_or_say()
    if data is None:
        return 2
    stories = [json.loads(line) for line in (data / "allsides-stories" / "allsides-stories-dev.jsonl")
               .read_text(encoding="utf-8").splitlines() if line]
    if args.limit:
        stories = stories[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "allsides-dev.jsonl"
        with records.open("w", encoding="utf-8") as out:
            for s in stories:
                for a in s["articles"]:
                    out.write(json.dumps({"title": a["title"], "text": a["text"], "outlet": a["outlet"],
                                          "url": a["url"], "published": s["date"]}) + "\n")
        store = open_store(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        report = ingest([records], store)
        extract(store)
        built = build_stories(store)
        elapsed = time.perf_counter() - start
        statuses = collections.Counter(f.status for s in built for f in s.findings)
        kinds = collections.Counter((f.kind, f.status) for s in built for f in s.findings)
        # Brief citations of stories of several articles: whole, or "in part"
        # (the article reports some of the sentence's facts, not the sentence).
        sentences = [c for s in built if len(s.articles) > 1 for c in s.brief
                     if not c.text.startswith("Disputed")]
        citations = {"sentences": len(sentences),
                     "sentences_cited_in_part": sum(bool(c.in_part) for c in sentences),
                     "whole": sum(len(c.sources) for c in sentences),
                     "in_part": sum(len(c.in_part) for c in sentences)}
        # The corroboration stage alone, over the stored claims of every story.
        timed, n_articles = 0.0, 0
        for s in built:
            members = store.articles(s.articles)
            claims = store.claims(s.articles)
            t0 = time.perf_counter()
            corroborate(members, claims, None)
            timed += time.perf_counter() - t0
            n_articles += len(members)
        store.close()
    total = sum(statuses.values())
    print(json.dumps({
        "articles": report.new, "stories": len(built),
        "findings": dict(statuses), "findings_by_kind": {f"{k}.{s}": n for (k, s), n in sorted(kinds.items())},
        "brief_citations": citations,
        "multi_article_share": round(1 - statuses["single-source"] / total, 4) if total else 0.0,
        "corroborate_ms_per_story": round(1000 * timed / max(1, len(built)), 1),
        "corroborate_ms_per_article": round(1000 * timed / max(1, n_articles), 1),
        "articles_per_s": round(report.new / elapsed, 2),
        "peak_rss_mb": round(peak_rss_mb()),
    }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
