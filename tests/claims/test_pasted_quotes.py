"""Posts pasted without marks, signed as an embedded tweet is."""

import pytest

from crosscheck.claims.pasted_quotes import signed_posts


def quotes(claims_of, text):
    return [(c.quote.speaker, c.quote.text) for c in claims_of(text, kind="quote")]


def test_a_signed_post_is_a_quote_of_its_signer(claims_of):
    text = ("Jeb Bush, the former governor of Florida, said that his rival had finally lost it.\n\n"
            "Donald Trump is unhinged. His \"policy\" proposals are not serious. — Jeb Bush "
            "(@JebBush) December 7, 2015\n\n"
            "Gov. John Kasich of Ohio said the idea should disqualify him.")
    assert quotes(claims_of, text) == [
        ("Jeb Bush", 'Donald Trump is unhinged. His "policy" proposals are not serious.')]


def test_a_signature_on_its_own_line_signs_the_paragraph_before():
    text = ("Maybe they're mad because I don't believe these votes should be cast in the dark."
            " https://t.co/1e3cWXzOT6\n\n— Alexandria Ocasio-Cortez (@AOC) March 2, 2019")
    [post] = signed_posts(text)
    assert post.author == "Alexandria Ocasio-Cortez"
    assert text[post.start:post.end].endswith("cast in the dark.")  # the link left out


def test_a_paragraph_after_a_colon_without_a_signature_is_the_writer_s(claims_of):
    """The writer's own prose after a colon is not a quote."""
    text = ("In a statement, the ministry said the talks would go on. The reasons are simple:\n\n"
            "The decision was taken after the vote, and the budget leaves no room for more.")
    assert quotes(claims_of, text) == []


def test_no_post_without_the_handle_and_date():
    # a dash and a name in a sentence is no signature
    assert signed_posts("The deal was signed on Friday — Jeb Bush was there, December 7, 2015") == []
    # a link alone is no post
    assert signed_posts("https://t.co/CYSBIK3qHF pic.twitter.com/o71Z4InVxB — CSPAN (@cspan) "
                        "June 28, 2019") == []


# -- documents as speakers, and verbs of retort -------------------------------

DOCUMENT_SPEAKERS = [
    # a document that "reads" holds the words
    ('"CNN filed a lawsuit against the administration this morning in federal court," the '
     'statement read.', "the statement", "CNN filed a lawsuit"),
    # ... and speaks for the body the sentence says issued it
    ('A statement from the White House read: "The president has full confidence in his team."',
     "White House", "The president has full"),
    ('"The defendants pose a risk of flight based on the serious nature of the charges," the '
     'indictment says.', "the indictment", "The defendants pose"),
    ('"I\'m talking about any place past Concord, actually," Brown retorted.', "Brown",
     "I'm talking about"),
    ('"I think you were talking about the north country," Pindell interjected.', "Pindell",
     "I think you were"),
]


def test_documents_and_retorts_are_speakers(claims_of):
    for text, speaker, opening in DOCUMENT_SPEAKERS:
        found = quotes(claims_of, text)
        assert any(s == speaker and q.startswith(opening) for s, q in found), (text, found)


def test_a_person_reading_a_document_does_not_speak_its_words(claims_of):
    text = ('At the hearing Ana Ruiz read the letter aloud: "We will not be leaving the valley '
            'whatever the company offers."')
    assert not any(s == "Ana Ruiz" for s, _ in quotes(claims_of, text))


def test_a_report_said_of_a_number_is_a_figure_s_source_not_a_quote(claims_of):
    text = "The report said unemployment rose to 5.2 percent in May."
    assert quotes(claims_of, text) == []
    [figure] = [c for c in claims_of(text, kind="figure") if c.figure.value == 5.2]
    assert figure.attribution == "The report"


# -- partial quotes attributed after them, or after a colon --------------------

@pytest.mark.parametrize("text, speaker, words", [
    ("Now the state's investigation has entered “a criminal capacity,” spokesman Fabien Levy "
     "confirmed to NPR late Tuesday.", "Fabien Levy", "a criminal capacity,"),
    ("The gap narrowed to less than half a point — “a virtual tie,” as Bernie Sanders put it.",
     "Bernie Sanders", "a virtual tie,"),
    ("Vice President Kamala Harris had a message for people considering the trip: “Do not come.”",
     "Kamala Harris", "Do not come."),
])
def test_a_partial_quote_attributed_right_after_or_after_a_colon(claims_of, text, speaker, words):
    assert (speaker, words) in quotes(claims_of, text)


@pytest.mark.parametrize("text", [
    # another clause between the quote and the verb: not the mayor's words
    "The plan is a “tax grab,” and the mayor said the council would vote on Monday.",
    # a colon, but the sentence goes on past the quote: a borrowed phrase
    "Kamala Harris had one goal in mind: “zero emissions” by the end of the decade.",
])
def test_a_partial_quote_not_handed_to_anyone(claims_of, text):
    assert quotes(claims_of, text) == []
