"""What the quote ledger's heading joins share: the state they read and move (``Joining``) and the readings of a
speaker's name that several of them make ("the Harbour Commission" as headings compare it, the words of "his
mother" without the owner's). The joins themselves are in ``ledger_joins_*`` and run in the order
``ledger_joins.JOIN_PASSES`` gives."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from storyline.extract import gazetteer
from storyline.extract.roles import head_word
from storyline.ingest import outlets
from storyline.model import Span, StoryEntity

if TYPE_CHECKING:
    from storyline.brief.ledger import LedgerQuote

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Joining:
    """What every join pass of ``_one_heading_a_name`` reads and moves: the speakers' groups, the heading each
    group is shown under and the groups of each heading (the two a pass updates in place, through ``move``), the
    story's entities by id, the outlets carrying the quotes and the reports' texts. One object, so that a pass
    asks for what it needs instead of each taking its own run of the same five arguments. ``unheaded`` gathers
    the speakers a pass finds that never head their group (a body typed a person, "the official" pointing back):
    the heading is chosen among the others once every pass has run."""

    groups: dict[str | None, list[LedgerQuote]]
    heading: dict[str, str]
    by_name: dict[str, list[str | None]]
    by_id: dict[str, StoryEntity]
    carriers: Collection[str]
    texts: Mapping[str, str]
    unheaded: set[str]

    def move(self, key: str, target: str) -> None:
        """Show the group ``key`` under the heading ``target``."""
        self.by_name[self.heading[key]].remove(key)
        self.by_name.setdefault(target, []).append(key)
        self.heading[key] = target

    def move_under(self, key: str, target: str | None) -> None:
        """Show the group ``key`` under ``target`` when a pass found one and the group is not shown there yet: how
        nearly every pass ends."""
        if target is not None and target != self.heading[key]:
            self.move(key, target)

    def move_under_one(self, key: str, found: Collection[str]) -> None:
        """Show the group ``key`` under the heading of the one speaker a pass found it to be ("the chief" under
        "Tim Corran, Glenfield Police Chief"); two found, or none, or one with no heading: no move."""
        one = _only(found)
        self.move_under(key, self.heading.get(one) if one is not None else None)

    def move_all(self, key: str, target: str) -> None:

        """Show every group of the heading of ``key`` under ``target``: a heading that earlier passes gave other
        speakers ("mission", joined to "diplomatic mission" before it) moves whole."""
        for member in [k for k in self.by_name[self.heading[key]] if k is not None]:
            self.move(member, target)

    def heading_of(self, ent: str) -> str:
        """The heading a description's quotes move under: the entity's own, made for it when it does not speak
        itself ("the company said" in a report about Quillon: "Quillon")."""
        if ent not in self.heading:
            self.heading[ent] = _heading_key(self.by_id[ent].name)
            self.by_name.setdefault(self.heading[ent], []).insert(0, ent)
        return self.heading[ent]


def _only(found: Collection[_T]) -> _T | None:
    """The one thing a pass found, or None when it found none or several: every join leaves a speaker apart that
    two candidates fit."""
    return next(iter(found)) if len(found) == 1 else None


def _heading_key(name: str) -> str:
    """A speaker's name as headings are compared: case, apostrophes, full stops and a leading article aside
    ("Kell’s team", "kell's team"; "the Harbour Commission", "Harbour Commission"; "the U.S. Navy", "US Navy"), and
    accents too: one report prints "Luís Vidal", another "Luis Vidal", one name some outlets type without them; and
    double quotation marks, which a nickname in quotes leaves in a name ("Ana “Annie” Kell" read as "Annie” Kell")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c) and c not in "“”\"")
    key = " ".join(plain.replace("’", "'").casefold().replace(".", "").split())  # "U.S." / "US"
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


