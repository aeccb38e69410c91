"""Blind QA round AK: a linked person's role and name as most reports give them: the office most reports give
over one report's other one ("minister" twice over a machine-translated "Secretary of State"), and a title word the
small model ran into the name put back into the role ("Deputy Administrator Ada Rusk"). All names are invented."""

from __future__ import annotations

from compare_helpers import link

from storyline.compare.link import _most_told, _title_out_of_name
from storyline.model import Span


def _role(role: str, article: str) -> tuple[str, Span]:
    return role, Span(article=article, start=0, end=len(role))


def test_the_office_most_reports_give_wins_over_a_longer_one_of_one_report() -> None:
    roles = [_role("Secretary of State for Tides", "a"), _role("minister", "b"), _role("harbour minister", "c")]
    assert _most_told(roles)[0] == "harbour minister"


def test_offices_one_report_each_gives_keep_the_longest() -> None:
    roles = [_role("mayor", "a"), _role("chair of the Lusk port board", "b")]
    assert _most_told(roles)[0] == "chair of the Lusk port board"
    assert _most_told([]) == (None, None)


def test_a_title_word_in_the_name_goes_back_into_the_role() -> None:
    assert _title_out_of_name("Administrator Ada Rusk", "Tidal Board Deputy") == ("Ada Rusk", "Tidal Board Deputy "
                                                                                  "Administrator")


def test_a_name_after_a_whole_title_is_left_alone() -> None:
    assert _title_out_of_name("Ada Rusk", "Tidal Board Deputy Administrator") == ("Ada Rusk",
                                                                                 "Tidal Board Deputy Administrator")
    assert _title_out_of_name("Ada Mae Rusk", "harbour minister") == ("Ada Mae Rusk", "harbour minister")
    assert _title_out_of_name("Mayor Rusk", "Deputy") == ("Mayor Rusk", "Deputy")


def test_a_deputy_administrator_s_title_is_her_role_not_her_name(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"a": "“We are truly ready,” added Tidal Board Deputy Administrator Ada Rusk on Monday.",
             "b": "Ada Rusk said the launch went well."}
    rusk = next(e for e in link(nlp, texts) if e.type == "PERSON")
    assert (rusk.name, rusk.role) == ("Ada Rusk", "Tidal Board Deputy Administrator")
