"""Figure notes: the value a note shows (its scale, range, unit) and the label that
says what it counts (split from test_notes_render.py, which keeps the other kinds)."""

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_values import render_value, shown_value
from crosscheck.models import Figure

from corroborate_builders import claim, fig


def test_one_week_is_singular_and_two_weeks_plural():
    assert render_value(Figure("weeks", 1, 1, 1, "exact", "week")) == "1 week"
    assert render_value(Figure("weeks", 2, 2, 2, "exact", "week")) == "2 weeks"
    assert render_value(Figure("hours", 1, 1, 1, "exact", "hour")) == "1 hour"
    assert render_value(Figure("years", 3, 3, 3, "exact", "year")) == "3 years"
    # must not: "1 weeks"
    assert "1 weeks" not in render_value(Figure("weeks", 1, 1, 1, "exact", "week"))


def test_an_amount_the_sentence_does_not_write_is_shown_in_its_words():
    misread = claim("a1", "“Facebook’s ruling is an insult to the record-setting 75M people,” said "
                    "Trump.", figure=fig("record setting people", 75))
    # with the clause's subject: the excerpt says who or what is an insult
    assert shown_value(misread) == \
        "“Facebook’s ruling is an insult to the record-setting 75M people…”"
    zero = claim("a1", "Many pensioners live on less than 1, 000 euros a month, said the union.",
                 figure=fig("euros", 0))
    assert "1, 000 euros a month" in shown_value(zero) and "€0" not in shown_value(zero)
    # must not: amounts written as the value says are shown as values
    written = claim("a1", "Congress weighs a $3.5 trillion package.",
                    figure=fig("package", 3.5e12, unit="USD"))
    assert shown_value(written) == "$3.5 trillion"
    spelled = claim("a1", "Thirteen miners are still trapped.", figure=fig("miners trapped", 13))
    assert shown_value(spelled) == "13"


def test_an_amount_with_a_scale_after_it_is_not_shown_as_the_bare_number():
    euros = claim("a1", "Four men made off with a two - million - euro booty, a police source said.",
                  figure=fig("booty", 2, unit="USD"))
    assert "$2" not in shown_value(euros) and "two - million" in shown_value(euros)
    ranged = claim("a1", "The Orioles are around seven years, $140 - 150MM, for the slugger.",
                   figure=fig("150mm", 140, unit="USD"))
    assert shown_value(ranged).startswith("“") and "$140 - 150MM" in shown_value(ranged)
    split = claim("a1", "The gang stole $2. 6 million in jewelry, according to AFP.",
                  figure=fig("jewelry", 2, unit="USD"))
    assert shown_value(split) != "$2" and "$2. 6 million" in shown_value(split)
    # must not: an amount written with the scale that gives its value
    whole = claim("a1", "The gang stole $2.6 million in jewelry.",
                  figure=fig("jewelry", 2.6e6, unit="USD"))
    assert shown_value(whole) == "$2.6 million"


def test_the_number_quoted_is_the_one_whose_scale_gives_the_value(outlets):
    s = ("CO2 was higher than at any time in at least 2 million years, and warming the fastest "
         "in at least 2,000 years.")
    [fastest] = corroborate(outlets, [claim("a1", s, figure=fig("years", 2000, "at-least",
                                                                unit="year"))])
    assert "at least 2,000 years" in fastest.note and "2 million" not in fastest.note


def test_pounds_without_a_pound_sign_and_an_ordinal_naming_a_kind_are_quoted():
    weight = claim("a1", "He is 6 feet tall and weighing approximately 200 pounds, police said.",
                   figure=fig("pounds", 200, "about", unit="GBP"))
    assert "£" not in shown_value(weight) and "200 pounds" in shown_value(weight)
    kind = claim("a1", "The mission evacuated American citizens, third country nationals and "
                 "Afghans.", figure=fig("country nationals", 3, unit="ordinal"))
    assert shown_value(kind) != "3rd" and "third country nationals" in shown_value(kind)
    # must not: money with its sign, and a rank after a determiner
    money = claim("a1", "The fine was £200 for each offence.", figure=fig("fine", 200, unit="GBP"))
    assert shown_value(money) == "£200"
    rank = claim("a1", "He was knocked down in the fifth round.", figure=fig("round", 5,
                                                                              unit="ordinal"))
    assert shown_value(rank) == "5th"


