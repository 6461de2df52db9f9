"""An article giving one figure twice, exactly and rounded or bounded, gives
one fact (figure_restatements.join_restatements); what only looks like it stays apart."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_restatements import _restated_form

from corroborate_builders import claim, fig

FOX_LEAD = claim("a1", "There were nearly 190,000 migrant encounters at the southern border in June, "
                       "Customs and Border Protection announced Friday.",
                 figure=fig("migrant encounters", 190000, "nearly"))
FOX_EXACT = claim("a1", "CBP said that 188,829 migrants were encountered at the southern border, "
                        "an increase from the 180,034 encountered in May.",
                  figure=fig("migrants encountered", 188829))
NBC_LEAD = claim("a2", "U.S. border agents stopped more than 188,000 immigrants trying to cross the "
                       "southern U.S. border in June.",
                 figure=fig("immigrants", 188000, "over"))
NBC_EXACT = claim("a2", "Of the 188,829 border crossers in June, nearly 105,000 were expelled back "
                        "into Mexico.", figure=fig("border crossers", 188829))


def _finding_of(findings, c):
    return next(f for f in findings if c.id in f.claims)


def test_rounded_and_bounded_forms_join_the_exact_figure_of_their_article(outlets):
    findings = corroborate(outlets, [FOX_LEAD, FOX_EXACT, NBC_LEAD, NBC_EXACT])
    fact = _finding_of(findings, FOX_EXACT)
    assert set(fact.claims) == {c.id for c in (FOX_LEAD, FOX_EXACT, NBC_LEAD, NBC_EXACT)}
    # the outlets agree on 188,829; the leads' wordings allow it
    assert fact.status == "compatible"


def test_a_form_of_another_month_stays_apart(outlets):
    may = claim("a1", "Agents recorded 188,829 encounters in May, the agency said.",
                figure=fig("encounters", 188829))
    june = claim("a1", "There were nearly 190,000 encounters in June.",
                 figure=fig("encounters", 190000, "nearly"))
    other = claim("a2", "Agents logged 188,829 encounters in May.", figure=fig("encounters", 188829))
    findings = corroborate(outlets, [may, june, other])
    assert june.id not in _finding_of(findings, may).claims
    assert _finding_of(findings, june).status == "single-source"


def test_a_bound_of_another_thing_stays_apart(outlets):
    # "more than 1,000" fits 1,200, but arrests are not deportations
    arrests = claim("a1", "Police made more than 1,000 arrests during the week of protests.",
                    figure=fig("arrests", 1000, "over"))
    deported = claim("a1", "The agency carried out 1,200 deportations last month.",
                     figure=fig("deportations", 1200))
    same = claim("a2", "Officials said 1,200 deportations were carried out last month.",
                 figure=fig("deportations", 1200))
    findings = corroborate(outlets, [arrests, deported, same])
    assert arrests.id not in _finding_of(findings, deported).claims


@pytest.mark.parametrize("form, exact, expected", [
    # a hedge and the value rounded to its last place
    (claim("a1", "Almost 5,000 more murders were recorded in 2020.", figure=fig("murders", 5000, "nearly")),
     claim("a1", "An additional 4,901 murders were committed in 2020.", figure=fig("murders", 4901)), True),
    (claim("a1", "Agents apprehended over 212,000 undocumented migrants in July.",
           figure=fig("undocumented migrants apprehended", 212000, "over")),
     claim("a1", "He said 212,672 migrants were encountered in July.",
           figure=fig("migrants encountered", 212672)), True),
    (claim("a1", "Agents stopped about 189,000 migrants at the border.",
           figure=fig("migrants", 189000, "about")),
     claim("a1", "Agents stopped 188,829 migrants in all.", figure=fig("migrants", 188829)), True),
    # a bound far below the value is not its rounding ("more than 1,000" of 188,829)
    (claim("a1", "More than 1,000 migrants were stopped on Friday alone.", figure=fig("migrants", 1000, "over")),
     claim("a1", "Agents stopped 188,829 migrants in June.", figure=fig("migrants", 188829)), False),
    # a bare round number is a forecast here, not a rounding
    (claim("a1", "Economists had expected claims to fall to 400,000.", figure=fig("claims", 400000)),
     claim("a1", "New jobless claims dropped to 385,000.", figure=fig("jobless claims", 385000)), False),
    # as many digits: "as many as 10 people" and "seven children" are two counts
    (claim("a1", "The strike killed as many as 10 people.", figure=fig("people killed", 10, "at-most")),
     claim("a1", "Among the dead were seven children.", figure=fig("children", 7)), False),
    # one digit below a thousand is no rounding: gasoline's "around 10%" and inflation's 9.1%
    (claim("a1", "Gasoline prices have fallen around 10% from their mid-June high.",
           figure=fig("gasoline prices", 10, "about", unit="percent")),
     claim("a1", "Prices rose 9.1% in the year to June.", figure=fig("prices", 9.1, unit="percent")), False),
    # "about" rounds to the nearest: 188,829 is "about 189,000", not "about 188,000"
    (claim("a1", "Agents stopped about 188,000 migrants at the border.",
           figure=fig("migrants", 188000, "about")),
     claim("a1", "Agents stopped 188,829 migrants in all.", figure=fig("migrants", 188829)), False),
    # another article's figure is not this article's restatement
    (claim("a1", "Nearly 190,000 migrants were encountered.", figure=fig("migrants", 190000, "nearly")),
     claim("a2", "Agents encountered 188,829 migrants.", figure=fig("migrants", 188829)), False),
])
def test_what_a_restated_form_is(form, exact, expected):
    assert _restated_form(form, exact) is expected


# -- a figure given again exactly --------------------------------------------------

MINERS_LEAD = claim("a1", "Rescuers pulled 12 miners alive from the flooded pit on Sunday.",
                    figure=fig("miners", 12))
MINERS_AGAIN = claim("a1", "The 12 miners were taken to the regional hospital in Kemerovo.",
                     figure=fig("miners", 12))
MINERS_OTHER = claim("a2", "All 12 miners trapped in the flooded pit were brought out alive on Sunday.",
                     figure=fig("miners trapped", 12))


def test_an_exact_repetition_joins_the_fact_of_its_article(outlets):
    findings = corroborate(outlets, [MINERS_LEAD, MINERS_AGAIN, MINERS_OTHER])
    fact = _finding_of(findings, MINERS_OTHER)
    assert {MINERS_LEAD.id, MINERS_AGAIN.id} <= set(fact.claims)


def test_a_figure_one_article_gives_twice_and_no_other_is_one_finding(outlets):
    again = claim("a1", "Of the 340 workers laid off, most had worked at the plant for a decade.",
                  figure=fig("workers laid off", 340))
    first = claim("a1", "The plant laid off 340 workers on Friday.", figure=fig("workers laid off", 340))
    other = claim("a2", "The mayor said 15 shops on Main Street have closed since spring.",
                  figure=fig("shops", 15))
    findings = [f for f in corroborate(outlets, [first, again, other]) if first.id in f.claims]
    assert len(findings) == 1 and set(findings[0].claims) == {first.id, again.id}
    assert findings[0].status == "single-source"


def test_the_join_reuses_the_subject_vectors_the_pair_model_compared(outlets, monkeypatch):
    # one vector per text: the join of restatements embeds no subject again
    import crosscheck.embed as embed_module

    embedded = []
    real = embed_module._embed_uncached
    monkeypatch.setattr(embed_module, "_embed_uncached",
                        lambda texts: embedded.extend(texts) or real(texts))
    findings = corroborate(outlets, [FOX_LEAD, FOX_EXACT, NBC_LEAD, NBC_EXACT])
    assert set(_finding_of(findings, FOX_LEAD).claims) == {
        c.id for c in (FOX_LEAD, FOX_EXACT, NBC_LEAD, NBC_EXACT)}
    mentions = (FOX_LEAD, FOX_EXACT, NBC_LEAD, NBC_EXACT)
    subjects = {c.figure.subject for c in mentions} | {c.figure.label for c in mentions}
    assert all(embedded.count(s) == 1 for s in subjects)


# The other way round: the fact holds an article's bounded lead and its exact
# figure stands alone further down.
LEAD_180 = claim("a1", "More than 180 people were killed in shootings across the country over "
                       "the holiday weekend.", figure=fig("people killed", 180, "over"))
EXACT_189 = claim("a1", "By Monday night, the archive reported 189 people killed and 516 injured.",
                  figure=fig("people killed", 189))
OTHER_150 = claim("a2", "At least 150 people were killed by gun violence across the country over "
                        "the holiday weekend.", figure=fig("people killed", 150, "at-least"))
THIRD_150 = claim("a3", "The weekend ended with at least 150 people killed in more than 400 shootings.",
                  figure=fig("people killed", 150, "at-least"))


def test_an_exact_figure_joins_the_fact_of_its_articles_bounded_form(outlets):
    findings = corroborate(outlets, [LEAD_180, EXACT_189, OTHER_150, THIRD_150])
    fact = _finding_of(findings, LEAD_180)
    assert EXACT_189.id in fact.claims and OTHER_150.id in fact.claims
    assert fact.status == "compatible"


def test_an_exact_figure_its_bounded_form_does_not_round_stays_apart(outlets):
    # "more than 180" is no rounding of 250 (nor can 250 be read from it)
    exact = claim("a1", "Officials later counted 250 people killed in all.", figure=fig("people killed", 250))
    findings = corroborate(outlets, [LEAD_180, exact, OTHER_150, THIRD_150])
    assert exact.id not in _finding_of(findings, LEAD_180).claims


# Two polls' forecasts of one quantity are one forecast; a forecast is never
# the rounding of the figure it forecasts.
BLOOMBERG = claim("a1", "Economists surveyed by Bloomberg had called for 360,000 applications.",
                  figure=fig("applications", 360000, "exact", 355000, 365000))
EXAMINER = claim("a2", "The number came in above expectations of 359,000 new claims.",
                 figure=fig("claims", 359000, "exact", 358500, 359500))


def test_two_forecasts_that_can_both_be_true_are_one(outlets):
    findings = corroborate(outlets, [BLOOMBERG, EXAMINER])
    fact = _finding_of(findings, BLOOMBERG)
    assert EXAMINER.id in fact.claims and fact.status == "compatible"


def test_an_actual_figure_and_a_forecast_are_not_one(outlets):
    actual = claim("a2", "Jobless claims came in at 362,000 last week, the department said.",
                   figure=fig("jobless claims", 362000))
    assert actual.id not in _finding_of(corroborate(outlets, [BLOOMBERG, actual]), BLOOMBERG).claims


def test_a_forecast_is_no_rounding_of_its_articles_figure():
    expected = claim("a1", "Economists had expected claims to fall to 400,000.",
                     figure=fig("claims fall", 400000, "exact", 360000, 440000))
    actual = claim("a1", "New jobless claims dropped to 385,000.", figure=fig("jobless claims", 385000))
    assert not _restated_form(expected, actual)


# Billions are rounded as thousands are: "more than $3 billion" is $3.2
# billion bounded (once never found: the digits of 3.2e+09 were misread).
LEAD_3BN = claim("a1", "The US will invest more than $3 billion to advance antiviral pills.",
                 figure=fig("us", 3e9, "over", unit="USD"))
EXACT_3_2BN = claim("a1", "Fauci announced the $3.2 billion investment on Thursday.",
                    figure=fig("investment", 3.2e9, unit="USD"))


def test_a_bound_of_billions_is_their_restatement():
    assert _restated_form(LEAD_3BN, EXACT_3_2BN)
    other = claim("a1", "The program will cost $4.2 billion over five years.",
                  figure=fig("program", 4.2e9, unit="USD"))
    assert not _restated_form(LEAD_3BN, other)  # 4.2 billion is not "more than 3" rounded


def test_a_fact_may_hold_an_articles_figure_and_its_restatement():
    from crosscheck.corroborate.figure_align import _one_value_per_article

    assert _one_value_per_article([LEAD_3BN, EXACT_3_2BN])
    twelve = claim("a1", "Twelve miners remain trapped.", figure=fig("miners trapped", 12))
    thirteen = claim("a1", "Thirteen miners remain trapped, the union said.",
                     figure=fig("miners trapped", 13))
    assert not _one_value_per_article([twelve, thirteen])
