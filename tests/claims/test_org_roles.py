"""Organisations as role holders (claims/org_roles.py): the kind of body a
named organisation is, and the same shapes that give none."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The U.S. nonprofit group EcoHealth Alliance notified the NIAID in two reports.",
     ("EcoHealth Alliance", "U.S. nonprofit group", False)),
    ("Along with their collaborator, the U.S.-based nonprofit EcoHealth Alliance, they engaged in research.",
     ("EcoHealth Alliance", "U.S.-based nonprofit", False)),
    ("The report came from the conservative think tank Heritage Foundation on Monday.",
     ("Heritage Foundation", "conservative think tank", False)),
    ("EcoHealth Alliance, a New York-based nonprofit, declined to comment.",
     ("EcoHealth Alliance", "New York-based nonprofit", False)),
    ("The data from the Labor Department's Bureau of Labor Statistics showed gains.",
     ("Bureau of Labor Statistics", "Labor Department's bureau", False)),
])
def test_the_kind_of_a_named_body(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "A group of Amazon workers walked out on Monday.",  # the kind qualifies another noun
    "The European Union said on Monday the talks would go on.",  # the kind is in the name
    "Congress voted to fund Planned Parenthood for another year.",  # a verb, not a kind
    "Apple, a company spokesman said, would not comment.",  # the kind qualifies "spokesman"
    "The firm hired Deloitte, a company of auditors, in May.",  # the apposition goes on after its kind
])
def test_no_kind_of_a_body(roles_of, text):
    assert not [r for r in roles_of(text) if r[0] in (
        "Amazon", "European Union", "Planned Parenthood", "Goldman Sachs")]


@pytest.mark.parametrize("title, body", [
    ("U.S.-based nonprofit", True), ("Labor Department's bureau", True),
    ("Secretary of State", False), ("Fox News host", False)])
def test_names_a_body(title, body):
    """A body's kind is kept out of the titles that resolve "the agency said"
    (claims/__init__.py): on PolNeAR dev it gave a memo's "the agency" to the
    agency the next sentence names."""
    from crosscheck.claims.org_roles import names_a_body
    assert names_a_body(title) is body
