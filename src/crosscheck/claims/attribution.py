"""Attribution: who a sentence says its content comes from.

"according to X", "X said", "said X", "X reported", "officials stated": the
source is the subject of a speech verb, or the object of "according to". The
same reading gives quotes their speaker (quotes.py). Pronouns and bare surnames
are resolved against the people the article names (:class:`People`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.nlp import lemma
from crosscheck.claims.titles import ABBREVIATED_BEFORE_A_NAME
from crosscheck.claims.described_speakers import described
from crosscheck.claims.unattached_subjects import (governing_verb, person_after_inverted_verb,
                                                   person_before_verb,
                                                   person_the_parser_hung_elsewhere, quoted_one)

# v2: read from one parse of the whole article (nlp.py) instead of parses of
# single sentences, and with POS from the dependency labels too; same rules.
# v3: possessive marks kept in a source ("the mineworkers' union").
# v4: a subjectless speech verb speaks for the verb it hangs from ("…,
# saying", "was quoted as saying", "had this to say"); "the senator", "the
# comedian" resolved to the one person the article gives that title or word;
# "he" never resolved to a person named inside a quote; "“…,” said X" with X
# misparsed still gives X; "the pair" is the first of the two just named.
# v5: an abbreviated title ("said Sgt. Marty Earley", "said Lt. Dana Ruiz")
# gives the name after it, or no one; a time of day ("am") is no source; a
# passive speech verb ("needs to be written") names no source, and "respond",
# "reply" report speech only with content ("had to respond to an attack");
# a name is given as written ("CBS’s Steven Portnoy", not "CBS ’s …"); "the
# Fund" is the "International Monetary Fund" the article named earlier; a
# source where the text breaks off ("a White House fact...") is none.
# v6: a title named by "of" or "for" is described by the word before it
# ("Secretary of State": "the former secretary of state said"), and a title
# the article gives two people resolves to neither, not to whoever the text
# names right after the word; a person named between a quote's closing mark
# and a speech verb the parser found no subject for is its speaker ("“…,”
# Tulsa police Chief Chuck Jordan said Monday"); a speaker phrase never ends
# on a conjunction whose conjunct the parser hung elsewhere; "he" and "she"
# skip a person an honorific gives the other gender ("Mr. Lee", "Ms. Ruiz").
# v7: "concur" reports speech ("McKenzie concurred with reports that …").
# v8: "claims", "reports", "notes" after a bare common noun are a plural noun
# ("Initial unemployment claims in regular state programs dropped"), not a
# speech verb; of two subjects side by side, a description and the name after
# it ("trade magazine The Hollywood Reporter wrote"), the name is the source;
# "call" with a plain object ("called the snap election") reports no speech.
# v9: a hyphen inside a word stays in the source's words ("the New Jersey-based
# drugmaker"); "add", "post" and "continue" report only with a clause ("added
# 194,000 jobs" names no source).
# v10: "demand", "boast" (with a clause or a quote) and "as X put it" report
# speech; a speech verb the parser left without a subject is the person
# named before it through nouns and prepositions alone ("In a panel … in
# Washington, Marc H. Morial, …, told"); a name the tagger read with a mark
# in it ("― Jacklyn Ashley") is no fuller name; "he" and "she" also see a
# surname the tagger missed as a clause's subject ("Sarandos emphasized"),
# and such a surname as a speaker is the person's full name; a name right
# after a quote's closing mark speaks for the subjectless verb after its
# description ("“…,” Flynn, a top Trump surrogate, said"); a description's
# other words tell apart people of one title ("the prime minister" beside a
# Foreign Minister), and a lower-case title read as a proper noun is still
# a description; "X quoted Y as saying" gives the words to Y; "continue to
# be" reports nothing; a subjectless speech verb hung on a verb inside what a
# speech verb reports speaks for that speech verb ("told … that Romney “had
# …,” adding"); a description hung on a name before a subjectless verb is
# its subject. "demand", "boast" and "put" are source verbs here only, not
# in CUE_VERBS, which figure subjects and labels also read ("the city
# boasts 5 parks"). Split: described_speakers.py, unattached_subjects.py.
EXTRACTOR = "attribution.v10"

# Verbs that report speech or writing. Kept to verbs whose subject is the
# source: "show" or "find" are left out because "data show" is not a speaker.
CUE_VERBS = {
    "say", "tell", "add", "write", "state", "note", "explain", "argue", "claim", "insist",
    "warn", "ask", "announce", "confirm", "deny", "emphasize", "emphasise", "assert",
    "comment", "declare", "recall", "acknowledge", "admit", "suggest", "tweet", "post",
    "respond", "reply", "conclude", "report", "estimate", "predict", "contend", "maintain",
    "allege", "testify", "stress", "urge", "caution", "complain", "vow", "promise",
    "reiterate", "observe", "remark", "continue", "underline", "concede", "counter",
    "indicate", "disclose", "reveal", "mention", "describe", "call", "dismiss", "label", "brand",
    # one who concurs says so: "McKenzie concurred with reports that ..."
    "concur",
}
# Verbs that report speech only as a source's verb here, not where other
# stages read CUE_VERBS (figure subjects and labels: "the city boasts 5
# parks", "put the cost at $5 billion"). PolNeAR dev: "“…?” Vitter
# demanded.", "Trump boasted, “…”", "“…,” as a Homeland Security memo put
# it". Not "read": "The statement read: “…”" gives a thing, not who spoke,
# and "she read the letter" someone else's words.
_SOURCE_VERBS = CUE_VERBS | {"demand", "boast", "put"}
# Verbs that only report with a content clause or a quote ("called it a stunt"
# is attribution; "called for calm" is not): they need a ccomp/quote nearby.
_NEEDS_CONTENT = {"continue", "call", "describe", "ask", "add", "post", "indicate", "dismiss",
                  "label", "brand", "respond", "reply", "demand", "boast"}
# Of those, verbs whose object is a thing, not words: "employers added 194,000
# jobs" and "the company posted a loss" say nothing; "he added that …" does.
_NEEDS_CLAUSE = {"add", "post", "continue", "demand", "boast"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Honorifics that say a person's gender; "Dr." and titles say nothing of it.
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Nouns that stand for two people just named ("the pair said").
_PAIR_WORDS = {"pair", "duo"}
_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov."}


@dataclass
class People:
    """The people an article names, in order, to resolve "he" and "Macron"."""

    mentions: list[tuple[int, str]] = field(default_factory=list)  # (article offset, name)
    subjects: set[int] = field(default_factory=set)  # offsets of mentions that are clause subjects
    # a title's head word -> the people the article gives it ("the secretary"
    # of two secretaries is neither)
    roles: dict[str, set[str]] = field(default_factory=dict)
    # surname -> "m" or "f", from an honorific the article writes before it
    genders: dict[str, str] = field(default_factory=dict)
    # whether note_surname_subjects has read the article's parse
    surnames_noted: bool = False

    def surnames(self) -> set[str]:
        """The last words of the names given in two words or more."""
        return {full.split()[-1] for _, full in self.mentions
                if len(full.split()) > 1 and full[:1].isalpha()}

    def note_surname_subjects(self, doc) -> None:
        """Add the surnames of people already named that the tagger did not
        tag as a person where they are a clause's subject: in "Netflix co-CEO
        Ted Sarandos issued a memo about Dave Chappelle … how Chappelle
        approaches … In his first response, Sarandos emphasized …. In the
        second, he again asserts …", "Sarandos" went untagged, so "he" was
        Chappelle, the last subject the tagger saw (claims gold, Variety).
        Read once per article, when a pronoun is first resolved."""
        if self.surnames_noted:
            return
        self.surnames_noted = True
        surnames = self.surnames()
        known = {at for at, _ in self.mentions}
        missed = [(tok.idx, tok.text) for tok in doc
                  if tok.text in surnames and tok.pos_ == "PROPN" and tok.idx not in known
                  and tok.ent_type_ != "PERSON" and tok.dep_ in ("nsubj", "nsubjpass")]
        self.mentions = sorted(self.mentions + missed)
        self.subjects |= {at for at, _ in missed}

    def fullest(self, name: str) -> str:
        """The longest name the article gives that ends with ``name``'s last word."""
        words = [w for w in name.split() if w.lower() not in _HONORIFICS]
        if not words:
            return name
        tail = words[-1][:-2] if words[-1].endswith(("’s", "'s")) else words[-1]
        last = tail.lower()
        best = " ".join(words)
        for _, full in self.mentions:
            if not full[:1].isalpha():
                continue  # the tagger took a mark in: "― Jacklyn Ashley"
            parts = full.split()
            full = " ".join(parts)  # (a name the tagger ran over a line break)
            if parts and parts[-1].lower() == last and len(full) > len(best) \
                    and all(w in parts for w in words):
                best = full
        return best

    def note_honorific(self, name: str, honorific: str) -> None:
        """Remember the gender an honorific gives a surname ("Mr. Clarke",
        "Ms. Page"); a surname given both (two people) is left unknown."""
        gender = _HONORIFIC_GENDER.get(honorific.lower().rstrip("."))
        words = name.split()
        if gender and words:
            surname = words[-1].lower()
            self.genders[surname] = gender if self.genders.get(surname, gender) == gender else ""

    def before(self, offset: int, quoted: Sequence[tuple[int, int]] = (),
               pronoun: str | None = None) -> str | None:
        """The person "he" or "she" at ``offset`` most likely stands for: the
        last person before it who was the subject of a clause (a pronoun
        subject mostly continues the previous subject), else the last named.
        People named inside ``quoted`` ranges are left out: in “… watching
        Johnny Carson host the Oscars …,” he said, "he" is not Carson; so is
        a person an honorific gives the other gender ("she" is not "Mr. Lee")."""
        wanted = _PRONOUN_GENDER.get((pronoun or "").lower())
        last = subject = None
        for at, name in self.mentions:
            if at >= offset:
                break
            if any(a <= at < b for a, b in quoted) or name.lower().rstrip(".") in _TITLE_ABBREVIATIONS:
                continue  # nor a title the tagger took for a person ("Sgt")
            known = self.genders.get(name.split()[-1].lower(), "") if name.split() else ""
            if wanted and known and known != wanted:
                continue
            last = name
            if at in self.subjects:
                subject = name
        found = subject or last
        return self.fullest(found) if found else None


