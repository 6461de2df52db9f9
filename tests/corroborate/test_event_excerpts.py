"""An event's words (corroborate/event_excerpts.py), rule by rule, on
sentences of the kind the notes gold holds (quality/gold/notes): each says
who did what and when, and each rule has an input it must leave alone."""

import pytest

from crosscheck.corroborate.event_excerpts import event_excerpt


@pytest.mark.parametrize("sentence, gist, date, shown", [
    # a cut inside the apposition of who said it reaches back to the name
    ("Prices are rising fast, Maria Lopez, a senior economist at the central bank, said in an "
     "interview with the BBC on Tuesday, adding that rates would have to rise again before the "
     "end of the year.", "Prices are Lopez said", "Tuesday",
     "Prices are rising fast … Maria Lopez, a senior economist at the central bank, said in an "
     "interview with the BBC on Tuesday…"),
    # the gist's verb after the date: its subject and it come too
    ("Two days after Monday's ruling, four civil rights groups, the ACLU, Lambda Legal, the NAACP "
     "and the Southern Poverty Law Center, filed an appeal in federal court in Atlanta seeking "
     "to block the law.", "days filed appeal", "Monday",
     # (on to the head of "federal court" since the notes19 round: "in federal…" was cut
     # inside the phrase, after a preposition with no determiner)
     "Two days after Monday's ruling … four civil rights groups … filed an appeal in federal "
     "court…"),
    # a pronoun after the date: the clause under "when" that names who it is
    ("Residents told reporters that when the gunman entered the bank on the corner of Main "
     "Street shortly after noon on Friday, he fired twice into the ceiling, the county sheriff "
     "said.", "he fired", "Friday",
     "…when the gunman entered the bank on the corner of Main Street shortly after noon on "
     "Friday, he fired twice into the ceiling, the county sheriff said"),
    # a pronoun's verb after the date, the two parts meeting: one excerpt
    ("On Friday, he fired twice into the ceiling of the bank on the corner of Main Street before "
     "running off toward the river with two bags of cash, the county sheriff said.", "he fired",
     "Friday", "On Friday, he fired twice into the ceiling…"),
    # an aside set off by dashes: what it hangs on, then what follows it
    ("Dozens of nurses marched in Lyon on Sunday ahead of the country's new health pass—which "
     "will require staff in hospitals and care homes to show proof of vaccination or a "
     "negative test—taking effect on Wednesday.", "taking", "Wednesday",
     "…the country's new health pass … taking effect on Wednesday"),
    # a participle clause the sentence opens on: the main clause's subject and verb follow
    ("Built to hold prisoners of war captured during the Korean War in 1951, the camp later "
     "became a symbol of the harsh conditions many detainees described in interviews decades "
     "afterwards.", "during War", "1951",
     "Built to hold prisoners of war captured during the Korean War in 1951 … the camp later "
     "became a symbol…"),
    # a short sentence cut right after a number: on to what the number counts
    ("Most new cars are now controlled by 100 or more separate chips.", "cars are controlled",
     "now", "Most new cars are now controlled by 100 or more separate chips"),
])
def test_an_event_excerpt_says_who_did_what(sentence, gist, date, shown):
    assert event_excerpt(sentence, gist, date) == shown


@pytest.mark.parametrize("sentence, gist, date, shown", [
    # must not: a verb the clause already holds; a pronoun whose "when" comes
    # after the date; a dash that opens no aside before the clause; a
    # sentence that opens on its subject (each as the excerpt was before)
    ("Two environmental groups filed a lawsuit in federal court in San Francisco on Thursday, "
     "hours after the new rules were announced by the Interior Department and the White "
     "House.", "groups filed lawsuit", "Thursday",
     "Two environmental groups filed a lawsuit in federal court in San Francisco on Thursday…"),
    ("Police said the gunman had been seen near the bank on Friday, when he fired twice into the "
     "ceiling before running off toward the river with two bags of cash.", "he fired", "Friday",
     # (since the notes10 round the subject of "seen" comes too: an excerpt
     # holds the arguments of its verbs that begin before it)
     "…the gunman had been seen near the bank on Friday, when he fired twice into the ceiling…"),
    ("The mayor—who took office in May—said on Monday that the city would reopen its pools.",
     "mayor said", "Monday",
     # (whole since the notes9 round: "…the city would…" cut a subject from its verb)
     "The mayor—who took office in May—said on Monday that the city would reopen its pools"),
    ("The camp, built to hold prisoners of war during the Korean War in 1951, later became a "
     "symbol of the harsh conditions many detainees described in interviews decades "
     "afterwards.", "built during War", "1951",
     "The camp, built to hold prisoners of war during the Korean War in 1951…"),
])
def test_an_event_excerpt_rule_leaves_other_sentences_alone(sentence, gist, date, shown):
    assert event_excerpt(sentence, gist, date) == shown


