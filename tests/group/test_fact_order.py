"""Rewrites found from their facts or their rare words in order
(group.fact_order), and told from independent reports of one briefing."""

import pytest
from relation_texts import (BRIEFING, BRIEFING_OWN_ORDER, BRIEFING_REWRITTEN, DAM_INSURERS,
                            DAM_MERGED, DAM_OWN_REPORT, DAM_WIRE, FERRY_PIER, FERRY_UNION)

from crosscheck.group import find_links
from crosscheck.group.relations import (FACT_MIN_ALIGNED, FACT_SHARE, WORD_MIN_ALIGNED,
                                        WORD_SHARE, content_words, fact_order_score, facts,
                                        word_order_score)


def test_fact_order_finds_merged_and_reordered_sentences():
    """A rewrite merging the original's sentences and reordering clauses keeps
    its facts (names, figures, rare word runs) in order."""
    from crosscheck.group.relations import fact_order_score, facts

    original = ("The magnitude 6.1 earthquake struck Ardenne early on Tuesday. Officials said "
                "14 people died. More than 80 were injured, and Governor Maria Lenz sent two "
                "army helicopters. A field hospital opened near Saint Remy. Schools will stay "
                "closed until Friday, and the Ardenne valley road remains cut by rockfalls.")
    rewrite = ("Early on Tuesday a magnitude 6.1 earthquake struck Ardenne, where officials said "
               "14 people died and more than 80 were injured; Governor Maria Lenz sent two army "
               "helicopters, and a field hospital opened near Saint Remy, while schools will "
               "stay closed until Friday with the Ardenne valley road still cut by rockfalls.")
    aligned, share = fact_order_score(facts(original), facts(rewrite))
    assert aligned >= 12 and share >= 0.5


def test_fact_order_rejects_independent_reporting_of_the_same_facts():
    """Must reject: the same names and figures told in another order, in other words."""
    from crosscheck.group.relations import fact_order_score, facts

    one = ("The magnitude 6.1 earthquake struck Ardenne early on Tuesday. Officials said 14 "
           "people died. More than 80 were injured, and Governor Maria Lenz sent two army "
           "helicopters. A field hospital opened near Saint Remy.")
    other = ("Governor Maria Lenz, speaking near Saint Remy, said two army helicopters were "
             "flying in. At least 80 people are hurt. The death toll stands at 14 in Ardenne, "
             "hit by a 6.1 tremor before dawn on Tuesday.")
    aligned, share = fact_order_score(facts(one), facts(other))
    assert aligned < FACT_MIN_ALIGNED or share < FACT_SHARE


def test_fact_order_finds_an_agency_story_cut_down_with_own_reporting():
    """A rewrite that keeps the first half of the original's facts, merged into
    one sentence, and adds its own: under half of its facts are shared, in
    order (0.43), which is still a rewrite (the gold's cut agency stories
    score 0.40-0.47, its independent reports under 0.25)."""
    from crosscheck.group.relations import fact_order_score, facts

    original = (
        "The magnitude 6.1 earthquake struck Ardenne early on Tuesday. Officials said 14 people "
        "died. More than 80 were injured, and Governor Maria Lenz sent two army helicopters. A "
        "field hospital opened near Saint Remy. Schools will stay closed until Friday, and the "
        "Ardenne valley road remains cut by rockfalls. Engineers from the Belmont dam company "
        "inspected the reservoir wall on Wednesday and found two cracks. The Red Cross opened "
        "shelters in Castel Vieux for 300 families, and the European Union pledged 5 million "
        "euros for rebuilding the Ardenne schools.")
    cut = (
        "A magnitude 6.1 earthquake struck Ardenne early on Tuesday, officials said, leaving 14 "
        "dead and more than 80 injured; Governor Maria Lenz sent two army helicopters and a field "
        "hospital opened near Saint Remy. Our reporter found the market square empty, the Lambert "
        "bakery shut and queues of 40 cars at the Fontaine petrol station, where prices rose by "
        "12 cents overnight.")
    aligned, share = fact_order_score(facts(original), facts(cut))
    assert aligned >= FACT_MIN_ALIGNED and FACT_SHARE <= share < 0.5


