"""QA round AC: comparison cases with invented reports (a fire at the Korvane dye works, two kingdoms restoring
ties): a description is no name, an explosion at a clock time is an event's time, and a report quoting a statement
an agency carried is no report of that agency."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare import compare_story
from storyline.compare.dates import clock_times
from storyline.compare.names import name_conflict
from storyline.model import Article, MetaValue
from storyline.pipeline import analyze


def test_a_description_in_place_of_a_name_is_no_name_conflict() -> None:
    """QA AC #2: the entity stage read "Nine people" of one copy as the group "injured workers" named later in
    that report; the other copy names the company and its spokeswoman. A description names no one, so two
    copies of one casualty sentence do not disagree on who."""
    a = ("Nine people were badly hurt and 12 others suffered light burns in the blasts, said Korvane board "
         "member Ilse Marrow.")
    b = "Nine people were badly hurt, and 12 others suffered light burns in the blasts."
    a_names = [("Korvane", "ORG"), ("Ilse Marrow", "PERSON")]
    assert name_conflict(a, b, a_names, [("injured workers", "PERSON")]) is None
    # a proper name in the other copy still disagrees
    assert name_conflict(a, b, a_names, [("Dessel Chemie", "ORG")]) is not None


KORVANE_A = (
    "Korvane works blast\n\n"
    "Work on a valve began on Monday morning, when a small fire broke out, said works manager Olaf Brenn. "
    "The fire led to an explosion at 10:40 a.m. local time, followed by two smaller blasts."
)
KORVANE_B = (
    "Deadly blast at Korvane dye works\n\n"
    "Both of the dead belonged to the works' own fire crew. The explosion and fire on Monday occurred at around "
    "10:50 a.m. local time at a canal wharf used to unload solvents."
)


def test_an_explosion_at_a_clock_time_is_the_event_of_that_time() -> None:
    """QA AC #1: "an explosion at 10:40 a.m." and "occurred at around 10:50 a.m." are two times of one event:
    a conflict, never support of each other."""
    assert [c.written for c in clock_times(KORVANE_A.split("\n")[-1])] == ["10:40 a.m."]
    articles, cmp = compare_texts(("a", KORVANE_A, "Tessel Herald"), ("b", KORVANE_B, "Coastline Wire"))
    one, _ = conflicting(cmp, articles, (0, "at 10:40 a.m."), (1, "around 10:50 a.m."))
    assert one.why == "clock time 10:40 a.m. vs around 10:50 a.m."


CARRIER = (
    "Velmar and Ostrand agree to restore ties\n\n"
    "KARSK: Velmar and Ostrand have agreed to reopen their embassies within two months of the signing.\n\n"
    "\u201cIn answer to the kind offer of President Dallo, the two kingdoms will restore full diplomatic ties,\u201d "
    "a statement carried by Velmar news agency VPA said.\n\n"
    "VPA was banned from Ostrand for years until the talks began."
)
CREDITOR = (
    "Velmar and Ostrand restore ties\n\n"
    "Velmar and Ostrand have agreed to reopen their embassies within two months of the signing, VPA reported "
    "on Friday.\n\n"
    "VPA had been banned from Ostrand since 2019 and reopened its office in Karsk this week."
)


def test_a_report_quoting_a_statement_an_agency_carried_is_no_report_of_that_agency() -> None:
    """QA AC #4: VPA is an actor of the story (banned, reopened its office), so "a statement carried by ... VPA
    said" is taken out as a party's statement; the other report credits VPA for words only the carrier has. The
    carrier still credits VPA itself: it is no report of VPA, and its own sentences keep it as their origin."""
    articles = [Article(id="carrier", text=CARRIER, outlet=MetaValue(value=None)),
                Article(id="creditor", text=CREDITOR, outlet=MetaValue(value="Harbor Daily"))]
    comparison = compare_story(articles, [analyze(a) for a in articles])
    assert [c.outlet for c in comparison.coverage] == ["report carrier", "Harbor Daily"]
    assert all(f.origin != "VPA" for f in comparison.facts if {s.article for s in f.support} == {"carrier"})
