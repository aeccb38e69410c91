"""Reported speech read wrongly in blind QA round O, each case in invented text."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.extract.entities import extract_entities
from storyline.extract.quotes import extract_quotes
from storyline.extract.quotes_reported import find_reported
from storyline.model import Article, Quote
from storyline.nlp.pipeline import load, parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text) if q.kind == "indirect"]


def test_a_link_word_before_as_per_leaves_the_clause_after_the_source() -> None:
    text = "Overall, as per a Kestrel Daily report, the former banker is now facing close to 40 years in prison."
    assert [content for content, _ in reported(text)] == [
        "the former banker is now facing close to 40 years in prison"
    ]


def test_a_clause_wraps_around_its_source() -> None:
    text = "Donations, according to Kestrel Polling, have doubled since the debate."
    assert [content for content, _ in reported(text)] == [
        "Donations, according to Kestrel Polling, have doubled since the debate"
    ]


def test_a_credit_after_and_takes_the_clause_after_it() -> None:
    text = (
        "Floods cut the valley road for two days, and according to the Harbor Post, the 300 soldiers sent to"
        " the valley lacked the trucks needed to clear it."
    )
    assert reported(text) == [
        ("the 300 soldiers sent to the valley lacked the trucks needed to clear it", "Harbor Post")
    ]


def test_a_participle_after_a_reported_clause_speaks_with_the_cue() -> None:
    text = (
        "Mayor Lina Ostrow said 12 people were confirmed dead and 30 others were missing, citing figures from"
        " the county coroner."
    )
    speakers = dict(reported(text))
    assert speakers["figures from the county coroner"] == "Lina Ostrow"


def test_a_stance_asked_about_is_no_stance() -> None:
    text = (
        "A spokesperson for the builder did not immediately respond to a request for comment on whether he"
        " planned to appeal the ruling."
    )
    assert reported(text) == []


def test_the_people_who_sought_shelter_said_nothing() -> None:
    text = (
        "Minister Ana Ruiz said it was only thanks to the actions of 40 villagers who sought shelter that there"
        " were not more deaths."
    )
    article = Article(id="t", text=text)
    doc = parse(text)
    quotes = extract_quotes(article, doc, extract_entities(article, doc))
    assert [q.speaker for q in quotes] == ["Ana Ruiz"]


def test_the_words_of_a_note_leave_out_the_sentence_that_sent_it() -> None:
    # the parse hung both the sentence before the quotation and the quotation on "read"
    words = ["The", "jury", "sent", "a", "note", "at", "3", "p.m.", "“", "We", "want", "lunch", ",", "”", "it",
             "read", "."]
    heads = [1, 2, 15, 4, 2, 2, 7, 5, 10, 10, 15, 10, 15, 15, 15, 15, 15]
    deps = ["det", "nsubj", "ccomp", "det", "dobj", "prep", "nummod", "pobj", "punct", "nsubj", "ccomp", "dobj",
            "punct", "punct", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT",
           "PUNCT", "PRON", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[15] = "send", "read"
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    found = find_reported(doc, doc.text, lambda _: False)
    assert all("sent" not in doc.text[r.start : r.end] for r in found)


def test_a_noun_the_parse_calls_a_clause_is_no_report() -> None:
    # "It concludes a fall ... one of its most public faces": the parse made "faces" a clause of "concludes"
    words = ["It", "concludes", "a", "fall", "for", "one", "of", "its", "most", "public", "faces", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 10, 9, 10, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "poss", "advmod", "amod", "ccomp", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "NUM", "ADP", "PRON", "ADV", "ADJ", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1] = "conclude"
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert find_reported(doc, doc.text, lambda _: False) == []


def test_a_subject_the_parse_split_at_its_and_is_still_the_reported_clause() -> None:
    text = (
        "Others said an overflowing creek and collapsed bridges had cut off villages near Tarnby, home to 9,000"
        " people."
    )
    doc = parse(text)
    assert [text[r.start : r.end] for r in find_reported(doc, text, lambda _: False)] == [
        "an overflowing creek and collapsed bridges had cut off villages near Tarnby, home to 9,000 people"
    ]


def test_a_closing_speaker_whose_name_ends_in_a_prepositional_phrase_speaks() -> None:
    # the parse hung "the Tarn Institute for Geophysics" on "parts" as an apposition: "said" has no subject
    words = ["Tremors", "were", "felt", "in", "some", "parts", "of", "the", "coast", ",", "the", "Tarn", "Institute",
             "for", "Geophysics", "said", "."]
    heads = [2, 2, 15, 2, 5, 3, 5, 8, 6, 8, 12, 12, 5, 12, 13, 15, 15]
    deps = ["nsubjpass", "auxpass", "ccomp", "prep", "det", "pobj", "prep", "det", "pobj", "punct", "det", "compound",
            "appos", "prep", "pobj", "ROOT", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "PROPN", "PROPN", "ADP",
           "PROPN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[2], lemmas[15] = "be", "feel", "say"
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    found = find_reported(doc, doc.text, lambda _: False)
    assert [(doc.text[r.start : r.end], r.subject.text if r.subject else None) for r in found] == [
        ("Tremors were felt in some parts of the coast", "Institute")
    ]


def test_an_event_awaited_in_a_clause_of_time_is_no_report() -> None:
    text = (
        "Lena Varo, an analyst at Kestrel Funds, said traders were pleased but would stay careful until Ostrow"
        " announced his cabinet."
    )
    doc = parse(text)
    assert [text[r.start : r.end] for r in find_reported(doc, text, lambda _: False)] == [
        "traders were pleased but would stay careful until Ostrow announced his cabinet"
    ]


def test_what_footage_shows_is_no_ones_words() -> None:
    text = "Television footage showed the ferry listing badly in the harbour at Tarnby."
    article = Article(id="t", text=text)
    doc = parse(text)
    assert extract_quotes(article, doc, extract_entities(article, doc)) == ()


def test_no_injuries_reported_is_no_ones_report() -> None:
    text = (
        "According to the Tarn coastguard, nine of the passengers were hurt, however no serious injuries were"
        " reported."
    )
    article = Article(id="t", text=text)
    doc = parse(text)
    found = extract_quotes(article, doc, extract_entities(article, doc))
    assert all(q.cue_span is None or text[q.cue_span.start : q.cue_span.end] != "reported" for q in found)


def test_what_a_video_opening_a_sentence_shows_is_no_ones_words() -> None:
    # the small model tags a capitalised "Video" opening a sentence as a name
    words = ["Video", "showed", "the", "jet", "burst", "into", "flames", "."]
    heads = [1, 1, 3, 4, 1, 4, 5, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["video", "show", "the", "jet", "burst", "into", "flame", "."]
    doc = Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert extract_quotes(Article(id="t", text=doc.text), doc, ()) == ()
