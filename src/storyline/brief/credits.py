"""The readings of a report's credit as a speaker of its own: quotes the ledger leaves out.

A report that credits an outlet for a sentence ("..., Police Chief Ana Roe said, according to the Tide Gazette";
"The company said that ..., as per a Marlow Herald report") may be read twice by the quote stage: once for the
speaker the sentence names, once for the outlet it credits, the outlet's "statement" holding the speaker's own.
The outlet only carries the speaker's words; it is a credit, which the brief's provenance shows, not a second
speaker of them. Only such double readings are left out: an outlet's own report of a fact ("the Tide Gazette
reported ...") overlaps no other speaker's quote and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.ingest import outlets
from storyline.model import StoryEntity, StoryQuote


def credited_readings(quotes: Sequence[StoryQuote], by_id: dict[str, StoryEntity]) -> set[int]:
    """The indexes of the quotes of ``quotes`` that give another speaker's statement to the body its report
    credits: a quote overlapping another speaker's quote in one report, where its speaker is a news outlet whose
    quote holds the other one whole, or is named inside the other quote, past its own words ("as per a Marlow
    Herald report")."""
    out: set[int] = set()
    for i, q in enumerate(quotes):
        if q.kind != "indirect" or _who(q) is None:
            continue
        for other in quotes:
            if _who(other) in (None, _who(q)) or not q.span.overlaps(other.span):
                continue
            if (_an_outlet(q, by_id) and q.span.contains(other.span)) or _named_in(q, other, by_id):
                out.add(i)
                break
    return out


def _who(q: StoryQuote) -> str | None:
    return q.speaker or q.speaker_name


def _an_outlet(q: StoryQuote, by_id: dict[str, StoryEntity]) -> bool:
    ent = by_id.get(q.speaker or "")
    name = ent.name if ent is not None else q.speaker_name or ""
    return outlets.canonical(name) is not None


def _named_in(q: StoryQuote, other: StoryQuote, by_id: dict[str, StoryEntity]) -> bool:
    """Whether ``q``'s speaker is named inside ``other``'s words after ``q``'s own end: ``other`` credits it ("...
    would lead it, as per a Marlow Herald report"). A speaker named before ``q``'s words ("the company added that
    ...", which an outlet's reading holds) is the subject of ``other``, not its credit."""
    ent = by_id.get(q.speaker or "")
    if ent is None:
        return False
    return any(other.span.contains(m) and m.start >= q.span.end for m in ent.mentions)
