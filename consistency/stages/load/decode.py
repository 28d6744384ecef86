"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, cp1251, KOI8-U."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from consistency.errors import StoryError


def _cyrillic_plausibility(text: str) -> float:
    """Share of Cyrillic letters that are lower case: right decodings of prose are mostly lower case,
    while cp1251 bytes read as KOI8-U (or the reverse) come out mostly upper case."""
    cyrillic = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not cyrillic:
        return 0.0
    return sum(c.islower() for c in cyrillic) / len(cyrillic)


BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode_without_bom(raw: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 if it decodes, else whichever of cp1251 and KOI8-U reads as plausible prose."""
    if b"\x00" in raw:
        raise StoryError(path, "not a text file (it holds NUL bytes; UTF-16 needs a byte-order mark)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = {}
    for encoding in ("cp1251", "koi8-u"):
        try:
            decoded[encoding] = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise StoryError(path, "cannot decode: not UTF-8, cp1251 or KOI8-U text")
    encoding = max(decoded, key=lambda e: (_cyrillic_plausibility(decoded[e]), e == "cp1251"))
    return decoded[encoding], encoding


def decode(raw: bytes, path: Path) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 with or without BOM, UTF-16 with BOM, cp1251, KOI8-U."""
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
