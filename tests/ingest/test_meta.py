from pathlib import Path

import pytest

from storyline.ingest import load
from storyline.ingest.meta import infer_outlet, infer_title, score_outlets
from storyline.ingest.outlets import OUTLETS, canonical, from_url, name_pattern
from storyline.model import Article, MetaValue

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _article(text: str, **meta: MetaValue) -> Article:
    return Article(id="t", text=text, **meta)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor told Newsweek the plan was final. Newsweek has reached out to the council for comment.",
            "Newsweek",
        ),
        ("WASHINGTON (CNN) — Senators met late on Tuesday to discuss the budget.", "CNN"),
        ("LONDON (Reuters) - Shares fell sharply on Monday morning.", "Reuters"),
        ("The agency did not respond to CNN's request for comment by Friday.", "CNN"),
        ("BBC News has contacted the ministry for comment about the delay.", "BBC"),
        (
            "The minister told The Associated Press that talks would go on. "
            "The AP could not independently verify the figures.",
            "AP",
        ),
        # A cited outlet does not win against the report's own: Reuters is credited, the Gazette is itself.
        (
            "Reuters reported on Monday that the port would close. According to Reuters, 40 ships wait. "
            "The harbour master told the Harbor Gazette the queue would clear. "
            "The Harbor Gazette has reached out to the port authority for comment.",
            "Harbor Gazette",
        ),
        # An outlet not in the table, named by a strong self-reference.
        ("Brightwater Ledger was unable to reach the company on Sunday.", "Brightwater Ledger"),
        ("Copyright 2023 Reuters. All rights reserved.", "Reuters"),
        # Weak cues only, but many of them.
        ("An aide told POLITICO the vote was set. Two others told POLITICO so. A third told POLITICO no.", "Politico"),
        ("The documents were obtained by The Huffington Post. HuffPost has reached out to the firm for comment.",
         "HuffPost"),
        # a dated wire dateline, and a statement given to the report's own newsroom
        ("March 3 (UPI) -- A ferry ran aground off the cape on Sunday.", "UPI"),
        ("The pier will reopen, a spokesperson said in a statement shared with Insider.", "Business Insider"),
    ],
)
def test_meta_infer_outlet_table(text: str, expected: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert outlet.value == expected
    assert outlet.inferred is True
    assert outlet.method == ("dateline" if "(" in text else "self-reference")
    assert outlet.evidence
    # Every evidence span holds a name of the outlet (its own or an alias such as "The Associated Press").
    for span in outlet.evidence:
        phrase = text[span.start : span.end]
        named = {canonical(m.group(0)) for m in name_pattern().finditer(phrase)}
        assert expected.split()[-1] in phrase or expected in named, phrase


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported that the talks had stalled, citing two officials.",
        "The council met on Monday and approved the budget.",
        # Two outlets each "told" once: too close to call.
        "A spokesman told CNN the talks went on; an aide told Fox News they had stopped.",
        "Residents told reporters the road had flooded.",
        # A lone weak cue: reports quote other outlets' interviews all the time.
        "The senator told CNN in an interview that she would vote no.",
        "The governor said in an interview with MSNBC that the plan was dead. He told MSNBC it would not return.",
        # An unknown acronym is not an outlet.
        "The witness told the FBI what she had seen, and later told FBI agents more.",
        # "obtained by X" alone: as often another outlet's scoop, credited, as the report's own.
        "Collins said in a statement obtained by The Buffalo News that she was proud.",
        # "The Post" could be several papers.
        "The Post has learned that the deal collapsed.",
        # QA N: a report that credits reports by an agency repeats its interviews; it is not the agency's copy.
        "At least 60 died, according to reports by Reuters and the Associated Press. A district official told "
        "Reuters that 34 had died. \"Roads are blocked,\" a police official told Reuters. Twenty were hurt, an "
        "official told Reuters by phone.",
    ],
)
def test_meta_infer_outlet_refuses_to_guess(text: str) -> None:
    assert not infer_outlet(_article(text)).outlet.known


