"""Outlet citations: the phrases that credit a medium, and the outlet's own acts."""

from __future__ import annotations

import pytest

from storyline.compare.provenance import provenance_edges
from storyline.extract.citations import extract_citations
from storyline.extract.entities import extract_entities
from storyline.ingest.meta import infer_outlet
from storyline.model import Analysis, Article, MetaValue
from storyline.nlp.pipeline import parse


def _cites(text: str, outlet: str | None = None) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=outlet))
    return [(c.text, c.cites, c.kind) for c in extract_citations(article, None, ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister told CNN on Friday that talks went well.", [("told CNN", "CNN", "told")]),
        (
            "The minister told CNN in an exclusive interview that talks went well.",
            [("told CNN in an exclusive interview", "CNN", "interview")],
        ),
        ("In an interview with Reuters, the mayor said the bridge would reopen.",
         [("In an interview with Reuters", "Reuters", "interview")]),
        ("Two bombers flew off the coast for seven hours, Reuters reported.",
         [("Reuters reported", "Reuters", "reported")]),
        ("In a statement to CNN last week, a spokesperson declined to comment.",
         [("In a statement to CNN", "CNN", "statement")]),
        ("Prices rose by a third, according to Bloomberg.", [("according to Bloomberg", "Bloomberg", "according_to")]),
        ("CNN reached out to the ministry for comment.", [("CNN reached out to", "CNN", "self")]),
        ("The Lakeside Herald reported that the pier had closed.",
         [("The Lakeside Herald reported", "Lakeside Herald", "reported")]),
        ("According to Bill Hayton, an analyst, the move is symbolic.", []),
        (
            "The harbour was closed, a spokesperson said in a statement shared with Insider.",
            [("in a statement shared with Insider", "Business Insider", "statement")],
        ),
        ("March 3 (UPI) -- A ferry ran aground on Sunday.", [("(UPI) --", "UPI", "reported")]),
        ("Lima, Nov 19 (EFE).- A ferry ran aground on Sunday.", [("(EFE).-", "EFE", "reported")]),
        (
            "The ferry sank.\nFerry down off the cape pic.twitter.com/ab12Cd\n"
            "— Harbour Radio ✌️ (@harbourradio) March 3, 2024\nDivers went down.",
            [("— Harbour Radio ✌️ (@harbourradio) March 3, 2024", "Harbour Radio", "posted")],
        ),
        ("The chief told reporters the fire was out.", []),
    ],
)
def test_citations_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


def test_citations_short_name_takes_the_full_name_the_gazetteer_knows() -> None:
    text = "The Nikkei Asia first reported the plan. The office will open in May, Nikkei reported last week."
    assert {c for _, c, _ in _cites(text)} == {"Nikkei Asia"}


def test_citations_description_stands_for_the_outlet_named_before() -> None:
    text = "Reuters first carried the story. Ten ships were seized, according to the wire agency."
    assert ("according to the wire agency", "Reuters", "according_to") in _cites(text)


def test_citations_dateline_credits_the_whole_report() -> None:
    text = "PORTVILLE (AP) — A ferry ran aground on Sunday.\nNo one was hurt."
    article = Article(id="a", text=text)
    (cite,) = extract_citations(article, None, ())
    assert cite.cites == "AP"  # ingest's canonical name
    assert cite.credited is not None
    assert text[cite.credited.start : cite.credited.end].startswith("A ferry ran aground")


def test_citations_credited_is_the_quote_before_told() -> None:
    text = '"The wall is sound. The gate failed," she told Harbor Radio last week.'
    article = Article(id="a", text=text)
    (cite,) = extract_citations(article, None, ())
    assert cite.cites == "Harbor Radio"
    assert cite.credited is not None
    assert text[cite.credited.start : cite.credited.end] == "The wall is sound. The gate failed"


def test_citations_syndication_note() -> None:
    text = "A gate failed.\nThis Orrin Press report was edited for the Hillcrest Tribune."
    kinds = {(c, k) for _, c, k in _cites(text)}
    assert ("Orrin Press", "syndication") in kinds


