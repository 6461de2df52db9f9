"""One quote as outlets transcribe it: formatting, ellipses, a part of a longer
quote, words changed; and a speaker the quote's own sentence does not name
read as the person its article has named (corroborate/quotes.py,
corroborate/quote_text.py)."""

from dataclasses import replace

import pytest

from crosscheck.corroborate.quote_text import alike, normalise, shares_a_run, words_differ
from crosscheck.models import Article

from corroborate_builders import Quote, Role, article, claim
from corroborate_builders import quotes_of as _quotes
from corroborate_builders import said as _said


# -- formatting ---------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("We asked Congress for $1.9 trillion and we will get it", "We asked Congress for 1.9 trillion dollars and we will get it"),
    ("Wages rose by 5% in the mines this year and will rise again", "Wages rose by 5 per cent in the mines this year and will rise again"),
    ("She died at 6:41pm PST this evening in a Los Angeles hospital", "She died at 18:41 this evening in a Los Angeles hospital"),
    ("We will have the workers back underground by the first of March", "We will have the workers back underground by Mar. 1"),
    ("The shaft “will stay closed” until the engineers say otherwise — no sooner",
     'The shaft "will stay closed" until the engineers say otherwise -- no sooner'),
    # a speech transcribed with its numbers spelt out, and initials with or without stops
    ("We cut the emissions of this city by fifty percent in twenty-five years",
     "We cut the emissions of this city by 50% in 25 years"),
    ("We put two hundred and fifty officers on the streets of this city tonight",
     "We put 250 officers on the streets of this city tonight"),
    ("The U.S. will not send troops to the region this year or next",
     "The US will not send troops to the region this year or next"),
])
def test_one_quote_written_in_two_house_styles_is_one_agreeing_finding(outlets, a, b):
    [finding] = _quotes(outlets, [_said("a1", "Adaeze Korrin", a), _said("a2", "Adaeze Korrin", b)])
    assert finding.status == "agree" and len(finding.articles) == 2


@pytest.mark.parametrize("a, b", [
    ("We asked Congress for $1.9 trillion and we will get it", "We asked Congress for 1.6 trillion dollars and we will get it"),
    ("Wages rose by 5% in the mines this year and will rise again", "Wages rose by 15 per cent in the mines this year and will rise again"),
    ("We will have the workers back underground by the first of March", "We will have the workers back underground by Mar. 3"),
    # must reject: another number spelt out is another number
    ("We cut the emissions of this city by fifty percent in twenty-five years",
     "We cut the emissions of this city by 15% in 25 years"),
    ("We put two hundred and fifty officers on the streets of this city tonight",
     "We put 200 officers on the streets of this city tonight"),
])
def test_the_same_sentence_with_another_amount_stays_apart(outlets, a, b):
    assert all(len(f.articles) == 1 for f in
               _quotes(outlets, [_said("a1", "Adaeze Korrin", a), _said("a2", "Adaeze Korrin", b)]))


@pytest.mark.parametrize("a, b", [
    # words an outlet puts in brackets stand in for the speaker's, as an
    # ellipsis does (Baly: 1,548 of 8,000 articles quote with a bracket)
    ("[Biden] is wrong about the border and he knows it", "He is wrong about the border and he knows it"),
    ("We are on a pace to finish [the withdrawal] by August 31", "We are on a pace to finish it by August 31"),
    ("… and we will not stop until every family is home", "And we will not stop until every family is home"),
    # letters bracketed inside a word only change its form
    ("[T]he court has no power over the states at all", "The court has no power over the states at all"),
])
def test_words_in_brackets_or_an_ellipsis_do_not_keep_two_transcriptions_apart(outlets, a, b):
    [finding] = _quotes(outlets, [_said("a1", "Adaeze Korrin", a), _said("a2", "Adaeze Korrin", b)])
    assert finding.status == "agree" and len(finding.articles) == 2


