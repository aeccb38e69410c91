"""RSS and Atom feeds to articles, one per entry, with feedparser.

An entry's text is its full content when the feed carries it, else its summary, with the HTML stripped
(``html.html_to_text``). Title, link and date come from the entry; the outlet from the feed's own title
(canonicalized when it names a known outlet) or, failing that, from the host of the feed's link.
feedparser is always given bytes, never a string: given a string that looks like a URL it would fetch it.
"""

from __future__ import annotations

import email.utils
from datetime import datetime
from typing import Any

import feedparser

from storyline.errors import MalformedInputError
from storyline.ingest import outlets
from storyline.ingest.base import Batch, content_id
from storyline.ingest.html import html_to_text
from storyline.ingest.text import check_text
from storyline.model import Article, MetaValue


def _entry_date(entry: Any) -> str | None:
    """The entry's publication (else update) date as ``YYYY-MM-DD``, in the feed's own time zone."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        # The local calendar date is what the outlet printed; feedparser's *_parsed fields are shifted to UTC.
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
        parsed = entry.get(key + "_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _entry_text(entry: Any) -> str:
    bodies = [c for c in entry.get("content") or () if c.get("value")]
    if bodies:
        body = bodies[0]
    elif entry.get("summary_detail"):
        body = entry["summary_detail"]
    else:
        return str(entry.get("summary") or "")
    value = str(body.get("value") or "")
    kind = str(body.get("type") or "text/html")
    return html_to_text(value) if "html" in kind else value


def _feed_outlet(feed: Any) -> MetaValue:
    title = str(feed.get("title") or "").strip()
    if title:
        # "CNN.com - Top Stories" names CNN; try the whole title, then its part before a separator.
        for candidate in (title, *(title.split(sep)[0].strip() for sep in (" - ", " | ", ": ", " – "))):
            known = outlets.canonical(candidate) or outlets.from_url(candidate) if candidate else None
            if known:
                return MetaValue(value=known, method="feed")
    link = str(feed.get("link") or "")
    known = outlets.from_url(link) if link else None
    if known:
        return MetaValue(value=known, inferred=True, method="url-host")
    if title:
        # "Valley Courier - Local news": the part before the separator names the outlet, the rest the section.
        for sep in (" - ", " | ", " – ", " — "):
            if sep in title:
                title = title.split(sep)[0].strip() or title
                break
        return MetaValue(value=title, method="feed")
    return MetaValue()


def read_feed(data: bytes, *, source: str) -> Batch:
    """Articles of an RSS or Atom document; entries without text are reported and skipped."""
    parsed = feedparser.parse(data)
    outlet = _feed_outlet(parsed.feed)
    batch = Batch()
    for number, entry in enumerate(parsed.entries, 1):
        text = _entry_text(entry)
        title = str(entry.get("title") or "").strip()
        problem = check_text(text, source=source, what=f"feed entry {number} ({title or 'untitled'}): text")
        if problem is not None:
            batch.problems.append(problem)
            continue
        link = str(entry.get("link") or "").strip()
        date = _entry_date(entry)
        batch.articles.append(
            Article(
                id=content_id(text),
                text=text,
                source=source,
                format="feed",
                title=MetaValue(value=title, method="feed") if title else MetaValue(),
                url=MetaValue(value=link, method="feed") if link else MetaValue(),
                published=MetaValue(value=date, method="feed") if date else MetaValue(),
                outlet=outlet,
            )
        )
    if parsed.bozo and not batch.articles:
        reason = parsed.get("bozo_exception")
        return Batch(problems=[MalformedInputError(f"not a readable RSS or Atom feed ({reason})", source=source)])
    if not parsed.entries:
        batch.problems.append(MalformedInputError("a feed with no entries", source=source))
    return batch
