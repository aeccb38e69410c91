"""Cross-report entity linking: one ``StoryEntity`` per referent across the reports of a story.

What it does: takes each report's entities (already resolved within the report by
``storyline.extract.entities``) and joins those that name the same referent:
- equal normalized names ("NATO" / "NATO"), or equal gazetteer entries ("China" / "People's Republic of
  China", "U.S." / "United States", "Nikkei" / "Nikkei Asia");
- an organisation's name as reports vary it: a plural, a country or its adjective before it, a kind word
  after it ("Brandt Truck Company" / "Brandt Trucks", "Swedish Brandt Group" / "Brandt Group");
- an acronym used in one report and its expansion in another (a report's entity carries both once the
  acronym was introduced there; otherwise the initials of the expansion are compared);
- a person named by surname alone, or with a title, in one report and in full in another ("Hayashi" /
  "Yoshimasa Hayashi", "Chief Morrow" / "Declan Morrow"), when exactly one person of the story fits;
- an organisation the small model types differently in different reports ("OpenAI" an organisation in one, a
  person or a place in others): one organisation in every report (``_org_names``);
- spelling variants: names one edit apart word by word in words of five letters or more ("Hayashi" /
  "Hayasi", "Wend Valey Water Authority"), and a given name against its initial ("Y. Hayashi").
The linked entity's ``name`` is the fullest form any report uses (a group told by a place: the phrase that
tells it, "residents of Tarvella"), ``role`` the most informative (longest) role any report gives (a company a
report tells as another's parent, "Quillon parent Veltrane", gets that phrase: ``parent_brand``; the two stay
two entities),
``mentions`` every mention of every member, and ``members`` the ``(article id, local entity id)`` pairs.
Ids are ``E1``, ``E2``, ... in order of first appearance.

What it does NOT do: it never joins two entities of the same report (the report's own coreference decided
they differ), never joins a person with a non-person, never joins two full names that differ in a given name
("Anna Morrow" / "Declan Morrow"), never guesses which of two same-surname people a surname means, and never
joins a name with a description that holds it ("Zentrix" / "Silicon Valley and Zentrix employees"). A
surname alone or a part of a name does not join a person whose names say another gender ("Ms Lopez" / "Carlos
Lopez Vidal") or, when the part is not the other's surname, who holds another office ("the mayor, Lopez" /
"President Carlos Lopez Vidal"). Two
groups named by one description but told by different places ("residents of Tarvella" / "residents in the
village of Oskerin") are never joined, and a bare description ("the residents") joins neither of two such
groups; it still joins a lone one, and a bare repetition ("the suspect" / "suspect") links as before.
Entities that live only in page furniture other than captions are dropped.

Method: greedy, report by report, each entity joined to the best-matching group formed so far
(most shared keys; ties to the earliest group) or starting a new one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from storyline.calendar_words import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from storyline.extract import gazetteer, genders, nominals
from storyline.extract.coref import norm_name, one_edit, org_words, singular, spaced_initials, strip_kind
from storyline.extract.roles import head_word
from storyline.model import Analysis, Article, Entity, Span, StoryEntity

_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}$")
_MINOR = frozenset({"of", "for", "and", "on", "in", "the", "de", "&"})
_PLACE = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class _Group:
    type: str
    keys: set[str] = field(default_factory=set)
    names: list[list[str]] = field(default_factory=list)
    described: list[bool] = field(default_factory=list)  # each name is a description's ("Zentrix employees")
    members: list[tuple[str, Entity]] = field(default_factory=list)
    types: list[str] = field(default_factory=list)  # each member's type as linking read it (``_org_names``)
    places: dict[str, str] = field(default_factory=dict)  # a told group's places and the phrases saying them
    genders: set[str] = field(default_factory=set)  # "m", "f": what its members' titles and pronouns say
    offices: set[str] = field(default_factory=set)  # "mayor", "president": the offices its members hold
    countries: dict[str, str] = field(default_factory=dict)  # the country a body belongs to -> the phrase saying it

    def has(self, article: str) -> bool:
        return any(a == article for a, _ in self.members)


def initials(name: str) -> str:
    """The capitals opening a name's words, its small words aside ("Board of Tides" -> "BT"): what an acronym of
    the name spells."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _MINOR]
    return "".join(w[0] for w in words if w[0].isupper())


def keys_of(entity: Entity, text: str) -> set[str]:
    """Linking keys: normalized name, gazetteer entry, acronyms and expansion initials."""
    keys = {"n:" + norm_name(entity.name)}
    known = gazetteer.lookup(entity.name)
    if known is not None:
        keys.add("k:" + known.canonical)
    if entity.type != "PERSON":
        for m in entity.mentions:
            surface = text[m.start : m.end]
            if _ACRONYM.match(surface):
                keys.add("a:" + surface.replace(".", ""))
            hit = gazetteer.lookup(surface)
            if hit is not None and hit.kind != "country":
                # outlets and bodies under any alias; a country's alias may be a metonymic capital, so no
                keys.add("k:" + hit.canonical)
        spelt = initials(entity.name)
        if len(spelt) >= 2 and len(entity.name.split()) >= 2:
            keys.add("i:" + spelt)
    members = entity.type == "NORP" and " " not in entity.name and singular(entity.name.lower()) != entity.name.lower()
    if (entity.type == "ORG" or members) and (bare := bare_org(entity.name)):
        keys.add("o:" + bare)  # "the Conservatives" of "the Conservative Party" too
        # "U.S. Steel", "US Steel", "United States Steel Corp.": the country spelled out, kept and the tail dropped
        spelled = strip_kind(org_words(entity.name))
        keys.add("o:" + " ".join((*spelled[:-1], singular(spelled[-1]))) if spelled else "o:")
        portfolio = _MINISTRY.match(bare)
        if portfolio is not None:
            keys.add("m:" + (portfolio.group(1) or portfolio.group(2)))
    return keys


