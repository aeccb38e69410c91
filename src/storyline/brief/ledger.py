"""The quote ledger: who said what, grouped by speaker, with the outlets that carry each quote.

The story-level quotes come from ``storyline.compare`` (one ``StoryQuote`` per quote, its other carriers in
``same_as``, ``speaker`` the id of a ``StoryEntity``). This module only groups and orders them for reading;
it does not attribute anything itself. A speaker no story entity stands for is grouped under the name the
report gives ("hospitals", "a source"); quotes whose speaker could not be told are listed under "unattributed"
rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from storyline.model import StoryEntity, StoryQuote

UNATTRIBUTED = "Unattributed"


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerQuote:
    """One quote of a speaker, with the outlets carrying it (first carrier first)."""

    quote: StoryQuote
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerEntry:
    """A speaker (None when unattributed) and their quotes, in order of first appearance."""

    speaker: StoryEntity | None
    name: str
    role: str | None
    quotes: tuple[LedgerQuote, ...]


_KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2}


def quote_ledger(
    quotes: Sequence[StoryQuote], entities: Sequence[StoryEntity], outlet_of: Callable[[str], str]
) -> tuple[LedgerEntry, ...]:
    """Group ``quotes`` by speaker; speakers with the most quotes first, unattributed last.

    ``outlet_of`` maps an article id to the outlet name shown for it.
    """
    by_id = {e.id: e for e in entities}
    groups: dict[str | None, list[LedgerQuote]] = {}
    for q in quotes:
        # a speaker no story entity stands for ("hospitals") is grouped by the name the report gives
        key = q.speaker if q.speaker in by_id else (f"name:{q.speaker_name}" if q.speaker_name else None)
        outlets: list[str] = []
        for span in (q.span, *q.same_as):
            name = outlet_of(span.article)
            if name not in outlets:
                outlets.append(name)
        groups.setdefault(key, []).append(LedgerQuote(quote=q, outlets=tuple(outlets)))
    entries = []
    for key, items in groups.items():
        ent = by_id.get(key) if key is not None else None
        items.sort(key=lambda lq: (_KIND_ORDER.get(lq.quote.kind, 3), lq.quote.span.article, lq.quote.span.start))
        entries.append(
            LedgerEntry(
                speaker=ent,
                name=ent.name if ent else key[5:] if key else UNATTRIBUTED,
                role=ent.role if ent else None,
                quotes=tuple(items),
            )
        )
    # story entities first, then speakers known by name only, then the unattributed
    entries.sort(key=lambda e: (e.speaker is None, e.name == UNATTRIBUTED, -len(e.quotes), e.name.lower()))
    return tuple(entries)
