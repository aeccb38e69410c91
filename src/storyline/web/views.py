"""Server-rendered pages: the list of stories, a story's brief beside its reports, and search.

Templates are Jinja2 with autoescape on (report text is untrusted input). The story page includes the HTML
brief's own story partial (``storyline/render/templates/_story.html``), so page and file never drift apart.
"""

from __future__ import annotations

from functools import cache

import jinja2
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from storyline.model import Article
from storyline.render.view import brief_view, outlet_name
from storyline.web import service
from storyline.web.api import store_of

router = APIRouter()


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.PackageLoader("storyline.web", "templates"), jinja2.PackageLoader("storyline.render", "templates")]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def _page(name: str, *, status: int = 200, **context: object) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status)


def error_page(status: int, detail: str) -> HTMLResponse:
    """An error as a page of the site (its header, the message, a link back to the list of stories)."""
    heading = {404: "Not found"}.get(status, f"Error {status}")
    return _page("error.html", status=status, title=heading, heading=heading, detail=detail)


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    """The stories in the store, newest material last, each with its reports' outlets and dates."""
    store = store_of(request)
    rows = [{"row": row, "title": service.story_title(store, row)} for row in store.stories()]
    return _page("index.html", title="Stories", rows=rows)


@router.get("/stories/{story_id}", response_class=HTMLResponse, response_model=None)
def story_page(story_id: str, request: Request) -> HTMLResponse | RedirectResponse:
    """A story's brief beside its reports; citations highlight the cited spans in the reports.

    A story merged into an older one (the incremental index folds stories that turn out to be one) answers
    with a permanent redirect to the older story's page, so addresses handed out earlier keep working.
    """
    current = service.current_id(store_of(request), story_id)
    if current != story_id:
        return RedirectResponse(url=str(request.url_for("story_page", story_id=current)), status_code=308)
    brief = service.brief_of_story(store_of(request), story_id)
    if brief is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
    stories = brief_view(brief)
    return _page("story.html", title=stories[0].title if stories else story_id, stories=stories)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> HTMLResponse:
    """Reports whose text holds every word of ``q``, with a snippet and a link to their story."""
    store = store_of(request)
    hits = []
    if q.strip():
        stories = {a.article: a.story for a in store.load_assignments()}
        # the store marks matched words with these control characters; they cannot occur in the query
        # words themselves, so splitting on them after escaping is safe
        found = store.search(q, before="\x02", after="\x03")
        # a hit is named as a reader knows the report (its outlet, else its source; its title), not by its id
        names = {a.id: _report_name(a) for a in store.load_articles([article_id for article_id, _ in found])}
        for article_id, snippet in found:
            parts = []
            for i, chunk in enumerate(snippet.replace("\x03", "\x02").split("\x02")):
                parts.append((chunk, i % 2 == 1))
            hits.append({"article": article_id, "name": names.get(article_id, article_id),
                         "story": stories.get(article_id), "parts": parts})
    return _page("search.html", title=f"Search: {q}" if q else "Search", q=q, hits=hits)


def _report_name(article: Article) -> str:
    """ "Harbour Herald: Bridge to stay shut": the name a reader knows the report by, and its title."""
    who = outlet_name(article)
    title = article.title.value
    return f"{who}: {title}" if title and title != who else who
