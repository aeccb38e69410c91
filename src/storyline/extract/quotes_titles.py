"""Quoted words that are no speech: titles, names, words mentioned or on display, quoted subheads.

The quote stage (``storyline.extract.quotes``) asks these before it reads a quotation as someone's words: its
"Strategic Concept" document, a group called “Black Blocs”, Gov. C.L. "Butch" Otter, "“Containment” has been
U.S. policy", banners like “No to 64.”, a subhead "‘One of the Largest Thefts in Our History’". Each test
looks only at the quotation's own words and the few words around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.quotes_cues import words
from storyline.extract.quotes_marks import Marked

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "MAKING",
    "TITLE_NOUNS",
    "is_nickname",
    "is_title",
    "mentioned",
    "named_thing",
    "quoted_subhead",
    "title_cased",
    "work_in_apposition",
]


# nouns after which a capitalised quoted phrase is a title, not speech: its "Strategic Concept" document
TITLE_NOUNS = words(
    """document report strategy policy plan doctrine program programme initiative act bill law treaty
    agreement book film movie show series song album campaign project operation concept paper statement
    framework vision agenda declaration charter magazine newspaper column headline slogan"""
)


def mentioned(text: str, m: Marked) -> bool:
    """ "“Containment” has been U.S. policy", "“She” is my daughter", "“Salt and Iron” is an adaptation of ...": a
    word or two, or a title, in quotation marks that the sentence goes on to talk about, with no cue around them:
    a word mentioned, not speech. So is a label that stands as a paragraph of its own ("“Related:”")."""
    quoted = text[m.start : m.end]
    if _label(text, m):
        return True
    if m.open_end or quoted[-1] in ".,!?…;:" or (len(quoted.split()) > 2 and not title_cased(text, m)):
        return False
    after = text[m.close_mark + 1 : min(m.para_end, m.close_mark + 12)].lstrip()
    return bool(after) and after[0].islower()


_MAX_LABEL = 2


def _label(text: str, m: Marked) -> bool:
    """ "“Related:”" alone on its line: a word or two ending in a colon that fill the paragraph label what follows."""
    quoted = text[m.start : m.end].strip()
    alone = not text[m.para_start : m.open_mark].strip() and not text[m.outer_end : m.para_end].strip()
    return alone and not m.open_end and quoted.endswith(":") and len(quoted.split()) <= _MAX_LABEL


# words on display, not spoken: "banners like “No to 64.”", "placards reading “...”"
_DISPLAYED = re.compile(
    r"\b(?:banners?|placards?|signs?|posters?|slogans?|graffiti|t-shirts?)\s+(?:like|such as|reading|that read)\s*$",
    re.IGNORECASE,
)


# a name someone goes by: "the hacker known as “Sparrow,”", "a unit known as the “Night Watch”"
_KNOWN_AS = re.compile(r"\b(?:known|nicknamed)\s+as\s+(?:the\s+)?$", re.IGNORECASE)


def _named_by_participle(doc: Doc, open_mark: int) -> bool:
    """The quotation follows a participle that names a thing: "a 1,000-strong group called “Black Blocs”", also
    where the parse took the participle for an adjective ("the ship - called "Dali" - is")."""
    before = doc.char_span(max(0, open_mark - 8), open_mark, alignment_mode="expand")
    if before is None:
        return False
    words = [t for t in before if not t.is_space and t.idx < open_mark]
    if not words:
        return False
    last = words[-1]
    before_last = last.doc[last.i - 1] if last.i > 0 else None
    so_called = before_last is not None and (
        before_last.lower_ == "so" or (before_last.text == "-" and not before_last.whitespace_)
    )
    if last.dep_ == "amod" and so_called:
        return False  # "the so-called “governor’s bracket”": the writer's distance from the words, kept as before
    # "the core, nicknamed “Sapphire Canyon,”": a nickname given is a name too
    naming = last.lemma_.lower() in ("call", "name", "dub", "nickname") or last.lower_ == "nicknamed"
    return naming and last.tag_ == "VBN" and last.dep_ in ("acl", "amod")


# words that name a work before its title: "a spot titled “Dangerous”", "the podcast “Harbour Hours”"
_NAMING_WORDS = words("titled entitled headlined dubbed podcast spot ad video episode")
_WORKS = words("documentary memoir novel play musical painting poem anthem drama comedy sitcom opera")
# verbs whose object is a work, named by its title: "the poet who wrote “The Marsh Song”", "sang “Home Again”"
MAKING = words("write sing compose pen record publish perform recite direct produce")
_MINOR = words("of and the for in on to a an at by with from")


def work_in_apposition(text: str, m: Marked) -> bool:
    """A work named after its kind and a comma, the sentence going on after it: "One ad, “Balanced Rebellion,”
    stars an actor ...", "a documentary, “Citizen Carla,” in which ...", or closing its sentence after a book
    ("she wrote in her memoir, “Open Roads.” She ..."); or a show named before the role of one who works on it
    ("“Harbour Nights” host Ada Voss"). A title, even with a cue nearby."""
    if _show_before_role(text, m):
        return True
    if m.open_end or not title_cased(text, m):
        return False
    before = text[max(m.para_start, m.open_mark - 20) : m.open_mark].rstrip()
    kind = before[:-1].split()[-1].lower() if before.endswith(",") and before[:-1].split() else ""
    after = text[m.close_mark + 1 : m.para_end].lstrip()
    if kind in _BOOKS and text[m.end - 1] == "." and after[:1].isupper():
        return True  # "she wrote in her memoir, “Open Roads.” She was ...": the book's title ends the sentence
    return kind in _NAMING_WORDS | TITLE_NOUNS | _WORKS and after[:1].islower()


# books whose title may close the sentence that names them: "she wrote in her memoir, “Open Roads.”"
_BOOKS = words("book memoir autobiography novel")
# who works on a show or a film, named right after its title: "“Harbour Nights” host", "“Tin Crown” star"
_ROLES = re.compile(
    r"[ \t]+(?:star|stars|co-star|host|co-host|anchor|actor|actress|creator|producer|alum|contestant)\b", re.IGNORECASE
)
_MAX_SHOW = 6


def _show_before_role(text: str, m: Marked) -> bool:
    """ "“Harbour Nights” host Ada Voss said", "“Tin Crown” Star Asks ...": a capitalised title right before the
    role of someone on the show names the show; the quotation is no one's words, even where the person speaks."""
    words = text[m.start : m.end].split()
    if m.open_end or not 0 < len(words) <= _MAX_SHOW or not words[0][0].isupper() or text[m.end - 1] in ".,!?…":
        return False
    return _ROLES.match(text, m.close_mark + 1) is not None


