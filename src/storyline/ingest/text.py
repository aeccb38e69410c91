"""Bytes to text: byte-order marks, strict UTF-8, then a Western single-byte guess, then charset-normalizer.

The decoded text is returned exactly as decoded: newlines are not normalized and nothing is stripped, because
every offset storyline produces indexes into it. Only a leading byte-order mark is dropped (it is part of the
encoding, not of the text).

Why not charset-normalizer first: on a short English report in Windows-1252 it often answers cp1250 or cp775
and turns "é" into "ĺ" (measured on the fixtures in tests/fixtures/ingest). English news that is not UTF-8 is
almost always Windows-1252 or Latin-1, so that guess is tried first and kept unless the text it gives is
mostly accented letters, which is what a Cyrillic or Greek single-byte file looks like when misread as cp1252.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from storyline.errors import BinaryInputError, EmptyInputError, EncodingError, InputError

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that do occur in text files.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# Above this share of control characters the input is taken for binary data.
_MAX_CONTROL_SHARE = 0.05
# Above this share of non-ASCII letters a cp1252 reading is doubted (French runs near 4 %, German near 2 %).
_MAX_ACCENTED_SHARE = 0.3


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and ch not in _TEXT_CONTROLS)
    return controls / len(text)


def _accented_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ord(ch) > 127) / len(letters)


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 rejects as Windows-1252 (Latin-1 for its five holes)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), error.end


codecs.register_error("storyline-cp1252", _cp1252_bytes)


def _mixed_utf8(data: bytes) -> str | None:
    """Text that is UTF-8 but for a few stray Windows-1252 bytes (pasted quotes, a cp1252 signature), or None.

    Decoding such a file wholly as cp1252 would turn every correct "é" into "Ã©"; here only the stray bytes
    are read as cp1252. A valid multi-byte UTF-8 sequence almost never arises by chance in cp1252 text (it
    needs a byte such as "Ã" followed by one of "€‚ƒ„…†‡ˆ‰Š‹Œ" and the like), so a few of them, against at
    most four times as many invalid bytes, are taken as UTF-8 with strays.
    """
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if good == 0 or 4 * good < bad:
        return None
    return data.decode("utf-8", errors="storyline-cp1252")


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes that are not UTF-8; returns (text, encoding name)."""
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _accented_share(text) <= _MAX_ACCENTED_SHARE:
        return text, "cp1252"
    best = from_bytes(data).best()
    if best is None:
        if text:  # cp1252 decodes it and nothing better was found: keep the Western reading
            return text, "cp1252"
        raise EncodingError("cannot tell the character encoding", source=source)
    return str(best), best.encoding


def decode(data: bytes, *, source: str) -> tuple[str, str]:
    """Decode ``data`` to text; returns ``(text, encoding)``.

    Raises ``BinaryInputError`` for NUL bytes (outside UTF-16/32) or many control characters,
    ``EncodingError`` when no encoding fits, ``EmptyInputError`` when the text is only whitespace.
    Does not normalize newlines, Unicode forms or whitespace.
    """
    bom = _bom(data)
    if bom is not None:
        encoding, skip = bom
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            message = f"starts with a {encoding} byte-order mark but is not {encoding}"
            raise EncodingError(message, source=source) from exc
    elif b"\x00" in data:
        raise BinaryInputError("binary data (NUL bytes), not text", source=source)
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _guess(data, source)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise BinaryInputError("binary data (control characters), not text", source=source)
    if not text.strip():
        raise EmptyInputError("empty file" if not data else "empty (nothing but whitespace)", source=source)
    return text, encoding


def check_text(text: str, *, source: str, line: int | None = None, what: str = "text") -> InputError | None:
    """The problem with an already decoded text field (empty or binary-looking), or None when it is fine."""
    if not text.strip():
        return EmptyInputError(f"{what} is empty", source=source, line=line)
    if "\x00" in text or _control_share(text) > _MAX_CONTROL_SHARE:
        return BinaryInputError(f"{what} holds control characters, not text", source=source, line=line)
    return None
