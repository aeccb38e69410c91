"""A report's statements: what is left of a sentence once its quote is cut out."""

from __future__ import annotations

from storyline.compare.units import report_units
from storyline.model import Analysis, Article, Entity, Quote, Span, TimeExpr


def _span(text: str, part: str) -> Span:
    at = text.index(part)
    return Span(article="a", start=at, end=at + len(part))


def _direct(text: str, words: str, speaker: str) -> Quote:
    """A direct quote of ``words`` in ``text``, said ("said") by ``speaker``."""
    return Quote(
        span=_span(text, words),
        text=words,
        kind="direct",
        speaker=speaker,
        speaker_span=_span(text, speaker),
        cue_span=_span(text, "said"),
    )


def test_units_attribution_left_of_a_quote_is_no_statement() -> None:
    """'said Ilsa Marr, head of the dockworkers' union' only tells who spoke: it is no claim to align."""
    text = "\u201cWe will not give up on the harbour,\u201d said Ilsa Marr, head of the dockworkers' union."
    quote = _direct(text, "We will not give up on the harbour,", "Ilsa Marr")
    marr = Entity(
        id="e1",
        name="Ilsa Marr",
        type="PERSON",
        mentions=(_span(text, "Ilsa Marr"),),
        role="head of the dockworkers' union",
        role_span=_span(text, "head of the dockworkers' union"),
    )
    analysis = Analysis(article="a", version="t", entities=(marr,), quotes=(quote,))
    units = report_units(Article(id="a", text=text), analysis, 0, lambda span: [])
    assert [u.kind for u in units] == ["quote"]


def test_units_what_a_sentence_says_beside_its_quote_stays() -> None:
    text = "The harbour closed on Friday after the strike began, and \u201cnobody knows when it opens,\u201d Marr said."
    quote = _direct(text, "nobody knows when it opens,", "Marr")
    analysis = Analysis(article="a", version="t", quotes=(quote,))
    units = report_units(Article(id="a", text=text), analysis, 0, lambda span: [])
    assert any(u.text.startswith("The harbour closed on Friday") for u in units)


def test_units_where_and_how_a_quote_was_spoken_is_no_statement() -> None:
    text = "\u201cThe dam wall itself is sound,\u201d Castagna said in an interview at the dam's control building."
    quote = _direct(text, "The dam wall itself is sound,", "Castagna")
    analysis = Analysis(article="a", version="t", quotes=(quote,))
    units = report_units(Article(id="a", text=text), analysis, 0, lambda span: [])
    assert [u.kind for u in units] == ["quote"]


def test_units_quoted_title_is_no_quote() -> None:
    """A film's name in quotation marks is nobody's words: the sentence stays one statement, not cut around it."""
    text = 'The diver starred in such films as "Song of the Lower Weir Tide" and other river musicals.'
    article = Article(id="a", text=text)
    units = report_units(article, Analysis(article="a", version="t"), 0, lambda span: [])
    assert [(u.kind, u.text) for u in units] == [("sentence", text.rstrip("."))]


def test_units_quoted_words_in_lower_case_stay_a_quote() -> None:
    text = 'The mayor said "we will open the weir gates again by Friday" at the hall.'
    units = report_units(Article(id="a", text=text), Analysis(article="a", version="t"), 0, lambda span: [])
    assert ("quote", "we will open the weir gates again by Friday") in [(u.kind, u.text) for u in units]


def _texts(text: str, analysis: Analysis | None = None) -> list[str]:
    analysis = analysis or Analysis(article="a", version="t")
    return [u.text for u in report_units(Article(id="a", text=text), analysis, 0, lambda span: [])]


def test_units_list_bullets_are_no_part_of_a_statement() -> None:
    text = "  \u2022 All four divers on the Vell barge were rescued.\n\n  \u2022 The weir gates reopened on Friday."
    assert _texts(text) == ["All four divers on the Vell barge were rescued", "The weir gates reopened on Friday"]


def test_units_wire_dateline_alone_is_no_statement() -> None:
    text = "Mar. 4 (ORP) --\n\nThe Vell dam gate jammed partly open overnight, officials said."
    assert _texts(text) == ["The Vell dam gate jammed partly open overnight, officials said"]


