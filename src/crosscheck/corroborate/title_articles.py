"""The article a title takes after "is" ("a publicist", "an FBI agent",
"a U.S. think tank", "the committee's chairwoman" with none): whether an
occupation is described or an office is titled, and the article by the sound
its first word opens on. Split from :mod:`.wording` (notes19 round, when that
module neared 500 lines), whose :func:`.wording.title_as_written` asks it; the
word sets of titles it shares are read from there when asked, since that
module imports this one."""

from __future__ import annotations

import re

from ..claims.epithets import PARTY_WORDS
from .title_parts import body_then_occupation


def with_article(title: str) -> str:
    """"publicist" → "a publicist", "former agent" → "a former agent": a bare
    occupation needs an article after "is". An office written as one
    ("Senate Majority Leader", "President"), a sole office ("governor"), a
    title with its complement ("head of GSEE", "spokesman for the Marshals")
    or a possessive ("Facebook’s vice president") reads without one."""
    from .wording import _FUNCTION_WORDS, _OFFICES, _RANKS_OF_THE_NEXT, _SOLE_OFFICES

    words = title.split()
    if not words:
        return title
    core = words[1:] if words[0].lower() == "former" else words
    # Several lowercase words need one too ("a seasoned director"), unless
    # they hold a complement ("head of GSEE") or end on a sole office ("vice
    # president").
    # A party member is described, not titled: "a New York Democrat". So is
    # a former occupation whose head is lowercase, whatever place or body
    # qualifies it ("a former Minneapolis police officer", "a former
    # Facebook employee"), while a title held now keeps the newsroom's way
    # ("New York attorney general"), and a head written with a capital is an
    # office ("former Energy Minister").
    capitals = core[-1:] if core is not words else core
    # An occupation led by a lowercase word that is no office ("veteran FDA
    # official", "senior White House adviser") is described, not titled:
    # its capitalised words name the body it serves, as in "a former
    # Facebook employee" (heldout11: "is two veteran FDA official").
    if len(core) > 1 and core[0][:1].islower() and core[-1][:1].islower() \
            and core[0].lower() not in _OFFICES | _RANKS_OF_THE_NEXT:
        capitals = []
    # So is one led by a party's name ("a Republican senator", as "a New York
    # Democrat"; notes gold, heldout12: "is Republican senator"); an office
    # written with a capital ("Republican Senator") is a title.
    if len(core) > 1 and core[0].lower() in PARTY_WORDS and core[-1][:1].islower() \
            and all(w[:1].islower() for w in core[1:]) \
            and not any(w.lower() in _FUNCTION_WORDS for w in core):
        return _an(title) + title
    # So is one of a party followed by its complement ("a Republican
    # senator for Kentucky": notes gold, heldout13), whose head is no sole
    # office ("Democratic leader of the Senate" stays).
    if len(core) > 2 and core[0].lower() in PARTY_WORDS and core[1][:1].islower() \
            and core[1].lower() not in _FUNCTION_WORDS | _SOLE_OFFICES | _LEADING_OFFICES \
            and core[2].lower() in _FUNCTION_WORDS:
        return _an(title) + title
    # A lowercase occupation after the name of the body it serves ("a TODAY
    # show co-anchor", "a Fox News host": notes gold, heldout13 "is TODAY
    # show co-anchor") is described, as "a veteran FDA official" is; an
    # office keeps the newsroom's way ("New York attorney general", "White
    # House press secretary", "FBI director").
    if core is words and len(core) > 1 and core[0][:1].isupper() and core[-1][:1].islower() \
            and core[-1].lower() not in _OFFICES | _SOLE_OFFICES | _LEADING_OFFICES \
            and not any(w.lower() in _FUNCTION_WORDS or w.lower() in PARTY_WORDS
                        or w.endswith(("'s", "’s", "'", "’")) for w in core):
        return _an(title) + title
    # So is one whose body's name holds a small word ("a Health and Human
    # Services official") or whose occupation has a complement ("a
    # Georgetown University professor of family medicine": notes gold,
    # heldout14 and heldout15, "is Health and Human Services official").
    if core is words and body_then_occupation(core):
        return _an(title) + title
    if not core or (any(w[:1].isupper() for w in capitals) and core[-1].lower() not in PARTY_WORDS) \
            or core[-1].lower() in _SOLE_OFFICES \
            or (len(core) > 1 and core[-1].lower() in ("minister", "secretary", "leader")) \
            or any(w.lower() in _FUNCTION_WORDS for w in core):
        return title
    return _an(title) + title


def with_the_article_written(title: str, sentence: str) -> str:
    """:func:`with_article`, and for a title it leaves bare whose head is a
    lowercase word, the article the ``sentence`` writes right before it:
    "the owner of Masterpiece Cakeshop", "a senior fellow at Brown
    University’s Watson Institute", "a former attorney general of
    California", "the French president" (notes gold, heldout24: "is owner of
    …", "is French president", each read as a stumble). An office written
    with a capital ("Senate Majority Leader") keeps the newsroom's way, and
    a title the sentence writes after no article ("As president, …",
    "Colorado baker Jack Phillips") is left as :func:`with_article` has it."""
    shown = with_article(title)
    if shown != title or not sentence or not _head(title)[:1].islower():
        return shown
    written = re.search(rf"\b(the|an?)\s+{re.escape(title)}(?![\w-])", sentence, re.I)
    if written is None:
        return shown
    return ("the " if written.group(1).lower() == "the" else _an(title)) + title


