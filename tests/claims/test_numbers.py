import pytest

from crosscheck.claims.numbers import parse_numeral, parse_words, roundness, significant_digits


@pytest.mark.parametrize("words, expected", [
    (["five"], 5), (["1,657"], 1657), (["5.9"], 5.9), (["1.2", "million"], 1_200_000),
    (["three", "dozen"], 36), (["a", "dozen"], 12), (["twenty-five"], 25),
    (["three", "hundred", "thousand"], 300_000), (["$150", "billion"], None),
    (["150", "billion"], 150e9), (["5bn"], 5e9),
])
def test_parse_words(words, expected):
    assert parse_words(words) == expected


@pytest.mark.parametrize("words", [["two", "three"], ["and"], ["ninth"], ["COVID-19"]])
def test_parse_words_rejects(words):
    assert parse_words(words) is None


@pytest.mark.parametrize("text", ["24/7", "555-1234", "1st", "9/11", "", "five", "a1", "-5", " "])
def test_parse_numeral_rejects(text):
    assert parse_numeral(text) is None


@pytest.mark.parametrize("text, value", [
    # what must pass the first character's check: a point, a digit in any script
    (".5", 0.5), (" 1,657 ", 1657), ("\u0663\u0664", 34), ("3k", 3000),
])
def test_parse_numeral_reads(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("written, multiplier, step", [
    ("3,400", 1, 100), ("20", 1, 10), ("5.9", 1, 0.1), ("1.2", 1e6, 1e5), ("7", 1, 1),
])
def test_roundness(written, multiplier, step):
    assert roundness(written, multiplier) == pytest.approx(step)


@pytest.mark.parametrize("value, digits", [
    (4.8, 2), (194_000, 3), (2, 1), (188_829, 6), (0.75, 2),
    # millions and billions read whole, never from the exponent form
    # ("3.2e+09" was once four digits, "1.23457e+06" six)
    (3.2e9, 2), (3e9, 1), (1_234_567, 7), (92.5e6, 3),
])
def test_significant_digits(value, digits):
    assert significant_digits(value) == digits


@pytest.mark.parametrize("text, value", [("2½", 2.5), ("½", 0.5), ("10¾", 10.75), ("1,000½", 1000.5)])
def test_a_fraction_written_as_one_character_is_read(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["½x", "2½½", "x½", "2/3"])
def test_a_fraction_character_inside_a_word_is_no_number(text):
    assert parse_numeral(text) is None


def test_a_span_written_with_a_fraction_character_is_read(nlp):
    from crosscheck.claims.figures import extract_figures

    [span] = extract_figures(nlp("Mr. Ryan has been speaker for about 2½ turbulent years.")[:])
    assert (span.value, span.unit, span.qualifier) == (2.5, "year", "about")
