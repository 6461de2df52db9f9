"""Roles across articles: a person mentioned by title alone, and titles said
by other words."""

import pytest

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.role_titles import title_words

from corroborate_builders import Role, claim, roles_in as _roles

NAMED = claim("a1", "Senate Minority Leader Mitch McConnell proposed a two-month extension.",
              role=Role("Mitch McConnell", "Senate Minority Leader", False))


def test_a_description_is_the_one_person_the_story_gives_that_title(outlets):
    described = claim("a2", "Democrats accepted part of the Senate minority leader's entreaties.",
                      role=Role("the Senate minority leader", "Senate minority leader", False))
    [finding] = _roles(corroborate(outlets, [NAMED, described]))
    assert set(finding.claims) == {NAMED.id, described.id}
    assert finding.status == "agree" and "Mitch McConnell" in finding.note
    assert "the Senate minority leader is" not in finding.note


def test_a_place_or_party_written_before_the_title_counts_as_the_titles(outlets):
    named = claim("a1", "California Democratic Gov. Gavin Newsom won the recall.",
                  role=Role("Gavin Newsom", "Gov.", False))
    described = claim("a2", "Voters kept the embattled first-term Democratic governor in office.",
                      role=Role("the embattled first-term Democratic governor",
                                "embattled first-term Democratic governor", False))
    [finding] = _roles(corroborate(outlets, [named, described]))
    assert described.id in finding.claims


@pytest.mark.parametrize("role", [
    # another body's office of the same kind
    Role("the House minority leader", "House minority leader", False),
    # held before, while the story's holder holds it now
    Role("the former Senate minority leader", "Senate minority leader", True),
    # no word saying whose office it is
    Role("the embattled leader", "embattled leader", False),
])
def test_a_description_that_fits_no_title_stays_apart(outlets, role):
    described = claim("a2", f"Democrats accepted part of {role.person}'s entreaties.", role=role)
    assert all(described.id not in f.claims for f in corroborate(outlets, [NAMED, described]))


def test_a_description_two_people_fit_stays_apart(outlets):
    other = claim("a3", "Senate Minority Leader Chuck Schumer spoke in 2016.",
                  role=Role("Chuck Schumer", "Senate Minority Leader", False))
    described = claim("a2", "Democrats accepted part of the Senate minority leader's entreaties.",
                      role=Role("the Senate minority leader", "Senate minority leader", False))
    assert all(described.id not in f.claims for f in corroborate(outlets, [NAMED, other, described]))


def test_an_office_at_to_or_for_a_body_reads_head_last():
    assert title_words("product manager at Facebook") == ("facebook", "product", "manager")
    assert title_words("special envoy to Haiti") == title_words("Special Envoy for Haiti")
    assert title_words("ABC Entertainment Group prexy")[-1] == "president"


