"""QA round M #10: a bare clock time is put on the day its sentence names, else on the lead's day.

Fictional sentences written for these tests. Wednesday 2031-10-15 is the report's date in most of them.
"""

from __future__ import annotations

import pytest
from timex_helpers import text_values

WEDNESDAY = "2031-10-15"


def value_of(text: str, expression: str, anchor: str | None = WEDNESDAY) -> str | None:
    return dict(text_values(text, anchor))[expression]


def test_timex_a_clock_time_takes_the_day_named_later_in_its_sentence() -> None:
    text = (
        "The trial of the harbour master ended in a verdict on Tuesday evening.\n"
        "The jury got the case at 2:40 p.m. and sent a note to the judge at 5 p.m. on Oct. 12.\n"
    )
    assert value_of(text, "2:40 p.m.") == "2031-10-12T14:40"
    assert value_of(text, "5 p.m. on Oct. 12") == "2031-10-12T17:00"


LEAD = (
    "Storm hits the coast\n\n"
    "TARNBY - Late Tuesday, a violent storm tore through the fishing town of Tarnby, flattening sheds and sinking "
    "at least nine boats in the harbour. In a report released on Wednesday, the coast guard said two sailors were "
    "missing.\n\n"
    "The storm reached the harbour just after 10 p.m.\n"
)


def test_timex_a_clock_time_alone_takes_the_day_of_the_lead_sentence() -> None:
    assert value_of(LEAD, "just after 10 p.m.") == "2031-10-14T22:00"


def test_timex_the_lead_day_holds_in_an_undated_report() -> None:
    assert value_of(LEAD, "just after 10 p.m.", None) == "XXXX-WXX-2T22:00"


@pytest.mark.parametrize(
    "lead",
    [
        # two days in the lead sentence: no one day of the event, the report's own day stays
        "TARNBY - A storm that began on Monday and grew worse on Tuesday tore through the fishing town of Tarnby. ",
        # no day in the lead sentence at all
        "TARNBY - A violent storm tore through the fishing town of Tarnby, sinking at least nine boats there. ",
    ],
)
def test_timex_without_one_lead_day_a_clock_time_stays_on_the_report_day(lead: str) -> None:
    text = lead + "\n\nThe storm reached the harbour just after 10 p.m.\n"
    assert value_of(text, "just after 10 p.m.") == "2031-10-15T22:00"
