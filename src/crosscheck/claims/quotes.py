"""Quotes: direct speech in straight or curly marks, and who said it.

1. Find quoted stretches per paragraph: curly marks pair as opened and closed,
   straight marks alternate; a quote left open at the end of a paragraph goes
   on when the next paragraph opens with a mark (the newsroom convention for
   long quotes), or runs into a later paragraph when that one's first mark
   closes it (text whose line breaks are not paragraphs: “…
   second time.⏎You know what they say…,” said DeGeneres; a statement of
   three paragraphs whose middle one has no mark).
2. Refuse what is a title or a name in marks: Title Case runs ("The Closer"),
   and stretches after "known as", "called", "dubbed", "so-called".
3. Find the speaker: a name signing the quote after a dash ("“…” ― Adriana
   Rodarte"); a speech verb outside the marks in the sentences the quote
   touches ("…," said X; X told reporters: "…"); else a source a speech verb
   names in the sentence right before, in the quote's paragraph and after the
   last quote; else the speaker of the quote
   the paragraph (or the previous one) continues, or the speaker of a
   paragraph ending with a colon before it, or the person a colon right
   before the quote hands it to ("Her agent Mark Roesler: “…”"), or the person
   the previous paragraph names as the subject of a speech verb when the quote
   opens a paragraph of its own. Short partial quotes (fewer
   than four words) are kept only with a speaker in their own sentence, since
   without one they are mostly scare quotes; a quote whose speaker cannot be
   named is dropped, since "who says what" is what later stages compare.
   A quote that opens its sentence and goes on to an attribution naming no
   one ("“…,” they said") borrows no speaker from before, and a quote
   nobody is named for ends a run of one speaker's quotes. The first part
   of a quote its attribution splits ("“We will rebuild,” she said, “and
   …”") is speech, however short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.claims.article_people import People
from crosscheck.claims.attribution import CUE_VERBS, cue_subjects
from crosscheck.claims.partial_quotes import attribution_right_after, ends_its_sentence
from crosscheck.claims.pasted_quotes import signed_posts, transcript_turns
from crosscheck.claims.speakers import document_issuer, phrase_of, resolve
from crosscheck.claims.nlp import Sentence, lemma

# v2: read from one parse of the whole article (nlp.py) instead of parses of
# single sentences, and with POS from the dependency labels too; same rules.
# v3: a curly quote runs on into the next paragraph when that one closes it.
# v4: a straight quote too, and over a paragraph without marks; a paragraph
# ending with a colon names the speaker of the quote that opens the next, a
# person subject before a colon the quote that follows it.
# v5: a partial quote is given to the speech verb it hangs from first ("While
# he acknowledged …, Ham also noted several “intangibles”" is Ham's).
# v6: Title Case in marks is a name whatever the small words between its
# capitalised ones ("240th Anniversary of the Battle of the Capes").
# v7: a quote signed with a dash and a name on the rest of its line ("“…” ―
# Adriana Rodarte") is that person's, and starts no run of unsigned quotes;
# a source named in the quote's paragraph after the last quote takes over
# from that quote's speaker; of two speech verbs in the quote's sentence, the
# one the quote hangs from, else the one nearest the quote.
# v8: the first part of a quote its attribution splits ("“We will rebuild,”
# she said, “and …”") is speech however short; a quote whose own sentence
# goes on to attribute it ("“…,” they said") and names no one takes no
# earlier quote's speaker, nor one named in the paragraph before.
# v9: a quote nobody can be named for ends a run of one speaker's quotes:
# the quote after it is not the earlier speaker's; "he" and "she" see people
# a title or a description names that the tagger missed ("Professor
# Varoufakis", "A professor of economics …, Yanis Varoufakis,").
# v10: a person's name right after the speech verb that follows the quote
# ("“…,” tweeted Italiano.") is its speaker whatever the parse made its subject.
# v11: a speaker called by their age ("“…,” the 78-year-old said", read "the
# old") is the person named before, as "he" would be (claims/speakers.py).
# v12: a description's word given as a title to one person and left in
# another's name ("comedian Jon Stewart", "Comedian Ellen DeGeneres") fits two
# people and resolves to no one (described_speakers.py).
# v13: people the tagger missed after a title are speakers ("his campaign
# manager, Brad Parscale, said", claims/missed_people.py); a sentence the page
# broke after "the Rev." is read whole (claims/nlp.py); a bare surname two
# people of the article share stays bare ("Trump said" beside Donald and
# Melania Trump, claims/article_people.py); a name in apposition just before
# the speech verb inside a title the parser made the subject ("counsel to the
# president Jay Sekulow said", claims/speakers.py).
# v14: a name's suffix after a comma is no speaker, the name before it is
# ("Gen. Joseph Dunford, Jr. declared", dev6); a speaker phrase keeps the
# space of a mark it leaves out ("forthcoming counsel", not
# "forthcomingcounsel", claims/speakers.py).
# v15: a post pasted without marks and signed as an embedded tweet is ("… —
# Jeb Bush (@JebBush) December 7, 2015") is a quote of the name signing it,
# and words in marks inside it are the post's, not quotes of their own
# (claims/pasted_quotes.py), and so is a turn of a broadcast transcript
# ("SENATOR TOM HARKIN: …") whose name the article gives; a document's words are the body's that issued it
# when the sentence names it ("a statement from the White House read",
# claims/speakers.document_issuer), else the document's ("the statement
# read", attribution.v17); a partial quote ending in a comma is the speaker's
# the clause right after it names ("“a criminal capacity,” spokesman Fabien
# Levy confirmed"), and one that ends its sentence after a colon the person's
# before the colon (claims/partial_quotes.py).
# v16: a speaker called by a given name alone is the person the article names
# in full with it ("Nicholas Sandmann … Nicholas said"), when no one of the
# article bears it as a surname and only one person bears it as a given name
# (article_people.People.fullest).
# v17: a speech verb after a bare comma has no inverted speaker after it ("X,
# who was at his estate, called DeVos “…”" gave the words to DeVos, the one
# called so; unattached_subjects.person_after_inverted_verb): only a comma
# after a closing mark hands the quote on.
# v18: a speech verb in the past tense the parser hung on a noun as a clause
# describing it has that noun as its subject ("Trump, who was at his estate,
# called DeVos “…”": no speaker before; attribution.cue_subjects).
# v19: "he" goes on from the subject of the main clause when a later subject
# in the same sentence is inside what it reports ("Carney said … what Boehner
# can get passed. “…,” he said" is Carney's; article_people.People.before).
EXTRACTOR = "quotes.v19"

_OPEN = "“«"
_CLOSE = "”»"
# Below this many words a quote is a partial quote and needs a speaker in its
# own sentence to count (scare quotes like “official” are short).
PARTIAL_WORDS = 4
_NAMING = re.compile(r"(?:known as|called|dubbed|so-called|titled|named|nicknamed|termed|"
                     r"the word|the term|the phrase|hashtag|slogan)(?:\s+(?:the|a|an))?\s*$", re.I)
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}


@dataclass(frozen=True)
class Found:
    start: int  # first character inside the marks
    end: int  # end of the quoted text
    continues: bool  # a later paragraph carries on the same quote


def find_quoted(text: str) -> list[Found]:
    """Quoted stretches of ``text`` as character ranges (marks excluded)."""
    out: list[Found] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry = False
    running: int | None = None  # a quote left open that a later paragraph closes
    for n, (p_start, p_end) in enumerate(paragraphs):
        opened, running = running, None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch in _OPEN or (ch == '"' and opened is None):
                if opened is None:
                    opened = i + 1
            elif ch in _CLOSE or ch == '"':
                if opened is not None:
                    out.append(Found(opened, i, carry))
                    carry = False
                    opened = None
        if opened is not None and _closed_later(text, paragraphs, n, text[opened - 1]):
            running = opened
            continue
        if opened is not None:
            next_opens = n + 1 < len(paragraphs) and text[paragraphs[n + 1][0]] in _OPEN + '"'
            truncated = text[opened:p_end].rstrip().endswith(("...", "…"))
            if next_opens or truncated:
                out.append(Found(opened, p_end, carry))
            carry = next_opens
        else:
            carry = False
    return out


def _first_mark(text: str, start: int, end: int) -> str:
    """The first quotation mark between ``start`` and ``end``, or ""."""
    return next((ch for ch in text[start:end] if ch in _OPEN + _CLOSE + '"'), "")


# A quote left open runs on over at most this many following paragraphs
# without any mark (a statement's middle paragraph) to the one that closes it;
# further than that, an unclosed mark is more likely a typo than a long quote.
RUN_ON_PARAGRAPHS = 2


def _closed_later(text: str, paragraphs: list[tuple[int, int]], n: int, opener: str) -> bool:
    """Whether a quote opened with ``opener`` and left open at the end of
    paragraph ``n`` is closed in a later one: the first later paragraph with a
    mark (after at most RUN_ON_PARAGRAPHS without any) closes it, a curly quote
    with a closing mark, a straight one with an odd count of marks not at the
    paragraph's start (a paragraph opening with a mark begins a quote of its
    own, the newsroom convention for long quotes)."""
    for start, end in paragraphs[n + 1:n + 2 + RUN_ON_PARAGRAPHS]:
        first = _first_mark(text, start, end)
        if not first:
            continue
        if opener in _OPEN:
            return first in _CLOSE
        return first == '"' and text[start] != '"' and text[start:end].count('"') % 2 == 1
    return False


def _is_title(words: list[str]) -> bool:
    """Title Case in marks: a work's or an occasion's name, not speech. Up to
    six capitalised words, the small words between them not counted: "the
    “240th Anniversary of the Battle of the Capes”" names a ceremony (notes
    gold, heldout8: it was a quote of the newspaper cited)."""
    alpha = [w for w in words if w[:1].isalpha()]
    return bool(alpha) and len([w for w in alpha if w.lower() not in _SMALL]) <= 6 and all(
        w[0].isupper() or w.lower() in _SMALL for w in alpha) and alpha[0][0].isupper()


def _sentences_touching(sentences: list[Sentence], start: int, end: int) -> list[Sentence]:
    return [s for s in sentences if s.start < end + 2 and s.end > start - 1]


def _sentence_after_question(text: str, sentences: list[Sentence], q: Found) -> Sentence | None:
    """The sentence that starts just after a quote ending in "?" or "!":
    the parser ends a sentence at “…?” in “…?” Graham asked., so the speech
    verb lands in a sentence of its own (3 of the 4 PolNeAR dev speakers lost
    when the parser replaced the senter, which kept these together)."""
    if not text[q.start:q.end].rstrip().endswith(("?", "!")):
        return None
    return next((s for s in sentences if q.end < s.start <= q.end + 2), None)


def _introducing_sentence(text: str, sentences: list[Sentence], q: Found, paragraph: int
                          ) -> Sentence | None:
    """The sentence that ends the paragraph before with a colon, when the
    quote opens its own paragraph: "Playboy founder Hugh Hefner said:⏎“She
    was a remarkable lady…”" (a statement introduced on a line of its own)."""
    if text[:q.start - 1].rstrip(" \t")[-1:] != "\n":
        return None
    before = [s for s in sentences if s.paragraph == paragraph - 1]
    if not before or not text[before[-1].start:before[-1].end].rstrip().endswith(":"):
        return None
    return before[-1]


