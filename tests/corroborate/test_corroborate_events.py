"""Dated events across outlets (corroborate/events.py), on realistic sentences."""

from corroborate_builders import Event, claim

from crosscheck.corroborate import corroborate
from crosscheck.corroborate.event_links import alone_on_their_day


def dated(article_id, sentence, gist, date_text="Thursday", date="2021-08-19"):
    return claim(article_id, sentence, event=Event(text=gist, date=date, date_text=date_text))


# AllSides dev (the August 2021 jobless claims): two outlets tell the Labor
# Department's release of Thursday in other words; the gists ("released",
# "claims report") and the sentences (cosine 0.52) are too unlike for the word
# and sentence conditions.
RELEASED = dated("a1", "Initial filings for unemployment benefits, seen as a proxy for layoffs, "
                       "reached 348,000 last week, down 29,000 from the prior week’s revised level "
                       "of 377,000, according to data released Thursday by the Labor Department.",
                 "released")
SHOWED = dated("a2", "The weekly unemployment claims report from the Labor Department on "
                     "Thursday, the most timely data on the economy's health, also showed the "
                     "number of people on state jobless rolls dropped in early August to levels "
                     "last seen in mid-March 2020.", "claims report")


def event_findings(outlets, claims):
    return [f for f in corroborate(outlets, claims) if f.kind == "event"]


def test_the_one_event_each_article_tells_of_a_day_is_one_finding(outlets):
    found = [f for f in event_findings(outlets, [RELEASED, SHOWED]) if len(f.articles) > 1]
    assert len(found) == 1 and found[0].articles == ("a1", "a2")
    assert found[0].status == "agree"


def test_an_article_telling_several_events_of_that_day_needs_alike_words(outlets):
    # The second article tells another event of Thursday as well: which of
    # its two the first one's is, only alike words can say. Here they do:
    # the two sentences share seven content words and a verb ("seen"), the
    # rule of event_links.SAME_WORDS_SHARED (corroborate.v71); the other event of
    # the day shares none and stays apart.
    shares = dated("a2", "Shares of Kestrel Mining fell sharply in early trading in London on "
                         "Thursday.", "Shares fell")
    found = event_findings(outlets, [RELEASED, SHOWED, shares])
    assert [f.articles for f in found if RELEASED.id in f.claims] == [("a1", "a2")]
    assert all(len(f.articles) == 1 for f in found if shares.id in f.claims)
    # Without those words in common, alike words cannot say it: apart.
    plain = dated("a1", "The Labor Department released its weekly figures on Thursday.",
                  "released")
    assert all(len(f.articles) == 1 for f in event_findings(outlets, [plain, SHOWED, shares]))


def test_alone_on_their_day():
    other_day = dated("a2", "The Senate voted on Wednesday to extend the rail strike deadline.",
                      "Senate voted", "Wednesday", "2021-08-18")
    undated = dated("a3", "The mine shaft collapsed on Monday.", "shaft collapsed", "Monday", None)
    assert alone_on_their_day([RELEASED, SHOWED, other_day, undated]) == [True, True, True, False]
    second = dated("a1", "Stocks rose on Thursday after the report.", "Stocks rose")
    assert alone_on_their_day([RELEASED, second, SHOWED]) == [False, False, True]


def test_two_events_alone_on_their_day_that_share_no_words_stay_apart(outlets):
    # The sample corpus: each article's only Monday event, two happenings.
    campaign = dated("a1", "The campaign was taken off billboards and regional radio on Monday.",
                     "campaign was taken", "Monday", "2025-03-10")
    bodies = dated("a2", "At least 27 bodies had been recovered by early Monday from the Brannock "
                         "Deep gold mine in Veldmark province.", "bodies had been recovered",
                   "early Monday", "2025-03-10")
    assert all(len(f.articles) == 1 for f in event_findings(outlets, [campaign, bodies]))


# AllSides dev (the Haiti envoy's resignation): two outlets date it, one
# tells it with no day; the undated sentence is a statement, paired with the
# dated events by the event model (events.event_mentions).
PBS = dated("a1", "U.S. Special Envoy for Haiti Daniel Foote resigned Thursday, saying that he "
                  "did not want to be associated with the deportation of Haitian refugees.",
            "Envoy resigned", "Thursday", "2021-09-23")
