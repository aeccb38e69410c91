"""An undated report that glosses its own day in brackets ("today (Feb. 23)", "yesterday (Feb. 22)") is counted
from that day, year-less (QA round Z #11): "yesterday" and "yesterday evening" are the day before, and "six days
later" counts on from the last day written out.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.timex import extract_timexes
from storyline.model import Article


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in extract_timexes(Article(id="a", text=text))}


def test_timex_a_bracketed_gloss_of_yesterday_dates_the_report() -> None:
    text = (
        "Lander tips over\n\nThe Orbit Works lander settled on its side during its touchdown yesterday (March 8), "
        "officials said at a briefing. It had launched on March 1 and reached orbit six days later. It touched "
        "down yesterday evening.\n"
    )
    values = _values(text)
    assert values["yesterday"] == "XXXX-03-08"
    assert values["six days later"] == "XXXX-03-07"
    assert values["yesterday evening"] == "XXXX-03-08TEV"


def test_timex_a_bracketed_gloss_of_today_is_the_reports_day() -> None:
    text = "Lander tips over\n\nOfficials said at a briefing today (March 9) that the lander tipped over yesterday.\n"
    assert _values(text)["yesterday"] == "XXXX-03-08"
