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


def _given_names_fit(short: tuple[str, ...], long: tuple[str, ...],
                     crowded: frozenset[str] = frozenset()) -> bool:
    """Each given name of the shorter name is in the longer one, or is the
    initial the longer one writes: "Frank McKenzie" and "Kenneth F.
    McKenzie" (who goes by his middle name), "Mark Milley" and "Mark A.
    Milley". A one-letter word matches only a name with that first letter."""
    initials = {t for t in long if len(t) == 1}
    return all(w in long or (len(w) > 1 and w[0] in initials) or (len(w) == 1 and any(
        t.startswith(w) for t in long)) or _short_form(w, long) or _spelt_otherwise(w, long, crowded)
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
               "kathy": "kathleen", "peg": "margaret", "andy": "andrew", "jerry": "gerald",
               # forms whose letters part from their name's at the third or
               # fourth ("Dave" and "David" Lesar, dev5 "Halliburton Chairman")
               "dave": "david", "mike": "michael", "nick": "nicholas", "tom": "thomas",
               "joe": "joseph"}


# A transliterated given name spelt with one other letter is one name
# ("Gurbanguly", "Kurbanguly" and "Gurbanguli" Berdymukhamedov; "Heydar" and
# "Heidar" Alishvandi: ECB+ dev4, two stories) from this many letters: shorter
# names differ by one letter as other names do ("Dana", "Dena").
SPELLING_LETTERS = 5


def _spelt_otherwise(word: str, long: tuple[str, ...], crowded: frozenset[str] = frozenset()) -> bool:
    """``word`` and a given name of ``long`` are as long, at least
    SPELLING_LETTERS, and differ in one letter; not in a last "a" against
    "o", which makes another name of a pair ("Maria", "Mario"), nor in a
    letter that ``crowded`` (_crowded_letters) says the story writes three
    ways, nor between two names English writes often (_common_name), nor
    from a common given name (_census_name: "Karen" is 0.67% of people,
    "Koren" none of the list, so "Koren Lund" is no "Karen Lund" misspelt)."""
    for t in long:
        if len(t) != len(word) or len(t) < SPELLING_LETTERS or _common_name(word) and _common_name(t) \
                or _census_name(word) or _census_name(t):
            continue
        differ = [i for i, (x, y) in enumerate(zip(word, t)) if x != y]
        if len(differ) == 1 and not (differ[0] == len(t) - 1 and {word[-1], t[-1]} == {"a", "o"}) \
                and _masked(word, differ[0]) not in crowded:
            return True
    return False


# A given name English text writes this often (wordfreq's Zipf scale, per
# billion words: 3 is once in a million) is a name of its own: "Mario" 4.2
# and "Marco" 3.9, "Karen" 4.1 and "Karin" 3.0, "Marie" 4.2 are two people
# one letter apart; of a name transliterated two ways one form at least is
# rare ("Gurbanguly" 1.5, "Kurbanguly" 0, "Heydar" 1.7, "Heidar" 1.2).
COMMON_NAME_ZIPF = 3.0


def _common_name(word: str) -> bool:
    from wordfreq import zipf_frequency  # (loaded on the first names compared)

    return zipf_frequency(word, "en") >= COMMON_NAME_ZIPF


def _census_name(word: str) -> bool:
    """``word`` is a given name the US Census of 1990 found borne by 0.01% of
    people or more (claims/missed_people.py): a name English-speaking parents
    give, spelt as they spell it, so a letter off it is another name (or a
    slip no rule can tell from one). Transliterated names, the ones spelt
    several ways ("Gurbanguly", "Heydar", "Dmitry"), are not in the list."""
    from ..claims.missed_people import given_name_share

    return given_name_share(word) > 0


def _masked(word: str, i: int) -> str:
    """The word with its letter at ``i`` hidden: "mari?" for "maria", "mario"."""
    return word[:i] + "?" + word[i + 1:]


