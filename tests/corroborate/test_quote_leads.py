"""A quote the sentence weaves in mid-clause is shown after the clause's
subject (corroborate/quote_leads.py); a subject that points back, or a quote
that opens its own clause, is left as it is."""

import pytest

from crosscheck.corroborate.quote_leads import lead_in

LEADS = [
    # heldout14, heldout18: the quote opens on the verb of a subject before it
    ("brought the epidemic to Wuhan.",
     "Zhao Lijian wrote last month that the U.S. Army might have “brought the epidemic to Wuhan.”",
     "The U.S. Army might have"),
    ("has committed to protecting civilians",
     "Turkey “has committed to protecting civilians,” Trump said.", "Turkey"),
    ("felt it appropriate to focus on the most dangerous perpetrator.",
     "Freeman said more charges were possible, but authorities “felt it appropriate to focus on "
     "the most dangerous perpetrator.”", "Authorities"),
    # heldout14: the parse read the quote's verb as a plural noun whose subject is named
    ("fires people for telling the truth.",
     "And Senate Democratic leader Chuck Schumer said Trump “fires people for telling the truth.”",
     "Trump"),
    # heldout20: a subject the parse split inside 'vice-president', with a name beside it
    ("not be welcome in Palestinian Territories",
     "The Palestinian Authority announced that the US vice-president, Mike Pence, would “not be "
     "welcome in Palestinian Territories” when he travels to the region later this month.",
     "The US vice-president, Mike Pence, would"),
    # heldout17, heldout5: the quote opens on what a verb right before its mark
    # takes, an object, or a phrase after "be": shown after that verb's subject,
    # shared by a verb joined to it by "and"
    ("health-related issues that played a role",
     "At the White House earlier Monday, Carney said Bryson has \"health-related issues that "
     "played a role\" in the weekend incident.", "Bryson has"),
    (" out of the Mark Teixeira derby.",
     "Team spokesman Tim Mead confirmed Sunday the Angels have withdrawn their offer and are “ out "
     "of the Mark Teixeira derby.”", "The Angels have withdrawn their offer and are"),
    # must not: a quote opening on a preposition's object, not on what the verb takes
    ("a victory for election integrity and a defeat for those who use the federal courts.",
     "Ohio Secretary of State Jon Husted hailed the ruling as \"a victory for election integrity "
     "and a defeat for those who use the federal courts.\"", ""),
    # must not: a verb further back than two words before the mark
    ("health-related issues that played a role",
     "Carney said Bryson has since that time \"health-related issues that played a role\" in the "
     "weekend incident.", ""),
    # must not: a quote opening on a plural noun that is no verb of a subject
    ("sweeping reforms of the police,", "The mayor called for “sweeping reforms of the police,” "
     "Lopez said.", ""),
    # must not: a pronoun or a pointing subject shows what the note does not
    ("cannot and will not support",
     "Kirk told CNN that he “cannot and will not support” Trump.", ""),
    ("was not a subject of the investigation,",
     "That official “was not a subject of the investigation,” the report noted.", ""),
    # must not: a common noun the sentence made definite points back
    ("protect a narrow class of objectors.",
     "The department has argued that the new rules “protect a narrow class of objectors.”", ""),
    # must not: a singular noun whose determiner the parse lost ('that revelation')
    ("confirms that the tip line was a departure from past practice",
     "The lawmakers wrote that revelation “confirms that the tip line was a departure from past "
     "practice.”", ""),
    # must not: a quote opening on a capital, or on no verb
    ("We will not back down.", "Lopez said: “We will not back down.”", ""),
    ("a massive budget request for our beloved military.",
     "He said he is preparing “a massive budget request for our beloved military.”", ""),
]


@pytest.mark.parametrize("quote,sentence,lead", LEADS)
def test_the_lead_into_a_quote_is_its_clause_s_named_subject(quote, sentence, lead):
    assert lead_in(quote, sentence) == lead


def test_a_quote_note_shows_its_lead():
    from corroborate_builders import claim

    from crosscheck.corroborate.render import NoteParts, Source, render_finding
    from crosscheck.models import Quote

    c = claim("a1", "Analysts say Turkey “has committed to protecting civilians and keeping "
              "the border open,” Korrin said.",
              quote=Quote("Korrin", "has committed to protecting civilians and keeping the "
                                    "border open,"))
    parts = NoteParts("quote", (c,), (Source("a1", "test", "Kestrel Herald", "2025-03-11", "a1"),))
    assert render_finding(parts).note.startswith("Turkey “has committed to protecting civilians")


def test_a_quote_note_takes_its_lead_from_the_first_sentence_that_gives_one():
    """The first mention's subject stands too far back ('Trump, who was at
    his Palm Beach estate Wednesday for the Thanksgiving holiday, called
    DeVos “a brilliant …”'): another outlet's sentence of the same words
    gives the lead (notes gold, heldout25: the bare phrase said not whom)."""
    from corroborate_builders import claim

    from crosscheck.corroborate.render import NoteParts, Source, render_finding
    from crosscheck.models import Quote

    words = "a brilliant and passionate education advocate."
    far = claim("a1", "Trump, who was at his Palm Beach estate Wednesday for the Thanksgiving "
                f"holiday, called DeVos “{words}”", quote=Quote("Donald Trump", words))
    near = claim("a2", f"Trump, in a statement, called DeVos “{words}”",
                 quote=Quote("Donald Trump", words))
    sources = (Source("a1", "test", "Kestrel Herald", "2025-03-11", "a1"),
               Source("a2", "test", "Harbor Times", "2025-03-11", "a2"))
    note = render_finding(NoteParts("quote", (far, near), sources)).note
    assert note.startswith("Trump, in a statement, called DeVos “a brilliant and passionate")
    # must not: another quote's sentence lends its lead to different words
    other = claim("a2", "Trump, in a statement, called Pence “a loyal and steady partner.”",
                  quote=Quote("Donald Trump", "a loyal and steady partner."))
    alone = render_finding(NoteParts("quote", (far, other), sources)).note
    assert alone.startswith("“a brilliant and passionate education advocate.”")


@pytest.mark.parametrize("sentence, quote, lead", [
    # heldout25: '"Tonight's victory," said Clinton, "belongs to generations of women."'
    # was shown from 'belongs…', what belongs cut
    ('"This budget," Mayor Ortiz said, "puts every dollar where the voters asked us to."',
     "puts every dollar where the voters asked us to.", "“This budget,” Mayor Ortiz said,"),
    ("“The new bridge,” the governor added on Tuesday, “will open before the winter.”",
     "will open before the winter.", "“The new bridge,” the governor added on Tuesday,"),
    # must not: a break that says nothing of who said it, a first part too long for a topic
    ('"This budget," the crowd waiting outside, "puts every dollar where it belongs."',
     "puts every dollar where it belongs.", ""),
    ('"This budget, which the council debated for nine long weeks in the spring," Ortiz said, '
     '"puts every dollar where it belongs."', "puts every dollar where it belongs.", ""),
])
def test_a_quotation_broken_by_who_said_it_is_shown_from_its_first_part(sentence, quote, lead):
    assert lead_in(quote, sentence) == lead
