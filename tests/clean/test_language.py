"""Each article's language; the English-only stages skip the others."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.language import detect_language
from crosscheck.models import RawDoc
from crosscheck.pipeline import analysed_in_english, extract, ingest_items, not_in_english_note


@pytest.mark.parametrize("text, code", [
    ("Rescuers freed five miners early on Tuesday from a refuge chamber, officials said.", "en"),
    ("El Gobierno anunció el lunes que 215 personas murieron en las inundaciones del norte.", "es"),
    ("Le gouvernement a annoncé lundi que 215 personnes sont mortes dans les inondations.", "fr"),
    ("Die Regierung teilte am Montag mit, dass 215 Menschen bei den Überschwemmungen starben.", "de"),
    ("政府周一宣布，该国北部洪灾已造成215人死亡，救援人员仍在寻找失踪者。", "zh"),
    # too short to tell: no guess
    ("Breaking", None),
    ("12,000 — 3.5%", None),
])
def test_detect_language(text, code):
    assert detect_language(text) == code


def test_an_english_article_with_foreign_names_is_english():
    """Must reject: names and a quoted phrase do not make an article Spanish."""
    text = ("Presidente Andrés Manuel López Obrador said on Monday that the \"Tren Maya\" would "
            "open in December, and that the Secretaría de Hacienda had approved its budget.")
    assert clean(RawDoc.make("a.txt", "text", text)).language == "en"


def test_articles_not_in_english_are_stored_but_not_analysed(store):
    spanish = ("El Gobierno anunció el lunes que 215 personas murieron en las inundaciones del "
               "norte del país, y que más de 2.000 familias dejaron sus casas.")
    english = ("The government said on Monday that 215 people had died in the floods in the "
               "north of the country, and more than 2,000 families had left their homes.")
    report = ingest_items([RawDoc.make("es.txt", "text", spanish),
                           RawDoc.make("en.txt", "text", english)], store)
    assert extract(store) == 2
    by_origin = {a.origin: a for a in store.articles(report.article_ids)}
    assert not analysed_in_english(by_origin["es.txt"]) and analysed_in_english(by_origin["en.txt"])
    claims = {a.origin: store.claims([a.id]) for a in by_origin.values()}
    assert claims["es.txt"] == [] and claims["en.txt"]
    assert not_in_english_note(1) == "1 article not in English: stored, not analysed"
    assert not_in_english_note(12) == "12 articles not in English: stored, not analysed"
