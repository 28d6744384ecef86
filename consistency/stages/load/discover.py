"""Which folders are stories and which of their files are editions: the one rule the loader, `check-all`
and the pytest plugin share."""

from __future__ import annotations

import os
import re
from pathlib import Path

from consistency.errors import StoryError
from consistency.locales import all_locales, available_locales, canonical_language

EDITION_SUFFIXES = (".txt", ".md", ".html", ".htm")
EDITION_STEM = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]+)?$", re.IGNORECASE)
PIVOT_STEM = re.compile(r"^(?P<edition>[a-z]{2,3}(?:-[a-z0-9]+)?)\.(?P<pivot>[a-z]{2,3})$", re.IGNORECASE)
STORY_FILE = "story.toml"


def is_edition_name(name: str) -> bool:
    """`uk.txt`, `en-dod.md`, `ru.html`: a language code (and a variant) with a text suffix."""
    path = Path(name)
    return path.suffix.lower() in EDITION_SUFFIXES and bool(EDITION_STEM.match(path.stem))


def is_story_folder(folder: Path) -> bool:
    """A folder holding a story.toml or at least one edition file; notes, drafts and READMEs are not."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return False
    return STORY_FILE in names or any(is_edition_name(name) for name in names)


def find_stories(archive: Path) -> list[Path]:
    """Every story folder at or below `archive`, in sorted order."""
    if not archive.is_dir():
        raise StoryError(archive, "no such archive folder")
    stories = []
    for directory, subdirectories, _files in os.walk(archive):
        subdirectories.sort()
        if is_story_folder(Path(directory)):
            stories.append(Path(directory))
    return sorted(stories)


def edition_files(folder: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """Edition files by key ("uk", "en-dod") and precomputed translations by "edition>pivot", read from the
    file names (story.toml may add more)."""
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
        if not is_edition_name(path.name):
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
