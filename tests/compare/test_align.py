"""Statement alignment: paraphrase pairs, quotes by their words, groups that do not chain."""

from __future__ import annotations

import re

import pytest

from storyline.compare.align import (
    SAME_QUOTE,
    Unit,
    align,
    claims,
    content_tokens,
    derived,
    quote_similarity,
    score_pairs,
    shared_words,
    speaker_clash,
    stem,
    title_case,
)
from storyline.model import Span


def _units(*reports: list[str]) -> list[Unit]:
    out = []
    for r, sentences in enumerate(reports):
        pos = 0
        for s in sentences:
            out.append(Unit.make(span=Span(article=f"r{r}", start=pos, end=pos + len(s)), text=s, report=r))
            pos += len(s) + 1
    return out


def test_align_pairs_paraphrases_across_reports() -> None:
    units = _units(
        ["Japan is in talks to open a NATO liaison office in Tokyo.", "Fishing boats stayed in port all week."],
        ["Talks are under way to open a liaison office of NATO in Tokyo.", "The central bank kept rates steady."],
    )
    groups = align(units)
    assert [0, 2] in groups
    assert [1] in groups
    assert [3] in groups


def test_align_never_groups_statements_of_one_report_alone() -> None:
    units = _units(["The dam failed at dawn.", "The dam failed at dawn again."])
    assert align(units) == [[0], [1]]


def test_align_quote_similarity_tolerates_small_edits() -> None:
    a = "We are already in discussions, but no details (have been) finalized yet,"
    b = "We are already in discussions, but no details have been finalized"
    assert quote_similarity(a, b) > 0.9
    assert quote_similarity(a, "Nothing has been decided about the office in Tokyo yet") < 0.5


def test_align_entity_mentions_count_as_one_word() -> None:
    span = Span(article="a", start=0, end=44)
    unit = Unit.make(
        span=span, text="North Atlantic Treaty Organization expands.", report=0, mentions=[(0, 34, "E1")]
    )
    assert "@E1" in unit.tokens
    assert "atlantic" not in unit.tokens
    assert unit.entities == frozenset({"E1"})


def _said(text: str, report: int, speaker: str | None, *, worded: bool = True, pos: int = 0) -> Unit:
    span = Span(article=f"r{report}", start=pos, end=pos + len(text))
    who = frozenset({speaker}) if speaker else frozenset()
    return Unit.make(span=span, text=text, report=report, kind="quote" if worded else "sentence", speakers=who,
                     worded=worded and speaker is not None)


def test_align_issue8_two_speakers_words_never_align() -> None:
    a = "We will deepen cooperation on security in Asia with Japan this year"
    b = "Japan must deepen its security cooperation in Asia soon, we think"
    assert align([_said(a, 0, None), _said(b, 1, None)]) == [[0, 1]]
    units = [_said(a, 0, "E1"), _said(b, 1, "E2")]
    assert speaker_clash(units[0], units[1])
    assert align(units) == [[0], [1]]
    # the same speaker, or one report crediting the same words to someone else, does align
    assert align([units[0], _said(units[1].text, 1, "E1")]) == [[0, 1]]
    assert align([units[0], _said(units[0].text, 1, "E2")]) == [[0, 1]]


def test_align_issue8_reported_facts_from_two_sources_may_align() -> None:
    """Two sources giving one figure in reported speech corroborate (or contradict) each other."""
    a = _said("Water entered 41 homes on Mill Lane", 0, "E1", worded=False)
    b = _said("Floodwater reached 41 homes on Mill Lane", 1, "E2", worded=False)
    assert not speaker_clash(a, b)
    assert align([a, b]) == [[0, 1]]


