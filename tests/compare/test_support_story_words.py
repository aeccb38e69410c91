"""Support that shares only the story's own words, or names none of the places a line lists, does not say the
line (QA round AA problem 5, round AB problem 8): "The suit had accused the network of airing false election
claims" is not stated by "court filings showed its stars ridiculed claims of election fraud" in a story most
reports of which tell of election claims; "add to its positions in Japan, India and the ASEAN region" is not
stated by a sentence on expanding production that names none of them."""

from __future__ import annotations

from compare_helpers import sentence_reports

from storyline.compare.facts import build_facts, states


def _reports() -> list[list[str]]:
    return [
        ["The suit had accused Harbor Radio of knowingly airing false ballot claims and wild theories in the weeks "
         "after the mayoral ballot.",
         "Harbor Radio agreed to pay 40 million crowns."],
        ["Earlier court filings revealed messages showing that the best-known hosts and highest-paid managers at "
         "Harbor Radio privately mocked claims of ballot tampering, even while the station kept airing such "
         "falsehoods to its large mayoral audience every single night.",
         "The station settled for 40 million crowns over its ballot claims."],
        ["The case said Harbor Radio aired lies about counting machines and their role in claims of ballot fraud "
         "in the mayoral vote."],
    ]


def test_support_sharing_only_story_words_does_not_corroborate() -> None:
    articles, analyses, units = sentence_reports(_reports())
    # alignment put the accusation with the filings sentence: the two share "ballot", "claims", "mayoral" and
    # "airing" (said by every report), and the filings sentence says much else
    facts = build_facts(articles, analyses, units, [[0, 2], [1, 3], [4]])
    accused = next(f for f in facts if f.text.startswith("The suit had accused"))
    assert accused.status == "single"
    assert {s.article for s in accused.support} == {"r0"}
    settled = next(f for f in facts if f.text.startswith("Harbor Radio agreed"))
    assert settled.status == "corroborated"


def test_support_sharing_only_story_words_stays_in_a_two_report_story() -> None:
    """Two reports sharing a word may share it for one fact: no word is the setting of a story of two. (The line
    names its doer, Harbor Radio, as its subject: "The suit had accused ..." is not stated by a sentence that never
    names the suit, ``test_facts_qa_aw``.)"""
    reports = _reports()[:2]
    reports[0] = ["The station was accused of knowingly airing false ballot claims and wild theories in the weeks "
                  "after the mayoral ballot.", reports[0][1]]
    articles, analyses, units = sentence_reports(reports)
    facts = build_facts(articles, analyses, units, [[0, 2], [1, 3]])
    accused = next(f for f in facts if f.text.startswith("The station was accused"))
    assert {s.article for s in accused.support} == {"r0", "r1"}


def test_states_asks_for_one_of_the_places_a_line_lists() -> None:
    line = "It will also expand Varn Steel's output in Ostria and add to its plants in Kessby, Tarn and the Mull region"
    assert not states(line, "In Ostria, the two sides aim to use their skills to expand output of fine steel")
    assert states(line, "It will also add to its plants in Tarn and expand Varn Steel's output in Ostria")
