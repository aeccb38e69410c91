"""A country the report names more often than the flooded town is no town: the flood keys by the town. The
gazetteer knows more countries for it (Libya, Sudan, Nepal ...): a country named without "eastern" before it
could otherwise win the town's place. Fictional town and people; the countries are real places."""

from __future__ import annotations

import pytest

from storyline.extract.gazetteer import country_of_demonym, lookup
from storyline.stories.events import main_event


@pytest.mark.parametrize("country", ["Libya", "Sudan", "Nepal", "Bangladesh", "Peru"])
def test_a_flood_keys_by_its_town_not_its_country(country: str) -> None:
    text = (
        f"Floods in {country} kill hundreds\n\n"
        f"Floods tore through the town of Halvek in {country} on Monday after two dams burst, officials said. "
        f"Rescue teams from across {country} reached Halvek by road on Tuesday, and the government of {country} "
        f"declared three days of mourning as floodwaters receded. Aid flights landed in {country} on Wednesday."
    )
    assert main_event(text) == "flood|halvek"


def test_a_demonym_and_an_alias_name_their_country() -> None:
    libyan = country_of_demonym("Libyan")
    emirates = lookup("UAE")
    assert libyan is not None
    assert libyan.canonical == "Libya"
    assert emirates is not None
    assert emirates.canonical == "United Arab Emirates"
