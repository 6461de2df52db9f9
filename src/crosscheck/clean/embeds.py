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

- A linked name's full form left after it, with or without its card (The
  Hill: "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell
  McConnell (R-Ky.) said", "Sen. Bernie Sanders Bernie Sanders"): the full
  form goes, the name as the writer gave it stays. Left in, it made the
  person "Mitch McConnell Addison (Mitch) Mitchell" for roles, speakers and
  notes (fact gold dev6: "Steve Scalise Stephen (Steve) Joseph Scalise").

Counted on the 8,000 Baly articles (issue 13, ``bench/count_furniture.py``),
body paragraphs holding each kind, clean.v9 -> clean.v10: hover cards 954
(238 articles) -> about 10 (cards set off by a space, and a name spelt two
ways: "Linda Sanchez Linda Teresa Sánchez..."); posts 1,408 (597) stay.
"""

from __future__ import annotations

import re

__all__ = ["cut_full_names", "cut_hover_cards", "cut_post_links"]

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


# A name's full form: the display name (two or three capitalised words)
# followed at once by two to six capitalised words (or a bracketed first
# name) that end on the display's surname and open on its first name or give
# it in brackets: "Mitch McConnell Addison (Mitch) Mitchell McConnell",
# "Kamala Harris Kamala Devi Harris", "Bernie Sanders Bernie Sanders". Prose
# does not say a name twice without a comma between; a surname alone said
# again ("Jesse Jackson Jr. Jesse Jackson"), another first name ("George
# Bush Laura Bush") or a comma keep the words. On the 8,000 Baly articles,
# after the hover cards are cut: 1,209 full forms in 250 articles, 226 of
# them The Hill's; the 78 elsewhere are mostly furniture said twice (a
# gallery's "Pope Benedict XVI Pope Benedict XVI", 30; a photo credit's
# "Getty Images Getty Images").
_WORD = re.compile(r"\S+")
# A word of a name: capitalised, not in capitals throughout ("WHICH WAY WE
# WANT TO" in a headline), an initial ("W.") or a suffix, no possessive and
# no full stop but an initial's: "Stock Exchange. New York" runs over a
# sentence's end. Function words capitalised in headlines ("Bring More
# Police Officers To") are no part of a name.
_NAME_WORD_SHAPE = re.compile(r"(?:[A-Z]['’])?[A-Z][a-z][A-Za-z'’]*(?:-[A-Z][a-z'’]+)*|[A-Z]\.|Jr\.|Sr\.|I{2,3}|IV|XVI{0,3}")
_FUNCTION_WORDS = frozenset("""The A An Of To In For And Or Is Are Was On At By With From As Than
More Most Who What Which When Where Why How This That These Those It Its But Not No New""".split())
_BRACKETED = re.compile(r"\([A-Z][a-z][\w'’-]*\)")


def _name_word(word: str) -> bool:
    return bool(_NAME_WORD_SHAPE.fullmatch(word)) and word not in _FUNCTION_WORDS
_DISPLAY_WORDS = (2, 3)
_FULL_WORDS = range(2, 7)


# ... or glued to the display name, as the card's link leaves it ("Justices
# Stephen BreyerStephen Breyer", "Mitch McConnellAddison (Mitch) Mitchell
# McConnell").
_GLUED_FULL_NAME = re.compile(
    r"\b(?P<first>[A-Z][\w'’-]+) (?P<surname>[A-Z][\w'’-]*?[a-z])"
    r"(?P<full>[A-Z][\w'’-]*(?: (?:[A-Z][\w.'’-]*|\([A-Z][\w'’.-]*\))){0,4} (?P=surname))\b")


def cut_full_names(line: str) -> tuple[str, list[str]]:
    """``line`` without the full forms of names said right after them (see
    above), and the forms cut, verbatim."""
    glued: list[str] = []
    for m in reversed(list(_GLUED_FULL_NAME.finditer(line))):
        full = m.group("full")
        if full.split()[0] == m.group("first") or f"({m.group('first')})" in full:
            glued.insert(0, full)
            line = line[:m.start("full")] + line[m.end("full"):]
    line, spaced = _cut_spaced_full_names(line)
    return line, glued + spaced


def _cut_spaced_full_names(line: str) -> tuple[str, list[str]]:
    words = list(_WORD.finditer(line))
    cuts: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        cut = _full_name_after(words, i)
        if cut is None:
            i += 1
            continue
        start, end = cut
        # (up to the surname: a possessive or a mark after it stays, on the
        # display name: "Hillary Clinton Hillary Diane Rodham Clinton’s
        # campaign" is "Hillary Clinton’s campaign")
        surname = _ends_on(words[end - 1].group(), words[start - 1].group())
        cuts.append((words[start - 1].end(), words[end - 1].start() + len(surname)))
        i = end
    if not cuts:
        return line, []
    out, removed, at = [], [], 0
    for a, b in cuts:
        out.append(line[at:a])
        removed.append(line[a:b].strip())
        at = b
    out.append(line[at:])
    return "".join(out), removed


# What may follow the surname that ends a full form: a possessive, marks.
_AFTER_SURNAME = r"(?:['’]s?)?[,.;:!?”\"’)]*"


def _ends_on(word: str, surname: str) -> str:
    """``surname`` when ``word`` is it, with a possessive or marks after it
    ("Clinton’s", "Kushner,”"); "" when not."""
    return surname if re.fullmatch(re.escape(surname) + _AFTER_SURNAME, word) else ""


def _full_name_after(words: list[re.Match], i: int) -> tuple[int, int] | None:
    """(start, end) word indexes of a full form following the display name
    that opens at word ``i``, or None."""
    for size in _DISPLAY_WORDS:
        display = [w.group() for w in words[i:i + size]]
        if len(display) < size or not all(_name_word(w) for w in display):
            continue
        first, surname = display[0], display[-1]
        for length in _FULL_WORDS:
            full = [w.group() for w in words[i + size:i + size + length]]
            if len(full) < length or not all(_name_word(w) or _BRACKETED.fullmatch(w)
                                             for w in full[:-1]):
                break
            if not _ends_on(full[-1], surname):
                continue
            if full[0] == first or f"({first})" in full:
                return i + size, i + size + length
    return _after_a_titled_surname(words, i)


# The titles The Hill sets before a surname its card then gives in full.
# Listed here: the claims stage's title words come with spaCy, which the
# cleaning stage does not load.
_TITLES = frozenset("""President Sen. Senator Rep. Representative Gov. Governor Speaker Leader
Secretary Mr. Mrs. Ms. Dr. Chairman Chairwoman Judge Justice Mayor Whip Minister Commissioner
Ambassador Director General""".split())


def _after_a_titled_surname(words: list[re.Match], i: int) -> tuple[int, int] | None:
    """The full form after a surname a title opens ("President Trump Donald
    John Trump said", "Sen. Warren Elizabeth Ann Warren (D-Mass.)"): the
    word before the surname a title (:data:`_TITLES`), the full form three
    to five words ending on the surname, and no capitalised word after it,
    which would make it a name of its own. Without the title, words of a
    chart ("Warren Sanders Boston Buttigieg Warren") were cut."""
    if i < 1 or words[i - 1].group() not in _TITLES or not _name_word(words[i].group()):
        return None
    surname = words[i].group()
    for length in range(3, 6):
        full = [w.group() for w in words[i + 1:i + 1 + length]]
        if len(full) < length or not all(_name_word(w) or _BRACKETED.fullmatch(w)
                                         for w in full[:-1]):
            return None
        if not _ends_on(full[-1], surname):
            continue
        after = words[i + 1 + length].group() if i + 1 + length < len(words) else ""
        if full[-1] == surname and _name_word(after):
            return None
        return i + 1, i + 1 + length
    return None