@pytest.mark.parametrize("a, b", [
    # must reject: the words around a bracket are another sentence
    ("[Biden] is wrong about the border and he knows it", "He is right about the economy and he knows it"),
    # must reject: once the bracket is taken out two words are left, too few to compare
    ("[The president] is [wrong]", "Trump is wrong about every single thing he does"),
])
def test_words_in_brackets_do_not_make_two_sentences_one_quote(a, b):
    assert not alike(normalise(a), normalise(b))


# -- ellipses, parts and rewordings ------------------------------------------

LONG = "We will rebuild the school, the clinic and every home that the water took from this valley"


def test_a_quote_cut_at_an_ellipsis_is_the_longer_quote_of_its_speaker(outlets):
    cut = "We will rebuild the school... every home that the water took"
    [finding] = _quotes(outlets, [_said("a1", "Adaeze Korrin", LONG), _said("a2", "Korrin", cut)])
    assert finding.status == "agree" and len(finding.articles) == 2


def test_a_cut_quote_given_to_another_person_is_not_set_against_the_longer(outlets):
    # must reject: the looser likeness of an ellipsis is trusted only within
    # one person's words; two people are a conflict only on the same words
    cut = "We will rebuild the school... every home that the water took"
    findings = _quotes(outlets, [_said("a1", "Adaeze Korrin", LONG), _said("a2", "Tomas Weyland", cut)])
    assert all(f.status != "conflict" and len(f.articles) == 1 for f in findings)


def test_a_fragment_joins_the_longer_quote_of_the_same_person(outlets):
    long = ("The situation in the province is under the control of the police and the army, "
            "and the roads will reopen tomorrow")
    claims = [_said("a1", "Adaeze Korrin", long),
              claim("a2", "Korrin said the province was “under the control” of the police.",
                    quote=Quote("Adaeze Korrin", "under the control"))]
    [finding] = _quotes(outlets, claims)
    assert finding.status == "agree" and len(finding.articles) == 2


@pytest.mark.parametrize("speaker, fragment", [
    ("Tomas Weyland", "under the control"),     # another person's words
    ("Adaeze Korrin", "out of control"),        # not in her longer quote
    ("Adaeze Korrin", "the army"),              # two words: too common to align
])
def test_a_fragment_of_another_person_or_not_in_the_quote_stays_out(outlets, speaker, fragment):
    long = ("The situation in the province is under the control of the police and the army, "
            "and the roads will reopen tomorrow")
    claims = [_said("a1", "Adaeze Korrin", long),
              claim("a2", f"{speaker} called it “{fragment}”.", quote=Quote(speaker, fragment))]
    [finding] = _quotes(outlets, claims)
    assert finding.articles == ("a1",)


def test_a_fragment_with_a_word_written_otherwise_is_compatible(outlets):
    claims = [_said("a1", "Adaeze Korrin", "This was a cowardly, inhumane and barbaric attack on our miners"),
              claim("a2", "Korrin called it an “inhuman and barbaric attack”.",
                    quote=Quote("Adaeze Korrin", "inhuman and barbaric attack"))]
    [finding] = _quotes(outlets, claims)
    assert finding.status == "compatible" and "slightly different wordings" in finding.note


def test_one_persons_quote_with_a_word_changed_is_compatible_not_agree(outlets):
    a = "It was a very hard choice, and not one we ever wanted to make for the town"
    b = "It is a very hard choice, and not one we ever wanted to make for the town"
    [finding] = _quotes(outlets, [_said("a1", "Adaeze Korrin", a), _said("a2", "Adaeze Korrin", b)])
    assert finding.status == "compatible" and len(finding.articles) == 2


def test_words_left_out_or_quoted_further_are_no_change_of_words(outlets):
    # must not: an outlet that drops a phrase, or quotes further, agrees
    a = "He changed the way a whole generation thought about the sea and all of its creatures"
    b = "He changed the way a generation thought about the sea and its creatures. He will be missed"
    [finding] = _quotes(outlets, [_said("a1", "Mark Roesler", a), _said("a2", "Mark Roesler", b)])
    assert finding.status == "agree" and len(finding.articles) == 2


