"""Counts of different things about the same people are no figures of one count (QA rounds X and Y): those on
board, the dead, the survivors, the missing, the identified, the evacuated. Only the same role may conflict, and a
toll told of another, earlier event elsewhere is background. Fictional texts."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.counts import another_event, count_disagreement
from storyline.compare.facts import build_facts
from storyline.compare.fates import fate_conflict
from storyline.model import Analysis, Article, MetaValue, Span


def _conflicts(*texts: str) -> list[str]:
    """The conflicts a story of one statement per report gives."""
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[i] for i in range(len(texts))])
    return [f.status for f in facts if f.status == "conflict"]


def test_the_dead_are_no_count_of_those_on_board() -> None:
    dead = "The death toll from the ferry fire off Varnholm rose to 131 on Friday."
    aboard = "A Skelda Line ferry carrying 133 people from Tovik to Varnholm caught fire on Friday."
    assert count_disagreement(dead, aboard) is None


def test_those_on_board_are_no_count_of_the_rescued() -> None:
    aboard = "There was no hope of finding any more of the 133 people on board alive, of whom only two were rescued."
    rescued = "Two people have been rescued, both deckhands."
    assert count_disagreement(aboard, rescued) is None


def test_all_but_two_killed_agrees_with_only_two_survived() -> None:
    killed = "Officials believe all but two of the 133 passengers and crew on board were killed."
    survived = "Only two of the 133 people on board survived the fire."
    assert fate_conflict(killed, survived) is None
    assert count_disagreement(killed, survived) is None


def test_those_found_alive_are_no_count_of_the_missing() -> None:
    missing = "Nine hikers were found dead on Kessa peak on Monday and 14 were missing, a ranger said."
    found = "A ranger said four people were found alive on the peak and at least 14 hikers were still missing."
    assert count_disagreement(missing, found) is None


def test_the_identified_of_the_dead_are_no_toll() -> None:
    identified = "So far, 40 of the 131 people who died in the fire have been identified."
    toll = "The death toll from the ferry fire off Varnholm rose to 131 on Friday."
    assert count_disagreement(identified, toll) is None


def test_those_not_evacuated_are_no_count_of_the_dead_still_to_evacuate() -> None:
    waiting = "There are 30 people who have not been evacuated from the peak."
    dead = "Seven dead bodies were still to be evacuated from the peak."
    assert count_disagreement(waiting, dead, same_verb=True) is None


def test_two_counts_of_bodies_recovered_may_be_updates() -> None:
    monday = "The bodies of 9 hikers were recovered earlier in the day."
    tuesday = "The bodies of four hikers have been recovered."
    found = count_disagreement(monday, tuesday, same_verb=True)
    assert found is not None
    assert found.update


def test_a_toll_told_as_drowned_is_a_toll() -> None:
    killed = "Rescuers searched the sea on Thursday after a shipwreck that killed at least 61 migrants."
    drowned = "At least 62 migrants drowned early on Wednesday after their boat sank off Varnholm."
    found = count_disagreement(killed, drowned, same_verb=True)
    assert found is not None
    assert found.about == "migrant died"
    assert found.update


def test_the_number_of_missing_is_a_count_of_the_missing() -> None:
    missing = "Nine hikers were found dead on Kessa peak on Monday and 14 were missing, a ranger said."
    other = "Another ranger put the number of missing at 25."
    found = count_disagreement(missing, other, same_verb=True)
    assert found is not None
    assert found.about == "people missing"


def test_an_earlier_event_elsewhere_is_background() -> None:
    toll = "Rescuers kept searching off the Tovik coast for survivors of the ferry that sank on Wednesday, killing at" \
           " least 61 people."
    past = "In March, 84 people died when their fishing boat hit rocks on Brana's northern coast during a storm."
    assert another_event(past, toll)
    assert not another_event(toll, past)
    assert _conflicts(toll, past) == []


def test_a_month_opening_about_this_events_place_stays_comparable() -> None:
    toll = "Rescuers kept searching off Tovik for survivors of the ferry that sank, killing at least 61 people."
    same = "In March, 84 people died when the ferry sank off Tovik."
    assert not another_event(same, toll)
