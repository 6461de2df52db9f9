"""Who wrote and who supplied the text: bylines, news agencies, datelines and
the media an article relies on.

The agency list is a closed gazetteer of wire services. That is deliberate: a
credit "(Reuters)" is recognised by name the way a dateline is, and no rule of
English says which capitalised word is a news agency. A name the list lacks in
a dateline's credit ("LONDON (Courier) -") is cut with the dateline but is no
agency: of the 55 such names in 9,237 real texts (Baly 8k, AllSides, ECB+ and
recession-46), 52 were an outlet crediting itself ("WASHINGTON (CNN) —"), and
an agency credit makes an article a wire copy and keeps it apart from other
agencies' copies (group/wire.py).
"""

from __future__ import annotations

import re

from .dates import MONTHS

# canonical name -> the forms it is credited under
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE",), "ANSA": ("ANSA",), "Xinhua": ("Xinhua",), "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",), "TASS": ("TASS",), "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"), "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",), "ANI": ("ANI",), "UPI": ("UPI", "United Press International"),
    "AAP": ("AAP", "Australian Associated Press"), "CP": ("The Canadian Press", "Canadian Press"),
    "PA Media": ("PA Media", "PA", "Press Association"), "Bernama": ("Bernama",),
    "Antara": ("Antara",), "Jiji": ("Jiji", "Jiji Press"), "Lusa": ("Lusa",),
    "Europa Press": ("Europa Press",), "Belga": ("Belga",), "ANP": ("ANP",), "APA": ("APA",),
    "NTB": ("NTB",), "Ritzau": ("Ritzau",), "PAP": ("PAP",), "CTK": ("CTK", "ČTK"),
    "Ukrinform": ("Ukrinform",), "IRNA": ("IRNA",), "KUNA": ("KUNA",), "WAFA": ("WAFA",),
    "MENA": ("MENA",), "Notimex": ("Notimex",), "NAN": ("News Agency of Nigeria", "NAN"),
    "KNA": ("Kenya News Agency", "KNA"), "APS": ("APS",), "SANA": ("SANA",),
}
_ALIAS = {alias.lower(): name for name, aliases in AGENCIES.items() for alias in aliases}
# Case matters ("AP" is a credit, "ap" is not), so the pattern keeps the
# credited spelling; only the lookup table is case-folded.
_ALIAS_RE = "|".join(sorted({re.escape(a) for forms in AGENCIES.values() for a in forms},
                            key=len, reverse=True))

# Words that end or make up the name of a medium: "the Harbour Gazette", "Radio Veldt".
_MEDIA_WORDS = (r"Times|Post|News|Journal|Herald|Gazette|Tribune|Guardian|Telegraph|Chronicle|"
                r"Courier|Observer|Independent|Express|Mail|Mirror|Standard|Examiner|Inquirer|"
                r"Bulletin|Dispatch|Register|Sentinel|Reporter|Daily|Weekly|Radio|TV|Television|"
                r"Broadcasting|Broadcaster|Network|Magazine|Review|Monitor|Record|Star|Sun|Today|"
                r"Wire|Press|Agency|Channel|Insider|Politico|Axios|Vox|Monde|Figaro|Spiegel|"
                r"Zeitung|País|Nation|Citizen|Voice|Week|Economist|Atlantic")
_KNOWN_MEDIA = (r"BBC|CNN|NPR|PBS|ABC|CBS|NBC|Fox News|MSNBC|CNBC|Al Jazeera|Le Monde|Le Figaro|"
                r"Der Spiegel|El País|Politico|Axios|Vox|Bloomberg|Reuters|AFP|AP|Sky News|"
                r"Deutsche Welle|DW|RFI|France 24|Euronews|ProPublica|Semafor|Haaretz|Kyodo")
# A capitalised word; a full stop only as an initial ("A. B. News"), so that a
# match cannot run across a sentence boundary ("... in January. The Gazette").
_CAP = r"(?:[A-Z][\w'’&-]*|[A-Z]\.)"
MEDIA_WORDS, KNOWN_MEDIA = _MEDIA_WORDS, _KNOWN_MEDIA  # for mastheads (outlets.py)
_MEDIUM = (rf"(?:(?:[Tt]he\s+)?(?:{_CAP}\s+){{0,3}}(?:{_MEDIA_WORDS})(?:\s+{_CAP}){{0,2}}"
           rf"|(?:[Tt]he\s+)?(?:{_KNOWN_MEDIA}))")
_NOT_MEDIA = re.compile(r"^(?:the\s+)?(?:Post Office|Sun Belt|Daily Mail and General Trust)$", re.I)

_CITED = [
    re.compile(rf"\baccording to (?:a report (?:by|in) |reports? (?:by|in) )?(?P<m>{_MEDIUM})"),
    re.compile(rf"(?P<m>{_MEDIUM})\s+(?:first\s+|previously\s+|also\s+)?(?:reported|reports)\b"),
    re.compile(rf"\b(?:reported|first reported|told|in an interview with|interviewed by|"
               rf"citing|cited by|quoted by|speaking to) (?:by )?(?P<m>{_MEDIUM})"),
]

