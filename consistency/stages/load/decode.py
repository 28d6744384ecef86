"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy 8-bit encodings the
locales name (`language.legacy_encodings`: cp1251 and KOI8-U for the shipped Cyrillic ones).

Also the checks every story file passes before a byte of it is read (`check_inside`, `checked_size`,
`read_regular_file`):
a story folder comes from whoever wrote it, and a CI job must neither print a file from outside it (a link
to /etc/passwd) nor hang on a named pipe nor stall on a file of hundreds of megabytes."""

from __future__ import annotations

import codecs
import os
import stat
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


def check_inside(path: Path, root: Path, what: str) -> None:
    """Refuse `path` when it resolves (symbolic links followed) outside the folder `root`; a link to another
    file of the same story is fine. Nothing is opened. `what` names the file for the message ("an edition")."""
    try:
        resolved = path.resolve(strict=False)
        inside = root.resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links
        raise StoryError(path, "is a loop of symbolic links") from None
    if not resolved.is_relative_to(inside):
        how = "is a symbolic link" if path.is_symlink() else "leads through a symbolic link"
        raise StoryError(path, f"{how} out of the story folder {inside}; {what} is read only from inside its "
                               "story folder (copy the file in instead of linking to it)")


_NOT_A_FILE = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


def _refuse_unless_regular(path: Path, mode: int, what: str) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _NOT_A_FILE if test(mode)), "not a plain file")
        raise StoryError(path, f"is {kind}; {what} must be a plain text file")


def checked_size(path: Path, limit: int, what: str, why: str = "") -> int:
    """Size of `path` after refusing anything but a plain file of at most `limit` bytes, by stat and without
    opening it: opening a named pipe waits for a writer forever, and a file of 300 MB read whole stalls CI."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        broken = " (a broken symbolic link)" if path.is_symlink() else ""
        raise StoryError(path, f"not found{broken}") from None
    except (OSError, ValueError) as exc:
        raise StoryError(path, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    _refuse_unless_regular(path, status.st_mode, what)
    if status.st_size > limit:
        size = f"{status.st_size / 1e6:.1f} MB" if status.st_size >= 1e6 else f"{status.st_size / 2**10:.0f} KB"
        raise StoryError(path, f"file is {size}; {what} may be at most {_size(limit)}{why}")
    return status.st_size


def read_regular_file(path: Path, limit: int, what: str, why: str = "") -> bytes:
    """The bytes of a plain file of at most `limit` bytes; anything else is a StoryError naming `path`.
    `why` follows the limit in the message (" (a news article is tens of kilobytes)")."""
    checked_size(path, limit, what, why)
    try:
        # non-blocking, and checked again once open: the path may have been swapped since the stat
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise StoryError(path, f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(descriptor, "rb") as handle:
        _refuse_unless_regular(path, os.fstat(handle.fileno()).st_mode, what)
        try:
            raw = handle.read(limit + 1)  # bounded even where stat says 0 bytes (/proc)
        except OSError as exc:
            raise StoryError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise StoryError(path, f"file is over {_size(limit)}; {what} may be at most {_size(limit)}{why}")
    return raw


def _size(limit: int) -> str:
    return f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit / 2**10:g} KB"


# Bytes 0x80-0xFF of a legacy 8-bit file now and then happen to form a valid UTF-8 sequence ("Мі" in cp1251
# is U+0333), but only a small share of them: a file with this many real UTF-8 characters, more than its
# undecodable bytes, was written in UTF-8 and then had legacy-encoded lines pasted in.
MIN_UTF8_CHARACTERS_OF_A_MIX = 16


def _refuse_mixed_encodings(raw: bytes, first_bad: int, path: Path) -> None:
    """Decoding a mix whole as cp1251 would turn its UTF-8 part into mojibake that reads on as "text", so
    a file that is mostly UTF-8 is refused with the place where it stops being UTF-8."""
    text = raw.decode("utf-8", errors="surrogateescape")
    undecodable = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    utf8_characters = sum(1 for c in text if c > "\x7f" and not "\udc80" <= c <= "\udcff")
    if utf8_characters < MIN_UTF8_CHARACTERS_OF_A_MIX or utf8_characters <= undecodable:
        return
    line = raw.count(b"\n", 0, first_bad) + 1
    raise StoryError(path, f"mixes encodings: valid UTF-8 up to byte {first_bad} (line {line}), then "
                           f"{undecodable} bytes that are not UTF-8 (cp1251 or another legacy encoding?); "
                           "save it in one encoding, UTF-8")


BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode_without_bom(raw: bytes, path: Path) -> tuple[str, str]:
    """UTF-8 if it decodes, else whichever legacy encoding reads as plausible prose."""
    if b"\x00" in raw:
        raise StoryError(path, "not a text file (it holds NUL bytes; UTF-16 needs a byte-order mark)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    _refuse_mixed_encodings(raw, first_bad, path)
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
