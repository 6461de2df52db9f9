"""Statements the earlier rules missed (issue 12: event facts "not extracted"):
sentences of the fact gold that say what happened, each beside a sentence
the same rule must still leave out."""

import pytest


def statements(claims_of, text):
    return [c.event for c in claims_of(text, "2025-03-12", kind="event") if c.event.statement]


# The parse lost the main clause's subject to an opening phrase: hung on the
# phrase's last noun as its appositive, or the opening participle taken for
# the main verb.
@pytest.mark.parametrize("text", [
    "During a news conference in Brownsville, Texas, Mayorkas stressed the sharp increase of "
    "migrants arriving at the border.",
    "In a rebuke to Gretchen Whitmer, the Republican-led Michigan state House of Representatives "
    "repealed a 76-year-old law.",
    "Facing a barrage of bipartisan criticism for weeks over his handling of the turbulent U.S. "
    "withdrawal and evacuation from Afghanistan, and with a surge in new COVID cases due to the "
    "spread across the country this summer of the highly infectious delta variant, the "
    "president’s approval ratings are slipping.",
])
def test_a_subject_the_parse_hung_on_an_opening_phrase_still_makes_a_statement(claims_of, text):
    assert len(statements(claims_of, text)) == 1


@pytest.mark.parametrize("text", [
    "Keep up with the latest markets news from New York, London and Hong Kong every day.",
    "At one point Barack Obama, wearing white slacks and a blue blazer at the White House...",
    "Posted in Hit and Run Accidents on Friday, September 20, 2013 by the Ashford Herald.",
])
def test_an_imperative_or_a_clause_without_tense_is_not_a_statement(claims_of, text):
    assert statements(claims_of, text) == []


# A quotation inside the narrator's sentence.
@pytest.mark.parametrize("text", [
    # woven into the narrator's clause
    "In 2016, the Periodic Review Board ruled that his detention “no longer remained necessary to "
    "protect against a continuing significant threat to the national security of the United States.”",
    "Producers Laurence Mark and Bill Condon called the Australian actor “a consummate entertainer "
    "and an internationally renowned movie star.”",
    # a question the narrator quotes, not asks
    "DeGeneres earned praise for her performance as the host of the Emmy awards in 2001, lightening "
    "the somber mood by asking, \"What would bug the Taliban more than seeing a gay woman in a suit?",
])
def test_a_sentence_of_the_narrator_quoting_words_is_a_statement(claims_of, text):
    assert len(statements(claims_of, text)) == 1


@pytest.mark.parametrize("text", [
    # a quote set off by a comma, or opening the sentence, is the quote kind's
    "Meanwhile, ABC Entertainment Group president Paul Lee said, “It is an honor to welcome back "
    "Ellen DeGeneres as the host of the biggest entertainment celebration of the year.”",
    "“Despite recent speculation in the media, I have decided not to direct Catching Fire,” Gary "
    "Ross said in a statement.",
    # the narrator's own question, with a quotation inside it
    "Does Governor Abbott have the authority to deploy a “steel wall” of Texas troopers?",
    "Does Governor Abbott have the authority to deploy a \"steel wall\" of Texas troopers?",
])
def test_a_quote_or_a_question_with_a_quotation_is_not_a_statement(claims_of, text):
    assert statements(claims_of, text) == []


def test_a_long_sentence_is_a_statement_up_to_eighty_words(claims_of):
    # 68 words: other outlets tell its second clause in a sentence of their own
    text = ("Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, was concerned that Trump "
            "might start a war with China and made assurances to try and avert armed conflict to "
            "Chinese Gen. Li Zuocheng of the People’s Liberation Army in a pair of secret calls during "
            "the final months of the administration, Watergate sleuth Bob Woodward and fellow "
            "Washington Post journalist Robert Costa write in Peril.")
    assert len(statements(claims_of, text)) == 1
    # must not: past 80 words, a run of facts no outlet repeats as one
    text = ("The measure, negotiated by a group of 22 bipartisan lawmakers led by Sens. Kyrsten Sinema "
            "and Rob Portman, includes $550 billion in new spending, with $110 billion set to be "
            "allocated for roads and bridges, $66 billion for passenger and freight rail, $65 billion "
            "for broadband, $55 billion for water infrastructure, $39 billion for public transit, "
            "$25 billion for airports, $17 billion for ports and waterways, $11 billion for safety "
            "programs and $7.5 billion for a national network of charging stations for electric "
            "vehicles across the country.")
    assert statements(claims_of, text) == []
