"""What was told to a programme the report names with its station's possessive ("told the Pella Radio 2's The
Evening Hour ..."): the blind QA round "ax" found the content opening with "'s The ...", the parse having read
the possessive as "is". The station and its programme are the one told; the content starts after them."""

from __future__ import annotations

from quote_helpers import run


def test_content_starts_after_the_programme_told() -> None:
    text = (
        "Dara Voss, of the Pella Grid Union, told the Pella Radio 2's The Evening Hour a \"fault on a line "
        "between Ardel and Tessa\" occurred on Monday.\n"
    )
    told = [q.text for q in run(text) if q.kind == "indirect"]
    assert told == ['a "fault on a line between Ardel and Tessa" occurred on Monday']


def test_clause_told_to_a_programme_is_the_one_after_its_title() -> None:
    text = (
        "Dara Voss, of the Pella Grid Union, told the Pella Radio 2's The Evening Hour a fault on a line between "
        "Ardel and Tessa occurred on Monday.\n"
    )
    told = [q.text for q in run(text) if q.kind == "indirect"]
    assert told == ["a fault on a line between Ardel and Tessa occurred on Monday"]
