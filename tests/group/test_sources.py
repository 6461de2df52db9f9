from crosscheck.group import Link, source_groups


def test_links_join_articles_transitively():
    links = [Link("a", "b", "syndicated", 0.9), Link("b", "c", "rewrite", 0.7)]
    assert source_groups(["d", "c", "b", "a"], links) == [("a", "b", "c"), ("d",)]


def test_unlinked_articles_are_each_their_own_source():
    assert source_groups(["x", "y"], []) == [("x",), ("y",)]


def test_links_to_unknown_articles_are_ignored():
    assert source_groups(["a"], [Link("a", "zz", "duplicate", 1.0)]) == [("a",)]
