"""Which figure sentences a note will parse, told ahead of the note
(:func:`crosscheck.corroborate.figure_words.parses_its_sentence`): those are
parsed in one batch before a task's notes are written."""

import pytest
from corroborate_builders import claim, fig

from crosscheck.claims import sentence_parses
from crosscheck.corroborate.figure_values import shown_value
from crosscheck.corroborate.figure_words import parses_its_sentence, topic

# Each parses its sentence as its note is written: a value shown in the
# article's words ("200 pounds" is a weight as often as money), a subject
# that says too little of what is counted ("others"), a share by which its
# subject changed ("rose more than 4%").
PARSED = [
    claim("a1", "The suspect, a man weighing about 200 pounds, was last seen running north "
          "on Main Street late on Friday.", figure=fig("man", 200, unit="GBP")),
    claim("a1", "Nine others were hurt when the roof of the old warehouse collapsed during the "
          "storm on Tuesday night.", figure=fig("others", 9)),
    claim("a1", "Shares of the carmaker rose more than 4% in early trading on Wall Street after "
          "the results were published.", figure=fig("shares", 4, "over", unit="percent")),
    # a duration written in words, and a share of people
    claim("a1", "For nearly a year, almost every major news outlet declared the idea a fringe "
          "theory.", figure=fig("years", 1, "nearly", unit="year")),
    claim("a1", "A new poll showed 54 percent of likely voters saying the governor should stay in "
          "office.", figure=fig("likely voters", 54, unit="percent")),
]
# Each parses its sentence for the topic's subject, whatever the topic then
# quotes: a share before an adjective ("95% effective"), a label cut before
# the noun it modifies ("vaccine" of "vaccine doses"), a sentence opening on
# a word of the label (is "Jobs" a name?).
PARSED_FOR_THE_SUBJECT = [
    claim("a1", "The vaccine was 95% effective at preventing illness in the trial, the company "
          "said on Monday.", figure=fig("vaccine", 95, unit="percent")),
    claim("a1", "The country has received 40 million vaccine doses so far, the health ministry "
          "said on Tuesday.", figure=fig("vaccine", 40e6)),
    claim("a1", "Jobs rose by 200,000 in March, the Labor Department said on Friday.",
          figure=fig("jobs", 200000)),
]
PARSED += PARSED_FOR_THE_SUBJECT
# Neither parses: the amount is written as read, and the subject says what is counted.
NOT_PARSED = [
    claim("a1", "Twelve miners have been trapped underground since the tunnel collapsed on "
          "Monday, officials said.", figure=fig("miners", 12)),
    claim("a1", "The state recorded 2,100 new coronavirus cases over the weekend, according to "
          "the health department.", figure=fig("new coronavirus cases", 2100)),
]


@pytest.mark.parametrize("figure_claim", PARSED + NOT_PARSED)
def test_the_prediction_is_what_the_note_parses(figure_claim):
    sentence_parses._parses.clear()
    topic([figure_claim])
    shown_value(figure_claim)
    parsed = figure_claim.sentence in sentence_parses._parses
    assert parsed == (figure_claim in PARSED)
    assert parses_its_sentence(figure_claim) == parsed


@pytest.mark.parametrize("figure_claim", PARSED_FOR_THE_SUBJECT + NOT_PARSED)
def test_the_prediction_itself_parses_nothing(figure_claim):
    # It is asked before the batch is parsed: a sentence it parsed to answer
    # would be parsed alone (68 of the 79 parsed alone for 200 Baly articles).
    sentence_parses._parses.clear()
    assert parses_its_sentence(figure_claim) == (figure_claim in PARSED_FOR_THE_SUBJECT)
    assert not sentence_parses._parses


