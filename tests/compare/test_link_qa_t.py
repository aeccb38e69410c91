"""Blind QA round T: a coordination of two parties' people ("Silicon Valley and Zentrix employees") is no
person's name that absorbs the organisation it holds, and an organisation the small model types differently in
different reports (a person in one, a place in another) still links as one organisation."""

from __future__ import annotations

from compare_helpers import link as _link

from storyline.model import StoryEntity

_STATEMENT = (
    "Dalton Pryce dumped by AI maker Zentrix\n\n"
    "“Pryce’s departure follows a review by the board, which found he was not candid,” said Zentrix in a brief "
    "statement.\n\n“I loved my time at Zentrix,” he said.\n"
)
_SURPRISE = (
    "Board fires Dalton Pryce\n\n"
    "The board fired chief executive Dalton Pryce on Friday.\n\n"
    "News of the dismissal caught Silicon Valley and Zentrix employees by surprise.\n"
)
_PRESIDENT = (
    "Mara Quell quits\n\n"
    "Zentrix president Mara Quell quit the company after the board fired chief executive Dalton Pryce.\n"
)


def _holding(ents: tuple[StoryEntity, ...], texts: dict[str, str], form: str) -> list[StoryEntity]:
    return [e for e in ents if any(texts[m.article][m.start : m.end] == form for m in e.mentions)]


def test_link_qa_t_coordination_is_no_name_of_the_org(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"x": _STATEMENT, "y": _SURPRISE}
    ents = _link(nlp, texts)
    holders = _holding(ents, texts, "Zentrix")
    assert holders
    assert all("employees" not in e.name for e in holders), [e.name for e in holders]


def test_link_qa_t_org_typed_apart_links_as_one(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"x": _STATEMENT, "y": _SURPRISE, "z": _PRESIDENT}
    ents = _link(nlp, texts)
    holders = _holding(ents, texts, "Zentrix")
    assert len(holders) == 1, [(e.name, e.type) for e in holders]
    assert holders[0].name == "Zentrix"
    assert holders[0].type == "ORG"
