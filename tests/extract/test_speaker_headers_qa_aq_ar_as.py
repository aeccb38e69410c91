"""Speaker headers of the blind QA rounds AQ, AR and AS: no piece of a case name is a person who speaks, and
each speaker stands under one name (fictional texts)."""

from __future__ import annotations

from entity_helpers import entities, forms
from quote_helpers import speakers

_RULING = (
    "U.S. District Judge Tomas K. Vell ruled on Friday. “Quillmark is a monopolist, and it has acted as one,” he "
    "said, announcing his decision.\n\nThe ruling stems from a 2021 lawsuit – the U.S. et al. v. Quillmark – filed "
    "against Quillmark by the Department of Justice."
)


def test_a_case_name_is_no_person_and_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "al. v. Quillmark" is a piece of "the U.S. et al. v. Quillmark": no name, and "he" is the judge
    assert speakers(_RULING, "monopolist") == ["Tomas K. Vell"]
    ents = entities(nlp, _RULING)
    assert not any(" v. " in f or f.startswith("al.") for e in ents for f in forms(_RULING, e))


def test_a_memo_she_sent_is_hers() -> None:
    text = (
        "Brindle Labs named Tessa Varn its interim chief on Friday. Varn was “honored and humbled” to step into the "
        "role, according to a memo she sent to staff."
    )
    assert speakers(text, "honored and humbled") == ["Tessa Varn"]


def test_a_letter_she_sent_speaks_for_her() -> None:
    # the paper is no speaker of its own: a header "letter" would stand beside the mayor who wrote it
    text = "Mayor Ilse Dorran spoke on Monday.\n\n“We will rebuild,” said a letter she sent to residents."
    assert speakers(text, "rebuild") == ["Ilse Dorran"]


def test_a_union_local_keeps_its_number_and_its_president_the_local(nlp) -> None:  # type: ignore[no-untyped-def]
    # a bare "President" reads as a head of state: the local's name, number and all, stays in her title
    text = ("The deal raises wages by 61.5% over six years, according to Dockers Union Local 333 President Ana Rook "
            "in an interview with Harbor News.")
    rook = next(e for e in entities(nlp, text) if e.name == "Ana Rook")
    assert rook.role == "Dockers Union Local 333 President"
