"""The brief evaluation's plumbing on hand-written stories: sentence and word
splitting without NLTK data, sumy's baselines at a given length, ROUGE, and
the per-story comparison (no real data, no crosscheck.brief needed)."""

from __future__ import annotations

import json

import pytest

from crosscheck.eval import brief as ev
from crosscheck.models import Article


def _article(i: int, text: str) -> Article:
    return Article(id=f"a{i}", origin=f"test-{i}", title=None, published="2024-05-01", text=text)


#: Each article opens with a line of page furniture; the event is in what follows.
FURNITURE_FIRST = [
    "Sign up for our daily newsletter today.\n"
    "The city council approved a new budget of 12 million dollars on Tuesday. "
    "The budget raises spending on schools and parks.",
    "Follow us on social media for more updates.\n"
    "Council members voted 7 to 2 to approve the budget on Tuesday. "
    "Critics said the budget ignores road repairs.",
]
REFERENCE = ("The city council approved a 12 million dollar budget on Tuesday, voting 7 to 2. "
             "The budget raises spending on schools and parks; critics said it ignores road "
             "repairs.")


@pytest.mark.parametrize("text, expected", [
    ("Sen. Joe Manchin (D-W.Va.) objected. The U.S. economy grew 2.5% in 2021.",
     ["Sen. Joe Manchin (D-W.Va.) objected.", "The U.S. economy grew 2.5% in 2021."]),
    # A paragraph break ends a sentence even without a full stop.
    ("A headline without a stop\nThe body starts here.",
     ["A headline without a stop", "The body starts here."]),
    # Truncated article ends stay as they are: the baselines see what we see.
    ("He left early. Manchin has already expressed cost reservations about the...",
     ["He left early.", "Manchin has already expressed cost reservations about the..."]),
    ("\n\n   \n", []),
])
def test_split_sentences(text, expected):
    assert ev.split_sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Biden's plan, worth $150 billion, passed.", ["Biden's", "plan", "worth", "billion",
                                                    "passed"]),
    ("D-W.Va. and 2021", ["D-W", "Va", "and"]),
    ("", []),
])
def test_split_words_keeps_letters_only(text, expected):
    assert ev.split_words(text) == expected


def test_sumy_document_uses_our_splitting():
    doc = ev.sumy_document(["One sentence. Two sentences.\nA new paragraph.", "Second text."])
    assert [str(s) for s in doc.sentences] == ["One sentence.", "Two sentences.",
                                               "A new paragraph.", "Second text."]
    assert len(doc.paragraphs) == 3
    assert doc.sentences[0].words == ("One", "sentence")


@pytest.mark.parametrize("baseline", [ev.lexrank, ev.textrank, ev.lead])
@pytest.mark.parametrize("n", [1, 3, 20])
def test_baselines_take_the_number_of_sentences_asked(baseline, n):
    picked = baseline(FURNITURE_FIRST, n)
    pool = [s for t in FURNITURE_FIRST for s in ev.split_sentences(t)]
    assert len(picked) == min(n, len(pool))
    assert all(s in pool for s in picked)


def test_lead_takes_the_first_sentence_of_every_text_first():
    assert ev.lead(["A1. A2. A3.", "B1. B2.", "C1."], 4) == ["A1.", "B1.", "C1.", "A2."]


def test_rouge_is_one_for_the_reference_and_zero_for_unrelated_text():
    assert ev.rouge([REFERENCE], REFERENCE) == pytest.approx(
        {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0})
    assert ev.rouge(["Quantum chromodynamics explains gluons."], REFERENCE) == {
        "rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    assert ev.rouge([], REFERENCE)["rouge1"] == 0.0


def test_rouge_stems_words():
    # "approves"/"approved" and "budgets"/"budget" meet under the Porter stemmer.
    assert ev.rouge(["Council approves budgets"], "council approved budget")["rouge1"] == 1.0


def test_the_lead_baseline_loses_when_the_leads_are_furniture():
    case = ev.StoryCase(id="s1", reference=REFERENCE,
                        articles=tuple(_article(i, t) for i, t in enumerate(FURNITURE_FIRST)))
    ours = [ev.split_sentences(FURNITURE_FIRST[0])[1], ev.split_sentences(FURNITURE_FIRST[1])[1]]
    row = ev.score_story(case, ours)
    assert row["sentences"] == 2
    assert row["picked"]["lead"] == ["Sign up for our daily newsletter today.",
                                     "Follow us on social media for more updates."]
    for metric in ev.METRICS:
        assert row["scores"]["ours"][metric] > row["scores"]["lead"][metric], metric


def test_an_empty_brief_scores_zero_and_the_baselines_keep_their_default_length():
    case = ev.StoryCase(id="s1", reference=REFERENCE,
                        articles=tuple(_article(i, t) for i, t in enumerate(FURNITURE_FIRST)))
    row = ev.score_story(case, [])
    assert row["scores"]["ours"]["rouge1"] == 0.0
    assert len(row["picked"]["lexrank"]) == 6  # every sentence: fewer than the default 8
    assert row["scores"]["lexrank"]["rouge1"] > 0.0


def test_evaluate_averages_over_the_stories_of_a_file(tmp_path):
    stories = [{"story": k, "issue": "Budget", "date": "2024-05-01", "roundup": [REFERENCE],
                "articles": [{"outlet": f"Outlet {i}", "side": "center", "title": f"Title {i}",
                              "url": f"https://example.org/{k}/{i}", "text": t}
                             for i, t in enumerate(FURNITURE_FIRST)]} for k in (1, 2, 3)]
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in stories) + "\n", encoding="utf-8")

    def second_sentences(articles):
        return [ev.split_sentences(a.text)[1] for a in articles]

    result = ev.evaluate(path, limit=2, write=second_sentences)
    assert result["stories"] == 2 and result["empty_briefs"] == 0
    assert result["mean_sentences"] == 2
    assert set(result["scores"]) == set(ev.SYSTEMS)
    one = result["per_story"][0]["scores"]
    assert result["scores"]["ours"]["rouge2"] == pytest.approx(one["ours"]["rouge2"], abs=1e-4)
    assert result["scores"]["ours"]["rouge1"] > result["scores"]["lead"]["rouge1"]


def test_the_command_refuses_a_missing_data_folder(tmp_path, capsys):
    assert ev.main(["--data", str(tmp_path)]) == 2
    assert "pass --data DIR" in capsys.readouterr().err