def test_a_clause_naming_no_one_doing_anything_gives_its_sentence():
    s = ("By late Sunday, the state health department had recorded 412 new cases and 9 deaths in "
         "nursing homes over the course of a 48-hour period starting Friday.")
    assert event_excerpt(s, "starting", "Friday") == s.rstrip(".")
    # must not: a clause with a subject and verb of its own (here a relative
    # "that began") is cut as before, in a sentence of 39 words
    s = ("By late Sunday, the state health department had recorded 412 new cases and 9 deaths in "
         "nursing homes across the region over the course of the long holiday weekend that "
         "began with a parade on Friday in the capital.")
    assert event_excerpt(s, "began", "Friday") == \
        "…the long holiday weekend that began with a parade on Friday in the capital"


def test_a_clause_naming_no_one_in_a_long_sentence_comes_after_who_acted():
    s = ("By late Sunday evening, officials at the state health department in the capital had "
         "recorded 412 new cases and 9 deaths in nursing homes and care facilities across the "
         "region over the course of a 48-hour period starting Friday.")
    assert event_excerpt(s, "starting", "Friday") == (
        "…officials at the state health department in the capital had recorded 412 new cases "
        "… course of a 48-hour period starting Friday")


def test_the_note_words_import_at_the_top_with_no_cycle_to_break():
    """The one-sentence parse lives beside the model (claims/nlp.py), so the
    wording modules need no import inside a function to dodge the common ↔
    wording ↔ event_excerpts cycle; one that comes back fails here."""
    import ast
    import inspect

    from crosscheck.corroborate import common, event_excerpts, wording

    for module in (common, event_excerpts, wording):
        tree = ast.parse(inspect.getsource(module))
        inner = [f"{module.__name__}.{f.name}" for f in ast.walk(tree)
                 if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                 and any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(f))]
        assert not inner, inner


def test_a_sentence_is_parsed_once():
    from crosscheck.claims.nlp import parse

    s = "The mayor said on Monday that the bridge would reopen."
    assert parse(s) is parse(s)
    assert [t.text for t in parse(s)][:2] == ["The", "mayor"]


@pytest.mark.parametrize("sentence, gist, date, shown", [
    # the excerpt stood in an opening phrase or the subject: the main clause too
    ("With ballots still being counted early Wednesday morning, Mayor Ruiz was on course for a "
     "narrow second term, meaning she will again need support from the council to pass budgets.",
     "ballots counted", "early Wednesday morning",
     "With ballots still being counted early Wednesday morning, Mayor Ruiz was on course for a "
     "narrow second term, meaning she will again need support from the council to pass budgets"),
    ("Fire Marshal Dana Ortiz, speaking Thursday at the scene of the warehouse blaze, said the "
     "sprinklers had been switched off weeks before.", "speaking", "Thursday",
     "Fire Marshal Dana Ortiz, speaking Thursday at the scene of the warehouse blaze, said the "
     "sprinklers had been switched off weeks before"),
    # what a verb of reporting reports comes before it
    ("There were more than 12,000 flight cancellations across Europe in July, the aviation safety "
     "agency announced Monday — the highest monthly figure since records began, and bringing the "
     "summer total to more than 30,000.", "announced", "Monday",
     "There were more than 12,000 flight cancellations across Europe in July, the aviation safety "
     "agency announced Monday — the highest monthly figure…"),  # not cut inside its noun phrase (v67)
    # a verb coordinated to the excerpt's, in a short sentence
    ("The sheriff told reporters on Sunday a driver swerved onto the sidewalk and struck three "
     "pedestrians.", "sheriff told reporters", "Sunday",
     "The sheriff told reporters on Sunday a driver swerved onto the sidewalk and struck three "
     "pedestrians"),
    # must not: a long sentence stays cut; what is reported after its verb is no
    # clause before it; a reported clause before "police said" needs nothing more
    ("The sheriff told reporters on Sunday a driver swerved onto the sidewalk near the old market "
     "hall on Main Street, where the crowd had gathered for the annual parade, and struck three "
     "pedestrians.", "sheriff told reporters", "Sunday",
     "The sheriff told reporters on Sunday a driver swerved onto…"),
    ("The aviation safety agency announced Monday that more than 12,000 flights across Europe "
     "had been cancelled in July, the highest monthly figure since records began in 1998.",
     "agency announced", "Monday",
     "The aviation safety agency announced Monday that more than 12,000 flights…"),
    # a main clause that names a day of its own tells another event: not taken in
    # (a span such as "weeks before" or a month alone names no day: taken in)
    ("Fire Marshal Dana Ortiz, who toured the warehouse on Thursday morning, said she would "
     "publish the findings on Friday.", "toured", "Thursday morning",
     "Fire Marshal Dana Ortiz, who toured the warehouse on Thursday morning…"),
    ("Fire Marshal Dana Ortiz, who toured the warehouse on Thursday morning, said the sprinklers "
     "had been switched off weeks before.", "toured", "Thursday morning",
     "Fire Marshal Dana Ortiz, who toured the warehouse on Thursday morning, said the sprinklers "
     "had been switched off weeks before"),
    ("Fire Marshal Dana Ortiz, who toured the warehouse on Thursday morning, said the damage was "
     "worse than the July inspection had found.", "toured", "Thursday morning",
     "Fire Marshal Dana Ortiz, who toured the warehouse on Thursday morning, said the damage was "
     "worse than the July inspection had found"),
])
def test_an_event_excerpt_holds_its_main_clause(sentence, gist, date, shown):
    assert event_excerpt(sentence, gist, date) == shown