# a ministry as reports name it either way: "foreign ministry" / "ministry of foreign affairs", "health ministry" /
# "ministry of health" (a name as ``bare_org`` gives it)
_MINISTRY = re.compile(r"^(?:([a-z]+) (?:affairs? )?ministry|ministry of (?:the )?([a-z]+)(?: affairs?)?)$")


def bare_org(name: str) -> str:
    """An organisation's name as reports vary it: lower case, singular, without a country or its adjective
    before it or a kind word after it ("Swedish Brandt Group", "Brandt Group" -> "brandt"; "Brandt Truck",
    "Brandt Trucks" -> "brandt truck")."""
    words = [w.replace("’s", "").replace("'s", "") for w in spaced_initials(name).split()]
    if len(words) >= 3 and words[0].lower() == "the" and _country(words[1]):
        words = words[1:]  # "The U.S. Food and Drug Administration": the article before a country
    if len(words) >= 2 and (gazetteer.country_of_demonym(words[0]) or _country(words[0])):
        words = words[1:]
    if not words:
        return ""
    out = [w.lower() for w in words]
    out[-1] = singular(out[-1])
    bare = strip_kind(tuple(out))
    while len(bare) < len(out):  # "Eisai Co Ltd": two kind words in a row, both dropped
        out, bare = list(bare), strip_kind(bare)
    return " ".join(bare)


def _place_ends(entities: Sequence[Entity]) -> dict[int, tuple[int, str]]:
    """Where each mention of a place of a report ends -> (its start, the place's name): the owners a possessive
    before a body may name ("Ostland's Foreign Ministry")."""
    return {m.end: (m.start, e.name) for e in entities if e.type == "GPE" for m in e.mentions}


# a possessive's ending between an owner and what it owns ("Ostland's Foreign Ministry")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+$")


def country_of(entity: Entity, text: str, owners: dict[int, tuple[int, str]]) -> tuple[str, str] | None:
    """The country an organisation belongs to as its report says it, normalized, with the phrase that says it:
    a possessive before a mention ("Ostland's Foreign Ministry" -> ("ostland", "Ostland's Foreign Ministry")), or a
    country or its adjective opening its name ("the Dorvanian Foreign Ministry"); None when it says none. The
    owner is a place the report names or a country the gazetteer knows; "Acme's board" says no country."""
    if entity.type != "ORG":
        return None
    first = entity.name.split()[0] if entity.name.split() else ""
    known = gazetteer.country_of_demonym(first) or (gazetteer.lookup(first) if _country(first) else None)
    if known is not None and len(entity.name.split()) > 1:
        return norm_name(known.canonical), entity.name
    for m in entity.mentions:
        before = text[max(0, m.start - 60) : m.start]
        gap = _POSSESSIVE_GAP.search(before)
        if gap is None:
            continue
        at = m.start - len(before) + gap.start()
        owner = owners.get(at)
        if owner is None and (hit := _CAPITALISED_BEFORE.search(before)) is not None and _country(hit.group(1)):
            owner = (m.start - len(before) + hit.start(1), hit.group(1))
        if owner is None:
            continue
        place = gazetteer.lookup(owner[1])
        return norm_name(place.canonical if place is not None else owner[1]), text[owner[0] : m.end]
    return None


def _country(word: str) -> bool:
    known = gazetteer.lookup(word)
    return known is not None and known.kind == "country"


def _compatible(a: str, b: str) -> bool:
    if "PERSON" in (a, b):
        return a == b
    return a == b or (a in _PLACE and b in _PLACE) or (a not in _PLACE and b not in _PLACE)


def _only_furniture(entity: Entity, analysis: Analysis) -> bool:
    away = [f.span for f in analysis.furniture if f.kind not in ("caption", "signature", "signer")]
    return bool(away) and all(any(f.contains(m) for f in away) for m in entity.mentions)


