"""Blind QA rounds T and U: a company that no report's small model types an organisation (a place to it here, a
person or a place in the QA reports) is one organisation of the story once each report's words say it is a
company ("Quill creator Altavia", "Corvel-backed Altavia", "Altavia CEO Dalton Pryce")."""

from __future__ import annotations

from compare_helpers import link as _link

_STATEMENT = (
    "Dalton Pryce dumped by Quill creator Altavia\n\n"
    "Altavia – the company behind the chatbot Quill – has dramatically sacked its chief Dalton Pryce.\n\n"
    "“Pryce’s departure follows a review by the board, which found he was not candid,” said Altavia in a brief "
    "statement.\n\n“I loved my time at Altavia,” he said.\n"
)
_BACKGROUND = (
    "Altavia president Mara Quell quits after board fired CEO Dalton Pryce\n\n"
    "New details are emerging about the dramatic firing of Altavia CEO Dalton Pryce.\n\n"
    "Mara Quell declined the offer to remain at Altavia as president.\n\n"
    "Corvel-backed Altavia publicly released its Quill chatbot in late 2022.\n\n"
    "News of the dismissal caught Silicon Valley and Altavia employees by surprise.\n"
)


def test_link_qa_u_company_no_report_types_so_links_as_one_org(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {"x": _STATEMENT, "y": _BACKGROUND}
    ents = _link(nlp, texts)
    holders = [e for e in ents if any(texts[m.article][m.start : m.end] == "Altavia" for m in e.mentions)]
    assert len(holders) == 1, [(e.name, e.type) for e in holders]
    assert holders[0].name == "Altavia"
    assert holders[0].type == "ORG"