def _entity_at(tok: Token, label: set[str]) -> Span | None:
    """The entity ``tok`` is in, if its label is one of ``label``; read from
    the token's IOB tags, not by scanning ``doc.ents`` (a whole article's)."""
    if tok.ent_type_ not in label:
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type)


def phrase_of(head: Token) -> str:
    """A speaker phrase: the named entity under ``head``, else its noun phrase
    without clauses, appositions or trailing prepositional phrases."""
    named = next((c for c in head.children if c.dep_ == "appos"
                  and _entity_at(c, {"PERSON"}) is not None), None)
    if named is not None:  # "the mayor's spokesperson, Lee Park, said"
        head = named
    ent = _entity_at(head, {"PERSON", "ORG", "NORP", "GPE"})
    if ent is not None:
        words = [t for t in ent if t.lower_ not in ("the",) or t.i != ent.start]
        # As written: "CBS’s Steven Portnoy", not "CBS ’s Steven Portnoy".
        text = "".join(t.text_with_ws for t in words).strip()
        return text[:-2] if text.endswith(("’s", "'s")) else text
    keep = []
    for t in head.lefts:
        if t.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "quantmod"):
            keep.extend(t.subtree)
    keep.append(head)
    for t in head.rights:
        if t.dep_ == "prep" and t.lower_ == "of":
            keep.extend(t.subtree)
    keep = sorted(set(keep), key=lambda t: t.i)
    # A conjunction whose conjunct the parser hung elsewhere ends no phrase:
    # "the secretary of state and current nominee" gives "the secretary of
    # state", not "… of state and" ("the union of miners and drivers" stays).
    while len(keep) > 1 and keep[-1].dep_ == "cc":
        keep.pop()
    # A possessive mark is kept, or "the mineworkers' union" reads "mineworkersunion";
    # so is a hyphen inside a word, or "the New Jersey-based drugmaker" reads
    # "the New Jerseybased drugmaker".
    return "".join(t.text_with_ws for t in keep
                   if not t.is_punct or t.text in ("’s", "'s") or t.tag_ == "POS"
                   or _inside_a_word(t)).strip()


