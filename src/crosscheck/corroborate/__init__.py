"""Corroborate: each claim compared across the articles of a story.

``corroborate(articles, claims, groups)`` aligns claims about the same thing
and gives each aligned group a status: ``agree`` (same value), ``compatible``
(different wordings whose allowed values overlap), ``conflict`` (cannot all be
true), ``single-source`` (one independent source says it). ``groups`` maps each
article to its independent source group (copies of one wire story share one,
see :func:`crosscheck.group.source_groups`); findings count groups, not outlets.

Precision comes first: an uncertain alignment stays two single-source findings
rather than become a false conflict. Findings come out conflicts first, then by
how many independent sources support them.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..models import Article, Claim, Finding
from .common import QUOTE_OPENING_WORDS, Context, cites_a_source
from .conflict_evidence import checked_conflicts
from .events import event_findings, join_statements
from .figure_words import parses_its_sentence
from .figures import figure_findings, overlap
from .quotes import quote_findings
from .roles import role_findings
from .statements import statement_findings

__all__ = ["CORROBORATOR", "corroborate", "overlap", "sentences_to_parse"]

#: Versioned name of the alignment rules, recorded with stored findings.
#: v2: figures and events aligned by trained pair models (align.py) beside the
#: strict rules, quotes compared with dates and numbers normalised; v3: an
#: article stating no outlet is named "unknown outlet (FILE)",
#: not by its file; v4: statements (undated sentences) aligned by mutual best
#: match of their vectors (statements.py); v5: the same findings, their notes
#: and topics worded anew (amounts as written, subjects without the verbs run
#: into them, short event sentences whole; notes gold), so stored stories are
#: built again rather than keep the old words; and what keeps two alike
#: statements apart reads counts by what they count, times by kind, and a
#: denial by the verb it negates; v6: a quote's described
#: speaker ("the minister") counts as the named one whose own mention gives
#: that title, a surname a letter apart as the same person, times of day
#: written differently compare equal (quotes.py); names with a suffix or a
#: middle initial (people.py), offices named by "for" (roles.py); figure pair
#: model v2 (align-figure.v2.json), shares compared by their rounding ("47
#: percent" admits 46.7), basis points compared as percentage points; v7:
#: event notes keep who acted and what happened (a sentence of up to 25 words
#: whole, a cut never before the verb), no time of day named as a source
#: (wording.py, common.py; notes gold); v8: a
#: count of times disputed by the act it counts ("married three times" /
#: "married twice"), weeks compared in days, and one small count of unlike
#: things ("two regulators", "two vaccines") no longer linked by the model;
#: a title kept as a quote's speaker is the person its own sentence names
#: after it ("U.S. Special Envoy for Haiti Daniel Foote … saying"); an
#: acting title beside the office is compatible, and a role note whose titles
#: can both be true at different times says so; v9: figure labels
#: (figure_words.py): no verb of another subject or of a reported clause
#: ("cars drove", "Americans filed"), "number" said of what, a number
#: hyphenated to a noun ("six-Justice") and a range's top quoted, a unit of
#: measure shown with its value ("about 60 metres"); v10: statements also
#: linked by the story's rare words they share, and never when they share no
#: word but names (statements.py); v11: a magnitude word ("1.2 million
#: tonnes") is part of the number a note shows, not its unit of measure; v12:
#: durations of one span named in the same words disputed ("nine days" /
#: "almost three weeks" after "a heart attack suffered"), and a dispute no
#: longer carries values the pair model alone tied to it (figures.py); a
#: share and its rounding to two or more digits ("46.7 percent" / "47
#: percent") linked when their sentences are alike (figure_align.py).
#: v13: event excerpts reach who acted (a name before its
#: apposition, the clause under "when" a pronoun stands for, the subject of a
#: verb after the date, what a dashed aside hangs on, the main clause after an
#: opening participle clause; a clause naming no one doing anything gives its
#: sentence), a cited source or a name keeps only its own
#: capital, "a seasoned director", one title of two run together.
#: v14: a person mentioned by title alone ("the Senate minority leader") is
#: the one person of the story named with a title it fits; offices "at"/"to"
#: a body read head last, "prexy" is "president" (roles.py).
#: v15: a quote's described speaker ("the minister", "the veteran
#: senator", "U.S. Special Envoy") is the one person the story's role claims
#: give that title (no longer a title read beside the name by a regular
#: expression), shown by that name; a title written like a name is never one
#: side of a conflict; quotes compared with the day before its month ("1
#: March") and numbers spelt out ("five") read as "March 1" and "5", the
#: numbers of a quote cut at either end compared where they overlap
#: (quotes.py).
#: v16: one title written in other capitals ("Chief Executive" / "chief
#: executive") is said once in a role note (roles.py).
#: v17: a note cites a source only where its sentence cites it, by the parse
#: (not "(citing America)" of "America has added back…", nor a heading
#: before a colon), a cited possessive with its article (common.py); an
#: event's words hold the main clause they stood outside of
#: (event_excerpts.py); a label word written after a number keeps it
#: ("30-homer", wording.as_written); a participle's clause quoted after who
#: acted ("U.S. border agents stopped … marking a 21-year high", excerpts.excerpt; then in wording.py).
#: v18: figures (figure_align.py, figures.py): the month a figure is said of
#: ("8.54% in March") links a share and its rounding whatever their
#: sentences' cosine and keeps figures of two months apart; an article giving
#: a share and its rounding gives one value; a large number of one
#: significant digit allows what rounds to it ("$1 trillion" / "$1.2
#: trillion"); a mark ("the 200,000 threshold") is linked only with a mark,
#: a rank among people ("the second woman") only with a rank among people.
#: v19: a description the claims reader tied to the person named before it
#: ("the West Virginia Democrat", Role.refers_to) joins that person's role
#: finding; an indefinite one ("an ex-Justice Department official") only
#: a person its own article gives the title; a membership title
#: ("employee", "official") or a party description goes with the person's
#: one other title, both true (roles.py).
#: v20: an event's words take in the main clause they stood outside of only
#: when it names no day of its own (event_excerpts._with_the_main_clause).
#: v22: a figure's excerpt reaches the verb of its clause and that verb's
#: subject ("Millions of retirees … will get a 5.9% boost…"; the subject of
#: "…airport has left dozens…"), or says who acted before an ellipsis
#: (excerpts._complete_clause; then in wording.py).
#: v23: "chief of" and "head of" one body are one office (roles.py).
#: v25: a one-word source cut from its description ("The New York Democrat"
#: read as "Democrat") is not shown after "citing" (common.cut_from_its_phrase).
#: v26: a quote's opening whose eight words hold no main verb ("If she were
#: to call the bill, it…") is its first sentence whole, up to twenty words
#: (common.quote_opening); an event excerpt is not cut between a subject and
#: its verb (event_excerpts.py); a source cut at an abbreviation's period
#: ("Juror No") is not cited (common.py); a percentage a subject changed by
#: ("rose more than 4%") is shown with its words (figure_words.py); a role
#: finding's stored parts keep the pipeline's
#: order (render.py); a party member is "a New York Democrat" (wording.py).
#: Also v26: decades are compared in years ("a four-decade high" is "a 40-year
#: high", figures.py).
#: Also v26: quotes (quotes.py, quote_text.py): money, percentages and time zones
#: written either way, an ellipsis read as words left out, a fragment of
#: three or four words joined to the longer quote of the same person; one
#: person's words with other words in the same place are compatible, not
#: agree; a description or a name inferred from "he said" is the person the
#: other outlets name when the quote's article named that person just before.
#: v27: a note cites a source only when its words are known to be one: a
#: named entity or a run of proper nouns, or a noun phrase headed by a
#: speaker, a body or a document, whole ("(citing a message)", "(citing the
#: group)", "(citing Weitz co)" are left out; known_sources.py); an event
#: excerpt cut from inside its sentence holds, by the parse, the subject or
#: object of its verbs that began before it and what its verb of saying
#: reports ("Columbus, Ohio, officials released…", "…two doses … still
#: provide strong protection, a Scottish study found on Monday";
#: excerpt_arguments.py), a preposition's object reaches back to who acted
#: ("Miles Vinar spoke to ONE News about…"), an excerpt cut after an
#: auxiliary goes on to its verb ("… will be held…"); a label that is only a change or a worth
#: ("increase", "value") is shown with the words around its number
#: (figure_words.py).
#: v28: a figure an article gives again rounded or bounded ("nearly 190,000"
#: beside its "188,829") joins the fact of its exact value instead of standing
#: as a single-source finding (figure_restatements.join_restatements).
#: v29: a statement finding whose every sentence one dated event finding
#: holds (the claims reader reads a dated sentence as both) joins that
#: finding instead of listing the fact a second time (the assembly here).
#: v30: a role note's words no longer hang on the order its mentions come
#: in (named mentions first, then by article: roles._finding), so a stored
#: finding, which records its mentions by id, is worded again as it was.
#: Also v30: a possessive the source wrote with an opening quotation mark
#: ("every country‘s population") is written whole in labels and excerpts.
#: Also v30: a share written before an adjective ("the vaccine is 96%
#: effective") is shown with its words, not as "96% (COVID-19 vaccine)".
#: Also v30: a label that is the noun of another number ("the addition of
#: 500,000 new jobs" for 5.1%) is not shown; a rate or a worth written with
#: an "of" phrase its label leaves out ("rate of monthly inflation",
#: "$108 million worth of diamond rings") is shown with its words.
#: Also v30: a label that is the number's own compound ("three-volume")
#: is no topic: the article's words are.
#: Also v30: a label the claims reader stopped before the noun its word
#: modifies ("1 billion vaccine doses" gave "vaccine") gets that noun.
#: Also v30: a quote's opening drops the source's own ellipsis at its end
#: (the note writes one: "come in ……") and rejoins a broken possessive
#: ("it’ s"; common.quote_opening).
#: Also v30: a former occupation gets its article whatever place or body
#: qualifies it ("is a former Minneapolis police officer"; wording.py).
#: v31: two event mentions that are each the only event their article dates
#: to that day are linked on the event model alone (events.alone_on_their_day)
#: when they share two content words besides the day.
#: v32: roles: a name with and without its accents is one person ("Moïse",
#: people.py); "premier" is "prime minister"; a rank word alone ("His
#: deputy, X") joins the one office it is a rank of (roles.py).
#: v33: a role note's title leaves out a count of the people described and a
#: common noun's possessive ("is a veteran FDA official" of "two veteran FDA
#: officials", "is a chief executive" of "the company’s chief executive"), and
#: an occupation led by a lowercase word gets its article (wording.py).
#: Also v33: an excerpt does not stop on a number's scale word or on an
#: auxiliary ("…of 1 billion vaccines…", "…is on track to end on Aug. 31…"),
#: a number far from its clause's end goes on to the noun it counts, and a
#: month abbreviated before a day ends no clause (excerpts.py). Also v33: a
#: figure's source is cited only when its number is in what the source says
#: ("(citing Democrats)" of "With … some $3.5 trillion … Democrats say it’s
#: time…" is left out; common.says_the_number).
#: v34: figures (issue 12): an article's exact figure joins the fact that
#: holds its own rounded or bounded form ("189 people killed" beside its
#: "more than 180"; figure_restatements.py); an undisputed fact whose values
#: do not all fit sets apart only the mention at odds with the most
#: (figures._without_outliers), not every value; two forecasts of one
#: quantity that can both be true are one ("called for 360,000
#: applications" / "expectations of 359,000 new claims";
#: figure_months.forecasts_alike), and a forecast is no rounding of its
#: article's figure; a fact may hold an article's figure and its own
#: rounded or bounded form ("more than $3 billion", "$3.2 billion"), and
#: millions and billions are found rounded at all (their digits were read
#: from "3.2e+09").
#: v35: a statement finding that shares a sentence with one dated event
#: finding joins it (no longer only when that finding holds all its
#: sentences), unless another of its sentences names a time the event's day
#: is not; an outlet that names only the month the day falls in makes the
#: finding "compatible" (events.join_statements).
#: v36: the event pair model (align-event.v2.json, retrained on dev with
#: "statement", "alone" and "shared_words" features) also pairs a dated event
#: with the undated sentence of another article (events.event_mentions),
#: when that sentence names no other time, shares two content words besides
#: names and the model gives the pair at least 0.5; a choice of two days ("late Saturday or early Sunday")
#: beside one of them is "compatible".
#: v37: quotes: one speaker's quote that leaves words out with no ellipsis is
#: linked with the longer, compatible when the words left out are a
#: coordinated part ("and was involved"); a day spelt out beside its month
#: ("the first of March") is its digits (quote_text.py).
#: v38: roles: a body's "nonprofit group" is its "nonprofit" (organisations as
#: role holders, claims/org_roles.py); a note setting "former" against the title
#: held now says the days of the articles that decide it (issue 12 point 4);
#: "Rep." and "Congresswoman", "lawyer" and "attorney", "chief executive" and
#: "CEO" are one office.
#: v39: a statement finding quotes a sentence that names its subject before a
#: shorter one opening on a pronoun ("It …", "She …"; statements._finding).
#: v40: notes name a source and a title as they are known to be (issue 15):
#: a source opening the sentence on an adjective in lowercase ("(citing top
#: officials)"), without a bracket cut open ("World Health Organization"), an
#: article only where the sentence writes one ("(citing covidestim)"); a
#: rank's qualifier kept ("Lance Corporal"), "then-President" as "former
#: President", "a Republican senator"; an event finding joined by statements of
#: other articles worded as corroborate words it (render.py).
#: v41: a figure note quotes the words of a duration written in words ("for
#: nearly a year") and of a share of people ("54 percent of likely voters
#: saying…", figure_words.py); a whole-clause excerpt ending on a verb goes on
#: to what it says when its clause ends within eight words (excerpts.py).
#: v42: an excerpt's clause is the verb a participle heading a phrase hangs on
#: ("Used car and truck prices … surged …, including a 10 percent increase"),
#: and a case's "v." joins its name ("NCAA v. Alston"; excerpts.py).
#: v43: a bare participle parsed as a sentence's main verb cites no one ("A
#: San Antonio doctor who wrote an op-ed claiming …": common._says).
#: v44: a share a verb changed its object by ("cut the risk … by about 50
#: percent") and a point reached ("the 100-day mark") are shown with their
#: words (figure_words.py).
#: v45: an excerpt is not cut inside a name joined by "for" or "and"
#: ("the Centers for Disease Control"), and a quotation mark the source spaced
#: off its word leaves no double space (excerpts.py).
#: v46: a gerund a preposition holds is no verb of an excerpt's clause
#: ("…travelers, who have been mostly barred from entering the bloc…").
#: v47: a sum whose subject is people ("Republican lawmakers … aiming to
#: spend more than $920 billion") is shown with its words (figure_words.py).
#: v48: an excerpt of what a verb of forecasting reports says who forecast it
#: ("Economists … were expecting … the unemployment rate to slip to 5.1%").
#: v49: quotes: numbers spelt out beyond twenty ("fifty percent", "twenty-five",
#: "two hundred and fifty") and initials with stops ("U.S.") read as another
#: outlet's digits and initials.
#: v50: figures: a share written with a minus sign ("printed -0.9%") is
#: compared as the fall it is ("fell 0.9%", figures.signed_fall), and a rise
#: and a fall of a share are never linked (figure_align._opposite_changes); a month
#: abbreviated ("Aug.") is its month (figure_months.own_month); one reading of
#: significant digits (claims/numbers.significant_digits), the pair model's
#: feature kept as v2 was trained (figure_align.shared_digits).
#: v51: "Q2" and "the second quarter" are one period for a figure's pair
#: features and for the check that two figures speak of other periods.
#: v52: notes (notes14 round, issue 15): an outlet is named once with every
#: source it cites ("Fox Business (citing …), Fox Business and PolitiFact");
#: an occupation after the body it serves gets its article ("a TODAY show
#: co-anchor", "a Republican senator for Kentucky"), an adverb opening the
#: sentence is no part of a title ("Only GOP Sen."); a figure label holding a
#: verb ("people confirmed" of "confirmed dead") and a tally labelled only
#: "vote" are shown with the words around the number; a rate's period is
#: part of its label ("1,500 (deaths a day)"); a word quoted inside its
#: clause ("had “robust” talks") does not end an excerpt; an excerpt reaches
#: back to the verb its words hang on, and a subject whose aside is too long
#: is said by its own words before an ellipsis ("The budget … calls for"); a
#: count's or share's label ending on a name ("41% (Survey USA)") is shown with
#: the words around the number; a title cut inside its object takes the
#: name that goes on it ("founder of the controversial 1619 Project").
#: v53: quotes: words in square brackets read as words left out ("[Biden] is
#: wrong"); roles: an outlet's journalist ("CBS journalist") is a membership
#: beside another post, "doctor" and "specialist" of a field are its expert,
#: both true; people: a given name cut short is one name ("Steve", "Steven").
#: v54: notes: a source the sentence does not write as given is cited only when
#: a pronoun, a word of its name or a description says the number; an excerpt
#: does not stop on a noun that modifies the next ("a police station"); a
#: compound opening the sentence loses the sentence's capital ("first-time
#: claims"); an occupation after a body's whole name gets its article ("a
#: Health and Human Services official"); a subject and verb said before an
#: ellipsis keep the verb's particle and short object ("a Tulsa police major
#: played down police shootings … we’re shooting…"); a title takes the rest of
#: the body's name it stops inside ("…of the National Geospatial-Intelligence
#: Agency") and all the lowercase words that modify it or none ("an
#: infectious disease chief", "a public safety director"); a label's compound
#: keeps its small words ("around-the-clock negotiations").
#: v55: roles: one finding per person, whatever kinds of title the outlets
#: give (compatible when no kind is given by most articles, never a conflict
#: across kinds); "then-" beside "former" compatible, said "was … at the
#: time"; "former" against a title held now conflicts only for offices written
#: as such (capitalised); "VP", "GM" and "chief-of-staff" read as their words;
#: two given names of one surname holding one qualified office now are one
#: person; quotes: one person's same short words (two to four) in two articles
#: are one quote ("egregiously wrong", a described speaker resolved).
#: v56: notes: a count of members is shown with the named body they belong to
#: ("…two of seven members of the Civil Rights Commission…"); the agent of what
#: a number counts is not cited for it ("the second tape … released by
#: Manigault Newman"); a label whose verb the sentence negates is said with its
#: words ("two detainees hadn’t been tried"); an excerpt opening on an inverted
#: verb keeps the words that invert it ("Not only were…"); an office held after
#: the one sought is left out of a title ("a Supreme Court nominee", not
#: "Supreme Court nominee Judge"); a source the sentence names by a pronoun
#: or a word of its name is cited only for the words its verb says, not the
#: writer's words of when ("She announced … about a week after the board
#: voted 9-4"); an excerpt opening on a verb holds that verb's named subject
#: ("The Republican governor also announced that Texas is funding…"), or the
#: name right before an infinitive it opens on ("…Bob Mueller to go away…").
#: v57: figures: a win-loss record (claims figures.v21, unit "record") is
#: shown as written, "52-3", as a vote tally is, and its label "record"
#: says only what the value's form does.
#: v58: events: an article's first sentence that tells with no day what another
#: article dates, with a verb of a happening in common, is linked to it from
#: the event model's own link (events.lead_tells; any other undated sentence
#: still from events.STATEMENT_LINK).
#: v59: roles: a lower-case title held now beside "former" is no title
#: changed (agree); a doctor's or cleric's honorific ("Dr.", "Rev.") goes with
#: the person's post; a body by its initials is the body in full ("OSP Lt.");
#: a given name spelt with one other letter ("Heydar", "Heidar") is one name;
#: an expert and a doctor of one field are one fact said two ways (agree); a
#: former title beside the next post in one article and the old title in
#: another are two times (compatible); a familiar given name ("Bill") is its
#: name ("William").
#: v60: roles and quotes: names spelt otherwise chain into one (union-find:
#: "Gurbanguli", "Gurbanguly", "Kurbanguly"), not through a third letter in one
#: place nor between two common given names ("Mario", "Marco"); two titles
#: joined by "and" beside one of them say more (compatible).
#: v61: notes: an excerpt opening on a verb joined by "and" to the one that
#: has their far subject says that subject first ("Dwight Hammond, Jr. …
#: received sentences of 3 months…"); one of a sequence is labelled with the
#: noun phrase it is of ("3rd (version of the travel ban)").
#: v62: figures: a length or speed is compared in one base unit (metres,
#: km/h) whatever unit each outlet writes it in ("58km" and "36 miles" agree;
#: claims/figure_units.py), within the rounding it is written to, and a note
#: shows each outlet's own value and unit; the pair model sees a length and
#: its conversion as one value ("64 kilometres", "about 40 miles": 0.11 ->
#: 0.85), which agree, "about" being the conversion's rounding; seasons and
#: nights are durations.
#: v63: notes: a source is cited for a number only when it gives it: not for
#: words set before its main verb, a number its verb's object counts ("concluded
#: a two-day session"), a relative clause's hearsay ("which is reported to have
#: killed about 50"), nor through a verb no "and" or comma joins to its name.
#: v64: a conflict stands only on two independent articles that each say one
#: side in their own voice, firmly (no estimate, range or "about"), of one
#: scope (no "per day" beside "in total", no "new" beside a running count) and
#: day, and, for quotes, name speakers of one surname apart; what fails stays
#: one finding per side, never agree (conflict_evidence.py, issue 12).
#: v65: roles and quotes: a given name a letter off a common US given name is
#: another name ("Karen", "Koren"; people.py _census_name); "Dave", "Mike",
#: "Nick", "Tom", "Joe" are their names; one person's quote that leaves words
#: out after two words opening both renderings is that quote ("That person
#: [is dangerous and] needs to be found"), a coordinated part left out
#: (ending on "and") making it compatible.
#: v66: a figure's topic quotes the words around the number from the shortest
#: sentence that does not open on a pronoun or possessive ("They're up 4%",
#: "It ultimately passed 94-1", "Their meeting ran long") where a mention has
#: one (figure_words._shortest), as a statement finding's sentence does (v39).
#: v67: notes (notes18 round): an excerpt stopping inside a noun phrase goes on
#: to its head ("his second wife", "an indoor mask mandate"); one whose verb
#: the parse hung on the noun before it says that noun ("when the sirens
#: blared"); a bare infinitive's excerpt says the verb it completes ("Tuesday
#: night saw Obama bring…"); a label that is only the verb taking the number
#: ("use", "earn") gives way; a source is not cited for a number another named
#: speaker says within its words ("Republicans say …, while Democrats say …");
#: a figure's subject naming only a change ("slight bump") gives way to one
#: naming what changed ("unemployment rate"); a vague amount in words
#: ("billions of phone records") is where a source's words must hold the number;
#: a body's office that takes no article keeps the body ("the committee's
#: Democratic chairwoman", not "is Democratic chairwoman").
#: v68: quotes: a speaker named only inside the quoted words is not named
#: in the quote's sentence; a body ("White House") beside a person, words a
#: longer quote tells as another's ("said that he knew what he signed up
#: for") and one surname given alone are no conflict, the last kept one
#: compatible finding; roles: a title held now only in quoted words, or in
#: an article that also calls the person former, or in an article that gives
#: the same office to someone else now, disputes no "former" (dev6).
#: v69: a title's article goes by its first sound ("an MSNBC", "a U.S.",
#: "an honest"); a figure's label keeps a bare plural joined to it by
#: "and"/"or" ("40,000 Mainers and other Americans").
#: v70: a figure conflict stands only on figures of one time: a year other
#: than its article's in the figure's OWN clause ("killed more than 26,000
#: people in the ancient city of Bam in December 2003" in an article of 2005),
#: not elsewhere in its sentence ("last year" is not read: the findings
#: gold's six against seven hours), is another happening (dev4); a hedge is read
#: once, as the figure's qualifier (about, nearly, at most, a range) beside the
#: words the claims stage does not read ("expected", "reportedly"), not from
#: another number's qualifier in the sentence (conflict_evidence.py, issue 12).
#: v71: two events of one day that share five content words and a verb of a
#: happening are linked from the event model's 0.4 though their vectors read
#: apart (events.SAME_WORDS_SHARED; issue 12).
#: v72: a bound that rounds a value of another outlet the way its hedge rounds
#: ("more than 5,000 troops" / "about 5,200 U.S. troops"; "more than 600
#: points" / 617), of a like subject in alike sentences, joins its fact.
#: v78 (notes19 round): an initialism that ends as no word
#: does is said as letters ("an NAACP official"; title_articles.py); a sum's
#: label that names a person written before the number is no label ("$5.7
#: billion (President Donald Trump)"; figure_words.py); an excerpt stopping on
#: a modifier goes on to its head across "and" and after a bare preposition
#: ("its third and final day", "on Russian interference"; excerpts.py); a share
#: a verb's bare form changes "by" is quoted with it ("would decrease … by at
#: least 5.8%"); a count of two joined nouns keeps a participle modifying the
#: second ("300 teachers and retired teachers"; label_words.py); a word in
#: capitals run into a name from a photo credit, which the sentence does not
#: write, is left out of a source or a speaker ("(citing REUTERS Clinton)";
#: wording.without_a_credit).
#: v79: the statement pair model (align-statement.v3, trained on dev to dev7)
#: links beside the paths two statements it puts at 0.9 or more, each the
#: other's most probable match, sharing a predicate and naming no two parts of
#: one day (statement_model.py; issue 12).
#: v80: an open bound of the very number another outlet writes bare ("a
#: little more than three hours", "three hours") is compatible with it and,
#: of a like subject in alike sentences, joins its fact (figures.overlap,
#: figure_align.bound_alike; issue 12).
#: v81: a role description whose capitalised words fit only the title of the
#: person it names joins that person though another holds a title of its head
#: word ("The Massachusetts senator" of Warren beside Sen. Klobuchar); an
#: article's day for the same-days test of titles and for the conflict
#: evidence's year is one reading, Context.day (stated, else inferred).
#: v82: v80's open bound of the very number taken out again: beside v79's
#: statement model it linked one look-alike too many on dev4 ("in excess of
#: $160 million" / "$160 million offers": look-alikes kept apart 0.897, floor
#: 0.898); v80's other reading (a bound rounding the value) stays as v72 made it.
#: v86: names as a note shows them (notes20 round; notes gold): a quote's
#: opening goes on to the end of a name it would stop inside ("…into the
#: United States…"; common.quote_opening); a body's name opening a role note's
#: clause, a speaker or a source takes the article the sentence gives it ("the
#: Information Technology and Innovation Foundation is…", "the White House
#: said it", "(citing the Labor Department)"); an editor's brackets are left
#: out of a name ("Benjamin] Netanyahu"); a page's link card run into a name is
#: left out of a source or a speaker ("(citing President Trump Donald John
#: TrumpDem lawmaker)"; wording.py).
#: v83: v80's open bound of the very number again, guarded: a bound and the
#: bare number it bounds, of unlike subjects, are kept apart (the Red Sox'
#: offer "in excess of $160 million" and the Nationals' "$160 million
#: offers"; figure_align._bound_of_another_subject), and the pair model's
#: ``overlap`` feature reads the two as it was trained (figures.intervals_meet).
CORROBORATOR = "corroborate.v86"

_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single-source": 3}


def corroborate(articles: Sequence[Article], claims: Sequence[Claim],
                groups: Mapping[str, str] | None = None) -> list[Finding]:
    ctx = Context.of(articles, groups)
    # In one order whatever order the store gives: alignment breaks ties by
    # position, and a story must come out the same after a resumed run.
    known = sorted((c for c in claims if c.article in ctx.articles),
                   key=lambda c: (c.article, c.span, c.id))
    findings = (figure_findings(ctx, known) + quote_findings(ctx, known)
                + role_findings(ctx, known) + _event_findings(ctx, known))
    # A conflict needs more than the link that made it (issue 12): checked
    # once more on what its mentions say beside their values.
    findings = checked_conflicts(ctx, known, findings, _event_findings)
    return sorted(findings, key=lambda f: (_ORDER[f.status], -f.independent_sources,
                                           -len(f.articles), f.kind, f.topic, f.id))


def _event_findings(ctx: Context, claims: Sequence[Claim]) -> list[Finding]:
    """Dated events, with the statements that tell them undated joined."""
    return join_statements(ctx, claims, event_findings(ctx, claims), statement_findings(ctx, claims))


def sentences_to_parse(claims: Sequence[Claim]) -> list[str]:
    """The sentences that the notes of ``claims`` will ask spaCy to parse
    alone (:func:`crosscheck.claims.nlp.parse`), as far as can be told before
    they are written, for :func:`crosscheck.claims.nlp.parse_all` to parse in
    one batch: the sentence of each dated event (its excerpt reads the parse:
    498 of the 562 of 200 Baly articles were parsed), of each figure whose
    note may cite its source (:func:`.common.cites_a_source`), and the text
    of each quote longer than its opening (:func:`.common.quote_opening`
    parses it: 1,136 of the 1,144 of 200 Baly articles were parsed, the
    others not the first of their finding). Others are parsed when asked:
    the figure sentences whose words are quoted were parsed for under half
    of them, and a sentence parsed for nothing costs what it saves."""
    return [c.sentence for c in claims
            if (c.event is not None and not c.event.statement)
            or (c.figure is not None and (cites_a_source(c) or parses_its_sentence(c)))] \
        + [c.quote.text.strip() for c in claims
           if c.quote is not None and len(c.quote.text.split()) > QUOTE_OPENING_WORDS]
