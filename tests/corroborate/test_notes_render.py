"""Notes of whole findings, built by hand from the mentions the notes gold
showed mangled, and the renderer run on stored parts (NoteParts)."""

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import Context
from crosscheck.corroborate.figure_words import render_value, shown_value
from crosscheck.corroborate.render import NoteParts, render_finding
from crosscheck.models import Event, Figure

from corroborate_builders import claim, fig, Quote, Role


def test_one_week_is_singular_and_two_weeks_plural():
    assert render_value(Figure("weeks", 1, 1, 1, "exact", "week")) == "1 week"
    assert render_value(Figure("weeks", 2, 2, 2, "exact", "week")) == "2 weeks"
    assert render_value(Figure("hours", 1, 1, 1, "exact", "hour")) == "1 hour"
    assert render_value(Figure("years", 3, 3, 3, "exact", "year")) == "3 years"
    # must not: "1 weeks"
    assert "1 weeks" not in render_value(Figure("weeks", 1, 1, 1, "exact", "week"))


def test_an_amount_the_sentence_does_not_write_is_shown_in_its_words():
    misread = claim("a1", "“Facebook’s ruling is an insult to the record-setting 75M people,” said "
                    "Trump.", figure=fig("record setting people", 75))
    # with the clause's subject: the excerpt says who or what is an insult
    assert shown_value(misread) == \
        "“Facebook’s ruling is an insult to the record-setting 75M people…”"
    zero = claim("a1", "Many pensioners live on less than 1, 000 euros a month, said the union.",
                 figure=fig("euros", 0))
    assert "1, 000 euros a month" in shown_value(zero) and "€0" not in shown_value(zero)
    # must not: amounts written as the value says are shown as values
    written = claim("a1", "Congress weighs a $3.5 trillion package.",
                    figure=fig("package", 3.5e12, unit="USD"))
    assert shown_value(written) == "$3.5 trillion"
    spelled = claim("a1", "Thirteen miners are still trapped.", figure=fig("miners trapped", 13))
    assert shown_value(spelled) == "13"


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


def test_an_amount_with_a_scale_after_it_is_not_shown_as_the_bare_number():
    euros = claim("a1", "Four men made off with a two - million - euro booty, a police source said.",
                  figure=fig("booty", 2, unit="USD"))
    assert "$2" not in shown_value(euros) and "two - million" in shown_value(euros)
    ranged = claim("a1", "The Orioles are around seven years, $140 - 150MM, for the slugger.",
                   figure=fig("150mm", 140, unit="USD"))
    assert shown_value(ranged).startswith("“") and "$140 - 150MM" in shown_value(ranged)
    split = claim("a1", "The gang stole $2. 6 million in jewelry, according to AFP.",
                  figure=fig("jewelry", 2, unit="USD"))
    assert shown_value(split) != "$2" and "$2. 6 million" in shown_value(split)
    # must not: an amount written with the scale that gives its value
    whole = claim("a1", "The gang stole $2.6 million in jewelry.",
                  figure=fig("jewelry", 2.6e6, unit="USD"))
    assert shown_value(whole) == "$2.6 million"


def test_the_number_quoted_is_the_one_whose_scale_gives_the_value(outlets):
    s = ("CO2 was higher than at any time in at least 2 million years, and warming the fastest "
         "in at least 2,000 years.")
    [fastest] = corroborate(outlets, [claim("a1", s, figure=fig("years", 2000, "at-least",
                                                                unit="year"))])
    assert "at least 2,000 years" in fastest.note and "2 million" not in fastest.note


def test_pounds_without_a_pound_sign_and_an_ordinal_naming_a_kind_are_quoted():
    weight = claim("a1", "He is 6 feet tall and weighing approximately 200 pounds, police said.",
                   figure=fig("pounds", 200, "about", unit="GBP"))
    assert "£" not in shown_value(weight) and "200 pounds" in shown_value(weight)
    kind = claim("a1", "The mission evacuated American citizens, third country nationals and "
                 "Afghans.", figure=fig("country nationals", 3, unit="ordinal"))
    assert shown_value(kind) != "3rd" and "third country nationals" in shown_value(kind)
    # must not: money with its sign, and a rank after a determiner
    money = claim("a1", "The fine was £200 for each offence.", figure=fig("fine", 200, unit="GBP"))
    assert shown_value(money) == "£200"
    rank = claim("a1", "He was knocked down in the fifth round.", figure=fig("round", 5,
                                                                              unit="ordinal"))
    assert shown_value(rank) == "5th"


