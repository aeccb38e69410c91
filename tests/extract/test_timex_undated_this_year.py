"""QA round AB: "this year" in a report with no date is its own year, unknown: TIMEX3's ``XXXX``, with or without
a dateline's month and day; "last year" has no value there, and a dated report keeps its year.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue

_PORT = "The Velm port handled more ships this year than last year, the harbour board said."


def _values(text: str, published: str | None = None) -> dict[str, str | None]:
    art = Article(id="a", text=text, published=MetaValue(value=published))
    return {t.text: t.value for t in extract_timexes(art)}


@pytest.mark.parametrize("text", [_PORT, f"VELM, July 22 (Reuters) - {_PORT}"])
def test_timex_this_year_of_an_undated_report_is_an_unknown_year(text: str) -> None:
    values = _values(text)
    assert values["this year"] == "XXXX"
    assert values["last year"] is None


def test_timex_this_year_of_a_dated_report_keeps_its_year() -> None:
    assert _values(_PORT, "2031-03-07")["this year"] == "2031"
