"""Rewrite by quotation: a write-up quoting the other text's own prose at
length and in its order (group/quoted_prose.py), and what it must reject."""

from crosscheck.group import find_links
from crosscheck.group.quoted_prose import (CREDITED_RUN, QUOTED_PROSE_MIN_ALIGNED,
                                           QUOTED_PROSE_SHARE, credits_outlet,
                                           pasted_prose_aligned, quoted_prose,
                                           quoted_prose_score, quoted_run, quoting_pairs)

# An op-ed in its author's own voice: no quotation marks.
OP_ED = [
    "My grandmother came to Port Kessel in 1911 with two trunks and a sewing machine, "
    "and within a decade she ran the busiest tailoring shop on the harbour road.",
    "She hired the daughters of fishermen who had lost their boats in the storm of 1919, "
    "and taught each of them to cut a coat from a single bolt of wool.",
    "The council that now wants to close the ferry to newcomers would have turned her back "
    "at the pier, and the shop, the jobs and the families it fed would never have existed.",
    "I have watched with growing alarm as my own cousin, the councillor who drafted the "
    "ordinance, forgets the trunks and the sewing machine that brought our family ashore.",
    "A town that shuts its harbour to strangers soon finds that it has shut out its own "
    "future, because every shop on the harbour road was opened by someone who arrived by sea.",
    "I urge the council to withdraw the ordinance before the vote next Thursday and to "
    "remember how this town was built.",
]
OP_ED_TEXT = "\n\n".join(OP_ED)

# Another outlet's write-up: its own lead and links, then the op-ed quoted.
WRITE_UP = "\n\n".join([
    "A Port Kessel councillor's cousin has accused him of hypocrisy over the ferry ordinance "
    "in an op-ed published on Monday.",
    f"\u201c{OP_ED[0]}\u201d the author wrote.",
    f"\u201c{OP_ED[2]}\u201d",
    f"\u201c{OP_ED[3]}\u201d the op-ed continued.",
    f"\u201c{OP_ED[4]}\u201d",
    "The councillor's office did not respond to a request for comment.",
])

# A report that quotes one sentence of the op-ed and tells the rest itself.
REPORT_QUOTING_ONE_LINE = "\n\n".join([
    "The Port Kessel council will vote next Thursday on an ordinance that would close the "
    "ferry to newcomers, a measure drafted by councillor Anton Vey after a summer of "
    "complaints about crowding on the pier.",
    "Harbour traders said the ferry brought most of their customers and that a closure would "
    "cost the town its busiest season; the fishermen's union backed the measure.",
    f"A relative of the councillor objected in an op-ed: \u201c{OP_ED[4]}\u201d",
    "Vey said the ordinance would be reviewed after a year and that residents of the "
    "islands would keep their passes, and the mayor said she had not decided how to vote.",
    "The ferry company said it carried 48,000 passengers last year, twice as many as in "
    "2015, and that it would cut two sailings a day if the ordinance passed.",
])

# The mayor's statement, quoted alike by two outlets with their own reporting.
STATEMENT = ("We will not close this harbour to anyone who comes to work, to trade or to "
             "visit, and I will ask the council to send the ordinance back to committee so "
             "that the ferry company, the traders and the fishermen can be heard before any "
             "vote is taken on a measure that would change the town for a generation.")
REPORT_A = "\n\n".join([
    "The mayor of Port Kessel said on Tuesday that she would oppose the ferry ordinance.",
    f"\u201c{STATEMENT}\u201d she said in a statement.",
    "The council meets next Thursday; traders have collected 3,000 signatures.",
])
REPORT_B = "\n\n".join([
    "Port Kessel's mayor came out against a plan to close the ferry to newcomers, "
    "setting up a clash with the councillor who drafted it.",
    f"\u201c{STATEMENT}\u201d the mayor said.",
    "Councillor Anton Vey said he had the votes to pass it.",
])


def test_a_write_up_quoting_the_op_ed_in_order_is_a_rewrite(make_article):
    aligned, share = quoted_prose_score(quoted_prose(WRITE_UP), quoted_prose(OP_ED_TEXT))
    assert aligned >= QUOTED_PROSE_MIN_ALIGNED and share >= QUOTED_PROSE_SHARE
    links = find_links([make_article("oped", OP_ED_TEXT, outlet="Harbour Review"),
                        make_article("writeup", WRITE_UP, outlet="Kessel Daily")])
    assert [(l.a, l.b, l.kind) for l in links] == [("oped", "writeup", "rewrite")]


def test_the_op_ed_does_not_quote_the_write_up():
    """The score has a direction: the prose side is the one retold."""
    assert quoted_prose_score(quoted_prose(OP_ED_TEXT), quoted_prose(WRITE_UP)) == (0, 0.0)


