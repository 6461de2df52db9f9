"""The words of titles as roles are compared across articles: "chair of the
Federal Reserve" is the "Federal Reserve Chair", "Gov." the "Governor", a
"publicist" a "spokesperson"; which titles are one office and which are two
offices of one kind ("Mines Minister", "Energy Minister"). Split from
corroborate/roles.py, which decides what a person's titles say together.
"""

from __future__ import annotations

import re

from ..claims.epithets import party_headed
from ..claims.org_roles import ORG_KINDS
from ..claims.titles import ONE_TITLE, TITLE_ABBREVIATIONS

# Adjectives of nationality or place that qualify a title without changing the
# office ("Kenyan Interior Minister" is the Interior Minister).
# "Federal", "State" and "National" are not dropped: they are part of offices'
# names ("Federal Reserve Chair", "National Security Adviser").
_QUALIFIERS = re.compile(r"\b(?:u\.?s\.?|us|american|british|uk|french|german|kenyan|"
                         r"acting|interim|incumbent|current)\b")


# Words of one title: "Gov." and "Governor", "chairman" and "chair",
# "spokesman" and "spokesperson" (claims/titles.py); the trade papers' "prexy"
# and "president" ("ABC Entertainment Group prexy Paul Lee"); "chief of" and
# "head of" one body ("chief of the Mine Rescue Service", "head of the Mine
# Rescue Service"). Folded here, where titles are compared, not where they are
# read: a note still writes the title as its article did.
ABBREVIATIONS = {**TITLE_ABBREVIATIONS, **ONE_TITLE, "prexy": "president", "chief": "head",
                  # One office or job under two words, as US copy writes them: "Rep." and
                  # "Congresswoman", "her lawyer" and "attorney Mark Heller" (issue 12:
                  # titles grouped by their last word never met).
                  "congressman": "representative", "congresswoman": "representative",
                  "lawyer": "attorney",
                  # An expert news quotes by their field is a doctor or a specialist of
                  # it to another outlet, one fact in other words ("the nation's top
                  # infectious diseases expert", "... doctor Anthony Fauci": fact gold
                  # dev2, agree), as a publicist and a spokesman are not (_ONE_KIND).
                  "doctor": "expert", "physician": "expert", "specialist": "expert"}


# Jobs of one kind under different words: a star's publicist is the one who
# speaks for them ("her longtime publicist Harlan Boll", "family spokesman
# Harlan Boll"). One finding, but not the same words: both can be true (fact
# gold dev, compatible).
_ONE_KIND = {"publicist": "spokesperson"}
# What a note says of two words for one kind of job, by the kind.
KIND_REASONS = {"spokesperson": "a publicist speaks for the person they work for"}

# Titles that say only whom a person works for: an employee or official of a
# body may hold any post in it ("a former Facebook employee" and "the former
# project manager", "a former Justice Department official" and "the head of
# the DOJ's civil division"); so may a journalist of an outlet ("CBS's
# Steven Portnoy", read "CBS journalist" by claims/title_before.py, is also
# the White House Correspondents' Association President). Beside a person's
# one other title they are one finding, both true; beside two or more they
# say too little to choose.
MEMBERSHIP = frozenset({"employee", "official", "staffer", "journalist"})

# Honorifics that say what a person does, a doctor's or a cleric's ("Dr.
# Muntu Davis", "the Rev. Larry Kroon", claims/title_before.py): said beside
# the post itself, one fact ("the county's health officer, Dr. Muntu Davis",
# "The church's pastor, Larry Kroon": fact gold dev3 and dev4, agree), never
# another kind of title.
CALLINGS = frozenset({"dr", "rev"})

ACTING = re.compile(r"\b(?:acting|interim)\b", re.I)
# Qualifiers that make another office of the same kind: a co-producer is not
# the producer, nor a deputy director the director. ("acting" and "interim"
# are dropped by _QUALIFIERS: an acting director holds the office.)
RANK_QUALIFIERS = frozenset({"co", "deputy", "vice", "assistant", "associate", "lieutenant"})


