"""Names in conflict: two statements that name a different referent for one role, and crossed names.

Named referents (``name_conflict``): two statements that say the same thing otherwise but name a different person
or organisation, or a different place of the same kind ("the fire started in Dunmore" / "in Keswick"). Names that
may be one referent (a surname and the full name, an acronym, a name inside a longer one: ``same_referent``) and
a place against a place of another kind (a town and its country) are not conflicts, nor is a name a report marks
as updated. Does NOT know which places lie inside which beyond the entity types, nor tell an act's doer from a
name merely mentioned: both statements must otherwise agree closely before names are compared.

Crossed names (``crossed_names``): a report that calls a person by another person's first name ("Javier Massa"
in one report, where every other report has Sergio Massa and the story's Javier is Javier Milei).

A name is read as crossed when, among the story's people (``PERSON`` story entities named by a first name and a
surname):
- it is named in one report only;
- another person of the story has its surname and another first name, and is named in two reports or more, one
  of them another (the most named one, when several are);
- a third person of the story, of another surname, has its first name, and is named in two reports or more.
Its report and a report naming the person of its surname then disagree on that person's name.

A father and a son of one surname ("Jonas Deibe", "Anton Deibe") are no crossed name: neither first name is
another person's. A misspelt surname is flagged the same way: one report's "Shawn Fenn" where two others name
"Shawn Fain" (same first name, same initial, two letters apart at most, and the report does not write "Shawn Fain"
too). Only names that statements of the story's facts carry are compared. Does NOT flag a first name that no other
person of the story has.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from storyline.compare.align import Unit, stem
from storyline.compare.updates import UPDATE
from storyline.extract.gazetteer import words as word_set


def _first_last(name: str) -> tuple[str, str] | None:
    """A person's first name and surname, lower case and without diacritics: "Vučić" and "Vucic" are one surname
    that some outlets print without its accents, no misspelling."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return _plain(words[0].lower()), _plain(words[-1].lower())


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def crossed_names(units: Sequence[Unit], names: Mapping[str, tuple[str, str]]) -> list[tuple[Unit, Unit, str]]:
    """``(statement naming the crossed name, statement of another report naming the person, why)`` for each
    crossed name of the story (see the module docstring); why reads "name: Javier Massa vs Sergio Massa"."""
    reports: dict[str, set[int]] = {}
    for u in units:
        for e in u.named:
            reports.setdefault(e, set()).add(u.report)
    people = {e: parts for e, (name, kind) in names.items()
              if kind == "PERSON" and e in reports and (parts := _first_last(name))}
    out = []
    for crossed, (first, last) in people.items():
        if len(reports[crossed]) != 1:
            continue
        (alone,) = reports[crossed]
        own_text = " ".join(u.text for u in units if u.report == alone)
        misspelt = _misspelt_of(crossed, people, reports, [e for e in people if names[e][0] in own_text])
        if misspelt is not None:
            found = _pair(names, units, crossed, misspelt, alone)
            if found is not None:
                out.append(found)
            continue
        owners = [e for e, (f, s) in people.items() if f == first and s != last and len(reports[e]) >= 2]
        # the person of that surname most reports name (others of it are mostly one report's reading of a title
        # as a first name: "Peronist Massa")
        kin = sorted((e for e, (f, s) in people.items() if s == last and f != first and reports[e] - {alone}),
                     key=lambda e: -len(reports[e]))
        if not owners or not kin or len(reports[kin[0]]) < 2:
            continue
        if len(kin) > 1 and len(reports[kin[1]]) == len(reports[kin[0]]):
            continue  # two people of that surname as widely named: which one is meant is not told
        found = _pair(names, units, crossed, kin[0], alone)
        if found is not None:
            out.append(found)
    return out


def _pair(
    names: Mapping[str, tuple[str, str]], units: Sequence[Unit], crossed: str, person: str, alone: int
) -> tuple[Unit, Unit, str] | None:
    """The statement of report ``alone`` writing the crossed name against one of another report naming
    ``person``."""
    mine = _writing(names[crossed][0], [u for u in units if u.report == alone and crossed in u.named])
    theirs = _writing(names[person][0], [u for u in units if u.report != alone and person in u.named])
    if mine is None or theirs is None:
        return None
    return mine, theirs, f"name: {names[crossed][0]} vs {names[person][0]}"


_MIN_MISSPELT = 4  # letters of a surname a slip of two letters may be told in ("Fenn" for "Fain")


