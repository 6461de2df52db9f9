"""A number that counts the people a report rests on is no figure of the
story (claims/figure_refusals.counts_the_sources, figures.v26)."""

import pytest

from crosscheck.claims.figures import extract_figures


def values(nlp, text):
    return [f.value for f in extract_figures(nlp(text)[:])]


@pytest.mark.parametrize("text", [
    # read in Baly articles and the notes gold (heldout19, heldout20)
    "The president was furious, according to three people familiar with the meeting.",
    "Mr. Pence’s aides have been less restrained, according to two people briefed on the calls.",
    "The administration has pursued talks, according to two U.S. officials familiar with the matter.",
    "Two sources with knowledge of the probe told the newspaper that a subpoena was issued.",
    "The Times interviewed five anonymous sources for the story, which ran on Sunday.",
])
def test_the_report_s_sources_are_no_figure(nlp, text):
    assert values(nlp, text) == []


@pytest.mark.parametrize("text, value", [
    # Must keep: people the story tells of, even beside a source
    ("Three people were killed in the blast on Sunday, police said.", 3),
    ("According to police, two people were wounded in the attack on Sunday.", 2),
    ("Two officials were fired after the audit found the missing funds.", 2),
    ("The city has two sources of revenue left after the plant closed.", 2),
    ("Two senior officials who spoke on condition of anonymity said 300 troops would go.", 300),
])
def test_people_the_story_tells_of_stay_figures(nlp, text, value):
    assert value in values(nlp, text)
