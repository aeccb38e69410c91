"""CLI: ``storyline serve``: the web pages and JSON API over a store."""

from __future__ import annotations

import click

from storyline.cli.options import current_settings, db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve_cmd(db: str, host: str, port: int) -> None:
    """Serve the stories in the store: pages at /, the JSON API under /api, health at /health.

    Reports added with POST /api/articles (or `storyline ingest`) join stories and get cited briefs. A request
    body may be as large as one input file of `storyline ingest` (setting 'max_bytes').
    """
    import uvicorn

    from storyline.store import Store
    from storyline.web.app import create_app

    store = Store(db)
    try:
        click.echo(f"storyline: serving {db} on http://{host}:{port}/", err=True)
        app = create_app(store, max_body=int(current_settings().max_bytes))
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        store.close()


def register(group: click.Group) -> None:
    """Add this module's commands to the CLI group."""
    group.add_command(serve_cmd)
