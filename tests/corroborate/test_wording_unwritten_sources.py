"""A source the attribution reader resolved to a name the sentence does not
write ("Biden said" read as Jill Biden, "she reports" as Paul Root Wolpe) is
cited only when the words that stand for it say the number (issue 15, notes
gold heldout14). Each case is one the gold showed, with one it must leave
alone."""

from dataclasses import replace

import pytest

from corroborate_builders import claim, fig
from crosscheck.corroborate.common import says_the_number


@pytest.mark.parametrize("source, sentence, value, unit, says", [
    # heldout14: the name stands for someone saying other words, or doing something else
    ("Paul Root Wolpe", "After nearly six weeks of being laid off, one server waves and grins as "
     "she reports for a deep-clean shift.", 6, "week", False),
    ("twothirds", "In a 2016 survey of nearly 8,000 policemen and women from departments with "
     "at least 100 officers, two-thirds said most such encounters are isolated incidents.",
     100, None, False),
    ("Michael Avenatti", "In early April, Avenatti sent a letter to the secretary of the "
     "Treasury, asking the agency to release a SAR report relating to Daniels’ $130,000 payday.",
     130000, "USD", False),
    ("Jim O'Brien", "In December, the school imposed a one-year postseason tournament ban on its "
     "men's basketball team after O'Brien acknowledged he gave about $6,000 to recruit a player.",
     1, "year", False),
    # heldout13: the writer's words of when, not what she announced
    ("Nikole Hannah-Jones", "She announced her decision not to join UNC on Tuesday morning, "
     "about a week after the university's board of trustees voted 9-4 to grant her request for "
     "tenure.", 9, "vote", False),
    # must not: a surname, a pronoun or a description that says it, before or after its verb
    ("Andrew M. Cuomo", "Mr. Cuomo said his resignation would take effect in 14 days.",
     14, "day", True),
    ("Frances Harrison", "The initial tremor lasted just over 10 seconds, she says.",
     10, "second", True),
    ("Donald Trump", "“Facebook’s ruling is an insult to the record-setting 75 million people,” "
     "said Trump, who also called the election rigged.", 75e6, None, True),
    ("Michael Cohen", "On Aug. 21, Cohen pleaded guilty and said President Trump directed him to "
     "make payments to two women during the 2016 campaign.", 2, None, True),
    ("Mehdi Irannejad", "The governor also said that five people had received treatment.",
     5, None, True),
    ("Nikole Hannah-Jones", "She said on Tuesday that the board of trustees had voted 9-4 to "
     "grant her request.", 9, "vote", True),
])
def test_a_source_the_sentence_does_not_write_is_cited_when_its_words_say_the_number(
        source, sentence, value, unit, says):
    figure = fig("thing", value, unit=unit)
    if unit == "vote":
        figure = replace(figure, against=4.0)
    mentioned = claim("a1", sentence, figure=figure, attribution=source)
    assert says_the_number(source, mentioned) is says


@pytest.mark.parametrize("source, sentence, value, unit, says", [
    # heldout15: she released the tapes; the paper counts them
    ("Manigault Newman", "This is the second tape of a private phone call released by Manigault "
     "Newman, who has written a memoir on her time at the White House.", 2, "ordinal", False),
    ("WikiLeaks", "The 20,000 emails published by WikiLeaks embarrassed the campaign.",
     20000, None, False),
    # must not: a participle said of something else, or a verb of counting
    ("the Labor Department", "Unemployment fell to 5.2% in August, according to figures "
     "released by the Labor Department.", 5.2, "percent", True),
    ("the county", "The 40 deaths recorded by the county were all in nursing homes.",
     40, None, True),
])
def test_the_agent_of_what_is_counted_is_not_cited_for_the_count(source, sentence, value, unit,
                                                                  says):
    mentioned = claim("a1", sentence, figure=fig("thing", value, unit=unit), attribution=source)
    assert says_the_number(source, mentioned) is says