def test_a_duration_in_words_is_shown_with_them():
    """"The Daily Signal says nearly 1 year" said nothing of what lasted
    (notes gold, heldout12): the words around "a year" are quoted."""
    year = claim("a1", "For nearly a year, almost every major news outlet declared the idea a "
                 "fringe theory.", figure=fig("years", 1, "nearly", unit="year"))
    assert topic([year]) == ("years (“For nearly a year, almost every major news outlet declared "
                             "the idea a fringe theory”)")
    # must not: a duration that names what lasted keeps it as the topic
    term = claim("a1", "The senator will serve a six-year term.", figure=fig("term", 6, unit="year"))
    assert "“" not in topic([term])


def test_a_span_whose_subject_is_its_unit_is_shown_with_its_words():
    """"The Daily Caller says 1 decade" said nothing of what lasted a decade
    (notes gold, heldout20): a subject that is the unit alone ("decades" of
    "for a decade") is as vague as "years", so the words around it are quoted."""
    decade = claim("a1", "Brant Houston, who for a decade was the executive editor of the "
                   "nonprofit Investigative Reporters and Editors, told TheDCNF that readers decide.",
                   figure=fig("decades", 1, unit="decade"))
    assert topic([decade]) == "decades (“Brant Houston, who for a decade was the executive editor…”)"
    # must not: a span that names what lasted it keeps it as the topic
    service = claim("a1", "The judge retired after two decades of service on the bench.",
                    figure=fig("service", 2, unit="decade"))
    assert "“" not in topic([service])


def test_a_share_of_people_is_shown_with_what_they_do():
    """"54% (likely voters)" said whom the share is of, not what they said
    (notes gold, heldout11): the words around the number are quoted, on to
    what the voters said."""
    voters = claim("a1", "A new poll showed 54 percent of likely voters saying the governor "
                   "should stay in office, while 41 percent wanted him out.",
                   figure=fig("likely voters", 54, unit="percent"))
    assert topic([voters]) == ("likely voters (“A new poll showed 54 percent of likely voters "
                               "saying the governor should stay in office…”)")
    # must not: a count of people keeps its subject as the topic
    voters_count = claim("a1", "Some 5,000 voters were turned away.", figure=fig("voters", 5000))
    assert topic([voters_count]) == "voters"


def test_a_share_of_customers_is_shown_with_what_it_is():
    """"more than 90% (electricity customers)" said not what of them (notes
    gold, heldout20): customers are people a share is of."""
    out = claim("a1", "Power is still out for 95 percent of electricity customers, the utility "
                "said on Tuesday.", figure=fig("electricity customers", 95, unit="percent"))
    assert topic([out]).startswith("electricity customers (“Power is still out for 95 percent")
    # must not: a share of things keeps its subject
    boxes = claim("a1", "About 90 percent of cargo containers are never opened.",
                  figure=fig("cargo containers", 90, "about", unit="percent"))
    assert topic([boxes]) == "cargo containers"


@pytest.mark.parametrize("subject, people", [
    ("likely voters", True), ("U.S. adults", True), ("Americans", True), ("Republicans", True),
    # heldout17, heldout19, heldout20: people a share is of, said by what they are or do
    ("electricity customers", True), ("Republican insiders", True), ("Federal inmates", True),
    ("earners", True), ("youth", True),
    # must not: things, and a name
    ("new cases", False), ("homes sold", False), ("Survey USA", False), ("Afghan", False),
    ("cargo containers", False),
])
def test_a_subject_of_people(subject, people):
    from crosscheck.corroborate.figure_words import _names_people

    assert _names_people(subject) is people


def test_a_share_a_verb_changed_its_object_by_is_shown_with_its_words():
    """"about 50% (risk)" did not say the risk was cut by half (notes gold,
    heldout12)."""
    cut = claim("a1", "The pill cut the risk of hospitalization or death by about 50 percent in a "
                "late-stage trial.", figure=fig("risk", 50, "about", unit="percent"))
    assert topic([cut]) == ("risk (“The pill cut the risk of hospitalization or death by about "
                            "50 percent in a late-stage trial”)")
    # heldout18: "at least 5.8% (responses)", a verb's bare form after "would"
    decrease = claim("a1", "Research by the Census Bureau found that the question would decrease "
                     "responses from noncitizen households by at least 5.8%.",
                     figure=fig("responses", 5.8, "at-least", unit="percent"))
    assert "would decrease responses from noncitizen households by at least 5.8%" in \
        topic([decrease])
    # must not: "by" a share after a verb that changes nothing
    won = claim("a1", "The measure was carried by 60 percent of the county's precincts.",
                figure=fig("county precincts", 60, unit="percent"))
    assert "“" not in topic([won])