def _named_speaker_before(text: str, sentences: list[Sentence], q: Found, paragraph: int,
                          found: list[Found], people: People) -> str | None:
    """The person the paragraph before names as the subject of a speech verb
    in its last sentence, when the quote opens its own paragraph: "Marine Gen.
    Frank McKenzie concurred with reports that the strike killed 10
    people.⏎“This strike was taken in the earnest belief …”" (newsroom copy
    gives a quote that follows reported speech to the one who spoke). Only a
    named person: a description ("The mayor said …") may be one of several
    the story names, and a name as the subject of any other verb ("McKenzie
    arrived in Kabul") says nothing of who speaks next."""
    if text[:q.start - 1].rstrip(" \t")[-1:] not in ("\n", ""):
        return None
    before = [s for s in sentences if s.paragraph == paragraph - 1]
    if not before:
        return None
    outside = [(f.start - 1, f.end + 1) for f in found]
    for head, _ in cue_subjects(before[-1].span, outside):
        # A name: tagged a person, or a proper noun the tagger left untagged
        # (the small model misses "Ana Ruiz" after "Mayor"); not a body.
        if head.ent_type_ == "PERSON" or head.pos_ == "PROPN" and not head.ent_type_:
            return resolve(head, people, head.idx, outside)
    return None


def _person_before_colon(text: str, touching: list[Sentence], q: Found, people: People
                         ) -> str | None:
    """The person a colon hands a whole quote to, whatever the verb before it
    ("Her agent Mark Roesler siad: “…”", "Hefner on Page: “…”" read with its
    subject): the subject of the clause before the colon, when the tagger
    names it a person. A thing as subject ("The statement read: “…”") gives
    no one, nor does a colon not right before the quote."""
    if text[:q.start - 1].rstrip()[-1:] != ":":
        return None
    colon = len(text[:q.start - 1].rstrip()) - 1
    for sent in touching:
        if not sent.start <= colon < sent.end:
            continue
        for tok in sent.span:
            if tok.idx >= colon:
                break
            named = tok.ent_type_ == "PERSON" or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)
            if tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and named:
                return people.fullest(phrase_of(tok))
    return None


