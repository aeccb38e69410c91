"""The heading join of the quote ledger that tells a person's office as the person: "according to a statement from
Ramaphosa's office" gives the words the person's office issued for them, which a reader looks for under the
person. The pass is one row of ``ledger_joins.JOIN_PASSES``, which says why it runs where it does."""

from __future__ import annotations

import re

from storyline.brief.ledger_joining import _Joining, _key_name, _only
from storyline.brief.ledger_joins_people import _full_names

# a person's office by their surname ("Ramaphosa's office", "the Vell office" is a body's name, no person's)
_OFFICE_OF = re.compile(r"^(?:the )?([A-Z][\w-]+)['’]s office$")


def _join_offices_of(st: _Joining) -> None:
    """Move a speaker named as a person's office ("Vell's office") under the one person of the story named in full
    with that surname who speaks in it ("Cyra Vell"): the office speaks for them. Two people of that surname, or
    none who speaks: no join."""
    people = _full_names(st.by_id)
    for key in list(st.heading):
        if key is None or key in st.by_id:
            continue
        hit = _OFFICE_OF.match(_key_name(key, st.by_id))
        if hit is None:
            continue
        holders = people.get(hit.group(1).casefold(), set())
        one = _only(holders)
        if one is not None and one in st.heading:
            st.move_under(key, st.heading[one])
