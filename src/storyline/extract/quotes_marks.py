"""Find the stretches of text that stand between quotation marks, paragraph by paragraph.

This is the text-only half of quote reading: it pairs opening and closing double quotation marks (straight
``"`` and curly ``“ ”``, also ``« »``, ``„`` and the doubled single marks of some wire and newspaper copy,
two backticks and two apostrophes) and reports each quoted stretch with its paragraph. It does
not decide whether a stretch is speech (scare quotes and titles are filtered later, with the parse) and it
does not look for speakers.

Method (our own, written for news copy):
- a paragraph is a line of text; news marks a quote running over several paragraphs by opening every
  paragraph and closing only the last, so a paragraph that opens a quote and never closes it yields a
  stretch to its end, flagged ``open_end``, and the next paragraph's opening stretch is flagged ``continued``;
- a straight ``"`` is opening or closing by its neighbours (space before and a letter after: opening; a
  letter or punctuation before and space or punctuation after: closing), else by the pairing state;
- single marks are not paired at top level (apostrophes in "There's" and "allies' security" look exactly like
  closing marks); nested single quotes ('North Atlantic Area.') simply stay inside their double-quoted
  stretch. Articles with no double marks at all fall back to strictly-contexted single marks, and so does
  a paragraph with no double marks in an article that has some (British copy quotes in single marks, a
  headline does so in any copy); there a single mark left open counts only where a quotation opens (at the
  paragraph's start, after a colon or comma, or before a paragraph that opens with a single mark too), not
  in mid-line ("the ’90s").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.extract.lines import paragraphs

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
SINGLE_OPEN = frozenset("‘")
SINGLE_CLOSE = frozenset("’")
SINGLE_STRAIGHT = "'"
# characters after which a straight mark reads as opening
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:")
# characters before which a straight mark reads as closing
_CLOSE_AFTER = frozenset(" \t\n,.;:!?)]}—–-…")
# format characters that text pasted from the web carries invisibly (direction marks, zero-width spaces)
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
# a height in feet and inches ("6’2”", "5'10\""): the last mark is the inch sign, not a quotation mark
_INCHES = re.compile(r"\d['’′]\d{1,2}\Z")
# an ellipsis and a word after a mark: the quotation picks up mid-sentence
_ELLIPSIS_NEXT = re.compile(r"[ \t]*(?:…|\.\.\.)[ \t]*\w")


@dataclass(frozen=True, slots=True)
class Marked:
    """One quoted stretch. ``start``/``end`` cover the content only, without marks or outer whitespace.

    ``open_mark``/``close_mark`` are the offsets of the marks (``close_mark`` is -1 when the paragraph ends
    first); ``para`` is the paragraph's index; ``para_start``/``para_end`` its extent.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    para: int
    para_start: int
    para_end: int
    continued: bool = False

    @property
    def open_end(self) -> bool:
        return self.close_mark < 0

    @property
    def outer_start(self) -> int:
        return self.open_mark

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark >= 0 else self.end


