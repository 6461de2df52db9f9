import pytest

from crosscheck.claims.quotes import find_quoted


def quotes(claims_of, text):
    return [(c.quote.speaker, c.quote.text) for c in claims_of(text, kind="quote")]


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said “we will win” today.", ["we will win"]),
    ("“First part,” he said. “Second part.”", ["First part,", "Second part."]),
    # A quote carried on into the next paragraph leaves its first one open.
    ("“The first paragraph goes on\n“and the second ends here.”", ["The first paragraph goes on", "and the second ends here."]),
])
def test_find_quoted(text, expected):
    assert [text[q.start:q.end] for q in find_quoted(text)] == expected


def test_find_quoted_rejects_a_stray_mark():
    assert find_quoted("He was 6' tall and the “ mark\nnever closed.") == []


FOUND = [
    ('"We are doing everything we can to help," said Foreign Minister Ana Ruiz.', "Ana Ruiz", "We are doing"),
    ('Ana Ruiz said: "We are doing everything we can to help."', "Ana Ruiz", "We are doing"),
    # "he" is the nearest person before who was a clause subject.
    ('Emmanuel Macron arrived late. "This is not the time to stop," he told journalists.', "Emmanuel Macron", "This is not"),
    # The fullest name the article gives.
    ('Emmanuel Macron arrived late.\n\n"This is not the time to stop," Macron said.', "Emmanuel Macron", "This is not"),
    ('"We have no comment on the report at this time," a senior official told the agency.', "a senior official", "We have no"),
    # A partial quote with its speaker in the sentence.
    ("Ana Ruiz dismissed the offer as “a stunt” on Sunday.", "Ana Ruiz", "a stunt"),
    ("Senate sources confirmed that Manchin was “dug in” on climate issues.", "Senate sources", "dug in"),
]


@pytest.mark.parametrize("text, speaker, opening", FOUND)
def test_quote_and_speaker(claims_of, text, speaker, opening):
    found = quotes(claims_of, text)
    assert any(s == speaker and q.startswith(opening) for s, q in found), found


REJECTED = [
    "His new special “The Closer” drew protests from viewers.",  # a title in marks
    "The package known as the “reconciliation bill” stalled in the Senate.",  # a name
    "The economy is not in an “official” recession, analysts said.",  # scare quote before the verb
    "During the height of “stagflation” the Federal Reserve announced a hike.",
    "Nobody knows whether this is “transitory” at all.",  # no speaker anywhere
]


@pytest.mark.parametrize("text", REJECTED)
def test_not_a_quote(claims_of, text):
    assert quotes(claims_of, text) == []


def test_a_curly_quote_closed_in_the_next_paragraph_runs_on(claims_of):
    """Some texts break lines inside a quote: the quote is one, its speaker named after it."""
    text = ("Ellen DeGeneres will host the Oscars, the Academy said on Friday.\n\n"
            "“I am so excited to be hosting the Oscars for the second time.\n\n"
            "You know what they say, the third time’s the charm,” said DeGeneres.")
    quotes = [(c.quote.speaker, c.quote.text) for c in claims_of(text, kind="quote")]
    assert quotes == [("Ellen DeGeneres", "I am so excited to be hosting the Oscars for the "
                       "second time. You know what they say, the third time’s the charm,")]


def test_an_open_quote_is_not_closed_by_a_later_paragraph_that_opens_its_own(claims_of):
    text = ("“We will rebuild the mine in Kestrel Falls.\n\n"
            "“Nobody will be left behind in Kestrel Falls,” said Adaeze Korrin.")
    quotes = [c.quote.text for c in claims_of(text, kind="quote")]
    assert not any("\n" in q or "rebuild the mine in Kestrel Falls. Nobody" in q for q in quotes)
