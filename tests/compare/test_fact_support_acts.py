"""A report supports a fact only when it tells the fact's act, by the same doer, of the same thing: two statements
sharing a few words of one thing, each telling its own act of it, are two facts (QA rounds AG #2 and AH #3)."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts, states
from storyline.model import Analysis, Article, MetaValue, Span


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # the same thing, another act: what is available is not what is donated
        ("Few vaccine doses are available on the island",
         "Additionally, Velmish drug maker Orrin Pharma will donate 4,000 doses of vaccine to the ministry"),
        # the same words of a list's last item, another act by another doer
        ("Dr. Ada Vell expressed serious concern over the new strain, its rapid spread in eastern Orvale, and the "
         "reporting of cases in several neighboring provinces",
         "The decision is linked to the fever epidemic that has spread from Orvale to neighboring provinces"),
        # what the line's act follows ("after being arrested") is the other's topic, not the line's act
        ("Orrin Tal is to appear in court on Sunday after being arrested at a Kessby airport for offences related "
         "to his Talkline messaging app, sources told the Harbor Wire",
         "Talkline, a popular messaging app, has backed its arrested founder Orrin Tal, who was arrested in Velmar "
         "in connection with allegations related to the app's moderation"),
        # another body's declaration of the day before is not the named doer's
        ("The Global Health Council (GHC) has officially declared the fever outbreak a global health emergency",
         "Fever was declared a 'public health emergency for continental security' in the south yesterday"),
    ],
)
def test_a_statement_of_another_act_of_one_thing_does_not_state_the_line(line: str, other: str) -> None:
    assert not states(line, other)


@pytest.mark.parametrize(
    ("line", "other"),
    [
        # one act in other words still states the line
        ("The Orvale Museum stayed closed on Monday", "The Orvale Museum was closed for a second day on Monday"),
        ("The Global Health Council (GHC) has officially declared the fever outbreak a global health emergency",
         "The Global Health Council declared the fever outbreak in the south a global emergency on Wednesday"),
        ("Talks are underway for the Harbor League to open a liaison office in Velmar, the league's first abroad",
         "Velmar is in talks to open a Harbor League liaison office, the first of its kind abroad"),
    ],
)
def test_one_act_in_other_words_states_the_line(line: str, other: str) -> None:
    assert states(line, other)


def test_an_act_named_only_as_the_topic_of_another_is_no_support() -> None:
    """A report naming the arrest only as what speculation was about, or keeping the man in custody later, tells
    another fact; one telling where and when he was detained supports the arrest."""
    texts = [
        "Orrin Tal was arrested at Kessby airport on Saturday evening after landing on his private jet.",
        "The lack of official confirmation had led to speculation about the reasons behind his detention.",
        "Orrin Tal was detained at Kessby airport shortly after landing on a private jet on Saturday.",
    ]
    articles, units = [], []
    for i, text in enumerate(texts):
        articles.append(Article(id=f"r{i}", text=text, outlet=MetaValue(value=f"Outlet {i}")))
        mentions = [(0, 9, "tal")] if text.startswith("Orrin") else [(text.index("his"), text.index("his") + 3, "tal")]
        units.append(Unit.make(span=Span(article=f"r{i}", start=0, end=len(text) - 1), text=text[:-1], report=i,
                               mentions=mentions))
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    arrest = next(f for f in facts if f.support[0].article == "r0")
    assert sorted(s.article for s in arrest.support) == ["r0", "r2"]
