"""Line-level views of an article's text, shared by the extractors (offsets into the original text)."""

from __future__ import annotations


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, surrounding whitespace trimmed; news text puts one paragraph a line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out