def title_cased(text: str, m: Marked) -> bool:
    """A few capitalised words, as a title is written ("The Star-Spangled Banner")."""
    words = text[m.start : m.end].rstrip(",.").split()
    return 0 < len(words) <= 6 and words[0][0].isupper() and all(w[0].isupper() or w.lower() in _MINOR for w in words)


def is_title(doc: Doc, text: str, m: Marked) -> bool:
    """A capitalised short phrase used as a name: its "Strategic Concept" document, the "Iran Deal"."""
    words = text[m.start : m.end].split()
    if not words or len(words) > 6:
        return False
    displayed = _DISPLAYED.search(text, max(m.para_start, m.open_mark - 40), m.open_mark)
    known = _KNOWN_AS.search(text, max(m.para_start, m.open_mark - 30), m.open_mark)
    if displayed or known or _named_by_participle(doc, m.open_mark):
        return True  # a group called “Black Blocs”; the hacker known as “Sparrow”; banners like “No to 64.”
    if not all(w[0].isupper() or w.lower() in ("of", "and", "the", "for", "in", "on", "to", "a") for w in words):
        return False
    before = text[max(m.para_start, m.open_mark - 12) : m.open_mark].rstrip()
    if before.endswith(("’s", "'s", " on", " in", " of", " with")):
        return True  # CNN’s “State of the Union,”, on “Meet the Press”: a programme or work named, not speech
    last = before.split()[-1].lower() if before.split() else ""
    if last in _NAMING_WORDS or last in TITLE_NOUNS or last in _WORKS:
        return True  # the spot titled “Dangerous”, on the podcast “Here’s the Thing”: a work named
    if last == "told" and len(words) > 1 and title_cased(text, m):
        return True  # “...,” he told “Dawn Desk”, she told “Dawn Desk,” adding ...: the programme spoken to
    if text[m.end - 1] in ".,!?…":
        return False
    nxt = _next_word(doc, m.outer_end, min(m.para_end, m.outer_end + 30))
    if nxt is None:
        return False
    # its "Strategic Concept" document; "Jane The Virgin" star: a name used to modify the noun after it
    return nxt.lemma_.lower() in TITLE_NOUNS or (nxt.pos_ == "NOUN" and nxt.text.islower()) or nxt.lower_ == "star"


