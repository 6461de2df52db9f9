import pytest

from crosscheck.clean import clean
from crosscheck.clean.credits import (agencies_credited_in_text, agencies_in, cited_media_in,
                                       split_dateline)
from crosscheck.models import RawDoc
from crosscheck.clean.dates import date_at_start, resolve_month_day, to_iso


@pytest.mark.parametrize("line, agencies", [
    ("(Reuters) - Rescuers freed five miners", ["Reuters"]),
    ("© AFP 2025, with reporting by Luc Ferrand", ["AFP"]),
    ("Copyright 2025 The Associated Press. All rights reserved.", ["AP"]),
    ("AP contributed to this report.", ["AP"]),
    ("The Meridian Post, with AFP · 11 March 2025", ["AFP"]),
    ("— Reuters", ["Reuters"]),
    # mentions are not credits
    ("Reuters reported that the mine had reopened.", []),
    ("The AP style guide was updated.", []),
    ("The press agency's offices were closed.", []),
])
def test_agency_credits(line, agencies):
    assert agencies_in(line) == agencies


@pytest.mark.parametrize("text, agencies", [
    ("Four men rammed their car into a jewellery store in central Paris on Monday, according "
     "to AFP.", ["AFP"]),
    ("Reuters reported that the mine had reopened.", ["Reuters"]),
    ("The French news agency AFP reported on Monday that four men had fled.", ["AFP"]),
    ("At least 12 died, according to the state news agency Xinhua, and 40 were hurt.", ["Xinhua"]),
    ("The raid was reported by the Associated Press.", ["AP"]),
    ("Protesters gathered in Helena, the Associated Press news agency reports.", ["AP"]),
    ("The toll rose to nine, according to AP and Reuters.", ["AP", "Reuters"]),
    # the agency interviewed someone, or its own data is cited: a cited medium, not a credit
    ("She told Reuters that the rescue would take days.", []),
    ("In an interview with AFP, the mayor said the road would reopen.", []),
    ("Quoted by AFP, the minister said twelve remained trapped.", []),
    ("The toll is 12, according to Reuters calculations.", []),
    ("That is the highest since 2008, according to a Reuters tally.", []),
    ("Reuters reporters saw the damage near the bridge.", []),
    ("The figure was higher, according to the BBC.", []),
    ("The AP style guide was updated.", []),
    # a report of another day is a scoop the article cites
    ("The Associated Press reported earlier this month that prosecutors had met.", []),
    ("The deal was first reported by Reuters.", []),
    ("Reuters first reported the talks in May.", []),
])
def test_agencies_credited_in_running_text(text, agencies):
    assert agencies_credited_in_text(text) == agencies


def test_a_running_credit_is_an_agency_and_an_interview_a_cited_medium():
    body = ("Four men rammed their car into a jewellery store in central Paris on Monday and "
            "escaped with watches worth two million euros, according to AFP.\n\n"
            "A shop assistant told Reuters that the men wore masks and were gone within minutes.")
    a = clean(RawDoc.make("heist.txt", "text", body))
    assert a.agencies == ("AFP",) and a.cited_media == ("Reuters",)


@pytest.mark.parametrize("text, media", [
    ("The inspection report was first published by the Harbour Gazette on Tuesday, and "
     "the Harbour Gazette reported that pillars were cracked.", ["Harbour Gazette"]),
    ("Thirteen are trapped, according to Radio Veldt.", ["Radio Veldt"]),
    ("She told the BBC that the rescue would take days.", ["BBC"]),
    ("The figure was higher, according to Le Monde.", ["Le Monde"]),
    ("Pillars cracked in January. The Harbour Gazette reported it first.", ["Harbour Gazette"]),
    # not media
    ("according to the ministry, twelve remain trapped", []),
    ("according to Carrow Hill Resources, the tremor came first", []),
    ("The Post Office reported a drop in deliveries.", []),
])
def test_cited_media(text, media):
    assert cited_media_in(text) == media


@pytest.mark.parametrize("lead, expected", [
    ("NAIROBI, March 3 (Reuters) - The minister said", ("NAIROBI", "March 3", "Reuters")),
    ("WASHINGTON (AP) — The Senate voted", ("WASHINGTON", None, "AP")),
    ("Kestrel Falls, March 11 — Outside the gates", ("Kestrel Falls", "March 11", None)),
    ("PORT ALDER — Mines Minister Adaeze Korrin", ("PORT ALDER", None, None)),
    ("KESTREL FALLS, March 11 (MPA) — Rescuers", ("KESTREL FALLS", "March 11", "MPA")),
    # with the year
    ("WASHINGTON, March 3, 2025 (AP) - The Senate voted", ("WASHINGTON", "March 3, 2025", "AP")),
    ("Lagos, 3 March 2025 — Officials said", ("Lagos", "3 March 2025", None)),
])
def test_datelines(lead, expected):
    place, when, agency, rest = split_dateline(lead)
    assert (place, when, agency) == expected
    assert rest and not rest.startswith(("-", "—"))


