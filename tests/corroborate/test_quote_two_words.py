"""Two words quoted from a longer quote of the same person join it
(corroborate/quotes._rare_pair): one of them a word English writes seldom,
the longer quote in another article, holding the two words together."""

import pytest

from corroborate_builders import Quote, claim
from corroborate_builders import quotes_of as _quotes
from corroborate_builders import said as _said


@pytest.mark.parametrize("speaker, pair, joined", [
    ("Mike Pompeo", "deeply grateful", True),       # dev6: two long words of his longer quote
    ("Mike Pompeo", "am deeply", True),             # one seldom word is enough within his quote
    # must reject: another person's, words not in the quote, short common words
    ("Tomas Weyland", "deeply grateful", False),
    ("Mike Pompeo", "deeply honored", False),
    ("Mike Pompeo", "to serve", False),
    ("Mike Pompeo", "as director", False),
    ("Mike Pompeo", "me to", False),
])
def test_two_words_join_the_longer_quote_of_the_same_person(outlets, speaker, pair, joined):
    long = "I am deeply grateful to President Trump for permitting me to serve as director"
    claims = [_said("a1", "Mike Pompeo", long),
              claim("a2", f"{speaker} said he was “{pair}” to Trump.", quote=Quote(speaker, pair))]
    [finding] = _quotes(outlets, claims)
    assert (len(finding.articles) == 2) is joined


def test_a_two_word_insult_joins_the_same_persons_longer_quote(outlets):
    # AllSides dev3: The Daily Wire gives Trump's "an insult", BBC News his
    # whole statement; a third article's "an insult" of another speaker stays apart
    long = "Facebook’s ruling is an insult to the record-setting 75M people, plus many others"
    claims = [_said("a1", "Donald Trump", long),
              claim("a2", "Trump called the decision “an insult” to his voters.",
                    quote=Quote("Donald Trump", "an insult")),
              claim("a3", "Mark Zuckerberg called the suspension “an insult” to nobody.",
                    quote=Quote("Mark Zuckerberg", "an insult"))]
    [finding] = _quotes(outlets, claims)
    assert sorted(finding.articles) == ["a1", "a2"]


def test_two_long_words_said_again_in_the_longer_quotes_article_are_read_without_failing(outlets):
    # The same two words in the long quote's own article, read after another
    # article's two words had joined it (claims are read in the order of
    # their ids): a story of the first 400 Baly articles failed with a
    # KeyError here. The other article's two words still join; the long
    # quote's own article adds nothing the long quote does not.
    long = "I am deeply grateful to President Trump for permitting me to serve as director"
    own = claim("a1", "Pompeo said again he was “deeply grateful” to Trump.",
                quote=Quote("Mike Pompeo", "deeply grateful"))
    other = next(c for c in (claim("a2", f"Pompeo said he was “deeply grateful” to Trump{when}.",
                                   quote=Quote("Mike Pompeo", "deeply grateful"))
                             for when in ("", " on Monday", " on Tuesday", " on Friday", " again",
                                          " in May", " in June", " in July", " in 2019"))
                 if c.id < own.id)
    [finding] = _quotes(outlets, [_said("a1", "Mike Pompeo", long), own, other])
    assert sorted(finding.articles) == ["a1", "a2"]