def test_units_wire_dateline_opening_a_sentence_is_cut_off() -> None:
    text = "ASHBY VALE, Mar. 4 (ORP) -- The Vell dam gate jammed partly open overnight."
    assert _texts(text) == ["The Vell dam gate jammed partly open overnight"]


def test_units_speaker_and_day_left_of_a_partial_quote_are_no_statement() -> None:
    """'the Vell Dam Authority said Tuesday' only tells who spoke and when, whatever kind of quote it credits."""
    text = (
        'All four barge divers surfaced safely after a "textbook recovery of the whole crew," '
        "the Vell Dam Authority said Tuesday."
    )
    words = "textbook recovery of the whole crew,"
    quote = Quote(span=_span(text, words), text=words, kind="partial", speaker="Vell Dam Authority",
                  speaker_span=_span(text, "Vell Dam Authority"), cue_span=_span(text, "said"))
    tuesday = TimeExpr(span=_span(text, "Tuesday"), text="Tuesday", type="DATE", value="2025-03-04")
    texts = _texts(text, Analysis(article="a", version="t", quotes=(quote,), timexes=(tuesday,)))
    assert "All four barge divers surfaced safely after a" in texts
    assert not any("said Tuesday" in t for t in texts)


def test_units_a_description_of_someone_is_no_part_of_the_claim() -> None:
    """An appositive tells who is meant ("Mora, the diplomat who led the talks over the dredging plan"); its words
    are not what the statement says, and must not make it corroborate another that talks about the plan."""
    text = "Skoog has replaced Mora, the diplomat who led the talks over the harbour dredging plan."
    mora = Entity(
        id="e1",
        name="Mora",
        type="PERSON",
        mentions=(_span(text, "Mora"),),
        role="the diplomat who led the talks over the harbour dredging plan",
        role_span=_span(text, "the diplomat who led the talks over the harbour dredging plan"),
    )
    analysis = Analysis(article="a", version="t", entities=(mora,))
    (unit,) = report_units(Article(id="a", text=text), analysis, 0, lambda span: [])
    assert "replac" in unit.tokens
    assert not {"talk", "harbour", "dredg", "plan"} & set(unit.tokens)


def test_units_keep_the_marks_their_words_need() -> None:
    text = "The ferry was 20 miles (32km) out, with winds rising to 60mph (97kph).\n\nThe crew of (at least) nine"
    assert _texts(text) == [
        "The ferry was 20 miles (32km) out, with winds rising to 60mph (97kph)",
        "The crew of (at least) nine",
    ]


def test_units_keep_the_opening_mark_of_a_quotation_they_hold() -> None:
    text = "“The hull shook,” the purser said, and the crew ran to the boats."
    assert _texts(text)[0] == "“The hull shook,” the purser said"


def test_units_a_live_page_flag_is_no_part_of_the_line() -> None:
    text = "LIVE: Dorvan voters elect Ana Kell as president\n\nBREAKING - The count ended at midnight."
    assert _texts(text) == ["Dorvan voters elect Ana Kell as president", "The count ended at midnight"]


def test_units_an_embedded_which_clause_keeps_its_sentence_whole() -> None:
    # QA S: "..., which is known for ..., turned up at ..." lost its main verb to the relative clause
    text = (
        "About 85 per cent of the eligible voters in Velmia, which is known for its quiet harbours, turned up at"
        " the polls on Saturday."
    )
    assert _texts(text) == [text.rstrip(".")]
    # a which-clause that ends the sentence is still a statement of its own
    ending = "The gate of the Hollin Dam jammed at 3:40 a.m., which was two hours before the siren sounded."
    assert len(_texts(ending)) == 2


def test_units_a_closing_which_clause_with_no_time_or_figure_stays_with_its_sentence() -> None:
    # QA S #11: "..., which was loosely based on his life" was a fact of its own with no subject
    text = "His exploits inspired the Dorvan film Salt Road, which was loosely based on his life."
    assert _texts(text) == [text.rstrip(".")]
    # one that tells when stays a statement of its own, for the timeline and the count
    timed = "The Velmora ferry left the harbour late, which happened again on Tuesday."
    assert len(_texts(timed)) == 2
