"""Furniture lines: what must be recognised, and look-alikes that are body text."""

import pytest

from crosscheck.clean.adverts import is_advert
from crosscheck.clean.noise import classify_line, lead_without_full_stop

MUST_REMOVE = [
    ("4 Min Read", "read-time"),
    ("3 min read", "read-time"),
    ("Reading time: 6 minutes", "read-time"),
    ("Listen to this article", "read-time"),
    ("BREAKING NEWS", "badge"),
    ("Exclusive", "badge"),
    ("ADVERTISEMENT", "badge"),
    ("Story continues below advertisement", "advert"),
    ("Share this article: Facebook Twitter WhatsApp Email", "share"),
    ("Share on Facebook | Share on Twitter", "share"),
    ("Home > News > National", "navigation"),
    ("News | Local | Mining | Sport | Opinion", "navigation"),
    ("Leave a Reply", "comment-form"),
    ("Your email address will not be published. Required fields are marked *", "comment-form"),
    ("Name *", "comment-form"),
    ("Post Comment", "comment-form"),
    ("Check Also", "teaser-heading"),
    ("Related Articles", "teaser-heading"),
    ("You may also like", "teaser-heading"),
    ("Read more: Deadly mine collapses, a timeline", "teaser"),
    ("Sign up for our newsletter to get the day's top stories.", "newsletter"),
    ("Get the Morning Briefing in your inbox: sign up on our website.", "newsletter"),
    ("Tags: mining, rescue, Kestrel Falls", "tags"),
    ("© 2025 The Valley Courier. All rights reserved.", "copyright"),
    ("Copyright 2025 The Associated Press. All rights reserved.", "copyright"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "credit"),
    ("Additional reporting by Luc Ferrand in Paris", "credit"),
    ("The Associated Press contributed to this report.", "credit"),
    ("This article was first published by The Valley Courier.", "credit"),
    ("Updated March 11, 2025 7:45 PM", "updated"),
    ("---", "separator"),
]

MUST_KEEP = [
    '"People need to read more than the headlines," she said.',
    "Read more than one account of the collapse and the figures diverge, the union says.",
    "The company launched an advertising campaign on mine safety last year.",
    "Share prices fell 18% on Monday, their steepest one-day drop since the listing.",
    "Comments from the minister drew criticism from the union on Tuesday evening.",
    "Related developments in the province suggest the inquiry will widen, officials said.",
    "Updated figures released on Wednesday show 43 people died in the collapse.",
    "Tags on the miners' helmets helped rescuers identify the five survivors.",
    "The mayor said residents should subscribe to the council's flood alerts.",
    "News of the rescue spread quickly through the town.",
    "Five rescued alive from collapsed mine",           # a headline, not furniture
    "| 1 | Kyle Busch | 5040 | 5 | 1 | 17 | 27 |",         # a table row
    "Mining | a dangerous trade with a long history of disasters in the province.",
]


@pytest.mark.parametrize("line, kind", MUST_REMOVE)
def test_furniture_is_recognised(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", MUST_KEEP)
def test_body_text_that_looks_like_furniture_is_kept(line):
    assert classify_line(line) is None


ARTICLE = ("Rescuers at the Brannock Deep gold mine freed five miners on Tuesday, but twelve "
           "remain trapped on level 14, the operator Carrow Hill Resources said. The union "
           "disputes the company's count and says thirteen miners are still underground. "
           "The mining company's safety record has been questioned by inspectors.")


@pytest.mark.parametrize("paragraph, expected", [
    ("Spring clearance: take 25% off all hiking boots this week only! Use promo code SPRING25 "
     "at checkout. Offer ends Sunday.", True),
    ("Try our Premium membership FREE for 30 days! Unlimited access and exclusive puzzles. "
     "Subscribe now.", True),
    # promotional words, but about the story: the company's campaign
    ("The mining company had promoted its safety record with a discount-fuelled advertising "
     "campaign, offering free trial tours of the mine to schools; inspectors questioned it.", False),
    # off-topic but no offer: a digression, not an advert
    ("The town's football club signed a new striker ahead of the season, the manager said.",
     False),
])
def test_adverts_need_promotion_and_low_topicality(paragraph, expected):
    assert is_advert(paragraph, ARTICLE) is expected


@pytest.mark.parametrize("line, lead", [
    ("World's sexiest man Hugh Jackman has been roped in to host the 81st annual Academy "
     "Awards ceremony", True),
    ("A woman was killed on Wednesday night by a hit-and-run driver outside a store in "
     "Bloomington, police said", True),
    # must reject: headline grammar, Title Case, too short, or a full stop (prose already)
    ("Hit and run outside Bloomington Sam's Club leaves woman dead after driver flees the "
     "scene on foot", False),
    ("Texas Convict Riding In Wheelchair Has Pulled Gun On Guards And Escaped On Foot Near "
     "Houston", False),
    ("Congress has kept the government open", False),
    ("A woman was killed on Wednesday night by a hit-and-run driver outside a store in "
     "Bloomington, police said.", False),
])
def test_lead_without_full_stop(line, lead):
    assert lead_without_full_stop(line) is lead
