"""Whole articles through clean: header and footer noise out, body verbatim,
metadata read, nothing lost."""

import re

import pytest

from crosscheck.clean import CLEANER, clean, markdown_to_text
from crosscheck.ingest import read_inputs
from crosscheck.models import RawDoc

MESSY = """The Valley Courier
News | Local | Mining | Sport
Miners trapped after collapse at Kestrel Falls
March 12, 2025Breaking
4 Min Read
By Jane Doe
Share this article: Facebook Twitter WhatsApp Email

KESTREL FALLS, March 12 (Reuters) - Twelve miners remain trapped after a tunnel collapsed on Sunday at the gold mine, officials said on Wednesday.

"People need to read more than the headlines," said the mayor, Lee Park.

The company launched an advertising campaign on mine safety last year, the Harbour Gazette reported.

Get 50% off all running shoes this weekend only! Use promo code RUN50 at checkout. Offer ends Sunday, shop now.

More than 300 rescuers are at the site, according to Radio Veldt.

Check Also
Flooding hits northern province
Who won the election?

(Reporting by Jane Doe; Editing by John Roe)
© 2025 The Valley Courier. All rights reserved.
Leave a Reply
Your email address will not be published. Required fields are marked *
Great reporting, thank you. I hope they are all found soon and safe.
"""


@pytest.fixture
def messy():
    return clean(RawDoc.make("messy.txt", "text", MESSY))


def test_body_is_kept_verbatim(messy):
    assert messy.text.split("\n\n") == [
        "Twelve miners remain trapped after a tunnel collapsed on Sunday at the gold mine, "
        "officials said on Wednesday.",
        '"People need to read more than the headlines," said the mayor, Lee Park.',
        "The company launched an advertising campaign on mine safety last year, the Harbour "
        "Gazette reported.",
        "More than 300 rescuers are at the site, according to Radio Veldt.",
    ]


def test_metadata(messy):
    assert messy.title == "Miners trapped after collapse at Kestrel Falls"
    assert messy.published == "2025-03-12"
    assert messy.byline == "Jane Doe"
    assert messy.outlet == "The Valley Courier"
    assert messy.dateline == "Kestrel Falls, March 12" and messy.dateline_date == "2025-03-12"
    assert messy.agencies == ("Reuters",)
    assert set(messy.cited_media) == {"Harbour Gazette", "Radio Veldt"}


def test_nothing_is_lost(messy):
    """Every line of the input is in the text, the title or the removed fragments."""
    kept = messy.text + "\n" + "\n".join(messy.removed) + "\n" + messy.title
    paragraphs = messy.text.split("\n\n")
    for line in MESSY.splitlines():
        if line.strip():
            # a dateline is cut off its paragraph: removed prefix + kept rest
            split = any(line.strip() == r + p for r in messy.removed for p in paragraphs)
            assert line.strip() in kept or split, line
    assert messy.removed[0] == "The Valley Courier"  # in document order


def test_an_article_without_title_or_date():
    text = ("The bell rang once for every miner confirmed dead, more than forty times in all.\n\n"
            "It has been like this since Sunday, when the night shift went down the shaft.")
    article = clean(RawDoc.make("clip", "text", text))
    assert article.title is None and article.published is None
    assert article.text == text and article.removed == ()


def test_cleaning_is_deterministic_and_ids_are_content_hashes():
    raw = RawDoc.make("a.txt", "text", MESSY)
    assert clean(raw) == clean(RawDoc.make("elsewhere/a.txt", "text", MESSY)).__class__(
        **{**clean(raw).__dict__})
    assert raw.id == RawDoc.make("elsewhere/a.txt", "text", MESSY).id


def test_invisible_characters_are_dropped():
    text = "Twelve\u200b miners re\u202emain trapped at the mine, officials said on Monday.\x00"
    article = clean(RawDoc.make("a.txt", "text", text))
    assert article.text == "Twelve miners remain trapped at the mine, officials said on Monday."


def test_markdown_markup_is_read_through():
    assert markdown_to_text("# Title\n\n**KESTREL FALLS** — *The* [Post](http://x) said") == \
        "Title\n\nKESTREL FALLS — The Post said"
    assert markdown_to_text("3 * 4 * 5 = 60") == "3 * 4 * 5 = 60"


def test_sample_corpus_articles_are_clean(sample_dir):
    """Over the whole sample: no header furniture left in any body, every dated
    source dated, every article titled except the clipping that has none."""
    articles = [clean(r) for r in read_inputs([sample_dir]) if isinstance(r, RawDoc)]
    furniture = re.compile(r"^(?:\d+ Min Read|By [A-Z]|Share this|Leave a Reply|©|Tags:|"
                           r"Check Also|Read more:|Related:)", re.M)
    for a in articles:
        assert not furniture.search(a.text), (a.origin, furniture.search(a.text).group(0))
        assert a.text and a.stage == CLEANER
    untitled = [a.origin for a in articles if not a.title]
    assert untitled == [str(sample_dir / "clipping_unsourced")]
    undated = sorted(a.origin.rsplit("/", 1)[-1] for a in articles if not a.published)
    assert undated == ["clipping_unsourced", "kestrel_herald_explainer.txt"]


def test_treebank_quotes_read_as_quotes():
    text = ("The studio said on Monday that `` New Moon '' would open in November. "
            "`` We are thrilled , '' the producer said.")
    article = clean(RawDoc.make("ptb.txt", "text", text))
    assert "``" not in article.text and "“We are thrilled" in article.text.replace("“ ", "“")


def test_apostrophes_stay_apostrophes_without_treebank_quotes():
    text = "The report's authors said it''s late: a typo, not a quote, in a normal text."
    assert "''" in clean(RawDoc.make("plain.txt", "text", text)).text