def _role(text: str, i: int, lo: int, hi: int, opening: frozenset[str], closing: frozenset[str], straight: str) -> str:
    """'open', 'close' or 'either' for the mark at ``i`` (paragraph bounds ``lo``..``hi``)."""
    ch = text[i]
    before = text[i - 1] if i > lo else "\n"
    if before in INVISIBLE:
        before = " "  # a direction or zero-width mark pasted before the quotation reads as nothing
    after = text[i + 1] if i + 1 < hi else "\n"
    if before.isdigit() and ch not in opening and _INCHES.search(text, max(lo, i - 4), i):
        return "none"
    if ch in opening:
        # an opening glyph typed for a closing one: after the quotation's last word or comma, before a space
        # or punctuation ("... problems for her here,“ said Jim Clyburn")
        return "close" if before not in _OPEN_BEFORE and after in _CLOSE_AFTER else "open"
    if ch in closing:
        # a closing glyph used as opening by some typesetting: space before, a letter after, or opening a
        # paragraph before an ellipsis ("” … what I learned from listening to these families ...,” he said)
        if before in _OPEN_BEFORE and (after.isalnum() or (i == lo and _ELLIPSIS_NEXT.match(text, i + 1, hi))):
            return "open"
        return "close"
    if ch != straight:
        return "none"
    if before in _OPEN_BEFORE and after not in " \t\n":
        return "open"
    if before not in " \t\n" and after in _CLOSE_AFTER:
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked(text: str) -> list[Marked]:
    """Every double-quoted stretch in ``text``, in order (see the module docstring for the method)."""
    doubled = "''" in text or "``" in text
    has_double = doubled or any(ch in text for ch in ("“", "”", '"', "«", "»", "„"))
    if has_double:
        opening, closing, straight = OPENING, CLOSING, STRAIGHT
    else:
        opening, closing, straight = SINGLE_OPEN, SINGLE_CLOSE, SINGLE_STRAIGHT
    out: list[Marked] = []
    prev_open_end = False
    for n, (lo, hi) in enumerate(paragraphs(text)):
        # a paragraph with no double marks in a text that has some: British copy quotes in single marks
        # (and a headline does so in any copy); there, only a quotation opening the paragraph may run on
        fallback = has_double and _no_double(text, lo, hi)
        strict = not has_double or fallback
        if fallback:
            opening, closing, straight = SINGLE_OPEN, SINGLE_CLOSE, SINGLE_STRAIGHT
        elif has_double:
            opening, closing, straight = OPENING, CLOSING, STRAIGHT
        pending = -1
        width = 1  # of the pending opening mark: 2 for a doubled one ('' or ``)
        first = True
        i = lo
        while i < hi:
            ch = text[i]
            size = 2 if doubled and text[i : i + 2] in ("''", "``") else 1
            if size == 1 and ch not in opening and ch not in closing and ch != straight:
                i += 1
                continue
            role = _role(text, i, lo, hi, opening, closing, straight) if size == 1 else _doubled_role(text, i, lo, hi)
            if role == "none" or (strict and not _strict_single(text, i, lo, hi, role)):
                i += 1
                continue
            if (i > lo and text[i - 1] == "=" and role != "close") or (i + size < hi and text[i + size] == ">"):
                i += size
                continue  # markup that slipped through: author="..." is an attribute, not a quotation
            if role == "open" and pending >= 0 and size == 1 and ch == straight == text[pending]:
                inner = _nested_title(text, i, hi, opening, closing, straight)
                if inner > 0:
                    i = inner + 1  # a title quoted inside the quotation: both its marks stay inside
                    continue
            if role == "open" and pending >= 0 and size == 1 and _reopens(text, lo, pending, i):
                i += size  # a flattened multi-paragraph quotation: this mark opened a paragraph of it
                continue
            if role == "close" and pending < 0 and first and prev_open_end and _carried_over(text, lo, i):
                # a quotation left open at the last paragraph's end and closed here, the copy having lost this
                # paragraph's opening mark ("... solar charging.⏎We continue to learn more ... shortly.\"")
                s, e = _trim(text, lo, i)
                if e > s:
                    out.append(Marked(s, e, lo, i + size - 1, n, lo, hi, continued=True))
                    first = False
                i += size
                continue
            if role == "open" or (role == "either" and pending < 0):
                # an opening mark while one is pending: the earlier mark was stray; restart from here
                pending, width = i, size
            elif pending >= 0:
                s, e = _trim(text, pending + width, i)
                closed = i + size - 1  # the last character of the closing mark
                resumed = first and prev_open_end and pending == lo
                subhead = fallback and not resumed and _whole_line(text, lo, pending, closed, hi)
                if e > s and not subhead:
                    out.append(Marked(s, e, pending, closed, n, lo, hi, continued=resumed))
                    first = False
                pending = -1
            i += size
        if pending >= 0 and fallback and not _opens_quotation(text, lo, pending, hi):
            pending = -1  # "the ’90s": an apostrophe, not a quotation left open
        if pending >= 0:
            s, e = _trim(text, pending + width, hi)
            signed = _UNCLOSED_ATTRIBUTION.search(text, s, e)
            resumed = first and prev_open_end and pending == lo
            if signed is not None and not text[hi:].lstrip().startswith((*opening, straight)):
                # ""I cannot deliver the mandate, Truss said in a statement.": the closing mark was left out
                out.append(Marked(s, signed.start() + 1, pending, signed.start(), n, lo, hi, continued=resumed))
                pending = -1
            elif e > s:
                out.append(Marked(s, e, pending, -1, n, lo, hi, continued=resumed))
        prev_open_end = pending >= 0
    return out


# an attribution after a comma inside a quotation left open: the closing mark was forgotten before it
_UNCLOSED_ATTRIBUTION = re.compile(
    r",[ \t]+(?:(?:[A-Z][\w’'.-]+[ \t]+){1,4}|(?:he|she|they)[ \t]+)"
    r"(?:said|says|added|told|explained|wrote|stated|insisted|declared)\b"
)


_CARRIED_WORDS = 12


