"""Who said what keeps a report's own description of its speakers (QA R #4): "Officials" in one report is not
shown as "officials from Tarrow County", the description another report gives the group they were linked to.
The texts are written for these tests."""

from __future__ import annotations

from storyline.brief.ledger import quote_ledger
from storyline.compare.quotes import merge_quotes
from storyline.model import Analysis, Quote, Span, StoryEntity

FIRST = "Officials said a rail car was at risk of bursting."
SECOND = "The tanker could fail, officials said."
THIRD = "Officials from Tarrow County warned of a blast."


def _quote(article: str, text: str, content: str, speaker: str, entity: str) -> Quote:
    start = text.index(content)
    return Quote(span=Span(article=article, start=start, end=start + len(content)), text=content, kind="indirect",
                 speaker=speaker, speaker_entity=entity)


def test_a_bare_description_keeps_its_own_words_beside_a_longer_one() -> None:
    analyses = [
        Analysis(article="a", version="t", quotes=(_quote("a", FIRST, "a rail car was at risk", "Officials", "e1"),)),
        Analysis(article="b", version="t", quotes=(_quote("b", SECOND, "The tanker could fail", "officials", "e1"),)),
        Analysis(article="c", version="t", quotes=(_quote("c", THIRD, "of a blast", "officials from Tarrow County",
                                                          "e1"),)),
    ]
    county = StoryEntity(id="E1", name="officials from Tarrow County", type="PERSON", mentions=(),
                         members=(("a", "e1"), ("b", "e1"), ("c", "e1")))
    quotes = merge_quotes(analyses, [county])
    assert [(q.speaker, q.speaker_name) for q in quotes] == [
        (None, "Officials"), (None, "officials"), ("E1", None),
    ]
    ledger = quote_ledger(quotes, [county], lambda article: article)
    # one heading for the two reports' "officials", shown as first written
    assert sorted((e.name, len(e.quotes)) for e in ledger) == [("Officials", 2), ("officials from Tarrow County", 1)]
