"""The words of a note, built from parts known to be what the note says they
are: a name or a phrase as the article writes it, a title as an office is
written, an excerpt that is the article's own words. A part that is not known
to be one of these is left out rather than shown mangled.

These rules were drawn from reading the notes gold (``quality/gold/notes``,
dev split): "Joe Manchin is Sen.", "(citing The bureau)", "37,000 (afghans)",
"Ketsoyan said star went", "1 weeks". Each rule has a test on text of that
kind, with an input it must leave alone.
"""

from __future__ import annotations

import re

# Abbreviations of titles as newsrooms write them before a name, and the title
# each stands for: spelled out when the title stands alone ("Joe Manchin is
# Sen." reads as a typo).
from ..claims.titles import HONORIFIC_ABBREVIATIONS, TITLE_ABBREVIATIONS

_TOKEN = re.compile(r"\S+")
# Words that open a sentence or a clause and are no part of a title the
# claims reader may have run into it ("When President Biden", "for Gov.").
_NOT_TITLE = frozenset("""when while as after before but and or so then if since because under
for to by with from of at in on said says told then-""".split())
# Offices a person holds alone, written without an article ("is governor",
# "is president"); any other bare occupation needs one ("is an agent").
_SOLE_OFFICES = frozenset("""president premier chancellor governor mayor chair chairman chairwoman
speaker pope king queen""".split())
_PRONOUNS = frozenset("he she it they we i you this that these those".split())
_RELATIVES = frozenset({"which", "that", "who", "whom", "whose", "where"})
_FUNCTION_WORDS = frozenset("""the a an of to in on at by for with about from and or but as than
its their his her our whose that which who""".split())
_DETERMINERS = ("The", "A", "An", "Both", "Some", "All", "Several", "Many", "Our", "Its", "Their")


def as_written(phrase: str, sentence: str) -> str:
    """``phrase`` with each word cased as ``sentence`` writes it: the claims
    reader lowercases what it reads ("u.s. greenhouse gas emissions" →
    "U.S. greenhouse gas emissions", "afghans" → "Afghans"). A word the
    sentence writes only as its first word keeps its case: a capital there
    says nothing ("Jobs rose" is no name)."""
    forms: dict[str, set[str]] = {}
    for i, m in enumerate(_TOKEN.finditer(sentence)):
        token = m.group().strip(",;:!?()[]“”\"'‘’")
        if not token:
            continue
        key = token.lower()
        if i == 0 and token[:1].isupper():
            continue
        forms.setdefault(key, set()).add(token)
        if token.endswith(".") and token.count(".") == 1:
            forms.setdefault(key[:-1], set()).add(token[:-1])
    out = []
    for word in phrase.split():
        found = forms.get(word.lower(), set())
        # Written in lowercase anywhere in the sentence: a common word.
        out.append(word if not found or word.lower() in found else sorted(found)[0])
    text = " ".join(out)
    # Words the sentence joins with a hyphen are shown joined ("record-setting"),
    # and a first word the sentence writes as the end of a compound is shown
    # whole ("year contract" of "a five-year contract").
    for a, b in zip(out, out[1:]):
        joined = re.search(rf"\b{re.escape(a)}-{re.escape(b)}\b", sentence, re.I)
        if joined:
            text = text.replace(f"{a} {b}", joined.group())
    if out:
        compound = re.search(rf"\b[A-Za-z]+-{re.escape(out[0])}\b", sentence)
        if compound and not text.startswith(compound.group()):
            text = compound.group() + text[len(out[0]):]
    return text


def lowercase_determiner(phrase: str) -> str:
    """"The bureau" → "the bureau", "The Biden administration" → "the Biden
    administration": a source or a speaker shown inside a sentence does not
    keep the capital of the sentence it was read from. A name is kept as it
    is: every word of "The Hill" or "The New York Times" is capitalised."""
    first, _, rest = phrase.partition(" ")
    if first in _DETERMINERS and rest and (first not in ("The", "A", "An") or any(
            w[:1].islower() for w in rest.split() if w.lower() not in ("of", "and", "for"))):
        return f"{first.lower()} {rest}"
    return phrase