def _carried_over(text: str, lo: int, mark: int) -> bool:
    """The paragraph's first mark closes a quotation after two sentences or more of its own and ends the
    paragraph: the quotation opened in the paragraph before runs on to it."""
    inside = text[lo:mark].rstrip()
    if len(inside.split()) < _CARRIED_WORDS:
        return False  # "S.C. Rep. Jim Clyburn.”": a name line, not a paragraph of quotation
    return inside.endswith((".", "!", "?", "…")) and len(re.findall(r"[.!?…](?:\s|$)", inside)) >= 2 and (
        not text[mark + 1 :].split("\n", 1)[0].strip()
    )


def _reopens(text: str, lo: int, pending: int, mark: int) -> bool:
    """An opening mark inside a quotation still open, where a copy flattened its paragraphs into one line:
    the quotation opened the paragraph or followed a colon or comma, and the new mark follows a finished
    sentence (said: “Today begins the renewal. “The old model has ended. “We will return.”)."""
    before = text[lo:pending].rstrip()
    if before and not before.endswith((":", ",")):
        return False
    inside = text[pending + 1 : mark].rstrip()
    return len(inside.split()) >= 3 and inside.endswith((".", "!", "?", "…")) and text[mark + 1 : mark + 2].isupper()


# words a title leaves in lower case ("Love of the Common People", "River Deep, Mountain High")
_TITLE_SMALL = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
)
_TITLE_WORDS = 8


def _nested_title(
    text: str, mark: int, hi: int, opening: frozenset[str], closing: frozenset[str], straight: str
) -> int:
    """The closing mark of a title quoted inside a quotation still open, or -1.

    Some copy uses the same straight double marks at both levels (wrote: "... one of the greats. "River Deep,
    Mountain High" will always be ... her version of "Proud Mary." I loved her musical too."): an opening
    mark whose next mark closes a short stretch of title-case words, where the marks left after it close
    the outer quotation (an odd count ending in a closing mark), is a nested title, not a new quotation.
    """
    marks = [j for j in range(mark + 1, hi) if text[j] in opening or text[j] in closing or text[j] == straight]
    if not marks or len(marks[1:]) % 2 == 0:
        return -1
    close, rest = marks[0], marks[1:]
    if _role(text, close, 0, hi, opening, closing, straight) not in ("close", "either"):
        return -1
    if _role(text, rest[-1], 0, hi, opening, closing, straight) not in ("close", "either"):
        return -1
    words = [w.strip(",.;:!?") for w in text[mark + 1 : close].split()]
    if not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return -1
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words if w):
        return -1
    return close


def _whole_line(text: str, lo: int, opening: int, closing: int, hi: int) -> bool:
    """A short line that is all one quotation in single marks, with nothing around it: a subheading quoting
    the section's words ("‘There's so much anger.’"), not speech of its own."""
    inside = text[opening + 1 : closing]
    return not text[lo:opening].strip() and not text[closing + 1 : hi].strip() and len(inside.split()) <= 8


def _opens_quotation(text: str, lo: int, mark: int, hi: int) -> bool:
    """A single mark left open at its paragraph's end opens a quotation: it opens the paragraph, follows a
    colon or a comma ("she said: ‘Given ..."), or the next paragraph opens with a single mark too."""
    before = text[lo:mark].rstrip()
    after = text[hi:].lstrip()
    return mark == lo or before.endswith((":", ",")) or after[:1] in ("‘", "'")


def _no_double(text: str, lo: int, hi: int) -> bool:
    """The paragraph holds no double quotation mark (nor a doubled single one)."""
    line = text[lo:hi]
    return "''" not in line and "``" not in line and not any(ch in line for ch in '"“”«»„')


def _doubled_role(text: str, i: int, lo: int, hi: int) -> str:
    """The role of a doubled mark: two backticks always open; two apostrophes by their neighbours, like a
    straight mark."""
    if text[i] == "`":
        return "open"
    before = text[i - 1] if i > lo else "\n"
    after = text[i + 2] if i + 2 < hi else "\n"
    if before in _OPEN_BEFORE and after not in " \t\n":
        return "open"
    if before not in " \t\n" and after in _CLOSE_AFTER:
        return "close"
    return "either"


def _strict_single(text: str, i: int, lo: int, hi: int, role: str) -> bool:
    """For single marks at top level: only clear openings (space before, letter after) and clear closings."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if role == "open":
        return before in _OPEN_BEFORE and after.isalpha()
    if role == "close":
        # "allies' security": a plural possessive reads like a closing mark, so a mark after a letter closes
        # only before punctuation ("could last weeks',") or, after any letter but "s", before a space
        # (the firm was 'disappointed' and ...)
        return before in ",.!?" or i + 1 >= hi or (
            before.isalpha() and (after in ",.;:!?" or (before != "s" and after in " \t\n"))
        )
    return False
