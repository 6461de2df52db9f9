"""The story stage: one story's relations, findings, brief and timeline, built
from its members and their claims as stored.

A plain function of its inputs (:func:`build_story`), so the same build runs
in the process that holds the store or on any worker (a process of a pool, a
Ray actor): the driver reads a story's articles, claims and sentence vectors
(:func:`build_all`), a worker builds it, the driver writes what came back
(``pipeline.update_stories``).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .brief import story_dates, write_brief, write_timeline
from .claims.nlp import parse_all
from .claims.sentence_parses import title_sentences_to_parse
from .corroborate import corroborate, sentences_to_parse
from .embed import MODEL_ID, reusing_vectors
from .group import find_links, relations_by_article, source_groups
from .inferred_dates import infer_published, resolve_inferred_events
from .models import Article, Claim, Story
from .sentence_vectors import embed_sentences, is_current, known_vectors
from .store import Store

__all__ = ["BuiltStory", "Mapper", "build_all", "build_story", "build_story_each"]

#: What one story build makes: the story with its findings, brief and
#: timeline; its members whose relations or inferred dates changed; the claims
#: resolved against an inferred date, by article; the sentence vectors it had
#: to make (members stored without them), by article, for the store to keep.
BuiltStory = tuple[Story, list[Article], dict[str, list[Claim]], dict[str, bytes]]
#: What a worker's task holds for one story: the story, its members, their
#: claims and the sentence vectors stored for them (by article).
StoryTask = tuple[Story, list[Article], list[Claim], dict[str, bytes]]

#: ``map(function, items)``: the results in order, computed here or on workers.
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterator[Any]]

# Stories travel to a worker in tasks of up to this many stories or members
# (whichever comes first): most stories are one article, whose build takes a
# few milliseconds, about what sending a task costs.
STORY_TASK_STORIES, STORY_TASK_ARTICLES = 16, 32

_log = logging.getLogger(__name__)


def build_all(store: Store, todo: Sequence[Story], mapper: Mapper) -> Iterator[BuiltStory]:
    """Each story of ``todo`` built by ``mapper``, in order, in tasks of a
    few stories (in this process too: a task's parses are made in one batch,
    :func:`build_story_each`). The driver reads each story's members, claims
    and sentence vectors as the workers ask for more."""
    if not todo:
        return  # no workers started for nothing

    def tasks() -> Iterator[list[StoryTask]]:
        task: list[StoryTask] = []
        size = 0
        for story in todo:
            task.append(_task(store, story))
            size += len(story.articles)
            if len(task) >= STORY_TASK_STORIES or size >= STORY_TASK_ARTICLES:
                yield task
                task, size = [], 0
        if task:
            yield task
    for results in mapper(build_story_each, tasks()):
        yield from results


def _task(store: Store, story: Story) -> StoryTask:
    # A story of one article compares no sentences (build_story): its vectors
    # are not read, nor sent to a worker.
    vectors = store.sentence_vectors(story.articles, MODEL_ID) if len(story.articles) > 1 else {}
    return story, store.articles(story.articles), store.claims(story.articles), vectors


def build_story_each(task: Sequence[StoryTask]) -> list[BuiltStory]:
    """:func:`build_story` of each (story, members, claims, vectors): one
    worker's task. The sentences their notes will parse are parsed first, in
    one batch (:func:`crosscheck.claims.nlp.parse_all`): the same parses for
    half the CPU of one by one, as a story's notes ask for them (those of
    figures, events and quotes, and those in which a role's title is worded)."""
    claims = [c for _, _, members_claims, _ in task for c in members_claims]
    parse_all(sentences_to_parse(claims) + title_sentences_to_parse(claims))
    return [_built_or_without_findings(*story) for story in task]