def test_align_issue8_naming_the_story_parties_is_no_match() -> None:
    """Two statements that share only the parties the whole story names (and no other word) do not align."""
    first = ["NATO and Japan have a long-standing cooperation.", "Fishing boats stayed in port all week."]
    second = ["NATO and Japan see a natural evolution in their relationship.", "The central bank kept rates steady."]
    parties = {"NATO": "E1", "Japan": "E2"}

    def unit(text: str, report: int, pos: int) -> Unit:
        mentions = [(pos + text.find(k), pos + text.find(k) + len(k), e) for k, e in parties.items() if k in text]
        span = Span(article=f"r{report}", start=pos, end=pos + len(text))
        return Unit.make(span=span, text=text, report=report, mentions=mentions)

    units = [unit(t, r, 100 * i) for r, texts in enumerate((first, second)) for i, t in enumerate(texts)]
    assert [0, 2] in align(units, min_shared=0)  # what the floor is for
    assert [0, 2] not in align(units, min_shared=2)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # an ordinal, an age and a clock time are one word each, not a number and a stray suffix
        ("at the 67th precinct", ["67th", "precinct"]),
        ("a 16-year-old was shot", ["16-year-old", "shoot"]),
        ("at 8:30 on Monday at the 52nd St. gate", ["8:30", "monday", "52nd", "st", "gate"]),
        ("about 1,200 people", ["1200", "peopl"]),
    ],
)
def test_align_content_tokens_keep_figures_whole(text: str, tokens: list[str]) -> None:
    assert content_tokens(text) == tokens


def test_align_an_age_and_pm_are_one_shared_word() -> None:
    text_a = "Dozens gathered at 8 p.m. to remember the 16-year-old."
    a = Unit.make(span=Span(article="a", start=0, end=len(text_a)), text=text_a, report=0)
    text_b = "Anger grew after officers shot a 16-year-old at 11:30 p.m. near the 67th precinct."
    b = Unit.make(span=Span(article="b", start=0, end=len(text_b)), text=text_b, report=1)
    assert shared_words(a, b) == 1


def test_align_complete_groups_do_not_chain_through_one_statement() -> None:
    units = _units(
        ["Crowds marched to the harbour gate on Monday night and police closed the harbour road."],
        [
            "Police closed the harbour road on Monday night after crowds marched to the gate, and the mayor "
            "praised the officers."
        ],
        ["The mayor praised the officers and the crowds."],
    )
    assert align(units, threshold=0.22, cohesion=0.7, min_shared=2) == [[0, 1, 2]]  # what ``complete`` is for
    assert [0, 1] in align(units, threshold=0.22, cohesion=0.7, min_shared=2, complete=True)


def test_align_short_statement_inside_a_long_one_is_no_restatement() -> None:
    """Every word of the short one lies in the long one, but the long one says more: below the shared-word floor,
    the pair gets no pass as one wording, while the same short words in a like-length statement still do."""
    short = "Marr was not at the weir at all"
    long = "Marr was not at the weir at all when the flood gate broke before dawn on Friday near the mill."
    assert quote_similarity(short, long) == 1.0
    assert align(_units([long], [short]), min_shared=3, complete=True) == [[0], [1]]
    assert align(_units([short + " today"], [short]), min_shared=3, complete=True) == [[0, 1]]


def test_align_two_headlines_in_like_words_still_align_without_shared_words() -> None:
    units = _units(
        ["Ilsa Marr Checks Into Harbour Clinic, Rehires Lawyer Tomas Brae"],
        ["Ilsa Marr checks into the Harbour Clinic, rehires longtime lawyer Tomas Brae"],
    )
    assert align(units, min_shared=2, complete=True) == [[0, 1]]


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # a day of the month and an hour are no count, whatever digit they are written with
        ("Floodwater reached 14 homes along Cobb Row on March 4", "Crews knocked on doors from 4 a.m.", set()),
        ("The ferry sank on 4th March", "The ferry sank on March 4", {"4-mar"}),
        ("Sirens sounded at 3:10 a.m.", "Sirens sounded at 3:10am", {"3:10am"}),
        ("About 1,200 people left in May 2011", "Some 1200 people left in 2011", {"1200", "2011"}),
    ],
)
def test_align_figures_of_dates_and_times_are_their_own(a: str, b: str, shared: set[str]) -> None:
    ua = Unit.make(span=Span(article="a", start=0, end=len(a)), text=a, report=0)
    ub = Unit.make(span=Span(article="b", start=0, end=len(b)), text=b, report=1)
    assert ua.numbers & ub.numbers == shared


