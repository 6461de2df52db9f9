"""Words quoted without quotation marks: a post pasted into the article as
its own paragraph, signed the way an embedded tweet is; a speaker's turn in
a broadcast transcript ("SENATOR TOM HARKIN: Low-income people …").

An embedded tweet reaches the cleaned text as its words, then a dash, the
account's name, its handle and the date on the same line or the next:
"Donald Trump is unhinged. His "policy" proposals are not serious. — Jeb
Bush (@JebBush) December 7, 2015". Another outlet quotes the same words in
marks ("“Donald Trump is unhinged,” Bush tweeted"), so the post is a quote of
the account's name: without it the two outlets' words cannot be linked (dev6
and dev7: 8 of the 52 quote facts not linked, each a post set apart with its
signature; Baly, 8,000 articles: 1,350 such signatures in 578 articles).

Only the signature makes the words a quote: a paragraph after "said:" with
no marks is as often the writer's own prose (a list, a summary) as the
speaker's words, and dev–dev7 hold no such quote that another outlet marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crosscheck.claims.article_people import People

# "— Jeb Bush (@JebBush) December 7, 2015": the dash, a name of up to six
# words (no mark or bracket in it), the handle in brackets, the date as the
# embed writes it, and nothing after it on the line.
_SIGNATURE = re.compile(
    r"[ \t]*—[ \t]*([^\n()—“”\"]{1,60}?)[ \t]*\(@\w{1,30}\)[ \t]*"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*(?=\n|$)")
# Links a post carries at its end: they are no words of its author's.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")
# A post of fewer words than this is a reaction ("WOW!"), or a link alone,
# and says nothing another outlet could be compared on.
MIN_POST_WORDS = 3


@dataclass(frozen=True)
class Post:
    start: int  # where the post's words start in the text
    end: int  # where they end (links left out)
    author: str  # the name the signature gives


def signed_posts(text: str) -> list[Post]:
    """The posts ``text`` pastes with an embed's signature: the words of the
    signature's line before the dash, or, for a signature on a line of its
    own, the paragraph right before it."""
    out = []
    for m in _SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        start, end = line_start, m.start()
        if not text[start:end].strip():
            # "…its intent was to divide.⏎⏎— Alexandria Ocasio-Cortez (@AOC) …"
            before = text[:line_start].rstrip()
            start = before.rfind("\n") + 1
            end = len(before)
        words = _TRAILING_LINKS.sub("", text[start:end])
        lead = len(words) - len(words.lstrip())
        words = words.strip()
        if len(words.split()) < MIN_POST_WORDS:
            continue
        out.append(Post(start + lead, start + lead + len(words), m.group(1).strip()))
    return out


# "SENATOR TOM HARKIN: Low-income people tend not to vote …": a transcript
# (NPR, PBS, Democracy Now) gives each turn as its speaker's name in capitals
# and a colon at the start of a paragraph (Baly, 8,000 articles: 126 with two
# such labels or more; dev7: a senator's words another outlet quotes in marks).
_TURN = re.compile(r"(?m)^([A-Z][A-Z.'’ -]{1,60}[A-Z.]):[ \t]+(?=\S)")


def transcript_turns(text: str, people: People) -> list[Post]:
    """The turns of a broadcast transcript: a paragraph opening with a name
    in capitals and a colon, when the name's last word is the surname of a
    person the article names ("SENATOR TOM HARKIN:", "HARKIN:" after "Tom
    Harkin"). A heading in capitals ("READ MORE:", "BREAKING:", "UPDATE:")
    names no one the article names, and is left alone."""
    surnames = {s.lower(): s for s in people.surnames()}
    out = []
    for m in _TURN.finditer(text):
        label = m.group(1).split()
        surname = surnames.get(label[-1].lower().rstrip("."))
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        words = text[m.end():end].rstrip()
        if surname is None or len(words.split()) < MIN_POST_WORDS:
            continue
        name = " ".join(w.capitalize() for w in label if w.lower().rstrip(".") not in _TITLES)
        out.append(Post(m.end(), m.end() + len(words), people.fullest(name or surname)))
    return out


# Titles a transcript writes before the name ("SENATOR TOM HARKIN").
_TITLES = {"senator", "sen", "representative", "rep", "president", "governor", "gov", "mayor",
           "secretary", "dr", "mr", "mrs", "ms", "general", "gen", "judge", "congressman",
           "congresswoman", "vice", "former", "the"}
