"""The brief: a story told in a few cited sentences, and a timeline (dates of
undated articles are inferred in :mod:`crosscheck.inferred_dates`).

``write_brief`` is extractive: it picks 5–10 sentences from the story's
articles, ranked by centrality (how typical a sentence is of the story),
corroboration (how many independent sources carry the same statement),
position (leads state the news) and the story's findings, with no two picked
sentences saying the same thing or stating the same fact. Each sentence cites
every article that supports it: one with a sentence saying the same (embedding
similarity), or one reporting every figure, quote and event the sentence
states (the story's findings). An article reporting only some of the
sentence's facts (the title of a person it names, one of its two figures) is
cited apart, "in part": a reader who opens it must find what it is cited for.
Disputed
points are stated as disputed, naming the sides, from the conflict findings.
The timeline has one entry per event fact.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Mapping, Sequence

import numpy as np

from .claims.titles import HONORIFIC_ABBREVIATIONS, TITLE_ABBREVIATIONS
from .corroborate.event_excerpts import event_excerpt
from .embed import embed
from .models import Article, Cited, Claim, Finding

#: Versioned name of the brief writer, recorded with stories.
#: v2: citations and timeline from the facts; v3: a sentence telling events
#: of two days gives each timeline entry its own event's words; v4: an
#: event's words hold the main clause they stood outside of
#: (corroborate/event_excerpts._with_the_main_clause); v5: not a main
#: clause that names a day of its own (its event has its own timeline entry);
#: v6: an article reporting only some of a sentence's facts is cited "in part";
#: a timeline entry is told by the mention whose words the others share most.
#: v7: an event's words cut from inside a sentence hold who acted and what was
#: done or said (corroborate/excerpt_arguments.py).
#: v8: two sentences sharing only a dated event may both be chosen.
#: v9: nor two sentences stating a figure or quote several articles of one
#: source tell (a single-source finding of copies or a rewrite).
BRIEF_WRITER = "brief.v9"

# Two sentences with cosine ≥ 0.80 under all-MiniLM-L6-v2 state the same fact
# in other words (paraphrase pairs in tests/test_embed.py score 0.80–0.95,
# related-but-different statements 0.45–0.70): the second article supports
# the first's sentence.
SUPPORT_COSINE = 0.80
# Above 0.70 a candidate adds too little beside a sentence already picked.
NOVELTY_COSINE = 0.70
LAX_NOVELTY_COSINE = 0.90
MIN_SENTENCES = 5
POSITION_WEIGHT = 0.5
# Only the first sentences of each article are candidates: leads carry the
# news, and embedding every sentence of a 40-article story is the cost that
# matters (about 115 sentences/s per core).
LEAD_SENTENCES = 12
# Sentences shorter than this say too little to stand alone in a brief;
# longer ones are usually several facts run together.
MIN_WORDS, MAX_WORDS = 8, 60

# No sentence ends at a title's abbreviation ("Sens.", "Gov.": claims/titles.py)
# nor at these.
_TITLES = "|".join(sorted(w.capitalize() for w in {*TITLE_ABBREVIATIONS, *HONORIFIC_ABBREVIATIONS}))
_ABBREVIATIONS = re.compile(rf"(?:\b(?:(?:{_TITLES})s?|St|Jr|Sr|Hon|Corp|Dept|Univ|Mt|Ft|"
                            r"Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|"
                            r"U\.S|U\.K|U\.N|a\.m|p\.m)|\b[A-Z])\.$")
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence: a split after ., ! or ? before a capital,
    except after an abbreviation or an initial ("U.S. President", "J. Smith").
    Written by hand because the spans must index the text exactly and pysbd
    (the library choice) rewrites whitespace in what it returns."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for m in _BOUNDARY.finditer(paragraph.group(0)):
            end = paragraph.start() + m.start() + 1
            piece = text[start:end]
            if _ABBREVIATIONS.search(piece):
                continue
            closing = re.match(r"[\"'”’)\]]*", text[end:])
            end += closing.end() if closing else 0
            spans.append((start, end))
            start = paragraph.start() + m.end()
        if start < paragraph.end():
            spans.append((start, paragraph.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def write_brief(articles: Sequence[Article], claims: Sequence[Claim], findings: Sequence[Finding],
                groups: Mapping[str, str] | None = None, max_sentences: int = 8
                ) -> tuple[Cited, ...]:
    """The cited brief of one story (see the module docstring)."""
    groups = {a.id: (groups or {}).get(a.id, a.id) for a in articles}
    candidates = []  # (article, position, sentence)
    for a in articles:
        for position, (s, e) in enumerate(sentence_spans(a.text)[:LEAD_SENTENCES]):
            sentence = a.text[s:e].strip()
            if MIN_WORDS <= len(sentence.split()) <= MAX_WORDS and not _is_quote_only(sentence) \
                    and re.search(r"[.!?][\"'”’)]*$", sentence):  # a headline is no sentence
                candidates.append((a, position, sentence))
    if not candidates:
        return _disputes(articles, findings, groups)
    if len(articles) == 1:
        # One article: nothing to corroborate and no other article to repeat
        # it, so its brief is its lead, in order. This skips the embedding that
        # costs most of a build over a corpus of mostly single-article stories.
        return tuple(Cited(sentence, (a.id,)) for a, _, sentence in
                     candidates[:MIN_SENTENCES]) + _disputes(articles, findings, groups)
    vectors = embed([c[2] for c in candidates])
    similarity = vectors @ vectors.T
    article_of = np.array([articles.index(c[0]) for c in candidates])
    facts, news = _facts_of_sentences(candidates, claims, findings)
    by_id = {a.id: a for a in articles}
    cited = [_with_fact_sources(_supporters(i, similarity, candidates, article_of), facts[i],
                                news[i], by_id) for i in range(len(candidates))]
    # A sentence is ranked by every article backing it, in part or whole: a
    # corroborated fact is a reason to pick the sentence that states it.
    supporters = [full + part for full, part in cited]
    disputed = _disputed_sentences(findings, claims)
    scores = []
    for i, (a, position, sentence) in enumerate(candidates):
        centrality = float(similarity[i].mean())
        independent = len({groups[x.id] for x in supporters[i]})
        # Weights, measured on the AllSides dev roundups (python -m crosscheck.eval.brief):
        # openings state the news and are closest to a human summary, so position
        # weighs as much as centrality; a cut-off sentence ("...") reads badly.
        score = (centrality + 0.15 * min(independent - 1, 4) + POSITION_WEIGHT / (1 + position)
                 + (0.1 if sentence in disputed else 0.0)
                 - (0.3 if re.search(r"(?:\.\.\.|…)[\"'”’]?$", sentence) else 0.0))
        scores.append(score)
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i][0].id,
                                                           candidates[i][1]))
    # What each sentence tells that no other brief sentence may tell again,
    # and all it tells (see the loop below).
    own = [{f.id for f in facts[i] if f.kind != "event"}
           | {f.id for f in news[i] if f.kind != "event" and len(f.articles) > 1}
           for i in range(len(candidates))]
    told = [{f.id for f in facts[i]} | {f.id for f in news[i]} for i in range(len(candidates))]
    chosen: list[int] = []
    budget = max_sentences - min(len(_conflicts(findings)), 2)
    # A second, laxer pass fills a brief that novelty left under MIN_SENTENCES:
    # short stories have few sentences, and near-duplicates beat a two-line brief.
    for threshold in (NOVELTY_COSINE, LAX_NOVELTY_COSINE):
        for i in order:
            if len(chosen) >= (budget if threshold == NOVELTY_COSINE else MIN_SENTENCES):
                break
            if i in chosen or any(similarity[i, j] >= threshold for j in chosen):
                continue
            # No two sentences of the brief state the same fact: the same
            # figure, quote or role. A shared dated event is often only the
            # frame of two sentences' news ("…, the Labor Department said
            # Thursday"); two sentences telling the same event whole are
            # refused by the novelty cosine above. Refusing every shared event
            # cost ROUGE-1 0.4427 -> 0.4374 on the first 40 AllSides dev
            # stories once events of one day were linked (corroborate.v31),
            # 0.4281 -> 0.4262 on the first 120; sparing events gave 0.4496
            # and 0.4322 (python -m crosscheck.eval.brief --limit N).
            # The same holds of a fact told by several articles of one source
            # (copies, a rewrite), a single-source finding: "Seven in 10
            # Americans say …" and "About 70 percent of Americans say …" of a
            # rewrite pair were both chosen, each citing both articles.
            if any(own[i] & told[j] for j in chosen):
                continue
            chosen.append(i)
    brief = [Cited(candidates[i][2], tuple(a.id for a in cited[i][0]), None,
                   tuple(a.id for a in cited[i][1])) for i in chosen]
    return tuple(brief) + _disputes(articles, findings, groups)[: max_sentences - len(brief)]


def _supporters(i: int, similarity: np.ndarray, candidates, article_of: np.ndarray) -> list[Article]:
    """The article of sentence ``i`` and every other article with a sentence
    stating the same (cosine ≥ SUPPORT_COSINE), earliest first."""
    own = candidates[i][0]
    found = {own.id: own}
    for j in np.nonzero(similarity[i] >= SUPPORT_COSINE)[0]:
        other = candidates[j][0]
        found.setdefault(other.id, other)
    return sorted(found.values(), key=lambda a: (a.published or "9999", a.id))


def _facts_of_sentences(candidates, claims: Sequence[Claim], findings: Sequence[Finding]
                        ) -> tuple[list[list[Finding]], list[list[Finding]]]:
    """For each candidate sentence, the facts reported by more than one article
    (findings not single-source) that it states: those whose claims were read
    from it; and the findings of its news (figures, quotes, events: not the
    titles of the people it names), single-source ones included."""
    finding_of = {c: f for f in findings for c in f.claims}
    stated: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    news: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for c in claims:
        f = finding_of.get(c.id)
        key = (c.article, c.sentence.strip())
        if f is None:
            continue
        if f.status != "single-source" and f not in stated[key]:
            stated[key].append(f)
        if c.kind in ("figure", "quote", "event") and f not in news[key]:
            news[key].append(f)
    keys = [(a.id, sentence) for a, _, sentence in candidates]
    return [stated.get(k, []) for k in keys], [news.get(k, []) for k in keys]


def _with_fact_sources(supporters: list[Article], facts: list[Finding], news: list[Finding],
                       articles: Mapping[str, Article]) -> tuple[list[Article], list[Article]]:
    """The articles citing a sentence in whole, and those citing it in part.

    ``supporters`` say the same (or are the sentence's own article). Another
    article reporting at least half of the figures, quotes and events the
    sentence states backs it whole; one reporting fewer, or only the title of
    a person it names, backs it in part: "Gov. Gavin Newsom urged voters
    Sunday to turn back a looming recall …" is not what an article saying only
    that Newsom is governor says. Half, not all: one statement often sits in
    two overlapping event findings ("the operator said on Tuesday that 12
    miners are still trapped"), and an article in one of them does report it."""
    found = {a.id: a for a in supporters}
    reported: dict[str, int] = defaultdict(int)
    for f in news:
        for article_id in f.articles:
            reported[article_id] += 1
    whole = {a for a, n in reported.items() if 2 * n >= len(news)}
    part: dict[str, Article] = {}
    for f in facts:
        for article_id in f.articles:
            if article_id in articles and article_id not in found:
                (found if article_id in whole else part)[article_id] = articles[article_id]

    def order(arts):
        return sorted(arts, key=lambda a: (a.published or "9999", a.id))
    return order(found.values()), order(part.values())


def _is_quote_only(sentence: str) -> bool:
    """A bare quote with its tag ("“We will rebuild,” she said.") reads badly
    out of context in a brief."""
    return bool(re.match(r"^[\"“].*[\"”],? (?:he|she|they|it|[A-Z]\w+(?: [A-Z]\w+)?) "
                         r"(?:said|says|added|told)", sentence))


def _conflicts(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.status == "conflict"]


def _disputed_sentences(findings: Sequence[Finding], claims: Sequence[Claim]) -> set[str]:
    ids = {c for f in findings if f.status in ("conflict", "compatible") for c in f.claims}
    return {c.sentence.strip() for c in claims if c.id in ids}


def _disputes(articles: Sequence[Article], findings: Sequence[Finding],
              groups: Mapping[str, str]) -> tuple[Cited, ...]:
    """One sentence per conflict, naming the sides, cited by every article in it."""
    out = []
    for f in _conflicts(findings)[:2]:
        note = f.note.split(" [")[0].rstrip(".")
        out.append(Cited(f"Disputed ({f.topic}): {note}.", f.articles))
    return tuple(out)


def write_timeline(articles: Sequence[Article], claims: Sequence[Claim],
                   findings: Sequence[Finding] = ()) -> tuple[Cited, ...]:
    """The story's events by resolved date: one entry per event fact (an event
    finding), dated as its sources date it and citing every article that
    reports it, its text the clearest sentence saying it. A disputed event
    gets one entry per date, each with its own sources. Events told inside a
    quotation are what someone said, not what happened: they are left out."""
    known = {a.id for a in articles}
    by_id = {c.id: c for c in claims if c.event is not None and c.event.date
             and c.article in known and not _quoted(c)}
    chosen: list[tuple[str, Claim, tuple[str, ...]]] = []
    for f in findings:
        if f.kind != "event":
            continue
        by_date: dict[str, list[Claim]] = defaultdict(list)
        for claim_id in f.claims:
            if claim_id in by_id:
                by_date[by_id[claim_id].event.date].append(by_id[claim_id])
        for date, group in by_date.items():
            best = _most_shared(group)
            chosen.append((date, best, tuple(sorted({c.article for c in group}))))
    # A sentence telling events of two days ("…, who visited the site on
    # Monday night, said she would announce further measures on Tuesday
    # evening") would stand whole under both and read as a repeat: there each
    # entry gives the article's own words for its event, as the event notes do.
    days_of: dict[str, set[str]] = defaultdict(set)
    for date, best, _ in chosen:
        days_of[best.sentence.strip()].add(date)
    entries = []
    for date, best, sources in chosen:
        text = best.sentence.strip()
        if len(days_of[text]) > 1:
            text = event_excerpt(text, best.event.text, best.event.date_text)
        entries.append(Cited(text, sources, date))
    return tuple(sorted(entries, key=lambda e: (e.date, -len(e.sources), e.text)))


_WORD = re.compile(r"[A-Za-z][\w'’-]+")


def _most_shared(group: Sequence[Claim]) -> Claim:
    """The sentence of an event's mentions whose words the others share most,
    the shortest among equals: what the outlets agree on, not one outlet's
    aside. A finding may hold a mention that only shares the day ("…flipped a
    question at her Friday press conference…" beside two "visited the border
    Friday" sentences); the shortest sentence alone picked that one."""
    words = [{w.lower() for w in _WORD.findall(c.sentence) if len(w) > 3} for c in group]

    def shared(i: int) -> float:
        return sum(len(words[i] & words[j]) / (len(words[i] | words[j]) or 1)
                   for j in range(len(group)) if j != i)
    best = min(range(len(group)), key=lambda i: (-round(shared(i), 6), len(group[i].sentence),
                                                 group[i].id))
    return group[best]


_QUOTED = re.compile(r"[“\"][^“”\"]{3,}[”\"]")


def _quoted(claim: Claim) -> bool:
    """The event's date is inside a quotation in its sentence."""
    at = claim.sentence.find(claim.event.date_text)
    return at >= 0 and any(m.start() < at < m.end() for m in _QUOTED.finditer(claim.sentence))


def story_dates(articles: Sequence[Article]) -> tuple[str | None, str | None]:
    dates = sorted(a.published or a.published_inferred for a in articles
                   if a.published or a.published_inferred)
    return (dates[0], dates[-1]) if dates else (None, None)


__all__ = ["BRIEF_WRITER", "sentence_spans", "story_dates", "write_brief",
           "write_timeline"]
