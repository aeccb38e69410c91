"""QA round AB: a report that borrows another report's weekday anchor ("Orlan Mills said Monday" of Monday,
Dec. 4) and names that weekday itself ("the sale on Monday") tells its other past weekdays in the same week,
nearest together: "on Tuesday wrote" is Dec. 5, not the Tuesday before the anchor.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import filed_sentences

_ANCHORED = (
    "HALDEN, Dec. 4 (Norvik Wire)--Orlan Mills said Monday that it will buy Brackwater Iron.",
    (("Dec. 4", "XXXX-12-04"), ("Monday", "XXXX-12-04")),
)



def test_timeline_a_report_naming_the_anchor_weekday_keeps_its_weekdays_in_that_week() -> None:
    other = (
        "Senator Ilse Varga criticized the sale on Monday of Brackwater Iron. Two senators on Tuesday wrote "
        "to the trade minister that the deal was rushed.",
        (("Monday", "XXXX-WXX-1"), ("Tuesday", "XXXX-WXX-2")),
    )
    filed = filed_sentences(_ANCHORED, other)
    assert ("XXXX-12-05", "Two senators") in filed
    assert ("XXXX-11-28", "Two senators") not in filed


def test_timeline_a_report_not_naming_the_anchor_weekday_counts_back_from_it() -> None:
    other = (
        "Two senators on Tuesday wrote to the trade minister that the deal was rushed.",
        (("Tuesday", "XXXX-WXX-2"),),
    )
    assert ("XXXX-11-28", "Two senators") in filed_sentences(_ANCHORED, other)
