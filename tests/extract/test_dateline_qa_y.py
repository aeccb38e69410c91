"""A dateline that gives, in brackets, the agency, the site that runs its copy and the date, Pakistani news-site
style (QA round Y): "Karsk (Norland) , (APP - DailyPoint / Norland Point News - 29th Dec, 2031) A ferry ..." is
furniture, its agency the report's inferred outlet, and its date the report's publication date.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dating import infer_published
from storyline.extract.furniture import find_furniture
from storyline.ingest.meta import infer_outlet
from storyline.model import Article

LEDE = (
    "A Velmar ferry carrying 212 people from Orsk to Karsk ran aground on arrival Sunday, tearing open its hull "
    "and killing nine passengers, harbour officials said."
)
DATELINE = "Karsk (Norland) , (APP - DailyPoint / Norland Point News - 29th Dec, 2031)"
TEXT = f"Nine dead as ferry runs aground in Karsk\n\n{DATELINE} {LEDE}\n\nDivers searched the hull on Monday."


def test_dateline_qa_y_agency_site_and_date_in_brackets_is_furniture() -> None:
    found = [(f.kind, TEXT[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=TEXT))]
    assert ("dateline", DATELINE) in found


def test_dateline_qa_y_agency_is_the_inferred_outlet() -> None:
    outlet = infer_outlet(Article(id="a", text=TEXT)).outlet
    assert (outlet.value, outlet.inferred, outlet.method) == ("Associated Press of Pakistan", True, "dateline")


def test_dateline_qa_y_date_is_the_publication_date() -> None:
    published = infer_published(Article(id="a", text=TEXT))
    assert (published.value, published.method) == ("2031-12-29", "dateline")


def test_dateline_qa_y_unknown_capitals_are_no_agency() -> None:
    # a site's section name in capitals is no wire: nothing is inferred from it
    text = TEXT.replace("(APP - ", "(NEWS - ")
    assert infer_outlet(Article(id="a", text=text)).outlet.value is None
