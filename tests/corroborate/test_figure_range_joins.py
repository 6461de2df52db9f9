"""A range one outlet gives joins the figure another gives inside it
(corroborate/figure_joins.range_alike)."""

from crosscheck.corroborate import corroborate

from corroborate_builders import claim, fig


def _range(subject, low, high):
    return fig(subject, low, "range", low=low, high=high)


def test_a_range_holding_the_value_is_one_compatible_fact(outlets):
    claims = [claim("a1", "Three or four robbers burst into the store near the Champs-Elysees.",
                    figure=_range("robbers", 3, 4)),
              claim("a2", "Four armed robbers stormed the jewellery store, two of them disguised as women.",
                    figure=fig("armed robbers", 4))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible" and len(finding.articles) == 2


def test_two_ranges_that_meet_are_one_fact(outlets):
    claims = [claim("a1", "Steele said as many as 35 to 40 volunteer firefighters were called out.",
                    figure=_range("volunteer firefighters", 35, 40)),
              claim("a2", "Flames rose from the church as 30 to 40 volunteer firefighters battled them.",
                    figure=_range("volunteer firefighters", 30, 40))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible" and len(finding.articles) == 2


def test_a_value_outside_the_range_is_not_joined(outlets):
    claims = [claim("a1", "Three or four robbers burst into the jewellery store on Thursday.",
                    figure=_range("robbers", 3, 4)),
              claim("a2", "Six armed robbers burst into the jewellery store on Thursday.",
                    figure=fig("armed robbers", 6))]
    assert all(len(f.articles) == 1 for f in corroborate(outlets, claims))


def test_a_range_of_another_thing_is_not_joined(outlets):
    claims = [claim("a1", "Children aged 5 to 11 can now get the shot at pharmacies.",
                    figure=_range("children", 5, 11)),
              claim("a2", "Eleven pharmacies can now give the shot to children.",
                    figure=fig("pharmacies", 11))]
    assert all(len(f.articles) == 1 for f in corroborate(outlets, claims))
