"""A range one outlet gives joins the figure another gives inside it
(corroborate/figure_joins.range_alike)."""

import pytest

from crosscheck.corroborate import corroborate

from corroborate_builders import claim, fig


def _range(subject, low, high):
    return fig(subject, low, "range", low=low, high=high)


@pytest.mark.parametrize("first, second", [
    # a range holding the other's value
    (("Three or four robbers burst into the store near the Champs-Elysees.", _range("robbers", 3, 4)),
     ("Four armed robbers stormed the jewellery store, two of them disguised as women.",
      fig("armed robbers", 4))),
    # two ranges that meet
    (("Steele said as many as 35 to 40 volunteer firefighters were called out.",
      _range("volunteer firefighters", 35, 40)),
     ("Flames rose from the church as 30 to 40 volunteer firefighters battled them.",
      _range("volunteer firefighters", 30, 40))),
])
def test_a_range_and_what_it_holds_are_one_compatible_fact(outlets, first, second):
    claims = [claim("a1", first[0], figure=first[1]), claim("a2", second[0], figure=second[1])]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible" and len(finding.articles) == 2


@pytest.mark.parametrize("first, second", [
    # a value outside the range
    (("Three or four robbers burst into the jewellery store on Thursday.", _range("robbers", 3, 4)),
     ("Six armed robbers burst into the jewellery store on Thursday.", fig("armed robbers", 6))),
    # a range of another thing
    (("Children aged 5 to 11 can now get the shot at pharmacies.", _range("children", 5, 11)),
     ("Eleven pharmacies can now give the shot to children.", fig("pharmacies", 11))),
])
def test_a_range_is_not_joined_to_what_it_does_not_hold(outlets, first, second):
    claims = [claim("a1", first[0], figure=first[1]), claim("a2", second[0], figure=second[1])]
    assert all(len(f.articles) == 1 for f in corroborate(outlets, claims))
