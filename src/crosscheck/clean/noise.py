"""Lines that are page furniture, not article: badges, read-time counters,
share and comment widgets, teaser blocks, newsletter prompts, copyright lines.

Every rule matches a *whole short line*. That is what separates furniture from
body text that uses the same words: "4 Min Read" alone on a line is a counter,
while ‘"People need to read more than the headlines," she said.’ is a sentence.
Each rule has a must-reject case in tests/clean/test_noise.py.
"""

from __future__ import annotations

import re

from .dates import MONTHS

# Furniture is short: the longest real widget lines seen in the Zyte pages and
# scraped text are under 120 characters ("Your email address will not be
# published. Required fields are marked *"). Longer lines are prose.
MAX_NOISE_CHARS = 160

_SHARE_WORDS = {
    "share", "shares", "this", "article", "story", "page", "on", "via", "facebook", "twitter",
    "x", "whatsapp", "email", "e-mail", "mail", "linkedin", "pinterest", "reddit", "telegram",
    "print", "copy", "link", "tweet", "messenger", "save", "flipboard", "sms", "bluesky",
    "threads", "the", "comments", "comment", "share:", "gift", "url", "copied",
}

_RULES: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx, re.I)) for name, rx in [
    ("read-time", r"(?:reading time|read time|estimated reading time)?\s*:?\s*\d{1,3}\s*"
                  r"(?:-\s*)?(?:min(?:ute)?s?|mins?\.?)\s*(?:read|reading|de lecture)?"),
    ("read-time", r"(?:listen|listen to (?:this )?(?:article|story))\s*(?:\(?\d{1,3}:\d\d\)?|"
                  r"\d{1,3}\s*min(?:ute)?s?)?"),
    ("badge", r"(?:breaking(?:\s+news)?|live(?:\s+updates?)?|exclusive|developing(?:\s+story)?|"
              r"just in|update[d]?|watch|video|photos?|gallery|opinion|analysis|explainer|"
              r"sponsored(?: content)?|advertisement|advertising|ad|promoted|premium|"
              r"subscriber only|skip to (?:main )?content|menu|search|sign in|log in|home|"
              r"top stories|trending|news|world|national|local|politics|business)\s*[:|•]?"),
    ("advert", r"(?:story|article|content) continues (?:below|after) (?:this )?"
               r"(?:advertisement|ad|the ad)"),
    ("advert", r"(?:scroll|continue) (?:down )?to (?:continue|read more)(?: reading)?|"
               r"advertisement\s*[-–—]\s*scroll to continue"),
    ("comment-form", r"(?:leave a (?:reply|comment)|post a comment|add a comment|"
                     r"\d*\s*comments?|join the (?:conversation|discussion)|"
                     r"comments? (?:are|have been) closed|show comments|view comments)\s*"
                     r"(?:\(\d+\))?\s*:?"),
    ("comment-form", r"your email address will not be published\.?.*|"
                     r"required fields are marked.*|(?:name|email|e-mail|website|comment)\s*\*?|"
                     r"post comment|submit comment|cancel reply|"
                     r"save my name,? email,? and website .*|notify me of (?:follow-up|new) .*|"
                     r"you must be logged in to post a comment\.?"),
    ("teaser-heading", r"(?:check also|related(?: articles| stories| content| news| coverage)?|"
                       r"read (?:more|also|next)|also read|see also|more from [\w .'’&-]{1,40}|"
                       r"you (?:may|might) also (?:like|be interested in)|recommended"
                       r"(?: for you| stories)?|most (?:read|popular|viewed)|popular(?: now)?|"
                       r"more stories|latest(?: news| stories)?|more on this story|"
                       r"don['’]t miss|what to read next|editor['’]s picks|more in [\w .&-]{1,30}|"
                       r"recent posts|top headlines)\s*:?"),
    ("teaser", r"(?:read more|related|see also|also read|read also|check also|more|watch|"
               r"listen)\s*[:»>|–—-]\s*.{3,140}"),
    ("newsletter", r".{0,60}\b(?:sign up for|subscribe to) (?:our|the|my) [\w ]{0,30}"
                   r"(?:newsletter|briefing|updates|alerts).{0,80}"),
    ("newsletter", r"(?:get|have|receive)\b.{0,60}\b(?:in|to|into|straight to) your inbox"
                   r".{0,80}"),
    ("newsletter", r"(?:subscribe|sign up|join us|follow us)(?: now| today| here)?"
                   r"(?: on [\w ,]{2,60})?\s*[.!]?"),
    # A subscription form's consent line: "You agree to receive occasional
    # updates and special offers for ...", "By signing up, you agree to our
    # Terms of Use". Addressed to the reader, not told of anyone.
    ("newsletter", r"(?:by (?:signing up|subscribing|registering|clicking|submitting)\b[^,]{0,60},\s*)?"
                   r"you (?:agree|consent) to (?:receive|our|the)\b.{0,140}"),
    # its thanks, with what follows it on the line ("Thank you for signing up.
    # For more from The Nation, check out our latest issue": 6 Baly lines)
    ("newsletter", r"thank you for (?:subscribing|signing up)\b.{0,140}"),
    # A line that is only an age, of the page or of a linked item: "7 years ago",
    # "22 hours ago" (CNN's posts open with one: 98 lines of Baly, all alone on
    # their line). Digits only and no full stop: "A year ago." may be prose.
    ("age", r"(?:about |over |around )?\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
            r"weeks?|months?|years?)\s+ago"),
    ("tags", r"(?:tags?|topics?|filed under|categories|category|keywords)\s*:\s*.{1,200}"),
    ("copyright", r"(?:©|\(c\)|copyright)\s*.{0,150}"),
    ("copyright", r"all rights reserved\.?.{0,80}"),
    ("credit", r"\(?\s*(?:with )?(?:additional )?(?:reporting|writing|editing|compiled|"
               r"produced|research)\s+by\s+.{2,150}\)?\.?"),
    ("credit", r".{2,60}\bcontributed to this (?:report|story|article)\.?"),
    # The Guardian's "— staff and agencies", "Guardian staff and agencies", "AFP staff".
    ("credit", r"(?:[\w’'&-]+\s+){0,3}(?:staff|agencies)(?:\s+and\s+agencies|\s+reporters?|"
               r"\s+writers?)?\.?"),
    ("credit", r"(?:this|the) (?:article|story|report|piece) (?:was|is|has been) "
               r"(?:first|originally) published (?:by|in|on|at) .{2,120}"),
    ("separator", r"[-*_=~•·#]{3,}"),
    ("updated", r"(?:updated|last updated|modified|published|posted|first published)\s*"
                r"(?:on|at)?\s*:?\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\.?,?\s*)?"
                rf"(?:{MONTHS}\s*\d|\d{{1,2}}\s+{MONTHS}|\d{{1,4}} ?[-/.:] ?\d|"
                r"\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)[^.!?]{0,50}"),
]]

