"""Dating of blind reviews AT and AV. A report written as a night went on (AT, #15): "made landfall Wednesday
night" beside "As of 8:30 p.m. the storm was ..." is that Wednesday's report, not the next day's.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dating_helpers import refined, undated_reports

LIVE = (
    "Storm Kestrel makes landfall near Portvale\n\n"
    "Storm Kestrel made landfall near Portvale Wednesday night as a strong storm, the weather office said.\n\n"
    "As of 8:30 p.m. Kestrel was about 40 miles from Velm, where it is expected to bring heavy rain.\n"
)
DATED = (
    "Storm Kestrel nears the Velm coast\n\n"
    "Storm Kestrel was nearing the Velm coast on Wednesday, Oct. 8, 2031, the weather office said.\n"
)


def _published(*texts: str) -> list[str | None]:
    articles, _analyses = refined(*undated_reports(*texts))
    return [a.published.value for a in articles]


def test_dating_a_night_told_as_it_goes_on_dates_its_report_that_day() -> None:
    assert _published(LIVE, DATED)[0] == "2031-10-08"


def test_dating_a_night_told_the_day_after_dates_its_report_later() -> None:
    later = LIVE.replace("As of 8:30 p.m. Kestrel was", "As of 8:30 p.m. Wednesday Kestrel was")
    assert _published(later, DATED)[0] == "2031-10-09"


# blind review AV, #13: a day written without its year, told beside two weekdays in a row ("on Tuesday", "all day
# Wednesday"), is dated by the one year after the story's bound that puts it on one of them
ATTACKED = "Velm city hall was hit by a ransomware attack on May 7 that knocked out most of its servers.\n"
TUESDAY = "The attack Wednesday used a form of ransomware called Kestrel, the city said.\n"
WEDNESDAY = (
    "Crews had worked all day Thursday to restore the phones. The city spent $2 million on backups in April 2031.\n"
)


def test_dating_a_written_day_beside_two_weekdays_in_a_row_takes_its_year() -> None:
    assert _published(ATTACKED, TUESDAY, WEDNESDAY)[0] == "2031-05-07"


def test_dating_a_written_day_beside_two_weekdays_apart_stays_undated() -> None:
    friday = WEDNESDAY.replace("Thursday", "Saturday")
    assert _published(ATTACKED, TUESDAY, friday)[0] is None


def test_dating_a_written_day_on_the_second_of_two_weekdays_stays_undated() -> None:
    # May 7, 2031 is a Wednesday: beside "Tuesday" and "Wednesday" it would be the day after the news's day
    tuesday = TUESDAY.replace("Wednesday", "Tuesday")
    wednesday = WEDNESDAY.replace("Thursday", "Wednesday")
    assert _published(ATTACKED, tuesday, wednesday)[0] is None