def _named(text: str, report: int, names: dict[str, str]) -> Unit:
    """A statement whose ``names`` (name -> entity id) are entity mentions."""
    mentions = [(text.index(n), text.index(n) + len(n), eid) for n, eid in names.items()]
    span = Span(article=f"r{report}", start=0, end=len(text))
    return Unit.make(span=span, text=text, report=report, mentions=mentions)


# statements of a story that name neither party, so that naming them is no part of the story's setting
_ELSEWHERE = [f"Volunteers filled sandbag number {n} near the school gym" for n in range(20)]


def test_align_names_alone_are_no_restatement() -> None:
    names = {"Vell Dam Authority": "E1", "Orla River": "E2"}
    a = _named("The Vell Dam Authority is searching the Orla River for a missing barge", 0, names)
    b = _named("Facing questions about its budget, the Vell Dam Authority met beside the Orla River", 1, names)
    c = _named("A missing barge is the target of a search along the Orla River", 1, {"Orla River": "E2"})
    rest = [_named(t, 2, {}) for t in _ELSEWHERE]
    groups = align([a, b, *rest], threshold=0.22, cohesion=0.7, min_shared=2, complete=True)
    assert [0] in groups
    assert [1] in groups
    # a shared word besides the names is a restatement as before
    groups = align([a, c, *rest], threshold=0.22, cohesion=0.7, min_shared=2, complete=True)
    assert [0, 1] in groups


@pytest.mark.parametrize(
    ("a", "b", "aligned"),
    [
        # a particle makes another verb; a denied or pretended act is not the act
        ("Dara Quill checked out of the Fennick Clinic", "Dara Quill checked into the Fennick Clinic", False),
        ("Dara Quill never checked into the Fennick Clinic", "Dara Quill checked into the Fennick Clinic", False),
        ("Dara Quill is pretending to check into the Fennick Clinic", "Dara Quill checked into Fennick Clinic", False),
        # the same act, or the same denial in other words, still aligns
        ("Dara Quill checked out of the Fennick Clinic", "Dara Quill checks out of Fennick Clinic", True),
        ("Dara Quill failed to reach a deal with the Fennick Clinic", "Dara Quill was unable to reach a deal with "
         "the Fennick Clinic", True),
    ],
)
def test_align_particles_and_denials_change_the_claim(a: str, b: str, aligned: bool) -> None:
    names = {"Dara Quill": "E1", "Fennick Clinic": "E2"}
    rest = [_named(t, 2, {}) for t in _ELSEWHERE]
    groups = align([_named(a, 0, names), _named(b, 1, names), *rest], threshold=0.22, cohesion=0.7, min_shared=2,
                   complete=True)
    assert ([0, 1] in groups) == aligned


def test_align_a_whole_quote_pairs_with_the_whole_quote_first() -> None:
    """Words lifted from a statement match it as surely as the whole statement does; the whole one is its
    partner, however often a report repeats a few of its words."""
    whole = "We have closed the weir for now. If the river rises again, nobody should be surprised."
    part = "nobody should be surprised"
    units = _units([part, part, whole], [whole])
    units = [Unit.make(span=u.span, text=u.text, report=u.report, kind="quote") for u in units]
    assert [2, 3] in [[i for i in g if i in (2, 3)] for g in align(units)]


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        ("All ten divers", "All 10 divers", "10"),  # a count written out is its figure
        ("The five crew members have died", "the deaths of the 5 crew members", "die"),  # one claim family
        ("All aboard the barge were killed", "Everyone on board the barge died", "die"),  # a passive "killed" too
        ("All aboard the barge", "Everyone on board the barge", "aboard"),
        ("The jet crashed near Vell", "The aircraft crashed near Vell", "plane"),
        ("parts were found by a diver", "debris found by a diver", "found"),  # no stop word in news
    ],
)
def test_align_one_claim_in_other_words_shares_its_words(a: str, b: str, word: str) -> None:
    assert word in set(content_tokens(a)) & set(content_tokens(b))


