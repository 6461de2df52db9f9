"""Ages written "N years old" and as what a named person turns or is
(claims/figure_ages.py): forms counted in AllSides, Baly, ECB+ and recession
text, written here with made-up names; the same words with no person, or
another measure, stay unread."""

import pytest


def ages(claims_of, text):
    return [(c.figure.subject, c.figure.value, c.figure.qualifier)
            for c in claims_of(text, kind="figure") if c.figure.unit == "age"]


@pytest.mark.parametrize("text, age", [
    # "N years old", of the clause's subject: a person, "he", a noun, a relative's antecedent
    ("In 1969, Dennis Hale was 25 years old and studying law.", ("age of Dennis Hale", 25, "exact")),
    ("Officer Jerry Malden was killed on Monday. He was 35 years old.",
     ("age of Jerry Malden", 35, "exact")),
    ("The congregation is about 30 years old, the pastor said.", ("age of congregation", 30, "about")),
    ("The suspect, who is 19 years old, fled on foot.", ("age of suspect", 19, "exact")),
    # ... the subject a verb of saying was given as its object by the parser
    ("Ames said the nondenominational church, which he described as `` just a local community "
     "church,'' is about 30 years old and the church hall itself is about 2 years old.",
     ("age of church", 30, "about")),
    # ... a reported clause with a subject of its own keeps it
    ("Marlow told the board the plant is 40 years old.", ("age of plant", 40, "exact")),
    # what a named person turns, or will be, closing its clause
    ("His trainer, Emmett Stowe, who turned 68 on Saturday, watched from the corner.",
     ("age of Emmett Stowe", 68, "exact")),
    ("Daniel Tessler is the best hitter on the market. Tessler will be 29 in April.",
     ("age of Tessler", 29, "exact")),
    ("Justice Samuel Breyers turned 74 last month.", ("age of Samuel Breyers", 74, "exact")),
    # the ages a group ranges in, of the clause's subject
    ("The victims range in age from 46 to 73, police said.", ("age of victims", 46, "range")),
])
def test_an_age_in_years_old_or_turned_is_read(claims_of, text, age):
    assert age in ages(claims_of, text)


@pytest.mark.parametrize("text", [
    # a threshold anyone crosses is nobody's age
    "Prisoners convicted of crimes before they turned 18 can apply for parole.",
    "Medicare pays for health insurance when people turn 65.",
    # another measure a person or an index "is" or "turns"
    "Joe Biden was 20 points ahead in the poll.",
    "The Dow turned 30 points higher in late trading.",
    "Premiums will be 10 to 15 percent lower in 2025.",
    # a span of years, not an age
    "The company has been in business for 30 years.",
    # page furniture over an old article
    "This article is more than 1 year old",
    # a range of another measure, or ages of no one named
    "The homes range in price from 46 to 73 thousand dollars.",
    "They range in age from 46 to 73.",
])
def test_a_number_no_named_person_turns_is_no_age(claims_of, text):
    assert ages(claims_of, text) == []


@pytest.mark.parametrize("text, age", [
    # "old" modifies the name, however the tagger reads it (NORP, ORG), not
    # the person named nearest
    ("The 32-year-old Klitschko dominated from the opening bell against Rahman, who never recovered.",
     ("age of Klitschko", 32, "exact")),
    ("Senator Dale Corwin called the 53-year-old Mayhew a victim of a smear campaign.",
     ("age of Mayhew", 53, "exact")),
    ("President Ramon Laguarta, 54, will succeed the 62-year-old Nooyi in October.",
     ("age of Nooyi", 62, "exact")),
])
def test_a_year_old_age_is_of_the_name_it_describes(claims_of, text, age):
    assert age in ages(claims_of, text)


@pytest.mark.parametrize("text, wrong", [
    ("The 32-year-old Klitschko dominated from the opening bell against Rahman, who never recovered.",
     "age of Rahman"),
    ("Senator Dale Corwin called the 53-year-old Mayhew a victim of a smear campaign.",
     "age of Dale Corwin"),
    # a nationality is no name: "the American" is someone named, not "American"
    ("Klitschko floored Tony Thompson in the fifth round, and the 40-year-old American never recovered.",
     "age of American"),
])
def test_a_year_old_age_is_not_of_another_person_nor_a_nationality(claims_of, text, wrong):
    assert wrong not in [subject for subject, _, _ in ages(claims_of, text)]


def age_ranges(claims_of, text):
    return [(c.figure.subject, c.figure.low, c.figure.high, c.figure.qualifier)
            for c in claims_of(text, kind="figure") if c.figure.unit == "age"]


