"""The heading joins of the quote ledger that tell one body under two names: its name written two ways ("Zephyrix
Inc", "Zephyrix"), its acronym, a description of it ("the agency", "the release", "the two sides") or the people,
channels and figures it speaks through ("Zephyrix officials", "government data"). Each pass is one row of
``ledger_joins.JOIN_PASSES``, which says why it runs where it does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.brief.ledger_joining import (
    _ACRONYM_NAME,
    _ISSUER_GAP,
    _NEAR_COMPANY,
    _OWNER_WORDS,
    _SPEAKING_FOR,
    _a_company,
    _carried_at,
    _country_word,
    _heading_key,
    _Joining,
    _key_name,
    _lone_headings,
    _named_bodies,
    _only,
    _unowned_words,
)
from storyline.compare.align import quote_similarity
from storyline.compare.link import initials
from storyline.extract import gazetteer
from storyline.model import Span, StoryEntity

if TYPE_CHECKING:
    from storyline.brief.ledger import LedgerQuote


# a place after a body's name, which tells where it sits, not which body it is ("Ostland's embassy in Varna")
_PLACE_TAIL = re.compile(r"\s+(?:in|at)\s+((?:[A-Z][\w'’-]*\s*)+)$")
# a bracket the extraction cut open ("Board of Tides (BoT"): the name without it, the acronym it gives
_OPEN_BRACKET = re.compile(r"\s*\(([^()]*)$")
# the legal tail of a company's name ("Zephyrix Inc", "Zephyrix Corp.")
_LEGAL_TAIL = re.compile(r"\s+(?:inc|corp|corporation|co|ltd|llc|plc|international)\.?$", re.IGNORECASE)
# a kind word after a body's name that some reports write and others leave out ("United Auto Workers Union")
_KIND_TAIL = re.compile(r"\s+union$", re.IGNORECASE)
# a body's board as reports name it either way ("board of directors of Zephyrix", "Zephyrix's board")
_BOARD_OF = re.compile(r"^board(?: of directors)? of (?:the )?(.+)$")
_OWN_BOARD = re.compile(r"^(.+)'s board(?: of directors)?$")
# a ministry as reports name it either way ("culture ministry", "ministry of culture")
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


def _join_body_forms(st: _Joining) -> None:
    """Move the speakers that name one body in different ways under one heading: "Ostland's embassy in Varna",
    "Ostlandish Embassy" and "Ostland embassy in Ostmark"; "Zephyrix Inc" and "Zephyrix"; "culture ministry" and
    "Ministry of Culture" and "Culture ministry chiefs", who speak for it; "Board of Tides (BoT" and "BoT"
    (``_body_forms``). People are never joined here, and
    one body's form placed in two places ("embassy in Varna", "embassy in Lusk": two embassies) joins none. The
    bodies the small model typed people ("Kessel Tern" of a body's "KesselTern") go to ``st.unheaded``: they never
    head a group, the body's own entity does."""
    heading, by_id = st.heading, st.by_id
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
        name = _key_name(key, by_id)
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
            st.move_under(key, target)
    st.unheaded.update(typed_people)


def _unspaced(form: str) -> str:
    """A body's heading form with its spaces and hyphens left out, marked so that it matches only another such
    form: two reports that space one name differently ("exxon mobil", "exxonmobil") name one body."""
    return "~" + re.sub(r"[\s-]+", "", form)


def _join_bare_kinds(st: _Joining) -> None:
    """Move a speaker known by one bare word ("statement", "ministry", from "The statement added ...", "the ministry
    stated") under the one other speaker of the same reports whose name holds that word ("a statement from the
    Harbour Board", "Ministry of Coastal Affairs"): the report says whose statement or ministry it is. Two such
    speakers in its reports: neither."""
    groups, heading, by_id = st.groups, st.heading, st.by_id
    articles: dict[str, set[str]] = {}
    for key, items in groups.items():
        if key is not None:
            articles[key] = {s.article for s in _carried_at(items)}
    for key in sorted(heading, key=_synonym_last):
        ent = by_id.get(key)
        name = _key_name(key, by_id)
        if ent is not None and (ent.type == "PERSON" or not name[:1].islower()):
            continue
        words = _unowned_words(name)
        words = [_KIND_SYNONYMS.get(" ".join(words), " ".join(words))] if words else words
        if len(words) != 1 or not words[0].isalpha():
            continue
        targets = {
            heading[other] for other in heading
            if heading[other] != heading[key] and articles.get(other, set()) & articles[key]
            and words[0] in re.findall(r"[\w-]+", heading[other]) and len(heading[other].split()) > 1
        }
        if len(targets) == 1:
            st.move_all(key, targets.pop())  # "mission", joined to "diplomatic mission" before it


def _synonym_last(key: str | None) -> bool:
    """Whether a speaker's name is a kind's other word ("diplomatic mission"): joined after the bare words
    ("mission") that may have joined it."""
    name = key[5:] if key is not None and key.startswith("name:") else ""
    return " ".join(_unowned_words(name)) in _KIND_SYNONYMS



# two words news writes for one kind of body ("the diplomatic mission said" of "the Ostland Embassy")
_KIND_SYNONYMS = {"diplomatic mission": "embassy"}


def _join_apposed_kinds(st: _Joining) -> None:
    """Move a speaker known by a description in lower case ("messaging app", from "the messaging app said") under
    the one body the story's roles name right after that description ("founder of messaging app Zinger"): the
    reports say which app it is. Two such bodies: neither."""
    heading, by_id = st.heading, st.by_id
    roles = [e.role for e in by_id.values() if e.role]
    for key in list(heading):
        ent = by_id.get(key)
        name = _key_name(key, by_id)
        if (ent is not None and ent.type == "PERSON") or not name[:1].islower() or len(name.split()) > 3:
            continue
        description = " ".join(w for w in name.split() if w.casefold() not in _OWNER_WORDS)
        if not description:
            continue
        apposed = re.compile(rf"\b{re.escape(description)}\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", re.IGNORECASE)
        named = {_heading_key(hit.group(1)) for role in roles for hit in apposed.finditer(role)}
        targets = {heading[k] for k in heading if k is not None and heading[k] in named and heading[k] != heading[key]}
        if len(named) == 1 and len(targets) == 1:
            st.move(key, targets.pop())


# words before a body's name that say which of its people speak, not which body ("top UAW officials")
_RANK_WORDS = frozenset({"top", "senior", "leading"})


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
    heading, by_id = st.heading, st.by_id
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
            st.move(key, targets.pop())


# the word after a company's acronym in its full name ("TPC Group Inc.": "TPC" is that company)
_GROUP_WORDS = frozenset({"group", "holdings"})


def _join_group_acronyms(st: _Joining) -> None:
    """Move a speaker named by an acronym ("KRX") under the one body of the story whose name is that acronym and a
    group's word, a legal tail aside ("KRX Group Inc."): the fuller name holds the short one, which reports use
    for the company once they have named it. Two such bodies ("KRX Group", "KRX Holdings"): neither."""
    heading, by_id = st.heading, st.by_id
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
        st.move_under(key, _only(groups.get(name, set())))


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
    groups, heading, by_id = st.groups, st.heading, st.by_id
    described = {key: words for key in heading if (words := _description_words(key, by_id)) is not None}
    for key, words in sorted(described.items(), key=lambda kv: len(kv[1])):
        longer = {
            heading[other] for other, more in described.items()
            if heading[other] != heading[key] and len(more) > len(words) and more[-1] == words[-1]
            and set(words) <= set(more) and _copied(groups.get(key, []), groups.get(other, []))
        }
        st.move_under(key, _only(longer))


def _join_fuller_names(st: _Joining) -> None:
    """Move a speaker known by a description of two words or more in lower case ("provincial government") under
    the one body of the story whose fuller name ends on those very words after a name ("Limpopo provincial
    government"): a report shortens the name another gives in full. The words must close the fuller name, so its
    head is theirs ("the transport department" is no "Department of Transport ..."; a department is not the
    government). Two fuller names of the story that end so ("Vardo health ministry", "Ostland health ministry"),
    a description among them ("provincial authorities" and "Limpopo authorities" for "authorities"), a person's post
    ("tides minister") or a fuller name no story entity stands for: no join."""
    heading, by_id = st.heading, st.by_id
    names: dict[str, tuple[str, str]] = {}  # a name as headings compare it -> (the name, a speaker or entity id)
    for k in heading:
        if k not in by_id:
            names.setdefault(heading[k], (_key_name(k, by_id), k))
    for e in by_id.values():
        if e.type != "PERSON":
            names.setdefault(_heading_key(e.name), (e.name, e.id))
    for key in list(heading):
        ent = by_id.get(key)
        name = _key_name(key, by_id)
        words = _heading_key(name).split()
        if (ent is not None and ent.type == "PERSON") or len(words) < 2 or not name.islower() \
                or words[-1] in gazetteer.TITLE_HEADS or words[-1] in _SPEAKING_FOR:
            continue  # "tides minister" is a person's post, "ministry officials" the people of a body
        tail = " " + " ".join(words)
        fuller = {form for form in names if form.endswith(tail)}
        one = _only(fuller)
        found = names[one][1] if one is not None else ""
        if one is None or not names[one][0][:1].isupper() or found not in by_id:
            continue  # a name only a report gives, no body the story knows, may be a person's
        st.move_under(key, heading[found] if found in heading else st.heading_of(found))


# the people who speak for a body, after its name, unnamed ("FDNY sources said")
_SOURCES = _SPEAKING_FOR | {"sources"}


def _join_copied_body_sources(st: _Joining) -> None:
    """Move the people who speak for a body named by its acronym ("VFD sources") under those of the body named in
    full ("Varrow Fire Department sources") when the two carry one statement in two reports, word for word or
    nearly: one report copied the other's sentence and wrote the body's name out (or in short). The acronym's
    letters must open the full name's words, in any order ("Fire Department of Varrow" is "FDV" to its reports),
    leaving one word at most ("Varrow City Fire Department"); the same kind of speaker ("sources", "officials")
    after both."""
    groups, heading, by_id = st.groups, st.heading, st.by_id
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
        st.move_under(key, _only(full))


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


# a body as a report names it once it has named it ("the agency said", "the union announced")
_BODY_WORDS = frozenset({"agency", "union"})


def _join_body_descriptions(st: _Joining) -> None:
    """Move a speaker known as "the agency" or "the union" under the body its report named last before each of its
    quotes, within ``_NEAR_COMPANY`` characters: an organisation no company, no outlet and no place ("the FDA
    said ... the agency said": the FDA). The reports must agree on the body; none named before: no join."""
    by_id = st.by_id
    bodies = {eid: mentions for eid, mentions in _named_bodies(by_id, st.carriers).items()
              if not _a_company(by_id[eid])}
    for key, items, words in _lone_headings(st):
        if len(words) != 1 or words[0] not in _BODY_WORDS:
            continue
        body = _only({_last_named(span, bodies) for span in _carried_at(items)})
        if body is None or body == key:
            continue
        st.move_under(key, st.heading_of(body))


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


# a document a report gives words to ("the release said"), which its issuer speaks through
_DOCUMENT_WORDS = frozenset({"release", "statement", "memo", "letter"})


def _join_document_issuers(st: _Joining) -> None:
    """Move a speaker known as a document ("the release said", "according to the release") under the body its
    report names as the document's issuer right before its words ("according to the Zephyrix release. “We cannot
    speak to the cause,” the release said."): the one organisation named within ``_ISSUER_GAP`` characters before
    one of its quotes, in each report carrying them. No such body, or two: the document stays its own heading."""
    bodies = _named_bodies(st.by_id, st.carriers)
    for key, items, words in _lone_headings(st):
        if len(words) != 1 or words[0] not in _DOCUMENT_WORDS:
            continue
        spans = _carried_at(items)
        issued = {(bid, span.article) for span in spans for bid, mentions in bodies.items()
                  if any(m.article == span.article and 0 <= span.start - m.end <= _ISSUER_GAP for m in mentions)}
        issuers = {bid for bid, _ in issued}
        if len(issuers) != 1 or {a for _, a in issued} != {span.article for span in spans}:
            continue
        st.move_under(key, st.heading_of(issuers.pop()))


# what a body speaks through, after its name ("Zephyrix officials", "the Zephyrix webcast"): its people, its
# broadcast of an event, its documents
_VOICE_WORDS = ("officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "live stream",
                "livestream", "webcast", "broadcast", "statement", "release", "website")


def _join_body_voices(st: _Joining) -> None:
    """Move a speaker named as a body's people or channel ("Zephyrix officials", "Zephyrix live stream",
    "Zephyrix webcast") under the body's own heading ("Zephyrix"): the body speaks through them. The body must be
    an organisation of the story by that very name, not a place ("Ostland officials" are the country's, no one
    body's) nor an outlet carrying the story."""
    heading, by_id = st.heading, st.by_id
    bodies = {by_id[eid].name.casefold(): eid for eid in _named_bodies(by_id, st.carriers)}
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
        st.move_under(key, st.heading_of(body))


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
            st.move(key, body)


# the parties of a joint statement as a report names them once it has named both ("the two sides said")
_TWO_SIDES = (["two", "sides"], ["both", "sides"])


def _join_two_sides(st: _Joining) -> None:
    """Move a speaker known as "the two sides" under the one joint speaker of two bodies its reports quote ("the
    Dock Union and the Harbour Alliance said ...; the two sides agreed to return to the table"): the two sides
    are those two. No joint speaker in those reports, or two of them: no join."""
    groups, heading, by_id = st.groups, st.heading, st.by_id
    for key, items, words in _lone_headings(st):
        if words not in _TWO_SIDES:
            continue
        reports = {span.article for span in _carried_at(items)}
        joint = {
            heading[other] for other, theirs in groups.items()
            if other is not None and other in heading and _joint(_key_name(other, by_id))
            and {span.article for span in _carried_at(theirs)} & reports
        }
        st.move_under(key, _only(joint))



def _joint(name: str) -> bool:
    """Whether a speaker's name is two bodies' names joined by "and" ("the Dock Union and the Harbour Alliance")."""
    parts = name.split(" and ")
    return len(parts) == 2 and all(p.removeprefix("the ")[:1].isupper() for p in parts)
