"""The example corpus read from its bare texts: each report's outlet, its date and its time values.

The reports in ``examples/corpus/`` carry no metadata, so everything here is inferred: the outlet from the
report's references to itself, the date from its own words and from the story's other reports, and every
time value from that date. ``examples/expected.json`` is the designed reading these are checked against.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.ingest import load
from storyline.model import Analysis, Article
from storyline.pipeline import Reading, read

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EXPECTED: dict[str, Any] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reading() -> Reading:
    return read(load([EXAMPLES / "corpus"]).articles)


def _by_name(reading: Reading) -> dict[str, tuple[Article, Analysis]]:
    out = {}
    for article, analysis in zip(reading.articles, reading.analyses, strict=True):
        out[Path(article.source).stem] = (article, analysis)
    return out


def test_examples_time_every_report_is_read(reading: Reading) -> None:
    assert set(_by_name(reading)) == set(EXPECTED["articles"])


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_examples_time_outlet_from_bare_text(reading: Reading, name: str) -> None:
    meta = EXPECTED["articles"][name]
    article, _ = _by_name(reading)[name]
    accepted = meta.get("outlet_from_text_acceptable", [meta["outlet"]])
    assert article.outlet.value in accepted, (article.outlet, accepted)
    assert article.outlet.inferred
    assert article.outlet.evidence
    # the evidence holds the outlet's own name, never another outlet's
    for span in article.outlet.evidence:
        assert article.outlet.value.split()[-1] in article.text[span.start : span.end]


def test_examples_time_a_repeated_interview_does_not_name_the_post(reading: Reading) -> None:
    article, _ = _by_name(reading)["northfield-daily-post"]
    assert article.outlet.value != "Riverline Radio"


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_examples_time_published_from_bare_text(reading: Reading, name: str) -> None:
    meta = EXPECTED["articles"][name]
    published = _by_name(reading)[name][0].published
    assert published.inferred
    assert published.value is not None
    if meta["published_in_jsonl"]:
        # only the JSONL tells the day; the text must at least bound it from below. Its year is the
        # earliest the text allows (a caption's "March 4, 2025" beside an undated "March 4"), not one it
        # states, so nothing bounds it from above
        assert published.low is not None
        assert published.low <= meta["published"], published
        assert published.high is None or meta["published"] <= published.high, published
    else:
        # the design reads the day from the words and the story: it must be that day
        assert published.value == meta["published"], published


def _value_ok(got: str | None, want: str) -> bool:
    # "early this morning" may carry its part of the day ("2025-03-04TMO"), "next Monday at 7 p.m." its clock
    # time ("2025-03-10T19:00"): the day is what the design gives
    return got == want or (
        got is not None and re.fullmatch(re.escape(want) + r"T(?:MO|AF|EV|NI|\d\d:\d\d)", got) is not None
    )


def _timex_cases() -> list[tuple[str, str, str]]:
    return [(t["article"], t["text"], t["value"]) for t in EXPECTED["timex"]]


@pytest.mark.parametrize(("name", "text", "value"), _timex_cases())
def test_examples_time_values(reading: Reading, name: str, text: str, value: str) -> None:
    article, analysis = _by_name(reading)[name]
    starts = [m.start() for m in re.finditer(re.escape(text), article.text)]
    assert starts, text
    found: list[tuple[str, str | None]] = []
    for start in starts:
        end = start + len(text)
        for t in analysis.timexes:
            if t.span.start < end and start < t.span.end:
                found.append((t.text, t.value))
                if _value_ok(t.value, value):
                    return
    pytest.fail(f"{text!r} in {name}: want {value}, found {found}")


def test_examples_time_timeline_days_agree_across_reports(reading: Reading) -> None:
    # the failure's day, dated four ways, resolves to one day in every report that names it
    items = _by_name(reading)
    for item in next(t for t in EXPECTED["timeline"] if t["value"] == "2025-03-04")["support"]:
        article, analysis = items[item["article"]]
        start = article.text.index(item["text"])
        values = [t.value for t in analysis.timexes if t.span.start < start + len(item["text"]) and start < t.span.end]
        assert any(_value_ok(v, "2025-03-04") for v in values), (item, values)
