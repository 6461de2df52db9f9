"""The claims stage's reading: lemmas made on demand match the model's own
lemmatiser, NumPy's BLAS threads are held to one once the model is loaded,
and its matrix products through NumPy parse as through BLIS."""

from __future__ import annotations

import numpy  # noqa: F401 - its BLAS is what the reading limits
from threadpoolctl import threadpool_info

from crosscheck.claims.nlp import (BLAS_THREADS, MODEL, USE_BLIS, lemma, load_nlp,
                                   read_sentences)

TEXT = ("The miners were trapped after the roof fell. Rescuers said the trapped miners had "
        "water. Officials were saying that more rescuers are coming, and the mine's owners "
        "said they had stopped digging. Two men who dug through the rubble were rescued.")


def _blas_threads() -> list[int]:
    # NumPy's own BLAS (its wheel's numpy.libs or numpy/.dylibs), the one the
    # model's products run on: SciPy brings a BLAS of its own, loaded when the
    # story step first makes a MinHash (after the model, so not limited), and
    # the engine runs nothing on it.
    return [lib["num_threads"] for lib in threadpool_info()
            if lib["user_api"] == "blas" and "numpy" in lib["filepath"]]


def test_lemmas_on_demand_are_the_lemmatisers():
    # The same word in several dependencies ("trapped", "miners", "said") is
    # lemmatised once and reused: the reuse must not change a lemma.
    full = load_nlp()(TEXT)
    [sentences] = read_sentences([TEXT])
    tokens = [t for s in sentences for t in s.span]
    assert [t.text for t in tokens] == [t.text for t in full]
    for mine, theirs in zip(tokens, full):
        if theirs.pos_ in ("VERB", "NOUN", "AUX") and mine.pos_ == theirs.pos_:
            assert lemma(mine) == theirs.lemma_, mine.text


def test_one_bounded_table_of_rule_lemmas_serves_the_claims_and_the_parses():
    # The claims pass's lemmas on demand and the one-sentence parses ask the
    # lemmatizer's rules for the same (word, POS, morphology): one table,
    # emptied when full, whose emptying changes no lemma.
    from crosscheck.claims import rule_attributes as attributes

    model = load_nlp()
    shared = attributes.rule_lemmas(model)
    assert attributes.rule_attributes(model).lemmas is shared
    assert attributes.coarse_tags(model).lemmas is shared
    full = model(TEXT)
    old_size = attributes.LEMMA_CACHE_SIZE
    try:
        attributes.LEMMA_CACHE_SIZE = 3
        shared.known.clear()
        [sentences] = read_sentences([TEXT])
        tokens = [t for s in sentences for t in s.span]
        asked = [(mine, theirs) for mine, theirs in zip(tokens, full)
                 if theirs.pos_ in ("VERB", "NOUN") and mine.pos_ == theirs.pos_]
        assert len(asked) > 3
        assert [lemma(mine) for mine, _ in asked] == [theirs.lemma_ for _, theirs in asked]
        assert 0 < len(shared.known) <= 3  # must not grow past its bound
    finally:
        attributes.LEMMA_CACHE_SIZE = old_size
        shared.known.clear()


def test_blas_threads_are_held_once_the_model_is_loaded():
    nlp = load_nlp()
    assert set(_blas_threads()) == {BLAS_THREADS}
    nlp(TEXT)  # a parse outside read_sentences (the renderer's) runs on them too
    reading = read_sentences([TEXT, TEXT])
    next(reading)
    reading.close()
    assert set(_blas_threads()) == {BLAS_THREADS}


def test_numpys_matrix_products_parse_as_blis_does():
    # The model's products go through NumPy's BLAS (nlp.USE_BLIS): the same
    # tags, heads, dependencies and entities as with thinc's default, BLIS.
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=True):
        blis = spacy.load(MODEL)
    assert load_nlp().get_pipe("tok2vec").model.ops.use_blis is USE_BLIS
    texts = [TEXT, "Sgt. Paul Rivera of the Ohio State Highway Patrol said 14 people were taken "
             "to Mercy Health hospitals on Sunday, two of them in critical condition."]

    def parse(doc):
        return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]

    for mine, theirs in zip(load_nlp().pipe(texts), blis.pipe(texts)):
        assert parse(mine) == parse(theirs)


