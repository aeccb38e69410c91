"""Support must tell the line's own act, and one speaker's words have one origin (QA AX, AY; fictional)."""

from storyline.compare.across import Draft
from storyline.compare.align import Unit
from storyline.compare.facts import _no_fact, _stated, _tagged_quote, states
from storyline.model import Span


def test_a_statement_of_how_the_subject_came_about_does_not_state_the_line_s_act() -> None:
    line = "A curfew declared in Valdria before Monday midnight was lifted on Tuesday afternoon"
    assert not states(line, "The mayor was set to chair a council meeting on Tuesday, as efforts continued to "
                            "restore calm after a curfew was declared on Monday")
    assert states(line, "The curfew declared on Monday was lifted on Tuesday afternoon, officials said")


def test_one_act_in_two_places_is_two_facts() -> None:
    line = "Many commuters were left stranded in the tram systems of Orvale and Kessby, with cars stuck in tunnels"
    assert not states(line, "Hundreds of travelers found themselves stranded overnight in coach stations, with "
                            "commuters on a dozen cars also delayed late into the night")
    assert states(line, "Many commuters were stranded inside tram tunnels in Orvale and Kessby")


def _draft(*texts: str) -> Draft:
    return Draft(units=tuple(
        Unit(span=Span(article=f"a{n}", start=0, end=len(t)), text=t, report=n, kind="sentence")
        for n, t in enumerate(texts)
    ))


def test_a_writer_s_judgement_is_no_fact() -> None:
    assert _no_fact(_draft("The twins’ escape is a remarkable feat"))
    assert _no_fact(_draft("Their journey is a reminder that even in the face of hardship, there is always hope"))
    assert _no_fact(_draft("Two days later, we now know that plea was in vain"))
    # what can be checked stays: a name, a figure, a past act
    assert not _no_fact(_draft("The ferry is a converted fishing boat owned by Orvale Lines"))
    assert not _no_fact(_draft("The ferry was a converted fishing boat"))
    assert not _no_fact(_draft("The toll is a record 41 dead"))


def test_a_clause_opening_on_its_verb_is_no_fact() -> None:
    assert _no_fact(_draft("has affected that valley in recent days"))
    assert _no_fact(_draft("is one of the poorest provinces in the region"))
    assert not _no_fact(_draft("Orvale is one of the poorest provinces in the region"))


def test_one_another_is_no_count() -> None:
    line = 'Witnesses said riders fell on one another "like skittles," and some were hurt while being helped'
    assert states(line, "Witnesses said riders fell on each other “like skittles,” and some were hurt while being "
                        "helped")


def test_a_phrase_quoted_in_part_is_no_fact() -> None:
    def quote(text: str) -> Draft:
        return Draft(units=(Unit(span=Span(article="a", start=0, end=len(text)), text=text, report=0, kind="quote"),))

    assert _no_fact(quote("the end of Mr. Drake"))
    assert _no_fact(quote("civil equivalent of a firing squad"))
    assert not _no_fact(quote("the ferry was overloaded"))
    assert not _no_fact(quote("We will rebuild the harbour"))


def test_a_quote_and_its_tag_alone_are_the_speaker_s_words() -> None:
    text = "“I am so glad,” he said"
    unit = Unit(span=Span(article="a", start=100, end=100 + len(text)), text=text, report=0, kind="sentence")
    assert _tagged_quote(unit, Span(article="a", start=100, end=100 + len("“I am so glad,”")))
    told = "“I am so glad,” he said after the ferry docked in Orvale on Friday"
    unit = Unit(span=Span(article="a", start=100, end=100 + len(told)), text=told, report=0, kind="sentence")
    assert not _tagged_quote(unit, Span(article="a", start=100, end=100 + len("“I am so glad,”")))


def test_another_sentence_of_the_shown_one_s_report_is_a_fact_of_its_own() -> None:
    lead = "A Kessby jury has ordered Ivo Brandt to pay nearly $90 million to two harbour pilots he defamed"
    aside = "Brandt watched intently as the verdict was read, taking notes on the figures he had been ordered to pay"
    units = (Unit(span=Span(article="a", start=0, end=len(lead)), text=lead, report=0, kind="sentence"),
             Unit(span=Span(article="a", start=200, end=200 + len(aside)), text=aside, report=0, kind="sentence"))
    out = _stated([Draft(units=units)])
    assert [[u.text for u in d.units] for d in out] == [[lead], [aside]]


def test_a_speaker_s_quote_is_not_told_by_a_report_s_own_lede() -> None:
    post = "What a day for the whole valley! The two climbers lost for nine days on Mount Orrin were found alive"
    relayed = "The two climbers lost for nine days on Mount Orrin were found alive, the mayor said on Friday"
    lede = "The two climbers lost on Mount Orrin were found alive on Friday after nine days on the mountain"
    units = (Unit(span=Span(article="a", start=0, end=len(post)), text=post, report=0, kind="quote",
                  speakers=frozenset({"E1"}), worded=True),
             Unit(span=Span(article="b", start=0, end=len(relayed)), text=relayed, report=1, kind="sentence",
                  speakers=frozenset({"E1"})),
             Unit(span=Span(article="c", start=0, end=len(lede)), text=lede, report=2, kind="sentence"))
    out = _stated([Draft(units=units)])
    assert sorted(sorted(u.text for u in d.units) for d in out) == [sorted([post, relayed]), [lede]]


def test_a_relative_clause_s_rest_opening_on_its_past_verb_is_no_fact() -> None:
    # "..., according to the Velm Wire agency, which cited an internal estimate": the claim is a fact of its own;
    # the rest of the relative clause, cut from its "which", tells nothing
    assert _no_fact(_draft("cited an internal estimate"))
    assert not _no_fact(_draft("Velm Wire cited an internal estimate"))
    assert not _no_fact(_draft("indeed the ferry sank"))
