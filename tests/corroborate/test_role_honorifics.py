"""A role note leaves out an honorific shown alone as a title ("Joshua Dyck
is Dr.": notes gold, heldout23) beside the post the same outlet gives
(corroborate/roles.py)."""

from crosscheck.corroborate import corroborate

from corroborate_builders import Role, claim

SENTENCE = ("“It’s a fairly safe seat,” said Dr. Joshua Dyck, a political science professor at "
            "the University of Massachusetts Lowell.")


def _role_note(outlets, claims):
    [finding] = [f for f in corroborate(outlets, claims) if f.kind == "role"]
    return finding.note


def test_an_honorific_alone_gives_way_to_the_post_the_outlet_gives(outlets):
    note = _role_note(outlets, [
        claim("a1", SENTENCE, role=Role("Joshua Dyck", "Dr.", False)),
        claim("a1", SENTENCE, role=Role("Joshua Dyck", "political science professor", False))])
    assert "is Dr." not in note and "Joshua Dyck is a political science professor" in note


def test_an_honorific_an_outlet_gives_alone_is_kept(outlets):
    # must not: the outlet that says only "Dr." would say nothing
    other = "Dr. Joshua Dyck said the seat was safe."
    note = _role_note(outlets, [
        claim("a1", SENTENCE, role=Role("Joshua Dyck", "political science professor", False)),
        claim("a2", other, role=Role("Joshua Dyck", "Dr.", False))])
    assert "is Dr." in note
