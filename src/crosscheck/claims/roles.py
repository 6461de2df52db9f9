"""Roles: titles attached to named people, and whether they are held no more.

Two shapes cover most news copy:
- a title just before a name: "Foreign Minister Ana Ruiz", "former Chancellor
  Olaf Scholz", "Kenyan Interior Minister Kipchumba Murkomen" (a leading
  nationality or place is dropped from the title);
- a title in apposition: "Jerome Powell, the chair of the Federal Reserve",
  "the mayor's spokesperson, Lee Park".
Either way the last word of the title must be a known title word, so that
"Netflix star Dave Chappelle" or "Tuesday, Joe Biden" never make a role.
Only tokens and entities are needed, not the parse. The readers of each
shape are in claims/title_before.py and claims/title_after.py; this module
gives their titles to the names of one sentence.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span

from crosscheck.claims.epithets import epithets
from crosscheck.claims.org_roles import org_roles
from crosscheck.claims.person_spans import name_end, people_named, untagged_surnames, without_title
from crosscheck.claims.role_descriptions import described_roles
from crosscheck.claims.role_verbs import title_by_credit, title_by_verb
from crosscheck.claims.title_after import title_appointed, title_predicated, titles_after
from crosscheck.claims.title_before import (plural_title_before, title_ahead, title_before, title_named,
                                            title_of_outlet, title_of_outlet_after)
from crosscheck.claims.titles import (ABBREVIATED_BEFORE_A_NAME, INSIDE_A_TITLE, held_no_more_across_a_place,
                                      is_title_head, join)
from crosscheck.models import Role

# v2: read from one parse of the whole article (nlp.py) instead of parses of
# single sentences, and with POS from the dependency labels too; same rules.
# v3: "Secretary of State Antony Blinken", an honorific between title and name
# ("CDC Director Dr. Rochelle Walensky"), agents, publicists, lawyers, envoys
# and producers; a sentence's first word is no part of a title ("When President").
# v4: a plural title before a list of names gives each its title ("Producers
# Craig Zadan and Neil Meron").
# v5: so does a plural title in apposition, ahead of the list ("The producers,
# Craig Zadan and Neil Meron") or after it ("A and B, the new producers of the
# show"); "Special Envoy for Haiti" as "Secretary of State"; in "Sen. A,
# Rep. B" the "Rep." is B's only; a person the tagger read as an ORG is read
# as one after a title or when named as a person elsewhere.
# v6: a place run into the name after "Envoy for" ("Special Envoy for Haiti
# Daniel Foote", one ORG to the tagger) is left out of the name; a title
# given by a verb of appointment ("X was appointed special envoy to Haiti").
# v7: occupations head titles ("Haugen, a former Facebook employee",
# claims/titles.py); a title said by "is"/"was" ("Haugen was a product
# manager at Facebook", "Clark, who was the head of ..."), "was" making it
# former; a second apposition joined by "and a"; an ordinal before an office
# is dropped; "the mayor's daughter" or "a fellow Republican" give no title;
# a person the tagger misread is known by surname; people mentioned by a
# qualified title alone ("the Senate minority leader", role_descriptions.py).
# v8: a description continuing the previous sentence's subject names that
# person ("… the West Virginia Democrat took a hatchet …", epithets.py); an
# indefinite one that is no source is read too ("a subpoena for an
# ex-Justice Department official").
# v9: a first name the tagger cut from its surname is read with it ("Team
# spokesman Tim Mead" gave "Tim"); the sentence's first word opens a title
# only when it is a title word or a name ("Moderate Senators X" gave
# "Moderate Senator"); an organisation's name joined by "and" is kept whole
# ("at Surrey Fire and Rescue Service"); a lowercase noun naming the office's
# field is part of a title before a name ("campaign manager", "trade adviser").
# v11: an apposition without its comma after a name that opens the sentence
# ("Chris Weitz the director of The Golden Compass is stepping up").
# v12: an abbreviated plural title before a list ("Reps. Jim Jordan of Ohio and Jim
# Banks of Indiana", "Democratic Sens. A and B"), read back to the start of the
# claims stage's sentence where the parser split after "Reps."; a place after
# each name ("of Ohio") keeps the list going; a title abbreviation the
# tokenizer splits from its full stop ("Sgt" "." , "Lt" "." of "Lt. Gov.") is
# one title word; experts named by their field ("the nation's top infectious
# diseases expert", "a historian at Yale", claims/titles.py).
# v13: split by concern (title_before.py, title_after.py); a month the tagger
# did not date is no title word ("in Feb. Sen. X"); a person's name
# qualifying an apposed title ("Sanders’ longtime adviser", "President Biden's
# chief of staff"), an office named by "of" ahead of a name ("the Governor of
# Alaska, X"), dash appositions, "-elect", counsel, ranks, nominees, hosts;
# film credits not written as titles ("a script from X", role_verbs.py);
# organisations as role holders ("the U.S.-based nonprofit EcoHealth
# Alliance", org_roles.py); a denied title ("is not a nominee") gives none.
# v14: forms read on the extra role gold's dev half (issue 12, held-out gap):
# "then-President" held no more; an office named by "of" in lower case
# ("Trump's chief of staff X", "his former chief-of-staff X"); "a former
# intelligence officer named X"; a list running past each name's party in
# brackets ("Sens. A (D-W.Va.) and B (R-Utah)"); a nickname in brackets
# before the surname; a title the tagger took into the fullest name ("Deputy
# Ortiz") left out of the person; VPs, team positions and doctors as titles;
# "Trump host Erdoğan" (a headline's verb) gives none; an epithet after "he"
# that follows the one name of its sentence names that person; "Then-Vice
# President" opening a sentence; "Director of National Intelligence Avril
# Haines" and "Speaker of the House Nancy Pelosi" read as one ORG by the
# tagger (as "Special Envoy for Haiti X"); an apposition after a lawmaker's
# party tag ("Rep. X, D-Miss., the chairman of the committee"); whips and
# clergy as titles.
# v15: an outlet's possessive before a name ("CBS’s Steven Portnoy", "Fox
# News' Chris Wallace") names its journalist, "CBS journalist", also where
# the tagger read it all as one ORG (person_spans.person_after_outlet);
# "Dist. Atty. Steve Cooley" read whole ("Dist." and "Asst." as title
# abbreviations, the parser's split rejoined, claims/titles.py); a title's
# first words the parser cut into a sentence of their own at a line's start
# ("District" | "Attorney Steve Cooley announced …") read back.
# v16: "GM" is a title word ("Los Angeles Angels GM Tony Reagins", dev3).
# v17: a lower-case noun for what a person does, the name's compound
# ("referee Tony Weeks", "transgender student Gavin Grimm"), is a title,
# kin is not; "Dr." and "Rev." are the title where no other stands before
# the name; police and navy ranks ("Constable", "Const.", "Commodore").
# v18: two titles of one person joined by "and" are read whole ("its president
# and chief executive, X", "team president and general manager X", "X,
# president and CEO of Y"; claims/titles.py joins_titles).
# v19: people the tagger missed after a title or before an apposed one
# ("Referee Tony Weeks", "Angels GM Tony Reagins", "Elijah Cummings, the House
# Oversight Committee chairman", claims/missed_people.py); an occupation noun the
# parser hung elsewhere just before the name ("before referee Tony Weeks
# stopped"); "the Rev.\n\nLarry Kroon" and "California" | "Gov. Gavin Newsom"
# read as one sentence (claims/nlp.py); a bare surname two people of the
# article share is given to neither in full (claims/article_people.py);
# "Gov.-elect" as one token; a name The Hill's page repeats in full at once
# ("Robert Mueller Robert (Bob) Swan MuellerSpeier …") is the name alone; a
# person "of" a news outlet is its journalist ("Michael Silverman of the Boston
# Herald", as "the Boston Herald's Michael Silverman"); a deed or a side is no
# occupation ("Whistleblower Frances Haugen").
# v20: a title held towards an office is the whole phrase ("counsel to the
# president Jay Sekulow", not "president"; title_before.py); the people the
# tagger missed are those the title readers themselves find a title for
# (claims/missed_people.py, formerly given_names.py with its own title tests),
# also where the tagger cut the given name off as a person and read the
# surname on as a date ("referee Tony Weeks saving …"); a name card's second
# given name may be the one the familiar form is of ("Steve Scalise Stephen
# (Steve) Joseph ScaliseHouse …"); "Under Secretary" is an office of its own.
# v21: a title said by "serve as" ("X, who served as Bush's defense
# secretary", former; "X has served as chief of staff since March", held),
# "who runs" a named body as its head (role_verbs.py), "a sitting senator";
# a title phrase ends at "since"; a possessive the tagger took into a name
# ("George W. Bush's national security adviser") qualifies the title.
# v22: read on the tuning parts dev6 and dev7 (issue 12): "chairperson" heads
# a title; an apposition opened by "now" ("Sessions, now a
# Republican senator"); a plural possessive inside a title ("House Veterans’
# Affairs Committee Chairman", "the House of Representatives’ top tax
# writer"); "X will remain majority leader"; in "spokeswoman for U.S.
# Attorney X" the name's title is the one after "for"; a surname the tagger
# put in no entity, of a person the article names in full, with a title
# apposed ("Soelistyo, the head of ...", person_spans.untagged_surnames); an
# apposed title not cut at a word glued by a hyphen ("tax-writing") nor at a
# "to" inside a body's name ("the Right to Rise super PAC").
# v23: read on the tuning parts dev3 to dev6 (issue 12): the object of an
# office set ahead of a name by "of" is one noun phrase, a named body or place
# one word of it ("The head of the World Health Organization, X", "The
# assistant director of the FBI's field office in New York, X"); "special
# agent in charge"; "under secretary" after a name; a weekday after a
# surname ends the name, and a place and title the tagger ran into the name
# as one ORG give it back ("Guatemala President Alejandro Giammattei").
# v24 (issue 12): a surname the tagger left untagged, given again alone after
# the article named the person in full, is that person
# (missed_people._with_surnames_again: "Cheeks, 48, logged 15 seasons").
# v25 (issue 12, stop 47): "former" is not lost before a title: across a place
# written with commas ("former South Bend, Ind., Mayor Pete Buttigieg") and
# the title's lowercase modifiers ("former high school student", "former
# longtime Sen.", "former two-term Gov."), never across a name, a possessive
# or a determiner (titles.held_no_more_across_a_place); an office before a
# retired rank is the title ("White House Chief of Staff retired Gen. John
# Kelly"); an apposed title held for a titled name goes on through it ("Jay
# Sekulow, a personal attorney for President Trump"). Claims gate unchanged
# (roles P 0.913 R 1.0); facts dev5 0.6412 -> 0.6450 (roles 0.94 -> 0.97).
EXTRACTOR = "roles.v25"


# What joins two names of one list: a comma or "and", after the place a
# lawmaker is of ("Reps. Jim Jordan of Ohio and Jim Banks of Indiana") or
# their party and state in brackets ("Sens. Joe Manchin (D-W.Va.) and Mitt
# Romney (R-Utah)": a capital opens it, so "(who spoke first)" ends the list).
_LIST_JOIN = re.compile(r"(?:of (?:[A-Z][\w.'’-]*\s?){1,3})?(?:\([A-Z][^()]{0,12}\)\s*)?(?:,|and|, and)")


# Capitalised words the parser may cut from the sentence they open: "District"
# of "District Attorney Steve Cooley announced …" after a headline (claims
# gold, ECB+), at most this many.
_CUT_WORDS = 3


def _cut_by_the_parser(sent: Span) -> int:
    """Where a title before a name may start: ``sent``'s start, or before it
    when the parser ended the sentence before on capitalised words with no
    mark to end it ("District" | "Attorney Steve Cooley announced today …").
    Never across a line break or a mark ("…, said Sgt." is claims/nlp.py's)."""
    doc = sent.doc
    k = sent.start
    while k - 1 >= 0 and sent.start - k < _CUT_WORDS and not doc[k - 1].is_space \
            and doc[k - 1].is_alpha and (doc[k - 1].is_title or doc[k - 1].is_upper) \
            and doc[k - 1].whitespace_ and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k == sent.start or not (k == 0 or doc[k - 1].is_space and "\n" in doc[k - 1].text
                               or "\n" in doc[k - 1].whitespace_):
        return sent.start  # only a line's first words, which no mark ends
    return k


def extract_roles(sent: Span, fullest, ents: Sequence[Span] | None = None) -> list[Role]:
    """Roles of the people named in one sentence; ``fullest`` maps a name to
    the fullest form the article gives; ``ents``, when given, are ``sent.ents``.
    A title before a name is read back to ``sent``'s start, not the parser's:
    the claims stage joins again what the parser split after an abbreviated
    title ("said Sgt." / "Paul Rivera ...", claims/nlp.py).
    A plural title before a list of names ("Producers Craig Zadan and Neil
    Meron", "Senators A, B and C") is each name's, in the singular."""
    out = []
    shared: tuple[str, bool] | None = None  # the plural title of the list in progress
    listed: list[str] = []  # the names of the list in progress
    last_end = -1
    for ent in people_named(sent.ents if ents is None else ents):
        # NER sometimes swallows the title ("Sen. Joe Manchin"): give it back.
        first = ent.start
        while first < ent.end - 1 and (is_title_head(ent.doc[first]) or ent.doc[first].lower_ in INSIDE_A_TITLE):
            first += 1
        name_span = ent.doc[first:name_end(ent)]
        name = name_span.text
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        if len(name) < 2 or not name[0].isupper() or name.lower().rstrip(".") in ABBREVIATED_BEFORE_A_NAME:
            continue  # (a title abbreviation the tagger read as a person: "Atty" of "Dist. Atty.")
        between = ent.doc[last_end:ent.start].text.strip() if last_end >= 0 else None
        if between is None or not _LIST_JOIN.fullmatch(between):
            shared, listed = None, []
        listed.append(name)
        last_end = ent.end
        if first > ent.start:
            found = (join(list(ent.doc[ent.start:first])),
                     held_no_more_across_a_place(ent.doc, ent.start - 1, sent.start))
            candidates = [found]
        else:
            ahead = title_ahead(name_span)
            start = _cut_by_the_parser(sent)
            plural = plural_title_before(name_span, start) \
                or (ahead[:2] if ahead and len(ahead) == 3 else None)
            shared = plural or shared
            candidates = [title_before(name_span, start) or title_named(name_span, start)
                          or title_of_outlet(ent, start) or title_of_outlet_after(name_span), ahead,
                          *titles_after(name_span), shared,
                          title_appointed(name_span), title_predicated(name_span),
                          title_by_verb(name_span), title_by_credit(name_span)]
        for found in candidates:
            if not found or not found[0]:
                continue
            # A plural title after a list ("A and B, the new producers") is each name's.
            if len(found) == 3 and found is not shared and len(listed) < 2:
                continue  # "met Lee Park, the senators from Ohio": a plural names a list
            for person in (listed if len(found) == 3 and found is not shared else [name]):
                out.append(Role(person=without_title(fullest(person)), title=found[0], former=found[1]))
    # A surname the tagger left untagged, its title apposed ("Soelistyo, the head of ...").
    for surname in untagged_surnames(sent, fullest):
        out += [Role(person=without_title(fullest(surname.text)), title=found[0], former=found[1])
                for found in titles_after(surname) if len(found) == 2]
    # A description the sentence before tells the referent of is kept once, with it.
    told = epithets(sent, fullest)
    known = {r.person for r in told}
    bodies = org_roles(sent, sent.ents if ents is None else ents)
    return out + [r for r in described_roles(sent) if r.person not in known] + told + bodies
