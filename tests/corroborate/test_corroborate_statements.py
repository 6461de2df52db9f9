"""Statements across outlets (corroborate/statements.py), on realistic sentences."""

import pytest

from corroborate_builders import Event, article, claim

from crosscheck.corroborate import corroborate


def stated(article_id, sentence):
    return claim(article_id, sentence, event=Event(text="", date=None, date_text=""))


def statement_findings(outlets, claims, groups=None):
    return [f for f in corroborate(outlets, claims, groups) if f.kind == "event"]


def test_one_fact_in_three_outlets_is_one_finding_citing_all(outlets):
    claims = [
        stated("a1", "Bettie Page, the pin-up model whose photographs titillated Americans "
                     "in the 1950s, has died, her agent said."),
        stated("a2", "Bettie Page, the pin-up queen of the 1950s, has died at a Los Angeles "
                     "hospital, according to her agent."),
        stated("a3", "Pin-up icon Bettie Page of the 1950s has died, her agent announced."),
        stated("a1", "The Senate voted to extend the rail strike deadline by two weeks."),
        stated("a2", "Shares of Kestrel Mining fell sharply in early trading in London."),
    ]
    found = statement_findings(outlets, claims)
    assert len(found) == 1
    assert found[0].articles == ("a1", "a2", "a3") and found[0].status == "agree"
    assert "Kestrel Herald, Valley Courier and Meridian Post report the same" in found[0].note


def test_alike_sentences_with_other_months_are_not_an_agreement(outlets):
    claims = [stated("a1", "Reid launched a new fashion line called Mantra in December."),
              stated("a2", "Reid launched a new fashion line called Mantra in September.")]
    assert statement_findings(outlets, claims) == []


def test_sentences_on_one_topic_saying_different_things_stay_apart(outlets):
    claims = [stated("a1", "The problem is that inflation in the United States is going to come "
                           "down with growth probably going into a recession."),
              stated("a2", "The Federal Reserve in Washington is deliberately engineering a "
                           "slowdown to bring inflation down.")]
    assert statement_findings(outlets, claims) == []


def test_copies_of_one_source_make_no_finding(outlets):
    sentence = "Bettie Page, the pin-up model of the 1950s, has died, her agent said."
    claims = [stated("a1", sentence), stated("a2", sentence)]
    assert statement_findings(outlets, claims, {"a1": "g", "a2": "g"}) == []
    assert len(statement_findings(outlets, claims)) == 1


def test_a_denial_does_not_agree_with_an_assertion(outlets):
    claims = [stated("a1", "Senator Sheldon Whitehouse refused to apologize for his family's "
                           "membership in a private beach club in Rhode Island."),
              stated("a2", "Senator Sheldon Whitehouse has apologized for his family's "
                           "membership in a private beach club in Rhode Island.")]
    assert statement_findings(outlets, claims) == []
    claims[0] = stated("a1", "Senator Sheldon Whitehouse apologized for his family's "
                             "membership in a private beach club in Rhode Island.")
    assert len(statement_findings(outlets, claims)) == 1


def test_a_fall_told_as_declined_is_no_denial(outlets):
    # "declined to 4.8%" is a fall; "declined to comment" would be a denial.
    claims = [stated("a1", "The unemployment rate declined to 4.8% in September, the Bureau of "
                           "Labor Statistics said."),
              stated("a2", "The unemployment rate fell to 4.8% in September, the Labor "
                           "Department said.")]
    assert len(statement_findings(outlets, claims)) == 1


def test_a_negation_about_something_else_is_no_denial(outlets):
    claims = [stated("a1", "A Texas law that bans most abortions took effect on Wednesday after "
                           "the Supreme Court did not respond to an emergency appeal."),
              stated("a2", "A Texas law banning most abortions took effect on Wednesday, after "
                           "the Supreme Court stayed silent on an emergency appeal.")]
    assert len(statement_findings(outlets, claims)) == 1


