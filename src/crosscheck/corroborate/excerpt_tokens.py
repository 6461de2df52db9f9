"""Single words of a sentence as an excerpt reads them: where a clause ends
(a comma, a full stop that is no abbreviation's), which small words join a
name, which verbs put themselves before their subject. Split from
excerpts.py, which cuts the excerpt with them."""

from __future__ import annotations

import re

from ..claims.titles import ABBREVIATED_BEFORE_A_NAME, HONORIFIC_ABBREVIATIONS
from ..clean.leads import credit_run_in

_AUXILIARIES = frozenset("""be been being is are was were has have had will would shall
should can could may might must do does did""".split())
# Words that put the verb before its subject when they open a clause ("Not
# only were the statements made…", "Never has the court…").
_INVERTING = frozenset("not only never nor neither rarely seldom hardly".split())


def _with_what_inverts_it(tokens: list[tuple[int, int, str]], first: int) -> int:
    """An excerpt opening on a verb put before its subject opens with the (at
    most two) words that inverted it: "…were the statements made by…" read as
    a question without its "Not only" (notes gold, heldout15)."""
    if first == 0 or tokens[first][2].lower() not in _AUXILIARIES:
        return first
    start = first
    while start > 0 and first - start < 2 and tokens[start - 1][2].lower() in _INVERTING:
        start -= 1
    if start < first and (start == 0 or _ends_clause(tokens[start - 1][2])):
        return start
    return first


# Months abbreviated before a day ("on Aug. 31,") end no clause either.
_ABBREVIATED = ABBREVIATED_BEFORE_A_NAME | frozenset(
    """no st jr sr inc co corp vs v mt ft u.s a.m p.m
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# The halves of a time the source spaced ("5 a. m. Sunday"): in lowercase
# they end no sentence (the article "a" never does).
_SPACED_TIME = frozenset({"a.", "p.", "m."})


def _ends_clause(token: str) -> bool:
    """A clause ends after ``token``: a comma, a colon, an opening quote or
    bracket, or a full stop that is not an abbreviation's ("No. 8", "T.J.";
    a lone capital is taken to end a sentence: "Cell Block G. Dubai…")."""
    if re.search(r"[,;:(“\"]$|[!?]$", token):
        return True
    if not token.endswith(".") or token in _SPACED_TIME:
        return False
    word = token.rstrip(".").lower()
    return word not in _ABBREVIATED and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)


def _quoted_word(token: str, following: str) -> bool:
    """A word the sentence quotes inside its clause ("she had “robust” talks
    with…", "had “banned” two…"): its closing mark ends no clause, the
    clause goes on to what the word modifies (notes gold, heldout13: "…said
    on Monday she had “robust”…" stopped before the talks). A quotation that
    ends on its own punctuation ("“No,” he said") is not one."""
    return bool(re.fullmatch(r"[“\"][\w’'-]+[”\"]", token)) and following[:1].islower()


def _split_decimal(token: str, following: str) -> bool:
    """A decimal the text split at its point ("$2. 6 million", "6. 1 on the
    Richter scale"): the full stop ends nothing."""
    return bool(re.search(r"\d\.$", token)) and following[:1].isdigit()


def _place_goes_on(token: str, following: str) -> bool:
    """A comma inside a place's name ("his 13 Rochester, New York, rental
    properties"): a capitalised word, a comma, a capitalised word."""
    return bool(re.fullmatch(r"[A-Z][\w.'’-]*,", token)) and following[:1].isupper()


def _in_name(previous: str, token: str) -> bool:
    """``previous`` and ``token`` are two words of one name ("Gulf of" +
    "Aden", "Strauss -" + "Kahn", "Department of" + "Justice")."""
    def capital(t: str) -> bool:
        return t[:1].isupper() or t in _NAME_JOINERS
    return capital(token) and capital(previous.rstrip(",;:")) and not re.search(r"[,;:]$", previous) \
        and not (previous.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.){2,}", previous)
                 and previous not in _NAME_JOINERS
                 # an honorific before the name is the name's ("Ms. Omar": notes
                 # gold, heldout18, "…Omar voted"); not a title, which a place's
                 # name may open ("New York Gov. Andrew Cuomo")
                 and previous.rstrip(".").lower() not in HONORIFIC_ABBREVIATIONS) \
        and not (token in _NAME_JOINERS and not previous[:1].isupper())


# Small words inside a name: "Gulf of Aden", "Strauss - Kahn", "AT & T", and
# the "v." of a case ("NCAA v. Alston": "…v. Alston ended a dispute…" was cut
# inside it, notes gold, heldout12).
# "for" and "and" inside a name ("Centers for Disease Control and Prevention":
# "…extended by the Centers…" was cut inside it, notes gold, heldout11) join
# only capitalised words, as the others do.
_NAME_JOINERS = frozenset({"-", "of", "&", "v.", "vs.", "for", "and"})


# A credit that opens a news agency's sentence, with its place at times
# ("(CNN)", "Washington (CNN)", "CHARLOTTESVILLE, Va./WASHINGTON (Reuters) -"):
# page furniture, not the sentence's words (notes gold, heldout21, heldout22,
# heldout25: "“(CNN) Bernie Sanders won more delegates…”", each unreadable).
# Since clean.v15 the cleaner cuts it off the lead of an article it reads; it
# is read here, by the cleaner's own reading (clean/leads.credit_run_in), for
# claims made before, the notes gold's stored sentences among them.


def after_the_dateline(sentence: str, tokens: list[tuple[int, int, str]]) -> int:
    """The first token of ``sentence`` after a dateline it opens on, 0 when
    it opens on none (or when nothing follows it)."""
    m = credit_run_in(sentence)
    if m is None:
        return 0
    return next((n for n, (start, _, _) in enumerate(tokens) if start >= m.end()), 0)
