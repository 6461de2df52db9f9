"""Notes of whole findings, built by hand from the mentions the notes gold
showed mangled, and the renderer run on stored parts (NoteParts)."""

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import Context
from crosscheck.corroborate.render import NoteParts, render_finding
from crosscheck.models import Event

from corroborate_builders import claim, fig, Quote, Role


def test_a_topic_is_cased_as_written_and_a_lone_name_is_no_topic(outlets):
    [nationals] = corroborate(outlets, [claim("a1", "Axios reported that 37,000 Afghans have "
                                              "arrived.", figure=fig("afghans", 37000))])
    assert nationals.topic == "Afghans" and "37,000 (Afghans)" in nationals.note
    [owed] = corroborate(outlets, [claim("a2", "He now owes Sookram over $20,000.",
                                         figure=fig("sookram", 20000, "over", unit="USD"))])
    assert "(sookram)" not in owed.note.lower()
    assert owed.note.startswith("Valley Courier says more than $20,000 (“He now owes Sookram "
                                "over $20,000”)")


def test_a_subject_loses_an_auxiliary_and_another_subject_s_participle(outlets):
    [away] = corroborate(outlets, [claim("a1", "Orozco was arrested five buildings away on 223rd "
                                         "Street.", figure=fig("buildings arrested", 5))])
    assert away.topic == "buildings"
    [sailors] = corroborate(outlets, [claim("a1", "The 18 Indian sailors had been held for weeks.",
                                            figure=fig("indian sailors had", 18))])
    assert sailors.topic == "Indian sailors"
    # must not: an active verb before the number says what befell the counted
    [killed] = corroborate(outlets, [claim("a1", "The blast killed four miners on Monday.",
                                           figure=fig("miners killed", 4))])
    assert killed.topic == "miners killed"


def test_whose_age_is_said_even_when_the_source_cited_has_the_name(outlets):
    said = claim("a1", "Reid, 33, checked herself into rehab, Tara Reid's rep said.",
                 figure=fig("age of Reid", 33, unit="age"), attribution="Tara Reid")
    [age] = corroborate(outlets, [said])
    assert "(citing Tara Reid) says aged 33 (age of Reid)" in age.note


def test_a_title_reads_after_is(outlets):
    claims = [claim("a1", "Sen. Joe Manchin opposes the plan.",
                    role=Role("Joe Manchin", "Sen.", False)),
              claim("a2", "His publicist Jack Ketsoyan confirmed it.",
                    role=Role("Jack Ketsoyan", "publicist", False))]
    notes = sorted(f.note for f in corroborate(outlets, claims))
    assert notes[0].startswith("Kestrel Herald says Joe Manchin is Senator [")
    assert notes[1].startswith("Valley Courier says Jack Ketsoyan is a publicist [")


def test_a_speaker_and_a_source_have_no_capital_determiner(outlets):
    said = claim("a1", "“Handed over to appropriate authorities ashore,” the statement said.",
                 quote=Quote("The statement", "handed over to appropriate authorities ashore today"))
    [quote] = corroborate(outlets, [said])
    assert "says the statement said it" in quote.note


def test_an_event_is_the_article_words_not_the_gist(outlets):
    said = claim("a1", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 "
                 "start.", event=Event("76ers fired coach Maurice Cheeks", "2025-03-08", "Saturday"))
    [event] = corroborate(outlets, [said])
    assert event.topic == "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a " \
        "9-14 start"
    assert event.note.startswith("“The Philadelphia 76ers fired coach Maurice Cheeks on Saturday")


def test_the_renderer_gives_the_pipeline_words_from_stored_parts(outlets):
    """NoteParts is what the notes gold stores: rendering it again, after a
    round trip through JSON, gives the finding's topic and note."""
    claims = [
        claim("a1", "Twelve miners are still trapped, the company said.",
              figure=fig("miners still trapped", 12), attribution="the company"),
        claim("a2", "Thirteen miners are still trapped, the union said.",
              figure=fig("miners trapped", 13), attribution="the union"),
        claim("a3", "Mines Minister Adaeze Korrin visited the site.",
              role=Role("Adaeze Korrin", "Mines Minister", False)),
        claim("a4", "“We will get every one of them out alive,” Korrin said.",
              quote=Quote("Korrin", "We will get every one of them out alive")),
        claim("a2", "Adaeze Korrin said: “We will get every one of them out alive.”",
              quote=Quote("Adaeze Korrin", "We will get every one of them out alive")),
    ]
    ctx = Context.of(outlets, None)
    by_id = {c.id: c for c in claims}
    for finding in corroborate(outlets, claims):
        parts = NoteParts.of(ctx, finding.kind, [by_id[i] for i in finding.claims], claims)
        again = render_finding(NoteParts.from_dict(parts.to_dict()))
        assert (again.topic, again.note, again.status) == (finding.topic, finding.note,
                                                           finding.status)


