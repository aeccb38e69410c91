"""Words the blind QA rounds "al", "am" and "an" found logged as speech that is none, on fictional texts: a
nickname in quotation marks, a name things are referred to by, "too early to tell", what someone knew, and a
notification named as the source of what its maker said."""

from __future__ import annotations

from quote_helpers import run, speakers


def test_nickname_in_quotation_marks_is_no_partial_quote() -> None:
    text = "Vesta Mining said the core, nicknamed “Amber Ridge,” was taken from a reddish rock.\n"
    assert not [q for q in run(text) if q.kind == "partial"]


def test_things_referred_to_as_a_name_do_not_speak() -> None:
    text = 'The Torvane chemicals are referred to as "endless salts" because they do not degrade in soil.\n'
    assert "Torvane" not in " ".join(str(s) for s in speakers(text, "endless salts"))


def test_too_early_to_tell_is_no_report() -> None:
    text = (
        "Lena Ostrow, head of the survey, told Kestrel Radio that although it was too early to tell how long the "
        'flow would last, earlier flows "lasted weeks or even months".\n'
    )
    assert not [q for q in run(text) if q.text.startswith("how long")]


def test_what_someone_knew_is_no_report() -> None:
    text = "In July, the Dorvan government suggested a swap, knowing that Torvik had long demanded Kell's release.\n"
    assert not [q for q in run(text) if q.cue_span is not None and text[q.cue_span.start :].startswith("knowing")]


def test_notification_named_as_source_is_its_makers() -> None:
    text = (
        'The Kestrel carrier said in a notification on its website that a "bad actor" used one port to take data. '
        "According to the notification, there is no evidence that the intruder breached its systems.\n"
    )
    assert speakers(text, "no evidence") == ["Kestrel"]


def test_clause_framing_its_own_quotation_with_the_speaker_is_no_second_quote() -> None:
    text = 'Chief Ana Kell of the island council told Radio Vell: "There will be considerable damage," she said.\n'
    found = [(q.kind, q.speaker) for q in run(text)]
    assert found == [("direct", "Ana Kell")]
