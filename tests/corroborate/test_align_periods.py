"""The periods a figure's sentence names (corroborate/align.periods and
figures._other_periods): "Q2" and "the second quarter" are one period."""

from crosscheck.corroborate.align import periods
from crosscheck.corroborate.figures import _other_periods


def test_a_quarter_written_short_is_the_quarter_written_out():
    assert periods("GDP printed -0.9% in Q2, the data showed.") == \
        periods("GDP fell 0.9% in the second quarter, the data showed.") == {"second quarter"}
    assert not _other_periods("GDP printed -0.9% in Q2.", "GDP fell 0.9% in the second quarter.")


def test_two_quarters_stay_two_periods():
    # must reject: Q1 and the second quarter are different periods
    assert periods("GDP fell 1.6% in Q1.") != periods("GDP fell 0.9% in the second quarter.")
    assert _other_periods("GDP fell 1.6% in Q1.", "GDP fell 0.9% in the second quarter.")