def link_entities(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[StoryEntity, ...]:
    """One ``StoryEntity`` per referent across ``articles`` (see the module docstring)."""
    texts = {a.id: a.text for a in articles}
    groups: list[_Group] = []
    as_org = _org_names(analyses)
    for analysis in analyses:
        text = texts.get(analysis.article, "")
        owners = _place_ends(analysis.entities)
        # full names first, so that a surname alone finds its person whichever comes first in the report
        ordered = sorted(analysis.entities, key=lambda e: -len(e.name.split()))
        for entity in ordered:
            if _only_furniture(entity, analysis):
                continue
            if entity.type != "ORG" and norm_name(entity.name) in as_org:
                entity = replace(entity, type="ORG")  # "OpenAI", a person to one report's small model
            keys = keys_of(entity, text)
            words = person_words(entity.name) if entity.type == "PERSON" else norm_name(entity.name).split()
            places = places_of(entity, text)
            gender = gender_in(entity, text) if entity.type == "PERSON" else None
            offices = offices_of(entity)
            country = country_of(entity, text, owners)
            best: _Group | None = None
            best_score = 0
            person_hits = 0
            told: list[_Group] = []  # groups of this description told by a place
            for g in groups:
                if g.has(analysis.article) or not _compatible(g.type, entity.type):
                    continue
                if places and g.places and not _same_place(places, g.places):
                    continue  # "residents of Tarvella" and "residents of Oskerin": two groups of people
                if country and g.countries and country[0] not in g.countries:
                    continue  # "Dorvania's Foreign Ministry" and "Ostland's Foreign Ministry": two ministries
                score = _shared(g.keys, keys) * 2
                if entity.type == "PERSON" and score == 0:
                    score = _person_match(words, g, _a_description(entity.name))
                    if score and _another_person(g, words, gender, offices):
                        continue  # "Ms Lopez", and a man or a president of that name in another report: two people
                    person_hits += score
                elif entity.type == "PERSON" and len(words) == 1 and _another_person(g, words, gender, offices):
                    continue  # "Lopez" in both reports, a mayor in one and the president in the other
                elif entity.type != "PERSON" and score == 0:
                    score = _org_match(norm_name(entity.name), g)
                    if not score and _short_of(norm_name(entity.name), g, groups, entity.type):
                        score = 1
                if score > 0 and g.places:
                    told.append(g)
                if score > best_score:
                    best, best_score = g, score
            if best_score == 1 and person_hits > 1:
                best = None  # "Morrow" alone, and two people of the story named Morrow: no guess
            if not places and len(told) > 1:
                best = None  # "the residents", and residents of two places in the story: no guess
            if best is None:
                best = _Group(type=entity.type)
                groups.append(best)
            best.keys |= keys
            best.genders |= {gender} if gender else set()
            best.offices |= offices
            for place, phrase in places.items():
                best.places.setdefault(place, phrase)  # the first report's phrase names the group
            if country:
                best.countries.setdefault(*country)
            best.described.append(_a_description(entity.name))
            if entity.type == "PERSON":
                best.names.append(words)
            else:
                best.names.append([norm_name(entity.name)])
            best.members.append((analysis.article, entity))
            best.types.append(entity.type)
    _give_parent_roles(groups, texts)
    return _finish(groups, [a.id for a in articles], texts)


# a parent company told before its name ("Quillon parent Veltrane", "Quillon's parent company Veltrane") or in
# apposition after it ("Veltrane, Quillon's parent company", "Veltrane, the parent of Quillon")
_CAP_RUN = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}"
_PARENT_BEFORE = re.compile(rf"({_CAP_RUN})(?:'s|’s)?\s+parent(?:\s+(?:company|group))?\s+$")
_PARENT_AFTER = re.compile(
    rf"^,\s+((?:the\s+)?parent(?:\s+(?:company|group))?\s+of\s+({_CAP_RUN})"
    rf"|({_CAP_RUN})(?:'s|’s)\s+parent(?:\s+(?:company|group))?)\b"
)


def _give_parent_roles(groups: list[_Group], texts: dict[str, str]) -> None:
    """Give a company that a report tells as the parent of another company of the story ("Quillon parent Veltrane",
    "Veltrane, Quillon's parent company") that phrase as its role, where it has none: the reports tell brand and
    parent as one company, and the quote ledger shows them under one heading (``brief.ledger``). The brand must be
    the name of another entity of the story, whatever type the small model gave it ("Zentrix" a person to it in one
    report), no place, so a capitalised word before "parent" that names none ("Monday parent") gives no role; the
    parent must be named by a proper name ("the company" in "Zentrix's parent company" is no parent) and, typed
    other than an organisation, told so in words only a company is (``parent_brand``)."""
    names = {" ".join(words) for g in groups if g.type not in _PLACE for words in g.names}
    for g in groups:
        if g.type in _PLACE:
            continue
        own = {" ".join(words) for words in g.names}
        typ = "ORG" if "ORG" in g.types else g.type
        for i, (article, entity) in enumerate(g.members):
            if entity.role is not None or not entity.name[:1].isupper():
                continue
            told = _parent_phrase(entity, article, texts.get(article, ""), names - own)
            if told is not None and parent_brand(told[0], typ) is not None:
                g.members[i] = (article, replace(entity, role=told[0], role_span=told[1]))


# a role that tells a company the parent of a brand ("Quillon's parent company", "Quillon parent", "the parent of
# Quillon"): the kind word, the brand, the possessive
_PARENT_ROLE = re.compile(
    r"^(?:(?:the\s+)?parent(?:\s+(company|group))?\s+of\s+([A-Z].*)"
    r"|([A-Z].*?)('s|’s)?\s+parent(?:\s+(company|group))?)$"
)


