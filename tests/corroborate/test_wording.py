"""The words of notes, rule by rule, on sentences of the kind the notes gold
holds (quality/gold/notes), each with an input the rule must leave alone."""

import pytest

from crosscheck.corroborate.wording import (as_written, event_excerpt, excerpt,
                                            lowercase_determiner, source_as_written,
                                            speaker_as_written, title_as_written, with_article)


@pytest.mark.parametrize("phrase, sentence, shown", [
    ("u.s. greenhouse gas emissions", "Biden pledged that U.S. greenhouse gas emissions would halve "
     "by 2030.", "U.S. greenhouse gas emissions"),
    ("afghans", "Axios reported that 37,000 Afghans have arrived.", "Afghans"),
    ("democratic senators", "All 50 Democratic senators must back the bill.", "Democratic senators"),
    ("record setting people", "“Facebook’s ruling is an insult to the record-setting 75M people,” "
     "said Trump.", "record-setting people"),
    ("year contract", "He signed a five-year, $80 million deal, a five-year contract.",
     "five-year contract"),
    # must not: a capital that only opens the sentence says nothing
    ("jobs added", "Jobs added in June reached 850,000.", "jobs added"),
    # must not: a word the sentence also writes in lowercase is a common word
    ("cases", "Cases rose to 25,000 as new cases spread.", "cases"),
])
def test_a_subject_is_cased_as_the_sentence_writes_it(phrase, sentence, shown):
    assert as_written(phrase, sentence) == shown


@pytest.mark.parametrize("phrase, shown", [
    ("The bureau", "the bureau"),
    ("The Biden administration", "the Biden administration"),
    ("Both Republican and Democratic senators", "both Republican and Democratic senators"),
    ("The statement", "the statement"),
    # must not: a name whose every word is capitalised keeps its "The"
    ("The Hill", "The Hill"),
    ("The New York Times", "The New York Times"),
    ("Bureau of Labor Statistics", "Bureau of Labor Statistics"),
])
def test_a_source_inside_a_sentence_has_no_capital_determiner(phrase, shown):
    assert lowercase_determiner(phrase) == shown


@pytest.mark.parametrize("source, shown", [
    ("navy", "the navy"),
    ("The oversight panel", "the oversight panel"),
    # must not: plurals, a mass noun and names read without an article
    ("officials", "officials"),
    ("police", "police"),
    ("Reuters", "Reuters"),
    ("Andrew M. Cuomo", "Andrew M. Cuomo"),
])
def test_a_cited_source_reads_after_citing(source, shown):
    assert source_as_written(source) == shown


def test_a_participle_run_into_a_speaker_is_left_out():
    said = "“Deputy Ortiz was killed while investigating a shooting,” Cooley said at a news conference."
    assert speaker_as_written("Joining Cooley", said) == "Cooley"
    # must not: a first name ending in -ing that the sentence writes whole
    assert speaker_as_written("Sterling Brown", "“We will appeal,” Sterling Brown said.") == \
        "Sterling Brown"


@pytest.mark.parametrize("title, shown", [
    ("Sen.", "Senator"),
    ("Gov.", "Governor"),
    ("Qeshm Gov.", "Qeshm Governor"),
    ("for Gov.", "Governor"),
    ("When President", "President"),
    # must not: a title with no abbreviation nor stray word is left as it is
    ("Secretary of State", "Secretary of State"),
    ("Senate Finance Committee Chairman", "Senate Finance Committee Chairman"),
    ("state Attorney General", "state Attorney General"),
])
def test_a_title_is_written_out_and_without_stray_words(title, shown):
    assert title_as_written(title) == shown


@pytest.mark.parametrize("title, shown", [
    ("publicist", "a publicist"),
    ("agent", "an agent"),
    ("representative", "a representative"),
    ("former spokesman", "a former spokesman"),
    # must not: offices, a sole office, a title with its complement or a possessive
    ("President", "President"),
    ("former President", "former President"),
    ("governor", "governor"),
    ("head of GSEE", "head of GSEE"),
    ("spokesman for the U. S. Marshals Service", "spokesman for the U. S. Marshals Service"),
    ("Facebook’s vice president of global affairs", "Facebook’s vice president of global affairs"),
])
def test_a_bare_occupation_gets_an_article(title, shown):
    assert with_article(title) == shown


