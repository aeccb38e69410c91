"""Figures of one measure credited to different sources are a dispute (QA round L: a ministry's and a union's
turnout figures, the authorities' and the unions' strike rates, were never set against each other)."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.disputes import source_of


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


def test_disputes_two_sources_in_one_report() -> None:
    found = _conflicts(
        ("a", "The transport ministry put the number of marchers in Velden at 300,000. The Dock Workers' union said "
              "there had been over 1.2 million people. Shops stayed shut.", "X"),
        ("b", "Shops stayed shut across Velden on Tuesday as dockers walked out.", "Y"),
    )
    assert len(found) == 2
    assert found[0][1] == "300,000 (transport ministry) vs over 1.2 million (Dock Workers' union) people"


def test_disputes_share_by_source() -> None:
    found = _conflicts(
        ("a", "Officials estimated 25% of bus drivers stayed home. Unions said participation was higher, at 60% of "
              "bus drivers.", "X"),
        ("b", "Buses ran a reduced timetable in Orsk.", "Y"),
    )
    assert {why for _, why in found} == {"25% (Officials) vs 60% (Unions) of bus drivers"}


def test_disputes_rounding_agrees() -> None:
    # one figure and its rounding, from one source in two reports, and a figure of another thing: no dispute
    assert not _conflicts(
        ("a", "The interior ministry said 2.12 million people protested on Monday.", "X"),
        ("b", "The interior ministry put the number of protesters on Monday at 2.1 million. Police said 41 people "
              "were arrested.", "Y"),
    )


def test_disputes_source_of() -> None:
    text = "Harbor Daily: The port authority said 40 ships were delayed."
    assert source_of(text, text.index("ships")) == ("port authority", "authority")
    assert source_of("They said 40 ships were delayed.", 20) is None
