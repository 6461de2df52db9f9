import numpy as np
import pytest

from crosscheck.group import find_links, relations_by_article, with_relations
from crosscheck.group.wire import WIRE_MIN_SHARED_NO_CREDIT, WIRE_SHARE_NO_CREDIT, WIRE_SHINGLE_WORDS
from crosscheck.group.relations import (FACT_MIN_ALIGNED, FACT_SHARE, SYNDICATED_CONTAINMENT,
                                        WORD_MIN_ALIGNED, WORD_SHARE,
                                        content_words, fact_order_score, facts, rewrite_score,
                                        shingles, split_sentences, word_order_score)

OTHER = (
    "The city council approved a new budget on Monday that raises spending on parks and "
    "libraries while freezing property taxes for a second year. The mayor called it a "
    "careful plan for uncertain times, and opposition members said it relied on optimistic "
    "forecasts of sales tax revenue. A final vote on the transport levy was put off to June."
)


def test_same_text_rewrapped_is_a_duplicate(make_article, wire_text):
    a = make_article("a1", wire_text, outlet="Daily")
    b = make_article("a2", wire_text.replace(". ", ".\n\n").upper(), outlet="Daily")
    [link] = find_links([a, b])
    assert (link.a, link.b, link.kind) == ("a1", "a2", "duplicate")
    assert 0.9 <= link.score <= 1.0


