"""What is a quotation (group.passages.QUOTATION), and why quoting one
statement or pasting one tweet is not copying."""

import pytest
from relation_texts import OTHER, OWN_A, OWN_B, STORY_B

from crosscheck.group import find_links
from crosscheck.group.relations import shingles
from crosscheck.group.wire import WIRE_SHINGLE_WORDS


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


@pytest.mark.parametrize("line, caption", [
    # An agency photo's caption: the credit in parentheses, or bare after it.
    ("President Donald Trump holds a meeting with Republican leaders in the Roosevelt Room at "
     "the White House, September 5, 2018. (Leah Millis/Reuters)", True),
    ("Protesters gather outside the court in Washington. (AP Photo/Evan Vucci, File)", True),
    ("Senator Bernie Sanders speaks at a rally in Las Vegas, February 21, 2020. "
     "REUTERS/Mike Segar", True),
    ("Smoke rises over the harbour after the blast. Saul Loeb/AFP/Getty Images", True),
    # Prose with a slash or a parenthesis: not a caption.
    ("The economy grew 2 percent (Bureau Of Economic Analysis, Accessed 9/6/12)", False),
    ("Sen. Chuck Schumer (D-N.Y.) said the deal was 50/50 and would close by Friday.", False),
    ("Most Americans back the plan (according to AP/NORC polling).", False),
])
def test_what_is_a_photo_caption(line, caption):
    from crosscheck.group.passages import CAPTION, own_prose

    text = "The vote is off.\n\n" + line + "\n\nThat leaves little time."
    assert bool(CAPTION.search(text)) is caption
    assert (line in own_prose(text)) is not caption


def test_one_agency_photo_shared_is_not_a_copy(make_article):
    """Must reject: the agency's own report and another outlet's, each in its
    own words, running one agency photo with its caption (as National Review
    and Reuters did on the anonymous NYT op-ed); kept: the same two sharing a
    passage of the agency's prose that long."""
    caption = ("Rescue workers carry a survivor from the rubble of a collapsed stone house in "
               "the mountain town of Ardenne on Tuesday, after the earthquake cut the only road "
               "into the valley. (Leah Millis/Reuters)")
    report = make_article("a", OTHER + "\n\n" + caption + "\n\n" + OWN_A, outlet="X")
    agency = make_article("b", STORY_B + "\n\n" + caption + "\n\n" + OWN_B, outlet="Reuters",
                          agencies=["Reuters"])
    assert len(shingles(report.text, WIRE_SHINGLE_WORDS)
               & shingles(agency.text, WIRE_SHINGLE_WORDS)) >= 20
    assert find_links([report, agency]) == []
    passage = caption.rsplit(" (", 1)[0]
    report2 = make_article("a", OTHER + "\n\n" + passage + "\n\n" + OWN_A, outlet="X")
    agency2 = make_article("b", STORY_B + "\n\n" + passage + "\n\n" + OWN_B, outlet="Reuters",
                           agencies=["Reuters"])
    assert [l.kind for l in find_links([report2, agency2])] == ["same-wire"]


CAPTION = ("Rescue workers carry a survivor from the rubble of a collapsed stone house in "
           "the mountain town of Ardenne on Tuesday, after the earthquake cut the only road "
           "into the valley. (Leah Millis/Reuters)")


def test_page_text_is_the_body_and_its_removed_captions(make_article, wire_text):
    """Must accept: a caption the clean stage took out (kept in ``removed``)
    is read back after the body; must reject: the other furniture removed
    with it (an advert, a share widget, a byline), and an article without
    captions reads as its text."""
    from crosscheck.group.passages import page_text

    article = make_article("a", wire_text, removed=(
        "Advertisement", "Share this article", "By Jane Roe", CAPTION))
    assert page_text(article) == wire_text + "\n\n" + CAPTION
    plain = make_article("b", wire_text, removed=("Advertisement", "By Jane Roe"))
    assert page_text(plain) == wire_text


def test_copy_detection_reads_removed_captions(make_article, wire_text):
    """Must accept: a trimmed copy of a page is measured with the photo
    caption both pages printed, as the copy thresholds were set, though the
    clean stage took it out of both texts; must reject: two reports sharing
    only that caption (kept in ``removed``) are still no copy."""
    from crosscheck.group.passages import page_text

    full = make_article("a1", wire_text, outlet="Daily", removed=(CAPTION,))
    trimmed = make_article("a2", wire_text[: len(wire_text) * 2 // 3], outlet="Herald",
                           removed=(CAPTION,))
    [link] = find_links([full, trimmed])
    pages = [shingles(page_text(x)) for x in (full, trimmed)]
    texts = [shingles(x.text) for x in (full, trimmed)]
    assert link.kind == "syndicated"
    assert link.score == round(len(pages[0] & pages[1]) / min(map(len, pages)), 4)
    assert link.score != round(len(texts[0] & texts[1]) / min(map(len, texts)), 4)
    report = make_article("b1", OTHER + "\n\n" + OWN_A, outlet="X", removed=(CAPTION,))
    agency = make_article("b2", STORY_B + "\n\n" + OWN_B, outlet="Reuters",
                          agencies=["Reuters"], removed=(CAPTION,))
    assert find_links([report, agency]) == []
