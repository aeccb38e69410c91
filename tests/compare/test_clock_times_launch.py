"""A launch's clock time is an event's time: reports that give one launch different minutes ("lifted off at 3:12
a.m.", "blasted off ... at 3:13 a.m.") disagree on its time, as reports of one collision do.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare.dates import clock_times

LIFTED = "The Kestrel rocket finally lifted off from Pell Island at 3:12 a.m. on Thursday.\nCrowds cheered."
BLASTED = "The huge Kestrel rocket blasted off from the Pell Island pad at 3:13 a.m. on Thursday.\nIt carried no crew."


def test_clock_times_of_a_launch_are_read() -> None:
    assert [c.written for c in clock_times(LIFTED)] == ["3:12 a.m."]
    assert [c.written for c in clock_times("It finally went up at around 3:12 am on Thursday.")] == ["around 3:12 am"]
    assert [c.written for c in clock_times("The Kestrel took off at 3:12 AM ET from Pell Island.")] == ["3:12 AM"]


def test_clock_times_of_one_launch_are_a_conflict() -> None:
    articles, cmp = compare_texts(("a", LIFTED, "Pell Island Post"), ("b", BLASTED, "Orvan Radio"))
    first, second = conflicting(cmp, articles, (0, "3:12 a.m."), (1, "3:13 a.m."))
    assert first.why == second.why == "clock time 3:12 a.m. vs 3:13 a.m."
