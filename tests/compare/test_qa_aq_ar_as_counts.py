"""QA AQ/AR/AS: a share rounded from one given to a decimal is no other figure; a name cut out of a longer name is
no rival name (fictional examples)."""

from storyline.compare.conflicts import count_disagreement


def test_a_round_share_of_a_precise_one_agrees():
    a = "The Harlow dockers have apparently won 60% wage increases after a short strike"
    b = "The agreement involves a 61.5% wage increase over the next six years, according to union chief Ines Varga"
    assert count_disagreement(a, b) is None
    assert count_disagreement("The Harlow deal gives a 62% wage increase over six years", b) is None


def test_a_share_past_its_rounding_still_disagrees():
    b = "The agreement involves a 61.5% wage increase over the next six years, according to union chief Ines Varga"
    found = count_disagreement("The Harlow deal gives a 65% wage increase over six years", b)
    assert found is not None
    assert found.figures == ("65", "61.5")
    whole = count_disagreement("The Harlow deal gives a 19% wage increase", "The Harlow deal gives a 20% wage increase")
    assert whole is not None


def test_a_name_cut_out_of_a_longer_name_is_no_rival():
    from storyline.compare.names import name_conflict

    a = ("The recovery effort in Tarn included helicopters and a clean room set up at the Navy's Oregon Test and"
         " Training Range, according to the wire")
    b = ("Orbex's recovery efforts in Tarn included helicopters, as well as a clean room set up at the Navy Oregon"
         " Proving Ground for testing and training")
    a_names = [("Tarn", "GPE"), ("Oregon Test", "PERSON")]
    b_names = [("Orbex", "ORG"), ("Tarn", "GPE"), ("Navy Oregon Proving Ground", "FAC")]
    assert name_conflict(a, b, a_names, b_names) is None
    whole = "The recovery effort in Tarn included helicopters and a clean room set up by Oregon Test, officials said"
    other = "Orbex's recovery effort in Tarn included helicopters and a clean room set up, officials said"
    assert name_conflict(whole, other, a_names, [("Orbex", "ORG"), ("Tarn", "GPE")]) == "Oregon Test vs Orbex"