def test_meta_given_outlet_is_kept() -> None:
    given = MetaValue(value="Coastline Herald", method="given")
    article = _article("Newsweek has reached out to the council for comment.", outlet=given)
    assert infer_outlet(article).outlet == given


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://edition.cnn.com/2023/05/10/asia/japan-nato", "CNN"),
        ("https://www.newsweek.com/nato-japan-office", "Newsweek"),
        ("https://apnews.com/article/abc", "AP"),
        ("https://www.bbc.co.uk/news/world", "BBC"),
        ("https://asia.nikkei.com/Politics", "Nikkei Asia"),
        ("https://example.org/story", None),
        ("not a url", None),
    ],
)
def test_meta_outlet_from_url(url: str, expected: str | None) -> None:
    assert from_url(url) == expected


def test_meta_infer_outlet_prefers_url_host() -> None:
    article = _article("Nothing outlet-like here.", url=MetaValue(value="https://www.reuters.com/world/x"))
    outlet = infer_outlet(article).outlet
    assert (outlet.value, outlet.inferred, outlet.method) == ("Reuters", True, "url-host")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The Associated Press", "AP"),
        ("the Nikkei", "Nikkei Asia"),
        ("NEWSWEEK", "Newsweek"),
        ("Daily Bugle", None),
        # wire agencies that datelines name
        ("Asian News International", "ANI"),
        ("WAFA", "WAFA"),
        ("Kuwait News Agency", "KUNA"),
        ("SPA", "Saudi Press Agency"),
        ("Bernama", "Bernama"),
        ("Islamic Republic News Agency", "IRNA"),
    ],
)
def test_meta_canonical_names(name: str, expected: str | None) -> None:
    assert canonical(name) == expected


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed reports not present")
@pytest.mark.parametrize(
    ("prefix", "expected", "evidence"),
    [
        ("000_", "Newsweek", ["Newsweek has reached out to NATO", "told Newsweek"]),
        ("003_", "CNN", ["told CNN in an exclusive interview", "CNN reached out to NATO"]),
    ],
)
def test_meta_infer_outlet_on_seeds(prefix: str, expected: str, evidence: list[str]) -> None:
    (path,) = SEEDS.glob(prefix + "*.txt")
    article = load([path]).articles[0]
    outlet = infer_outlet(article).outlet
    assert outlet.value == expected
    assert outlet.inferred is True
    quoted = [article.text[s.start : s.end] for s in outlet.evidence]
    for phrase in evidence:
        assert any(phrase in q for q in quoted), (phrase, quoted)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Harbor talks set\n\nNew Carden, IRNA – The envoy has said the harbor talks will go ahead on Friday.",
            "New Carden, IRNA –",
        ),
        ("LORVIK, May 2, WAFA - The ministers met at the port and agreed on the new quotas.", "LORVIK, May 2, WAFA -"),
    ],
)
def test_meta_infer_outlet_agency_after_the_place_in_the_dateline(text: str, evidence: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.inferred, outlet.method) == (evidence.split(", ")[-1].rstrip(" –-"), True, "dateline")
    assert [text[s.start : s.end] for s in outlet.evidence] == [evidence]


@pytest.mark.parametrize(
    "text",
    [
        # the shape opens a later paragraph, not the lede
        "The council met on Monday and voted to close the bridge.\n\n"
        "New Carden, IRNA – The envoy has said the harbor talks will go ahead on Friday.",
        # a sentence opener, not a place
        "Meanwhile, Reuters – The envoy has said the harbor talks will go ahead on Friday.",
    ],
)
def test_meta_agency_after_a_comma_is_no_dateline_outside_the_lede(text: str) -> None:
    assert not infer_outlet(_article(text)).outlet.known


def test_meta_score_outlets_counts_citations_against() -> None:
    scores = {s.name: s.score for s in score_outlets(_article("Reuters reported it. Reuters said so too."))}
    assert scores["Reuters"] < 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbor bridge reopens\nThe bridge reopened on Tuesday.", "Harbor bridge reopens"),
        ("\n  Quiet week at the port\n\nShips came and went.", "Quiet week at the port"),
        ("The bridge reopened on Tuesday.\nMore text follows.", None),
        ("Only one line without end punctuation", None),
    ],
)
def test_meta_infer_title(text: str, expected: str | None) -> None:
    article = infer_title(_article(text))
    assert article.title.value == expected
    if expected is not None:
        span = article.title.evidence[0]
        assert text[span.start : span.end] == expected
        assert article.title.inferred is True


