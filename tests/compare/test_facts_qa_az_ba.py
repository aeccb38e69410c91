"""Support must tell the whole line, and one deed told in other words is one fact (QA AZ, BA; fictional)."""

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts, states
from storyline.model import Analysis, Article, MetaValue, Quote, Span


def test_a_statement_telling_one_side_of_a_line_does_not_state_it() -> None:
    line = ("many boats were smashed beyond repair and sunk inside the harbour, while others had been thrown onto "
            "the quay")
    assert not states(line, "Many boats still lay sunk inside the harbour.")
    # one that tells both sides does
    assert states(line, "Many boats sank in the harbour and others were thrown onto the quay")
    # a line of one side only is stated as before
    assert states("many boats were smashed beyond repair and sunk inside the harbour",
                  "Many boats still lay sunk inside the harbour.")


def test_who_is_among_a_group_is_stated_only_by_a_statement_naming_them() -> None:
    line = ("Kessby are among those the laws will apply to under the Harbour Safety Amendment (Small Craft Minimum "
            "Age) Act")
    assert not states(line, "The new laws raising the small craft age limit are regarded as the strictest in the land")
    assert states(line, "Kessby is among those the laws will apply to")


_LISTING = ("While specific towns aren’t named, Orvale, Kessby, Tarn, and Mull are among those the laws will apply to "
            "under the Harbour Safety Amendment (Small Craft Minimum Age) Act.")
_STRICTEST = "The new laws raising the small craft age limit are regarded as the strictest in the land."


def _listing_facts() -> list[str]:
    """The facts of a report whose one sentence the unit stage cut in two inside its list of towns, the second piece
    aligned with another report's sentence on the laws."""
    articles = [Article(id="r0", text=_LISTING, outlet=MetaValue(value="Outlet 0")),
                Article(id="r1", text=_STRICTEST, outlet=MetaValue(value="Outlet 1"))]
    cut = _LISTING.index(", and Mull")
    start = _LISTING.index("Mull")
    units = [
        Unit.make(span=Span(article="r0", start=0, end=cut), text=_LISTING[:cut], report=0, kind="sentence"),
        Unit.make(span=Span(article="r0", start=start, end=len(_LISTING) - 1), text=_LISTING[start:-1], report=0,
                  kind="clause"),
        Unit.make(span=Span(article="r1", start=0, end=len(_STRICTEST) - 1), text=_STRICTEST[:-1], report=1),
    ]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    return [f.text for f in build_facts(articles, analyses, units, [[0], [1, 2]])]


def test_a_sentence_cut_inside_a_list_of_names_is_one_fact() -> None:
    texts = _listing_facts()
    assert _LISTING[:-1] in texts
    assert _STRICTEST[:-1] in texts
    assert not any(t.endswith("Tarn") or t.startswith("Mull") for t in texts)


def test_a_name_owning_what_a_with_phrase_tells_is_no_partner() -> None:
    line = ("Those under the age of 14 will be banned from sailing small craft from the end of next year, with the "
            "Harbour Board's first-ever bylaw passing the Council")
    assert states(line, "Young Islanders aged under 14 will be banned from small craft by the end of next year after "
                        "the harbour council passed a first-ever bylaw")


_ADDED = ("Mayor Ilse Tarn added: Small craft is doing small harm to our children and I want Orvale parents to know "
          "that we have their backs.")
_FINES = ("Under the new bylaw, small craft owners will face fines up to $5million if they fail to take reasonable "
          "steps to keep children off the water.")


def _one_report_facts() -> list[list[str]]:
    """The facts (their statements' texts) of a report whose two sentences alignment grouped by words of the story's
    setting, with three more reports saying those words."""
    others = ["Small craft owners face a new bylaw on children.", "The bylaw on small craft protects children.",
              "Children on small craft are at risk, the council said."]
    texts = [f"{_ADDED} {_FINES}", *others]
    articles = [Article(id=f"r{n}", text=t, outlet=MetaValue(value=f"Outlet {n}")) for n, t in enumerate(texts)]
    units = [
        Unit.make(span=Span(article="r0", start=0, end=len(_ADDED) - 1), text=_ADDED[:-1], report=0),
        Unit.make(span=Span(article="r0", start=len(_ADDED) + 1, end=len(texts[0]) - 1), text=_FINES[:-1], report=0),
        *(Unit.make(span=Span(article=f"r{n}", start=0, end=len(t) - 1), text=t[:-1], report=n)
          for n, t in enumerate(others, start=1)),
    ]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    facts = build_facts(articles, analyses, units, [[0, 1], [2], [3], [4]])
    return [[texts[int(s.article[1:])][s.start:s.end] for s in f.support] for f in facts]


def test_a_sentence_sharing_only_setting_words_with_the_shown_one_is_not_cited_with_it() -> None:
    facts = _one_report_facts()
    assert [_ADDED[:-1]] in facts
    assert [_FINES[:-1]] in facts


def test_an_uncredited_quotation_right_after_a_speaker_s_quotation_is_the_speaker_s() -> None:
    first = "it looks like a storm went through"
    second = "This is a total failure of that pier."
    text = f"Ilse Tarn, mayor of Velm, says “{first}…. “{second}”"
    at, at2 = text.index(first), text.index(second)
    quotes = (
        Quote(span=Span(article="r0", start=at, end=at + len(first)), text=first, kind="indirect", speaker="Ilse Tarn"),
        Quote(span=Span(article="r0", start=at2, end=at2 + len(second)), text=second, kind="direct"),
    )
    articles = [Article(id="r0", text=text, outlet=MetaValue(value="Outlet 0"))]
    analyses = [Analysis(article="r0", version="t", quotes=quotes)]
    units = [Unit.make(span=Span(article="r0", start=at2, end=at2 + len(second) - 1), text=second[:-1], report=0,
                       kind="quote", worded=True)]
    (fact,) = build_facts(articles, analyses, units, [[0]])
    assert fact.origin == "Ilse Tarn"


def test_a_quotation_credited_to_they_in_the_next_paragraph_is_not_carried_over() -> None:
    first = "the harbour deal was unlawful"
    second = "We conclude that the pier was unsafe,"
    text = f"The judges upheld a ruling that found {first}.\n\n“{second}” they concluded."
    at, at2 = text.index(first), text.index(second)
    cue = text.index("concluded")
    quotes = (
        Quote(span=Span(article="r0", start=at, end=at + len(first)), text=first, kind="indirect",
              speaker="harbour ruling"),
        Quote(span=Span(article="r0", start=at2, end=at2 + len(second)), text=second, kind="direct",
              cue_span=Span(article="r0", start=cue, end=cue + len("concluded"))),
    )
    articles = [Article(id="r0", text=text, outlet=MetaValue(value="Outlet 0"))]
    analyses = [Analysis(article="r0", version="t", quotes=quotes)]
    units = [Unit.make(span=Span(article="r0", start=at2, end=at2 + len(second) - 1), text=second[:-1], report=0,
                       kind="quote", worded=True)]
    (fact,) = build_facts(articles, analyses, units, [[0]])
    assert fact.origin != "harbour ruling"
