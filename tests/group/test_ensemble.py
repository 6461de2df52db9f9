"""The copy index's LSH ensemble."""

from crosscheck.group.ensemble import Ensemble


def test_the_copy_index_keeps_datasketchs_parameters_worked_out_once():
    # Ensemble works datasketch's (bands, rows) out once per process; they
    # must be the ones datasketch's own ensemble integrates for these settings,
    # with the same LSH indexes (a datasketch upgrade that changed them fails here).
    from datasketch import MinHashLSHEnsemble

    from crosscheck.group.relations import LSH_CONTAINMENT, NUM_PERM

    ours = Ensemble(threshold=LSH_CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    theirs = MinHashLSHEnsemble(threshold=LSH_CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    assert (ours.params == theirs.params).all() and (ours.xqs == theirs.xqs).all()
    assert [sorted(index) for index in ours.indexes] == [sorted(index) for index in theirs.indexes]
    stricter = Ensemble(threshold=0.9, num_perm=NUM_PERM, num_part=8)  # not the cached numbers
    assert (stricter.params == MinHashLSHEnsemble(threshold=0.9, num_perm=NUM_PERM,
                                                  num_part=8).params).all()
    assert not (stricter.params == ours.params).all()
