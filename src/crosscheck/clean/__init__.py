"""Clean: separate an article's body from the noise real pages and scraped text
carry, and read its metadata. Every removed fragment is kept, verbatim, in
``Article.removed``; body paragraphs are kept verbatim.

The steps (one raw document in, one article out):
1. HTML is reduced to its body text and stated metadata by trafilatura;
2. invisible characters that only disguise text are dropped (controls,
   zero-width and bidi overrides), and spaces that only look like spaces
   (no-break, narrow, figure, thin) become plain spaces, so that "Majority
   Leader\u00a0Chuck Schumer" reads like "Majority Leader Chuck Schumer" (the
   stored raw document keeps the original); quotes written `` '' become “ ”;
3. photo captions, wherever they stand (:mod:`.captions`): a picture's caption
   and credit, and the page furniture around a picture; links' hover cards
   run into a name and a post's links ending a line (:mod:`.embeds`);
4. the header zone, up to the first paragraph of prose: date lines (with a
   badge run into them), badges, read-time counters, share widgets, bylines,
   and the title line;
5. the body: furniture lines, teaser blocks, comment forms and what follows;
6. adverts pasted into the body, by content (:mod:`.adverts`);
7. the dateline and wire credit opening the lead ("NAIROBI, March 3 (Reuters) -"),
   or its full date and a dash alone ("March 3, 2025 -");
8. metadata: title, published, byline, outlet, agencies, cited media, language.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..ingest.html import extract_html
from ..models import Article, RawDoc
from . import credits
from .adverts import advert_flags, closing_advert
from .captions import is_caption
from .credits import agencies_credited_in_text, agencies_in, cited_media_in
from .dates import date_at_start, resolve_month_day, to_iso
from .embeds import cut_full_names, cut_hover_cards, cut_post_links
from .fields import read_field
from .language import detect_language
from .leads import cut_lead
from .noise import classify_line, is_headline_like, lead_without_full_stop, looks_like_prose
from .outlets import agency_masthead, masthead, outlet_from_url, without_section

__all__ = ["CLEANER", "clean", "clean_batch"]

#: Versioned name stored with every article; change it when behaviour changes.
CLEANER = "clean.v15"  # v2: look-alike spaces become plain spaces; v3: outlets from
# mastheads and addresses, scraper header fields, closing credits and adverts;
# v4: the article's language; v5: agencies credited in running text ("according to AFP");
# v6: a first line that is a lead without its full stop stays in the body; v7: date
# lines whose numbers are spaced ("11: 11 GMT", "08 / 02 / 2013"), "@" before the time,
# "08.07.2012" read day first; v8: photo captions and the furniture around a picture
# removed wherever they stand (clean/captions.py), not only short credit lines;
# v9: furniture lines that are only an age ("7 years ago"),
# a sign-up form's consent or thanks, or a sign-up form run onto one line;
# v10: links' hover cards and a post's closing links (clean/embeds.py),
# a sign-up form lengthened by its list of countries; v11: a name's full form
# said right after it ("Mitch McConnell Addison (Mitch) Mitchell McConnell");
# v12: a dateline that states its year ("WASHINGTON, March 3, 2025 (AP) -"),
# which dates the article when nothing else does, a lead's credit after its
# day without a place ("Jan. 5 (Reuters) -"); v13: a lead's full date and dash
# ("March 3, 2025 -") dates the article too, a name in a dateline's credit slot
# is an agency only when the wire gazetteer knows it ("(CNN)" is none), and a
# lawmaker's party and state ("(R-Minn.) —") make no dateline, and a closing
# sentence of three sales cues is an advert even after a brief; v14: an outlet a
# source gives with its section ("Coastline Times - National", a feed's title)
# is named without it; v15: an outlet's credit run into the lead with no dash
# ("Washington (CNN) The Supreme Court …", "(CNN) President …"), cut as a
# dateline (clean/leads.py)

# Furniture ends an article, it does not interrupt it: a comment heading only
# cuts the rest when it comes in the last half of the lines.
_COMMENT_HEADING = re.compile(r"(?:leave a (?:reply|comment)|post a comment|add a comment|"
                              r"\d*\s*comments?(?:\s*\(\d+\))?|join the (?:conversation|discussion)"
                              r"|show comments|view comments)\s*:?", re.I)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# One character for one, so offsets into the text do not move.
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u200a"})
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc but tab and newline
def clean_batch(raws: Iterable[RawDoc]) -> list[Article]:
    return [clean(raw) for raw in raws]


def clean(raw: RawDoc) -> Article:
    meta = dict(raw.meta)
    text = raw.content
    # 1. HTML to text; what the source gave (a feed's title) wins over the page's.
    if raw.format == "html":
        text, page_meta = extract_html(raw.content, raw.meta.get("url"))
        meta = {**page_meta, **meta}
    elif raw.origin.lower().endswith((".md", ".markdown")):
        # A first-level heading opening the file is its title by markup, however
        # it is punctuated ("Four hours. 20 candidates. And a race, defined.").
        heading = re.match(r"\s*#\s+(.+)", text)
        if heading and not meta.get("title"):
            meta["title"] = markdown_to_text(heading.group(1)).strip()
        text = markdown_to_text(text)
    # 2. Characters that render as nothing but change what text means or matches.
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_SPACES)
    if "``" in text:
        # Text tokenised the Penn Treebank way (corpora, some converters) quotes
        # with `` and '': read them as the curly marks they stand for.
        text = text.replace("``", "“").replace("''", "”")
    text = _CONTROL.sub("", text)
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]

    found = _Found(title=meta.get("title"))
    found.outlet = without_section(meta.get("outlet"))  # a feed's "Coastline Times - National"
    lines = _captions(lines, found)       # 3.
    lines = _embeds(lines, found)
    found.owner = next(filter(None, map(_copyright_owner, lines)), None)
    body = _header(lines, found)          # 4.
    body = _body(body, found)             # 5.
    body = _adverts(body, found)          # 6.
    dateline = _lead(body, found)         # 7.
    # Removed fragments in the order they stood in the text, not the order found.
    found.removed.sort(key=lambda fragment: _position(text, fragment))
    return _article(raw, meta, body, found, dateline)  # 8.


class _Found:
    """What the steps collect on the way: removed fragments and metadata."""

    def __init__(self, title: str | None):
        self.title = title.strip() if title else None
        self.removed: list[str] = []
        self.published: str | None = None
        self.byline: str | None = None
        self.agencies: list[str] = []
        self.outlet: str | None = None   # stated by the source, a masthead or a field
        self.owner: str | None = None    # the copyright's owner: the outlet when none is stated
        self.agency_outlet: str | None = None  # an agency named where an outlet stands
        self.fields: dict[str, str] = {}  # scraper header fields (fields.py)

    def remove(self, fragment: str) -> None:
        self.removed.append(fragment)
        for agency in agencies_in(fragment):
            self.add_agency(agency)
        m = credits.REPORTING_BY.search(fragment)
        if m and not self.byline:
            self.byline = credits.names_only(m.group("who"))
        owner = _copyright_owner(fragment)
        if owner and not self.owner:
            self.owner = owner

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)


def _captions(lines: list[str], found: _Found) -> list[str]:
    """Step 3: photo captions, before the header is read, so that a caption
    opening the text is neither its title nor its lead. A caption is kept in
    ``removed`` without reading credits from it: "(AP Photo/Evan Vucci)"
    credits the picture to the AP, not the text."""
    kept = []
    for line in lines:
        if is_caption(line) and not _field_run_in(line):
            found.removed.append(line)
        else:
            kept.append(line)
    return kept


def _embeds(lines: list[str], found: _Found) -> list[str]:
    """Step 3, continued: links' hover cards and a post's closing links, kept
    in ``removed`` without reading credits from them (a card's headline may
    name Reuters without the text crediting it)."""
    kept: list[str] = []
    for line in lines:
        line, cards = cut_hover_cards(line)
        found.removed.extend(cards)
        line, names = cut_full_names(line)
        found.removed.extend(names)
        line, links = cut_post_links(line)
        if links:
            found.removed.append(links)
        kept.append(line)
    return kept


def _field_run_in(line: str) -> bool:
    """A scraper's header field run into the first paragraph ("date: 2019-03-04
    FILE - In this ... (AP Photo/...)"): the header reads the field, then the
    caption after it (in the layout gold, 16 of 500 articles lost their date
    when such a line went as a caption)."""
    field = read_field(line)
    return bool(field and field.rest)


def _header(lines: list[str], found: _Found) -> list[str]:
    """Step 4: the lines before the first paragraph of prose."""
    kept: list[str] = []
    index = 0
    for index, line in enumerate(lines):
        field = read_field(line) if not kept else None
        if field:
            found.fields.setdefault(field.name, field.value)
            found.remove(field.text)
            if field.rest and is_caption(field.rest):
                found.removed.append(field.rest)  # a caption ran into the field
            elif field.rest:  # the body ran into the field: it starts here
                lines = lines[:index] + [field.rest] + lines[index + 1:]
                break
            continue
        if found.title and _same(line, found.title) and not kept:
            continue  # the title repeated at the top of the text
        if looks_like_prose(line):
            if not _headline_before_credits(lines, index, found, kept):
                break
            found.title = line
            continue
        dated = date_at_start(line)
        if dated and _is_date_residue(dated[1]):
            found.published = found.published or dated[0]
            found.remove(line)
            continue
        byline = credits.BYLINE_LINE.match(line)
        if byline and len(line.split()) <= 12:
            found.byline = found.byline or byline.group("who")
            org = (byline.group("org") or "").strip()
            if org and credits.agency_of(org):
                found.add_agency(credits.agency_of(org))  # "By Jane Roe | Reuters"
                found.agency_outlet = found.agency_outlet or credits.agency_of(org)
            elif org and not found.outlet:
                found.outlet = org
            found.remove(line)
            continue
        stated = found.outlet or found.owner
        if stated and _same(line, stated):
            found.remove(line)  # the masthead: the outlet's name above the story
            continue
        name = masthead(line, first=index == 0)
        if name:
            found.outlet = found.outlet or name
            found.published = found.published or _dated_line(line)
            found.remove(line)
            continue
        dated = _dated_line(line)
        if dated:
            found.published = found.published or dated
            found.agency_outlet = found.agency_outlet or agency_masthead(line)
            found.remove(line)
            continue
        kind = classify_line(line)
        if kind:
            if kind == "updated" and re.match(r"\s*(?:published|posted|first published)", line, re.I):
                dated = date_at_start(line)
                found.published = found.published or (dated[0] if dated else None)
            found.remove(line)
            continue
        # A lead that lost its full stop opens the body, unless a byline or a
        # date line follows it, which no first paragraph is followed by.
        if found.title is None and not kept and len(lines) > 1 and (
                (is_headline_like(line) and not lead_without_full_stop(line))
                or _headline_before_credits(lines, index, found, kept)):
            found.title = line
            continue
        kept.append(line)
    else:
        index = len(lines)
    return kept + lines[index:]


def _headline_before_credits(lines: list[str], index: int, found: _Found,
                             kept: list[str]) -> bool:
    """A headline punctuated like a sentence ("Can this campaign be saved?",
    "Oil could be a win for taxpayers. Here's how.") is the title when it opens
    the text and a byline or a date line follows it: no first paragraph of an
    article is followed by one."""
    line = lines[index]
    if found.title or kept or len(line.split()) > 20:
        return False
    following = lines[index + 1] if index + 1 < len(lines) else ""
    dated = date_at_start(following)
    return bool(credits.BYLINE_LINE.match(following) or (dated and _is_date_residue(dated[1])))


def _dated_line(line: str) -> str | None:
    """A short header line that carries a full date among other furniture
    ("The Meridian Post, with AFP · 11 March 2025"): the date, or None.
    A line of more than twelve words is a sentence that happens to hold a date."""
    if len(line.split()) > 12 or re.search(r"[.!?][\"'”’]?$", line):
        return None
    for m in re.finditer(r"[|·•,–—-]\s*", line):
        dated = date_at_start(line[m.end():])
        if dated and _is_date_residue(dated[1]):
            return dated[0]
    return None


def _is_date_residue(rest: str) -> bool:
    """What may follow a date on a date line: nothing, a clock time, a badge or
    counter ("Breaking", "4 Min Read"), or a few words of furniture."""
    rest = rest.strip(" |•·-–—,")
    if not rest:
        return True
    if classify_line(rest):
        return True
    return len(rest.split()) <= 3 and not re.search(r"[.!?]$", rest)


def _body(lines: list[str], found: _Found) -> list[str]:
    """Step 5: furniture lines, teaser blocks, and comment sections at the end."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        kind = classify_line(line)
        if kind == "comment-form" and _COMMENT_HEADING.fullmatch(line) and i >= len(lines) // 2:
            for rest in lines[i:]:
                found.remove(rest)
            break
        if kind == "teaser-heading":
            found.remove(line)
            i += 1
            # Teasers are headlines: short, no sentence punctuation but for "?".
            while i < len(lines) and not looks_like_prose(lines[i]) and (
                    is_headline_like(lines[i].rstrip("?")) or classify_line(lines[i])):
                found.remove(lines[i])
                i += 1
            continue
        if kind:
            found.remove(line)
        elif i > 0 and _closing_byline(lines[i:], found):
            break  # "By Jane Roe and John Poe" closing the article, and what follows
        else:
            kept.append(line)
        i += 1
    return kept


