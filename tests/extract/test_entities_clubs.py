"""Issue (blind QA): football clubs the small model calls people ("Spurs", "Brentford", "Tottenham" in a transfer
report) are organisations, and an organisation never takes "he" or "she"."""

from __future__ import annotations

from entity_helpers import entities, forms, holding

from storyline.extract import coref
from storyline.extract.coref import Mention
from storyline.extract.entities import _context_types

TRANSFER = (
    "Ostmark Hansa rejected a bid from Tollington Hotspur for their captain on Friday.\n"
    "Hansa's offer for the defender Lars Brenn was worth 60 million euros, he said.\n"
    "Brentwick on Sunday signed the midfielder Karl Dorne. Brentwick's manager said he was delighted.\n"
)


def test_a_club_that_owns_an_offer_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, TRANSFER)
    hansa = holding(ents, TRANSFER, "Ostmark Hansa")
    assert hansa.type == "ORG", [(e.name, e.type, forms(TRANSFER, e)) for e in ents]
    assert "he" not in forms(TRANSFER, hansa)


def test_a_club_with_a_weekday_before_its_verb_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, TRANSFER)
    brentwick = holding(ents, TRANSFER, "Brentwick")
    assert brentwick.type == "ORG"
    assert not {"he", "his", "him"} & set(forms(TRANSFER, brentwick))


def test_a_club_before_its_chairman_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ostmark Hansa have agreed a fee with Tollington Hotspur. Spurs chairman Gareth Pyle had rejected two bids, "
        "and Spurs said on Friday that talks continued."
    )
    ents = entities(nlp, text)
    spurs = holding(ents, text, "Spurs")
    assert spurs.type == "ORG", [(e.name, e.type, forms(text, e)) for e in ents]
    assert holding(ents, text, "Gareth Pyle").type == "PERSON"


def test_a_club_and_its_quarterback_are_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Kestrels beat the Harriers 24-10 on Sunday. Kestrels QB Andrew Lusk threw three touchdowns."
    ents = entities(nlp, text)
    assert holding(ents, text, "Andrew Lusk").type == "PERSON"
    assert holding(ents, text, "Andrew Lusk").name == "Andrew Lusk"


def test_a_name_the_model_mostly_calls_an_organisation_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tollington won on Friday. Tollington lost at home. Tollington drew again."
    at = [i for i in range(len(text)) if text.startswith("Tollington", i)]
    ms = [Mention(a, a + len("Tollington"), t, "name") for a, t in zip(at, ("ORG", "PERSON", "ORG"), strict=True)]
    _context_types(nlp(text), text, ms)
    assert [m.type for m in ms] == ["ORG", "ORG", "ORG"]


def test_an_organisation_never_takes_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Rovers won the cup. He said the season was over."
    doc = nlp(text)
    club = Mention(0, 14, "ORG", "name", key="N:kestrel rovers", sent=0, subject=True, main=True)
    # a mention of the club that something typed a person (a role word, a stray label): still the club's
    stray = Mention(0, 14, "PERSON", "description", key="N:kestrel rovers", sent=0, subject=True, main=True)
    groups = coref.cluster([club, stray])
    pronouns = coref.resolve_pronouns(doc, groups, [], coref.sentence_index(doc))
    assert not [p for p in pronouns if text[p.start : p.end] == "He"]


def test_a_titled_name_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # a weekday before the verb or an offer of one's own say nothing against a title before the name
    text = "President Varnell on Tuesday overturned the rule. Varnell's offer to the unions was rejected, he said."
    ents = entities(nlp, text)
    assert holding(ents, text, "Varnell").type == "PERSON", [(e.name, e.type) for e in ents]