def test_other_counts_of_one_thing_are_not_an_agreement(outlets):
    claims = [stated("a1", "Rescuers said 12 miners remain trapped underground at the Kestrel "
                           "mine near Ashford."),
              stated("a2", "Rescuers said 13 miners remain trapped underground at the Kestrel "
                           "mine near Ashford.")]
    assert statement_findings(outlets, claims) == []
    # A number inside a name ("COVID-19") counts nothing.
    claims = [stated("a1", "Rescuers said 12 miners remain trapped underground at the Kestrel "
                           "mine near Ashford."),
              stated("a2", "Rescuers said 12 miners, all tested for COVID-19, remain trapped "
                           "underground at the Kestrel mine near Ashford.")]
    assert len(statement_findings(outlets, claims)) == 1


def test_next_month_and_a_month_name_are_no_difference_but_two_weekdays_are(outlets):
    claims = [stated("a1", "The United States will reopen its land borders with Canada and "
                           "Mexico to vaccinated travelers next month."),
              stated("a2", "The United States will reopen its land borders with Canada and "
                           "Mexico to vaccinated travelers in November.")]
    assert len(statement_findings(outlets, claims)) == 1
    claims = [stated("a1", "The Senate voted on Tuesday to extend the debt limit into early "
                           "December."),
              stated("a2", "The Senate voted on Wednesday to extend the debt limit into early "
                           "December.")]
    assert statement_findings(outlets, claims) == []


def test_two_articles_of_one_outlet_read_as_one_outlet_reporting(outlets):
    sentence = "Mines Minister Adaeze Korrin has ordered a 90-day independent inquiry and " \
               "suspended underground work at the mine."
    claims = [stated("a1", sentence), stated("a2", sentence)]
    one_outlet = [article(1, "Kestrel Herald"), article(2, "Kestrel Herald")]
    assert statement_findings(one_outlet, claims)[0].note.startswith(
        "Kestrel Herald reports the same in 2 articles: “")
    assert statement_findings(outlets, claims)[0].note.startswith(
        "Kestrel Herald and Valley Courier report the same: “")


def test_sentences_sharing_the_storys_rare_words_are_one_fact(outlets):
    """Vectors blur the few words that make a fact: these two say the same
    (a subpoena for testimony and records from Clark) at a cosine well under the
    plain threshold, among other sentences on the same inquiry."""
    from crosscheck.corroborate.statement_pairs import STATEMENT_COSINE
    from crosscheck.embed import embed

    same = ("The committee investigating the Capitol riot on Wednesday issued a subpoena for "
            "testimony and records from Jeffrey Clark, a former Justice Department lawyer.",
            "The subpoena demands testimony and records from Clark, who pressed colleagues to "
            "back false claims of fraud.")
    a, b = embed(list(same))
    assert float(a @ b) < STATEMENT_COSINE  # only the rare words can link them
    one = [same[0],
           "The committee has interviewed more than 200 witnesses since it was formed in July.",
           "Republican leaders have refused to take part in the inquiry, calling it a partisan "
           "exercise.",
           "Clark led the civil division of the Justice Department in the last weeks of the "
           "Trump administration.",
           "The committee's chairman, Bennie Thompson, said the panel would not be deterred.",
           "Several former White House aides have been told to appear before the panel next "
           "month."]
    other = ["The committee has already heard from several police officers who defended the "
             "Capitol.",
             same[1],
             "Former President Donald Trump has sued to block the release of his White House "
             "papers to the committee.",
             "A Senate report this month detailed how Clark urged the department to cast doubt "
             "on the election.",
             "Thompson, a Mississippi Democrat, has promised a thorough and fair inquiry.",
             "Lawyers for Clark did not respond to a request for comment."]
    claims = [stated("a1", s) for s in one] + [stated("a2", s) for s in other]
    linked = [f for f in statement_findings(outlets, claims)
              if {c.sentence for c in claims if c.id in f.claims} == set(same)]
    assert len(linked) == 1


def test_sentences_sharing_only_names_are_not_one_fact(outlets):
    """Close vectors, the same people, place and day, but nothing else in
    common: praise is not criticism."""
    from crosscheck.embed import embed

    pair = ("Tomas Ardent of Kestrel Mining praised Mines Minister Adaeze Korrin in Ashford on "
            "Tuesday.",
            "Mines Minister Adaeze Korrin criticised Tomas Ardent of Kestrel Mining in Ashford "
            "on Tuesday.")
    a, b = embed(list(pair))
    assert float(a @ b) >= 0.80  # the vectors alone would link them
    claims = [stated("a1", pair[0]), stated("a2", pair[1])]
    assert statement_findings(outlets, claims) == []


