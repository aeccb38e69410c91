import codecs
from pathlib import Path

import pytest

from storyline.errors import BinaryInputError, EmptyInputError, InputError
from storyline.ingest.text import check_text, decode

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


@pytest.mark.parametrize(
    ("data", "expected", "encoding"),
    [
        (b"Plain ASCII report.\n", "Plain ASCII report.\n", "utf-8"),
        ("Zoë said “yes” — twice.\r\n".encode(), "Zoë said “yes” — twice.\r\n", "utf-8"),
        (codecs.BOM_UTF8 + "café".encode(), "café", "utf-8"),
        (codecs.BOM_UTF16_LE + "Müller met Øyvind.".encode("utf-16-le"), "Müller met Øyvind.", "utf-16-le"),
        (codecs.BOM_UTF16_BE + "Müller met Øyvind.".encode("utf-16-be"), "Müller met Øyvind.", "utf-16-be"),
        ("The café and the “quoted” words.".encode("cp1252"), "The café and the “quoted” words.", "cp1252"),
        ("Ángel visitó a la señora Muñoz.".encode("latin-1"), "Ángel visitó a la señora Muñoz.", "cp1252"),
        # Mostly UTF-8 with stray cp1252 quotes pasted in: each part read as what it is.
        ("Zoë’s café: ".encode() + b"\x93fine\x94 and na\xefve", "Zoë’s café: “fine” and naïve", "utf-8+cp1252"),
    ],
)
def test_text_decode_table(data: bytes, expected: str, encoding: str) -> None:
    text, used = decode(data, source="x")
    assert text == expected
    assert used == encoding


def test_text_decode_keeps_whitespace_and_newlines_exactly() -> None:
    raw = "\n\n  Lead line.\r\n\tSecond line.  \n\n"
    assert decode(raw.encode(), source="x")[0] == raw


@pytest.mark.parametrize(
    ("name", "must_contain"),
    [
        ("cafe_cp1252.txt", ["café", "“We are glad to be back,”", "said – and"]),
        ("hotel_latin1.txt", ["Naïve", "crème brûlée", "façade", "hôtel"]),
    ],
)
def test_text_decode_western_fixture_files(name: str, must_contain: list[str]) -> None:
    text, _ = decode((FIXTURES / name).read_bytes(), source=name)
    for piece in must_contain:
        assert piece in text


def test_text_decode_cyrillic_single_byte_is_not_misread_as_cp1252() -> None:
    phrase = "Правительство объявило о новых мерах поддержки для фермеров в понедельник утром."
    text, used = decode(phrase.encode("cp1251"), source="x")
    assert used != "cp1252"
    assert "Правительство" in text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\t\r\n  ", EmptyInputError),
        (b"PK\x03\x04\x00\x00\x08\x00binary zip member", BinaryInputError),
        (bytes(range(256)) * 4, BinaryInputError),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 text with control noise \x0e\x0f\x10\x11\x12", BinaryInputError),
    ],
)
def test_text_decode_rejects(data: bytes, error: type[InputError]) -> None:
    with pytest.raises(error) as info:
        decode(data, source="bad.bin")
    assert "bad.bin" in str(info.value)


def test_text_check_text_reports_line() -> None:
    problem = check_text("  ", source="in.jsonl", line=7)
    assert isinstance(problem, EmptyInputError)
    assert "in.jsonl:7" in str(problem)
    assert check_text("fine", source="in.jsonl") is None