_TRIGGER = re.compile(r"\b(?:according|reported|reports|told|interview|interviewed|citing|cited|"
                      r"quoted|speaking)\b")

# "(Reuters)", "(AP)", "© AFP 2025", "Copyright 2025 The Associated Press",
# "AP contributed to this report", "— Reuters" at the end.
_CREDIT_FORMS = [
    re.compile(rf"\((?P<a>{_ALIAS_RE})\)"),
    re.compile(rf"(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{{4}}\s*)?(?P<a>{_ALIAS_RE})\b"),
    re.compile(rf"^(?:[Ww]ith\s+|[Ss]ource:\s*)?(?P<a>{_ALIAS_RE})"
               r"\s+contributed to this (?:report|story|article)"),
    re.compile(rf"^(?:[Ss]ources?|[Ww]ith|[Vv]ia)\s*:?\s*(?P<a>{_ALIAS_RE})\s*\.?$"),
    re.compile(rf"^[-–—]\s*(?P<a>{_ALIAS_RE})\s*$"),
    re.compile(rf"(?:,|·|\band)\s+with\s+(?P<a>{_ALIAS_RE})\b"),
    re.compile(rf"\b(?:by|,)\s+(?:{_CAP}\s+){{0,3}}(?:of\s+|for\s+)?(?P<a>{_ALIAS_RE})\s*$"),
]

# Credits in running text: the article hands the events it narrates to an
# agency ("… a police source said, according to AFP", "Reuters reported that …",
# "as reported by the Associated Press"). An agency only interviewing someone
# ("she told Reuters", "in an interview with AP", "quoted by AFP") is a medium
# the article cites for one statement, not the supplier of its text: those
# stay cited media (_CITED). After the name comes the end of the clause or a
# word that keeps the agency the source ("news agency", "reported"); "according
# to Reuters calculations" or "a Reuters tally" name the agency's data, not a
# credit.
_NEWS_AGENCY = r"(?:\s+(?:news\s+agency|news\s+service|wire\s+service|newswire))?"
_CLAUSE_ENDS = (r"(?=\s*(?:[,.;:!?)\]—–]|$)|\s+(?:and|that|on|in|late|"
                r"reported|reports|said|says)\b)")
# "the French news agency AFP", "the state news agency Xinhua": a descriptor before the name.
_AGENCY_DESCRIBED = r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:news|press|wire)\s+agency\s+)?"
# "according to AFP and Reuters": every agency of the list is credited.
_AGENCY_LIST = rf"(?:{_ALIAS_RE})(?:\s*(?:,|and|&)\s+(?:the\s+)?(?:{_ALIAS_RE}))*"
# A report of another day is a scoop the article cites, not its supplier:
# "AP reported earlier this month", "first reported by Reuters".
_OTHER_DAY = (r"(?!\s+(?:earlier|previously|last\s+\w+|this\s+(?:week|month|year)|"
              r"in\s+(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December|\d{4}))\b)")
_RUNNING_CREDITS = [
    re.compile(rf"\b[Aa]ccording to (?:an?\s+|the\s+)?(?:(?:report|dispatch|story)\s+"
               rf"(?:by|from|in)\s+)?{_AGENCY_DESCRIBED}(?:the\s+)?(?P<a>{_AGENCY_LIST})"
               rf"{_NEWS_AGENCY}{_CLAUSE_ENDS}"),
    re.compile(rf"(?<![\w-]){_AGENCY_DESCRIBED}(?P<a>{_ALIAS_RE}){_NEWS_AGENCY}\s+"
               rf"(?:has\s+|also\s+)?(?:reported|reports)\b{_OTHER_DAY}"),
    re.compile(rf"(?<!first )\breported by (?:the\s+)?{_AGENCY_DESCRIBED}(?P<a>{_ALIAS_RE})"
               rf"{_NEWS_AGENCY}{_CLAUSE_ENDS}"),
]

# "NAIROBI, March 3 (Reuters) -", "WASHINGTON (AP) —", "Kestrel Falls, March 11 —",
# with the year at times ("WASHINGTON, March 3, 2025 (Courier) -", "Lagos, 3
# March 2025 —": read as nothing before, the dateline left in the lead and
# the article undated).
_PLACE = r"[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,3}"
DAY = rf"(?:{MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS})(?:,?\s+(?:19|20)\d\d)?"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s+{_PLACE})?)"
    rf"(?:,?\s+(?P<date>{DAY}))?"
    # (a party and state after a lawmaker's name, "Rep. Michele Bachmann
    # (R-Minn.) —", is no credit: the name was cut from such a lead)
    r"(?:,?\s*\((?![RDI]-[A-Z])(?P<agency>[^()\n]{2,40})\))?"
    r"\s*(?:[-–—]{1,2}|:)\s+(?=\S)"
)

