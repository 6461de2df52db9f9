"""Photo captions: the words printed under a picture, and the page furniture
around it, which are not the writer's prose.

A caption tells what an agency's picture shows ("Protesters gather outside the
court in Washington. (AP Photo/Evan Vucci)"); two outlets running one agency
photo print its caption word for word, and its figures and names are the
photographer's, not the story's. The clean stage takes a caption paragraph out
of the body and keeps it in ``removed``, where copy detection reads it back
(:func:`crosscheck.group.passages.page_text`: a copied page carries its
captions); :mod:`crosscheck.group.passages` reads the same pattern for
articles stored before it did (``clean.v7`` and earlier keep their captions
until they are ingested again).

Counted on the shared corpora (issue 13; every line of every text, as the
clean stage splits them): of the 8,000 Baly articles, 1,532 have a line this
pattern reads as a caption (2,708 lines); recession-46, 6 lines in 5 of 46
articles; AllSides (682 articles), ECB+ (509) and the sample, none. Before,
the clean stage's short credit rule took 660 lines out and the relations'
own pattern read 909 as captions, the two overlapping. By form, on Baly: a line ending in the
photo's credit 1,280 (AP's "FILE - In this ... photo" captions and Reuters'
"FILE PHOTO:" ones among them); NPR's picture toggles ("Enlarge this image
toggle caption Evan Vucci/AP Evan Vucci/AP") 602; the BBC's ("Image
copyright Reuters Image caption ...", "Media playback is unsupported on your
device Media caption ...") 583; Reuters' "Slideshow (3 Images)" 90; the credit opening the caption
("Evan Vucci/AP President Trump speaks ...") 76; USA Today's video captions
("CLOSE ... (April 8) AP") 77. Read in samples of up to 60 of each form: all
captions. Lines that look alike and stay prose: a chart's source note
("(Bureau Of Economic Analysis, Accessed 9/6/12)", 6 lines kept), a poll
named by its sponsors ("a Reuters/Ipsos poll", "(according to AP/NORC
polling)."), a sentence naming an agency as its source ("McConnell told
Reuters on Wednesday.": 443 such lines, all kept but one inside a CNN
gallery). Left in the body: CNN's galleries, all their captions on one
line each closed by "Hide Caption N of M" (146 lines): two versions of CNN's
running story share little but one, and the relations gold's same-wire pairs
of them (heldout3's Boston and Christie stories) were lost when they went,
so they wait until the relation thresholds are read again; a caption run into other furniture on one line
(Politico's "caption | credit Headline Standfirst", USA Today's "(Photo:
...) Story Highlights ..."), about 80 lines of Baly.
"""

from __future__ import annotations

import re

__all__ = ["CAPTION", "CAPTION_MAX_CHARS", "caption_form", "is_caption", "without_captions"]

#: A caption with its credit runs to 700 characters (AP's long captions, "FILE
#: - In this July 11, 2019, file photo, ... (AP Photo/Alex Brandon, File)");
#: a longer line ending in a credit is prose that lost its line breaks.
CAPTION_MAX_CHARS = 800

# Who a picture is credited to: the agencies and picture libraries.
_PICTURE_SOURCE = (r"(?:AP|AFP|Reuters|REUTERS|Getty|GETTY|EPA|UPI|Pool|POOL|Photo|photo|File"
                   r"|Bloomberg|Landov|Shutterstock|iStock|Anadolu)")
# The last name of a credit after its slash: "Evan Vucci/AP", "Mike Segar/
# Reuters/Landov", "Saul Loeb/AFP/Getty Images", "Michael R. Blood/AP Photo".
_CREDIT_LAST = (r"(?:AP(?: Photo)?|AFP|Reuters|REUTERS|EPA|UPI|Bloomberg(?: News)?|Landov"
                r"|Getty Images|Shutterstock|iStock)")
