import re

from crosscheck.patterns import compiled


def test_a_pattern_made_from_words_is_compiled_once_and_matches_as_re_does():
    word = re.escape("Gov.")
    first = compiled(rf"\b{word}(?!\w)", re.I)
    assert compiled(rf"\b{word}(?!\w)", re.I) is first
    assert first.search("said gov. Ana Lopez").group() == "gov."
    # must not: the same text with other flags is another pattern
    plain = compiled(rf"\b{word}(?!\w)")
    assert plain is not first and plain.search("said gov. Ana Lopez") is None
