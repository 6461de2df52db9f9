"""A count a toll names by its state alone (figure_states.toll_state): the
forms counted in the AllSides, Baly, ECB+ and recession texts, written with
made-up clauses."""

import pytest

from crosscheck.claims.figures import extract_figures


def subjects(nlp, text, value):
    return [f.subject for f in extract_figures(nlp(text)[:]) if f.value == value]


@pytest.mark.parametrize("text, value, subject", [
    # the noun said once, for the first count of the toll
    ("Two people were killed and 116 injured in the crash near Cayce.", 116, "injured"),
    ("The blast left three dead and more than 100 wounded on Monday.", 100, "wounded"),
    ("Divers have recovered 24 bodies, with 121 still missing.", 121, "missing"),
    # ... or not at all
    ("More than 850 were injured in clashes across the country.", 850, "injured"),
    ("At least 44 people were killed and more than 100 more were injured.", 100, "more injured"),
    # ... or by the verb of the toll it is the object of
    ("Two bombs exploded near the finish line, killing three and injuring more than 100.", 3,
     "killed"),
    ("A gunman stormed into the synagogue, killing 11 and wounding six.", 11, "killed"),
])
def test_a_toll_counts_its_state(nlp, text, value, subject):
    assert subject in subjects(nlp, text, value)


@pytest.mark.parametrize("text, value", [
    # the state modifies a noun after it: the count is of the noun
    ("She lost those 13 missing Blackberry devices the bureau wanted.", 13),
    # no state after the number
    ("The 12 arrived at the border on Monday.", 12),
    # a share or a sum is no toll
    ("Shares fell 5 percent, hurt by the weak forecast.", 5),
    # the object of another verb
    ("The company cut 300 in March and hired 200 more in May.", 300),
])
def test_no_state_or_a_state_of_a_noun_is_no_toll(nlp, text, value):
    assert not any(s in ("missing", "hurt", "injured", "killed") for s in subjects(nlp, text, value))
