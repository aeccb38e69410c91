"""Tell an input's format from its name and its first bytes.

A known extension decides (``.html`` is HTML even when it starts with plain prose); ``.txt`` and ``.md`` are
text unless they hold a whole HTML page; otherwise (no or unknown extension, stdin) the content decides, and
plain text is the default. Does not validate: a
``.jsonl`` file full of prose is still "jsonl" here, and its reader reports the broken lines.
"""

from __future__ import annotations

import re
import zlib
from typing import Literal

Format = Literal["text", "html", "jsonl", "json", "feed", "warc"]
FORMATS: tuple[Format, ...] = ("text", "html", "jsonl", "json", "feed", "warc")

_BY_EXTENSION: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}

_TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})
_GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 4096
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_FEED_TAG = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_JSON_LINE = re.compile(rb"^\s*\{")


def _extension(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return ".warc.gz"
    dot = lower.rfind(".")
    slash = max(lower.rfind("/"), lower.rfind("\\"))
    return lower[dot:] if dot > slash + 1 else ""


def _strip_bom(head: bytes) -> bytes:
    return head[3:] if head.startswith(b"\xef\xbb\xbf") else head


def is_warc(data: bytes) -> bool:
    """True for a WARC file, plain or gzipped (the first gzip member is opened to look for ``WARC/``)."""
    if data.startswith(b"WARC/"):
        return True
    if data.startswith(_GZIP_MAGIC):
        try:
            # Only the first bytes are inflated: enough to see the record header, cheap on large archives.
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 16)
        except zlib.error:
            return False
        return head.startswith(b"WARC/")
    return False


def sniff_content(data: bytes) -> Format:
    """The format of ``data`` from its first bytes alone; "text" when nothing else fits."""
    if is_warc(data):
        return "warc"
    head = _strip_bom(data[:_HEAD])
    if _HTML_START.match(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith(b"<"):
        if _FEED_TAG.search(head):
            return "feed"
        if re.search(rb"<(html|body|p|div|article)[\s>]", head, re.IGNORECASE):
            return "html"
    if stripped.startswith(b"["):
        return "json"
    if _JSON_LINE.match(stripped):
        first_line, _, rest = stripped.partition(b"\n")
        # One object over several lines is JSON; one object a line is JSON Lines.
        return "jsonl" if first_line.rstrip().endswith(b"}") or not rest else "json"
    return "text"


def sniff(name: str, data: bytes) -> Format:
    """The format of an input called ``name`` ("-" for stdin) holding ``data``."""
    extension = _extension(name)
    by_name = _BY_EXTENSION.get(extension)
    if by_name is not None:
        return by_name
    by_content = sniff_content(data)
    if extension in _TEXT_EXTENSIONS:
        # A .txt report may well start with "[" or "{"; only a whole HTML page is taken for HTML.
        return "html" if by_content == "html" else "text"
    return by_content
