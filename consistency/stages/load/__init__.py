"""The load stage: a story folder read into a Story of Editions (decoded, markup and page furniture
removed, Unicode normalised). Every problem a user can fix raises StoryError naming the file; nothing is
written here.

    story = load_story("stories/pentagon-2023-12-06")
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from consistency.errors import StoryError
from consistency.locales import canonical_language
from consistency.model import Edition, Story
from consistency.stages.load.chrome import normalise, strip_chrome
from consistency.stages.load.decode import decode
from consistency.stages.load.discover import STORY_FILE, edition_files
from consistency.stages.load.markup import html_to_text, markdown_to_text
from consistency.stages.load.story_toml import read_story_toml

__all__ = ["decode", "html_to_text", "load_story", "markdown_to_text", "normalise", "read_edition_text",
           "read_story_toml", "strip_chrome"]

# A news article is tens of kilobytes; anything this large is a wrong file, and reading it whole
# would stall a CI job.
MAX_EDITION_BYTES = 5 * 1024 * 1024


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


def load_story(folder: Path | str) -> Story:
    folder = Path(folder)
    if not folder.exists():
        raise StoryError(folder, "no such story folder")
    if not folder.is_dir():
        raise StoryError(folder, "not a folder (a story is a folder of edition files: uk.txt, en.txt, ru.txt)")
    config, extra = read_story_toml(folder)
    found, pivots = edition_files(folder)
    roles: dict[str, str] = {}
    langs: dict[str, str] = {}
    toml_path = folder / STORY_FILE
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
