"""A quake's magnitude, however an outlet writes it (claims/figure_magnitudes.py);
sentences written anew after the wordings of ECB+ and Baly quake reports."""

import pytest

from crosscheck.claims.figures import extract_figures


def magnitudes(nlp, text):
    return [f.value for f in extract_figures(nlp(text)[:]) if f.subject == "magnitude"]


@pytest.mark.parametrize("text, value", [
    ("A 5.6 magnitude earthquake struck the island on Sunday.", 5.6),
    ("A magnitude 5.6 earthquake struck the island on Sunday.", 5.6),
    ("A magnitude-4.8 earthquake struck the island on Sunday.", 4.8),
    ("A strong 6.1-magnitude quake shook the capital.", 6.1),
    ("The quake had a magnitude of 5.9, the seismological centre said.", 5.9),
    ("An earthquake measuring 5.6 on the Richter scale jolted the island.", 5.6),
    ("A 5.6 quake jolted the island before dawn.", 5.6),
])
def test_a_magnitude_is_one_subject_however_written(nlp, text, value):
    assert magnitudes(nlp, text) == [value]


@pytest.mark.parametrize("text", [
    # counts of quakes, a year, a toll, a sum: no magnitude
    "Two quakes struck the region; 3 aftershocks followed within the hour.",
    "The 2011 quake killed 15,000 people.",
    "The quake caused $5.5 billion in damage.",
    # a number too big for any magnitude scale
    "Rescuers pulled 12 people from the rubble after the magnitude 7 quake hit 40 villages.",
])
def test_other_numbers_of_a_quake_are_no_magnitude(nlp, text):
    assert all(v <= 7 for v in magnitudes(nlp, text))
    assert not [v for v in magnitudes(nlp, text) if v in (2, 3, 2011, 15000, 5.5, 12, 40)]
