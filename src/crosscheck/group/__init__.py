"""group: relations between articles, independent sources, and stories.

    links = find_links(articles, groups=[story.articles for story in stories])
    articles = with_relations(articles, links)
    sources = source_groups([a.id for a in articles], links)
    stories, state = cluster_articles(articles, state)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from crosscheck.group.relations import Link, find_links, relations_by_article
from crosscheck.group.sources import source_groups
from crosscheck.group.stories import ClusterState, StoryCluster, cluster_articles
from crosscheck.models import Article

__all__ = ["Link", "find_links", "relations_by_article", "with_relations", "source_groups",
           "ClusterState", "StoryCluster", "cluster_articles"]


def with_relations(articles: Sequence[Article], links: Iterable[Link]) -> list[Article]:
    """``articles`` with their ``relations`` set from ``links`` (replacing any before)."""
    by_article = relations_by_article(links)
    return [replace(a, relations=by_article.get(a.id, ())) for a in articles]
