"""End to end on the seed reports: the brief a journalist reads, checked against the human reading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.render.json import render_json

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_brief() -> dict[str, Any]:
    paths = sorted(SEEDS.glob("*.txt"))
    if len(paths) < 2:
        pytest.skip("../shared/seeds is not present")
    from storyline.ingest import load
    from storyline.pipeline import brief_of, read

    loaded = load([str(p) for p in paths])
    return render_json(brief_of(read(list(loaded.articles)), sentences=6))


def _texts(doc: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: Path(a["source"]).read_text(encoding="utf-8") for a in doc["articles"]}


def test_seeds_one_story_with_a_cited_summary(seed_brief: dict[str, Any]) -> None:
    (story,) = seed_brief["stories"]
    assert 1 <= len(story["summary"]) <= 6
    texts = _texts(seed_brief)
    for item in story["summary"]:
        first = item["support"][0]
        assert item["text"] == texts[first["article"]][first["start"] : first["end"]]
    # the event itself leads: the liaison office talks
    assert "liaison office" in story["summary"][0]["text"]
    assert "liaison office" in story["title"]


def test_seeds_timeline_merges_the_two_reports(seed_brief: dict[str, Any]) -> None:
    (story,) = seed_brief["stories"]
    # a date told of different events has a line for each, standing together; its first line leads it
    values = [t["value"] for t in story["timeline"]]
    by_value: dict[str, dict[str, Any]] = {}
    for t in story["timeline"]:
        by_value.setdefault(t["value"], t)
    assert len(by_value) == len([v for n, v in enumerate(values) if n == 0 or values[n - 1] != v])
    # neither report states the year of its own date: "In June 2022" and an undated "May 3" give May 2023
    # at the earliest, so the days carry that year flagged as assumed; the year written out stays stated
    for value in ("2023-05-03", "2023-05-10"):
        assert value in by_value
        assert len({s["article"] for s in by_value[value]["support"]}) == 2
        assert by_value[value]["year_stated"] is False
    assert "PRESENT_REF" not in values
    # the photo caption's "June 29, 2022" dates the picture, not the story
    assert "2022-06-29" not in values
    assert by_value["2022-06"]["year_stated"] is True


def test_seeds_every_span_is_valid(seed_brief: dict[str, Any]) -> None:
    texts = _texts(seed_brief)
    count = 0

    def walk(x: Any) -> None:
        nonlocal count
        if isinstance(x, dict):
            if {"article", "start", "end"} <= x.keys():
                count += 1
                text = texts[x["article"]]
                assert 0 <= x["start"] < x["end"] <= len(text)
                if "text" in x:
                    assert x["text"] == text[x["start"] : x["end"]]
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(seed_brief)
    assert count > 50
