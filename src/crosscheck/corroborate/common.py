"""What every kind of finding shares: who said it, how many independent
sources that makes, and the plain sentence that names them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterable, Mapping, Sequence

from ..claims.clause_sources import level_set_at
from ..claims.nlp import parse
from ..claims.titles import TITLE_WORDS
from ..models import Article, Claim, Finding, FindingStatus, content_id
from ..patterns import compiled
from .excerpt_tokens import _in_name
from .known_sources import names_a_source
from .number_sources import is_saying, says_the_number
from .wording import opens_on_a_common_noun, rejoin_possessives, source_as_written

_STOP = frozenset("""a an the of in on at to for by with and or from as is are was were be been
being has have had still now currently reportedly so far already some its their his her this
that these those who which""".split())


@dataclass(frozen=True)
class Context:
    """The story around the claims: its articles by id, and their source groups."""

    articles: Mapping[str, Article]
    groups: Mapping[str, str]

    @classmethod
    def of(cls, articles: Sequence[Article], groups: Mapping[str, str] | None) -> "Context":
        by_id = {a.id: a for a in articles}
        return cls(by_id, {a: (groups or {}).get(a, a) for a in by_id})

    def outlet(self, article_id: str) -> str:
        """A name for the article's source a reader recognises."""
        a = self.articles.get(article_id)
        if a is None:
            return article_id
        if a.outlet:
            return a.outlet
        return unknown_outlet(a.origin, a.id)

    def independent(self, article_ids: Iterable[str]) -> int:
        return len({self.groups.get(a, a) for a in article_ids})

    def date(self, article_id: str) -> str | None:
        """The date the article states (what a note shows beside its outlet)."""
        a = self.articles.get(article_id)
        return a.published if a else None

    def day(self, article_id: str) -> str | None:
        """The day the article was published as best known: the date it
        states, else the one read from its text or page (``published_inferred``,
        clean/inferred_dates.py), as the dating of titles and of years reads
        it (role_findings' "same days", conflict_evidence's year: one reading
        since corroborate.v81, which changed nothing on the fact gold dev to
        dev7 nor on the findings gold). The figure aligners and a note's dates
        keep :meth:`date`: their rules were not measured with inferred days."""
        a = self.articles.get(article_id)
        return (a.published or a.published_inferred) if a else None


def unknown_outlet(origin: str, fallback: str) -> str:
    """What a reader is shown for an article that states no outlet: the web
    host it came from, else "unknown outlet (FILE)". A file's name is not an
    outlet ("s013-associated-press.txt" may hold anyone's copy), so it is shown
    only as the file the article came from."""
    if origin.startswith(("http://", "https://")):
        return re.sub(r"^https?://(www\.)?", "", origin).split("/")[0]
    return f"unknown outlet ({PurePath(origin).name or fallback})"


def words(text: str) -> list[str]:
    """Content words, lowercased, crude singular: enough to compare short phrases."""
    return [singular for _, singular in content_words(text)]


def content_words(text: str) -> list[tuple[str, str]]:
    """The content words of :func:`words`, each as written (lowercased) and
    in its crude singular: whether a word was a plural is sometimes what
    tells its part of speech ("boats intercepted")."""
    out = []
    for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower().replace("’", "'")):
        if w in _STOP:
            continue
        written = w
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        out.append((written, w))
    return out


