"""A summary line says a whole statement: not one that opens on a person's pronoun with nobody named ("He said
there were a total of 40 walkers ..."), nor the tail of a sentence opening in lower case ("said Ossory, who also
ordered ...") (QA round Z, problem 13). Fictional texts."""

from __future__ import annotations

import pytest

from storyline.brief.summary import summarize
from storyline.model import Analysis, Article, Fact, Span


def _lines(text: str, shown: str) -> list[str]:
    article = Article(id="a", text=text)
    start = text.index(shown)
    fact = Fact(id="f1", text=shown, status="single", independent_sources=1,
                support=(Span(article="a", start=start, end=start + len(shown)),))
    return [line.text for line in summarize([article], [Analysis(article="a", version="t")], [fact], sentences=3)]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Rescuers reached the ridge above Velmora on Monday morning after the ash cloud thinned.\n"
         "He said there were a total of 40 walkers on the mountain from Saturday.\n",
         "He said there were a total of 40 walkers on the mountain from Saturday"),
        # a sentence too long for a line keeps the fact's own span, here its tail
        ("The league of Velmora halted its season on Sunday after the crush at the arena, where stewards had "
         "locked two of the four gates before the final whistle, the crowd had swelled to twice the stand's size "
         "and the floodlights had failed twice during the second half, and the arena will stay shut, said Ossory, "
         "who also ordered all matches to be suspended until the inquiry ends.\n",
         "said Ossory, who also ordered all matches to be suspended until the inquiry ends"),
    ],
)
def test_a_line_names_its_subject(text: str, shown: str) -> None:
    assert all(not line.startswith(shown[:20]) for line in _lines(text, shown))


def test_a_possessive_opening_on_a_name_is_a_line() -> None:
    text = "His rival Teodor Vane conceded the run-off in Velmora on Sunday evening in a brief speech.\n"
    assert _lines(text, text.strip().rstrip(".")) == [text.strip()]
