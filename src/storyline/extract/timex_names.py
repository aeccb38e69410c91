"""Time words that are words of a title: a show, a film, a book or a song named with a time of day.

"NBC's “The Tonight Show Starring Jimmy Fallon”", "“Saturday Night Live”", "the Today show" and "Sunday
Morning with Jane Pauley" name programmes, not times: the words are no time expressions (TimeML marks none
in a name), and counting them from the report's date would put the sentence on a day it does not tell of.

Two signs tell such a word, read from the text alone:

- it stands inside quotation marks that hold a title: one to eight words, each capitalised but for the small
  words of a title ("of", "the", "and"), closed without a full stop (a quoted sentence ends with one);
- it is written capitalised where the word is common, in the middle of a sentence that is not a headline:
  "the Today show", "Saturday Night Live" (a weekday is a name anyway; its "Night" is not);
- it is such a word quoted alone, after an outlet's possessive or a word that takes a programme's name, or
  before "show" or "program": "told NBC News' "Today" program", "in an interview with NBC’s 'Today.'"
  (a quoted “Today.” that opens a sentence or follows "said" is speech, and a time);
- it is a weekday alone between a person's title and a capitalised name: "Chief Executive Officer Sunday
  Pichai wrote" (a first name, or a typo for one), where a day would stand after "on" or before a comma.

Does not catch a title written in lower case or at a sentence's start without quotation marks ("Tonight Show
host ..."), and keeps every time word of a title-cased headline ("Storm To Hit Coast Tonight"), where
capitals tell nothing.
"""

from __future__ import annotations

import re

__all__ = ["in_title"]

# time words that are common nouns and adverbs: capitalised mid-sentence only in a name
_COMMON = frozenset({
    "today", "tonight", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night", "overnight",
    "lunchtime", "daily", "nightly", "weekly", "monthly", "yearly",
})  # fmt: skip
# the small words a title leaves in lower case ("Night of the Living Dead", "Live with Kelly and Mark")
_SMALL = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as",
    "vs", "via", "de", "la",
})  # fmt: skip
_QUOTED = re.compile(r"“([^”\n]{1,80})”|\"([^\"\n]{1,80})\"")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
TITLE_MAX_WORDS = 8  # a longer quotation is speech, whatever its capitals
HEADLINE_MIN_WORDS = 3
HEADLINE_SHARE = 0.7  # the share of capitalised words of four letters or more that makes a line a headline


def in_title(text: str, start: int, end: int) -> bool:
    """Whether the time expression at ``text[start:end]`` is words of a title, not a time (module docstring)."""
    if not any(c.isupper() for c in text[start:end]):
        return False
    signs = (_quoted_title, _quoted_programme, _capitalised_common, _weekday_in_name)
    return any(sign(text, start, end) for sign in signs)


def _line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _quoted_title(text: str, start: int, end: int) -> bool:
    """ "“The Tonight Show Starring Jimmy Fallon”", "“Saturday Night Live”": a quoted title holds the words."""
    s, e = _line(text, start)
    for q in _QUOTED.finditer(text, s, e):
        if q.start() < start and end < q.end():
            # the title holds more than the time words: a quoted “Monday” alone is a day
            inner = (q.group(1) or q.group(2)).strip()
            return inner != text[start:end] and _title_cased(inner)
    return False


# a common time word quoted alone, with the full stop or comma an American quotation keeps inside: “Today.”
_OPENS = re.compile(r"[\"“‘'`]$")
_CLOSES = re.compile(r"[.,]?[\"”’']")
# what names a programme before its quoted name: an outlet's possessive ("NBC’s", "NBC News'") or a word that
# takes a name ("told", "appeared on", "an interview with")
_BEFORE_PROGRAMME = re.compile(r"(?:\w[’']s|\ws[’']|\b(?:told|on|with|to|from))\s+$", re.I)
# the noun a quoted name stands before: "the “Today” show", "the "Tonight" program"
_PROGRAMME_AFTER = re.compile(r"\s+(?:show|program|programme|broadcast|segment)\b", re.I)


def _quoted_programme(text: str, start: int, end: int) -> bool:
    """ "told NBC News' "Today" program", "an interview with NBC’s 'Today.'": a common time word quoted alone
    names a programme when an outlet's possessive, a word that takes a name or a programme noun stands by."""
    if text[start:end].lower() not in _COMMON or not _OPENS.search(text, max(0, start - 1), start):
        return False
    closing = _CLOSES.match(text, end)
    if closing is None:
        return False
    before = _BEFORE_PROGRAMME.search(text, max(0, start - 41), start - 1) is not None
    return before or _PROGRAMME_AFTER.match(text, closing.end()) is not None


_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
# a person's title just before the weekday: "Chief Executive Officer Sunday Pichai", "CEO Friday Okafor"
_TITLE_BEFORE = re.compile(
    r"\b(?:Officer|CEO|Executive|President|Minister|Director|Chairman|Chairwoman|Chair|Secretary|Governor|Senator|"
    r"Mayor|Founder|Manager|Spokesman|Spokeswoman|Spokesperson|Ambassador|Commissioner|Judge|Coach|Mr\.?|Mrs\.?|"
    r"Ms\.?|Dr\.?)\s+$"
)
# a capitalised name after it, no time word ("President Monday Night ..." keeps its "Monday Night")
_NAME_AFTER = re.compile(r"\s+(?!(?:Night|Morning|Afternoon|Evening|Noon|Midnight|Week|Weekend)\b)[A-Z][a-z]+\b")


def _weekday_in_name(text: str, start: int, end: int) -> bool:
    """ "Alphabet Chief Executive Officer Sunday Pichai wrote": a weekday alone between a person's title and a
    capitalised name is a name's word."""
    if _WEEKDAY.fullmatch(text, start, end) is None:
        return False
    titled = _TITLE_BEFORE.search(text, max(0, start - 40), start) is not None
    return titled and _NAME_AFTER.match(text, end) is not None


def _title_cased(words: str) -> bool:
    if words.rstrip().endswith((".", ",", "?")):
        return False  # a quoted sentence or clause: “Tonight we rest.”
    found = _WORD.findall(words)
    if not 1 <= len(found) <= TITLE_MAX_WORDS or not found[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in found)


def _capitalised_common(text: str, start: int, end: int) -> bool:
    """ "the Today show", "hosts Saturday Night Live": a common time word capitalised mid-sentence."""
    words = list(_WORD.finditer(text, start, end))
    capitalised = [w for w in words if w.group(0)[0].isupper() and w.group(0).lower() in _COMMON]
    if not capitalised or _headline(text, start):
        return False
    first = capitalised[0]
    # "Sunday Night Live": a part of the day capitalised after its weekday is a name wherever it stands
    return first.start() > start or not _opens_sentence(text, start)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a quotation, a line or a clause after a colon or a dash
    ("WASHINGTON (AP) — Tonight the Senate ...", "he said: “Tomorrow we vote”", a wire's "``Today, I'm
    here"")."""
    before = text[max(0, pos - 4) : pos]
    return pos == 0 or re.search(r"(?:[.!?:;—–-][\"”’'“‘(`]?\s*|[\"“‘(`']\s*|\n\s*)$", before) is not None


def _headline(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is title-cased and not closed by a full stop, as a headline is ("Storm To Hit
    Coast Tonight"); "He hosts Saturday Night Live." is a sentence."""
    s, e = _line(text, pos)
    if text[s:e].rstrip().rstrip("\"”’'").endswith("."):
        return False
    long_words = [w for w in _WORD.findall(text, s, e) if len(w) >= 4]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in long_words) >= HEADLINE_SHARE * len(long_words)
