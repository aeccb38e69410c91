"""Speakers of blind QA round AF: a lede's description is never a person the report names only later; a
name before a description's noun does not speak for it; a statement's maker carries on through "it said".

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import speakers


def test_lede_description_is_not_a_singer_named_later() -> None:
    text = (
        "Tom Brandel pays tribute to Ana Vey\n\n"
        "The 71-year-old singer of The Kestrel Lions has taken to social media to honour the star, who died on "
        "Friday, aged 80.\n\n"
        'He wrote on Instagram: "I am so sad to hear that my dear friend Ana Vey has gone."\n\n'
        "Singer Mara Holt has also described Vey as a hero.\n"
    )
    assert speakers(text, "so sad to hear") == ["Tom Brandel"]


def test_a_band_before_a_description_does_not_speak() -> None:
    text = (
        "Tributes pour in\n\n"
        "The band The Velvet Hounds toured with Ana Vey in 1988.\n\n"
        "The Velvet Hounds frontman, 71, who often praised her stage shows, said: "
        "\u201cI am so sad to hear that my dear friend Ana Vey has gone.\u201d\n"
    )
    assert speakers(text, "so sad to hear") == ["Velvet Hounds frontman"]


def test_a_title_the_small_model_tags_a_verb_stays_with_the_name() -> None:
    text = (
        "Tributes pour in\n\n"
        "Band mate and guitarist Tom Ridley shared pictures of Ana Vey online, describing her as "
        "\u201ca dear friend to our family\u201d.\n"
    )
    assert set(speakers(text, "dear friend to our family")) == {"Tom Ridley"}


STATEMENT = (
    "Dorvania opposes Valmoran tariff hike\n\n"
    "Dorvania is strongly dissatisfied with the Valmoran abuse of the Article 12 review procedure driven by "
    "domestic political concerns and its increase of tariffs on certain Dorvanian products, a spokesperson for "
    "the Ministry of Trade said in a statement.\n\n"
    "This move politicizes trade issues and uses them as a tool, the statement said.\n\n"
    "The Global Trade Council has already ruled that the Article 12 tariffs break its rules, yet the Valmoran "
    "side has continued its wrongdoing, it said.\n\n"
    "The Valmoran tariff hike goes against the consensus reached by the two leaders, said the statement.\n\n"
    "The Valmoran side should immediately remove the additional tariffs, it said.\n"
)


def test_the_statement_of_a_spokesperson_set_beside_a_thing() -> None:
    assert speakers(STATEMENT, "politicizes trade") == ["spokesperson for the Ministry of Trade"]


def test_it_said_goes_on_with_the_statement_not_a_body_in_its_words() -> None:
    assert speakers(STATEMENT, "has already ruled") == ["spokesperson for the Ministry of Trade"]
    assert speakers(STATEMENT, "goes against the consensus") == ["spokesperson for the Ministry of Trade"]
    assert speakers(STATEMENT, "should immediately remove") == ["spokesperson for the Ministry of Trade"]
