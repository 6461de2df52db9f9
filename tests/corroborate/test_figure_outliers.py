"""An undisputed fact whose values do not all fit sets apart only the mention
that disagrees with the most (corroborate/figures._without_outliers)."""

from crosscheck.corroborate.figures import _without_outliers

from corroborate_builders import claim, fig


def _years(article_id, sentence, value, qualifier, low, high):
    return claim(article_id, sentence, figure=fig("high", value, qualifier, low, high, "year"))


HIGH_40 = _years("a1", "Inflation has now reached a 40-year high of 9.1% in June.", 40, "exact", 36, 44)
HIGH_40_AGAIN = _years("a2", "Prices rose 9.1 percent, reaching a 40-year high.", 40, "exact", 36, 44)
HIGH_41 = _years("a3", "Inflation is running at a 41-year high of 9.1%.", 41, "exact", 40.5, 41.5)
HIGH_41_AGAIN = _years("a5", "Corporate America has so far weathered 41-year high inflation.", 41, "exact",
                       40.5, 41.5)
AGO_40 = _years("a4", "It will be mild compared to what happened four decades ago.", 40, "exact", 40, 40)


def test_the_one_mention_at_odds_with_the_most_stands_apart():
    # "four decades ago" is at odds with both 41s; each 41 only with it
    fitting, apart = _without_outliers([HIGH_40, HIGH_40_AGAIN, HIGH_41, HIGH_41_AGAIN, AGO_40])
    assert apart == [AGO_40]
    assert set(fitting) == {HIGH_40, HIGH_40_AGAIN, HIGH_41, HIGH_41_AGAIN}


def test_values_that_fit_are_kept_whole():
    fitting, apart = _without_outliers([HIGH_40, HIGH_41])
    assert apart == [] and set(fitting) == {HIGH_40, HIGH_41}


def test_no_mention_stands_out_when_two_values_are_at_odds_alone():
    twelve = claim("a1", "Twelve miners remain trapped.", figure=fig("miners trapped", 12))
    thirteen = claim("a2", "Thirteen miners remain trapped.", figure=fig("miners trapped", 13))
    assert _without_outliers([twelve, thirteen]) == ([], [twelve, thirteen])
    # two of each: every mention is at odds with as many as it is at odds with
    again = claim("a3", "12 miners are still trapped.", figure=fig("miners trapped", 12))
    more = claim("a4", "13 miners are still trapped.", figure=fig("miners trapped", 13))
    assert _without_outliers([twelve, thirteen, again, more])[0] == []
