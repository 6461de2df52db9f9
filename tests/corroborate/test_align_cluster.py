"""Mentions clustered into facts (corroborate/align.cluster): every cross pair
linked, or, for events and figures, half of them with every pair scored
(event_links.EVENT_LINKED_SHARE, figure_align.FIGURE_LINKED_SHARE), and none
a rule keeps apart (align.KEPT_APART)."""

from crosscheck.corroborate.align import KEPT_APART, cluster
from crosscheck.corroborate.event_links import EVENT_LINKED_SHARE
from crosscheck.corroborate.figure_align import FIGURE_LINKED_SHARE

from corroborate_builders import Event, claim, fig

from crosscheck.corroborate import corroborate

# One cease-fire told by three outlets: two of them word it alike, the
# third's sentence reaches the bar against one of them only.
TOLD = [claim("a1", "Israel and Hamas announced a cease-fire in Gaza on Thursday."),
        claim("a2", "Israel and Hamas agreed to a cease-fire Thursday, halting an 11-day war."),
        claim("a3", "A truce between Israel and Hamas took hold in Gaza on Thursday.")]


def _groups(pairs, share):
    return cluster(TOLD, pairs, 0.25, lambda members: True, 1.0, share)


def test_a_mention_linked_to_half_of_a_group_joins_it_for_events():
    pairs = [(0, 1, 0.9), (0, 2, 0.6), (1, 2, 0.0)]
    assert _groups(pairs, EVENT_LINKED_SHARE) == [[0, 1, 2]]
    # every pair linked (figures, statements): the third stays apart
    assert _groups(pairs, 1.0) == [[0, 1], [2]]


def test_a_pair_never_scored_keeps_the_groups_apart():
    # (1, 2) no candidate: their days differ
    pairs = [(0, 1, 0.9), (0, 2, 0.6)]
    assert _groups(pairs, EVENT_LINKED_SHARE) == [[0, 1], [2]]


def test_a_mention_linked_to_less_than_half_of_a_group_stays_apart():
    told = TOLD + [claim("a4", "Gaza's streets filled with people celebrating on Thursday.")]
    pairs = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.7),
             (0, 3, 0.5), (1, 3, 0.0), (2, 3, 0.1)]
    assert cluster(told, pairs, 0.25, lambda members: True, 1.0, EVENT_LINKED_SHARE) == [[0, 1, 2], [3]]


# One count of a navy's interception told by three outlets (ECB+ 12plus):
# two word it alike; the third calls the boats skiffs, and met one of the
# two below the bar.
INTERCEPTED = [claim("a1", "Navy commandos intercepted the remaining three boats.",
                     figure=fig("remaining boats intercepted", 3)),
               claim("a2", "The other three boats were intercepted by the warship.",
                     figure=fig("boats intercepted", 3)),
               claim("a3", "The warship intercepted the remaining three skiffs after a chase.",
                     figure=fig("remaining skiffs intercepted", 3))]


def test_a_figure_linked_to_half_of_a_group_joins_it():
    pairs = [(0, 1, 0.9), (0, 2, 0.86), (1, 2, 0.43 / 2)]
    assert cluster(INTERCEPTED, pairs, 0.6, lambda members: True, 0.5,
                   FIGURE_LINKED_SHARE) == [[0, 1, 2]]


def test_a_pair_a_rule_keeps_apart_keeps_the_groups_apart_however_many_link():
    # "two counts of first degree murder" / "killing two young women": the
    # small-count rule keeps them apart; the model linked each to a third
    told = [claim("a1", "He was charged with two counts of first degree murder.",
                  figure=fig("counts", 2)),
            claim("a2", "He is accused of killing two young women in 1971.",
                  figure=fig("young women", 2)),
            claim("a3", "Police arrested him in the killing of two women.",
                  figure=fig("women", 2))]
    pairs = [(1, 2, 0.9), (0, 2, 0.7), (0, 1, KEPT_APART)]
    assert cluster(told, pairs, 0.6, lambda members: True, 0.5, FIGURE_LINKED_SHARE) == [[0], [1, 2]]
    # scored 0.0, an unlikely pair like any other, it was half of the links
    assert cluster(told, [(1, 2, 0.9), (0, 2, 0.7), (0, 1, 0.0)], 0.6, lambda members: True, 0.5,
                   FIGURE_LINKED_SHARE) == [[0, 1, 2]]


def _dated(article_id, sentence, gist, date_text="Thursday", date="2021-05-20"):
    return claim(article_id, sentence, event=Event(text=gist, date=date, date_text=date_text))


# AllSides-like coverage of the May 2021 cease-fire (fact gold dev3): two
# outlets word it alike; a third's sentence shares its words with one of
# them only, and met the other below the bar (alike words, no shared ones).
ANNOUNCED = _dated("a1", "Israel and Hamas announced a cease-fire in Gaza on Thursday, aiming to "
                         "bring to an end more than 10 days of devastating hostilities.",
                   "Israel and Hamas announced cease-fire")
AGREED = _dated("a2", "Israel and Hamas agreed to a cease-fire Thursday, halting a bruising 11-day "
                      "war that caused widespread destruction in the Gaza Strip.",
                "Israel and Hamas agreed to cease-fire")


def test_one_event_told_by_three_outlets_is_one_finding_citing_all_three(outlets):
    over = _dated("a3", "Egypt announced late Thursday that the devastating hostilities were over.",
                  "Egypt announced")
    events = [f for f in corroborate(outlets, [ANNOUNCED, AGREED, over]) if f.kind == "event"]
    assert [f.articles for f in events] == [("a1", "a2", "a3")]


def test_a_third_outlets_event_of_another_day_stays_apart(outlets):
    over = _dated("a3", "Egypt announced late Friday that the devastating hostilities were over.",
                  "Egypt announced", "Friday", "2021-05-21")
    events = [f for f in corroborate(outlets, [ANNOUNCED, AGREED, over]) if f.kind == "event"]
    assert sorted(f.articles for f in events) == [("a1", "a2"), ("a3",)]
