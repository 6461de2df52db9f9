"""Two events of one day told in many of the same words, with a verb of a
happening in common, are one event though their sentences read apart
(corroborate/event_links.SAME_WORDS_SHARED), on sentences of the fact gold's
stories, read by the claims stage."""

from crosscheck.claims import extract_claims_batch
from crosscheck.corroborate import corroborate
from crosscheck.models import Article


def findings_of(texts, published):
    articles = [Article(id=f"a{n}", origin=f"{n}.txt", title=None, published=published,
                        text=text, outlet=outlet)
                for n, (outlet, text) in enumerate(texts.items(), 1)]
    claims = [c for found in extract_claims_batch(articles) for c in found]
    return claims, corroborate(articles, claims)


def together(claims, findings, one, other):
    """Whether the dated events of the sentences holding ``one`` and ``other`` share a finding."""
    ids = [{c.id for c in claims if c.kind == "event" and not c.event.statement
            and c.event.date and words in c.sentence} for words in (one, other)]
    assert ids[0] and ids[1], [(c.sentence, c.event) for c in claims if c.kind == "event"]
    return any(set(f.claims) & ids[0] and set(f.claims) & ids[1] for f in findings)


# AllSides dev (the Kabul drone strike, September 2021): one outlet tells the
# admission as what officials acknowledged, another as what the investigation
# determined, in a long sentence of its own; that outlet tells another
# happening of Friday, so its sentence is not alone on its day.
ADMISSION = {
    "Kestrel Herald": "Top officials acknowledged the error on Friday, saying the strike killed "
                      "three adults and seven children and not ISIS-K terrorists as originally "
                      "reported.",
    "Valley Courier": "An investigation by U.S. Central Command has determined that an Aug. 29 "
                      "drone strike in Kabul killed an innocent aid worker and nine members of his "
                      "family, not a member of the ISIS-K terrorist group, a top general announced "
                      "Friday. Relatives of the family buried the last of the children on Friday.",
}


def test_two_sentences_of_one_day_sharing_many_words_are_one_event():
    claims, findings = findings_of(ADMISSION, "2021-09-17")
    assert together(claims, findings, "acknowledged the error on Friday",
                    "a top general announced Friday")


# Two steps of one case on one day, told in many of the same words (ECB+,
# Staunton): the arrest and the court date. The model scores them as one
# (0.99); they share no verb of a happening.
CASE = {
    "Kestrel Herald": "Staunton police on Friday arrested a former co-worker of the two women "
                      "killed in the 1967 slayings at a Staunton department store. Police said on "
                      "Friday the woman was terminally ill.",
    "Valley Courier": "A judge on Friday set a court date for the former co-worker charged in the "
                      "1967 slayings of two women at a Staunton department store. Her lawyer told "
                      "reporters on Friday she would plead not guilty.",
}


def test_two_steps_of_one_case_sharing_words_stay_apart():
    claims, findings = findings_of(CASE, "2008-12-06")
    assert not together(claims, findings, "police on Friday arrested", "judge on Friday set")