def test_a_quoted_value_is_not_quoted_again_as_the_topic(outlets):
    weight = claim("a1", "He is 6 feet tall and weighing approximately 200 pounds, police said.",
                   figure=fig("pounds", 200, "about", unit="GBP"))
    [finding] = corroborate(outlets, [weight])
    assert finding.note.count("200 pounds") == 1


def test_a_verb_the_counted_thing_does_is_not_part_of_its_name(outlets):
    cases = [("Last week 373,000 Americans filed for unemployment benefits.",
              fig("Americans filed", 373000), "Americans"),
             ("The ports handle 40% of all cargo containers entering the US.",
              fig("cargo containers entering", 40, unit="percent"), "cargo containers"),
             ("Police said 300 similar robberies carried out in Paris this year.",
              fig("similar robberies carried", 300), "similar robberies"),
             # must not: a participle of what befell the counted thing stays
             ("Hundreds of stores were looted, and more than 200 people arrested.",
              fig("people arrested", 200, "over"), "people arrested"),
             ("The three other former officers accused of aiding Chauvin will stand trial.",
              fig("former officers accused", 3), "former officers accused")]
    for sentence, figure, shown in cases:
        [finding] = corroborate(outlets, [claim("a1", sentence, figure=figure)])
        assert finding.topic == shown, (sentence, finding.topic)


def test_a_past_verb_before_the_counted_thing_and_a_reported_clause_verb_are_no_label(outlets):
    cases = [("In 2007, the gang drove two cars through the window of a store.",
              fig("cars drove", 2), "cars"),
             ("Data released Thursday showed 373,000 Americans filed for first-time benefits.",
              fig("americans filed showed", 373000), "Americans"),
             # must not: a regular past reads as what befell the counted thing
             ("The blast killed four miners on Monday.", fig("miners killed", 4), "miners killed"),
             ("Police said 200 people arrested in the raid were released.",
              fig("people arrested", 200), "people arrested")]
    for sentence, figure, shown in cases:
        [finding] = corroborate(outlets, [claim("a1", sentence, figure=figure)])
        assert finding.topic == shown, (sentence, finding.topic)


def test_a_number_of_says_of_what():
    counted = claim("a1", "Government has announced that the number of people who have lost their "
                    "lives due to the recent riots, has risen to 117.", figure=fig("number risen", 117))
    from crosscheck.corroborate.figure_words import topic

    assert topic([counted]) == "number of people who have lost their lives"
    # must not: a "number" with no "of" phrase is left as it was
    bare = claim("a1", "The number has risen to 117, officials said.", figure=fig("number risen", 117))
    assert "of" not in topic([bare])


def test_a_number_hyphenated_to_a_noun_is_a_modifier_not_a_count():
    justices = claim("a1", "Barrett took the seat, creating a six-Justice conservative majority "
                     "that seemed to insure victory.", figure=fig("justice", 6))
    assert shown_value(justices).startswith("“") and "six-Justice conservative majority" in \
        shown_value(justices)
    increase = claim("a1", "The United States experienced its biggest one-year increase on record "
                     "in murders in 2020.", figure=fig("biggest increase", 1, unit="year"))
    assert "increase on record in murders" in shown_value(increase)
    # must not: a duration of a thing that lasts, a rate, a count standing alone
    plan = claim("a1", "The board approved a three-year service plan on Tuesday.",
                 figure=fig("service plan", 3, unit="year"))
    assert shown_value(plan) == "3 years"
    rate = claim("a1", "Workers lose an extra $300-a-week payment.",
                 figure=fig("payment", 300, unit="USD"))
    assert shown_value(rate) == "$300"
    six = claim("a1", "Six justices joined the majority.", figure=fig("justices joined", 6))
    assert shown_value(six) == "6"


def test_the_top_of_a_range_is_quoted_with_the_range_and_a_level_is_not():
    top = claim("a1", "The Red Sox offer was expected to be in the range of $145 million to "
                "$175 million, possibly more.", figure=fig("range", 175e6, unit="USD"))
    assert "$145 million to $175 million" in shown_value(top)
    from crosscheck.corroborate.figure_words import topic
    assert topic([top]) == "Red Sox offer"
    # must not: a pronoun is no label; the article's words are the topic then
    pronoun = claim("a1", "It was expected to be in the range of $145 million to $175 million.",
                    figure=fig("range", 175e6, unit="USD"))
    assert topic([pronoun]).startswith("“") and "range of $145 million" in topic([pronoun])
    # must not: "from … to" gives a level reached, shown as a value
    level = claim("a1", "The rate rose from 5% to 7% last year.", figure=fig("rate", 7, unit="percent"))
    assert shown_value(level) == "7%"