def test_rare_words_weigh_more_than_words_every_sentence_uses():
    from crosscheck.corroborate.statement_pairs import rare_word_similarity

    bags = [["senate", "vote", "subpoena"], ["senate", "vote", "deal"], ["senate", "subpoena"],
            ["senate", "recess"]]
    sim = rare_word_similarity(bags)
    # Sentences 0 and 2 share the rarer "subpoena"; 0 and 1 share more words,
    # but "senate" is in every sentence and "vote" in half of them.
    assert sim[0, 2] > sim[0, 1] > sim[0, 3] > 0
    assert abs(sim[0, 0] - 1.0) < 1e-5
    # A sentence with no content word is like none.
    assert not rare_word_similarity([[], ["senate"]])[0].any()


# The note quotes a sentence naming its subject before a shorter one opening on
# a pronoun; when every sentence opens on one, the shortest.
@pytest.mark.parametrize("first, second, quoted", [
    ("Bettie Page, the pin-up model of the 1950s, has died in Los Angeles at the age of 85, "
     "her agent said.",
     "She has died in Los Angeles at the age of 85, her agent said.",
     "“Bettie Page, the pin-up model"),
    ("She died on a Thursday evening in a Los Angeles hospital after a heart attack, her agent "
     "said.",
     "She died in a Los Angeles hospital after a heart attack, her agent said.",
     "“She died in a Los Angeles hospital after"),
])
def test_the_note_quotes_the_sentence_that_names_its_subject(outlets, first, second, quoted):
    found = statement_findings(outlets, [stated("a1", first), stated("a2", second)])
    assert len(found) == 1
    assert quoted in found[0].note


def test_a_sentence_opens_on_a_pronoun_only_as_a_whole_word():
    from crosscheck.corroborate.wording import _PRONOUNS, opens_on_one_of

    def _opens_on_pronoun(sentence):
        return opens_on_one_of(_PRONOUNS, sentence)

    assert _opens_on_pronoun("It was purchased by an Anchorage attorney.")
    assert _opens_on_pronoun("“They later apprehended the suspect,” police said.")
    assert not _opens_on_pronoun("Theresa May resigned as prime minister on Friday.")
    assert not _opens_on_pronoun("Items were sold at auction for $2 million.")
    assert not _opens_on_pronoun("Italy's government fell on Tuesday.")



def _features(**given):
    from crosscheck.corroborate.statement_pairs import LINK_FEATURES

    return [given.get(name, 0.0) for name in LINK_FEATURES]


@pytest.mark.parametrize("given, path", [
    ({"cosine": 0.79, "mutual": 1.0}, "close"),
    ({"cosine": 0.65, "words": 0.35}, "same words"),
    ({"cosine": 0.65, "words": 0.20}, ""),
    ({"cosine": 0.50, "rare": 0.25, "rare_said": 0.25, "rare_mutual": 1.0}, "rare words"),
    ({"cosine": 0.50, "rare": 0.25, "rare_said": 0.10}, ""),  # the rare words are names
    ({"cosine": 0.40, "rare": 0.60, "rare_said": 0.60}, ""),
])
def test_a_candidate_pair_links_by_the_path_its_features_reach(given, path):
    from crosscheck.corroborate.statement_pairs import link_path

    assert link_path(_features(**given))[0] == path


# A possessive points to an earlier sentence as a pronoun does (heldout19: "His
# advisers, though, had so far persuaded him…" beside "Trump said he had told
# his advisers…"); a name's possessive ("Trump's") does not.
@pytest.mark.parametrize("first, second, quoted", [
    ("His agent said the pin-up model of the 1950s had died in Los Angeles at the age of 85.",
     "Bettie Page, the pin-up model of the 1950s, has died in Los Angeles at the age of 85, "
     "her agent said.",
     "“Bettie Page, the pin-up model"),
    # must not: a sentence opening on a name's possessive names its subject
    ("Page's agent said the pin-up model had died in Los Angeles at the age of 85.",
     "Bettie Page, the pin-up model of the 1950s, has died in Los Angeles at the age of 85, "
     "her agent said.",
     "“Page's agent said"),
])
def test_a_sentence_opening_on_a_possessive_gives_way_to_one_naming_its_subject(
        outlets, first, second, quoted):
    found = statement_findings(outlets, [stated("a1", first), stated("a2", second)])
    assert len(found) == 1
    assert quoted in found[0].note


