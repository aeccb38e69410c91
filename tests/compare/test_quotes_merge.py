"""Cross-report quotes: one ledger entry per quote, with its carriers (written examples)."""

from __future__ import annotations

from storyline.compare.quotes import merge_quotes
from storyline.model import Analysis, Quote, Span, StoryEntity


def _quote(article: str, text: str, kind: str, speaker: str | None, at: int = 0) -> Quote:
    return Quote(
        span=Span(article=article, start=at, end=at + len(text)),
        text=text,
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker,
    )


def test_merge_quotes_syndicated_reported_clause_is_one_entry() -> None:
    clause = "drinking water supplies were not affected"
    analyses = [
        Analysis(article="orig", version="t", quotes=(_quote("orig", clause, "indirect", "Water Authority"),)),
        Analysis(article="copy", version="t", quotes=(_quote("copy", clause + ".", "indirect", "Water Authority"),)),
    ]
    merged = merge_quotes(analyses, ())
    assert len(merged) == 1
    assert [s.article for s in merged[0].same_as] == ["copy"]


def test_merge_quotes_paraphrases_and_other_speakers_stay_apart() -> None:
    analyses = [
        Analysis(
            article="a",
            version="t",
            quotes=(_quote("a", "the water supply was not affected", "indirect", "Water Authority"),),
        ),
        Analysis(
            article="b",
            version="t",
            quotes=(
                _quote("b", "drinking water supplies were not affected", "indirect", "Water Authority"),
                _quote("b", "the water supply was not affected", "indirect", "Lena Brandt", at=60),
            ),
        ),
    ]
    assert all(not q.same_as for q in merge_quotes(analyses, ()))


def test_merge_quotes_reported_clause_never_joins_a_direct_quote() -> None:
    words = "The dam wall itself is sound."
    analyses = [
        Analysis(article="a", version="t", quotes=(_quote("a", words, "direct", "Oriel Castagna"),)),
        Analysis(article="b", version="t", quotes=(_quote("b", words, "indirect", "Oriel Castagna"),)),
    ]
    assert len(merge_quotes(analyses, ())) == 2


def test_merge_quotes_keeps_a_speaker_no_entity_stands_for_by_name() -> None:
    quote = _quote("a", "40 patients arrived", "indirect", "hospitals")
    analyses = [Analysis(article="a", version="t", quotes=(quote,))]
    (merged,) = merge_quotes(analyses, ())
    assert merged.speaker is None
    assert merged.speaker_name == "hospitals"


def test_merge_quotes_the_ledger_cue_keeps_its_negation() -> None:
    # "It has not said what ...": listing it under "said" would turn a refusal into a statement
    text = "The Harbour Board has not said what broke the gate. Officials would not confirm the toll."
    first = text.index("what broke the gate")
    second = text.index("the toll")

    def reported(at: int, end_text: str, cue: str) -> Quote:
        cue_at = text.rindex(cue, 0, at)
        return Quote(
            span=Span(article="a", start=at, end=at + len(end_text)),
            text=end_text,
            kind="indirect",
            speaker="Harbour Board",
            cue_span=Span(article="a", start=cue_at, end=cue_at + len(cue)),
        )

    quotes = (reported(first, "what broke the gate", "said"), reported(second, "the toll", "confirm"))
    merged = merge_quotes([Analysis(article="a", version="t", quotes=quotes)], (), texts={"a": text})
    assert [q.cue for q in merged] == ["has not said", "would not confirm"]


def test_merge_quotes_notes_a_carrier_that_names_another_speaker() -> None:
    from dataclasses import replace

    from storyline.model import StoryEntity

    words = "Four of our five boats went down in the storm."

    def said_by(article: str, name: str, local: str) -> Quote:
        return replace(_quote(article, words, "direct", name), speaker_entity=local)

    people = (
        StoryEntity(id="E1", name="Ana Ruiz", type="PERSON", mentions=(), members=(("a", "e1"),)),
        StoryEntity(id="E2", name="Tomas Lind", type="PERSON", mentions=(), members=(("b", "e7"),)),
    )
    analyses = [
        Analysis(article="a", version="t", quotes=(said_by("a", "Ana Ruiz", "e1"),)),
        Analysis(article="b", version="t", quotes=(said_by("b", "Tomas Lind", "e7"),)),
        # a carrier that only describes its speaker does not contradict a name
        Analysis(article="c", version="t", quotes=(replace(_quote("c", words, "direct", "resident"),
                                                           speaker_entity="e2"),)),
    ]
    (merged,) = merge_quotes(analyses, people)
    assert merged.speaker == "E1"
    assert [(span.article, who) for span, who in merged.also_attributed] == [("b", "E2")]


def _person(eid: str, name: str, article: str) -> StoryEntity:
    return StoryEntity(id=eid, name=name, type="PERSON", mentions=(Span(article=article, start=0, end=len(name)),),
                       members=((article, "e1"),))


def test_merge_quotes_one_word_speaker_is_the_one_person_of_that_surname() -> None:
    """QA K: "- Halvorsen said ..." where the report's entity stage made no entity of the speaker: the words are
    still the story's one Halvorsen's."""
    quote = _quote("b", "We will rebuild the harbour", "direct", "Halvorsen")
    analyses = [Analysis(article="b", version="t", quotes=(quote,))]
    one = [_person("E1", "Marta Halvorsen", "a"), _person("E2", "Tomas Lind", "a")]
    assert merge_quotes(analyses, one)[0].speaker == "E1"
    # two people of that surname: nobody's rather than a guess
    two = [*one, _person("E3", "Eirik Halvorsen", "a")]
    merged = merge_quotes(analyses, two)[0]
    assert merged.speaker is None
    assert merged.speaker_name == "Halvorsen"


def test_merge_quotes_a_speaker_named_more_narrowly_than_a_shared_description_keeps_its_name() -> None:
    from dataclasses import replace

    spokespeople = (
        StoryEntity(id="E1", name="spokesperson", type="PERSON", mentions=(), members=(("a", "e1"), ("a", "e2"))),
    )
    airline = replace(_quote("a", "the flight had left Porth on time", "indirect", "spokesperson at Kell Air"),
                      speaker_entity="e1")
    airport = replace(_quote("a", "all runways were closed", "indirect", "spokesperson", at=60), speaker_entity="e2")
    merged = merge_quotes([Analysis(article="a", version="t", quotes=(airline, airport))], spokespeople)
    assert [(q.speaker, q.speaker_name) for q in merged] == [(None, "spokesperson at Kell Air"), ("E1", None)]
