"""The web application: a JSON API and server-rendered pages over one ``Store``.

``create_app(store)`` builds it; ``storyline serve`` runs it with uvicorn. Pages and API read the same store
through ``storyline.web.service``; pages reuse the HTML brief's templates, so a story's page shows what
``storyline brief --format html`` shows, beside its reports with the cited spans marked.
"""

from __future__ import annotations

from fastapi import FastAPI

from storyline import __version__
from storyline.store import Store


def create_app(store: Store) -> FastAPI:
    """A FastAPI app serving ``store``; the caller owns the store (and closes it)."""
    from storyline.web.api import router as api_router
    from storyline.web.views import router as page_router

    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Cited briefs of news stories: what happened, who said what, what independent sources confirm.",
    )
    app.state.store = store
    app.include_router(api_router)
    app.include_router(page_router)
    return app