def test_a_quoted_value_is_not_quoted_again_as_the_topic(outlets):
    weight = claim("a1", "He is 6 feet tall and weighing approximately 200 pounds, police said.",
                   figure=fig("pounds", 200, "about", unit="GBP"))
    [finding] = corroborate(outlets, [weight])
    assert finding.note.count("200 pounds") == 1


def test_a_verb_the_counted_thing_does_is_not_part_of_its_name(outlets):
    cases = [("Last week 373,000 Americans filed for unemployment benefits.",
              fig("Americans filed", 373000), "Americans"),
             ("The ports handle 40% of all cargo containers entering the US.",
              fig("cargo containers entering", 40, unit="percent"), "cargo containers"),
             ("Police said 300 similar robberies carried out in Paris this year.",
              fig("similar robberies carried", 300), "similar robberies"),
             # must not: a participle of what befell the counted thing stays
             ("Hundreds of stores were looted, and more than 200 people arrested.",
              fig("people arrested", 200, "over"), "people arrested"),
             ("The three other former officers accused of aiding Chauvin will stand trial.",
              fig("former officers accused", 3), "former officers accused")]
    for sentence, figure, shown in cases:
        [finding] = corroborate(outlets, [claim("a1", sentence, figure=figure)])
        assert finding.topic == shown, (sentence, finding.topic)


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


def test_a_past_verb_before_the_counted_thing_and_a_reported_clause_verb_are_no_label(outlets):
    cases = [("In 2007, the gang drove two cars through the window of a store.",
              fig("cars drove", 2), "cars"),
             ("Data released Thursday showed 373,000 Americans filed for first-time benefits.",
              fig("americans filed showed", 373000), "Americans"),
             # must not: a regular past reads as what befell the counted thing
             ("The blast killed four miners on Monday.", fig("miners killed", 4), "miners killed"),
             ("Police said 200 people arrested in the raid were released.",
              fig("people arrested", 200), "people arrested")]
    for sentence, figure, shown in cases:
        [finding] = corroborate(outlets, [claim("a1", sentence, figure=figure)])
        assert finding.topic == shown, (sentence, finding.topic)


def test_a_number_of_says_of_what():
    counted = claim("a1", "Government has announced that the number of people who have lost their "
                    "lives due to the recent riots, has risen to 117.", figure=fig("number risen", 117))
    from crosscheck.corroborate.figure_words import topic

    assert topic([counted]) == "number of people who have lost their lives"
    # must not: a "number" with no "of" phrase is left as it was
    bare = claim("a1", "The number has risen to 117, officials said.", figure=fig("number risen", 117))
    assert "of" not in topic([bare])


def test_a_number_hyphenated_to_a_noun_is_a_modifier_not_a_count():
    justices = claim("a1", "Barrett took the seat, creating a six-Justice conservative majority "
                     "that seemed to insure victory.", figure=fig("justice", 6))
    assert shown_value(justices).startswith("“") and "six-Justice conservative majority" in \
        shown_value(justices)
    increase = claim("a1", "The United States experienced its biggest one-year increase on record "
                     "in murders in 2020.", figure=fig("biggest increase", 1, unit="year"))
    assert "increase on record in murders" in shown_value(increase)
    # must not: a duration of a thing that lasts, a rate, a count standing alone
    plan = claim("a1", "The board approved a three-year service plan on Tuesday.",
                 figure=fig("service plan", 3, unit="year"))
    assert shown_value(plan) == "3 years"
    rate = claim("a1", "Workers lose an extra $300-a-week payment.",
                 figure=fig("payment", 300, unit="USD"))
    assert shown_value(rate) == "$300"
    six = claim("a1", "Six justices joined the majority.", figure=fig("justices joined", 6))
    assert shown_value(six) == "6"


def test_the_top_of_a_range_is_quoted_with_the_range_and_a_level_is_not():
    top = claim("a1", "The Red Sox offer was expected to be in the range of $145 million to "
                "$175 million, possibly more.", figure=fig("range", 175e6, unit="USD"))
    assert "$145 million to $175 million" in shown_value(top)
    from crosscheck.corroborate.figure_words import topic
    assert topic([top]) == "Red Sox offer"
    # must not: a pronoun is no label; the article's words are the topic then
    pronoun = claim("a1", "It was expected to be in the range of $145 million to $175 million.",
                    figure=fig("range", 175e6, unit="USD"))
    assert topic([pronoun]).startswith("“") and "range of $145 million" in topic([pronoun])
    # must not: "from … to" gives a level reached, shown as a value
    level = claim("a1", "The rate rose from 5% to 7% last year.", figure=fig("rate", 7, unit="percent"))
    assert shown_value(level) == "7%"


