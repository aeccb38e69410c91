"""The quote ledger: who said what, grouped by speaker, with the outlets that carry each quote.

The story-level quotes come from ``storyline.compare`` (one ``StoryQuote`` per quote, its other carriers in
``same_as``, ``speaker`` the id of a ``StoryEntity``). This module only groups and orders them for reading;
it does not attribute anything itself. A speaker no story entity stands for is grouped under the name the
report gives ("hospitals", "a source"); quotes whose speaker could not be told are listed under "unattributed"
rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from storyline.brief.credits import credited_readings
from storyline.compare.align import quote_similarity
from storyline.compare.link import initials, parent_brand
from storyline.compare.names import _edits, _misspelt_of
from storyline.extract import gazetteer, nominals
from storyline.extract.coref import SPEECH_VERBS
from storyline.extract.roles import head_word
from storyline.ingest import outlets
from storyline.model import Span, StoryEntity, StoryQuote

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
    # other spellings of the speaker's name that one report gives, each with the outlets giving it ("Shawn Fenn")
    spellings: tuple[tuple[str, tuple[str, ...]], ...] = ()


_KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2}


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, apostrophes and hyphens kept ("o'neill", "vice-president"): how the
    joins below compare names, roles and the words around a mention."""
    return re.findall(r"[\w'’-]+", text.casefold())


def quote_ledger(
    quotes: Sequence[StoryQuote],
    entities: Sequence[StoryEntity],
    outlet_of: Callable[[str], str],
    texts: Mapping[str, str] | None = None,
) -> tuple[LedgerEntry, ...]:
    """Group ``quotes`` by speaker; speakers with the most quotes first, unattributed last.

    ``outlet_of`` maps an article id to the outlet name shown for it; ``texts`` the reports' texts by article id,
    which tell "the official" (one named before) from "an official" (``_join_officials_back``).
    """
    by_id = {e.id: e for e in entities}
    groups: dict[str | None, list[LedgerQuote]] = {}
    shown: dict[str, str] = {}  # a speaker known by name only, in lower case -> the key of its first form
    credited = credited_readings(quotes, by_id)
    relays = _relays(quotes, by_id)
    for i, q in enumerate(quotes):
        if i in credited or i in relays:
            continue  # an outlet the report credits, read as the speaker of the words it carries
        # a speaker no story entity stands for ("hospitals") is grouped by the name the report gives
        # ("Officials" and "officials" of two reports are one heading, shown as first written)
        named = _whose_said(q, texts or {}) if q.speaker_name else None
        key = q.speaker if q.speaker in by_id else (f"name:{named}" if named else None)
        if key is not None and key.startswith("name:"):
            key = shown.setdefault(key.lower(), key)
        outlets: list[str] = []
        for span in (q.span, *q.same_as):
            name = outlet_of(span.article)
            if name not in outlets:
                outlets.append(name)
        groups.setdefault(key, []).append(LedgerQuote(quote=q, outlets=tuple(outlets)))
    for items in groups.values():
        items[:] = _one_entry_a_wording(items)
    entries = []
    carriers = {name for items in groups.values() for lq in items for name in lq.outlets}
    misspelt = _misspellings(by_id)
    joined = _one_heading_a_name(groups, by_id, carriers, misspelt, texts or {})
    home = {id(lq): key for key, items in joined.items() for lq in items}
    under = {k: home[id(items[0])] for k, items in groups.items() if k is not None and items}
    for key, items in joined.items():
        items[:] = [_without_own(lq, key, under) for lq in items]
        ent = by_id.get(key) if key is not None else None
        items.sort(key=lambda lq: (_KIND_ORDER.get(lq.quote.kind, 3), lq.quote.span.article, lq.quote.span.start))
        items[:] = _one_entry_a_statement(items)
        spellings = tuple(
            (by_id[wrong].name, tuple(dict.fromkeys(outlet_of(m.article) for m in by_id[wrong].mentions)))
            for wrong, right in misspelt.items() if right == key
        )
        entries.append(
            LedgerEntry(
                speaker=ent,
                name=_demonyms_capitalized(ent.name if ent else key[5:]) if key else UNATTRIBUTED,
                role=_shown_role(ent),
                quotes=tuple(items),
                spellings=spellings,
            )
        )
    # story entities first, then speakers known by name only, then the unattributed
    entries.sort(key=lambda e: (e.speaker is None, e.name == UNATTRIBUTED, -len(e.quotes), e.name.lower()))
    return tuple(entries)


_RELAY_LEAD = 6  # the most words of "<speaker> said" that open a clause relaying another speaker's


def _relays(quotes: Sequence[StoryQuote], by_id: Mapping[str, StoryEntity]) -> set[int]:
    """The reported clauses that only pass on another speaker's clause: an official "told" Lusa "the government
    said <X>", where <X> is the government's own quote in that report. The clause holds the other quote whole
    after a short "<speaker> said" and nothing after it; listed, it shows the relayed speaker's words under the
    relayer as a garbled line beside the same words under the speaker who said them. Only a person relays so: an
    outlet's reading of a speaker's words ("..., the Tide Gazette reported") stays the outlet's
    (``credited_readings``)."""
    found = set()
    for i, q in enumerate(quotes):
        ent = by_id.get(q.speaker or "")
        person = ent.type == "PERSON" if ent is not None else (q.speaker_name or "A")[:1].islower()
        if q.kind != "indirect" or not person:
            continue
        for p in quotes:
            at = p.span
            if p is q or p.kind != "indirect" or at.article != q.span.article or not _within(at, q.span) \
                    or at == q.span or (p.speaker, p.speaker_name) == (q.speaker, q.speaker_name):
                continue
            lead = q.text[: at.start - q.span.start].split()
            lead = lead[:-1] if lead and lead[-1].casefold() == "that" else lead
            rest = q.text[at.end - q.span.start :].strip(_TAIL)
            if not rest and 2 <= len(lead) <= _RELAY_LEAD and lead[-1].casefold() in SPEECH_VERBS:
                found.add(i)
    return found


_NEAR_CUE = 200  # how far from its quote a report writes the speaker the quote stage named


def _whose_said(q: StoryQuote, texts: Mapping[str, str]) -> str | None:
    """The name of a speaker no story entity stands for, with the "for ..." or "of ..." its report writes after
    it right before the verb of saying ("Attorneys for the plaintiffs had recommended ..."), which the quote
    stage cuts off ("Attorneys"): without it a reader cannot tell whose attorneys. Only a phrase that runs
    straight into the quote's verb ("officials for the past decade said" is no such phrase) or one lower-case
    word after an article, or a run of capitalised words ("officials of Vell Harbour said"), is taken."""
    name, text = q.speaker_name or "", texts.get(q.span.article, "")
    if not q.cue or not text or " " in name.strip():
        return q.speaker_name
    around = max(0, q.span.start - _NEAR_CUE)
    phrase = re.compile(
        rf"\b(?i:{re.escape(name)})\s+(?:for|of)\s+(?:(?:the|a|an)\s+[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
        rf"(?=\s+(?:(?:had|have|has|was|were|would|will|also)\s+)*{re.escape(q.cue)}\b)"
    )
    hits = list(phrase.finditer(text, around, q.span.end + _NEAR_CUE))
    return " ".join(hits[-1].group(0).split()) if len(hits) == 1 else q.speaker_name


def heading_names(entries: Sequence[LedgerEntry], entities: Sequence[StoryEntity]) -> dict[str, str]:
    """The name of each speaking story entity -> the heading the ledger shows its quotes under, where the two
    differ ("Harvard", whose words stand under "Harvard Corporation"): a line naming whom a report quotes names
    them as the ledger does, or a reader finds no such speaker there. A name whose quotes stand under two
    headings (two entities of one name) is left as it is."""
    names = {e.id: e.name for e in entities}
    shown: dict[str, set[str]] = {}
    for entry in entries:
        for lq in entry.quotes:
            name = names.get(lq.quote.speaker or "")
            if name is not None:
                shown.setdefault(name, set()).add(entry.name)
    return {name: next(iter(heads)) for name, heads in shown.items() if len(heads) == 1 and name not in heads}


def _demonyms_capitalized(name: str) -> str:
    """A speaker's name as the report gives it with a country's adjective in capitals, as English writes it: the
    quote stage lowers a description's first letter at a sentence's start ("Norwegian officials estimate ..." ->
    "norwegian officials"), which the heading shows as the report wrote it ("Norwegian officials")."""
    words = name.split(" ")
    return " ".join(
        w.capitalize() if w.islower() and gazetteer.country_of_demonym(w.capitalize()) is not None else w for w in words
    )


# what may follow the last quoted words of a reported clause that ends on them (a closing mark, a full stop)
_TAIL = " \t\n\"“”‘’'.,;:!?"


def _one_entry_a_statement(items: list[LedgerQuote]) -> list[LedgerQuote]:
    """One speaker's quotes with each statement listed once: a reported clause that holds the speaker's quoted
    words ("said the harbour will “reopen within days”") and those words listed beside it are one statement.
    A clause that only leads into one quote ending it ("Mira Kell told Tide Radio: “...”", a colon or comma before
    the quote, or nothing) is left out for the quote; a clause that works the quote into its own sentence
    ("scientists believe “...”", "the port first closed on May 5 when it found that “...”") holds it, and the
    partial quotes only its report carries are left out (another report's carrying one keeps its entry)."""
    dropped = _clauses_within_clauses(items)
    for i, lq in enumerate(items):
        clause = lq.quote
        if clause.kind != "indirect" or i in dropped:
            continue
        inside = [(j, at) for j, other in enumerate(items) if other.quote.kind != "indirect" and j not in dropped
                  for at in (other.quote.span, *other.quote.same_as) if _within(at, clause.span)]
        if not inside:
            continue
        last = max(at.end for _, at in inside)
        ends_on = not clause.text[last - clause.span.start :].strip(_TAIL)
        lead = clause.text[: min(at.start for _, at in inside) - clause.span.start]
        lead_in = not lead.strip(_TAIL) or lead.rstrip(" “\"‘'").endswith((":", ","))
        if len(inside) == 1 and ends_on and lead_in:
            dropped.add(i)
            continue
        dropped |= {j for j, _ in inside if items[j].quote.kind == "partial"
                    and all(s.article == clause.span.article for s in (items[j].quote.span, *items[j].quote.same_as))}
    return [lq for i, lq in enumerate(items) if i not in dropped]


# the fewest words of a clause two reports give alike that make it one statement copied: a short formula ("We
# are looking into it") a speaker may give on two occasions
_COPIED_WORDS = 6


def _one_entry_a_wording(items: list[LedgerQuote]) -> list[LedgerQuote]:
    """The quotes of one speaker, as the reports name them, with the words two reports give alike, of one kind,
    listed once, citing both: two versions of one report (a wire copy and its source) carry one reported clause
    that the comparing leaves apart ("All of them died from smoke inhalation, a spokeswoman said", in each).
    Words that differ at all stay two entries: each report's own reading; so do the words of two speakers the
    ledger shows under one heading, each report's own statement, and a short formula (``_COPIED_WORDS``)."""
    kept: list[LedgerQuote] = []
    first: dict[tuple[str, str], int] = {}
    for lq in items:
        key = (lq.quote.kind, " ".join(lq.quote.text.casefold().split()))
        at = first.get(key)
        spans = (lq.quote.span, *lq.quote.same_as)
        if at is None or len(key[1].split()) < _COPIED_WORDS \
                or any(s.article in {t.article for t in _spans_of(kept[at])} for s in spans):
            first.setdefault(key, len(kept))
            kept.append(lq)
            continue
        held = kept[at]
        quote = replace(held.quote, same_as=(*held.quote.same_as, *spans),
                        also_attributed=(*held.quote.also_attributed, *lq.quote.also_attributed))
        kept[at] = LedgerQuote(quote=quote, outlets=tuple(dict.fromkeys((*held.outlets, *lq.outlets))))
    return kept


