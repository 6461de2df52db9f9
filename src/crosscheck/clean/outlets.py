"""The outlet an article states: its masthead, a header credit line, or the
host of its web address. Never its file name: "s013-associated-press.txt" may
hold anyone's copy of anyone's story.

Three header forms name a publication, each recognised by its *shape* rather
than a list of brands, so that outlets nobody listed are read too:

- a section line, the outlet before one section word: "COASTLINE TIMES | WORLD",
  "Townhall | Politics". Any name passes, because the section word after it is
  what makes the line a masthead; a menu of several sections is navigation;
- a credit line, the outlet before an agency or a date:
  "The Meridian Post, with AFP · 11 March 2025", "Salon · May 3, 2019";
- a masthead line alone ("The Valley Courier", "Daily Pulse Online"): here the
  shape is that of a title too, so the name itself must look like a medium
  (it ends in or holds a word such as Times, Post, Courier, or is a known
  broadcaster); a headline is longer and makes a statement.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .credits import KNOWN_MEDIA, MEDIA_WORDS, agency_of
from .dates import date_at_start

__all__ = ["agency_masthead", "masthead", "outlet_from_url", "without_section", "SECTIONS"]

# Section words of news sites' navigation: what follows the outlet's name on
# a masthead line. A closed list on purpose: a masthead line is told from a
# headline with a bar in it ("Trump | The week in review") by this word.
SECTIONS = frozenset("""world news national local politics business economy markets money
opinion opinions analysis commentary sport sports culture arts entertainment science tech
technology health climate environment education us u.s. uk europe africa asia americas
middle-east lifestyle travel media investigations investigation breaking latest home
international nation region metro crime justice law elections election congress
white-house policy features magazine""".split())

# A publication's name: one to six words, each capitalised (or a small joining
# word), with no sentence punctuation. Longer runs are headlines.
_NAME = r"(?:The\s+|THE\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|the|de|du|la|le|el|&)){0,5}"
_NAME_RE = re.compile(rf"{_NAME}")
_MEDIA_RE = re.compile(rf"\b(?:{MEDIA_WORDS}|Online)\b", re.I)
_KNOWN_RE = re.compile(rf"^(?:the\s+)?(?:{KNOWN_MEDIA})$", re.I)
_BYLINE_START = re.compile(r"^(?:by|written by|updated|published|posted|from)\b", re.I)
_WEEKDAY = re.compile(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b", re.I)


def masthead(line: str, first: bool = False) -> str | None:
    """The outlet a header line names, or None. ``first``: the line opens the
    document, the only place a bare masthead (a name alone) is believed."""
    line = line.strip().strip("*_").strip()
    if not line or len(line) > 120:
        return None
    return _section_line(line) or _credit_line(line) or (_bare(line) if first else None)


def _section_line(line: str) -> str | None:
    parts = [p.strip() for p in re.split(r"\s+[|›»/]\s+|\s+[-–—]\s+", line)]
    if len(parts) != 2 or parts[1].lower().replace(" ", "-") not in SECTIONS:
        return None
    # A wire service's own page names it as its outlet ("REUTERS | WORLD").
    return _as_name(parts[0], need_medium=False, agency_ok=True)


def without_section(name: str | None) -> str | None:
    """An outlet's name as a source gives it, less the section it was taken
    from: a feed's title "Coastline Times - National", "BBC News - World" or
    "Townhall | Politics" names the outlet before its section word. A name
    whose last part is no section word is left as it is ("Hindustan Times",
    "Yahoo - ABC News")."""
    if not name:
        return name
    return _section_line(name.strip()) or name


def agency_masthead(line: str) -> str | None:
    """A news agency named where a masthead names the outlet ("Reuters · May 3,
    2019", "*AP · 11 March 2025*"): the agency, which is the outlet of the page
    when nothing else names one (its own wire page, or copy run without a masthead)."""
    name = _credit_line(line.strip().strip("*_").strip(), raw=True)
    return agency_of(name) if name else None


def _credit_line(line: str, raw: bool = False) -> str | None:
    """ "The X Post, with AFP · 11 March 2025", "Salon · May 3, 2019"."""
    # Not a comma alone: "Washington, March 3, 2025" is a place and a date.
    m = re.match(rf"^(?P<name>{_NAME}?)\s*(?:,\s*(?:with|and|via)\s+(?P<a>[^·|•,]+?))?"
                 r"\s*[·|•–—]\s*(?P<rest>.+)$", line)
    if not m:
        return None
    agency = m.group("a")
    if agency and not agency_of(agency):
        return None
    dated = date_at_start(m.group("rest"))
    if not dated or dated[1].strip(" |·•-–—,"):
        return None  # the credit line ends with its date; anything after is a sentence
    if raw:
        return m.group("name").strip(" ,.")
    return _as_name(m.group("name"), need_medium=False)


def _bare(line: str) -> str | None:
    return _as_name(line, need_medium=True)


def _as_name(text: str, need_medium: bool, agency_ok: bool = False) -> str | None:
    text = text.strip(" ,.")
    if not _NAME_RE.fullmatch(text) or len(text.split()) > 6:
        return None
    if _BYLINE_START.match(text) or _WEEKDAY.match(text):
        return None
    if agency_of(text) and not agency_ok:
        return None  # alone or before a date, an agency's name credits the copy
    if text.lower().replace(" ", "-") in SECTIONS:
        return None
    if need_medium and not (_MEDIA_RE.search(text) or _KNOWN_RE.match(text)):
        return None
    if text.isupper() and len(text) > 4:
        # "COASTLINE TIMES" is set in capitals, not named so; acronyms stay
        # ("CNN", "NPR", "USA": short, and without a vowel or ending in one).
        text = " ".join(w if len(w) <= 3 and (not re.search("[AEIOU]", w) or w[-1] in "AEIOU")
                        else w.capitalize() for w in text.split())
    return text


def outlet_from_url(url: str | None) -> str | None:
    """The site an address belongs to ("www.nytimes.com/2016/…" → "nytimes.com"):
    a host is how readers name a site they know no other name of."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|amp|edition|mobile)\.", "", host)
    return host if "." in host and not re.fullmatch(r"[\d.]+|\[.*\]", host) else None