def parent_brand(role: str | None, typ: str) -> str | None:
    """The brand a company's role tells it the parent of ("Quillon's parent company" -> "Quillon"), or None. For an
    entity typed other than an organisation ("Harlow" a person to the small model) only a role that says a company
    counts ("Quillon's parent company", a headline's "Quillon parent"), never a person's "Tom's parent"."""
    hit = _PARENT_ROLE.match(role or "")
    if hit is None or typ in _PLACE:
        return None
    kind, of_brand, brand, possessive, kind_after = hit.groups()
    if typ != "ORG" and not (kind or kind_after) and (of_brand or possessive):
        return None
    return of_brand or brand


def _parent_phrase(entity: Entity, article: str, text: str, brands: set[str]) -> tuple[str, Span] | None:
    """The phrase of ``text`` that tells ``entity`` as the parent of one of ``brands`` (normalized names of the
    story's other entities) and its span, or None. Its name is looked for wherever the report writes it, its
    legal tail aside ("Veltrane" of "Veltrane Inc."), not only at the mentions coreference gave it: an apposition
    may have taken the name's place among them ("Veltrane, Quillon's parent company")."""
    short = _LEGAL_TAIL.sub("", entity.name.strip())
    at_name = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])") if short else None
    written = [(h.start(), h.end()) for h in at_name.finditer(text)] if at_name is not None else []
    for start, end in sorted({*((m.start, m.end) for m in entity.mentions), *written}):
        before = _PARENT_BEFORE.search(text, max(0, start - 80), start)
        if before is not None and (at := _brand_start(before.group(1), brands)) is not None:
            at += before.start(1)
            stop = at + len(text[at:start].rstrip())
            return " ".join(text[at:stop].split()), Span(article=article, start=at, end=stop)
        after = _PARENT_AFTER.match(text[end : end + 80])
        if after is not None and _brand_start(after.group(2) or after.group(3), brands) == 0:
            return " ".join(after.group(1).split()), Span(
                article=article, start=end + after.start(1), end=end + after.end(1)
            )
    return None


# the legal tail of a company's name ("Veltrane Inc.", "Veltrane Corp")
_LEGAL_TAIL = re.compile(r"\s+(?:inc|corp|corporation|co|ltd|llc|plc)\.?$", re.IGNORECASE)


def _brand_start(run: str, brands: set[str]) -> int | None:
    """Where in a run of capitalised words the longest tail that names one of ``brands`` begins ("Monday Quillon"
    -> 7 for "quillon"), or None."""
    words = list(re.finditer(r"\S+", run))
    for w in words:
        if norm_name(run[w.start() :]) in brands:
            return w.start()
    return None


def _org_names(analyses: Sequence[Analysis]) -> set[str]:
    """Normalized names that some report types an organisation and another a person, a place or a thing ("OpenAI"
    typed ORG, PERSON and GPE by the small model in four reports): an organisation in every report. Not a name
    that opens with a given name, a place the gazetteer knows, nor a word of a person's full name in the story
    ("Hayashi" typed ORG once stays the surname of "Yoshimasa Hayashi")."""
    types: dict[str, set[str]] = {}
    person_words: set[str] = set()
    places: set[str] = set()
    for analysis in analyses:
        for e in analysis.entities:
            name = norm_name(e.name)
            types.setdefault(name, set()).add(e.type)
            if e.type == "PERSON" and len(name.split()) >= 2 and all(w[:1].isupper() for w in e.name.split()):
                person_words |= set(name.split())  # a full name, not a description ("OpenAI employees")
            if gazetteer.place(e.name):
                places.add(name)
    return {
        name for name, seen in types.items()
        if "ORG" in seen and len(seen) > 1 and name and not genders.given_name(name.split()[0])
        and name not in places and not set(name.split()) & person_words
    }


# the place a description's group is told by, written right after one of its mentions: "of Tarvella", "in Al
# Haouz", "in the quake-hit village of Oskerin"; never a place with "the" ("pirates in the Gulf": where they
# roam, not which of them), nor one after other words ("in the waters of Somalia")
_PLACE_AFTER = re.compile(
    r"\s+(?:of|in|from|near|around)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?:village|town|city|province|region|district|county|municipality|commune|state|area)\s+of\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def places_of(entity: Entity, text: str) -> dict[str, str]:
    """The places that tell a described group from others of its kind, normalized, each with the phrase that
    says it ("Residents of Tarvella" -> {"tarvella": "residents of Tarvella"}); empty for a named entity, a bare
    description ("the residents") or one told otherwise.

    Only the entity's description mentions count, those whose last word is the head of its name ("Residents",
    "the residents"; not "they"), and only a capitalised phrase right after them, so "residents of the area"
    tells nothing."""
    if entity.type != "PERSON" or not entity.name[:1].islower():
        # a name, or a description holding one ("ADW members"), says which already; a body ("police in Sicily",
        # "police in Palermo") is one force wherever a report places it
        return {}
    head = entity.name.split()[-1].lower()
    if singular(head) == head and head not in _BODIES:
        return {}  # one person's role may be told by either of two names ("coach of the Sixers", "of Philadelphia")
    out: dict[str, str] = {}
    for m in entity.mentions:
        said = text[m.start : m.end].split()
        if not said or said[-1].lower() != head:
            continue
        hit = _PLACE_AFTER.match(text, m.end)
        place = " ".join(_DAYS.split(hit.group(1))[0].split()) if hit is not None else ""
        if hit is None or not place:
            continue
        phrase = " ".join(_DETERMINER.sub("", text[m.start : hit.start(1)]).split()) + " " + place
        if phrase[1:2].islower():
            phrase = phrase[:1].lower() + phrase[1:]  # "Residents of Tarvella said": a sentence's capital
        out.setdefault(norm_name(place), phrase)
    return out


_DETERMINER = re.compile(r"^(?:the|a|an|these|those)\s+", re.IGNORECASE)
# a day or month that ends a place's capitalised run ("residents of Tarvella Friday said")
_DAYS = re.compile(
    r"\b(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")\b.*"
)
# nouns for people as one body, singular in form: the crew of one ship is not the crew of another
_BODIES = nominals.GROUP_NOUNS | {"people"}


