"""An article that gives one count exactly and again as a bound holding it
("at least 12" in the lead, "12" further on) gives one value
(corroborate/figure_bounds.bound_holding)."""

import pytest

from crosscheck.corroborate import corroborate

from corroborate_builders import claim, fig


def test_a_count_given_exactly_and_as_its_bound_is_one_agreed_fact(outlets):
    claims = [claim("a1", "Authorities said at least 12 people were killed in the shooting on Monday.",
                    figure=fig("people killed", 12, "at-least")),
              claim("a1", "Twelve people are confirmed dead, the police chief said later.",
                    figure=fig("people confirmed dead", 12)),
              claim("a2", "The gunman killed 12 people at the Navy Yard on Monday morning.",
                    figure=fig("people killed", 12))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree" and len(finding.articles) == 2 and len(finding.claims) == 3


@pytest.mark.parametrize("first, second, other", [
    # Must reject: two teams' offers of one amount in one article are two things.
    (("The Angels are believed to have offered at least $160 million for Teixeira.",
      fig("angels", 160e6, "at-least", unit="USD")),
     ("The Nationals reportedly have bid $160 million over eight years.", fig("nationals", 160e6, unit="USD")),
     ("The Nationals bid $160 million over eight years, a source said.", fig("nationals", 160e6, unit="USD"))),
    # Must reject: "more than 12" leaves 12 out; the article gives two counts.
    (("More than 12 people were hurt in the crash, officials said.", fig("people hurt", 12, "over")),
     ("Twelve people were taken to the hospital by ambulance.", fig("people taken", 12)),
     ("Twelve people were taken to the hospital after the crash.", fig("people taken", 12))),
])
def test_a_bound_that_is_not_the_article_s_value_stays_apart(outlets, first, second, other):
    claims = [claim("a1", first[0], figure=first[1]), claim("a1", second[0], figure=second[1]),
              claim("a2", other[0], figure=other[1])]
    findings = corroborate(outlets, claims)
    assert not any({c.id for c in claims[:2]} <= set(f.claims) for f in findings)
