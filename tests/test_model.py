from __future__ import annotations

import dataclasses

import pytest

from storyline.codec import from_dict, to_dict
from storyline.model import Analysis, Article, Entity, MetaValue, Quote, Span


def test_model_span_rejects_bad_offsets() -> None:
    with pytest.raises(ValueError):
        Span(article="a", start=5, end=2)


def test_model_values_are_frozen_and_hashable() -> None:
    span = Span(article="a", start=0, end=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    assert len({span, Span(article="a", start=0, end=3)}) == 1


def test_model_span_overlap_and_containment() -> None:
    a = Span(article="x", start=0, end=10)
    assert a.overlaps(Span(article="x", start=9, end=12))
    assert not a.overlaps(Span(article="y", start=0, end=10))
    assert a.contains(Span(article="x", start=2, end=10))


def test_codec_round_trips_nested_values() -> None:
    sp = Span(article="x", start=0, end=4)
    analysis = Analysis(
        article="x",
        version="v",
        entities=(Entity(id="e1", name="Ana", type="PERSON", mentions=(sp,), role="mayor", role_span=sp),),
        quotes=(Quote(span=sp, text="Hola", kind="direct", speaker="Ana", speaker_span=sp),),
    )
    assert from_dict(Analysis, to_dict(analysis)) == analysis
    art = Article(id="x", text="Hola", outlet=MetaValue(value="Ledger", inferred=True, evidence=(sp,)))
    assert from_dict(Article, to_dict(art)) == art
