"""The heading joins of the quote ledger that tell one person under two names: a role or a description ("CrowdStrike
CEO", "the chief", "the secretary of state", "his defense attorney") under the one named person it fits, a
surname alone under the full name, a title the small model read as a name ("Filmmaker") under the name after it,
and "a company official" or "the official" under the person its report names or quoted just before. Each pass is
one row of ``ledger_joins.JOIN_PASSES``, which says why it runs where it does."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from storyline.brief.ledger_joining import (
    _ISSUER_GAP,
    _carried_at,
    _country_word,
    _heading_key,
    _in_full,
    _Joining,
    _key_name,
    _lone_headings,
    _lower_words,
    _named_person,
    _only,
    _owner_less,
)
from storyline.brief.ledger_joins_companies import _COMPANY_WORDS
from storyline.extract import gazetteer, nominals
from storyline.extract.roles import head_word
from storyline.model import Span, StoryEntity

if TYPE_CHECKING:
    from storyline.brief.ledger import LedgerQuote


def _join_role_names(st: _Joining) -> None:
    """Move a speaker named only by a role ("CrowdStrike CEO", from a headline's "CrowdStrike CEO apologizes ...,
    says ...") under the one person of the story who holds that role ("George Kurtz, CrowdStrike CEO"). A role
    two people hold ("mayor" of two towns) joins neither."""
    heading, by_id = st.heading, st.by_id
    holders: dict[str, set[str]] = {}
    for ent in by_id.values():
        if ent.type == "PERSON" and ent.role and _a_post(ent.role):
            for form in _role_forms(_heading_key(ent.role)):
                holders.setdefault(form, set()).add(ent.id)
    for key, head in list(heading.items()):
        st.move_under_one(key, holders.get(head, set()))


def _described(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a speaker known only by a description ("his mother", "Police Chief": a headline's), without
    the words that say whose; None for a speaker with a name of its own ("Mira Kell", "Zephyrix")."""
    ent = by_id.get(key)
    name = _key_name(key, by_id)
    if ent is not None and (ent.type != "PERSON" or not name[:1].islower()):
        return None
    words = _owner_less(name)
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


# words that qualify a role in a headline's short form of it ("Police Chief", "Deputy Mayor")
_ROLE_QUALIFIERS = frozenset({"police", "fire", "deputy", "city", "county", "state", "acting", "interim", "chief"})


def _join_described_holders(st: _Joining) -> None:
    """Move a speaker known only by a description that is the role of one named person of the story ("the chief",
    "Police Chief", "his mother") under that person ("Tim Corran, Glenfield Police Chief"; "Ada Rusk, Rusk's
    mother"): the description's last word is the head of the person's role and its other words are words of it.
    A description two people's roles fit ("chief" of a fire brigade and of a site) joins neither; a role that is
    no role but a run of the report's words ("…, the result of a shot by a police officer") is never matched by
    its tail, only by its head."""
    heading, by_id = st.heading, st.by_id
    roles = [(pid, head_word(role), _role_word_set(role)) for pid, role in _posts(by_id)]
    for key in list(heading):
        words = (_described(key, by_id) or _bare_title(key, by_id)) if key is not None else None
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
        st.move_under_one(key, holders)


def _bare_title(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The word of a speaker named by a bare title in capitals alone ("President", of "President of the Tide Court
    Lady Vell", which the small model splits into a person "President" and a body): the title, which
    ``_join_described_holders`` gives to the one named person whose role it heads; None for anything else, and for
    a word that is a name of the story's people ("Judge" as a surname)."""
    ent = by_id.get(key)
    name = _key_name(key, by_id)
    if (ent is not None and (ent.type != "PERSON" or ent.role)) or " " in name or not name.istitle():
        return None
    word = name.casefold()
    if word not in gazetteer.TITLE_HEADS:
        return None
    parts = {w.casefold() for e in by_id.values() if e.type == "PERSON" and e.id != key for w in e.name.split()}
    return None if word in parts else [word]


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
    roles = [(pid, _owner_less(role)) for pid, role in _posts(st.by_id)]
    for key in list(st.heading):
        words = _post_of(key, st.by_id) if key is not None else None
        if words:
            st.move_under_one(key, {pid for pid, role in roles if role[: len(words)] == words})


def _posts(by_id: dict[str, StoryEntity]) -> list[tuple[str, str]]:
    """The named people of the story who hold a post (``_a_post``), each with their role: a capitalised name of two
    words or more, whom a speaker known by a description or a post may be."""
    return [(e.id, e.role) for e in by_id.values()
            if e.type == "PERSON" and e.role and _a_post(e.role) and e.name[:1].isupper() and len(e.name.split()) >= 2]


def _post_of(key: str, by_id: dict[str, StoryEntity]) -> list[str] | None:
    """The words of a speaker known by a post of the form "<title> of <words>" in lower case ("the secretary of
    state" -> ["secretary", "of", "state"]), or None for a name or any other description."""
    ent = by_id.get(key)
    name = _key_name(key, by_id)
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
    heading, by_id = st.heading, st.by_id
    people = _full_names(by_id)
    for key in list(heading):
        if key is None or (key in by_id and by_id[key].type == "PERSON"):
            continue
        name = _key_name(key, by_id)
        hit = _TITLED_SURNAME.search(name)
        titled = hit is not None and (not hit.group(1) or hit.group(1).casefold() in gazetteer.TITLE_HEADS)
        if hit is None or not titled or len(name.split()) < 3:
            continue
        st.move_under_one(key, people.get(hit.group(2).casefold(), set()))


def _join_bare_surnames(st: _Joining) -> None:
    """Move a speaker named by a surname alone ("Marinetto", a description after it in its report, which the small
    model may type a work of art) under the one person of the story named in full with that surname ("Stefan
    Marinetto"): same surname, one full name, no other given name. Two people of that surname ("Stefan" and "Clara
    Marinetto"): neither. An organisation of that one word ("Dorrin", a company, beside "Jan Dorrin") is a
    namesake, never joined."""
    heading, by_id = st.heading, st.by_id
    people = _full_names(by_id)
    for key in list(heading):
        ent = by_id.get(key) if key is not None else None
        if key is None:
            continue
        name = _key_name(key, by_id)
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
        st.move_under(key, st.heading_of(next(iter(holders))))


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
        if _in_full(e):
            people.setdefault(e.name.split()[-1].casefold(), set()).add(e.id)
    return people


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


# the characters between a title written before a name and the name ("Filmmaker and festival guest Ada Rusk")
_NAME_GAP = 40


def _join_titles_before_names(st: _Joining) -> None:
    """Move a speaker named by one capitalised word that a report writes right before the full name of one person
    of the story ("Filmmaker", of "Filmmaker Chloe Gardiner", which the small model reads as a person of its own)
    under that person: the word is a title of the person, no name. A surname of the story's people ("Gardiner")
    is left to ``_join_bare_surnames``; a word right before two people's names joins neither."""
    heading, by_id = st.heading, st.by_id
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
        st.move_under_one(key, named)


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
                st.move(key, target)
            break


def _a_place(key: str, by_id: dict[str, StoryEntity]) -> bool:
    ent = by_id.get(key)
    return ent is not None and ent.type in {"GPE", "LOC"}


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
    groups, by_id = st.groups, st.by_id
    people = [
        (pid, _carried_at(groups[pid]), _voice_of(head_word(by_id[pid].role or "")), by_id[pid].mentions)
        for pid in _speaking_people(st)
    ]
    for key, items, words in _lone_headings(st):
        voice = _voice_of(words[-1]) if words else None
        if voice is None or not set(words[:-1]) <= _COMPANY_WORDS:
            continue
        named = {
            pid for lq in items for pid, spans, theirs, mentions in people for span in spans
            if span.article == lq.quote.span.article and 0 <= span.start - lq.quote.span.end <= _NAMED_AFTER
            and voice in (theirs, _titled_voice(mentions, span, st.texts))
        }
        st.move_under_one(key, named)


def _speaking_people(st: _Joining) -> list[str]:
    """The speakers of the story that are people by name (``_named_person``), in the order they first speak: those
    a report may name right after, or right before, a description of them."""
    return [pid for pid in st.groups if pid is not None and pid in st.by_id and _named_person(st.by_id[pid])]


# "the head of a trade body that represents ...": a body's leader, the body not named yet
_UNNAMED_HEAD = re.compile(r"^(?:the )?(?:head|chief|boss|leader|director|president|chair) of (?:a|an) ")


def _join_unnamed_heads(st: _Joining) -> None:
    """Move a speaker known as "the head of a trade body" (a body's leader the report has not named) under the
    one named person its report introduces right after, within ``_NAMED_AFTER`` characters, and quotes there
    ("..., the head of a trade body said. Ana Kell, of Voltgrid, told ..."): a lede gives the words, the next
    paragraph the name. A person named before the description, two people named there, or one who "also" says
    something (another voice besides the description's) joins none."""
    groups, by_id, texts = st.groups, st.by_id, st.texts
    people = _speaking_people(st)
    for key, items, _words in _lone_headings(st):
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
        st.move_under_one(key, named)


# the people a report names by their office alone, whom "the official said" may point back to
_OFFICIAL_WORDS = _SPOKES_WORDS | {"representative"}


def _join_officials_back(st: _Joining) -> None:
    """Move a speaker known as "the official" (or "the spokesman", "the representative") under the speaker its
    report quoted last before it, within ``_NAMED_AFTER`` characters, when that speaker is such an official too
    ("..., said a representative of the harbour board. ... “It was never a ferry,” the official said."): the
    definite article points back to the one official the report has just quoted. "An official said" is another
    person, never joined; a speaker of two reports, or one whose last speaker before it is no official (a
    minister, a company), stays apart. A speaker moved goes to ``st.unheaded``: "the official" names no one
    itself, and the official it points back to heads the group."""
    groups, heading, by_id, texts = st.groups, st.heading, st.by_id, st.texts
    for key, items, words in _lone_headings(st):
        if len(words) != 1 or words[0] not in _OFFICIAL_WORDS:
            continue
        spans = _carried_at(items)
        if len({s.article for s in spans}) != 1 or not all(_pointed_back(key, s, by_id, texts) for s in spans):
            continue
        other = _only({_last_speaker(span, groups, key) for span in spans})
        if other is None or other not in heading or not _an_official(other, by_id):
            continue
        if heading[other] != heading[key]:
            st.move(key, heading[other])
            st.unheaded.add(key)


# words news uses for one profession, one for the other ("the lawyer" of a person whose role says "attorney")
_PROFESSION_SYNONYMS = (frozenset({"lawyer", "attorney"}),)


def _join_profession_back(st: _Joining) -> None:
    """Move a speaker known as "the Republican lawyer" (a capitalised party or nation word and a profession, the
    definite article pointing back) under the one named person its report names within ``_NAMED_AFTER``
    characters before it whose role holds that profession ("Tom Rell, former mayor and onetime attorney to the
    governor"): news calls a person it has just named by their trade. A profession two such people hold, a lower
    case word the role lacks ("the defense lawyer" of a former mayor), or "a lawyer" (another person): no join."""
    by_id, texts = st.by_id, st.texts
    for key, items, _words in _lone_headings(st):
        ent = by_id.get(key)
        words = _titled_header(key, by_id) or _professional(key, by_id)
        if ent is None or not words or not all(_first_definite(ent, s.article, texts) for s in _carried_at(items)):
            continue
        trade = _trade(words[-1])
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
        st.move_under_one(key, holders)


def _trade(word: str) -> frozenset[str]:
    """The words news writes for the profession ``word`` names ("lawyer" -> "lawyer" and "attorney"): a role or
    the words beside a name may give it either way."""
    return next((syn for syn in _PROFESSION_SYNONYMS if word in syn), frozenset({word}))


_SHARED_WORDS = 3  # the fewest words of four letters or more that make a quoted phrase one statement's, not a formula


def _join_described_copies(st: _Joining) -> None:
    """Move a speaker known by a description ("his defense attorney") under the one named person of another
    report who speaks the description's quoted words ("civil equivalent of the death penalty", within his "...
    is the civil equivalent of a death penalty") and whom that report gives the description's trade ("Tom Vell,
    the mayor's attorney, told the court", in his role or within ``_TITLED_GAP`` characters of his name): two
    reports quote one person, one naming him. Words shared with two people, or a person of another trade: no
    join."""
    groups, by_id = st.groups, st.by_id
    for key, items, _words in _lone_headings(st):
        words = _described(key, by_id)
        if not words:
            continue
        trade = _trade(words[-1])
        named = {
            pid for pid in _speaking_people(st) if pid != key and len(by_id[pid].name.split()) >= 2
            and _speaks_copied(items, groups[pid]) and _of_trade(by_id[pid], trade, st.texts)
        }
        st.move_under_one(key, named)



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