@pytest.mark.parametrize("lead", [
    "President Biden — who spoke on Monday — said the bill would pass.",
    "The minister — speaking on Sunday — said the mine would close.",
    "Sen. Joe Manchin: the holdout Democrat explains himself.",
    "Kestrel Falls is a town of 23,000 people.",
    # a party and state in brackets after a member of Congress, not a credit
    "Rep. Michele Bachmann (R-Minn.) — the tea-party firebrand — said she would run.",
    "Sen. Chris Murphy (D-Conn.) - who led the talks - said a deal was near.",
])
def test_not_datelines(lead):
    assert split_dateline(lead) is None


@pytest.mark.parametrize("text, iso", [
    ("March 12, 2025", "2025-03-12"),
    ("12 March 2025", "2025-03-12"),
    ("Wed 12 Mar 2025 08.10 GMT", "2025-03-12"),
    ("2025-03-12T08:10:00Z", "2025-03-12"),
    ("2024-11", "2024-11"),
    ("November 2024", "2024-11"),
    ("2024", "2024"),
    ("Share", None),
    ("4 min", None),
    ("10^400", None),
    ("9999-99-99", None),
])
def test_to_iso_is_as_precise_as_stated(text, iso):
    assert to_iso(text) == iso


@pytest.mark.parametrize("line, iso, rest", [
    ("March 12, 2025Breaking", "2025-03-12", "Breaking"),
    ("Published: March 11, 2025, 2:40 PM", "2025-03-11", ""),
    ("12/03/2025", "2025-12-03", ""),
    # spaces around a number's separators, as tokenized text writes them
    ("21 July 2013 Last updated at 11: 11 GMT", "2013-07-21", "Last updated at 11: 11 GMT"),
    ("12 January 2010 @ 09: 29 pm", "2010-01-12", ""),
    ("Posted: 08 / 02 / 2013 11: 20 AM", "2013-08-02", ""),
    ("Updated: 09 Sep 2013 11: 25 GMT+02: 00", "2013-09-09", ""),
    ("Published: 09 Sep 2013 11:25 GMT+02:00", "2013-09-09", ""),
    # dots between the numbers: day first
    ("Article posted on 08. 07. 2012", "2012-07-08", ""),
    ("08.07.2012", "2012-07-08", ""),
])
def test_date_lines(line, iso, rest):
    got = date_at_start(line)
    assert got is not None and got[0] == iso and got[1].strip(" ,") == rest


@pytest.mark.parametrize("line", ["Twelve miners trapped", "4 Min Read", "2,134 people died",
                                  "3: 2 was the final score", "Article 12. 07. of the treaty"])
def test_not_date_lines(line):
    assert date_at_start(line) is None


def test_dateline_year_comes_from_the_article_date():
    assert resolve_month_day("March 3", "2025-03-05") == "2025-03-03"
    assert resolve_month_day("December 30", "2025-01-02") == "2024-12-30"
    assert resolve_month_day("March 3", None) is None


# A dateline that states its year dates the article when nothing else does;
# a date the document states elsewhere wins, and a dateline without a year
# dates nothing.
@pytest.mark.parametrize("body, published, dateline_date", [
    ("Poll finds gloom\n\nWASHINGTON, March 3, 2025 (AP) - About 70 percent of Americans say the "
     "economy is in poor shape, a Gallup poll found.", "2025-03-03", "2025-03-03"),
    ("Poll finds gloom\n\nPublished: March 5, 2025\n\nWASHINGTON, March 3, 2025 (AP) - About 70 "
     "percent of Americans say the economy is in poor shape, a Gallup poll found.",
     "2025-03-05", "2025-03-03"),
    ("Poll finds gloom\n\nWASHINGTON, March 3 (AP) - About 70 percent of Americans say the "
     "economy is in poor shape, a Gallup poll found.", None, None),
])
def test_a_dateline_with_its_year_dates_the_article(body, published, dateline_date):
    a = clean(RawDoc.make("poll.txt", "text", body))
    assert (a.published, a.dateline_date) == (published, dateline_date)
    assert a.text.startswith("About 70 percent")


# A lead's credit after its day, without a place, is cut as a dateline's is;
# an unknown name in brackets is a credit only after a day (and no agency).
@pytest.mark.parametrize("lead, published, agencies, kept", [
    ("March 3, 2025 (Herald) - About 70 percent of Americans say so, a poll found.",
     "2025-03-03", (), "About 70 percent"),
    ("Jan. 5 (Reuters) - About 70 percent of Americans say so, a poll found.",
     None, ("Reuters",), "About 70 percent"),
    ("(Updated) - About 70 percent of Americans say so, a poll found.",
     None, (), "(Updated) - About"),
])
def test_a_lead_credit_after_its_day(lead, published, agencies, kept):
    a = clean(RawDoc.make("poll.txt", "text", "Poll finds gloom\n\n" + lead))
    assert (a.published, a.agencies) == (published, agencies)
    assert a.text.startswith(kept)


