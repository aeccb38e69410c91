"""A name given an age ("Vask, 34,") is a person's, even where the small model typed it an organisation: a later
"the company" never stands for it (QA AR: "The company said that Murati, 34, had ..."). Fictional text."""

from __future__ import annotations

from storyline.extract.coref import Mention
from storyline.extract.nominals import company_descriptions

TEXT = (
    "Orvane Labs named Dara Vask its chief on Friday. Vask, 34, was picked over two rivals. "
    "The company said the choice was unanimous."
)


def _name(words: str, typ: str, key: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Mention(start=start, end=start + len(words), type=typ, kind="name", key=key)


def _groups() -> list[list[Mention]]:
    company = [_name("Orvane Labs", "ORG", "N:orvane labs")]
    person = [_name("Dara Vask", "ORG", "N:dara vask"), _name("Vask", "ORG", "N:dara vask", nth=1)]
    at = TEXT.index("The company")
    described = [Mention(start=at, end=at + 11, type="ORG", kind="description", key="D:company",
                         meta={"head": "company"})]
    return [company, person, described]


def test_the_company_never_stands_for_a_name_given_an_age() -> None:
    groups = company_descriptions(TEXT, _groups())
    holder = next(g for g in groups if any(TEXT[m.start : m.end] == "The company" for m in g))
    assert holder[0].key == "N:orvane labs"
