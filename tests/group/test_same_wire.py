"""Same-wire: two edits of one agency text, credited or not, told from
passages a whole story shares and from shared quotations."""

from relation_texts import (LONG_A, LONG_B, OTHER, OTHER_B, OTHER_C, OTHER_D, OWN_A, OWN_B,
                            STORY_B)

from crosscheck.group import find_links, relations_by_article
from crosscheck.group.relations import SYNDICATED_CONTAINMENT, shingles, split_sentences
from crosscheck.group.wire import (WIRE_MIN_SHARED_NO_CREDIT, WIRE_SHARE_NO_CREDIT,
                                   WIRE_SHINGLE_WORDS)


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


def test_a_shared_quotation_alone_is_not_uncredited_wire(make_article):
    """Must reject: two reporters quoting one long statement word for word."""
    quote = ("\u201cWe will rebuild every house and every school in this valley, and no family "
             "will be left to face the winter alone, whatever it costs the national budget,\u201d "
             "the prime minister said.")
    a = make_article("a", quote + " " + OTHER + " " + OWN_A, outlet="X", agencies=["AP"])
    b = make_article("b", STORY_B + " " + quote + " " + OWN_B, outlet="Y")
    assert [l for l in find_links([a, b]) if l.kind == "same-wire"] == []


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
