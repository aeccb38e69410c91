"""Linking (blind QA rounds AO/AP): a title the report writes before a name outranks a description given after it
("Gull Shack CEO Ida Brenner, a turnaround expert"); a person with no role is shown with the body they are "of"
("Ada Rusk of the Tidewater Anglers Association"); a spelling written only inside a quotation does not name the
entity when the reports write another outside quotes. Invented names."""

from __future__ import annotations

from storyline.compare.link import _body_after, _only_quoted, _title_before
from storyline.model import Entity, Span


def _at(text: str, name: str, article: str = "a", nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Span(article=article, start=start, end=start + len(name))


def test_a_title_before_the_name_outranks_a_description_after_it() -> None:
    text = '"We can still turn it round," said Gull Shack CEO Ida Brenner, a turnaround expert who joined in May.'
    got = _title_before("Ida Brenner", "a turnaround expert", [_at(text, "Ida Brenner")], {"a": text})
    assert got == ("Ida Brenner", "Gull Shack CEO")


def test_a_description_heading_on_a_title_keeps_its_place() -> None:
    text = "Marine biologist Ida Brenner, a professor at Tidewater College, said the reef was dying."
    got = _title_before("Ida Brenner", "a professor at Tidewater College", [_at(text, "Ida Brenner")], {"a": text})
    assert got == ("Ida Brenner", "a professor at Tidewater College")


def test_a_person_with_no_role_is_shown_with_the_body_they_are_of() -> None:
    text = '"This is real progress," said Ada Rusk of the Tidewater Anglers Association. "We waited years."'
    assert _body_after("Ada Rusk", [_at(text, "Ada Rusk")], {"a": text}) == "Tidewater Anglers Association"


def test_a_place_a_person_is_of_is_no_body() -> None:
    text = '"It is a start," said Ada Rusk of Marlport Heights.'
    assert _body_after("Ada Rusk", [_at(text, "Ada Rusk")], {"a": text}) is None


def _ent(name: str, *mentions: Span) -> Entity:
    return Entity(id="e1", name=name, type="ORG", mentions=mentions)


def test_a_spelling_written_only_inside_guillemets_is_only_quoted() -> None:
    text = "The president ordered an end to work «with Zephyrix Tarnou», after the fire."
    inside = _ent("Zephyrix Tarnou", _at(text, "Zephyrix Tarnou"))
    assert _only_quoted("Zephyrix Tarnou", [("a", inside)], {"a": text})


def test_a_spelling_written_outside_quotes_too_is_the_reports() -> None:
    text = "Zephyrix Tarnou said so. The president ordered an end to work «with Zephyrix Tarnou»."
    both = _ent("Zephyrix Tarnou", _at(text, "Zephyrix Tarnou"), _at(text, "Zephyrix Tarnou", nth=1))
    assert not _only_quoted("Zephyrix Tarnou", [("a", both)], {"a": text})


def test_the_entity_is_named_as_the_reports_write_it_outside_quotes() -> None:
    from storyline.compare.link import _finish, _Group

    quoting = "The president ordered an end to work «with Zephyrix Tarnou». Zephyrix said it would help."
    plain = "The operating company Zephyrix Tarnu said 40 workers were hurt."
    one = Entity(id="e1", name="Zephyrix Tarnou", type="ORG",
                 mentions=(_at(quoting, "Zephyrix Tarnou"), _at(quoting, "Zephyrix", nth=1)))
    two = Entity(id="e1", name="Zephyrix Tarnu", type="ORG", mentions=(_at(plain, "Zephyrix Tarnu", article="b"),))
    group = _Group(type="ORG", members=[("a", one), ("b", two)], types=["ORG", "ORG"])
    (entity,) = _finish([group], ["a", "b"], {"a": quoting, "b": plain})
    assert entity.name == "Zephyrix Tarnu"
