"""Link furniture run into the body's sentences: what a page shows beside
the outlet's prose and scraped text flattens into it.

- A link's hover card run into a linked name (The Hill: "President Trump
  Donald John TrumpGOP senators balk at lengthy impeachment trial ... MORE on
  Monday said"): the headlines of other stories, glued after the person's full
  name and closed by "MORE". The card goes, the name stays.
- A post's links left at the end of a line ("... pic.twitter.com/ZkdI3u57yY",
  "https://t.co/4HPtATVrXc"): Twitter's picture and short links, which only
  text copied from a post carries.

Posts embedded in the page ("Crime in Germany is way up. — Donald J. Trump
(@realDonaldTrump) June 18, 2018") stay in the body, by decision: they are
another person's words, but the claims stage reads a signed post as a quote
of its signer (:mod:`crosscheck.claims.pasted_quotes`), not as the outlet's
prose, and another outlet quoting the same words in marks is linked to it
that way (8 of the 52 quote facts of dev6 and dev7). Taken out, those quotes
would be lost; a post left with neither marks nor signature is read as prose.

Counted on the 8,000 Baly articles (issue 13, ``bench/count_furniture.py``),
body paragraphs holding each kind, clean.v9 -> clean.v10: hover cards 954
(238 articles) -> about 10 (cards set off by a space, and a name spelt two
ways: "Linda Sanchez Linda Teresa Sánchez..."); posts 1,408 (597) stay.
"""

from __future__ import annotations

import re

__all__ = ["cut_hover_cards", "cut_post_links"]

# Twitter's own links: the picture of a post and the short link it wraps
# every address in. Only these: an address an article names stays.
_POST_LINK = r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+"
_TRAILING_LINKS = re.compile(r"(?:\s*%s)+\s*$" % _POST_LINK)


def cut_post_links(line: str) -> tuple[str, str | None]:
    """``line`` without the post links that end it, and what was cut (None
    when nothing was, or when the line is only links). A link inside a
    sentence stays: the article may be telling of it ("the tweet linked to
    https://t.co/x7Yq2 and ...")."""
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
