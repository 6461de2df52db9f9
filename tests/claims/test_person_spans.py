"""Bodies and persons of bodies (claims/person_spans.is_a_body)."""

import pytest

from crosscheck.claims.person_spans import is_a_body


@pytest.mark.parametrize("name", ["the White House", "the Justice Department", "Ministry of Defence",
                                  "the Department of Justice"])
def test_a_body_is_a_body_with_its_head_alone(name):
    assert is_a_body(name) and is_a_body(name, head_only=True)


@pytest.mark.parametrize("name", ["a White House spokesman", "the union leader",
                                  "Justice Department official"])
def test_a_person_of_a_body_is_no_body_by_its_head(name):
    assert not is_a_body(name, head_only=True)


def test_a_person_is_no_body():
    assert not is_a_body("Jane Roe") and not is_a_body(None)
