"""The web application: a JSON API and server-rendered pages over one ``Store``.

``create_app(store)`` builds it; ``storyline serve`` runs it with uvicorn. Pages and API read the same store
through ``storyline.web.service``; pages reuse the HTML brief's templates, so a story's page shows what
``storyline brief --format html`` shows, beside its reports with the cited spans marked.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from storyline import __version__
from storyline.ingest import DEFAULT_MAX_BYTES
from storyline.store import Store

# addresses whose errors stay JSON whoever asks: the API's clients are programs
_JSON_PATHS = ("/api/", "/health", "/openapi.json", "/docs", "/redoc")


def create_app(store: Store, *, max_body: int = DEFAULT_MAX_BYTES) -> FastAPI:
    """A FastAPI app serving ``store``; the caller owns the store (and closes it).

    ``max_body``: the largest request body accepted, in bytes (``POST /api/articles``), by default the limit
    ``storyline ingest`` puts on one input file.
    """
    from storyline.web.api import router as api_router
    from storyline.web.views import error_page
    from storyline.web.views import router as page_router

    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Cited briefs of news stories: what happened, who said what, what independent sources confirm.",
    )
    app.state.store = store
    app.state.max_body = max_body
    app.include_router(api_router)
    app.include_router(page_router)

    @app.exception_handler(HTTPException)
    async def page_or_json_error(request: Request, exc: HTTPException) -> Response:
        """A page address answers its errors with a page (site header, a link back to the stories), so a
        reader who follows a stale link is not shown bare JSON; the API keeps its JSON errors."""
        if request.url.path.startswith(_JSON_PATHS):
            return await http_exception_handler(request, exc)
        return error_page(exc.status_code, str(exc.detail))

    return app