def test_a_unit_of_measure_after_the_number_is_part_of_the_value(outlets):
    metres = claim("a1", "He died after slipping and falling about 60 metres (200 feet) from a ridge.",
                   figure=fig("metres", 60, "about"))
    assert shown_value(metres) == "about 60 metres"
    [finding] = corroborate(outlets, [metres])
    assert "(metres)" not in finding.note
    # must not: a count of people is no measure
    people = claim("a1", "About 60 people were evacuated from the ridge.",
                   figure=fig("people evacuated", 60, "about"))
    assert shown_value(people) == "about 60"


def test_a_magnitude_word_is_part_of_the_number_not_its_unit():
    """"about 1.2 million tonnes" is 1.2 million of tonnes: the note once showed
    "about 1.2 million million"."""
    tonnes = claim("a1", "The mine produces about 1.2 million tonnes of coal a year.",
                   figure=fig("coal", 1.2e6, "about"))
    assert shown_value(tonnes) == "about 1.2 million tonnes"
    # must not: a magnitude before a count of people names no unit
    people = claim("a1", "About 1.2 million people live in the valley.",
                   figure=fig("people", 1.2e6, "about"))
    assert shown_value(people) == "about 1.2 million"


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


def test_a_figure_claimed_before_labels_were_carried_is_labelled_from_its_sentence():
    """Claims of figures.v7 and older (the notes gold's stored inputs) carry
    no label: it is read from the sentence alone, as the claims stage reads it."""
    from crosscheck.corroborate.figure_words import topic
    from crosscheck.models import Claim

    sentence = "Orozco was arrested five buildings away on 223rd Street."

    def made(figure):
        return Claim(id="c1", article="a1", kind="figure", sentence=sentence,
                     span=(0, len(sentence)), figure=figure)

    assert topic([made(fig("buildings arrested", 5))]) == "buildings"
    # must not: a label the claim carries is not read again
    carried = Figure("buildings arrested", 5, 5, 5, "exact", label="buildings arrested")
    assert topic([made(carried)]) == "buildings arrested"


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


def test_a_percentage_a_subject_changed_by_is_shown_with_its_words(outlets):
    [rise] = corroborate(outlets, [claim("a1", "Shares of Kestrel Mining rose more than 6% on "
                                         "Monday after the ruling.",
                                         figure=fig("shares", 6, "over", unit="percent"))])
    assert "(shares: “Shares of Kestrel Mining rose more than 6%" in rise.note
    # must not: a level the change reached, or a share of what is named
    [level] = corroborate(outlets, [claim("a1", "The jobless rate fell to 5.2% in August, the "
                                          "bureau said.",
                                          figure=fig("jobless rate", 5.2, unit="percent"))])
    assert "“" not in level.note.split(" [")[0]
    [share] = corroborate(outlets, [claim("a1", "About 40% of the budget went to schools.",
                                          figure=fig("budget", 40, "about", unit="percent"))])
    assert "“" not in share.note.split(" [")[0]
    # a share of people says whom it is of, not what they did: quoted since
    # corroborate.v41 ("54% (likely voters)", notes gold heldout11)
    [voters] = corroborate(outlets, [claim("a1", "About 40% of voters backed the measure.",
                                           figure=fig("voters", 40, "about", unit="percent"))])
    assert "(voters: “About 40% of voters backed the measure”)" in voters.note


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


def test_a_label_that_is_the_number_s_own_compound_is_no_topic():
    """'three-volume' (of 'the three-volume report') counts nothing: the
    topic is the article's words."""
    from crosscheck.corroborate.figure_words import topic

    report = claim("a1", "The county did not release the text of the three-volume report, led by "
                   "a contractor.", figure=fig("volume", 3))
    assert topic([report]).startswith("“") and "three-volume report" in topic([report])
    # must not: a compound with the noun it modifies still names what it is
    contract = claim("a1", "He signed a three-year contract with the club on Monday.",
                     figure=fig("year contract", 3))
    assert not topic([contract]).startswith("“")


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
