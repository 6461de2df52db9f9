from crosscheck import claims as stage
from crosscheck.claims import CLAIM_EXTRACTORS, extract_claims, extract_claims_batch
from crosscheck.models import Article, Claim

TEXT = ("Foreign Minister Ana Ruiz said on Sunday that more than 1,200 people had fled.\n\n"
        '"We are doing everything we can," she told reporters. According to the United Nations, '
        "about 300 homes were destroyed.")


def article(text=TEXT, ident="a1"):
    return Article(id=ident, origin="test", title=None, published="2025-03-12", text=text)


def test_public_surface():
    assert set(stage.__all__) == {"CLAIM_EXTRACTORS", "Entity", "extract_claims",
                                  "extract_claims_and_entities_each", "extract_claims_batch",
                                  "extract_claims_each", "load_nlp"}
    assert all(name.count(".v") == 1 for name in CLAIM_EXTRACTORS)


def test_every_claim_points_into_the_text(nlp):
    found = extract_claims(article(), nlp=nlp)
    assert {c.kind for c in found} == {"figure", "quote", "role", "event"}
    for c in found:
        assert c.sentence == TEXT[c.span[0]:c.span[1]]
        assert c.extractor in CLAIM_EXTRACTORS
        assert c.article == "a1"
        assert Claim.from_dict(c.to_dict()) == c


def test_ids_are_deterministic_and_batch_equals_single(nlp):
    one = extract_claims(article(), nlp=nlp)
    again = extract_claims_batch([article(), article("Nothing here.", "a2")], nlp=nlp)
    assert [c.id for c in one] == [c.id for c in again[0]]
    assert again[1] == []
    assert len({c.id for c in one}) == len(one)


def test_the_entities_handed_out_are_the_passes_own_and_the_claims_the_same(nlp):
    titled = Article(id="a1", origin="test", title="Ruiz says 1,200 fled Kestrel Falls",
                     published="2025-03-12", text=TEXT)
    [(claims, title, text)] = stage.extract_claims_and_entities_each([titled], nlp=nlp)
    assert claims == extract_claims(titled, nlp=nlp)
    assert ("Ana Ruiz", "PERSON", TEXT.index("Ana Ruiz")) in text
    assert ("the United Nations", "ORG", TEXT.index("the United Nations")) in text
    assert all(TEXT[start:start + len(name)] == name for name, _, start in text)
    assert ("1,200", "CARDINAL", 10) in title
    assert all(titled.title[start:start + len(name)] == name for name, _, start in title)
    # An untitled article has no title entities.
    [(_, none, _)] = stage.extract_claims_and_entities_each([article()], nlp=nlp)
    assert none == []


def test_attribution_is_set_on_the_claims_of_its_sentence(nlp):
    found = extract_claims(article(), nlp=nlp)
    homes = next(c for c in found if c.kind == "figure" and c.figure.value == 300)
    assert homes.attribution == "the United Nations" or homes.attribution == "United Nations"
    assert homes.figure.qualifier == "about"
    fled = next(c for c in found if c.kind == "figure" and c.figure.value == 1200)
    assert fled.attribution == "Ana Ruiz"


def test_unattributed_sentence_has_no_attribution(nlp):
    found = extract_claims(article("Five miners were trapped underground."), nlp=nlp)
    assert found and all(c.attribution is None for c in found)


def test_the_shared_model_keeps_its_pipeline(nlp):
    before = (list(nlp.pipe_names), list(nlp.disabled))
    extract_claims_batch([article(), article("Five miners were trapped.", "a2")], nlp=nlp)
    assert (list(nlp.pipe_names), list(nlp.disabled)) == before