_CREDIT_DASH = re.compile(r"^[-–—•]\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def classify_line(line: str) -> str | None:
    """The kind of furniture ``line`` is, or None when it may be article text."""
    s = line.strip()
    if is_signup_form(s):
        return "newsletter"
    if not s or len(s) > MAX_NOISE_CHARS:
        return None
    # A credit set off by a dash ("- © AFP 2025", "— staff and agencies") is
    # read as the credit; a separator line ("---") keeps its dashes.
    s = _CREDIT_DASH.sub("", s)
    if is_share_widget(s):
        return "share"
    if is_navigation(s):
        return "navigation"
    for name, rule in _RULES:
        if rule.fullmatch(s):
            # A line that ends like a sentence and quotes someone is prose,
            # whatever words it opens with.
            if name in ("teaser", "newsletter", "credit", "updated") and _quoted_sentence(s):
                return None
            return name
    return None


# What a sign-up form says to its reader, and no article says of anyone:
# confirmations, errors and consent ("Invalid email address. Please re-enter.
# ... You may opt-out at any time. ... Thank you for subscribing.").
_FORM_PHRASES = re.compile(
    r"you agree to receive|opt[- ]?out at any time|unsubscribe (?:from [\w ]{1,40})?at any time|"
    r"thank you for (?:subscribing|signing up)|invalid email|(?:enter|re-enter) a valid email|"
    r"not a robot|you will receive (?:e-?mails|newsletters?)|you must select a newsletter|"
    r"an error has occurred|(?:please )?(?:choose|select) your country|"
    r"confirm your subscription|check your spam folder", re.I)
# Counted on the shared corpora (issue 15): 142 Baly lines hold two of these
# phrases, all forms (New York Times 53, Politico 88, Time 1), 214 to 567
# characters long; AllSides, ECB+, recession-46 and the sample, none. Of the 16
# lines holding one, prose told of a form stays ("can opt out at any time" of a
# study's volunteers, a poll's "not a robot" box), as does Time's 3,000-character
# country list around its form (7 lines, left in the body: too long to tell
# from prose that lost its line breaks) until clean.v10 read its list apart.
MAX_FORM_CHARS = 800
# A form's drop-down list (Time's picker of 240 countries, 2,300 characters):
# a run of this many words, each capitalised or a connective inside a name
# ("Bosnia and Herzegovina", "Congo, Democratic Republic of"), is a list of
# options. Of the 2,794 Baly lines over 800 characters, 2,757 have no run of
# 20 such words; the 23 with a run of 30 or more are lists (a state's
# endorsers by name, Time's 7 forms). The list alone makes no form: two of the
# form's phrases are still needed.
MIN_OPTION_WORDS = 30
_CONNECTIVES = frozenset({"and", "of", "the", "&"})


def is_signup_form(line: str) -> bool:
    """A newsletter sign-up form's text run onto one line: two or more of the
    things a form says to its reader, with nothing quoted. A list of options
    inside it (countries) does not count towards its length."""
    s = line.strip()
    if len(s) > MAX_FORM_CHARS and len(s) - _option_list_chars(s) > MAX_FORM_CHARS:
        return False
    if _quoted_sentence(s):
        return False
    return len({m.lower() for m in _FORM_PHRASES.findall(s)}) >= 2


def _option_list_chars(line: str) -> int:
    """Characters in runs of MIN_OPTION_WORDS words or more that are all
    capitalised or connectives: the options of a drop-down list."""
    total, run, run_chars = 0, 0, 0
    for word in line.split() + ["."]:
        if word.lstrip("(")[:1].isupper() or word in _CONNECTIVES:
            run, run_chars = run + 1, run_chars + len(word) + 1
            continue
        if run >= MIN_OPTION_WORDS:
            total += run_chars
        run, run_chars = 0, 0
    return total


def is_navigation(line: str) -> bool:
    """A menu or breadcrumb: short segments between separators
    ("Home > News > National", "News | Local | Sport", "COASTLINE TIMES | WORLD").
    A headline is one phrase, not a list of one- to four-word labels."""
    if line.strip().startswith("|"):
        return False  # a table row (trafilatura writes tables as "| a | b |"), body text
    parts = [p.strip() for p in re.split(r"\s+[|>»•/›]\s+", line.strip())]
    return len(parts) >= 2 and all(0 < len(p.split()) <= 4 and not _TERMINAL.search(p)
                                   for p in parts)


def is_share_widget(line: str) -> bool:
    """A line made only of share-button words ("Share this article: Facebook Twitter Email")."""
    words = re.findall(r"[\w:-]+", line.lower())
    return 2 <= len(words) <= 14 and all(w.strip(":") in _SHARE_WORDS or w == ":" for w in words) \
        and any(w.strip(":") in {"share", "facebook", "twitter", "whatsapp", "linkedin", "email",
                                 "tweet", "print"} for w in words)


def looks_like_prose(line: str) -> bool:
    """A paragraph of article text: a sentence of several words ending in punctuation."""
    s = line.strip()
    return len(s.split()) >= 8 and bool(_TERMINAL.search(s))


def is_headline_like(line: str) -> bool:
    """Short and without final punctuation: a title or a teaser's headline."""
    s = line.strip()
    return 0 < len(s.split()) <= 20 and len(s) <= 160 and not _TERMINAL.search(s)


# Headline grammar leaves out the auxiliary verbs of the perfect, the passive
# and the progressive ("Man charged in hit and run" for "A man has been
# charged ..."), and a lead keeps them: "has been roped in", "was killed",
# "will be". The participle is read by its ending or from the common irregular
# ones; a regular expression on these few function words stands in for a
# tagger, which the clean stage does not load.
_AUXILIARY = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)(?:\s+(?:not|never|also|already|just|now|"
    r"reportedly|finally|since|been|being))*\s+(?:[a-z]+ed|[a-z]+en|been|being|made|done|"
    r"said|told|held|found|left|led|won|lost|set|put|paid|sent|seen|shown|brought|bought|"
    r"caught|thought|built|kept|met|run|begun|become|come|gone|struck|hit|shot|cut|hurt)"
    r"|(?:will|would|could|should|may|might|must)\s+(?:not\s+)?(?:be|have))\b", re.I)
# On the Baly set (issue 13): of 7,392 headlines without final punctuation, 63
# (0.9%) are sentence-case lines of 14 words or more using such a verb; at 12
# words it is 1.5%, at 10 words 2.1%. Of 1,524 lead sentences with their full
# stop taken off, 24% pass (the others still read as headlines when short).
MIN_LEAD_WORDS = 14


def lead_without_full_stop(line: str) -> bool:
    """A lead sentence whose full stop was lost ("Hugh Jackman has been roped in
    to host the 81st annual Academy Awards ceremony"), not a headline: written
    in sentence case, of MIN_LEAD_WORDS words or more, with the auxiliary verbs
    headlines leave out. A Title Case line is a headline whatever its verbs."""
    words = line.split()
    if len(words) < MIN_LEAD_WORDS or _TERMINAL.search(line):
        return False
    later = [w for w in words[1:] if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in later)
    return capitalised < len(later) / 2 and bool(_AUXILIARY.search(line))


def _quoted_sentence(s: str) -> bool:
    return bool(re.search(r"[\"“”]", s)) and bool(re.search(r"\b(?:said|says|told|asked)\b", s))
