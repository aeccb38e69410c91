"""A title the small model ran into a person's name ("MP Kylea Tink", of "Independent MP Kylea Tink said"): the
quote ledger's heading shows the name as a name and the title as the person's role, with the words of the title
the report writes right before it ("Independent MP")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.extract import gazetteer
from storyline.model import StoryEntity

# titles written right before a name that are never a given name themselves ("Dean", "Marshal" may be)
_FUSED_TITLES = frozenset(
    """mp mep mla msp mpp td senator congressman congresswoman representative councillor councilor governor mayor
    minister president premier chancellor ambassador judge justice commissioner sheriff lieutenant colonel captain
    sergeant admiral general professor inspector detective superintendent constable prosecutor""".split()  # noqa: SIM905
)
# words of a title written before it, in capitals, that say which party or office ("Independent MP", "Labor
# Senator"), beside a country's adjective and the modifiers of titles the gazetteer knows
_PARTY_WORDS = frozenset(
    """independent labor labour liberal conservative green greens democratic democrat republican national nationals
    tory opposition federal""".split()  # noqa: SIM905
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*) $")
_MOST_QUALIFIERS = 2  # the most words before a title that qualify it ("Independent Labor MP")


def titled_name(ent: StoryEntity, texts: Mapping[str, str]) -> tuple[str, str | None]:
    """A person's name and role as the ledger's heading shows them: a title that opens the name before two
    capitalised words or more ("MP Kylea Tink") split off as the role, with the qualifying words its report writes
    right before it ("Independent MP"), when the person has no role of their own; anything else as it is. One
    word after the title ("Senator Vell") is a surname a title reads with, kept whole."""
    words = ent.name.split()
    if ent.type != "PERSON" or len(words) < 3 or words[0].casefold().rstrip(".") not in _FUSED_TITLES \
            or not all(w[:1].isupper() for w in words[1:]):
        return ent.name, ent.role
    name = " ".join(words[1:])
    return name, ent.role if ent.role else _qualified(words[0], ent, texts)


def _qualified(title: str, ent: StoryEntity, texts: Mapping[str, str]) -> str:
    """The title with the words of it its report writes right before the name ("Independent" of "Independent MP
    Kylea Tink"), read at the first mention that gives the name whole."""
    for m in ent.mentions:
        text = texts.get(m.article, "")
        if text[m.start : m.end] != ent.name:
            continue
        before: list[str] = []
        end = m.start
        while len(before) < _MOST_QUALIFIERS and (hit := _WORD_BEFORE.search(text, 0, end)) is not None \
                and _qualifier(hit.group(1)):
            before.insert(0, hit.group(1))
            end = hit.start()
        return " ".join([*before, title])
    return title


def _qualifier(word: str) -> bool:
    """Whether a capitalised word right before a title says which party, office or country the title is of."""
    low = word.casefold()
    return low in _PARTY_WORDS or low in gazetteer.TITLE_MODIFIERS or gazetteer.country_of_demonym(word) is not None
