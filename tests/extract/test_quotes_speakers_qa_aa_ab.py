"""Speakers of blind QA rounds AA and AB, each case in invented text: "the statement said" after someone else has
spoken since the statement was named, a statement "by" or "from" its maker, "the companies said" after two
companies, and an addressee found beside a telling verb the parse gave no subject ("an Ardish diplomat informed
KNA")."""

from __future__ import annotations

from extract.quote_helpers import run, speakers


def test_the_statement_said_after_someone_else_spoke_is_no_ones_named() -> None:
    text = (
        "Kesh frees two fishermen\n\n"
        "The two men were taken to the harbour, where their families were waiting, Mayor Tobin Rusk said in a"
        " statement.\n\n"
        "Relatives of other detained crews applauded the release and asked that the others also be set free.\n\n"
        "“We call on every government to act for the release of all the crews,” the statement said.\n"
    )
    assert speakers(text, "We call on every government") == [None]


def test_the_statement_said_after_the_same_speaker_goes_on_is_still_theirs() -> None:
    text = (
        "The harbour will reopen on Monday, Mayor Tobin Rusk said in a statement.\n\n"
        "Rusk added that the ferries would run again.\n\n"
        "“We thank every crew that helped,” the statement said.\n"
    )
    assert speakers(text, "We thank every crew") == ["Tobin Rusk"]


def test_a_statement_by_a_body_is_the_bodys() -> None:
    text = "“The holding of the crews is a crime,” a statement by the Ardel Harbour Authority said."
    assert speakers(text, "The holding of the crews") == ["Ardel Harbour Authority"]


def test_a_statement_to_an_outlet_from_a_body_named_with_and_is_the_bodys() -> None:
    text = (
        'A group of families welcomed the release. "The holding of the crews is a crime. Hundreds of families'
        ' await help," said a statement to the Valmora Post from the Crews and Missing Sailors Forum.'
    )
    assert speakers(text, "The holding of the crews") == ["Crews and Missing Sailors Forum"]


def test_the_companies_said_after_two_companies_is_both() -> None:
    text = (
        "Orvane Metals Corp. has agreed to buy Telmar Steel Corp. for $2.1 billion in cash.\n\n"
        "Orvane will pay $55 a share, the companies said in a statement.\n"
    )
    assert speakers(text, "Orvane will pay") == ["companies"]


def test_the_teller_not_the_addressee_of_a_subjectless_telling_verb() -> None:
    text = (
        "As reported by the Valmora Post, an Ardish diplomat informed KNA that the toll had risen to"
        " “at least 600,” up from 300 the day before."
    )
    # the clause itself stays unattributed: the quote stage finds no subject for "informed"
    assert [q.speaker for q in run(text) if q.kind == "partial"] == ["Ardish diplomat"]


def test_the_statement_someone_issued_is_theirs() -> None:
    text = (
        "Mayor Tobin Rusk issued a statement which confirmed the release of two fishermen.\n\n"
        "The statement added that harbour officers “met them at the pier and took them home.”\n"
    )
    assert speakers(text, "met them at the pier") == ["Tobin Rusk", "Tobin Rusk"]


def test_a_statement_someone_issued_confirms_in_their_name() -> None:
    text = "Mayor Tobin Rusk issued a statement which confirmed the release of two fishermen."
    assert speakers(text, "the release of two fishermen") == ["Tobin Rusk"]
