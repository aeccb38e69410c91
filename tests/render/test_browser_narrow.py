"""The self-contained HTML brief in headless Chromium at a phone's width: nothing wider than the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.render.html import render_html

from .chromium import CHROMIUM, chromium_page
from .wide import brief_with_a_long_conflict

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make test installs it)"),
]


def test_browser_narrow_brief_fits_a_phone(tmp_path: Path) -> None:
    path = tmp_path / "brief.html"
    path.write_text(render_html(brief_with_a_long_conflict()), encoding="utf-8")
    with chromium_page() as (page, errors, _):
        page.set_viewport_size({"width": 400, "height": 800})
        page.goto(path.as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 400
        assert page.locator("table.facts th").count() == 5  # the table keeps its columns, in its own box
        assert errors == []
