"""Speakers the blind QA rounds "ax" and "ay" found wrong, on fictional texts: a participle on a noun for a
person is that person's act, a relative clause on what a video shows is the video's (and so its poster's), a
definite description takes up the person the sentence before is about."""

from __future__ import annotations

from quote_helpers import speakers


def test_participle_on_a_person_noun_is_that_persons() -> None:
    text = "Mayor Tomas Brekk is sued for $2 million by a former aide accusing him of bullying and harassment.\n"
    assert speakers(text, "him of bullying") == ["former aide"]


def test_relative_clause_on_what_a_video_shows_is_the_posters() -> None:
    text = (
        "The councillor Ana Drell later posted a video of the clerks that falsely accused them of "
        "shredding ballots.\n"
    )
    assert speakers(text, "shredding ballots") == ["Ana Drell"]


def test_relative_who_on_the_person_a_video_shows_is_that_persons() -> None:
    text = "Orla Venn posted a video of Tomas Brekk, who said the bridge would reopen in May.\n"
    assert speakers(text, "bridge would reopen") == ["Tomas Brekk"]


def test_description_takes_up_the_subject_of_the_sentence_before() -> None:
    text = (
        "Ilse Varga was awarded $3 million. Her sister Nora Varga was awarded $2 million.\n\n"
        "“Today is a good day,” Ilse Varga said. Ilse Varga thanked the jury.\n\n"
        "Tomas Brekk watched as the verdict was read. After leaving the courtroom, the former harbour mayor "
        "vowed to appeal.\n"
    )
    assert speakers(text, "to appeal") == ["Tomas Brekk"]


def test_subject_of_a_relative_clause_on_its_object_is_not_that_object() -> None:
    text = (
        "President Ilan Dorsk said the miners were safe.\n\n"
        "The president had posted a photo showing medics beside the miners. One medic held the youngest boy, "
        "whom he carried in his arms.\n\n"
        "\"A joy for the whole valley! All nine miners are alive,\" he wrote on a social network.\n"
    )
    assert speakers(text, "A joy for the whole valley") == ["Ilan Dorsk"]


def test_what_a_filmed_video_shows_is_no_ones_words() -> None:
    text = (
        "Tomas Brekk, a Varnish engineer who went to the festival with friends, used his phone to film video "
        "showing injured people being carried out from the square as others shouted for help.\n"
    )
    assert speakers(text, "injured people being carried") == []


def test_officials_are_named_by_the_words_met_not_a_later_fuller_description() -> None:
    text = (
        "The first big harbour festival since the floods turned to tragedy on Saturday, when at least 40 "
        "people died in a crush on the pier, officials said.\n\n"
        "Mayor Ilse Varga later visited the pier to receive briefings from rescue officials.\n"
    )
    assert speakers(text, "turned to tragedy") == ["officials"]