def _built_or_without_findings(story: Story, articles: Sequence[Article], claims: Sequence[Claim],
                               vectors: Mapping[str, bytes]) -> BuiltStory:
    """:func:`build_story`; when its findings fail (a fault of ours, met on
    one story's text), the story built without them and the fault told in one
    line, so that one story does not stop a run over thousands: an ingest of
    the first 400 Baly articles stopped at its story step on a KeyError of
    the quote findings, and stopped again at each rerun. A later build, by a
    mended version, writes the findings (the corroborator's version is part
    of what makes a story stale)."""
    try:
        return build_story(story, articles, claims, vectors)
    except Exception as error:  # noqa: BLE001 - any fault of one story's findings
        _log.warning("story %s: built without its findings, which failed (%s: %s); "
                     "please report this with the story's articles", story.id,
                     type(error).__name__, error)
        return build_story(story, articles, claims, vectors, with_findings=False)


def build_story(story: Story, articles: Sequence[Article], claims: Sequence[Claim],
                vectors: Mapping[str, bytes] | None = None, with_findings: bool = True) -> BuiltStory:
    """One story's relations, findings, brief and timeline, from its members
    and their claims as stored: a plain function, run on any worker. Returns
    the story built, its members as they are to be stored (with their
    relations and inferred dates), the claims of members whose relative
    dates were resolved against an inferred date, by article, and the
    sentence vectors made for members that had none; what did not change is
    left out. ``vectors``: the members' stored sentence vectors, by article
    (:mod:`crosscheck.sentence_vectors`); the result is the same without them."""
    # Sorted: what a story build makes must not depend on the order the store
    # returns rows in (a resumed run wrote them in another order).
    stored = sorted(articles, key=lambda a: a.id)
    ordered = sorted(claims, key=lambda c: (c.article, c.span, c.id))
    vectors = dict(vectors or {})
    made: dict[str, bytes] = {}
    if len(stored) > 1:  # one article: no stage compares its sentences with another's
        # A member with no vectors yet (its first story of several articles, a
        # store older than them), or with vectors of an older text or claims,
        # gets them here, once: the build returns them for the store to keep.
        missing = [a for a in stored
                   if a.id not in vectors or not is_current(vectors[a.id], a, ordered)]
        made = dict(zip((a.id for a in missing), embed_sentences(missing, ordered)))
    # Relations, alignment and the brief start from the members' sentence
    # vectors; a text that is not one is embedded once in the build. The
    # cache is this build's own, so nothing depends on what the worker built before.
    with reusing_vectors(known_vectors(vectors | made)):
        return (*_story_from(story, stored, ordered, with_findings), made)


def _story_from(story: Story, stored: list[Article], claims: list[Claim],
                with_findings: bool = True) -> BuiltStory:
    # Copies, rewrites and shared wire material are looked for inside the
    # story: a copy in another story would be a clustering error, and looking
    # across the whole store would make every build cost the whole store.
    links = find_links(stored)
    relations = relations_by_article(links)
    groups = {i: g[0] for g in source_groups(story.articles, links) for i in g}
    inferred = infer_published(stored, claims)
    resolved = resolve_inferred_events(claims, inferred)  # "on Monday" of an undated article
    changed = {c.article for c, old in zip(resolved, claims) if c != old}
    claims = resolved
    members = [replace(a, relations=relations.get(a.id, ()),
                       published_inferred=inferred[a.id].date if a.id in inferred else None,
                       published_inferred_reason=inferred[a.id].reason if a.id in inferred
                       else None) for a in stored]
    findings = corroborate(members, claims, groups) if with_findings else []
    first, last = story_dates(members)
    built = replace(story, claims=tuple(c.id for c in claims), findings=tuple(findings),
                    brief=write_brief(members, claims, findings, groups),
                    timeline=write_timeline(members, claims, findings), first_date=first,
                    last_date=last, sources=len(set(groups.values())))
    return (built, [a for a, old in zip(members, stored) if a != old],
            {i: [c for c in claims if c.article == i] for i in sorted(changed)})
