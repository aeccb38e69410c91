"""The quote stage: quotation marks, partial and reported speech, speakers (written examples, not seeds)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from storyline.extract.quotes import extract_quotes
from storyline.extract.quotes_marks import find_marked
from storyline.extract.quotes_reported import find_reported
from storyline.model import Article, Entity, Quote, Span
from storyline.nlp.pipeline import parse


def run(text: str, entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    article = Article(id="t", text=text)
    return extract_quotes(article, parse(text), entities)


def quoted(text: str, kind: str | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text) if kind is None or q.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win," and left.', ["we will win,"]),
        ("“Curly marks work too,” she said.", ["Curly marks work too,"]),
        ("“It’s the farmers’ water,” Ms. Odell said.", ["It’s the farmers’ water,"]),
        (
            "\"The charter says 'North Sea only.' That is all,\" he said.",
            ["The charter says 'North Sea only.' That is all,"],
        ),
        ("“Wait… what?” asked Tom Reyes.", ["Wait… what?"]),
        ("“One paragraph\n\n“and the next,” he said.", ["One paragraph", "and the next,"]),
        ("No quotes here, only an apostrophe's shadow.", []),
        # newspaper copy that doubles single marks: two apostrophes, or two backticks to open
        ("''The farmers' water is gone,'' she said.", ["The farmers' water is gone,"]),
        ("``Is it over?'' he asked. ''Not yet.''", ["Is it over?", "Not yet."]),
        # a height's inch sign is no closing mark
        ("“He’s like 6’2”, and I’m not,” said Ana Ruiz.", ["He’s like 6’2”, and I’m not,"]),
        ('"The keeper is 6\'4" tall," he said.', ["The keeper is 6'4\" tall,"]),
    ],
)
def test_quotes_marks_pairing(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_marked(text)] == expected


def test_quotes_marks_open_paragraph_continues() -> None:
    text = "“First part of the quote.\n“Second part,” said Ana Silva."
    first, second = find_marked(text)
    assert first.open_end
    assert second.continued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Lena Brandt spoke on Monday. “The bridge will open in May,” Brandt told reporters.",
            [("The bridge will open in May,", "Lena Brandt")],
        ),
        (
            "“We need more buses,” said Omar Haddad, a city planner.",
            [("We need more buses,", "Omar Haddad")],
        ),
        (
            "Priya Nair chairs the board. “The budget is tight,” she said. “We will cut travel first.”",
            [("The budget is tight,", "Priya Nair"), ("We will cut travel first.", "Priya Nair")],
        ),
        (
            "A ministry spokesperson said: “The talks are over.”",
            [("The talks are over.", "ministry spokesperson")],
        ),
        (
            # the period of a title ("Ms.") does not end the attribution's sentence
            'Dana Okafor runs the levee board. "The levee held through the storm," Ms. Okafor said.',
            [("The levee held through the storm,", "Dana Okafor")],
        ),
        (
            # readers' answers signed after a dash close their paragraph: the name is the speaker
            "Readers wrote in about the ferry.\n“The ferry is always late and nobody answers the phone.”"
            " ― Marta Quintero",
            [("The ferry is always late and nobody answers the phone.", "Marta Quintero")],
        ),
        (
            # words a wire service relays ("..., according to Reuters"): the teller in the tag speaks, the wire
            # only carried them
            "“The plant will close in March,” Mayor Ruth Kagan said, according to Reuters.",
            [("The plant will close in March,", "Ruth Kagan")],
        ),
    ],
)
def test_quotes_direct_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quoted(text, "direct") == expected


def test_quotes_paragraph_of_pure_quotation_continues_speaker() -> None:
    text = (
        "Engineer Karl Weiss inspected the dam. “The wall is sound,” Weiss said.\n"
        "“The spillway, though, needs work before the spring floods.”"
    )
    assert quoted(text, "direct") == [
        ("The wall is sound,", "Karl Weiss"),
        ("The spillway, though, needs work before the spring floods.", "Karl Weiss"),
    ]


def test_quotes_partial_with_cue_is_speech() -> None:
    text = "Governor Ruth Amsel warned that the drought had made the harvest “deeply uncertain.”"
    got = quoted(text, "partial")
    assert got == [("deeply uncertain.", "Ruth Amsel")]



@pytest.mark.parametrize(
    "text",
    [
        'The town was represented by Gov. K.T. "Buck" Ostrand, who spoke for an hour.',
        "Councillor Edmund ‘Ned’ Halloran chaired the meeting on Monday.",
    ],
)
def test_quotes_nicknames_are_not_speech(text: str) -> None:
    assert quoted(text) == []


def test_quotes_the_days_programme_is_where_words_were_said() -> None:
    text = "Lena Brandt said the levy would pass before winter on Tuesday’s “Morning Harbour Hour.”"
    assert quoted(text, "indirect") == [("the levy would pass before winter", "Lena Brandt")]


def test_quotes_a_section_label_before_a_colon_is_not_what_was_said() -> None:
    text = "The council approved the budget.\nWhy it matters: Lind said that the vote was a relief for the port."
    assert "Why it matters" not in [content for content, _ in quoted(text)]


def test_quotes_of_two_subjects_the_one_beside_the_verb_speaks() -> None:
    # the parse takes the bracketed "UPDATE" for a second subject of "says"
    content = "the blast involved one of its tugs that was headed to Velm harbour to deliver fuel"
    text = f"The ferry sank.\n\n(2nd UPDATE) The Port Authority says {content}"
    assert quoted(text, "indirect") == [(content, "Port Authority")]


def test_quotes_per_names_a_source_and_a_label_is_no_part_of_the_clause() -> None:
    text = (
        "The council met on Monday.\n"
        "Why it matters: The closure of the pier has cost the town its ferry trade, per Velm Radio's Ana Ruiz.\n"
        "Fares rose by 5 per cent, and 30 per day still cross."
    )
    assert quoted(text, "indirect") == [("The closure of the pier has cost the town its ferry trade", "Ana Ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        'Ten people were held, mostly members of a 200-strong group called "Grey Hoods" who wore masks, police said.',
        "“Nothing in this plan is good,” said Ana Ruiz in Velm, as she and other nurses marched with banners"
        " like “No to 64.”",
    ],
)
def test_quotes_a_name_given_and_words_on_display_are_not_quotes(text: str) -> None:
    assert quoted(text, "partial") == []
    assert all(not content.startswith(('"Grey', "“No")) for content, _ in quoted(text, "indirect"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the "it" of a passive is no one: the carrier the cue names speaks
        (
            "The pill is the second of its kind.\n\nIn a release by Velmar Pharma, it was revealed that the price"
            " of the pill will be $9,000 a year.",
            "the price of the pill will be $9,000 a year",
            "Velmar Pharma",
        ),
        (
            "Doctors are wary. As explained in an editorial last month in the journal Northern Medicine, “The"
            " community has grown used to false hope.”",
            "The community has grown used to false hope.",
            "Northern Medicine",
        ),
    ],
)
def test_quotes_a_carrier_named_by_the_cue_speaks(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in quoted(text)


def test_quotes_the_one_a_possessor_names_speaks() -> None:
    # the small model takes "Brede" for the subject and "son" for its object here
    text = "Brede’s 17-year-old son, Anton, added: “We have no idea where we are going. It was chaos.”"
    assert quoted(text, "direct") == [("We have no idea where we are going. It was chaos.", "Anton")]


def test_quotes_purpose_clause_speaks_with_its_verbs_subject() -> None:
    text = "Judge Mira Kessel summoned the jurors to the courtroom at noon to tell them that the trial was over."
    assert quoted(text, "indirect") == [("the trial was over", "Mira Kessel")]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Mira Kessel called into the courtroom the jury and six alternates shortly before noon.",
        "The harbour board had rejected the ferry company’s offer of £4m for the pier.",
        "“The case is closed,” Kessel said before dismissing 12 jurors picked that morning.",
        # a telephone call made for a purpose
        "The defeated mayor Ivo Marsh called Rosa Lind on Sunday night to congratulate her.",
    ],
)
def test_quotes_summons_decisions_and_dismissals_report_nothing(text: str) -> None:
    assert quoted(text, "indirect") == []


def test_quotes_hearsay_takes_the_source_according_to_names() -> None:
    text = "The two ports are reported to have agreed terms for the ferry, according to reports citing sources in Velm."
    assert quoted(text, "indirect") == [("The two ports are reported to have agreed terms for the ferry", "reports")]


def test_quotes_the_reporters_scene_setting_is_no_reported_clause() -> None:
    # the quotation is what was said; the words before the attribution set the scene
    text = (
        "When he first described the pier in December, he said, “We’re going to do a pier; we’re going to have a "
        "big, fat beautiful gate on the pier.”"
    )
    assert [q.kind for q in run(text)] == ["direct"]


def test_quotes_going_on_is_no_cue() -> None:
    # "continue to be" says nothing: the quoted words are the reported clause's, given by its "said"
    text = "Ines Varga said she was sure Pello Arden would continue to be “a friend of the river towns.”"
    assert quoted(text, "partial") == [("a friend of the river towns.", "Ines Varga")]

@pytest.mark.parametrize(
    "text",
    [
        "The council published its “Clean Rivers” report on Tuesday.",
        "The league unveiled its “Open Doors” policy, which covers all clubs.",
    ],
)
def test_quotes_titles_are_not_speech(text: str) -> None:
    assert [q for q in run(text) if q.kind != "indirect"] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Anna Berg said that the vote would be delayed.", "the vote would be delayed", "Anna Berg"),
        ("Tomas Ruiz told the Herald the plant would close in June.", "the plant would close in June", "Tomas Ruiz"),
        (
            "Freight traffic fell by a third in April, Reuters reported.",
            "Freight traffic fell by a third in April",
            "Reuters",
        ),
        (
            "According to Ivo Marek, a historian at the museum, the letters were forged.",
            "the letters were forged",
            "Ivo Marek",
        ),
        ("Chen Wei explained that the levy funds the school.", "the levy funds the school", "Chen Wei"),
        # an abbreviated title before the name does not end the sentence
        (
            "Two boats sank, county police spokesman Cpl. Ana Reyes said.",
            "Two boats sank",
            "Ana Reyes",
        ),
        ("Two boats sank, said Lt. Tom Varga.", "Two boats sank", "Tom Varga"),
        # a named speaker with an apposition closing the sentence, misread by the parse
        (
            "The ferry left at noon, Marlin Lines, the island's ferry operator, said.",
            "The ferry left at noon",
            "Marlin Lines",
        ),
        (
            "The ferry hit the pier at noon as it traveled eastbound from Seattle to Tacoma, Sound Ferries, the state"
            " ferry operator, said.",
            "The ferry hit the pier at noon as it traveled eastbound from Seattle to Tacoma",
            "Sound Ferries",
        ),
        # the parse hung the speaker on the clause before
        (
            "It was not immediately clear how many people were hurt beyond the three people who died, Oregon State"
            " Highway Patrol (OSHP) said on Monday evening.",
            "It was not immediately clear how many people were hurt beyond the three people who died",
            "Oregon State Highway Patrol",
        ),
        # an attribution set off by commas with no clause of its own in the parse
        ("The bridge, Ana Ruiz said, will reopen in May.", "The bridge, Ana Ruiz said, will reopen in May", "Ana Ruiz"),
        # a participle after a preposition speaks with the subject of the verb it hangs on
        (
            "Bruce declined to say more about the talks other than saying that the ferry would run.",
            "the ferry would run",
            "Bruce",
        ),
    ],
)
def test_quotes_reported_speech(text: str, content: str, speaker: str) -> None:
    got = [(q.text, q.speaker) for q in run(text) if q.kind == "indirect"]
    assert (content, speaker) in got


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Greta Olsen wants a second ferry for the island.", "a second ferry for the island", "Greta Olsen"),
        ("Paul Mendes declined to name the buyer.", "to name the buyer", "Paul Mendes"),
        (
            "Ines Duarte accused the contractor of hiding the delays.",
            "the contractor of hiding the delays",
            "Ines Duarte",
        ),
    ],
)
def test_quotes_wants_and_stances_are_attributions(text: str, content: str, speaker: str) -> None:
    got = [(q.text, q.speaker) for q in run(text) if q.kind == "indirect"]
    assert (content, speaker) in got


def test_quotes_two_parenthetical_attributions_in_one_sentence() -> None:
    text = "Two people were hurt, the patrol said, but hospitals reported receiving 40 patients."
    got = [q.text for q in run(text) if q.kind == "indirect"]
    assert "Two people were hurt" in got
    assert "receiving 40 patients" in got


def test_quotes_what_one_is_asked_about_is_no_statement() -> None:
    text = "Asked about the minister's claim that the talks would be short, Bruce said, “That is his view.”"
    quotes = run(text)
    assert [q for q in quotes if q.speaker == "Bruce" and q.kind == "indirect"] == []
    assert ("That is his view.", "Bruce") in [(q.text, q.speaker) for q in quotes]


def test_quotes_a_noun_of_saying_with_its_owner_is_an_attribution() -> None:
    text = "Asked about Minister Abbas Orrin’s assertion that the talks would be short, Bruce said no."
    got = [(q.text, q.speaker, text[q.cue_span.start : q.cue_span.end]) for q in run(text) if q.cue_span]
    assert ("the talks would be short", "Abbas Orrin", "assertion") in got


def test_quotes_a_report_citing_its_source_keeps_its_clause() -> None:
    text = "The Harbour Post reported on May 3, citing unnamed port officials, that the ferry would resume in June."
    got = [(q.text, q.speaker) for q in run(text) if q.kind == "indirect"]
    assert got == [("the ferry would resume in June", "Harbour Post")]


def test_quotes_citing_a_source_names_it_and_says_nothing() -> None:
    text = "“No deal yet,” the Harbour Post reported, citing a source familiar with the talks."
    quotes = run(text)
    assert [q.text for q in quotes if q.kind == "indirect"] == []
    assert [(q.text, q.speaker) for q in quotes] == [("No deal yet,", "Harbour Post")]


def test_quotes_stance_without_a_speaker_is_not_reported() -> None:
    assert [q for q in run("You always want a second look at the figures.") if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "not_content"),
    [
        ("The mill posted a loss of $4 million. The owners have not confirmed the figure.", "the figure"),
        ("Mayor Ada Voss said the town would ask the state government for more pumps.", "the state government"),
    ],
)
def test_quotes_anaphors_and_addressees_are_not_content(text: str, not_content: str) -> None:
    assert not_content not in [q.text for q in run(text) if q.kind == "indirect"]


def test_quotes_council_is_not_another_organisation() -> None:
    text = "Brill University published a study. The council said that the roads would reopen."
    got = [q.speaker for q in run(text) if q.kind == "indirect"]
    assert "Brill University" not in got


@pytest.mark.parametrize(
    "verb", ["assured", "mocked", "wondered", "confessed", "shot back", "fired back", "elaborated", "exhorted"]
)
def test_quotes_less_common_cues_give_the_speaker(verb: str) -> None:
    text = f"Lars Eng runs the depot. “The trucks are ready,” Eng {verb}."
    assert quoted(text, "direct") == [("The trucks are ready,", "Lars Eng")]


def test_quotes_a_statement_condemning_quoted_words_is_speech() -> None:
    text = 'Ana Ruiz released a statement condemning "what appears to be a deliberate attack on the pier."'
    assert quoted(text, "partial") == [("what appears to be a deliberate attack on the pier.", "Ana Ruiz")]


def test_quotes_pronoun_it_resolves_to_organisation_subject() -> None:
    text = "The Harbor Authority released its annual plan. “Ships will wait less,” it said."
    assert quoted(text, "direct") == [("Ships will wait less,", "The Harbor Authority")]


def test_quotes_unknown_speaker_is_none_not_a_guess() -> None:
    text = "“Nobody will remember this,” they said."
    assert quoted(text, "direct") == [("Nobody will remember this,", None)]


@pytest.mark.parametrize("pronoun", ["I", "we", "they"])
def test_quotes_unresolved_pronoun_keeps_its_mention_without_a_name(pronoun: str) -> None:
    text = f"“The gate stays shut,” {pronoun} said."
    (q,) = [q for q in run(text) if q.kind == "direct"]
    assert q.speaker is None
    assert q.speaker_span is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == pronoun


def test_quotes_surname_gets_fullest_name() -> None:
    text = "Marta Kowalczyk leads the union. Later, Kowalczyk said: “We will strike.”"
    assert quoted(text, "direct") == [("We will strike.", "Marta Kowalczyk")]


def test_quotes_use_entities_when_given() -> None:
    text = "The envoy arrived late. “Nothing is agreed,” he said."
    he = text.index("he said")
    envoy = Entity(
        id="e1",
        name="Sara Lindqvist",
        type="PERSON",
        mentions=(Span(article="t", start=4, end=9), Span(article="t", start=he, end=he + 2)),
    )
    (q,) = [q for q in run(text, (envoy,)) if q.kind == "direct"]
    assert (q.speaker, q.speaker_entity) == ("Sara Lindqvist", "e1")
    assert q.speaker_span == Span(article="t", start=he, end=he + 2)


def test_quotes_spans_point_into_text_and_are_sorted() -> None:
    text = "“A,” said Lee Park. Park said the rest would follow. “B is next,” Park added."
    quotes = run(text)
    assert [q.span.start for q in quotes] == sorted(q.span.start for q in quotes)
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
        if q.cue_span is not None:
            assert text[q.cue_span.start : q.cue_span.end].strip()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Rena Holt said that the county has “run out of patience, and so have we.” The board met later.",
            "the county has “run out of patience, and so have we.”",
        ),
        (
            "Ivan Petrov says “whatever the critics claim, the line is safe” for another decade.",
            "“whatever the critics claim, the line is safe” for another decade",
        ),
        (
            "Mara Quist insisted that the plan was “fully costed,” claiming that critics had misread it.",
            "the plan was “fully costed,”",
        ),
        (
            # the object of a cue is part of what is said, unless it is the "it" of "as she put it"
            "Ruiz celebrated in Velm with supporters, declaring it “another great night for our campaign.”",
            "it “another great night for our campaign.”",
        ),
    ],
)
def test_quotes_mixed_clause_spans_the_quotation(text: str, content: str) -> None:
    assert content in [q.text for q in run(text) if q.kind == "indirect"]


def test_quotes_as_she_put_it_reports_only_the_quotation() -> None:
    text = "The new levy is, as Mayor Ruiz put it, “a tax on the poor.”"
    assert [(q.kind, q.text) for q in run(text)] == [("partial", "a tax on the poor.")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parse hangs the "that" clause on "vote": the clause is still the cue's, up to the quotation's end
        (
            "Tomas Berg said after a vote in 2019 that he had “grave doubts about the whole scheme.”",
            "he had “grave doubts about the whole scheme.”",
        ),
        # the conjunct holding the quotation is part of the reported clause
        (
            "Dana Wirth says that the county is hiring more staff, but the state is giving them “nothing but "
            "promises.”",
            "the county is hiring more staff, but the state is giving them “nothing but promises.”",
        ),
        # whom an appeal is made to is part of what is asked
        (
            "Ola Brandvik called on fellow farmers to “stand together until the water comes back.”",
            "fellow farmers to “stand together until the water comes back.”",
        ),
        # the clause runs on past the quotation to the end of what the cue governs
        (
            "Mayor Lena Brandt lamented the “heartless” treatment of the evacuees and left the hall.",
            "the “heartless” treatment of the evacuees",
        ),
    ],
)
def test_quotes_mixed_clause_reaches_its_quotation(text: str, content: str) -> None:
    mixed = [q for q in run(text) if q.kind == "indirect"]
    assert content in [q.text for q in mixed]
    # the quoted words stay a quote of their own, with the clause's speaker and cue
    clause = next(q for q in mixed if q.text == content)
    partial = [q for q in run(text) if q.kind == "partial"]
    assert partial
    assert all(p.cue_span == clause.cue_span and p.speaker == clause.speaker for p in partial)


def test_quotes_resumed_quotation_is_no_mixed_clause() -> None:
    text = "“The road is closed,” said a county engineer, “and it will stay closed until June.”"
    assert [q.kind for q in run(text)] == ["direct", "direct"]


def test_quotes_quotation_resumed_in_mid_sentence_keeps_its_speaker() -> None:
    # a few lower-case words after "X said," finish the quoted sentence: no scare quote
    text = "“Everything the two of you proposed,” Judge Amira Sayed exclaimed, “has overlapped.”"
    quotes = run(text)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Everything the two of you proposed,", "direct", "Amira Sayed"),
        ("has overlapped.", "direct", "Amira Sayed"),
    ]
    assert quotes[0].cue_span == quotes[1].cue_span


def test_quotes_quotation_carries_on_a_reported_clause() -> None:
    text = (
        "Mayor Lena Brandt said that the ferry would run again on Monday.\n\n"
        "“We owe the island that much. Nobody should be cut off for a week.”"
    )
    quotes = run(text)
    clause = next(q for q in quotes if q.kind == "indirect")
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker == clause.speaker
    assert direct.speaker is not None
    assert direct.speaker.endswith("Brandt")
    assert direct.cue_span == clause.cue_span


def test_quotes_quotation_with_its_own_cue_keeps_it() -> None:
    text = "Lena Brandt said that the ferry would run again. “We owe them that,” Ivo Sand added."
    direct = next(q for q in run(text) if q.kind == "direct")
    assert direct.speaker == "Ivo Sand"


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Abe Lind told the station’s “Morning Hour” that the bridge would reopen.",
        "Speaking on “Town Talk,” Abe Lind said the bridge would reopen.",
    ],
)
def test_quotes_programme_names_are_not_speech(text: str) -> None:
    assert [q.text for q in run(text) if q.kind != "indirect"] == []


def test_quotes_a_second_attribution_joined_on_speaks_the_next_quotation() -> None:
    text = "“Tell her I kept the photo,” Ina Voss said, and Per Lund cut in. “Don’t forget the boat.”"
    first, second = [q for q in run(text) if q.kind == "direct"]
    assert first.speaker == "Ina Voss"
    assert second.cue_span is not None
    assert text[second.cue_span.start : second.cue_span.end] == "cut"
    assert second.speaker != "Ina Voss"


def test_quotes_a_closing_cue_does_not_swallow_the_attribution_before() -> None:
    text = (
        "Soon after the attack in Velm, Berg asserted that the port had lost its identity: “Velm is no longer Velm,”"
        " he claimed."
    )
    assert [(q.kind, q.text) for q in run(text)] == [
        ("indirect", "the port had lost its identity"),
        ("direct", "Velm is no longer Velm,"),
    ]


def test_quotes_a_newspaper_opines() -> None:
    from storyline.extract.entities import extract_entities

    text = 'Editorials warned that the sky was falling. "Ferry owners should stay home," opined the Velm Courier.'
    article, doc = Article(id="t", text=text), parse(text)
    quotes = extract_quotes(article, doc, extract_entities(article, doc))
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker == "Velm Courier"


def test_quotes_a_programme_setting_the_scene_is_no_reported_clause() -> None:
    text = "On Coast Radio’s “Morning Hour” Tuesday, he said, “I never said I was going to pay the fees.”"
    assert [q.kind for q in run(text)] == ["direct"]


def test_quotes_a_clause_nested_in_the_reported_one_does_not_stop_it() -> None:
    text = "Berg spoke in Velm on Friday, telling reporters during the visit that he thinks it is “a great thing.”"
    contents = [q.text for q in run(text) if q.kind == "indirect"]
    assert "he thinks it is “a great thing.”" in contents


def test_quotes_a_cue_that_opens_the_next_quotation_is_not_this_ones() -> None:
    text = "Ina Voss replies to Per Lund with, “Why now? That was on my way to Velm?” Lund then writes back, “Cute.”"
    assert quoted(text, "direct") == [("Why now? That was on my way to Velm?", "Ina Voss"), ("Cute.", "Lund")]


def test_quotes_a_surname_misspelt_by_one_letter_finds_its_full_name() -> None:
    text = "Harbour chief executive Tomas Kastelo thanked the court. “This is a good day,” Kastela said."
    assert quoted(text, "direct") == [("This is a good day,", "Tomas Kastelo")]


def test_quotes_a_word_mentioned_is_not_speech() -> None:
    text = "“We will hold the water back,” Berg said.\n\n\"Containment\" has been port policy since the war."
    assert [q.text for q in run(text)] == ["We will hold the water back,"]


@pytest.mark.parametrize(
    "text",
    [
        '"The storms prove that the port needs walls," Berg says in the spot titled "Breakwater," warning of delay.',
        "“Fixing ferries, that’s my job,” Ana Ruiz said in May on the podcast “Harbour Hours.”",
        '"We have to really increase the patrols," the harbour master told "Coast Morning" after the raid.',
    ],
)
def test_quotes_works_named_in_an_attribution_are_not_speech(text: str) -> None:
    assert [q.kind for q in run(text)] == ["direct"]


def test_quotes_colon_lead_in_gives_the_speaker() -> None:
    text = "Mayor Lena Brandt issued a statement on Friday: “The ferry will run again on Monday.”"
    assert quoted(text, "direct") == [("The ferry will run again on Monday.", "Lena Brandt")]


def test_quotes_dateline_is_no_speaker() -> None:
    text = "OSLO (Nordwire) - Trade minister Kari Dahl said the tariff would be lifted in May."
    speakers = [q.speaker for q in run(text) if q.kind == "indirect"]
    assert speakers
    assert "OSLO" not in speakers


def test_quotes_one_clause_reported_by_two_cues_is_one_quote() -> None:
    from storyline.model import Article
    from storyline.nlp.pipeline import parse

    text = "Speaking on Monday, the mayor highlighted what she described as the town's “fragile” budget."
    quotes = extract_quotes(Article(id="t", text=text), parse(text), ())
    spans = [(q.span.start, q.span.end, q.kind) for q in quotes]
    assert len(spans) == len(set(spans))


def test_quotes_participle_on_a_thing_speaks_with_the_verbs_subject() -> None:
    text = (
        "Mayor Lena Brandt closed the meeting with a nod to the harbour festival, remarking, "
        "“May the tide be kind to all of you.”"
    )
    direct = next(q for q in run(text) if q.kind == "direct")
    assert direct.speaker == "Lena Brandt"


def test_quotes_closed_quotation_ends_the_sentence_before_the_next_speaker() -> None:
    text = (
        "Mayor Lena Brandt and councillor Ivo Holm disagree on the ferry.\n\n"
        'Brandt: "The ferry stays in service." Holm: "The ferry must be sold."'
    )
    got = dict(quoted(text, "direct"))
    assert got["The ferry must be sold."] == "Holm"
    assert got["The ferry stays in service."] != "Holm"


@pytest.mark.parametrize(
    "text",
    [
        # a short quoted name with the only cue after it, in a clause of its own
        "The so-called “harbour levy,” which the mayor said would go, cost the town two million.",
        # a label no cue governs, in a sentence whose cue reports another clause
        "Officials labeled the memo “routine,” and the mayor said the inquiry was over.",
    ],
)
def test_quotes_scare_quotes_in_a_sentence_with_speech_are_not_quotes(text: str) -> None:
    assert [q.text for q in run(text) if q.kind != "indirect"] == []


def test_quotes_open_paragraph_takes_the_speaker_named_at_the_quotations_end() -> None:
    text = (
        "The dam held through the night.\n\n"
        "\"I want to be very clear with people downstream: there is no risk of collapse.\n\n"
        "\"But the reservoir is coming down slowly,\" Oriel Castagna said."
    )
    assert quoted(text, "direct") == [
        ("I want to be very clear with people downstream: there is no risk of collapse.", "Oriel Castagna"),
        ("But the reservoir is coming down slowly,", "Oriel Castagna"),
    ]


def test_quotes_bracketed_party_does_not_end_the_attribution() -> None:
    text = "“The levy is a tax on the poor,” Rep. Dana Wirth (D-Wis.) said Friday. The vote is next week."
    assert quoted(text, "direct") == [("The levy is a tax on the poor,", "Dana Wirth")]


def test_quotes_quoted_title_that_speaks_is_no_quote() -> None:
    text = (
        "The authority’s own 2023 “Spillway Readiness Review” recommended replacing the chains by 2026. "
        "An inspection in February found no fault, the authority said."
    )
    quotes = run(text)
    assert [q.text for q in quotes if q.kind != "indirect"] == []
    assert all("2023" not in q.text or "replacing" in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The rescue aims to bring the climbers down before the storm.",
        "But, he said, voters must also understand that the levy is temporary.",
    ],
)
def test_quotes_aims_of_things_and_what_someone_must_understand_are_not_views(text: str) -> None:
    speakers = [q.speaker for q in run(text)]
    assert "rescue" not in speakers
    assert "voters" not in speakers


def test_quotes_hyphenated_speaker_is_one_word() -> None:
    assert quoted('"We heard pop, pop, pop," co-workers said.') == [("We heard pop, pop, pop,", "co-workers")]


def test_quotes_closing_attribution_is_not_part_of_the_reported_clause() -> None:
    text = "Witnesses said the driver ran a red light, Millbrook police Lieutenant Ana Ruiz said."
    contents = [q.text for q in run(text) if q.kind == "indirect"]
    assert "the driver ran a red light" in contents
    assert all("Ruiz" not in c for c in contents)


def test_quotes_cut_in_attributes_the_next_quotation() -> None:
    text = "“Tell her I said hello,” Ebeling said, and her husband Tom cut in: “Don’t forget me.”"
    got = dict(quoted(text, "direct"))
    assert got["Tell her I said hello,"] == "Ebeling"
    assert got.get("Don’t forget me.") != "Ebeling"


def test_quotes_short_attribution_sentence_gives_the_next_quotation_its_speaker() -> None:
    text = (
        "“The levy will pass,” said Craig Robson, a party organiser. Professor Dana Wirth agreed. "
        "“Nobody on the council wants another winter like the last one.”"
    )
    got = dict(quoted(text, "direct"))
    assert (got["Nobody on the council wants another winter like the last one."] or "").endswith("Dana Wirth")


def test_quotes_speaker_before_a_participle_aside() -> None:
    text = "“We have had better weeks,” Texas delegate Bill Eastland, wearing a cowboy hat, said."
    assert quoted(text, "direct") == [("We have had better weeks,", "Bill Eastland")]


def test_quotes_reported_clause_leaves_out_the_reporters_link_word() -> None:
    text = "The council met on Monday. Mayor Lena Brandt said that but for the rain the dam would have held."
    contents = [q.text for q in run(text) if q.kind == "indirect"]
    assert contents == ["but for the rain the dam would have held"]
    text = "Officials were cautious. But the gate will hold through the spring, the engineer Ivo Sand said."
    assert [q.text for q in run(text) if q.kind == "indirect"] == ["the gate will hold through the spring"]


def test_quotes_mixed_clause_ends_before_the_reporters_addition() -> None:
    text = (
        "Ivo Sand complained that the vote had been “rigged” against him, a charge the council strongly denied."
    )
    contents = [q.text for q in run(text) if q.kind == "indirect"]
    assert "the vote had been “rigged” against him" in contents


def test_quotes_fronted_clause_is_not_stretched_over_its_cue() -> None:
    text = (
        "One councillor, who like others spoke on condition of anonymity, said the message was that "
        "“this will not be over by the spring.”"
    )
    contents = [q.text for q in run(text) if q.kind == "indirect"]
    assert all(not c.startswith("One councillor") or "said" not in c for c in contents)
    assert any(c.endswith("“this will not be over by the spring.”") for c in contents)


def test_quotes_reported_clause_takes_its_stranded_conjunct_and_second_that() -> None:
    # the parse hangs "would face ..." on the cue; ", but that ..." is a second clause of the same report
    text = (
        "On Monday, Inspector Hal Brody announced that the contractor was “grossly negligent” with the dam "
        "gates and in the ordinary course of events would face a fine for the delay, but that the company "
        "had broken no law."
    )
    clause = next(q for q in run(text) if q.kind == "indirect")
    assert clause.text.endswith("had broken no law")
    assert "would face a fine" in clause.text


def test_quotes_hearsay_passive_has_no_speaker() -> None:
    # "are reported to have": no one is named, and the subject is what is said of, not who says it
    text = "All six climbers on the ridge — including two guides — are reported to have reached the hut."
    (clause,) = [q for q in run(text) if q.kind == "indirect"]
    assert clause.speaker is None
    assert clause.speaker_span is None
    assert clause.text == "All six climbers on the ridge — including two guides — are reported to have reached the hut"


def _hand_parsed(words: str, *, heads: list[int], deps: str, pos: str, lemmas: str) -> Doc:
    """One sentence with the parse given by hand (space-separated tokens; no space before , and .)."""
    from storyline.nlp.pipeline import load

    toks = words.split()
    spaces = [i + 1 < len(toks) and toks[i + 1] not in (",", ".") for i in range(len(toks))]
    return Doc(load().vocab, words=toks, spaces=spaces, heads=heads, deps=deps.split(), pos=pos.split(),
               lemmas=lemmas.split(), sent_starts=[True] + [False] * (len(toks) - 1))  # fmt: skip


def test_quotes_closing_attribution_hung_on_a_noun_still_reports() -> None:
    # the parse slip seen on real reports ("..., state-run news agency TASS reported."), built by hand: the
    # attribution is a relative clause on "agency", itself the object of the sentence's verb
    doc = _hand_parsed(
        "A ferry ran aground off the cape , news agency KVN reported .",
        heads=[1, 2, 2, 2, 2, 6, 4, 9, 9, 2, 11, 9, 2],
        deps="det nsubj ROOT advmod prep det pobj punct compound dobj nsubj relcl punct",
        pos="DET NOUN VERB ADV ADP DET NOUN PUNCT NOUN NOUN PROPN VERB PUNCT",
        lemmas="a ferry run aground off the cape , news agency kvn report .",
    )
    (rep,) = find_reported(doc, doc.text, lambda _: False)
    assert doc.text[rep.start : rep.end] == "A ferry ran aground off the cape"
    assert rep.subject is not None
    assert rep.subject.text == "KVN"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A statement from the Arden harbour authority said the pier would reopen on Monday.", "harbour authority"),
        ("Initial reports by Radio Velm indicated that the ferry had sunk.", "Radio Velm"),
        # those surveyed are not its authors
        ("A survey of harbour pilots found that most want a longer pier.", "survey"),
    ],
)
def test_quotes_carrier_of_words_speaks_for_its_author(text: str, speaker: str) -> None:
    (clause,) = [q for q in run(text) if q.kind == "indirect"]
    assert clause.speaker is not None
    assert speaker in clause.speaker


def test_quotes_closing_attribution_over_a_sentence_the_parse_gave_no_clause() -> None:
    # the parse slip seen on real reports: "All aboard the plane -- seven passengers -- were killed, the agency
    # said." read with "aboard" hung on "said" and no clausal complement, built by hand
    doc = _hand_parsed(
        "All aboard the ferry were rescued , the coastguard said .",
        heads=[1, 9, 3, 1, 5, 1, 9, 8, 9, 9, 9],
        deps="advmod prep det pobj auxpass conj punct det nsubj ROOT punct",
        pos="ADV ADP DET NOUN AUX VERB PUNCT DET NOUN VERB PUNCT",
        lemmas="all aboard the ferry be rescue , the coastguard say .",
    )
    (rep,) = find_reported(doc, doc.text, lambda _: False)
    assert doc.text[rep.start : rep.end] == "All aboard the ferry were rescued"
    assert rep.subject is not None
    assert rep.subject.text == "coastguard"


def test_quotes_a_fronted_on_is_no_appeal() -> None:
    # "called on X to ..." brings in whom an appeal is made to; "On Friday, X called Y ..." does not
    text = "On Sunday, Mayor Ana Ruiz called the ferry plan “reckless.”"
    clause = next(q for q in run(text) if q.kind == "indirect")
    assert clause.text == "the ferry plan “reckless.”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # what is said starts after the preposition that hangs it on the cue
        ("In his speech he joked about the mayor’s “very close friendship” with the ferry owner.",
         "the mayor’s “very close friendship” with the ferry owner"),
        # the reporter's link word is not what was said
        ("In particular, the new pier had been a costly disaster from day one, Mayor Ana Ruiz said.",
         "the new pier had been a costly disaster from day one"),
        # the reporter's additions after the last quotation
        ("Ruiz said at a rally that the council was not “fit to run a ferry,” before reversing herself.",
         "the council was not “fit to run a ferry,”"),
        ("Ruiz vowed to “sink the plan” at the council, also known as the harbour board.",
         "to “sink the plan” at the council"),
        ("Ruiz said that the pier was “a disgrace” on Monday’s broadcast of Harbour Radio.",
         "the pier was “a disgrace”"),
        # a second attribution joined on after a quotation is its own report
        ("Ruiz attacked the levy, calling it “theft” and insisting that the port pay instead.", "it “theft”"),
        ("Ruiz said she would send “a wreath” to the funeral but did not say whether she would go.",
         "she would send “a wreath” to the funeral"),
        ("Berg told Harbour Radio that the mayor is “a menace” and said “she has to go.”", "the mayor is “a menace”"),
        ("Berg said the ferry was “late again” in an interview with Coast Daily.", "the ferry was “late again”"),
        ("Berg said the crews were “exhausted” — and he named the captain who had kept them on.",
         "the crews were “exhausted”"),
    ],
)
def test_quotes_mixed_clause_leaves_out_the_reporters_words(text: str, content: str) -> None:
    assert content in [q.text for q in run(text) if q.kind == "indirect"]


def test_quotes_no_conjunction_hangs_at_a_clause_end() -> None:
    text = "In the survey, 61 percent said Ruiz is honest and trustworthy, and three-quarters said the same of Berg."
    assert "Ruiz is honest and trustworthy" in [q.text for q in run(text) if q.kind == "indirect"]


def test_quotes_aside_in_an_attribution_does_not_take_the_next_quotation() -> None:
    text = "“The road is closed,” Ana Ruiz said when asked about the bridge repairs. “It will stay closed.”"
    quotes = run(text)
    first, second = [q for q in quotes if q.kind == "direct"]
    assert second.cue_span == first.cue_span
    assert second.speaker == "Ana Ruiz"


def test_quotes_doubled_single_marks_are_quotations_with_speakers() -> None:
    text = "Mayor Lena Brandt spoke on Monday. ''We will rebuild the pier,'' Ms. Brandt said. ''All of it.''"
    assert quoted(text, "direct") == [
        ("We will rebuild the pier,", "Lena Brandt"),
        ("All of it.", "Lena Brandt"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the nationality modifies the speaker; it is not the speaker
        ("Velmish media said the ferry captain had been arrested.", "Velmish media"),
        # a channel named in apposition speaks by its name
        ("The harbour-linked radio channel Blue Quay confirmed the death of the captain.", "Blue Quay"),
        # a list bullet is no part of a name
        ("  • Harbour officials said the pier would reopen on Monday.", "Harbour officials"),
    ],
)
def test_quotes_speaker_names_from_descriptions(text: str, speaker: str) -> None:
    from storyline.extract.entities import extract_entities

    article = Article(id="t", text=text)
    doc = parse(text)
    (clause,) = [q for q in extract_quotes(article, doc, extract_entities(article, doc)) if q.kind == "indirect"]
    assert clause.speaker == speaker


def test_quotes_a_dateline_is_no_speaker() -> None:
    text = (
        "Ferry talks to resume\n\n"
        "New York, IRNA – Harbour spokesperson Tamsin Orr has said the ferry will resume on Friday.\n"
    )
    assert [(q.text, q.speaker) for q in run(text)] == [("the ferry will resume on Friday", "Tamsin Orr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British copy quotes in single marks: a closing mark after a word and before a space closes
        ("A spokesman said the firm was 'disappointed' and urged talks.", ["disappointed"]),
        ("'We will stay out,' she added. 'The company knows.'", ["We will stay out,", "The company knows."]),
        # ... but "allies' security" and "the Joneses' dog" stay apostrophes
        ("The allies' security, she said, is 'not for sale'.", ["not for sale"]),
        # a headline quotes in single marks even when the body uses double ones
        (
            "Ferry strike ‘could last weeks’, union warns\n\n“We are ready,” said Mara Quint.",
            ["could last weeks", "We are ready,"],
        ),
        ("Quint says ‘nobody wants this’\n\n“We are ready,” said Mara Quint.", ["nobody wants this", "We are ready,"]),
    ],
)
def test_quotes_single_marks_in_british_copy_and_headlines(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_marked(text)] == expected


def test_quotes_headline_speakers() -> None:
    # a name at the very start of the text introduces its quotation with a colon; of two subjects the parse
    # gives one cue, the one beside it speaks
    text = "Kasich: ‘We will go all the way’\n\nOhio Gov. John Kasich spoke in Columbus. “We will win,” he said."
    assert quoted(text)[0] == ("We will go all the way", "John Kasich")
    text = "Ferry strike ‘could last weeks’, union warns\n\nThe crews walked out. “We are ready,” said Mara Quint."
    assert ("could last weeks", "union") in quoted(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the reported clause leaves out its complementizer and keeps the quotation's closing mark
        ("Mara Quint said on Tuesday that “nobody wants this”.", "“nobody wants this”"),
        # a demonstrative "that" is the clause's subject and stays
        ("Mara Quint said that was not the first strike.", "that was not the first strike"),
    ],
)
def test_quotes_reported_clause_edges(text: str, content: str) -> None:
    assert content in [t for t, _ in quoted(text, "indirect")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the clause told to an addressee, where the parse hung it on the addressee
        (
            "Judge Ola Berg instructed the jury that a guilty verdict requires all twelve jurors to agree.",
            "a guilty verdict requires all twelve jurors to agree",
            "Ola Berg",
        ),
        # a participle after a carrier of words reports for the carrier's sender
        (
            "Judge Ola Berg received a note from the jury at noon, informing him that a verdict had been reached.",
            "a verdict had been reached",
            "jury",
        ),
        # who issued a bulletin speaks through it, here and when it is named again
        (
            "According to a bulletin issued by the Ibelan Seismic Institute, the quake struck at 23:11.",
            "the quake struck at 23:11",
            "Ibelan Seismic Institute",
        ),
        (
            "The Ibelan Seismic Institute issued a bulletin at midnight. According to a bulletin issued by the"
            " Ibelan Seismic Institute, the quake was shallow. It was centred near Ibel, the bulletin indicates.",
            "It was centred near Ibel",
            "Ibelan Seismic Institute",
        ),
        # figures speak for who put them out ("data" comes out of the parse as the lemma "datum")
        (
            "Early counts give Rosa Lind 52% of the vote, according to data from the Veltan Electoral Board.",
            "Early counts give Rosa Lind 52% of the vote",
            "Veltan Electoral Board",
        ),
        # an estimate is a carrier whatever its number ("estimates" comes out as the lemma "estimate")
        (
            "The levy would raise €4.2 billion a year, according to estimates by the Veltan Treasury.",
            "The levy would raise €4.2 billion a year",
            "Veltan Treasury",
        ),
    ],
)
def test_quotes_reported_by_addressee_verbs_and_carriers(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in quoted(text, "indirect")


def test_quotes_reasoning_aloud_is_a_cue() -> None:
    text = "Paul Martin, a postman, joined the strike.\n\n“My legs will not carry me to 67,” he reasons."
    assert quoted(text) == [("My legs will not carry me to 67,", "Paul Martin")]


def test_quotes_a_verb_the_model_lemmatises_wrongly_is_still_a_cue() -> None:
    # "raged" comes out as the lemma "rag"
    text = "The court rose at noon.\n\n“This was a rigged, disgraceful trial,” Tomas Berg raged outside the courthouse."
    assert quoted(text) == [("This was a rigged, disgraceful trial,", "Tomas Berg")]


def test_quotes_a_name_with_a_persons_apposition_is_the_pronouns_antecedent() -> None:
    # the small model calls the lone name a place; its apposition says it is a person, who "he" is
    text = (
        "Karim, a resident of Portwell, confirmed to the agency that he had felt the tremor. “It was not very"
        " strong, but it lasted 15 seconds,” he explained by phone."
    )
    from storyline.extract.entities import extract_entities

    article = Article(id="t", text=text)
    doc = parse(text)
    quotes = extract_quotes(article, doc, extract_entities(article, doc))
    got = [(q.text, q.speaker) for q in quotes if q.kind == "direct"]
    assert got == [("It was not very strong, but it lasted 15 seconds,", "Karim")]


def test_quotes_no_sentence_ends_inside_a_bracketed_time() -> None:
    text = "The quake struck 45 miles south of Marrakesh at 11:11 PM local time (6 PM EDT) Friday, the US Geological" \
        " Survey reported."
    got = quoted(text, "indirect")
    assert [s for _, s in got] == ["US Geological Survey"]


def test_quotes_a_verdict_reports_nothing() -> None:
    assert quoted("A jury found Mayor Tomas Berg guilty of fraud on Thursday.", "indirect") == []
    # a finding of a view stays an attribution, as PolNeAR annotates it
    assert quoted("The panel found the ferry plan wholly unworkable.", "indirect") != []


def test_quotes_a_finding_with_a_clause_is_still_reported() -> None:
    assert quoted("The inquiry found that the gate had failed.", "indirect") == [("the gate had failed", "inquiry")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ana Ruiz made it clear that she has “serious concerns” about the plan.",
         "she has “serious concerns” about the plan", "Ana Ruiz"),
        ("Tomas Berg also made the point that the ferry would make the island “a second home” for commuters.",
         "the ferry would make the island “a second home” for commuters", "Tomas Berg"),
        ("Ruiz referred to Berg as “a bright, charismatic leader” on Monday.",
         "Berg as “a bright, charismatic leader”", "Ruiz"),
        ("Berg bemoaned the climate in which people “literally hate each other” now.",
         "the climate in which people “literally hate each other” now", "Berg"),
    ],
)
def test_quotes_saying_with_light_verbs_and_more_cues(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in quoted(text, "indirect")


def test_quotes_light_verbs_without_a_statement_report_nothing() -> None:
    assert quoted("The ferry made it to port. Ruiz made a point of visiting the crew.", "indirect") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British copy: single marks in a paragraph with no double marks, in an article that has some
        (
            "Ferry crews walked out on “day one”.\n\nMara Quint said: ‘Given the situation I cannot go on.\n\n"
            "‘I have told the board I will step down.’",
            ["day one", "Given the situation I cannot go on.", "I have told the board I will step down."],
        ),
        # an apostrophe opening a year in mid-line is no quotation left open
        ("Crews walked out on “day one”.\n\nThe strike recalls the ’90s, when the port shut.", ["day one"]),
        # a short line that is all one single-quoted phrase is a subheading, not speech
        ("Crews walked out on “day one”.\n\n‘So much anger.’\n\nThe port shut.", ["day one"]),
        # a quotation whose closing mark was left out before its attribution ends at the attribution
        (
            "“We cannot deliver the plan we promised, Quint said in a brief statement on the quay.",
            ["We cannot deliver the plan we promised,"],
        ),
    ],
)
def test_quotes_single_marks_by_paragraph_and_unclosed_quotations(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_marked(text)] == expected


def test_quotes_headline_quotation_then_its_speaker() -> None:
    text = "‘Cannot deliver the plan’: Mara Quint quits as harbour chief\n\nMara Quint resigned on Thursday."
    assert ("Cannot deliver the plan", "Mara Quint") in quoted(text)


def test_quotes_a_live_blog_label_is_no_speaker() -> None:
    from storyline.extract.furniture import find_furniture

    text = (
        "Harbour vote live: council backs the new pier\n\n"
        "Plan approved: The council voted 7-2 for the pier on Monday night.\n\n"
        "Appeal lodged: The objectors went to the high court on Tuesday.\n\n"
        "Acquittal denied: Ruiz’s lawyer Ola Berg moved to set aside the verdict, but the judge said no.\n"
    )
    article = Article(id="t", text=text)
    doc = parse(text)
    quotes = extract_quotes(article, doc, (), find_furniture(article, doc))
    cues = [text[q.cue_span.start : q.cue_span.end] for q in quotes if q.cue_span is not None]
    assert "denied" not in cues
    assert all(q.speaker not in ("Appeal", "Acquittal", "Plan") for q in quotes)


def test_quotes_the_noun_of_an_absolute_with_speaks() -> None:
    text = "The vote was delayed, with officials saying the count would resume on Monday."
    assert quoted(text, "indirect") == [("the count would resume on Monday", "officials")]


def test_quotes_a_quotation_after_a_link_word_goes_on_with_the_speaker() -> None:
    text = "Ruiz sounded beaten. “He is meant to lead the town,” Ana Ruiz said. Instead, “he just acts like a tourist.”"
    assert ("he just acts like a tourist.", "Ana Ruiz") in quoted(text)


def test_quotes_a_passive_status_is_no_statement() -> None:
    text = "At least 105 people were reported missing on Sunday, and the harbour was closed."
    assert [s for _, s in quoted(text, "indirect")] == []


def test_quotes_a_described_body_speaks_under_its_description() -> None:
    text = "The state harbour authority said on Sunday that 78 boats had sunk."
    assert quoted(text, "indirect") == [("78 boats had sunk", "state harbour authority")]


def test_quotes_a_closed_quoted_sentence_keeps_the_attribution_before_it() -> None:
    # the next sentence names its own cue after a short fronted word; it is not this quotation's attribution
    text = (
        '"We are a quiet ferry town," said Ana Ruiz, a baker who works near the old pier. '
        '"Tourists are louder now. You rarely see a local." Perhaps, she said, this "town has grown too fast."'
    )
    direct = [q for q in run(text) if q.kind == "direct"]
    assert len(direct) == 2
    assert direct[0].cue_span == direct[1].cue_span


def test_quotes_a_second_speaker_joined_by_while_is_an_attribution_of_its_own() -> None:
    text = "The mayor said the ferry would run on Monday, while the union said its crews would strike."
    assert quoted(text, "indirect") == [("the ferry would run on Monday", "mayor"), ("its crews would strike", "union")]


def test_quotes_the_cue_that_opens_the_quotation_speaks_even_without_a_name() -> None:
    # the narrator's own words: "my aunt" mentioned the ferry, but "I ... said" opens the quotation
    text = 'When my aunt Ana Ruiz mentioned the ferry to me, I laughed and said, "I never take the ferry."'
    got = [(q.text, q.speaker) for q in run(text) if q.kind == "direct"]
    assert got == [("I never take the ferry.", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parse leaves "told" without a subject: the noun before the relative clause speaks, not the addressee
        ('"The gate was rotten," an engineer at the harbour, who was not allowed to speak, told Coast Radio.',
         "engineer at the harbour"),
        ('"We lost both boats," a fisherman in Saltby County, where most boats sank, told the Echo.',
         "fisherman in Saltby County"),
    ],
)
def test_quotes_the_noun_before_a_relative_clause_speaks_not_the_addressee(text: str, speaker: str) -> None:
    assert [s for _, s in quoted(text, "direct")] == [speaker]


def test_quotes_saying_after_without_reports_nothing() -> None:
    text = "Harbour Radio said the mayor quit and that the council accepted it, without saying where it heard so."
    speakers = [s for _, s in quoted(text, "indirect")]
    assert speakers
    assert all(s == "Harbour Radio" for s in speakers)


def test_quotes_one_cue_reports_one_clause_around_a_quotation() -> None:
    text = "The ferry minister quit on Monday, acknowledging “inappropriate” conduct by his office."
    clauses = [t for t, _ in quoted(text, "indirect")]
    assert len(clauses) == 1
    assert clauses[0].startswith("“inappropriate” conduct")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name inside a description does not speak for it
        (
            "Tom Becker spoke at the pier in Ohio. A Becker campaign spokesman said the rally was a success.",
            [("the rally was a success", "Becker campaign spokesman")],
        ),
        # a body told apart by the nouns before it speaks under its description, and "it" goes on with it
        (
            "The toll rose to 12 on Sunday, according to the state harbour defence authority. "
            "It also said it was checking two more deaths.",
            [
                ("The toll rose to 12 on Sunday", "state harbour defence authority"),
                ("it was checking two more deaths", "state harbour defence authority"),
            ],
        ),
    ],
)
def test_quotes_descriptions_speak_for_themselves(text: str, expected: list[tuple[str, str]]) -> None:
    assert quoted(text, "indirect") == expected


def test_quotes_a_name_the_parse_hung_on_an_aside_speaks() -> None:
    # the parse slip as the small model makes it on long asides: the name is an apposition of the aside's last
    # noun and the cue has no subject; the person named right before the cue still speaks
    from storyline.nlp.pipeline import load

    words = ["In", "a", "letter", "to", "Kessel", ",", "the", "owner", "of", "Saltby", ",", "Tomas", "Berg", "said",
             "the", "crews", "were", "underpaid", "."]
    heads = [13, 2, 0, 2, 3, 4, 7, 4, 7, 8, 9, 12, 9, 13, 15, 16, 13, 16, 13]
    deps = ["prep", "det", "pobj", "prep", "pobj", "punct", "det", "appos", "prep", "pobj", "punct", "compound",
            "appos", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN",
           "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[13], lemmas[16] = "say", "be"
    ents = ["O"] * 11 + ["B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    found = find_reported(doc, doc.text, lambda _: False)
    assert [(doc.text[r.start : r.end], r.subject.text if r.subject else None) for r in found] == [
        ("the crews were underpaid", "Berg")
    ]


def test_quotes_dotted_initials_before_a_title_end_no_sentence() -> None:
    text = (
        "The trial ended on Thursday.\n"
        '"Sam Rovan ran one of the biggest frauds in Veltan history," U.S. Attorney Dana Wills said outside the'
        ' courthouse. "This kind of fraud is as old as time."'
    )
    assert [(speaker or "").endswith("Dana Wills") for _, speaker in quoted(text)] == [True, True]


def test_quotes_a_predicate_the_parse_hung_on_the_cue_finishes_the_reported_clause() -> None:
    # the slip as the small model makes it on long subjects: the clause is cut at "river" and its predicate "led"
    # hangs on the cue as a second complement with no subject of its own
    from storyline.nlp.pipeline import load

    words = ["Velk", "said", "that", "the", "temperatures", "paired", "with", "the", "time", "the", "crew", "were",
             "in", "the", "river", "led", "officials", "to", "believe", "they", "died", "."]
    heads = [1, 1, 11, 4, 11, 4, 5, 8, 6, 10, 11, 1, 11, 14, 12, 1, 15, 18, 15, 20, 18, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "acl", "prep", "det", "pobj", "det", "nsubj", "ccomp", "prep",
            "det", "pobj", "ccomp", "dobj", "aux", "xcomp", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "DET", "NOUN", "AUX", "ADP", "DET",
           "NOUN", "VERB", "NOUN", "PART", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[11], lemmas[15] = "say", "be", "lead"
    ents = ["B-PERSON"] + ["O"] * 21
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    found = find_reported(doc, doc.text, lambda _: False)
    first = found[0]
    assert doc.text[first.start : first.end] == (
        "that the temperatures paired with the time the crew were in the river led officials to believe they died"
    )


def test_quotes_a_clause_an_and_left_hanging_in_the_report_joins_it() -> None:
    # the parse hung "and then, at 4:12 a.m." on the first clause and the clause it joins on the cue
    from storyline.nlp.pipeline import load

    words = ["Inspectors", "said", "the", "engines", "stopped", "and", "then", ",", "at", "4:12", "a.m.", "smoke",
             "began", "pouring", "."]
    heads = [1, 1, 3, 4, 1, 4, 4, 4, 4, 10, 8, 12, 1, 12, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "cc", "advmod", "punct", "prep", "nummod", "pobj", "nsubj",
            "ccomp", "xcomp", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "VERB", "CCONJ", "ADV", "PUNCT", "ADP", "NUM", "NOUN", "NOUN", "VERB",
           "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[4], lemmas[12] = "say", "stop", "begin"
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    found = find_reported(doc, doc.text, lambda _: False)
    assert [doc.text[r.start : r.end] for r in found] == [
        "the engines stopped and then , at 4:12 a.m. smoke began pouring"
    ]


def test_a_mixed_clause_runs_on_over_an_adverbial_clause_after_its_quotation() -> None:
    # PolNeAR spans the whole reported clause: "... “dead on arrival,” since the council had voted"
    text = "Kell told reporters that the plan was “dead on arrival,” since the council had voted."
    clauses = [q.text for q in run(text) if q.kind == "indirect"]
    assert clauses == ["the plan was “dead on arrival,” since the council had voted"]
    # an attribution after the quotation is no part of the clause
    told = "Dorn said she enjoys “a peaceful protest now and then,” as her aide told reporters."
    assert [q.text for q in run(told) if q.kind == "indirect"] == ["she enjoys “a peaceful protest now and then,”"]