# The words that label a credit: "Photo:", "Photograph:", "Reuters photo:", "Photo by".
_LABEL = (r"(?:[A-Z][\w.]*\s(?:[Ff]ile\s)?)?(?:[Pp]hoto(?:graph|grapher)?s?|[Ii]mage|[Pp]icture)"
          r"(?:\s[Cc]redit)?(?:\s*:|\sby\b|\scourtesy\b)")
# A name as a credit prints it: capitalised words ("Evan Vucci", "J. Scott
# Applewhite", "JACQUES BRINON", "Doug Mills-Pool").
# The slash of a credit stands between names, not the numbers of a date.
_SLASH = r"[A-Za-z.]\s?/\s?[A-Za-z]"
_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"
_WORDS = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"  # "Handout", "U.S. Army", "File Photo"

_CREDIT = "(?:%s)(?:,\\s(?:FILE|File))?" % "|".join([
    # in parentheses or brackets, a picture source beside a slash: "(Leah
    # Millis/Reuters)", "(AP Photo/Evan Vucci, File)", "[Kevin Lamarque/Reuters]";
    # a chart's "(Bureau Of Economic Analysis, Accessed 9/6/12)" names no
    # picture source and a source note's "[Reuters, 11/7/12]" no name beside
    # its slash: both stay prose.
    r"\((?=[^()\n]*\b%s\b)[^()\n]{0,80}?%s[^()\n]{0,80}\)" % (_PICTURE_SOURCE, _SLASH),
    r"\[(?=[^\[\]\n]*\b%s\b)[^\[\]\n]{0,80}?%s[^\[\]\n]{0,80}\]" % (_PICTURE_SOURCE, _SLASH),
    # in parentheses, labelled: "(Photo: Win McNamee, Getty Images)", "(Reuters
    # photo: Yuri Gripas)"
    r"\(\s*%s[^()\n]{1,100}\)" % _LABEL,
    # in parentheses, handed on by an agency: "(Greenwood Cultural Center via Tulsa World via AP)"
    r"\([^()\n]{1,80}\svia\s%s\)" % _CREDIT_LAST,
    # bare, the agency first: "REUTERS/Jonathan Ernst/File Photo", "© 2019 AP Photo/Mary Altaffer"
    # ("REUTERS/Jonathan Ernst TPX IMAGES OF THE DAY"), not closed by a full
    # stop as "a poll by AP/NORC." is; after "Reuters/" only names, since
    # "Reuters/Ipsos polling shows" opens prose
    r"\b(?:REUTERS|AFP|EPA|AP(?:\sPhoto)?)/\s?[A-Z][^\n()]{0,59}[^\n().]",
    r"\bReuters/\s?%s(?:\s?/\s?%s)*(?:\svia\s\w+)?" % (_WORDS, _WORDS),
    # bare, the agency last, without a full stop after it (a sentence ending
    # "a poll by Ipsos/Reuters." has one): "Susan Walsh/AP", "Kenzo
    # Tribouillard/AFP via Getty Images", "Handout via REUTERS"
    r"[\w.]\s?/\s?(?:[^\n/()|]{1,40}/)*%s" % _CREDIT_LAST,
    r"\svia\s%s" % _CREDIT_LAST,
    r"\bGetty Images(?:\sfor\s[A-Z][\w&' ]{1,40})?\s*\)?",
    # labelled, at the end: "Photo: Ting Shen/Wall Street Journal", "Photograph: Michael Reynolds/EPA"
    r"(?<![\w(])%s[^\n():]{2,80}" % _LABEL,
    # after a bar: "... on June 5 in San Diego. | AP Photo", "| J. Scott
    # Applewhite/AP Photo", "| Getty"; a bare agency only after a sentence
    # ("... of the region. | AP"), since "By Jane Roe | Reuters" is a byline.
    r"\|\s*(?:[^|\n]{1,60}/%s|AP Photos?|Getty(?: Images)?)" % _CREDIT_LAST,
    r"[.!?”\"]\s\|\s*(?:AP|REUTERS|Reuters|AFP)",
])

