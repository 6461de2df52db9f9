"""Fixtures for the claims tests: the model, loaded once, and article builders."""

from __future__ import annotations

import pytest

from crosscheck.claims import extract_claims
from crosscheck.claims.nlp import load_nlp
from crosscheck.models import Article


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def claims_of(nlp):
    """``claims_of(text, published=None, kind=None)`` → the claims of that text."""

    def run(text: str, published: str | None = "2025-03-12", kind: str | None = None):
        article = Article(id="a-test", origin="test", title=None, published=published, text=text)
        found = extract_claims(article, nlp=nlp)
        for claim in found:
            assert claim.sentence == text[claim.span[0]:claim.span[1]]
        return [c for c in found if kind is None or c.kind == kind]

    return run


@pytest.fixture(scope="session")
def roles_of(claims_of):
    """``roles_of(text)`` → ``(person, title, former)`` of every role claim of that
    text: what the role tests accept and reject."""

    def run(text: str) -> list[tuple[str, str, bool]]:
        return [(c.role.person, c.role.title, c.role.former) for c in claims_of(text, kind="role")]

    return run