def _closing_byline(rest: list[str], found: _Found) -> bool:
    """A byline line among the closing credits: it and what follows are all
    bylines or furniture. Read and removed; False when ``rest`` is body text."""
    if not credits.BYLINE_LINE.match(rest[0]) or len(rest[0].split()) > 12:
        return False
    if not all(credits.BYLINE_LINE.match(r) or classify_line(r) for r in rest):
        return False
    for line in rest:
        byline = credits.BYLINE_LINE.match(line)
        if byline:
            found.byline = found.byline or credits.names_only(byline.group("who"))
        found.remove(line)
    return True


def _adverts(paragraphs: list[str], found: _Found) -> list[str]:
    """Step 6: promotional paragraphs unrelated to the rest of the article, and
    a promotional sentence closing it."""
    paragraphs = list(paragraphs)
    # First the closing sentence, so that an advert run into the last paragraph
    # takes only itself away, not the news sentences before it.
    if paragraphs:
        last = closing_advert(paragraphs[-1], " ".join(paragraphs[:-1]))
        if last:
            found.remove(last)
            paragraphs[-1] = paragraphs[-1][: len(paragraphs[-1]) - len(last)].rstrip()
            if not paragraphs[-1]:
                paragraphs.pop()
    if len(paragraphs) < 3:
        return paragraphs  # too little context to judge what is off-topic
    kept = []
    # advert_flags is is_advert over each paragraph and the rest, in linear time.
    for paragraph, advert in zip(paragraphs, advert_flags(paragraphs)):
        if advert:
            found.remove(paragraph)
        else:
            kept.append(paragraph)
    return kept


