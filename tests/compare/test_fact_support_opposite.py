"""A fact's support states what the fact states: no sentence of opposite meaning, no sentence sharing only the
story's setting words without the same act, no sentence of the same act by other parties (fictional examples)."""

from storyline.compare.align import Unit
from storyline.compare.facts import _cut_quotation, _lead_in, states
from storyline.compare.polarity import ability_conflict
from storyline.model import Span

_ASSURANCE = "passengers remain able to board their ferries and our ticket desk staff is ready to help as needed"


def test_failing_access_is_no_support_of_an_assurance_of_access() -> None:
    failing = (
        "Passengers have shared stories online about not being able to buy tickets, use the cafes and board "
        "ferries using their passes"
    )
    assert ability_conflict(_ASSURANCE, failing)
    assert not states(_ASSURANCE, failing)


def test_difficulties_with_access_is_no_support_of_an_assurance_of_access() -> None:
    troubled = "Passengers at the pier faced disruptions, such as difficulties with passes when boarding their ferries"
    assert ability_conflict(_ASSURANCE, troubled)
    assert not states(_ASSURANCE, troubled)


def test_an_assurance_still_supports_an_assurance() -> None:
    assert ability_conflict(_ASSURANCE, "The operator told passengers they are able to board their ferries") is None


_SETTING = frozenset({"ferry", "bow", "harbour", "pier", "recall", "jam", "store", "tentativ", "agreement", "reach"})


def test_setting_words_alone_do_not_state_another_act() -> None:
    line = "Photos showed a digger removing earth and rock from the bank of the harbour around the ferry's bow."
    other = "Its bow appears to be stuck in the harbour's eastern bank"
    assert not states(line, other, setting=_SETTING | {"bank"})


def test_an_instruction_on_recalled_goods_does_not_state_where_they_were_sold() -> None:
    line = "The recalled plum jam was distributed nationwide in retail stores and other outlets"
    other = "Shoppers should not eat, and stores should not sell, any of the recalled plum jam"
    assert not states(line, other, setting=_SETTING | {"plum"})


def test_an_announcement_states_the_act_it_announces() -> None:
    line = "The Dockers Guild reached a tentative agreement with Marrow Lines on Friday, the guild announced"
    other = "The Dockers Guild announced a tentative labor agreement with Marrow Lines late Friday"
    assert states(line, other, setting=_SETTING | {"friday", "guild", "docker", "marrow", "line", "announc"})


def test_the_same_act_of_other_parties_is_no_support() -> None:
    line = "Guild President Ivo Brandt confirms that they have reached a tentative agreement with Marrow on Friday"
    other = (
        "Kessby Freight and Orvale Shipping said they are still working with the guild to also reach a tentative "
        "agreement"
    )
    assert not states(line, other)


def _unit(text: str, article: str, start: int) -> Unit:
    return Unit(span=Span(article=article, start=start, end=start + len(text)), text=text, tokens=(), report=0)


def test_a_lead_in_to_a_quotation_is_no_fact() -> None:
    lead = "Late Friday, the ferry line posted a statement saying that"
    body = lead + " “all crossings are running on time.”"
    assert _lead_in(_unit(lead, "a", 0), body)
    issued = "Marrow Lines issued the following statement on the agreement:"
    assert _lead_in(_unit(issued.rstrip(":"), "a", 0), issued + "\n“We are pleased.”")


def test_a_claim_finished_by_quoted_words_is_a_fact() -> None:
    part = "Marrow Lines said in a statement it identified a"
    assert not _lead_in(_unit(part, "a", 0), part + " “technical issue” on two ferries")


def test_a_statement_cut_inside_a_quotation_is_no_fact() -> None:
    assert _cut_quotation('All the crew came from Orvale", adding that it is safe and is "trying to resolve it')
    assert not _cut_quotation("The line said it was “working hard” on repairs")