def test_a_statement_note_shows_no_lone_quotation_mark(outlets):
    first = 'Gary Ross has not departed "The Hunger Games.'
    second = 'Director Gary Ross has not departed "The Hunger Games, his agent said.'
    found = statement_findings(outlets, [stated("a1", first), stated("a2", second)])
    assert len(found) == 1
    assert '“Gary Ross has not departed "The Hunger Games."”' in found[0].note


def test_a_headline_in_capitals_gives_way_to_a_sentence_of_the_story(outlets):
    # heldout20: "TRUMP ANNOUNCES BAN ON TRANSGENDER INDIVIDUALS SERVING IN THE MILITARY"
    headline = "MAYOR ANNOUNCES FLOOD PLAN FOR THE RIVER DISTRICT"
    sentence = "The mayor announced a flood plan for the river district on Tuesday."
    found = statement_findings(outlets, [stated("a1", headline), stated("a2", sentence)])
    assert len(found) == 1
    assert "“The mayor announced a flood plan" in found[0].note


@pytest.mark.parametrize("text, capitals", [
    ("MAYOR ANNOUNCES FLOOD PLAN FOR THE RIVER DISTRICT", True),
    # must not: a sentence of acronyms and names is no headline
    ("NATO and the EU met WHO officials in Geneva on Tuesday.", False),
    # must not: one acronym alone is no headline
    ("NASA.", False),
])
def test_a_line_in_capitals_is_told_from_a_sentence_with_acronyms(text, capitals):
    from crosscheck.corroborate.statements import in_capitals

    assert in_capitals(text) is capitals


# -- the shared-run path ----------------------------------------------------------

_CLAUSE = ("Markets rallied after Beijing said it would resume purchases of soybeans, a day after "
           "a meeting with Donald Trump, who agreed to postpone a planned tariff hike on Chinese goods.")
_ALONE = "President Donald Trump agreed to postpone a planned tariff hike, the White House said."


def test_a_fact_told_in_a_clause_shares_a_run_of_words_with_it_told_alone():
    from crosscheck.corroborate.statement_pairs import word_runs

    assert word_runs(_CLAUSE) & word_runs(_ALONE)
    # Must reject: a run of names, a day and words of saying is shared by
    # any two reports of one person's remarks.
    assert not (word_runs("President Donald Trump said on Tuesday that the wall would be built.")
                & word_runs("President Donald Trump said on Tuesday that he would veto the bill."))


def _pair(cosine):
    from crosscheck.corroborate.statement_pairs import LINK_FEATURES

    features = [0.0] * len(LINK_FEATURES)
    features[LINK_FEATURES.index("cosine")] = cosine
    return features


def test_the_shared_run_path_links_from_its_cosine_and_its_own_best_match():
    from crosscheck.corroborate.statement_pairs import shared_runs

    statements = [stated("a1", _CLAUSE), stated("a2", _ALONE),
                  stated("a2", "Trump agreed to postpone a planned tariff hike on Chinese goods "
                               "after the meeting, officials said.")]
    linked = shared_runs(statements, [(0, 1, _pair(0.55)), (0, 2, _pair(0.6))], [True, True])
    # Both share runs with the clause; the second sentence shares more, so
    # only it is the clause's best match on this path.
    assert linked == {frozenset((0, 1)): False, frozenset((0, 2)): True}
    # Must reject: a pair under the path's cosine, and a pair a path or rule
    # already decides (not left to this one).
    assert shared_runs(statements, [(0, 1, _pair(0.45))], [True]) == {}
    assert shared_runs(statements, [(0, 1, _pair(0.9))], [False]) == {}
