"""Issue (blind QA): "the company" in a report about two companies stands for each in turn, not for one of them
all along ("Fox agreed to pay ... Dominion said ... the company said in a statement")."""

from __future__ import annotations

from entity_helpers import entities, forms, holding

SETTLEMENT = (
    "Harbor Cable agreed to pay $540 million to Veridian Machines on Tuesday, settling a defamation lawsuit hours "
    "before a trial was due to begin.\n"
    "Veridian Machines said the settlement showed that the network had lied about its products. \"The truth "
    "matters,\" the company said in a statement.\n"
    "Harbor Cable said it was pleased to reach a deal. The company acknowledged the court's rulings that some "
    "claims were false.\n"
    "Harbor Cable agreed to pay the company far less than the $1.6 billion it had sought.\n"
)


def _company_of(nlp, text: str, nth: int, form: str = "the company") -> str:  # type: ignore[no-untyped-def]
    """The name of the entity holding the ``nth`` (0-based) occurrence of ``form`` (any case)."""
    at = -1
    for _ in range(nth + 1):
        at = text.lower().index(form.lower(), at + 1)
    for e in entities(nlp, text):
        if any(m.start == at for m in e.mentions):
            return e.name
    return ""


def test_the_company_after_a_company_s_statement_is_that_company(nlp) -> None:  # type: ignore[no-untyped-def]
    # the sentence before names Veridian as its subject, the one that speaks
    assert _company_of(nlp, SETTLEMENT, 0) == "Veridian Machines"


def test_the_company_continues_the_subject_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _company_of(nlp, SETTLEMENT, 1) == "Harbor Cable"


def test_the_company_is_never_the_subject_of_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Harbor Cable agreed to pay the company": the one paid is the other company
    assert _company_of(nlp, SETTLEMENT, 2) == "Veridian Machines"


def test_each_company_keeps_its_own_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    ents = entities(nlp, SETTLEMENT)
    harbor, veridian = holding(ents, SETTLEMENT, "Harbor Cable"), holding(ents, SETTLEMENT, "Veridian Machines")
    assert harbor is not veridian
    assert forms(SETTLEMENT, harbor).count("Harbor Cable") == 3
    assert len([f for f in forms(SETTLEMENT, veridian) if f.lower() == "the company"]) == 2


def test_a_company_in_apposition_is_the_name_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two cables were cut off the coast of Velmora on Friday, Kestrel Telecom said.\n"
        "\"It is rare to lose both,\" said a spokesperson for Arnholt Networks, the cable company."
    )
    assert _company_of(nlp, text, 0, "the cable company") == "Arnholt Networks"


def test_the_company_after_a_clause_names_the_company_of_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Telecom said on Monday that the outage was over. Arnholt Networks blamed a ship's anchor.\n"
        "Until Kestrel Telecom finds the cause, the company will keep a repair ship at sea."
    )
    assert _company_of(nlp, text, 0) == "Kestrel Telecom"
