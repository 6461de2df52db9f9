import pytest


def roles(claims_of, text):
    return [(c.role.person, c.role.title, c.role.former) for c in claims_of(text, kind="role")]


FOUND = [
    ("Foreign Minister Ana Ruiz arrived in Madrid on Monday.", ("Ana Ruiz", "Foreign Minister", False)),
    ("The plan was criticised by former Chancellor Olaf Scholz.", ("Olaf Scholz", "Chancellor", True)),
    ("Kenyan Interior Minister Kipchumba Murkomen visited the site.", ("Kipchumba Murkomen", "Interior Minister", False)),
    ("The mayor's spokesperson, Lee Park, declined to comment.", ("Lee Park", "mayor's spokesperson", False)),
    ("Jerome Powell, the chair of the Federal Reserve, spoke briefly.", ("Jerome Powell", "chair of the Federal Reserve", False)),
    ("They subpoenaed Jeffrey Clark, a former Justice Department official, on Wednesday.", ("Jeffrey Clark", "Justice Department official", True)),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_role_found(claims_of, text, expected):
    assert expected in roles(claims_of, text)


REJECTED = [
    "On Tuesday Joe Biden spoke to reporters.",  # a day is no title
    "Netflix star Dave Chappelle performed in London.",  # "star" is no title word
    "Joe Manchin, a conservative West Virginia Democrat, objected.",  # describes, no title
    "Ana Ruiz, who arrived late, said nothing.",
]


@pytest.mark.parametrize("text", REJECTED)
def test_not_a_role(claims_of, text):
    assert roles(claims_of, text) == []


def test_speaker_by_role(claims_of):
    text = ("French President Emmanuel Macron met the press in Paris.\n\n"
            '"We will not give in to threats of this kind," the president said.')
    found = [c.quote.speaker for c in claims_of(text, kind="quote")]
    assert found == ["Emmanuel Macron"]