def _each_outlet_once(names: Sequence[str]) -> list[str]:
    """The names, each outlet once, with every source it cites: "Fox
    Business (citing the GAO)" and "Fox Business" of one value are "Fox
    Business (citing the GAO)", "Reuters (citing Donald Trump)" and "Reuters
    (citing the sources)" are "Reuters (citing Donald Trump and the
    sources)". An outlet named twice in one list reads as two (notes gold,
    heldout12 "The Hill, The Hill (citing the sources)", heldout13 "Fox
    Business (citing …), Fox Business and PolitiFact")."""
    cited: dict[str, list[str]] = {}
    for name in names:
        outlet, _, source = name.partition(" (citing ")
        sources = cited.setdefault(outlet, [])
        source = source[:-1]
        # One person named whole and by surname ("Frances Haugen", "Haugen")
        # is cited once, by the whole name.
        fuller = [n for n, s in enumerate(sources) if s.endswith(" " + source) or s == source]
        if not source or fuller:
            continue
        shorter = [n for n, s in enumerate(sources) if source.endswith(" " + s)]
        if shorter:
            sources[shorter[0]] = source
        else:
            sources.append(source)
    return [f"{outlet} (citing {_joined(sources)})" if sources else outlet
            for outlet, sources in cited.items()]


def _joined(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def join_names(names: Sequence[str]) -> str:
    return _joined(_each_outlet_once(names))


def says(names: Sequence[str]) -> str:
    return "says" if len(_each_outlet_once(names)) == 1 else "say"


def sources_phrase(ctx: Context, article_ids: Sequence[str]) -> str:
    n, k = len(set(article_ids)), ctx.independent(article_ids)
    articles = f"{n} article{'s' if n != 1 else ''}"
    if n == k:
        return articles
    return f"{articles}, {k} independent source{'s' if k != 1 else ''}"


def make_finding(ctx: Context, kind: str, topic: str, status: FindingStatus,
                 claims: Sequence[Claim], note: str) -> Finding:
    claim_ids = tuple(sorted({c.id for c in claims}))
    article_ids = tuple(sorted({c.article for c in claims}))
    if status != "conflict" and ctx.independent(article_ids) == 1:
        status = "single-source"
    return Finding(id=content_id("f", kind, claim_ids), kind=kind, topic=topic,  # type: ignore[arg-type]
                   status=status, claims=claim_ids, articles=article_ids, note=note,
                   independent_sources=ctx.independent(article_ids))


def who(ctx: Context, claim: Claim) -> str:
    """The outlet, with the source it cites when the sentence attributes the
    claim and the source is known to be one: a name or a described source
    (:func:`.known_sources.names_a_source`), cited by the sentence's parse,
    not a count, a time or a cut phrase (:func:`reads_as_source`)."""
    outlet = ctx.outlet(claim.article)
    source = claim.attribution
    if source and source.lower() not in outlet.lower() and reads_as_source(source) \
            and cited_in(source, claim.sentence) and names_a_source(source, claim.sentence) \
            and says_the_number(source, claim) \
            and not cut_from_its_phrase(source, claim.sentence) \
            and not cut_at_an_abbreviation(source, claim.sentence):
        source = _with_its_article(without_a_cut_title(source, claim.sentence), claim.sentence)
        first, _, rest = source.partition(" ")
        if opens_on_a_common_noun(first, claim.sentence):
            # "(citing Sources)" kept the capital of the sentence it opened
            source = f"{first.lower()} {rest}".rstrip()
        return f"{outlet} (citing {source_as_written(source, claim.sentence)})"
    return outlet


# Words that open a title of two words before a person's name ("Vice
# President", "Deputy Director"), beside the title words themselves ("Chief
# Constable", "Attorney General").
_TITLE_OPENERS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "acting",
                            "interim"})


def without_a_cut_title(source: str, sentence: str) -> str:
    """A source that opens on a title word the sentence writes after another
    word of the title ("Chief Constable Ian Hopkins" read as "Constable Ian
    Hopkins", "Vice President Kamala Harris" as "President Kamala Harris"),
    as the person's name alone ("Ian Hopkins"): the title is cut, and a cut
    title names another office (notes gold, heldout23). A title the sentence
    writes whole ("said Constable Ian Hopkins", "Republican Sen. Susan
    Collins"), or a source whose rest is no name of two capitalised words,
    is kept."""
    words = source.split()
    if len(words) < 3 or words[0].lower().strip(".") not in TITLE_WORDS:
        return source
    before = compiled(r"(?<![\w.])([A-Z][a-z]+)\s+" + re.escape(source) + r"\b").search(sentence)
    if before is None or before.group(1).lower() not in TITLE_WORDS | _TITLE_OPENERS:
        return source
    rest = words[1:]
    while len(rest) > 2 and rest[0].lower().strip(".") in TITLE_WORDS:
        rest = rest[1:]
    return " ".join(rest) if all(w[:1].isupper() for w in rest) else source


