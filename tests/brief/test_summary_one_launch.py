"""A summary line of a launch fact joined from reports telling it in other words ("launched", "lifted off", the
rocket or the agency as subject) cites each report the fact joined; a planned launch is no support of it (QA AK
#10: the summary counted one source for a launch four reports told)."""

from __future__ import annotations

from brief.fixtures import line_reports

LEDE = "The Orlan Space Agency launched its Vela I rocket from Cape Mirren on Thursday."
OTHER = "After two scrubs, the Vela I rocket blasted off at dawn."
PLANNED = "Orlan's Vela I rocket will lift off again on Thursday."


def _line(texts: list[str]) -> tuple[str, ...]:
    return line_reports(texts, LEDE)


def test_a_line_of_one_launch_cites_each_report_telling_it() -> None:
    assert _line([LEDE, OTHER]) == ("r0", "r1")


def test_a_planned_launch_is_no_support_of_the_line() -> None:
    assert _line([LEDE, PLANNED]) == ("r0",)