def _around(sentence: str, number: str, **kw) -> str:
    at = sentence.index(number)
    return excerpt(sentence, at, at + len(number), **kw)


def test_an_excerpt_is_the_clause_around_the_number_with_ellipses():
    s = ("The law, signed by Texas Republican Gov. Greg Abbott in May, prohibits abortions once "
         "medical professionals can detect cardiac activity, usually around six weeks and before "
         "many women know they’re pregnant.")
    # a clause of two words says too little: the clause before it comes too;
    # "and before many women…" starts another thought
    assert _around(s, "six", before=7, after=5) == \
        "…professionals can detect cardiac activity, usually around six weeks…"


def test_an_excerpt_keeps_names_and_places_whole():
    s = "In all, Sookram said, about half of the tenants living in his 13 Rochester, New York, " \
        "rental properties are behind on rent."
    assert _around(s, "13", before=7, after=5) == \
        "…half of the tenants living in his 13 Rochester, New York, rental properties…"
    s = "Indian naval forces came to the rescue of a merchant vessel under attack by pirates in " \
        "the Gulf of Aden on Saturday, capturing 23 of the raiders, India said."
    assert _around(s, "Saturday", before=2, after=0) == "…Gulf of Aden on Saturday…"


def test_an_abbreviation_ends_no_clause_but_a_full_stop_does():
    s = "His son is a guard for Temple and he said after the Owls' 88-72 win over No. 8 Tennessee " \
        "that he was excited."
    assert _around(s, "8 ", before=7, after=3).startswith("…after the Owls' 88-72 win over No. 8")
    s = "Prisoners rioted here at Cell Block G. Dubai experienced a slight tremor today."
    assert _around(s, "today", before=6, after=0) == "…Dubai experienced a slight tremor today"


def test_an_excerpt_drops_a_bracket_it_cuts_open():
    s = "The Gibe was about 150 nautical miles (about 277km from Aden) when the pirates fired."
    assert _around(s, "277km", before=7, after=0) == \
        "The Gibe was about 150 nautical miles about 277km…"
    # must not: a bracket the excerpt holds whole is kept
    assert _around(s, "277km", before=7, after=3) == \
        "The Gibe was about 150 nautical miles (about 277km from Aden)…"


@pytest.mark.parametrize("sentence, gist, date, shown", [
    ("Actress Tara Reid has entered a rehab, her publicist Jack Ketsoyan said Friday, and "
     "Ketsoyan said the star went there on her own.", "Ketsoyan said star went", "Friday",
     "…her publicist Jack Ketsoyan said Friday, and Ketsoyan said the star went there on her own"),
    ("The bureau released its Uniform Crime Report statistics on Monday and estimated that murders "
     "rose.", "bureau released Report statistics", "Monday",
     "The bureau released its Uniform Crime Report statistics on Monday…"),
    # a gist opening on a pronoun names nobody: the next clause, which names them, comes too
    ("Like he did before the House committee on Monday, Blinken's prepared opening remarks "
     "blamed the failures on others.", "he did", "Monday",
     "Like he did before the House committee on Monday, Blinken's prepared opening remarks "
     "blamed the failures…"),
    # a long span: who acted, then what they did and when, cut as a reporter cuts a quotation
    ("In his final days in office, then-President Donald Trump pressured top Department of "
     "Justice officials to challenge his election loss to Joe Biden, the House Oversight "
     "Committee said Tuesday.", "Trump pressured Committee said", "Tuesday",
     "…then-President Donald Trump pressured top Department of Justice officials … "
     "House Oversight Committee said Tuesday"),
])
def test_an_event_is_shown_in_the_article_words(sentence, gist, date, shown):
    assert event_excerpt(sentence, gist, date) == shown
