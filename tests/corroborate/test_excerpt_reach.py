"""Where a figure's whole-clause excerpt starts and ends (corroborate/excerpts.py,
excerpt_arguments.py): it reaches who is to do what an infinitive it opens on
says, and the noun a plural's adjective modifies at the sentence's end."""

from crosscheck.corroborate.excerpts import excerpt


def _around(sentence: str, number: str, **kw) -> str:
    at = sentence.index(number)
    return excerpt(sentence, at, at + len(number), **kw)


def test_an_excerpt_opening_on_an_infinitive_reaches_who_is_to_do_it():
    """"…tell the country what he said for five years…" said not who tells
    (notes gold, heldout21): an infinitive completing what a subject seems or
    wants ("seems happy to tell") opens on that subject."""
    s = ("For now, the governor seems happy to tell the voters what he said for five years about "
         "the pension fund: stay tuned.")
    assert _around(s, "five", before=7, after=5, whole_clause=True) == (
        "…the governor seems happy to tell the voters what he said for five years about the "
        "pension fund…")
    # must not: an infinitive a verb's object is to do ("told the caucus to tell")
    s = ("For now, the governor told the caucus to tell the voters what it did for five years "
         "about the pension fund: stay tuned.")
    assert _around(s, "five", before=7, after=5, whole_clause=True) == (
        "…tell the voters what it did for five years about the pension fund…")


def test_an_excerpt_goes_on_to_a_plural_said_of_its_subject_at_the_sentence_end():
    """"…23% of Federal inmates are illegal…" was cut inside "illegal
    immigrants" (notes gold, heldout19): after "are" or "were", as after a
    preposition, an adjective of the noun that ends the sentence goes on to
    that noun, its full stop left out."""
    s = ("He asserted that a border wall is needed because 23% of federal inmates are illegal "
         "immigrants.")
    assert _around(s, "23%", before=7, after=5, whole_clause=True).endswith(
        "are illegal immigrants")
    # the same after a preposition: the head that ends the sentence is reached
    s = ("Late Tuesday the governor accused the administration of sympathizing with 12 foreign "
         "protesters.")
    assert _around(s, "12", before=3, after=1) == "…of sympathizing with 12 foreign protesters"
    # must not: an adjective said of the subject itself, no noun's, ends where it was
    # (a last word alone after it is said: excerpts.py goes on to a sentence's last word)
    s = ("He asserted that a border wall is needed because 23% of federal inmates are illegal "
         "today, by his count.")
    assert _around(s, "23%", before=7, after=5, whole_clause=True).endswith("are illegal…")


def test_an_excerpt_keeps_the_honorific_before_a_name():
    """"…Omar voted for that motion" was cut after "Ms." (notes gold,
    heldout18): an honorific before a name is part of it."""
    s = "Ms. Omar voted for the resolution, which passed 424-0."
    assert _around(s, "424-0", before=7, after=5) == (
        "Ms. Omar voted for the resolution, which passed 424-0")
    # must not: a title, which a place's name may open ("New York Gov."), is not reached across
    s = ("New York Gov. Andrew Cuomo resigned from his position on Tuesday, one week after state "
         "Attorney General Letitia James released a report.")
    assert _around(s, "one week", before=7, after=5).startswith("…Andrew Cuomo resigned")


def test_a_verb_said_after_its_far_subject_keeps_its_auxiliary():
    """"The results … be catastrophic" dropped "could" (notes gold,
    heldout21): the excerpt set after a far subject's ellipsis starts at its
    verb's own auxiliaries."""
    s = ("The results of an all-out nuclear battle between the United States and North Korea "
         "could be catastrophic, with the potential death of hundreds of thousands, even millions, "
         "in a conflict that could draw in allies.")
    assert _around(s, "hundreds", before=7, after=5, whole_clause=True) == (
        "The results … could be catastrophic, with the potential death of hundreds of thousands…")
    # must not: an auxiliary of another verb, in the subject's aside, is not the verb's
    s = ("The results of an all-out nuclear battle between the United States and North Korea, "
         "which could be felt for decades, were catastrophic, with the death of hundreds of "
         "thousands, even millions, in a conflict that drew in allies.")
    assert _around(s, "hundreds", before=7, after=5, whole_clause=True) == (
        "The results … were catastrophic, with the death of hundreds of thousands…")