# The same, its separator lost where an export ran a field into the lead
# ("date 2024-05-02 Nairobi, May 2 Officials said"): only with a date, and
# before a capitalised word, as a sentence goes on in lower case after a date.
DATELINE_RUN_IN = re.compile(
    rf"^(?P<place>{_PLACE}(?:,\s+{_PLACE})?),?\s+(?P<date>{DAY})"
    r"\s+(?=[A-Z][a-z'’]*\s)")
# "On Tuesday, May 2 President Ruto said": a time phrase, not a place.
_NOT_PLACE = re.compile(r"^(?:On|In|At|By|From|Since|Until|Till|Before|After|Last|Next|This|"
                        r"Early|Late|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")

_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
# "By A, B and C" lists people; "By A, Kestrel Herald" names a person and an
# outlet: a comma list is people only when it ends with "and" a name.
BYLINE_LINE = re.compile(
    rf"^\s*(?:by|written by|words by)\s+(?P<who>{_NAME}"
    rf"(?:(?:\s*,\s*{_NAME}){{0,4}},?\s+(?:and|&)\s+{_NAME}|(?:\s+(?:and|&)\s+{_NAME}){{0,3}}))\s*"
    r"(?:[,|]\s*(?P<org>[^,|]{2,60}))?\s*$", re.I)
REPORTING_BY = re.compile(
    # a full stop ends the names, unless it closes an initial ("Paul J. Weber")
    r"(?:with |additional )?reporting by (?P<who>(?:[^;().]|(?<=\b[A-Z])\.)+?)"
    r"(?:\s*(?:;|\)|(?<!\b[A-Z])\.|$|editing by))", re.I)


def names_only(who: str) -> str:
    """A byline's names without where each reported from:
    "Luc Ferrand in Kestrel Falls and Amira Sollen in Port Alder" → "Luc Ferrand and Amira Sollen"."""
    who = re.sub(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?=\s*(?:,|\band\b|&|$))", "", who)
    return re.sub(r"\s+", " ", who).strip(" ,;")


def agency_of(name: str) -> str | None:
    return _ALIAS.get(name.strip().lower())


def agencies_in(line: str) -> list[str]:
    """Agencies credited in a line of credits or a lead (not a mere mention)."""
    found = []
    for form in _CREDIT_FORMS:
        for m in form.finditer(line.strip()):
            name = agency_of(m.group("a"))
            if name and name not in found:
                found.append(name)
    return found


def agencies_credited_in_text(text: str) -> list[str]:
    """Agencies the running text hands its events to ("according to AFP",
    "Reuters reported"), in order of first credit; "told Reuters" is not one."""
    found: list[str] = []
    # As in cited_media_in: each form needs a trigger word, so only the text
    # around one is searched.
    for t in re.finditer(r"\b(?:[Aa]ccording|reported|reports)\b", text):
        # from a word's start: a name cut in two could read as another ("…AP")
        start = text.rfind(" ", 0, max(0, t.start() - 80)) + 1
        window = text[start: t.end() + 80]
        for form in _RUNNING_CREDITS:
            for m in form.finditer(window):
                for alias in re.finditer(_ALIAS_RE, m.group("a")):
                    name = agency_of(alias.group(0))
                    if name and name not in found:
                        found.append(name)
    return found


def cited_media_in(text: str) -> list[str]:
    """Media the text relies on ("… the BBC reported", "according to Le Monde")."""
    found: list[str] = []
    # The patterns are costly over a whole article; each needs a trigger word,
    # so only the stretch of text around a trigger is searched.
    windows = [text[max(0, t.start() - 120): t.end() + 120] for t in _TRIGGER.finditer(text)]
    for pattern, window in ((p, w) for w in windows for p in _CITED):
        for m in pattern.finditer(window):
            medium = re.split(r"[.!?]\s+", m.group("m"))[-1]
            medium = re.sub(r"^[Tt]he\s+", "", medium).strip(" .,'’")
            medium = re.sub(r"['’]s$", "", medium)
            if _NOT_MEDIA.match(medium) or medium in found:
                continue
            found.append(medium)
    return found


def split_dateline(paragraph: str) -> tuple[str, str | None, str | None, str] | None:
    """Split a lead paragraph into (place, date text, agency, rest) when it opens
    with a dateline. The place must be in capitals, or be followed by a date or
    a credit: "President Biden —" and "The minister —" are not datelines."""
    m = DATELINE.match(paragraph) or DATELINE_RUN_IN.match(paragraph)
    if not m or _NOT_PLACE.match(m.group("place")):
        return None
    place, when = m.group("place"), m.group("date")
    agency = m.groupdict().get("agency")
    shouting = place.replace(",", "").replace(" ", "").isupper() and len(place) > 2
    if not (when or agency or shouting):
        return None
    if agency and not (agency_of(agency) or re.fullmatch(r"[A-Z][A-Za-z.&' -]{1,39}", agency)):
        return None
    return place, when, agency, paragraph[m.end():]
