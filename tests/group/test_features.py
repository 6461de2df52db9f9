"""Story features from names the claims pass found: which names count, stored
names reused without a spaCy pass, and names read where none were stored."""

from __future__ import annotations

from dataclasses import replace

import pytest

import crosscheck.claims.nlp as nlp_module
from crosscheck.group.features import (LEAD_CHARS, NER_CHARS, lead_text, article_features,
                                       decode_names, encode_names, entity_keys, names_of,
                                       read_names)

TITLE = "Quake kills 14 in Ardenne as Governor Lena Marsh sends army"
# More of the day's account, naming no one new, so that the background below
# starts past the lead (NER_CHARS).
RESCUE = ("\n\nBy midday the rescue teams had reached the upper streets, where most of the "
          "old stone houses stood. Volunteers carried water and blankets up the hill, and a "
          "kitchen in the school yard fed several hundred people. Engineers checked the bridge "
          "below the town and found cracks along both of its piers, so trucks were sent the long "
          "way round through the pass. Doctors at the field hospital said most of the injured "
          "had broken bones or cuts from falling glass, and that a few were in a serious "
          "condition. Families who had lost their homes were offered beds in the sports hall, "
          "though many chose to stay near their houses to keep watch over what was left. "
          "Shops stayed shut, and the one bakery that opened ran out of bread within an hour."
          "\n\nIn the afternoon the rain came back, and the teams working on the collapsed "
          "houses near the square had to stop twice while the walls were propped up. Power "
          "returned to the lower town after dark, but the upper streets stayed without light, "
          "and generators were brought in for the hospital tents.")
# A background paragraph far down the article names people the lead does not.
BACKGROUND = ("\n\nIn 1998 a smaller quake near Port Halden damaged the cathedral, and the "
              "bishop, Tomas Reyes, led the appeal for its repair. ") * 12


def test_names_are_the_titles_and_those_starting_in_the_lead():
    title = [("Lena Marsh", "PERSON", 30)]
    text = [("Ardenne", "GPE", 120), ("Tomas Reyes", "PERSON", NER_CHARS - 3),
            ("Port Halden", "GPE", NER_CHARS), ("1998", "DATE", 40)]
    names = names_of(title, text)
    # An entity that starts in the lead counts whole, even running past its end.
    assert names[:3] == (("Lena Marsh", "PERSON"), ("Ardenne", "GPE"), ("Tomas Reyes", "PERSON"))
    # One that starts after the lead is a passing mention: not a name of the story.
    assert ("Port Halden", "GPE") not in names
    # Dates are kept as read; entity_keys leaves out the labels it does not key.
    assert entity_keys(names) == {"p:marsh", "g:ardenne", "p:reyes"}


def test_the_lead_is_the_title_and_the_start_of_the_text(make_article):
    text = "An earthquake struck the Ardenne valley before dawn." + RESCUE
    lead = lead_text(make_article("a", text, title=TITLE, published="2024-03-12"))
    # What the story is about: the title, then the opening of the text.
    assert lead.startswith(f"{TITLE}\nAn earthquake struck the Ardenne valley")
    # Not the paragraphs after the lead, which other stories may share.
    assert text[:LEAD_CHARS] in lead and text[LEAD_CHARS:LEAD_CHARS + 60] not in lead
    # An untitled article's lead is the start of its text alone.
    assert lead_text(make_article("b", text, published="2024-03-12")) == text[:LEAD_CHARS]


def test_stored_names_are_used_and_no_spacy_pass_runs(monkeypatch, make_article, wire_text):
    def no_pass(*args, **kwargs):
        raise AssertionError("the story features ran a spaCy pass")

    monkeypatch.setattr(nlp_module, "read_entities", no_pass)
    article = make_article("a", wire_text, title=TITLE, published="2024-03-12")
    [features] = article_features([article], [(("Lena Marsh", "PERSON"), ("Ardenne", "GPE"))])
    assert features.entities == {"p:marsh", "g:ardenne"}
    assert features.day is not None and features.vector.shape == (384,)


def test_only_articles_without_stored_names_are_read(monkeypatch, make_article, wire_text):
    read = []
    real = nlp_module.read_entities

    def counting(texts, *args, **kwargs):
        texts = list(texts)
        read.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(nlp_module, "read_entities", counting)
    stored = make_article("a", wire_text, title=TITLE)
    unread = make_article("b", wire_text.replace("Ardenne", "Valmont"),
                          title="Valmont quake toll rises")
    first, second = article_features([stored, unread], [(("Ardenne", "GPE"),), None])
    assert first.entities == {"g:ardenne"}
    assert "g:valmont" in second.entities
    assert read and all("Ardenne" not in t and t != TITLE for t in read)


def test_the_claims_pass_gives_the_names_the_features_would_read(make_article, wire_text):
    """What the claims stage stores is what the story stage would have read
    itself: the title by the ner, the lead's entities from the full pass."""
    from crosscheck.claims import extract_claims_and_entities_each

    assert len(wire_text + RESCUE) > NER_CHARS
    articles = [make_article("a", wire_text + RESCUE + BACKGROUND, title=TITLE),
                make_article("b", BACKGROUND.strip() + "\n\n" + wire_text, title=None)]
    found = extract_claims_and_entities_each(articles)
    stored = [names_of(title, text) for _, title, text in found]
    assert stored == read_names(articles)
    assert ("Lena Marsh", "PERSON") in stored[0]
    assert ("Tomas Reyes", "PERSON") not in stored[0]  # only in the background, past the lead
    assert ("Tomas Reyes", "PERSON") in stored[1]  # the second article opens with it


def test_stored_names_of_another_text_are_not_used(make_article, wire_text):
    article = make_article("a", wire_text, title=TITLE)
    stored = encode_names(article, (("Ardenne", "GPE"),))
    assert decode_names(article, stored) == (("Ardenne", "GPE"),)
    assert decode_names(article, None) is None
    # Cleaned again since (another text, another title): the names are read again.
    assert decode_names(replace(article, text=wire_text + " More to follow."), stored) is None
    assert decode_names(replace(article, title="Another headline"), stored) is None


def test_one_names_entry_per_article(make_article, wire_text):
    from crosscheck.errors import InputError

    with pytest.raises(InputError, match="one entry per article"):
        article_features([make_article("a", wire_text)], [])


def test_stored_lead_vectors_are_used_and_only_the_others_embedded(embedded, make_article,
                                                                    wire_text):
    import numpy as np

    import crosscheck.embed as embed_module

    stored = make_article("a", wire_text, title=TITLE)
    fresh = make_article("b", wire_text.replace("Ardenne", "Valmont"),
                         title="Valmont quake toll rises")
    kept = embed_module.embed([lead_text(stored)])[0]
    embedded.clear()
    names = [(("Ardenne", "GPE"),), (("Valmont", "GPE"),)]
    first, second = article_features([stored, fresh], names, [kept, None])
    assert embedded == [lead_text(fresh)]  # the stored lead is not embedded again
    assert np.array_equal(first.vector, kept)
    # The same features as when both leads are embedded here.
    both = article_features([stored, fresh], names)
    assert [np.array_equal(f.vector, g.vector) for f, g in zip((first, second), both)] == [True,
                                                                                          True]


def test_one_lead_vector_entry_per_article(make_article, wire_text):
    from crosscheck.errors import InputError

    with pytest.raises(InputError, match="one entry per article"):
        article_features([make_article("a", wire_text)], [None], [])
