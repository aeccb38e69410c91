"""One date, several events: each is a line of that date led by a sentence that tells it in its main clause, citing
its own support (blind QA round R #10: a Friday entry was told by Monday's enforcement "... of the site where 50 cars
came off the tracks Friday night", and a Sunday entry cited seven different events under one line).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, TimeExpr, TimelineEntry


def _report(aid: str, text: str, *dated: tuple[str, str, int]) -> tuple[Article, Analysis]:
    """A report with its date expressions: (phrase, value, which occurrence of the phrase) each."""
    timexes = tuple(TimeExpr(span=span(text, aid, phrase, nth), text=phrase, type="DATE", value=value)
                    for phrase, value, nth in dated)
    return Article(id=aid, text=text), Analysis(article=aid, version="t", timexes=timexes)


def _timeline(*reports: tuple[Article, Analysis]) -> tuple[TimelineEntry, ...]:
    return build_timeline([r[0] for r in reports], [r[1] for r in reports])


def _lines(entries: tuple[TimelineEntry, ...]) -> list[tuple[str, str, list[str]]]:
    return [(e.value, e.text, sorted(s.article for s in e.support)) for e in entries]


def test_timeline_events_a_date_in_a_relative_clause_does_not_lead_its_line() -> None:
    aside = ("Authorities began enforcing the zone around the depot where 40 wagons came off the rails Friday night, "
             "the town said.")
    main = "About 40 wagons derailed Friday night near the Velm depot."
    entries = _timeline(_report("a", aside, ("Friday night", "XXXX-WXX-5", 0)),
                        _report("b", main, ("Friday night", "XXXX-WXX-5", 0)))
    assert _lines(entries) == [("XXXX-WXX-5", main, ["a", "b"])]


def test_timeline_events_different_events_of_one_date_are_lines_of_their_own() -> None:
    refused = "At least 300 residents refused to leave their homes by Sunday, Gov. Ana Ruiz said."
    declined = "More than 300 residents had declined to leave their homes as of Sunday morning."
    deployed = "Also Sunday, Gov. Ana Ruiz deployed the Guard and issued an evacuation notice for the valley."
    notice = "An evacuation notice was issued on Sunday evening for anyone living in the valley."
    quoted = "“We are working to find which wagon failed,” inspector Noor Salt said Sunday."
    entries = _timeline(
        _report("a", f"{refused} {deployed}", ("by Sunday", "XXXX-WXX-7", 0), ("Sunday", "XXXX-WXX-7", 1)),
        _report("b", declined, ("Sunday morning", "XXXX-WXX-7", 0)),
        _report("c", notice, ("Sunday evening", "XXXX-WXX-7", 0)),
        _report("d", quoted, ("Sunday", "XXXX-WXX-7", 0)),
    )
    assert _lines(entries) == [
        ("XXXX-WXX-7", refused, ["a", "b"]),
        ("XXXX-WXX-7", deployed, ["a", "c"]),
        ("XXXX-WXX-7", quoted, ["d"]),
    ]


def test_timeline_events_one_year_two_policies_cite_apart() -> None:
    cut = "In 2019, the bank cut its main rate below zero to lift a stagnant economy."
    target = "The index target has been in place since 2019 and critics say it distorts markets."
    dropped = "The bank also dropped the index target, a policy that had been in place since 2019."
    entries = _timeline(_report("a", f"{cut} {target}", ("2019", "2019", 0), ("2019", "2019", 1)),
                        _report("b", dropped, ("2019", "2019", 0)))
    assert _lines(entries) == [("2019", target, ["a", "b"]), ("2019", cut, ["a"])]


def test_timeline_events_a_relative_clause_naming_no_word_joins_by_its_sentence() -> None:
    jammed = "The sluice jammed open at about 4:10 a.m., and the canal rose a metre in an hour, the keeper said."
    climbed = "The canal climbed a metre within an hour of the fault, which happened at around 4:10 a.m., a clerk said."
    entries = _timeline(_report("a", jammed, ("4:10 a.m.", "2031-05-06T04:10", 0)),
                        _report("b", climbed, ("4:10 a.m.", "2031-05-06T04:10", 0)))
    assert _lines(entries) == [("2031-05-06T04:10", jammed, ["a", "b"])]
