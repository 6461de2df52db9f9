"""An article's lead telling with no day what another article dates
(corroborate/event_links.lead_tells), on sentences of the fact gold's stories."""

from dataclasses import replace

from corroborate_builders import Event, article, claim

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.common import Context
from crosscheck.corroborate.event_links import happening_verbs, lead_tells, opens_its_article

# AllSides dev (Ida's remnants over New York, September 2021): one outlet
# dates the flood to Thursday deep in a long sentence, another opens on it
# with no day; both tell what the remnants of Ida brought.
DATED = claim("a1", "The New York area awoke to a flood-ravaged and largely paralyzed landscape "
                    "on Thursday, after record-shattering rains brought by the remnants of "
                    "Hurricane Ida left a trail of death and damage across several states, shut "
                    "down transit and exposed anew the region's vulnerability.",
              event=Event(text="area awoke", date="2021-09-02", date_text="Thursday",
                          tense="past"))
LEAD = ("Flooding killed at least nine people, swept away cars, submerged subway lines and "
        "grounded flights in New York and New Jersey as the remnants of Hurricane Ida brought "
        "torrential rains to the area.")
LATER = ("Officials said the storm brought more rain to the region than any since records "
         "began, and that crews worked through the night.")
TEXT = LEAD + "\n\n" + LATER


def undated(article_id, sentence, text):
    at = text.index(sentence)
    c = claim(article_id, sentence, event=Event(text="", date=None, date_text="", tense="past"))
    return replace(c, span=(at, at + len(sentence)))


def context(text):
    return Context.of([article(1, "Kestrel Herald"),
                       replace(article(2, "Valley Courier"), text=text)], None)


def test_happening_verbs_leave_out_saying_and_light_verbs():
    assert happening_verbs("Gov. Mike DeWine signed the bill on Tuesday, aides said.") \
        == {"sign"}
    assert happening_verbs("The White House said it would make an announcement.") == set()


def test_the_first_sentence_opens_its_article_and_a_later_one_does_not():
    ctx = context(TEXT)
    assert opens_its_article(ctx, undated("a2", LEAD, TEXT))
    assert not opens_its_article(ctx, undated("a2", LATER, TEXT))
    # An article whose text is not at hand (a1 here) says nothing of where it stands.
    assert not opens_its_article(ctx, DATED)


def test_a_lead_doing_what_the_dated_sentence_does_tells_it():
    ctx = context(TEXT)
    assert lead_tells(ctx, undated("a2", LEAD, TEXT), DATED)
    # The same verb further down the article is its background, not its news.
    assert not lead_tells(ctx, undated("a2", LATER, TEXT), DATED)


def test_a_lead_doing_something_else_does_not_tell_it():
    # tests/test_brief.py's look-alike: both articles open on Newsom and the
    # recall, one on what he did on Sunday, the other on where he stands.
    urged = claim("a1", "In a blitz of TV ads and a last-minute rally, California Gov. Gavin "
                        "Newsom urged voters on Sunday to turn back a looming recall vote that "
                        "could remove him from office.",
                  event=Event(text="Newsom urged", date="2021-09-12", date_text="Sunday",
                              tense="past"))
    heads = ("California Gov. Gavin Newsom heads into the recall with the wind at his back after "
             "the last polls of the race show voters want to keep him in the job.")
    assert not lead_tells(context(heads), undated("a2", heads, heads), urged)


def test_the_lead_is_one_finding_with_the_dated_event_and_the_later_sentence_is_not():
    outlets = list(context(TEXT).articles.values())
    lead, later = undated("a2", LEAD, TEXT), undated("a2", LATER, TEXT)
    found = [f for f in corroborate(outlets, [DATED, lead, later]) if f.kind == "event"]
    joined = [f for f in found if DATED.id in f.claims]
    assert len(joined) == 1 and lead.id in joined[0].claims and later.id not in joined[0].claims
    assert joined[0].status == "agree"


def test_a_statement_sharing_a_run_of_words_with_a_dated_event_links_from_the_models_link(
        monkeypatch):
    """Below the statement bar, a sentence that keeps a run of the dated
    sentence's words as written tells its happening ("… who agreed to
    postpone a planned tariff hike" / "… agreed on Saturday to postpone a
    planned tariff hike"). Must reject: a statement on the same meeting in
    other words, at the same probability."""
    import numpy as np

    from crosscheck.corroborate import align
    from crosscheck.corroborate.events import scored_pairs

    dated = claim("a1", "President Donald Trump agreed on Saturday to postpone a planned tariff "
                        "hike after a dinner with Xi Jinping in Buenos Aires.",
                  event=Event(text="agreed to postpone", date="2018-12-01", date_text="Saturday",
                              tense="past"))
    kept = ("Markets rallied on the news from the dinner in Buenos Aires, where the president "
            "agreed to postpone a planned tariff hike on Chinese goods.")
    other = ("Markets rallied on the news from the dinner in Buenos Aires, where the president "
             "held off on raising duties on Chinese goods.")
    model = {**align.load_model("event"), "threshold": 0.25}
    monkeypatch.setattr(align, "probabilities", lambda model, rows: np.full(len(rows), 0.3))
    for sentence, linked in ((kept, True), (other, False)):
        # further down its article: no lead (lead_tells) links it
        text = "Stocks opened higher in Asia on Monday.\n\n" + sentence
        events = [dated, undated("a2", sentence, text)]
        (_, _, q, score), = scored_pairs(context(text), events, model)
        assert q == 0.3 and (score == 0.3) is linked
