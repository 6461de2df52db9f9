"""The story stage: one story's relations, findings, brief and timeline, built
from its members and their claims as stored.

A plain function of its inputs (:func:`build_story`), so the same build runs
in the process that holds the store or on any worker (a process of a pool, a
Ray actor): the driver reads a story's articles and claims, a worker builds
it, the driver writes what came back (``pipeline.update_stories``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .brief import story_dates, write_brief, write_timeline
from .corroborate import corroborate
from .embed import reusing_vectors
from .group import find_links, relations_by_article, source_groups
from .inferred_dates import infer_published, resolve_inferred_events
from .models import Article, Claim, Story

__all__ = ["BuiltStory", "build_story", "build_story_each"]

#: What one story build makes: the story with its findings, brief and
#: timeline; its members whose relations or inferred dates changed; the claims
#: resolved against an inferred date, by article.
BuiltStory = tuple[Story, list[Article], dict[str, list[Claim]]]


def build_story_each(task: Sequence[tuple[Story, list[Article], list[Claim]]]
                     ) -> list[BuiltStory]:
    """:func:`build_story` of each (story, members, claims): one worker's task."""
    return [build_story(story, articles, claims) for story, articles, claims in task]


def build_story(story: Story, articles: Sequence[Article], claims: Sequence[Claim]
                ) -> BuiltStory:
    """One story's relations, findings, brief and timeline, from its members
    and their claims as stored: a plain function, run on any worker. Returns
    the story built, its members as they are to be stored (with their
    relations and inferred dates) and the claims of members whose relative
    dates were resolved against an inferred date, by article; what did not
    change is left out."""
    # Sorted: what a story build makes must not depend on the order the store
    # returns rows in (a resumed run wrote them in another order).
    stored = sorted(articles, key=lambda a: a.id)
    ordered = sorted(claims, key=lambda c: (c.article, c.span, c.id))
    # Relations, alignment and the brief embed the same sentences: once each.
    # The cache is this build's own, so the vectors do not depend on what the
    # worker built before.
    with reusing_vectors():
        return _story_from(story, stored, ordered)


def _story_from(story: Story, stored: list[Article], claims: list[Claim]) -> BuiltStory:
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
    findings = corroborate(members, claims, groups)
    first, last = story_dates(members)
    built = replace(story, claims=tuple(c.id for c in claims), findings=tuple(findings),
                    brief=write_brief(members, claims, findings, groups),
                    timeline=write_timeline(members, claims, findings), first_date=first,
                    last_date=last, sources=len(set(groups.values())))
    return (built, [a for a, old in zip(members, stored) if a != old],
            {i: [c for c in claims if c.article == i] for i in sorted(changed)})
