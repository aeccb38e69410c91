"""Speakers named by descriptions: a possessor, an apposition, a coordinated title or a qualifier beside the
description decides who speaks and what the speaker is called."""

from __future__ import annotations

import pytest

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    article = Article(id="t", text=text)
    doc = parse(text)
    entities = extract_entities(article, doc, furniture=find_furniture(article, doc))
    return extract_quotes(article, doc, entities)


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in run(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body speaks, not the country that owns it
        (
            "The quake was reported to have a magnitude of 6.8 by Kestria's geophysical centre.\n",
            "Kestria's geophysical centre",
        ),
        ("Kestria's national weather service said more rain was expected.\n", "Kestria's national weather service"),
        # a passive cue with a by-phrase is the agent's report, not its subject's
        (
            "The quake was reported by Kestria's geophysical centre to have a magnitude of 6.8.\n",
            "Kestria's geophysical centre",
        ),
        # a lower-case noun the model tags a name is a description that keeps its owner
        ("Dorvania's foreign ministry said it would send two planes.\n", "Dorvania's foreign ministry"),
    ],
)
def test_a_possessed_body_speaks_not_its_owner(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_possessed_carrier_of_words_still_speaks_for_its_owner() -> None:
    assert speakers("Kestria's statement said the border was open.\n") == ["Kestria"]


@pytest.mark.parametrize(
    "text",
    [
        "Neighbour and regional rival Dorvania announced that it would send aid to the stricken towns.\n",
        "Longtime ally and donor Dorvania said it would open its ports to the fleeing families.\n",
    ],
)
def test_a_description_before_a_name_gives_the_name(text: str) -> None:
    assert speakers(text) == ["Dorvania"]


def test_a_coordinated_title_before_a_person_gives_the_person_and_her_mention() -> None:
    text = "Veteran lawmaker and former minister Ana Kell said the response was too slow.\n"
    quotes = run(text)
    assert [q.speaker for q in quotes] == ["Ana Kell"]
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == "Ana Kell"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents of Tavrin said the water had risen overnight. Residents of Olsk said the bridge was gone.\n",
            ["residents of Tavrin", "residents of Olsk"],
        ),
        ("A spokesman for Acme Mining said the mine was closed.\n", ["spokesman for Acme Mining"]),
        ("Residents of the coastal town said they had felt three shocks.\n", ["residents of the coastal town"]),
        ("Officials in the province of Ardel said forty people had died.\n", ["officials in the province of Ardel"]),
    ],
)
def test_a_group_speaker_keeps_its_place(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_a_qualifier_extends_the_speaker_mention() -> None:
    text = "Residents of Marrakesh said the shaking lasted for almost a minute.\n"
    span = run(text)[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == "Residents of Marrakesh"


def test_a_qualifier_stops_before_where_the_words_were_said() -> None:
    text = "Her lawyers in a court filing said the contract was void.\n"
    assert speakers(text) == ["her lawyers"]


def test_a_passive_cue_joined_to_another_verb_keeps_its_subject() -> None:
    text = "Ana Kell was joined on stage by Tomas Brun and joked, “We are a crowd now.”\n"
    assert speakers(text) == ["Ana Kell"]


def test_an_owned_organisation_is_a_speaker_of_its_stance() -> None:
    # the campaign is a body that declines, as "the Olsk campaign" is; no longer dropped as a mere thing
    assert speakers("Kell's campaign declined to comment on the report.\n") == ["Kell's campaign"]


def test_a_participle_the_parse_hung_on_a_reported_clause_of_a_thing_speaks_with_the_cue() -> None:
    text = (
        "Ferry sinks.\n\nHarbour Gov. Ana Kell said the sinking appears to be an accident, noting there was "
        '"no sign of sabotage."\n'
    )
    assert set(speakers(text)) == {"Ana Kell"}


def test_a_state_before_an_abbreviated_title_is_no_persons_name() -> None:
    text = "Ferry sinks.\n\nVermont Gov. Ana Kell said the ferry service would stop for a week.\n"
    doc, article = parse(text), Article(id="t", text=text)
    names = [e.name for e in extract_entities(article, doc, furniture=find_furniture(article, doc))]
    assert "Ana Kell" in names
    assert "Vermont Gov." not in names


def test_a_name_and_a_long_apposition_before_told_whom_close_a_reported_sentence() -> None:
    text = (
        "The toll included 105 people killed in Harlow and 52 in neighbouring Deen district, both in Vell province, "
        "Rama Okoro, an official in the disaster department of the federal home (interior) ministry, told Reuters.\n"
    )
    quotes = extract_quotes(Article(id="t", text=text), parse(text), ())
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Rama Okoro")]
    assert quotes[0].text.endswith("both in Vell province")


def test_a_broadcaster_described_by_its_country_speaks_whole() -> None:
    assert speakers("French TV reported that the crew had escaped from the burning ship.") == ["French TV"]
