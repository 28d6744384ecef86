"""What `story.toml` says about a story, checked value by value."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path

from consistency.errors import StoryError
from consistency.locales import canonical_language
from consistency.model import StoryConfig, Thresholds


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
