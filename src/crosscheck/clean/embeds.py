"""Posts embedded in the body and link furniture run into its sentences: what
a page shows beside the outlet's prose and scraped text flattens into it.

- An embedded post: another person's words, printed as the platform renders
  them ("Crime in Germany is way up. — Donald J. Trump (@realDonaldTrump)
  June 18, 2018", "... A photo posted by Ashley Killough (@ashkillough) on Feb
  7, 2015 at 7:16am PST", "Donald J. Trump (@realDonaldTrump) Terrible! Just
  found out ...").
- A link's hover card run into a linked name (The Hill: "President Trump
  Donald John TrumpGOP senators balk at lengthy impeachment trial ... MORE on
  Monday said"): the headlines of other stories, glued after the person's full
  name and closed by "MORE".
- A post's links left at the end of a line ("... pic.twitter.com/ZkdI3u57yY",
  "https://t.co/4HPtATVrXc"): Twitter's picture and short links, which only
  text copied from a post carries.

Counted on the 8,000 Baly articles (issue 13, ``bench/count_furniture.py``),
body paragraphs holding each kind, clean.v9 -> clean.v10: embedded posts
1,408 (597 articles) -> 0; hover cards 954 (238) -> about 10 (cards set off by a
space, and a name spelt two ways: "Linda Sanchez Linda Teresa Sánchez...");
pic.twitter.com 435 (257) -> 1; t.co links 317 (195) -> 0.
"""

from __future__ import annotations

import re

__all__ = ["cut_hover_cards", "cut_post_links", "embedded_post", "is_post_signature_line",
           "MAX_POST_CHARS"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_HANDLE = r"\(@\w{1,15}\)"
# How a post's embed signs it: "— Name (@handle) Month D, YYYY", as Twitter's
# embed code prints it (1,355 Baly lines end so; 19 more go on with the BBC's
# "Report" button). An em or en dash opens it; a hyphen only with a space
# after it, as "- Name (@handle)" is written where no dash could be typed.
_SIGNATURE = re.compile(r"(?:[—–]|(?<!\w)-\s)\s*(?P<who>[^\n]{0,80}?)\s*%s\s*%s \d{1,2}, \d{4}"
                        % (_HANDLE, _MONTH))
# Instagram's embed: "A photo posted by Name (@handle) on Dec 31, 2016 at 12:01pm PST".
_INSTAGRAM = re.compile(r"\bA (?:photo|video|post) (?:posted|shared) by [^()\n]{1,80}"
                        r"\(@[\w.]{1,30}\) on %s \d{1,2}, \d{4}(?: at \d{1,2}:\d\d ?[ap]m"
                        r"(?: [A-Z]{2,4})?)?" % _MONTH)
# The Guardian's and CNN's embeds open with the author: "Donald J. Trump
# (@realDonaldTrump) Terrible! ...". A new sentence follows the handle; in
# prose a verb does ("Michael F. Cannon (@mfcannon) is director of ...", an
# author's note; "Sen. Roe (@SenRoe) wrote that ...").
_AUTHOR_FIRST = re.compile(r"^(?:[A-Z][\w.'’-]*\s){1,5}%s\s+(?=[A-Z0-9\"“‘#@])" % _HANDLE)
# A post holds at most 280 characters (Twitter's limit since 2017); the line
# before a signature printed on its own line is the post's text when no longer.
MAX_POST_CHARS = 280
# Residue a signature may leave on its line: the BBC's "Report" button.
_AFTER_SIGNATURE = re.compile(r"\s*(?:Report|End of Twitter post by @\w+)?\s*")
# Twitter's own links: the picture of a post and the short link it wraps
# every address in. Only these: an address an article names stays.
_POST_LINK = r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+"
_TRAILING_LINKS = re.compile(r"(?:\s*%s)+\s*$" % _POST_LINK)


def embedded_post(line: str) -> str | None:
    """The part of ``line`` that is an embedded post (the whole line, or the
    post that opens it when prose follows its signature), or None.

    Embedded posts go to ``removed``, not the body: they are another person's
    words set inside the page, not the outlet's prose, and the claims stage
    would otherwise read them as the outlet's statements. The outlet that
    relays a post says so in its own sentence ("Trump tweeted that ..."),
    which stays; and two outlets embedding one post are not copies of each
    other, while its words kept in the body would read as shared passages."""
    if _INSTAGRAM.search(line):
        return line
    signatures = list(_SIGNATURE.finditer(line))
    if signatures:
        end = signatures[-1].end()
        rest = line[end:]
        if _AFTER_SIGNATURE.fullmatch(rest) or len(rest.split()) < 8:
            return line
        # Prose run on after the post (two Baly lines): the post is cut, the prose stays.
        return line[:end]
    if _AUTHOR_FIRST.match(line):
        return line
    links = _TRAILING_LINKS.search(line)
    if links and 0 < len(line[:links.start()].strip()) <= MAX_POST_CHARS:
        return line  # a post's text, its signature lost: prose does not end in its links
    return None


def is_post_signature_line(line: str) -> bool:
    """A line that is only a post's signature ("— Alexandria Ocasio-Cortez
    (@AOC) March 2, 2019"): the post's text stood on the line before."""
    m = _SIGNATURE.match(line.strip())
    return bool(m) and bool(_AFTER_SIGNATURE.fullmatch(line.strip()[m.end():]))


def cut_post_links(line: str) -> tuple[str, str | None]:
    """``line`` without the post links that end it, and what was cut (None
    when nothing was): a paragraph longer than a post that a post's link
    closes. A link inside a sentence stays: the article may be telling of it
    ("the tweet linked to https://t.co/x7Yq2 and ...")."""
    m = _TRAILING_LINKS.search(line)
    if not m or not line[:m.start()].strip():
        return line, None
    return line[:m.start()], m.group(0).strip()


# The hover card: the linked name's display form ("Trump"), then the full
# name ending in the same surname ("Donald John Trump") glued to the card's
# first headline, then the card up to "MORE". The surname said twice around
# a glued headline is what sets it apart from prose that happens to shout
# "MORE" ("We need MORE police"). The display name may be glued to the full
# one ("Stephen BreyerStephen Breyer..."). A card set off from the name by a
# space ("Paul Davis Ryan Retirees should say ...", 7 Baly paragraphs) stays:
# its start is not told from a name's next word. Of the 1,235 cards on Baly
# the median runs to 206 characters and the longest to 553 (three
# headlines); 900 leaves margin, and the match stops at the first "MORE".
_HOVER_CARD = re.compile(
    r"\b(?P<surname>[A-Z][\w'’-]+)\s*(?:(?:[A-Z][\w.'’-]*|\([A-Z][\w.'’ -]*\))\s+){1,5}?"
    r"(?P=surname)(?P<card>(?:[A-Z0-9\"“‘]|'(?!s\b))[^\n]{0,900}?\s?MORE(?!\w)|MORE(?!\w))")


def cut_hover_cards(line: str) -> tuple[str, list[str]]:
    """``line`` with each link's hover card cut after the linked name, which
    stays ("Donald John Trump"), and the cards cut, verbatim."""
    cards: list[str] = []
    out: list[str] = []
    at = 0
    for m in _HOVER_CARD.finditer(line):
        out.append(line[at:m.start("card")])
        cards.append(m.group("card").strip())
        at = m.end("card")
    if not cards:
        return line, cards
    out.append(line[at:])
    return "".join(out), cards
