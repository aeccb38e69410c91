"""Roles and descriptions of people and organisations: titles, appositions, "the alliance", "a spokesperson".

What it does:
- ``titles``: a title written right before a person's name ("Japan's foreign minister Yoshimasa Hayashi",
  "Foreign Minister Yoshimasa Hayashi", "NATO secretary general Jens Stoltenberg") -> the role text and
  span, which is also a mention of that person;
- ``appositions``: a noun phrase set off by commas right after a name ("Bill Hayton, an associate fellow
  with the Asia-Pacific Program at Chatham House,") -> the role text and span (not a mention);
- ``descriptions``: definite descriptions that refer back to a named entity: "the Chinese government"
  (a country by its demonym), "the (military|Western) alliance", "the bloc", "the organization" (an
  organisation of that kind from the gazetteer), "the country's foreign minister" (the one person whose
  role holds that title), and unnamed speakers ("a NATO spokesperson said" -> a person of its own).

What it does NOT do: it does not guess among several candidates: a description that fits two people, or an
alliance description with no alliance named before it, is left out. Roles are read only from the
constructions above, not from verbs ("X, who leads ..."), and nothing is normalised to a title ontology.

Method: dependency patterns over the spaCy parse (``appos``, ``det``, ``amod``/``compound``/``poss``
children) with hand-written title and description word lists from ``storyline.extract.gazetteer``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from storyline.extract import gazetteer
from storyline.extract.coref import SPEECH_VERBS, Mention, norm_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

_ROLE_GLUE = frozenset({"'s", "’s", "of", "for", "and", "-"})
# the gazetteer's title words, and an agency's head ("Acting Space Agency Administrator Tomas Reyk"), a council's
# member and a county's supervisor ("City Council Member Ana Kell"): titles the entity stage also keeps out of
# the name
_TITLE_HEADS = gazetteer.TITLE_HEADS | {"administrator", "member", "supervisor"}
_NAMEISH = ("ORG", "GPE", "NORP", "LOC", "FAC")


def _covered(names: list[Mention]) -> dict[int, Mention]:
    """Character offset -> name mention covering it (for token tests)."""
    table: dict[int, Mention] = {}
    for m in names:
        for c in range(m.start, m.end):
            table[c] = m
    return table


def titles(doc: Doc, names: list[Mention]) -> list[tuple[Mention, int, int]]:
    """(person mention, role start, role end) for every title written right before a person's name."""
    cover = _covered(names)
    found = []
    for m in names:
        if m.type != "PERSON":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        i = span.start - 1
        first = None
        has_head = False
        short = 0
        body = False  # a body's name or a qualifier ("Rear") beside a rank written short
        while i >= 0:
            tok = doc[i]
            low = tok.lower_
            other = cover.get(tok.idx)
            if low in _TITLE_HEADS:
                has_head = True
            elif low in gazetteer.TITLE_ABBREVIATIONS:
                short += 1  # "Lt. Col.", "Rear Adm.": a rank written short heads a title with more words
            elif low in gazetteer.TITLE_MODIFIERS:
                body = True
            elif low == "for" and has_head:
                break  # "a spokesperson for Prime Minister Ana Kell": the spokesperson is someone else
            elif _union_local(doc, i):
                body = True  # "Local 333" of "ILX Local 333 President": a union local, the body the post is held in
            elif low in _ROLE_GLUE or _hyphen_prefix(doc, i):
                pass  # "co" of "CEO and co-founder Ana Kell": a title's word, cut off by its hyphen
            elif low in _PARTY_WORDS and tok.text[:1].isupper() and _names_next(doc, cover, i):
                pass  # "Liberal" of "Liberal Democrat deputy leader": a party's name the small model cut short
            elif not (other is not None and other.type in _NAMEISH):
                break
            body = body or (other is not None and other.type == "ORG")
            if "\n" in tok.whitespace_:
                break
            first = i
            i -= 1
        if first is None or not (has_head or (short and body)):
            # a bare "Gov." or "Lt. Col.", or a place's "Texas Sen.", is a courtesy of the name, no role of its own;
            # a body's or a qualified rank ("U.S. Coast Guard Rear Adm.") is the post the person holds
            continue
        # the phrase may not begin with glue ("of", "'s") and must end on a title word, not a name
        while first < span.start and doc[first].lower_ in _ROLE_GLUE:
            first += 1
        last = doc[span.start - 1]
        if first >= span.start or not (
            last.lower_ in _TITLE_HEADS | gazetteer.TITLE_MODIFIERS | gazetteer.TITLE_ABBREVIATIONS
            or _place_of_title(doc, cover, last)
        ):
            continue
        found.append((m, doc[first].idx, last.idx + len(last.text)))
    return found


