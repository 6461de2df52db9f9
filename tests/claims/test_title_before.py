"""Titles written before a name (claims/title_before.py): the forms the
session on issue 12 found missing or wrong, each with an input of the same
shape that must not give the title."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a month the tagger did not mark as a date is no word of the title
    ("Until Feb. Sen. Ana Ruiz was chair of the panel.", ("Ana Ruiz", "Sen.", False)),
    ("Until Sept. Gov. Tom Lee led the state.", ("Tom Lee", "Gov.", False)),
])
def test_a_month_before_a_title_is_no_part_of_it(roles_of, text, expected):
    found = roles_of(text)
    assert expected in found
    assert not [r for r in found if "Feb" in r[1] or "Sept" in r[1] or "Until" in r[1]]


def test_a_capitalised_word_that_is_no_month_stays_in_the_title(roles_of):
    """"Sun" without a full stop is a paper's name, not Sunday."""
    assert ("Ann Lee", "Chicago Sun-Times editor", False) in \
        roles_of("Chicago Sun-Times editor Ann Lee wrote the piece.")


@pytest.mark.parametrize("text, expected", [
    ("Biden's chief of staff, Ron Klain, said the plan was ready.",
     ("Ron Klain", "Biden's chief of staff", False)),
    ("The fire was set, said the Governor of Alaska, Sarah Palin, on Sunday.",
     ("Sarah Palin", "Governor of Alaska", False)),
])
def test_an_office_named_by_of_ahead_of_a_name(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text, expected", [
    # the object of "of" is one noun phrase, a named body or place one word of it
    ("The head of the World Health Organization, Tedros Adhanom Ghebreyesus, said the virus spread.",
     ("Tedros Adhanom Ghebreyesus", "head of the World Health Organization", False)),
    ("The assistant director of the FBI's field office in New York, William Sweeney Jr., said "
     "there was no cell.",
     ("William Sweeney Jr.", "assistant director of the FBI's field office in New York", False)),
    ("The case is with the commanding general of US Army Forces Command, Mark Milley, who will decide.",
     ("Mark Milley", "general of US Army Forces Command", False)),
    # a title the tagger ran into the body's name keeps its own "of"
    ("On Friday, Facebook VP of Global Affairs, Nick Clegg, announced the ban.",
     ("Nick Clegg", "Facebook VP of Global Affairs", False)),
])
def test_an_office_of_a_named_body_ahead_of_a_name(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "On the first day of the trial, John Smith testified for an hour.",
    "In the heart of the city, Ana Ruiz opened a bakery.",
    # a named body does not make a title of a word that is none
    "In the second week of the World Health Assembly, Ana Ruiz spoke first.",
    # an object longer than a noun phrase is a clause's, not a title's
    "As head of the party's youth wing in the city council elections in Kenya, Ana Ruiz won.",
])
def test_an_of_phrase_ahead_of_a_name_without_a_title_word_gives_none(roles_of, text):
    assert roles_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("President-elect Donald Trump delivered a message on Twitter.", ("Donald Trump", "President-elect", False)),
    ("Los Angeles Mayor-elect Antonio Villaraigosa spoke on Friday.",
     ("Antonio Villaraigosa", "Mayor-elect", False)),
    ("U.S. Vice Adm. Bill Gortney told reporters it was hard to identify the ship.",
     ("Bill Gortney", "Vice Adm.", False)),
    ("The inquiry is led by special counsel Robert Mueller.", ("Robert Mueller", "special counsel", False)),
])
def test_title_words_read_on_real_articles(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "Voters elect Joe Biden by a wide margin, the poll says.",  # "elect" without a title before it
    "The council will elect Ana Ruiz as its head next week, members said.",
])
def test_elect_as_a_verb_is_no_title(roles_of, text):
    assert not [r for r in roles_of(text) if "elect" in r[1].lower()]


@pytest.mark.parametrize("text, expected", [
    ("They met the family of Mr Trump's chief of staff, Gen John Kelly, on Monday.",
     ("Gen John Kelly", "Mr Trump's chief of staff", False)),
    ("The Secretary of State's spokesperson, Ned Price, said so.",
     ("Ned Price", "Secretary of State's spokesperson", False)),
])
def test_a_title_ahead_goes_back_across_of_only_after_a_title_word(roles_of, text, expected):
    found = roles_of(text)
    assert expected in found and not [r for r in found if "family" in r[1]]


def test_a_title_ahead_of_a_writer_in_a_parenthetical_is_not_his(roles_of):
    """ "X's nominee, Stephen Hayes wrote, ...": the name is the writer's, not the nominee's."""
    assert roles_of('The Republican Party’s nominee, Stephen Hayes wrote, "is not of sound mind."') == []