def _same_place(mine: Collection[str], theirs: Collection[str]) -> bool:
    """Some place of one is a place of the other, by its words ("Al Haouz" / "Al Haouz Province") or spelled a
    little differently ("Marrakesh" / "Marrakech")."""
    for a in mine:
        for b in theirs:
            x, y = a.split(), b.split()
            if set(x) <= set(y) or set(y) <= set(x):
                return True
            if len(x) == len(y) and all(_near(p, q) for p, q in zip(x, y, strict=True)):
                return True
    return False


def _shared(a: set[str], b: set[str]) -> int:
    """Shared keys; an expansion's initials ("i:") count only against an acronym ("a:"), never each other."""
    n = sum(1 for k in a & b if not k.startswith("i:"))
    n += sum(1 for k in a if k.startswith("a:") and "i:" + k[2:] in b)
    n += sum(1 for k in b if k.startswith("a:") and "i:" + k[2:] in a)
    return n


def gender_in(entity: Entity, text: str) -> str | None:
    """"m" or "f" when the names the report writes for a person agree on it: courtesy titles, gendered role words
    and given names (``genders.mention_gender``: "Ms Lopez", "Carlos Ferro"); None when they say nothing or
    disagree, and for a group told by a description ("the driver"). Pronouns do not count: a report's
    coreference may give one "she" to a man, and on ECB+ such slips split more people than they part."""
    if not entity.name[:1].isupper():
        return None
    votes = {said for m in entity.mentions if (said := genders.mention_gender(text[m.start : m.end]))}
    return next(iter(votes)) if len(votes) == 1 else None


# offices one person seldom holds two of in one story: a mayor is not the president, whatever their surnames
_OFFICES = frozenset({"president", "mayor", "governor", "minister", "senator", "judge", "ambassador", "premier",
                      "chancellor", "pope", "coach", "prosecutor"})


def offices_of(entity: Entity) -> set[str]:
    """The office the report's role for ``entity`` names ("Tarvella mayor" -> {"mayor"}), by its head word
    (``roles.head_word``); empty when the role names none of ``_OFFICES`` or there is no role."""
    if not entity.role:
        return set()
    head = head_word(entity.role)
    return {head} if head in _OFFICES else set()


def _another_person(group: _Group, words: list[str], gender: str | None, offices: set[str]) -> bool:
    """A person's name matched by part or by a surname alone is someone else than ``group`` when they differ in
    gender ("Ms Lopez" / "he", "Carlos Lopez") or, when the part is not the other's surname, the last word of its
    name, hold two different offices ("the mayor, Lopez" / "President Carlos Lopez Vidal"); a surname alone
    joins across offices, as a senator becomes president ("Sen. Obama" / "President Barack Obama")."""
    if gender and group.genders and gender not in group.genders:
        return True
    if not offices or not group.offices or offices & group.offices:
        return False
    return not any(words and other and words[-1] == other[-1] for other in group.names)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gov", "sen", "rep", "gen"})


def person_words(name: str) -> list[str]:
    """A person's name words without titles or honorifics ("Chief Morrow" -> ["morrow"])."""
    out = [w.strip(".") for w in norm_name(name).split()]
    kept = [
        w for w in out
        if w not in _HONORIFICS and w not in gazetteer.TITLE_HEADS and w not in gazetteer.TITLE_MODIFIERS
    ]
    return kept or out


_TRANSLITERATIONS = (("gh", "q"), ("kh", "h"), ("ou", "u"), ("ph", "f"))


def _folded(word: str) -> str:
    """A name word with common variants of romanisation folded: "Araghchi" and "Araqchi" read alike (doubled
    letters single, gh = q, kh = h, ou = u, ph = f)."""
    out = "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])
    for a, b in _TRANSLITERATIONS:
        out = out.replace(a, b)
    return out