def test_a_sum_a_verb_cuts_or_adds_is_shown_with_its_words():
    """"about $765 billion (taxes)" did not say the bill cuts them (notes
    gold, heldout24)."""
    cut = claim("a1", "Analysts said the Senate plan will cut about $640 billion in taxes over "
                "the next decade.", figure=fig("taxes", 640e9, "about", unit="USD"))
    assert "will cut about $640 billion in taxes" in topic([cut])
    added = claim("a1", "The budget office said the measure adds $1.2 trillion to the deficit.",
                  figure=fig("deficit", 1.2e12, unit="USD"))
    assert "adds $1.2 trillion to the deficit" in topic([added])
    # "by" a sum, as "by" a share: "cut the deficit by $300 billion"
    by = claim("a1", "The deal would cut the deficit by $300 billion over ten years.",
               figure=fig("deficit", 300e9, unit="USD"))
    assert "would cut the deficit by $300 billion" in topic([by])
    # must not: a sum spent or collected, not cut or added
    raised = claim("a1", "The campaign raised $80 million in July, a record for the party.",
                   figure=fig("campaign", 80e6, unit="USD"))
    spent = claim("a1", "The city spent $12 million on road repairs last year.",
                  figure=fig("road repairs", 12e6, unit="USD"))
    assert "“" not in topic([raised]) and "“" not in topic([spent])


def test_a_verb_s_bare_form_before_by_a_share_is_a_change():
    """"at most 50% (legal immigration)" of "would slash legal immigration …
    by as much as 50 percent" (notes gold, heldout24)."""
    slash = claim("a1", "The proposal would slash refugee admissions to the country by as much "
                  "as 40 percent.", figure=fig("refugee admissions", 40, "at-most", unit="percent"))
    assert "would slash refugee admissions to the country by as much as 40 percent" in \
        topic([slash])
    # must not: a share of those who carried a vote, after "by"
    won = claim("a1", "The bill was passed by 55 percent of the delegates.",
                figure=fig("delegates", 55, unit="percent"))
    assert "“" not in topic([won])


def test_a_day_of_a_run_is_shown_with_its_words_without_a_credit():
    """"5th (straight day)" said not of what (notes gold, heldout24): a word
    of a figure's place in a run says no more than its head; the caption's
    credit after the words ("(USA TODAY)") is left out of them."""
    day = claim("a1", "Dockworkers stayed off the job as the strike went into a fourth straight "
                "day (Valley Courier)", figure=fig("straight day", 4, unit="ordinal"))
    assert topic([day]) == ("straight day (“Dockworkers stayed off the job as the strike went "
                            "into a fourth straight day”)")
    # must not: a run of a thing named, or a bracket with more than a name
    title = claim("a1", "The Rovers won their fourth straight title on Sunday.",
                  figure=fig("straight title", 4, unit="ordinal"))
    assert topic([title]) == "straight title"
    named = claim("a1", "The sit-in went into a fourth straight day (Ann Ruiz, D-Ohio)",
                  figure=fig("straight day", 4, unit="ordinal"))
    assert topic([named]).endswith("fourth straight day (Ann Ruiz, D-Ohio)”)")


