"""Role forms read on the dev half of the extra role gold
(quality/gold/claims/roles-extra.json, issue 12's held-out gap), each with
realistic text it must read and text of the same shape it must not."""

import pytest

from crosscheck.claims.person_spans import without_title


@pytest.mark.parametrize("text, expected", [
    ("In his final days in office, then-President Donald Trump pressured top officials.",
     ("Donald Trump", "President", True)),
    ("One email urged then-Deputy Attorney General Jeffrey Rosen to investigate the claims.",
     ("Jeffrey Rosen", "Deputy Attorney General", True)),
])
def test_then_before_a_title_is_a_title_held_no_more(roles_of, text, expected):
    assert expected in roles_of(text)


def test_then_apart_from_the_title_is_time_not_a_past_office(roles_of):
    assert ("Joe Biden", "President", False) in roles_of("And then President Joe Biden spoke to reporters.")


@pytest.mark.parametrize("text, expected", [
    ("The emails show Trump and several allies, including his former chief-of-staff Mark Meadows, "
     "pressuring officials.", ("Mark Meadows", "chief-of-staff", True)),
    ("The emails detail attempts by Trump’s chief of staff Mark Meadows to get investigators to look.",
     ("Mark Meadows", "chief of staff", False)),
])
def test_an_office_named_by_of_in_lower_case_before_a_name(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "The march drew the leader of the protesters Ana Ruiz and her aides.",  # "the" inside
    "The sale of shares Ana Ruiz made last year was legal.",  # no title word before "of"
])
def test_an_of_phrase_in_lower_case_without_an_office_gives_none(roles_of, text):
    assert roles_of(text) == []


def test_a_title_named_by_a_participle(roles_of):
    assert ("Brad Johnson", "intelligence officer", True) in roles_of(
        "It was a YouTube video where a former intelligence officer named Brad Johnson asserted that "
        "individuals lied.")


@pytest.mark.parametrize("text", [
    "The president named Ana Ruiz envoy to Haiti on Monday.",  # the president's act, not her title
    "She adopted a stray dog named Max Brown last year.",  # no title word
])
def test_named_as_a_verb_or_after_no_title_gives_none(roles_of, text):
    assert roles_of(text) == []


def test_a_list_runs_past_each_names_party_in_brackets(roles_of):
    found = roles_of("The group includes Sens. Joe Manchin (D-W.Va.) and Mitt Romney (R-Utah), as they "
                     "continue to seek support.")
    assert ("Joe Manchin", "Sen.", False) in found and ("Mitt Romney", "Sen.", False) in found


def test_a_bracket_that_is_no_party_ends_the_list(roles_of):
    assert roles_of("Sen. Joe Manchin (who spoke first) and Mitt Romney met on Tuesday.") == [
        ("Joe Manchin", "Sen.", False)]


def test_a_nickname_in_brackets_before_the_surname(roles_of):
    assert ("Luis Gerardo (Jerry) Ortiz", "Deputy", False) in roles_of(
        "A gang member is accused of gunning down Deputy Luis Gerardo (Jerry) Ortiz a month ago.")


def test_a_date_after_a_bracket_is_no_surname(roles_of):
    assert roles_of("Sen. Joe Manchin (D) Tuesday said he would vote no.") == [("Joe Manchin", "Sen.", False)]


def test_a_title_taken_into_the_fullest_name_is_no_part_of_the_person(roles_of):
    found = roles_of("Deputy Ortiz was shot outside an apartment.\n\nDeputy Ortiz was 35.")
    assert found and all(person == "Ortiz" for person, _, _ in found)


