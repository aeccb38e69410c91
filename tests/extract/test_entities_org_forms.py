"""Issue (blind QA): one organisation split over several entities ("Bayern Munich" / "Bayern", "Dominion Voting
Systems" / "Dominion", "Tottenham Hotspur" / "Tottenham"): a one-word name that opens one organisation's longer
name is that organisation; a first word two longer names share ("Fox" of "Fox News" and "Fox Corp.") and a body
named after an organisation ("the Kestrel Security Response Alliance") stay apart."""

from __future__ import annotations

import pytest
from entity_helpers import entities, forms, holding

from storyline.extract import coref
from storyline.extract.coref import Mention


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # a club named with its city; the small model calls the short form a person
        (
            "Brauwald Leipzig have agreed a fee with Tollington Hotspur for the striker. Brauwald said the deal "
            "was done.",
            "Brauwald Leipzig",
            "Brauwald",
        ),
        # a company's name that says what it makes
        (
            "Harbor Cable agreed to pay $540 million to Veridian Ballot Systems. Veridian said it was pleased.",
            "Veridian Ballot Systems",
            "Veridian",
        ),
        # a company's legal name
        ("Harbor Corp. agreed to pay $540 million. Harbor said the deal was fair.", "Harbor Corp", "Harbor"),
        # a club with and without "Football Club", its name a plural
        (
            "Thornbury Rovers have agreed a fee for the striker. Thornbury Rovers Football Club confirmed the talks.",
            "Thornbury Rovers Football Club",
            "Thornbury Rovers",
        ),
    ],
)
def test_entities_short_form_joins_its_organisation(nlp, text: str, long: str, short: str) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, text)
    assert holding(ents, text, short) is holding(ents, text, long), [(e.name, forms(text, e)) for e in ents]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "On Tuesday, Harbor agreed to pay $540 million to Veridian Ballot Systems. Harbor News and Harbor Corp. "
            "declined to comment.",
            "Harbor",
            "Harbor News",
        ),
        (
            "On Tuesday, Harbor agreed to pay $540 million to Veridian Ballot Systems. Harbor News and Harbor Corp. "
            "declined to comment.",
            "Harbor",
            "Harbor Corp",
        ),
        (
            "On Tuesday, Kestrel released a patch. Kestrel said the flaw was serious, and the Kestrel Security "
            "Response Alliance agreed.",
            "Kestrel",
            "Kestrel Security Response Alliance",
        ),
    ],
)
def test_entities_short_form_stays_apart(nlp, text: str, a: str, b: str) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, text)
    assert holding(ents, text, a) is not holding(ents, text, b), [(e.name, forms(text, e)) for e in ents]


def test_a_lower_case_name_beside_a_short_form_is_no_longer_name() -> None:
    # a name of lower-case words has no capitalised words to compare (it once crashed the first-word rule)
    text = "the de la rue group sold shares. Kestrel agreed."
    lower = Mention(0, 18, "ORG", "name")
    short = Mention(text.index("Kestrel"), text.index("Kestrel") + 7, "ORG", "name")
    coref.key_names([lower, short], text)
    assert lower.key != short.key
