"""HTML pages to articles: trafilatura finds the main text and the page's own metadata.

``Article.text`` is the extracted main text (paragraphs one a line, as trafilatura writes them); offsets
index into it, not into the HTML. Navigation, footers, comments and other boilerplate are left out. The
date is read only from the page's markup (``extensive_search`` off): guessing a date from the body text is
``storyline.extract.dating``'s job. Nothing is fetched: links in the page are never followed.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from storyline.errors import MalformedInputError
from storyline.ingest import outlets
from storyline.ingest.base import content_id
from storyline.ingest.jsonl import valid_iso
from storyline.ingest.text import check_text, decode
from storyline.model import Article, MetaValue

# Fewer words than this is a menu or a title that trafilatura fell back on, not a report.
_MIN_WORDS = 4
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe")
_BLOCK = frozenset({"p", "div", "article", "section", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "pre", "table", "tr", "figure", "figcaption", "br", "hr", "dd", "dt"})


def decode_html(data: bytes, *, source: str) -> str:
    """Decode an HTML page: a ``<meta charset>`` it declares wins when the bytes fit it; else as text."""
    match = _CHARSET.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to detection
        else:
            if text.strip():
                return text
    return decode(data, source=source)[0]


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment (a feed entry's body), block elements one a line.

    A plain walk over the tree, not trafilatura: feed bodies are short and already the main text, and
    trafilatura's length thresholds would drop some of them. Scripts, styles and navigation are removed.
    """
    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in list(root.iter(*_DROP)):
        bad.drop_tree()
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _outlet(sitename: str | None, url: str | None) -> MetaValue:
    if sitename:
        name = sitename.strip()
        if "." in name and " " not in name:  # a bare host name, not a site name
            found = outlets.from_url(name)
            if found:
                return MetaValue(value=found, inferred=True, method="url-host")
        else:
            return MetaValue(value=outlets.canonical(name) or name, inferred=False, method="html-meta")
    return MetaValue()


def read_html(markup: str, *, source: str, url: str | None = None, fmt: str = "html") -> Article:
    """One article from an HTML page. Raises ``MalformedInputError`` when no main text can be found."""
    try:
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as exc:  # trafilatura lets parser errors through
        raise MalformedInputError(f"cannot parse the HTML ({exc})", source=source) from exc
    text = getattr(doc, "text", None) or ""
    if len(text.split()) < _MIN_WORDS:
        raise MalformedInputError(f"no main text found in the HTML (got {text.strip()[:40]!r})", source=source)
    problem = check_text(text, source=source, what="main text")
    if problem is not None:
        raise MalformedInputError(problem.message, source=source)
    page_url = getattr(doc, "url", None) or url
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    return Article(
        id=content_id(text),
        text=text,
        source=source,
        format=fmt,
        title=MetaValue(value=title, method="html-meta") if title else MetaValue(),
        url=MetaValue(value=page_url, method="html-meta") if page_url else MetaValue(),
        published=MetaValue(value=date, method="html-meta") if date and valid_iso(date) else MetaValue(),
        outlet=_outlet(getattr(doc, "sitename", None), page_url),
    )