@pytest.mark.parametrize("name, expected", [
    ("Deputy Ortiz", "Ortiz"), ("Sen. Joe Manchin", "Joe Manchin"),
    ("Joe Biden", "Joe Biden"),
    ("Deputy", "Deputy"),  # nothing but a title is kept as it is
])
def test_without_title(name, expected):
    assert without_title(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("On Friday, Facebook VP of Global Affairs, Nick Clegg, announced the ban.",
     ("Nick Clegg", "Facebook VP of Global Affairs", False)),
    ("The Angels have made an eight-year offer to free agent first baseman Mark Teixeira.",
     ("Mark Teixeira", "baseman", False)),
    ("The Mets traded pitcher Tom Ruiz to Boston on Monday.", ("Tom Ruiz", "pitcher", False)),
    ("The nation's top infectious diseases doctor Anthony Fauci said so on Tuesday.",
     ("Anthony Fauci", "diseases doctor", False)),
])
def test_vps_team_positions_and_doctors_are_titles(roles_of, text, expected):
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", [
    "He watched the VP debate with Ana Ruiz on Monday.",
    "The pitcher's mound was rebuilt by John Smith last year.",
    "She took her doctor's advice, Ana Ruiz said.",
])
def test_the_same_words_naming_no_one_give_no_title(roles_of, text):
    assert roles_of(text) == []


def test_a_headline_verb_after_a_persons_name_is_no_title(roles_of):
    """ "Trump host Erdoğan" is the headline's "Trump to host Erdoğan"."""
    found = roles_of("Trump host Erdoğan at White House\n\nPresident Donald Trump welcomed Turkish "
                     "President Recep Tayyip Erdoğan on Wednesday.")
    assert not [r for r in found if "host" in r[1].lower()]
    assert ("Recep Tayyip Erdoğan", "President", False) in found


@pytest.mark.parametrize("text, expected", [
    ("CBS host Margaret Brennan asked him about it.\n\nBrennan pressed on.",
     ("Margaret Brennan", "CBS host", False)),  # a body's host
    ("Trump attorney Rudy Giuliani said so.\n\nDonald Trump agreed.",
     ("Rudy Giuliani", "Trump attorney", False)),  # no verb
])
def test_a_host_of_a_body_or_a_persons_attorney_keeps_the_title(roles_of, text, expected):
    assert expected in roles_of(text)


def test_then_capitalised_opening_the_sentence(roles_of):
    assert ("Joe Biden", "Vice President", True) in roles_of("Then-Vice President Joe Biden visited Kyiv in 2014.")


def test_a_field_run_into_the_name_of_the_office_holder(roles_of):
    """The tagger reads "National Intelligence Avril Haines" as one ORG; the
    article names "Haines" as a person again."""
    assert ("Avril Haines", "Director of National Intelligence", False) in roles_of(
        "Director of National Intelligence Avril Haines spoke on Monday.\n\nHaines said the threat was real.")


def test_a_body_after_of_that_names_no_one_again_is_no_person(roles_of):
    assert roles_of("The order came from the Director of Homeland Security Investigations Field Office "
                    "on Monday.") == []


def test_an_office_of_the_body_run_into_the_name(roles_of):
    """The tagger reads "the House Nancy Pelosi" as one ORG; "Pelosi said"
    names her as a person."""
    assert ("Nancy Pelosi", "Speaker of the House", False) in roles_of(
        "Speaker of the House Nancy Pelosi announced on Thursday that she would create a committee.\n\n"
        "Pelosi said the panel would have 13 members.")


def test_a_body_speaking_names_no_person(roles_of):
    assert roles_of("Speaker of the House Nancy Pelosi announced on Thursday that she would create a "
                    "committee.\n\nThe House said the panel would have 13 members.") == []


@pytest.mark.parametrize("text, expected", [
    ("Senate Majority Whip Dick Durbin said so on Tuesday.", ("Dick Durbin", "Senate Majority Whip", False)),
    ("Archbishop Desmond Tutu died on Sunday.", ("Desmond Tutu", "Archbishop", False)),
])
def test_whips_and_clergy_are_titles(roles_of, text, expected):
    assert expected in roles_of(text)


def test_a_whip_that_is_no_office_gives_no_title(roles_of):
    assert roles_of("The party whip was cracked at Ana Ruiz on Monday.") == []


def test_an_apposition_after_a_lawmakers_party_tag(roles_of):
    found = roles_of("Rep. Bennie Thompson, D-Miss., the chairman of the committee, said so.")
    assert ("Bennie Thompson", "chairman of the committee", False) in found


def test_a_party_tag_alone_is_no_title(roles_of):
    assert roles_of("Rep. Bennie Thompson, D-Miss., said so on Monday.") == [("Bennie Thompson", "Rep.", False)]