def test_trimmed_copy_under_another_outlet_is_syndicated(make_article, wire_text):
    a = make_article("a1", wire_text, outlet="Daily")
    trimmed = "(Wire) " + wire_text[: len(wire_text) * 2 // 3] + " Copyright 2024 Wire."
    b = make_article("a2", trimmed, outlet="Herald")
    [link] = find_links([a, b])
    assert link.kind == "syndicated"
    assert 0.5 <= link.score <= 1.0


def test_distinct_texts_are_not_copies(make_article, wire_text):
    assert find_links([make_article("a1", wire_text), make_article("a2", OTHER)]) == []


def test_short_texts_are_never_copies(make_article):
    teaser = "Subscribe to read the full story."
    assert find_links([make_article("a1", teaser), make_article("a2", teaser, outlet="X")]) == []


def test_relations_are_symmetric_and_deterministic(make_article, wire_text):
    arts = [make_article("b", wire_text, outlet="Y"), make_article("a", wire_text, outlet="X"),
            make_article("c", OTHER)]
    links = find_links(arts)
    assert links == find_links(list(reversed(arts)))
    rel = relations_by_article(links)
    assert rel["a"][0].article == "b" and rel["b"][0].article == "a"
    assert rel["a"][0].kind == rel["b"][0].kind == "syndicated"
    assert rel["a"][0].score == rel["b"][0].score
    updated = {a.id: a for a in with_relations(arts, links)}
    assert updated["c"].relations == ()
    assert updated["a"].relations == rel["a"]


def test_duplicate_ids_are_refused(make_article, wire_text):
    with pytest.raises(ValueError, match="share an id"):
        find_links([make_article("a", wire_text), make_article("a", OTHER)])


def _unit(rows):
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_rewrite_score_rewards_facts_in_order():
    eye = _unit(np.eye(6))
    assert rewrite_score(eye, eye) == 1.0


def test_rewrite_score_rejects_the_same_facts_shuffled():
    eye = _unit(np.eye(6))
    assert rewrite_score(eye, eye[::-1]) < 0.6


def test_rewrite_score_rejects_short_texts():
    eye = _unit(np.eye(3))
    assert rewrite_score(eye, eye) == 0.0


def test_same_wire_needs_a_shared_agency(make_article, wire_text):
    sentences = split_sentences(wire_text)
    own_a = " Our correspondent in the capital heard sirens all night near the old bridge."
    own_b = " Local farmers told this paper that their barns and tractors had been lost too."
    a_text = " ".join(sentences[:3]) + own_a * 1
    b_text = " ".join(sentences[:3]) + own_b * 1
    # Different enough overall not to be copies...
    assert len(shingles(a_text) & shingles(b_text)) / len(shingles(a_text)) < 0.9
    with_agency = [make_article("a", a_text + " " + OTHER, outlet="X", agencies=["AFP"]),
                   make_article("b", b_text + " The minister also spoke.", outlet="Y",
                                agencies=["afp"])]
    without = [make_article("a", a_text + " " + OTHER, outlet="X", agencies=["AFP"]),
               make_article("b", b_text + " The minister also spoke.", outlet="Y",
                            agencies=["Reuters"])]
    kinds = {l.kind for l in find_links(with_agency)}
    assert kinds and kinds <= {"syndicated", "same-wire"}
    assert all(l.kind != "same-wire" for l in find_links(without))


def test_same_wire_ignores_what_the_whole_story_shares(make_article, wire_text):
    """Must reject: two articles crediting AP share a passage that the third,
    crediting nobody, has too: it is the story's, not the wire's. (Each pair
    shares under half its text, so the copy step stays out of it.)"""
    common = split_sentences(wire_text)[0]
    arts = [make_article("a", common + " " + OTHER, outlet="X", agencies=["AP"]),
            make_article("b", common + " " + STORY_B, outlet="Y", agencies=["AP"]),
            make_article("c", common + " " + OWN_A, outlet="Z")]
    assert [l for l in find_links(arts) if (l.a, l.b) == ("a", "b")] == []


def test_two_texts_crediting_one_agency_sharing_only_a_quotation_are_apart(make_article):
    """Must reject: a report naming the agency ('..., Reuters reported') and
    the agency's own story share only the statement both quote; kept: the
    same two texts sharing a wire passage outside quotations too."""
    statement = ("\u201cWe will rebuild every school in the valley before the winter, and no "
                 "family will be left without a roof when the snow comes,\u201d the governor "
                 "said in a statement.")
    passage = ("Rescue teams searched through the night for survivors after the earthquake "
               "struck the mountain town of Ardenne early on Tuesday, flattening dozens of "
               "stone houses.")
    report = make_article("a", statement + " " + OWN_A + " Officials said 14 people died, "
                          "Reuters reported.", outlet="X", agencies=["Reuters"])
    agency = make_article("b", STORY_B + " " + statement + " " + OWN_B, outlet="Reuters",
                          agencies=["Reuters"])
    assert find_links([report, agency]) == []
    report2 = make_article("a", passage + " " + report.text, outlet="X", agencies=["Reuters"])
    agency2 = make_article("b", STORY_B + " " + passage + " " + agency.text, outlet="Reuters",
                           agencies=["Reuters"])
    assert [l.kind for l in find_links([report2, agency2])] == ["same-wire"]


STORY_B = (
    "Elsewhere in the region, volunteers from three villages cleared mud from the market square "
    "and the local priest opened the church hall to families whose homes were damaged. Traders "
    "said the closure of the valley road would cost them a month of sales before the harvest fair."
)


OWN_A = (
    "Our reporter in the capital spoke to engineers at the ministry, who said the national grid "
    "had held despite the shock, although two substations in the south were switched off as a "
    "precaution. Insurers expect claims to reach several million, and the finance ministry has "
    "promised an emergency fund for small businesses within a fortnight."
)
OWN_B = (
    "In the lowland suburbs, the tremor rattled windows and sent office workers into the streets "
    "for half an hour. Bus services were suspended while inspectors checked the tunnels, and the "
    "city's football match that evening was postponed at the request of the police."
)


def test_uncredited_same_wire_names_the_agency(make_article, wire_text):
    """One side credits Reuters, the other nobody: the passage they share (a
    third of each, not a copy) outside quotations makes them one source, and
    the link says whose material it is."""
    shared = " ".join(split_sentences(wire_text)[:3])
    credited = make_article("a", shared + " " + OTHER + " " + OWN_A, outlet="X",
                            agencies=["Reuters"])
    uncredited = make_article("b", STORY_B + " " + shared + " " + OWN_B, outlet="Y")
    [link] = find_links([credited, uncredited])
    assert (link.kind, link.agency) == ("same-wire", "reuters")
    assert relations_by_article([link])["b"][0].agency == "reuters"


def test_an_uncredited_copy_of_one_side_does_not_hide_the_wire(make_article, wire_text):
    """A third article that is a copy of the credited one carries the shared
    passage too; it speaks for the wire, not for the story, so the pair is
    still same-wire. (When the third article is not a copy, the passage is
    the story's: test_same_wire_ignores_what_the_whole_story_shares.)"""
    shared = " ".join(split_sentences(wire_text)[:3])
    credited_text = shared + " " + OTHER + " " + OWN_A
    credited = make_article("a", credited_text, outlet="X", agencies=["AFP"])
    uncredited = make_article("b", STORY_B + " " + shared + " " + OWN_B, outlet="Y")
    copy = make_article("c", credited_text, outlet="Z")
    links = {(l.a, l.b): l for l in find_links([credited, uncredited, copy])}
    assert links[("a", "c")].kind in {"duplicate", "syndicated"}
    assert (links[("a", "b")].kind, links[("a", "b")].agency) == ("same-wire", "afp")


def test_uncredited_pairs_sharing_long_passages_are_same_wire(make_article, wire_text):
    """Neither side credits an agency, but they carry the same three
    sentences (a run of 70 words, over a third of the shorter text) outside
    quotations: one source, with no agency to name."""
    shared = " ".join(split_sentences(wire_text)[:3])
    a = make_article("a", shared + " " + OTHER + " " + OWN_A, outlet="X")
    b = make_article("b", STORY_B + " " + shared + " " + OWN_B, outlet="Y")
    [link] = find_links([a, b])
    assert (link.kind, link.agency) == ("same-wire", None)


def test_three_uncredited_copies_of_one_text_are_all_same_wire(make_article, wire_text):
    """Three outlets carry the same three agency sentences, none credits it:
    each finds the other two in the story's rest, which must not erase what
    they share. Must reject: a fourth article of the story with its own text."""
    shared = " ".join(split_sentences(wire_text)[:3])
    arts = [make_article("a", shared + " " + OTHER + " " + OWN_A, outlet="X"),
            make_article("b", STORY_B + " " + shared + " " + OWN_B, outlet="Y"),
            make_article("c", LONG_A + " " + shared + " " + OTHER_C, outlet="Z"),
            make_article("d", LONG_B + " " + OTHER_B, outlet="W")]
    links = find_links(arts)
    assert {(l.a, l.b) for l in links} == {("a", "b"), ("a", "c"), ("b", "c")}
    assert {l.kind for l in links} == {"same-wire"}


def test_uncredited_pairs_sharing_one_phrase_are_not_same_wire(make_article, wire_text):
    """Must reject, neither side crediting anyone: one shared sentence of 14
    words (under WIRE_MIN_SHARED_NO_CREDIT 6-word runs), and one shared
    sentence of 38 words inside two long reports (over the count, under
    WIRE_SHARE_NO_CREDIT of the shorter): a phrase of an official statement
    two reporters both kept, not an agency's text."""
    short = split_sentences(wire_text)[1]
    a = make_article("a", short + " " + OTHER + " " + OWN_A, outlet="X")
    b = make_article("b", STORY_B + " " + short + " " + OWN_B, outlet="Y")
    assert find_links([a, b]) == []
    first = split_sentences(wire_text)[0]
    long_a = " ".join([OTHER, first, OWN_A, OWN_B, LONG_A])
    long_b = " ".join([STORY_B, LONG_B, first, OTHER_B, OTHER_C, OTHER_D])
    shared = len(shingles(long_a, WIRE_SHINGLE_WORDS) & shingles(long_b, WIRE_SHINGLE_WORDS))
    shorter = min(len(shingles(t, WIRE_SHINGLE_WORDS)) for t in (long_a, long_b))
    assert shared >= WIRE_MIN_SHARED_NO_CREDIT and shared / shorter < WIRE_SHARE_NO_CREDIT
    assert find_links([make_article("a", long_a, outlet="X"),
                       make_article("b", long_b, outlet="Y")]) == []


LONG_A = (
    "At the town hall, the clerk read out a list of the missing every hour, and relatives waited "
    "on the steps with blankets and flasks of tea. The bakery on the square reopened by noon, "
    "giving bread to anyone who asked, and the priest rang the bell for the dead at six."
)
LONG_B = (
    "Geologists at the national observatory said the fault had been quiet for two centuries, "
    "and that the valley's soft soil had amplified the shaking. They placed new sensors on the "
    "ridge on Wednesday and warned that a strong aftershock could still bring down weakened walls."
)
OTHER_B = (
    "Farmers on the plain said their cattle had broken out of the barns in panic, and several "
    "greenhouses had collapsed under falling glass. The co-operative promised to lend tractors "
    "to clear the roads, and the vet from the next village drove round the farms all night."
)
OTHER_C = (
    "In the provincial capital, the assembly held a minute's silence before its budget debate, "
    "and deputies of every party agreed to set aside a reserve for the valley. The opposition "
    "leader asked for an inquiry into why the new school building had cracked so badly."
)

OTHER_D = (
    "Volunteers from the football club carried water to the upper streets, where the mains had "
    "burst, and a lorry from the brewery brought bottled water in the afternoon."
)


def test_an_embedded_tweet_is_a_quotation(make_article):
    """Must reject: two outlets pasting one politician's two tweets (the
    embed's signature, no quotation marks) around their own reporting."""
    tweets = ("We need 60 votes in the Senate which are not there! We either elect more "
              "Republican Senators in 2018 or change the rules now to 51%. "
              "\u2014 Donald J. Trump (@realDonaldTrump) May 2, 2017\n\n"
              "Our country needs a good shutdown in September to fix the mess in Washington, "
              "and the Democrats know it! \u2014 Donald J. Trump (@realDonaldTrump) May 2, 2017")
    a = make_article("a", OTHER + "\n\n" + tweets + "\n\n" + OWN_A, outlet="X")
    b = make_article("b", STORY_B + "\n\n" + tweets + "\n\n" + OWN_B, outlet="Y")
    assert len(shingles(a.text, WIRE_SHINGLE_WORDS) & shingles(b.text, WIRE_SHINGLE_WORDS)) >= 30
    assert find_links([a, b]) == []


@pytest.mark.parametrize("text, kept", [
    # Penn Treebank marks (ECB+): a quotation.
    ("He said ``we will rebuild every house in the valley,'' and left.", "He said  and left."),
    # A quotation mark opening a pasted story and never closed: not a quotation.
    ('"' + "The army reached the town before dawn. " * 20, None),
    # An extract cut inside a quotation: the quotation runs to the paragraph's end.
    ('She tweeted on Tuesday.\n\n"The story I was ordered to write and which I failed...',
     "She tweeted on Tuesday.\n\n"),
    # ... but not past it: the next paragraph is the writer's again.
    ('"We will rebuild, the mayor said\nThe army reached the town before dawn.',
     "\nThe army reached the town before dawn."),
    # A paragraph pasted after "X writes:" (a blog's block quote): a quotation.
    ("The vote is off. Politico writes:\n\nWhile no decision has been made, lawmakers may "
     "decouple the two.\n\nThat leaves little time.",
     "The vote is off. Politico \n\nThat leaves little time."),
    # ... not a list the writer opens with a colon, nor "writes:" inside a paragraph.
    ("The inquiry found three causes:\n\nThe levee was too low and the pumps failed.", None),
    ("She writes: the levee was too low and the pumps failed.", None),
    # A long quotation closed inside its paragraph (testimony): a quotation.
    ("She told the committee: \u201c" + "We warned them about the levee every spring. " * 20
     + "\u201d\n\nThe hearing ended at noon.",
     "She told the committee: \n\nThe hearing ended at noon."),
    # ... but not a mark opening a pasted story, closed paragraphs later.
    ("\u201c" + "The army reached the town before dawn. " * 20 + "\n\n" +
     "Residents fled to the hills. " * 5 + "\u201d", None),
])
def test_what_is_a_quotation(text, kept):
    from crosscheck.group.passages import QUOTATION

    assert QUOTATION.sub("", text) == (text if kept is None else kept)


def test_verbatim_share_tells_edits_of_one_text_from_a_rewrite(make_article, wire_text):
    """Sentences kept word for word count for the same text; sentences whose
    meaning matches (their vectors) in other words count for a rewrite."""
    from crosscheck.group.relations import rewrite_sentences, verbatim_share

    a = make_article("a", wire_text)
    reworded = make_article("b", (
        "Through the night, rescuers looked for survivors once a 6.1 tremor had hit Ardenne, "
        "a mountain town, before dawn on Tuesday. At least fourteen are dead and eighty hurt, "
        "according to officials. Two army helicopters and a field hospital were sent, the "
        "governor said, adding that the schools will be shut all week. In the morning the "
        "aftershocks went on, with people sleeping outdoors despite the cold. Shop windows "
        "broke on the coast, so far away was it felt."))
    n = len(rewrite_sentences(a))
    assert len(rewrite_sentences(reworded)) == n
    same = _unit(np.eye(n))
    vectors = {"a": same, "b": same}
    assert verbatim_share(a, reworded, vectors) == 0.0
    edited = make_article("c", wire_text.replace("Tuesday", "Tuesday morning"))
    assert verbatim_share(a, edited, {"a": same, "c": same}) == 1.0


def test_a_shared_quotation_alone_is_not_uncredited_wire(make_article):
    """Must reject: two reporters quoting one long statement word for word."""
    quote = ("\u201cWe will rebuild every house and every school in this valley, and no family "
             "will be left to face the winter alone, whatever it costs the national budget,\u201d "
             "the prime minister said.")
    a = make_article("a", quote + " " + OTHER + " " + OWN_A, outlet="X", agencies=["AP"])
    b = make_article("b", STORY_B + " " + quote + " " + OWN_B, outlet="Y")
    assert [l for l in find_links([a, b]) if l.kind == "same-wire"] == []


def test_fact_order_finds_merged_and_reordered_sentences():
    """A rewrite merging the original's sentences and reordering clauses keeps
    its facts (names, figures, rare word runs) in order."""
    from crosscheck.group.relations import fact_order_score, facts

    original = ("The magnitude 6.1 earthquake struck Ardenne early on Tuesday. Officials said "
                "14 people died. More than 80 were injured, and Governor Maria Lenz sent two "
                "army helicopters. A field hospital opened near Saint Remy. Schools will stay "
                "closed until Friday, and the Ardenne valley road remains cut by rockfalls.")
    rewrite = ("Early on Tuesday a magnitude 6.1 earthquake struck Ardenne, where officials said "
               "14 people died and more than 80 were injured; Governor Maria Lenz sent two army "
               "helicopters, and a field hospital opened near Saint Remy, while schools will "
               "stay closed until Friday with the Ardenne valley road still cut by rockfalls.")
    aligned, share = fact_order_score(facts(original), facts(rewrite))
    assert aligned >= 12 and share >= 0.5


def test_fact_order_rejects_independent_reporting_of_the_same_facts():
    """Must reject: the same names and figures told in another order, in other words."""
    from crosscheck.group.relations import fact_order_score, facts

    one = ("The magnitude 6.1 earthquake struck Ardenne early on Tuesday. Officials said 14 "
           "people died. More than 80 were injured, and Governor Maria Lenz sent two army "
           "helicopters. A field hospital opened near Saint Remy.")
    other = ("Governor Maria Lenz, speaking near Saint Remy, said two army helicopters were "
             "flying in. At least 80 people are hurt. The death toll stands at 14 in Ardenne, "
             "hit by a 6.1 tremor before dawn on Tuesday.")
    aligned, share = fact_order_score(facts(one), facts(other))
    assert aligned < FACT_MIN_ALIGNED or share < FACT_SHARE


def test_fact_order_finds_an_agency_story_cut_down_with_own_reporting():
    """A rewrite that keeps the first half of the original's facts, merged into
    one sentence, and adds its own: under half of its facts are shared, in
    order (0.43), which is still a rewrite (the gold's cut agency stories
    score 0.40-0.47, its independent reports under 0.25)."""
    from crosscheck.group.relations import fact_order_score, facts

    original = (
        "The magnitude 6.1 earthquake struck Ardenne early on Tuesday. Officials said 14 people "
        "died. More than 80 were injured, and Governor Maria Lenz sent two army helicopters. A "
        "field hospital opened near Saint Remy. Schools will stay closed until Friday, and the "
        "Ardenne valley road remains cut by rockfalls. Engineers from the Belmont dam company "
        "inspected the reservoir wall on Wednesday and found two cracks. The Red Cross opened "
        "shelters in Castel Vieux for 300 families, and the European Union pledged 5 million "
        "euros for rebuilding the Ardenne schools.")
    cut = (
        "A magnitude 6.1 earthquake struck Ardenne early on Tuesday, officials said, leaving 14 "
        "dead and more than 80 injured; Governor Maria Lenz sent two army helicopters and a field "
        "hospital opened near Saint Remy. Our reporter found the market square empty, the Lambert "
        "bakery shut and queues of 40 cars at the Fontaine petrol station, where prices rose by "
        "12 cents overnight.")
    aligned, share = fact_order_score(facts(original), facts(cut))
    assert aligned >= FACT_MIN_ALIGNED and FACT_SHARE <= share < 0.5


def test_two_edits_of_one_text_are_same_wire_not_syndicated(make_article, wire_text):
    """Two outlets' edits of one agency text, each with its own lead or ending
    and cuts, sharing 0.6 of the shorter: same-wire, naming the agency the
    one side credits. Must reject: a copy that is only trimmed stays
    syndicated, and the credit-less pair is not given an agency."""
    sentences = split_sentences(wire_text)
    lead = "Our correspondent in the valley says the army reached the town before dawn on Tuesday. "
    end = " Insurers in the capital expect claims to run to several million euros this year."
    a_text, b_text = lead + " ".join(sentences[:4]), " ".join(sentences[1:]) + end
    a = make_article("a", a_text, outlet="X", agencies=["AFP"])
    b = make_article("b", b_text, outlet="Y")
    [link] = find_links([a, b])
    assert (link.kind, link.agency) == ("same-wire", "afp")
    assert 0.5 <= link.score < SYNDICATED_CONTAINMENT
    [plain] = find_links([make_article("a", a_text, outlet="X"), b])
    assert (plain.kind, plain.agency) == ("same-wire", None)
    trimmed = make_article("c", " ".join(sentences[:4]), outlet="Z")
    [copy] = find_links([make_article("w", wire_text, outlet="W"), trimmed])
    assert copy.kind == "syndicated"


def test_one_long_quotation_shared_is_not_a_copy(make_article):
    """Must reject: two outlets quoting one long statement that makes up over
    half of the shorter text; outside the quotation they share nothing."""
    quote = ("\u201cWe will rebuild every house and every school in this valley, and no family "
             "will be left to face the winter alone, whatever it costs the national budget, and "
             "we will start on Monday with the bridge at Saint Remy and the road to the coast,"
             "\u201d the prime minister said.")
    a = make_article("a", quote + " " + OWN_B[:150], outlet="X")
    b = make_article("b", STORY_B + " " + quote, outlet="Y")
    shared = len(shingles(a.text) & shingles(b.text))
    assert shared / min(len(shingles(a.text)), len(shingles(b.text))) >= 0.5
    assert find_links([a, b]) == []


# A harbour police briefing told three ways: an agency-style report, a rewrite
# of it (every sentence reworded, two pairs merged, the facts kept in order),
# and another outlet's own report from the same briefing (the same facts and
# figures, in its own order), with two reports on other angles of the story.
BRIEFING = (
    "Harbour police chief Anna Varga told reporters on Monday that divers had recovered the "
    "ferry's black box from the bottom of Lake Morrow. The recorder will be flown to the "
    "transport safety board in Kessel, where engineers expect to read it within ten days. "
    "Varga said the Morrow Star was carrying 212 passengers and 9 crew when it struck the "
    "breakwater on Saturday evening. Eleven people remain in hospital, two of them in a serious "
    "condition. The ferry company, Lakeline, has suspended its evening crossings and offered "
    "refunds to travellers. Investigators are also examining the captain's shift records and "
    "the weather warnings issued that afternoon."
)
BRIEFING_REWRITTEN = (
    "Police divers have pulled the black box of the ferry from the bed of Lake Morrow, harbour "
    "police chief Anna Varga announced on Monday, and the device is to be flown to Kessel, whose "
    "transport safety board engineers hope to read it inside ten days. According to Varga, the "
    "Morrow Star hit the breakwater on Saturday evening with 212 passengers and 9 crew on board. "
    "Eleven remain in hospital, two seriously. Lakeline, which runs the ferry, has halted evening "
    "crossings and is refunding travellers, while investigators look at the captain's shift "
    "records and that afternoon's weather warnings."
)
BRIEFING_OWN_ORDER = (
    "Lakeline cancelled every evening crossing on Lake Morrow after Saturday's accident and says "
    "ticket holders can claim their money back. The Morrow Star, with 9 crew and 212 passengers "
    "aboard, rammed the breakwater in high wind; witnesses on the pier described a loud crack and "
    "screaming. Two of the eleven people still in hospital are in a serious condition. The "
    "captain's rota and the storm warnings are now part of the inquiry, chief Anna Varga of the "
    "harbour police said on Monday, adding that divers had found the black box, which safety "
    "board engineers in Kessel should decode within ten days."
)
FERRY_PIER = (
    "Families waited at the Lake Morrow pier through Sunday for news of relatives after the "
    "ferry Morrow Star struck the breakwater. The town's mayor opened the school gym as a rest "
    "centre, and a local bakery brought bread and coffee to rescuers. Lakeline said it was "
    "cooperating fully with police and the safety board."
)
FERRY_UNION = (
    "The seafarers' union defended the Morrow Star's captain on Tuesday, saying he had worked "
    "within his legal hours and had asked Lakeline to cancel the crossing because of the wind. "
    "The company declined to comment while the police inquiry continues."
)


def test_word_order_finds_a_rewrite_that_rewords_every_sentence():
    """The rewrite keeps too few runs of three content words for the fact
    order, but its rare words follow the original's in order."""
    aligned, share = word_order_score(content_words(BRIEFING), content_words(BRIEFING_REWRITTEN))
    assert aligned >= WORD_MIN_ALIGNED and share >= WORD_SHARE
    assert fact_order_score(facts(BRIEFING), facts(BRIEFING_REWRITTEN))[1] < FACT_SHARE


def test_word_order_rejects_two_reports_of_one_briefing():
    """Must reject: the same briefing's facts, names and figures told by
    another reporter in another order."""
    aligned, share = word_order_score(content_words(BRIEFING), content_words(BRIEFING_OWN_ORDER))
    assert aligned < WORD_MIN_ALIGNED or share < WORD_SHARE


def test_content_words_leave_quotations_and_small_words_out():
    assert content_words('Mr Varga said "the divers were brave" and the box is in Kessel.') == \
        ["varga", "box", "kessel"]


def test_a_story_tells_a_rewrite_from_an_independent_report(make_article):
    """In a story, the rewrite is linked (as a rewrite: it keeps no sentence
    word for word) and the independent report of the same briefing is not;
    with only the two articles, words rare in English stand in for the
    story's (test_rewrites)."""
    arts = [make_article("a", BRIEFING, outlet="Wire"),
            make_article("b", BRIEFING_REWRITTEN, outlet="Daily"),
            make_article("c", BRIEFING_OWN_ORDER, outlet="Herald"),
            make_article("d", FERRY_PIER, outlet="Gazette"),
            make_article("e", FERRY_UNION, outlet="Post")]
    assert [(l.a, l.b, l.kind) for l in find_links(arts)] == [("a", "b", "rewrite")]
    assert find_links([arts[0], arts[2], arts[3], arts[4]]) == []
    assert [(l.a, l.b, l.kind) for l in find_links(arts[:2])] == [("a", "b", "rewrite")]
    assert find_links([arts[0], arts[2]]) == []