def _sentences(text: str) -> list[str]:
    [sentences] = read_sentences([text])
    return [text[s.start:s.end] for s in sentences]


def test_a_title_abbreviated_before_a_name_ends_no_sentence():
    # the parser ends a sentence on "Sgt." when a name follows it
    text = ("“She stayed with the driver until help came,” said Sgt. Paul Rivera of the state "
            "police. The road reopened at noon.")
    assert _sentences(text) == [
        "“She stayed with the driver until help came,” said Sgt. Paul Rivera of the state police.",
        "The road reopened at noon."]
    # the plural before a list of names
    text = ("House GOP Leader Kevin McCarthy said on Wednesday that Republicans won’t participate "
            "after Pelosi rejected two of the Republicans he chose to sit on the panel, Reps. Jim "
            "Banks of Indiana and Jim Jordan of Ohio.")
    assert _sentences(text) == [text]
    # must not: a title that opens the next sentence, a full stop that ends one
    # before "Dr." and a break between paragraphs still part sentences
    assert _sentences("The bill passed the Senate. Sen. Ada Moss voted no.") == [
        "The bill passed the Senate.", "Sen. Ada Moss voted no."]
    assert _sentences("He was hurt in the leg. Dr. Lee treated him.") == [
        "He was hurt in the leg.", "Dr. Lee treated him."]
    assert len(_sentences("He wrote to the Gov.\n\nMarta left the office early.")) == 2


def test_entities_of_a_one_sentence_parse_come_when_asked_and_match_the_whole_pipeline():
    # The renderer's one-sentence parse leaves the entity recogniser out
    # (half its cost); parse_with_entities runs it on the same Doc after the
    # other components, which must give what the whole pipeline gives at once.
    from crosscheck.claims.nlp import parse, parse_with_entities

    sentences = [
        "Sgt. Paul Rivera of the Ohio State Highway Patrol said 14 people were taken to Mercy "
        "Health hospitals on Sunday, two of them in critical condition.",
        "Democratic senators met with Treasury Secretary Janet Yellen in Washington on Tuesday.",
        "There were no injuries, the fire department said.",  # no entity at all
    ]
    for sentence in sentences:
        doc = parse(sentence)
        assert not doc.has_annotation("ENT_IOB")  # not run until asked
        with_entities = parse_with_entities(sentence)
        assert with_entities is doc  # the same cached Doc, now with entities
        whole = load_nlp()(sentence)

        def readings(d):
            return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_,
                     t.ent_type_) for t in d]

        assert readings(with_entities) == readings(whole)
    assert ("Janet Yellen", "PERSON") in [(e.text, e.label_)
                                          for e in parse_with_entities(sentences[1]).ents]
    assert not parse_with_entities(sentences[2]).ents


def test_sentences_parsed_in_a_batch_are_parsed_as_alone():
    # parse_all parses a story task's sentences in one nlp.pipe call ahead of
    # the notes; each must be the parse that parse() makes of it alone, and be
    # the one parse() then returns (no second parse).
    from crosscheck.claims import sentence_parses as parses

    sentences = [
        "The Labor Department said Thursday that initial claims fell by 23,000 to 229,000.",
        "Rescuers pulled 12 miners from the flooded shaft late on Monday, officials said.",
        "“We will not back down,” the mayor told reporters outside City Hall.",
        "Shares of the company rose 4% in early trading after the report.",
    ]

    def parsed_as(d):
        return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph),
                 t.is_sent_start) for t in d]

    alone = [parsed_as(load_nlp()(s, disable=["ner"])) for s in sentences]
    parses._parses.clear()
    parses.parse_all(sentences + sentences[:1])  # a sentence asked twice is parsed once
    kept = {s: parses._parses[s] for s in sentences}
    assert len(kept) == len(sentences)
    for sentence, expected in zip(sentences, alone):
        assert parses.parse(sentence) is kept[sentence]
        assert parsed_as(kept[sentence]) == expected
    assert not kept[sentences[0]].has_annotation("ENT_IOB")  # entities only when asked


