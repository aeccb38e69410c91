"""QA round AN: a company that "reported a data breach" tells of its own trouble; it is no outlet credited for
the words. A name no list knows as an outlet is credited only where its report goes on with a clause ("reported
on Thursday that ...", "..., Velmcom reported."). Every text here is written for these tests."""

from __future__ import annotations

import pytest

from storyline.model import Article
from storyline.pipeline import analyze


def _cited(text: str) -> list[str]:
    return [c.cites for c in analyze(Article(id="t", text=text)).citations]


@pytest.mark.parametrize(
    "text",
    [
        "Velmcom reported a data breach on Thursday, saying that hackers took the records of two million customers.",
        "Velmcom reports data breach, says two million accounts hacked\n\nThe breach hit customers across Velm.",
    ],
)
def test_a_company_reporting_its_own_trouble_is_no_outlet(text: str) -> None:
    assert "Velmcom" not in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmcom reported on Thursday that hackers took the records of two million customers.",
        "Hackers took the records of two million customers, Velmcom reported.",
    ],
)
def test_a_name_reporting_a_clause_is_still_credited(text: str) -> None:
    assert "Velmcom" in _cited(text)