def _inside_a_word(tok: Token) -> bool:
    """A hyphen with no space on either side ("Jersey-based")."""
    return tok.text in ("-", "‐", "–") and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_


# Titles and honorifics as abbreviated before a name (claims/titles.py):
# alone they name no one ("said Sgt" was a speaker while the name stood after
# the full stop).
_TITLE_ABBREVIATIONS = ABBREVIATED_BEFORE_A_NAME | {"lt.-gov"}
# Times of day the parser takes for a subject before "said" ("… am local time
# …, said reports").
_TIMES_OF_DAY = {"am", "pm", "a.m.", "p.m."}


def _name_after(title: Token) -> str | None:
    """The name written after an abbreviated title ("Sgt. Marty Earley", read
    as "Sgt", ".", "Marty Earley", even across the sentence break the parser
    puts after "Sgt."): its capitalised words up to the next word that is not
    one, or None when no name follows."""
    doc = title.doc
    i = title.i + 1
    if i < len(doc) and doc[i].text == ".":
        i += 1
    words = []
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha \
            and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON"):
        words.append(doc[i].text)
        i += 1
    return " ".join(words) or None


def resolve(head: Token, people: People, offset: int,
            quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The speaker a subject token stands for, or None when it cannot be told;
    a pronoun is never resolved to a person named inside ``quoted`` ranges."""
    low = head.lower_
    if low in _PERSON_PRONOUNS:
        people.note_surname_subjects(head.doc)
        return people.before(offset, quoted, low)
    if low.rstrip(".") in _TITLE_ABBREVIATIONS and head.text[:1].isupper():
        # (capitalised: "her rep told Us" is a publicist, not a Representative)
        # "said Sgt. Marty Earley": the parser makes the title the subject and
        # the name a compound after its full stop. The name is the speaker;
        # a title with no name after it ("said the Sgt.") names no one.
        name = _name_after(head)
        return people.fullest(name) if name else None
    if low in _TIMES_OF_DAY:
        return None  # "8: 00 am local time …, said reports": "am" is no source
    if head.pos_ == "PRON" or low in ("who", "that", "which"):
        return None
    if _entity_at(head, {"PERSON"}) is not None or any(
            c.dep_ == "appos" and _entity_at(c, {"PERSON"}) is not None for c in head.children):
        return people.fullest(phrase_of(head))
    if low in _PAIR_WORDS and any(c.lower_ == "the" for c in head.lefts):
        # "“…,” said A and B. “…,” the pair said.": a joint statement is
        # given to the first of its speakers, the subject "he" would follow.
        return people.before(offset, quoted) or phrase_of(head)
    # (a title in lower case the tagger calls a proper noun: "the prime minister")
    if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.text.islower()) \
            and any(c.lower_ == "the" for c in head.lefts):
        person = described(head, people)
        if person:
            return person
    if _cut_by_the_text(head):
        return None
    if head.pos_ == "PROPN" and head.text in people.surnames() and phrase_of(head) == head.text:
        # a surname the tagger left untagged: the person named in full before
        return people.fullest(head.text)
    return _organisation_in_full(head) or phrase_of(head)


def _cut_by_the_text(head: Token) -> bool:
    """The source phrase is where the text we were given stops ("…, according
    to a White House fact..." of a "fact sheet"): it may be cut, so it is no
    name to show."""
    doc = head.doc
    end = max(t.i for t in head.subtree) + 1
    if end >= len(doc) or doc[end].text not in ("...", "…"):
        return False
    return end + 1 >= len(doc) or "\n" in doc[end + 1].text


def _organisation_in_full(head: Token) -> str | None:
    """"the Fund" as the article first named it, "International Monetary
    Fund": an organisation named by one word that an earlier name in the
    article ends with. None when none does (a "Fund" never named in full
    stays as written)."""
    ent = _entity_at(head, {"ORG"})
    if ent is None or len(ent) != 1:
        return None
    for tok in reversed(head.doc[:head.i]):
        if tok.lower_ == head.lower_ and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I":
            full = _entity_at(tok, {"ORG"})
            if full is not None and full.end == tok.i + 1:
                words = [t for t in full if not (t.i == full.start and t.lower_ == "the")]
                return "".join(t.text_with_ws for t in words).strip()
    return None


def title_head(title: str) -> str:
    """The word a description names a title by: its last word before "of" or
    "for" ("Secretary of State" is "the secretary", "Special Envoy for Haiti"
    "the envoy"), else its last word ("Prime Minister", "Sen.")."""
    office = re.split(r"\s+(?:of|for)\s+", title.lower(), maxsplit=1)[0].split()
    return office[-1] if office else ""


def cue_subjects(sent: Span, outside: list[tuple[int, int]] | None = None) -> list[tuple[Token, Token]]:
    """Subjects of speech verbs (and objects of "according to") in a parsed
    sentence, each with its verb, leaving out tokens whose character offset (in ``sent.doc``) falls
    in one of the ``outside`` ranges (the quoted text itself)."""
    outside = outside or []

    def free(tok: Token) -> bool:
        return not any(a <= tok.idx < b for a, b in outside)

    found = []
    for tok in sent:
        if tok.lower_ == "according" and free(tok):
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                found.append((pobj, tok))
        elif tok.pos_ in ("VERB", "AUX") and lemma(tok).lower() in _SOURCE_VERBS and free(tok):
            if any(c.dep_ == "auxpass" for c in tok.children):
                # "the legislation needs to be written", "he is said to…": the
                # subject of a passive is what was written or said, not who did.
                continue
            base = lemma(tok).lower()
            if base in _NEEDS_CONTENT and not any(
                    c.dep_ in (("ccomp", "xcomp") if base in _NEEDS_CLAUSE else ("ccomp", "dobj", "xcomp"))
                    for c in tok.children) and not outside:
                continue
            if _calls_a_thing(tok, outside):
                continue
            if base == "put" and not _puts_it_as(tok):
                continue
            if base == "continue" and any(c.dep_ == "xcomp" for c in tok.children):
                # "Rubio will continue to be “a champion …”": going on, not speech
                continue
            subjects = [c for c in tok.children if c.dep_ == "nsubj" and free(c)]
            subj = _named_after_description(subjects)
            if subj is not None and _plural_noun_read_as_verb(subj, tok):
                continue
            if subj is None and tok.dep_ == "pcomp" and tok.head.lower_ == "as" \
                    and tok.head.head.ent_type_ == "PERSON" and free(tok.head.head):
                # "… quoted witness Devonte Brown as saying", parsed with the
                # name as the head of "as saying": the name speaks
                subj = tok.head.head
            if subj is None:
                governor = governing_verb(tok, CUE_VERBS)
                subj = None if governor is None else quoted_one(governor, free) or next(
                    (c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") and free(c)), None)
            if subj is None:
                subj = person_after_inverted_verb(tok) or person_before_verb(tok) \
                    or person_the_parser_hung_elsewhere(tok, free)
            if subj is not None:
                found.append((subj, tok))
    return found


def _puts_it_as(verb: Token) -> bool:
    """"put" reports words only as "as X put it" ("a “lawful source of
    investment income,” as a Homeland Security memo put it"); "he put it on
    the table" says nothing."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and not any(
        c.dep_ == "prep" for c in verb.children)


def _calls_a_thing(verb: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    """"call" with an object and nothing said of it summons or sets up the
    thing ("Trudeau called the snap election in August", "called a
    meeting"): no speech, even beside a quote ("…no “compelling issue”,
    according to CNN" is not Trudeau's). "called it a stunt", "called the
    plan unfair", "called the plan “a disaster”" (the quote right after the
    object) and "called on Congress to act" report speech."""
    if lemma(verb).lower() != "call":
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in verb.children):
        return False
    doc = verb.doc
    after = thing.right_edge.i + 1
    opens = {a for a, _ in quoted}
    if after < len(doc) and (doc[after].idx in opens or doc[after].text in ("“", '"')):
        return False
    return not any(a <= t.idx < b for t in thing.subtree for a, b in quoted)


# Speech verbs whose third person is also a plural noun: "unemployment
# claims", "news reports", "footnotes".
_NOUN_HOMOGRAPHS = frozenset({"claims", "reports", "notes", "estimates", "states", "posts",
                              "calls", "labels", "comments", "counters"})


def _plural_noun_read_as_verb(subject: Token, verb: Token) -> bool:
    """``verb`` is a plural noun the parser took for a verb: "Initial
    unemployment claims in regular state programs dropped" gave "Initial
    unemployment" as the subject of "claims". A bare common noun right before
    a homograph ("claims", "reports") heads no speaker: a speaker there has a
    determiner or is a name ("The company claims", "Smith reports", "WCVB - TV
    claims")."""
    return (verb.lower_ in _NOUN_HOMOGRAPHS and subject.i == verb.i - 1
            and subject.tag_ == "NN" and subject.text.islower() and not subject.ent_type_
            and not any(c.dep_ in ("det", "poss") or c.pos_ == "PROPN"
                        for c in subject.subtree if c.i != subject.i))


def _named_after_description(subjects: list[Token]) -> Token | None:
    """The subject of a speech verb: the first, or, when the parser gives the
    verb a common noun and then, right after it, a name ("trade magazine The
    Hollywood Reporter wrote", "business newspaper The Wall Street Journal
    reported"), the name: the description says what the source is."""
    if not subjects:
        return None
    first = subjects[0]
    named = next((s for s in subjects[1:] if s.pos_ == "PROPN"
                  and s.left_edge.i == first.right_edge.i + 1), None)
    return named if first.pos_ == "NOUN" and named is not None else first


def sentence_source(sent: Span, people: People) -> str | None:
    """The attribution of a whole sentence ("according to X", "X said")."""
    for head, _ in cue_subjects(sent):
        source = resolve(head, people, head.idx)
        if source:
            return source
    return None
