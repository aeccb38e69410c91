"""Tell an input's format from its name and its first bytes.

A known extension decides (``.html`` is HTML even when it starts with plain prose); ``.txt`` and ``.md`` are
text unless they hold a whole HTML page; otherwise (no or unknown extension, stdin) the content decides, and
plain text is the default. Does not validate: a
``.jsonl`` file full of prose is still "jsonl" here, and its reader reports the broken lines.

``own_output`` tells a file storyline itself wrote (a brief, ``extract`` or ``cluster`` lines, the ``stories``
table): run again on a folder that holds an earlier run's output, it is no report to read.
"""

from __future__ import annotations

import json
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


# what storyline's own outputs open with (``render.markdown``, ``render.json``, ``render.html``, ``cli.stories_cmd``)
_OWN_MARKDOWN = re.compile(
    rb"(?m)^(?:# storyline brief: \d+ stories from \d+ reports$|Story \S+: \d+ report\(s\): )"
)
_OWN_SCHEMA = re.compile(rb'"schema"\s*:\s*"storyline\.[a-z]+/\d+"|storyline brief \(storyline\.brief/\d+\)')
_OWN_TABLE = re.compile(rb"^story\s+size\s+dates\s+outlets[ \t]*\r?$", re.MULTILINE)
# the keys of one line of ``storyline extract`` and of ``storyline cluster`` (an input line has a "text")
_OWN_LINE_KEYS = (frozenset(("quotes", "timex", "entities", "citations")), frozenset(("story", "duplicate_of")))
# how far into a file the brief's schema name may stand (the HTML brief's style sheet comes before it)
_OWN_HEAD = 65536
_OWN_LINES = 3  # how deep the Markdown header may stand (a title line, a blank line, then "Story s1: ...")


def own_output(data: bytes) -> str | None:
    """What storyline output ``data`` is ("a brief", "extract output", ...), or None for anything else.

    Told by the marks storyline writes and a report does not: the brief's schema name, its "Story s1: 3
    report(s): ..." line under the title, the ``stories`` table's header, a JSON line with the ``extract`` or
    ``cluster`` keys and no text. A report that merely mentions storyline is none of these.
    """
    head = _strip_bom(data[:_HEAD])
    if _OWN_SCHEMA.search(data, 0, _OWN_HEAD):
        return "a brief"
    top = b"\n".join(head.lstrip().split(b"\n")[:_OWN_LINES])
    if _OWN_MARKDOWN.search(top):
        return "a Markdown brief"
    if _OWN_TABLE.match(head.lstrip()):
        return "a story list"
    if _JSON_LINE.match(head):
        # the whole first line: an ``extract`` line runs far past the head
        try:
            record = json.loads(_strip_bom(data).lstrip().split(b"\n", 1)[0])
        except ValueError:
            return None
        if isinstance(record, dict) and "text" not in record and any(k <= record.keys() for k in _OWN_LINE_KEYS):
            return "extract output" if "quotes" in record else "cluster output"
    return None