# "premier" is another word for a prime minister ("the interim premier",
# "interim Prime Minister Claude Joseph"): read as its two words, so that a
# province's or a country's premier is set against a minister no more than a
# prime minister is.
_PREMIER = re.compile(r"\bpremier\b")
# "chief executive (officer)" is a CEO ("the company's chief executive", "CEO
# Brian Moynihan"), read whole before "chief" is folded into "head".
_CHIEF_EXECUTIVE = re.compile(r"\bchief executive(?: officer)?\b")
# Titles written by their initials, spelled out before the office's head is
# looked for: "Facebook VP of Global Affairs" is "Facebook's vice president of
# global affairs" (dev3), "Angels GM" the "Angels general manager" (dev3,
# sports copy). Not "CEO": it is the head word other titles fold into.
_INITIALS = {"vp": "vice president", "svp": "senior vice president",
             "evp": "executive vice president", "gm": "general manager"}
_INITIALS_PATTERN = re.compile(r"\b(?:" + "|".join(_INITIALS) + r")\b")


# Words for any body, said after the kind that tells it ("nonprofit group",
# "advocacy organization"): the kind is the head ("U.S. nonprofit group" and
# "U.S.-based nonprofit" are one description of EcoHealth Alliance).
_ANY_BODY = frozenset({"group", "organization", "organisation"})


def unfolded_words(title: str) -> tuple[str, ...]:
    text = _QUALIFIERS.sub(" ", title.lower().replace("’", "'"))
    text = _PREMIER.sub("prime minister", text)
    text = _CHIEF_EXECUTIVE.sub("ceo", text)
    text = _INITIALS_PATTERN.sub(lambda m: _INITIALS[m.group()], text)
    # "his former chief-of-staff" is "Trump's chief of staff" (dev3)
    text = re.sub(r"-(of|for|to|at)-", r" \1 ", text)
    # "Secretary of State", "Special Envoy for Haiti", "special envoy to Haiti",
    # "product manager at Facebook": the office's head is before "of"/"for"/"to"/"at".
    office, *rest = re.split(r" (?:of|for|to|at) ", text, maxsplit=1)
    if rest:
        text = f"{rest[0]} {office}"
    words = tuple(ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z]+", text)
                  if w not in ("the", "of", "former"))
    if len(words) >= 2 and words[-1] in _ANY_BODY and words[-2] in ORG_KINDS:
        words = words[:-1]  # a body's "nonprofit group" is its "nonprofit"
    return words


def title_words(title: str) -> tuple[str, ...]:
    """The words of a title, head last: "chair of the Federal Reserve" reads as
    "federal reserve chair", abbreviations, gendered forms and jobs of one
    kind folded; a body's "nonprofit group" reads as "nonprofit" (_words)."""
    words = unfolded_words(title)
    return words[:-1] + (_ONE_KIND.get(words[-1], words[-1]),) if words else words


def shares_a_word(a: set[str], b: set[str]) -> bool:
    """A word in common, an abbreviation counting as its word ("fed" and "federal")."""
    return any(x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)))
               for x in a for y in b)


def same_office(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One title's words within the other's, an abbreviation counting as its
    word ("Fed Chair" and "Federal Reserve Chair", "President" and "U.S. President")."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    initials = _initials(long)
    return all(any(w == x or (len(w) >= 3 and x.startswith(w)) for x in long) or w in initials
               for w in short)


def _initials(words: tuple[str, ...]) -> set[str]:
    """The initials of every run of two to four words of a title: a body is
    written by its initials in one outlet and in full in another ("OSP Lt.
    Gregg Hastings", "Oregon State Police Lt. Gregg Hastings", ECB+ dev4: set
    against each other as two offices, a false conflict)."""
    return {"".join(w[0] for w in words[i:j]) for i in range(len(words))
            for j in range(i + 2, min(i + 4, len(words)) + 1)}


def different_offices(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two offices of one kind that cannot be one: the same head word, and
    qualifiers that share nothing ("Mines Minister" and "Energy Minister")."""
    if not a or not b or a[-1] != b[-1] or same_office(a, b):
        return False
    qa, qb = set(a[:-1]), set(b[:-1])
    return bool(qa) and bool(qb) and not shares_a_word(qa, qb)


def is_office(title: str) -> bool:
    """A title written as an office, capitalised ("Energy Minister", "Fed
    Chair"), not a description ("Playboy founder", "seasoned director"): only
    offices can be set against each other."""
    words = [w for w in re.findall(r"[A-Za-z][\w.'’-]*", title) if w.lower() not in ("of", "the", "and")]
    # A party is a membership, not an office ("West Virginia Democrat").
    return bool(words) and all(w[0].isupper() for w in words) and not party_headed(title)
