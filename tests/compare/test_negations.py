"""A statement and its negation in two reports are a conflict (QA round AN: "an unidentified malicious intruder
breached its network" against "no evidence that its systems or network had been compromised", and "hackers may
have obtained ... bank account numbers" against "did not include ... bank account or credit card information",
were each shown as corroborated facts that nothing set against the other)."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.negations import against, told_acts


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


def _against(told: str, denial: str) -> bool:
    return any(against(t, d) for t in told_acts(told) for d in told_acts(denial))


def test_breached_network_against_no_evidence_of_compromise() -> None:
    found = _conflicts(
        ("a", "Orvale Telecom said Tuesday that an unknown intruder breached its network in early March and stole "
              "data on 2 million customers. Shares fell 3%.", "X"),
        ("b", "The company said there was no evidence that its systems or network had been compromised. Orvale "
              "Telecom has 9 million customers.", "Y"),
    )
    assert len(found) == 2
    why = found[0][1]
    assert why == 'breached "its network" (Orvale Telecom) vs no evidence ... compromised "its systems or network" ' \
                  "(the company)"
    assert {text for text, _ in found} == {
        "Orvale Telecom said Tuesday that an unknown intruder breached its network in early March and stole data on 2 "
        "million customers",
        "The company said there was no evidence that its systems or network had been compromised",
    }


def test_item_told_as_taken_against_item_denied() -> None:
    found = _conflicts(
        ("a", "The company said hackers may have obtained names, email addresses and bank account numbers of "
              "Orvale Telecom customers.", "X"),
        ("b", "It said the stolen data did not include passwords, bank account or credit card information. Orvale "
              "Telecom shut the portal.", "Y"),
    )
    assert {why for _, why in found} == {
        'may have obtained "bank account numbers" (the company) vs not include "bank account"'}


def test_kind_of_data_denied_denies_its_items() -> None:
    assert _against("Hackers obtained bank account numbers.", "No financial data was affected by the breach.")
    # a kind told as taken says nothing against one item of it denied
    assert not _against("Hackers obtained financial data.", "No bank account numbers were affected by the breach.")


def test_denial_by_a_company_against_a_reporters_claim() -> None:
    found = _conflicts(
        ("a", "Hackers breached Keswick Rail's network over the weekend, stealing timetables.", "X"),
        ("b", "Keswick Rail denied that its network was breached. Trains ran on time.", "Y"),
    )
    assert {why for _, why in found} == {'breached "Keswick Rail\'s network" vs denied ... breached "its network" '
                                         "(Keswick Rail)"}


def test_no_conflict_without_a_past_act_told() -> None:
    # a hedge, an attempt, a question, "not only": no act told or denied
    assert not _against("The intruder could breach the network again.", "The network was not breached.")
    assert not _against("The gang attempted to breach the network.", "The network was not breached.")
    assert not told_acts("Was the network breached?")
    assert all(not t.denied for t in told_acts("The attack not only compromised the network but shut the tills."))


def test_no_conflict_between_owners_times_or_corrections() -> None:
    assert not _against("Keswick Bank's network was breached.", "Orvale Telecom's network was not breached.")
    # a breach in another year is another breach
    assert not _against("A cyberattack in 2019 exposed Social Security numbers.",
                        "Social Security numbers were not affected by the breach.")
    # a report's own later correction is an update, not a dispute
    assert not _against("Hackers obtained bank account numbers, the bank said.",
                        "The bank later said bank account numbers were not obtained.")
    # the same words of no item ("data", "information") name nothing to dispute
    assert not _against("Hackers obtained data.", "The data was not obtained from the main servers.")


def test_no_conflict_within_one_report() -> None:
    assert not _conflicts(
        ("a", "Hackers breached the network, the company said. The company said its systems were not breached.",
         "X"),
        ("b", "Orvale Telecom shut its customer portal on Monday.", "Y"),
    )


def test_data_denied_whole_against_data_taken() -> None:
    assert _against("Hackers stole data on 2 million customers.", "No customer data was accessed.")
    assert _against("Hackers stole data on 2 million customers.", "The company said hackers did not obtain any data.")
    # some data denied ("from the main servers", "financial") is no denial of all data
    assert not _against("Hackers stole data on 2 million customers.", "The data was not taken from the main servers.")
    assert not _against("Hackers stole data on 2 million customers.", "No financial data was affected.")


def test_owner_of_its_network_is_the_teller() -> None:
    assert _against("Hackers breached the Keswick Rail network.", "Keswick Rail said its network was not breached.")
    assert not _against("Hackers breached the Keswick Rail network.", "Orvale Bank said its network was not breached.")


def test_denial_of_ones_own_deed_needs_the_same_doer() -> None:
    assert not _against("Velmish hackers breached the network.", "Keswick Rail denied hacking the network.")
    assert _against("Keswick Rail hacked the network of its rival.",
                    "Keswick Rail denied hacking the network of its rival.")


def test_a_question_within_a_sentence_tells_nothing() -> None:
    assert not told_acts("Orvale Telecom did not specify which systems were affected by the breach.")
