"""Loading a story folder: find the editions, decode them, strip page chrome, normalise Unicode.

Every problem a user can fix raises StoryError naming the file; nothing is written here.
"""

from __future__ import annotations

import codecs
import re
import tomllib
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from .errors import StoryError
from .locales import all_locales, available_locales, canonical_language
from .model import Edition, Story, StoryConfig, Thresholds

EDITION_SUFFIXES = (".txt", ".md", ".html", ".htm")
# A news article is tens of kilobytes; anything this large is a wrong file, and reading it whole
# would stall a CI job.
MAX_EDITION_BYTES = 5 * 1024 * 1024
EDITION_STEM = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]+)?$", re.IGNORECASE)
PIVOT_STEM = re.compile(r"^(?P<edition>[a-z]{2,3}(?:-[a-z0-9]+)?)\.(?P<pivot>[a-z]{2,3})$", re.IGNORECASE)

# Spaces that mean "keep together" in typeset news (NBSP, thin, narrow NBSP, figure space) become plain
# spaces: the fact readers treat any space between digit groups as grouping.
SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u202f\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000"), " ")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Ukrainian writes its apostrophe as ʼ (U+02BC), ’ or '; one form inside words keeps words comparable.
WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u02bc\u2019'`\u00b4](?=\w)")
APOSTROPHE = "\u2019"


# ---------------------------------------------------------------- decoding

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


# ---------------------------------------------------------------- markup

class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one block element per paragraph. The stdlib parser is enough:
    we need text and block boundaries, not a DOM."""

    BLOCKS = {"p", "div", "section", "article", "header", "footer", "li", "ul", "ol", "h1", "h2", "h3",
              "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "br", "hr", "main", "aside"}
    HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "nav", "button", "form", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            # </head> is optional in HTML: the body starts visible even when the head was never closed
            self.hidden_depth = 0
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        if tag == "li" and not self.hidden_depth:
            self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(lines)


MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(markup: str) -> str:
    text = MD_IMAGE.sub("", markup)
    text = MD_LINK.sub(r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*+]\s+", "• ", text, flags=re.MULTILINE)
    return MD_EMPHASIS.sub(r"\2", text)


# ---------------------------------------------------------------- normalising and chrome

def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # invisibles go before composing: a soft hyphen between "и" and its combining breve would keep them apart
    text = unicodedata.normalize("NFC", text.translate(SPACES).translate(INVISIBLE))
    text = WORD_APOSTROPHE.sub(APOSTROPHE, text)
    text = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _chrome_patterns(key: str) -> tuple[re.Pattern, ...]:
    return tuple(
        re.compile(pattern, re.IGNORECASE) for locale in all_locales() for pattern in locale.get(f"chrome.{key}", [])
    )


def strip_chrome(text: str) -> tuple[str, tuple[str, ...]]:
    """Drop page furniture: language switches, banners, share buttons, and photo-caption blocks
    (a short block holding a credit line such as "Photo By:"). Returns (text, removed lines)."""
    line_patterns = _chrome_patterns("lines")
    credit_patterns = _chrome_patterns("credit_lines")
    kept_blocks: list[str] = []
    removed: list[str] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if 0 < len(lines) <= 6 and any(p.match(line) for p in credit_patterns for line in lines):
            removed.extend(lines)
            continue
        kept = []
        for line in lines:
            if any(p.match(line) for p in line_patterns):
                removed.append(line)
            else:
                kept.append(line)
        if kept:
            kept_blocks.append("\n".join(kept))
    return "\n\n".join(kept_blocks), tuple(removed)


# ---------------------------------------------------------------- story.toml

def _parse_date(value, path: Path) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise StoryError(path, f"published = {value!r} is not a date (write 2023-12-07)") from None


def read_story_toml(folder: Path) -> tuple[StoryConfig, dict]:
    path = folder / "story.toml"
    if not path.is_file():
        return StoryConfig(), {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise StoryError(path, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise StoryError(path, f"malformed TOML: {exc}") from None
    known = {"title", "published", "date", "original", "reference", "editions", "thresholds", "expected_failures"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise StoryError(path, f"unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    thresholds = data.get("thresholds", {})
    if not isinstance(thresholds, dict):
        raise StoryError(path, "[thresholds] must be a table of numbers")
    fields = set(Thresholds.__dataclass_fields__)
    bad = sorted(set(thresholds) - fields)
    if bad:
        raise StoryError(path, f"unknown threshold(s) {', '.join(bad)} (known: {', '.join(sorted(fields))})")
    for name, value in thresholds.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise StoryError(path, f"threshold {name} = {value!r} is not a number")
    expected = data.get("expected_failures", {})
    if not isinstance(expected, dict) or not all(isinstance(v, str) for v in expected.values()):
        raise StoryError(path, "[expected_failures] must map a check name to the reason it is expected to fail")
    editions = data.get("editions", {})
    if not isinstance(editions, dict) or not all(isinstance(v, dict) for v in editions.values()):
        raise StoryError(path, "[editions.<key>] entries must be tables with file, lang and role")
    original = data.get("original")
    config = StoryConfig(
        title=data.get("title"),
        published=_parse_date(data.get("published", data.get("date")), path),
        original=canonical_language(original) if original else None,
        thresholds=Thresholds(**{k: float(v) for k, v in thresholds.items()}),
        expected_failures=dict(sorted(expected.items())),
    )
    return config, {"editions": editions, "reference": data.get("reference")}


# ---------------------------------------------------------------- the story

def read_edition_text(path: Path) -> tuple[str, str, tuple[str, ...]]:
    """(clean text, encoding, removed chrome lines) of one edition file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StoryError(path, f"cannot read: {exc.strerror}") from None
    if size > MAX_EDITION_BYTES:
        raise StoryError(path, f"file is {size / 1e6:.1f} MB; an edition over {MAX_EDITION_BYTES // 2**20} MB is not a news article")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoryError(path, f"cannot read: {exc.strerror}") from None
    text, encoding = decode(raw, path)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text, re.IGNORECASE):
        text = html_to_text(text)
    elif suffix == ".md":
        text = markdown_to_text(text)
    text, removed = strip_chrome(normalise(text))
    if not text.strip() or not any(c.isalpha() for c in text):
        raise StoryError(path, "edition is empty (no text left after removing page furniture)")
    return text, encoding, removed


