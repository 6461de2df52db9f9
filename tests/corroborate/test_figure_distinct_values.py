"""A count or an amount of three significant digits or more that two outlets
give, bare or bounded, is one figure (figure_joins.distinct_value_alike)."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_joins import distinct_value_alike

from corroborate_builders import claim, fig

TURNOUT = "Party officials reported a turnout of 171,109, far less than the record of 240,000 seen in 2008."


def test_a_bound_of_a_distinct_count_and_the_count_are_one_compatible_fact(outlets):
    claims = [claim("a1", "More than 171,109 Democratic voters turned out to caucus.",
                    figure=fig("democratic voters", 171109, "over")),
              claim("a2", TURNOUT, figure=fig("turnout", 171109))]
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "figure"]
    assert finding.status == "compatible" and len(finding.claims) == 2


def test_one_distinct_amount_told_of_unlike_subjects_is_one_figure():
    raised = claim("a1", "Bernie Sanders raised more than $34.5 million in the last quarter of 2019.",
                   figure=fig("bernie sanders", 34.5e6, "over", unit="USD"))
    told = claim("a2", "His campaign announced Thursday it had raised $34.5 million in the final quarter.",
                 figure=fig("raise", 34.5e6, unit="USD"))
    assert distinct_value_alike(raised, told) and distinct_value_alike(told, raised)


@pytest.mark.parametrize("first, second, why", [
    # two digits: a number many things of one story are given (two teams'
    # offers "in excess of $160 million" and "$160 million")
    (claim("a1", "The Red Sox made an offer in excess of $160 million.",
           figure=fig("excess", 160e6, "over", unit="USD")),
     claim("a2", "The Angels made $160 million offers.", figure=fig("offers", 160e6, unit="USD")),
     "two significant digits"),
    # a share of three digits is no rarer than any two-digit share
    (claim("a1", "By November 1982, the unemployment rate reached 10.8%.",
           figure=fig("unemployment rate", 10.8, unit="percent")),
     claim("a2", "The trust now expects growth of 10.8% this year.",
           figure=fig("growth", 10.8, unit="percent")),
     "a share"),
    (claim("a1", "Officials counted 171,109 ballots in May.", figure=fig("ballots", 171109)),
     claim("a2", "Officials counted 171,109 ballots in June.", figure=fig("ballots", 171109)),
     "two months"),
    (claim("a1", "Between 171,109 and 180,000 people voted.",
           figure=fig("people", 171109, "range", low=171109, high=180000)),
     claim("a2", "171,109 people voted.", figure=fig("people", 171109)),
     "a range"),
    (claim("a1", "The count reached 171,109 voters.", figure=fig("voters", 171109)),
     claim("a2", "The count reached 171,108 voters.", figure=fig("voters", 171108)),
     "two values"),
])
def test_what_is_no_one_distinct_value_stays_to_the_model(first, second, why):
    assert not distinct_value_alike(first, second), why