def test_a_clause_left_out_without_an_ellipsis_is_the_same_quote_reworded(outlets):
    # (dev2: "frail but had a lot of spirit [and was involved] until his last days")
    a = "She was tired but had a lot of fight in her until the very last vote"
    b = "She was tired but had a lot of fight in her and kept on working until the very last vote"
    [finding] = _quotes(outlets, [_said("a1", "Adaeze Korrin", a), _said("a2", "Adaeze Korrin", b)])
    assert finding.status == "compatible" and len(finding.articles) == 2


def test_a_part_left_out_after_the_quotes_two_opening_words_is_the_same_quote(outlets):
    # ECB+ dev4: one police spokesman in two articles
    a = "That person needs to be found as soon as possible"
    b = "That person is dangerous and needs to be found as soon as possible"
    [finding] = _quotes(outlets, [_said("a1", "Gregg Hastings", a), _said("a2", "Gregg Hastings", b)])
    assert finding.status == "compatible" and len(finding.articles) == 2
    # must not: a two-word run anywhere but at the opening of both
    assert not alike("that person is dangerous and needs help",
                     "that person was seen near the border and is dangerous and he needs help", loose=True)


def test_words_added_after_the_shorter_quotes_two_opening_words_are_the_same_quote(outlets):
    # dev7: one press secretary, the longer quote opening earlier and adding "at least"
    a = "Cooler heads seem to be prevailing,"
    b = "The president is happy that cooler heads at least seem to be prevailing in the House,"
    [finding] = _quotes(outlets, [_said("a1", "Jay Carney", a), _said("a2", "Jay Carney", b)])
    assert len(finding.articles) == 2
    # must not: the two opening words found, but a later word standing alone
    assert not alike("cooler heads seem to be prevailing",
                     "happy that cooler heads at least seem to be in a mood for prevailing", loose=True)


@pytest.mark.parametrize("speaker, a", [
    # must reject: another person's words are linked only when the same
    ("Tomas Weyland", "She was tired but had a lot of fight in her until the very last vote"),
    # must reject: common words picked out of a long quote in short runs
    ("Adaeze Korrin", "She had fight in her and kept the last vote"),
])
def test_words_scattered_through_a_quote_or_another_persons_stay_apart(outlets, speaker, a):
    b = "She was tired but had a lot of fight in her and kept on working until the very last vote"
    findings = _quotes(outlets, [_said("a1", speaker, a), _said("a2", "Adaeze Korrin", b)])
    assert all(len(f.articles) == 1 for f in findings)


@pytest.mark.parametrize("a, b, differ", [
    ("he was frail but had a lot of spirit", "he was frail but had so much spirit", True),
    ("and i just wanted to say that i will not go", "i am sorry i just want to say that i will not go", True),
    ("this court will not sanction one more day", "for 2 years and this court will not sanction one more day of it", False),
    ("we will rebuild _gap_ every home", "we will rebuild the school and every home", False),
    # a coordinated part left out with no ellipsis is something else said;
    # a word or a qualifier left out is trimming (ECB+: "of men and women")
    ("he was frail but had a lot of spirit until his last days",
     "he was frail but had a lot of spirit and was involved until his last days", True),
    ("he was frail but had a lot of spirit until his last days",
     "he was frail but had a lot of spirit right until his last days", False),
    ("she captured the imagination of a generation with her free spirit",
     "she captured the imagination of a generation of men and women with her free spirit", False),
])
def test_words_differ_only_where_both_put_words(a, b, differ):
    assert words_differ(a, b) is differ


@pytest.mark.parametrize("words, digits", [
    ("twenty-five days", "25 days"), ("two hundred and fifty people", "250 people"),
    ("five thousand homes", "5000 homes"), ("one hundred officers", "100 officers"),
    # must not: words that are no one number stay apart, and "a hundred" is rough
    ("one or two days", "1 or 2 days"), ("one and two", "1 and 2"),
    ("a hundred people", "a hundred people"), ("hundreds of them", "hundreds of them"),
])
def test_a_number_spelt_out_is_read_as_its_digits(words, digits):
    assert normalise(words) == digits