POST = dated("a2", "The special envoy to Haiti stepped down on Thursday, blasting the Biden "
                   "administration's deportation of Haitian refugees from Del Rio, Texas.",
             "envoy stepped", "Thursday", "2021-09-23")


def statement(article_id, sentence):
    return claim(article_id, sentence, event=Event(text="", date=None, date_text="", tense="past"))


def test_event_mentions_are_dated_events_and_sentences_dated_nowhere():
    from crosscheck.corroborate.events import event_mentions

    own = statement("a1", PBS.sentence)  # the dated sentence read as a statement too
    undated = statement("a3", "The envoy has resigned, two U.S. officials said.")
    assert event_mentions([PBS, own, undated]) == [PBS, undated]


def test_an_outlet_telling_a_dated_event_with_no_day_is_paired_with_it(outlets):
    from crosscheck.corroborate.events import event_mentions, event_pairs
    from crosscheck.corroborate.common import Context

    nyt = statement("a3", "The senior American envoy for Haiti has resigned, two U.S. officials "
                          "said, protesting the deportation of Haitian refugees.")
    ctx = Context.of(outlets, None)
    mentions = event_mentions([PBS, POST, nyt])
    paired = {(i, j) for i, j, _ in event_pairs(ctx, mentions)}
    assert {(0, 2), (1, 2)} <= paired


def test_an_undated_sentence_naming_another_day_or_only_names_is_not_paired(outlets):
    from crosscheck.corroborate.events import event_mentions, event_pairs
    from crosscheck.corroborate.common import Context

    other_day = statement("a3", "The envoy for Haiti resigned on Friday over the deportation of "
                                "Haitian refugees, officials said.")
    names_only = statement("a4", "Daniel Foote and Antony Blinken spoke in Washington.")
    ctx = Context.of(outlets, None)
    mentions = event_mentions([PBS, other_day, names_only])
    assert event_pairs(ctx, mentions) == []


def test_a_choice_of_two_days_beside_one_of_them_is_compatible(outlets):
    usa = dated("a1", "Henri could slam into Long Island or southern New England late Saturday "
                      "or early Sunday as a hurricane, forecasters said.", "Henri could slam",
                "early Sunday", "2021-08-22")
    oan = dated("a2", "Henri could make landfall in Eastern Long Island as a hurricane sometime "
                      "on Sunday, forecasters said.", "Henri could make landfall", "Sunday",
                "2021-08-22")
    linked = [f for f in event_findings(outlets, [usa, oan]) if len(f.articles) > 1]
    assert [f.status for f in linked] == ["compatible"]
    one_day = dated("a1", "Henri could slam into Long Island or southern New England early "
                          "Sunday as a hurricane, forecasters said.", "Henri could slam",
                    "early Sunday", "2021-08-22")
    linked = [f for f in event_findings(outlets, [one_day, oan]) if len(f.articles) > 1]
    assert [f.status for f in linked] == ["agree"]


def test_an_article_may_tell_its_dated_event_again_with_no_day():
    from crosscheck.corroborate.events import _one_day_per_article

    lead = statement("a1", "A divided Supreme Court has ended a national moratorium on evictions "
                           "in parts of the country ravaged by the coronavirus.")
    opinion = dated("a1", "In an unsigned opinion released Thursday night, the Supreme Court's "
                          "conservative majority agreed that the federal eviction moratorium "
                          "could not stand.", "opinion released", "Thursday night", "2021-08-26")
    reuters = dated("a2", "The US Supreme Court on Thursday night struck down a federal eviction "
                          "moratorium that was recently extended by President Joe Biden.",
                    "Supreme Court struck down", "Thursday night", "2021-08-26")
    assert _one_day_per_article([lead, opinion, reuters])
    # An article that dates the happening to two days is still two findings.
    friday = dated("a1", "The justices released the order on Friday morning.", "order released",
                   "Friday morning", "2021-08-27")
    assert not _one_day_per_article([opinion, friday, reuters])
