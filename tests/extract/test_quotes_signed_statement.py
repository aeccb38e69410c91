"""A statement signed on the line under it ("– Mara Quell, President, Harbour Affairs") is the signer's, though the
sentence that brought it in named the company; an unsigned statement stays the company's. All text is invented."""

from __future__ import annotations

from quote_helpers import speakers

_INTRO = (
    "Judge Orla Tamsby ruled on Monday that the Velm port authority broke the fishing code.\n\n"
    "The Velm port authority answered with this statement:\n\n"
    "\u201cThis decision recognizes that our harbour serves anglers well, and we plan to appeal.\u201d\n\n"
)


def test_quotes_a_signed_statement_is_the_signers() -> None:
    text = _INTRO + "\u2013 Mara Quell, President, Harbour Affairs\n\nAnglers in Velm welcomed the ruling."
    assert speakers(text, "This decision") == ["Mara Quell"]


def test_quotes_an_unsigned_statement_stays_the_authoritys() -> None:
    found = speakers(_INTRO + "Anglers in Velm welcomed the ruling.", "This decision")
    assert found
    assert "Mara Quell" not in found
