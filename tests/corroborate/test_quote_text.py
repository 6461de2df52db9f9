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