def test_an_ellipsis_alone_does_not_make_two_quotes_alike():
    # must reject: pieces of two words between ellipses would match anywhere
    assert not alike(normalise("we will… rebuild… the valley"), normalise("we will never rebuild the town"),
                     loose=True)


# -- speakers the quote's sentence does not name -----------------------------

WORDS = "I will not bring dishonor to the decision to spare my life"


def _with_text(n: int, outlet: str, text: str) -> Article:
    return replace(article(n, outlet), text=text)


def _at(c, text: str):
    """The claim placed where its sentence stands in the article's text."""
    start = text.index(c.sentence)
    return replace(c, span=(start, start + len(c.sentence)))


def test_a_description_is_the_person_its_article_named_before(outlets):
    text = ("Brian Nichols was sentenced on Saturday to life in prison. "
            f"“{WORDS},” the convicted killer said.")
    arts = [outlets[0], _with_text(2, "Valley Courier", text)]
    claims = [_said("a1", "Brian Nichols", WORDS),
              _at(claim("a2", f"“{WORDS},” the convicted killer said.",
                        quote=Quote("the convicted killer", WORDS)), text)]
    [finding] = _quotes(arts, claims)
    assert finding.status == "agree" and "say Brian Nichols said it" in finding.note


def test_a_description_whose_article_never_names_the_person_stays_apart(outlets):
    # must reject: nothing in the article says who the convicted killer is
    text = f"A man was sentenced on Saturday to life in prison. “{WORDS},” the convicted killer said."
    arts = [outlets[0], _with_text(2, "Valley Courier", text)]
    claims = [_said("a1", "Brian Nichols", WORDS),
              _at(claim("a2", f"“{WORDS},” the convicted killer said.",
                        quote=Quote("the convicted killer", WORDS)), text)]
    # (the words agree, word for word; who said them stays two speakers, not
    # surely two people)
    [finding] = _quotes(arts, claims)
    assert "the convicted killer said it" in finding.note and "not surely different people" in finding.note


def test_a_pronoun_read_as_another_name_is_the_person_named_just_before(outlets):
    # the claims stage gave "he said" to the actress the article is about;
    # the article named her publicist last, and other outlets name him
    said = "We ask you to respect her privacy and her family's at this time"
    text = ("Tara Reid has checked into a clinic in Malibu, according to her publicist, "
            f"Jack Ketsoyan. “{said},” he said.")
    arts = [outlets[0], _with_text(2, "Valley Courier", text)]
    claims = [_said("a1", "Jack Ketsoyan", said),
              _at(claim("a2", f"“{said},” he said.", quote=Quote("Tara Reid", said)), text)]
    [finding] = _quotes(arts, claims)
    assert finding.status == "agree" and "Tara Reid" not in finding.note


def test_a_pronoun_after_its_own_speaker_is_not_moved_to_another(outlets):
    # must reject: the article named Weyland, then Korrin, then "she said":
    # she is Korrin, whatever another outlet says
    text = (f"Tomas Weyland spoke first. Then Adaeze Korrin took the floor. “{WORDS},” she said.")
    arts = [outlets[0], _with_text(2, "Valley Courier", text)]
    claims = [_said("a1", "Tomas Weyland", WORDS),
              _at(claim("a2", f"“{WORDS},” she said.", quote=Quote("Adaeze Korrin", WORDS)), text)]
    finding = _quotes(arts, claims)[0]
    assert finding.status == "compatible" and "Adaeze Korrin said it" in finding.note


# -- the same short words of one person (issue 12, dev3) ----------------------

FITCH = claim("a2", "Attorney General Lynn Fitch said the rulings were both “egregiously wrong.”",
              role=Role("Lynn Fitch", "Attorney General", False))