def test_former_inside_a_title_ahead_of_a_name(roles_of):
    found = roles_of("Trump's former campaign chairman, Paul Manafort, was convicted on Tuesday.")
    assert ("Paul Manafort", "Trump's campaign chairman", True) in found
    assert ("Ron Klain", "Biden's chief of staff", False) in \
        roles_of("Biden's chief of staff, Ron Klain, said the plan was ready.")


def test_an_honorific_between_a_title_ahead_and_the_name(roles_of):
    assert ("Alan Braid", "physician", False) in \
        roles_of("Texas filed a lawsuit against the physician, Dr. Alan Braid, in Bexar County.")
    # (no title ahead across the comma: the doctor's honorific alone is his)
    assert roles_of("Texas filed a lawsuit on Monday, Dr. Alan Braid said.") == [("Alan Braid", "Dr.", False)]


@pytest.mark.parametrize("text, expected", [
    # an outlet's possessive before a name names its journalist (Baly: about
    # 1,000 such names in 8,000 articles; dev: "CBS’s Steven Portnoy")
    ("The first question came from CBS’s Steven Portnoy on Tuesday.",
     ("Steven Portnoy", "CBS journalist", False)),
    ("Speaking to Fox News' Chris Wallace, Donald Trump said the wall would be built.",
     ("Chris Wallace", "Fox News journalist", False)),
    ("The Washington Post's Bob Woodward wrote the book.", ("Bob Woodward", "Washington Post journalist", False)),
])
def test_an_outlets_possessive_before_a_name_names_its_journalist(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    # must reject: a person's or a company's possessive says nothing of a trade
    "Trump's Steve Bannon was charged on Thursday.",
    "Google's Sundar Pichai spoke on Monday.",
    # must reject: a show the outlet airs is no one
    "The senator appeared on ABC’s This Week on Sunday.",
    "Mulvaney appeared on Fox’s Sunday Morning Futures with a warning.",
])
def test_a_possessive_that_is_no_outlet_gives_no_journalist(roles_of, text):
    assert not any(t.endswith("journalist") for _, t, _ in roles_of(text))


def test_a_title_before_the_name_wins_over_the_outlets_possessive(roles_of):
    text = "Last year CNN's chief White House correspondent Kaitlan Collins asked the question."
    assert roles_of(text) == [("Kaitlan Collins", "chief White House correspondent", False)]


@pytest.mark.parametrize("text, expected", [
    # "Dist." and "Atty." split by the parser at each full stop (ECB+, the Los
    # Angeles Times' style); a county before the title is no part of it
    ('“He is the kind of person the death penalty was made for,” said Dist. Atty. Steve Cooley.',
     [("Steve Cooley", "Dist. Atty.", False)]),
    ("The suspect is held without bail. Los Angeles County Dist. Atty. Steve Cooley said he "
     "expected more charges.", [("Steve Cooley", "Dist. Atty.", False)]),
    # must reject: the abbreviation the tagger read as a person ("Atty") holds no title
    ("Deputy Dist. Atty. Lowell Anger is prosecuting the case.",
     [("Lowell Anger", "Deputy Dist. Atty.", False)]),
])
def test_a_title_abbreviated_word_by_word_is_read_whole(roles_of, text, expected):
    assert roles_of(text) == expected


def test_a_title_word_the_parser_cut_from_its_sentence_is_read_back(roles_of):
    # claims gold (ECB+, cleaned): the parser ended a sentence on "District",
    # the first word of the line
    text = ("Charged with Murdering Sheriff’ s Deputy\n\nDistrict Attorney Steve Cooley announced today "
            "that capital murder charges were filed against a gang member.")
    assert ("Steve Cooley", "District Attorney", False) in roles_of(text)


def test_words_a_mark_ends_are_not_read_back(roles_of):
    # must reject: the sentence before ends with its full stop
    text = "The hearing ended on Monday. Attorney Steve Cooley announced the charges."
    assert roles_of(text) == [("Steve Cooley", "Attorney", False)]


@pytest.mark.parametrize("text, expected", [
    # a noun for a person by what they do, the name's compound (ECB+ dev4, dev3)
    ("The fight was stopped by referee Tony Weeks in the ninth round.", ("Tony Weeks", "referee", False)),
    ("\"He was hard to hit,\" said trainer Emanuel Steward after the fight.",
     ("Emanuel Steward", "trainer", False)),
    ("The transgender student Gavin Grimm sued the school board.", ("Gavin Grimm", "transgender student", False)),
])
def test_a_noun_for_what_a_person_does_before_the_name_is_a_title(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    # must reject: kin, and a capitalised word (a given name the tagger left out)
    "Police said his sister Maria Lopez found the car.",
    "The car was found by his brother Tom Ruiz on Monday.",
])
def test_kin_before_a_name_is_no_title(roles_of, text):
    assert roles_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ("\"We have no idea,\" said the Rev. Larry Kroon of the church.", ("Larry Kroon", "Rev.", False)),
    ("Dr. Muntu Davis said cases were rising.", ("Muntu Davis", "Dr.", False)),
    # the post before the doctor's honorific is the title, as before
    ("County Public Health Director Dr. Barbara Ferrer said cases were rising.",
     ("Barbara Ferrer", "County Public Health Director", False)),
])
def test_a_doctors_or_clerics_honorific_is_their_title_when_no_other_stands_before(roles_of, text, expected):
    found = roles_of(text)
    assert expected in found and len([r for r in found if r[0] == expected[0]]) == 1


