"""Coverage of a close rewrite: what it retells stays its original's (written examples, no spaCy)."""

from __future__ import annotations

from compare_helpers import fact_with
from test_rewrites import BLOG, OWN, WIRE, _reports

from storyline.compare import compare_story


def test_rewrites_coverage_leaves_the_retold_fact_with_the_original() -> None:
    articles, analyses = _reports(("w", WIRE, "Lakeside Wire"), ("b", BLOG, None), ("o", OWN, "Wexmoor Herald"))
    comparison = compare_story(articles, analyses)
    fact = fact_with(comparison, articles, (0, "gone blank"), (1, "blank departure boards"))
    assert fact is not None
    only = {c.outlet: c.only_here for c in comparison.coverage}
    # the wire's own fact, which the rewrite repeats (the brief reads "its own, repeated by ...")
    assert fact.id in only["Lakeside Wire"]
    readers = fact_with(comparison, articles, (1, "Readers planning a crossing"))
    assert readers is not None
    assert readers.id in only["report b"]  # its own line stays its own
