"""Attribution: who a sentence says its content comes from.

"according to X", "X said", "said X", "X reported", "officials stated": the
source is the subject of a speech verb, or the object of "according to". The
same reading gives quotes their speaker (quotes.py). Pronouns and bare surnames
are resolved against the people the article names (:mod:`.speakers`,
:class:`~crosscheck.claims.article_people.People`).
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span, Token

from crosscheck.claims.article_people import People
from crosscheck.claims.nlp import lemma
from crosscheck.claims.speakers import DOCUMENT_NOUNS, resolve
from crosscheck.claims.unattached_subjects import (agent_of, governing_verb,
                                                   is_descriptive_participle,
                                                   person_after_inverted_verb, person_before_verb,
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
# boasts 5 parks"). Split: described_speakers.py, unattached_subjects.py;
# then (no change of behaviour) article_people.py, speakers.py.
# v11: a speech verb's past participle describing a noun ("Described by
# critics as “…”, the video …", "Called “a stunt” by Democrats, the bill …")
# gives its agent, or no one: not the noun described; "he" and "she" also
# see people a title or a description names that the tagger missed
# (article_people.people_of: "Professor Varoufakis blames …"); two titles
# joined before one name ("said Anchorage businessman and blogger Andrew
# Halcro") give that name; an epithet ("The Massachusetts Democrat told
# them") is the person claims/epithets.py reads it as; "notify" and
# "lament" report speech with a clause or a quote.
# v12: "the 78-year-old said" is the person named before (speakers.py);
# "who" as a speech verb's subject is the one the relative clause is of ("…
# Loretta E. Lynch, who told Congress: “…”"); "pledge" (with a clause or a
# quote) and "point out" report speech (PolNeAR train); "X issued a
# statement saying “…”" is X's (unattached_subjects.governing_verb); "X
# referred to Y as “…”" is X's.
# v13: a paragraph's kicker the parser made a second subject of the speech
# verb ("State of play: DHS said ...") is not the speaker.
# v14: as quotes.v12, a description's word given as a title to one person
# and left in another's name fits two people (described_speakers.py); roles.v17's
# titles ("referee", "Dr.") are the people the article gives them.
# v15: as quotes.v13, people the tagger missed after a title, and sentences
# broken after an honorific or at a line's first words read whole.
# v16: a name's suffix after a comma ("Joseph Dunford, Jr. declared") gives
# the name before it as the source; a source phrase keeps the space of a mark
# it leaves out (claims/speakers.py).
# v17: a document that "reads" is a source ("“…,” the statement read", "The
# letter read: “…”"), a person reading is not; "retort" and "interject"
# report speech ("“…,” Brown retorted", dev7).
# v18: a figure's source is the speaker whose clause holds its number, not
# the sentence's first: "Police said 26 people were arrested, and the mayor
# said 31 were hurt" gives the 31 to the mayor; a verb of placing with a
# source for its subject gives that subject the level in its "at" ("the
# union puts the number at 13", not "the storm put the toll at …"); "according
# to X" still covers every figure no speech verb governs (clause_sources.py).
# A speech verb is no figure's source for a number in its subject or in the
# one spoken to ("told Maria Ruiz, a colleague of 12 years"), for words not
# (yet) said ("will announce", "declined to say"), for "claim" with a thing
# ("claimed a loss of $916 million"), nor across a semicolon; "according to
# X" not across a semicolon or a quotation mark. PolNeAR dev, figures in a
# gold attribution: 104 of 231 given the gold source, before and after.
EXTRACTOR = "attribution.v18"

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
# ECB+ dev: "“…,” Karen Olson … notified the panel", "Jumaane Williams
# lamented that a “peaceful vigil …”".
# PolNeAR train (issue 12): "Sanders also pledged to “bring our political
# revolution”", "as The Hill pointed out, “…”" (Baly: 61 and 42 such
# sentences before a quote).
# "A friend referred to him as “the most beautiful soul …”" names the one
# who called him so (Baly: 90 "referred to X as “…”").
# Words a document holds are its own: "“…,” the statement read." (dev5: CNN's
# statement, marked by one outlet and given to "the network" by another);
# "read" counts only with a document as its subject and no object ("she read
# the letter" is someone else's words read out).
# "“I'm talking about any place past Concord,” Brown retorted", "“…,” Pindell
# interjected" (dev7: two quotes of one debate lost for the verb alone).
_SOURCE_VERBS = CUE_VERBS | {"demand", "boast", "put", "notify", "lament", "pledge", "point", "refer",
                             "read", "retort", "interject"}
# Verbs that only report with a content clause or a quote ("called it a stunt"
# is attribution; "called for calm" is not): they need a ccomp/quote nearby.
_NEEDS_CONTENT = {"continue", "call", "describe", "ask", "add", "post", "indicate", "dismiss",
                  "label", "brand", "respond", "reply", "demand", "boast", "notify", "lament",
                  "pledge"}
# Of those, verbs whose object is a thing, not words: "employers added 194,000
# jobs" and "the company posted a loss" say nothing; "he added that …" does.
_NEEDS_CLAUSE = {"add", "post", "continue", "demand", "boast", "notify", "lament", "pledge"}


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
            if base == "read" and not _a_document_reads(tok):
                continue
            if base == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
                continue  # "pointed out" reports words; "pointed to the data", "pointed a gun" do not
            if base == "refer" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
                continue  # "referred to him as “…”" names; "referred the bill to a committee" does not
            if base == "continue" and any(c.dep_ == "xcomp" for c in tok.children):
                # "Rubio will continue to be “a champion …”": going on, not speech
                continue
            if is_descriptive_participle(tok):
                # the one who describes is the agent, or no one the sentence names
                agent = agent_of(tok, free)
                if agent is not None:
                    found.append((agent, tok))
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
            if subj is None and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ") \
                    and tok.head.pos_ in ("PROPN", "NOUN") and free(tok.head):
                # A finite verb the parser hung on its own subject as a
                # clause describing it: "Trump, who was at his estate
                # Wednesday, called DeVos “…”" (dev6) gave the words to no one.
                # (A participle so hung describes its noun: is_descriptive_participle.)
                subj = tok.head
            if subj is None:
                subj = person_after_inverted_verb(tok) or person_before_verb(tok) \
                    or person_the_parser_hung_elsewhere(tok, free)
            if subj is not None:
                found.append((subj, tok))
    return found


def _a_document_reads(verb: Token) -> bool:
    """"read" with a document as its subject and no object: "the statement
    read", "The letter read: “…”"; not "she read the letter", nor "the
    sign read nothing new" (an object)."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "nsubj" and lemma(c).lower() in DOCUMENT_NOUNS for c in verb.children)


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
    # A paragraph's kicker the parser made a second subject ("State of play:
    # DHS said in the memo ...", Axios, claims gold): the words before a colon
    # that stands before the speaker are a heading, not who spoke.
    spoken = [s for s in subjects if not (s.right_edge.i + 1 < len(s.doc) and s.doc[s.right_edge.i + 1].text == ":"
                                          and any(o.i > s.right_edge.i for o in subjects))]
    subjects = spoken or subjects
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
