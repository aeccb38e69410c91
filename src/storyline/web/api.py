"""The JSON API: stories, briefs (the contract's ``storyline.brief/1`` document), articles, and adding reports.

Request and response bodies are validated with pydantic at this edge only; inside, storyline's own frozen
dataclasses are used. ``POST /api/articles`` takes the contract's input records (a JSON list, one object,
or JSON Lines); a bad record is reported with its position and skipped, the good ones are processed.

A request body is one input, like a file given to ``storyline ingest``, and is held to the same limit
(the ``max_bytes`` setting, 20,000,000 bytes by default): a longer one is refused with 413 as soon as its
``Content-Length`` says so, or as soon as the bytes read pass the limit, never read whole first. A record's
text cannot be longer than the body that carries it, so each report is held to that limit too.
A stored report is never replaced: a record whose id is stored with another text is refused (409 when no
record of the request could be added, else named in ``problems`` while the others are added).

A client that disconnects while its reports are processed stops the work: the server asks between reports and
between briefs whether the client is still there, keeps the reports it finished (stored, analysed and given their
stories), stores none of the rest, and logs what it left undone (``service.add_articles``).
"""

from __future__ import annotations

import logging
from typing import Any

import anyio.from_thread
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from storyline.ingest import DEFAULT_MAX_BYTES
from storyline.store import Store
from storyline.web import service

router = APIRouter()
log = logging.getLogger(__name__)

MAX_BODY = DEFAULT_MAX_BYTES
_MEDIA_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}


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


def max_body_of(request: Request) -> int:
    return int(getattr(request.app.state, "max_body", MAX_BODY))


def _too_large(limit: int) -> HTTPException:
    return HTTPException(
        status_code=413,
        detail=f"request body over the limit of {limit:,} bytes",
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, refused with 413 once it is known to pass ``limit`` bytes: from its declared
    ``Content-Length`` before a byte is read, else while it streams in (a chunked upload declares none)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


@router.get("/health")
def health() -> dict[str, str]:
    """Liveness: the app answers (it does not touch the store)."""
    return {"status": "ok"}


@router.get("/api/stories", response_model=list[StoryOut])
def list_stories(request: Request) -> list[StoryOut]:
    """Every story in the store, with its reports, outlets and dates, and a title from the start: its brief's
    once built, else its reports' (see ``service.story_title``)."""
    store = store_of(request)
    out = []
    for row in store.stories():
        out.append(
            StoryOut(id=row.id, title=service.story_title(store, row), count=row.count, articles=list(row.article_ids),
                     outlets=list(row.outlets), first_published=row.first_published,
                     last_published=row.last_published)
        )
    return out


@router.get("/api/stories/{story_id}/brief", response_model=None)
def story_brief(
    story_id: str, request: Request, fmt: str = Query("json", alias="format")
) -> dict[str, Any] | Response:
    """The story's brief (built on first request): ``format=json`` (default) the contract's JSON document,
    ``md`` Markdown, ``html`` one self-contained HTML file, as ``storyline brief --format`` writes them.
    A merged story's id answers with the brief of the story it was merged into."""
    if fmt not in service.BRIEF_FORMATS:
        allowed = ", ".join(service.BRIEF_FORMATS)
        raise HTTPException(status_code=400, detail=f"unknown format {fmt!r}; allowed: {allowed}")
    store = store_of(request)
    current = service.current_id(store, story_id)
    if fmt == "json":
        payload = service.brief_payload(store, current)
        if payload is None:
            raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
        return payload
    text = service.rendered_brief(store, current, fmt)
    if text is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
    return Response(content=text, media_type=_MEDIA_TYPES[fmt])


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
    """Add reports (contract input records), assign them to stories and rebuild those stories' briefs.

    A record whose id is stored with another text is refused, never stored over the old one: 409 when no
    record could be added, else a ``problems`` entry while the good records are added.
    """
    from starlette.concurrency import run_in_threadpool

    from storyline.ingest.jsonl import read_json

    body = await read_body(request, max_body_of(request))
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(status_code=400, detail=f"body is not UTF-8: {exc}") from exc
    batch = read_json(text, source="request")
    problems = [str(p) for p in batch.problems]
    if not batch.articles:
        raise HTTPException(status_code=422, detail={"message": "no readable records", "problems": problems})

    def client_gone() -> bool:
        # asked from the worker thread between reports: the event loop owns the connection, so the question is
        # sent to it (a client that closed its socket reads as "http.disconnect" once its body has been read)
        return bool(anyio.from_thread.run(request.is_disconnected))

    # parsing is CPU work: keep it off the event loop
    added = await run_in_threadpool(
        lambda: service.add_articles(store_of(request), batch.articles, stop=client_gone)
    )
    if added.stopped:
        _log_stopped(request, added, len(batch.articles))
    problems += [
        f"id {article_id!r}: already stored with a different text; not replaced (post a changed report under a new id)"
        for article_id in added.refused
    ]
    if not added.assignments and not added.stopped:
        taken = ", ".join(repr(i) for i in added.refused)
        message = f"id {taken} already stored with a different text; nothing added"
        raise HTTPException(status_code=409, detail={"message": message, "problems": problems})
    return AddedOut(
        articles=[a.article for a in added.assignments],
        stories=list(added.stories),
        assignments=[{"article": a.article, "story": a.story, "duplicate_of": a.duplicate_of}
                     for a in added.assignments],
        problems=problems,
    )


def _log_stopped(request: Request, added: service.Added, posted: int) -> None:
    client = f"{request.client.host}:{request.client.port}" if request.client else "client"
    log.warning(
        "POST /api/articles: %s disconnected; work stopped with %d of %d reports added, %d not stored, "
        "%d stories' briefs left to build on request",
        client, len(added.assignments), posted, added.not_reached, len(added.briefs_left),
    )
