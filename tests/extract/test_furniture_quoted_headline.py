"""A page's first line that closes on a quoted phrase or on a cut headline's dots is its headline (blind QA round
AG #11 and round AH #8, recurring since round AD #8: "... backs arrested CEO ..., says 'it is absurd to claim'...."
and "... Union slams ... layoffs: ‘company made $17B in profits’" became facts and a summary line), while a lede
that quotes a phrase and ends as a sentence stays text."""

from __future__ import annotations

import pytest
from furniture_helpers import headings

from storyline.extract.furniture import headline_close

LEDE = "The Kestow Dockers Guild has answered the arrest of its chairman Orla Venn at Velm harbour on Friday."
MORE = "Venn was held for questioning over the harbour fees, the port police in Velm confirmed late on Friday."


@pytest.mark.parametrize(
    "headline",
    [
        # a quoted phrase in curly single quotes, lower case, after the headline's colon (eleven words)
        "Kestow Dockers Guild slams Velm harbour fees: ‘port made $9M in profits’",
        # a quoted phrase in straight quotes after "says", then a cut headline's dots (twelve words)
        "Dockers Guild backs arrested chairman Orla Venn, says 'it is wrong to claim'....",
        # a lower-case phrase in curly single quotes after the headline's own words (twelve words)
        "Velm port chief: Arrest of guild chairman Orla Venn result of ‘paperwork error’",
    ],
)
def test_furniture_a_first_line_closing_on_a_quoted_phrase_is_the_headline(headline: str) -> None:
    assert headline_close(headline)
    assert headings(f"{headline}\n\n{LEDE}\n\n{MORE}") == [headline]


@pytest.mark.parametrize(
    "first",
    [
        # a lede that quotes a phrase and ends as a sentence
        "The Kestow Dockers Guild called the arrest of its chairman Orla Venn ‘a paperwork error’.",
        # a reporter's "said": a lede that lost its full stop
        "The Kestow Dockers Guild said the arrest of its chairman Orla Venn was ‘a paperwork error’",
        # a quoted sentence of its own at the close
        "Kestow Dockers Guild chairman Orla Venn told the port police in Velm: “We paid every fee.”",
    ],
)
def test_furniture_a_lede_quoting_a_phrase_stays_text(first: str) -> None:
    assert headings(f"{first}\n\n{LEDE}\n\n{MORE}") == []


def test_furniture_a_quoted_close_needs_a_blank_line_after_it() -> None:
    # a hard-wrapped paragraph: the next line goes on with the same paragraph
    first = "Kestow Dockers Guild slams Velm harbour fees after the port made what it calls ‘record profits’"
    assert headings(f"{first}\n{LEDE}\n\n{MORE}") == []
