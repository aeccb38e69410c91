"""The heading join of the quote ledger that tells one person under two given names: one report writes the short
form a person goes by ("Ray Jadallah of Miami-Dade Fire & Rescue"), another the given name in full ("Raide
Jadallah, assistant fire chief of operations for Miami-Dade Fire Rescue"). A surname alone is never enough: the
two must be tied to one body by name, and the short name must open like the long one. The pass is one row of
``ledger_joins.JOIN_PASSES``, which says why it runs where it does."""

from __future__ import annotations

import re
from collections.abc import Mapping

from storyline.brief.ledger_joining import _in_full, _Joining, _only
from storyline.model import StoryEntity

_SHORT_FORM = 4  # the most letters of a given name's short form ("Ray", "Tom", "Bill" is no short form of its own)
_SAME_OPENING = 2  # the letters a short form and the given name it stands for open with alike ("Ra" of "Raide")
# a body in capitals after a link word ("... for Miami-Dade Fire Rescue", "... of the Vell Hospital Trust")
_BODY = r"(?:of|for|at|with|from)\s+(?:the\s+)?([A-Z][\w'’-]*(?:[ \t]+(?:&|and|of|[A-Z][\w'’-]*))*)"
_BODY_IN_ROLE = re.compile(rf"\b{_BODY}")
# a body right after a person's name, or after a comma and a post in lower case ("Ray Tovan of Harlow Fire & Rescue",
# "Ray Tovan, a captain with Harlow Fire Rescue")
_BODY_AFTER = re.compile(rf"\s*(?:,\s*(?:an?\s+|the\s+)?[a-z][\w'’ -]{{0,60}}?\s+)?{_BODY}")
_BODY_FILLER = frozenset({"&", "and", "of", "the"})
_BODY_WORDS = 2  # the fewest words of a body's name that tie two people to one body, not to a town


def _join_short_given_names(st: _Joining) -> None:
    """Move a person named by a short given name ("Ray Tovan") under the one person of the story of the same
    surname whose given name opens like it and is longer ("Raide Tovan") when each is tied to one body by name
    (the role's "... for Harlow Fire Rescue", a report's "Ray Tovan of Harlow Fire & Rescue") and no report names
    both (a report naming the two names two people). Another given name ("Mira Tovan"), another body, or two such
    people: no join."""
    by_id = st.by_id
    people = [e for e in by_id.values() if _in_full(e) and e.mentions]
    for key in list(st.heading):
        ent = by_id.get(key)
        if ent is None or not _in_full(ent) or not ent.mentions:
            continue
        body = _body_of(ent, st.texts)
        found = {p.id for p in people if p.id != key and body and _short_form_of(ent, p)
                 and not {m.article for m in p.mentions} & {m.article for m in ent.mentions}
                 and _body_of(p, st.texts) == body}
        one = _only(found)
        if one is not None:
            st.move_under(key, st.heading_of(one))


def _short_form_of(short: StoryEntity, long: StoryEntity) -> bool:
    """Whether ``short``'s given name is a short form of ``long``'s, the surname the same: at most ``_SHORT_FORM``
    letters, the longer name opening with its first ``_SAME_OPENING`` letters ("Ray", "Raide")."""
    a, b = short.name.split(), long.name.split()
    if len(a) != 2 or len(b) != 2 or a[-1].casefold() != b[-1].casefold():
        return False
    given, full = a[0].casefold(), b[0].casefold()
    return len(given) <= _SHORT_FORM and len(full) > len(given) and full[:_SAME_OPENING] == given[:_SAME_OPENING]


def _body_of(ent: StoryEntity, texts: Mapping[str, str]) -> tuple[str, ...]:
    """The words of the body a person is tied to by name, in lower case, "&", "and" and "the" aside: the last one
    their role names ("assistant chief for Harlow Fire Rescue"), or else the one a report writes right after their
    name; () for none, or one too short to tell a body (a town's name)."""
    hits = list(_BODY_IN_ROLE.finditer(ent.role or ""))
    name = hits[-1].group(1) if hits else None
    for m in ent.mentions if name is None else ():
        hit = _BODY_AFTER.match(texts.get(m.article, ""), m.end)
        if hit is not None:
            name = hit.group(1)
            break
    words = tuple(w for w in (name or "").casefold().split() if w not in _BODY_FILLER)
    return words if len(words) >= _BODY_WORDS else ()
