"""Debian's Chromium driven by Playwright, shared by the browser tests (the HTML file and the served pages)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
# without the background-networking flags Chromium reaches for Google's hosts, which this closed network refuses
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def chromium_page() -> Iterator[tuple[Any, list[str], list[str]]]:
    """A fresh page in a throwaway profile, with the console errors and every requested URL it records."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=ARGS, viewport={"width": 1280, "height": 900}
        )
        page = ctx.new_page()
        page.set_default_timeout(5000)
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        try:
            yield page, errors, requests
        finally:
            ctx.close()