def cites_a_source(claim: Claim) -> bool:
    """The claim's source reads as one (:func:`reads_as_source`) and its
    sentence writes it as given: then :func:`who` parses the sentence to
    check that it cites the source (:func:`cited_in`)."""
    source = claim.attribution
    return bool(source) and reads_as_source(source) \
        and compiled(re.escape(source), re.I).search(claim.sentence) is not None


_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|"
                          r"hundreds?|thousands?|millions?|percent|just|only|some|many|most|few)\b",
                          re.I)


# A time of day is no source: "(citing the am)" was the "am" of "… am local
# time" in a sentence the splitter opened there (notes gold, heldout3). Case
# matters: "the PM" is a prime minister.
_TIME_OF_DAY = re.compile(r"(?:the\s+)?(?:[ap]\.?\s?m\.?|[AP]\.\s?M\.)")


def reads_as_source(source: str) -> bool:
    """A source a note can name: not a count ("nine others", "just 41 percent"),
    not a time of day ("am"), not words run together ("the mineworkersunion"),
    not a long clause. The attribution reader can only guess; a note shows its
    guess only when it reads as the name or description of a source."""
    words_ = source.split()
    return (0 < len(source) < 60 and not re.search(r"\d", source)
            and not _NUMBER_WORD.search(source) and not _TIME_OF_DAY.fullmatch(source.strip())
            and all(len(w.strip(".,'’")) <= 16 or "-" in w for w in words_))



# Prepositions a cited source follows ("according to X", "released by X",
# "figures from X", "per X").
_CITING_PREPOSITIONS = frozenset("to by from per citing".split())


def cited_in(source: str, sentence: str) -> bool:
    """The sentence cites ``source``, by the parse: the subject of a verb of
    saying ("…, the Bureau of Labor Statistics reported Friday") or what
    follows "according to", "by", "from". Not the subject of what the
    sentence reports ("The US economy added 943,000 jobs", "America has added
    back…"), a heading before a colon ("State of play: …"), a word of a name
    ("1619 Project lies"). The attribution reader guesses; this is the check
    of its guess. A source the sentence does not write as given (a pronoun
    resolved, "She said") is left to the reader."""
    at = [m.start() for m in re.finditer(re.escape(source), sentence, re.I)]
    if not at:
        return True
    doc = parse(sentence)
    for start in at:
        end = start + len(source)
        inside = [t for t in doc if start <= t.idx < end]
        heads = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
        if len(heads) == 1 and _cites(heads[0]):
            return True
    return False