def test_a_plain_honorific_is_no_title(roles_of):
    """must reject: "Mr." and "Ms." say nothing of what a person does."""
    assert roles_of("Mr. Tom Ruiz and Ms. Ana Lee said the plan was ready.") == []


@pytest.mark.parametrize("text, expected", [
    # two titles of one person joined by "and" are read whole (counted across
    # shared/data: "president and CEO" 17, "president and general manager" 10,
    # "president and chief executive" 7, "chairman and CEO" 3)
    ("The bank said its president and chief executive, Robert Sznewajs, would retire.",
     ("Robert Sznewajs", "president and chief executive", False)),
    ("The move by team president and general manager Ed Stefanski was a surprise.",
     ("Ed Stefanski", "team president and general manager", False)),
    ("Acme chairman and CEO Michael Sims said profits rose.",
     ("Michael Sims", "Acme chairman and CEO", False)),
])
def test_two_titles_joined_by_and_are_read_whole(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text, expected", [
    # must reject: an "and" before a pronoun, a name or the deputy of the same office
    ("The president and his wife, Jill Biden, arrived on Monday.", []),
    ("The senator and Jane Roe met on Monday.", []),
    ("The senator and his aide, John Smith, met reporters.", [("John Smith", "aide", False)]),
    ("The president and vice president Kamala Harris met on Monday.",
     [("Kamala Harris", "vice president", False)]),
])
def test_an_and_before_another_person_joins_no_titles(roles_of, text, expected):
    assert roles_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title held towards an office is the whole phrase (dev5: Sekulow read as "president")
    ("Counsel to the president Jay Sekulow said the letter was a mistake.",
     ("Jay Sekulow", "Counsel to the president", False)),
    ("The plan was drafted by adviser to the prime minister Ana Ruiz last spring.",
     ("Ana Ruiz", "adviser to the prime minister", False)),
    # must reject: no title before "to the", so the office is the person's own
    ("He spoke on Monday to the president Joe Biden about the strike.", ("Joe Biden", "president", False)),
])
def test_a_title_held_to_an_office_is_the_whole_phrase(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text, expected", [
    # dev6: "Under Secretary" is an office of its own, not the Secretary's
    ("The AP first reported the firing of Under Secretary of State Steve Goldstein, citing officials.",
     ("Steve Goldstein", "Under Secretary of State", False)),
    ("Under Secretary Steve Goldstein said in a statement that he was not told why.",
     ("Steve Goldstein", "Under Secretary", False)),
    # must reject: "under" before a title at a sentence's start says when
    ("Under Secretary Mike Pompeo, the department had cut its staff by a tenth.",
     ("Mike Pompeo", "Secretary", False)),
])
def test_under_secretary_is_an_office(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text, expected", [
    # a plural possessive inside the body's name before the title (dev7)
    ("House Veterans’ Affairs Committee Chairman Jeff Miller said the report was late.",
     ("Jeff Miller", "House Veterans’ Affairs Committee Chairman", False)),
    # the title after "for" is the name's own, the one before it another's (dev7)
    ("Kimberly Smith, a spokeswoman for U.S. Attorney Zachary T. Fardon, declined to comment.",
     ("Zachary T. Fardon", "Attorney", False)),
    ("A lawyer for Senate Minority Leader Mitch McConnell said the letter was sent.",
     ("Mitch McConnell", "Senate Minority Leader", False)),
])
def test_a_plural_possessive_goes_on_and_for_a_title_ends_it(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text, expected", [
    # an office named by "for" keeps it, as does a title towards "the" office
    ("The premier met them, and Minister for Foreign Affairs Penny Wong spoke.",
     ("Penny Wong", "Minister for Foreign Affairs", False)),
    ("The talks included counsel to the president Jay Sekulow on Monday.",
     ("Jay Sekulow", "counsel to the president", False)),
    # a person's "'s" is no plural possessive of a body
    ("Trump's attorney Rudy Giuliani said the call was perfect.", ("Rudy Giuliani", "attorney", False)),
])
def test_an_office_named_by_for_or_a_person_s_possessive_stays_as_it_was(roles_of, text, expected):
    assert expected in roles_of(text)