def _misspelt_of(
    crossed: str, people: Mapping[str, tuple[str, str]], reports: Mapping[str, set[int]], written: Sequence[str]
) -> str | None:
    """The person whose surname one report misspells: of the same first name, named in two reports or more and
    not ``written`` in full by the report of ``crossed`` (a report writing both full names tells two people; its
    bare "Fain said" may be the one person), a surname of the same initial and at most two letters apart ("Shawn
    Fenn" in one report, "Shawn Fain" in the others); None when no such person, or more than one."""
    first, last = people[crossed]
    (alone,) = reports[crossed]
    if len(last) < _MIN_MISSPELT:
        return None
    near = [
        e for e, (f, s) in people.items()
        if f == first and s != last and s[0] == last[0] and len(reports[e] - {alone}) >= 2 and e not in written
        and _edits(s, last) <= 2
    ]
    return near[0] if len(near) == 1 else None


def _edits(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _writing(name: str, units: Sequence[Unit]) -> Unit | None:
    """The first statement that writes ``name`` in full, else the first of ``units``, else None."""
    return next((u for u in units if name in u.text), units[0] if units else None)


_PLACES = frozenset({"GPE", "LOC", "FAC"})
_ACTORS = frozenset({"PERSON", "ORG"})
# aligned statements must agree this much on everything but the names (Jaccard of content stems) before two
# different names read as a disagreement on who or where, not as two statements about different things
_SAME_ACT = 0.5


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z'’.-]*", name) if w.lower() not in ("the", "of", "and")]


def same_referent(a: str, b: str) -> bool:
    """Whether two names may name one thing: equal, one's words inside the other's (a surname, "Keswick" and
    "Keswick town centre"; a known place opening a name does not count: "Baltimore Key Bridge" and "Francis
    Scott Key Bridge"), or one the initials of the other (an acronym)."""
    wa, wb = _unplaced([w.lower() for w in _words(a)]), _unplaced([w.lower() for w in _words(b)])
    if not wa or not wb:
        return True
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    for short, long in ((a, wb), (b, wa)):
        s = short.replace(".", "").replace(" ", "")
        if s.isupper() and len(s) >= 2 and s.lower() == "".join(w[0] for w in long):
            return True
    return False


def _unplaced(words: list[str]) -> list[str]:
    """A name's words without a known place that opens it and locates the rest ("Baltimore Key Bridge" is the
    "Key Bridge" of Baltimore: one with "Francis Scott Key Bridge"); two words at least stay."""
    from storyline.extract.gazetteer import lookup

    known = lookup(words[0].title()) if len(words) >= 3 else None
    return words[1:] if known is not None and known.type == "GPE" else words


def _rest(text: str, names: Sequence[str]) -> set[str]:
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " ")
    return {stem(w) for w in re.findall(r"[A-Za-z]+", text.lower()) if len(w) > 2} - _NAME_STOP


_NAME_STOP = frozenset({"the", "and", "was", "were", "has", "had", "said", "that", "for", "with", "from", "its"})