@pytest.mark.parametrize(
    ("text", "expected", "method"),
    [
        # an outlet telling what it has done for the report
        (
            "The mayor told the Lakeside Courier the road would reopen. "
            "The Lakeside Courier has asked the council for the inspection records.",
            "Lakeside Courier",
            "self-reference",
        ),
        ("Sky News understands the talks collapsed on Friday night.", "Sky News", "self-reference"),
        # a staff photographer's credit names the paper; another outlet's repeated interview does not count
        (
            "Water pours through the gate on March 4. Ann Lee/Harbor Evening Post\n"
            "The gate was sound, she told Coastal Radio last week.",
            "Harbor Evening Post",
            "self-reference",
        ),
        # a syndicated copy: the wire dateline names the writer, the closing note the outlet carrying it
        (
            "OSLO (Norden Wire) - Ferries stopped on Monday.\n\n"
            "This Norden Wire report was edited for the Fjord Gazette.",
            "Fjord Gazette",
            "syndication",
        ),
        # "the Gazette" is the short form of the full name the report uses
        (
            "The chief told the Gazette the river rose fast. The Valley Gazette has contacted the authority.",
            "Valley Gazette",
            "self-reference",
        ),
    ],
)
def test_meta_infer_outlet_more_self_references(text: str, expected: str, method: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.method) == (expected, method)
    assert outlet.evidence
    for span in outlet.evidence:
        assert expected.split()[-1] in text[span.start : span.end]


@pytest.mark.parametrize(
    "text",
    [
        # an agency's photo credit runs in every outlet's copy
        "Crowds gather outside parliament. Evan Vucci/AP\nThe vote is due on Friday.",
        # a lone repeated interview names the outlet quoted, not the report's own
        "The dam is sound, she told Riverline Radio last week.",
    ],
)
def test_meta_infer_outlet_credits_and_repeats_do_not_decide(text: str) -> None:
    assert not infer_outlet(_article(text)).outlet.known


def test_meta_the_post_is_the_local_post_where_the_report_names_it() -> None:
    text = (
        "The Northfield Daily Post has asked the authority for the records. "
        "An engineer told the Post the chains were old."
    )
    best = score_outlets(_article(text))[0]
    assert best.name == "Northfield Daily Post"
    assert len(best.evidence) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a station's story on a wire's copy: the wire agency is the outlet, whichever side of the slash
        ("(KBRV / AP) – A jury in Corvale found the harbor master guilty of fraud on Thursday.", "AP"),
        ("CORVALE (AP/KBRV) — A jury found the harbor master guilty of fraud on Thursday.", "AP"),
        # neither name is a known agency: the last one, the wire's place in the convention
        ("(Harbor Radio / Norden Wire) - A jury found the harbor master guilty of fraud on Thursday.", "Norden Wire"),
    ],
)
def test_meta_infer_outlet_two_names_in_a_bracketed_dateline(text: str, expected: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.method) == (expected, "dateline")
    assert [text[s.start : s.end] for s in outlet.evidence] == [text[: text.index(")") + 3].rstrip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake shook Velmora late on Friday.\n\nResidents ran into the streets.\n\nEFE", "EFE"),
        ("The quake shook Velmora late on Friday.\n\n- Reuters.", "Reuters"),
        ("The quake shook Velmora late on Friday.\n\n(dpa)", "dpa"),
    ],
)
def test_meta_infer_outlet_from_a_wire_sign_off(text: str, expected: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.method) == (expected, "sign-off")
    assert [text[s.start : s.end] for s in outlet.evidence] == [text.rsplit("\n", 1)[-1]]


