"""QA rounds AZ and BA: timeline dates that belong to a part of their sentence, not to its news.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr


def _entries(text: str, published: str, found: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    article = Article(id="a", text=text, published=MetaValue(value=published))
    timexes = tuple(
        TimeExpr(span=span(text, "a", phrase), text=phrase, type="DATE", value=value) for phrase, value in found
    )
    entries = build_timeline([article], [Analysis(article="a", version="t", timexes=timexes)])
    return [(e.value, e.text) for e in entries]


def test_timeline_distance_back_on_a_noun_participle_files_no_sentence() -> None:
    # QA BA 11: "18 months ago" dates the legislation, not the ruling that upheld a judgment on it
    ruling = ("Judges at the Norvale high court upheld an earlier judgment on legislation announced 18 months ago "
              "to send claimants to Ostrava.")
    assert _entries(ruling, "2031-11-15", (("18 months ago", "2030-05"),)) == []


def test_timeline_distance_back_of_the_sentence_act_still_files_it() -> None:
    announced = "The Norvale government announced the plan 18 months ago."
    assert _entries(announced, "2031-11-15", (("18 months ago", "2030-05"),)) == [("2030-05", announced)]


def test_timeline_distance_back_of_a_subject_phrase_still_files_it() -> None:
    started = "Talks with officials started two years ago in Ostrava."
    assert _entries(started, "2031-11-15", (("two years ago", "2029"),)) == [("2029", started)]


def test_timeline_day_of_a_relative_clause_files_no_prospect() -> None:
    # QA BA 12: the Monday is the sacking's, told in a relative clause; the sentence's news is a forecast
    forecast = ("The ruling will further frustrate the premier's plans and inflame the row with Ms Dallow, who was "
                "sacked as interior minister on Monday.")
    assert _entries(forecast, "2031-11-15", (("Monday", "2031-11-13"),)) == []


def test_timeline_day_of_a_relative_clause_of_a_past_sentence_still_files_it() -> None:
    told = "The premier met Ms Dallow, who was sacked as interior minister on Monday."
    assert _entries(told, "2031-11-15", (("Monday", "2031-11-13"),)) == [("2031-11-13", told)]


def test_timeline_day_of_a_second_clause_files_that_clause() -> None:
    # QA AZ 17: the Wednesday is Kory's vote in the lower house, not the senators' vote of the first clause
    first = "Senators Vell and Orsk crossed the floor against the bill"
    second = "Norvale MP Dana Kory also broke with her party in the lower house on Wednesday."
    text = f"{first} and {second}"
    assert _entries(text, "2031-11-30", (("Wednesday", "2031-11-26"),)) == [("2031-11-26", second)]


def test_timeline_one_subject_with_two_verbs_files_the_sentence() -> None:
    text = "Senator Vell crossed the floor and voted against the bill on Wednesday."
    assert _entries(text, "2031-11-30", (("Wednesday", "2031-11-26"),)) == [("2031-11-26", text)]


def test_timeline_year_whose_sittings_a_day_ends_files_no_second_entry() -> None:
    # QA AZ 18: "the final parliament sitting day for 2024" is the Thursday's; no "2024 (background)" line again
    text = "The bill passed the Norvale senate on Thursday, the final sitting day for 2031."
    article = Article(id="a", text=text)
    timexes = tuple(TimeExpr(span=span(text, "a", phrase), text=phrase, type="DATE", value=value)
                    for phrase, value in (("Thursday", "XXXX-WXX-4"), ("2031", "2031")))
    entries = build_timeline([article], [Analysis(article="a", version="t", timexes=timexes)])
    assert [e.value for e in entries] == ["XXXX-WXX-4"]


def _count_entries(text: str, found: tuple[tuple[str, str, str], ...]) -> list[tuple[str, str]]:
    article = Article(id="a", text=text, published=MetaValue(value="2031-07-20"))
    timexes = tuple(TimeExpr(span=span(text, "a", phrase), text=phrase, type=kind, value=value)
                    for phrase, kind, value in found)
    entries = build_timeline([article], [Analysis(article="a", version="t", timexes=timexes)])
    return [(e.value, e.text) for e in entries]


def test_timeline_rough_count_of_weeks_after_the_event_dates_its_month() -> None:
    # QA BA 21: "Almost two weeks after the accident" counts from the collapse the sentence before dates
    collapse = "A tower in Velmar partially collapsed June 24, 2031, prompting a search."
    toll = "Almost two weeks after the accident, the death toll climbed to over 30."
    entries = _count_entries(f"{collapse} {toll}",
                             (("June 24, 2031", "DATE", "2031-06-24"), ("Almost two weeks", "DURATION", "P2W")))
    assert entries == [("2031-06-24", collapse), ("2031-07", toll)]


def test_timeline_exact_count_of_days_after_the_event_dates_its_day() -> None:
    collapse = "A tower in Velmar partially collapsed June 24, 2031, prompting a search."
    toll = "Three days after the collapse, the death toll climbed to 12."
    entries = _count_entries(f"{collapse} {toll}",
                             (("June 24, 2031", "DATE", "2031-06-24"), ("Three days", "DURATION", "P3D")))
    assert entries == [("2031-06-24", collapse), ("2031-06-27", toll)]


def test_timeline_talk_about_an_event_is_a_line_of_its_own() -> None:
    # QA BA 21: "spoke Thursday morning about the ... collapse" is the mayor's briefing, not the collapse again
    collapse = "A beachfront condo building in Velmar partially collapsed Thursday, killing at least one person."
    talk = "County Mayor Dana Orsk spoke Thursday morning about the Velmar condo building collapse."
    articles = [Article(id=n, text=t, published=MetaValue(value="2031-07-18")) for n, t in (("a", collapse),
                                                                                            ("b", talk))]
    analyses = [Analysis(article=n, version="t", timexes=(TimeExpr(span=span(t, n, w), text=w, type="DATE",
                                                                   value="2031-07-17"),))
                for n, t, w in (("a", collapse, "Thursday"), ("b", talk, "Thursday morning"))]
    assert sorted(e.text for e in build_timeline(articles, analyses)) == sorted([collapse, talk])


def test_timeline_saying_dated_after_its_words_joins_no_line_by_them() -> None:
    # QA AZ 18: Henderson's argument "before the Thursday vote" is not a report of the Senate passing the ban
    passed = "The ban on social media for children in Norvale passed the Senate on Thursday night."
    argued = "Children suffer from social media, Sen. Dana Orsk argued before the Thursday vote."
    articles = [Article(id=n, text=t) for n, t in (("a", passed), ("b", argued))]
    analyses = [Analysis(article=n, version="t", timexes=(TimeExpr(span=span(t, n, w), text=w, type="DATE",
                                                                   value="XXXX-WXX-4"),))
                for n, t, w in (("a", passed, "Thursday night"), ("b", argued, "Thursday"))]
    assert sorted(e.text for e in build_timeline(articles, analyses)) == sorted([passed, argued])


def test_timeline_saying_dated_by_a_vote_joins_no_line_of_the_vote() -> None:
    # the argument made before the vote is no report of the vote coming in
    came = "The vote came in late on Thursday evening in the Norvale Senate."
    argued = "Children suffer from social media, Sen. Dana Orsk argued before the Thursday vote."
    articles = [Article(id=n, text=t) for n, t in (("a", came), ("b", argued))]
    analyses = [Analysis(article=n, version="t", timexes=(TimeExpr(span=span(t, n, w), text=w, type="DATE",
                                                                   value="XXXX-WXX-4"),))
                for n, t, w in (("a", came, "Thursday evening"), ("b", argued, "Thursday"))]
    assert sorted(e.text for e in build_timeline(articles, analyses)) == sorted([came, argued])
