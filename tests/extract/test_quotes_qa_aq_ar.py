"""Quotes and speakers in the blind QA rounds AQ (a port strike, a hostage release) and AR (a chief executive's
ouster, a chemical plant blast). Fictional texts."""

from __future__ import annotations

from quote_helpers import run, speakers


def test_a_statement_from_an_office_that_read_is_the_office_speaking() -> None:
    text = (
        "Envoy freed\n\n"
        "“Ardenia is free to go home,” President Ola Brandt wrote on his platform.\n\n"
        "“The government of Ardenia warmly welcomes envoy Piet Roon who has been returned from captivity,” a "
        "statement from Varnholt’s office read. “The government is committed to the return of all envoys,” the "
        "statement added.\n"
    )
    assert speakers(text, "warmly welcomes envoy") == ["Varnholt’s office"]
    assert speakers(text, "committed to the return") == ["Varnholt’s office"]


def test_a_statement_that_read_before_its_author_is_the_author_speaking() -> None:
    text = "Envoy freed\n\n“We welcome envoy Piet Roon home,” read a statement from the Ardenian ministry.\n"
    assert speakers(text, "We welcome envoy") == ["Ardenian ministry"]


def test_a_participle_after_a_since_clause_is_the_main_clause_subject_speaking() -> None:
    text = (
        "Envoy freed\n\n"
        "The Kestrel Front released envoy Piet Roon on Monday.\n\n"
        "The envoy’s family celebrated the news, especially since it came on Harvest Day, calling it “the finest "
        "gift we could hope for.”\n"
    )
    found = speakers(text, "the finest gift")
    assert found
    assert all(s is not None and "family" in s for s in found)


def test_a_persons_family_speaks_as_the_family_not_the_person() -> None:
    text = "Envoy freed\n\nPiet Roon was freed on Monday. “We are overjoyed,” Roon’s family said.\n"
    assert speakers(text, "We are overjoyed") == ["Roon’s family"]


def test_a_name_the_parse_fused_with_its_cue_is_the_speaker_not_the_possessive_after_it() -> None:
    text = (
        "Envoy freed\n\n"
        "President Ola Trumble welcomed the news on Monday.\n\n"
        "Trumble hailed Roon’s release as “monumental news” in a post on Tellwire, viewing it as a “step taken in "
        "good faith”.\n"
    )
    found = speakers(text, "step taken in good faith")
    assert found
    assert set(found) == {"Ola Trumble"}


def test_media_reports_of_a_country_are_the_media_speaking_not_the_country() -> None:
    text = (
        "Strike ends\n\n"
        "Dockworkers in Dorvania ended their strike. Wages would rise by 40% over six years, according to Dorvania "
        "media reports.\n"
    )
    assert speakers(text, "Wages would rise") == ["Dorvania media reports"]


def test_thats_according_to_credits_the_sentence_before_not_the_pronoun() -> None:
    text = (
        "Strike ends\n\n"
        "The strike ended after the Harbor Workers Guild and the Coastal Shippers Council reached a deal on wages. "
        "That’s according to a joint statement from the guild and the council.\n"
    )
    found = [q for q in run(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "The strike ended after the Harbor Workers Guild and the Coastal Shippers Council reached a deal on wages"
    ]
    assert found[0].speaker is not None


def test_thats_according_to_opening_a_paragraph_is_the_pronoun_alone() -> None:
    text = (
        "Strike ends\n\n"
        "The Harbor Workers Guild says it raised $2 million for its strike fund.\n\n"
        "That’s according to filings the guild made on Saturday.\n"
    )
    assert [q.text for q in run(text) if q.speaker == "filings"] == ["That"]


def test_what_a_video_led_people_to_point_up_is_said_by_those_people() -> None:
    text = (
        "Strike ends\n\n"
        "Orlan’s boastful video quickly led online sleuths to point up that Orlan earned nearly $700,000 a year "
        "as head of the guild.\n"
    )
    assert speakers(text, "earned nearly") == ["online sleuths"]


def test_a_source_asking_not_to_be_named_reports_nothing() -> None:
    text = (
        "Strike ends\n\n"
        "A person familiar with the talks said the guild had won a pay rise. The person didn’t want to be "
        "identified. Two officials asked not to be identified because the talks are private.\n"
    )
    assert speakers(text, "identified") == []
    assert speakers(text, "won a pay rise") == ["person"]


def test_terms_offered_in_bargaining_are_not_a_statement() -> None:
    text = (
        "Strike ends\n\n"
        "The guild sought a 70 percent raise, while the employer group offered a nearly 40 percent raise. The "
        "Coastal Shippers Council offered a nearly 40 percent raise over six years.\n"
    )
    assert speakers(text, "percent") == []


def test_reports_that_came_in_at_an_hour_are_not_reported_speech() -> None:
    text = "Blast at Corvan plant\n\nReports that a Corvan plant in Lisdale had exploded came in at about 2 a.m.\n"
    assert speakers(text, "had exploded") == []


def test_said_then_told_the_name_between_the_two_cues_speaks_not_the_county_of_her_title() -> None:
    text = (
        "Blast at Corvan plant\n\n"
        "Marlow County Sheriff Dena Voss ordered an evacuation on Wednesday.\n\n"
        "\"Fire crews continue to battle the blaze,\" said Marlow County Sheriff's Captain Ilse Brandow told KVTR "
        "in an interview. \"Right now it's contained but it's not under control.\"\n"
    )
    assert speakers(text, "Fire crews continue") == ["Ilse Brandow"]
    assert speakers(text, "Right now") == ["Ilse Brandow"]


def test_officials_named_for_a_town_are_not_the_officials_named_before() -> None:
    text = (
        "Blast at Corvan plant\n\n"
        "None of the injuries appeared to be serious, according to plant and local emergency officials.\n\n"
        "A second blast occurred about 1:45 p.m. Brindle fire officials said the second blast caused a tower to "
        "fall.\n"
    )
    assert speakers(text, "caused a tower to fall") == ["Brindle fire officials"]


def test_told_an_outlet_keeps_the_subject_of_what_was_told() -> None:
    text = (
        "Blast at Corvan plant\n\n"
        "Resident Kelly Marsh told KVTR her co-worker, who lives near the plant, had her front door blown off "
        "earlier in the morning before evacuating.\n"
    )
    found = [q for q in run(text) if q.kind == "indirect"]
    assert [q.text for q in found] == [
        "her co-worker, who lives near the plant, had her front door blown off earlier in the morning before "
        "evacuating"
    ]


def test_a_cue_in_a_relative_clause_reports_its_own_clause_not_the_main_clauses_tail() -> None:
    text = (
        "Lumen chip\n\n"
        "Vantor Friday ended a three-day conference in which it unveiled a new AI chip that Lumen said it is "
        "testing, as well as various new programs and updates.\n"
    )
    found = [q for q in run(text) if q.kind == "indirect" and q.speaker == "Lumen"]
    assert [q.text for q in found] == ["it is testing"]


def test_a_company_suffix_period_does_not_end_the_attribution() -> None:
    text = (
        "Blast at Corvan plant\n\n"
        "“It is not clear at this time for how long the plant will be shut down,” Corvan Group Inc. said on its "
        "website on Wednesday, adding that affected products included raw materials.\n"
    )
    assert speakers(text, "not clear at this time") == ["Corvan Group Inc"]