def _spans_of(lq: LedgerQuote) -> tuple[Span, ...]:
    return (lq.quote.span, *lq.quote.same_as)


def _clauses_within_clauses(items: list[LedgerQuote]) -> set[int]:
    """The reported clauses of one speaker that lie, in every report carrying them, inside another reported clause
    of the speaker: one sentence read twice from two verbs ("The company says it has estimated assets ..." and
    "estimated assets ..."), which is one statement, listed once by its longer reading."""
    clauses = [(i, (lq.quote.span, *lq.quote.same_as)) for i, lq in enumerate(items) if lq.quote.kind == "indirect"]
    return {
        i for i, spans in clauses
        if all(any(_within(at, outer) for j, others in clauses if j != i for outer in others) for at in spans)
    }


def _within(inner: Span, outer: Span) -> bool:
    return inner.article == outer.article and outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _without_own(lq: LedgerQuote, key: str | None, under: dict[str, str | None]) -> LedgerQuote:
    """``lq`` without the carriers said to give it to another speaker when that speaker is shown under the same
    heading ``key`` ("Cabinet Office minister" of a headline, joined to the minister a report names): no other
    speaker is left to tell."""
    kept = tuple(at for at in lq.quote.also_attributed if key is None or under.get(at[1], at[1]) != key)
    if len(kept) == len(lq.quote.also_attributed):
        return lq
    return replace(lq, quote=replace(lq.quote, also_attributed=kept))


def _one_heading_a_name(
    groups: dict[str | None, list[LedgerQuote]],
    by_id: dict[str, StoryEntity],
    carriers: Collection[str] = (),
    misspelt: dict[str, str] | None = None,
    texts: Mapping[str, str] | None = None,
) -> dict[str | None, list[LedgerQuote]]:
    """``groups`` with the groups of one name joined under one heading: two story entities the linking kept apart
    ("Mira Kell" a person in one report, an organisation to the small model in another) or an entity and a
    speaker known by name only are one speaker to a reader. The heading is the entity that tells most: one
    with a role ("Mira Kell, a Zephyrix engineer"), then a person, then the first. ``carriers`` are the names of
    the outlets that carry the quotes, never the company a report's "the company" means. ``misspelt`` maps a
    person whose surname one report misspells to the person meant (``_misspellings``): the two are one heading."""
    by_name: dict[str, list[str | None]] = {}
    heading: dict[str, str] = {}  # a group's key -> the heading key it is shown under
    misspelt = misspelt or {}
    for key in groups:
        if key is not None:
            name = _key_name(key, by_id)
            ent = by_id.get(key)
            alike = next((k for k in heading if ent and k in by_id and spelled_alike(by_id[k], ent)), None)
            heading[key] = heading[alike] if alike is not None else _heading_key(name)
            by_name.setdefault(heading[key], []).append(key)
    for wrong, right in misspelt.items():
        if wrong in heading:
            # the name as most reports spell it heads the group, though it does not speak
            target = _heading_of(right, heading, by_name, by_id)
            if heading[wrong] != target:
                _move(wrong, target, heading, by_name)
    st = _Joining(groups=groups, heading=heading, by_name=by_name, by_id=by_id, carriers=carriers, texts=texts or {})
    typed_people = _join_body_forms(st)
    _join_acronyms(st)
    _join_group_acronyms(st)
    _join_copied_descriptions(st)
    _join_copied_body_sources(st)
    _join_titles_before_names(st)
    _join_described_names(st)
    _join_role_names(st)
    _join_described_holders(st)
    _join_posts_of(st)
    _join_surname_forms(st)
    _join_bare_surnames(st)
    _join_bare_kinds(st)
    _join_apposed_kinds(st)
    _join_parent_brands(st)
    _join_company_descriptions(st)
    _join_company_boards(st)
    _join_body_descriptions(st)
    _join_named_after(st)
    _join_unnamed_heads(st)
    # "the official" names no one itself: the official it points back to heads the group
    pointers = _join_officials_back(st)
    _join_profession_back(st)
    _join_described_copies(st)
    _join_document_issuers(st)
    _join_two_sides(st)
    _join_body_voices(st)
    _join_body_data(st)
    _join_company_heads(st)
    out: dict[str | None, list[LedgerQuote]] = {}
    for key, items in groups.items():
        keys = by_name.get(heading[key], [key]) if key else [key]
        if len(keys) == 1:
            out[key] = items
            continue
        ents = [by_id[k] for k in keys if k in by_id and k not in misspelt and k not in typed_people | pointers]
        best = min(ents, key=lambda e: _heading_rank(e, groups)) if ents else None
        out.setdefault(best.id if best is not None else keys[0], []).extend(items)
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class _Joining:
    """What every join pass of ``_one_heading_a_name`` reads and moves: the speakers' groups, the heading each
    group is shown under and the groups of each heading (the two a pass updates in place, through ``_move``), the
    story's entities by id, the outlets carrying the quotes and the reports' texts. One object, so that a pass
    asks for what it needs instead of each taking its own run of the same five arguments."""

    groups: dict[str | None, list[LedgerQuote]]
    heading: dict[str, str]
    by_name: dict[str, list[str | None]]
    by_id: dict[str, StoryEntity]
    carriers: Collection[str]
    texts: Mapping[str, str]


def _heading_rank(
    ent: StoryEntity, groups: dict[str | None, list[LedgerQuote]]
) -> tuple[bool, bool, bool, bool, int]:
    """How well a story entity heads the speakers joined under it, best lowest: a person with a role first, then a
    person by name, then a name over a description ("the agency"), a name written out over an acronym ("Centers
    for Disease Control" over "CDC"), then the name with the most quotes ("United Auto Workers" over one report's
    "United Auto Workers Union")."""
    acronym = bool(_ACRONYM_NAME.match(ent.name.replace(".", "")))
    described = not ent.name[:1].isupper()
    return _shown_role(ent) is None, not _named_person(ent), described, acronym, -len(groups.get(ent.id, ()))


# the head words of a description of a body, not of a person's post ("the casual dining chain", "the local unit of
# the company")
# (a trade's word may be a person's: "a crane operator", "a mail carrier")
_BODY_HEADS = frozenset({"unit", "subsidiary", "division", "brand", "chain", "company", "firm", "corporation"})


def _shown_role(ent: StoryEntity | None) -> str | None:
    """The role a heading shows: a person's post ("Ostland Prime Minister"). A description of a body that the small
    model gave a company it typed a person ("Red Lobster, the casual dining chain") is no post: a heading of a
    company shows its name alone, as it does for the company typed right."""
    if ent is None or ent.role is None:
        return None
    head = head_word(ent.role)
    return None if head in _BODY_HEADS else ent.role


def _named_person(ent: StoryEntity) -> bool:
    """Whether a story entity is a person by name, not the people who speak for a body ("top UAW officials",
    which the small model types a person): a heading names the person before the body, the body before them."""
    words = ent.name.split()
    return ent.type == "PERSON" and ent.name[:1].isupper() and words[-1].casefold() not in _SPEAKING_FOR