def test_align_killing_somebody_is_no_death_of_the_killer() -> None:
    assert "die" not in content_tokens("A gunman killed two guards at the weir")
    assert "2" not in content_tokens("two guards")  # "two" is said of too many things to be a shared figure


def test_align_a_small_count_and_a_name_are_no_restatement() -> None:
    """"5 passengers" and "5 pieces of debris" share a count, not a claim."""
    units = _units(
        ["All 5 passengers aboard the Vellmarine submersible have died."],
        ["The Vellmarine team found 5 major pieces of debris on the seabed."],
    )
    assert shared_words(units[0], units[1]) < 2


def test_align_quote_similarity_needs_the_words_in_one_run() -> None:
    """A short quote's words scattered over a long one are no containment: two speakers' words do not pass for
    one quote because both mention a day and a vote (the QA B case: "On Saturday, there's a meeting" set against
    "It'll go on Saturday. We have a very big meeting")."""
    short = "On Friday, there's a vote"
    scattered = "We are holding talks, and they have begun. It ends on Friday. We have a very big vote, we'll see"
    assert quote_similarity(short, scattered) < SAME_QUOTE
    assert speaker_clash(_said(short, 0, "E1"), _said(scattered, 1, "E2"))
    edited = "The hull is (still) intact and nobody has been hurt"
    assert quote_similarity("The hull is intact and nobody was hurt", edited) >= SAME_QUOTE


def _reported(text: str, report: int, speaker: str | None) -> Unit:
    return _said(text, report, speaker, worded=False)


def test_align_two_speakers_need_one_claim_not_one_day() -> None:
    """Two speakers' reported statements that share a day, a nationality and "officials" make different claims
    (the QA B case: Bruce on what a meeting would focus on, Araghchi on indirect negotiations)."""
    cole = "Ann Cole said on Tuesday a meeting on Saturday with Dutch officials would focus on dredging."
    reed = "On Tuesday, Tom Reed confirmed Dutch officials will hold formal negotiations on Saturday."
    units = [_reported(cole, 0, "E1"), _reported(reed, 1, "E2")]
    assert score_pairs(units, min_shared=2) == {}
    # the same claim by two speakers still aligns
    units = [_reported("Ann Cole said the dredging of the harbour will start in May.", 0, "E1"),
             _reported("The harbour dredging starts in May, Tom Reed told reporters.", 1, "E2")]
    assert score_pairs(units, min_shared=2)


def test_align_a_shared_weekday_is_no_shared_word() -> None:
    """What day something happens is no part of what happens: a word and a weekday in common do not make two
    statements one claim."""
    units = _units(["Engineers will inspect the hull on Saturday."],
                   ["The regatta on Saturday will go ahead despite hull damage to two yachts."])
    assert score_pairs(units, min_shared=2) == {}


def test_align_a_passage_carried_nearly_word_for_word_aligns() -> None:
    """Two reports carrying one clause nearly word for word ("It was not immediately clear (exactly) how many ...
    were damaged") say the same thing, however differently each sentence goes on (QA A: the clause was left
    unaligned, its words being the story's common ones)."""
    units = _units(
        [
            "It was not immediately clear exactly how many boats were damaged, the harbour office said, but "
            "insurers reported receiving more than 30 claims from yacht owners and were expecting more by Friday.",
            "Dozens of boats were damaged when the storm reached the harbour shortly after midnight.",
            "Ferries to the islands were cancelled until further notice.",
        ],
        [
            "It was not immediately clear how many boats were damaged beyond the two fishing trawlers that sank in "
            "the outer basin, coastguard spokesperson Ada Lind said on Sunday evening.",
            "Boats were damaged across the harbour as winds of up to 120 km/h hit the lighthouse.",
            "Schools along the coast will stay closed on Monday.",
        ],
    )
    assert [0, 3] in align(units, threshold=0.22, cohesion=0.7, min_shared=2, complete=True)