def test_a_role_note_is_the_same_whatever_order_its_mentions_come_in(outlets):
    """A finding records its mentions by id, not in the order alignment gave
    them, so a stored role finding rendered again (the notes gold's collector,
    AllSides 5638: "National Review, CNN … say Robert Pitman is District Judge"
    came back as "Associated Press, National Review and CNN …") must not hang
    on that order: outlets in the order of their articles."""
    from itertools import permutations

    said = [claim(a, f"District Judge Robert Pitman ruled on the law, {n}.",
                  role=Role("Robert Pitman", "District Judge", False))
            for a, n in (("a3", "one"), ("a1", "two"), ("a2", "three"))]
    [finding] = corroborate(outlets, said)
    ctx = Context.of(outlets, None)
    for order in permutations(said):
        again = render_finding(NoteParts.of(ctx, "role", list(order), said))
        assert again.note == finding.note
    assert finding.note.startswith("Kestrel Herald, Valley Courier and Meridian Post say Robert "
                                   "Pitman is District Judge")
    # must not: two different titles are still two camps, however the mentions come
    other = claim("a4", "Chief Judge Robert Pitman spoke.",
                  role=Role("Robert Pitman", "Chief Judge", False))
    notes = {render_finding(NoteParts.of(ctx, "role", list(o), said + [other])).note
             for o in permutations(said + [other])}
    assert len(notes) == 1 and "Daily Pulse says Robert Pitman is Chief Judge" in notes.pop()


def test_a_statement_is_rendered_from_stored_parts_as_corroborate_words_it(outlets):
    claims = [claim("a1", "Bettie Page died Thursday of pneumonia, her agent said.",
                    event=Event("Bettie Page died", None, "")),
              claim("a2", "Pinup icon Bettie Page has died of pneumonia, her agent said.",
                    event=Event("Bettie Page has died", None, ""))]
    ctx = Context.of(outlets, None)
    parts = NoteParts.of(ctx, "event", claims)
    finding = render_finding(NoteParts.from_dict(parts.to_dict()))
    assert finding.note.startswith("Kestrel Herald and Valley Courier report the same: “Bettie "
                                   "Page died Thursday of pneumonia, her agent said.”")
    # must not: a dated event is worded as an event, its date said
    dated = [claim("a1", "Bettie Page died Thursday of pneumonia.",
                   event=Event("Bettie Page died", "2025-03-06", "Thursday"))]
    assert "2025-03-06" in render_finding(NoteParts.of(ctx, "event", dated)).note


def test_notes_are_worded_without_parsing_a_sentence_again(outlets, monkeypatch):
    """The label and the unit of measure come with the claim (the claims pass
    read them): wording a figure's note runs no spaCy model."""
    from spacy.language import Language

    claims = [claim("a1", "Orozco was arrested five buildings away on 223rd Street.",
                    figure=fig("buildings arrested", 5)),
              claim("a2", "He died after slipping and falling about 60 metres from a ridge.",
                    figure=fig("metres", 60, "about"))]

    def refuse(*args, **kwargs):
        raise AssertionError("the corroborator parsed a sentence")

    monkeypatch.setattr(Language, "__call__", refuse)
    monkeypatch.setattr(Language, "pipe", refuse)
    away, fall = corroborate(outlets, claims[:1]) + corroborate(outlets, claims[1:])
    assert away.topic == "buildings" and "about 60 metres" in fall.note