def _near(a: str, b: str) -> bool:
    """Spelling variants: equal, one edit apart in words of five letters or more ("Hayashi"/"Hayasi"), or so
    once romanisation variants are folded ("Araghchi"/"Araqchi")."""
    return _one_edit(a, b) or (len(a) >= 5 and len(b) >= 5 and _one_edit(_folded(a), _folded(b)))


def _one_edit(a: str, b: str) -> bool:
    """The same word, or two of five letters or more one letter apart (``coref.one_edit``)."""
    return a == b or (min(len(a), len(b)) >= 5 and one_edit(a, b))


# given names and the short forms news writes for them ("Nikos" of "Nikolaos"): only pairs that stand for one
# name, so that two relatives with one surname are not one person ("Dana" and "Daniel" Morrow stay two)
_SHORT_FORMS = {
    "nikos": "nikolaos", "giorgos": "georgios", "yannis": "ioannis", "giannis": "ioannis", "kostas": "konstantinos",
    "dimitris": "dimitrios", "vasilis": "vasileios", "panos": "panagiotis", "thanos": "athanasios",
    "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "mike": "michael", "jim": "james",
    "tom": "thomas", "dick": "richard", "rick": "richard", "ted": "edward", "ed": "edward", "tony": "anthony",
    "joe": "joseph", "dave": "david", "steve": "steven", "chris": "christopher", "nick": "nicholas",
    "alex": "alexander", "misha": "mikhail", "volodya": "vladimir", "kate": "katherine",
    "liz": "elizabeth", "beth": "elizabeth", "sue": "susan", "peggy": "margaret",
}


def _short_form(a: str, b: str) -> bool:
    """One given name is the short form of the other ("Nikos" / "Nikolaos", "Bill" / "William")."""
    return _SHORT_FORMS.get(a) == b or _SHORT_FORMS.get(b) == a


def _a_description(name: str) -> bool:
    """``name`` is a description's, its head a common noun ("Silicon Valley and Zentrix employees", "the
    mayor"), not a name ("Zentrix", "Chief Morrow")."""
    return name.split()[-1][:1].islower() if name.split() else False


def _person_match(words: list[str], group: _Group, described: bool = False) -> int:
    """1 when the names agree: one's words all in the other's (a surname and a full name, "Chief Morrow" and
    "Declan Morrow"), or both full names with the same surname and given names that are spelling variants or
    initials of each other ("Y. Hayashi"). Two full names that differ in a given name never match, nor a name
    and a description that holds it (``described``: "Zentrix" is not "Silicon Valley and Zentrix employees")."""
    if not words or not group.names:
        return 0
    mine = set(words)
    for other, other_described in zip(group.names, group.described, strict=True):
        if other_described != described:
            continue
        theirs = set(other)
        if mine <= theirs or theirs <= mine:
            return 1
        if len(words) >= 2 and len(other) >= 2 and len(words) == len(other) and _near(words[-1], other[-1]):
            pairs = list(zip(words[:-1], other[:-1], strict=True))
            if all(_near(x, y) or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
                   or _short_form(x, y) for x, y in pairs):
                return 1
    return 0


def _org_match(name: str, group: _Group) -> int:
    """1 when a multi-word organisation or place name is a spelling variant of one in the group, word by word
    ("state civil defence authority" / "state's civil defense authority")."""
    words = [w.removesuffix("'s") for w in name.split()]
    if len(words) < 2:
        return 0
    for (other,) in (n for n in group.names if len(n) == 1):
        theirs = [w.removesuffix("'s") for w in other.split()]
        if len(theirs) == len(words) and all(_near(a, b) for a, b in zip(words, theirs, strict=True)):
            return 1
    return 0


# kind words that shorten many names ("the Corporation", "the Party"): no short form of one name of a story
_KIND_ALONE = frozenset(nominals.ORG_NOUNS) | frozenset(gazetteer.NAME_TAILS)


def _ends(short: str, full: str) -> bool:
    """``short`` is the last word or words of the longer name ``full`` ("crimson" of "harvard crimson")."""
    words, whole = short.split(), full.split()
    return 0 < len(words) < len(whole) and whole[-len(words) :] == words and words[-1] not in _KIND_ALONE


def _short_of(name: str, group: _Group, groups: list[_Group], typ: str) -> bool:
    """``name`` is the short form of a longer organisation name of ``group`` ("the Crimson" / "The Harvard
    Crimson"), or the group's names are short forms of ``name``, and of no other organisation of the story: "the
    Crimson" beside "Harvard Crimson" and "Yale Crimson" is neither. Places are no short forms ("York" / "New
    York")."""
    if typ != "ORG" or group.type != "ORG":
        return False

    def fits(g: _Group) -> bool:
        names = [other for (other,) in (n for n in g.names if len(n) == 1)]
        # "Dorvan Maroon" is not the "Maroon" of a group that holds "Brackenford Maroon"
        other_full = any(" " in o and o != name and not _ends(name, o) and not _ends(o, name) for o in names)
        return not other_full and any(_ends(name, o) or _ends(o, name) for o in names)

    return fits(group) and not any(g is not group and g.type == "ORG" and fits(g) for g in groups)


