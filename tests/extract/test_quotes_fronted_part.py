"""Words put before an attribution set off inside the sentence it reports: "Sooner or later, the mayor told
reporters, “it starts to pay off.”" The quotation goes on the words before the attribution in lower case, so the
two are one content (PolNeAR spans them as one attribution); a quotation in capitals opens a sentence of its own."""

from __future__ import annotations

from quote_helpers import run

from storyline.eval.quotes import predicted_units


def units(text: str) -> list[str]:
    """The texts of the attributions of ``text`` as PolNeAR's units."""
    return [text[u.start : u.end] for u in predicted_units(text, run(text))]


def test_fronted_adverb_before_a_told_attribution_is_part_of_the_content() -> None:
    text = 'The crowd was small again. Sooner or later, the Varnhold mayor told reporters, "it starts to pay off."\n'
    assert 'Sooner or later, the Varnhold mayor told reporters, "it starts to pay off."' in units(text)


def test_fronted_clause_before_a_said_attribution_is_part_of_the_content() -> None:
    text = (
        "The ferry plan drew little notice. Judging the bids by price alone, Ana Ruiz said, "
        '"is like judging a boat by its paint."\n'
    )
    assert any(u.startswith("Judging the bids by price alone") for u in units(text))


def test_inverted_attribution_keeps_the_fronted_words() -> None:
    text = (
        "The council met late. Because of how the board drew the map, explained Tomas Brek, "
        '"with this thing settled by June, nobody will notice."\n'
    )
    assert any(u.startswith("Because of how the board drew the map") for u in units(text))


def test_a_quotation_in_capitals_leaves_the_scene_setting_out() -> None:
    text = 'The bridge closed in May. In an interview, Ana Ruiz said, "We will rebuild it by winter."\n'
    assert not any(u.startswith("In an interview") for u in units(text))
    assert "We will rebuild it by winter." in units(text)


def test_a_link_word_before_added_stays_out() -> None:
    text = 'Ruiz praised the crews. Still, she added, "we cannot ignore the cost of the repairs."\n'
    assert not any(u.startswith("Still") for u in units(text))
