"""Who said it: one quote that two reports give to two different people.

A quote carried word for word by two reports names its speaker in each. When each names a person, by a proper
name, and the two names cannot be one person (neither name's words inside the other's: "Deibe" may be "Anton
Deibe", "Jonas Deibe" is not), the reports disagree on who spoke ("“We ran for the doors” given to the son in one
report, to the father in the other"). The disagreement is a conflict of the two statements; neither speaker is
the fact's origin.

Does NOT decide which report is right, nor compare speakers known by a description only ("a passenger"), nor
quotes whose words differ (``storyline.compare.quotes.worded_apart`` does those).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.compare.align import SAME_QUOTE, Unit, quote_similarity
from storyline.compare.conflicts import same_referent

# the types of a story entity that name a person who may speak
_SPEAKERS = frozenset({"PERSON"})
# the names of the people a report mentions before a statement
NearFn = Callable[[Unit], Sequence[str]]
# lower-case words a person's proper name may hold ("Lula da Silva", "Ursula von der Leyen")
_PARTICLES = frozenset({"da", "de", "del", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "al", "el"})


def _speaker(unit: Unit, names: Mapping[str, tuple[str, str]]) -> str | None:
    """The one person a speaker's own words are credited to, by name, or None."""
    if not (unit.kind == "quote" or unit.worded) or len(unit.speakers) != 1:
        return None
    (who,) = unit.speakers
    name, kind = names.get(who, ("", ""))
    return name if kind in _SPEAKERS and _proper(name) else None


def _one_person(name: str, other: str) -> bool:
    """Whether two names may name one person and end with one surname ("Mauger" and "John Mauger"; not "Swede"
    and "Swede Anton Deibe")."""
    return same_referent(name, other) and name.split()[-1].lower() == other.split()[-1].lower()


def _proper(name: str) -> bool:
    """Whether a name is a proper name, every word capitalized but particles ("US officials" is a description)."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _PARTICLES for w in words)


def speaker_conflict(
    a: Unit, b: Unit, names: Mapping[str, tuple[str, str]], near: NearFn | None = None
) -> str | None:
    """Why two reports' statements of one quote disagree on its speaker ("words given to Ana Ruiz vs Tomas
    Ruiz"), or None: both must carry a speaker's own words, the same words (``align.SAME_QUOTE``), each given to a
    person named by a proper name, and the two names no names of one person (``conflicts.same_referent``).

    ``near`` gives the people a report names before a statement: a report that names the other report's speaker
    there (``_one_person``) may well give the words to them too, and the speaker read for it be a "he said"
    resolved to the wrong one of two people (the official who spoke, the victim named after him): no disagreement
    of the reports is told then."""
    if a.report == b.report:
        return None
    x, y = _speaker(a, names), _speaker(b, names)
    if x is None or y is None or same_referent(x, y):
        return None
    if near is not None and (any(_one_person(y, n) for n in near(a)) or any(_one_person(x, n) for n in near(b))):
        return None
    if quote_similarity(a.text, b.text) < SAME_QUOTE:
        return None
    return f"words given to {x} vs {y}"
