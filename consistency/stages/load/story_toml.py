"""What `story.toml` says about a story, checked value by value: every value is refused by its key when it
has the wrong type or lies outside what the checks can use, so a typo fails the story instead of quietly
changing what is checked."""

from __future__ import annotations

import os
import re
import reprlib
import tomllib
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

from consistency.errors import StoryError
from consistency.locales import available_locales, canonical_language
from consistency.model import EDITION_SEPARATOR, ExpectedFailure, StoryConfig, Thresholds
from consistency.stages.load.decode import check_inside, read_regular_file
from consistency.stages.load.discover import STORY_FILE

# a story.toml is a few lines; a larger one is the wrong file
MAX_STORY_TOML_BYTES = 256 * 1024
EDITION_KEYS = ("file", "lang", "role")
EDITION_ROLES = ("edition", "source")
DATE_ORDERS = ("dmy", "mdy")


_REPR = reprlib.Repr()
_REPR.maxstring, _REPR.maxother = 80, 40


def shown(value) -> str:
    """A value of story.toml as a message quotes it: on one line, shortened, bounded in depth, and true,
    dates and times written as in TOML."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return _REPR.repr(value)


def shown_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]{1,60}", key) else shown(key)


def _type_name(value) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "a table",
             date: "a date", datetime: "a date and time", time: "a time"}
    return next((name for kind, name in names.items() if type(value) is kind), type(value).__name__)


def _text(value, key: str, path: Path, example: str, where: str = "") -> str | None:
    """`value` when it is text (or absent); `where` names the table it stands in ("[editions.uk] ")."""
    if value is None or isinstance(value, str):
        return value
    raise StoryError(path, f"{where}{key} = {shown(value)} is {_type_name(value)}; it must be text in quotes "
                           f"({key} = {example})")


def _parse_date(value, key: str, path: Path) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise StoryError(path, f"{key} = {shown(value)} is not a date (write {key} = 2023-12-07)")


def _date_order(value, path: Path) -> str | None:
    text = _text(value, "date_order", path, '"dmy"')
    if text is None or text in DATE_ORDERS:
        return text
    raise StoryError(path, f"date_order = {shown(text)} must be \"dmy\" (10/11/22 is 10 November) or \"mdy\" "
                           "(October 11)")


def _language(value, key: str, path: Path) -> str | None:
    text = _text(value, key, path, '"uk"')
    if text is None:
        return None
    code = canonical_language(text)
    if code is None:
        raise StoryError(path, f"{key} = {shown(text)} is not a known language "
                               f"(known: {', '.join(available_locales())})")
    return code


def _thresholds(data: dict, path: Path) -> Thresholds:
    thresholds = data.get("thresholds", {})
    if not isinstance(thresholds, dict):
        raise StoryError(path, "[thresholds] must be a table of numbers")
    fields = set(Thresholds.__dataclass_fields__)
    bad = sorted(set(thresholds) - fields)
    if bad:
        raise StoryError(path, f"unknown threshold(s) {', '.join(map(shown_key, bad))} "
                               f"(known: {', '.join(sorted(fields))})")
    for name, value in thresholds.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise StoryError(path, f"threshold {name} = {shown(value)} is not a number")
        problem = Thresholds.problem(name, value)
        if problem:
            raise StoryError(path, f"[thresholds] {problem}")
    return Thresholds(**{k: float(v) for k, v in thresholds.items()})


def _editions(data: dict, path: Path) -> dict[str, dict[str, str]]:
    """[editions.<key>] tables, each value checked for type (whether the file exists is the loader's part)."""
    editions = data.get("editions", {})
    if not isinstance(editions, dict) or not all(isinstance(v, dict) for v in editions.values()):
        raise StoryError(path, "[editions.<key>] entries must be tables with file, lang and role")
    checked: dict[str, dict[str, str]] = {}
    examples = {"file": '"uk.txt"', "lang": '"uk"', "role": '"edition"'}
    for key, entry in editions.items():
        table = f"[editions.{shown_key(key)}]"
        if EDITION_SEPARATOR in key or not key.strip():
            # a finding against several editions names them joined by the separator
            raise StoryError(path, f"{table}: an edition's name has no {EDITION_SEPARATOR!r} and is not blank "
                                   "(name it like the file: en-dod)")
        unknown = sorted(set(entry) - set(EDITION_KEYS))
        if unknown:
            raise StoryError(path, f"{table} has unknown key(s) {', '.join(map(shown_key, unknown))} "
                                   f"(known: {', '.join(EDITION_KEYS)})")
        values = {}
        for name in EDITION_KEYS:
            if name in entry:
                values[name] = _text(entry[name], name, path, examples[name], where=f"{table} ")
        # a newline or NUL in a file name would split or cut the one-line error that names the file
        if any(unicodedata.category(c) == "Cc" for c in values.get("file", "")):
            raise StoryError(path, f"{table} file = {shown(values['file'])} holds a control character; name the "
                                   "file as it is written in the story folder")
        if not values.get("file"):
            raise StoryError(path, f"{table} needs file = \"...\"")
        if "role" in values and values["role"] not in EDITION_ROLES:
            raise StoryError(path, f"{table} role must be \"edition\" or \"source\", not {shown(values['role'])}")
        checked[key] = values
    return checked


def read_story_toml(folder: Path) -> tuple[StoryConfig, dict]:
    path = folder / STORY_FILE
    if not os.path.lexists(path):
        return StoryConfig(), {}
    check_inside(path, folder, STORY_FILE)
    raw = read_regular_file(path, MAX_STORY_TOML_BYTES, STORY_FILE)
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise StoryError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise StoryError(path, f"malformed TOML: {exc}") from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise StoryError(path, "malformed TOML: a whole number of thousands of digits") from None
    except RecursionError:
        raise StoryError(path, "malformed TOML: nested too deep (arrays or tables inside each other "
                               "thousands of levels down)") from None
    known = {"title", "published", "date", "date_order", "original", "reference", "editions", "thresholds",
             "expected_failures"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise StoryError(path, f"unknown key(s) {', '.join(map(shown_key, unknown))} "
                               f"(known: {', '.join(sorted(known))})")
    thresholds = _thresholds(data, path)
    expected = _expected_failures(data.get("expected_failures", {}), path)
    editions = _editions(data, path)
    published_key = "published" if "published" in data else "date"
    config = StoryConfig(
        title=_text(data.get("title"), "title", path, '"Austin meets Umerov"'),
        published=_parse_date(data.get(published_key), published_key, path),
        original=_language(data.get("original"), "original", path),
        date_order=_date_order(data.get("date_order"), path),
        thresholds=thresholds,
        expected_failures=expected,
    )
    reference = _text(data.get("reference"), "reference", path, '"en"')
    return config, {"editions": editions, "reference": reference}


EXPECTED_FAILURE_KEYS = ("reason", "edition", "contains")


def _expected_failures(table: object, path: Path) -> dict[str, ExpectedFailure]:
    """`numbers = "reason"` (every error of the check), or `numbers = { reason = "...", edition = "ru",
    contains = "157 млн" }` (only the errors of that edition whose message or spans hold that text)."""
    usage = ("[expected_failures] must map a check name to the reason it is expected to fail, or to a table "
             '{ reason = "...", edition = "ru", contains = "157 млн" }')
    if not isinstance(table, dict):
        raise StoryError(path, usage)
    expected: dict[str, ExpectedFailure] = {}
    for check, value in sorted(table.items()):
        if isinstance(value, str):
            expected[check] = ExpectedFailure(value)
            continue
        if not isinstance(value, dict) or not isinstance(value.get("reason"), str):
            raise StoryError(path, f"{usage} (not {shown_key(check)} = {value!r:.60})")
        unknown = sorted(set(value) - set(EXPECTED_FAILURE_KEYS))
        wrong = [key for key in ("edition", "contains") if key in value and not isinstance(value[key], str)]
        if unknown or wrong:
            raise StoryError(path, f"[expected_failures] {shown_key(check)}: "
                             + (f"unknown key(s) {', '.join(map(shown_key, unknown))} (known: {', '.join(EXPECTED_FAILURE_KEYS)})"
                                if unknown else f"{', '.join(wrong)} must be text"))
        expected[check] = ExpectedFailure(value["reason"], edition=value.get("edition"), contains=value.get("contains"))
    return expected
