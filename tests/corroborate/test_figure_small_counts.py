"""Small counts across outlets (corroborate/figure_align.py): one small number
for unlike things is no fact, unless the two sentences tell a set of facts
together; split from test_corroborate_figures.py."""

import pytest

from crosscheck.corroborate import corroborate

from corroborate_builders import claim, fig


@pytest.mark.parametrize("first, second", [
    (claim("a1", "Two Food and Drug Administration regulators have resigned amid what media leaks "
           "call political pressure for Covid vaccine boosters.",
           figure=fig("food and drug administration regulators", 2)),
     claim("a2", "Given the evidence, which shows the two mRNA COVID-19 vaccines still provide "
           "formidable protection against severe disease, boosters are not needed.",
           figure=fig("mrna covid-19 vaccines", 2))),
    (claim("a1", "The strike killed two leaders of two terrorist organizations with zero "
           "collateral damage.", figure=fig("leaders killed", 2)),
     claim("a2", "Days after two bombing attacks outside the airport killed 13 US troops, the "
           "general called it a righteous strike.", figure=fig("bombing attacks", 2))),
])
def test_one_small_number_for_unlike_things_is_not_one_fact(outlets, first, second):
    # The pair model alone links both pairs (0.65 and 0.95 against 0.6): a
    # shared "two" weighs more than nouns that have nothing in common.
    assert {f.status for f in corroborate(outlets, [first, second])} == {"single-source"}


def test_one_small_number_for_one_thing_in_other_nouns_is_still_linked(outlets):
    claims = [claim("a1", "Two miners were killed when the roof of the tunnel collapsed.",
                    figure=fig("miners killed", 2)),
              claim("a2", "Two workers died when part of the tunnel roof collapsed.",
                    figure=fig("workers died", 2))]
    assert [f.status for f in corroborate(outlets, claims)] == ["agree"]


def _enrollments(insurers_in_second: int):
    """The first day's enrollments as two outlets told them, each sentence also
    counting the insurers (the second outlet's count given as asked)."""
    first = "The documents indicate that the six enrolled individuals were issued policies from five different insurance companies."
    second = (f"The documents showed six enrollments on the first day, with {insurers_in_second} "
              "different issuers.")
    return [claim("a1", first, figure=fig("enrolled individuals issued", 6)),
            claim("a1", first, figure=fig("different insurance companies", 5)),
            claim("a2", second, figure=fig("enrollments", 6)),
            claim("a2", second, figure=fig("different issuers", insurers_in_second))]


def test_small_numbers_told_together_in_other_nouns_are_not_kept_apart():
    """Two sentences that give the same two small figures tell one set of facts:
    their unlike nouns ("insurance companies" / "issuers") are two outlets'
    words. Must keep apart: the same pair when the other figure differs (the
    sentences then share only the small number of unlike things)."""
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES, _kept_apart, _values_told

    features = [0.0] * len(FIGURE_FEATURES)
    for name in ("small_same", "is_count"):
        features[FIGURE_FEATURES.index(name)] = 1.0
    together = _enrollments(5)
    told = _values_told(together)
    assert not _kept_apart(together[1], together[3], features, told)
    apart = _enrollments(4)
    told = _values_told(apart)
    assert _kept_apart(apart[0], apart[2], features, told)
    # a sentence whose only other figure is the pair's own value shares nothing else
    alone = [apart[0], claim("a3", "Six companies issued the policies.", figure=fig("companies", 6))]
    assert _kept_apart(alone[0], alone[1], features, _values_told(alone))


def test_small_numbers_of_two_lists_sharing_a_count_are_kept_apart():
    """Two lists of one haul share a count whatever else they count: the
    motors of one and the rifles of the other stay apart though both lists
    give seven AK-47s (a sentence of three figures or more is no set of facts
    told together; the enrollments' two-figure sentences above still are)."""
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES, _kept_apart, _values_told

    features = [0.0] * len(FIGURE_FEATURES)
    for name in ("small_same", "is_count"):
        features[FIGURE_FEATURES.index(name)] = 1.0
    first = ("They also confiscated seven AK-47s, a grenade launcher, three outboard motors and two "
             "mobile phones.")
    second = "The cache included seven AK-47 rifles, one grenade launcher and three other rifles."
    lists = [claim("a1", first, figure=fig("ak-47s confiscated", 7)),
             claim("a1", first, figure=fig("outboard motors", 3)),
             claim("a1", first, figure=fig("mobile phones", 2)),
             claim("a2", second, figure=fig("rifles included", 7)),
             claim("a2", second, figure=fig("grenade launcher", 1)),
             claim("a2", second, figure=fig("rifles", 3))]
    assert _kept_apart(lists[1], lists[5], features, _values_told(lists))
