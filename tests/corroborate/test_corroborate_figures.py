import pytest

from crosscheck.corroborate import corroborate

from corroborate_builders import claim, fig


def statuses(findings):
    return sorted((f.topic, f.status) for f in findings)


def test_twelve_against_thirteen_trapped_is_a_conflict(outlets):
    claims = [
        claim("a1", "Twelve miners are still trapped, the company said.",
              figure=fig("miners still trapped", 12), attribution="the company"),
        claim("a2", "Thirteen miners are still trapped, the union said.",
              figure=fig("miners trapped", 13), attribution="the union"),
        claim("a3", "Twelve miners remain trapped.", figure=fig("miners trapped", 12)),
    ]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "conflict" and finding.kind == "figure"
    assert finding.independent_sources == 3
    assert "Kestrel Herald (citing the company) and Meridian Post say 12" in finding.note
    assert "Valley Courier (citing the union) says 13" in finding.note


def test_bounds_that_overlap_are_compatible_not_conflict(outlets):
    claims = [claim("a1", "More than 2,100 people were killed.", figure=fig("people killed", 2100, "over")),
              claim("a2", "At least 2,134 people died.", figure=fig("people died", 2134, "at-least")),
              claim("a3", "Over 2,000 people were killed.", figure=fig("people killed", 2000, "over"))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible"


def test_same_value_agrees(outlets):
    claims = [claim("a1", "43 miners were killed.", figure=fig("miners killed", 43)),
              claim("a2", "The collapse killed 43 miners.", figure=fig("miners killed", 43))]
    assert [f.status for f in corroborate(outlets, claims)] == ["agree"]


@pytest.mark.parametrize("first, second", [
    (fig("civilians killed", 12), fig("police officers killed", 3)),
    (fig("miners trapped", 12), fig("miners rescued", 5)),
    (fig("people killed", 10), fig("people injured", 40)),
    (fig("people killed", 10), fig("people killed", 10, unit="percent")),
])
def test_different_subjects_are_never_compared(outlets, first, second):
    claims = [claim("a1", "s1", figure=first), claim("a2", "s2", figure=second)]
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


def test_a_daily_toll_is_not_a_cumulative_one(outlets):
    claims = [claim("a1", "Some 300 people are killed a day.", figure=fig("people killed", 300)),
              claim("a2", "In all 2,000 people were killed.", figure=fig("people killed", 2000))]
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


def test_counts_without_a_state_do_not_conflict(outlets):
    """"12 men" and "11 men": escaped? trapped? Too uncertain to call a conflict."""
    claims = [claim("a1", "The search is for 12 men.", figure=fig("men", 12)),
              claim("a2", "There were 11 men on the shift.", figure=fig("men", 11))]
    assert "conflict" not in {f.status for f in corroborate(outlets, claims)}


def test_the_state_is_read_next_to_the_number(outlets):
    claims = [claim("a1", "Shares in the company fell 18% on Monday.", figure=fig("shares", 18, unit="percent")),
              claim("a2", "The shares, which fell 18% on Monday, recovered 3% on Wednesday.",
                    figure=fig("shares", 3, unit="percent"))]
    assert "conflict" not in {f.status for f in corroborate(outlets, claims)}


def test_an_update_on_a_later_day_is_not_a_conflict():
    from corroborate_builders import article
    arts = [article(1, "Coastline Times", "2025-03-10"), article(2, "Kestrel Herald", "2025-03-11")]
    claims = [claim("a1", "27 miners were killed.", figure=fig("miners killed", 27)),
              claim("a2", "43 miners were killed.", figure=fig("miners killed", 43))]
    assert "conflict" not in {f.status for f in corroborate(arts, claims)}


def test_vague_subjects_are_kept_but_never_set_against_each_other(outlets):
    """A subject that is only a unit ("hours") is aligned by its context, not
    dropped; two such figures from unrelated sentences stay apart."""
    claims = [claim("a1", "After nearly 48 hours underground.", figure=fig("hours", 48, "nearly", unit="hour")),
              claim("a2", "The vote took more than 60 hours.", figure=fig("hours", 60, "over", unit="hour"))]
    assert [f.status for f in corroborate(outlets, claims)] == ["single-source", "single-source"]


def test_copies_of_one_wire_story_count_once(outlets):
    claims = [claim(a, "43 miners were killed.", figure=fig("miners killed", 43))
              for a in ("a1", "a2", "a3")]
    groups = {"a1": "g1", "a2": "g1", "a3": "g2"}
    [finding] = corroborate(outlets, claims, groups)
    assert finding.independent_sources == 2 and len(finding.articles) == 3
    assert "3 articles, 2 independent sources" in finding.note
    [alone] = corroborate(outlets, claims[:2], groups)
    assert alone.status == "single-source"  # two copies of one source corroborate nothing


def test_subjects_named_in_other_words_agree(outlets):
    claims = [claim("a1", "There were 21,570 homicides in 2020.", figure=fig("homicides", 21570)),
              claim("a2", "The FBI counted 21,570 murders in 2020.", figure=fig("murders", 21570))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree" and len(finding.articles) == 2


def test_similar_subjects_are_never_merged_into_a_conflict(outlets):
    claims = [claim("a1", "12 civilians were killed.", figure=fig("civilians killed", 12)),
              claim("a2", "30 soldiers were killed.", figure=fig("soldiers killed", 30))]
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


@pytest.mark.parametrize("figure, text", [
    (fig("package", 3.5e12, "about", low=3.4e12, high=3.6e12, unit="USD"), "about $3.5 trillion"),
    (fig("package", 3.5e12, unit="USD"), "$3.5 trillion"),
    (fig("fund", 1.2e9, "over", unit="EUR"), "more than €1.2 billion"),
    (fig("wait", 7, unit="hour"), "7 hours"),
])
def test_values_read_as_a_reader_writes_them(figure, text):
    from crosscheck.corroborate.figure_values import render_value

    assert render_value(figure) == text


@pytest.mark.parametrize("source, shown", [
    ("the mineworkers' union", True), ("Radio Veldt", True), ("local hospital officials", True),
    ("nine others", False), ("just 41 percent", False), ("the mineworkersunion and its many", False),
])
def test_notes_name_only_sources_that_read_as_sources(source, shown):
    from crosscheck.corroborate.common import reads_as_source

    assert reads_as_source(source) is shown


def test_a_topic_that_is_only_a_unit_carries_its_context(outlets):
    """Never a bare "hours": the topic and the note show the words around the number."""
    claims = [claim("a1", "Rescuers reached the chamber after spending some 30 hours underground.",
                    figure=fig("hours", 30, "about", unit="hour")),
              claim("a2", "They reached the chamber after spending some 30 hours underground, officials said.",
                    figure=fig("hours", 30, "about", unit="hour"))]
    [finding] = corroborate(outlets, claims)
    assert finding.topic.startswith("hours (") and "underground" in finding.topic
    assert "((" not in finding.note and "underground" in finding.note


def test_a_telling_subject_is_its_own_topic(outlets):
    """Must keep: a subject that says what is counted needs no context."""
    claims = [claim("a1", "43 miners were killed.", figure=fig("miners killed", 43)),
              claim("a2", "The collapse killed 43 miners.", figure=fig("miners killed", 43))]
    [finding] = corroborate(outlets, claims)
    assert finding.topic == "miners killed"


def test_an_earlier_report_leaves_a_same_day_dispute():
    """12 against 13 trapped on Tuesday is a dispute; Monday's "dozens
    unaccounted for" disagrees only with Tuesday's figures: an earlier report."""
    from corroborate_builders import article
    arts = [article(1, "Coastline Times", "2025-03-10"), article(2, "Kestrel Herald", "2025-03-11"),
            article(3, "Valley Courier", "2025-03-11")]
    claims = [claim("a1", "Dozens of miners were trapped, rescuers said.", figure=fig("miners trapped", 24, "at-least"),
                    attribution="rescuers"),
              claim("a2", "Twelve miners are still trapped, the company said.", figure=fig("miners trapped", 12),
                    attribution="the company"),
              claim("a3", "Thirteen miners are still trapped, the union said.", figure=fig("miners trapped", 13),
                    attribution="the union")]
    findings = corroborate(arts, claims)
    [dispute] = [f for f in findings if f.status == "conflict"]
    assert set(dispute.articles) == {"a2", "a3"}
    assert any(f.articles == ("a1",) for f in findings)


def test_ordinals_agree_but_never_dispute(outlets):
    from corroborate_builders import claim, fig

    from crosscheck.corroborate import corroborate
    claims = [claim("a1", "Ellen DeGeneres will host the Oscars for the second time.",
                    figure=fig("time", 2, unit="ordinal")),
              claim("a2", "You know what they say: the third time is the charm.",
                    figure=fig("time", 3, unit="ordinal"))]
    assert not [f for f in corroborate(outlets, claims) if f.status == "conflict"]


# -- counts of times, durations in one unit, small counts of unlike things ----

def test_a_count_of_times_is_disputed_by_the_act_it_counts(outlets):
    # "married three times" and "married twice": the act repeated is the state
    # the count has, as "trapped" is for miners.
    claims = [claim("a1", "Page was married three times but had no children.",
                    figure=fig("page married", 3, unit="time")),
              claim("a2", "Page married twice; the first marriage lasted four years.",
                    figure=fig("page married", 2, unit="time"))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "conflict"


def test_counts_of_different_acts_are_not_disputed(outlets):
    claims = [claim("a1", "Page was married three times but had no children.",
                    figure=fig("page married", 3, unit="time")),
              claim("a2", "Page was arrested twice in Miami in the 1950s.",
                    figure=fig("page arrested", 2, unit="time"))]
    assert "conflict" not in {f.status for f in corroborate(outlets, claims)}


# -- durations of one span, named alike ----------------------------------------

def _heart_attack_durations():
    return [claim("a1", "Page suffered a heart attack nine days earlier and never regained "
                  "consciousness.", figure=fig("days", 9, unit="day")),
            claim("a2", "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed to "
                  "complications from a heart attack suffered almost three weeks ago.",
                  figure=fig("weeks", 3, "nearly", low=2.7, high=3, unit="week"))]


def test_durations_from_one_event_named_alike_are_disputed(outlets):
    # Nine days against almost three weeks (18.9 to 21 days) since "a heart
    # attack suffered": three words in common before the number.
    [finding] = corroborate(outlets, _heart_attack_durations())
    assert finding.status == "conflict"


def test_durations_sharing_two_words_are_not_disputed(outlets):
    # Both of falling prices, but a six-week fall and a 21-day run may be
    # counted at different times: two shared words are too few.
    claims = [claim("a1", "Rising gasoline prices drove much of the increase, however, as average "
                    "consumer gas prices in the U.S. peaked in mid-June at $5.03/gallon, but prices "
                    "at the pump have declined 16% over the past six weeks to $4.20/gallon.",
                    figure=fig("weeks", 6, unit="week")),
              claim("a2", "Gas prices have declined 21 days in a row.",
                    figure=fig("days", 21, unit="day"))]
    assert "conflict" not in {f.status for f in corroborate(outlets, claims)}


def test_a_dispute_leaves_out_values_only_the_model_tied_to_it():
    # A hospital stay of four weeks is another span: however the pair model
    # groups the story's durations, it is no part of the heart attack dispute.
    from corroborate_builders import article
    arts = [article(n, f"Outlet {n}") for n in range(1, 6)]
    claims = _heart_attack_durations() + [
        claim("a3", "She had been hospitalized in Los Angeles for four weeks due to pneumonia, "
              "only to suffer from a heart attack.", figure=fig("weeks", 4, unit="week")),
        claim("a4", "Roesler said Page had been in hospital for three weeks with pneumonia and was "
              "about to be released when she suffered the heart attack on December 2.",
              figure=fig("weeks", 3, unit="week")),
        claim("a5", "Page had been hospitalized for the past three weeks for pneumonia.",
              figure=fig("weeks", 3, unit="week"))]
    findings = corroborate(arts, claims)
    [dispute] = [f for f in findings if f.status == "conflict"]
    assert set(dispute.articles) == {"a1", "a2"}
    assert any(f.articles == ("a3",) for f in findings)


# -- a share and its rounding ---------------------------------------------------

@pytest.mark.parametrize("a, b, cosine, expected", [
    # 46.7 is 47 to one decimal, in sentences 0.70 alike
    (fig("wright", 46.7, unit="percent"), fig("percent", 47, unit="percent"), 0.70, True),
    # ... but not in sentences about other things (a projection and a yield)
    (fig("federal reserve", 2.6, unit="percent"), fig("yield", 2.64, unit="percent"), 0.38, False),
    # a whole number rounds too many measures: 6% and 6.3% stay apart
    (fig("inflation", 6, unit="percent"), fig("rate", 6.3, unit="percent"), 0.70, False),
    # values that do not round to each other, and bounds, are no rounding
    (fig("vote", 46.4, unit="percent"), fig("vote", 47, unit="percent"), 0.90, False),
    (fig("vote", 46.7, "over", unit="percent"), fig("vote", 47, unit="percent"), 0.90, False),
    # counts are written whole, not rounded
    (fig("miners", 12.5), fig("miners", 12), 0.90, False),
])
def test_a_share_and_its_rounding_in_alike_sentences(a, b, cosine, expected):
    from crosscheck.corroborate.figure_months import rounded_alike
    first, second = claim("a1", "First.", figure=a), claim("a2", "Second.", figure=b)
    assert rounded_alike(first, second, cosine) is expected
    assert rounded_alike(second, first, cosine) is expected


def test_a_share_and_its_rounding_are_one_compatible_figure(outlets):
    claims = [claim("a1", "Ellzey won with just over 53 percent of the vote on Tuesday, with Wright "
                    "taking 46.7 percent.", figure=fig("wright", 46.7, unit="percent")),
              claim("a2", "Ellzey beat fellow Republican Susan Wright, the widow of former Rep. Ron "
                    "Wright, 53 percent to 47 percent.", figure=fig("percent", 47, unit="percent"))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible"


# -- the month a figure is said of ---------------------------------------------

@pytest.mark.parametrize("sentence, value, month", [
    ("Including food and energy, the index reached 8.54% in March, fell to 8.3% in April and "
     "rose back to 8.58% in May.", 8.3, "April"),
    ("The S&P 500 rallied 4.3% on the week to push its gains for July to 9.1%.", 9.1, "July"),
    # a month beyond another number is that number's ("from 5.2% in August")
    ("The unemployment rate fell sharply to 4.8% from 5.2% in August.", 4.8, None),
    # the base of a change is not the figure's month
    ("Border agents apprehended 212,672 people, up from June.", 212672, None),
    # a month further away says when the figure was told, not of when
    ("Consumer price inflation for June was reported in mid-July to have climbed to 9.1 "
     "percent.", 9.1, None),
    # a month abbreviated is that month, named in full
    ("The jobless rate rose to 3.7% in Aug., the Labor Department said.", 3.7, "August"),
    ("Inflation eased to 7.1% in Nov. from a year earlier.", 7.1, "November"),
    # "may" in lower case is a verb, never a month
    ("Economists warned that inflation may reach 9.1% before it eases.", 9.1, None),
])
def test_the_month_a_figure_is_said_of(sentence, value, month):
    from crosscheck.corroborate.figure_months import own_month
    assert own_month(claim("a1", sentence, figure=fig("x", value, unit="percent"))) == month


def test_a_share_and_its_rounding_said_of_one_month_are_one_figure(outlets):
    # The sentences are 0.42 alike, under the bar for a rounding alone.
    claims = [claim("a1", "On June 10, the Bureau of Labor Statistics released a report showing "
                    "that inflation hit 8.6% in May, the largest increase since December 1981.",
                    figure=fig("inflation", 8.6, unit="percent")),
              claim("a2", "Including food and energy, the index reached 8.54% in March, fell to "
                    "8.3% in April and rose back to 8.58% in May.",
                    figure=fig("index", 8.58, unit="percent"))]
    assert [f.status for f in corroborate(outlets, claims)] == ["compatible"]


def test_a_share_and_its_rounding_said_of_two_months_stay_apart():
    from crosscheck.corroborate.figure_months import rounded_alike
    first = claim("a1", "Inflation climbed by 8.5% through March.", figure=fig("inflation", 8.5, unit="percent"))
    second = claim("a2", "The index reached 8.54% in April.", figure=fig("index", 8.54, unit="percent"))
    assert rounded_alike(first, second, 0.9) is False


def test_one_value_of_two_months_is_two_figures(outlets):
    claims = [claim("a1", "Inflation has now reached a 40-year high of 9.1% in June.",
                    figure=fig("year high", 9.1, unit="percent")),
              claim("a2", "The S&P 500 rallied 4.3% on the week to push its gains for July to "
                    "9.1%.", figure=fig("gains", 9.1, unit="percent"))]
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


def test_an_article_giving_a_share_and_its_rounding_gives_one_figure():
    from crosscheck.corroborate.figure_align import _one_value_per_article
    precise = claim("a1", "The index reached 8.54% in March.", figure=fig("index", 8.54, unit="percent"))
    rounded = claim("a1", "Rounding made it seem the index rose from 8.5% to 8.6%.",
                    figure=fig("index", 8.5, unit="percent"))
    other = claim("a1", "It fell to 8.3% in April.", figure=fig("index", 8.3, unit="percent"))
    assert _one_value_per_article([precise, rounded])
    assert not _one_value_per_article([precise, other])


def test_a_round_amount_and_the_amount_it_rounds_are_compatible(outlets):
    claims = [claim("a1", "The Senate passed a $1 trillion bipartisan infrastructure plan Tuesday.",
                    figure=fig("bipartisan infrastructure plan", 1e12, unit="USD")),
              claim("a2", "A sweeping, $1.2 trillion bipartisan infrastructure package easily "
                    "coasted to passage Tuesday morning.",
                    figure=fig("bipartisan infrastructure package", 1.2e12, unit="USD"))]
    assert [f.status for f in corroborate(outlets, claims)] == ["compatible"]


def test_a_mark_is_not_the_count_set_against_it(outlets):
    claims = [claim("a1", "Border agents apprehended over 212,000 migrants in July, breaking the "
                    "200,000 threshold for the first time in 21 years.",
                    figure=fig("threshold", 200000)),
              claim("a2", "The Border Patrol made about 200,000 arrests at the southern border in "
                    "July, the busiest month in 21 years.", figure=fig("arrests", 200000, "about"))]
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


def test_two_marks_may_be_linked():
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES, _kept_apart
    first = claim("a1", "Sales passed the one million mark.", figure=fig("mark", 1e6))
    second = claim("a2", "Sales broke the 1 million mark on Friday.", figure=fig("mark", 1e6))
    assert not _kept_apart(first, second, [0.0] * len(FIGURE_FEATURES))


def test_a_rank_among_people_is_not_a_count_of_occasions(outlets):
    claims = [claim("a1", "The television personality hosted the 79th Academy Awards in 2007, "
                    "becoming only the second woman to host the ceremony solo.",
                    figure=fig("woman", 2, unit="ordinal")),
              claim("a2", "Television icon Ellen DeGeneres will return to host the Oscars for a "
                    "second time, producers announced today.", figure=fig("time", 2, unit="ordinal"))]
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


def test_ranks_of_one_kind_in_other_words_are_not_kept_apart():
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES, _kept_apart
    stint = claim("a1", "DeGeneres returns as emcee, marking her second hosting stint.",
                  figure=fig("hosting stint", 2, unit="ordinal"))
    time = claim("a2", "Ellen DeGeneres will host the Oscars for a second time next year.",
                 figure=fig("time", 2, unit="ordinal"))
    woman = claim("a3", "She became only the second woman to host the ceremony solo.",
                  figure=fig("woman", 2, unit="ordinal"))
    women = claim("a4", "She was the second of the women to fill that role alone.",
                  figure=fig("women", 2, unit="ordinal"))
    no_features = [0.0] * len(FIGURE_FEATURES)
    assert not _kept_apart(stint, time, no_features)
    assert not _kept_apart(woman, women, no_features)
    assert _kept_apart(woman, stint, no_features)


def test_a_change_alone_is_shown_with_what_changed(outlets):
    """"12% (increase)" says by how much, not of what: the words around the
    number come with it. Must keep: a change with what changed ("wage
    increase") is its own topic."""
    sentence = ("Border agents made about 200,000 arrests in July, a 12% increase over the "
                "previous month, according to new figures released on Thursday.")
    claims = [claim("a1", sentence, figure=fig("increase", 12, unit="percent"))]
    [finding] = corroborate(outlets, claims)
    assert finding.topic.startswith("increase (") and "over the previous month" in finding.topic
    claims = [claim("a1", "Nurses won a 12% wage increase after a two-week strike at the hospital.",
                    figure=fig("wage increase", 12, unit="percent"))]
    [finding] = corroborate(outlets, claims)
    assert finding.topic == "wage increase"


def test_one_span_in_days_and_in_weeks_in_one_article_is_one_value():
    """"the 35-day shutdown" and "unpaid for five weeks" in one article are
    one span: both may stand in the fact another outlet's "35 days" makes."""
    from crosscheck.corroborate.figure_align import _one_value_per_article

    days = claim("a1", "It ended the 35-day partial government shutdown.",
                 figure=fig("partial government shutdown", 35, unit="day"))
    weeks = claim("a1", "Federal workers went unpaid for five weeks.", figure=fig("weeks", 5, unit="week"))
    assert _one_value_per_article([days, weeks])
    # Must reject: four weeks are not 35 days.
    four = claim("a1", "Federal workers went unpaid for four weeks.", figure=fig("weeks", 4, unit="week"))
    assert not _one_value_per_article([days, four])


def test_residents_and_people_of_one_count_are_one_thing():
    """figure_subjects._PEOPLE_NOUNS: nouns of where people live or belong
    count people, so one small count of residents and of people is not kept
    apart as one number of unlike things. Must keep apart: a noun of a role
    ("soldiers"), a part of the people a story counts."""
    from crosscheck.corroborate.figure_align import FIGURE_FEATURES, _kept_apart
    from crosscheck.corroborate.figure_subjects import counted_head

    features = [0.0] * len(FIGURE_FEATURES)
    for name in ("small_same", "is_count"):
        features[FIGURE_FEATURES.index(name)] = 1.0
    people = claim("a2", "Around 60 people spent the evening at a local day care centre.",
                   figure=fig("people", 60, "about"))
    residents = claim("a1", "Sixty residents were moved from their homes.",
                      figure=fig("residents moved", 60))
    soldiers = claim("a1", "Sixty soldiers were sent to the town.", figure=fig("soldiers sent", 60))
    assert counted_head(residents) == counted_head(people) == "person"
    assert not _kept_apart(residents, people, features)
    assert _kept_apart(soldiers, people, features)