def test_an_excerpt_opening_inside_the_clause_a_dependent_clause_hangs_on_reaches_its_subject():
    """"…to Ms. Page about the Mueller investigation two days after it began"
    said not who expressed doubt (notes gold, heldout24): an excerpt whose
    number stands in an adverbial or a reported clause, opening on the words
    of the verb that clause hangs on, starts at that verb's subject."""
    s = ("Sen. Ann Ruiz, Ohio Republican, countered by saying Mr. Hale expressed doubt to the "
         "council about the budget review two days after it began.")
    assert _around(s, "two", before=7, after=5, whole_clause=True) == (
        "…Mr. Hale expressed doubt to the council about the budget review two days after it began")
    s = ("Across the aisle, it is still not at all clear whether there is a 60-vote majority for "
         "how many of the workers the deal should cover.")
    assert _around(s, "60-vote", before=7, after=5, whole_clause=True).startswith(
        "…it is still not at all clear whether there is a 60-vote majority")
    # must not: an excerpt opening inside the dependent clause itself, which
    # says who acted there ("the board voted"), reaches no further back
    s = ("She said on Tuesday that she would not take the job, about a week after the board "
         "voted 9-4 to deny her tenure.")
    assert _around(s, "9-4", before=7, after=5, whole_clause=True) == (
        "…about a week after the board voted 9-4 to deny her tenure")


def test_an_excerpt_goes_on_to_the_head_of_a_verb_s_bare_object():
    """"…87 percent of respondents supported protected…" was cut inside
    "protected status" (notes gold, heldout25): after a verb, as after a
    determiner or a preposition, a modifier goes on to the noun it modifies."""
    s = ("Sixty-one percent of voters backed mandatory paid leave for workers at large firms, "
         "according to the survey.")
    assert _around(s, "Sixty-one", before=0, after=5) == (
        "Sixty-one percent of voters backed mandatory paid leave…")
    # must not: an adjective said of the subject, no noun's modifier, ends where it was
    s = "Sixty-one percent of voters seemed unhappy today with the results of the survey."
    assert _around(s, "Sixty-one", before=0, after=5) == "Sixty-one percent of voters seemed unhappy…"


def test_an_excerpt_one_word_short_of_its_sentence_s_end_goes_on_to_it():
    """"…chose to defend the accused along party…" was cut inside "party
    lines", the sentence's last word (notes gold, heldout24): an excerpt that
    would leave out only that word says it."""
    s = "No senators on Friday chose to defend the nominee along party lines."
    at = s.index("Friday")
    assert excerpt(s, at, at + 6, before=3, after=7) == (
        "No senators on Friday chose to defend the nominee along party lines")
    # must not: two words left, or one word left of a clause the sentence goes on after
    s = "No senators on Friday chose to defend the nominee along lines drawn early."
    assert excerpt(s, at, at + 6, before=3, after=7).endswith("along lines…")
    # (two words left after a modifier: on to the phrase's head, by excerpt_heads)
    s = "No senators on Friday chose to defend the nominee along strict party lines."
    assert excerpt(s, at, at + 6, before=3, after=7).endswith("along strict party lines")
    s = "No senators on Friday chose to defend the nominee against them publicly, aides said."
    assert excerpt(s, at, at + 6, before=3, after=7).endswith("against them…")


def test_an_agency_s_dateline_is_left_out_of_an_excerpt():
    """'“(CNN) Bernie Sanders won more delegates…”' and '“Washington (CNN)
    President Donald Trump on Tuesday fired…”' kept the dateline (notes gold,
    heldout21, heldout22): page furniture, not the sentence's words."""
    s = ("Washington (CNN) The city council on Tuesday approved a new budget for the harbor, "
         "officials said.")
    assert excerpt(s, 0, len(s), before=0, after=30) == (
        "The city council on Tuesday approved a new budget for the harbor, officials said")
    s = "LAGOS, Nigeria (Reuters) - Flooding killed 12 people on Monday, the police said."
    at = s.index("12")
    assert excerpt(s, at, at + 2, before=6, after=3).startswith("Flooding killed 12 people")
    # must not: a party and state in brackets after a name is no dateline
    s = "Sen. Rand Paul (R-Ky.) said on Tuesday that he would vote against the bill."
    assert excerpt(s, 0, len(s), before=0, after=30).startswith("Sen. Rand Paul (R-Ky.) said")