def test_a_unit_of_measure_after_the_number_is_part_of_the_value(outlets):
    metres = claim("a1", "He died after slipping and falling about 60 metres (200 feet) from a ridge.",
                   figure=fig("metres", 60, "about"))
    assert shown_value(metres) == "about 60 metres"
    [finding] = corroborate(outlets, [metres])
    assert "(metres)" not in finding.note
    # must not: a count of people is no measure
    people = claim("a1", "About 60 people were evacuated from the ridge.",
                   figure=fig("people evacuated", 60, "about"))
    assert shown_value(people) == "about 60"


def test_a_magnitude_word_is_part_of_the_number_not_its_unit():
    """"about 1.2 million tonnes" is 1.2 million of tonnes: the note once showed
    "about 1.2 million million"."""
    tonnes = claim("a1", "The mine produces about 1.2 million tonnes of coal a year.",
                   figure=fig("coal", 1.2e6, "about"))
    assert shown_value(tonnes) == "about 1.2 million tonnes"
    # must not: a magnitude before a count of people names no unit
    people = claim("a1", "About 1.2 million people live in the valley.",
                   figure=fig("people", 1.2e6, "about"))
    assert shown_value(people) == "about 1.2 million"


def test_a_figure_claimed_before_labels_were_carried_is_labelled_from_its_sentence():
    """Claims of figures.v7 and older (the notes gold's stored inputs) carry
    no label: it is read from the sentence alone, as the claims stage reads it."""
    from crosscheck.corroborate.figure_words import topic
    from crosscheck.models import Claim

    sentence = "Orozco was arrested five buildings away on 223rd Street."

    def made(figure):
        return Claim(id="c1", article="a1", kind="figure", sentence=sentence,
                     span=(0, len(sentence)), figure=figure)

    assert topic([made(fig("buildings arrested", 5))]) == "buildings"
    # must not: a label the claim carries is not read again
    carried = Figure("buildings arrested", 5, 5, 5, "exact", label="buildings arrested")
    assert topic([made(carried)]) == "buildings arrested"


def test_a_percentage_a_subject_changed_by_is_shown_with_its_words(outlets):
    [rise] = corroborate(outlets, [claim("a1", "Shares of Kestrel Mining rose more than 6% on "
                                         "Monday after the ruling.",
                                         figure=fig("shares", 6, "over", unit="percent"))])
    assert "(shares: “Shares of Kestrel Mining rose more than 6%" in rise.note
    # must not: a level the change reached, or a share of what is named
    [level] = corroborate(outlets, [claim("a1", "The jobless rate fell to 5.2% in August, the "
                                          "bureau said.",
                                          figure=fig("jobless rate", 5.2, unit="percent"))])
    assert "“" not in level.note.split(" [")[0]
    [share] = corroborate(outlets, [claim("a1", "About 40% of the budget went to schools.",
                                          figure=fig("budget", 40, "about", unit="percent"))])
    assert "“" not in share.note.split(" [")[0]
    # a share of people says whom it is of, not what they did: quoted since
    # corroborate.v41 ("54% (likely voters)", notes gold heldout11)
    [voters] = corroborate(outlets, [claim("a1", "About 40% of voters backed the measure.",
                                           figure=fig("voters", 40, "about", unit="percent"))])
    assert "(voters: “About 40% of voters backed the measure”)" in voters.note


def test_a_label_that_is_the_number_s_own_compound_is_no_topic():
    """'three-volume' (of 'the three-volume report') counts nothing: the
    topic is the article's words."""
    from crosscheck.corroborate.figure_words import topic

    report = claim("a1", "The county did not release the text of the three-volume report, led by "
                   "a contractor.", figure=fig("volume", 3))
    assert topic([report]).startswith("“") and "three-volume report" in topic([report])
    # must not: a compound with the noun it modifies still names what it is
    contract = claim("a1", "He signed a three-year contract with the club on Monday.",
                     figure=fig("year contract", 3))
    assert not topic([contract]).startswith("“")
