"""WARC archives (plain or gzipped) to articles, with warcio.

Each ``response`` or ``resource`` record holding an HTML page becomes one HTML article (``read_html``), its
URL from ``WARC-Target-URI``. ``WARC-Date`` is when the page was crawled, not when it was published: it is
used only when the page's markup gives no date, and then marked inferred (method "warc-date"), an upper
bound at best. Records of other types (requests, metadata, revisits) and non-HTML payloads are skipped
silently. A broken record is reported; the records before it are kept, and reading goes on where warcio can.
"""

from __future__ import annotations

import io
from dataclasses import replace

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.errors import InputError, MalformedInputError
from storyline.ingest.base import Batch
from storyline.ingest.html import decode_html, read_html
from storyline.model import MetaValue

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    if http is not None:
        value = http.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    return str(value or "").split(";")[0].strip().lower()


def read_warc(data: bytes, *, source: str) -> Batch:
    """Articles of the HTML pages archived in a WARC file."""
    batch = Batch()
    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            number += 1
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            if _content_type(record) not in _HTML_TYPES:
                continue
            http = getattr(record, "http_headers", None)
            if http is not None and http.get_statuscode() not in ("200", None):
                continue  # an error page or a redirect is not the report
            try:
                payload = record.content_stream().read()
                markup = decode_html(payload, source=source)
                article = read_html(markup, source=source, url=uri or None, fmt="warc")
            except InputError as exc:
                batch.problems.append(MalformedInputError(f"record {number} ({uri}): {exc.message}", source=source))
                continue
            if not article.published.known:
                crawled = (record.rec_headers.get_header("WARC-Date") or "")[:10]
                if crawled:
                    article = replace(
                        article,
                        published=MetaValue(value=crawled, inferred=True, high=crawled, method="warc-date"),
                    )
            batch.articles.append(article)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError, AttributeError, TypeError, KeyError) as exc:
        # warcio cannot resynchronize after a broken header: keep what came before and say where it stopped.
        # On corrupt headers it fails with whatever its parser trips on (AttributeError on a missing
        # WARC-Target-URI, for one), hence the long list.
        message = f"broken WARC record after record {number}: {exc}; later records skipped"
        batch.problems.append(MalformedInputError(message, source=source))
    if not batch.articles and not batch.problems:
        batch.problems.append(MalformedInputError("no HTML pages in the WARC file", source=source))
    return batch