def test_align_a_figure_counting_hours_and_one_counting_people_is_no_shared_figure() -> None:
    """"nearly 14 hours" and "all 14 panelists" share a digit, not a count; two counts of people may name them
    differently ("1,400 residents" / "1,400 people") and still count one thing."""
    hours, panel = _units(
        ["The panel had deliberated for nearly 14 hours over two days."],
        ["Any ruling needs all 14 panelists to agree."],
    )
    assert shared_words(hours, panel) == 0
    residents, people = _units(
        ["Floodwater forced 1,400 residents out."], ["Some 1,400 people left as floodwater rose."]
    )
    assert shared_words(residents, people) >= 2


def test_align_two_large_figures_told_roughly_are_one_figure() -> None:
    """"some 1,180 people" and "nearly 1,200 people" count one crowd (whether they disagree is for
    ``conflicts``); two years five apart are two years."""
    a, b = _units(["The collapse sent some 1,180 people fleeing."], ["Nearly 1,200 people fled after the collapse."])
    assert shared_words(a, b) >= 3  # collapse, people and the figure
    c, d = _units(["The factory opened in 2016 downriver."], ["The factory closed in 2011 downriver."])
    assert shared_words(c, d) == 2  # factory, downriver: no figure


def test_align_dismiss_stems_as_dismissed_does() -> None:
    assert set(content_tokens("ready to dismiss the panel")) & set(content_tokens("the panel was dismissed")) == {
        "panel", "dismiss"
    }


def test_align_a_word_of_the_story_setting_counts_half() -> None:
    """In a story where most statements speak of "the ruling", sharing it and one more word ("campaign") is no
    restatement: "expected to appeal the ruling and return to the campaign" is not "the ruling followed weeks of
    testimony that ... a campaign"."""
    units = _units(
        [
            "The mayor is expected to appeal the ruling and return to the campaign soon.",
            "The ruling surprised the council.",
            "Lawyers read the ruling twice.",
            "A ruling of this kind is rare in Dunmore.",
        ],
        [
            "The ruling followed nine weeks of testimony over payments to a campaign donor.",
            "Crowds cheered the ruling outside.",
            "The ruling came late in the evening.",
        ],
        ["Reporters waited for the ruling.", "Nobody expected the ruling so soon."],
    )
    scores = score_pairs(units, min_shared=2)
    assert (0, 4) not in scores


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The landslide killed at least 430 people in the valley, officials said on Monday.",
         "The death toll as of Monday evening stood at 430, with many more missing."),
        ("Okonkwo was found guilty on all 27 counts against him.",
         "The jury convicted the former mayor of all 27 charges."),
        ("The fraud charges carry up to four years in prison under state law.",
         "Okonkwo faces four years in jail and heavy fines."),
    ],
)
def test_align_one_distinctive_count_of_one_thing_aligns(a: str, b: str) -> None:
    """A distinctive figure counting the same thing in other words (the dead, the charges, years behind bars) is
    one claim: two statements giving it align although they share few other words."""
    assert align(_units(
        [a, "Rescue teams brought in heavy machinery from the capital."],
        ["Schools across the district will stay closed this week.", b],
    ), threshold=0.22, cohesion=0.7, min_shared=2, complete=True) == [[0, 3], [1], [2]]


def test_align_a_small_count_of_the_dead_or_one_of_other_things_is_no_claim() -> None:
    """Two people dying is told of many things in one story; 430 people hurt is no count of the dead."""
    units = _units(
        ["Two miners died when the shaft flooded on Monday morning."],
        ["Two children died in a separate accident on a farm road."],
        ["The landslide injured 430 people, officials said."],
        ["The landslide killed 430 people in the valley."],
    )
    scores = score_pairs(units, min_shared=2)
    assert (0, 1) not in scores
    assert claims(units[2].text) == {("430", "hurt")}
    assert claims(units[3].text) == {("430", "die")}


def test_align_a_year_and_a_word_are_no_restatement() -> None:
    """"the 2031 storm" in two sentences that say different things of it says when, not what."""
    units = _units(
        ["The ruling averts a long hearing that showed how the ferry firm spread false claims about the 2031 storm."],
        ["The Vell line is sued by another harbour company over its losses during the 2031 storm."],
    )
    assert score_pairs(units, min_shared=2) == {}


