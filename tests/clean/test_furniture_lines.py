"""Page furniture that reached the notes (issue 15): a line that is only an
age, a sign-up form's consent or thanks, and a whole sign-up form run onto one
line. Each form with body text that looks like it and must stay."""

import pytest

from crosscheck.clean import clean
from crosscheck.clean.noise import classify_line, is_signup_form
from crosscheck.models import RawDoc

FORM = ("Newsletter Sign Up Continue reading the main story Please verify you're not a robot "
        "by clicking the box. Invalid email address. Please re-enter. You must select a "
        "newsletter to subscribe to. Sign Up You will receive emails containing news content, "
        "updates and promotions from The Valley Courier. You may opt-out at any time. Thank you "
        "for subscribing. An error has occurred. Please try again later.")


@pytest.mark.parametrize("line, kind", [
    ("7 years ago", "age"),
    ("22 hours ago", "age"),
    ("about 3 weeks ago", "age"),
    ("You agree to receive occasional updates and special offers for The Valley Courier's "
     "products and services.", "newsletter"),
    ("By signing up, you agree to our Terms of Use and Privacy Policy.", "newsletter"),
    ("Thank you for signing up. For more from the Courier, see our latest issue", "newsletter"),
    (FORM, "newsletter"),
    ("Mining Weekly Sign up for our daily briefing. Email Sign Up By signing up you agree to "
     "receive email newsletters or alerts from the Courier. You can unsubscribe at any time.",
     "newsletter"),
])
def test_furniture_is_recognised(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "The plant closed 7 years ago.",
    "Seven years ago, the plant closed.",
    "Subscribers will receive updates on the investigation, the council said.",
    "Participants volunteered for the study and can opt out at any time, the researchers said.",
    # one form phrase told of a form, in an article about it
    'To prove the respondent is "not a robot," as online forms routinely do, it asks what '
    "year the Declaration of Independence was signed.",
    '"You agree to receive nothing but lies from this administration," she told the crowd.',
    "Residents who agree to receive the alerts will be told of evacuations first.",
])
def test_body_text_that_looks_like_furniture_is_kept(line):
    assert classify_line(line) is None


def test_a_form_needs_two_of_its_phrases():
    assert is_signup_form("Please enter a valid email address. Thank you for subscribing.")
    assert not is_signup_form("Readers can unsubscribe at any time from the council's list.")


def test_the_furniture_goes_to_removed_and_the_sentences_stay():
    text = ("7 years ago\n\n"
            "Washington - The plant closed 7 years ago, and the town has not recovered, "
            "the mayor said on Tuesday.\n\n"
            f"{FORM}\n\n"
            "Subscribers will receive updates on the investigation, the council said.")
    article = clean(RawDoc.make("a.txt", "text", text))
    assert "7 years ago" in article.removed and FORM in article.removed
    assert article.text == ("Washington - The plant closed 7 years ago, and the town has not "
                            "recovered, the mayor said on Tuesday.\n\nSubscribers will receive "
                            "updates on the investigation, the council said.")