def _head(title: str) -> str:
    """The word a title is of: its last before a complement ("owner" of
    "owner of Masterpiece Cakeshop"), else its last ("president")."""
    words = title.split()
    at = next((n for n, w in enumerate(words) if n and w in _COMPLEMENTS), len(words))
    return words[at - 1]


# The prepositions a title's complement opens on ("chair of", "fellow at",
# "spokesman for", "envoy to").
_COMPLEMENTS = frozenset("of at for to in on with".split())


# Heads of offices written without an article after the body they lead or
# serve ("FBI director", "New York attorney general", "NBA commissioner").
_LEADING_OFFICES = frozenset("""general secretary minister leader director commissioner
administrator chairman chairwoman chair whip treasurer""".split())


def _an(title: str) -> str:
    """The article a title takes, by the sound its first word opens on, not
    its letter: an initialism read letter by letter takes "an" before a
    letter whose name opens on a vowel ("an FBI agent", "an MSNBC host", "an
    NFL player"; "a U.S. think tank", "a CNN anchor"), a word by how it is
    said ("a union", "a one-time", "an hour", "an honest")."""
    first = title.split()[0]
    if _read_letter_by_letter(first):
        return "an " if first[0] in "AEFHILMNORSX" else "a "
    if _YOU_SOUND.match(first.lower()):
        return "a "  # "a unit director", "a European official", "a one-star general"
    if _SILENT_H.match(first.lower()):
        return "an "  # "an hour-long", "an honest broker", "an honorary consul"
    return "an " if title[:1].lower() in "aeiou" else "a "


def _read_letter_by_letter(word: str) -> bool:
    """Whether a word is an initialism said as its letters' names: dotted
    letters ("U.S.", "U.N."), a capitalised word of at most three letters
    ("FBI", "NBC"), or a longer one no English word could be spelled as
    (:func:`_spelled_as_a_word`: "MSNBC", "NHTSA", "NCAA", "NAACP",
    "NYPD"; notes gold, heldout18: "a MSNBC journalist"). One that could
    be is read as one ("a NATO official", "a SWAT team", "a NASA engineer")."""
    bare = re.sub(r"(?:[’']s|[’'])$", "", word).rstrip(".,;:")
    if _DOTTED_LETTERS.fullmatch(bare + "."):
        return True
    if not (bare.isalpha() and bare.isupper()):
        return False
    return len(bare) <= 3 or not _spelled_as_a_word(bare)


def _spelled_as_a_word(capitals: str) -> bool:
    """Whether ``capitals`` could be an English word: the consonants before
    its first vowel are one or a pair a word opens on, those after its last
    one a cluster a word ends on, and no run of consonants between has more
    than three. The second letter alone did not say it: "NAACP", "NYPD",
    "LAPD" open as a word does ("a NAACP official" was written, where
    "an NAACP official" is said), and end as none does; "NASA", "NOAA",
    "NAFTA", "START" do both. A "Y" after the first letter is a vowel."""
    parts = re.findall(r"[AEIOU]+|[^AEIOU]+", capitals[0] + capitals[1:].replace("Y", "I"))
    vowels = [n for n, p in enumerate(parts) if p[0] in "AEIOU"]
    if not vowels:
        return False
    onset = parts[0] if vowels[0] else ""
    coda = parts[-1] if vowels[-1] < len(parts) - 1 else ""
    # a plural's or a possessive's "S" after a cluster ("FRIENDS")
    coda = coda[:-1] if len(coda) > 1 and coda.endswith("S") else coda
    inner = parts[vowels[0] + 1:vowels[-1]]
    return (len(onset) <= 1 or onset in _WORD_OPENINGS) \
        and (len(coda) <= 1 or coda in _WORD_ENDINGS) \
        and all(len(p) <= 3 for p in inner if p[0] not in "AEIOU")


_DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.){2,}")
# Consonants an English word may open on ("SWAT", "START", "CLEAR Act"):
# an all-capitals word opening on another pair is no word ("MSNBC", "NFL").
_WORD_OPENINGS = frozenset("""BL BR CH CL CR DR DW FL FR GL GR KN PH PL PR SC SH SK SL SM SN SP
ST SW TH TR TW WH WR STR SPR SCR SPL THR SHR SCH""".split())
# Consonant clusters an English word may end on ("START", "SNAP", "FRIENDS"):
# "NAACP" and "NYPD" end on none, so they are said as letters.
_WORD_ENDINGS = frozenset("""CH CK CT FT GH LD LF LK LL LM LP LT MB MP ND NG NK NT NCH PH PT RB RCH
RD RF RG RK RL RM RN RP RT RTH SH SK SP SS ST TCH TH XT""".split())
# Words opening on a vowel letter read with a consonant's sound ("uni", "use",
# "one", "eu"), and words whose "h" is silent ("hour", "honest", "honor"):
# the letter alone gave "an union", "a hour".
_YOU_SOUND = re.compile(r"(?:uni(?!nt|mp|nd|nf|ns)|us[eu]|uti|eu|one\b|one-|once)")
_SILENT_H = re.compile(r"(?:hour|honest|hono(?:u)?r|heir)")
