"""The order in which the quote ledger joins the headings of one speaker: ``JOIN_PASSES``, one row a pass, each
with the reason it runs where it does. A pass reads and moves the ledger's headings through one ``_Joining``
(``ledger_joining``); a later pass sees every join an earlier one made, so the order is part of what each pass
means. The passes themselves are in ``ledger_joins_bodies``, ``ledger_joins_companies`` and
``ledger_joins_people``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from storyline.brief.ledger_joining import _Joining
from storyline.brief.ledger_joins_bodies import (
    _join_acronyms,
    _join_apposed_kinds,
    _join_bare_kinds,
    _join_body_data,
    _join_body_descriptions,
    _join_body_forms,
    _join_body_voices,
    _join_copied_body_sources,
    _join_copied_descriptions,
    _join_document_issuers,
    _join_fuller_names,
    _join_group_acronyms,
    _join_two_sides,
)
from storyline.brief.ledger_joins_companies import (
    _join_company_boards,
    _join_company_descriptions,
    _join_company_heads,
    _join_parent_brands,
)
from storyline.brief.ledger_joins_given_names import _join_short_given_names
from storyline.brief.ledger_joins_people import (
    _join_bare_surnames,
    _join_described_copies,
    _join_described_holders,
    _join_described_names,
    _join_named_after,
    _join_officials_back,
    _join_posts_of,
    _join_profession_back,
    _join_role_names,
    _join_surname_forms,
    _join_titles_before_names,
    _join_unnamed_heads,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class JoinPass:
    """One join of the ledger's headings: its name, the pass, and why it runs at its place in the order."""

    name: str
    run: Callable[[_Joining], None]
    why: str


JOIN_PASSES: tuple[JoinPass, ...] = (
    JoinPass(name="body forms", run=_join_body_forms,
             why="first: a body's spellings ('Zephyrix Inc', 'Zephyrix') become one heading every later pass reads"),
    JoinPass(name="acronyms", run=_join_acronyms,
             why="'CDC' finds the one body whose name it spells once that body's spellings are one heading"),
    JoinPass(name="group acronyms", run=_join_group_acronyms,
             why="'KRX' is 'KRX Group Inc.', the short name a report uses once it has given the full one"),
    JoinPass(name="copied descriptions", run=_join_copied_descriptions,
             why="a description one report cut short from another's copied sentence is the longer one's speaker"),
    JoinPass(name="copied body sources", run=_join_copied_body_sources,
             why="'VFD sources' of a copied sentence are the sources of the fire department written out"),
    JoinPass(name="fuller names", run=_join_fuller_names,
             why="'provincial government' is the one 'Limpopo provincial government', before kinds read either"),
    JoinPass(name="titles before names", run=_join_titles_before_names,
             why="'Filmmaker' right before a full name is that person's title, before surnames claim the word"),
    JoinPass(name="described names", run=_join_described_names,
             why="'energy provider VTR' is the speaker 'VTR' that another report names bare"),
    JoinPass(name="role names", run=_join_role_names,
             why="a headline's 'Zephyrix CEO' is the one person of the story holding that role"),
    JoinPass(name="described holders", run=_join_described_holders,
             why="'the chief', 'his mother', 'the Ostland leader' are the one named person whose role they fit"),
    JoinPass(name="posts of", run=_join_posts_of,
             why="'the secretary of state' cut short is the one person whose role opens with those words"),
    JoinPass(name="surname forms", run=_join_surname_forms,
             why="'Glenfield Chief Corran', words run on to a surname, is the one 'Corran' named in full"),
    JoinPass(name="short given names", run=_join_short_given_names,
             why="'Ray Tovan of Harlow Fire & Rescue' is 'Raide Tovan' of that body, before surnames look for one"),
    JoinPass(name="bare surnames", run=_join_bare_surnames,
             why="'Marinetto' alone is the one person named in full with that surname"),
    JoinPass(name="bare kinds", run=_join_bare_kinds,
             why="'the ministry', 'the statement' is the one speaker of its reports whose name holds the word"),
    JoinPass(name="apposed kinds", run=_join_apposed_kinds,
             why="'the messaging app' is the one body a role names right after those words"),
    JoinPass(name="parent brands", run=_join_parent_brands,
             why="a brand speaks under its parent company: the reports tell the two as one company"),
    JoinPass(name="company descriptions", run=_join_company_descriptions,
             why="'the company' is the one company its report names before, brands already under their parents"),
    JoinPass(name="company boards", run=_join_company_boards,
             why="'the company's board' is the board of the company its report means, when that board speaks"),
    JoinPass(name="body descriptions", run=_join_body_descriptions,
             why="'the agency', 'the union' is the body no company its report named last before"),
    JoinPass(name="named after", run=_join_named_after,
             why="a lede's 'a company official' is the spokesperson its report names and quotes right after"),
    JoinPass(name="unnamed heads", run=_join_unnamed_heads,
             why="'the head of a trade body' is the one person its report introduces and quotes right after"),
    JoinPass(name="officials back", run=_join_officials_back,
             why="'the official' points back to the official its report quoted last; it never heads the group"),
    JoinPass(name="profession back", run=_join_profession_back,
             why="'the Republican lawyer' points back to the one person just named whose role holds that trade"),
    JoinPass(name="described copies", run=_join_described_copies,
             why="'his defense attorney' is the named person of that trade whom another report quotes alike"),
    JoinPass(name="document issuers", run=_join_document_issuers,
             why="'the release' speaks for the one body its report names as the release's issuer"),
    JoinPass(name="two sides", run=_join_two_sides,
             why="'the two sides' are the one joint speaker of two bodies its reports quote"),
    JoinPass(name="body voices", run=_join_body_voices,
             why="'Zephyrix officials', 'the Zephyrix webcast' are the body speaking through its people or channel"),
    JoinPass(name="body data", run=_join_body_data,
             why="'government data' is the government's word when the government speaks by that name"),
    JoinPass(name="company heads", run=_join_company_heads,
             why="last: 'the head of the company' is the story's one company chief, whatever heading they now have"),
)
