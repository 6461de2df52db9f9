"""Where quoted words stand in a sentence (crosscheck.corroborate.quote_text)."""

from crosscheck.corroborate.quote_text import within_quotation


def test_a_position_is_within_a_quotation_between_open_and_close_marks():
    curly = "“If President Obama had crossed his Red Line,” Trump wrote."
    assert within_quotation(curly, curly.index("Obama"))
    assert not within_quotation(curly, curly.index("Trump"))
    straight = 'He said "the president knew" and President Biden agreed.'
    assert within_quotation(straight, straight.index("president"))
    assert not within_quotation(straight, straight.index("Biden"))
    # a closing ’ is also an apostrophe: it opens no quotation
    apostrophe = "The senator’s aide said President Obama called."
    assert not within_quotation(apostrophe, apostrophe.index("Obama"))


def test_spelled_numbers_are_read_with_where_they_stand():
    from crosscheck.corroborate.quote_text import spelled_numbers

    text = "Fifty-eight percent said so, and two hundred officers came."
    assert [(text[s:e], v) for s, e, v in spelled_numbers(text)] == \
        [("Fifty-eight", 58.0), ("two hundred", 200.0)]
    # must not: a run that is no one number
    assert spelled_numbers("one or two of them") == [(0, 3, 1.0), (7, 10, 2.0)]
    assert spelled_numbers("one two three") == []
