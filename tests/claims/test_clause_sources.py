"""A figure's source is the speaker whose clause holds its number, not the
sentence's first speaker (claims/clause_sources.py, attribution.v18)."""

import pytest


def sources(claims_of, text):
    return {c.figure.value: c.attribution for c in claims_of(text, kind="figure")}


@pytest.mark.parametrize("text, expected", [
    # two speech verbs, each reporting its own count
    ("Police said 26 people were arrested, and the mayor said 31 were hurt.",
     {26: "Police", 31: "the mayor"}),
    ("Analysts put the cost of the repairs at $2 billion, but the ministry said the bill "
     "would reach $3 billion.", {2e9: "Analysts", 3e9: "the ministry"}),
    # a verb of placing: its subject gives the level in its "at"
    ("The insurer puts the cost at $12 million, while the city puts the cost at $15 million.",
     {12e6: "The insurer", 15e6: "the city"}),
])
def test_each_figure_takes_the_speaker_whose_clause_holds_it(claims_of, text, expected):
    assert sources(claims_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Must reject: a subject that says nothing placing a level ("the storm")
    ("The storm put the damage at $12 million, officials said.", {12e6: "officials"}),
    # Must reject: a verb that sets a level is no report of it
    ("The Fed set its benchmark rate at 5.25%, analysts noted.", {5.25: "analysts"}),
    # Must keep: "according to X" covers the sentence, a clause it does not hang on too
    ("Twenty-six people were arrested and 31 were hurt, according to police.",
     {26: "police", 31: "police"}),
    # Must keep: a speech verb that governs every figure
    ("Officials said 26 people were arrested and 31 were hurt.", {26: "Officials", 31: "Officials"}),
])
def test_a_figure_no_other_source_governs_keeps_the_sentence_s(claims_of, text, expected):
    assert sources(claims_of, text) == expected


# PolNeAR dev, where the nearest speech verb is not the number's source
_APPLE = ("The researchers reported that Apple holds $214.9 billion offshore and would owe $65.4 billion "
          "in taxes if that money came back to the United States; Nike holds $10.7 billion offshore and "
          "would owe $3.6 billion in United States taxes; Goldman Sachs holds $28.6 billion offshore, and "
          "the report says the company ''reports having 987 subsidiaries in offshore tax havens, 537 of "
          "which are in the Cayman Islands despite not operating a single legitimate office in that "
          "country, according to its own website.''")


@pytest.mark.parametrize("text, value, source", [
    # Must reject: a count in the speech verb's own subject
    ("McAuliffe has said about 20 people have indicated an interest in the seat.", 20, "McAuliffe"),
    # Must reject: words not yet said, or not said
    ("The campaign says the candidate will announce a plan for 30,000 new jobs on Friday.",
     30000, "The campaign"),
    ("The company said 40 workers were evacuated, but the union declined to say how many of its "
     "55 members had been underground.", 55, "The company"),
    # Must reject: a count in the one spoken to
    ("The nurse said the manager told Maria Ruiz, a colleague of 12 years, that the ward would close.",
     12, "The nurse"),
    ("Sandra Dowless said Harris asked her husband, whom she had known for six months, how he knew.",
     6, "Sandra Dowless"),
    # Must reject: "claim" with a thing for its object is no speech
    ("The Times wrote on Saturday that Trump had claimed a loss of $916 million in 1995.", 916e6, "Times"),
    # Must reject: "according to X" set apart by a semicolon or a quotation mark
    (_APPLE, 10.7e9, "The researchers"),
    (_APPLE, 28.6e9, "The researchers"),
])
def test_a_speech_verb_that_does_not_report_the_number_gives_no_source(claims_of, text, value, source):
    assert sources(claims_of, text)[value] == source


@pytest.mark.parametrize("text, value, source", [
    # a bare level after "at" (figures.v35) is its placer's, not the sentence's first speaker's
    ("The company says 12 miners remain trapped; the union puts the number at 13, saying a "
     "drilling contractor was underground.", 13, "the union"),
    ("Carrow Hill Resources, which operates the mine, puts the figure at 12.", 12, "Carrow Hill Resources"),
    ("Officials put the death toll at 13 on Sunday, but the union said 15 miners had died.",
     13, "Officials"),
])
def test_a_level_a_verb_of_placing_sets_is_its_subject_s(claims_of, text, value, source):
    assert sources(claims_of, text)[value] == source


def test_a_level_placed_by_what_says_nothing_keeps_the_sentence_s_source(claims_of):
    # Must reject: "the storm" gives no count
    assert sources(claims_of, "The storm put the death toll at 13, officials said.") == {13: "officials"}


@pytest.mark.parametrize("text, value, other, other_source", [
    ("Two firefighters at the scene said Wednesday the blaze was contained; officials at the town hall "
     "said Thursday that 40 homes were lost.", 2, 40, "officials"),
    ("Three neighbors said they heard shots; police said on Friday that 14 people had been detained.",
     3, 14, "police"),
])
def test_a_speech_verb_across_a_semicolon_is_no_source(claims_of, text, value, other, other_source):
    # Must reject: the parser hangs the first clause on the second's "said"
    found = sources(claims_of, text)
    assert found[value] != other_source and found[other] == other_source
