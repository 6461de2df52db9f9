"""Roles across articles over time: a title held at one time and called
former at another, said by the days of the articles that give each
(corroborate/role_times.py)."""

import pytest

from crosscheck.corroborate import corroborate

from corroborate_builders import Role, claim, roles_in as _roles


def test_former_and_held_say_the_days_that_decide():
    """Issue 12: "former" and the title held now are set against each other by
    the days their articles speak of, and the note says which days."""
    from corroborate_builders import article

    trump = [claim("a1", "President Donald Trump spoke on Friday.", role=Role("Donald Trump", "President", False)),
             claim("a2", "Former President Donald Trump spoke on Friday.",
                   role=Role("Donald Trump", "President", True))]
    apart = [article(1, "Valley Courier", "2020-05-01"), article(2, "Lowveld Mirror", "2025-03-12")]
    [finding] = _roles(corroborate(apart, trump))
    assert finding.status == "compatible"
    assert "called former on 2025-03-12, held on 2020-05-01" in finding.note
    same = [article(1, "Valley Courier", "2025-03-12"), article(2, "Lowveld Mirror", "2025-03-12")]
    [finding] = _roles(corroborate(same, trump))
    assert finding.status == "conflict" and "articles of the same days, 2025-03-12" in finding.note
    undated = [article(1, "Valley Courier", None), article(2, "Lowveld Mirror", "2025-03-12")]
    [finding] = _roles(corroborate(undated, trump))
    assert finding.status == "compatible" and "called former on" not in finding.note