def _capitalized_runs(text: str, report: int) -> Unit:
    """A statement whose names are read as runs of capitalized words, as a reader without a parse would."""
    mentions = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", text)]
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report,
                     mentions=mentions)


def test_align_a_headline_keeps_its_words_as_words() -> None:
    """In title case every word is capitalized: a run of capitals is no name there, and the headline's words
    ("crane", "collapse", "ferry") are what it shares with a report's plain sentence."""
    headline = _capitalized_runs("Harbour Crane Collapses Onto Ferry Terminal In Vell", 0)
    plain = _capitalized_runs("A harbour crane collapsed onto the ferry terminal in Vell on Monday.", 1)
    other = _capitalized_runs("The council will meet the unions about pay next week.", 1)
    assert {"crane", "ferry", "terminal"} <= set(headline.tokens)
    assert align([headline, plain, other]) == [[0, 1], [2]]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Harbour Crane Collapses Onto Ferry Terminal In Vell", True),
        ("CRANE FALLS ON FERRY TERMINAL", True),
        ("Ansel Mora, the Vell Harbour Board chairman, said the crane had been inspected", False),
        ("Mora Quits", False),  # too few words to tell a headline from a name
    ],
)
def test_align_title_case_tells_headlines(text: str, headline: bool) -> None:
    assert title_case(text) is headline


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("escape", "escaped", "escapes", "escaping"), True),
        (("settle", "settled", "settles"), True),
        (("robbed", "robbing", "rob"), True),
        (("injuries", "injury"), True),
        (("agree", "agreed"), True),
        (("hope", "hoped", "hoping"), True),
        (("shot", "shoot", "shooting"), True),
        (("stolen", "stole", "steal", "steals"), True),
        (("plane", "plan"), False),
        (("hope", "hop"), False),
    ],
)
def test_align_stem_writes_each_form_of_a_word_one_way(words: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


def test_align_inflected_forms_are_one_word() -> None:
    """"escaped" and "escape", "settled" and "settle" are the same words in another form: shared words."""
    units = _units(
        ["The inmate escaped on Monday, and the county settled with the guards."],
        ["Weeks after that escape, the county agreed to settle."],
    )
    assert shared_words(units[0], units[1]) == 3
    assert (0, 1) in score_pairs(units, min_shared=2)


def test_align_irregular_past_forms_are_the_verb() -> None:
    """"stole" / "stealing" and "shot" / "shooting" are one word each: what two reports share."""
    units = _units(
        ["Two men stole a van in Orlin and shot at the guards on Monday."],
        ["Police say the men were stealing vans before the shooting."],
    )
    assert shared_words(units[0], units[1]) == 3


def test_align_the_noun_of_an_act_is_its_verb() -> None:
    """"a settlement" says what "agreed to settle" says, when the story says both."""
    units = _units(
        ["The ferry firm reached a settlement with the Orlin council on Friday."],
        ["Orlin council and the ferry firm agreed to settle the dispute."],
    )
    assert "settl" in derived(units)[0].tokens
    assert (0, 1) in score_pairs(units, min_shared=5)


def test_align_a_noun_keeps_its_ending_when_the_verb_is_no_word_of_the_story() -> None:
    units = _units(["Police closed the station on Friday."], ["The state police said nothing more."])
    assert "station" in derived(units)[0].tokens
    assert set(derived(units)[1].tokens) == set(units[1].tokens)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("decision", "decided"), ("collision", "collided"), ("admission", "admitted"), ("suspension", "suspended"),
     ("reduction", "reduced"), ("discussion", "discussed")],
)
def test_align_a_noun_in_ion_is_its_verb_whose_consonant_changes(noun: str, verb: str) -> None:
    units = _units([f"The {noun} came late on Monday."], [f"The board {verb} it all at dawn."])
    assert set(derived(units)[0].tokens) & set(derived(units)[1].tokens)