@pytest.mark.parametrize("text, age", [
    # a decade of life, of the person or noun the phrase describes
    ("Police identified the victim as Lena Marsh, who was in her 60s.",
     ("age of Lena Marsh", 60, 69, "range")),
    ("A man in his 40s was arrested on Friday.", ("age of man", 40, 49, "range")),
    ("The suspect, in his early twenties, fled on foot.", ("age of suspect", 20, 23, "range")),
    ("Officers said Tom Whitley, in his mid-70s, was unhurt.", ("age of Tom Whitley", 73, 76, "range")),
    ("Rosa Delgado died on Sunday. She was in her late 60s, her family said.",
     ("age of Rosa Delgado", 67, 69, "range")),
    ("The two victims were in their 30s and 40s.", ("age of victims", 30, 49, "range")),
    ("The girls, both in their teens, were released.", ("age of girls", 13, 19, "range")),
])
def test_an_age_given_by_its_decade_is_a_range(claims_of, text, age):
    assert age in age_ranges(claims_of, text)


@pytest.mark.parametrize("text", [
    # a decade of the calendar, or of anything but a person's life
    "Sales of the record peaked in the 1960s.",
    "Temperatures were in the 60s on Tuesday.",
    "Mortgage rates were in the teens in the early 1980s.",
    "The index has traded in its 50s for a week.",
    # a person's decade with no one it is of
    "Life begins in your 40s, the advert said.",
])
def test_a_decade_that_is_no_ones_age_is_not_read(claims_of, text):
    assert age_ranges(claims_of, text) == []


@pytest.mark.parametrize("text, age", [
    # "the N-year-old" standing alone is the person the article named before
    ("Paul Marren was indicted on Monday. The 68-year-old faces 12 counts.",
     ("age of Paul Marren", 68, "exact")),
    # ... and the possessor of what follows it, not that thing
    ("Paul Marren was indicted on Monday. The 68-year-old's lawyer said he would appeal.",
     ("age of Paul Marren", 68, "exact")),
    # an age in apposition closed by a semicolon
    ("Police named the victims as Dana Pruitt, 39; Carl Omsted, 41; and a teenager.",
     ("age of Dana Pruitt", 39, "exact")),
])
def test_an_age_standing_for_a_named_person_is_theirs(claims_of, text, age):
    assert age in ages(claims_of, text)


@pytest.mark.parametrize("text, wrong", [
    # someone new: "a", not "the"
    ("Paul Marren was indicted on Monday. A 19-year-old was arrested too.", "age of Paul Marren"),
    # the age of the noun it describes, not of the person named before
    ("Paul Marren was indicted on Monday. The 19-year-old suspect fled.", "age of Paul Marren"),
    # what an age's possessor owns is not that age
    ("Paul Marren was indicted on Monday. The 68-year-old's lawyer said he would appeal.",
     "age of lawyer"),
])
def test_an_age_is_not_given_to_someone_else(claims_of, text, wrong):
    assert wrong not in [subject for subject, _, _ in ages(claims_of, text)]


@pytest.mark.parametrize("text", [
    # an age a rule sets is no one's age (notes gold heldout19: "until age 26"
    # read as Rick Scott's age)
    "Scott said the plan lets young adults stay on their parents' health plan until age 26.",
    "The agency approved the shots for children under age 5 on Friday.",
    "Scott said young people could keep their coverage up to age 26 under the plan.",
])
def test_an_age_limit_is_no_one_s_age(claims_of, text):
    assert ages(claims_of, text) == []


def test_an_age_at_death_is_still_the_person_s(claims_of):
    # Must keep: "at age 91" is the person's age when they died.
    assert ("age of John Smith", 91, "exact") in ages(
        claims_of, "John Smith, who died at age 91, was mourned by the town on Sunday.")


# One age given for two people named just before it, joined by "and", is the
# age of each; a comma between them, a verb, or a measure after the number
# joins no one.
@pytest.mark.parametrize("text, expected", [
    ("Capt. Tom Brennan and Senior Trooper Will Hassan, both 51, died at the scene.",
     [("age of Tom Brennan", 51, "exact"), ("age of Trooper Will Hassan", 51, "exact")]),
    ("Maria Ortiz and Dana Kowalski, both 40, were arrested on Friday.",
     [("age of Maria Ortiz", 40, "exact"), ("age of Dana Kowalski", 40, "exact")]),
    ("John Smith met Jane Jones, both 51, on Friday.", []),
    ("John Smith and Jane Jones, both 51 percent owners, spoke on Friday.", []),
])
def test_an_age_given_for_two_people_is_each_ones(claims_of, text, expected):
    assert sorted(ages(claims_of, text)) == sorted(expected)
