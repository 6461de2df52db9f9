"""Brief quality: ROUGE of the cited brief against AllSides' neutral roundups.

    python -m crosscheck.eval.brief [--data DIR] [--limit N] [--per-story FILE]

For each AllSides dev story (2–3 outlets of different leanings on one event)
the articles are cleaned, crosscheck writes its brief, and the brief's
sentences, joined, are scored against the story's ``roundup`` paragraphs,
joined. Beside it, on the same cleaned texts and with the **same number of
sentences** as our brief (ROUGE F rewards length up to a point, so a longer
baseline would not be a fair rival):

- ``lexrank`` and ``textrank``: sumy's summarizers over all the story's
  sentences, English Snowball stemmer and sumy's English stop words;
- ``lead``: the first sentence of each article, then the second of each, and
  so on (the usual multi-document lead baseline).

Scores are ROUGE-1/2/L F-measures from Google's ``rouge-score`` with its
Porter stemmer, averaged over stories. Nothing here needs NLTK data or the
network: sentences are split by pysbd (rule-based) and words by a regular
expression, and sumy's document objects are built from those directly.

The gate (tests/quality/test_brief_gate.py) runs the first
:data:`GATE_STORIES` stories against quality/floors/brief.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import fmean
from typing import Callable, Iterable, Mapping, Sequence

from crosscheck.eval import shared_data
from crosscheck.models import Article

STORIES_FILE = Path("allsides-stories") / "allsides-stories-dev.jsonl"
#: Stories the gate scores: the first 40 of the dev file, about a minute on two cores.
GATE_STORIES = 40
SYSTEMS = ("ours", "lexrank", "textrank", "lead")
METRICS = ("rouge1", "rouge2", "rougeL")
#: Sentences the baselines take when our brief comes back empty: the brief's
#: default length, so that an empty brief loses instead of tying at zero.
DEFAULT_SENTENCES = 8

#: A brief writer under test: the story's articles in, the brief's sentences out.
BriefWriter = Callable[[Sequence[Article]], Sequence[str]]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class StoryCase:
    """One AllSides story: its cleaned articles and the reference roundup."""

    id: str
    reference: str
    articles: tuple[Article, ...]


# 1. Loading: the same cleaner as the product, dated by the story.

def story_articles(story: Mapping) -> tuple[Article, ...]:
    """The story's articles through :func:`crosscheck.clean.clean`, empty ones
    and exact copies (same content id) dropped."""
    from crosscheck.clean import clean
    from crosscheck.models import RawDoc

    articles: dict[str, Article] = {}
    for k, a in enumerate(story["articles"]):
        if not (a.get("text") or "").strip():
            continue
        raw = RawDoc.make(a.get("url") or f"{story['story']}-{k}", "text", a["text"],
                          {"title": a.get("title") or "", "outlet": a.get("outlet") or "",
                           "published": story.get("date") or ""})
        article = clean(raw)
        if article.text.strip():
            articles.setdefault(article.id, article)
    return tuple(articles.values())


def load_stories(path: Path, limit: int | None = None) -> list[StoryCase]:
    """The first ``limit`` stories of an AllSides JSON-lines file (all when None)."""
    cases = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(cases) >= limit:
                break
            if not line.strip():
                continue
            story = json.loads(line)
            cases.append(StoryCase(id=str(story["story"]),
                                   reference="\n".join(story["roundup"]),
                                   articles=story_articles(story)))
    return cases


# 2. Sentences and words, with no NLTK data.

@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, paragraph by paragraph (a sentence never
    crosses a blank line or line break), stripped, empty ones dropped."""
    sentences = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            sentences.extend(s.strip() for s in _segmenter().segment(paragraph) if s.strip())
    return sentences


def split_words(text: str) -> list[str]:
    """Alphabetic words, keeping inner apostrophes and hyphens ("Biden's", "D-W")."""
    return _WORD.findall(text)


class PysbdTokenizer:
    """sumy's tokenizer interface (``to_sentences``, ``to_words``) without NLTK."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(split_words(sentence))


def sumy_document(texts: Iterable[str]):
    """One sumy document over all ``texts``, a paragraph per line of each text."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = PysbdTokenizer()
    paragraphs = []
    for text in texts:
        for line in text.split("\n"):
            sentences = [Sentence(s, tokenizer) for s in tokenizer.to_sentences(line)]
            if sentences:
                paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(paragraphs)


# 3. The baselines.

def _sumy(summarizer_class, texts: Sequence[str], n: int) -> list[str]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    summarizer = summarizer_class(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(sumy_document(texts), n)]


