"""The records' dict forms: what the store and the contract read."""

from dataclasses import asdict

from crosscheck.models import Claim, Event, Figure, Quote, Role


def _reference(claim: Claim) -> dict:
    """What Claim.to_dict gave when made with dataclasses.asdict."""
    d = asdict(claim)
    d["span"] = list(claim.span)
    return {k: v for k, v in d.items() if v is not None or k == "attribution"}


def test_claim_dicts_are_what_asdict_made_key_for_key():
    parts = [{"figure": Figure("miners still trapped", 12.0, 12.0, 12.0, "exact")},
             {"figure": Figure("people killed", 2000.0, 2000.0, None, "over", "USD")},
             {"quote": Quote(None, "You stop asking who")},
             {"role": Role("Anele Dube", "Mines Minister", True)},
             {"event": Event("the collapse", "2025-03-09", "on Sunday")}]
    for n, part in enumerate(parts):
        kind = next(iter(part))
        claim = Claim(id=f"c{n}", article="a1", kind=kind, sentence="A sentence.", span=(3, 14),
                      attribution="Radio Veldt" if n % 2 else None, extractor="x.v1", **part)
        made = claim.to_dict()
        assert made == _reference(claim)
        assert list(made) == list(_reference(claim))  # same key order: same JSON bytes
        assert Claim.from_dict(made) == claim