def _crowded_letters(names: list[tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """By surname, the given names (masked, _masked) the story writes with
    three or more letters in one place ("Maria", "Marie" and "Mario" Rossi):
    a name transliterated two ways alternates two letters in a place
    ("Gurbanguly", "Kurbanguly", "Gurbanguli": g/k and y/i), so a third
    letter there makes three names, three people, not one spelt three ways."""
    letters: dict[tuple[str, str], set[str]] = {}
    for name in names:
        for word in name[:-1]:
            if len(word) >= SPELLING_LETTERS:
                for i, letter in enumerate(word):
                    letters.setdefault((name[-1], _masked(word, i)), set()).add(letter)
    crowded: dict[str, set[str]] = {}
    for (surname, masked), found in letters.items():
        if len(found) >= 3:
            crowded.setdefault(surname, set()).add(masked)
    return {surname: frozenset(m) for surname, m in crowded.items()}


def same_person(a: tuple[str, ...], b: tuple[str, ...],
                crowded: dict[str, frozenset[str]] | None = None) -> bool:
    """One name is the other or a part of it ending in the same surname
    (``crowded``: the given names a story writes three ways, _crowded_letters)."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short[-1] == long[-1] and _given_names_fit(
        short[:-1], long[:-1], (crowded or {}).get(long[-1], frozenset()))


def _one_spelling(names: set[tuple[str, ...]], crowded: dict[str, frozenset[str]]
                  ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name mapped to one of the names that spell it otherwise, a letter
    here and there, followed through a chain (union-find): "Gurbanguli" and
    "Kurbanguly" differ in two letters, but "Gurbanguly" is one letter from
    each (ECB+ dev4, three outlets), and a name compared pair by pair stayed
    three. A third letter in one place (_crowded_letters) links nothing."""
    parent = {n: n for n in names}

    def root(n: tuple[str, ...]) -> tuple[str, ...]:
        while parent[n] != n:
            n = parent[n]
        return n

    ordered = sorted(names)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if len(a) == len(b) and a[-1] == b[-1] and all(
                    x == y or _spelt_otherwise(x, (y,), crowded.get(a[-1], frozenset()))
                    for x, y in zip(a[:-1], b[:-1])):
                ra, rb = root(a), root(b)
                parent[min(ra, rb)] = max(ra, rb)
    return {n: root(n) for n in names}


def canonical(names: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name mapped to the fullest compatible name, when that is unique
    ("Korrin" → "adaeze korrin"; a bare "Smith" with two Smiths stays itself),
    names spelt otherwise taken as one first (_one_spelling)."""
    # (of two names as long, a given name cut short gives way to the whole
    # one: "steve portnoy" → "steven portnoy")
    def fullness(n: tuple[str, ...]) -> tuple:
        return len(n), len(" ".join(n)), n

    crowded = _crowded_letters(names)
    spelt = _one_spelling(set(names), crowded)
    kept = set(spelt.values())
    out = {}
    for name in kept:
        fuller = {n for n in kept if fullness(n) > fullness(name) and same_person(name, n, crowded)}
        longest = {n for n in fuller if not any(fullness(m) > fullness(n) and same_person(n, m, crowded)
                                                for m in fuller)}
        out[name] = next(iter(longest)) if len(longest) == 1 else name
    return {name: out[spelt[name]] for name in names}


def display_name(name: str, title: str | None = None) -> str:
    """The name as written, without a title run into it ("Spokeswoman Priya
    Venn"), nor the possessive of the body the person serves read into it
    ("Armour’s Kevin Plank" of "Under Armour’s Kevin Plank": notes gold,
    heldout25, a name cut and mangled): a person's name holds no "’s"."""
    drop = set(TITLE_WORDS) | set(re.findall(r"\w+", (title or "").lower()))
    kept = [w for w in name.split() if w.lower().strip(".,") not in drop]
    owner = max((n for n, w in enumerate(kept[:-1]) if re.fullmatch(r"[A-Z][\w.&-]*[’']s", w)),
                default=None)
    if owner is not None and kept[owner + 1][:1].isupper():
        kept = kept[owner + 1:]
    return " ".join(kept) or name


def without_a_doubled_surname(name: str, sentence: str) -> str:
    """A name of three words or more whose last word repeats the one before
    it, where the sentence does not write it so, with that word once: the
    quote reader joined a full name to the surname the article then uses
    ("Hillary Clinton Clinton": notes gold, heldout23). A name of two words
    may be written so ("Sirhan Sirhan"), and is left as it is."""
    words = name.split()
    if len(words) >= 3 and words[-1] == words[-2] and " ".join(words[-2:]) not in sentence:
        return " ".join(words[:-1])
    return name


# The words an office ends on after "of" or a first title word, that open no
# name: "Secretary of State", "Secretary of Defense", "Chief of Staff",
# "Attorney General". The quote reader that starts a speaker at the last
# capitalised word of a title left one of them before the name.
_OFFICE_TAILS = frozenset("""state defense defence staff interior finance treasury justice commerce
labor energy education agriculture transportation general""".split())


def without_a_title_s_tail(name: str) -> str:
    """A speaker opening on the last word of a cut office ("State Rex
    Tillerson" of "Secretary of State Rex Tillerson": notes gold, heldout24)
    as the person's name alone ("Rex Tillerson"); kept when the rest is no
    person's name by the recogniser ("State Farm Insurance") or the first
    word is none of those an office ends on ("Rex Tillerson")."""
    words = name.split()
    if len(words) < 3 or words[0].lower() not in _OFFICE_TAILS or not words[0][:1].isupper() \
            or not all(re.fullmatch(r"[A-Z][\w’'-]*\.?", w) for w in words[1:]):
        return name
    from ..claims.nlp import parse_with_entities

    rest = " ".join(words[1:])
    people = [e for e in parse_with_entities(rest).ents if e.label_ == "PERSON"]
    return rest if people and people[0].text == rest else name
