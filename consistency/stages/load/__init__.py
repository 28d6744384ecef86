"""The load stage: a story folder read into a Story of Editions (decoded, markup and page furniture
removed, Unicode normalised). Every problem a user can fix raises StoryError naming the file; nothing is
written here.

    story = load_story("stories/pentagon-2023-12-06")
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from consistency.errors import StoryError
from consistency.files import printable
from consistency.locales import canonical_language
from consistency.model import Edition, Story
from consistency.stages.load.chrome import normalise, strip_chrome
from consistency.stages.load.decode import check_inside, checked_size, decode, read_regular_file
from consistency.stages.load.discover import STORY_FILE, edition_files, is_edition_name, is_translation_name
from consistency.stages.load.lines import file_lines
from consistency.stages.load.markup import html_to_text, markdown_to_text
from consistency.stages.load.story_toml import MAX_STORY_TOML_BYTES, read_story_toml, shown, shown_key

__all__ = ["MAX_EDITION_BYTES", "decode", "html_to_text", "load_story", "markdown_to_text", "normalise",
           "read_edition_text", "read_story_toml", "read_written_text", "strip_chrome"]

# A news article is tens of kilobytes; anything this large is a wrong file, and reading it whole
# would stall a CI job. Precomputed translations are held to the same limit.
MAX_EDITION_BYTES = 5 * 1024 * 1024
EDITION = "an edition"
TRANSLATION = "a precomputed translation"
ARTICLE_SIZE = " (a news article is tens of kilobytes)"


def _read_file(path: Path) -> tuple[str, str, str]:
    """(decoded file, its text with markup read and normalised, encoding)."""
    raw = read_regular_file(path, MAX_EDITION_BYTES, EDITION, ARTICLE_SIZE)
    decoded, encoding = decode(raw, path)
    text = decoded
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text, re.IGNORECASE):
        text = html_to_text(text)
    elif suffix == ".md":
        text = markdown_to_text(text)
    return decoded, normalise(text), encoding


def read_written_text(path: Path) -> tuple[str, str]:
    """(text, encoding) of one edition file as written: decoded, markup read, normalised, page furniture
    still in (a translation made of the file has a line for each of its lines)."""
    _decoded, text, encoding = _read_file(path)
    return text, encoding


def read_edition_text(path: Path) -> tuple[str, str, tuple[str, ...], tuple[int, ...]]:
    """(clean text, encoding, removed chrome lines, the file line of each line of the text) of one edition
    file."""
    decoded, written, encoding = _read_file(path)
    text, removed = strip_chrome(written, path)
    if not text.strip() or not any(c.isalpha() for c in text):
        raise StoryError(path, "edition is empty (no text left after removing page furniture)")
    return text, encoding, removed, file_lines(decoded, text)


def _check_story_file(path: Path, folder: Path, what: str) -> None:
    """Inside the story folder once links are followed, a plain file, not too large; nothing is opened."""
    check_inside(path, folder, what)
    if what == STORY_FILE:
        checked_size(path, MAX_STORY_TOML_BYTES, what)
    else:
        checked_size(path, MAX_EDITION_BYTES, what, ARTICLE_SIZE)


def _check_folder_entries(folder: Path) -> None:
    """Every entry whose name makes it part of the story (story.toml, uk.txt, uk.en.txt), checked before
    anything is read: a link out of the folder would print another file's lines as evidence, a named pipe
    would hang the run, and a folder named uk.txt would quietly drop an edition."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise StoryError(folder, f"cannot read the story folder: {exc.strerror or exc}") from None
    for entry in entries:
        name = entry.name
        if name == STORY_FILE:
            _check_story_file(folder / name, folder, STORY_FILE)
        elif is_translation_name(name):
            _check_story_file(folder / name, folder, TRANSLATION)
        elif is_edition_name(name):
            _check_story_file(folder / name, folder, EDITION)


def _check_translations_beside(path: Path, folder: Path) -> None:
    """`<stem>.en.txt` beside an edition story.toml names (`sub/final.txt`): the translator looks for its
    precomputed translation there, under names the folder's own scan does not take for translations."""
    stem = path.stem.lower() + "."
    try:
        entries = list(os.scandir(path.parent))
    except OSError as exc:
        raise StoryError(path.parent, f"cannot read the folder: {exc.strerror or exc}") from None
    for entry in entries:
        name = entry.name.lower()
        if name.startswith(stem) and name.endswith(".txt") and name[len(stem):-len(".txt")].isalpha():
            _check_story_file(path.parent / entry.name, folder, TRANSLATION)


def _declared_edition(folder: Path, key: str, file: str) -> Path:
    """The file story.toml's [editions.<key>] names, refused unless it is a plain file inside the folder."""
    toml_path = folder / STORY_FILE
    lexical = os.path.normpath(file)
    if os.path.isabs(lexical) or lexical == ".." or lexical.startswith(".." + os.sep):
        raise StoryError(toml_path, f"[editions.{shown_key(key)}] file = {shown(file)} is outside the story "
                                    "folder; name a file inside it, relative to story.toml (file = \"uk.txt\")")
    path = folder / file
    if not os.path.lexists(path):
        raise StoryError(path, f"named in story.toml [editions.{shown_key(key)}] but not found")
    _check_story_file(path, folder, EDITION)
    _check_translations_beside(path, folder)
    return path


def load_story(folder: Path | str) -> Story:
    folder = Path(folder)
    if not folder.exists():
        raise StoryError(folder, "no such story folder")
    if not folder.is_dir():
        raise StoryError(folder, "not a folder (a story is a folder of edition files: uk.txt, en.txt, ru.txt)")
    _check_folder_entries(folder)
    config, extra = read_story_toml(folder)
    found, pivots = edition_files(folder)
    roles: dict[str, str] = {}
    langs: dict[str, str] = {}
    toml_path = folder / STORY_FILE
    for key, entry in sorted(extra.get("editions", {}).items()):
        path = _declared_edition(folder, key, entry["file"])
        lang = canonical_language(entry.get("lang", key.split("-")[0]))
        if lang is None:
            raise StoryError(toml_path, f"[editions.{shown_key(key)}] has unknown lang {shown(entry.get('lang', key))}")
        role = entry.get("role", "edition")
        # the same file may also have been picked up by its name; the table wins
        found = {k: p for k, p in found.items() if p.resolve() != path.resolve()}
        if key in found:
            raise StoryError(path, f"a second edition for {key!r} (already read {found[key].name})")
        found[key], roles[key], langs[key] = path, role, lang
    editions: dict[str, Edition] = {}
    for key, path in sorted(found.items()):
        text, encoding, removed, lines = read_edition_text(path)
        lang = langs.get(key, key.split("-")[0])
        editions[key] = Edition(
            key=key, lang=lang, path=path, text=text, role=roles.get(key, "edition"), encoding=encoding,
            stripped_lines=removed, file_lines=lines,
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
        raise StoryError(toml_path, f"reference = {shown(reference)} names no edition (have: {', '.join(editions)})")
    config = replace(config, reference=reference)
    return Story(slug=printable(folder.resolve().name), path=folder, config=config, editions=editions)
