"""A story none of whose reports is dated, which writes a weekday with its month and day ("Wednesday, Sept. 10")
and bounds its year (QA round AN): by a lower bound the reports tell of ("found in July 2024"), the one year of
that bound and the next whose calendar has the pair, or by a page's copyright notice ("©2025 Harbour Media
Group"). The story's days then carry that year; without a bound or a notice they stay year-less.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dating_helpers import refined, undated_reports

PROBE = (
    "The Velm probe found pale veins in a crater rock in July 2024, the agency said. "
    "Scientists said the rock may hold signs of ancient life."
)
AGENCY = (
    "The agency announced Wednesday, Sept. 10, that the core, nicknamed Harrow Ridge, was drilled from the rock. "
    "The results were published the same day."
)
NOTICE = (
    "Scientists said the probe's rock may hold signs of ancient life, the agency said.\n\n"
    "©2025 Harbour Media Group"
)
OTHER = "The agency said on Wednesday, Sept. 10, that the core may hold signs of ancient life."


def test_dating_pairs_pinned_a_bound_and_a_weekday_pair_settle_the_year() -> None:
    arts, _anas = refined(*undated_reports(PROBE, AGENCY))
    assert arts[1].published.value == "2025-09-10"
    assert arts[1].published.inferred


def test_dating_pairs_pinned_a_copyright_year_agreeing_with_the_pair_settles_it() -> None:
    arts, _anas = refined(*undated_reports(NOTICE, OTHER))
    assert arts[1].published.value == "2025-09-10"


def test_dating_pairs_pinned_a_copyright_year_disagreeing_with_the_pair_settles_nothing() -> None:
    arts, _anas = refined(*undated_reports(NOTICE.replace("2025", "2024"), OTHER))
    assert not (arts[1].published.value or "").startswith("2024")
