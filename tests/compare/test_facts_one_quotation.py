"""One quotation feeds one fact, and is one source, its speaker, however many reports carry it (fictional)."""

from storyline.compare.across import Draft
from storyline.compare.align import Unit
from storyline.compare.facts import _apart_in_one_report, _join_overlapping_quotes, _one_speaker, _uncut
from storyline.model import Span


def _u(
    article: str, start: int, text: str, report: int, kind: str = "quote", speakers: frozenset[str] = frozenset()
) -> Unit:
    return Unit(span=Span(article=article, start=start, end=start + len(text)), text=text, report=report, kind=kind,
                speakers=speakers)


_SHORT = "Marrow knew what was coming for them Friday, if we didn't get a deal"
_LONG = _SHORT + ". That was checkmate"


def test_facts_holding_overlapping_spans_of_one_quotation_are_one() -> None:
    a = Draft(units=(_u("b", 10, "Marrow knew what was coming to them if we didn't reach a deal by Friday", 1),
                     _u("c", 40, _SHORT, 2, kind="clause")))
    b = Draft(units=(_u("d", 5, _SHORT, 0), _u("c", 40, _LONG, 2)))
    joined = _join_overlapping_quotes([a, b])
    assert len(joined) == 1
    # the clause inside the longer quotation of the same report is left out
    assert sorted((u.span.article, u.span.end) for u in joined[0].units) == [
        ("b", 10 + 71), ("c", 40 + len(_LONG)), ("d", 5 + len(_SHORT))
    ]


def test_an_uncredited_quotation_others_credit_to_one_speaker_is_that_speakers() -> None:
    units = [_u("a", 0, _SHORT, 0, speakers=frozenset({"E1"})), _u("b", 0, _SHORT, 1, speakers=frozenset({"E1"})),
             _u("c", 0, _LONG, 2)]
    pairs = [("Delta Radio", "Delta Radio"), ("Kessby Post", "Kessby Post"), ("Orvale Times", "Orvale Times")]
    out = _one_speaker(units, pairs, {"E1": ("Ivo Brandt", "PERSON")})
    assert {origin for _, origin in out} == {"Ivo Brandt"}


def test_another_partys_act_in_the_same_report_is_apart() -> None:
    assert _apart_in_one_report(
        "Guild President Ivo Brandt confirms that they have reached a tentative agreement with Marrow on Friday",
        "Kessby Freight and Orvale Shipping said they are still working with the guild to also reach an agreement",
    )


def test_a_rejoined_statement_cut_inside_a_quotation_is_left_out() -> None:
    cut = _u("a", 0, 'Then the lane was a river," said Tia Morr, 34, who left with her dog', 0, kind="sentence")
    whole = _u("a", 0, "I heard the siren. Then the lane was a river", 0)
    drafts = [Draft(units=(cut,)), Draft(units=(whole, _u("b", 0, "I heard the siren. Then the lane was a river", 1)))]
    kept = _uncut(drafts)
    assert len(kept) == 1
    assert kept[0].units[0] is whole


def test_an_uncredited_clause_inside_a_quotation_others_credit_to_one_speaker_is_that_speakers() -> None:
    # one speech in two translations: one report credits it, the other prints it after a marker naming no one
    units = [_u("a", 0, "I grieve for those who died and hope the injured recover soon", 0,
                speakers=frozenset({"E1"})),
             _u("b", 0, "I mourn those who were killed and hope the injured heal quickly", 1, kind="clause")]
    pairs = [("Delta Radio", "Delta Radio"), ("Kessby Post", "Kessby Post")]
    out = _one_speaker(units, pairs, {"E1": ("Ivo Brandt", "PERSON")}, frozenset({0, 1}))
    assert {origin for _, origin in out} == {"Ivo Brandt"}
    # a clause of the writer's own, outside any quotation, keeps its outlet
    out = _one_speaker(units, pairs, {"E1": ("Ivo Brandt", "PERSON")}, frozenset({0}))
    assert {origin for _, origin in out} == {"Delta Radio", "Kessby Post"}
