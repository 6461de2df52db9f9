"""The words of people's titles, one vocabulary for the claims stage and the
stages after it: which words end a title ("Minister", "spokeswoman"), which
occupation nouns may head a description of a person ("a former Facebook
employee"), and which words mark a title held no more ("former", "ex-").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Offices and occupations that end a title written before a name ("Foreign
#: Minister Ana Ruiz") or after it ("Lee Park, the mayor's spokesperson").
#: Party words ("Democrat", "Republican") are left out on purpose: a party is
#: a membership, not an office, and "Joe Manchin, a conservative West
#: Virginia Democrat" gives no title to compare.
TITLE_WORDS = frozenset({
    "president", "vice-president", "minister", "secretary", "senator", "sen.", "rep.",
    "representative", "congressman", "congresswoman", "gov.", "governor", "mayor",
    "chancellor", "director", "ceo", "chairman", "chairwoman", "chair", "chief",
    "spokesperson", "spokesman", "spokeswoman", "judge", "justice", "general", "gen.",
    "commissioner", "ambassador", "premier", "king", "queen", "prince", "princess", "pope",
    "speaker", "leader", "officer", "commander", "adviser", "advisor", "attorney",
    "administrator", "superintendent", "sheriff", "chief executive", "founder", "official",
    "economist", "analyst", "head", "councillor", "councilman", "councilwoman", "lawmaker",
    "prosecutor", "inspector", "lt.", "col.", "capt.", "sgt.", "admiral", "marshal",
    "correspondent", "editor", "columnist", "professor", "dean", "treasurer", "deputy",
    "manager", "strategist", "president-elect", "agent", "publicist", "lawyer", "envoy",
    "producer",
    # Occupations that describe a person by the job they hold ("Haugen, a
    # former Facebook employee", "a senior fellow at the Jain Family
    # Institute"). Hand-listed: the installed model has no lexicon of
    # occupations, and WordNet's person nouns would let kinship in ("a father
    # of two"). "prexy" is the trade papers' word for a president ("ABC
    # Entertainment Group prexy Paul Lee").
    "employee", "staffer", "aide", "fellow", "executive", "engineer", "scientist",
    "researcher", "reporter", "journalist", "diplomat", "negotiator", "lobbyist",
    "consultant", "prexy",
    # Read on the tuning part dev7 (issue 12: a role fact not extracted for
    # this word alone): "Susan Bibeau, the deputy chairperson of a division
    # of ..." (ONE_TITLE below already folds it to "chair"). Not
    # "contractor" ("Snowden, a former NSA contractor", dev7): in the
    # AllSides, Baly and ECB+ text as many firms as people stand apposed to
    # it ("Booz Allen Hamilton, a contractor", "Halliburton, a military
    # contractor"), and the tagger reads such a firm as a person.
    "chairperson",
    # Experts news quotes by their field ("Fauci, the nation's top infectious
    # diseases expert", "a historian at Yale"): lower-case descriptions, never
    # offices set against each other (corroborate/roles.py is_office).
    "expert", "specialist", "historian", "scholar", "physician", "pollster",
    # ... and before the name ("the nation's top infectious diseases doctor
    # Anthony Fauci", issue 12's held-out forms).
    "doctor",
    # Credits and trades news names people by ("Slumdog Millionaire
    # screenwriter Simon Beaufoy", "Microsoft co-founder Bill Gates"), the
    # heads claims/role_verbs.py gives a credit written as a verb.
    "screenwriter", "writer", "novelist", "author", "playwright", "filmmaker", "composer",
    "co-founder", "cofounder", "creator", "owner", "coach", "designer", "inventor",
    # Read on 150 Baly and 200 ECB+ articles (issue 12): lawyers called
    # counsel ("special counsel Robert Mueller", "a former White House
    # counsel"), the ranks _RANKS of claims/title_before.py knows ("Vice Adm.
    # Bill Gortney"), a party's nominee, broadcasters ("co-host Robert Siegel")
    # and a company's officers by their initials ("COO Larry Lucchino").
    "counsel", "adm.", "cmdr.", "maj.", "nominee", "host", "co-host", "anchor", "coo", "cfo",
    # Read on the extra role gold's dev half (issue 12, roles-extra.json): a
    # company's vice president by its initials ("Facebook VP of Global
    # Affairs, Nick Clegg"), a team's general manager ("Los Angeles Angels GM
    # Tony Reagins", fact gold dev3) and the positions sports copy names players by
    # ("free agent first baseman Mark Teixeira", "pitcher Derek Lowe").
    "vp", "svp", "evp", "gm", "pitcher", "catcher", "baseman", "shortstop", "outfielder", "infielder",
    "quarterback", "goalkeeper", "midfielder", "striker",
    # Offices and callings US copy writes before a name that the lists above
    # missed ("Senate Majority Whip Dick Durbin", "Archbishop Desmond Tutu").
    "whip", "archbishop", "bishop", "rabbi", "pastor", "imam",
    # Ranks of police and navies, capitalised before a name, which
    # occupation_before_name reads only in lower case: "Capt." is above,
    # "Captain Manohar Nambiar", "Commodore Nirad Sinha", "Constable Tim
    # Fanning", "Senior Trooper William Hakim" (ECB+ dev4, 200 ECB+ articles read).
    "captain", "commodore", "constable", "const.", "undersheriff", "trooper",
})

#: Words that make a title one held before ("former Chancellor", "ex-Justice
#: Department official").
FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "erstwhile"})


#: Words that open no title: a sentence's first word ("When President") or
#: one joining it to the words before ("... and Minister for").
NOT_TITLE_START = {"of", "the", "and", "-", "for", "when", "as", "after", "before", "if", "while",
                   "since", "under", "with", "by", "to", "at", "in", "on", "but", "so", "then",
                   "until", "till", "through", "during", "from", "because", "although", "though",
                   "once", "unlike", "like", "despite"}
#: Words that may stand inside a title before its last word ("assistant press
#: secretary", "acting ICE director"), besides capitalised words.
INSIDE_A_TITLE = {"acting", "deputy", "assistant", "press", "chief", "general", "vice", "interim",
                  "senior", "executive", "foreign", "interior", "finance", "defense", "defence",
                  "prime", "state", "national", "security", "-", "co", "of", "the", "for", "and",
                  # read as verbs by the tagger ("the acting CEO", "managing director")
                  "managing", "supervising", "presiding", "special"}
#: Entities a title never runs across (a date, a number, another name).
STOP_ENTS = {"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
#: Entities that qualify a title without being part of it ("Kenyan").
DROP_ENTS = {"GPE", "NORP", "LOC"}
#: Months and weekdays: a date the tagger does not always mark ("in Feb. Sen.
#: Ana Ruiz" gave the title "Feb. Sen."), never a word of a title.
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday"})
#: Their abbreviations, read only with the full stop: without it "Sun" or
#: "Jan" are as often a name ("Chicago Sun-Times editor", "Jan Brewer").
CALENDAR_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
#: (title, former), and True after them for a plural title that goes to every
#: name of a list ("A and B, the producers").
Title = tuple[str, bool] | tuple[str, bool, bool]


#: Endings of nouns for a person by what they do: "referee", "trainer",
#: "comedian", "technician", "student", "actress", "assemblyman" (counted on
#: 340 AllSides, Baly and ECB+ articles: the nouns the parser joins to a name
#: as its compound that no title word ended were "candidate", "comedian",
#: "actor", "coordinator", "critic", "neurosurgeon", ..., and, capitalised,
#: "Auditor", "Comptroller", "Assemblyman", "Lieutenant").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "ent", "ant", "man", "woman", "ess")
#: Kin and company, with the same endings: who a person is to someone, not a
#: title (the role gold leaves kinship out).
_NOT_OCCUPATIONS = frozenset({
    "mother", "father", "brother", "sister", "daughter", "grandmother", "grandfather",
    "granddaughter", "stepmother", "stepfather", "stepdaughter", "partner", "fiancee", "fiance",
    "lover", "neighbor", "neighbour", "member",
    # ... and what a person did or whose side they took, not a post they hold:
    # "Whistleblower Frances Haugen" (AllSides dev, where a title read from it
    # beside her job made the role finding lose its status).
    "whistleblower", "leaker", "shooter", "killer", "protester", "protestor", "demonstrator",
    "survivor", "supporter", "voter"})


def occupation_before_name(tok: Token) -> bool:
    """``tok`` names the person whose name follows by what they do: a noun the
    parser makes a compound of the name ("referee Tony Weeks", "trainer
    Emanuel Steward", "Senior Trooper William Hakim") with an agent's ending,
    not a kinship ("sister Mahnefeh") nor an entity ("Canadian", "Pinterest")."""
    # In lower case only (or as the sentence's first word, "Referee Tony
    # Weeks elected …"): capitalised, these endings are as often a given name
    # the tagger left out of the person ("Jennifer", "Carter", "Christian").
    # The parser may hang the noun elsewhere ("before referee Tony Weeks
    # stopped the fight": "referee" the object of "before"), so a noun just
    # before the person's first word is read as one too.
    if not (tok.is_lower or tok.is_sent_start) or not occupation_noun(tok):
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON" and tok.head.i > tok.i \
        or following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "B"


def occupation_noun(tok: Token) -> bool:
    """``tok`` is a noun with an agent's ending ("referee", "trainer"), no
    kinship and no entity: what :func:`occupation_before_name` asks of the
    word, wherever it stands."""
    low = tok.lower_
    return tok.pos_ in ("NOUN", "PROPN") and tok.is_alpha and not tok.ent_type_ \
        and len(low) > 4 and low.endswith(_AGENT_ENDINGS) and low not in _NOT_OCCUPATIONS


def held_no_more(doc, k: int) -> bool:
    """``doc[k]`` just before a title says it is held no more: "former", "ex-",
    or the "then" of "then-President Donald Trump" (the tokenizer splits it
    from its hyphen): the office held at the time told, not now."""
    if doc[k].lower_ in FORMER:
        return True
    return doc[k].lower_ == "then" and not doc[k].whitespace_ and k + 1 < len(doc) \
        and doc[k + 1].text == "-" and not doc[k + 1].whitespace_


#: Tokens of the lowercase modifiers that may stand between "former" and the
#: title they qualify: "former high school student", "former longtime Sen.",
#: "former two-term Gov." (three tokens: "two" "-" "term").
_MODIFIER_TOKENS = 3


def _a_modifier(doc, j: int) -> bool:
    """``doc[j]`` is a word of a lowercase modifier before a title: an
    adjective, or a noun the tagger reads "longtime" as, or a word of a
    hyphened one ("two-term", "four-star"), a number there included. Never a
    name, a determiner, a possessive or a comma: "Former Sen. Bob Dole's
    longtime aide X" keeps Dole's "former" his."""
    tok = doc[j]
    glued = tok.text == "-" and not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_ \
        or j + 1 < len(doc) and doc[j + 1].text == "-" and not tok.whitespace_
    if glued:
        return tok.text == "-" or tok.is_lower or tok.like_num
    return tok.is_lower and tok.pos_ in ("ADJ", "NOUN") and not tok.ent_type_


def held_no_more_across_a_place(doc, k: int, sent_start: int) -> bool:
    """As :func:`held_no_more`, also where a place written with commas stands
    between "former" and the title, whose reader stops at the place's comma:
    "former South Bend, Ind., Mayor Pete Buttigieg", "former South Bend,
    Indiana Mayor Pete Buttigieg" (every sentence of a held-out story, read
    as the mayor now); or a lowercase modifier the reader stops at ("former
    high school student Gavin Grimm", "former two-term Gov. X"). Only across
    place entities, the commas right after them and modifiers: in "former President Obama, Indiana
    Mayor X" a person stands there, and his "former" is not the mayor's."""
    if k < sent_start:
        return False
    if held_no_more(doc, k):
        return True
    j = k
    while j >= sent_start and k - j < _MODIFIER_TOKENS and _a_modifier(doc, j) and not held_no_more(doc, j):
        j -= 1  # "former high school student Gavin Grimm" (dev3): a modifier the reader stops at
    if j < k:
        return j >= sent_start and held_no_more(doc, j)
    j, places = k, 0
    while j >= sent_start and (doc[j].ent_type_ in DROP_ENTS or doc[j].text == ","
                               and j - 1 >= sent_start and doc[j - 1].ent_type_ in DROP_ENTS):
        places += doc[j].ent_type_ in DROP_ENTS
        j -= 1
    return places > 0 and j >= sent_start and held_no_more(doc, j)


def is_calendar_word(tok: Token) -> bool:
    """ "Feb.", "March", "Tues.": a month or weekday written with its capital."""
    low = tok.lower_
    return tok.is_title and (low in CALENDAR_WORDS or low.endswith(".") and low[:-1] in CALENDAR_ABBREVIATIONS)


def is_title_head(tok: Token) -> bool:
    """A word that ends a title: a title word, "co-CEO", or the "elect" of a
    title the tokenizer split at its hyphen ("President" "-" "elect")."""
    if tok.lower_ == "elect" and tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        return tok.doc[tok.i - 2].lower_ in TITLE_WORDS
    if tok.lower_.endswith("-elect"):  # one token after an abbreviation: "Gov.-elect Tony Evers" (dev5)
        return tok.lower_[:-len("-elect")] in TITLE_WORDS
    return tok.lower_ in TITLE_WORDS or tok.lower_.endswith("ceo")


#: How many words may stand between "and" and the head of the second title
#: of a pair ("and CEO", "and chief executive", "and chief operating officer"):
#: the longest such title counted across shared/data's 1,800 articles
#: (47 pairs: "president and CEO" 17, "president and general manager" 10,
#: "president and chief executive" 7, "chairman and CEO" 3, ...).
_JOINED_TITLE_WORDS = 3


def joins_titles(doc, k: int) -> bool:
    """``doc[k]`` is an "and" between two titles of one person: a title word
    before it, and after it a title of another head that opens with no
    article, pronoun or name ("president and chief executive", "chairman and
    CEO", "team president and general manager Ed Stefanski"). Not "the
    president and his wife", "the senator and Jane Roe", nor an office and
    its deputy, two people ("the president and vice president")."""
    if doc[k].lower_ != "and" or k < 1 or not is_title_head(doc[k - 1]):
        return False
    for j in range(k + 1, min(k + 1 + _JOINED_TITLE_WORDS, len(doc))):
        tok = doc[j]
        if tok.pos_ in ("DET", "PRON") or tok.ent_type_ in STOP_ENTS or tok.is_punct:
            return False
        if is_title_head(tok) and not (j + 1 < len(doc) and is_title_head(doc[j + 1])
                                       and doc[j + 1].lower_ not in ("of", "for")):
            return tok.lower_ != doc[k - 1].lower_
    return False


def plural_title(tok: Token) -> str | None:
    """The singular of a plural title word ("producers" → "producer"; "Reps."
    → "Rep.", "Sens." → "Sen.", as AP style writes a title before two names),
    or None."""
    low = tok.lower_
    if low.endswith("s") and low[:-1] in TITLE_WORDS:
        return tok.text[:-1]
    if low.endswith("s.") and low[:-2] + "." in TITLE_WORDS:
        return tok.text[:-2] + "."
    return None


def join(words: list[Token]) -> str:
    """The tokens' text as written, spaces between them kept."""
    out = ""
    for t in words:
        out += t.text + (t.whitespace_ if t is not words[-1] else "")
    return out.strip()


# -- abbreviations -------------------------------------------------------------
# One list for every stage that reads or writes an abbreviated title: the
# claims reader (a title alone names no one: "said Sgt."), the brief's
# sentence splitter (no sentence ends at "Gov."), the renderer (spelled out
# after "is": "Joe Manchin is Senator") and the role comparison ("Gov." and
# "Governor" are one title). Listed by hand, as AP style writes them: no
# library normalises newsroom abbreviations.

#: Titles as abbreviated before a name (without the full stop), and the title
#: each stands for.
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative",
                       "sec": "secretary", "secy": "secretary", "gen": "general",
                       "adm": "admiral", "pres": "president", "lt": "lieutenant",
                       "col": "colonel", "atty": "attorney", "supt": "superintendent",
                       "cmdr": "commander", "sgt": "sergeant", "capt": "captain",
                       "amb": "ambassador", "dir": "director", "cpl": "corporal",
                       "maj": "major", "det": "detective", "insp": "inspector",
                       # the Los Angeles Times' "Dist. Atty. Steve Cooley" (ECB+),
                       # split by the parser at each full stop
                       "dist": "district", "asst": "assistant",
                       # Canadian police copy ("Vancouver police Const. Tim Fanning", ECB+ dev4)
                       "const": "constable"}
