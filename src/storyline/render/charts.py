"""Geometry of the two inline SVG charts: the timeline and the provenance graph.

Only numbers and labels are computed here; templates draw them (so Jinja's autoescape covers every label).
No chart library: the layouts are simple enough to own, and the HTML brief must not load anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.brief.timeline import period


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    """One timeline entry: a dot (a day) or a bar (a week, month, year) on its row."""

    x: float
    y: float
    width: float
    label: str
    title: str
    href: str
    off_axis: str = ""  # "before" / "after": background far outside the axis, pinned to its end


@dataclass(frozen=True, slots=True, kw_only=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineChart:
    width: int
    height: int
    axis_y: float
    x0: float
    x1: float
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]


ROW = 24
LABEL_W = 100


def timeline_chart(entries: Sequence[tuple[str, str, str]], *, width: int = 640) -> TimelineChart | None:
    """Layout for ``(value, text, href)`` entries, one row each, on a shared date axis."""
    rows = [(v, t, h, period(v)) for v, t, h in entries]
    dated = [(v, t, h, p) for v, t, h, p in rows if p is not None]
    if not dated:
        return None
    lo, hi = _core([p for *_, p in dated])
    span_days = max((hi - lo).days, 1)
    x0, x1 = float(LABEL_W), float(width - 16)

    def x(d: date) -> float:
        return x0 + (x1 - x0) * (d - lo).days / span_days

    bars = []
    for i, (value, text, href, (first, last)) in enumerate(dated):
        off = "before" if last < lo else "after" if first >= hi else ""
        if off:
            # background (the dam built in 1962) pinned to the axis end, so the story's weeks keep their width
            left, right = (x0, x0) if off == "before" else (x1 - 6.0, x1 - 6.0)
        else:
            left, right = x(max(first, lo)), x(min(last + timedelta(days=1), hi))
        bars.append(
            Bar(x=round(left, 1), y=16 + i * ROW, width=round(max(right - left, 6.0), 1), label=value,
                title=f"{value}: {text}", href=href, off_axis=off)
        )
    axis_y = 16 + len(dated) * ROW
    return TimelineChart(
        width=width, height=int(axis_y + 28), axis_y=axis_y, x0=x0, x1=x1, bars=tuple(bars),
        ticks=tuple(Tick(x=round(x(d), 1), label=d.isoformat()) for d in _ticks(lo, hi)),
    )


def _core(periods: list[tuple[date, date]]) -> tuple[date, date]:
    """The axis: from the first to the last entry, unless a few entries lie far from the rest (background
    years, a deadline years ahead); then the axis covers the days, weeks and months within a year of the
    median day, and the others are drawn at its ends."""
    lo = min(p[0] for p in periods)
    hi = max(p[1] for p in periods) + timedelta(days=1)
    if (hi - lo).days <= 2 * 366:
        return lo, hi
    middles = sorted(p[0] + (p[1] - p[0]) / 2 for p in periods)
    median = middles[len(middles) // 2]
    # days, weeks and months near the median make the axis; a whole year ("2026") is too coarse to set it
    near = [p for p in periods if abs((p[0] - median).days) <= 366 and (p[1] - p[0]).days <= 62]
    if len(near) < max(2, len(periods) // 2):
        return lo, hi
    return min(p[0] for p in near), max(p[1] for p in near) + timedelta(days=1)


def _ticks(lo: date, hi: date) -> list[date]:
    """Up to five readable ticks: first of years for long spans, first of months otherwise, else the ends."""
    days = (hi - lo).days
    if days > 3 * 365:
        cands = [date(y, 1, 1) for y in range(lo.year + 1, hi.year + 1)]
    elif days > 60:
        cands = []
        d = date(lo.year, lo.month, 1)
        while d < hi:
            if d >= lo:
                cands.append(d)
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    else:
        cands = [lo, hi - timedelta(days=1)] if days > 1 else [lo]
    step = max(1, len(cands) // 5 + (len(cands) % 5 > 0))
    return cands[::step]


@dataclass(frozen=True, slots=True, kw_only=True)
class Node:
    name: str
    x: float
    y: float
    reports: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Edge:
    source: str
    target: str
    x1: float
    y1: float
    x2: float
    y2: float
    count: int
    title: str


@dataclass(frozen=True, slots=True, kw_only=True)
class GraphChart:
    width: int
    height: int
    node_w: int
    node_h: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


NODE_W, NODE_H, COL_GAP, ROW_GAP = 136, 30, 70, 20


def provenance_chart(
    edges: Sequence[tuple[str, str, str]], reporting: Sequence[str]
) -> GraphChart | None:
    """Layered layout of ``(from, to, passage)`` credits: whoever credits sits left of whom it credits.

    A node's column is the length of the longest chain of credits starting from it, so original sources
    (crediting no one) stand in the rightmost column. Cycles ("A cites B, B cites A") are cut where found.
    """
    if not edges:
        return None
    names: list[str] = []
    for n in (*reporting, *(e[0] for e in edges), *(e[1] for e in edges)):
        if n not in names:
            names.append(n)
    out: dict[str, list[str]] = {n: [] for n in names}
    for a, b, _ in edges:
        if b not in out[a] and a != b:
            out[a].append(b)
    depth: dict[str, int] = {}

    def walk(n: str, seen: frozenset[str]) -> int:
        if n in depth:
            return depth[n]
        d = max((walk(m, seen | {n}) + 1 for m in out[n] if m not in seen), default=0)
        depth[n] = d
        return d

    for n in names:
        walk(n, frozenset())
    top = max(depth.values())
    cols: dict[int, list[str]] = {}
    for n in names:
        cols.setdefault(top - depth[n], []).append(n)
    pos: dict[str, tuple[float, float]] = {}
    for c, members in cols.items():
        for r, n in enumerate(members):
            pos[n] = (10.0 + c * (NODE_W + COL_GAP), 10.0 + r * (NODE_H + ROW_GAP))
    counted: dict[tuple[str, str], list[str]] = {}
    for a, b, passage in edges:
        if a != b:
            counted.setdefault((a, b), []).append(passage)
    drawn = []
    for (a, b), passages in counted.items():
        (ax, ay), (bx, by) = pos[a], pos[b]
        forward = bx > ax
        drawn.append(
            Edge(
                source=a, target=b, count=len(passages), title=f"{a} credits {b}: " + " | ".join(passages),
                x1=ax + (NODE_W if forward else NODE_W / 2), y1=ay + (NODE_H / 2 if forward else NODE_H),
                x2=bx - (4 if forward else -NODE_W / 2), y2=by + (NODE_H / 2 if forward else 0),
            )
        )
    rows = max(len(m) for m in cols.values())
    return GraphChart(
        width=int(20 + (top + 1) * NODE_W + top * COL_GAP),
        height=int(20 + rows * NODE_H + (rows - 1) * ROW_GAP),
        node_w=NODE_W, node_h=NODE_H,
        nodes=tuple(Node(name=n, x=pos[n][0], y=pos[n][1], reports=n in reporting) for n in names),
        edges=tuple(drawn),
    )
