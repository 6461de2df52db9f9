"""Short words given to a person by name join another article's longer quote
whose speaker is a description its article introduced that person before
(corroborate/quote_speakers.py)."""

from dataclasses import replace

import pytest

from corroborate_builders import Quote, article, claim, quotes_of

NAMED = ("In a statement on Monday, Cummings accused the White House of “unprecedented "
         "stonewalling” in refusing to produce a single document.")


def _described(before: str, speaker: str, sentence: str) -> tuple:
    """The second article, its text the paragraph ``before`` then ``sentence``,
    and the claim of its quote given to ``speaker``."""
    text = f"{before}\n\n{sentence}"
    c = claim("a2", sentence, quote=Quote(speaker, "unprecedented stonewalling on all fronts"))
    return text, replace(c, span=(len(text) - len(sentence), len(text)))


@pytest.mark.parametrize("before, speaker, sentence, joined", [
    # dev5: the paragraph before names him, the next goes on with "The congressman"
    ("Mr. Cummings, Maryland Democrat, had announced plans earlier this month to subpoena "
     "documents from the firm.", "The congressman",
     "The congressman said Monday that the White House is engaged in “unprecedented "
     "stonewalling on all fronts”.", True),
    # must reject: the article never named him before
    ("Democrats had announced plans earlier this month to subpoena documents from the firm.",
     "The congressman",
     "The congressman said Monday that the White House is engaged in “unprecedented "
     "stonewalling on all fronts”.", False),
    # must reject: the description's own sentence names him beside it, so it is someone else
    ("Mr. Cummings had announced plans earlier this month to subpoena documents.",
     "The congressman",
     "The congressman said Monday, after Cummings spoke, that the White House is engaged in "
     "“unprecedented stonewalling on all fronts”.", False),
    # must reject: an indefinite description introduces someone new
    ("Mr. Cummings had announced plans earlier this month to subpoena documents.",
     "a congressional aide",
     "A congressional aide said Monday that the White House is engaged in “unprecedented "
     "stonewalling on all fronts”.", False),
])
def test_rare_words_join_the_quote_of_a_described_speaker_introduced_before(
        before, speaker, sentence, joined):
    text, described = _described(before, speaker, sentence)
    outlets = [replace(article(1, "Reuters"), text=NAMED), replace(article(2, "Washington Times"),
                                                                  text=text)]
    named = replace(claim("a1", NAMED, quote=Quote("Elijah Cummings", "unprecedented stonewalling")),
                    span=(0, len(NAMED)))
    findings = quotes_of(outlets, [named, described])
    assert any(len(f.articles) == 2 for f in findings) is joined