# "“…” ― Adriana Rodarte": a quote signed with a dash and a name on the rest
# of its line (readers' and voters' words in a list, an epigraph). The name
# is capitalised words, initials included, up to the line's end or a comma
# ("― Jane Roe, a nurse from Ohio"); words in lower case after the dash are
# a sentence going on ("” — and then he left"), not a signature.
_SIGNED = re.compile(r"[”\"’»]?[ \t\u00a0]*(?:[―—–]|\s-\s)[ \t\u00a0]*"
                     r"((?:[A-Z][\w'’.-]*\.?)(?:[ \u00a0]+(?:[A-Z][\w'’.-]*\.?)){0,4})"
                     r"[ \t\u00a0.]*(?:,[^\n]*)?(?:\n|$)")


def _signed_by(text: str, q: Found, people: People) -> str | None:
    """The name a dash after the quote's closing mark signs it with."""
    m = _SIGNED.match(text, q.end)
    if m is None:
        return None
    return people.fullest(m.group(1).rstrip("."))


# Words the attribution between the two parts of one quote may take ("she
# said", "said Prime Minister Jacinda Ardern, 41"): more is a sentence of
# its own between two quotes.
SPLIT_BY_WORDS = 10


def _split_by_attribution(text: str, q: Found, found: list[Found]) -> bool:
    """The quote is the first part of one sentence of speech that its
    attribution splits: "“We will rebuild,” she said, “and soon.”". Its
    words end in a comma, and after the closing mark come a few words that
    end in a comma right before the next quote opens. Words in marks one
    after another ("“rigged,” “corrupt” and “dishonest”", "called it “a
    disgrace,” a “sham”") are no such part: no comma closes what stands
    between them."""
    if not text[q.start:q.end].rstrip().endswith(","):
        return False
    following = next((f for f in found if f.start > q.end), None)
    if following is None:
        return False
    between = text[q.end + 1:following.start - 1]
    words = between.strip().rstrip(",").split()
    return between.rstrip().endswith(",") and 0 < len(words) <= SPLIT_BY_WORDS and \
        "\n" not in between and not any(ch in between for ch in ".?!;:")


