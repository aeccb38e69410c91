"""The length of the story's ruling: two reports that give it two page counts disagree, though each tells it only
in the tag of a quote; another kind of document is another thing (fictional reports)."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.magnitudes import measures

REPORT_A = (
    "Judge rules against Orbex.\n"
    "A federal judge ruled on Monday that Orbex broke competition law.\n"
    "\u201cOrbex's supply contracts shut rivals out of the market for a decade,\u201d Judge Ada Morrow said in a"
    " 286-page ruling.\n"
    "Orbex said it would appeal."
)
REPORT_B = (
    "Orbex loses antitrust case.\n"
    "Orbex broke competition law, a federal judge ruled on Monday.\n"
    "The company \u201cused its contracts to keep every rival off the shelves,\u201d she said in her 277-page ruling.\n"
    "Shares fell 3%."
)


def test_two_page_counts_of_one_ruling_conflict() -> None:
    _, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("b", REPORT_B, "Wire"))
    found = [f for f in cmp.facts if f.status == "conflict" and f.why.startswith("pages")]
    assert len(found) == 2
    assert {f.why for f in found} == {"pages of the ruling: 286 pages vs 277 pages"}
    assert {s.article for f in found for s in f.support} == {"a", "b"}


def test_pages_are_read_of_a_document_only() -> None:
    assert [(sorted(m.thing), m.figure.value) for m in measures("she said in her 277-page ruling")] == [
        (["ruling"], 277.0)
    ]
    assert [sorted(m.thing) for m in measures("In a 112-page opinion issued on Feb. 18, he wrote")] == [["opinion"]]
    assert measures("The 300-page Orvik Atlas sold out") == []