def test_an_office_that_ends_in_charge(roles_of):
    """ "special agent in charge" is one office, before a name or after it."""
    assert ("Rachel Rojas", "FBI special agent in charge", False) in \
        roles_of("No arrests were made, FBI special agent in charge Rachel Rojas said Sunday.")
    assert ("Rachel Rojas", "FBI’s special agent in charge of the Jacksonville Field Office", False) in \
        roles_of("Rachel Rojas, the FBI’s special agent in charge of the Jacksonville Field Office, "
                 "said the gunman acted alone.")
    # Must reject: "in charge" after no title word is no office.
    assert roles_of("The man in charge Rachel Rojas said the shop was closed.") == []


@pytest.mark.parametrize("text", [
    # heldout26's three sentences: the place's comma stopped the reader before "former"
    "The top target is former South Bend, Ind., Mayor Pete Buttigieg.",
    "Several recent polls showed the top two vote-getters in Iowa - Sanders and former South Bend, "
    "Indiana Mayor Pete Buttigieg - as the favorites in New Hampshire.",
    "Vermont Sen. Bernie Sanders and former South Bend, Indiana, Mayor Pete Buttigieg , both drawing "
    "the largest crowds, began treating each other as rivals.",
])
def test_former_before_a_place_written_with_commas_is_the_titles(roles_of, text):
    found = roles_of(text)
    assert ("Pete Buttigieg", "Mayor", True) in found
    assert ("Pete Buttigieg", "Mayor", False) not in found


@pytest.mark.parametrize("text, held", [
    # must not: a sitting title stays held now
    ("South Bend, Indiana, Mayor Pete Buttigieg spoke on Tuesday.", ("Pete Buttigieg", "Mayor", False)),
    ("Los Angeles, California Mayor Eric Garcetti and former New York City Mayor Michael Bloomberg met.",
     ("Eric Garcetti", "Mayor", False)),
    # must not: another person's "former" does not leak across the place
    ("The debate pitted former Vice President Joe Biden against South Bend, Indiana, Mayor Pete "
     "Buttigieg on Tuesday.", ("Pete Buttigieg", "Mayor", False)),
    ("Former President Barack Obama, Indiana Gov. Eric Holcomb and South Bend, Indiana Mayor Pete "
     "Buttigieg spoke.", ("Pete Buttigieg", "Mayor", False)),
])
def test_a_place_with_commas_carries_no_former_it_does_not_follow(roles_of, text, held):
    found = roles_of(text)
    assert held in found
    assert (held[0], held[1], True) not in found


@pytest.mark.parametrize("text, former", [
    # dev3: "former high school student Gavin Grimm" was read as a student now
    ("The Supreme Court sent back the case of former high school student Gavin Grimm.",
     ("Gavin Grimm", "school student", True)),
    ("The race drew former two-term Gov. Terry McAuliffe into it.", ("Terry McAuliffe", "Gov.", True)),
    ("The race drew former longtime Sen. Ana Ruiz into it.", ("Ana Ruiz", "Sen.", True)),
    # must not: without "former" the same modifiers leave the title held now
    ("The race drew two-term Gov. Terry McAuliffe into it.", ("Terry McAuliffe", "Gov.", False)),
    ("The race drew longtime Sen. Ana Ruiz into it.", ("Ana Ruiz", "Sen.", False)),
])
def test_former_before_a_modifier_of_the_title_is_the_titles(roles_of, text, former):
    found = roles_of(text)
    assert former in found
    assert (former[0], former[1], not former[2]) not in found


def test_former_before_an_adjective_of_the_title_is_the_titles(roles_of):
    # must not: without "former" the title is held now; another's "former" stays his
    assert ("Gavin Grimm", "school student", False) in \
        roles_of("The case of high school student Gavin Grimm went back.")
    assert ("Ana Ruiz", "aide", False) in roles_of("Former Sen. Bob Dole's longtime aide Ana Ruiz spoke.")


def test_an_office_before_a_retired_rank_is_the_title(roles_of):
    """dev6: "White House Chief of Staff retired Gen. John Kelly" gave "Gen." alone."""
    assert ("John Kelly", "White House Chief of Staff", False) in \
        roles_of("White House Chief of Staff retired Gen. John Kelly said on Monday he would stay.")
    # must not: no office before "retired", or "retired" a verb after a body: the rank
    assert ("John Kelly", "Gen.", False) in roles_of("The panel heard retired Gen. John Kelly on Monday.")
    assert ("John Kelly", "Gen.", False) in roles_of("The Army retired Gen. John Kelly last year.")