def test_a_role_finding_s_stored_parts_give_the_pipeline_words(outlets):
    """A description joined to the person it fits comes after the person's
    named mentions, whatever order the parts hold them in, so the outlets of
    one title are listed as the pipeline lists them."""
    described = claim("a1", "The Woodburn police chief said the bomb was left outside a bank.",
                      role=Role("the Woodburn police chief", "Woodburn police chief", False))
    named = claim("a2", "Woodburn Police Chief Scott Russell said two officers died.",
                  role=Role("Scott Russell", "Woodburn Police Chief", False))
    ctx = Context.of(outlets, None)
    [finding] = corroborate(outlets, [described, named])
    by_id = {c.id: c for c in (described, named)}
    parts = NoteParts.of(ctx, "role", [by_id[i] for i in finding.claims], [described, named])
    again = render_finding(NoteParts.from_dict(parts.to_dict()))
    assert (again.topic, again.note) == (finding.topic, finding.note)
    # the mentions put back in article order (the description's article first)
    # still list the named mention's outlet first
    in_article_order = NoteParts("role", tuple(sorted(parts.claims, key=lambda c: c.article)),
                                 parts.sources)
    assert render_finding(in_article_order).note == finding.note
    # must not: the description's outlet listed first
    assert not finding.note.startswith("Kestrel Herald")


def test_a_quote_opening_that_holds_no_main_verb_is_its_short_first_sentence():
    from crosscheck.corroborate.common import quote_opening

    assert quote_opening("If she were to call the bill, it will fail, and she knows it.") == \
        "If she were to call the bill, it will fail, and she knows it."
    assert quote_opening("So far only the collapse of walls of houses in two villages has been "
                         "reported. We are still counting.") == \
        "So far only the collapse of walls of houses in two villages has been reported."
    # must not: eight words whose main clause is under way stay eight words
    assert quote_opening("We will get every one of them out alive, whatever it takes.") == \
        "We will get every one of them out"
    assert quote_opening("It lasted around 30 seconds or so — you could feel the building "
                         "shake.") == "It lasted around 30 seconds or so —"
    # must not: a first sentence too long for a topic line keeps the eight words
    long = ("And just as fast as it went up, the fence erected around the Capitol for the "
            "rally last weekend is now coming back down, officials say.")
    assert quote_opening(long) == "And just as fast as it went up,"


def test_a_quote_shown_to_the_end_of_its_sentence_has_no_ellipsis_after_its_full_stop():
    from crosscheck.corroborate.common import quote_shown

    # heldout20: "There’s not going to be a shutdown.…" kept a full stop before the ellipsis
    assert quote_shown("There’s not going to be a shutdown.") == "There’s not going to be a shutdown."
    assert quote_shown("So far only the collapse of walls of houses in two villages has been "
                       "reported. We are still counting.") == \
        "So far only the collapse of walls of houses in two villages has been reported."
    assert quote_shown("What do they call me, a lurker?") == "What do they call me, a lurker?"
    # must not: words that go on mid-sentence keep the note's ellipsis
    assert quote_shown("We will get every one of them out alive, whatever it takes.") == \
        "We will get every one of them out…"
    # must not: an abbreviation's full stop ends no sentence
    assert quote_shown("I spoke about it at length with Sen.") == \
        "I spoke about it at length with Sen.…"
    assert quote_shown("They sent the bill back to the U.S.") == "They sent the bill back to the U.S.…"


def test_the_sentences_parsed_ahead_are_those_of_events_and_of_cited_sources():
    # build_story_each parses these in one batch before the notes are written;
    # statements (undated) are parsed only if a note asks, and figures only
    # when their note cites a source the sentence writes or quotes the words
    # around the number ("others" says too little of what is counted).
    from corroborate_builders import claim, fig

    from crosscheck.corroborate import sentences_to_parse
    from crosscheck.models import Event

    dated = claim("a1", "Rescuers reached the miners on Tuesday.",
                  event=Event(text="Rescuers reached miners", date="2025-03-11",
                              date_text="on Tuesday"))
    undated = claim("a1", "The mine has flooded before.",
                    event=Event(text="mine has flooded", date=None, date_text=""))
    cited = claim("a1", "Twelve miners are trapped, the rescue chief said.",
                  figure=fig("miners", 12), attribution="the rescue chief")
    not_written = claim("a1", "Twelve miners are trapped, she said.",
                        figure=fig("miners", 12), attribution="Ana Lopez")  # a pronoun resolved
    a_count = claim("a1", "Nine others were hurt, 12 people said.",
                    figure=fig("others", 9), attribution="12 people")  # no source: a count
    unsourced = claim("a1", "Twelve miners are trapped.", figure=fig("miners", 12))
    assert sentences_to_parse([dated, undated, cited, not_written, a_count, unsourced]) == [
        dated.sentence, cited.sentence, a_count.sentence]


