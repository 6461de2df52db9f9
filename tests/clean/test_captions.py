"""Photo captions: each form the corpora print must be recognised, and the
prose that looks like one (a poll's sponsors, a chart's source note, a sentence
naming an agency as its source) must stay. Then whole articles through clean:
captions out of the body, kept in ``removed``, credited to nobody."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.captions import caption_form, is_caption
from crosscheck.models import RawDoc

MUST_REMOVE = [
    # a paragraph ending in its picture's credit, in parentheses
    ("Rescue workers carry a survivor from a collapsed house in Ardenne, Tuesday, March 11, "
     "2025. (AP Photo/Lena Dorsey)", "credit"),
    ("Mine union leader Ruth Kasende speaks to reporters in Kestrel Falls, March 12, 2025. "
     "(Tom Baxter/Reuters)", "credit"),
    ("Families wait outside the mine gates on Monday. (Photo: Ann Lee, Getty Images)", "credit"),
    ("The minister at a briefing in Portvale. (Reuters photo: Sam Okafor)", "credit"),
    ("(File photo: Andrew Hale/Getty)", "credit"),
    ("Flood water covers the coastal road. (Coastline Times via AP)", "credit"),
    # AP's long caption: a news paragraph of its own, closed by the credit
    ("FILE - In this Jan. 4, 2025, file photo, Mines Minister Adaeze Korrin speaks during a "
     "news conference in Portvale. Korrin on Tuesday ordered a 90-day inquiry into the "
     "collapse, her office said. (AP Photo/Lena Dorsey, File)", "credit"),
    # bare, the agency first or last, in brackets, after a bar
    ("FILE PHOTO: Rescuers gather at the Brannock Deep mine in Kestrel Falls, March 10, 2025. "
     "REUTERS/Tom Baxter/File Photo", "credit"),
    ("Rescuers gather at the mine shaft on Sunday night. Lena Dorsey/AP", "credit"),
    ("Smoke rises over the harbour after the blast. Saul Loeb/AFP via Getty Images", "credit"),
    ("Nuthawut Somsuk/iStock/Getty Images", "credit"),
    ("Miners leave the shaft, March 2, 2025. Reuters/Tom Baxter", "credit"),
    ("Miners leave the shaft, March 2, 2025. REUTERS/Tom Baxter TPX IMAGES OF THE DAY", "credit"),
    ("Lena Dorsey/AP, FILE", "credit"),
    ("Rescuers have reached level 12 of the mine [Tom Baxter/Reuters]", "credit"),
    ("The minister visits the site on Monday. | Lena Dorsey/AP Photo", "credit"),
    ("The minister visits the site on Monday. | AP", "credit"),
    ("The minister visits the site on Monday. | Getty", "credit"),
    ("Families wait at the gate. Photo: Ann Lee/Harbour Gazette", "credit"),
    ("Facebook Twitter Pinterest Families wait at the gate. Photograph: Tom Baxter/EPA", "credit"),
    ("Photographer: Sam Okafor/Bloomberg Photographer: Sam Okafor/Bloomberg", "credit"),
    ("Expand Miners leave the shaft, March 2, 2025. © 2025 AP Photo/Lena Dorsey", "credit"),
    # the credit first, then the caption
    ("Lena Dorsey/AP Mines Minister Adaeze Korrin speaks in Portvale on March 12, 2025.",
     "credit_first"),
    ("TOM BAXTER/REUTERS/FILE A rescuer rests outside the mine in Kestrel Falls.", "credit_first"),
    ("Ann Lee/Harbour Gazette/AP Families wait at the mine gate on Monday night.", "credit_first"),
    ("AP/File Miners leave the shaft at the end of a shift in 2019.", "credit_first"),
    # the page furniture around a picture
    ("Enlarge this image toggle caption Lena Dorsey/AP Lena Dorsey/AP", "npr"),
    ("toggle caption Kestrel Herald", "npr"),
    ("Image copyright Reuters Image caption Rescuers worked through the night", "bbc"),
    ("Media playback is unsupported on your device Media caption Families wait for news",
     "bbc"),
    ("Slideshow (3 Images)", "slideshow"),
    ("CLOSE Rescuers freed five miners on Tuesday at the Brannock Deep mine. (March 11) AP",
     "video"),
    ("CLOSE The minister ordered an inquiry into the collapse. Video provided by Newsy Newslook",
     "video"),
    ("CLOSE The union says thirteen miners are still underground. Buzz60", "video"),
]

MUST_KEEP = [
    # a chart's source note and a source note dated with slashes
    "The economy grew 2 percent (Bureau Of Economic Analysis, Accessed 9/6/12)",
    "the ratings agency said it would keep its rating. [Reuters, 11/7/12]",
    # polls named by their sponsors, an agency's name beside a slash
    "Most Americans back the plan (according to AP/NORC polling).",
    "A Reuters/Ipsos poll on Tuesday put the minister's approval at 41 percent.",
    "Reuters/Ipsos polling shows the union ahead in Kestrel Falls and Portvale",
    "The survey was run for the council by Ipsos/Reuters.",
    "The plan is popular, AP/NORC polls find.",
    "Support for the union fell in the latest Reuters/Ipsos tracking poll.",
    "CLOSE to midnight, rescuers reached the shaft, the operator said.",
    # prose naming an agency as its source or a picture as its subject
    "Kasende told Reuters on Wednesday that the union had written to the company in March.",
    "The operator declined a request for comment from Reuters news agency.",
    "A photograph released by the police shows the two suspects at the gate.",
    "Sen. Chuck Schumer (D-N.Y.) said the deal was 50/50 and would close by Friday.",
    # bylines and mastheads that end in an agency
    "By Jane Roe | Reuters",
    "REUTERS | WORLD",
    "Noah Feldman, Bloomberg",
    "— Reuters",
    # a caption mark inside a sentence
    "Asked about the picture, the minister said the caption had been changed on Monday.",
]


@pytest.mark.parametrize("line, form", MUST_REMOVE)
def test_captions_are_recognised_by_form(line, form):
    assert caption_form(line) == form


@pytest.mark.parametrize("line", MUST_KEEP)
def test_prose_that_looks_like_a_caption_is_kept(line):
    assert not is_caption(line)


def test_a_line_ending_in_a_credit_is_prose_past_the_caption_bound():
    """Must reject: a credit closing over 800 characters is prose that lost its
    line breaks, not a caption (AP's longest captions run to 700)."""
    sentence = "Rescuers freed five miners on Tuesday, the operator said. "
    assert is_caption(sentence * 10 + "(AP Photo/Lena Dorsey)")
    assert not is_caption(sentence * 16 + "(AP Photo/Lena Dorsey)")


ARTICLE = """Enlarge this image toggle caption Lena Dorsey/AP Lena Dorsey/AP

Rescuers at the Brannock Deep gold mine freed five miners on Tuesday, but twelve remain trapped on level 14, the operator Carrow Hill Resources said.

Mines Minister Adaeze Korrin speaks in Portvale, March 12, 2025. (AP Photo/Lena Dorsey)

The union disputes the company's count and says thirteen miners are still underground, Kasende told Reuters on Wednesday.

Shares in Carrow Hill fell 18% on Monday, their steepest one-day drop since the company listed.

Families wait at the mine gate on Monday night. REUTERS/Tom Baxter
"""


def test_captions_leave_the_body_and_are_kept_in_removed():
    article = clean(RawDoc.make("caption.txt", "text", ARTICLE,
                                {"title": "Five miners freed", "outlet": "Kestrel Herald"}))
    assert "toggle caption" not in article.text
    assert "(AP Photo/Lena Dorsey)" not in article.text
    assert "REUTERS/Tom Baxter" not in article.text
    assert article.text.startswith("Rescuers at the Brannock Deep gold mine")
    assert "told Reuters on Wednesday" in article.text  # prose naming an agency stays
    assert "Shares in Carrow Hill fell 18%" in article.text
    assert [r for r in article.removed if "Lena Dorsey" in r or "Tom Baxter" in r] == [
        "Enlarge this image toggle caption Lena Dorsey/AP Lena Dorsey/AP",
        "Mines Minister Adaeze Korrin speaks in Portvale, March 12, 2025. (AP Photo/Lena Dorsey)",
        "Families wait at the mine gate on Monday night. REUTERS/Tom Baxter"]
    # A picture's credit names the photographer's agency, not the text's supplier.
    assert article.agencies == ()


def test_a_caption_opening_the_text_is_not_its_title():
    """Must reject as a title: a caption line before the lead, when the source gave none."""
    text = ("Lena Dorsey/AP Photo\n\nFive miners freed at Brannock Deep\n\n"
            "Rescuers at the Brannock Deep gold mine freed five miners on Tuesday, but twelve "
            "remain trapped on level 14, the operator Carrow Hill Resources said.")
    article = clean(RawDoc.make("caption-title.txt", "text", text, {}))
    assert article.title == "Five miners freed at Brannock Deep"
    assert "Lena Dorsey/AP Photo" in article.removed


def test_a_header_field_run_into_a_caption_is_read_and_the_caption_removed():
    """Must keep: the date field a scraper ran into a caption opening the text;
    must remove: the caption after it."""
    text = ("source: Kestrel Herald\nauthor: Jane Roe\ndate: 2025-03-12 FILE - In this Jan. 4, "
            "2025, file photo, Mines Minister Adaeze Korrin speaks in Portvale. "
            "(AP Photo/Lena Dorsey, File)\n\nRescuers at the Brannock Deep gold mine freed five "
            "miners on Tuesday, but twelve remain trapped on level 14, the operator said.")
    article = clean(RawDoc.make("run-in.txt", "text", text, {}))
    assert article.published == "2025-03-12"
    assert article.text.startswith("Rescuers at the Brannock Deep")
    assert ("FILE - In this Jan. 4, 2025, file photo, Mines Minister Adaeze Korrin speaks in "
            "Portvale. (AP Photo/Lena Dorsey, File)") in article.removed