def _cites(noun) -> bool:
    """``noun`` (the head of a source's words) is what a sentence cites."""
    verb = noun.head
    if noun.dep_ in ("conj", "appos", "poss"):
        # "US and Qatari officials said", "Facebook VP …, Nick Clegg,
        # announced", "Tara Reid's rep said"
        return _cites(verb)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        # the verb, or one it shares its subject with ("The bureau released
        # its statistics … and estimated there were…"); or a verb of placing
        # that sets an amount's level, whose subject gives the count as its
        # own ("Carrow Hill Resources puts the figure at 12": the claims'
        # reader, clause_sources.placed_by, makes it the figure's source)
        verbs = (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
        return any(is_saying(v) or (noun.dep_ == "nsubj" and level_set_at(v) is not None)
                   for v in verbs)
    return noun.dep_ == "agent" or (noun.dep_ == "pobj" and verb.lower_ in _CITING_PREPOSITIONS)



def _with_its_article(source: str, sentence: str) -> str:
    """"department’s Bureau of Labor Statistics" of "the department’s Bureau…"
    is shown with the article the sentence gives its possessive."""
    first = source.split(" ", 1)[0]
    if re.search(r"[’']s$", first) and re.search(rf"\bthe {re.escape(source)}", sentence, re.I):
        return f"the {source}"
    return source


def cut_from_its_phrase(source: str, sentence: str) -> bool:
    """A one-word source the sentence writes as the head of a description
    ("The New York Democrat said" read as "Democrat"): the attribution reader
    kept the head and dropped what made it someone, so the note names no one
    rather than a cut phrase (notes gold, heldout7: "(citing Democrat)"). A
    word standing alone ("Reuters reported", "Democrats said") is kept."""
    if " " in source.strip():
        return False
    for token in parse(sentence):
        if token.text != source.strip():
            continue
        before = [child for child in token.children if child.i < token.i]
        # A determiner and a place or party name before the word make it a
        # description ("The New York Democrat"); a title or an age before a
        # name keep it ("President Biden", "The 37-year-old Haugen", "the
        # champion Klitschko": modifiers that are not proper names).
        named = any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in before)
        if named and any(child.dep_ == "det" for child in before):
            return True
    return False


def cut_at_an_abbreviation(source: str, sentence: str) -> bool:
    """A source the sentence writes on before a period that ends no sentence
    ("said Juror No. 8" read as "Juror No"): the attribution reader stopped at
    an abbreviation's period, and the note would name a cut name (notes gold,
    heldout8: "(citing Juror No)"). The period ends an abbreviation when a
    number or a lower-case word follows it, or when the source's last word is
    a short capitalised one ("Lt. Gregg Hastings" read as "Lt"); a source
    before a full stop that ends the sentence, or before another sentence run
    into this one ("…, said the union. Talks resume…"), is kept."""
    last = source.split()[-1] if source.split() else ""
    for m in compiled(re.escape(source.strip()) + r"\.\s+(\S)").finditer(sentence):
        following = m.group(1)
        if following.isdigit() or following.islower() or (
                len(last) <= 3 and last[:1].isupper() and last.isalpha()):
            return True
    return False


# A quote's opening is its first eight words: enough to tell it apart in a
# topic. Eight words that hold no main verb ("So far only the collapse of walls
# of…", "If she were to call the bill, it…") say nothing; then the quote's
# first sentence is shown whole if it is short enough for a topic. Twenty
# words: the longest such first sentence in the notes gold (heldout8) is 19,
# and longer ones read as paragraphs in a topic line.
QUOTE_OPENING_WORDS = 8
QUOTE_SENTENCE_WORDS = 20
# Clauses that hang on another and so are not the quote's main clause: "If
# she were to…" (advcl), "that employs…" (relcl), a participle (acl).
_DEPENDENT_CLAUSES = frozenset({"advcl", "relcl", "acl", "csubj", "pcomp", "xcomp", "amod"})


def _name_goes_on(words: list[str], cut: int) -> int:
    """How many words past ``cut`` the name the cut would stop inside goes on
    ("…into the United" + "States", "…by the Wall" + "Street": notes gold,
    heldout19, "We are not letting people into the United…"): a cut inside a
    name shows another name or none. At most :data:`NAME_REACH` words; a
    capitalised word after one that ends a clause or a sentence starts
    something else ("…in Washington. The")."""
    if len(words) <= cut or words[cut - 1] in ("The", "A", "An"):
        return 0  # a cut after "The" stops before a name, not inside it
    more = 0
    while cut + more < len(words) and more < NAME_REACH \
            and _in_name(words[cut + more - 1], words[cut + more]):
        more += 1
    # a name does not end on a word that joins it ("Centers for")
    while more and words[cut + more - 1] in ("of", "and", "for", "&", "-", "v.", "vs."):
        more -= 1
    return more