def test_one_persons_same_short_words_in_two_articles_are_one_quote(outlets):
    described = claim("a1", "Calling Roe v. Wade “egregiously wrong,” Mississippi’s attorney general urged "
                            "the court to act.", quote=Quote("Mississippi’s attorney general", "egregiously wrong,"))
    named = claim("a2", FITCH.sentence, quote=Quote("Lynn Fitch", "egregiously wrong"))
    [finding] = _quotes(outlets, [described, named, FITCH])
    assert finding.status == "agree" and set(finding.articles) == {"a1", "a2"}
    assert "Lynn Fitch" in finding.note


@pytest.mark.parametrize("speaker, words", [
    ("Tomas Weyland", "egregiously wrong"),   # another person's
    ("Lynn Fitch", "plainly wrong"),          # other words
])
def test_short_words_of_another_person_or_other_words_stay_apart(outlets, speaker, words):
    named = claim("a2", FITCH.sentence, quote=Quote("Lynn Fitch", "egregiously wrong"))
    other = claim("a1", f"{speaker} called the ruling “{words}.”", quote=Quote(speaker, words))
    assert _quotes(outlets, [named, other, FITCH]) == []


# -- who said it: a conflict needs two people, each named as the speaker -------

FLYNN = "We believe that General Flynn was compromised with respect to the Russians"


def test_a_name_inside_the_quoted_words_is_no_speaker_named_here(outlets):
    """dev6: "she told lawmakers" read as Flynn, the man the quote speaks of."""
    claims = [claim("a1", f"“{FLYNN},” she told lawmakers.", quote=Quote("Michael Flynn", FLYNN)),
              claim("a2", f"“{FLYNN},” Yates said.", quote=Quote("Sally Yates", FLYNN))]
    [finding] = _quotes(outlets, claims)
    assert finding.status == "compatible"
    # must reject: the name outside the marks speaks, and two such are a conflict
    claims[0] = claim("a1", f"“{FLYNN},” Flynn said.", quote=Quote("Michael Flynn", FLYNN))
    [finding] = _quotes(outlets, claims)
    assert finding.status == "conflict"


TEAM = "extensive discussions with his national security team"


def test_a_body_and_a_person_given_one_quote_are_no_dispute(outlets):
    """dev6: Sanders and the White House; her words are its own."""
    claims = [claim("a1", f"Sanders said Trump had “{TEAM},” and Mattis was informed.",
                    quote=Quote("Sanders", TEAM)),
              claim("a2", f"The White House said Trump had “{TEAM},” and Mattis was informed.",
                    quote=Quote("White House", TEAM))]
    [finding] = _quotes(outlets, claims)
    # (the same words, word for word: the outlets agree on them, and the
    # note says why the two speakers are not set apart)
    assert finding.status == "agree" and "a body, and a person who may speak for it" in finding.note
    # must reject: two people named are two speakers
    claims[1] = claim("a2", f"Pelosi said Trump had “{TEAM},” and Mattis was informed.",
                      quote=Quote("Pelosi", TEAM))
    [finding] = _quotes(outlets, claims)
    assert finding.status == "conflict"


SIGNED = "knew what he signed up for"
TOLD = ("What he said was — yes the president — said that he knew what he signed up for, but it "
        "hurts anyways")


def test_words_a_longer_quote_tells_as_someone_elses_are_no_dispute(outlets):
    """dev6: the widow tells what the president said to her."""
    claims = [claim("a1", f"“{TOLD},” Johnson told ABC.", quote=Quote("Myeshia Johnson", TOLD)),
              claim("a2", f"Wilson said Trump told the widow that her husband “{SIGNED}.”",
                    quote=Quote("Trump", SIGNED))]
    [finding] = _quotes(outlets, claims)
    assert finding.status == "compatible"
    # must reject: the same words inside a longer quote, not told as another's
    own = "The truth is that he knew what he signed up for, but it hurts anyways"
    claims[0] = claim("a1", f"“{own},” Johnson told ABC.", quote=Quote("Myeshia Johnson", own))
    [finding] = _quotes(outlets, claims)
    assert finding.status == "conflict"


