from __future__ import annotations

from pathlib import Path

import pytest

from storyline.model import Article
from storyline.stories.cluster import cluster
from storyline.stories.features import extract, of_article, vectorize
from storyline.stories.similarity import date_factor, sparse_dot

from ._reports import (
    ARREST_ONE,
    ARREST_TWO,
    QUAKE_JAPAN,
    QUAKE_VAROSIA,
    QUAKE_VAROSIA_OTHER_OUTLET,
    VELMORA_BLOG,
    VELMORA_ONE,
    VELMORA_THREE,
    VELMORA_TWO,
    article,
    light_edit,
)


def test_cluster_seeds_form_one_story(seed_paths: list[Path]) -> None:
    arts = [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in seed_paths]
    got = cluster(arts)
    assert len({a.story for a in got}) == 1
    assert all(a.duplicate_of is None for a in got)


def test_cluster_same_kind_different_events_stay_apart() -> None:
    arts = [
        article("peru1", QUAKE_VAROSIA),
        article("arrest1", ARREST_ONE),
        article("japan", QUAKE_JAPAN),
        article("peru2", QUAKE_VAROSIA_OTHER_OUTLET),
        article("arrest2", ARREST_TWO),
    ]
    story = {a.article: a.story for a in cluster(arts)}
    assert story["peru1"] == story["peru2"]
    assert story["peru1"] != story["japan"]
    assert story["arrest1"] != story["arrest2"]  # the same man, two different arrests


def test_cluster_a_handful_of_agency_reports_of_one_event_is_one_story() -> None:
    # three reports alone: every shared word is in most of the batch, and the batch's own document frequencies
    # would weigh each report's one-off words most (it split the third report off)
    arts = [article("one", VELMORA_ONE), article("two", VELMORA_TWO), article("three", VELMORA_THREE)]
    assert {a.story for a in cluster(arts)} == {"s1"}


def test_cluster_a_short_copy_with_a_comment_form_joins_its_story() -> None:
    # the comment form's rare words held a third of the short copy's weight and split it off
    arts = [article(k, t) for k, t in (("one", VELMORA_ONE), ("two", VELMORA_TWO), ("three", VELMORA_THREE))]
    arts += [article("blog", VELMORA_BLOG), article("peru", QUAKE_VAROSIA), article("japan", QUAKE_JAPAN)]
    story = {a.article: a.story for a in cluster(arts)}
    assert story["blog"] == story["one"] == story["two"] == story["three"]
    assert len({story["one"], story["peru"], story["japan"]}) == 3


def test_features_of_article_leave_out_the_comment_form() -> None:
    terms = of_article(article("blog", VELMORA_BLOG)).counts
    assert "w:velmora" in terms
    assert "n:kestavia" in terms
    assert not {"w:email", "w:reply", "w:required", "w:newsletter"} & set(terms)


def test_cluster_a_handful_of_reports_of_two_events_stays_apart() -> None:
    arts = [article("one", VELMORA_ONE), article("peru", QUAKE_VAROSIA), article("two", VELMORA_TWO)]
    story = {a.article: a.story for a in cluster(arts)}
    assert story["one"] == story["two"] != story["peru"]
    arts = [article("arrest1", ARREST_ONE), article("arrest2", ARREST_TWO), article("japan", QUAKE_JAPAN)]
    assert len({a.story for a in cluster(arts)}) == 3


def test_cluster_ids_readable_stable_in_input_order() -> None:
    arts = [article("x", ARREST_ONE), article("y", QUAKE_VAROSIA), article("z", QUAKE_VAROSIA_OTHER_OUTLET)]
    first = cluster(arts)
    assert [a.story for a in first] == ["s1", "s2", "s2"]
    assert cluster(arts) == first
    assert [a.article for a in first] == ["x", "y", "z"]


def test_cluster_copy_names_earlier_article_and_joins_its_story() -> None:
    arts = [article("orig", QUAKE_VAROSIA), article("other", ARREST_ONE), article("copy", light_edit(QUAKE_VAROSIA))]
    got = {a.article: a for a in cluster(arts)}
    assert got["copy"].duplicate_of == "orig"
    assert got["copy"].story == got["orig"].story
    assert got["orig"].duplicate_of is None


def test_cluster_far_apart_dates_split_a_lexical_match() -> None:
    near = cluster([article("a", QUAKE_VAROSIA, "2024-03-05"), article("b", QUAKE_VAROSIA_OTHER_OUTLET, "2024-03-05")])
    far = cluster([article("a", QUAKE_VAROSIA, "2024-03-05"), article("b", QUAKE_VAROSIA_OTHER_OUTLET, "2025-01-20")])
    assert near[0].story == near[1].story
    assert far[0].story != far[1].story


def test_cluster_empty_and_single() -> None:
    assert cluster([]) == []
    assert [a.story for a in cluster([article("only", QUAKE_JAPAN)])] == ["s1"]


def test_cluster_rejects_bad_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        cluster([article("a", QUAKE_JAPAN)], threshold=1.5)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Officials met Yoshimasa Hayashi in Tokyo.", "n:yoshimasa hayashi"),
        ("The quake killed 1,200 people.", "d:1200"),
        ("It happened on March 3, 2011 in the north.", "d:3-3"),
        ('He said "we are still pulling people out" today.', "q:we are still pulling"),
        ("Pirates seized two tankers.", "w:pirate"),
    ],
)
def test_features_find_each_signal(text: str, term: str) -> None:
    assert term in extract(text).counts


def test_features_sentence_opening_stop_word_is_no_name() -> None:
    assert "n:the" not in extract("The navy said so. The pirates fled.").counts


def test_features_vectors_are_unit_length_and_self_similar() -> None:
    f = extract(QUAKE_VAROSIA)
    ids, w = vectorize(f, {}, 1)
    assert sparse_dot(ids, w, ids, w) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize(("gap", "expected"), [(None, 1.0), (0, 1.0), (7, 1.0), (400, 0.25)])
def test_similarity_date_factor(gap: float | None, expected: float) -> None:
    assert date_factor(gap) == pytest.approx(expected)


def test_features_a_name_spelled_two_ways_is_one_name() -> None:
    """Romanized names come spelled several ways ("Marrakech" / "Marrakesh"): one place, one name term."""
    a = extract("The tremor was felt in Tarakech and the hills around it.")
    b = extract("The tremor was felt in Tarrakesh and the hills around it.")
    names_a = {t for t in a.terms if t.startswith("n:")}
    names_b = {t for t in b.terms if t.startswith("n:")}
    assert names_a == names_b != set()