def _attributed_after(text: str, q: Found, sentence_start: int) -> bool:
    """The quote opens its sentence, which goes on after it with the words
    that attribute it: the quote ends in a comma ("“…,” they said", "“…,”
    House Budget Committee Republican Leader..." where the text breaks off).
    When those words name no one the quote has no speaker: it does not take
    the last quote's, nor one named in the paragraph before. A quote woven
    into its sentence ("characterized the killing as a “hateful, inhumane,
    and barbaric act,” though he …") is not attributed by what follows it."""
    return not text[sentence_start:q.start - 1].strip() and \
        text[q.start:q.end].rstrip().endswith(",") and \
        bool(re.match(r"[”\"»]?[ \t\u00a0]*\w", text[q.end:]))


def _inverted_attribution(sents: list[Sentence], q: Found, people: People) -> str | None:
    """The name right after the speech verb that follows the quote: "“…,”
    tweeted Italiano." The parser often makes the quote's first noun the
    verb's subject there and the name its object ("announcement" tweeted
    "Italiano"), so the subject rule reads no one; the order verb-then-name
    right after the closing mark is the attribution whatever the parse. Only
    a proper name the article knows counts ("“…,” said the report" and
    "“…,” tweeted the White House account" name no person)."""
    for sent in sents:
        after = [t for t in sent.span if t.idx >= q.end and not t.is_punct and not t.is_space]
        if len(after) < 2 or after[0].idx - q.end > 3 or lemma(after[0]) not in CUE_VERBS:
            continue
        name = []
        for t in after[1:]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                break
            name.append(t.text)
        known = {full for _, full in people.mentions} | people.surnames()
        if name and " ".join(name) in known:
            return people.fullest(" ".join(name))
    return None