def _finish(groups: list[_Group], order: list[str], texts: dict[str, str]) -> tuple[StoryEntity, ...]:
    rank = {a: i for i, a in enumerate(order)}
    built = []
    for g in groups:
        mentions = sorted(
            {m for _, e in g.members for m in e.mentions}, key=lambda s: (rank.get(s.article, 0), s.start, s.end)
        )
        if not mentions:
            continue
        names = [e.name for _, e in g.members]
        # the fullest name, and of spellings as full the one the reports write most ("Steve Altemus" eight times
        # over a one-off "Steve Althemus"), then the longer
        written: Counter[str] = Counter()
        for _, e in g.members:
            written[e.name] += len(e.mentions)
        # a spelling written only inside a quotation ("«... with Zephyrix Tarnou»") is the speaker's, not the report's
        quoted_only = {n for n in names if _only_quoted(n, g.members, texts)}
        name = max(names, key=lambda n: (len(spaced_initials(n).split()), n not in quoted_only, written[n], len(n)))
        if name[:1].islower() and g.places:
            name = next(iter(g.places.values()))  # "residents of Tarvella", told from the story's other residents
        elif len(g.countries) == 1 and _generic_body(name):
            name = next(iter(g.countries.values()))  # "Ostland's Foreign Ministry", told from another country's
        types = Counter(g.types)
        roles = [(e.role, e.role_span) for _, e in g.members
                 if e.role and e.role_span and not _quoted(texts.get(e.role_span.article, ""), e.role_span)]
        role, role_span = _most_told(roles)
        if g.type == "PERSON":
            name, role = _title_out_of_name(name, role)
            name, role = _title_before(name, role, mentions, texts)
            role = role if role is not None else _body_after(name, mentions, texts)
        members = tuple(sorted(((a, e.id) for a, e in g.members), key=lambda p: (rank.get(p[0], 0), p[1])))
        built.append((mentions, name, types.most_common(1)[0][0], members, role, role_span))
    built.sort(key=lambda b: (rank.get(b[0][0].article, 0), b[0][0].start))
    return tuple(
        StoryEntity(id=f"E{n}", name=name, type=typ, mentions=tuple(mentions), members=members, role=role,
                    role_span=role_span)
        for n, (mentions, name, typ, members, role, role_span) in enumerate(built, 1)
    )


def _most_told(roles: Sequence[tuple[str, Span]]) -> tuple[str | None, Span | None]:
    """The role of a linked entity: of the offices the reports give (a role's head word, ``roles.head_word``), the
    one most reports give, and of its roles the longest, which tells most ("cabinet minister" of two reports over
    one machine-translated report's "Secretary of State"); reports that give one office each: the longest role."""
    told: dict[str, set[str]] = {}
    for role, span in roles:
        told.setdefault(head_word(role), set()).add(span.article)
    most = max((len(arts) for arts in told.values()), default=0)
    kept = [r for r in roles if len(told[head_word(r[0])]) == most] if most > 1 else list(roles)
    if not kept:
        return None, None
    return max(kept, key=lambda r: len(r[0]))


def _title_out_of_name(name: str, role: str | None) -> tuple[str, str | None]:
    """A person's name and role with a title word the small model took into the name put back into the role
    ("NASA Deputy Administrator Pamela Melroy": name "Administrator Pamela Melroy", role "NASA Deputy" ->
    "Pamela Melroy", "NASA Deputy Administrator"): the role ends on a word that qualifies a title and the name's
    first word follows it. A name of two words is left alone ("Deputy Mayor Kell": no given name to spare)."""
    words = name.split()
    if role is None or len(words) < 3 or not words[0][:1].isupper():
        return name, role
    if role.split()[-1].casefold() not in gazetteer.TITLE_MODIFIERS:
        return name, role
    return " ".join(words[1:]), f"{role} {words[0]}"


