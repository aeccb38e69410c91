"""The heading joins of the quote ledger that tell one company under two names: a brand under its parent
("Quillon" of "Veltrane"), "the company" or its trade ("the wireless carrier") under the company its report
means, "the company's board" under that company's board, "the head of the company" under its chief. Each pass is
one row of ``ledger_joins.JOIN_PASSES``, which says why it runs where it does."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.brief.ledger_joining import (
    _NEAR_COMPANY,
    _OWNER_WORDS,
    _a_company,
    _carried_at,
    _heading_key,
    _Joining,
    _key_name,
    _lower_words,
    _only,
    _unowned_words,
)
from storyline.brief.ledger_joins_bodies import _body_forms
from storyline.compare.link import parent_brand
from storyline.model import Span, StoryEntity


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
    heading, by_id = st.heading, st.by_id
    for brand, parent in _parents(by_id).items():
        target = heading.get(parent)
        if target is None:
            continue
        for key in list(heading):
            if heading[key] == target:
                continue  # a brand the small model typed a person is joined too: no person has a parent company
            if _body_forms(_key_name(key, by_id))[0] == brand:
                st.move_all(key, target)


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


def _join_company_descriptions(st: _Joining) -> None:
    """Move a speaker known as "the company" ("the company said", "a spokesperson for the company") under the company
    its report means: the one company the report names in the ``_NEAR_COMPANY`` characters before each of its
    quotes where it names any, a brand and its parent counted as one (``_parents``). Two companies named there
    ("Veltrane" and its rival "Dorrin Motors"), or reports that mean different companies: no join. A company that
    does not speak itself becomes the heading ("the company said" in a report about Quillon: "Quillon")."""
    groups, heading, by_id, carriers = st.groups, st.heading, st.by_id, st.carriers
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
            company = _only({_company_near(span, named, parent_of, heading) for span in spans} - {None})
        if company is None:
            continue
        target = st.heading_of(company)
        if target != heading[key]:
            st.move_all(key, target)


_COMPANY_BOARD = re.compile(r"^(?:company|firm)'s board(?: of directors)?$")


def _join_company_boards(st: _Joining) -> None:
    """Move a speaker known as "the company's board" under the board of the company its report means (the one
    company named before each of its quotes, ``_company_near``) when another report names that board and it
    speaks ("Zephyrix's board", "the board of directors of Zephyrix"). No such board heading: no join."""
    groups, heading, by_id = st.groups, st.heading, st.by_id
    named = {e.id: list(e.mentions) for e in _companies(by_id) if e.name not in st.carriers}
    boards: dict[str, set[str]] = {}
    for shown in heading:
        boards.setdefault(_body_forms(_key_name(shown, by_id))[0], set()).add(heading[shown])
    for key, items in groups.items():
        if key is None or key not in heading or not _COMPANY_BOARD.match(_heading_key(_key_name(key, by_id))):
            continue
        company = _only({_company_near(span, named, {}) for span in _carried_at(items)})
        targets = boards.get(f"{_body_forms(by_id[company].name)[0]} board", set()) if company else set()
        st.move_under(key, _only(targets))


def _by_trade(key: str, by_id: dict[str, StoryEntity]) -> bool:
    """Whether a company description names the company by its trade ("the wireless carrier"), not as "the company"."""
    name = _key_name(key, by_id)
    words = name.casefold().split()
    return bool(words) and (words[-1] in _TRADE_WORDS or _trade_company(_unowned_words(name)))



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


# a company's head as a report describes them, unnamed ("the head of the company", "the company's chief")
_COMPANY_HEAD = re.compile(r"^(?:the )?(?:(?:head|chief|boss|leader) of the company|company(?:'s|’s)? "
                           r"(?:head|chief|boss|leader))$")
# the posts of a company's head a report names them by ("Zephyrix CEO", "chief executive of Zephyrix")
_CHIEF_POSTS = re.compile(r"\b(?:ceo|chief executive(?: officer)?)\b")


def _join_company_heads(st: _Joining) -> None:
    """Move a speaker described as a company's head ("according to the head of the company that operates the
    line") under the one person of the story whose post is a company's chief ("Ana Kell, Zephyrix Energy CEO"),
    who is its head. Two such people (two companies' chiefs): neither."""
    heading, by_id = st.heading, st.by_id
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
        st.move_under(key, st.heading_of(chief))

