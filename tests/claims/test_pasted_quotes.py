"""Posts pasted without marks, signed as an embedded tweet is."""

from crosscheck.claims.pasted_quotes import signed_posts


def quotes(claims_of, text):
    return [(c.quote.speaker, c.quote.text) for c in claims_of(text, kind="quote")]


def test_a_signed_post_is_a_quote_of_its_signer(claims_of):
    text = ("Jeb Bush, the former governor of Florida, said that his rival had finally lost it.\n\n"
            "Donald Trump is unhinged. His \"policy\" proposals are not serious. — Jeb Bush "
            "(@JebBush) December 7, 2015\n\n"
            "Gov. John Kasich of Ohio said the idea should disqualify him.")
    assert quotes(claims_of, text) == [
        ("Jeb Bush", 'Donald Trump is unhinged. His "policy" proposals are not serious.')]


def test_a_signature_on_its_own_line_signs_the_paragraph_before():
    text = ("Maybe they're mad because I don't believe these votes should be cast in the dark."
            " https://t.co/1e3cWXzOT6\n\n— Alexandria Ocasio-Cortez (@AOC) March 2, 2019")
    [post] = signed_posts(text)
    assert post.author == "Alexandria Ocasio-Cortez"
    assert text[post.start:post.end].endswith("cast in the dark.")  # the link left out


def test_a_paragraph_after_a_colon_without_a_signature_is_the_writer_s(claims_of):
    """The writer's own prose after a colon is not a quote."""
    text = ("In a statement, the ministry said the talks would go on. The reasons are simple:\n\n"
            "The decision was taken after the vote, and the budget leaves no room for more.")
    assert quotes(claims_of, text) == []


def test_no_post_without_the_handle_and_date():
    # a dash and a name in a sentence is no signature
    assert signed_posts("The deal was signed on Friday — Jeb Bush was there, December 7, 2015") == []
    # a link alone is no post
    assert signed_posts("https://t.co/CYSBIK3qHF pic.twitter.com/o71Z4InVxB — CSPAN (@cspan) "
                        "June 28, 2019") == []


def test_a_transcript_turn_is_a_quote_of_the_person_it_names(claims_of):
    text = ("CHANG: And if Republicans don't change their minds, Democrat Tom Harkin of Iowa says, "
            "beware.\n\nSENATOR TOM HARKIN: Low-income people tend not to vote, but on this they "
            "would come out, because it's a pocketbook issue for them.\n\n"
            "CHANG: Of course, even if the bill passes the Senate, it faces the House.")
    found = quotes(claims_of, text)
    assert ("Tom Harkin", "Low-income people tend not to vote, but on this they would come out, "
            "because it's a pocketbook issue for them.") in found
    assert not any(s and "Chang" in s for s, _ in found)  # nobody the article names


def test_a_heading_in_capitals_is_no_transcript_turn(claims_of):
    text = ("Senator Tom Harkin spoke on Wednesday.\n\n"
            "READ MORE: Low-income people tend not to vote in midterm elections, a study finds.")
    assert quotes(claims_of, text) == []
