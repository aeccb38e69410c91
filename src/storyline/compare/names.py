"""Crossed names: a report that calls a person by another person's first name ("Javier Massa" in one report, where
every other report has Sergio Massa and the story's Javier is Javier Milei).

A name is read as crossed when, among the story's people (``PERSON`` story entities named by a first name and a
surname):
- it is named in one report only;
- another person of the story has its surname and another first name, and is named in two reports or more, one
  of them another (the most named one, when several are);
- a third person of the story, of another surname, has its first name, and is named in two reports or more.
Its report and a report naming the person of its surname then disagree on that person's name.

A father and a son of one surname ("Jonas Deibe", "Anton Deibe") are no crossed name: neither first name is
another person's. Does NOT flag a misspelt surname, nor a first name that no other person of the story has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.compare.align import Unit


def _first_last(name: str) -> tuple[str, str] | None:
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return words[0].lower(), words[-1].lower()


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
        owners = [e for e, (f, s) in people.items() if f == first and s != last and len(reports[e]) >= 2]
        # the person of that surname most reports name (others of it are mostly one report's reading of a title
        # as a first name: "Peronist Massa")
        kin = sorted((e for e, (f, s) in people.items() if s == last and f != first and reports[e] - {alone}),
                     key=lambda e: -len(reports[e]))
        if not owners or not kin or len(reports[kin[0]]) < 2:
            continue
        if len(kin) > 1 and len(reports[kin[1]]) == len(reports[kin[0]]):
            continue  # two people of that surname as widely named: which one is meant is not told
        person = kin[0]
        mine = _writing(names[crossed][0], [u for u in units if u.report == alone and crossed in u.named])
        theirs = _writing(names[person][0], [u for u in units if u.report != alone and person in u.named])
        if mine is not None and theirs is not None:
            out.append((mine, theirs, f"name: {names[crossed][0]} vs {names[person][0]}"))
    return out


def _writing(name: str, units: Sequence[Unit]) -> Unit | None:
    """The first statement that writes ``name`` in full, else the first of ``units``, else None."""
    return next((u for u in units if name in u.text), units[0] if units else None)