def test_days_that_do_not_tell_former_from_held_are_not_said(outlets):
    """A membership title beside "former" in articles of one day: compatible,
    and the note names no days, which would explain nothing."""
    claims = [claim("a1", "Jeffrey Clark, a former Justice Department official, spoke.",
                    role=Role("Jeffrey Clark", "Justice Department official", True)),
              claim("a2", "Official Jeffrey Clark spoke.", role=Role("Jeffrey Clark", "Official", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "(a title held before and one held now)" in finding.note
    # must not: held now only in lower case, a description: no title changed
    claims[1] = claim("a2", "Jeffrey Clark, an official, spoke.", role=Role("Jeffrey Clark", "official", False))
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree" and "held now" not in finding.note


def test_then_and_former_are_both_true_not_the_same(outlets):
    """Issue 12 (dev3): "then-President" says the time told, "former" says now."""
    then = claim("a1", "The letter was sent to then-President Donald Trump in 2020.",
                 role=Role("Donald Trump", "President", True))
    former = claim("a2", "The letter reached former President Donald Trump.",
                   role=Role("Donald Trump", "President", True))
    [finding] = _roles(corroborate(outlets, [then, former]))
    assert finding.status == "compatible" and "former former" not in finding.note
    # must not: "former" in both is one statement
    again = claim("a1", "Former President Donald Trump spoke.", role=Role("Donald Trump", "President", True))
    [finding] = _roles(corroborate(outlets, [again, former]))
    assert finding.status == "agree"


def test_a_title_held_then_is_said_so_beside_former(outlets):
    then = claim("a1", "The letter was sent to then-President Donald Trump in 2020.",
                 role=Role("Donald Trump", "President", True))
    former = claim("a2", "The letter reached former President Donald Trump.",
                   role=Role("Donald Trump", "President", True))
    [finding] = _roles(corroborate(outlets, [then, former]))
    assert "Donald Trump was President at the time" in finding.note
    assert "Donald Trump is former President" in finding.note


def test_a_lower_case_title_held_and_called_former_is_no_conflict(outlets):
    """dev3: "his former chief-of-staff Mark Meadows" and, in narrative of the
    past, "Trump's chief of staff Mark Meadows": descriptions, not offices,
    one fact said twice (fact gold: agree), no title changed."""
    claims = [claim("a1", "Emails from his former chief-of-staff Mark Meadows were released.",
                    role=Role("Mark Meadows", "chief-of-staff", True)),
              claim("a2", "Trump’s chief of staff Mark Meadows sent the emails.",
                    role=Role("Mark Meadows", "chief of staff", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "agree" and "different times" not in finding.note
    # must not: an office written as one, called former and held now the same day, conflicts
    offices = [claim("a1", "Former Chief of Staff Mark Meadows spoke.", role=Role("Mark Meadows", "Chief of Staff", True)),
               claim("a2", "Chief of Staff Mark Meadows spoke.", role=Role("Mark Meadows", "Chief of Staff", False))]
    [finding] = _roles(corroborate(outlets, offices))
    assert finding.status == "conflict"


def test_a_former_title_beside_the_next_post_and_the_old_title_elsewhere_are_two_times(outlets):
    """Fact gold dev: "Claudia Sahm, a senior fellow at the Jain Family Institute
    and a former Federal Reserve economist" beside "as an economist at the Fed":
    she moved on, both true at different times (compatible)."""
    claims = [claim("a1", "Claudia Sahm, a senior fellow at the Institute and a former Federal Reserve economist, said so.",
                    role=Role("Claudia Sahm", "Federal Reserve economist", True)),
              claim("a1", "Claudia Sahm, a senior fellow at the Institute and a former Federal Reserve economist, said so.",
                    role=Role("Claudia Sahm", "senior fellow at the Institute", False)),
              claim("a2", "Claudia Sahm, who as an economist at the Fed wrote the rule, said so.",
                    role=Role("Claudia Sahm", "economist at the Fed", False))]
    [finding] = _roles(corroborate(outlets, claims))
    assert finding.status == "compatible" and "different times" in finding.note
    # must not: without the next post, "former" beside the title in narrative is one fact
    [finding] = _roles(corroborate(outlets, [claims[0], claims[2]]))
    assert finding.status == "agree"


def test_a_title_held_now_only_in_quoted_words_or_beside_former_is_no_dispute(outlets):
    """dev6: "President Obama" in Trump's tweet as an article quotes it, and
    in an article that itself calls him former, beside another's "former"."""
    former = claim("a2", "On Sunday he blamed his predecessor, former President Obama.",
                   role=Role("Barack Obama", "President", True))
    quoted = claim("a1", "Trump tweeted: “If President Obama had crossed his stated Red Line, the "
                         "disaster would have ended long ago!”",
                   role=Role("Barack Obama", "President", False))
    [finding] = _roles(corroborate(outlets, [quoted, former]))
    assert finding.status != "conflict"
    own_former = claim("a1", "He has criticized former President Barack Obama over the red line.",
                       role=Role("Barack Obama", "President", True))
    unquoted = claim("a1", "President Obama had set a red line in 2012.",
                     role=Role("Barack Obama", "President", False))
    [finding] = _roles(corroborate(outlets, [own_former, unquoted, former]))
    assert finding.status != "conflict"
    # must reject: the article's own word, with no "former" of its own, disputes the other's
    [finding] = _roles(corroborate(outlets, [unquoted, former]))
    assert finding.status == "conflict"


def test_a_title_the_article_gives_someone_else_now_is_no_dispute_of_former(outlets):
    """dev6: "than Speaker John A. Boehner's top-down approach" in an article
    whose House Speaker is Paul D. Ryan, beside another's "former Speaker"."""
    then = claim("a1", "Ryan promised more input than Speaker John A. Boehner’s top-down approach.",
                 role=Role("John A. Boehner", "Speaker", False))
    now = claim("a1", "House Speaker Paul D. Ryan said Wednesday that he will retire.",
                role=Role("Paul D. Ryan", "House Speaker", False))
    former = claim("a2", "Ryan became Speaker in 2015 after former Speaker John Boehner left.",
                   role=Role("John Boehner", "Speaker", True))
    [boehner] = [f for f in _roles(corroborate(outlets, [then, now, former])) if "Boehner" in f.topic]
    assert boehner.status != "conflict"
    # must reject: with no one else holding the office in that article, it disputes "former"
    [boehner] = [f for f in _roles(corroborate(outlets, [then, former])) if "Boehner" in f.topic]
    assert boehner.status == "conflict"


# -- an epithet whose place picks its referent out; an article's inferred day (corroborate.v81)


@pytest.mark.parametrize("inferred, status", [("2025-03-12", "conflict"), ("2024-01-05", "compatible")])


def test_an_undated_article_is_dated_by_its_inferred_day(inferred, status):
    from dataclasses import replace

    from corroborate_builders import article

    undated = replace(article(2, "Valley Courier", published=None), published_inferred=inferred)
    claims = [claim("a1", "Mines Minister Adaeze Korrin arrived.",
                    role=Role("Adaeze Korrin", "Mines Minister", False)),
              claim("a2", "Former Mines Minister Adaeze Korrin arrived.",
                    role=Role("Adaeze Korrin", "Mines Minister", True))]
    [finding] = _roles(corroborate([article(1, "Kestrel Herald"), undated], claims))
    assert finding.status == status


@pytest.mark.parametrize("sentence, former", [
    # claims stored before roles.v25 (heldout26's note said "is Mayor")
    ("The top target is former South Bend, Ind., Mayor Pete Buttigieg.", True),
    ("Sanders and former South Bend, Indiana Mayor Pete Buttigieg lead in New Hampshire.", True),
    ("Vermont Sen. Bernie Sanders and former South Bend, Indiana, Mayor Pete Buttigieg , both drawing crowds.",
     True),
    # must not: a sitting mayor, and another person's "former" before the place
    ("South Bend, Indiana, Mayor Pete Buttigieg spoke on Tuesday.", False),
    ("Former President Obama, Indiana Mayor Pete Buttigieg and others spoke.", False),
    ("The debate pitted former Vice President Joe Biden against South Bend, Indiana, Mayor Pete Buttigieg.",
     False),
])
def test_former_before_a_place_with_commas_is_read_from_the_sentence(sentence, former):
    from crosscheck.corroborate.role_times import is_former

    mayor = claim("a1", sentence, role=Role("Pete Buttigieg", "Mayor", False))
    assert is_former(mayor) is former


def test_a_former_mayor_is_never_reported_as_held_now(outlets):
    """Three outlets all write "former South Bend, … Mayor": the note says former."""
    claims = [claim(f"a{i}", s, role=Role("Pete Buttigieg", "Mayor", False)) for i, s in enumerate([
        "The top target is former South Bend, Ind., Mayor Pete Buttigieg.",
        "Polls showed Sanders and former South Bend, Indiana Mayor Pete Buttigieg as the favorites.",
        "Vermont Sen. Bernie Sanders and former South Bend, Indiana, Mayor Pete Buttigieg , both drawing crowds.",
    ], 1)]
    [finding] = _roles(corroborate(outlets, claims))
    assert "former Mayor" in finding.note and "is Mayor" not in finding.note
