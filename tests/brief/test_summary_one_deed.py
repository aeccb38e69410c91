"""A summary line of a fact joined as one deed (one doer, one act, in other words) cites every report the fact
joined, and counts their sources; another doer's act of the same kind is no support of it."""

from __future__ import annotations

from brief.fixtures import line_reports

LEDE = "The GHC declared the Orvale fever outbreak a global public health emergency on Wednesday."
OTHER = "The Global Health Council declared the fever a global emergency on Wednesday, citing its rapid spread."
AGENCY = "The Southern Disease Agency declared the Orvale fever outbreak a public health emergency on Wednesday."


def _line(texts: list[str]) -> tuple[str, ...]:
    return line_reports(texts, LEDE)


def test_a_line_of_one_deed_cites_each_report_telling_it() -> None:
    assert _line([LEDE, OTHER]) == ("r0", "r1")


def test_another_doers_act_is_no_support_of_the_line() -> None:
    assert _line([LEDE, AGENCY]) == ("r0",)