def test_a_sum_that_is_someone_s_is_shown_with_whose_it_is():
    """"more than $10 billion (net worth)" said not whose (notes gold,
    heldout24): a worth, an income or a salary is quoted with its words."""
    worth = claim("a1", "The developer claims a net worth of more than $4 billion and an income "
                  "of $90 million.", figure=fig("net worth", 4e9, "over", unit="USD"))
    assert "The developer claims a net worth of more than $4 billion" in topic([worth])
    # must not: a sum of something else, or a tax on an income (a tax)
    cost = claim("a1", "The new bridge will cost $4 billion, the state said.",
                 figure=fig("new bridge", 4e9, unit="USD"))
    assert topic([cost]) == "new bridge"
    tax = claim("a1", "The plan keeps the 2.5 percent tax on rental income that landlords oppose.",
                figure=fig("tax", 2.5, unit="percent"))
    assert topic([tax]) == "tax on rental income"


def test_a_point_reached_is_shown_with_its_words():
    mark = claim("a1", "As we approach the 100-day mark of his presidency, the polls are steady.",
                 figure=fig("mark", 100, unit="day"))
    assert topic([mark]) == "mark (“As we approach the 100-day mark of his presidency…”)"
    # must not: a duration that says what lasted
    term = claim("a1", "He served a 100-day sentence in the county jail.",
                 figure=fig("sentence", 100, unit="day"))
    assert "“" not in topic([term])


def test_a_sum_whose_subject_is_people_is_shown_with_its_words():
    """"more than $920 billion (Republican lawmakers)" said who, not what the
    money is for (notes gold, heldout9)."""
    plan = claim("a1", "Republican lawmakers unveiled their counteroffer, aiming to spend more "
                 "than $920 billion on roads.", figure=fig("Republican lawmakers", 920e9, "over",
                                                           unit="USD"))
    assert topic([plan]).startswith("Republican lawmakers (“")
    # must not: a count of people
    count = claim("a1", "Some 40 Republican lawmakers signed the letter.",
                  figure=fig("Republican lawmakers", 40))
    assert topic([count]) == "Republican lawmakers"


def test_a_topic_quotes_a_sentence_that_names_its_subject():
    """"2 weeks (“They're up 4% over the past two weeks…”)" and "more than 2
    hours (“…and after more than two hours they moved into…”)" did not say
    what rose or who met (notes gold, heldout12, heldout15): another mention's
    longer sentence naming its subject is quoted instead."""
    named = claim("a1", "New coronavirus infections in the U.S. fell by 25% over the past two "
                  "weeks, another hopeful sign.", figure=fig("weeks", 2, unit="week"))
    pronoun = claim("a2", "They're up 4% over the past two weeks.", figure=fig("weeks", 2, unit="week"))
    assert topic([pronoun, named]).startswith("weeks (“New coronavirus infections")
    met = claim("a1", "President Trump met behind closed doors for more than two hours Monday "
                "with Vladimir Putin.", figure=fig("hours", 2, "over", unit="hour"))
    theirs = claim("a2", "Their meeting ran long, and after more than two hours they moved on.",
                   figure=fig("hours", 2, "over", unit="hour"))
    assert topic([theirs, met]).startswith("hours (“President Trump met")
    # must not: when every sentence or none opens on a pronoun, the shortest is quoted
    also = claim("a3", "It also said they must keep choir members two weeks apart from others "
                 "in the building.", figure=fig("weeks", 2, unit="week"))
    assert topic([also, pronoun]).startswith("weeks (“They're up 4%")
    items = claim("a3", "Items sold out within two weeks.", figure=fig("weeks", 2, unit="week"))
    assert topic([named, items]).startswith("weeks (“Items sold out")  # "Items" is no pronoun


@pytest.mark.parametrize("sentence, opens", [
    ("They're up 4% over the past two weeks.", True), ("It ultimately passed 94-1.", True),
    ("Their one-on-one meeting ran long.", True), ("“He was married two weeks ago.", True),
    # must not: a word that only begins like a pronoun, a name, a noun
    ("Items sold out within two weeks.", False), ("Theresa May resigned.", False),
    ("Hermes shares rose 4%.", False), ("The bill passed 94-1.", False),
])
def test_a_sentence_opening_on_a_pronoun(sentence, opens):
    from crosscheck.corroborate.wording import OPENING_POINTERS, opens_on_one_of

    assert opens_on_one_of(OPENING_POINTERS, sentence) is opens