# a place after a body's name, which tells where it sits, not which body it is ("Ostland's embassy in Varna")
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+((?:[A-Z][\w'’-]*\s*)+)$")
# a bracket the extraction cut open ("Board of Tides (BoT"): the name without it, the acronym it gives
_OPEN_BRACKET = re.compile(r"\s*\(([^()]*)$")
# the legal tail of a company's name ("Zephyrix Inc", "Zephyrix Corp.")
_LEGAL_TAIL = re.compile(r"\s+(?:inc|corp|corporation|co|ltd|llc|plc|international)\.?$", re.IGNORECASE)
# a kind word after a body's name that some reports write and others leave out ("United Auto Workers Union")
_KIND_TAIL = re.compile(r"\s+union$", re.IGNORECASE)
# a ministry as reports name it either way ("culture ministry", "ministry of culture")
# a body's board as reports name it either way ("board of directors of Zephyrix", "Zephyrix's board")
_BOARD_OF = re.compile(r"^board(?: of directors)? of (?:the )?(.+)$")
_OWN_BOARD = re.compile(r"^(.+)'s board(?: of directors)?$")
_PORTFOLIO_MINISTRY = re.compile(r"^(?:([a-z]+) ministry|ministry of (?:the )?([a-z]+))$")


def _body_forms(name: str) -> tuple[str, str, set[str]]:
    """A body's name as headings of one body compare: the place it sits in set aside, a country's possessive or
    adjective read as the country, a company's legal tail dropped, a ministry in one order, a bracket the
    extraction cut open closed ("Ostland’s embassy in Varna", "Ostlandish Embassy" -> "ostland embassy";
    "Board of Tides (BoT" -> "board of tides" and "bot"). Returns (the form, the place, other forms)."""
    extra: set[str] = set()
    bracket = _OPEN_BRACKET.search(name)
    if bracket is not None:
        name = name[: bracket.start()]
        if bracket.group(1).strip():
            extra.add(_demonym_folded(bracket.group(1)))
    place = ""
    tail = _PLACE_TAIL.search(name)
    if tail is not None and tail.start() > 0:
        name, place = name[: tail.start()], _seat(tail.group(1))
    name = _LEGAL_TAIL.sub("", name)
    if _KIND_TAIL.search(name) and len(name.split()) >= 4:
        extra.add(_heading_key(_KIND_TAIL.sub("", name)))
    words = name.replace("’", "'").split()
    if len(words) >= 2 and (country := _country_word(words[0].removesuffix("'s"))):
        words = [country, *words[1:]]
    form = _heading_key(" ".join(words))
    ministry = _PORTFOLIO_MINISTRY.match(form)
    if ministry is not None:
        form = f"ministry of {ministry.group(1) or ministry.group(2)}"
    board = _BOARD_OF.match(form) or _OWN_BOARD.match(form)
    if board is not None:
        form = f"{board.group(1)} board"
    return form, place, extra


def _key_name(key: str, by_id: dict[str, StoryEntity]) -> str:
    """The name a ledger group's key stands for: its entity's, or the name a report gives ("name:officials")."""
    ent = by_id.get(key)
    return ent.name if ent is not None else key[5:]


def _seat(place: str) -> str:
    """A place as the seats of bodies compare: a capital read as its country ("in Varna", "in Ostland": an
    embassy sits in the capital)."""
    place = " ".join(place.split())
    known = gazetteer.country_of_capital(place) or gazetteer.lookup(place)
    return (known.canonical if known is not None and known.kind == "country" else place).casefold()


def _demonym_folded(name: str) -> str:
    """A name with an adjective of place read as the place, by spelling ("African CDC" -> "africa cdc"): for a
    short name given in brackets, which may be written with either."""
    words = _heading_key(name).split()
    return " ".join(w[:-1] if w.endswith("an") and len(w) > 4 else w for w in words)


# the people who speak for a body, after its name ("culture ministry officials")
_SPEAKING_FOR = frozenset({"officials", "chiefs", "spokesman", "spokeswoman", "spokesperson", "spokespeople"})


def _join_body_forms(st: _Joining) -> set[str]:
    """Move the speakers that name one body in different ways under one heading: "Ostland's embassy in Varna",
    "Ostlandish Embassy" and "Ostland embassy in Ostmark"; "Zephyrix Inc" and "Zephyrix"; "culture ministry" and
    "Ministry of Culture" and "Culture ministry chiefs", who speak for it; "Board of Tides (BoT" and "BoT"
    (``_body_forms``). People are never joined here, and
    one body's form placed in two places ("embassy in Varna", "embassy in Lusk": two embassies) joins none. Returns
    the bodies the small model typed people ("Kessel Tern" of a body's "KesselTern"), which never head a group:
    the body's own entity does."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    forms: dict[str, list[str]] = {}
    places: dict[str, set[str]] = {}
    # a company's name with its legal tail ("Shoei Kisen Kaisha Ltd"): the name without it is that company, even
    # typed a person by the small model ("Shoei Kisen Kaisha, the company's owner")
    companies = {_heading_key(_LEGAL_TAIL.sub("", n)) for k in heading if _LEGAL_TAIL.search(n := _key_name(k, by_id))}
    # a body's name spaced another way ("Kessel Tern" of "KesselTern"), typed a person: that body
    bodies = {_heading_key(_key_name(k, by_id)) for k in heading if k not in by_id or by_id[k].type != "PERSON"}
    spaced = {_unspaced(b): b for b in bodies}
    typed_people: set[str] = set()
    for key in heading:
        ent = by_id.get(key)
        if ent is not None and ent.type == "PERSON" and _heading_key(ent.name) not in companies:
            own = _heading_key(ent.name)
            if spaced.get(_unspaced(own), own) == own or len(own.split()) < 2:
                continue
            typed_people.add(key)
        name = ent.name if ent is not None else key[5:]
        words = name.split()
        if ent is None and len(words) >= 3 and words[-1].casefold() in _SPEAKING_FOR:
            name = " ".join(words[:-1])  # "Tides ministry chiefs said": the ministry speaking
        form, place, extra = _body_forms(name)
        # "Exxon Mobil" and "ExxonMobil", "Sky Link" and "SkyLink": one name spaced two ways
        for f in (form, *(_demonym_folded(form), _unspaced(form), *extra)):
            forms.setdefault(f, []).append(key)
        if place:
            places.setdefault(form, set()).add(place)
            places.setdefault(_unspaced(form), set()).add(place)
    for form, keys in forms.items():
        if len(places.get(form, ())) > 1 or len({heading[k] for k in keys}) < 2:
            continue
        target = heading[keys[0]]
        for key in keys[1:]:
            if heading[key] != target:
                _move(key, target, heading, by_name)
    return typed_people


def _unspaced(form: str) -> str:
    """A body's heading form with its spaces and hyphens left out, marked so that it matches only another such
    form: two reports that space one name differently ("exxon mobil", "exxonmobil") name one body."""
    return "~" + re.sub(r"[\s-]+", "", form)


def _join_role_names(st: _Joining) -> None:
    """Move a speaker named only by a role ("CrowdStrike CEO", from a headline's "CrowdStrike CEO apologizes ...,
    says ...") under the one person of the story who holds that role ("George Kurtz, CrowdStrike CEO"). A role
    two people hold ("mayor" of two towns) joins neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    holders: dict[str, set[str]] = {}
    for ent in by_id.values():
        if ent.type == "PERSON" and ent.role and _a_post(ent.role):
            for form in _role_forms(_heading_key(ent.role)):
                holders.setdefault(form, set()).add(ent.id)
    for key, head in list(heading.items()):
        people = holders.get(head, set())
        if len(people) != 1 or key in people:
            continue
        (person,) = people
        target = heading.get(person)
        if target is None or target == head:
            continue
        by_name[head].remove(key)
        by_name.setdefault(target, []).append(key)
        heading[key] = target


def _move(key: str, target: str, heading: dict[str, str], by_name: dict[str, list[str | None]]) -> None:
    """Show the group ``key`` under the heading ``target``."""
    by_name[heading[key]].remove(key)
    by_name.setdefault(target, []).append(key)
    heading[key] = target


# words before a role that say whose it is, not which role ("his mother", "the chief")
_OWNER_WORDS = frozenset({"his", "her", "its", "their", "the", "a", "an"})


def _described(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a speaker known only by a description ("his mother", "Police Chief": a headline's), without
    the words that say whose; None for a speaker with a name of its own ("Mira Kell", "Zephyrix")."""
    ent = by_id.get(key)
    name = ent.name if ent is not None else key[5:]
    if ent is not None and (ent.type != "PERSON" or not name[:1].islower()):
        return None
    words = _lower_words(name)
    while words and words[0] in _OWNER_WORDS:
        words = words[1:]
    if len(words) > 1 and (country := _country_word(words[0].removesuffix("'s").removesuffix("’s"))):
        words = [country, *words[1:]]  # "Ostland's harbour minister": the country's, said by its name
    if not words or len(words) > 3 or any(w.endswith(("'s", "’s")) for w in words):
        return None
    # a name-only speaker must read as a role ("Police Chief", "tides minister"), not a name ("Harbour
    # Commission"): title words before a title, or a description in lower case ending in one
    lower_title = name[:1].islower() or name.split()[0].endswith(("'s", "’s"))
    if ent is None and not (lower_title and words[-1] in gazetteer.TITLE_HEADS) and not all(
        w in gazetteer.TITLE_HEADS or w in _ROLE_QUALIFIERS for w in words[:-1]
    ):
        return None
    return words


def _country_word(word: str) -> str | None:
    """The country a word names or is the adjective of, in lower case ("french", "Ostland's" -> "france",
    "ostland"), or None."""
    for form in dict.fromkeys((word, word.capitalize())):  # "US" as written; "french" as a name is written
        known = gazetteer.country_of_demonym(form) or gazetteer.lookup(form)
        if known is not None and known.kind == "country":
            return known.canonical.casefold()
    return None


# words that qualify a role in a headline's short form of it ("Police Chief", "Deputy Mayor")
_ROLE_QUALIFIERS = frozenset({"police", "fire", "deputy", "city", "county", "state", "acting", "interim", "chief"})


def _join_described_holders(st: _Joining) -> None:
    """Move a speaker known only by a description that is the role of one named person of the story ("the chief",
    "Police Chief", "his mother") under that person ("Tim Corran, Glenfield Police Chief"; "Ada Rusk, Rusk's
    mother"): the description's last word is the head of the person's role and its other words are words of it.
    A description two people's roles fit ("chief" of a fire brigade and of a site) joins neither; a role that is
    no role but a run of the report's words ("…, the result of a shot by a police officer") is never matched by
    its tail, only by its head."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    roles = [(e.id, head_word(e.role), _role_word_set(e.role)) for e in by_id.values()
             if e.type == "PERSON" and e.role and _a_post(e.role) and e.name[:1].isupper() and len(e.name.split()) >= 2]
    for key in list(heading):
        words = _described(key, by_id) if key is not None else None
        titled = _titled_header(key, by_id) if key is not None and not words else None
        if titled and titled[-1] == "leader" and len(titled) == 2 and _country_word(titled[0]):
            holders = _leaders_of(_country_word(titled[0]) or "", key, by_id)
        elif titled:
            holders = {pid for pid, head, role_words in roles if head == titled[-1]
                       and _either_within(set(titled[:-1]), role_words - {head})}
        elif words:
            holders = {pid for pid, head, role_words in roles
                       if head == words[-1] and all(_word_of(w, role_words) for w in words[:-1])}
        else:
            continue
        if len(holders) != 1 or key in holders:
            continue
        target = heading.get(holders.pop())
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


# the posts a country's "leader" holds in news: the head of its government or state ("the Ostland leader")
_LEADER_POSTS = (("prime", "minister"), ("president",), ("premier",), ("chancellor",))


def _leaders_of(country: str, key: str, by_id: dict[str, StoryEntity]) -> set[str]:
    """The named people of the story who lead ``country`` ("Ostland Prime Minister Tomas Varrel") that the report
    of the speaker ``key`` ("the Ostland leader") names too: news calls a head of government its country's
    leader once it has named them. A deputy ("Ostland deputy prime minister") or a country's second such
    post-holder in the report (a president and a prime minister) leaves the leader unknown: the caller joins
    only one."""
    reports = {m.article for m in by_id[key].mentions}
    found = set()
    for ent in by_id.values():
        if ent.type != "PERSON" or ent.id == key or not ent.role or len(ent.name.split()) < 2:
            continue
        words = _lower_words(ent.role)
        if "deputy" in words or "vice" in words or "former" in words:
            continue
        posts = any(tuple(words[i : i + len(post)]) == post for post in _LEADER_POSTS for i in range(len(words)))
        if posts and country in _role_word_set(ent.role) and reports & {m.article for m in ent.mentions}:
            found.add(ent.id)
    return found


def _join_posts_of(st: _Joining) -> None:
    """Move a speaker known only by a post written with "of" ("the secretary of state", from "according to the
    secretary of state for Vell Province, Ada Rusk", which the quote stage cut short) under the one named person
    of the story whose role opens with those very words ("Ada Rusk, the secretary of state of Vell Province"):
    the report gives the post to that person. A post whose words open two people's roles joins neither; a post
    of one word ("the minister") is ``_join_described_holders``'s."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    roles = [(e.id, _owner_less(e.role)) for e in by_id.values()
             if e.type == "PERSON" and e.role and _a_post(e.role) and e.name[:1].isupper() and len(e.name.split()) >= 2]
    for key in list(heading):
        words = _post_of(key, by_id) if key is not None else None
        if not words:
            continue
        holders = {pid for pid, role in roles if role[: len(words)] == words}
        if len(holders) != 1 or key in holders:
            continue
        target = heading.get(holders.pop())
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


def _owner_less(text: str) -> list[str]:
    """The words of a description or role in lower case, without the words before it that say whose."""
    words = _lower_words(text)
    while words and words[0] in _OWNER_WORDS:
        words = words[1:]
    return words


def _post_of(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a speaker known by a post of the form "<title> of <words>" in lower case ("the secretary of
    state" -> ["secretary", "of", "state"]), or None for a name or any other description."""
    ent = by_id.get(key)
    name = ent.name if ent is not None else key[5:]
    if (ent is not None and ent.type != "PERSON") or not name[:1].islower():
        return None
    words = _owner_less(name)
    if not 3 <= len(words) <= 5 or words[0] not in gazetteer.TITLE_HEADS or "of" not in words[1:-1]:
        return None
    return words


def _a_post(role: str) -> bool:
    """Whether a person's role is a post, not the body they are of ("Ada Rusk, Tidewater Anglers Association"): the
    body speaking ("according to the Association") is no person holding it."""
    return head_word(role) not in gazetteer.NAME_TAILS and head_word(role) not in nominals.ORG_NOUNS


def _titled_header(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a capitalised speaker that is a role, not a name ("Cabinet Office minister", a headline's
    subject the small model types a person): it ends on a title's head and holds no word of a person's name; None
    for anything else."""
    ent = by_id.get(key)
    if ent is None or ent.type != "PERSON" or ent.role or not ent.name[:1].isupper():
        return None
    words = _lower_words(ent.name)
    if not 2 <= len(words) <= 4 or words[-1] not in gazetteer.TITLE_HEADS:
        return None
    parts = {w.casefold() for e in by_id.values() if e.type == "PERSON" and e.id != key for w in e.name.split()}
    return None if parts & set(words[:-1]) else words


def _either_within(header: set[str], role: set[str]) -> bool:
    """A header's words before its title and a role's words before the same title tell one post: one holds the
    other ("Cabinet Office minister" and a bare "minister"), not two posts ("Cabinet Office" and "prime")."""
    return header <= role or role <= header


def _role_word_set(role: str) -> set[str]:
    """The words of a role, a country's adjective also as the country ("French Tides Minister" holds "france")."""
    words = set(_lower_words(role))
    return words | {c for w in words if (c := _country_word(w))}


def _word_of(word: str, role_words: set[str]) -> bool:
    """Whether a description's word is a word of a role, or names the place one of its words names by one stem
    (``_place_stem``)."""
    return word in role_words or _place_stem(word) in {_place_stem(w) for w in role_words}


# the endings that make a place's adjective or a country's name of one stem ("Vardak", "Vardakstan", "Vardakian")
_PLACE_ENDS = ("istan", "stan", "ian", "ia", "ish", "ese", "an", "i")
_STEM_LETTERS = 4  # a stem shorter than this is too short to tell places apart


def _place_stem(word: str) -> str:
    """A word without the ending that makes a place's name or adjective of its stem, marked so that it matches
    only another stem: "kazakh" of a headline's "Kazakh president" and the "Kazakhstan" of a role ("Kazakhstan
    President") are one country, which the gazetteer may not know."""
    for end in _PLACE_ENDS:
        if word.endswith(end) and len(word) - len(end) >= _STEM_LETTERS:
            return "~" + word[: -len(end)]
    return "~" + word


# a person's surname after a title or a comma, closing a name the small model ran on from the words before it
# ("Glenfield Chief Corran", "Bureau of Inquiry, Corran")
_TITLED_SURNAME = re.compile(r"(?:,\s*|\b([A-Za-z]+)\s+)([A-Z][\w'’-]+)$")


def _join_surname_forms(st: _Joining) -> None:
    """Move a speaker whose name is other words run on to a title and a surname ("Glenfield Chief Corran", typed a
    work of art) or a comma and a surname ("Bureau of Inquiry, Corran") under the one person of the story named in
    full with that surname ("Tim Corran"). Two people of that surname: neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    people = _full_names(by_id)
    for key in list(heading):
        if key is None or (key in by_id and by_id[key].type == "PERSON"):
            continue
        name = _key_name(key, by_id)
        hit = _TITLED_SURNAME.search(name)
        titled = hit is not None and (not hit.group(1) or hit.group(1).casefold() in gazetteer.TITLE_HEADS)
        if hit is None or not titled or len(name.split()) < 3:
            continue
        holders = people.get(hit.group(2).casefold(), set())
        if len(holders) != 1:
            continue
        target = heading.get(next(iter(holders)))
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


def _join_bare_surnames(st: _Joining) -> None:
    """Move a speaker named by a surname alone ("Marinetto", a description after it in its report, which the small
    model may type a work of art) under the one person of the story named in full with that surname ("Stefan
    Marinetto"): same surname, one full name, no other given name. Two people of that surname ("Stefan" and "Clara
    Marinetto"): neither. An organisation of that one word ("Dorrin", a company, beside "Jan Dorrin") is a
    namesake, never joined."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    people = _full_names(by_id)
    for key in list(heading):
        ent = by_id.get(key) if key is not None else None
        if key is None:
            continue
        name = ent.name if ent is not None else key[5:]
        words = [w for w in name.split() if w.strip(".").casefold() not in _HONOURS]
        if len(words) != 1 or not words[0][:1].isupper() or not words[0].isalpha():
            continue
        holders = people.get(words[0].casefold(), set())
        if len(holders) != 1 or key in holders:
            continue
        if ent is not None and ent.type == "ORG" and not _named_in_full_before(ent, by_id[next(iter(holders))]):
            continue
        # the person named in full heads the group, though only the surname speaks ("Vell said" after "Prime
        # Minister Tomas Vell"): the heading gives the name and role the reports give
        target = _heading_of(next(iter(holders)), heading, by_name, by_id)
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


def _named_in_full_before(bare: StoryEntity, person: StoryEntity) -> bool:
    """Whether every mention of a one-word name stands after the person's full name in its own report ("Prime
    Minister Pedro Vela ... Vela said", the small model typing "Vela" a body): the report shortens the name it gave
    in full. A company of that word ("Dorrin" in a report that never names "Jan Dorrin") is a namesake."""
    return bool(bare.mentions) and all(
        any(p.article == m.article and p.end <= m.start and p.end - p.start > m.end - m.start for p in person.mentions)
        for m in bare.mentions
    )


# courtesy titles before a surname alone ("Mr Marinetto")
_HONOURS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof"})


def _full_names(by_id: dict[str, StoryEntity]) -> dict[str, set[str]]:
    """The people of the story named in full (two capitalised words or more), by surname in lower case."""
    people: dict[str, set[str]] = {}
    for e in by_id.values():
        words = e.name.split()
        if e.type == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            people.setdefault(words[-1].casefold(), set()).add(e.id)
    return people


def _join_bare_kinds(st: _Joining) -> None:
    """Move a speaker known by one bare word ("statement", "ministry", from "The statement added ...", "the ministry
    stated") under the one other speaker of the same reports whose name holds that word ("a statement from the
    Harbour Board", "Ministry of Coastal Affairs"): the report says whose statement or ministry it is. Two such
    speakers in its reports: neither."""
    groups, heading, by_name, by_id = st.groups, st.heading, st.by_name, st.by_id
    articles: dict[str, set[str]] = {}
    for key, items in groups.items():
        if key is not None:
            articles[key] = {s.article for s in _carried_at(items)}
    for key in sorted(heading, key=_synonym_last):
        ent = by_id.get(key)
        name = ent.name if ent is not None else key[5:]
        if ent is not None and (ent.type == "PERSON" or not name[:1].islower()):
            continue
        words = [w for w in name.casefold().split() if w not in _OWNER_WORDS]
        words = [_KIND_SYNONYMS.get(" ".join(words), " ".join(words))] if words else words
        if len(words) != 1 or not words[0].isalpha():
            continue
        targets = {
            heading[other] for other in heading
            if heading[other] != heading[key] and articles.get(other, set()) & articles[key]
            and words[0] in re.findall(r"[\w-]+", heading[other]) and len(heading[other].split()) > 1
        }
        if len(targets) == 1:
            target = targets.pop()
            for member in [k for k in by_name[heading[key]] if k is not None]:
                _move(member, target, heading, by_name)  # "mission", joined to "diplomatic mission" before it


def _synonym_last(key: str | None) -> bool:
    """Whether a speaker's name is a kind's other word ("diplomatic mission"): joined after the bare words
    ("mission") that may have joined it."""
    name = key[5:] if key is not None and key.startswith("name:") else ""
    return " ".join(w for w in name.casefold().split() if w not in _OWNER_WORDS) in _KIND_SYNONYMS


# two words news writes for one kind of body ("the diplomatic mission said" of "the Ostland Embassy")
_KIND_SYNONYMS = {"diplomatic mission": "embassy"}


def _join_apposed_kinds(st: _Joining) -> None:
    """Move a speaker known by a description in lower case ("messaging app", from "the messaging app said") under
    the one body the story's roles name right after that description ("founder of messaging app Zinger"): the
    reports say which app it is. Two such bodies: neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    roles = [e.role for e in by_id.values() if e.role]
    for key in list(heading):
        ent = by_id.get(key)
        name = ent.name if ent is not None else key[5:]
        if (ent is not None and ent.type == "PERSON") or not name[:1].islower() or len(name.split()) > 3:
            continue
        description = " ".join(w for w in name.split() if w.casefold() not in _OWNER_WORDS)
        if not description:
            continue
        apposed = re.compile(rf"\b{re.escape(description)}\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", re.IGNORECASE)
        named = {_heading_key(hit.group(1)) for role in roles for hit in apposed.finditer(role)}
        targets = {heading[k] for k in heading if k is not None and heading[k] in named and heading[k] != heading[key]}
        if len(named) == 1 and len(targets) == 1:
            _move(key, targets.pop(), heading, by_name)


def _parents(by_id: dict[str, StoryEntity]) -> dict[str, str]:
    """The brands of the story told as another company's ("Quillon parent Veltrane"), each the heading form of the
    brand's name -> the id of its parent; a brand two companies claim is left out."""
    claimed: dict[str, set[str]] = {}
    for e in by_id.values():
        brand = parent_brand(e.role, e.type)  # a role ``compare.link`` gives a company told the brand's parent
        if brand is not None:
            claimed.setdefault(_body_forms(brand)[0], set()).add(e.id)
    return {brand: next(iter(ids)) for brand, ids in claimed.items() if len(ids) == 1}


def _join_parent_brands(st: _Joining) -> None:
    """Move a brand that speaks ("Quillon said in a statement") under its parent company ("Veltrane Inc", told
    "Quillon's parent company" by a report): the reports tell the two as one company, and a reader looks for its
    words under one heading. Only the brand the role names, by its whole name: "Quillon Bakery", a namesake, stays
    apart."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    for brand, parent in _parents(by_id).items():
        target = heading.get(parent)
        if target is None:
            continue
        for key in list(heading):
            if heading[key] == target:
                continue  # a brand the small model typed a person is joined too: no person has a parent company
            if _body_forms(_key_name(key, by_id))[0] == brand:
                for member in [k for k in by_name[heading[key]] if k is not None]:
                    _move(member, target, heading, by_name)


# a company as a report names it once it has named it ("the company said", "a spokesperson for the firm")
_COMPANY_WORDS = frozenset({"company", "firm", "corporation"})
# the word after a trade that tells a company by it ("the casino giant")
_GIANT_WORDS = frozenset({"giant", "behemoth"})
# the nouns of a trade a report names a company by once it has named it ("the mobile carrier said", "the
# automaker said"): a company, never an institution ("the central bank" is left out: "bank" is not here)
_TRADE_WORDS = frozenset(
    """carrier provider operator maker manufacturer retailer airline automaker carmaker chipmaker insurer lender
    driller conglomerate chain""".split()  # noqa: SIM905
)
# the trades a report names a company by, before "company" ("the tech company said")
_TRADE_FIELDS = frozenset(
    """tech technology software internet chemical chemicals energy oil mining shipping media drug pharmaceutical
    biotech telecom telecommunications insurance airline""".split()  # noqa: SIM905
)
# words of a description that say who speaks for the company, not which company ("a spokesperson for the company")
_FOR_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "for", "of"})
# words of a body's name that tell an institution, no company ("Marlport City Council", "Ministry of Labour")
_INSTITUTION_WORDS = frozenset(
    """ministry department police council government agency commission court union university office authority
    parliament army committee association federation party bureau school hospital senate congress administration
    center centers centre centres institute workers""".split()  # noqa: SIM905
)
_NEAR_COMPANY = 600  # how far before its words a company named in the report may be what "the company" means


def _join_company_descriptions(st: _Joining) -> None:
    """Move a speaker known as "the company" ("the company said", "a spokesperson for the company") under the company
    its report means: the one company the report names in the ``_NEAR_COMPANY`` characters before each of its
    quotes where it names any, a brand and its parent counted as one (``_parents``). Two companies named there
    ("Veltrane" and its rival "Dorrin Motors"), or reports that mean different companies: no join. A company that
    does not speak itself becomes the heading ("the company said" in a report about Quillon: "Quillon")."""
    groups, heading, by_name, by_id, carriers = st.groups, st.heading, st.by_name, st.by_id, st.carriers
    parents = _parents(by_id)
    parent_of = {e.id: parent for e in (by_id.values() if parents else ())
                 if (parent := parents.get(_body_forms(e.name)[0])) is not None}
    # where the report names each company: its mentions, and its own quotes (a name the linking missed is there)
    told = set(parent_of) | set(parent_of.values())  # a brand and its parent are companies, whatever their type
    # a company's name the small model types a person in another report ("Red Lobster") is that company there
    told |= {e.id for e in by_id.values() if _heading_key(e.name) in {_heading_key(c.name) for c in _companies(by_id)}}
    named = {
        e.id: list(e.mentions) for e in by_id.values() if (_a_company(e) or e.id in told) and e.name not in carriers
    }
    for key, items in groups.items():
        if key in named:
            named[key] += _carried_at(items)
    # the entities of one company's name are one company, counted as one
    first: dict[str, str] = {}
    for cid in sorted(named, key=lambda c: by_id[c].type != "ORG"):
        first.setdefault(_heading_key(by_id[cid].name), cid)
    parent_of = {cid: first[_heading_key(by_id[cid].name)] for cid in named} | parent_of
    for key, items in groups.items():
        if key is None or not _a_company_description(key, by_id):
            continue
        spans = _carried_at(items)
        if _by_trade(key, by_id):
            company = _story_company(spans, named, parent_of)
        else:
            meant = {_company_near(span, named, parent_of, heading) for span in spans} - {None}
            company = meant.pop() if len(meant) == 1 else None
        if company is None:
            continue
        target = _heading_of(company, heading, by_name, by_id)
        if target != heading[key]:
            for member in [k for k in by_name[heading[key]] if k is not None]:
                _move(member, target, heading, by_name)


_COMPANY_BOARD = re.compile(r"^(?:company|firm)'s board(?: of directors)?$")


def _join_company_boards(st: _Joining) -> None:
    """Move a speaker known as "the company's board" under the board of the company its report means (the one
    company named before each of its quotes, ``_company_near``) when another report names that board and it
    speaks ("Zephyrix's board", "the board of directors of Zephyrix"). No such board heading: no join."""
    groups, heading, by_name, by_id, carriers = st.groups, st.heading, st.by_name, st.by_id, st.carriers
    named = {e.id: list(e.mentions) for e in _companies(by_id) if e.name not in carriers}
    boards: dict[str, set[str]] = {}
    for shown in heading:
        boards.setdefault(_body_forms(_key_name(shown, by_id))[0], set()).add(heading[shown])
    for key, items in groups.items():
        if key is None or key not in heading or not _COMPANY_BOARD.match(_heading_key(_key_name(key, by_id))):
            continue
        meant = {_company_near(span, named, {}) for span in _carried_at(items)}
        company = meant.pop() if len(meant) == 1 else None
        targets = boards.get(f"{_body_forms(by_id[company].name)[0]} board", set()) if company else set()
        if len(targets) == 1 and heading[key] not in targets:
            _move(key, next(iter(targets)), heading, by_name)


def _by_trade(key: str, by_id: dict[str, StoryEntity]) -> bool:
    """Whether a company description names the company by its trade ("the wireless carrier"), not as "the company"."""
    words = _key_name(key, by_id).casefold().split()
    return bool(words) and (words[-1] in _TRADE_WORDS or _trade_company([w for w in words if w not in _OWNER_WORDS]))


def _story_company(spans: Sequence[Span], named: dict[str, list[Span]], parent_of: dict[str, str]) -> str | None:
    """The company the story is about, when a report calls it by its trade ("the mobile carrier said"): the company
    named most often across the reports, by far (twice as often as any other), and named in each report of the
    description's quotes. A trade word fits any company of its trade, so the nearest name is no
    guide ("a single Application Programming Interface" named just before): the story's company is."""
    counts: dict[str, int] = {}
    for cid, at in named.items():
        counts[parent_of.get(cid, cid)] = counts.get(parent_of.get(cid, cid), 0) + len(at)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    main = ranked[0][0]
    mentions = [m for cid, at in named.items() if parent_of.get(cid, cid) == main for m in at]
    told = all(any(m.article == s.article for m in mentions) for s in spans)
    return main if told else None


def _carried_at(items: Sequence[LedgerQuote]) -> list[Span]:
    """Every place the quotes of a speaker stand: each quote's span and the spans of its other carriers."""
    return [s for lq in items for s in (lq.quote.span, *lq.quote.same_as)]


def _heading_of(
    ent: str, heading: dict[str, str], by_name: dict[str, list[str | None]], by_id: dict[str, StoryEntity]
) -> str:
    """The heading a description's quotes move under: the entity's own, made for it when it does not speak
    itself ("the company said" in a report about Quillon: "Quillon")."""
    if ent not in heading:
        heading[ent] = _heading_key(by_id[ent].name)
        by_name.setdefault(heading[ent], []).insert(0, ent)
    return heading[ent]


def _company_near(
    span: Span, named: dict[str, list[Span]], parent_of: dict[str, str], heading: dict[str, str] | None = None
) -> str | None:
    """The id of the one company named in the ``_NEAR_COMPANY`` characters of its report before ``span`` (a brand
    read as its parent; two names of one heading, "MGM Resorts" and "MGM Resorts International", one company), or
    None when none or several are."""
    near = {
        parent_of.get(cid, cid) for cid, at in named.items()
        if any(m.article == span.article and m.start < span.start and span.start - m.start <= _NEAR_COMPANY
               for m in at)
    }
    shown = {(heading or {}).get(cid, cid): cid for cid in sorted(near)}
    return next(iter(shown.values())) if len(shown) == 1 else None


def _companies(by_id: dict[str, StoryEntity]) -> list[StoryEntity]:
    return [e for e in by_id.values() if _a_company(e)]


def _a_company(ent: StoryEntity) -> bool:
    """Whether a story entity reads as a company a report speaks of: an organisation by a name in capitals, no
    institution's word in it, no place, no news outlet ("the company told Zephyr News": the outlet is not it)."""
    words = set(_heading_key(ent.name).split())
    return (ent.type == "ORG" and ent.name[:1].isupper() and not words & _INSTITUTION_WORDS
            and not gazetteer.place(ent.name) and outlets.canonical(ent.name) is None)


def _a_company_description(key: str, by_id: dict[str, StoryEntity]) -> bool:
    """Whether a speaker is "the company" or one who speaks for it, by description ("a spokesperson for the firm")."""
    name = _key_name(key, by_id)
    if not name[:1].islower() and not name.casefold().startswith(("the ", "a ")):
        return False
    words = [w for w in _lower_words(name) if w not in _OWNER_WORDS and w not in _FOR_WORDS]
    # "the casino giant", "the retail giant": a company told by its trade; "the wireless carrier", "the chipmaker"
    # "the seafood restaurant chain": a trade of two words
    return (len(words) == 1 and words[0] in _COMPANY_WORDS) or (len(words) == 2 and words[1] in _GIANT_WORDS) or (
        1 <= len(words) <= 3 and words[-1] in _TRADE_WORDS
    ) or _trade_company(words)


def _trade_company(words: list[str]) -> bool:
    """Whether a description names a company by its trade and the word "company" ("the tech company", "the
    chemical firm"); "the parent company" is another company, no trade."""
    return len(words) == 2 and words[0] in _TRADE_FIELDS and words[1] in _COMPANY_WORDS


# a role written "the X of Y" ("the CEO of Zephyrix"), which a headline writes "Y X" ("Zephyrix CEO")
_ROLE_OF = re.compile(r"^([\w-]+) of ([\w'-]+(?: [\w'-]+){0,2})$")


def _role_forms(role: str) -> set[str]:
    """A role as headings are compared, in both of the orders news writes it ("ceo of zephyrix", "zephyrix
    ceo")."""
    forms = {role}
    hit = _ROLE_OF.match(role)
    if hit is not None:
        forms.add(f"{hit.group(2)} {hit.group(1)}")
    return forms


def _heading_key(name: str) -> str:
    """A speaker's name as headings are compared: case, apostrophes, full stops and a leading article aside
    ("Kell’s team", "kell's team"; "the Harbour Commission", "Harbour Commission"; "the U.S. Navy", "US Navy"), and
    accents too: one report prints "Luís Vidal", another "Luis Vidal", one name some outlets type without them; and
    double quotation marks, which a nickname in quotes leaves in a name ("Ana “Annie” Kell" read as "Annie” Kell")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c) and c not in "“”\"")
    key = " ".join(plain.replace("’", "'").casefold().replace(".", "").split())  # "U.S." / "US"
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


# lower-case words of a name that are no given name ("al-Ghaithi", "el Drese", "bin Saleh")
_NAME_PARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "bin", "ibn", "abu", "da", "de"})
# words of a role that tell no role apart ("the mayor of Derna")
_ROLE_FILLER = frozenset({"the", "a", "an", "of", "for", "in", "and", "its", "city", "town"})
_SKELETON_LETTERS = 4  # a given name shorter than this in consonants is too short to tell spellings apart


def spelled_alike(a: StoryEntity, b: StoryEntity) -> bool:
    """Whether two people of a story are one person whose name two reports transliterate differently ("Mayor
    Halim Al Qadri" and "the town's mayor, Haleem al-Qadri"): both titled with one role word, one surname once
    particles and hyphens are set aside, and given names with the same first letter and the same consonants
    ("hlm"), at least four of them. Does NOT join people whose names only share a surname."""
    if a.type != "PERSON" or b.type != "PERSON" or a.role is None or b.role is None or a.name == b.name:
        return False
    if not _role_words(a.role) & _role_words(b.role):
        return False
    (given_a, surname_a), (given_b, surname_b) = _name_parts(a.name), _name_parts(b.name)
    if not given_a or not given_b or surname_a != surname_b or given_a[0] != given_b[0]:
        return False
    skeleton = _consonants(given_a)
    return len(skeleton) >= _SKELETON_LETTERS and skeleton == _consonants(given_b)


def _role_words(role: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", role.casefold()) if w not in _ROLE_FILLER}


def _name_parts(name: str) -> tuple[str, str]:
    """A person's given names run together and surname, in lower case, without particles or hyphens
    ("Abdel-Karim al-Nour" -> ("abdelkarim", "nour"))."""
    parts = [w for w in re.split(r"[\s\-‐–]+", name.casefold()) if w and w not in _NAME_PARTICLES]
    if len(parts) < 2:
        return "", ""
    return "".join(parts[:-1]), parts[-1]


def _consonants(word: str) -> str:
    return re.sub(r"[^a-z]|[aeiouy]", "", word)


# the past of the -ing forms of speech verbs that do not take "-ed" ("..., saying the port would reopen")
_IRREGULAR_PAST = {
    "saying": "said", "telling": "told", "writing": "wrote", "speaking": "spoke", "giving": "gave",
    "making": "made", "thinking": "thought", "swearing": "swore", "holding": "held", "finding": "found",
    "bringing": "brought", "seeing": "saw", "taking": "took", "knowing": "knew", "feeling": "felt",
    "putting": "put", "setting": "set", "letting": "let", "meeting": "met", "leaving": "left",
}
_VOWELS = frozenset("aeiou")
# an adverb particle that belongs to the verb ("pointing out that", "backing up claims")
_PARTICLE = re.compile(r"\s+(out|up|back|down|on|off)\b")
# words that open a reported clause in lower case once a verb stands before them ("MAP reported the army ...")
_CLAUSE_OPENERS = frozenset(
    """The A An It Its This That These Those There Their His Her Our Some Most Many Several Another Other In On At
    After Before During About Around More Fewer""".split()  # noqa: SIM905 (a word list reads better as prose)
)


def past_form(verb: str) -> str:
    """The simple past of a speech verb's -ing form ("pointing" -> "pointed", "denying" -> "denied", "saying" ->
    "said"); any other word as it is. Spelling rules only: no dictionary, so it is kept to -ing forms."""
    if not verb.endswith("ing") or len(verb) < 6 or not verb.islower() or " " in verb:
        return verb
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    stem = verb[:-3]
    if stem.endswith("y") and stem[-2] not in _VOWELS:
        return stem[:-1] + "ied"
    if stem.endswith("e"):
        return stem + "d"  # "agreeing" -> "agreed"
    return stem + "ed"  # "adding" -> "added", "noting" -> "noted" (the dropped e comes back with -ed)


def ledger_cue(cue: str, text: str, quote_start: int) -> str:
    """The cue of reported speech as the ledger line shows it before the clause: an -ing form in the past,
    with the particle the report writes after it ("..., pointing out that ..." -> "pointed out"); ``text`` is
    the report's text and ``quote_start`` where the reported clause begins in it."""
    at = text.rfind(cue, max(0, quote_start - 80), quote_start)
    particle = _PARTICLE.match(text, at + len(cue), quote_start) if at >= 0 else None
    shown = past_form(cue)
    return f"{shown} {particle.group(1)}" if particle and shown != cue else shown


def after_cue(clause: str) -> str:
    """A reported clause as it reads after its verb in a ledger line: a capitalised opening function word
    ("The army set up ...") in lower case; a name, "I" and any other word kept."""
    first = clause.split(" ", 1)[0]
    if first in _CLAUSE_OPENERS:
        return first.lower() + clause[len(first) :]
    return clause


def _misspellings(by_id: dict[str, StoryEntity]) -> dict[str, str]:
    """The people of the story whose surname one report misspells, each -> the person meant: "Shawn Fenn", named
    by one report only, where two reports or more name "Shawn Fain" (``compare.names._misspelt_of``: same first
    name, a surname of the same initial at most two letters apart, not written in full by the one report too).
    Two people of one surname and other first names are never joined."""
    people: dict[str, tuple[str, str]] = {}
    reports: dict[str, set[int]] = {}
    number: dict[str, int] = {}  # a report's article id -> a number, as ``_misspelt_of`` counts reports
    for e in by_id.values():
        words = e.name.split()
        if e.type == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words) and e.mentions:
            people[e.id] = (words[0].casefold(), words[-1].casefold())
            reports[e.id] = {number.setdefault(m.article, len(number)) for m in e.mentions}
    out = {}
    for pid in people:
        if len(reports[pid]) != 1:
            continue
        (alone,) = reports[pid]
        # a person its report writes in full ("Shawn Fain" in the report of "Shawn Fenn"): two people, told apart
        written = [e for e in people if any(number[m.article] == alone and m.end - m.start >= len(by_id[e].name)
                                            for m in by_id[e].mentions)]
        meant = _misspelt_of(pid, people, reports, written)
        if meant is not None and _edits(people[pid][1], people[meant][1]) > 0:
            out[pid] = meant
    return out


# words before a body's name that say which of its people speak, not which body ("top UAW officials")
_RANK_WORDS = frozenset({"top", "senior", "leading"})
_ACRONYM_NAME = re.compile(r"^[A-Z]{2,6}$")


def _acronym_of(key: str, by_id: dict[str, StoryEntity]) -> str | None:
    """The acronym a speaker is named by, alone or with the people who speak for the body ("CDC", "top UAW
    officials" -> "UAW"), or None."""
    words = _key_name(key, by_id).replace(".", "").split()
    if len(words) > 1 and words[-1].casefold() in _SPEAKING_FOR:
        words = words[:-1]
    while len(words) > 1 and words[0].casefold() in _RANK_WORDS | _OWNER_WORDS:
        words = words[1:]
    return words[0] if len(words) == 1 and _ACRONYM_NAME.match(words[0]) else None


def _join_acronyms(st: _Joining) -> None:
    """Move a speaker named by an acronym ("CDC", "top UAW officials") under the one body of the story whose name
    it spells ("Centers for Disease Control and Prevention": its initials, or those of its name before the last
    "and", which news leaves out of the acronym; "United Auto Workers"): one report writes the acronym, another the
    name. Two bodies the acronym spells ("Coastal Defence Council", "Centre for Dune Care"): neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    spelled: dict[str, set[str]] = {}
    for key in heading:
        ent = by_id.get(key)
        name = _KIND_TAIL.sub("", _key_name(key, by_id))
        if (ent is not None and ent.type == "PERSON") or len(name.split()) < 2 or not name[:1].isupper():
            continue
        before_and = name.rsplit(" and ", 1)[0]
        for form in {initials(name), initials(before_and)}:
            spelled.setdefault(form, set()).add(heading[key])
    for key in list(heading):
        acronym = _acronym_of(key, by_id)
        targets = spelled.get(acronym, set()) - {heading[key]} if acronym else set()
        if len(targets) == 1 and len(spelled[acronym or ""]) == 1:
            _move(key, targets.pop(), heading, by_name)


# the word after a company's acronym in its full name ("TPC Group Inc.": "TPC" is that company)
_GROUP_WORDS = frozenset({"group", "holdings"})


def _join_group_acronyms(st: _Joining) -> None:
    """Move a speaker named by an acronym ("KRX") under the one body of the story whose name is that acronym and a
    group's word, a legal tail aside ("KRX Group Inc."): the fuller name holds the short one, which reports use
    for the company once they have named it. Two such bodies ("KRX Group", "KRX Holdings"): neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    groups: dict[str, set[str]] = {}
    for key in heading:
        words = _LEGAL_TAIL.sub("", _key_name(key, by_id)).split()
        if len(words) == 2 and _ACRONYM_NAME.match(words[0]) and words[1].casefold() in _GROUP_WORDS:
            groups.setdefault(words[0], set()).add(heading[key])
    for key in list(heading):
        ent = by_id.get(key)
        name = _key_name(key, by_id)
        if (ent is not None and ent.type == "PERSON") or not _ACRONYM_NAME.match(name):
            continue
        targets = groups.get(name, set())
        if len(targets) == 1 and heading[key] not in targets:
            _move(key, next(iter(targets)), heading, by_name)


_COPIED_QUOTE = 0.6  # how alike two reports' words of one statement are when one report copied the other's


def _description_words(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a speaker known by a description in lower case, a country's adjective before it allowed
    ("Egyptian canal authority official" -> ["egypt", "canal", "authority", "official"]), or None for a name."""
    words = [w for w in _key_name(key, by_id).replace("’", "'").split() if w.casefold() not in _OWNER_WORDS]
    if words and (country := _country_word(words[0])):
        words = [country, *words[1:]]
    if not words or not all(w.islower() for w in words[1:]) or (len(words) == 1 and not words[0].islower()):
        return None
    return [w.casefold() for w in words]


def _join_copied_descriptions(st: _Joining) -> None:
    """Move a speaker known by a description ("Egyptian official", "authorities") under a longer description of
    the same head word that holds all its words ("Egyptian canal authority official", "canal authorities") when
    the two carry one statement in two reports, word for word or nearly (one report copied the other's sentence
    and cut the description short). Two descriptions that carry no statement in common stay apart ("official" of
    a port and of a ministry)."""
    groups, heading, by_name, by_id = st.groups, st.heading, st.by_name, st.by_id
    described = {key: words for key in heading if (words := _description_words(key, by_id)) is not None}
    for key, words in sorted(described.items(), key=lambda kv: len(kv[1])):
        longer = {
            heading[other] for other, more in described.items()
            if heading[other] != heading[key] and len(more) > len(words) and more[-1] == words[-1]
            and set(words) <= set(more) and _copied(groups.get(key, []), groups.get(other, []))
        }
        if len(longer) == 1:
            _move(key, longer.pop(), heading, by_name)


# the people who speak for a body, after its name, unnamed ("FDNY sources said")
_SOURCES = _SPEAKING_FOR | {"sources"}


def _join_copied_body_sources(st: _Joining) -> None:
    """Move the people who speak for a body named by its acronym ("VFD sources") under those of the body named in
    full ("Varrow Fire Department sources") when the two carry one statement in two reports, word for word or
    nearly: one report copied the other's sentence and wrote the body's name out (or in short). The acronym's
    letters must open the full name's words, in any order ("Fire Department of Varrow" is "FDV" to its reports),
    leaving one word at most ("Varrow City Fire Department"); the same kind of speaker ("sources", "officials")
    after both."""
    groups, heading, by_name, by_id = st.groups, st.heading, st.by_name, st.by_id
    speakers: list[tuple[str, str, str]] = []  # (key, the speaking word, the body's name)
    for key in heading:
        words = _key_name(key, by_id).split()
        if len(words) >= 2 and words[-1].casefold() in _SOURCES and words[0][:1].isupper():
            speakers.append((key, words[-1].casefold(), " ".join(words[:-1])))
    for key, kind, body in speakers:
        if not _ACRONYM_NAME.match(body) or len(body) < 3:
            continue
        full = {
            heading[other] for other, other_kind, name in speakers
            if other_kind == kind and heading[other] != heading[key] and _spelt_in_any_order(body, name)
            and _copied(groups.get(key, []), groups.get(other, []))
        }
        if len(full) == 1:
            _move(key, full.pop(), heading, by_name)


def _spelt_in_any_order(acronym: str, name: str) -> bool:
    """Whether an acronym's letters open the words of a name written out, in any order and one word at most left
    over ("FDNY", "New York City Fire Department")."""
    letters = initials(name)
    if len(letters) < 2 or not 0 <= len(letters) - len(acronym) <= 1:
        return False
    rest = list(letters)
    for letter in acronym:
        if letter not in rest:
            return False
        rest.remove(letter)
    return True


def _copied(ours: Sequence[LedgerQuote], theirs: Sequence[LedgerQuote]) -> bool:
    """Whether two speakers carry one statement in two reports (``_COPIED_QUOTE``)."""
    return any(
        a.quote.span.article != b.quote.span.article and quote_similarity(a.quote.text, b.quote.text) >= _COPIED_QUOTE
        for a in ours for b in theirs
    )


# the characters between a title written before a name and the name ("Filmmaker and festival guest Ada Rusk")
_NAME_GAP = 40


def _join_titles_before_names(st: _Joining) -> None:
    """Move a speaker named by one capitalised word that a report writes right before the full name of one person
    of the story ("Filmmaker", of "Filmmaker Chloe Gardiner", which the small model reads as a person of its own)
    under that person: the word is a title of the person, no name. A surname of the story's people ("Gardiner")
    is left to ``_join_bare_surnames``; a word right before two people's names joins neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    people = _full_names(by_id)
    first_names = {p.name.split()[0] for p in by_id.values() if " " in p.name}
    for key in list(heading):
        ent = by_id.get(key)
        if ent is None or ent.type != "PERSON" or len(ent.name.split()) != 1 or not ent.name.istitle():
            continue
        if ent.name.casefold() in people or ent.name in first_names:
            continue  # a surname or a first name of the story's people is a name, not a title
        named = {
            pid for ids in people.values() for pid in ids for m in ent.mentions for p in by_id[pid].mentions
            if p.article == m.article and 0 < p.start - m.end <= _NAME_GAP
        }
        target = heading.get(named.pop()) if len(named) == 1 else None
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


# words that, right before a name, make it another's ("a lawyer for Mira Kell", "a friend of Zephyrix")
_LINK_WORDS = frozenset({"of", "for", "to", "with", "and", "or", "by", "from", "at", "in", "on", "against", "about"})


def _join_described_names(st: _Joining) -> None:
    """Move a speaker named by a description that ends on the name of another speaker of the story ("Ostland
    energy provider VTR", "the grid operator Vell Power") under that speaker ("VTR"): the report introduces the
    company or person it quotes with words that say what it is; another report gives the bare name. The words
    right before the name must describe it (lower case, no "of" or "for": "a lawyer for Mira Kell" is not Mira
    Kell); a place the description ends on ("officials in Ostland") is never its speaker."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    for key in list(heading):
        words = _key_name(key, by_id).split()
        for i in range(1, len(words)):
            before = words[i - 1]
            if not words[i][:1].isupper() or not before.isalpha() or not before.islower() or before in _LINK_WORDS:
                continue
            target = _heading_key(" ".join(words[i:]))
            named = [k for k in by_name.get(target, []) if k is not None and k != key]
            if named and target != heading[key] and not any(_a_place(k, by_id) for k in named):
                _move(key, target, heading, by_name)
            break


def _a_place(key: str, by_id: dict[str, StoryEntity]) -> bool:
    ent = by_id.get(key)
    return ent is not None and ent.type in {"GPE", "LOC"}


def _lone_headings(
    groups: dict[str | None, list[LedgerQuote]],
    heading: dict[str, str],
    by_name: dict[str, list[str | None]],
    by_id: dict[str, StoryEntity],
) -> Iterator[tuple[str, list[LedgerQuote], list[str]]]:
    """The speakers that stand alone under their heading, with their name's words less owner words ("the union",
    "company spokesperson"): the candidates the description joins below may move under a named body. Lazy, so a
    join made for one speaker is seen when the next is asked about."""
    for key, items in groups.items():
        if key is not None and key in heading and len(by_name[heading[key]]) == 1:
            yield key, items, [w for w in _key_name(key, by_id).casefold().split() if w not in _OWNER_WORDS]


def _named_bodies(by_id: dict[str, StoryEntity], carriers: Collection[str]) -> dict[str, tuple[Span, ...]]:
    """The organisations the story names by a capitalised name that is no carrying outlet, no place and no known
    outlet: the bodies a description or a document heading may stand for."""
    return {
        e.id: tuple(e.mentions) for e in by_id.values()
        if e.type == "ORG" and e.name[:1].isupper() and e.name not in carriers
        and not gazetteer.place(e.name) and outlets.canonical(e.name) is None
    }


# a body as a report names it once it has named it ("the agency said", "the union announced")
_BODY_WORDS = frozenset({"agency", "union"})


def _join_body_descriptions(st: _Joining) -> None:
    """Move a speaker known as "the agency" or "the union" under the body its report named last before each of its
    quotes, within ``_NEAR_COMPANY`` characters: an organisation no company, no outlet and no place ("the FDA
    said ... the agency said": the FDA). The reports must agree on the body; none named before: no join."""
    groups, heading, by_name, by_id, carriers = st.groups, st.heading, st.by_name, st.by_id, st.carriers
    bodies = {eid: mentions for eid, mentions in _named_bodies(by_id, carriers).items()
              if not _a_company(by_id[eid])}
    for key, items, words in _lone_headings(groups, heading, by_name, by_id):
        if len(words) != 1 or words[0] not in _BODY_WORDS:
            continue
        spans = _carried_at(items)
        meant = {_last_named(span, bodies) for span in spans}
        body = meant.pop() if len(meant) == 1 else None
        if body is None or body == key:
            continue
        target = _heading_of(body, heading, by_name, by_id)
        if target != heading[key]:
            _move(key, target, heading, by_name)


def _last_named(span: Span, bodies: dict[str, tuple[Span, ...]]) -> str | None:
    """The id of the body whose mention comes last before ``span`` in its report, within ``_NEAR_COMPANY``; with
    none there, the body the statement names first ("The Tide Board, along with the Dune Office, is looking into
    it, the agency said": the subject)."""
    before: tuple[int, str] | None = None
    inside: tuple[int, str] | None = None
    for bid, mentions in bodies.items():
        for m in mentions:
            if m.article != span.article:
                continue
            near = m.end <= span.start and span.start - m.start <= _NEAR_COMPANY
            if near and (before is None or m.start > before[0]):
                before = (m.start, bid)
            if span.start <= m.start < span.end and (inside is None or m.start < inside[0]):
                inside = (m.start, bid)
    found = before or inside
    return found[1] if found is not None else None


# the people who speak for a body, by the word a report names them with ("a company official", "the spokesman")
_SPOKES_WORDS = frozenset({"official", "spokesperson", "spokesman", "spokeswoman"})
_NAMED_AFTER = 400  # how far after a lede's "a company official said" the report may name the official
_TITLED_GAP = 60  # how far from a quote the name of its speaker may stand, a title between ("," SpaceX engineer ...)
# the people who speak on a body's broadcast of an event ("a company broadcaster said", "livestream host Ana Kell")
_BROADCAST_WORDS = frozenset({"broadcaster", "announcer", "commentator", "host"})


def _titled_voice(mentions: Sequence[Span], quote: Span, texts: Mapping[str, str]) -> str | None:
    """The kind of voice the title a report writes right before a person's name at their quote tells ("SpaceX's
    livestream host John Kell said"), where the entity stage kept no role: the words before the name, in that
    report, within ``_TITLED_GAP`` characters of the quote."""
    text = texts.get(quote.article, "")
    for m in mentions:
        near = 0 <= m.start - quote.end <= _TITLED_GAP or 0 <= quote.start - m.end <= _TITLED_GAP
        if m.article == quote.article and near and text:
            before = _lower_words(text[max(0, m.start - _ISSUER_GAP) : m.start])
            if before and _voice_of(before[-1]) is not None:
                return _voice_of(before[-1])
    return None


def _voice_of(word: str) -> str | None:
    """Which kind of voice of a body a description's or a role's head word names: its spokespeople and officials
    ("official", "spokesman") or the hosts of its broadcast ("broadcaster", "host"); None for any other word."""
    if word in _SPOKES_WORDS:
        return "spokes"
    return "broadcast" if word in _BROADCAST_WORDS else None


def _join_named_after(st: _Joining) -> None:
    """Move a speaker known as "a company official" (or spokesperson, or "a company broadcaster") under the one
    person with such a role whom its report quotes right after it, within ``_NAMED_AFTER`` characters ("..., a
    company official reported Monday. ..., company spokesman Brian Ahern said."; "a company broadcaster said ...
    “...,” livestream host Ana Kell said."): a lede gives the official's words, the next paragraph his name. No
    such person, or two of them there, or a person of the other kind (a spokesman after a broadcaster): no
    join."""
    groups, heading, by_name, by_id, texts = st.groups, st.heading, st.by_name, st.by_id, st.texts
    people = [
        (pid, _carried_at(groups[pid]), _voice_of(head_word(by_id[pid].role or "")), by_id[pid].mentions)
        for pid in groups if pid is not None and pid in by_id and _named_person(by_id[pid])
    ]
    for key, items, words in _lone_headings(groups, heading, by_name, by_id):
        voice = _voice_of(words[-1]) if words else None
        if voice is None or not set(words[:-1]) <= _COMPANY_WORDS:
            continue
        named = {
            pid for lq in items for pid, spans, theirs, mentions in people for span in spans
            if span.article == lq.quote.span.article and 0 <= span.start - lq.quote.span.end <= _NAMED_AFTER
            and voice in (theirs, _titled_voice(mentions, span, texts))
        }
        target = heading.get(named.pop()) if len(named) == 1 else None
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


# "the head of a trade body that represents ...": a body's leader, the body not named yet
_UNNAMED_HEAD = re.compile(r"^(?:the )?(?:head|chief|boss|leader|director|president|chair) of (?:a|an) ")


def _join_unnamed_heads(st: _Joining) -> None:
    """Move a speaker known as "the head of a trade body" (a body's leader the report has not named) under the
    one named person its report introduces right after, within ``_NAMED_AFTER`` characters, and quotes there
    ("..., the head of a trade body said. Ana Kell, of Voltgrid, told ..."): a lede gives the words, the next
    paragraph the name. A person named before the description, two people named there, or one who "also" says
    something (another voice besides the description's) joins none."""
    groups, heading, by_name, by_id, texts = st.groups, st.heading, st.by_name, st.by_id, st.texts
    people = [pid for pid in groups if pid is not None and pid in by_id and _named_person(by_id[pid])]
    for key, items, _words in _lone_headings(groups, heading, by_name, by_id):
        if not _UNNAMED_HEAD.match(_key_name(key, by_id).casefold()):
            continue
        named = set()
        for lq in items:
            at = lq.quote.span
            for pid in people:
                mentions = sorted(m for m in by_id[pid].mentions if m.article == at.article)
                if not mentions or mentions[0].start < at.end or mentions[0].start - at.end > _NAMED_AFTER:
                    continue
                first = mentions[0]
                spoke = [s for s in _carried_at(groups[pid]) if s.article == at.article and s.start > first.end]
                said = texts.get(at.article, "")[first.end : min((s.start for s in spoke), default=first.end)]
                if spoke and not re.search(r"\balso\b", said):
                    named.add(pid)
        target = heading.get(named.pop()) if len(named) == 1 else None
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


# the people a report names by their office alone, whom "the official said" may point back to
_OFFICIAL_WORDS = _SPOKES_WORDS | {"representative"}


def _join_officials_back(st: _Joining) -> set[str]:
    """Move a speaker known as "the official" (or "the spokesman", "the representative") under the speaker its
    report quoted last before it, within ``_NAMED_AFTER`` characters, when that speaker is such an official too
    ("..., said a representative of the harbour board. ... “It was never a ferry,” the official said."): the
    definite article points back to the one official the report has just quoted. "An official said" is another
    person, never joined; a speaker of two reports, or one whose last speaker before it is no official (a
    minister, a company), stays apart. Returns the speakers moved."""
    groups, heading, by_name, by_id, texts = st.groups, st.heading, st.by_name, st.by_id, st.texts
    moved: set[str] = set()
    for key, items, words in _lone_headings(groups, heading, by_name, by_id):
        if len(words) != 1 or words[0] not in _OFFICIAL_WORDS:
            continue
        spans = _carried_at(items)
        if len({s.article for s in spans}) != 1 or not all(_pointed_back(key, s, by_id, texts) for s in spans):
            continue
        before = {_last_speaker(span, groups, key) for span in spans}
        other = before.pop() if len(before) == 1 else None
        if other is None or other not in heading or not _an_official(other, by_id):
            continue
        if heading[other] != heading[key]:
            _move(key, heading[other], heading, by_name)
            moved.add(key)
    return moved


# words news uses for one profession, one for the other ("the lawyer" of a person whose role says "attorney")
_PROFESSION_SYNONYMS = (frozenset({"lawyer", "attorney"}),)


def _join_profession_back(st: _Joining) -> None:
    """Move a speaker known as "the Republican lawyer" (a capitalised party or nation word and a profession, the
    definite article pointing back) under the one named person its report names within ``_NAMED_AFTER``
    characters before it whose role holds that profession ("Tom Rell, former mayor and onetime attorney to the
    governor"): news calls a person it has just named by their trade. A profession two such people hold, a lower
    case word the role lacks ("the defense lawyer" of a former mayor), or "a lawyer" (another person): no join."""
    groups, heading, by_name, by_id, texts = st.groups, st.heading, st.by_name, st.by_id, st.texts
    for key, items, _words in _lone_headings(groups, heading, by_name, by_id):
        ent = by_id.get(key)
        words = _titled_header(key, by_id) or _professional(key, by_id)
        if ent is None or not words or not all(_first_definite(ent, s.article, texts) for s in _carried_at(items)):
            continue
        trade = next((syn for syn in _PROFESSION_SYNONYMS if words[-1] in syn), frozenset({words[-1]}))
        lower = {w.casefold() for w in ent.name.split()[:-1] if w.islower()}
        holders = set()
        for other in by_id.values():
            if other.id == key or not other.role or not _named_person(other) or len(other.name.split()) < 2:
                continue
            role_words = _role_word_set(other.role)
            if not trade & role_words or not lower <= role_words:
                continue
            if any(o.article == m.article and 0 < m.start - o.end <= _NAMED_AFTER
                   for o in other.mentions for m in ent.mentions):
                holders.add(other.id)
        target = heading.get(holders.pop()) if len(holders) == 1 else None
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


_SHARED_WORDS = 3  # the fewest words of four letters or more that make a quoted phrase one statement's, not a formula


def _join_described_copies(st: _Joining) -> None:
    """Move a speaker known by a description ("his defense attorney") under the one named person of another
    report who speaks the description's quoted words ("civil equivalent of the death penalty", within his "...
    is the civil equivalent of a death penalty") and whom that report gives the description's trade ("Tom Vell,
    the mayor's attorney, told the court", in his role or within ``_TITLED_GAP`` characters of his name): two
    reports quote one person, one naming him. Words shared with two people, or a person of another trade: no
    join."""
    groups, heading, by_name, by_id, texts = st.groups, st.heading, st.by_name, st.by_id, st.texts
    for key, items, _words in _lone_headings(groups, heading, by_name, by_id):
        words = _described(key, by_id)
        if not words:
            continue
        trade = next((syn for syn in _PROFESSION_SYNONYMS if words[-1] in syn), frozenset({words[-1]}))
        named = set()
        for pid, theirs in groups.items():
            if pid is None or pid == key or pid not in by_id or not _named_person(by_id[pid]):
                continue
            if len(by_id[pid].name.split()) >= 2 and _speaks_copied(items, theirs) \
                    and _of_trade(by_id[pid], trade, texts):
                named.add(pid)
        target = heading.get(named.pop()) if len(named) == 1 else None
        if target is not None and target != heading[key]:
            _move(key, target, heading, by_name)


def _long_words(text: str) -> list[str]:
    return [w for w in _lower_words(text) if len(w) >= 4]


def _speaks_copied(ours: Sequence[LedgerQuote], theirs: Sequence[LedgerQuote]) -> bool:
    """Whether a quote of ``ours`` has all its long words, at least ``_SHARED_WORDS`` of them, in a quote another
    report gives ``theirs``: one phrase of one statement, quoted in part by one report and whole by another."""
    for a in ours:
        mine = _long_words(a.quote.text)
        if len(mine) < _SHARED_WORDS:
            continue
        for b in theirs:
            if b.quote.span.article != a.quote.span.article and set(mine) <= set(_long_words(b.quote.text)):
                return True
    return False


def _of_trade(person: StoryEntity, trade: frozenset[str], texts: Mapping[str, str]) -> bool:
    """Whether a person's role, or the words a report writes right beside their name, give them ``trade``."""
    if person.role and trade & _role_word_set(person.role):
        return True
    for m in person.mentions:
        text = texts.get(m.article, "")
        near = _lower_words(text[max(0, m.start - _TITLED_GAP) : m.end + _TITLED_GAP])
        if trade & set(near):
            return True
    return False


def _professional(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a capitalised speaker that is a trade, not a name ("Unity lawyer"), in lower case; None for
    anything else."""
    ent = by_id.get(key)
    if ent is None or ent.type != "PERSON" or ent.role or not ent.name[:1].isupper():
        return None
    words = ent.name.casefold().split()
    professions = {w for syn in _PROFESSION_SYNONYMS for w in syn}
    return words if 2 <= len(words) <= 3 and words[-1] in professions and ent.name.split()[-1].islower() else None


def _first_definite(ent: StoryEntity, article: str, texts: Mapping[str, str]) -> bool:
    """Whether a report first names ``ent`` with "the" ("the Unity lawyer signed ..."): it points back to
    someone the report has named, where "a Unity lawyer" brings in someone new."""
    text = texts.get(article, "")
    first = min((m for m in ent.mentions if m.article == article), key=lambda m: m.start, default=None)
    return first is not None and text[first.start : first.end].casefold().startswith("the ")


def _pointed_back(key: str, span: Span, by_id: dict[str, StoryEntity], texts: Mapping[str, str]) -> bool:
    """Whether the report names the speaker of the quote at ``span`` with "the" ("the official said"): its
    mention near the quote, or, for a speaker no entity stands for, its name right after the quote."""
    text = texts.get(span.article)
    if text is None:
        return False
    ent = by_id.get(key)
    if ent is not None:
        return any(m.article == span.article and (0 <= m.start - span.end <= _ISSUER_GAP
                                                  or 0 <= span.start - m.end <= _ISSUER_GAP)
                   and text[m.start : m.end].casefold().startswith("the ") for m in ent.mentions)
    after = " ".join(text[span.end : span.end + _ISSUER_GAP + len(key)].casefold().split())
    return f"the {key[5:].casefold()}" in after


def _last_speaker(span: Span, groups: dict[str | None, list[LedgerQuote]], key: str) -> str | None:
    """The speaker of the quote its report gives last before ``span``, within ``_NAMED_AFTER`` characters."""
    best: tuple[int, str] | None = None
    for other, items in groups.items():
        if other is None or other == key:
            continue
        for at in _carried_at(items):
            if at.article == span.article and at.end <= span.start and span.start - at.end <= _NAMED_AFTER \
                    and (best is None or at.end > best[0]):
                best = (at.end, other)
    return best[1] if best is not None else None


def _an_official(key: str, by_id: dict[str, StoryEntity]) -> bool:
    """Whether a speaker is an official by their office: a description whose head is one ("a representative of
    the island administration") or a person whose role's is ("Ada Rusk, a harbour official")."""
    ent = by_id.get(key)
    if ent is not None and ent.type == "PERSON" and ent.role and ent.name[:1].isupper():
        return head_word(ent.role) in _OFFICIAL_WORDS
    name = _key_name(key, by_id)
    return name[:1].islower() and head_word(name) in _OFFICIAL_WORDS


# a document a report gives words to ("the release said"), which its issuer speaks through
_DOCUMENT_WORDS = frozenset({"release", "statement", "memo", "letter"})
_ISSUER_GAP = 30  # the characters between "<Body> release." and the document's words that follow it


def _join_document_issuers(st: _Joining) -> None:
    """Move a speaker known as a document ("the release said", "according to the release") under the body its
    report names as the document's issuer right before its words ("according to the Zephyrix release. “We cannot
    speak to the cause,” the release said."): the one organisation named within ``_ISSUER_GAP`` characters before
    one of its quotes, in each report carrying them. No such body, or two: the document stays its own heading."""
    groups, heading, by_name, by_id, carriers = st.groups, st.heading, st.by_name, st.by_id, st.carriers
    bodies = _named_bodies(by_id, carriers)
    for key, items, words in _lone_headings(groups, heading, by_name, by_id):
        if len(words) != 1 or words[0] not in _DOCUMENT_WORDS:
            continue
        spans = _carried_at(items)
        issued = {(bid, span.article) for span in spans for bid, mentions in bodies.items()
                  if any(m.article == span.article and 0 <= span.start - m.end <= _ISSUER_GAP for m in mentions)}
        issuers = {bid for bid, _ in issued}
        if len(issuers) != 1 or {a for _, a in issued} != {span.article for span in spans}:
            continue
        target = _heading_of(issuers.pop(), heading, by_name, by_id)
        if target != heading[key]:
            _move(key, target, heading, by_name)


# what a body speaks through, after its name ("Zephyrix officials", "the Zephyrix webcast"): its people, its
# broadcast of an event, its documents
_VOICE_WORDS = ("officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "live stream",
                "livestream", "webcast", "broadcast", "statement", "release", "website")


def _join_body_voices(st: _Joining) -> None:
    """Move a speaker named as a body's people or channel ("Zephyrix officials", "Zephyrix live stream",
    "Zephyrix webcast") under the body's own heading ("Zephyrix"): the body speaks through them. The body must be
    an organisation of the story by that very name, not a place ("Ostland officials" are the country's, no one
    body's) nor an outlet carrying the story."""
    heading, by_name, by_id, carriers = st.heading, st.by_name, st.by_id, st.carriers
    bodies = {
        e.name.casefold(): e.id for e in by_id.values()
        if e.type == "ORG" and e.name[:1].isupper() and e.name not in carriers
        and not gazetteer.place(e.name) and outlets.canonical(e.name) is None
    }
    for key in list(heading):
        name = _key_name(key, by_id)
        ent = by_id.get(key)
        if ent is not None and ent.type == "ORG":
            continue
        low = name.casefold().removeprefix("the ")
        voice = next((w for w in _VOICE_WORDS if low.endswith(" " + w)), None)
        body = bodies.get(low[: -len(voice) - 1]) if voice is not None else None
        if body is None or body == key:
            continue
        target = _heading_of(body, heading, by_name, by_id)
        if target != heading[key]:
            _move(key, target, heading, by_name)


# the figures a body publishes, after its name ("according to government data"), which speak for it
_DATA_WORDS = ("data", "figures", "statistics")


def _join_body_data(st: _Joining) -> None:
    """Move a speaker named as a body's figures ("government data", "ministry figures") under the heading of the
    body itself when the body speaks in the story by that very name ("according to the government"): the
    figures are the body's word. No speaker of that name: the figures stay their own heading."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    for key in list(heading):
        low = _heading_key(_key_name(key, by_id))
        data = next((w for w in _DATA_WORDS if low.endswith(" " + w)), None)
        body = low[: -len(data) - 1] if data is not None else ""
        if body and by_name.get(body) and heading[key] != body:
            _move(key, body, heading, by_name)


# a company's head as a report describes them, unnamed ("the head of the company", "the company's chief")
_COMPANY_HEAD = re.compile(r"^(?:the )?(?:(?:head|chief|boss|leader) of the company|company(?:'s|’s)? "
                           r"(?:head|chief|boss|leader))$")
# the posts of a company's head a report names them by ("Zephyrix CEO", "chief executive of Zephyrix")
_CHIEF_POSTS = re.compile(r"\b(?:ceo|chief executive(?: officer)?)\b")


def _join_company_heads(st: _Joining) -> None:
    """Move a speaker described as a company's head ("according to the head of the company that operates the
    line") under the one person of the story whose post is a company's chief ("Ana Kell, Zephyrix Energy CEO"),
    who is its head. Two such people (two companies' chiefs): neither."""
    heading, by_name, by_id = st.heading, st.by_name, st.by_id
    chiefs = {e.id for e in by_id.values() if e.type == "PERSON" and e.role and e.name[:1].isupper()
              and _CHIEF_POSTS.search(e.role.casefold())}
    if len(chiefs) != 1:
        return
    (chief,) = chiefs
    for key in list(heading):
        ent = by_id.get(key)
        if (ent is not None and ent.type != "PERSON") or key == chief:
            continue
        if not _COMPANY_HEAD.match(_key_name(key, by_id).casefold()):
            continue
        target = _heading_of(chief, heading, by_name, by_id)
        if target != heading[key]:
            _move(key, target, heading, by_name)


# the parties of a joint statement as a report names them once it has named both ("the two sides said")
_TWO_SIDES = (["two", "sides"], ["both", "sides"])


def _join_two_sides(st: _Joining) -> None:
    """Move a speaker known as "the two sides" under the one joint speaker of two bodies its reports quote ("the
    Dock Union and the Harbour Alliance said ...; the two sides agreed to return to the table"): the two sides
    are those two. No joint speaker in those reports, or two of them: no join."""
    groups, heading, by_name, by_id = st.groups, st.heading, st.by_name, st.by_id
    for key, items, words in _lone_headings(groups, heading, by_name, by_id):
        if words not in _TWO_SIDES:
            continue
        reports = {span.article for span in _carried_at(items)}
        joint = {
            heading[other] for other, theirs in groups.items()
            if other is not None and other in heading and _joint(_key_name(other, by_id))
            and {span.article for span in _carried_at(theirs)} & reports
        }
        if len(joint) == 1 and heading[key] not in joint:
            _move(key, joint.pop(), heading, by_name)


def _joint(name: str) -> bool:
    """Whether a speaker's name is two bodies' names joined by "and" ("the Dock Union and the Harbour Alliance")."""
    parts = name.split(" and ")
    return len(parts) == 2 and all(p.removeprefix("the ")[:1].isupper() for p in parts)