def test_word_order_finds_a_rewrite_that_rewords_every_sentence():
    """The rewrite keeps too few runs of three content words for the fact
    order, but its rare words follow the original's in order."""
    aligned, share = word_order_score(content_words(BRIEFING), content_words(BRIEFING_REWRITTEN))
    assert aligned >= WORD_MIN_ALIGNED and share >= WORD_SHARE
    assert fact_order_score(facts(BRIEFING), facts(BRIEFING_REWRITTEN))[1] < FACT_SHARE


def test_word_order_rejects_two_reports_of_one_briefing():
    """Must reject: the same briefing's facts, names and figures told by
    another reporter in another order."""
    aligned, share = word_order_score(content_words(BRIEFING), content_words(BRIEFING_OWN_ORDER))
    assert aligned < WORD_MIN_ALIGNED or share < WORD_SHARE


def test_content_words_leave_quotations_and_small_words_out():
    assert content_words('Mr Varga said "the divers were brave" and the box is in Kessel.') == \
        ["varga", "box", "kessel"]


def test_a_story_tells_a_rewrite_from_an_independent_report(make_article):
    """In a story, the rewrite is linked (as a rewrite: it keeps no sentence
    word for word) and the independent report of the same briefing is not;
    with only the two articles, words rare in English stand in for the
    story's (test_rewrites)."""
    arts = [make_article("a", BRIEFING, outlet="Wire"),
            make_article("b", BRIEFING_REWRITTEN, outlet="Daily"),
            make_article("c", BRIEFING_OWN_ORDER, outlet="Herald"),
            make_article("d", FERRY_PIER, outlet="Gazette"),
            make_article("e", FERRY_UNION, outlet="Post")]
    assert [(l.a, l.b, l.kind) for l in find_links(arts)] == [("a", "b", "rewrite")]
    assert find_links([arts[0], arts[2], arts[3], arts[4]]) == []
    assert [(l.a, l.b, l.kind) for l in find_links(arts[:2])] == [("a", "b", "rewrite")]
    assert find_links([arts[0], arts[2]]) == []


def _dam_story(make_article):
    return (make_article("a", DAM_WIRE, outlet="Wire"),
            make_article("b", DAM_MERGED, outlet="Daily"),
            make_article("c", DAM_OWN_REPORT, outlet="Herald"),
            make_article("d", DAM_INSURERS, outlet="Post"))


def test_a_rewrite_merging_each_passage_is_found_and_an_own_report_kept_apart(make_article):
    """A rewrite that merges each three-sentence passage of an agency report
    into one or two sentences and reorders the facts inside it keeps its rare
    words in the original's order often enough (word_order_score, 0.33); must
    reject: another outlet's own report of the release, with the same names
    and figures, in the wire's order for much of its second half. Words rare
    in English read by blocks of three sentences, blind to their order inside
    a block (tried in the session of 2026-12-04, see group/fact_order.py),
    linked that report (0.40) and was not shipped."""
    wire, merged, own, insurers = _dam_story(make_article)
    assert [(l.a, l.b, l.kind) for l in find_links([wire, merged, insurers])] == \
        [("a", "b", "rewrite")]
    assert find_links([wire, own, insurers]) == []


@pytest.mark.xfail(strict=True, reason=(
    "issue 13: once a third report tells the same names and figures, they are the story's "
    "own and left out, and the merged rewrite keeps too few other rare words in order for "
    "any step (group/fact_order.py, session of 2026-12-04)"))
def test_a_merged_rewrite_is_found_beside_an_own_report_of_its_event(make_article):
    assert [(l.a, l.b, l.kind) for l in find_links(list(_dam_story(make_article)))] == \
        [("a", "b", "rewrite")]
