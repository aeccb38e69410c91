"""A real uvicorn server on a free localhost port, in a thread, for the web tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from brief.fixtures import brief
from storyline.model import Assignment
from storyline.pipeline import brief_version
from storyline.render.json import render_json
from storyline.store import Store
from storyline.web.app import create_app


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def harbour_store() -> Store:
    """A fresh in-memory store holding the fictional harbour story (``brief.fixtures``) with its brief built."""
    store = Store(":memory:")
    b = brief()
    store.save_articles(list(b.articles))
    store.save_assignments([Assignment(article=a.id, story="s1") for a in b.articles])
    store.save_brief("s1", render_json(b), version=brief_version())
    return store


@contextmanager
def serving(store: Store, **options: Any) -> Iterator[str]:
    """Run the app over ``store`` (``options`` go to ``create_app``); yield its base URL; stop it on exit."""
    port = free_port()
    app = create_app(store, **options)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
