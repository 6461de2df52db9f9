"""The counted noun of a figure's subject, and the states a verb of harm
gives it: what lets two outlets' counts of one thing meet."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.figure_subjects import counted_words, subject_key

from corroborate_builders import claim, fig


@pytest.mark.parametrize("subject, noun", [
    ("boats intercepted", "boat"),
    ("residents moved", "resident"),
    ("suspicious boats speedily approaching", "boat"),
    ("enrolled individuals issued", "individual"),
    ("people involved", "people"),
    ("boats seen", "boat"),
])
def test_a_participle_after_a_plural_is_not_what_is_counted(subject, noun):
    rest, after = counted_words(subject)
    assert rest[-1] == noun and after


@pytest.mark.parametrize("subject, last", [
    ("prior dui conviction spanning", "spanning"),  # no plural to be sure of
    ("federal spending", "spending"),  # a noun in -ing, nothing before it is counted
    ("hundred", "hundred"),
    ("shootings", "shooting"),
    ("people killed", "people"),  # a state, not a participle left over
])
def test_words_that_are_the_counted_noun_stay(subject, last):
    rest, after = counted_words(subject)
    assert rest[-1] == last and not after


def test_the_participle_still_tells_two_counts_apart():
    """"boats intercepted" and "boats seen" count one kind of thing, but
    not the same boats: the participle stays among the modifiers."""
    intercepted = claim("a1", "Three boats intercepted.", figure=fig("boats intercepted", 3))
    seen = claim("a2", "Five boats seen.", figure=fig("boats seen", 5))
    assert subject_key(intercepted)[1] == subject_key(seen)[1] == "boat"
    assert subject_key(intercepted) != subject_key(seen)


def test_killing_people_counts_the_dead(outlets):
    claims = [claim("a1", "The quake struck at dawn, killing at least 10 people.",
                    figure=fig("people", 10, "at-least")),
              claim("a2", "Ten people were killed when the quake struck.",
                    figure=fig("people killed", 10))]
    assert subject_key(claims[0])[2] == subject_key(claims[1])[2] == frozenset({"dead"})
    [finding] = corroborate(outlets, claims)
    assert finding.status == "compatible" and len(finding.articles) == 2


def test_killing_and_wounding_are_two_counts(outlets):
    claims = [claim("a1", "The blast went off at noon, wounding 12 people.", figure=fig("people", 12)),
              claim("a2", "Twelve people were killed in the blast.", figure=fig("people killed", 12))]
    assert subject_key(claims[0])[2] == frozenset({"injured"})
    assert {f.status for f in corroborate(outlets, claims)} == {"single-source"}


def test_a_death_toll_counts_the_dead_in_all(outlets):
    """"a day before" names a day, not a rate; a toll of deaths is of the dead."""
    toll = claim("a1", "The death toll from a strong earthquake a day before rose to 10.",
                 figure=fig("death toll rose", 10))
    killed = claim("a2", "Ten people were killed.", figure=fig("people killed", 10))
    # one key: the dead, in all (not per day), the rise only how it got there
    assert subject_key(toll) == subject_key(killed)
    assert subject_key(toll)[1:4] == ("person", frozenset({"dead"}), False)


def test_a_change_alone_stays_the_state():
    shares = claim("a1", "Shares in the company fell 18% on Monday.", figure=fig("shares", 18, unit="percent"))
    assert subject_key(shares)[2] == frozenset({"fell"})


def test_the_state_is_read_beside_a_number_written_in_words():
    c = claim("a1", "The quake struck at dawn, killing at least three people and injuring 50.",
              figure=fig("people", 3, "at-least"))
    assert subject_key(c)[2] == frozenset({"dead"})


@pytest.mark.parametrize("sentence", ["Some 300 people are killed a day.",
                                      "About 40 people a week were killed."])
def test_a_day_that_is_a_rate_stays_one(sentence):
    assert subject_key(claim("a1", sentence, figure=fig("people killed", 300)))[3] is True


def test_a_death_sentence_is_no_count_of_the_dead():
    c = claim("a1", "Nine jurors voted to put him to death.", figure=fig("jurors", 9))
    assert subject_key(c)[1] == "juror" and "dead" not in subject_key(c)[2]


def test_ages_told_beside_two_fates_still_agree(outlets):
    """An age takes no fate from its sentence: the driver arrested and the
    driver who killed are one man of 36."""
    claims = [claim("a1", "LaSalle, 36, was arrested at the scene.",
                    figure=fig("age of LaSalle", 36, unit="age")),
              claim("a2", "The 36-year-old LaSalle killed a woman.",
                    figure=fig("age of LaSalle", 36, unit="age"))]
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree"


def test_individuals_are_people():
    individuals = claim("a1", "The six enrolled individuals were issued policies.",
                        figure=fig("enrolled individuals issued", 6))
    people = claim("a2", "Only six people signed up on the first day.", figure=fig("people", 6))
    assert subject_key(individuals)[1] == subject_key(people)[1] == "person"


def test_others_count_what_came_before():
    c = claim("a1", "Police seized 12 rifles and two others.", figure=fig("others", 2))
    assert subject_key(c)[1] == "other"


def test_other_nouns_stay_what_they_count():
    c = claim("a1", "Police seized two other rifles.", figure=fig("other rifles", 2))
    assert subject_key(c)[1] == "rifle"


def test_a_count_given_earlier_is_updated_not_disputed(outlets):
    claims = [claim("a1", "Earlier Monday night, Navy Vice Adm. William D. French said 14 people were injured.",
                    figure=fig("people injured", 14), attribution="William D. French"),
              claim("a2", "Eight people were injured in the shooting, Mayor Vincent Gray told reporters.",
                    figure=fig("people injured", 8), attribution="Vincent Gray")]
    assert "conflict" not in {f.status for f in corroborate(outlets, claims)}


def test_two_counts_of_one_time_still_conflict(outlets):
    claims = [claim("a1", "Navy Vice Adm. William D. French said 14 people were injured.",
                    figure=fig("people injured", 14), attribution="William D. French"),
              claim("a2", "Eight people were injured in the shooting, Mayor Vincent Gray told reporters.",
                    figure=fig("people injured", 8), attribution="Vincent Gray")]
    assert "conflict" in {f.status for f in corroborate(outlets, claims)}


@pytest.mark.parametrize("sentence, value, state", [
    # "confirmed" is the 24's, nearer it than the 121
    ("The collapse resulted in 24 confirmed deaths, with 121 people still unaccounted for.",
     121, "missing"),
    ("The blast killed three people and injured 50 others.", 3, "dead"),
    ("The blast killed three people and injured 50 others.", 50, "injured"),
    # Must reject: a state word with no other number nearer stays this number's.
    ("Officials said 121 people are still unaccounted for.", 121, "missing"),
])
def test_a_state_nearer_another_number_is_that_number_s(sentence, value, state):
    from crosscheck.corroborate.figure_subjects import figure_states

    assert figure_states(claim("a1", sentence, figure=fig("people", value))) == {state}


def test_the_missing_and_the_trapped_may_be_one_count(outlets):
    """Twelve miners "still missing" in one outlet and "trapped" in two others
    are one count: the rule that keeps the dead apart from the injured does
    not keep these apart, and the pair's own likeness links them."""
    claims = [claim("a1", "Rescuers were still trying to reach 12 trapped miners on Wednesday.",
                    figure=fig("trapped miners", 12)),
              claim("a2", "The company says 12 miners are still missing after the collapse.",
                    figure=fig("miners", 12)),
              claim("a3", "Twelve miners remain trapped underground after the collapse.",
                    figure=fig("miners remain trapped", 12))]
    assert subject_key(claims[1])[2] == frozenset({"missing"})
    [finding] = corroborate(outlets, claims)
    assert finding.status == "agree" and len(finding.articles) == 3


@pytest.mark.parametrize("missing, trapped", [
    # two counts of one flood: the missing may be anywhere
    (("Thirty people are missing after the floods, officials said.", fig("people", 30)),
     ("Twelve people remain trapped on rooftops after the floods.", fig("people remain trapped", 12))),
    # one count each, but missing and trapped stay two states: no dispute of 12 against 13
    (("The company says 12 miners are still missing after the collapse.", fig("miners", 12)),
     ("The union says 13 miners remain trapped after the collapse.", fig("miners remain trapped", 13))),
])
def test_the_missing_and_the_trapped_are_never_disputed(outlets, missing, trapped):
    claims = [claim("a1", missing[0], figure=missing[1]), claim("a2", trapped[0], figure=trapped[1])]
    assert "conflict" not in {f.status for f in corroborate(outlets, claims)}
