from crosscheck.group import Link, source_groups


def test_links_join_articles_transitively():
    links = [Link("a", "b", "syndicated", 0.9), Link("b", "c", "rewrite", 0.7)]
    assert source_groups(["d", "c", "b", "a"], links) == [("a", "b", "c"), ("d",)]


def test_unlinked_articles_are_each_their_own_source():
    assert source_groups(["x", "y"], []) == [("x",), ("y",)]


def test_links_to_unknown_articles_are_ignored():
    assert source_groups(["a"], [Link("a", "zz", "duplicate", 1.0)]) == [("a",)]


def test_an_uncredited_wire_copy_counts_once(make_article, wire_text):
    """Issue 13: an article carrying Reuters material without crediting it is
    not an independent source beside the credited one."""
    from crosscheck.group import find_links
    from crosscheck.group.relations import split_sentences
    from relation_texts import OTHER, OWN_A, OWN_B, STORY_B

    shared = " ".join(split_sentences(wire_text)[:3])
    arts = [make_article("a", shared + " " + OTHER + " " + OWN_A, outlet="X", agencies=["Reuters"]),
            make_article("b", STORY_B + " " + shared + " " + OWN_B, outlet="Y")]
    assert source_groups(["a", "b"], find_links(arts)) == [("a", "b")]