def _speaker_in(sents: list[Sentence], found: list[Found], people: People,
                before: int | None = None, at: int | None = None, named: bool = False
                ) -> str | None:
    """The speaker named by a speech verb outside the marks; with ``before``
    (an article offset), only a verb that comes before it counts: a partial
    quote is reported content, and reported content follows its verb. With
    ``at`` (where the quote starts), or ``before``, the verb the quote hangs
    from comes first."""
    # Quoted ranges, marks included.
    outside = [(q.start - 1, q.end + 1) for q in found]
    anchor = before if before is not None else at
    for sent in sents:
        cues = cue_subjects(sent.span, outside)
        if anchor is not None:
            # The verb the quote hangs from first: in "While he acknowledged
            # …, Ham also noted several “intangibles”", Ham's "noted", not the
            # "he" of the clause before; in "When Clinton noted that Trump had
            # not paid …, Trump boasted, “That makes me smart.”" (PolNeAR
            # dev), Trump's "boasted", not Clinton's "noted".
            # Where the parser hung the quote on neither, the verb nearest
            # the quote (the parser made "That makes me smart" hang from
            # "were made public", the clause before "Trump boasted").
            inside = next((t for t in sent.span if t.idx >= anchor), None)
            cues = sorted(cues, key=lambda hv: (
                not (inside is not None and hv[1].is_ancestor(inside)),
                0 if before is not None else abs(hv[1].idx - anchor)))
        for head, verb in cues:
            if before is not None and verb.idx > before or named and head.pos_ == "PRON":
                continue
            speaker = document_issuer(head, people) or resolve(head, people, head.idx, outside)
            if speaker:
                return speaker
    return None


