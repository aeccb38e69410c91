"""Which lower court's ruling the story's court upheld, named differently by two reports: "upheld an earlier High
Court judgment" against "upheld an appeal court ruling" (QA BA #3). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.courts import rulings


def _conflicts(*reports: tuple[str, str, str]) -> set[str]:
    _, comparison = compare_texts(*reports)
    return {f.why for f in comparison.facts if f.status == "conflict"}


def test_a_court_is_read_where_an_act_on_its_ruling_names_it() -> None:
    assert [(r.act, r.court) for r in rulings("Seven judges upheld an appeals court ruling on the Varn levy.")] == [
        ("upheld", "Court of Appeal")]
    assert [(r.act, r.court) for r in rulings("The bench overturned the decision of the High Court.")] == [
        ("overturned", "High Court")]
    assert rulings("The judges upheld a lower court ruling on the Varn levy.") == []
    assert rulings("The bench had upheld a High Court ruling in 2019 in another case.") == []


def test_two_courts_named_for_one_ruling_upheld_conflict() -> None:
    found = _conflicts(
        ("a", "Judges at Norland's top court unanimously upheld an earlier High Court judgment on the Varn levy, "
              "dealing a blow to the finance minister.", "X"),
        ("b", "Seven Constitutional Court judges upheld an appeal court ruling that found the Varn levy unlawful.",
         "Y"),
        ("c", "The bench backed an earlier decision by the Court of Appeal on the levy, its president said in a "
              "statement read outside.", "Z"),
    )
    assert "which court's ruling was upheld: High Court vs Court of Appeal" in found


def test_one_court_however_written_is_no_conflict() -> None:
    found = _conflicts(
        ("a", "Seven Constitutional Court judges upheld an appeal court ruling that found the Varn levy unlawful.",
         "X"),
        ("b", "The bench backed an earlier decision by the Court of Appeal on the levy, its president said in a "
              "statement read outside.", "Y"),
    )
    assert not any(why.startswith("which court") for why in found)