def speaker_as_written(speaker: str, sentence: str) -> str:
    """A speaker without the participle the quote reader ran into it
    ("Joining Cooley" when the sentence says "Cooley said": "Cooley"), and
    without a capital determiner. A name the sentence writes whole
    ("Sterling Brown said") is kept."""
    words = speaker.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+ing", words[0]) and speaker not in sentence \
            and " ".join(words[1:]) in sentence:
        words = words[1:]
    # A word the quote reader wrote without its hyphens ("32yearold") is
    # written as the sentence writes it ("32-year-old").
    for i, w in enumerate(words):
        if len(w) > 3 and w not in sentence:
            written = re.search(r"\b" + "-?".join(map(re.escape, w)) + r"\b", sentence)
            words[i] = written.group() if written else w
    return lowercase_determiner(" ".join(words))


def source_as_written(source: str) -> str:
    """A cited source as it reads after "citing": no capital determiner
    ("The bureau" → "the bureau"), and an article before a lone common noun
    ("navy" → "the navy"; "police", "officials", "Reuters" stay)."""
    source = lowercase_determiner(source)
    if re.fullmatch(r"[a-z]+", source) and not source.endswith("s") and source != "police":
        return f"the {source}"
    return source


# Offices written with a capital before a name and after "is" alike ("Judge
# Hickock", "is Judge"); an occupation is not ("Lawyer Alexis Kougias said" is
# capitalised because the sentence opens on it: "is Lawyer" is no English).
_OFFICES = _SOLE_OFFICES | set(TITLE_ABBREVIATIONS.values()) | frozenset(
    """judge justice minister chief sheriff senator congressman congresswoman
    councillor councilman councilwoman prosecutor""".split())


def title_as_written(title: str, sentence: str = "") -> str:
    """A title as it reads after "is": abbreviations spelled out ("Gov." →
    "Governor", "Qeshm Gov." → "Qeshm Governor"), words that are no part of
    a title dropped from its front ("for Gov.", "When President"), a letter
    torn from a possessive dropped ("s agent" of "Teixeira’ s agent"); a lone
    occupation the ``sentence`` capitalises only as its first word in
    lowercase ("Lawyer" → "lawyer"); empty when nothing of a title is left."""
    words = title.split()
    while words and (words[0].lower().strip(",") in _NOT_TITLE
                     or (len(words) > 1 and re.fullmatch(r"[b-z]", words[0]))):
        words.pop(0)
    if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha() \
            and words[0].lower() not in _OFFICES \
            and sentence.lstrip(" “\"'‘").startswith(words[0]) \
            and not re.search(rf"(?<=\S )\b{re.escape(words[0])}", sentence):
        words = [words[0].lower()]
    out = []
    for w in words:
        key = w.lower().rstrip(".")
        if w.endswith(".") and key in TITLE_ABBREVIATIONS:
            title = TITLE_ABBREVIATIONS[key]
            out.append(title.capitalize() if w[:1].isupper() else title)
        else:
            out.append(w)
    return " ".join(out)


def with_article(title: str) -> str:
    """"publicist" → "a publicist", "former agent" → "a former agent": a bare
    occupation needs an article after "is". An office written as one
    ("Senate Majority Leader", "President"), a sole office ("governor"), a
    title with its complement ("head of GSEE", "spokesman for the Marshals")
    or with a possessive ("Facebook’s vice president") reads without one."""
    words = title.split()
    if not words:
        return title
    core = words[1:] if words[0].lower() == "former" else words
    if not core or any(w[:1].isupper() for w in core) or len(core) > 1 \
            or core[0].lower() in _SOLE_OFFICES:
        return title
    return ("an " if title[:1].lower() in "aeiou" else "a ") + title


