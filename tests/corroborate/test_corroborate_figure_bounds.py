"""What a figure's wording allows (corroborate/figure_bounds.py): bounds,
roundings and units compared, read pair by pair without the pipeline."""

import pytest

from crosscheck.corroborate.figure_bounds import in_common_unit, intervals_meet, overlap

from corroborate_builders import fig


@pytest.mark.parametrize("a, b, expected", [
    (fig("dead", 2100, "over"), fig("dead", 2134, "at-least"), True),
    (fig("dead", 2000, "over"), fig("dead", 2134), True),
    # "more than 40" beside a bare "40" is the bare writer's rounding (a
    # little more than three hours, "three hours"); not beside 39, nor
    # beside another bound of 40 that excludes it
    (fig("dead", 40, "over"), fig("dead", 40), True),
    (fig("hours", 3, "over", unit="hour"), fig("hours", 3, "about", unit="hour"), True),
    (fig("dead", 40, "over"), fig("dead", 39), False),
    (fig("weeks", 2, "under", unit="week"), fig("weeks", 2, "over", unit="week"), False),
    (fig("dead", 40, "at-least"), fig("dead", 40), True),
    (fig("trapped", 12), fig("trapped", 13), False),
    (fig("rescuers", 300, "about"), fig("rescuers", 320), True),
    (fig("rescuers", 20, "about", low=18, high=22), fig("rescuers", 30), False),
    (fig("hours", 48, "nearly"), fig("hours", 50), False),
    (fig("x", 10, "under"), fig("x", 10, "at-least"), False),
    # a share is written rounded: "47 percent" may be 46.7, "8.6%" may be 8.58
    (fig("vote", 47, unit="percent"), fig("vote", 46.7, unit="percent"), True),
    (fig("inflation", 8.6, unit="percent"), fig("inflation", 8.58, unit="percent"), True),
    (fig("vote", 53, "over", unit="percent"), fig("vote", 53, unit="percent"), True),
    # ... but two whole shares stay apart, and so do whole counts
    (fig("increase", 12, unit="percent"), fig("increase", 13, unit="percent"), False),
    (fig("inflation", 8.5, unit="percent"), fig("inflation", 8.6, unit="percent"), False),
    # 75 basis points are three-quarters of a percentage point
    (fig("rates", 75, unit="basis point"), fig("rates", 0.75, unit="percentage point"), True),
    (fig("rates", 50, unit="basis point"), fig("rates", 0.75, unit="percentage point"), False),
    # a large number of one significant digit is written for what rounds to it
    (fig("bill", 1e12, unit="USD"), fig("package", 1.2e12, unit="USD"), True),
    (fig("arrests", 200000, "about"), fig("people apprehended", 212672), True),
    # ... not for what does not, nor below a thousand, nor at two digits
    (fig("bill", 1e12, unit="USD"), fig("package", 1.6e12, unit="USD"), False),
    (fig("bill", 1e12, unit="USD"), fig("new spending", 5.5e11, unit="USD"), False),
    (fig("metres", 800), fig("metres", 820), False),
    (fig("troops", 1500), fig("troops", 1520), False),
    # a ratio read "about" its whole multiple (claims/figure_multiples.RATIO_ROUNDING)
    (fig("likely", 2, "about", unit="time"), fig("likely", 2, "over", unit="time"), True),
    (fig("likely", 2, "about", unit="time"), fig("likely", 3, "about", unit="time"), False),
])
def test_overlap_of_what_wordings_allow(a, b, expected):
    assert overlap(a, b) is expected and overlap(b, a) is expected


@pytest.mark.parametrize("a, b, expected", [
    # weeks are compared in days: "three weeks" is 21 days
    (fig("weeks", 3, unit="week"), fig("days", 21, unit="day"), True),
    (fig("weeks", 3, "nearly", low=2.7, high=3, unit="week"), fig("days", 9, unit="day"), False),
    (fig("weeks", 2, "over", unit="week"), fig("days", 15, unit="day"), True),
])
def test_weeks_and_days_are_one_measure(a, b, expected):
    assert overlap(a, b) is expected and overlap(b, a) is expected


def test_months_are_not_counted_in_days():
    # a month is 28 to 31 days: "a month" and "30 days" are not made one value
    assert in_common_unit(fig("months", 1, unit="month")).unit == "month"
    assert in_common_unit(fig("weeks", 3, unit="week")).value == 21
    assert (in_common_unit(fig("high", 4, unit="decade")).value,
            in_common_unit(fig("high", 4, unit="decade")).unit) == (40, "year")
    assert overlap(fig("high", 4, unit="decade"), fig("high", 40, unit="year"))
    assert not overlap(fig("high", 4, unit="decade"), fig("high", 41, unit="year"))


def test_the_pair_model_reads_a_bound_of_the_very_number_as_it_was_trained():
    # "more than 40" read strictly excludes 40, as the overlap feature was
    # trained; overlap() reads the bare 40 as its rounding
    assert not intervals_meet(fig("dead", 40, "over"), fig("dead", 40))
    assert intervals_meet(fig("dead", 40, "over"), fig("dead", 43))
    assert intervals_meet(fig("dead", 40, "at-least"), fig("dead", 40))