def test_the_parse_cache_keeps_the_last_sentences_asked():
    from crosscheck.claims import sentence_parses as parses

    parses._parses.clear()
    first = parses.parse("The storm closed 40 schools on Friday.")
    old_size = parses.PARSE_CACHE_SIZE
    try:
        parses.PARSE_CACHE_SIZE = 2
        parses.parse_all(["Two people were hurt.", "The road reopened on Sunday."])
        assert "The storm closed 40 schools on Friday." not in parses._parses  # the oldest went
        assert parses.parse("The storm closed 40 schools on Friday.") is not first  # parsed again
    finally:
        parses.PARSE_CACHE_SIZE = old_size
        parses._parses.clear()


def test_a_parse_s_rule_attributes_are_the_ruler_s_and_the_lemmatiser_s():
    # RuleAttributes stands in for attribute_ruler + lemmatizer on one-sentence
    # parses: its table of one-word patterns must give what the ruler gives,
    # and a sentence a two-word pattern matches ("There is": "is" made a VERB)
    # or holding a space token must go to the ruler itself.
    from crosscheck.claims.rule_attributes import rule_attributes
    from crosscheck.claims.sentence_parses import _LEARNED_ONLY

    model = load_nlp()
    rules = rule_attributes(model)

    def attributes(d):
        return [(t.text, t.tag_, t.pos_, t.dep_, t.lemma_, str(t.morph)) for t in d]

    sentences = [
        "Officials said it had rained for three days before the dam gave way.",
        "There is no sign that the two sides will meet again before March.",
        "The mayor,  who spoke  on Monday, did not say how many homes were lost.",
    ]
    for sentence in sentences:
        expected = attributes(model(sentence, disable=["ner"]))
        assert attributes(rules(model(sentence, disable=_LEARNED_ONLY))) == expected
        # again, its lemmas from the table now; and with the table emptied first
        assert attributes(rules(model(sentence, disable=_LEARNED_ONLY))) == expected
        rules.lemmas.known.clear()
        assert attributes(rules(model(sentence, disable=_LEARNED_ONLY))) == expected
    # must not: the table alone, which knows one-word patterns only, gets "is" wrong
    there = model(sentences[1], disable=_LEARNED_ONLY)
    assert rules.pairs(there)
    assert [t.pos_ for t in rules.lemmatizer(rules.ruler(there)) if t.lower_ == "is"] == ["VERB"]
    table_only = {t.lower_: rules._lookup((t.tag, t.lower if t.lower in rules.named else 0, t.dep))
                  for t in model(sentences[1], disable=_LEARNED_ONLY)}
    assert model.vocab.strings[table_only["is"][0]] == "AUX"


PARAGRAPHS = ("Rescuers reached the mine on Tuesday.  Two men were still missing, officials said."
              "\n\nPhoto: Ann Lee / AP \n \n“We will keep digging,” the mayor said.\n"
              "The Labor Department said claims fell by 23,000.\n\n\n   Shares rose 4%.")


def test_sentences_are_the_parser_s_cut_at_line_breaks_as_a_token_walk_cuts_them():
    # nlp.py reads line breaks and sentence starts from the Doc's arrays (to
    # make fewer Token objects); it must cut where walking every token cuts.
    from crosscheck.claims import nlp as reading

    model = load_nlp()

    def marked_by_walking(doc):
        after_break = False
        for tok in doc:
            if after_break and not tok.is_space:
                tok.is_sent_start = True
            after_break = (after_break and tok.is_space) or (tok.is_space and "\n" in tok.text)
        return doc

    def pieces_by_walking(doc):
        for sent in doc.sents:
            begin = sent.start
            for tok in sent:
                if tok.is_space and "\n" in tok.text and tok.i > begin:
                    yield (begin, tok.i + 1)
                    begin = tok.i + 1
            if begin < sent.end:
                yield (begin, sent.end)

    walked = marked_by_walking(model.make_doc(PARAGRAPHS))
    doc = reading._paragraphs_start_sentences(model.make_doc(PARAGRAPHS))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == [t.i for t in walked if t.is_sent_start] and len(starts) == 5
    parsed = model(doc)
    pieces = [(p.start, p.end) for p in reading._paragraph_pieces(parsed)]
    assert pieces == list(pieces_by_walking(parsed))
    assert len(pieces) >= 6  # must not: "Photo: ..." and the quote in one piece
    assert [PARAGRAPHS[s.start:s.end] for s in next(read_sentences([PARAGRAPHS]))][-1] \
        == "Shares rose 4%."