def excerpt(sentence: str, start: int, end: int, before: int = 6, after: int = 6) -> str:
    """The words of ``sentence`` around the characters ``start:end``: the
    clause they stand in, at most ``before`` words before and ``after`` words
    after, an ellipsis where the sentence goes on. The note quotes it, so it
    is the article's English, not a rebuilt phrase; a bracket it would cut
    open is left out."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    if not tokens:
        return ""
    inside = [i for i, (s, e, _) in enumerate(tokens) if e > start and s < max(end, start + 1)]
    lo, hi = (inside[0], inside[-1]) if inside else (0, 0)
    first, last = lo, hi
    while first > 0 and lo - first < before \
            and not (tokens[first][2].startswith(("(", "“")) and lo - first >= 2) \
            and not _ends_clause(tokens[first - 1][2]):
        first -= 1
    if 0 < first and lo - first < 3 and tokens[first - 1][2].endswith(",") \
            and not any(re.search(r"[A-Z]", t) for _, _, t in tokens[first:lo]):
        # "…usually around six weeks": a clause this short, naming no one,
        # says too little (of what?): the clause before it too.
        first -= 1
        while first > 0 and lo - first < before and not _ends_clause(tokens[first - 1][2]):
            first -= 1
    while first > 0 and lo - first < before + 3 and _in_name(tokens[first - 1][2], tokens[first][2]):
        first -= 1  # not "…Aden on Saturday" for "the Gulf of Aden", nor "Kahn" for "Strauss - Kahn"
    if first > 0 and tokens[first][2].lower() in _RELATIVES:
        # "…which were made public Tuesday" names nothing: the clause it hangs on too
        reach = first - before
        while first > max(0, reach) and not re.search(r"[.!?;:]$", tokens[first - 1][2]):
            first -= 1
    in_place = False  # within "Rochester, New York," its closing comma ends nothing
    while last < len(tokens) - 1 and last - hi < after \
            and (not (re.search(r"[,;:)”\"]$|[!?]$", tokens[last][2])
                      or (tokens[last][2].endswith(".") and _ends_clause(tokens[last][2])))
                 or _split_decimal(tokens[last][2], tokens[last + 1][2])
                 or _place_goes_on(tokens[last][2], tokens[last + 1][2])
                 or (in_place and re.fullmatch(r"[A-Z][\w.'’-]*,", tokens[last][2]))) \
            and tokens[last + 1][2] not in ("and", "but", "or"):  # "…three months and a sign…"
        in_place = in_place or _place_goes_on(tokens[last][2], tokens[last + 1][2])
        last += 1
    while last < len(tokens) - 1 and last - hi < after + 3 and _in_name(tokens[last][2],
                                                                      tokens[last + 1][2]):
        last += 1  # not "…after state Attorney General" for "Attorney General Letitia James"
    while last > hi and tokens[last][2].lower().strip(",;:") in _FUNCTION_WORDS:
        last -= 1  # "…questions Tuesday about the…": not on a word that leads on
    last = _close_quotes(tokens, first, last, hi)
    words = [t for _, _, t in tokens[first:last + 1]]
    text = " ".join(words)
    # A bracket the excerpt cuts open is left out; what it holds is kept.
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    text = text.strip(" ,;:“”\"'‘’-—…").rstrip(".")
    if text.count("“") > text.count("”") and " ".join(words).rstrip(" ,;:.…").endswith("”"):
        text += "”"  # the quotation's own end, stripped with the clause's marks above
    if text.count("“") != text.count("”"):
        # A quotation the excerpt cuts open or shut: its marks are left out.
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2 and " ".join(words).rstrip(" ,;:.…").endswith('"'):
        text += '"'
    if text.count('"') % 2:
        # The same for straight marks, which do not say which way they face.
        text = text.replace('"', "")
    # A sentence that opens on a small letter was cut before it reached us.
    lead = "…" if first > 0 or not re.match(r"[\W_]*[A-Z]", words[0]) else ""
    tail = "…" if last < len(tokens) - 1 or re.search(r"[,;:]$|\.\.\.$|…$", words[-1]) else ""
    return f"{lead}{text}{tail}"


def _close_quotes(tokens: list[tuple[int, int, str]], first: int, last: int, hi: int) -> int:
    """Where the excerpt ends when it holds the end of a quotation opened
    before it or at its first word, and goes on past it ("…at the White House
    on Tuesday,” CNBC…"): at the quotation's end, what follows being who said
    it, cut short. Not before ``hi``, the words the excerpt is about."""
    depth = 0
    for i in range(first, last + 1):
        token = tokens[i][2]
        depth += token.count("“") - token.count("”")
        if depth < 0 or (depth == 0 and i > first and "”" in token
                         and tokens[first][2].startswith("“")):
            return i if hi <= i < last else last
    return last


_ABBREVIATED = frozenset(TITLE_ABBREVIATIONS) | HONORIFIC_ABBREVIATIONS | frozenset(
    """no st jr sr inc co corp vs v mt ft u.s a.m p.m""".split())


def _ends_clause(token: str) -> bool:
    """A clause ends after ``token``: a comma, a colon, an opening quote or
    bracket, or a full stop that is not an abbreviation's ("No. 8", "T.J.";
    a lone capital is taken to end a sentence: "Cell Block G. Dubai…")."""
    if re.search(r"[,;:(“\"]$|[!?]$", token):
        return True
    if not token.endswith("."):
        return False
    word = token.rstrip(".").lower()
    return word not in _ABBREVIATED and not re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)


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
        return t[:1].isupper() or t in ("-", "of", "&")
    return capital(token) and capital(previous.rstrip(",;:")) and not re.search(r"[,;:.]$", previous) \
        and not (token in ("-", "of", "&") and not previous[:1].isupper())


#: A sentence of at most this many words is quoted whole rather than cut at
#: its front: a cut there dropped who acted ("…triumphing over an effort to
#: recall him Tuesday") or what they announced ("…commander of US Central
#: Command, announced Monday"). News sentences average about 20-25 words;
#: longer ones are cut as before (notes gold, dev).
WHOLE_SENTENCE = 25


def event_excerpt(sentence: str, gist: str, date_text: str, longest: int = 18) -> str:
    """The article's own words for an event (:func:`_event_clause`), or the
    whole sentence when that would cut it (at its front, or with an ellipsis
    inside) and the sentence is short (:data:`WHOLE_SENTENCE`): "Initial
    unemployment claims … the Labor Department said Thursday" dropped what
    the claims did in a sentence of 24 words. A clause that hangs on the
    sentence's main clause without a subject of its own ("…, triumphing over
    an effort to recall him Tuesday") is shown after that main clause's
    opening, which says who acted."""
    clause = _event_clause(sentence, gist, date_text, longest)
    if (clause.startswith("…") or " … " in clause) and len(sentence.split()) <= WHOLE_SENTENCE:
        return excerpt(sentence, 0, len(sentence), before=0, after=WHOLE_SENTENCE)
    first = clause.lstrip("…").split(" ", 1)[0]
    if clause.startswith("…") and _SUBJECTLESS.fullmatch(first):
        at = sentence.find(clause.lstrip("…").split(" … ")[0].rstrip("…"))
        if at > 0 and sentence[:at].rstrip().endswith(","):
            opening = _named_subject(sentence) or re.sub(
                r"(?:\s+(?:%s))+…?$" % "|".join(_LEADING_ON), "…",
                excerpt(sentence, 0, 0, before=0, after=7))
            if clause.lstrip("…") not in opening:
                return f"{opening.rstrip('…')} … {clause.lstrip('…')}"
    return clause


# Words a cut cannot end on: they lead on to what the cut leaves out ("…in
# every region across … the United Nations said").
_LEADING_ON = _FUNCTION_WORDS | frozenset("""across into onto over under through between among
during against toward towards every each any all some no""".split())
# The first word of a clause with no subject of its own: a participle or an
# infinitive's "to" after a comma ("…, triumphing over", "…, saying"). Its
# subject is the main clause's, at the sentence's front.
_SUBJECTLESS = re.compile(r"[a-z]+ing|to")
# Words that open a clause under another ("…came shortly after Weisselberg
# surrendered"): an event's clause starts after them, not in the clause above.
# Not "as" or "once": in news they are mostly a preposition ("named as") and
# an adverb ("once again").
_SUBORDINATORS = frozenset("""after before when while because since until although though
whereas""".split())


def _event_clause(sentence: str, gist: str, date_text: str, longest: int = 18) -> str:
    """The article's own words for an event: the clause of ``sentence`` from
    the first to the last word of the claims reader's ``gist`` ("bureau
    released Report statistics", "Ketsoyan said star went": a gist drops what
    makes it English), the words giving its date (``date_text``) included.
    When that span is longer than ``longest`` words, its opening (who acted)
    and the words before the date (what they did, when), joined by an
    ellipsis as a reporter cuts a quotation."""
    spans = []
    at = sentence.lower().find(date_text.lower()) if date_text else -1
    occurrences = [[m.span() for m in re.finditer(rf"\b{re.escape(word)}", sentence, re.I)]
                   for word in gist.split() if len(word) >= 3]
    occurrences = [found for found in occurrences if found]
    for n, found in enumerate(occurrences):
        # the occurrence nearest the date, when there are several; but the
        # gist's subject (its first word) is the one before its verb: "global
        # warming … is already affecting", not the "increment of warming" of a
        # later clause that is nearer the date.
        nearest = min(found, key=lambda s: abs(s[0] - at) if at >= 0 else s[0])
        if n == 0 and len(occurrences) > 1:
            verb = min(occurrences[1], key=lambda s: abs(s[0] - at) if at >= 0 else s[0])
            nearest = max((s for s in found if s[0] < verb[0]), default=nearest)
        spans.append(nearest)
    dated = spans + ([(at, at + len(date_text))] if at >= 0 else [])
    if not dated:
        return excerpt(sentence, 0, 0, before=0, after=longest - 1)
    start, end = min(s for s, _ in dated), max(e for _, e in dated)
    if gist.split()[:1] and gist.split()[0].lower() in _PRONOUNS:
        # "Like he did before the House committee on Monday" names nobody: the
        # clause after it does ("…, Blinken's prepared opening remarks…").
        comma = sentence.find(",", end)
        if comma >= 0:
            following = list(_TOKEN.finditer(sentence[comma + 1:]))[:3]
            end = comma + 1 + following[-1].end() if following else end
    if len(sentence[start:end].split()) <= longest or at < 0:
        return excerpt(sentence, start, end, before=_words_in_clause(sentence, start, 5), after=4)
    near = [s for s, _ in spans if s < at and len(sentence[s:at].split()) <= longest // 2]
    when = excerpt(sentence, min(near, default=at), at + len(date_text), before=2, after=1)
    if not spans or min(spans)[0] >= at:
        return when  # the gist's words all come after the date: its clause says it
    # Who acted and what they did: never cut before the gist's verb (its
    # second word), or "Initial unemployment claims … the Labor Department
    # said Thursday" leaves out what the claims did.
    subject = min(spans)
    verbs = [e for s, e in spans if subject[0] < s < at
             and len(sentence[subject[0]:s].split()) <= longest // 2]
    reach = verbs[0] if verbs else subject[1]
    # Seven words from the subject, as many as the verb leaves (three at least).
    after = max(3, 7 - len(sentence[subject[1]:reach].split()))
    who = excerpt(sentence, subject[0], reach, before=_words_in_clause(sentence, subject[0], 3),
                  after=after)
    who = re.sub(r"(?:\s+(?:%s))+…?$" % "|".join(_LEADING_ON), "…", who)
    if who.rstrip("…") in when:
        return when
    who_at, when_at = sentence.find(who.strip("…")), sentence.find(when.strip("…"))
    if 0 <= when_at <= who_at + len(who.strip("…")) and who_at >= 0:
        # The two parts meet: one excerpt, from who acted to when.
        return excerpt(sentence, subject[0], at + len(date_text),
                       before=_words_in_clause(sentence, subject[0], 3), after=1)
    return f"{who.rstrip('…')} … {when.lstrip('…')}"


def _words_in_clause(sentence: str, start: int, most: int) -> int:
    """How many words before ``start`` an event's excerpt may reach back, at
    most ``most``: not past a word that opens a clause under another ("The
    statement … came shortly after | Weisselberg surrendered")."""
    before = sentence[:start].split()[-most:] if most else []
    for n, word in enumerate(reversed(before)):
        if word.lower().strip(",;:“”\"'") in _SUBORDINATORS:
            return n
    return most


def _named_subject(sentence: str) -> str:
    """The name a sentence opens on, when it opens on one of two words or
    more ("California Democratic Gov. Gavin Newsom delivered…"): the subject
    of a clause that has none of its own. Empty when it opens otherwise ("The
    bureau released…")."""
    words = []
    for word in sentence.split():
        if not (word[:1].isupper() or (words and word in ("of", "&", "-"))) \
                or (not words and word.lower() in _NOT_TITLE | {"during", "despite"}):
            break  # "In New York City, …" opens on a place, not on who acted
        words.append(word)
        if re.search(r"[,;:]$", word):
            break
    while words and words[-1] in ("of", "&", "-"):
        words.pop()
    return " ".join(words).rstrip(",;:") if len(words) >= 2 else ""
