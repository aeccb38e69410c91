"""One sentence of one speaker that two reports print in two wordings (QA AK #5: one letter, "understand why you
have taken it" / "understand why it was made"): a fact-checker wants it flagged ("quoted words differ"), and two
different sentences of one speaker left alone."""

from __future__ import annotations

from compare_helpers import quotes_of

from storyline.compare import compare_story
from storyline.compare.quotes import _reworded, worded_apart
from storyline.model import Analysis, Article, MetaValue, Quote, Span

SPEAKER = "Lena Ostrova"


def _conflicts(*texts: str) -> list[str]:
    """The texts of the conflicting facts ``compare_story`` finds in reports of ``texts``, every straight-quoted
    stretch a direct quote of Lena Ostrova."""
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t", quotes=quotes_of(a, SPEAKER)) for a in articles]
    return [f.text for f in compare_story(articles, analyses).facts if f.status == "conflict"]


def test_quote_wording_one_sentence_with_another_ending_is_flagged() -> None:
    gazette = ('The chair of the ferry board stepped down on Friday.\n"I respect your choice to leave the board and '
               'understand why you have made it," Lena Ostrova wrote in her reply.')
    herald = ('Ferry board chair quits.\nOstrova accepted the resignation with regret, adding: "I respect your choice '
              'to leave the board and understand why it was taken."')
    assert _reworded("I respect your choice to leave the board and understand why you have made it",
                     "I respect your choice to leave the board and understand why it was taken")
    assert _conflicts(gazette, herald) == [
        "I respect your choice to leave the board and understand why you have made it",
        "I respect your choice to leave the board and understand why it was taken",
    ]


def test_quote_wording_two_sentences_sharing_a_few_words_are_not_flagged() -> None:
    first = '"We will reopen the harbour road before the winter storms arrive," Lena Ostrova said.'
    second = '"Every family whose boat the storms took will be paid before the winter ends," Lena Ostrova said.'
    assert not _reworded("We will reopen the harbour road before the winter storms arrive",
                         "Every family whose boat the storms took will be paid before the winter ends")
    assert _conflicts(first, second) == []
    # a frame shared, the rest told of other things: two thank-yous, not one sentence reworded
    assert not _reworded("I want to thank every single volunteer who searched the hills through the night",
                         "I want to thank every single volunteer who cooked for the searchers")


def test_quote_wording_a_quote_and_a_later_different_quote_are_not_flagged() -> None:
    # both print the first line; the second report goes on to a later line that repeats much of its frame
    first = '"The council will reopen the harbour road to buses and lorries before winter," Lena Ostrova said.'
    second = ('"The council will reopen the harbour road to buses and lorries before winter," Lena Ostrova said.\n'
              'Later she added: "The council will reopen the harbour road to cyclists once the spring repairs end."')
    assert _conflicts(first, second) == []


def test_quote_wording_a_light_edit_or_a_cut_is_one_quote() -> None:
    # stop words changed ("We've agreed that" / "We have agreed") or one wording cut shorter: one quote
    assert not _reworded("We have agreed that the harbour fund will pay every family within the next week",
                         "We've agreed the harbour fund will pay every family in the next week")
    assert not _reworded("I respect your choice to leave the board and understand why you have made it",
                         "I respect your choice to leave the board")
    gazette = '"We have agreed that the harbour fund will pay every family within the next week," Ostrova said.'
    herald = '"We\'ve agreed the harbour fund will pay every family in the next week," said Lena Ostrova.'
    assert _conflicts(gazette, herald) == []


def test_quote_wording_a_short_partial_is_not_set_against_a_whole_sentence() -> None:
    # a few words worked into the reporter's sentence (she "rejects these accusations") may come from another
    # sentence, letter or interview than the one sentence another report prints whole: nothing to compare
    whole = '"I reject the description of these claims, but I see they distract from our work," Lena Ostrova wrote.'
    partial = 'Lena Ostrova said she "rejects these accusations" in her letter.'
    articles = [Article(id="r0", text=whole), Article(id="r1", text=partial)]
    start = partial.index("rejects")
    analyses = [
        Analysis(article="r0", version="t", quotes=quotes_of(articles[0], SPEAKER)),
        Analysis(article="r1", version="t", quotes=(Quote(span=Span(article="r1", start=start, end=start + 24),
                                                          text=partial[start : start + 24], kind="partial",
                                                          speaker=SPEAKER),)),
    ]
    assert worded_apart(analyses, {a.id: a.text for a in articles}, lambda article, quote: "E1") == []
