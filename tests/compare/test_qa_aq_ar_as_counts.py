"""QA AS #5: a name cut out of a longer name is no rival name (fictional examples)."""


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


def test_the_tail_of_a_longer_name_is_no_rival():
    from storyline.compare.names import name_conflict

    a = ("The recovery effort in Tarn included helicopters and a clean room set up at the Navy's Oregon Test and"
         " Training Range, according to the wire")
    b = ("Orbex's recovery efforts in Tarn included helicopters, as well as a clean room set up at the Navy Oregon"
         " Proving Ground for testing and training")
    a_names = [("Tarn", "GPE"), ("Training Range", "PERSON")]
    b_names = [("Orbex", "ORG"), ("Tarn", "GPE"), ("Navy Oregon Proving Ground", "FAC")]
    assert name_conflict(a, b, a_names, b_names) is None
