"""Cross-report linking of groups of people told apart by a place ("residents of Tarvella")."""

from __future__ import annotations

from compare_helpers import link as _link

from storyline.model import StoryEntity


def _people(ents: tuple[StoryEntity, ...]) -> dict[str, set[str]]:
    """Each person entity's name -> the reports it was linked from."""
    return {e.name: {a for a, _ in e.members} for e in ents if e.type == "PERSON"}


def test_link_groups_of_different_places_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Residents of Tarvella said their homes shook for a minute. Residents of Tarvella slept outside.",
            "b": "Residents in the village of Brimsvale said the road was cut. The residents waited for help.",
            "c": "Residents of Oskerin said they slept outside. Residents of Oskerin said the school fell.",
        },
    )
    people = _people(ents)
    assert people["residents of Tarvella"] == {"a"}
    assert people["residents in the village of Brimsvale"] == {"b"}
    assert people["residents of Oskerin"] == {"c"}


def test_link_groups_of_one_place_join(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Residents of Tarvella said their homes shook. Residents of Tarvella slept outside.",
            "b": "Residents of Tarvela said the road was cut. The residents waited for help.",
        },
    )
    assert _people(ents)["residents of Tarvella"] == {"a", "b"}


def test_link_bare_group_joins_a_lone_told_one(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Residents of Tarvella said their homes shook. Residents of Tarvella slept outside.",
            "b": "Residents said the road was cut. The residents waited for help.",
        },
    )
    assert _people(ents)["residents of Tarvella"] == {"a", "b"}


def test_link_bare_group_joins_neither_of_two_told_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Residents of Tarvella said their homes shook. Residents of Tarvella slept outside.",
            "b": "Residents of Oskerin said they slept outside. Residents of Oskerin said the school fell.",
            "c": "Residents said the road was cut. The residents waited for help.",
        },
    )
    people = _people(ents)
    assert people["residents of Tarvella"] == {"a"}
    assert people["residents of Oskerin"] == {"b"}
    assert people["residents"] == {"c"}


def test_link_bare_repetitions_still_join(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "The suspect fled on foot. Police said the suspect was armed.",
            "b": "A suspect was seen near the bank. The suspect wore a red coat.",
        },
    )
    suspects = [e for e in ents if "suspect" in e.name]
    assert len(suspects) == 1
    assert {a for a, _ in suspects[0].members} == {"a", "b"}


def test_link_villagers_of_two_places_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = _link(
        nlp,
        {
            "a": "Villagers in Lunmoor said no aid had come. The villagers slept in a field.",
            "b": "Villagers in Brimsvale said the well was dry. The villagers walked to the road.",
        },
    )
    people = _people(ents)
    assert people["villagers in Lunmoor"] == {"a"}
    assert people["villagers in Brimsvale"] == {"b"}


def test_link_names_a_person_by_the_spelling_written_most(nlp) -> None:  # type: ignore[no-untyped-def]
    # round Z: a one-off misspelling in one report ("Althemus") does not name the person the others spell alike
    ents = _link(
        nlp,
        {
            "a": "Orbit Works chief Ivo Kasthemor said the lander was upright. Kasthemor spoke in Calder.",
            "b": "Ivo Kastemor said the craft tipped. Kastemor said it was stable. Kastemor smiled.",
            "c": "Ivo Kastemor said the team was proud. Kastemor thanked the crew.",
        },
    )
    people = _people(ents)
    linked = [name for name, reports in people.items() if len(reports) > 1]
    assert linked == ["Ivo Kastemor"]