def _edition_files(folder: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    editions: dict[str, Path] = {}
    pivots: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in EDITION_SUFFIXES:
            continue
        stem = path.stem
        pivot_match = PIVOT_STEM.match(stem)
        if pivot_match:
            pivots[f"{pivot_match['edition'].lower()}>{pivot_match['pivot'].lower()}"] = path
            continue
        if not EDITION_STEM.match(stem):
            continue  # README.md, notes.txt: not editions
        code, _, variant = stem.lower().partition("-")
        lang = canonical_language(code)
        if lang is None:
            aliases = sorted({alias for locale in all_locales() for alias in locale.aliases if EDITION_STEM.match(alias)})
            raise StoryError(path, f"unknown language code {code!r} (known: {', '.join(available_locales())}; "
                                   f"also read as one of them: {', '.join(aliases)}; rules for another language go in "
                                   f"<code>.toml in a directory named by CONSISTENCY_LOCALES)")
        key = lang + (f"-{variant}" if variant else "")
        if key in editions:
            raise StoryError(path, f"a second edition for {key!r} (already read {editions[key].name})")
        editions[key] = path
    return editions, pivots


def load_story(folder: Path | str) -> Story:
    folder = Path(folder)
    if not folder.exists():
        raise StoryError(folder, "no such story folder")
    if not folder.is_dir():
        raise StoryError(folder, "not a folder (a story is a folder of edition files: uk.txt, en.txt, ru.txt)")
    config, extra = read_story_toml(folder)
    found, pivots = _edition_files(folder)
    roles: dict[str, str] = {}
    langs: dict[str, str] = {}
    toml_path = folder / "story.toml"
    for key, entry in sorted(extra.get("editions", {}).items()):
        file = entry.get("file")
        if not file:
            raise StoryError(toml_path, f"[editions.{key}] needs file = \"...\"")
        path = folder / file
        if not path.is_file():
            raise StoryError(path, f"named in story.toml [editions.{key}] but not found")
        lang = canonical_language(str(entry.get("lang", key.split("-")[0])))
        if lang is None:
            raise StoryError(toml_path, f"[editions.{key}] has unknown lang {entry.get('lang')!r}")
        role = entry.get("role", "edition")
        if role not in ("edition", "source"):
            raise StoryError(toml_path, f"[editions.{key}] role must be \"edition\" or \"source\", not {role!r}")
        # the same file may also have been picked up by its name; the table wins
        found = {k: p for k, p in found.items() if p.resolve() != path.resolve()}
        if key in found:
            raise StoryError(path, f"a second edition for {key!r} (already read {found[key].name})")
        found[key], roles[key], langs[key] = path, role, lang
    editions: dict[str, Edition] = {}
    for key, path in sorted(found.items()):
        text, encoding, removed = read_edition_text(path)
        lang = langs.get(key, key.split("-")[0])
        editions[key] = Edition(
            key=key, lang=lang, path=path, text=text, role=roles.get(key, "edition"), encoding=encoding,
            stripped_lines=removed,
        )
    if not editions:
        raise StoryError(folder, "no editions found (expected files such as uk.txt, en.txt, ru.txt)")
    if sum(1 for e in editions.values() if e.role == "edition") < 2:
        names = ", ".join(e.path.name for e in editions.values())
        raise StoryError(folder, f"a story needs at least two editions to compare; found only {names}")
    for pair, path in pivots.items():
        key, _, _pivot = pair.partition(">")
        key = (canonical_language(key.split("-")[0]) or key) + ("-" + key.split("-", 1)[1] if "-" in key else "")
        if key in editions:
            editions[key] = replace(editions[key], precomputed_pivot=path)
    config = replace(config, sources=tuple(k for k, e in editions.items() if e.role == "source"))
    reference = extra.get("reference")
    if reference is not None and reference not in editions:
        raise StoryError(toml_path, f"reference = {reference!r} names no edition (have: {', '.join(editions)})")
    config = replace(config, reference=reference)
    return Story(slug=folder.resolve().name, path=folder, config=config, editions=editions)
