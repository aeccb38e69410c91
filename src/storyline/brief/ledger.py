"""The quote ledger: who said what, grouped by speaker, with the outlets that carry each quote.

The story-level quotes come from ``storyline.compare`` (one ``StoryQuote`` per quote, its other carriers in
``same_as``, ``speaker`` the id of a ``StoryEntity``). This module only groups and orders them for reading;
it does not attribute anything itself. A speaker no story entity stands for is grouped under the name the
report gives ("hospitals", "a source"); quotes whose speaker could not be told are listed under "unattributed"
rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from storyline.brief.credits import credited_readings
from storyline.brief.ledger_joining import (
    _ACRONYM_NAME,
    _heading_key,
    _in_full,
    _Joining,
    _key_name,
    _named_person,
    _shown_role,
)
from storyline.brief.ledger_joins import JOIN_PASSES
from storyline.brief.ledger_titles import titled_name
from storyline.compare.names import _edits, _misspelt_of
from storyline.extract import gazetteer
from storyline.extract.coref import SPEECH_VERBS
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
        if named is not None and q.speaker not in by_id and named.casefold() in _NEWS_REPORTS:
            named = _named_after(q, texts or {})  # "According to reports, <X>, read the Facebook post"
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
        name, role = titled_name(ent, texts or {}) if ent is not None else (key[5:] if key else "", None)
        entries.append(
            LedgerEntry(
                speaker=ent,
                name=_demonyms_capitalized(name) if key else UNATTRIBUTED,
                role=_shown_role(ent) if ent is None or role == ent.role else role,
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
# what "according to reports" names: no speaker, the news in general
_NEWS_REPORTS = frozenset({"reports", "media reports", "news reports", "local reports", "some reports"})
# a speaker a report names after the words it gives them, to close the sentence (", read the Facebook post.")
_NAMED_AFTER = re.compile(r"[,;]?\s+(?:read|reads|said|says|according to|per|wrote|stated)\s+(?:the\s+)?"
                          r"([\w'’ -]{2,60}?)\s*[.!?]")

# the same, where the quote stage kept the closing words in the clause ("..., read the Facebook post")
_NAMED_LAST = re.compile(r"[,;]\s+(?:read|reads|said|says|according to|per|wrote|stated)\s+(?:the\s+)?"
                         r"([\w'’ -]{2,60}?)\s*[.!?]?$")


def _named_after(q: StoryQuote, texts: Mapping[str, str]) -> str | None:
    """The speaker of words a report puts to "reports" ("According to reports, the driver lost control, read the
    Facebook announcement."): the one its sentence names right after the words, closing it (the quote stage may
    keep those closing words in the clause, which then stays as the report wrote it); None, so the words
    are listed unattributed, when the sentence names none: "reports" are the news in general, no speaker."""
    hit = _NAMED_AFTER.match(texts.get(q.span.article, ""), q.span.end) or _NAMED_LAST.search(q.text)
    return hit.group(1) if hit is not None else None


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
    person whose surname one report misspells to the person meant (``_misspellings``): the two are one heading.
    The narrower joins (a description, a role, an acronym, a brand under its parent) run in the order of
    ``ledger_joins.JOIN_PASSES``; the speakers they find never head a group (``_Joining.unheaded``) are left out
    when the heading is chosen."""
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
    st = _Joining(groups=groups, heading=heading, by_name=by_name, by_id=by_id, carriers=carriers, texts=texts or {},
                  unheaded=set())
    for wrong, right in misspelt.items():
        if wrong in heading:
            # the name as most reports spell it heads the group, though it does not speak
            st.move_under(wrong, st.heading_of(right))
    for join in JOIN_PASSES:
        join.run(st)
    out: dict[str | None, list[LedgerQuote]] = {}
    for key, items in groups.items():
        keys = by_name.get(heading[key], [key]) if key else [key]
        if len(keys) == 1:
            out[key] = items
            continue
        ents = [by_id[k] for k in keys if k in by_id and k not in misspelt and k not in st.unheaded]
        best = min(ents, key=lambda e: _heading_rank(e, groups)) if ents else None
        out.setdefault(best.id if best is not None else keys[0], []).extend(items)
    return out


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
        if _in_full(e) and e.mentions:
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