def _key_name(key: str, by_id: dict[str, StoryEntity]) -> str:
    """The name a ledger group's key stands for: its entity's, or the name a report gives ("name:officials")."""
    ent = by_id.get(key)
    return ent.name if ent is not None else key[5:]


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, apostrophes and hyphens kept ("o'neill", "vice-president"): how the
    joins compare names, roles and the words around a mention."""
    return re.findall(r"[\w'’-]+", text.casefold())


# words before a role that say whose it is, not which role ("his mother", "the chief")
_OWNER_WORDS = frozenset({"his", "her", "its", "their", "the", "a", "an"})


def _owner_less(text: str) -> list[str]:
    """The words of a description or role in lower case, without the words before it that say whose."""
    words = _lower_words(text)
    while words and words[0] in _OWNER_WORDS:
        words = words[1:]
    return words


def _unowned_words(name: str) -> list[str]:
    """The words of a name split at spaces, in lower case, without any of the words that say whose ("the
    union" -> ["union"], "company spokesperson")."""
    return [w for w in name.casefold().split() if w not in _OWNER_WORDS]


def _country_word(word: str) -> str | None:
    """The country a word names or is the adjective of, in lower case ("french", "Ostland's" -> "france",
    "ostland"), or None."""
    for form in dict.fromkeys((word, word.capitalize())):  # "US" as written; "french" as a name is written
        known = gazetteer.country_of_demonym(form) or gazetteer.lookup(form)
        if known is not None and known.kind == "country":
            return known.canonical.casefold()
    return None


def _carried_at(items: Sequence[LedgerQuote]) -> list[Span]:
    """Every place the quotes of a speaker stand: each quote's span and the spans of its other carriers."""
    return [s for lq in items for s in (lq.quote.span, *lq.quote.same_as)]


def _lone_headings(st: _Joining) -> Iterator[tuple[str, list[LedgerQuote], list[str]]]:
    """The speakers that stand alone under their heading, with their name's words less owner words ("the union",
    "company spokesperson"): the candidates the description joins may move under a named body. Lazy, so a
    join made for one speaker is seen when the next is asked about."""
    for key, items in st.groups.items():
        if key is not None and key in st.heading and len(st.by_name[st.heading[key]]) == 1:
            yield key, items, _unowned_words(_key_name(key, st.by_id))


# the people who speak for a body, after its name ("culture ministry officials")
_SPEAKING_FOR = frozenset({"officials", "chiefs", "spokesman", "spokeswoman", "spokesperson", "spokespeople"})
_ACRONYM_NAME = re.compile(r"^[A-Z]{2,6}$")
_ISSUER_GAP = 30  # the characters between "<Body> release." and the document's words that follow it


def _named_person(ent: StoryEntity) -> bool:
    """Whether a story entity is a person by name, not the people who speak for a body ("top UAW officials",
    which the small model types a person): a heading names the person before the body, the body before them."""
    words = ent.name.split()
    return ent.type == "PERSON" and ent.name[:1].isupper() and words[-1].casefold() not in _SPEAKING_FOR


def _in_full(ent: StoryEntity) -> bool:
    """Whether a story entity is a person named in full: two capitalised words or more ("Shawn Fain")."""
    words = ent.name.split()
    return ent.type == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words)


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


def _named_bodies(by_id: dict[str, StoryEntity], carriers: Collection[str]) -> dict[str, tuple[Span, ...]]:
    """The organisations the story names by a capitalised name that is no carrying outlet, no place and no known
    outlet: the bodies a description or a document heading may stand for."""
    return {
        e.id: tuple(e.mentions) for e in by_id.values()
        if e.type == "ORG" and e.name[:1].isupper() and e.name not in carriers
        and not gazetteer.place(e.name) and outlets.canonical(e.name) is None
    }


# words of a body's name that tell an institution, no company ("Marlport City Council", "Ministry of Labour")
_INSTITUTION_WORDS = frozenset(
    """ministry department police council government agency commission court union university office authority
    parliament army committee association federation party bureau school hospital senate congress administration
    center centers centre centres institute workers""".split()  # noqa: SIM905
)
_NEAR_COMPANY = 600  # how far before its words a company named in the report may be what "the company" means


def _a_company(ent: StoryEntity) -> bool:
    """Whether a story entity reads as a company a report speaks of: an organisation by a name in capitals, no
    institution's word in it, no place, no news outlet ("the company told Zephyr News": the outlet is not it)."""
    words = set(_heading_key(ent.name).split())
    return (ent.type == "ORG" and ent.name[:1].isupper() and not words & _INSTITUTION_WORDS
            and not gazetteer.place(ent.name) and outlets.canonical(ent.name) is None)