# A lead opening with a full date and a dash, without a place or a credit,
# dates the article as a dateline stating its year does, the date and dash
# cut into removed; a day without its year, a date without a dash, or a date
# further on in the lead, cut nothing and date nothing.
@pytest.mark.parametrize("lead, published, kept", [
    ("March 3, 2025 - Officials said on Monday the dam would hold.", "2025-03-03", "Officials"),
    ("Mar. 3, 2025 – Officials said on Monday the dam would hold.", "2025-03-03", "Officials"),
    ("3 March 2025 — Officials said on Monday the dam would hold.", "2025-03-03", "Officials"),
    ("March 3 - Officials said on Monday the dam would hold.", None, "March 3 - Officials"),
    ("March 3, 2025 was the day the dam broke, officials said.", None, "March 3, 2025 was"),
    ("Officials said on March 3, 2025 - a Monday - that the dam would hold.", None, "Officials"),
])
def test_a_lead_opening_with_its_date(lead, published, kept):
    a = clean(RawDoc.make("dam.txt", "text", "Dam holds\n\n" + lead))
    assert (a.published, a.dateline_date, a.agencies) == (published, published, ())
    assert a.text.startswith(kept)
    assert a.removed == ((lead[: lead.index(kept)],) if published else ())


# A date the document states elsewhere wins over the lead's, as over a dateline's.
@pytest.mark.parametrize("head, meta", [
    ("Dam holds\n\nPublished: March 5, 2025\n\n", {}),
    ("Dam holds\n\n", {"published": "2025-03-05"}),
])
def test_a_stated_date_wins_over_the_lead_date(head, meta):
    lead = "March 3, 2025 - Officials said on Monday the dam would hold."
    a = clean(RawDoc.make("dam.txt", "text", head + lead, meta))
    assert (a.published, a.dateline_date) == ("2025-03-05", "2025-03-03")
    assert a.text == "Officials said on Monday the dam would hold."


# A dateline's credit is an agency only when it names a wire agency of the
# gazetteer: an outlet crediting itself ("WASHINGTON (CNN) —": 52 of the 55
# unknown names in that slot in 9,237 real texts) or any other name there is
# cut with the dateline but is no agency, which would make the article a
# wire copy and keep it apart from the agency's own copies.
@pytest.mark.parametrize("lead, agencies", [
    ("LONDON (Reuters) - Officials said on Monday the dam would hold.", ("Reuters",)),
    ("LONDON (AP) — Officials said on Monday the dam would hold.", ("AP",)),
    ("LONDON, March 3 (AFP) - Officials said on Monday the dam would hold.", ("AFP",)),
    ("LONDON (Courier) - Officials said on Monday the dam would hold.", ()),
    ("WASHINGTON (CNN) — Officials said on Monday the dam would hold.", ()),
    ("March 3, 2025 (Courier) - Officials said on Monday the dam would hold.", ()),
])
def test_a_credit_is_an_agency_only_when_it_names_one(lead, agencies):
    a = clean(RawDoc.make("dam.txt", "text", "Dam holds\n\n" + lead))
    assert a.agencies == agencies
    assert a.text == "Officials said on Monday the dam would hold."
    assert a.removed == (lead[: lead.index("Officials")],)


# An outlet's credit run into the lead with no dash, alone or after a place
# (233 of the 8,000 Baly articles: "Washington (CNN) The Supreme Court …"), is
# cut as a dateline's is, an agency only when the gazetteer knows it. Without
# the dash a name in brackets is a credit only as a wire or an outlet's
# initials, and initials the words before them spell are an abbreviation.
@pytest.mark.parametrize("lead, dateline, agencies", [
    ("(CNN) Officials said on Monday the dam would hold.", None, ()),
    ("Washington (CNN) Officials said on Monday the dam would hold.", "Washington", ()),
    ("Des Moines, Iowa (CNN Business) Officials said on Monday the dam would hold.",
     "Des Moines, Iowa", ()),
    ("LONDON (Reuters) Officials said on Monday the dam would hold.", "London", ("Reuters",)),
])
def test_a_credit_run_into_the_lead_is_cut(lead, dateline, agencies):
    a = clean(RawDoc.make("dam.txt", "text", "Dam holds\n\n" + lead))
    assert (a.text, a.dateline, a.agencies) == (
        "Officials said on Monday the dam would hold.", dateline, agencies)
    assert a.removed == (lead[: lead.index("Officials")],)


@pytest.mark.parametrize("lead", [
    "(Mitch) McConnell said on Monday the dam would hold.",
    "(R) Senator Jane Roe said on Monday the dam would hold.",
    "A United Launch Alliance (ULA) Atlas V rocket lifted off on Monday.",
    "United Launch Alliance (ULA) Atlas V rockets lifted off on Monday.",
    "(AP Photo/Evan Vucci) Officials said on Monday the dam would hold.",
    "Washington (CNN) officials said on Monday the dam would hold.",
])
def test_a_name_in_brackets_opening_the_lead_is_no_credit(lead):
    a = clean(RawDoc.make("dam.txt", "text", "Dam holds\n\n" + lead))
    assert (a.text, a.removed) == (lead, ())
