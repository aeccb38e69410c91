"""What the API and the pages do with the store, in one place: add reports, build and fetch briefs.

New reports are assigned to stories by the store's incremental story index, the same one ``storyline
ingest`` keeps, so story ids (and so page addresses) stay stable as reports arrive. A story's brief is
rebuilt when a report joins it, and built on first request for stories ingested elsewhere; analyses are
cached in the store, so a rebuild re-parses nothing already parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.model import Article, Assignment, Brief
from storyline.store import Store, StoryRow


@dataclass(frozen=True, slots=True, kw_only=True)
class Added:
    """The outcome of adding reports: their assignments and the stories whose briefs were rebuilt."""

    assignments: tuple[Assignment, ...]
    stories: tuple[str, ...]


def add_articles(store: Store, articles: Sequence[Article], *, sentences: int = 6) -> Added:
    """Prepare, store and assign ``articles`` to stories; rebuild the brief of every story they touch."""
    from storyline.pipeline import prepare
    from storyline.stories.stored import assign_stored

    prepared = [prepare(a) for a in articles]
    store.save_articles(prepared)
    assignments = assign_stored(store, prepared)
    touched = list(dict.fromkeys(a.story for a in assignments))
    for story_id in touched:
        build_brief(store, story_id, sentences=sentences)
    return Added(assignments=tuple(assignments), stories=tuple(touched))


def current_id(store: Store, story_id: str) -> str:
    """The id that stands for ``story_id`` now (an older story's, once a merge folded it in)."""
    from storyline.stories.stored import resolve_story

    return resolve_story(store, story_id)


def story_row(store: Store, story_id: str) -> StoryRow | None:
    return next((r for r in store.stories() if r.id == story_id), None)


def build_brief(store: Store, story_id: str, *, sentences: int = 6) -> dict[str, Any] | None:
    """Compare the stored reports of one story, build its brief, keep and return it (contract JSON).

    None when the store has no such story.
    """
    row = story_row(store, story_id)
    if row is None:
        return None
    # imported here: the comparison stage loads language resources that an unknown id should not wait for
    from storyline.extract.dating import refine_story
    from storyline.pipeline import Reading, analyze_many, brief_of
    from storyline.render.json import render_json

    articles = store.load_articles(list(row.article_ids))
    analyses = analyze_many(articles, store=store)
    articles, analyses = refine_story(articles, analyses)
    stored = {a.article: a for a in store.load_assignments()}
    assignments = tuple(
        Assignment(article=a.id, story=story_id, duplicate_of=getattr(stored.get(a.id), "duplicate_of", None))
        for a in articles
    )
    reading = Reading(articles=tuple(articles), analyses=tuple(analyses), assignments=assignments)
    payload = render_json(brief_of(reading, sentences=sentences))
    store.save_brief(story_id, payload)
    return payload


def brief_payload(store: Store, story_id: str) -> dict[str, Any] | None:
    """The stored brief of a story, built now if the story has none yet; None for an unknown story."""
    payload = store.load_brief(story_id)
    if payload is None:
        payload = build_brief(store, story_id)
    return payload


def brief_of_story(store: Store, story_id: str) -> Brief | None:
    """The story's brief as model values, with its reports' texts (for the pages' source view)."""
    from storyline.render.json import from_json

    payload = brief_payload(store, story_id)
    if payload is None:
        return None
    ids = [a["id"] for a in payload.get("articles") or ()]
    return from_json(payload, store.load_articles(ids))


def story_of_article(store: Store, article_id: str) -> str | None:
    return next((a.story for a in store.load_assignments() if a.article == article_id), None)