def lexrank(texts: Sequence[str], n: int) -> list[str]:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy(LexRankSummarizer, texts, n)


def textrank(texts: Sequence[str], n: int) -> list[str]:
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy(TextRankSummarizer, texts, n)


def lead(texts: Sequence[str], n: int) -> list[str]:
    """The i-th sentence of every text, for i = 0, 1, ..., until ``n`` are taken."""
    per_text = [split_sentences(t) for t in texts]
    picked = []
    for depth in range(max((len(s) for s in per_text), default=0)):
        for sentences in per_text:
            if len(picked) < n and depth < len(sentences):
                picked.append(sentences[depth])
    return picked


# 4. Our brief.

def crosscheck_brief(articles: Sequence[Article]) -> list[str]:
    """The product's brief for one story: claims, source groups, findings, brief."""
    from crosscheck.brief import write_brief
    from crosscheck.claims import extract_claims_batch
    from crosscheck.corroborate import corroborate
    from crosscheck.group import find_links, source_groups, with_relations

    links = find_links(articles)
    articles = with_relations(articles, links)
    groups = {aid: group[0] for group in source_groups([a.id for a in articles], links)
              for aid in group}
    claims = [c for per_article in extract_claims_batch(articles) for c in per_article]
    findings = corroborate(articles, claims, groups=groups)
    return [cited.text for cited in write_brief(articles, claims, findings, groups=groups)]


# 5. Scores.

@lru_cache(maxsize=1)
def _scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def rouge(candidate: Sequence[str], reference: str) -> dict[str, float]:
    """ROUGE-1/2/L F-measures of ``candidate`` sentences (joined) against ``reference``."""
    scores = _scorer().score(reference, " ".join(candidate))
    return {m: scores[m].fmeasure for m in METRICS}


def score_story(case: StoryCase, ours: Sequence[str]) -> dict:
    """Every system's sentences and ROUGE on one story, the baselines at our length."""
    texts = [a.text for a in case.articles]
    n = len(ours) or DEFAULT_SENTENCES
    picked = {"ours": list(ours), "lexrank": lexrank(texts, n), "textrank": textrank(texts, n),
              "lead": lead(texts, n)}
    return {"story": case.id, "sentences": len(ours),
            "scores": {name: rouge(s, case.reference) for name, s in picked.items()},
            "picked": picked}


def average(rows: Sequence[dict]) -> dict[str, dict[str, float]]:
    """Mean F-measure per system and metric over the scored stories."""
    return {name: {m: round(fmean(r["scores"][name][m] for r in rows), 4) for m in METRICS}
            for name in SYSTEMS} if rows else {}


def evaluate(path: Path, limit: int | None = None,
             write: BriefWriter = crosscheck_brief) -> dict:
    """The table (``scores``), the story count, timings and the per-story rows."""
    start = time.perf_counter()
    cases = load_stories(path, limit)
    loaded = time.perf_counter()
    rows, brief_seconds = [], 0.0
    for case in cases:
        t = time.perf_counter()
        ours = list(write(case.articles))
        brief_seconds += time.perf_counter() - t
        rows.append(score_story(case, ours))
    return {"stories": len(rows), "scores": average(rows),
            "mean_sentences": round(fmean(r["sentences"] for r in rows), 2) if rows else 0.0,
            "empty_briefs": sum(1 for r in rows if not r["sentences"]),
            "seconds": {"load": round(loaded - start, 1), "brief": round(brief_seconds, 1),
                        "total": round(time.perf_counter() - start, 1)},
            "per_story": rows}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=shared_data())
    parser.add_argument("--limit", type=int, default=None,
                        help=f"score the first N stories only (the gate uses {GATE_STORIES})")
    parser.add_argument("--per-story", type=Path, default=None,
                        help="also write each story's sentences and scores to this JSON file")
    args = parser.parse_args(argv)
    if args.data is None or not (args.data / STORIES_FILE).is_file():
        print(f"no {STORIES_FILE} under {args.data}: pass --data DIR (the shared data set)",
              file=sys.stderr)
        return 2
    try:
        import crosscheck.brief  # noqa: F401
    except ImportError as exc:
        print(f"crosscheck.brief cannot be imported ({exc}): nothing to evaluate yet",
              file=sys.stderr)
        return 2
    results = evaluate(args.data / STORIES_FILE, args.limit)
    rows = results.pop("per_story")
    if args.per_story:
        args.per_story.write_text(json.dumps(rows, indent=1, ensure_ascii=False),
                                  encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
