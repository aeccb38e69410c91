"""The JSON API: stories, briefs (the contract's ``storyline.brief/1`` document), articles, and adding reports.

Request and response bodies are validated with pydantic at this edge only; inside, storyline's own frozen
dataclasses are used. ``POST /api/articles`` takes the contract's input records (a JSON list, one object,
or JSON Lines); a bad record is reported with its position and skipped, the good ones are processed.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from storyline.store import Store
from storyline.web import service

router = APIRouter()

MAX_BODY = 20_000_000


class MetaOut(BaseModel):
    value: str | None
    inferred: bool


class StoryOut(BaseModel):
    id: str
    title: str | None
    count: int
    articles: list[str]
    outlets: list[str]
    first_published: str | None
    last_published: str | None


class ArticleOut(BaseModel):
    id: str
    text: str
    source: str
    outlet: MetaOut
    published: MetaOut
    title: str | None
    url: str | None
    story: str | None


class AddedOut(BaseModel):
    articles: list[str]
    stories: list[str]
    assignments: list[dict[str, str | None]]
    problems: list[str]


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/health")
def health() -> dict[str, str]:
    """Liveness: the app answers (it does not touch the store)."""
    return {"status": "ok"}


@router.get("/api/stories", response_model=list[StoryOut])
def list_stories(request: Request) -> list[StoryOut]:
    """Every story in the store, with its reports, outlets and dates, and its brief's title when built."""
    store = store_of(request)
    out = []
    for row in store.stories():
        brief = store.load_brief(row.id)
        title = next((s.get("title") for s in (brief or {}).get("stories") or ()), None)
        out.append(
            StoryOut(id=row.id, title=title, count=row.count, articles=list(row.article_ids),
                     outlets=list(row.outlets), first_published=row.first_published,
                     last_published=row.last_published)
        )
    return out


@router.get("/api/stories/{story_id}/brief")
def story_brief(story_id: str, request: Request) -> dict[str, Any]:
    """The story's brief as the contract's JSON document (built on first request); a merged story's id
    answers with the brief of the story it was merged into."""
    store = store_of(request)
    payload = service.brief_payload(store, service.current_id(store, story_id))
    if payload is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
    return payload


@router.get("/api/articles/{article_id}", response_model=ArticleOut)
def get_article(article_id: str, request: Request) -> ArticleOut:
    """One stored report: its exact text, metadata (given or inferred) and story."""
    store = store_of(request)
    found = store.load_articles([article_id])
    if not found:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
    a = found[0]
    return ArticleOut(
        id=a.id, text=a.text, source=a.source,
        outlet=MetaOut(value=a.outlet.value, inferred=a.outlet.inferred),
        published=MetaOut(value=a.published.value, inferred=a.published.inferred),
        title=a.title.value, url=a.url.value, story=service.story_of_article(store, a.id),
    )


@router.post("/api/articles", response_model=AddedOut)
async def add_articles(request: Request) -> AddedOut:
    """Add reports (contract input records), assign them to stories and rebuild those stories' briefs."""
    from starlette.concurrency import run_in_threadpool

    from storyline.ingest.jsonl import read_json

    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(status_code=413, detail=f"body over {MAX_BODY} bytes")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(status_code=400, detail=f"body is not UTF-8: {exc}") from exc
    batch = read_json(text, source="request")
    problems = [str(p) for p in batch.problems]
    if not batch.articles:
        raise HTTPException(status_code=422, detail={"message": "no readable records", "problems": problems})
    # parsing is CPU work: keep it off the event loop
    added = await run_in_threadpool(service.add_articles, store_of(request), batch.articles)
    return AddedOut(
        articles=[a.article for a in added.assignments],
        stories=list(added.stories),
        assignments=[{"article": a.article, "story": a.story, "duplicate_of": a.duplicate_of}
                     for a in added.assignments],
        problems=problems,
    )