# words that open a party's name before a word the small model reads as the name ("Liberal Democrat", "Social
# Democratic", "Green Party")
_PARTY_WORDS = frozenset({"liberal", "social", "christian", "free", "green", "scottish", "welsh", "progressive"})


def _union_local(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is "Local" or the number after it in a union local's name ("Local 333"), which the small
    model leaves out of the union's name or reads as part of the person's."""
    tok = doc[i]
    if tok.like_num:
        return i > 0 and doc[i - 1].text == "Local"
    return tok.text == "Local" and i + 1 < len(doc) and doc[i + 1].like_num


def _names_next(doc: Doc, cover: dict[int, Mention], i: int) -> bool:
    """Whether the token after ``doc[i]`` lies in a body's or a group's name ("Democrat" after "Liberal")."""
    other = cover.get(doc[i + 1].idx) if i + 1 < len(doc) else None
    return other is not None and other.type in _NAMEISH


def _place_of_title(doc: Doc, cover: dict[int, Mention], last: Token) -> bool:
    """The title before a name ends on the place it is held for ("Foreign Minister of Maldives Abdulla Shahid"):
    a one-word place right after "<title> of"."""
    other = cover.get(last.idx)
    return (
        other is not None and other.type in ("GPE", "LOC") and last.i >= 2 and doc[last.i - 1].lower_ == "of"
        and doc[last.i - 2].lower_ in _TITLE_HEADS
    )


def appositions(doc: Doc, text: str, names: list[Mention]) -> list[tuple[Mention, int, int]]:
    """(person mention, role start, role end) for "Name, <noun phrase>," appositions, and for "Name, of <Body>,"
    (``_affiliation``)."""
    found = []
    bodies = {n.start: n for n in names if n.type in _NAMEISH}
    for m in names:
        if m.type != "PERSON" or text[m.end : m.end + 2] != ", ":
            continue
        of_body = _affiliation(text, m.end + 2, bodies)
        if of_body is not None:
            found.append((m, m.end + 2, of_body))
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        appos = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
        if appos:
            sub = list(appos[0].subtree)
            # "a champion of Harlow who set his crime drama in the city": a relative clause tells what the person
            # did, no part of the role
            clause = min((min(t.subtree, key=lambda x: x.i).i for t in sub if t.dep_ == "relcl"), default=None)
            if clause is not None and clause > sub[0].i + 1:
                sub = [t for t in sub if t.i < clause]
            start_tok, end_tok = sub[0], sub[-1]
            start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
            if end_tok.pos_ == "PROPN" and (rest := _NAME_REST.match(text, end)) is not None:
                end = rest.end()  # "head of the town of Talat N’Yaaqoub,": the parse hangs "N’Yaaqoub" elsewhere
            if text[end - 1 : end] == "-" or text[end : end + 1] == "-":
                # "Ana Kell, CEO and co-founder of Zephyrix,": the parse breaks the phrase at the hyphen; the role
                # runs on to the comma that closes it
                start, end = max((start, end), _comma_phrase(doc, span.end), key=lambda r: r[1] - r[0])
        else:
            start, end = _comma_phrase(doc, span.end)
        while end > start and text[end - 1] in ",;: ":
            end -= 1
        if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
            end += 1  # "... Policy Analysis (CEPA)": the parse leaves the closing parenthesis out
        if start >= end or start < m.end or end - start > 200:
            continue
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or not _looks_like_role(first[0]) or _subject_of_next_verb(doc, first):
            continue
        if head_word(text[start:end]) in _CHARACTER_HEADS:
            continue  # "Hal Voss, a recovering drug addict,": what the writer says of him, no post he holds
        found.append((m, start, end))
    return found


_OF_BODY = re.compile(r"of (?:the )?")


def _affiliation(text: str, at: int, bodies: Mapping[int, Mention]) -> int | None:
    """The end of "of <Body>" written at ``at`` between commas after a person's name ("Ana Kell, of Voltgrid,
    told ..."), where <Body> is a name the report gives (an organisation, a place): the body the person speaks
    for, which a heading shows beside the name ("Ana Kell, of Voltgrid"); None for anything else ("Ana Kell, of
    all people, ...")."""
    lead = _OF_BODY.match(text, at)
    body = bodies.get(lead.end()) if lead is not None else None
    return body.end if body is not None and text[body.end : body.end + 1] == "," else None


# the heads of an apposition that characterise a person rather than name an office, a job or a relation ("a
# recovering drug addict", "a convicted felon"): a heading shown with such a "role" reads as the report's
# judgement of the person, which a role is not
_CHARACTER_HEADS = frozenset({"addict", "alcoholic", "felon", "convict", "drunkard", "gambler"})


def _hyphen_prefix(doc: Doc, i: int) -> bool:
    """Token ``i`` is joined by a hyphen to the word after it ("co" of "co-founder", "vice" of "vice-chair")."""
    return i + 2 < len(doc) and doc[i].whitespace_ == "" and doc[i + 1].text == "-" and doc[i + 1].whitespace_ == "" \
        and doc[i].is_alpha


# the rest of a place's name the parse left out of an apposition, up to the comma that closes it
_NAME_REST = re.compile(r"(?: [A-Z][\w'’-]*)+(?=,)")


def _subject_of_next_verb(doc: Doc, phrase: DocSpan) -> bool:
    """The phrase after the comma runs straight into a verb of saying: the subject of the attribution, no
    apposition ("... and arms dealer Ivo Lenk, the palace and the Dorvan ministry said respectively"). A
    participle after a true apposition is part of it ("Marta Voss, the player detained in Dorvan, was freed")."""
    return phrase.end < len(doc) and doc[phrase.end].pos_ == "VERB" and doc[phrase.end].lower_ in SPEECH_VERBS


def _looks_like_role(tok: Token) -> bool:
    low = tok.lower_
    return low in ("a", "an", "the") or low in _TITLE_HEADS or low in gazetteer.TITLE_MODIFIERS \
        or tok.pos_ in ("ADJ", "NOUN", "PROPN")


def _comma_phrase(doc: Doc, after: int) -> tuple[int, int]:
    """The words between the comma after token ``after - 1`` and the next comma, when they hold a title word."""
    if after + 1 >= len(doc) or doc[after].text != ",":
        return 0, 0
    j = after + 1
    has_title = False
    while j < len(doc) and doc[j].text not in (",", ".", ";", "\n") and j - after < 30:
        has_title = has_title or doc[j].lower_ in _TITLE_HEADS
        if doc[j].pos_ in ("VERB", "AUX") or "\n" in doc[j].whitespace_:
            return 0, 0
        j += 1
    if not has_title or j >= len(doc) or doc[j].text != ",":
        return 0, 0
    return doc[after + 1].idx, doc[j - 1].idx + len(doc[j - 1].text)


def _np_left(head: Token) -> tuple[int, int] | None:
    """Start token index of the noun phrase ending at ``head`` (its left children), or None if broken."""
    left = list(head.lefts)
    if not left:
        return None
    start = min(t.i for c in left for t in c.subtree)
    return start, head.i


def descriptions(doc: Doc, text: str, known_kind: dict[str, str], taken: list[tuple[int, int]]) -> list[Mention]:
    """Description mentions with their target key, or a new unnamed-person key (see module docstring).

    ``known_kind`` maps the key of each organisation cluster named so far to its gazetteer kind; the
    target of "the alliance" is the last such key before it (keys passed in text order of first mention).
    """
    out: list[Mention] = []
    taken_set = [(s, e) for s, e in taken]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken_set)

    others: set[str] = set()  # heads a description of another body took ("the fire agency" after Yonhap)
    for tok in doc:
        low = tok.lower_
        if tok.dep_ == "compound" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if low in ("government", "administration", "authorities", "leadership", "regime"):
            left = list(tok.lefts)
            dem = [c for c in left if gazetteer.country_of_demonym(c.text) is not None]
            det = [c for c in left if c.lower_ == "the"]
            if dem and det:
                country = gazetteer.country_of_demonym(dem[0].text)
                s, e = det[0].idx, tok.idx + len(tok.text)
                if country is not None and free(s, e):
                    out.append(Mention(s, e, "GPE", "description", key="K:" + country.canonical))
            continue
        kinds = gazetteer.DESCRIPTION_HEADS.get(low)
        if kinds is None:
            continue
        det = [c for c in tok.lefts if c.dep_ == "det"]
        if not det or det[0].lower_ != "the" or any(c.dep_ == "poss" for c in tok.lefts):
            continue
        if any(_names_it(c) for c in tok.lefts):
            continue  # "the CGT union": the name before the head says which union, not the head noun alone
        s, e = det[0].idx, tok.idx + len(tok.text)
        if not free(s, e):
            continue
        target = [k for k, kind in known_kind.items() if kind in kinds]
        if len(set(target)) == 1 and _another_of_kind(tok, target[0]):
            # "the Yonhap news agency reported ... the fire agency said ... the agency said": a fire agency is no
            # news agency, and a bare "the agency" after it goes on with it (the nominal chain), not with Yonhap
            others.add(low)
            continue
        if len(set(target)) == 1 and not (low in others and not _field_words(tok)):
            m = Mention(s, e, "ORG", "description", key=target[0])
            m.meta["head"] = low
            out.append(m)
    return out


_ROLE_OBJECT = re.compile(r"\s(?:of|for|at|in|with|to|from|on|by|who|whose|which|that)\s|\s[(,]")


def head_word(role: str) -> str:
    """A role's head: its last word before what it is of or for ("chief" of "the Troy police chief", "secretary"
    of "general secretary of the CFDT"), so "the police" is no mention of a police chief. A body's name with an
    "of" inside, written before the title ("Fire Department of Ostland Commissioner"), leaves the title its head:
    the role ends on a title's head and the word before the "of" is none."""
    low = role.lower()
    words = _ROLE_OBJECT.split(low, maxsplit=1)[0].split()
    if words and words[-1] not in _TITLE_HEADS and _named_body_before_title(role):
        return low.split()[-1]
    return words[-1] if words else ""


def _named_body_before_title(role: str) -> bool:
    """Whether a role is a body's name with an "of" inside, then a title, as written before a name ("Fire
    Department of Ostland Commissioner"): capitalised words before the "of", a title's head last, no clause or
    aside ("a friend of the mayor" is no title; nor "the wife of Governor")."""
    before = _ROLE_OBJECT.split(role, maxsplit=1)[0].split()
    words = role.split()
    return (
        bool(before) and all(w[:1].isupper() for w in before) and words[-1].lower() in _TITLE_HEADS
        and words[-1][:1].isupper() and not _ROLE_CLAUSE.search(role) and len(before) < len(words) - 1
    )


# what opens a clause or an aside in a role, after which its last word is no title written before a name
_ROLE_CLAUSE = re.compile(r"\s(?:who|whose|which|that)\s|[(,]")


def said_of(doc: Doc, m: Mention) -> set[str]:
    """The nouns a sentence says a name is: its apposition ("Joaquim, a postman,"), the noun it is in
    apposition to ("the secretary, Joaquim Ferreira") and what it is by a copula ("Joaquim is a postman")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    return {n.lower_ for n in nouns if n.pos_ == "NOUN"}


def _kind_words(doc: Doc, first: int, head: Token) -> list[str]:
    """The common nouns that say which kind of title a description holds ("commerce" of "the commerce
    secretary"), not its possessor's ("the country's foreign minister"), nor title words ("head coach") or
    names ("the NBA coach": a role seldom repeats the league)."""
    owned = {t.i for c in head.lefts if c.dep_ == "poss" for t in c.subtree}
    return [t.lower_ for t in doc[first : head.i] if t.pos_ == "NOUN" and t.i not in owned
            and t.lower_ not in _TITLE_HEADS | gazetteer.TITLE_MODIFIERS and not t.n_lefts]  # "first-time"


def _fits(title: str, head: str, kinds: list[str], role: str) -> bool:
    """A description with ``title`` over ``head`` and the kind words ``kinds`` may be the holder of ``role``:
    the role has that title, by its head ("the police" is no police chief), and every kind word ("the commerce
    secretary" is not "the interior secretary")."""
    low = role.lower()
    return title in low and head_word(role) == head and all(k in low.split() for k in kinds) \
        and not _other_office(title, low, head)


# words that make another office of a title's head: a prime minister is "the prime minister", never a bare "the
# minister"; a general or press secretary is seldom a bare "the secretary" (``_other_office``, ``_secondary``)
_OFFICE_WORDS = {"minister": frozenset({"prime", "first", "chief"})}
_SECONDARY_OFFICE_WORDS = {"secretary": frozenset({"general", "press"})}


def _office_word(role: str, head: str, table: Mapping[str, frozenset[str]]) -> str | None:
    """The word of ``table`` the role writes right before its head ("prime" of "Britain's prime minister")."""
    words = _ROLE_OBJECT.split(role, maxsplit=1)[0].split()
    if len(words) < 2 or words[-1] != head:
        return None
    return words[-2] if words[-2] in table.get(head, ()) else None


def _other_office(
    title: str, role: str, head: str, table: Mapping[str, frozenset[str]] = _OFFICE_WORDS
) -> bool:
    """The role is another office than the description names: "the minister" is no "prime minister" (nor "first" or
    "chief minister"); "the prime minister" still fits one."""
    word = _office_word(role, head, table)
    return word is not None and word not in title.split()


def _secondary(title: str, role: str, head: str) -> bool:
    """A bare "the secretary" fits a "general secretary" or "press secretary" only when no plain secretary is there
    to take it: another office by ``_SECONDARY_OFFICE_WORDS``, which only ranks the fitting roles."""
    return _other_office(title, role, head, _SECONDARY_OFFICE_WORDS)


def _another_body(named: set[str], role: str) -> bool:
    """A description that names its body ("Harvard's president", "the Kestria president") is not the holder of a
    role that names another one ("then-Dorvan University president"): the role's capitalised words and the
    description's names have none in common."""
    own = {re.sub(r"['’]s?$", "", w.lower()) for w in re.split(r"[\s-]+", role) if w[:1].isupper()}
    own -= _TITLE_HEADS | gazetteer.TITLE_MODIFIERS
    return bool(named) and bool(own) and not named & own


def _names_it(modifier: Token) -> bool:
    """``modifier`` (a word before a description's head) is a proper name of its own ("CGT" in "the CGT union"),
    not a nationality ("the Western alliance", "the European bloc")."""
    return modifier.dep_ in ("compound", "nmod", "amod") and modifier.pos_ == "PROPN" \
        and gazetteer.country_of_demonym(modifier.text) is None


def _field_words(tok: Token) -> list[str]:
    """The lower-case nouns before a description's head that say its field ("fire" of "the fire agency"), less
    the words that only say whose or how high it is ("state", "national")."""
    return [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()
            and c.lower_ not in gazetteer.TITLE_MODIFIERS]


def _another_of_kind(tok: Token, key: str) -> bool:
    """The description ``tok`` heads names a field that the organisation ``key`` is not called by ("the fire
    agency" is not "Yonhap News Agency"); "the news agency" and a bare "the agency" may be it."""
    fields = _field_words(tok)
    if not fields:
        return False
    name = key.split(":", 1)[-1]
    known = gazetteer.lookup(name)
    forms = [name, *(known.aliases if known is not None else ())]
    called = {w.lower() for form in forms for w in form.split()}
    return any(f not in called for f in fields)


def person_descriptions(
    doc: Doc, roles: dict[str, list[str]], taken: list[tuple[int, int]], apposed: Mapping[int, str] | None = None
) -> list[Mention]:
    """"the country's foreign minister" -> the one person whose role has "foreign minister"; unnamed speakers.

    ``roles`` maps person keys to their role texts. ``apposed`` maps the head of a description set before a
    person's name ("the general secretary of the RTF, Joaquim Ferreira") to that name's key: the name decides,
    whoever else holds the title. An indefinite speaker description that is the subject
    of a verb ("a NATO spokesperson said") founds a person of its own, keyed ``U:<its words>``; a later
    "the spokesperson" joins it.
    """
    apposed = apposed or {}
    out: list[Mention] = []
    unnamed: dict[str, str] = {}  # head word -> key

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for tok in doc:
        low = tok.lower_
        if low not in _TITLE_HEADS or tok.dep_ == "compound" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        np = _np_left(tok)
        if np is None:
            continue
        first = doc[np[0]]
        if tok.pos_ == "PROPN" and (tok.ent_type_ or first.lower_ != "the"):
            continue  # "The Prime Minister lauded ...": a capitalised title the parse calls a name, after "the" only
        s, e = first.idx, tok.idx + len(tok.text)
        if not free(s, e) or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
            continue
        words = [t.lower_ for t in doc[np[0] : tok.i + 1] if t.lower_ in gazetteer.TITLE_MODIFIERS or t.i == tok.i]
        title = " ".join(words)
        det = first.lower_
        kinds = _kind_words(doc, np[0], tok)
        named = {t.lower_ for t in doc[np[0] : tok.i] if t.pos_ == "PROPN"}
        fitting = {k: [r for r in texts if _fits(title, low, kinds, r) and not _another_body(named, r)]
                   for k, texts in roles.items()}
        owners = {k for k, fit in fitting.items() if fit}
        plain = {k for k in owners if any(not _secondary(title, r.lower(), low) for r in fitting[k])}
        owners = plain or owners  # "the secretary": a plain secretary before a general or press one
        m: Mention | None = None
        if tok.i in apposed:
            m = Mention(s, e, "PERSON", "description", key=apposed[tok.i])
        elif len(owners) == 1 and det not in ("a", "an"):
            m = Mention(s, e, "PERSON", "description", key=owners.pop())
        elif low in gazetteer.UNNAMED_SPEAKER_HEADS:
            if det in ("a", "an") and tok.dep_ in ("nsubj", "nsubjpass"):
                name = norm_name(doc[np[0] + 1 : tok.i + 1].text)
                unnamed[low] = "U:" + doc[np[0] + 1 : tok.i + 1].text
                m = Mention(s, e, "PERSON", "description", key=unnamed[low])
                m.meta["name"] = name
            elif det == "the" and low in unnamed:
                m = Mention(s, e, "PERSON", "description", key=unnamed[low])
        if m is not None:
            if low in gazetteer.FEMALE_WORDS:
                m.gender = "f"
            elif low in gazetteer.MALE_WORDS:
                m.gender = "m"
            out.append(m)
    return out


_MONARCH_GENDER = {"king": "m", "emperor": "m", "tsar": "m", "czar": "m", "sultan": "m", "queen": "f", "empress": "f"}
_MONARCH_PHRASE = re.compile(
    r"\b(?:(His|Her) (?:Royal )?(?:Majesty|Highness)(?:,? [Tt]he (?:King|Queen)\b)?|[Tt]he (King|Queen)\b)"
)


def monarchs(text: str, names: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """"His Majesty the King", "Her Majesty", "the King": the one monarch of that sex the report names
    ("King Osric II", "Queen Adelina IV"); nothing when it names none or two."""
    keys: dict[str, set[str]] = {"m": set(), "f": set()}
    for m in names:
        first = text[m.start : m.end].split(" ", 1)[0].lower()
        if m.type == "PERSON" and m.kind == "name" and first in _MONARCH_GENDER and " " in text[m.start : m.end]:
            keys[_MONARCH_GENDER[first]].add(m.key)
    out = []
    for hit in _MONARCH_PHRASE.finditer(text):
        word = (hit.group(1) or hit.group(2)).lower()
        sex = "m" if word in ("his", "king") else "f"
        if len(keys[sex]) != 1 or any(a < hit.end() and hit.start() < b for a, b in taken):
            continue
        m = Mention(hit.start(), hit.end(), "PERSON", "description", key=next(iter(keys[sex])))
        m.gender = sex
        out.append(m)
    return out


# an honour a person holds, written as a title ("Player of the Match, Ana Ruiz", "Coach of the Year Tomas Berg"),
# with a sponsor's name before it or not ("Visacard Player of the Match"): a role, never a name of its own
_AWARD = re.compile(
    r"(?:\b[A-Z][\w'’&.-]*\s+){0,3}?\b(?:Player|Man|Woman|Coach|Manager|Rookie|Driver|Rider|Athlete|Sportsman"
    r"|Sportswoman|Footballer|Cricketer|Personality|Star|Performer)\s+of\s+the\s+(?:Match|Year|Tournament|Series"
    r"|Season|Month|Week|Game|Final|Day|Round|Championship|Competition|Decade|Race)\b"
)
_AWARD_GAP = re.compile(r",?[ \t]+")


def award_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes an honour as a title ("Mastercard Player of the Match"), without a leading "the"."""
    out = []
    for hit in _AWARD.finditer(text):
        start = hit.start()
        if text.startswith(("The ", "the "), start):
            start += 4
        out.append((start, hit.end()))
    return out


def awards(text: str, names: list[Mention]) -> list[tuple[Mention, int, int]]:
    """(person mention, role start, role end) for an honour written right before a person's name, bare or set off
    by a comma ("Player of the Match, Ana Ruiz, said"); an honour after a name is an apposition (``appositions``)."""
    people = {m.start: m for m in names if m.type == "PERSON" and m.kind == "name"}
    found = []
    for start, end in award_spans(text):
        gap = _AWARD_GAP.match(text, end)
        person = people.get(gap.end()) if gap is not None else None
        if person is not None:
            found.append((person, start, end))
    return found


# a headline's title abbreviation standing alone before its verb ("Gov. Says 'Keep Praying' ..."), with the title
# it abbreviates
_HEADLINE_TITLE = re.compile(r"\b(Gov|Sen|Rep|Pres|Amb|Supt)\. ([A-Z][a-z]+)\b")
ABBREVIATED = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
               "amb": "ambassador", "supt": "superintendent"}


def headline_titles(text: str, headings: list[tuple[int, int]], roles: dict[str, list[str]]) -> list[Mention]:
    """A title abbreviation a headline writes for a name before a verb of saying ("Gov. Says 'Keep on Praying'
    ..."): the one person of the report whose role is that title ("Marlow Governor Ada Kell"). Refuses to guess:
    no mention where no one or more than one person holds the title, or where a name follows the title
    ("Gov. Ada Kell Says", which the name itself tells)."""
    out = []
    for start, end in headings:
        for hit in _HEADLINE_TITLE.finditer(text, start, end):
            if hit.group(2).lower() not in SPEECH_VERBS:
                continue
            title = ABBREVIATED[hit.group(1).lower()]
            owners = {k for k, texts in roles.items() if any(_holds_title(r, hit.group(1), title) for r in texts)}
            if len(owners) == 1:
                out.append(Mention(hit.start(1), hit.end(1) + 1, "PERSON", "description", key=owners.pop()))
    return out


def _holds_title(role: str, abbreviation: str, title: str) -> bool:
    """``role`` is ``title``, written in full or abbreviated ("Marlow Governor", "Gov.")."""
    head = head_word(role)
    return head in (title, abbreviation.lower() + ".", abbreviation.lower())
