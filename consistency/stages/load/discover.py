"""Which folders are stories and which of their files are editions: the one rule the loader, `check-all`
and the pytest plugin share."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
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


def is_translation_name(name: str) -> bool:
    """`uk.en.txt`: an edition's precomputed translation into another language (`edition_files` reads it)."""
    path = Path(name)
    return path.suffix.lower() in EDITION_SUFFIXES and bool(PIVOT_STEM.match(path.stem))


def is_story_folder(folder: Path) -> bool:
    """A folder holding a story.toml or at least one edition file; notes, drafts and READMEs are not."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return False
    return STORY_FILE in names or any(is_edition_name(name) for name in names)


@dataclass(frozen=True)
class SkippedFolder:
    """A folder of the archive that is not checked, and why (today: a symbolic link not followed)."""

    path: Path
    reason: str


def find_stories(archive: Path) -> list[Path]:
    """Every story folder at or below `archive`, in sorted order."""
    return survey_archive(archive)[0]


def survey_archive(archive: Path) -> tuple[list[Path], list[SkippedFolder]]:
    """Every story folder at or below `archive` (sorted), and the linked folders it did not follow.

    A symbolic link to a folder is followed when it resolves inside the archive (a newsroom's `latest`
    pointing at this week's story) and otherwise reported, never passed over in silence: a story that is
    quietly not checked is worse than a failing one. A link back to a folder that holds it is a loop."""
    if not archive.is_dir():
        raise StoryError(archive, "no such archive folder")
    root = archive.resolve()
    stories: list[Path] = []
    skipped: list[SkippedFolder] = []

    def walk(folder: Path, real: Path, above: frozenset[Path]) -> None:
        if is_story_folder(folder):
            stories.append(folder)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            return  # an unreadable folder holds no story we could read (os.walk passes over it the same way)
        for entry in entries:
            path = Path(entry.path)
            if not entry.is_symlink():
                if entry.is_dir(follow_symlinks=False):
                    walk(path, real / entry.name, above | {real})
                continue
            target = Path(os.path.realpath(path))
            try:
                is_folder = entry.is_dir()  # follows the link
            except OSError:
                is_folder = False
            if not is_folder:
                if not target.exists() and not path.suffix:
                    # a dangling link with a folder's name: a story moved or unmounted
                    skipped.append(SkippedFolder(path, f"a link to {os.readlink(path)}, which does not exist"))
                continue
            if not (target == root or target.is_relative_to(root)):
                skipped.append(SkippedFolder(path, f"a link to {target}, outside the archive; not followed"))
            elif target in above or target == real:
                skipped.append(SkippedFolder(path, f"a link to {target}, a folder that holds it (a loop); not followed"))
            else:
                walk(path, target, above | {real})

    walk(archive, root, frozenset())
    return sorted(stories), sorted(skipped, key=lambda s: s.path)


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
