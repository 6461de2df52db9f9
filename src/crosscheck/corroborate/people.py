"""Names of people as articles give them: "Korrin", "Adaeze Korrin" and
"Mines Minister Adaeze Korrin" are one person."""

from __future__ import annotations

import re
import unicodedata

#: Words of a title, never of a name ("Spokeswoman Priya Venn" is Priya Venn);
#: a speaker given by one of these alone is described, not named ("the
#: producers", "U.S. Special Envoy").
TITLE_WORDS = frozenset("""mr mrs ms dr sir dame sen rep gov president minister spokeswoman
spokesman spokesperson chief secretary mayor governor judge general prime deputy former
senator representative chancellor premier envoy producer director ambassador commissioner
chair chairman chairwoman adviser advisor publicist lawyer attorney official founder ceo""".split())


def name_tokens(name: str | None, title: str | None = None) -> tuple[str, ...]:
    """The words of a person's name, without titles or a trailing possessive."""
    if not name:
        return ()
    drop = set(TITLE_WORDS) | set(re.findall(r"\w+", (title or "").lower()))
    tokens = [t for t in re.findall(r"[\w'-]+", without_accents(name.lower().replace("’", "'")))
              if t not in drop and t not in ("'s", "a", "an", "one", "the")]
    tokens = [t.removesuffix("'s") for t in tokens]
    # A generational suffix is no surname: "Kenneth F. McKenzie Jr.", "Joe Manchin III".
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    return tuple(tokens)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def without_accents(text: str) -> str:
    """The text without its accents: outlets write one name with and without
    them ("Jovenel Moïse", "Jovenel Moise"; "Sebastián Piñera", "Sebastian
    Pinera"), and English has no two names told apart by an accent alone."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _given_names_fit(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Each given name of the shorter name is in the longer one, or is the
    initial the longer one writes: "Frank McKenzie" and "Kenneth F.
    McKenzie" (who goes by his middle name), "Mark Milley" and "Mark A.
    Milley". A one-letter word matches only a name with that first letter."""
    initials = {t for t in long if len(t) == 1}
    return all(w in long or (len(w) > 1 and w[0] in initials) or (len(w) == 1 and any(
        t.startswith(w) for t in long)) or _short_form(w, long) or _spelt_otherwise(w, long)
        or HYPOCORISMS.get(w) in long for w in short)


# A given name cut short is the same name ("Steve" and "Steven" Portnoy, dev;
# "Chris" and "Christopher", "Dan" and "Daniel") from this many letters: two
# letters ("Al") would fit too many names.
SHORT_FORM_LETTERS = 3


def _short_form(word: str, long: tuple[str, ...]) -> bool:
    """``word`` is the first letters of a given name of ``long``, or that name
    the first letters of ``word`` ("steve" and "steven", either way round)."""
    return any(min(len(word), len(t)) >= SHORT_FORM_LETTERS and word != t
               and (t.startswith(word) or word.startswith(t)) for t in long)


# English given names and the familiar forms no rule on letters reads, as
# one outlet writes "Bill Hakim" and the next "Senior Trooper William Hakim"
# (ECB+ dev4), "Chuck" and "Charles E." Schumer (dev3): the common pairs of
# US copy, hand-listed (no library of hypocorisms is installed); a form that
# begins its name ("Mike", "Steve") is _short_form's.
HYPOCORISMS = {"bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
               "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james",
               "chuck": "charles", "ted": "edward", "ned": "edward", "tony": "anthony",
               "jack": "john", "johnny": "john", "liz": "elizabeth", "beth": "elizabeth",
               "betsy": "elizabeth", "peggy": "margaret", "maggie": "margaret",
               "hank": "henry", "larry": "lawrence", "sandy": "alexandra", "kate": "katherine",
               "kathy": "kathleen", "peg": "margaret", "andy": "andrew", "jerry": "gerald"}


# A transliterated given name spelt with one other letter is one name
# ("Gurbanguly", "Kurbanguly" and "Gurbanguli" Berdymukhamedov; "Heydar" and
# "Heidar" Alishvandi: ECB+ dev4, two stories) from this many letters: shorter
# names differ by one letter as other names do ("Dana", "Dena").
SPELLING_LETTERS = 5


def _spelt_otherwise(word: str, long: tuple[str, ...]) -> bool:
    """``word`` and a given name of ``long`` are as long, at least
    SPELLING_LETTERS, and differ in one letter; not in a last "a" against
    "o", which makes another name of a pair ("Maria", "Mario")."""
    for t in long:
        if len(t) != len(word) or len(t) < SPELLING_LETTERS:
            continue
        differ = [i for i, (x, y) in enumerate(zip(word, t)) if x != y]
        if len(differ) == 1 and not (differ[0] == len(t) - 1 and {word[-1], t[-1]} == {"a", "o"}):
            return True
    return False


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other or a part of it ending in the same surname."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short[-1] == long[-1] and _given_names_fit(short[:-1], long[:-1])


def canonical(names: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name mapped to the fullest compatible name, when that is unique
    ("Korrin" → "adaeze korrin"; a bare "Smith" with two Smiths stays itself)."""
    # (of two names as long, a given name cut short gives way to the whole
    # one: "steve portnoy" → "steven portnoy")
    def fullness(n: tuple[str, ...]) -> tuple:
        return len(n), len(" ".join(n)), n

    out = {}
    for name in names:
        fuller = {n for n in names if fullness(n) > fullness(name) and same_person(name, n)}
        longest = {n for n in fuller if not any(fullness(m) > fullness(n) and same_person(n, m)
                                                for m in fuller)}
        out[name] = next(iter(longest)) if len(longest) == 1 else name
    return out


def display_name(name: str, title: str | None = None) -> str:
    """The name as written, without a title run into it ("Spokeswoman Priya Venn")."""
    drop = set(TITLE_WORDS) | set(re.findall(r"\w+", (title or "").lower()))
    kept = [w for w in name.split() if w.lower().strip(".,") not in drop]
    return " ".join(kept) or name
