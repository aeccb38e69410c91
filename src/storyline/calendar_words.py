"""The names of the months and the weekdays, and the pieces of regular expressions built from them.

Many readers look for a month or a weekday in a text: the dateline, a page's time stamps, the TIMEX rules, the
comparison of figures and days, the timeline's words, the sentence splitter. Each wants its own variant (full
names only; abbreviations with or without their period; a name's first three letters followed by any letters;
one case or any), and each used to write its twelve names out for itself. They are built here from one list of
names each, so that two readers differ only where a parameter says so, never by a name one copy left out.

This module sits at the package's top because every stage (extract, compare, brief, render, the parser's
sentence splitter) reads dates, and it imports nothing of storyline's own.
"""

from __future__ import annotations

from collections.abc import Iterable

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the months as reports shorten them, in calendar order: May has no short form, September two ("Sep", "Sept")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# the weekdays as reports shorten them ("Tue" and "Tues"; "Thu", "Thur" and "Thurs")
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")


def alternation(words: Iterable[str], *, lower: bool = False) -> str:
    """``words`` as the branches of a regular expression, in their order ("January|February|..."); lower-cased
    with ``lower``, for a pattern matched on lower-cased words or under a flag that ignores case. The names hold
    no character a pattern reads as syntax, so they go in unescaped."""
    return "|".join(w.lower() if lower else w for w in words)


# "January|February|...|December" and "Monday|...|Sunday": no branch is the start of another, so their order
# never decides a match
MONTH_NAMES = alternation(MONTHS)
WEEKDAY_NAMES = alternation(WEEKDAYS)


def month_word() -> str:
    """A month's name or its abbreviation with or without its period, as datelines and page stamps write them
    ("Sept. 15", "Sep 15", "September 15"): the abbreviations' branches come first and take their period along.
    An alternation, to be put in a group."""
    return "(?:" + alternation(MONTH_ABBREVIATIONS) + r")\.?|" + MONTH_NAMES


def weekday_word() -> str:
    """A weekday's name, or its abbreviation with or without its period ("Wed May 3", "Wed. May 3"), as a group."""
    return "(?:" + WEEKDAY_NAMES + "|(?:" + alternation(WEEKDAY_ABBREVIATIONS) + r")\.?)"


def weekday_abbreviation_or_name(*, lower: bool = False) -> str:
    """A weekday's abbreviation, or its name written as the abbreviation and the rest ("Wed", "Wednesday",
    "Thurs", "Thursday"): a page's stamp word, without a period. The rest is any of the names' endings after any
    abbreviation, so it takes a few non-words too ("Monsday"), which no stamp holds."""
    return "(?:" + alternation(WEEKDAY_ABBREVIATIONS, lower=lower) + ")(?:day|sday|nesday|rsday|urday)?"


def month_openings(*, lower: bool = False) -> str:
    """Each month's first three letters as a group ("(?:Jan|Feb|...|Dec)"), to be followed by ``[a-z]*``: a
    month's name or abbreviation, whole or cut, "Sept" and "September" included (after "Sep", ``[a-z]*`` takes
    every letter a branch "Sept" would)."""
    return "(?:" + alternation((m[:3] for m in MONTHS), lower=lower) + ")"


def weekday_stems(*, lower: bool = False) -> str:
    """Each weekday's name as a group of what comes before its "day" and then "day"
    ("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"): the whole names, no abbreviation."""
    return "(?:" + alternation((d[: -len("day")] for d in WEEKDAYS), lower=lower) + ")day"


def _spelling(month: str, *, lower: bool, loose_september: bool) -> str:
    """One month, its name or its three-letter abbreviation ("jan(?:uary)?", "june?", "may")."""
    short, rest = month[:3], month[3:]
    if month == "September":
        # "sep(?:t(?:ember)?)?" takes "Sep", "Sept", "September"; the loose form takes "Sepember" too
        rest_pattern = "t?(?:ember)?" if loose_september else "(?:t(?:ember)?)?"
    elif not rest:
        rest_pattern = ""
    elif len(rest) == 1:
        rest_pattern = rest + "?"
    else:
        rest_pattern = "(?:" + rest + ")?"
    pattern = short + rest_pattern
    return pattern.lower() if lower else pattern


def month_spellings(*, lower: bool = False, may: bool = True, loose_september: bool = False) -> str:
    """An alternation of each month's name or its three-letter abbreviation, in calendar order
    ("jan(?:uary)?|feb(?:ruary)?|...|dec(?:ember)?"). Without ``may`` May is left out, for a reader that takes
    the word "may" only in a date of its own; ``loose_september`` spells September "sept?(?:ember)?", which takes
    the misspelt "Sepember" too (the form two readers have always used). An alternation, to be put in a group."""
    months = (m for m in MONTHS if may or m != "May")
    return "|".join(_spelling(m, lower=lower, loose_september=loose_september) for m in months)