_FORMS = {
    # NPR's picture toggle, which keeps only the credit, twice: "Enlarge this
    # image toggle caption Evan Vucci/AP Evan Vucci/AP", "toggle caption NPR"
    "npr": r"(?:Enlarge this image|toggle caption|[Hh]ide caption)\b[^\n]{0,%d}"
           % CAPTION_MAX_CHARS,
    # the BBC's: "Image copyright Reuters Image caption ...", "Media playback is
    # unsupported on your device Media caption ..."
    "bbc": r"(?:Image copyright|Image caption|Media playback is unsupported on your device"
           r"|Media caption)\b[^\n]{0,%d}" % CAPTION_MAX_CHARS,
    # Reuters' picture count
    "slideshow": r"Slideshow \(\d+ Images?\)",
    # USA Today's video captions: "CLOSE <what the video shows> (April 8) AP",
    # "... Video provided by AFP Newslook", "... USA TODAY", "... Buzz60"
    "video": r"CLOSE\s[^\n]{10,%d}?(?:\(\w{3,5}\.?\s\d{1,2}\)\s*[A-Z][\w ]{1,20}"
             r"|Video provided by [^\n]{2,60}|\bUSA TODAY|\bNewslook|[.!?”\")]\s[A-Z]\w{1,20})"
             % CAPTION_MAX_CHARS,
    # the credit first, then the caption: "Pablo Martinez Monsivais/AP President
    # Barack Obama meets with ...", "Adrian Wyld/The Canadian Press/AP ...",
    # "AP/File President Herbert Hoover ...". Two to four capitalised words
    # or an agency before the slash, a picture source after it, so that
    # "Reuters/Ipsos polling shows" and "AP/NORC polls find" are no credit.
    "credit_first": r"(?:%s\s?/\s?(?:[^\n/]{1,40}/)*|(?:AP|AFP|REUTERS|Reuters)/(?=Getty|File|FILE))"
                    r"(?:%s|File|FILE)(?:\s?/\s?[A-Z][\w ]{1,30})*\s+[^\n]{10,%d}"
                    % (_NAME, _CREDIT_LAST, CAPTION_MAX_CHARS),
    # a paragraph that ends in its picture's credit
    "credit": r"[^\n]{0,%d}?(?:%s)[ \t]*" % (CAPTION_MAX_CHARS, _CREDIT),
}

#: One caption paragraph: the whole of a line (``^`` to ``$``, MULTILINE), so
#: that it serves a single line (the clean stage's paragraphs) and a text
#: searched for its caption paragraphs alike. The group matched names its form.
CAPTION = re.compile("|".join(r"^(?P<%s>%s)$" % (name, rx) for name, rx in _FORMS.items()),
                     re.MULTILINE)


#: Every form above holds one of these; a line with none is read as prose
#: without trying the pattern, whose lazy run to the credit tries every
#: alternative at every character (on 1,000 Baly articles, the pattern alone
#: took four times as long as the old credit-only one; 4% of their lines hold
#: a mark).
_MARKS = ("/", "hoto", "mage", "icture", "Getty", "aption", "Slideshow", "CLOSE", "|", "via",
          "Media playback")


def caption_form(line: str) -> str | None:
    """Which form of caption ``line`` is (a key of ``_FORMS``), or None for prose."""
    line = line.strip()
    if not any(mark in line for mark in _MARKS):
        return None
    m = CAPTION.match(line)
    return m.lastgroup if m else None


def is_caption(line: str) -> bool:
    """``line`` is a photo caption, a picture's credit or the furniture around it."""
    return caption_form(line) is not None


def without_captions(text: str, replacement: str = "") -> str:
    """``text`` with each caption line replaced by ``replacement``, as
    ``CAPTION.sub(replacement, text)`` gives, line by line."""
    return "\n".join(replacement if caption_form(line) else line for line in text.split("\n"))