def test_the_entities_read_with_the_sentences_are_the_whole_doc_s():
    from crosscheck.claims.nlp import read_sentences_and_entities

    [(sentences, entities)] = read_sentences_and_entities([PARAGRAPHS])
    doc = sentences[0].span.doc
    assert entities == [(e.text, e.label_, e.start_char) for e in doc.ents]
    assert ("The Labor Department", "ORG") in [(text, label) for text, label, _ in entities]
    assert list(read_sentences_and_entities([" \n"])) == [([], [])]


def test_a_line_break_after_an_honorific_ends_no_sentence():
    # ECB+ dev4: the page breaks "the Rev." from "Larry Kroon", and the quote
    # lost its speaker; "Rev." and "Mr." stand only before a name
    text = ("“We have no idea what caused it,” the Rev.\n\nLarry Kroon of the Wasilla Bible "
            "Church said Saturday.")
    assert _sentences(text) == [text]
    # must not: an abbreviation that ends a sentence, or a title used alone
    assert len(_sentences("The firm moved its offices to the U.S.\n\nLarry Page said so.")) == 2
    assert len(_sentences("He wrote to the Gov.\n\nMarta left the office early.")) == 2


def test_a_line_s_first_words_cut_by_the_parser_are_read_back():
    # dev5: after a caption's line the parser cut "California" from
    # "Gov. Gavin Newsom embraced …" on the same line
    text = ("Getty Images California's Newsom signs bill to force Trump tax returns\n\n"
            "California Gov. Gavin Newsom embraced a politically explosive and legally dubious "
            "attempt to pry loose President Donald Trump’s tax returns on Tuesday.")
    assert _sentences(text)[-1].startswith("California Gov. Gavin Newsom embraced")
    # must not: a headline ends its line, and stays a sentence of its own
    text = "Wildfire Season\n\nCrews in Oregon battled three fires on Tuesday."
    assert _sentences(text) == ["Wildfire Season", "Crews in Oregon battled three fires on Tuesday."]


def _role_claim(sentence: str, title: str):
    from crosscheck.models import Claim, Role, content_id

    role = Role("Josh Hawley", title, False)
    return Claim(id=content_id("c", "a1", sentence, repr(role)), article="a1", kind="role",
                 sentence=sentence, span=(0, len(sentence)), role=role)


def test_the_sentences_a_title_is_worded_from_are_parsed_ahead():
    # A role note words its title with title_as_written, which parses the
    # sentence to find a lowercase title's modifiers and whether a title's
    # first word opening the sentence is an adverb: the task's batch parses
    # those sentences ahead. A title it words from its words alone (one
    # capitalised office, a name's words inside the sentence) is not parsed.
    from crosscheck.claims import sentence_parses as parses
    from crosscheck.corroborate.wording import title_as_written

    modifiers = _role_claim("U.S. infectious disease chief Dr. Anthony Fauci warned of a second "
                            "wave in the fall.", "disease chief")
    adverb = _role_claim("Only GOP Sen. Josh Hawley of Missouri voted no.", "Only GOP Sen.")
    one_office = _role_claim("Sen. Josh Hawley of Missouri voted no.", "Sen.")
    inside = _role_claim("The vote was 51-49, said Senate Majority Leader Chuck Schumer.",
                         "Senate Majority Leader")
    claims = [modifiers, adverb, one_office, inside]
    assert parses.title_sentences_to_parse(claims) == [modifiers.sentence, adverb.sentence]
    parses._parses.clear()
    for c in claims:
        title_as_written(c.role.title, c.sentence)
    assert set(parses._parses) == {modifiers.sentence, adverb.sentence}  # what the wording parsed
    parses._parses.clear()