def test_citations_embedded_post_credits_the_post_above_its_signature() -> None:
    text = (
        "The ferry sank.\nFerry down off the cape pic.twitter.com/ab12Cd\n"
        "— Harbour Radio (@harbourradio) March 3, 2024"
    )
    (cite,) = extract_citations(Article(id="a", text=text), None, ())
    assert cite.credited is not None
    assert text[cite.credited.start : cite.credited.end] == "Ferry down off the cape pic.twitter.com/ab12Cd"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told" an outlet not in the table whose name is several words after "The"
        (
            "Eight boats were searching the bay, Ann Holt, a harbour pilot, told The Lakeport Evening Star.",
            [("told The Lakeport Evening Star", "Lakeport Evening Star", "told")],
        ),
        # the day a capitalised run takes along is no part of the name
        (
            "Ann Holt told The Lakeport Star Monday that the boats had turned back.",
            [("told The Lakeport Star", "Lakeport Star", "told")],
        ),
        ("Ann Holt told Star Harbor fans to stay home.", []),
        # pictures a broadcaster showed, broadcasters named by their call letters
        (
            "Helicopter video shown by KQRV-TV from the scene showed boats circling the pier.",
            [("video shown by KQRV-TV", "KQRV-TV", "broadcast")],
        ),
        ("Footage aired by WQRT showed smoke over the pier.", [("Footage aired by WQRT", "WQRT", "broadcast")]),
        ("Images broadcast by KQRV 7 showed the crowd.", [("Images broadcast by KQRV 7", "KQRV 7", "broadcast")]),
        ("WQRT aired footage of the fire on Monday night.", [("WQRT aired footage", "WQRT", "broadcast")]),
        ("Ann Holt told WQRT that the pier was closed.", [("told WQRT", "WQRT", "told")]),
        # three letters, or a body that is no broadcaster, are not call letters
        ("According to WHO, cases rose again in the spring.", []),
        ("According to WADA, the tests were clean.", []),
        ("Video from the scene showed smoke over the pier.", []),
        # an agency after the place in the lede's dateline
        (
            "Harbor talks set\n\nNew Carden, IRNA – The envoy said the harbor talks would go ahead on Friday.",
            [("IRNA –", "IRNA", "reported")],
        ),
    ],
)
def test_citations_told_broadcast_and_dateline_agency(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


def test_citations_broadcast_credits_the_sentence() -> None:
    text = "Footage aired by WQRT showed smoke over the pier. Nobody was hurt."
    (cite,) = extract_citations(Article(id="a", text=text), None, ())
    assert cite.credited is not None
    assert text[cite.credited.start : cite.credited.end] == "Footage aired by WQRT showed smoke over the pier."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a station's story on a wire's copy credits the wire
        (
            "(KBRV / AP) – A jury in Corvale found the harbor master guilty of fraud on Thursday.",
            [("(KBRV / AP) –", "AP", "reported")],
        ),
        # what the report calls a national agency before naming it
        (
            "The army is helping the villages, according to state news agency MAP.",
            [("according to state news agency MAP", "MAP", "according_to")],
        ),
        (
            "Lina Sarr, director of the institute, told MAP that the quake was felt far away.",
            [("told MAP", "MAP", "told")],
        ),
        (
            "A teacher explained to EFE that the walls shook for fifteen seconds.",
            [("explained to EFE", "EFE", "told")],
        ),
    ],
)
def test_citations_wire_datelines_and_national_agencies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


def test_citations_sign_off_credits_the_text_above_it() -> None:
    text = "The quake shook Velmora late on Friday.\n\nResidents ran into the streets.\n\nEFE"
    (cite,) = extract_citations(Article(id="a", text=text), None, ())
    assert (cite.text, cite.cites, cite.kind) == ("EFE", "EFE", "reported")
    assert cite.credited is not None
    assert text[cite.credited.start : cite.credited.end] == text.rsplit("\n\n", 1)[0]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ('"The walls moved," Omar Dahl, 41, told AFP by telephone from Velmora. The ministry counted 40 dead.', "AFP"),
        (
            "According to witnesses contacted by EFE, the tremor was felt in Velmora. "
            "A baker confirmed to EFE that he felt it.\n\nEFE",
            "EFE",
        ),
    ],
)
def test_citations_an_agency_report_makes_no_edge_to_itself(text: str, agency: str) -> None:
    # the outlet worked out from the text is the report's own: its "told AFP" is no citation of another outlet
    article = infer_outlet(Article(id="a", text=text))
    analysis = Analysis(article="a", version="t", citations=extract_citations(article, None, ()))
    assert article.outlet.value == agency
    assert analysis.citations
    assert {c.cites for c in analysis.citations} == {agency}
    assert provenance_edges([article], [analysis]) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyodo said the minister would resign on Monday.", [("Kyodo said", "Kyodo News", "reported")]),
        ("Public broadcaster NHK said the minister had quit.", [("broadcaster NHK said", "NHK", "reported")]),
        ("Coast Radio said the ferry sank.", [("Coast Radio said", "Coast Radio", "reported")]),
        # a person whose title holds an outlet's word is no outlet
        ("White House Press Secretary Ana Ruiz said it was sad.", []),
    ],
)
def test_citations_an_outlet_that_said(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the report calls a newspaper is an outlet though no list knows it, after a nationality too
        ("Ola Berg, 17, told Norrish newspaper Dagposten that the cabin filled with smoke.",
         [("told Norrish newspaper Dagposten", "Dagposten", "told")]),
        ("The pilot told local broadcaster Kanal Nord that he saw flames.",
         [("told local broadcaster Kanal Nord", "Kanal Nord", "told")]),
        # a medium alone is no outlet
        ("According to TV and other images, the plane caught fire on landing.", []),
        ("According to Radio reports, the plane caught fire on landing.", []),
    ],
)
def test_citations_a_described_outlet_and_a_bare_medium(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _cites(text) == expected


def test_a_paper_the_model_types_as_a_place_is_credited_after_a_capitalised_the() -> None:
    # the small model types "Crimson" as a place; "The Crimson reported" credits a paper, not a country
    text = (
        "Her predecessor, Karl Osten, earned more than $300,000 in 2021, The Crimson reported in May.\n\n"
        "The Netherlands reported 300 new cases on Monday."
    )
    article = Article(id="a", text=text)
    doc = parse(text)
    entities = extract_entities(article, doc)
    assert [c.cites for c in extract_citations(article, doc, entities)] == ["Crimson"]
