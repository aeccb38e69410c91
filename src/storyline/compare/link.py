"""Cross-report entity linking: one ``StoryEntity`` per referent across the reports of a story.

What it does: takes each report's entities (already resolved within the report by
``storyline.extract.entities``) and joins those that name the same referent:
- equal normalized names ("NATO" / "NATO"), or equal gazetteer entries ("China" / "People's Republic of
  China", "U.S." / "United States", "Nikkei" / "Nikkei Asia");
- an acronym used in one report and its expansion in another (a report's entity carries both once the
  acronym was introduced there; otherwise the initials of the expansion are compared);
- a person named by surname alone in one report and in full in another ("Hayashi" / "Yoshimasa Hayashi"),
  when exactly one person of the story has that surname.
The linked entity's ``name`` is the fullest form any report uses, ``role`` the most informative (longest)
role any report gives, ``mentions`` every mention of every member, and ``members`` the
``(article id, local entity id)`` pairs. Ids are ``E1``, ``E2``, ... in order of first appearance.

What it does NOT do: it never joins two entities of the same report (the report's own coreference decided
they differ), never joins a person with a non-person, and does no fuzzy string matching: "Hayashi" and
"Hayasi" stay apart. Entities that live only in page furniture other than captions are dropped.

Method: greedy, report by report, each entity joined to the best-matching group formed so far
(most shared keys; ties to the earliest group) or starting a new one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.extract import gazetteer
from storyline.extract.coref import norm_name
from storyline.model import Analysis, Article, Entity, Span, StoryEntity

_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}$")
_MINOR = frozenset({"of", "for", "and", "on", "in", "the", "de", "&"})
_PLACE = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class _Group:
    type: str
    keys: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    members: list[tuple[str, Entity]] = field(default_factory=list)

    def has(self, article: str) -> bool:
        return any(a == article for a, _ in self.members)


def _initials(name: str) -> str:
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
        initials = _initials(entity.name)
        if len(initials) >= 2 and len(entity.name.split()) >= 2:
            keys.add("i:" + initials)
    return keys


def _compatible(a: str, b: str) -> bool:
    if "PERSON" in (a, b):
        return a == b
    return a == b or (a in _PLACE and b in _PLACE) or (a not in _PLACE and b not in _PLACE)


def _only_furniture(entity: Entity, analysis: Analysis) -> bool:
    away = [f.span for f in analysis.furniture if f.kind != "caption"]
    return bool(away) and all(any(f.contains(m) for f in away) for m in entity.mentions)


def link_entities(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[StoryEntity, ...]:
    """One ``StoryEntity`` per referent across ``articles`` (see the module docstring)."""
    texts = {a.id: a.text for a in articles}
    groups: list[_Group] = []
    for analysis in analyses:
        text = texts.get(analysis.article, "")
        # full names first, so that a surname alone finds its person whichever comes first in the report
        ordered = sorted(analysis.entities, key=lambda e: -len(e.name.split()))
        for entity in ordered:
            if _only_furniture(entity, analysis):
                continue
            keys = keys_of(entity, text)
            words = norm_name(entity.name).split()
            best: _Group | None = None
            best_score = 0
            for g in groups:
                if g.has(analysis.article) or not _compatible(g.type, entity.type):
                    continue
                score = _shared(g.keys, keys) * 2
                if entity.type == "PERSON" and score == 0:
                    score = _person_match(words, g)
                if score > best_score:
                    best, best_score = g, score
            if best is None:
                best = _Group(type=entity.type)
                groups.append(best)
            best.keys |= keys
            if entity.type == "PERSON":
                best.surnames.update(words)
            best.members.append((analysis.article, entity))
    return _finish(groups, [a.id for a in articles], texts)


def _shared(a: set[str], b: set[str]) -> int:
    """Shared keys; an expansion's initials ("i:") count only against an acronym ("a:"), never each other."""
    n = sum(1 for k in a & b if not k.startswith("i:"))
    n += sum(1 for k in a if k.startswith("a:") and "i:" + k[2:] in b)
    n += sum(1 for k in b if k.startswith("a:") and "i:" + k[2:] in a)
    return n


def _person_match(words: list[str], group: _Group) -> int:
    """1 when one name's words are all in the other's (a surname and a full name), else 0."""
    if not words or not group.surnames:
        return 0
    return int(set(words) <= group.surnames or group.surnames <= set(words))


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
        counts = Counter(names)
        name = max(names, key=lambda n: (len(n.split()), len(n), counts[n]))
        types = Counter(e.type for _, e in g.members)
        roles = [(e.role, e.role_span) for _, e in g.members if e.role and e.role_span]
        role, role_span = max(roles, key=lambda r: len(r[0] or ""), default=(None, None))
        members = tuple(sorted(((a, e.id) for a, e in g.members), key=lambda p: (rank.get(p[0], 0), p[1])))
        built.append((mentions, name, types.most_common(1)[0][0], members, role, role_span))
    built.sort(key=lambda b: (rank.get(b[0][0].article, 0), b[0][0].start))
    return tuple(
        StoryEntity(id=f"E{n}", name=name, type=typ, mentions=tuple(mentions), members=members, role=role,
                    role_span=role_span)
        for n, (mentions, name, typ, members, role, role_span) in enumerate(built, 1)
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
