"""One deed told by several reports is one fact with their sources, whatever words each tells it in: the same doer
(one name, or an acronym and the name it stands for), the same act (one verb or a close synonym), of a thing and
on a day that do not differ. Different doers of one act, one doer's different acts, and one act of one doer on
two days stay apart (blind reviews: one announcement's ledes, one closure told three ways, stayed single-source
facts; earlier joins merged another body's declaration of the day before)."""

from __future__ import annotations

import pytest
from compare_helpers import sentence_facts

from storyline.compare.across import Draft
from storyline.compare.align import Unit
from storyline.compare.claims import deed_of
from storyline.compare.facts import join_deeds, one_deed
from storyline.model import Fact, Span

_LEDE = "The GHC declared the Orvale fever outbreak a global public health emergency on Wednesday"
_OTHER_LEDE = (
    "The Global Health Council (GHC) declared Wednesday that the Orvale fever outbreak, which has spread across "
    "the south, is a public health emergency of international concern"
)


def _one(facts: list[Fact] | tuple[Fact, ...], article: str) -> Fact:
    return next(f for f in facts if any(s.article == article for s in f.support))


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # an acronym and the name it stands for, one act, one thing, one day
        (_LEDE, _OTHER_LEDE),
        ("The Global Health Council on Wednesday declared a global health emergency over the Orvale fever outbreak",
         _OTHER_LEDE),
        # one closure, told with "stayed", "remained", "was" and "shut"
        ("The Kessby Museum stayed closed on Monday", "In the capital, the Kessby Museum remained closed Monday"),
        ("The Kessby Museum was closed on Monday", "The Kessby Museum stayed shut on Monday as guards protested"),
        # one declaration, "announced" in other words
        ("The Tarn Port Authority announced a curfew on Friday", "The Tarn Port Authority declared a curfew on Friday"),
    ],
)
def test_one_deed_in_other_words(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is not None
    assert b is not None
    assert one_deed(a, b)


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # another doer of the same act
        (_LEDE, "The Southern Disease Agency declared the Orvale fever outbreak a continental emergency on Wednesday"),
        ("The Kessby Museum stayed closed on Monday", "The Velmar Opera stayed closed on Monday"),
        # the same doer, another act
        ("The Kessby Museum stayed closed on Monday", "The Kessby Museum reopened on Monday"),
        # the same doer and act, another day
        ("The Kessby Museum stayed closed on Monday", "The Kessby Museum was closed on Tuesday"),
        ("The Global Health Council declared an emergency on Wednesday",
         "The Global Health Council declared an emergency a day earlier"),
        # the same doer and act, another thing
        ("Dara Quell checked into the Velmar Hills Clinic rehab facility on Thursday",
         "Dara Quell has checked into rehab in Port Aster"),
        ("The Tarn Port Authority declared a curfew on Friday",
         "The Tarn Port Authority declared a dividend on Friday"),
    ],
)
def test_other_deeds_are_not_one(line: str, other: str) -> None:
    a, b = deed_of(line, []), deed_of(other, [])
    assert a is None or b is None or not one_deed(a, b)


@pytest.mark.parametrize(
    "line",
    [
        "He declared the outbreak an emergency on Wednesday",  # who "he" is is not read
        "Officials shut the Kessby Museum on Monday",  # nobody named
        "The Kessby Museum did not close on Monday",  # a denied act
        "Fever Outbreak Declared Global Emergency",  # a headline's capitals name nothing
    ],
)
def test_a_deed_not_read_plainly_is_none(line: str) -> None:
    assert deed_of(line, []) is None


def test_three_reports_of_one_closure_are_one_fact_with_three_sources() -> None:
    facts = sentence_facts([
        ["The Kessby Museum stayed closed on Monday.", "Guards marched in the square."],
        ["In the capital, the Kessby Museum remained closed Monday.", "Tourists queued outside."],
        ["The Kessby Museum was closed on Monday.", "The city council met at noon."],
    ])
    closure = _one(facts, "r0")
    assert sorted(s.article for s in closure.support) == ["r0", "r1", "r2"]
    assert closure.independent_sources == 3
    assert closure.status == "corroborated"


def test_two_ledes_of_one_announcement_are_one_fact() -> None:
    facts = sentence_facts([[_LEDE + "."], [_OTHER_LEDE + "."]])
    assert len(facts) == 1
    assert facts[0].independent_sources == 2


def test_another_doers_declaration_of_the_day_before_stays_apart() -> None:
    """The agency's declaration is no report of the council's, though both declare an emergency of one outbreak;
    nor does the council's join it when a third report tells both."""
    facts = sentence_facts([
        [_LEDE + "."],
        ["The Southern Disease Agency declared the Orvale fever outbreak an emergency on Tuesday."],
        ["The Global Health Council declared the Orvale fever outbreak a global emergency on Wednesday."],
    ])
    council, agency = _one(facts, "r0"), _one(facts, "r1")
    assert sorted(s.article for s in council.support) == ["r0", "r2"]
    assert [s.article for s in agency.support] == ["r1"]


def test_one_doers_acts_and_days_stay_apart() -> None:
    facts = sentence_facts([
        ["The Kessby Museum stayed closed on Monday."],
        ["The Kessby Museum was closed on Tuesday."],
        ["The Kessby Museum reopened on Monday."],
    ])
    assert len(facts) == 3
    assert all(f.independent_sources == 1 for f in facts)


def test_a_fact_telling_the_act_of_another_doer_blocks_the_join() -> None:
    """A fact whose statements tell one act by two doers is joined with neither doer's other report: the join
    would count a source for a deed one of its statements does not tell."""
    texts = [
        "The Kessby Museum stayed closed on Monday",
        "The Velmar Opera stayed closed on Monday",
        "The Kessby Museum stayed closed Monday",
    ]
    units = [
        Unit.make(span=Span(article=f"r{i}", start=0, end=len(t)), text=t, report=i) for i, t in enumerate(texts)
    ]
    mixed = [Draft(units=(units[0],)), Draft(units=(units[1], units[2]))]
    assert join_deeds(mixed) == mixed
    plain = [Draft(units=(units[0],)), Draft(units=(units[2],))]
    assert [len(d.units) for d in join_deeds(plain)] == [2]


def test_conflicts_are_never_joined_and_keep_their_rivals() -> None:
    texts = ["The Kessby Museum stayed closed on Monday", "The Kessby Museum was closed on Monday", "x", "y"]
    units = [
        Unit.make(span=Span(article=f"r{i}", start=0, end=len(t)), text=t, report=i) for i, t in enumerate(texts)
    ]
    drafts = [
        Draft(units=(units[2],), rivals=(3,)),
        Draft(units=(units[0],)),
        Draft(units=(units[1],)),
        Draft(units=(units[3],), rivals=(0,)),
    ]
    joined = join_deeds(drafts)
    assert [len(d.units) for d in joined] == [1, 2, 1]
    assert joined[0].rivals == (2,)
    assert joined[2].rivals == (0,)


def test_two_doers_joined_in_one_subject_are_no_deed_of_either() -> None:
    assert deed_of("The Harbor Workers Union and Tarn Motors reached a tentative agreement on Wednesday", []) is None