def test_the_texts_parsed_ahead_include_quotes_longer_than_their_opening():
    # quote_opening parses a quote of more than eight words, whole; one of
    # eight or fewer is its own opening and is never parsed.
    from corroborate_builders import claim

    from crosscheck.corroborate import sentences_to_parse
    from crosscheck.models import Quote

    long = claim("a1", "“ We will get every one of them out alive, whatever it takes, ” Korrin "
                 "said.", quote=Quote("Korrin", " We will get every one of them out alive, "
                                                "whatever it takes, "))
    short = claim("a1", "“We will get them out,” Korrin said.",
                  quote=Quote("Korrin", "We will get them out"))
    assert sentences_to_parse([long, short]) == [
        "We will get every one of them out alive, whatever it takes,"]
    # the very text quote_opening asks the parse of (the parse cache's key)
    from crosscheck.claims import sentence_parses
    from crosscheck.corroborate.common import quote_opening

    sentence_parses._parses.clear()
    quote_opening(long.quote.text)
    assert list(sentence_parses._parses) == sentences_to_parse([long])
    # a quote opening in lower case: its sentence, which quote_leads reads for its lead
    woven = claim("a1", "Turkey “has committed to protecting civilians,” Korrin said.",
                  quote=Quote("Korrin", "has committed to protecting civilians,"))
    assert sentences_to_parse([woven]) == [woven.sentence]
    # must not: a quote opening on a capital leaves its sentence unparsed
    assert sentences_to_parse([short]) == []


def test_a_quote_opening_drops_the_source_s_ellipsis_and_rejoins_its_possessives():
    """The note writes its own "…" after an opening: the source's own
    ellipsis before it read as a typo ("when the votes come in ……")."""
    from crosscheck.corroborate.common import quote_opening

    assert quote_opening("I predict when the votes come in ...") == \
        "I predict when the votes come in"
    assert quote_opening("a loving and devoted husband, father...") == \
        "a loving and devoted husband, father"
    assert quote_opening("And it’ s, of course, as you can see, a big loss.") == \
        "And it’s, of course, as you can"
    # must not: a full stop, an ellipsis inside the quote and a plural's
    # apostrophe are the quote's own
    assert quote_opening("We have made serious compromises on both ends.") == \
        "We have made serious compromises on both ends."
    assert quote_opening("It was … a disaster for us, said the mayor.") == \
        "It was … a disaster for us, said"
    assert quote_opening("The players’ union will fight this.") == \
        "The players’ union will fight this."


def test_an_outlet_is_named_once_with_every_source_it_cites():
    """"Fox Business (citing …), Fox Business and PolitiFact say" named one
    outlet twice (notes gold, heldout13); "The Hill, The Hill (citing the
    sources)" likewise (heldout12)."""
    from crosscheck.corroborate.common import join_names, says

    names = ["Fox Business (citing Government Accountability Office)", "Fox Business",
             "PolitiFact (citing Steve Scalise)"]
    assert join_names(names) == ("Fox Business (citing Government Accountability Office) and "
                                 "PolitiFact (citing Steve Scalise)")
    two = ["Reuters (citing Donald Trump)", "Reuters (citing the sources)"]
    assert join_names(two) == "Reuters (citing Donald Trump and the sources)"
    assert says(two) == "says"
    person = ["The Daily Caller (citing Haugen)", "The Daily Caller (citing Frances Haugen)"]
    assert join_names(person) == "The Daily Caller (citing Frances Haugen)"
    # must not: different outlets, and an outlet whose own name holds brackets, stay apart
    apart = ["CNN (Web News)", "CNN (Online News) (citing police)", "Politico"]
    assert join_names(apart) == "CNN (Web News), CNN (Online News) (citing police) and Politico"
    assert says(apart) == "say"