def test_a_publicist_and_a_spokesman_are_one_job_said_two_ways(outlets):
    claims = [claim("a1", "She died on Thursday, according to her longtime publicist Harlan Boll.",
                    role=Role("Harlan Boll", "longtime publicist", False)),
              claim("a2", "She died peacefully, family spokesman Harlan Boll announced.",
                    role=Role("Harlan Boll", "family spokesman", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "both can be true" in finding.note


def test_an_expert_and_a_doctor_of_one_field_are_one_fact(outlets):
    # dev2: one outlet's "expert" is another's "doctor"; one fact in other words (fact gold: agree)
    claims = [claim("a1", "Fauci, the nation’s top infectious diseases expert, said so.",
                    role=Role("Anthony Fauci", "nation’s top infectious diseases expert", False)),
              claim("a2", "The nation's top infectious diseases doctor Anthony Fauci said so.",
                    role=Role("Anthony Fauci", "diseases doctor", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree"


def test_an_outlets_journalist_and_a_post_are_one_finding_both_true(outlets):
    claims = [claim("a1", "White House Correspondents' Association President Steve Portnoy asked.",
                    role=Role("Steve Portnoy", "White House Correspondents' Association President", False)),
              claim("a2", "CBS’s Steven Portnoy asked.", role=Role("Steven Portnoy", "CBS journalist", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "a journalist of an outlet" in finding.note


def test_a_doctor_and_a_chief_executive_are_two_kinds_of_one_person(outlets):
    # only words for one kind of job are folded: two kinds, said so, never a conflict
    claims = [claim("a1", "Team doctor Harlan Boll said so.", role=Role("Harlan Boll", "Team doctor", False)),
              claim("a2", "Chief executive Harlan Boll said so.",
                    role=Role("Harlan Boll", "Chief executive", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "titles of different kinds" in finding.note
    assert "a doctor or a specialist" not in finding.note


def test_a_spokesman_and_a_chief_executive_are_two_kinds_of_one_person(outlets):
    claims = [claim("a1", "Spokesman Harlan Boll said so.", role=Role("Harlan Boll", "Spokesman", False)),
              claim("a2", "Chief executive Harlan Boll said so.",
                    role=Role("Harlan Boll", "Chief executive", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "a publicist speaks" not in finding.note


def test_a_second_kind_beside_a_title_every_outlet_gives_says_more(outlets):
    """Issue 12: every outlet calls him senator, one also chairman: they agree."""
    claims = [claim("a1", "Sen. Joe Manchin spoke.", role=Role("Joe Manchin", "Sen.", False)),
              claim("a2", "Sen. Joe Manchin spoke.", role=Role("Joe Manchin", "Sen.", False)),
              claim("a2", "Manchin, the chairman of the Energy Committee, agreed.",
                    role=Role("Manchin", "chairman of the Energy Committee", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree" and len(finding.claims) == 3
    # must not: when no title is every outlet's, the outlets differ
    apart = [claims[0], claims[2]]
    [finding] = _roles(corroborate(outlets, apart))
    assert finding.status == "compatible"


def test_two_people_of_one_title_stay_two_findings(outlets):
    claims = [claim("a1", "Sen. Joe Manchin spoke.", role=Role("Joe Manchin", "Sen.", False)),
              claim("a2", "Chairman Ron Wyden spoke.", role=Role("Ron Wyden", "Chairman", False))]
    assert len(_roles(corroborate(outlets, claims))) == 2


def test_one_title_in_other_capitals_is_said_once(outlets):
    claims = [claim("a1", "Chief Executive Lionel Ashdown said the mine met every standard.",
                    role=Role("Lionel Ashdown", "Chief Executive", False)),
              claim("a2", "Lionel Ashdown, the company's chief executive, said so on Monday.",
                    role=Role("Lionel Ashdown", "chief executive", False)),
              claim("a3", "Chief Executive Lionel Ashdown told reporters the same.",
                    role=Role("Lionel Ashdown", "Chief Executive", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree"
    assert finding.note.count(" is ") == 1 and "is Chief Executive" in finding.note


def test_titles_that_differ_in_words_not_capitals_stay_apart_in_the_note(outlets):
    claims = [claim("a1", "Police Inspector Dave Gaskin said the fall was unsurvivable.",
                    role=Role("Dave Gaskin", "Police Inspector", False)),
              claim("a2", "Inspector Dave Gaskin said the climber was inexperienced.",
                    role=Role("Dave Gaskin", "Inspector", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.note.count(" is ") == 2


# -- descriptions the claims reader tied to a person, membership titles (corroborate.v17)

MANCHIN = claim("a1", "Sen. Joe Manchin III (D-W.Va.) said he would not back the bill.",
                role=Role("Joe Manchin III", "Sen.", False))


def test_an_epithet_joins_the_person_its_article_named_before_it(outlets):
    epithet = claim("a2", "Just before the holiday, the West Virginia Democrat took a hatchet to the package.",
                    role=Role("the West Virginia Democrat", "West Virginia Democrat", False,
                              refers_to="Joe Manchin"))
    [finding] = _roles(corroborate(outlets, [MANCHIN, epithet]))
    assert set(finding.claims) == {MANCHIN.id, epithet.id}
    # a party says who he is; it is no other office, nor another account
    assert finding.status == "agree" and "cannot all be true" not in finding.note


def test_an_epithet_whose_title_the_story_gives_another_person_stays_apart(outlets):
    chair = claim("a3", "Committee Chairman Bob Menendez opened the hearing.",
                  role=Role("Bob Menendez", "Committee Chairman", False))
    witness = claim("a1", "Whistleblower Frances Haugen, a former Facebook employee, testified on Tuesday.",
                    role=Role("Frances Haugen", "Facebook employee", True))
    epithet = claim("a2", "The committee chairman thanked her for coming forward.",
                    role=Role("The committee chairman", "committee chairman", False,
                              refers_to="Frances Haugen"))
    found = _roles(corroborate(outlets, [chair, witness, epithet]))
    haugen = [f for f in found if witness.id in f.claims]
    assert haugen and all(epithet.id not in f.claims for f in haugen)


def test_a_membership_title_and_the_post_are_one_finding_both_true(outlets):
    employee = claim("a1", "Former Facebook Inc. employee Frances Haugen testified on Tuesday.",
                     role=Role("Frances Haugen", "Facebook Inc. employee", True))
    manager = claim("a2", "The former project manager accused Mark Zuckerberg of harming children.",
                    role=Role("The former project manager", "project manager", True,
                              refers_to="Frances Haugen"))
    [finding] = _roles(corroborate(outlets, [employee, manager]))
    assert set(finding.claims) == {employee.id, manager.id}
    assert finding.status == "compatible" and "Frances Haugen is" in finding.note


def test_an_outlet_giving_the_membership_title_beside_the_post_does_not_differ(outlets):
    claims = [claim("a1", "Haugen, a former Facebook product manager, testified.",
                    role=Role("Haugen", "Facebook product manager", True)),
              claim("a2", "Frances Haugen, a former Facebook employee, testified.",
                    role=Role("Frances Haugen", "Facebook employee", True)),
              claim("a2", "Haugen was a product manager at Facebook until May.",
                    role=Role("Haugen", "product manager at Facebook", True))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree"


def test_a_membership_title_beside_two_posts_is_not_joined_to_either(outlets):
    claims = [claim("a1", "Jeffrey Clark, a former Justice Department official, was subpoenaed.",
                    role=Role("Jeffrey Clark", "Justice Department official", True)),
              claim("a2", "Jeffrey Clark, who was the head of the civil division, was subpoenaed.",
                    role=Role("Jeffrey Clark", "head of the civil division", True)),
              claim("a2", "Jeffrey Clark, who was acting attorney general, declined.",
                    role=Role("Jeffrey Clark", "attorney general", True))]
    # one finding of the person, but the official is not read as one of the posts:
    # each article gives a kind the other does not
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "an employee or official of a body" not in finding.note


def test_an_indefinite_description_needs_its_own_article_to_give_the_title(outlets):
    named = claim("a1", "Jeffrey Clark, a former Justice Department official, was subpoenaed.",
                  role=Role("Jeffrey Clark", "Justice Department official", True))
    introduced = claim("a2", "The committee issued a subpoena for an ex-Justice Department official "
                             "who had promised to pursue the claims.",
                       role=Role("an ex-Justice Department official", "Justice Department official", True))
    # the article names him by the title next: "The official, Jeffrey Clark, ..."
    same_article = claim("a2", "The official, Jeffrey Clark, was a key figure in the report.",
                         role=Role("Jeffrey Clark", "official", False))
    [finding] = [f for f in _roles(corroborate(outlets, [named, introduced, same_article]))
                 if named.id in f.claims]
    assert introduced.id in finding.claims
    # must not: an article that never gives the title to him names someone else
    alone = _roles(corroborate(outlets, [named, introduced]))
    assert all(introduced.id not in f.claims for f in alone)


def test_a_party_epithet_beside_a_former_title_says_no_title_changed(outlets):
    former = claim("a1", "Former Sen. Rob Portman spoke on Monday.", role=Role("Rob Portman", "Sen.", True))
    also = claim("a3", "Former Sen. Rob Portman left in 2023.", role=Role("Rob Portman", "Sen.", True))
    epithet = claim("a2", "The Ohio Republican urged the party to move on.",
                    role=Role("The Ohio Republican", "Ohio Republican", False, refers_to="Rob Portman"))
    [finding] = _roles(corroborate(outlets, [former, also, epithet]))
    assert epithet.id in finding.claims
    assert finding.status == "agree" and "different times" not in finding.note


def test_chief_of_and_head_of_one_body_are_one_office(outlets):
    assert title_words("chief of the Mine Rescue Service") == title_words("head of the Mine Rescue Service")
    claims = [claim("a1", "Mattias Oduya, chief of the Veldmark Mine Rescue Service, spoke.",
                    role=Role("Mattias Oduya", "chief of the Veldmark Mine Rescue Service", False)),
              claim("a2", "Mattias Oduya, head of the Veldmark Mine Rescue Service, spoke.",
                    role=Role("Mattias Oduya", "head of the Veldmark Mine Rescue Service", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status in ("agree", "compatible") and set(finding.claims) == {c.id for c in claims}


def test_a_chief_of_one_body_is_not_the_head_of_another(outlets):
    # folded to one word, they are still two offices of unlike bodies
    claims = [claim("a1", "Police Chief Jane Roe spoke.", role=Role("Jane Roe", "Police Chief", False)),
              claim("a2", "Fire Department Head Jane Roe spoke.",
                    role=Role("Jane Roe", "Fire Department Head", False))]
    assert all(f.status != "agree" for f in _roles(corroborate(outlets, claims)))


def test_a_premier_is_a_prime_minister(outlets):
    claims = [claim("a1", "Interim Prime Minister Claude Joseph said he was in charge.",
                    role=Role("Claude Joseph", "Interim Prime Minister", False)),
              claim("a2", "Claude Joseph, the interim premier, said he was in charge.",
                    role=Role("Claude Joseph", "interim premier", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree" and set(finding.claims) == {c.id for c in claims}


def test_a_premier_is_not_another_minister(outlets):
    # read as "prime minister", a premier is one more office of the kind
    claims = [claim("a1", "Premier Ana Ruiz spoke.", role=Role("Ana Ruiz", "Premier", False)),
              claim("a2", "Finance Minister Ana Ruiz spoke.", role=Role("Ana Ruiz", "Finance Minister", False))]
    assert [f.status for f in _roles(corroborate(outlets, claims))] == ["conflict"]


def test_a_rank_word_alone_is_the_office_it_is_a_rank_of(outlets):
    claims = [claim("a1", "Deputy Social Security Commissioner David Black resigned.",
                    role=Role("David Black", "Deputy Social Security Commissioner", False)),
              claim("a2", "Deputy Commissioner David Black resigned.",
                    role=Role("David Black", "Deputy Commissioner", False)),
              claim("a3", "His deputy, David Black, resigned.", role=Role("David Black", "deputy", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree" and set(finding.claims) == {c.id for c in claims}


def test_a_rank_word_alone_beside_two_offices_is_neither(outlets):
    # two titles carry "deputy": no telling which the bare word means; one
    # person, three kinds none of the outlets shares
    claims = [claim("a1", "Deputy Commissioner David Black resigned.",
                    role=Role("David Black", "Deputy Commissioner", False)),
              claim("a2", "Deputy Director David Black resigned.",
                    role=Role("David Black", "Deputy Director", False)),
              claim("a3", "His deputy, David Black, resigned.", role=Role("David Black", "deputy", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "titles of different kinds" in finding.note


def test_a_body_s_kind_said_with_and_without_group_is_one_description(outlets):
    a = claim("a1", "The U.S. nonprofit group EcoHealth Alliance notified the NIAID.",
              role=Role("EcoHealth Alliance", "U.S. nonprofit group", False))
    b = claim("a2", "Their collaborator, the U.S.-based nonprofit EcoHealth Alliance, did the work.",
              role=Role("EcoHealth Alliance", "U.S.-based nonprofit", False))
    [finding] = _roles(corroborate(outlets, [a, b]))
    assert set(finding.claims) == {a.id, b.id} and finding.status == "agree"
    assert title_words("advocacy group") == ("advocacy", "group")  # no kind before "group": kept


@pytest.mark.parametrize("a, b", [
    ("Rep.", "Congresswoman"), ("lawyer", "attorney"), ("chief executive", "CEO"),
    ("Chief Executive Officer", "CEO"),
    # initials and hyphens (dev3): "Facebook VP of Global Affairs", "his former chief-of-staff"
    ("Facebook VP of Global Affairs", "Facebook’s vice president of global affairs"),
    ("Angels GM", "Angels general manager"), ("chief-of-staff", "Trump’s chief of staff"),
    # a body by its initials (ECB+ dev4)
    ("OSP Lt.", "Oregon State Police Lt.")])
def test_one_office_under_two_words_is_one_finding(outlets, a, b):
    claims = [claim("a1", f"{a} Ana Ruiz spoke.", role=Role("Ana Ruiz", a, False)),
              claim("a2", f"{b} Ana Ruiz spoke.", role=Role("Ana Ruiz", b, False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert len(finding.claims) == 2 and finding.status == "agree"


@pytest.mark.parametrize("a, b", [("Rep.", "Sen."), ("lawyer", "Attorney General"), ("CEO", "chief of staff"),
                                  ("GM", "CEO")])
def test_other_offices_are_other_kinds_never_a_conflict(outlets, a, b):
    claims = [claim("a1", f"{a} Ana Ruiz spoke.", role=Role("Ana Ruiz", a, False)),
              claim("a2", f"{b} Ana Ruiz spoke.", role=Role("Ana Ruiz", b, False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "titles of different kinds" in finding.note


def test_two_given_names_of_one_surname_holding_one_office_are_one_person(outlets):
    """Issue 12 (dev3): "Chuck" and "Charles E." Schumer, both majority leader."""
    claims = [claim("a1", "Senate Majority Leader Chuck Schumer spoke.",
                    role=Role("Chuck Schumer", "Senate Majority Leader", False)),
              claim("a2", "Senate Majority Leader Charles E. Schumer spoke.",
                    role=Role("Charles E. Schumer", "Senate Majority Leader", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree" and len(finding.claims) == 2


@pytest.mark.parametrize("a, b", [
    # must not: a bare title many hold, or an office one of them held before
    (Role("Adam Smith", "Rep.", False), Role("Jason Smith", "Rep.", False)),
    (Role("George Bush", "Florida Governor", True), Role("Jeb Bush", "Florida Governor", False)),
    (Role("Chuck Schumer", "Senate Majority Leader", False), Role("Amy Schumer", "comedian", False))])
def test_two_given_names_of_one_surname_stay_two_people_otherwise(outlets, a, b):
    claims = [claim("a1", "They spoke.", role=a), claim("a2", "They spoke.", role=b)]
    assert len(_roles(corroborate(outlets, claims))) == 2


def test_a_vp_is_a_vice_president_not_the_president(outlets):
    claims = [claim("a1", "Facebook VP Nick Clegg spoke.", role=Role("Nick Clegg", "Facebook VP", False)),
              claim("a2", "Facebook President Nick Clegg spoke.", role=Role("Nick Clegg", "Facebook President", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible"  # another rank of one office, as "co-producer" and "producer"


def test_a_kind_most_outlets_give_is_agreed_on(outlets):
    """dev (ECB+): four outlets' director, a fifth's "filmmaker": they agree."""
    from corroborate_builders import article

    five = [article(n, f"Outlet {n}") for n in range(1, 6)]
    claims = [claim(f"a{n}", "The Golden Compass director Chris Weitz will direct it.",
                    role=Role("Chris Weitz", "The Golden Compass director", False)) for n in range(1, 5)]
    claims.append(claim("a5", "Filmmaker Chris Weitz will direct it.", role=Role("Chris Weitz", "Filmmaker", False)))
    [finding] = _roles(corroborate(five, claims))
    assert finding.status == "agree" and len(finding.claims) == 5
    # must not: a kind given by half the outlets only
    [finding] = _roles(corroborate([five[0], five[4]], [claims[0], claims[4]]))
    assert finding.status == "compatible"


@pytest.mark.parametrize("a, b", [("OSP Lt.", "Oregon State Police Lt."), ("NYPD Sgt.", "New York Police Department Sgt.")])
def test_a_body_by_its_initials_is_the_body_in_full(a, b):
    from crosscheck.corroborate.role_titles import different_offices, same_office

    assert same_office(title_words(a), title_words(b))
    assert not different_offices(title_words(a), title_words(b))


@pytest.mark.parametrize("a, b", [("FBI Director", "CIA Director"), ("OSP Lt.", "Oregon City Police Lt.")])
def test_initials_of_another_body_are_another_office(a, b):
    """must reject: initials that are not the other title's words' initials."""
    from crosscheck.corroborate.role_titles import different_offices

    assert different_offices(title_words(a), title_words(b))


@pytest.mark.parametrize("calling, post", [("Rev.", "pastor"), ("Dr.", "county's health officer")])
def test_a_doctors_or_clerics_honorific_beside_the_post_agrees(outlets, calling, post):
    """Fact gold dev4 ("the Rev. Larry Kroon", "The church's pastor, Larry
    Kroon") and dev3 ("Dr. Muntu Davis", "the county's health officer")."""
    claims = [claim("a1", f"{calling} Ana Ruiz spoke.", role=Role("Ana Ruiz", calling, False)),
              claim("a2", f"The {post}, Ana Ruiz, spoke.", role=Role("Ana Ruiz", post, False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert len(finding.claims) == 2 and finding.status == "agree"
    # must not: another kind of title beside the post still says both are true
    claims[0] = claim("a1", "Spokeswoman Ana Ruiz spoke.", role=Role("Ana Ruiz", "Spokeswoman", False))
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible"


def test_two_titles_joined_beside_one_of_them_say_more(outlets):
    # ECB+ dev4: "its president and chief executive" beside "Chief Executive" (fact gold: compatible)
    claims = [claim("a1", "The bank said its president and chief executive, Robert Sznewajs, would retire.",
                    role=Role("Robert Sznewajs", "president and chief executive", False)),
              claim("a2", "West Coast Bank Chief Executive Robert Sznewajs said the branch was closed.",
                    role=Role("Robert Sznewajs", "Chief Executive", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "second title" in finding.note


@pytest.mark.parametrize("title", [
    # must reject: the same two titles in both outlets, and the "and" of a body's name
    "president and chief executive", "Secretary of Health and Human Services"])
def test_the_same_title_with_and_in_both_outlets_agrees(outlets, title):
    claims = [claim("a1", f"The {title}, Ana Ruiz, spoke on Monday.", role=Role("Ana Ruiz", title, False)),
              claim("a2", f"Ana Ruiz, {title}, spoke on Monday.", role=Role("Ana Ruiz", title, False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree"


WARREN = claim("a1", "Reid named Massachusetts Sen. Elizabeth Warren and Minnesota Sen. Amy Klobuchar.",
               role=Role("Elizabeth Warren", "Sen.", False))
KLOBUCHAR = claim("a1", "Reid named Massachusetts Sen. Elizabeth Warren and Minnesota Sen. Amy Klobuchar.",
                  role=Role("Amy Klobuchar", "Sen.", False))


def test_an_epithet_whose_place_fits_only_its_referent_joins_it(outlets):
    epithet = claim("a2", "The Massachusetts senator got a rock star's welcome from donors.",
                    role=Role("The Massachusetts senator", "Massachusetts senator", False,
                              refers_to="Elizabeth Warren"))
    found = _roles(corroborate(outlets, [WARREN, KLOBUCHAR, epithet]))
    [warren] = [f for f in found if WARREN.id in f.claims]
    assert epithet.id in warren.claims


def test_an_epithet_whose_place_fits_another_senator_stays_apart(outlets):
    epithet = claim("a2", "The Minnesota senator got a rock star's welcome from donors.",
                    role=Role("The Minnesota senator", "Minnesota senator", False,
                              refers_to="Elizabeth Warren"))
    found = _roles(corroborate(outlets, [WARREN, KLOBUCHAR, epithet]))
    assert all(epithet.id not in f.claims for f in found if WARREN.id in f.claims)
