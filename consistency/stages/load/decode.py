"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy 8-bit encodings the
locales name (`language.legacy_encodings`: cp1251 and KOI8-U for the shipped Cyrillic ones)."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from consistency.errors import StoryError
from consistency.locales import all_locales, merged, script_of


def _legacy_encodings() -> tuple[str, ...]:
    """In locale order; on a tie in plausibility the first listed wins (cp1251 before KOI8-U)."""
    return tuple(merged("language.legacy_encodings"))


def _legacy_scripts() -> frozenset[str]:
    return frozenset(loc.get("language.script") for loc in all_locales() if loc.get("language.legacy_encodings"))


def _plausibility(text: str, scripts: frozenset[str]) -> float:
    """Share of the letters in `scripts` that are lower case: right decodings of prose are mostly lower
    case, while cp1251 bytes read as KOI8-U (or the reverse) come out mostly upper case."""
    letters = [c for c in text if c.isalpha() and script_of(c) in scripts]
    if not letters:
        return 0.0
    return sum(c.islower() for c in letters) / len(letters)


BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode_without_bom(raw: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 if it decodes, else whichever legacy encoding reads as plausible prose."""
    if b"\x00" in raw:
        raise StoryError(path, "not a text file (it holds NUL bytes; UTF-16 needs a byte-order mark)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encodings = _legacy_encodings()
    decoded = {}
    for encoding in encodings:
        try:
            decoded[encoding] = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not decoded:
        names = ["UTF-8", *encodings]
        listed = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
        raise StoryError(path, f"cannot decode: not {listed} text")
    scripts = _legacy_scripts()
    encoding = max(decoded, key=lambda e: (_plausibility(decoded[e], scripts), -encodings.index(e)))
    return decoded[encoding], encoding


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 with or without BOM, UTF-16 with BOM, or a locale's legacy encoding."""
    encoding = next((name for bom, name in BOMS if raw.startswith(bom)), None)
    if encoding is None:
        text, encoding = _decode_without_bom(raw, path)
    else:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise StoryError(path, f"cannot decode as {encoding}: {exc.reason} at byte {exc.start}") from None
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 200):
        raise StoryError(path, f"not a text file ({controls} control characters)")
    return text, encoding