def test_one_surname_given_alone_keeps_the_words_one_finding(outlets):
    """dev5: "Trump said" in both sentences, read as two Trumps: one finding,
    compatible (not surely two people), not two single-source ones."""
    words = "We're no longer the suckers, folks, and we will not be taken advantage of"
    claims = [claim("a1", f"“{words},” Trump said during remarks at the base.",
                    quote=Quote("Melania Trump", words)),
              claim("a2", f"“{words},” Trump told servicemen at a base in Iraq.",
                    quote=Quote("Donald Trump", words))]
    [finding] = _quotes(outlets, claims)
    assert finding.status == "compatible" and len(finding.articles) == 2
    # must reject: both named in full are two people
    claims = [claim("a1", f"“{words},” Melania Trump said.", quote=Quote("Melania Trump", words)),
              claim("a2", f"“{words},” Donald Trump said.", quote=Quote("Donald Trump", words))]
    [finding] = _quotes(outlets, claims)
    assert finding.status == "conflict"


def test_a_note_says_why_two_speakers_are_not_set_against_each_other(outlets):
    words = "We will not back down from this fight over the mine's future"
    surname = [claim("a1", f"“{words},” Trump said.", quote=Quote("Melania Trump", words)),
               claim("a2", f"“{words},” Trump told servicemen.", quote=Quote("Donald Trump", words))]
    assert "one surname, given alone" in _quotes(outlets, surname)[0].note
    body = [claim("a1", f"“{words},” Sanders said.", quote=Quote("Sanders", words)),
            claim("a2", f"“{words},” the White House said.", quote=Quote("White House", words))]
    assert "a body, and a person who may speak for it" in _quotes(outlets, body)[0].note
    told = [claim("a1", f"“{TOLD},” Johnson told ABC.", quote=Quote("Myeshia Johnson", TOLD)),
            claim("a2", f"Wilson said Trump told the widow that her husband “{SIGNED}.”",
                  quote=Quote("Trump", SIGNED))]
    assert "one tells the words as the other's" in _quotes(outlets, told)[0].note
    # must not: a described speaker is said as before
    described = [claim("a1", f"“{words},” Korrin said.", quote=Quote("Adaeze Korrin", words)),
                 claim("a2", f"“{words},” a senior official said.", quote=Quote("a senior official", words))]
    note = _quotes(outlets, described)[0].note
    assert "one surname" not in note and "a body" not in note


# -- one quote transcribed twice, or quoted at overlapping extents (quotes4) --

@pytest.mark.parametrize("a, b", [
    # dev7: each outlet heard or tidied the same words its own way
    ("I don't want to put anything on the table or take anything off the table.",
     "I don’t want to put anything on the table, I don’t want to take anything off the table,"),
    ("So regardless of what Sarah decides to do in 2016, I will always remain a big, big fan.",
     "regardless of what Sarah intends to do in 2016, I will remain a big, big fan of Sarah Palin."),
    ("It's an encouraging sign ... that they're not listening to the default deniers,",
     "It is certainly at least an encouraging sign … that they’re not listening to the debt-limit "
     "and default deniers,"),
])
def test_one_persons_words_transcribed_twice_are_one_compatible_quote(outlets, a, b):
    [finding] = _quotes(outlets, [_said("a1", "Adaeze Korrin", a), _said("a2", "Adaeze Korrin", b)])
    assert finding.status == "compatible" and len(finding.articles) == 2


@pytest.mark.parametrize("speaker, a, b", [
    # must reject: the same frame turned around by a negation
    ("Adaeze Korrin", "So regardless of what Sarah decides to do in 2016, I will always remain a big, big fan.",
     "regardless of what Sarah intends to do in 2016, I will not remain a big, big fan of Sarah Palin."),
    # must reject: another number in the same frame
    ("Adaeze Korrin", "regardless of what Sarah decides to do in 2016, I will remain a big, big fan",
     "regardless of what Sarah decides to do in 2018, I will remain a big, big fan"),
    # must reject: one transcription by another person is no likeness to trust
    ("Tomas Weyland", "I don't want to put anything on the table or take anything off the table.",
     "I don’t want to put anything on the table, I don’t want to take anything off the table,"),
    # must reject: a few words in common in a sentence about something else
    ("Adaeze Korrin", "I don't want to put anything on the table before the vote in March",
     "We want to take the plan off the table until the vote in March is over"),
])
def test_sentences_alike_only_in_part_or_of_two_people_stay_apart(outlets, speaker, a, b):
    findings = _quotes(outlets, [_said("a1", speaker, a), _said("a2", "Adaeze Korrin", b)])
    assert all(len(f.articles) == 1 for f in findings)