# a name or an initial: "Edward", "C.L.", "J."
_NAME_WORD = re.compile(r"(?:[A-Z][a-z]+|(?:[A-Z]\.)+)")


def is_nickname(text: str, m: Marked) -> bool:
    """Gov. C.L. "Butch" Otter, Edward ‘Ted’ Kennedy: a quoted name between a person's names is no speech."""
    words = text[m.start : m.end].split()
    if not 1 <= len(words) <= 2 or not all(w[0].isupper() and w[-1].isalpha() for w in words) or m.open_end:
        return False
    before = text[max(m.para_start, m.open_mark - 12) : m.open_mark]
    after = text[m.close_mark + 1 : min(m.para_end, m.close_mark + 16)]
    if re.search(r"(?:^|\s)" + _NAME_WORD.pattern + r" $", before) is None or not re.match(r" [A-Z][a-z]+", after):
        return False
    line = text[m.para_start : m.para_end].split()
    return sum(w[0].isupper() for w in line) * 2 < len(line)  # not a headline in title case


_THING_DETERMINERS = frozenset({"the", "a", "an"})
_MAX_NAMED_THING = 4


def named_thing(text: str, m: Marked) -> bool:
    """A few quoted words after "the" or "a" that the sentence goes on past: a name the writer puts in marks
    ("saying the ‘grey screen of doom’ was caused by a bug"), not words the speaker is quoted as saying."""
    before = text[m.para_start : m.open_mark].split()
    if text[m.open_mark] not in "‘'" or not before or before[-1].lower() not in _THING_DETERMINERS:
        return False
    words = text[m.start : m.end].split()
    rest = text[m.outer_end : m.para_end].lstrip()
    return len(words) <= _MAX_NAMED_THING and rest[:1].isalpha()


def quoted_subhead(text: str, m: Marked) -> bool:
    """A paragraph that is only quoted words in title case with no closing stop: a subhead quoting someone
    ("‘One of the Largest Thefts in Our History’"), which names no speaker and continues nobody's words."""
    if m.open_end or text[m.para_start : m.open_mark].strip() or text[m.outer_end : m.para_end].strip():
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", text[m.start : m.end])
    long_words = [w for w in words if len(w) > 3]
    if len(words) < 3 or not long_words or text[m.start : m.end].rstrip()[-1:] in ".,;:!?":
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _next_word(doc: Doc, lo: int, hi: int) -> Token | None:
    """The first word of the text between ``lo`` and ``hi``, else None."""
    span = doc.char_span(lo, hi, alignment_mode="expand") if hi > lo else None
    return next((t for t in span if not t.is_space), None) if span is not None else None
