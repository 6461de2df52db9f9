"""The claims rules read a sentence's entities as found once per sentence
(``Sentence.ents``, or the tokens' IOB marks), not from ``Doc.ents``, which
makes a Span of every entity of the article on each call: the same entities."""

from crosscheck.claims import event_statements
from crosscheck.claims.figure_refusals import entity_text
from crosscheck.claims.nlp import read_sentences

TEXT = ("On May 5, 2021, the Ministry of Health in Nairobi said 1,200 people had been "
        "vaccinated since Tuesday. It is a sad day for the industry, he said. "
        "Lawmakers in New York City debated the bill for three hours on Friday night.")


def test_the_entity_of_a_token_is_the_one_doc_ents_gives(nlp):
    [sentences] = list(read_sentences([TEXT], nlp))
    doc = sentences[0].span.doc
    assert doc.ents  # the text names dates, places, organisations and numbers
    for i in range(len(doc)):
        expected = next((e.text for e in doc.ents if e.start <= i < e.end), "")
        assert entity_text(doc, i) == expected, doc[i].text
    # must not: a token outside every entity belongs to none
    said = next(t.i for t in doc if t.text == "said")
    assert entity_text(doc, said) == ""


def test_a_statement_reads_the_entities_found_for_its_sentence(nlp):
    sentences = next(read_sentences([TEXT], nlp))
    for sent in sentences:
        assert event_statements.extract_statement(sent.span, sent.ents) \
            == event_statements.extract_statement(sent.span)
    vaccinated = sentences[0]
    assert event_statements.extract_statement(vaccinated.span, vaccinated.ents) is not None
    # must not: a sentence that names no one, nowhere and no number is commentary
    sad = next(s for s in sentences if "sad day" in s.span.text)
    assert event_statements.extract_statement(sad.span, sad.ents) is None
