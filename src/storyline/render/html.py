"""The brief as one self-contained HTML file.

Inline CSS, the timeline and the provenance graph as inline SVG, no scripts, fonts or images from anywhere
(a Content-Security-Policy in the page forbids loading any). Each story is laid out beside its reports:
hovering or focusing a citation ``[n]`` shows the quoted passage; clicking it jumps to the passage, marked
in its report. Jinja2's autoescape is on for every template, because article text is untrusted input.
"""

from __future__ import annotations

from functools import cache

import jinja2

from storyline.model import Brief
from storyline.render.view import brief_view


@cache
def environment() -> jinja2.Environment:
    """The template environment of the HTML brief (the web pages reuse its templates)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("storyline.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )


def render_html(brief: Brief) -> str:
    """The whole brief as one HTML document (a string; write it with UTF-8)."""
    stories = brief_view(brief)
    if len(stories) == 1:
        heading = stories[0].title
    else:
        heading = f"storyline brief: {len(stories)} stories"
    template = environment().get_template("brief.html")
    return template.render(heading=heading, stories=stories, schema=brief.schema, n_articles=len(brief.articles))