# capitalised words right before a mention, on its line ("Bellbrook City Manager" of "... Bellbrook City Manager
# Rob Schommer said"), and the words that open a sentence or tell a time there, which are no title's
_CAPS_BEFORE = re.compile(r"((?:[A-Z][\w.&'’-]*\s){1,5})$")
_PROFESSION = re.compile(r"^[A-Z][a-z]{3,}(?:ist|ologer)$")  # "Volcanologist Vicente Soler said"
_NO_TITLE_WORDS = frozenset(
    """The A An On In At By As And But When After Before Then Meanwhile Also While Today Yesterday Earlier Later
    Mr Mrs Ms Dr""".split()  # noqa: SIM905 (a word list reads better as prose)
) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def _title_before(
    name: str, role: str | None, mentions: Sequence[Span], texts: dict[str, str]
) -> tuple[str, str | None]:
    """A person's role with the title words a report writes right before the name that the small model cut off
    it: a role of one word the words before end on ("Manager" of "Bellbrook City Manager Rob Schommer" ->
    "Bellbrook City Manager"), or, with no role, a title word the name opens with after a word that qualifies a
    title ("Acting NASA Administrator Sean Duffy": name "Administrator Sean Duffy" -> "Sean Duffy", "Acting NASA
    Administrator"), or, with no role, the title words themselves when they end on a title's head or name a
    profession ("Volcanologist Vicente Soler"). Words that open a sentence or tell a day ("On Monday Police Chief
    ...") are no title's."""
    words = name.split()
    # "a corporate restructuring expert": a description, which a title the report writes before the name outranks
    described = role is not None and role.split()[0].casefold() in {"a", "an"} and (
        head_word(role) not in gazetteer.TITLE_HEADS)
    for m in mentions:
        text = texts.get(m.article, "")
        if text[m.start : m.end] != name:
            continue
        hit = _CAPS_BEFORE.search(text, max(0, m.start - 80), m.start)
        before = hit.group(1).split() if hit is not None else []
        ends = [i for i, w in enumerate(before) if w.endswith(".") and "." not in w[:-1]]  # "Nature. Acting ..."
        before = before[ends[-1] + 1 :] if ends else before
        while before and before[0].rstrip(".") in _NO_TITLE_WORDS:
            before = before[1:]
        if not before or any(w.rstrip(".") in _NO_TITLE_WORDS for w in before):
            continue
        if role is not None and len(role.split()) == 1 and before[-1].casefold() == role.casefold() and len(before) > 1:
            return name, " ".join(before)
        if role is None and len(words) >= 3 and before[0].casefold() in gazetteer.TITLE_MODIFIERS:
            return " ".join(words[1:]), " ".join((*before, words[0]))
        if (role is None or described) and (
                before[-1].casefold() in gazetteer.TITLE_HEADS or _PROFESSION.search(before[-1])):
            return name, " ".join(before)
    return name, role


# a body a person is "of" right after the name ("Joanne Pike of the Alzheimer's Association said"): capitalised
# words ending on a word that names a body
_OF_BODY = re.compile(r" of (?:the )?((?:[A-Z][\w'’&.-]*\s(?:(?:of|for|and)\s)?){0,5}[A-Z][\w'’&.-]*)")
_BODY_TAILS = frozenset(
    """association foundation institute institution university college center centre council committee commission
    agency union party group company corporation hospital society federation coalition alliance network league
    school department ministry office bureau authority board trust fund bank""".split()  # noqa: SIM905
)


def _body_after(name: str, mentions: Sequence[Span], texts: dict[str, str]) -> str | None:
    """The body a person with no role is "of", written right after their full name in a report ("Joanne Pike of
    the Alzheimer's Association" -> "Alzheimer's Association"): the affiliation is all a report says of them. A
    place ("Ada Rusk of Marlport") is no body; a name of one word has no full name to follow."""
    if len(name.split()) < 2:
        return None
    for m in mentions:
        text = texts.get(m.article, "")
        if text[m.start : m.end] != name:
            continue
        hit = _OF_BODY.match(text, m.end)
        if hit is not None and hit.group(1).split()[-1].rstrip(".").casefold() in _BODY_TAILS:
            return hit.group(1).rstrip(".")
    return None


def _only_quoted(name: str, members: Sequence[tuple[str, Entity]], texts: dict[str, str]) -> bool:
    """Whether every mention written ``name`` lies inside a quotation (``_quoted``); False for a name never
    written so."""
    spans = [m for _, e in members if e.name == name for m in e.mentions
             if texts.get(m.article, "")[m.start : m.end] == name]
    return bool(spans) and all(_quoted(texts.get(m.article, ""), m) for m in spans)


def _quoted(text: str, span: Span) -> bool:
    """Whether ``span`` lies inside a quotation opened in its paragraph: a role a speaker gives in their own words
    ("“God bless you Mara, the Queen of Harbour Soul and a dear friend,” he wrote") is theirs, not the report's.
    Guillemets («») open a quotation as curly quotes do."""
    start = text.rfind("\n", 0, span.start) + 1
    before = text[start : span.start]
    opened = before.rfind("“") > before.rfind("”") or before.rfind("«") > before.rfind("»")
    # a quotation open at the paragraph's end goes on in the next ("“..., she said: "Mara, the ...")
    return opened or before.count('"') % 2 == 1


# the words of a body's name that every country's body of that kind may bear ("Foreign Ministry", "Ministry of
# Health"): such a name says whose body it is only with its country
_PORTFOLIOS = frozenset(
    """foreign affairs health interior home defence defense finance justice economy trade education agriculture
    energy environment transport labour labor information culture tourism public security state national
    internal external emergency emergencies civil of the and for""".split()  # noqa: SIM905 (a word list)
)


def _generic_body(name: str) -> bool:
    """A body's name made of a kind word and portfolio words only ("Foreign Ministry", "Ministry of Health")."""
    words = norm_name(name).split()
    return any(w in nominals.ORG_NOUNS for w in words) and all(
        w in nominals.ORG_NOUNS or w in _PORTFOLIOS for w in words
    )


def entity_of_span(entities: Sequence[StoryEntity], span: Span) -> StoryEntity | None:
    """The story entity with a mention overlapping ``span`` (the tightest such mention wins)."""
    best: tuple[int, StoryEntity] | None = None
    for e in entities:
        for m in e.mentions:
            if m.overlaps(span):
                size = m.end - m.start
                if best is None or size < best[0]:
                    best = (size, e)
    return best[1] if best else None
