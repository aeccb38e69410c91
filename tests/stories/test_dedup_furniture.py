"""Near-duplicates are told by the reports' running text (QA round AI): a station that prints a short press release
word for word under its own headline and dateline ("KERLAN, Ostland (WKRL) –" over "KERLAN, Ostland, May 20, 2022
/PRNewswire/ --") is a copy of it, though the headlines, datelines and the release's product lines take a fifth of
its shingles. Two reports of one recall in their own words stay apart.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.stories.dedup import copied_text, find_duplicates, shingles

BODY = [
    "Brindle Foods is recalling select jars of Hazel Crest spread sold in Ostland because they may hold traces "
    "of an undeclared nut.",
    "People with an allergy to tree nuts run the risk of a serious or life-threatening reaction if they eat the "
    "spread, and should not open the jars.",
    "The recalled jars were sold in grocery stores and corner shops across the northern provinces. Batch codes "
    "are printed on the lid beside the best-before date.",
    "Customers who have bought a recalled jar should throw it away or take it back to the shop for a full refund.",
    "Customers with questions can call the company's help line from 9 a.m. to 5 p.m. on weekdays.",
]
RELEASE = (
    "Brindle Foods Issues Voluntary Recall of Select Hazel Crest Spread Jars Sold in Ostland Over Nut Traces\n\n"
    f"KERLAN, Ostland, May 20, 2022 /PRNewswire/ -- {BODY[0]} {BODY[1]}\n\n{BODY[2]}\n\n"
    "HAZEL CREST 400 GRAM SMOOTH SPREAD, BATCH 2214425\n\nHAZEL CREST 750 GRAM CRUNCHY SPREAD, BATCH 2214431\n\n"
    f"{BODY[3]}\n\n{BODY[4]}"
)
STATION_COPY = (
    "Hazel Crest spread recalled over nut traces\n\n"
    f"KERLAN, Ostland (WKRL) – {BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n{BODY[3]}\n\n{BODY[4]}"
)
OWN_WORDS = (
    "Nut traces prompt Hazel Crest recall\n\n"
    "Shoppers in northern Ostland are being told to check their cupboards after Brindle Foods pulled two kinds of "
    "its Hazel Crest spread on Friday. The company said the jars might contain tree nuts that are not listed on "
    "the label. Shops in Kerlan and the other northern towns took the jars off their shelves the same day, and the "
    "company promised refunds to anyone who returns one. A spokeswoman said no one had reported falling ill."
)


def test_station_copy_of_a_release_is_a_near_duplicate() -> None:
    assert find_duplicates([("release", RELEASE), ("station", STATION_COPY)]) == {"station": "release"}


def test_headline_and_dateline_are_not_compared() -> None:
    kept = shingles(copied_text(STATION_COPY))
    assert not any(b"wkrl" in s or b"recalled over nut" in s for s in kept)
    # the whole texts share well under the Jaccard line; their running texts share far more
    whole_a, whole_b = shingles(RELEASE), shingles(STATION_COPY)
    run_a, run_b = shingles(copied_text(RELEASE)), shingles(copied_text(STATION_COPY))
    assert len(run_a & run_b) / len(run_a | run_b) > len(whole_a & whole_b) / len(whole_a | whole_b) + 0.1


def test_a_report_in_its_own_words_is_no_duplicate() -> None:
    assert find_duplicates([("release", RELEASE), ("own", OWN_WORDS)]) == {}