def test_one_statement_quoted_at_overlapping_extents_is_one_quote(outlets):
    # dev5: each outlet goes on where the other stops
    a = ("Eddie was like that 12th man on that football field. And I think he’s the main reason "
         "why we won so many Super Bowls,")
    b = "He’s the main reason why we won so many Super Bowls. So today is a great day for him."
    [finding] = _quotes(outlets, [_said("a1", "Jerry Rice", a), _said("a2", "Jerry Rice", b)])
    assert finding.status == "agree" and len(finding.articles) == 2
    # must reject: a run shared in the middle of both is a frame around other words
    assert not shares_a_run(normalise("Wages rose by 5% in the mines this year and will rise again"),
                            normalise("Wages rose by 15 per cent in the mines this year and will rise again"))


@pytest.mark.parametrize("a, b, same", [
    ("a virtual tie,", "virtual tie,", True),        # dev7: an article opening one
    ("Do not come…", "Do not come.", True),          # an ellipsis at the end
    ("Do not come. Do…", "Do not come.", True),      # dev3: three words within four
    # must reject: two words within others are too common to join so
    ("an insult to voters", "an insult", False),
    # must reject: an article is no word of a two-word quote's own
    ("a tie", "tie", False),
    ("a virtual tie", "a virtual win", False),
])
def test_short_words_differing_only_outside_them_are_one_quote(outlets, a, b, same):
    claims = [claim("a1", f"Sanders called it “{a}” on Monday.", quote=Quote("Bernie Sanders", a)),
              claim("a2", f"Sanders called it “{b}” on Monday.", quote=Quote("Bernie Sanders", b))]
    assert (len(_quotes(outlets, claims)) == 1) is same


# -- who said it: one article is no dispute, a handle is the name run together --

def test_one_article_naming_two_speakers_for_its_words_is_no_conflict(outlets):
    # an article's prose and the post it embeds, or a slip of its own: no
    # other outlet disputes anything
    words = "Raising tariffs will hurt both economies and will hurt our farmers most"
    claims = [_said("a1", "Chuck Grassley", words), _said("a1", "Tomas Weyland", words)]
    assert all(f.status != "conflict" for f in _quotes(outlets, claims))
    # must reject: two outlets giving the words to two people still conflict
    claims = [_said("a1", "Chuck Grassley", words), _said("a2", "Tomas Weyland", words)]
    assert [f.status for f in _quotes(outlets, claims)] == ["conflict"]


def test_a_handle_is_the_name_run_together():
    from crosscheck.corroborate.people import name_tokens
    from crosscheck.corroborate.quotes import _misspelt

    assert _misspelt(name_tokens("ChuckGrassley"), name_tokens("Chuck Grassley"))
    # must reject: part of the name run together, or another person's
    assert not _misspelt(name_tokens("ChuckGrass"), name_tokens("Chuck Grassley"))
    assert not _misspelt(name_tokens("ChuckSchumer"), name_tokens("Chuck Grassley"))


def test_a_negation_left_out_is_no_omission():
    # The same words but for a "not" the longer gives: opposite quotes, not one
    # quote shortened silently (the two opening words found either way).
    assert not alike("the plan will cut taxes for working families next year",
                     "the plan will not cut taxes for working families next year", loose=True)
    assert not alike("cooler heads seem to be prevailing in the House",
                     "cooler heads do not seem to be prevailing in the House", loose=True)
    # must keep: a word left out that turns nothing around
    assert alike("the plan will cut taxes for working families next year",
                 "the plan will cut taxes for many working families next year", loose=True)
