"""Step 7 of clean: the dateline and wire credit opening an article's lead
("NAIROBI, March 3 (Reuters) -", "(Reuters) -", "Jan. 5 (Reuters) -",
"March 3, 2025 -"), cut off it. What was cut goes to ``removed``, the credit
to the agencies when the wire gazetteer knows it, the day to the dating.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import credits
from .credits import split_dateline
from .dates import to_iso

# "(Reuters) - …", and with the day before it and no place ("Jan. 5 (Reuters)
# -", "March 3, 2025 (Herald) -": left in the lead before, and in the brief),
# or the day and the dash alone ("March 3, 2025 - …").
_LEAD_CREDIT = re.compile(rf"^(?:(?P<date>{credits.DAY}),?\s+)?(?:\((?P<a>[^()\n]{{2,40}})\)\s*)?"
                          r"[-–—]{1,2}\s+")


# The outlet's own credit run into the lead with no dash, after a place or
# alone ("(CNN) President Donald Trump has…", "Washington (CNN) The Supreme
# Court…": 233 of the 8,000 Baly articles, left in the lead sentence, in the
# brief and in the notes before). Without the dash only a name that is a
# credit beyond doubt is one: a wire the gazetteer knows, or an outlet's
# initials ("CNN", "CBS News", "CNSNews.com"); "(Mitch) McConnell" and "(R)
# Senator" are no credit. The place is one to four capitalised words.
# (A dash after the credit is taken too, for sentences read apart from their
# article: corroborate/excerpt_tokens.py asks :func:`credit_run_in` of the
# sentences of claims made before clean.v15. In a lead, a credit before a
# dash is read first, by DATELINE and _LEAD_CREDIT.)
_CREDIT_RUN_IN = re.compile(r"^(?:(?P<place>[A-Z][\w.’'-]*(?:[ ,/]+[A-Z][\w.’'-]*){0,3})\s+)?"
                            r"\((?P<a>[^()\n]{2,40})\)(?:\s*[-—–])?\s+(?=[“\"‘']?[A-Z])")
_OUTLET_INITIALS = re.compile(r"[A-Z]{2,6}(?:News\.com|\.com)?(?: (?:News|Business|Politics))?")


class Lead(NamedTuple):
    """What :func:`cut_lead` cut: the dateline as shown ("Nairobi, March 3",
    or None for a credit alone), its day as written, the text cut, and the
    agency credited (None when the credit names no known agency)."""

    dateline: str | None
    day: str | None
    cut: str
    agency: str | None


def cut_lead(paragraphs: list[str]) -> Lead | None:
    """The dateline and credit opening the lead, cut off its paragraph in
    ``paragraphs`` (the lead is the first paragraph of prose: a standfirst may
    stand before it), or None when it opens on neither."""
    at = next((i for i, p in enumerate(paragraphs[:3]) if split_dateline(p)), None)
    if at is None:
        return _credit_alone(paragraphs)
    lead = paragraphs[at]
    place, when, agency, rest = split_dateline(lead)
    place = _shown(place)
    paragraphs[at] = rest
    # an unknown credit is cut, but no agency (credits.py)
    return Lead(f"{place}, {when}" if when else place, when, lead[: len(lead) - len(rest)],
                credits.agency_of(agency or "") or None)


def _credit_alone(paragraphs: list[str]) -> Lead | None:
    """A wire credit opening the lead without a place: "(Reuters) - ...", with
    its day at times ("Jan. 5 (Reuters) -"). A credit that names no known
    agency is one only after a day, as a dateline's credit is ("March 3, 2025
    (Herald) -", cut but no agency): "(Updated) - …" alone is not cut. A day
    and a dash alone are a dateline only when the day states its year ("March
    3, 2025 - …"): with neither credit nor year, "May 5 - 7 …" may be a range."""
    if not paragraphs:
        return None
    lead = paragraphs[0]
    m = _LEAD_CREDIT.match(lead)
    if m is None:
        return _credit_run_in(paragraphs)
    name, when = (m.group("a") or "").strip(), m.group("date")
    credit = credits.agency_of(name) or when and re.fullmatch(r"[A-Z][A-Za-z.&' -]{1,39}", name)
    if not (credit or when and not name and to_iso(when)):
        return None
    paragraphs[0] = lead[m.end():]
    return Lead(None, when, m.group(0), credits.agency_of(name) or None)


def _credit_run_in(paragraphs: list[str]) -> Lead | None:
    """An outlet's or a wire's credit opening the lead with no dash after it,
    with the place before it at times ("Washington (CNN) The Supreme Court
    …"), cut off it (:func:`credit_run_in`); the agency only when the
    gazetteer knows the name ("(CNN)" is none)."""
    lead = paragraphs[0]
    m = credit_run_in(lead)
    if m is None:
        return None
    name, place = m.group("a").strip(), m.group("place")
    paragraphs[0] = lead[m.end():]
    return Lead(_shown(place) if place else None, None, m.group(0),
                credits.agency_of(name) or None)


def credit_run_in(text: str) -> re.Match | None:
    """The credit opening ``text`` with no dash needed after it, a place
    before it at times (:data:`_CREDIT_RUN_IN`), or None: the name in
    brackets must be a wire the gazetteer knows or an outlet's initials,
    and initials that the words before them spell are an abbreviation
    introduced ("A United Launch Alliance (ULA) Atlas V rocket …"), as a
    place opening on an article is no place."""
    m = _CREDIT_RUN_IN.match(text)
    if m is None:
        return None
    name, place = m.group("a").strip(), m.group("place")
    if not (credits.agency_of(name) or _OUTLET_INITIALS.fullmatch(name)):
        return None
    if place and (place.split()[0] in ("A", "An", "The")
                  or name == "".join(w[0] for w in re.split(r"[ ,/-]+", place) if w[:1].isupper())[-len(name):]):
        return None
    return m


def _shown(place: str) -> str:
    """A dateline's place as a reader is shown it: "LONDON" as "London"."""
    if place.replace(",", "").replace(" ", "").isupper():
        return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), place.lower())
    return place
