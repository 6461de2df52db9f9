"""Documents as speakers ("the statement read"), and verbs of retort."""


def quotes(claims_of, text):
    return [(c.quote.speaker, c.quote.text) for c in claims_of(text, kind="quote")]


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
