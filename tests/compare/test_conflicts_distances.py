"""How far the story's site lies from a city: reports that give it differently disagree, wherever alignment put
their statements; a person or a vehicle at a distance is no site, and figures far apart are two things
(fictional reports)."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.distances import distances

REPORT_A = (
    "Blast rocks Kell works.\n"
    "An explosion tore through a resin plant in Kellwater early on Tuesday, injuring four workers.\n"
    "Officials are focused on cooling nearby tanks, according to Ada Morrow, who runs the Kellwater resin plant"
    " about 90 miles east of Marlow.\n"
    "Residents were told to stay indoors."
)
REPORT_B = (
    "Fire burns on at Kellwater.\n"
    "A fire kept burning on Tuesday at the Kellwater resin plant after a blast injured four workers.\n"
    "The facility about 100 miles (160 kilometers) east of Marlow makes a tenth of the region's resin, according to"
    " a trade group.\n"
    "Schools in the town were closed."
)
REPORT_C = (
    "Kellwater blast.\n"
    "The Tuesday blast blew out windows of nearby homes and prompted the evacuation of a mile around the plant in"
    " Kellwater, about 80 miles east of Marlow.\n"
    "Four workers were hurt."
)


def test_distances_of_one_site_from_one_city_conflict() -> None:
    _, cmp = compare_texts(("a", REPORT_A, "Gazette"), ("b", REPORT_B, "Wire"), ("c", REPORT_C, "Radio"))
    found = [f for f in cmp.facts if f.status == "conflict" and f.why.startswith("distance")]
    assert len(found) == 3
    assert {f.why for f in found} == {
        "distance east of Marlow: about 90 miles vs about 100 miles vs about 80 miles"
    }
    assert {s.article for f in found for s in f.support} == {"a", "b", "c"}


def test_distances_of_people_or_far_apart_are_none() -> None:
    assert distances("a motorist 50 miles north of Marlow spotted the car") == []
    assert [d.shown for d in distances("The Kellwater plant is about 15 miles north of Marlow")] == ["about 15 miles"]
    assert distances("The plant about 90 miles east of Marlow was sold back in 2019") == []