def test_an_event_excerpt_is_not_cut_between_a_subject_and_its_verb():
    # "…Mr. Biden said it…" dropped what he said: a short sentence is quoted whole
    sentence = ("In announcing the pact on Tuesday, Ms. Ardern said it was meant to "
                "strengthen trade ties as old priorities shift.")
    assert event_excerpt(sentence, "announcing pact", "Tuesday") == sentence.rstrip(".")
    # must not: an excerpt whose subjects all have their verbs stays cut
    long = ("In announcing the pact on Tuesday, Ms. Ardern praised the negotiators who had "
            "worked through the night in Wellington, Canberra and Tokyo to settle the last "
            "questions of tariffs and quotas.")
    assert event_excerpt(long, "announcing pact", "Tuesday").endswith("…")


@pytest.mark.parametrize("sentence, gist, date, shown", [
    # the subject of the excerpt's verb began before the cut: it comes whole
    ("Columbus, Ohio, officials released additional body camera video on Wednesday of a police "
     "officer fatally shooting a Black teen who charged two females with a knife, as protests "
     "continued outside City Hall for a second night and the police union asked for calm.",
     "officials released video", "Wednesday",
     "Columbus, Ohio, officials released additional body camera video on Wednesday of a police "
     "officer…"),
    # what a study found, wholly before its verb: it comes too
    ("The Delta variant of the coronavirus doubles the risk of hospitalisation compared with the "
     "Alpha variant, but two doses of vaccine still provide strong protection, a Scottish study "
     "found on Monday.", "study found", "Monday",
     "…two doses of vaccine still provide strong protection, a Scottish study found on Monday"),
])
def test_an_event_excerpt_holds_the_arguments_its_verbs_have_before_it(sentence, gist, date,
                                                                       shown):
    assert event_excerpt(sentence, gist, date) == shown


def test_an_excerpt_is_not_reached_back_across_a_full_stop():
    # must not: the splitter ran two sentences together; the subject's words
    # before the stop belong to the other sentence
    sentence = ("Because it didn't down here at Cell Block G. Dubai experienced a slight tremor "
                "today, after a more serious earthquake in Southern Iran, resulting in the "
                "evacuation of Emirates Towers and a few other scrapers nearby.")
    assert "Cell Block" not in event_excerpt(sentence, "Dubai experienced tremor", "today")


def test_an_excerpt_on_a_preposition_s_object_reaches_back_to_who_acted():
    sentence = ("Miles Vinar spoke to ONE News about seeing his brother plunge to his death on "
                "Thursday, and about his own desperate battle to stay alive on the mountain.")
    shown = event_excerpt(sentence, "brother plunge", "Thursday")
    assert shown.startswith("Miles Vinar spoke to ONE News")


def test_an_excerpt_is_not_reached_back_to_a_phrase_with_no_one_acting():
    # must not: "according to" has no subject; the excerpt stays as cut
    from crosscheck.corroborate.excerpt_arguments import from_its_arguments
    sentence = ("Global warming is nearing a point of no return, according to a sweeping new "
                "UN-sponsored review of climate science published Monday.")
    clause = "…UN-sponsored review of climate science published Monday"
    assert from_its_arguments(sentence, clause) == clause


def test_an_excerpt_cut_after_an_auxiliary_goes_on_to_its_verb():
    from crosscheck.corroborate.excerpt_arguments import through_its_verb
    sentence = ("Parliamentary elections in Turkmenistan that are scheduled for December 15 of "
                "this year will be held on a two-party basis, according to the commission.")
    clause = "…elections in Turkmenistan that are scheduled for December 15 of this year will…"
    assert through_its_verb(sentence, clause).endswith("will be held…")
    # must not: an excerpt that ends on its verb is left as it is
    whole = "…elections in Turkmenistan that are scheduled for December 15 of this year will be held…"
    assert through_its_verb(sentence, whole) == whole