def _proper(name: str) -> bool:
    """Whether a story entity's name is a proper name, not a description the entity stage gave a group of
    people ("affected people", read into "Eight people were seriously injured"): a description names no one
    another report could name differently."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in _words(name))


def _writes(text: str, name: str, kind: str = "") -> bool:
    """Whether ``text`` writes ``name`` (any case), or, for an organisation, the word of it that is its own: the
    first, when it is no place, demonym or common word ("Jif" of "Jif Peanut Butter", written "Jif products")."""
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None:
        return True
    words = _words(name)
    if kind != "ORG" or len(words) < 2 or not _own_word(words[0]):
        return False
    return re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", text) is not None


_COMMON_OPENERS = word_set("new united national first general global international royal central federal state city"
                           " north south east west northern southern eastern western great big old grand public world")


def _own_word(word: str) -> bool:
    from storyline.extract.gazetteer import country_of_demonym, lookup

    return (len(word) > 1 and word.lower() not in _COMMON_OPENERS and lookup(word) is None
            and country_of_demonym(word) is None)


# the prepositions after which a name tells where, on what or to whom a thing was done, not who did it
_GOVERNING = frozenset({"on", "in", "at", "from", "to", "into", "onto", "near", "via", "across", "through", "with",
                        "for", "of", "off", "outside", "inside"})


def _governed(text: str, name: str) -> bool | None:
    """Whether ``text`` writes ``name`` (else one of its words, the last first: "Sir Elton" for "Sir Elton John")
    after a preposition ("on Instagram", "in Dunmore"), or None when it writes none of them."""
    for written in (name, *reversed(_words(name))):
        m = re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text)
        if m:
            return _after_preposition(re.findall(r"[A-Za-z]+", text[: m.start()]))
    return None


_DETERMINERS = frozenset({"the", "a", "an"})
_CONJUNCTIONS = frozenset({"and", "or"})


def _after_preposition(before: list[str]) -> bool:
    """Whether the words ``before`` a name end on a preposition governing it, directly ("with the Agency") or
    through a coordinated name ("In partnership with the FDA and the Agency, we ...": the second partner is
    no more the doer than the first)."""
    i = len(before) - 1
    while i >= 0 and before[i].lower() in _DETERMINERS:
        i -= 1
    if i < 0:
        return False
    if before[i].lower() in _GOVERNING:
        return True
    if before[i].lower() not in _CONJUNCTIONS:
        return False
    # back over the first conjunct, a name (capitalised words, its "of"/"and" and determiners), to what governs it
    for word in reversed(before[max(0, i - 8) : i]):
        low = word.lower()
        if low in _GOVERNING and word.islower():
            return True
        if not (word[:1].isupper() or low in _DETERMINERS or low in _CONJUNCTIONS):
            return False
    return False


def _in_role(text: str, name: str, governed: bool | None) -> bool:
    """Whether ``text`` names ``name`` in the role ``governed`` tells (None: any role; a name it does not write
    may be in either)."""
    return governed is None or _governed(text, name) in (governed, None)


def _country(name: str) -> bool:
    from storyline.extract.gazetteer import lookup

    known = lookup(name)
    return known is not None and known.kind == "country"


# a name that runs on past an entity's words: "Utah Test" of "the Utah Test and Training Range"
_RUNS_ON = re.compile(r"\s+(?:and|of|for|&)\s+[A-Z][\w'’-]*\s+[A-Z]")
# ... and a name that ends one: "Training Range" of "the Utah Test and Training Range"
_RUNS_FROM = re.compile(r"[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$")


def _cut(text: str, name: str) -> bool:
    """Whether a statement writes a name only as the first or the last words of a longer name ("the Defense
    Department’s Utah Test and Training Range", read as "Utah Test" or "Training Range", even as a person): the
    entity is a piece of a name, no referent another report could name otherwise. Leaving such a name out only
    ever keeps a conflict from being shown ("Ames and Dora Lind" leaves Dora Lind to compare)."""
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    return bool(found) and all(
        _RUNS_ON.match(text, m.end()) or _RUNS_FROM.search(text, 0, m.start()) for m in found
    )


def name_conflict(
    a: str, b: str, a_names: Sequence[tuple[str, str]], b_names: Sequence[tuple[str, str]]
) -> str | None:
    """Why two aligned statements disagree on who or where ("Dunmore vs Keswick"), or None.

    ``a_names``/``b_names`` are the ``(name, type)`` of the story entities each statement mentions. Two
    statements disagree when they say the same thing otherwise (``_SAME_ACT``) and name, for the same role
    (a person or organisation; a place of the same type), only referents the other does not name and that
    are no part, surname or acronym of the other's. A description in place of a name ("affected people") names
    no referent. A city against its country (types differ) is granularity,
    not disagreement; a marked update is no conflict.
    """
    if UPDATE.search(a) or UPDATE.search(b):
        return None
    ra = _rest(a, [n for n, _ in a_names] + [n.split()[-1] for n, _ in a_names])
    rb = _rest(b, [n for n, _ in b_names] + [n.split()[-1] for n, _ in b_names])
    if not ra or not rb or len(ra & rb) / len(ra | rb) < _SAME_ACT:
        return None
    for kinds, governed in ((_ACTORS, False), (_ACTORS, True), *(({t}, None) for t in _PLACES)):
        # only actors of one role are rivals: "Sir Elton wrote, sharing a picture" names the writer, "he wrote,
        # sharing a picture ... on Instagram" where it was shared (places are named after a preposition anyway)
        xa = [n for n, t in a_names if t in kinds and _proper(n) and _in_role(a, n, governed) and not _cut(a, n)]
        xb = [n for n, t in b_names if t in kinds and _proper(n) and _in_role(b, n, governed) and not _cut(b, n)]
        if not xa or not xb:
            continue
        if any(same_referent(x, y) for x in xa for y in xb):
            continue
        kind_of = dict(a_names) | dict(b_names)
        if any(_writes(b, x, kind_of[x]) for x in xa) or any(_writes(a, y, kind_of[y]) for y in xb):
            continue  # the other statement writes the name too: one referent, whatever each report called it
        if kinds == {"GPE"} and any(_country(x) for x in (*xa, *xb)):
            continue  # a town against a country may be the town in that country
        return f"{xa[0]} vs {xb[0]}"
    return None