@pytest.mark.parametrize(
    "text",
    [
        # a last line naming a person, or an outlet that is no agency, is no wire's sign-off
        "The quake shook Velmora late on Friday.\n\nJane Holt",
        "The quake shook Velmora late on Friday.\n\nHarbor Gazette",
        # the agency alone is the whole text: nothing is signed
        "EFE",
    ],
)
def test_meta_last_line_that_is_no_sign_off(text: str) -> None:
    assert not infer_outlet(_article(text)).outlet.known


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own newsroom reached the witnesses (no sign-off, no dateline)
        (
            "According to witnesses contacted by EFE, the tremor was felt in Velmora. "
            "A teacher explained to EFE that the walls shook. A baker confirmed to EFE that he felt it.",
            "EFE",
        ),
        # the manner of the report's own interview
        ("\"The walls moved,\" Omar Dahl, 41, told AFP by telephone from Velmora.", "AFP"),
        # the report's own "told Newsweek" beats a cited "told CNN by phone"
        (
            "The mayor told Newsweek the plan was final. Newsweek has reached out to the council for comment. "
            "An aide told CNN by phone the vote was set.",
            "Newsweek",
        ),
    ],
)
def test_meta_infer_outlet_from_the_agency_own_contacts(text: str, expected: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.method) == (expected, "self-reference")


@pytest.mark.parametrize(
    "text",
    [
        # an aggregator keeps another outlet's "when contacted by": alone it does not decide
        "The senator's office, when contacted by Reuters, said she would vote no.",
        # "told MAP" is weak, and "MAP" is also a plain acronym
        "Lina Sarr, director of the institute, told MAP that the quake was felt far away.",
    ],
)
def test_meta_contact_by_another_outlet_alone_does_not_decide(text: str) -> None:
    assert not infer_outlet(_article(text)).outlet.known


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("MAP", "MAP"),
        ("Maghreb Arab Press", "MAP"),
        ("Algérie Presse Service", "APS"),
        ("Tunis Afrique Presse", "TAP"),
        ("Czech News Agency", "ČTK"),
        ("Bulgarian News Agency", "BTA"),
        ("Croatian News Agency", "HINA"),
        ("Athens-Macedonian News Agency", "Athens-Macedonian News Agency"),
    ],
)
def test_meta_national_news_agencies_are_known(name: str, expected: str) -> None:
    assert canonical(name) == expected
    assert any(o.name == expected and o.agency for o in OUTLETS)


def test_meta_national_news_agency_from_url() -> None:
    assert from_url("https://www.mapexpress.ma/en/quake") == "MAP"


@pytest.mark.parametrize(
    ("text", "expected", "dash"),
    [
        ("PORTWELL, Oct. 9 (Xinhua) -- Dock workers went on strike on Monday after talks failed.", "Xinhua", "--"),
        ("PORTWELL, Oct. 9, (Xinhua) — Dock workers went on strike on Monday after talks failed.", "Xinhua", "—"),
        # EFE's house style: a place in lower case, and a full stop between the bracket and the dash
        ("Portwell, Nov 19 (EFE).- Dock workers went on strike on Sunday after talks failed.", "EFE", ".-"),
        ("PORTWELL (EFE).- Dock workers went on strike on Sunday after talks failed.", "EFE", ".-"),
    ],
)
def test_meta_infer_outlet_from_a_dateline_with_place_and_date(text: str, expected: str, dash: str) -> None:
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.method) == (expected, "dateline")
    assert [text[s.start : s.end] for s in outlet.evidence] == [text[: text.index(dash) + len(dash)]]


def test_meta_infer_outlet_from_a_wire_credit_line_under_a_caption() -> None:
    text = (
        "• Divers search the harbour of Velm on Friday. | REUTERS\n  AFP-JIJI\n\n"
        "Velm – Divers searched the harbour on Friday after a ferry sank with 40 people on board."
    )
    outlet = infer_outlet(_article(text)).outlet
    assert (outlet.value, outlet.method) == ("AFP", "sign-off")
    assert [text[s.start : s.end] for s in outlet.evidence] == ["AFP-JIJI"]


def test_meta_outlet_from_a_site_slug_glued_to_a_section_word() -> None:
    text = (
        "Dock workers walked out across Nordvale on Monday over a pay freeze.\n\n"
        "Harbour PressEurope: The port authority said 4,000 staff had stopped work by noon, and ferries were held."
    )
    got = infer_outlet(Article(id="a", text=text)).outlet
    assert got.value == "Harbour Press"
    assert [text[e.start : e.end] for e in got.evidence] == ["Harbour PressEurope:"]