def test_a_subject_naming_only_a_change_gives_way_to_one_naming_what_changed():
    """heldout17: "a slight bump in the unemployment rate to 8.2%" made the
    topic "slight bump" over the "unemployment rate" three other mentions
    give. Must not: a change that is every mention's subject is still said."""
    from corroborate_builders import claim, fig
    from crosscheck.corroborate.figure_words import topic

    rate = [claim(f"a{i}", "The unemployment rate is up at 8.2 percent, reports the Labor "
                  "Department.", figure=fig("unemployment rate", 8.2, unit="percent"))
            for i in range(2)]
    bump = claim("a3", "Top Republicans were quick to fault the administration for the job "
                 "numbers, which showed a slight bump in the unemployment rate to 8.2% from 8.1% "
                 "last month.", figure=fig("slight bump", 8.2, unit="percent"))
    assert topic(rate + [bump]).startswith("unemployment rate")
    assert "bump" in topic([bump])


def test_a_number_spelled_out_is_quoted_with_its_words():
    """"58% (youth)" (notes gold, heldout20): a sentence opening on its number
    spells it out, and the words around it were not found to be quoted."""
    spelled = claim("a1", "Forty-eight percent of Republican insiders said they expect a floor "
                    "fight.", figure=fig("Republican insiders", 48, unit="percent"))
    assert topic([spelled]) == ("Republican insiders (“Forty-eight percent of Republican insiders "
                                "said they expect a floor fight”)")
    # must not: a value the sentence spells twice cannot say which words are the figure's
    twice = claim("a1", "Forty-eight percent of Republican insiders and forty-eight percent of "
                  "Democratic ones said so.", figure=fig("Republican insiders", 48, unit="percent"))
    assert topic([twice]) == "Republican insiders"


def test_a_part_or_a_holder_cut_from_its_of_phrase_is_shown_with_its_words():
    """"2 (heads)" of "the two heads of state", "670,000 (recipients)" of
    "recipients of the … program" said not of what (notes gold, heldout25):
    such a label, cut from the "of" phrase after it, is quoted with its words."""
    heads = claim("a1", "The minister said he hoped conditions would be created for the two "
                  "heads of state to meet before the end of the year.", figure=fig("heads", 2))
    assert topic([heads]).startswith("heads (“")
    assert "two heads of state to meet" in topic([heads])
    holders = claim("a1", "The bill would protect the 700,000 recipients of the program from "
                    "deportation for three more years.", figure=fig("recipients", 700000))
    assert "recipients of the program" in topic([holders])
    # must not: a count that says what it counts, and one of these nouns with
    # no "of" phrase after it
    doses = claim("a1", "The country has received 40 million doses of vaccine so far, the "
                  "ministry said.", figure=fig("doses", 40e6))
    assert "“" not in topic([doses])
    alone = claim("a1", "Grants went to 300 recipients this year, the foundation said.",
                  figure=fig("recipients", 300))
    assert topic([alone]) == "recipients"


def test_a_label_that_says_only_how_big_is_shown_with_its_words():
    """"15 (whopping points)" said not of what (notes gold, heldout25): a
    word of size alone ("whopping", "staggering") says no more of what is
    counted than its vague head."""
    lead = claim("a1", "A new poll released on Thursday puts the governor a whopping 15 points "
                 "ahead of her rival statewide.", figure=fig("whopping points", 15))
    assert topic([lead]).startswith("whopping points (“")
    assert "15 points ahead of her rival" in topic([lead])
    # must not: a word of size beside a head that says what is counted
    cost = claim("a1", "The county approved a whopping $40 million stadium budget on Tuesday.",
                 figure=fig("whopping stadium budget", 40e6, unit="USD"))
    assert "“" not in topic([cost])
