"""The shared reader's view: citation numbering, source segments, chart layouts."""

from __future__ import annotations

import pytest

from brief.fixtures import brief
from storyline.model import Span
from storyline.render.charts import provenance_chart, timeline_chart
from storyline.render.view import Cite, segments, story_view


def _cite(n: int, start: int, end: int) -> Cite:
    return Cite(n=n, span=Span(article="a", start=start, end=end), outlet="X", passage="", anchor=f"c{n}",
                mark=f"m{start}-{end}")


def test_view_numbers_each_span_once_in_order_of_use() -> None:
    b = brief()
    view = story_view(b.stories[0], b)
    numbers = [c.n for c in view.sources]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len({c.span for c in view.sources}) == len(numbers)
    assert view.summary[0].cites[0].n == 1


def test_view_segments_cover_the_text_and_mark_overlaps() -> None:
    text = "abcdefghij"
    segs = segments(text, [_cite(1, 2, 6), _cite(2, 4, 8), _cite(3, 2, 3)])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.cited) for s in segs] == [
        ("ab", False), ("c", True), ("d", True), ("ef", True), ("gh", True), ("ij", False)
    ]
    assert segs[1].anchors == ("m2-6", "m2-3")
    assert segments("", []) == ()


@pytest.mark.parametrize(
    ("values", "rows"),
    [(["2023-05-03"], 1), (["2022", "2023-W18", "2023-05-03", "PRESENT_REF"], 3), (["P3D"], 0)],
)
def test_view_timeline_chart_rows(values: list[str], rows: int) -> None:
    chart = timeline_chart([(v, "text", "#x") for v in values])
    if rows == 0:
        assert chart is None
        return
    assert chart is not None
    assert len(chart.bars) == rows
    assert all(chart.x0 <= b.x <= chart.x1 for b in chart.bars)


def test_view_timeline_chart_pins_far_background_to_the_axis_ends() -> None:
    values = ["1962", "2025-03-03", "2025-03-04", "2025-03-10", "2025-W12", "2026"]
    chart = timeline_chart([(v, "text", "#x") for v in values])
    assert chart is not None
    off = {b.label: b.off_axis for b in chart.bars}
    assert off == {"1962": "before", "2025-03-03": "", "2025-03-04": "", "2025-03-10": "", "2025-W12": "",
                   "2026": "after"}
    story = [b.x for b in chart.bars if not b.off_axis]
    # the story's three weeks get most of the axis, not a sliver of 1962-2026
    assert max(story) - min(story) > (chart.x1 - chart.x0) / 2
    assert all(t.x <= chart.x1 for t in chart.ticks)


def test_view_provenance_chart_puts_origins_right() -> None:
    chart = provenance_chart(
        [("Newsweek", "CNN", "p"), ("Newsweek", "Nikkei Asia", "p"), ("CNN", "Nikkei Asia", "p"),
         ("CNN", "Reuters", "p"), ("CNN", "Reuters", "q")],
        ["Newsweek", "CNN"],
    )
    assert chart is not None
    x = {n.name: n.x for n in chart.nodes}
    assert x["Newsweek"] < x["CNN"] < x["Nikkei Asia"] == x["Reuters"]
    assert next(e for e in chart.edges if e.target == "Reuters").count == 2
    assert provenance_chart([], ["A"]) is None


def test_view_provenance_chart_survives_a_cycle() -> None:
    chart = provenance_chart([("A", "B", "p"), ("B", "A", "q"), ("A", "A", "self")], ["A", "B"])
    assert chart is not None
    assert {n.name for n in chart.nodes} == {"A", "B"}
    assert len(chart.edges) == 2
