"""Quotes and speakers of blind QA rounds AI, AJ and AK: a reported item nested in another speaker's words is no
item of its own; a live blog's timed byline names no speaker; a live blog entry's heading quotes no one; and the
speakers of "X tweeted", "the agency said", "accusing him of", "He added" after a fronted prepositional phrase, and
a partial quote after a full one.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import run, speakers

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.extract.quotes_cues import subject_of
from storyline.model import Article
from storyline.nlp.pipeline import parse


def test_a_deal_that_calls_for_a_raise_is_no_item_of_its_own() -> None:
    text = (
        "Dock union reaches deal with Harlow Shipping\n\n"
        "The Allied Dock Workers said the agreement calls for a 20% wage increase over three years.\n"
    )
    found = [q for q in run(text) if "wage increase" in q.text]
    assert len(found) == 1
    assert found[0].speaker == "Allied Dock Workers"


LIVE = (
    "Live updates: a ferry is stuck in the channel\n\n"
    "The owner of the ferry that is blocking the channel has apologised for the delays, saying its crew "
    "worked through the night.\n\n"
    "Channel closed, port authority says\n\n"
    "The port authority has closed the channel while four tugs work to free the ferry, it said on Thursday.\n\n"
    "Mara Quell 14 June 2023 10:15\n\n"
    "Ostrian owner apologises\n\n"
    "The ferry's Ostrian owner has offered an apology for the huge disruption its grounding has caused.\n"
)


def test_a_live_blog_bylines_name_is_no_speaker() -> None:
    assert speakers(LIVE, "an apology") == ["ferry's Ostrian owner"]


def test_a_name_before_a_possessive_holds_no_title() -> None:
    # "Ferry's Ostrian owner": the name owns the role, it does not hold it (the tagger takes "Ferry" for a person)
    text = LIVE.replace("Ostrian owner apologises", "Ferry's Ostrian owner apologises")
    assert speakers(text, "an apology") == ["ferry's Ostrian owner"]


def test_a_live_blog_entrys_heading_quotes_no_one() -> None:
    assert not [q for q in run(LIVE) if q.text.startswith("Channel closed")]


def _speaker_entity_name(text: str, words: str) -> str | None:
    """The name of the entity the quote holding ``words`` is given to."""
    article, doc = Article(id="t", text=text), parse(text)
    furniture = find_furniture(article, doc)
    entities = extract_entities(article, doc, furniture=furniture)
    quote = next(q for q in extract_quotes(article, doc, entities, furniture) if words in q.text)
    return next((e.name for e in entities if e.id == quote.speaker_entity), None)


def test_a_programme_named_after_a_body_is_not_the_body() -> None:
    text = (
        "Rocket leaves for the moon\n\n"
        "After several delays, the Kestrian space body KSA launched its moon rocket on Wednesday.\n\n"
        "Filmmaker and KSA Social participant Lina Voss traveled twice to see the launch.\n\n"
        "\u201cWe are going!\u201d KSA tweeted as the rocket rose into the sky.\n\n"
        "Filmmaker Lina Voss, a KSA Social participant, watched the launch with her family.\n"
    )
    assert _speaker_entity_name(text, "We are going") == "KSA"


def test_the_agency_is_the_body_the_report_is_about_not_the_wire_it_credits() -> None:
    text = (
        "KSA launches moon rocket after delays\n\n"
        "KSA finally launched its moon rocket from the Velm Space Center early on Wednesday.\n\n"
        "The flight marks the first time KSA's heavy rocket -- which the agency calls the \"strongest rocket ever "
        "built\" -- and its crew capsule will fly together.\n\n"
        "In September, KSA delayed the launch amid the threat of a storm, the Associated Press reported.\n\n"
        "In August, KSA scrubbed the launch due to a \"valve fault that could not be fixed,\" the agency said "
        "during its livestream of the launch.\n"
    )
    assert set(speakers(text, "valve fault")) == {"KSA"}
    assert _speaker_entity_name(text, "valve fault") == "KSA"
    assert _speaker_entity_name(text, "strongest rocket") == "KSA"


def test_a_news_agency_is_the_agency_when_no_other_body_fits() -> None:
    text = (
        "Storm hits the coast\n\n"
        "Three people died when a storm hit the coast of Ostria, the Associated Press reported on Monday.\n\n"
        "The agency said rescue teams were still searching for two fishermen.\n"
    )
    assert speakers(text, "rescue teams") == ["Associated Press"]


def test_the_accuser_is_the_one_who_filed_the_complaint_not_the_accused() -> None:
    text = (
        "Minister quits\n\n"
        "Tomas Varn's resignation came shortly after a former ministry aide filed a formal complaint against the "
        "minister, accusing him of \u201cbullying\u201d.\n"
    )
    found = speakers(text, "bullying")
    assert found
    assert "Tomas Varn" not in found
    assert set(found) <= {"former ministry aide", None}


def test_whole_sentences_after_a_fronted_phrase_go_on_with_the_speaker_before() -> None:
    text = (
        "Union reaches deal with Kestrel Motors\n\n"
        "\u201cThe rolling strike is working,\u201d union president Dana Varn said in the video. By closing two more "
        "plants at Orvane this week, \u201cKestrel knew what was coming for them, if we didn\u2019t get a deal. That "
        "was checkmate.\u201d\n"
    )
    assert speakers(text, "That was checkmate") == ["Dana Varn"]


def test_a_fronted_phrase_before_words_that_go_on_in_lower_case_is_no_resumption() -> None:
    text = (
        "Union reaches deal with Kestrel Motors\n\n"
        "\u201cThe rolling strike is working,\u201d union president Dana Varn said in the video. By closing two more "
        "plants this week, the union raised the \u201cpressure on every maker.\u201d\n"
    )
    assert "Dana Varn" not in speakers(text, "pressure on every maker")


# the small model hangs "the minister without portfolio" on the name before it as an apposition here
LETTER = (
    "In his letter to prime minister Piet Olsen, the minister without portfolio said the allegations and "
    "investigation into his conduct \u201care becoming a distraction for the good work this government is doing "
    "for the Ostrian people.\u201d"
)


def test_a_subject_the_parse_hung_on_a_name_in_a_fronted_phrase_says() -> None:
    doc = parse(LETTER)
    said = next(t for t in doc if t.text == "said")
    subject = subject_of(said)
    assert subject is not None
    assert subject.text == "minister"
    assert subject.i > 5
    minister = next(e for e in extract_entities(Article(id="t", text=LETTER), doc) if "minister" in e.name.lower()
                    or any(LETTER[m.start : m.end] == "the minister" for m in e.mentions))
    assert "Olsen" not in minister.name