def _lead(paragraphs: list[str], found: _Found) -> tuple[str | None, str | None]:
    """Step 7: the dateline and credit opening the lead, cut off it (leads.py)."""
    lead = cut_lead(paragraphs)
    if lead is None:
        return None, None
    found.removed.append(lead.cut)
    if lead.agency:
        found.add_agency(lead.agency)
    return lead.dateline, lead.day


def _article(raw: RawDoc, meta: dict[str, str], body: list[str], found: _Found,
             dateline: tuple[str | None, str | None]) -> Article:
    """Step 8: assemble the article and its metadata."""
    text = "\n\n".join(body)
    fields = found.fields
    published = to_iso(meta["published"]) if meta.get("published") else None
    published = published or fields.get("published") or found.published
    place_date, when = dateline
    # A dateline that states its year ("WASHINGTON, March 3, 2025 (AP) -")
    # dates the dispatch: the article's date when nothing else gives one
    # (to_iso reads no date from "March 3", which states no year).
    dated = to_iso(when) if when else None
    published = published or dated
    byline = meta.get("byline") or fields.get("byline") or found.byline
    if byline and credits.agency_of(byline):
        found.add_agency(credits.agency_of(byline))
    if body:
        for agency in agencies_in(body[-1]):
            found.add_agency(agency)
    for agency in agencies_credited_in_text(text):
        found.add_agency(agency)  # "according to AFP": the text credits its events
    url = meta.get("url") or fields.get("url")
    if fields.get("outlet") and credits.agency_of(fields["outlet"]):
        found.add_agency(credits.agency_of(fields["outlet"]))
    # What the document states first, then what the user said of its file
    # (--outlet, sources.toml), then the site of its address.
    outlet = (found.outlet or fields.get("outlet") or found.owner or meta.get("outlet_given")
              or found.agency_outlet or outlet_from_url(url))
    cited = [m for m in cited_media_in(text)
             if not (outlet and _same(m, outlet)) and (credits.agency_of(m) or m)
             not in found.agencies]
    return Article(
        id=raw.id,
        origin=raw.origin,
        title=found.title or fields.get("title") or None,
        published=published,
        text=text,
        removed=tuple(found.removed),
        outlet=outlet,
        byline=byline,
        dateline=place_date,
        dateline_date=dated or (resolve_month_day(when, published) if when else None),
        agencies=tuple(found.agencies),
        cited_media=tuple(cited),
        url=url,
        stage=CLEANER,
        language=detect_language(" ".join(filter(None, [found.title, text]))),
    )


def _copyright_owner(line: str) -> str | None:
    """The owner a copyright line names, unless it is a news agency (whose
    copyright credits the wire copy, not the outlet)."""
    m = re.match(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<owner>[^.,|]{3,60})", line, re.I)
    if not m:
        return None
    owner = re.sub(r"\s*\d{4}$", "", m.group("owner")).strip()
    if not owner or owner.lower().startswith("all rights") or credits.agency_of(owner):
        return None
    return owner


def markdown_to_text(text: str) -> str:
    """Markdown markup dropped, words kept: heading marks, emphasis, link syntax.

    Written by hand because a Markdown library renders to HTML, which would then
    need stripping again; the few markup forms news text uses are removed here."""
    text = re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.M)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    return re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)


def _position(text: str, fragment: str) -> int:
    at = text.find(fragment)
    return at if at >= 0 else len(text)


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s.lower()).strip().removeprefix("the ")  # noqa: E731
    return norm(a) == norm(b)
