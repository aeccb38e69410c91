"""A conflict says what the reports disagree on, and whether the figures may be successive updates, in every
format."""

from __future__ import annotations

import json
from dataclasses import replace

from brief.fixtures import brief
from storyline.model import Brief
from storyline.render.html import render_html
from storyline.render.json import dumps, from_json, render_json
from storyline.render.markdown import render_markdown

WHY = "at least 48 vs 39 people died"


def _conflicting() -> Brief:
    b = brief()
    story = b.stories[0]
    one, two = story.facts[0], story.facts[1]
    facts = (
        replace(one, status="conflict", conflicts_with=(two.id,), why=WHY, may_be_update=True),
        replace(two, status="conflict", conflicts_with=(one.id,), why=WHY, may_be_update=True),
        *story.facts[2:],
    )
    return replace(b, stories=(replace(story, facts=facts),))


def test_conflict_note_in_every_format() -> None:
    b = _conflicting()
    fact = render_json(b)["stories"][0]["facts"][0]
    assert (fact["why"], fact["may_be_update"]) == (WHY, True)
    assert f"{WHY} (may be successive updates)" in render_markdown(b)
    assert f"{WHY} (may be successive updates)" in render_html(b)


def test_conflict_note_round_trips_and_is_null_without_a_conflict() -> None:
    b = _conflicting()
    again = from_json(json.loads(dumps(b)), b.articles)
    assert again.stories == b.stories
    plain = render_json(brief())["stories"][0]["facts"][0]
    assert (plain["why"], plain["may_be_update"]) == (None, False)
