"""The sources a note cites (corroborate/common.who and cited_in): only a
source the sentence cites for the number or words shown, written as the
sentence writes it, each rule with an input it must leave alone."""

import pytest


def test_a_cited_source_does_not_keep_the_capital_of_the_sentence_it_opened():
    from crosscheck.corroborate.common import Context, who
    from crosscheck.models import Article, Claim

    ctx = Context.of([Article(id="a1", origin="https://example.org/x", title=None,
                              published=None, text="", outlet="Daily Wire")], None)

    def cited(attribution: str, sentence: str) -> str:
        return who(ctx, Claim(id="c1", article="a1", kind="figure", sentence=sentence,
                              span=(0, len(sentence)), attribution=attribution))

    assert cited("Sources", "Sources say the director, 55, wants a raise.") == \
        "Daily Wire (citing sources)"
    # must not: a name keeps its capital
    assert cited("Reuters", "Reuters reported 12 deaths.") == "Daily Wire (citing Reuters)"


@pytest.mark.parametrize("source, sentence, cited", [
    # the subject of a verb of saying, before or after what it says
    ("the Commerce Department", "Retail sales rose 0.7% in May, the Commerce Department said "
     "on Tuesday.", True),
    ("US and Canadian officials", "About 300 travellers are expected to leave on Friday, US and "
     "Canadian officials said.", True),
    ("the ministry’s statistics office", "Exports fell 4% in the quarter, according to the "
     "ministry’s statistics office.", True),
    ("The agency", "The agency released its annual report on Monday and estimated there were "
     "1,200 more arrests than a year before.", True),
    ("Maria Lopez", "The union's president, Maria Lopez, announced that 4,000 members would "
     "strike.", True),
    ("She", "She said 40 people had been hurt.", True),  # not written as given: left to the reader
    # the subject of a verb of placing that sets an amount's level gives it as its count
    ("Carrow Hill Resources", "Carrow Hill Resources, which operates the mine, puts the figure "
     "at 12.", True),
    ("the union", "The company says 12 remain trapped; the union puts the number at 13.", True),
    # must not: a verb of placing that sets no amount ("at" a place and a time)
    ("Police", "Police put the suspect at the scene at 10 p.m., a court heard.", False),
    # must not: the subject of what the sentence reports, a heading, a word of a name
    ("The state economy", "The state economy added 12,000 jobs in March, the labor office "
     "reported Friday.", False),
    ("Britain", "Since January, Britain has added back 300,000 jobs.", False),
    ("The big picture", "The big picture: Orange County reported Monday that 900 pupils were "
     "isolating at home.", False),
    ("Project", "Critics attacked the 1776 Project claims that the union was founded on "
     "liberty.", False),
    ("more migrants", "Agents stopped 5,000 migrants in May as the government weighs letting "
     "more migrants claim asylum.", False),
])


def test_a_note_cites_only_a_source_the_sentence_cites(source, sentence, cited):
    from crosscheck.corroborate.common import cited_in

    assert cited_in(source, sentence) is cited


def test_a_cited_possessive_keeps_its_article():
    from crosscheck.corroborate.common import Context, who
    from crosscheck.models import Article, Claim

    ctx = Context.of([Article(id="a1", origin="https://example.org/x", title=None,
                              published=None, text="", outlet="Daily Wire")], None)
    s = "Exports fell 4% in the quarter, according to the ministry’s statistics office."
    assert who(ctx, Claim(id="c1", article="a1", kind="figure", sentence=s, span=(0, len(s)),
                          attribution="ministry’s statistics office")) == \
        "Daily Wire (citing the ministry’s statistics office)"
    # must not: a possessive the sentence writes without an article
    s = "Exports fell 4% in the quarter, according to Spain’s statistics office."
    assert who(ctx, Claim(id="c1", article="a1", kind="figure", sentence=s, span=(0, len(s)),
                          attribution="Spain’s statistics office")) == \
        "Daily Wire (citing Spain’s statistics office)"


def test_a_source_cut_from_its_description_names_no_one():
    from crosscheck.corroborate.common import cut_from_its_phrase
    said = "The New York Democrat said the $3.5 trillion package would pass the Senate this fall."
    assert cut_from_its_phrase("Democrat", said)
    # must not: a word that is the whole source as written
    assert not cut_from_its_phrase("Democrats", "Democrats said the package would pass this fall.")
    assert not cut_from_its_phrase("Reuters", "Reuters reported the $1 trillion deal on Friday.")
    assert not cut_from_its_phrase("Biden", "President Biden said the plan would halve emissions by 2030.")
    assert not cut_from_its_phrase("Haugen", "The 37-year-old Haugen wrote on her website that she left.")
    assert not cut_from_its_phrase("Klitschko", "The champion Klitschko said he was satisfied.")
    assert not cut_from_its_phrase("Haugen", "The 37-year-old Haugen wrote on her website that she left.")
    assert not cut_from_its_phrase("Klitschko", "The champion Klitschko said he was satisfied.")


def test_a_source_cut_at_an_abbreviation_s_period_names_no_one():
    from crosscheck.corroborate.common import cut_at_an_abbreviation
    assert cut_at_an_abbreviation("Juror No", "“We were all respectful,” said Juror No. 8, one of "
                                  "six women on the panel.")
    assert cut_at_an_abbreviation("Lt", "The road stays closed, said Lt. Gregg Hastings of the "
                                  "state police.")
    # must not: a source before the sentence's full stop, or before another
    # sentence the splitter ran into this one
    assert not cut_at_an_abbreviation("the union", "Talks broke down on Friday, said the union.")
    assert not cut_at_an_abbreviation("the union", "Talks broke down, said the union. Talks "
                                      "resume Monday.")


@pytest.mark.parametrize("source, sentence, value, says", [
    # heldout11: the number stands outside what the source says
    ("Democrats", "With Biden preparing to rally support for his ideas — including some $3.5 "
     "trillion in a follow up bill — restless Democrats say it’s time to start.", 3.5e12, False),
    ("Sara Sadeqi", "My husband rushed off to one of the villages, \" said Sara Sadeqi, 22, a "
     "homemaker in Qeshm City.", 22, False),
    ("officials", "As many as 30 volunteer firefighters arrived at the church, and officials said "
     "Saturday they were treating the fire as a possible arson.", 30, False),
    # must not: the number in the reported clause, the verb's object, or what goes on after it
    ("the Bureau of Labor Statistics", "The unemployment rate declined to 4.8% in September, the "
     "Bureau of Labor Statistics said Friday, down from 5.2% in August.", 5.2, True),
    ("The new study", "The new study also confirmed two doses of vaccine still offer the best "
     "protection against the variant.", 2, True),
    ("the union", "Thirteen miners are still trapped, the union said.", 13, True),
    ("the county", "According to the county, 40 homes were destroyed.", 40, True),
])


def test_a_source_is_cited_for_a_number_it_says(source, sentence, value, says):
    from crosscheck.corroborate.common import says_the_number
    from corroborate_builders import claim, fig

    unit = "percent" if "%" in sentence else "USD" if "$" in sentence else None
    mentioned = claim("a1", sentence, figure=fig("thing", value, unit=unit), attribution=source)
    assert says_the_number(source, mentioned) is says