def test_one_line_quoted_in_a_report_of_its_own_is_not_a_rewrite():
    """Must reject: a report quoting one sentence of the op-ed and telling
    the rest in its own words (the share is too small)."""
    aligned, share = quoted_prose_score(quoted_prose(REPORT_QUOTING_ONE_LINE),
                                        quoted_prose(OP_ED_TEXT))
    assert aligned < QUOTED_PROSE_MIN_ALIGNED or share < QUOTED_PROSE_SHARE
    assert quoting_pairs({"oped": OP_ED_TEXT, "report": REPORT_QUOTING_ONE_LINE}, set()) == []


def test_two_reports_quoting_one_statement_are_not_rewrites():
    """Must reject: both quote the mayor; neither has the words as its prose."""
    assert quoting_pairs({"a": REPORT_A, "b": REPORT_B}, set()) == []


def test_the_op_ed_quoted_out_of_its_order_is_not_a_rewrite():
    """Must reject: the same paragraphs quoted in reverse order align as one
    paragraph at most."""
    reversed_write_up = "\n\n".join(f"\u201c{s}\u201d the author wrote." for s in OP_ED[::-1])
    aligned, share = quoted_prose_score(quoted_prose(reversed_write_up),
                                        quoted_prose(OP_ED_TEXT))
    forward = "\n\n".join(f"\u201c{s}\u201d the author wrote." for s in OP_ED)
    assert quoted_prose_score(quoted_prose(forward), quoted_prose(OP_ED_TEXT))[0] > 3 * aligned


def test_pairs_already_taken_are_left_alone():
    assert quoting_pairs({"oped": OP_ED_TEXT, "writeup": WRITE_UP},
                         {("oped", "writeup")}) == []


# A news report in its own voice, and a blog post that retells its lead, pastes
# its third paragraph after "The Kessel Daily writes:" (a block quote, no
# quotation marks once the page is text) and adds much more of its own.
REPORT = "\n\n".join([
    "The Port Kessel council put off its vote on the ferry ordinance on Thursday after "
    "harbour traders filled the chamber and the mayor asked for a review.",
    "Councillor Anton Vey, who drafted the measure, said he still had the votes to pass it "
    "next month.",
    "While no date has been set for the review, council staff said the ferry company, the "
    "traders and the fishermen's union would each be heard before the measure returns, and "
    "that a closure would not take effect before the summer season ends in September.",
    "The ferry company said it carried 48,000 passengers last year.",
])
BLOG_OWN = (
    "Anyone who has stood on the pier on a July morning knows what the ferry means to this "
    "town, and anyone who has read Vey's ordinance knows he has never stood there. The "
    "traders were right to pack the chamber, and the mayor was right to listen to them. "
    "We have said before that the ordinance is a solution looking for a problem, and nothing "
    "in this week's debate changed our minds. The harbour was built by people who came by "
    "sea, and closing it to newcomers would betray every family that did. The review the "
    "mayor wants should start with the ferry's own figures, which show more people arriving "
    "every year to work in the shops, the boatyards and the fish market, and it should ask "
    "why a councillor who owns two holiday flats on the harbour road is so keen to see "
    "fewer visitors.")
BLOG = "\n\n".join([
    "The council blinked: the ferry ordinance vote is off for now, after traders filled the "
    "chamber on Thursday.",
    "The Kessel Daily writes:",
    REPORT.split("\n\n")[2],
    BLOG_OWN,
])


def test_a_blog_pasting_a_paragraph_after_x_writes_is_a_rewrite(make_article):
    """Must find: the pasted paragraph is the report's own prose in its order,
    though the blog's own comment keeps the quoted share under
    QUOTED_PROSE_SHARE (Daily Kos pasting Politico's paragraphs, dev4)."""
    blog, report = quoted_prose(BLOG), quoted_prose(REPORT)
    assert quoted_prose_score(blog, report)[1] < QUOTED_PROSE_SHARE
    assert pasted_prose_aligned(blog, report) >= QUOTED_PROSE_MIN_ALIGNED
    links = find_links([make_article("report", REPORT, outlet="Kessel Daily"),
                        make_article("blog", BLOG, outlet="Harbour Voices")])
    assert [(l.a, l.b, l.kind) for l in links] == [("blog", "report", "rewrite")]


def test_a_blog_pasting_another_outlet_is_not_a_rewrite_of_this_report():
    """Must reject: the same blog pasting another outlet's paragraph on the
    same vote (a text the report does not have as its prose)."""
    other = ("The vote was postponed after more than two hundred traders and fishermen "
             "crowded into the council chamber, many of them holding signs, and the mayor "
             "told councillors she wanted an independent review of the ferry's accounts.")
    blog = BLOG.replace(REPORT.split("\n\n")[2], other)
    assert pasted_prose_aligned(quoted_prose(blog), quoted_prose(REPORT)) == 0
    assert quoting_pairs({"report": REPORT, "blog": blog}, set()) == []


