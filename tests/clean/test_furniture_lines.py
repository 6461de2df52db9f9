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


# A form with its country picker, as Time's page runs it onto one line
# (shortened: the real list holds 240 countries).
_COUNTRIES = ("United States of America Afghanistan Albania Algeria American Samoa Andorra "
              "Angola Anguilla Antigua and Barbuda Argentina Armenia Aruba Australia Austria "
              "Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin "
              "Bermuda Bhutan Bolivia Bosnia and Herzegovina Botswana Brazil Brunei Darussalam ")
PICKER_FORM = ("Get The Brief. Sign up to receive the top stories you need to know right now. "
               "Choose your country " + _COUNTRIES * 4 + "Zambia Zimbabwe Please enter a valid "
               "email address. Please select your country. I can confirm I have read and accept "
               "the Terms Of Use. Sign Up Now You may unsubscribe from email communication at "
               "any time. See our Privacy Policy for further details. Thank you! Click the link "
               "to confirm your subscription and begin receiving our newsletters. If you don't "
               "get the confirmation within 10 minutes, please check your spam folder.")


def test_a_form_with_a_list_of_countries_is_a_form():
    assert len(PICKER_FORM) > 1500
    assert classify_line(PICKER_FORM) == "newsletter"


def test_a_long_paragraph_naming_many_places_and_a_form_is_prose():
    # Prose that lost its line breaks, naming places and telling of a form:
    # no option list long enough to discount, so its length keeps it prose.
    prose = ("The senator visited Angola, Argentina, Armenia and Australia this spring, aides "
             "said, and the trip cost more than the office had planned. " * 6
             + "Voters who signed up can opt out at any time, and anyone who wants to "
             "unsubscribe at any time may write to the office, the aide said.")
    assert len(prose) > 800
    assert not is_signup_form(prose)
    # a list of names alone is no form
    assert not is_signup_form("Endorsers: " + _COUNTRIES * 5)
