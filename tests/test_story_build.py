"""The story build (story_build.py): a fault in one story's findings does not
stop the run; the story is built without them and the fault is told."""

from __future__ import annotations

import logging

import pytest

from crosscheck import story_build
from crosscheck.models import Story
from test_sentence_vectors import QUAKE_A, QUAKE_B, _article  # the two accounts of one quake


@pytest.fixture(scope="module")
def task():
    from crosscheck.claims import extract_claims_each

    articles = [_article("a", QUAKE_A, "Courier"), _article("b", QUAKE_B, "Herald")]
    claims = [c for found in extract_claims_each(articles) for c in found]
    return Story(id="s1", headline="Quake", articles=("a", "b")), articles, claims, {}


def test_a_story_whose_findings_fail_is_built_without_them_and_told(task, monkeypatch, caplog):
    def failing(*_):
        raise KeyError("c8c2a8054e5091bf1")

    monkeypatch.setattr(story_build, "corroborate", failing)
    with caplog.at_level(logging.WARNING, logger="crosscheck.story_build"):
        [(story, _, _, _)] = story_build.build_story_each([task])
    assert story.findings == () and story.brief  # the brief still has its lead
    assert "story s1: built without its findings" in caplog.text and "KeyError" in caplog.text


def test_a_story_whose_findings_are_made_is_built_with_them(task, caplog):
    # must keep: nothing is left out, nothing told, when the findings are made
    with caplog.at_level(logging.WARNING, logger="crosscheck.story_build"):
        [(story, _, _, _)] = story_build.build_story_each([task])
    assert story.findings and caplog.text == ""


def test_a_fault_outside_the_findings_still_stops_the_build(task, monkeypatch):
    # must reject: only the findings are left out; a fault in the brief is no
    # story at all, and is raised
    def failing(*_):
        raise ValueError("brief")

    monkeypatch.setattr(story_build, "write_brief", failing)
    with pytest.raises(ValueError):
        story_build.build_story_each([task])
