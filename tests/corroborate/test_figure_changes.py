"""Changes of a share across outlets: a share written with its minus sign
is the fall another outlet tells with a verb (figure_bounds.signed_fall), and a
rise and a fall of one share are two changes (figure_align._opposite_changes)."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_bounds import in_common_unit

from corroborate_builders import claim, fig


# -- a share written with a minus sign (figure_bounds.signed_fall) -------------------

def test_a_share_with_a_minus_sign_is_the_fall_another_outlet_tells_with_a_verb(outlets):
    claims = [
        claim("a1", "Hence, the US Q2 GDP printed -0.9% Annualized.",
              figure=fig("us q2 gdp", -0.9, unit="percent")),
        claim("a2", "GDP fell by 0.9 percent in the second quarter.",
              figure=fig("gdp", 0.9, unit="percent")),
    ]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree" and len(finding.claims) == 2


def test_a_share_with_a_minus_sign_is_no_rise_of_its_size(outlets):
    claims = [
        claim("a1", "Hence, the US Q2 GDP printed -0.9% Annualized.",
              figure=fig("us q2 gdp", -0.9, unit="percent")),
        claim("a2", "GDP rose by 0.9 percent in the second quarter.",
              figure=fig("gdp", 0.9, unit="percent")),
    ]
    assert all(f.status != "agree" or len(f.claims) == 1 for f in corroborate(outlets, claims))


@pytest.mark.parametrize("figure, value, low, high", [
    (fig("gdp", -0.9, unit="percent"), 0.9, 0.9, 0.9),
    (fig("rates", -25, unit="basis point"), 0.25, 0.25, 0.25),
    (fig("gdp", -0.9, "over", unit="percent"), 0.9, None, 0.9),  # "more than -0.9%": less of a fall
    # a negative count or amount is no share: left as it is
    (fig("balance", -5e6, unit="USD"), -5e6, -5e6, -5e6),
])
def test_a_fall_written_with_its_sign_is_compared_as_its_size(figure, value, low, high):
    common = in_common_unit(figure)
    assert (common.value, common.low, common.high) == (pytest.approx(value),
                                                       low if low is None else pytest.approx(low),
                                                       high if high is None else pytest.approx(high))


# -- a rise and a fall of a share (figure_align._opposite_changes) -------------

def test_a_rise_and_a_fall_of_one_share_are_two_changes(outlets):
    claims = [
        claim("a1", "Retail sales fell 0.3% in May, the Commerce Department said.",
              figure=fig("retail sales", 0.3, unit="percent")),
        claim("a2", "Retail sales rose 0.3% in May, according to the Commerce Department.",
              figure=fig("retail sales", 0.3, unit="percent")),
    ]
    assert all(len(f.claims) == 1 for f in corroborate(outlets, claims))


def test_one_fall_told_with_two_verbs_is_one_change(outlets):
    claims = [
        claim("a1", "Retail sales fell 0.3% in May, the Commerce Department said.",
              figure=fig("retail sales", 0.3, unit="percent")),
        claim("a2", "Retail sales dropped 0.3% in May, according to the Commerce Department.",
              figure=fig("retail sales", 0.3, unit="percent")),
    ]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree" and len(finding.claims) == 2