#: Honorifics as abbreviated before a name; no title of an office.
HONORIFIC_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "rev"})
#: Every word written abbreviated before a name ("Sgt.", "Dr."): the sentence
#: split, the speaker reader and the note wording ask the same question of it.
ABBREVIATED_BEFORE_A_NAME = frozenset(TITLE_ABBREVIATIONS) | HONORIFIC_ABBREVIATIONS
#: Titles as abbreviated before a name, with their full stop ("Sgt.").
ABBREVIATED_TITLES = frozenset(w + "." for w in TITLE_ABBREVIATIONS)


def split_abbreviation(doc, k: int, start: int, plural: bool = False) -> str | None:
    """When ``doc[k]`` is the full stop of a title abbreviated before a name
    that the tokenizer split from it ("Sgt" "." of "said Sgt. Paul Rivera",
    "Lt" "." of "Lt. Gov."; it keeps "Gov." and "Sen." whole), the title as
    written, "Sgt."; with ``plural``, the singular of a plural one ("Reps" "."
    → "Rep.", before a list of names). None otherwise; ``start`` is the
    sentence's first token."""
    if doc[k].text != "." or k - 1 < start or doc[k - 1].whitespace_:
        return None
    word = doc[k - 1].text
    if plural:
        if not word.endswith("s"):
            return None
        word = word[:-1]
    return word + "." if word.lower() + "." in ABBREVIATED_TITLES else None


#: Gendered and long forms of one title ("chairman", "chair").
ONE_TITLE = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
             "spokesman": "spokesperson", "spokeswoman": "spokesperson"}


def spelled_out(word: str) -> str:
    """A title word as a description says it: "Sen." → "senator", "chairman"
    → "chair"; any other word lower-cased as it is."""
    low = word.lower()
    if low.endswith(".") and low[:-1] in TITLE_ABBREVIATIONS:
        return TITLE_ABBREVIATIONS[low[:-1]]
    return ONE_TITLE.get(low, low)