#: How far a quote's opening goes on to end the name it would stop inside:
#: "the United States", "the Wall Street Journal", "the Centers for Disease
#: Control"; a longer run is a list of names, cut as any other words.
NAME_REACH = 4


def quote_opening(text: str) -> str:
    """The words of a quote a topic and a note show: its first eight words,
    or its first sentence whole when the eight hold no verb of its main
    clause with that verb's subject and the sentence is at most twenty words;
    without an ellipsis of the source's at its end, since the note writes its
    own after it ("when the votes come in ……" read as a typo), and with a
    possessive the source broke at its apostrophe written whole ("it’ s"),
    and without a thread's numbering before a tweet's words ("4/ attacking
    media does nothing…": notes gold, heldout24), which is no word said."""
    opening = _opening(_THREAD_NUMBER.sub("", text, count=1) or text)
    return rejoin_possessives(re.sub(r"\s*(?:\.\.\.|…)+$", "", opening)) or opening


# A tweet's place in its thread, before its words: "4/ …", "(2/3) …". Only
# a bare "4/" or a bracketed pair: "9/11 was …" and "24/7 coverage" are words.
_THREAD_NUMBER = re.compile(r"^\s*(?:\d{1,2}/|\(\d{1,2}/\d{1,2}\))\s+(?=\S)")


# A word before a full stop that ends no sentence: initials ("U.S."), a
# lower-case abbreviation ("p.m."), a short capitalised one ("Sen.", "Gen.",
# "Sept."), a number ("No. 3." is rare; "3." ends a list item).
_ABBREVIATION = re.compile(r"(?:\w\.){2,}|[A-Z][a-z]{0,3}\.|\d+\.")


def quote_shown(text: str) -> str:
    """A quote's opening as a topic and a note show it: with the note's
    ellipsis where the words go on, none after a sentence the opening ends
    (notes gold, heldout20: "There’s not going to be a shutdown.…" read as a
    full stop kept before an ellipsis; heldout5: "…derby.…"). A sentence
    quoted whole needs no mark of what follows it; a full stop of an
    abbreviation ("…said Sen.") ends no sentence, and the ellipsis stays."""
    opening = quote_opening(text)
    last = opening.split()[-1] if opening.split() else ""
    if last[-1:] in "!?" and last or last.endswith(".") and not _ABBREVIATION.fullmatch(
            last.lstrip("“‘\"'(")):
        return opening
    return f"{opening}…"


def _opening(text: str) -> str:
    words = text.split()
    opening = " ".join(words[:QUOTE_OPENING_WORDS + _name_goes_on(words, QUOTE_OPENING_WORDS)])
    if len(words) <= QUOTE_OPENING_WORDS:
        return opening
    stripped = text.strip()
    first = next(iter(parse(stripped).sents), None)
    if first is None:
        return opening
    sentence = first.text.split()
    if not QUOTE_OPENING_WORDS < len(sentence) <= QUOTE_SENTENCE_WORDS:
        return opening
    cut = first[0].idx + len(" ".join(sentence[:QUOTE_OPENING_WORDS]))
    if main_clause_before(first, cut):
        return opening  # the main clause is under way within the eight words
    return " ".join(sentence).rstrip(",;:")


def main_clause_before(sentence, cut: int) -> bool:
    """Whether the main clause of a parsed ``sentence`` (a spaCy span) is under
    way before character ``cut``: its root, or a verb that is no dependent
    clause's with its subject, stands there."""
    return any(t.idx < cut and (t.dep_ == "ROOT" or t.pos_ in ("VERB", "AUX")
                                and t.dep_ not in _DEPENDENT_CLAUSES
                                and any(c.dep_ in ("nsubj", "nsubjpass") and c.idx < cut
                                        for c in t.children))
               for t in sentence)
