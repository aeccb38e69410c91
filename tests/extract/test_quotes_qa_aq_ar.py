"""Quotes and speakers in the blind QA rounds AQ (a port strike, a hostage release) and AR (a chief executive's
ouster, a chemical plant blast). Fictional texts."""

from __future__ import annotations

from quote_helpers import run, speakers


def test_a_statement_from_an_office_that_read_is_the_office_speaking() -> None:
    text = (
        "Envoy freed\n\n"
        "“Ardenia is free to go home,” President Ola Brandt wrote on his platform.\n\n"
        "“The government of Ardenia warmly welcomes envoy Piet Roon who has been returned from captivity,” a "
        "statement from Varnholt’s office read. “The government is committed to the return of all envoys,” the "
        "statement added.\n"
    )
    assert speakers(text, "warmly welcomes envoy") == ["Varnholt’s office"]
    assert speakers(text, "committed to the return") == ["Varnholt’s office"]


def test_a_statement_that_read_before_its_author_is_the_author_speaking() -> None:
    text = "Envoy freed\n\n“We welcome envoy Piet Roon home,” read a statement from the Ardenian ministry.\n"
    assert speakers(text, "We welcome envoy") == ["Ardenian ministry"]


def test_a_participle_after_a_since_clause_is_the_main_clause_subject_speaking() -> None:
    text = (
        "Envoy freed\n\n"
        "The Kestrel Front released envoy Piet Roon on Monday.\n\n"
        "The envoy’s family celebrated the news, especially since it came on Harvest Day, calling it “the finest "
        "gift we could hope for.”\n"
    )
    found = speakers(text, "the finest gift")
    assert found
    assert all(s is not None and "family" in s for s in found)


def test_a_persons_family_speaks_as_the_family_not_the_person() -> None:
    text = "Envoy freed\n\nPiet Roon was freed on Monday. “We are overjoyed,” Roon’s family said.\n"
    assert speakers(text, "We are overjoyed") == ["Roon’s family"]


def test_a_name_the_parse_fused_with_its_cue_is_the_speaker_not_the_possessive_after_it() -> None:
    text = (
        "Envoy freed\n\n"
        "President Ola Trumble welcomed the news on Monday.\n\n"
        "Trumble hailed Roon’s release as “monumental news” in a post on Tellwire, viewing it as a “step taken in "
        "good faith”.\n"
    )
    found = speakers(text, "step taken in good faith")
    assert found
    assert set(found) == {"Ola Trumble"}


def test_media_reports_of_a_country_are_the_media_speaking_not_the_country() -> None:
    text = (
        "Strike ends\n\n"
        "Dockworkers in Dorvania ended their strike. Wages would rise by 40% over six years, according to Dorvania "
        "media reports.\n"
    )
    assert speakers(text, "Wages would rise") == ["Dorvania media reports"]