def test_one_pasted_sentence_is_not_a_rewrite():
    """Must reject: a paste shorter than QUOTED_PROSE_MIN_ALIGNED passages
    (one sentence of the report) in a post of its own."""
    blog = BLOG.replace(REPORT.split("\n\n")[2], REPORT.split("\n\n")[1])
    assert pasted_prose_aligned(quoted_prose(blog), quoted_prose(REPORT)) < \
        QUOTED_PROSE_MIN_ALIGNED
    assert quoting_pairs({"report": REPORT, "blog": blog}, set()) == []


def test_two_blogs_pasting_one_report_are_not_wire_copies(make_article):
    """Must reject: two posts pasting the same paragraph of a third outlet's
    report after "X writes:", each with its own comment, share that paste
    word for word but quote it, as two reports quote one statement: neither
    same-wire nor a rewrite of the other (before, the paste read as prose
    made such pairs same-wire)."""
    paste = REPORT.split("\n\n")[2]
    post_a = "\n\n".join([
        "The council blinked on Thursday, and the traders who filled the chamber deserve the "
        "credit for it.", "The Kessel Daily writes:", paste, BLOG_OWN])
    post_b = "\n\n".join([
        "Councillor Vey's ferry ordinance has stalled, and its author is not happy about it.",
        "As the Kessel Daily reported:", paste,
        "Vey told our reporter he would bring the measure back in October with an exemption "
        "for island residents and seasonal workers, and that he expected the fishermen's "
        "union to back it again. The traders' association said it would collect signatures "
        "for a referendum if the council passed the ordinance without a review of the "
        "ferry's accounts, which it says show the service paying for itself since 2016."])
    assert find_links([make_article("a", post_a, outlet="Harbour Voices"),
                       make_article("b", post_b, outlet="Vey Watch")]) == []


# A scoop in its outlet's own voice, and a commentary site's retelling that
# credits it ("the Harbour Review reports") and quotes a run of its words.
SCOOP = "\n\n".join([
    "Three harbour districts are poised to cancel their spring ferry ballots, a move that "
    "would end the challenge to the council's closure plan before it reaches voters.",
    "The district boards of Kessel, Vane and Orlo are expected to finalize the cancellations "
    "at meetings this weekend, according to two board officials who are familiar with the "
    "plans.",
    "Supporters of the ballots called the move an attempt to silence the traders.",
])
RETELLING = "\n\n".join([
    "In a move foreshadowed for months, three harbour districts will cancel their ferry "
    "ballots this weekend, the Harbour Review reports.",
    "Quoting \u201ctwo board officials who are familiar with the plans,\u201d the paper said "
    "that Kessel, Vane and Orlo, which hold most of the harbour's voters, would simply wave "
    "away the traders' challenge rather than let it reach the ballot.",
    "It is a remarkable show of nerves from a council that won its last vote by a mile, and "
    "the traders have already said they will take the boards to court.",
])


def test_a_retelling_crediting_the_outlet_and_quoting_its_words_is_a_rewrite():
    """Must find: the retelling credits the scoop's outlet and quotes a run of
    its prose (Reason retelling a Politico scoop, dev4), though it shares too
    little with it for any other step."""
    assert credits_outlet(RETELLING, "Harbour Review")
    assert quoted_run(quoted_prose(RETELLING), quoted_prose(SCOOP)) >= CREDITED_RUN
    texts = {"retelling": RETELLING, "scoop": SCOOP}
    assert quoting_pairs(texts, set()) == []  # without outlets, nothing says who is credited
    outlets = {"retelling": "Reason", "scoop": "Harbour Review (Web News)"}
    assert [(a, b) for a, b, _ in quoting_pairs(texts, set(), outlets)] == [("retelling", "scoop")]


def test_crediting_the_outlet_without_quoting_its_prose_is_not_a_rewrite():
    """Must reject: a report crediting the outlet with the scoop and telling
    it in its own words (dev3's hard negatives), or quoting only a phrase of
    it; and one quoting the run without crediting that outlet."""
    outlets = {"report": "Vane Courier", "scoop": "Harbour Review"}
    own_words = RETELLING.replace(
        "Quoting \u201ctwo board officials who are familiar with the plans,\u201d the paper said "
        "that", "Our own sources confirmed that")
    phrase = RETELLING.replace("two board officials who are familiar with the plans",
                               "familiar with the plans")
    uncredited = RETELLING.replace("the Harbour Review reports", "board officials say")
    for text in (own_words, phrase, uncredited):
        assert quoting_pairs({"report": text, "scoop": SCOOP}, set(), outlets) == []
    assert not credits_outlet("The Harbour Review building was evacuated.", "Harbour Review")
