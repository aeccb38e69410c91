"""Reported speech in the blind QA rounds AI (a stuck freighter, a food recall), AJ (a casino outage, a union
deal) and AK (a rocket launch, a minister's resignation). Fictional texts."""

from __future__ import annotations

from quote_helpers import run, speakers


def test_the_statement_is_the_one_named_last_not_an_earlier_press_office() -> None:
    text = (
        "Outage hits Korvel Resorts\n\n"
        "The FIB is \u201caware of the incident,\u201d the bureau said in a statement from its national press "
        "office.\n\n"
        "Korvel Resorts said in a statement it found a \u201cnetwork issue\u201d affecting some of its systems.\n\n"
        "The nature of the issue was not described, but the statement said efforts to protect data included "
        "\u201cshutting down some systems.\u201d\n"
    )
    assert "its national press office" not in speakers(text, "efforts to protect data")
    assert set(speakers(text, "efforts to protect data")) <= {"Korvel Resorts", None}


def test_said_the_company_managing_the_ship_is_the_manager_named_before() -> None:
    text = (
        "Crew of stranded freighter safe\n\n"
        "Ostrand Ship Management, the company that manages the Velia Star, said the ship's crew is safe.\n\n"
        "The entire crew of the Velia Star, the freighter stuck in the Harlow Canal since Tuesday, is from Kestria "
        "and is safe, said the company managing the freighter.\n"
    )
    assert speakers(text, "The entire crew") == ["Ostrand Ship Management"]


def _texts(text: str) -> list[str]:
    return [q.text for q in run(text)]


def test_information_claiming_something_is_not_the_speakers_claim() -> None:
    text = (
        "Freighter still stuck\n\n"
        "Ostrand, a Harlow-based shipping firm, said crews were still working to free the ship on Wednesday, and "
        "that information it had received earlier claiming the freighter was partially refloated was inaccurate.\n"
    )
    assert [q for q in run(text) if q.text == "the freighter was partially refloated"] == []


def test_people_reporting_illnesses_is_no_statement_of_theirs() -> None:
    text = (
        "Cheese recall widens\n\n"
        "So far, 9 people in 5 provinces have reported illnesses linked to the outbreak, the agency said.\n\n"
        "All three people who contacted the agency had reported eating the cheese, the agency said.\n"
    )
    texts = _texts(text)
    assert "illnesses linked to the outbreak" not in texts
    assert "eating the cheese" not in texts
    assert "So far, 9 people in 5 provinces have reported illnesses linked to the outbreak" in texts


def test_a_wish_to_report_is_no_report() -> None:
    text = (
        "Cheese recall widens\n\n"
        "Customers who have questions or would like to report adverse reactions should visit the website.\n"
    )
    assert "adverse reactions" not in _texts(text)


def test_what_a_scene_suggests_is_the_writers_inference() -> None:
    text = (
        "Freighter still stuck\n\n"
        "From the shore, at least one excavator dug into the canal's muddy banks, suggesting the bow of the "
        "freighter had plowed into it.\n\n"
        "A satellite image shows the freighter, revealing the scale of the massive vessel.\n\n"
        "The MV Velia Crest is still visible even in this wide-angle view from the Orbital Survey Office's "
        "satellite, revealing the length of the stranded vessel.\n"
    )
    texts = _texts(text)
    assert "the bow of the freighter had plowed into it" not in texts
    assert "the scale of the massive vessel" not in texts
    assert "the length of the stranded vessel" not in texts


def test_a_persons_suggestion_after_a_comma_stays() -> None:
    text = (
        "Budget row\n\n"
        "Mayor Idris Calloway complained that the council was too slow, suggesting the budget should be cut.\n"
    )
    assert "the budget should be cut" in _texts(text)


def test_as_if_announcing_and_an_old_saying_report_nothing() -> None:
    text = (
        "Rocket lifts off\n\n"
        "There were countless shouts as if announcing victory over the dream of going back to the moon.\n\n"
        "It is said that third time\u2019s the charm, and for the agency, that is exactly what happened on Monday.\n"
    )
    assert run(text) == ()


def test_though_denies_is_the_accused_ones_denial() -> None:
    text = (
        "Minister quits\n\n"
        "Defence minister Tobias Renwick resigned on Monday after complaints about his conduct.\n\n"
        "Renwick is accused of bullying staff, though denies any wrongdoing.\n"
    )
    denials = [q for q in run(text) if q.text == "any wrongdoing"]
    assert [q.speaker for q in denials] == ["Tobias Renwick"]


def test_a_clause_keeps_the_subject_the_parse_took_for_an_object() -> None:
    text = (
        "Canal closed\n\n"
        "Rina Dovel, the head of the canal agency, said navigation through the waterway would remain stopped until "
        "they refloat the vessel.\n\n"
        "The agency recommended those in possession of these products should dispose of them immediately.\n\n"
        "It is recommended by the agency that those in possession of these possibly contaminated products, should "
        "dispose of them immediately.\n"
    )
    texts = _texts(text)
    assert any(t.endswith("possibly contaminated products, should dispose of them immediately") for t in texts)
    assert "navigation through the waterway would remain stopped until they refloat the vessel" in texts
    assert "those in possession of these products should dispose of them immediately" in texts


def test_a_clause_cut_short_by_a_colon_goes_on_over_what_follows() -> None:
    text = (
        "Dock union reaches deal\n\n"
        "The union said the tentative agreement also includes:\n\n"
        "A raise of 20% over four years.\n\n"
        "Talks resume in May.\n"
    )
    texts = _texts(text)
    assert "the tentative agreement also includes" not in texts
    assert "the tentative agreement also includes:\n\nA raise of 20% over four years" in texts


def test_a_list_after_a_colon_goes_with_the_clause_item_by_item() -> None:
    text = (
        "Dock union reaches deal\n\n"
        "The union said the tentative agreement also includes:\n\n"
        "Raising the top wage by 25%\n\n"
        "Restoring pensions lost in 2009\n"
    )
    listed = "the tentative agreement also includes:\n\nRaising the top wage by 25%\n\nRestoring pensions lost in 2009"
    assert listed in _texts(text)


def test_a_term_being_defined_is_no_partial_quote_of_the_expert() -> None:
    text = (
        "Casino outage\n\n"
        "Mira Tollen, a professor at Eastbrook University, said Monday that a \u201cdata incident\u201d typically "
        "means that a group has attacked the company's network.\n\n"
        "It did not call it a cyberattack or specify which systems were affected.\n"
    )
    quotes = run(text)
    assert [q for q in quotes if q.kind == "partial"] == []
    assert [q for q in quotes if "cyberattack" in q.text] == []
    assert any(q.speaker == "Mira Tollen" and "typically means" in q.text for q in quotes)