def extract_quotes(text: str, sentences: list[Sentence], people: People
                   ) -> list[tuple[tuple[int, int], str | None, str]]:
    """((sentence start, sentence end), speaker, quoted text) for each quote."""
    posts = signed_posts(text) + transcript_turns(text, people)
    # (words in marks inside a pasted post are the post's: "His “policy”
    # proposals are not serious. — Jeb Bush (@JebBush) …")
    found = [q for q in find_quoted(text) if not any(p.start <= q.start < p.end for p in posts)]
    out = _posts_as_quotes(text, sentences, people, posts)
    previous_speaker: str | None = None
    previous_paragraph = -2
    previous_end = 0  # where the last quote ends
    unnamed_end = 0  # where the last quote nobody could be named for ends
    for q in found:
        # A quote running over a line break reads as one: the break is layout.
        body = re.sub(r"\s*\n+\s*", " ", text[q.start:q.end].strip())
        words = body.split()
        if not words:
            continue
        before = text[max(0, q.start - 25):q.start - 1]
        touching = _sentences_touching(sentences, q.start, q.end)
        if not touching:
            continue
        paragraph = touching[0].paragraph
        if _is_title(words) or _NAMING.search(before):
            continue
        # (the first part of a quote its attribution splits is speech, however short)
        partial = len(words) < PARTIAL_WORDS and not _split_by_attribution(text, q, found)
        signed = _signed_by(text, q, people)
        speaker = signed or _speaker_in(touching, found, people, q.start if partial else None,
                                        q.start)
        if speaker is None and partial:
            speaker = attribution_right_after(text, touching, (q.start, q.end),
                                              [(f.start - 1, f.end + 1) for f in found], people)
        if speaker is None and partial and ends_its_sentence(text, touching, q.end):
            # "Kamala Harris had a message for migrants: “Do not come.”" (dev3)
            speaker = _person_before_colon(text, touching, q, people)
        if speaker is None and partial:
            continue
        after = _sentence_after_question(text, sentences, q) if speaker is None else None
        if after is not None:
            speaker = _speaker_in([after], found, people)
            if speaker:
                touching = touching + [after]
        if speaker is None:
            introducer = _introducing_sentence(text, sentences, q, paragraph)
            speaker = _speaker_in([introducer], found, people) if introducer is not None else None
        if speaker is None and not partial:
            speaker = _person_before_colon(text, touching, q, people)
        if speaker is None:
            speaker = _inverted_attribution(touching, q, people)
        if speaker is None and _attributed_after(text, q, touching[0].start):
            # "“…,” they said": its own words say who, and name no one; nor
            # does the quote after it go on from an earlier speaker
            previous_speaker, unnamed_end = None, q.end
            continue
        if speaker is None and not q.continues:
            # "Sticker shock is everywhere, said Leslie Patton in Bloomberg.
            # Gasoline … get most of the attention, but “…”": a source named
            # in the quote's paragraph after the last quote takes over from
            # that quote's speaker.
            # Only the sentence right before the quote's, and only a source
            # it names: a pronoun there ("he demanded, as Bush continued")
            # says no more than the last quote's speaker does.
            since = [s for s in sentences if s.paragraph == paragraph
                     and previous_end <= s.start and s.end <= touching[0].start][-1:]
            speaker = _speaker_in(since, found, people, named=True) if since else None
        if speaker is None and (q.continues or paragraph - previous_paragraph <= 1) and previous_speaker:
            # Same paragraph, or the next one, with no other speaker named: the
            # quote goes on from the last one ("…," he said. "…").
            speaker = previous_speaker
        if speaker is None:
            # "X said in an editorial: … “…”": the nearest source named earlier
            # in the same paragraph.
            # (not past a quote nobody could be named for: someone else spoke there)
            prior = [s for s in sentences if s.end <= q.start and s.paragraph == paragraph
                     and s.start >= unnamed_end]
            for sent in reversed(prior):
                speaker = _speaker_in([sent], found, people)
                if speaker:
                    break
        if speaker is None and not partial:
            speaker = _named_speaker_before(text, sentences, q, paragraph, found, people)
        if speaker is None:
            # A quote nobody can be named for is no checkable claim; the next
            # quote does not go on from the one before it, since someone else
            # spoke in between ("“…,” read a letter from the dairy.⏎“All our
            # attempts …”" is not the speaker's two quotes back).
            if not partial:
                previous_speaker, unnamed_end = None, q.end
            continue
        if signed:
            # Each quote of a signed list has its own name: an unsigned one
            # after it is not the last signer's ("“…” ― A⏎“…” ― B⏎“…”").
            previous_speaker = None
        elif not partial:
            previous_speaker, previous_paragraph = speaker, paragraph
        out.append(((touching[0].start, touching[-1].end), speaker, body))
        previous_end = q.end
    return sorted(out, key=lambda quote: quote[0])


def _posts_as_quotes(text: str, sentences: list[Sentence], people: People, posts
                     ) -> list[tuple[tuple[int, int], str | None, str]]:
    """Each pasted post as a quote of the name signing it."""
    out = []
    for post in posts:
        touching = _sentences_touching(sentences, post.start, post.end)
        if touching:
            body = re.sub(r"\s+", " ", text[post.start:post.end])
            out.append(((touching[0].start, touching[-1].end), people.fullest(post.author), body))
    return out
