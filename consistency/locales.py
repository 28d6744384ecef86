"""Per-language rules, read from `locales/<code>.toml`: a fourth language is a new file, not new code.

A newsroom adds a language (or overrides a shipped one) without touching the package: put `<code>.toml`
in a directory and name it in the environment variable CONSISTENCY_LOCALES (several directories joined by
os.pathsep, `:` on Linux and macOS, `;` on Windows; they are searched first, in order, then the shipped
rules). `tests/fixtures/locales/pl.toml` is a worked example.

The variable is read once, when the first rule is looked up, and every stage caches what it compiled
from the rules (`facts.rules.rules_for`, the name glossary, the splitters): set it before the first story
is checked in a process. A test that needs another set of rules runs in a subprocess.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from consistency.errors import StoryError

ENVIRONMENT_VARIABLE = "CONSISTENCY_LOCALES"

# the array-of-tables sections the fact extractors index by key, with the keys each entry must have
_REQUIRED_KEYS = {"scales": ("value", "words"), "currencies": ("code",), "units": ("code", "words")}
# the sections the loader compiles as regular expressions
_PATTERN_LISTS = ("chrome.lines", "chrome.credit_lines")


def locales_dir() -> Path:
    """The shipped rules: `consistency/locales` inside an installed wheel, else the repository's `locales/`."""
    packaged = Path(__file__).resolve().parent / "locales"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "locales"


@lru_cache(maxsize=None)
def locale_dirs() -> tuple[Path, ...]:
    """Where rules are looked up, first match wins: the CONSISTENCY_LOCALES directories, then the shipped ones.

    A directory the variable names that does not exist is an error, not a silent skip: a typo there
    would otherwise surface later as "no rules for language 'pl'"."""
    extra = []
    for part in os.environ.get(ENVIRONMENT_VARIABLE, "").split(os.pathsep):
        if not part.strip():
            continue
        folder = Path(part).expanduser().resolve()  # a later chdir must not move it
        if not folder.is_dir():
            raise StoryError(folder, f"{ENVIRONMENT_VARIABLE} names this as a folder of <code>.toml rules, "
                                     "but there is no such folder")
        extra.append(folder)
    return (*extra, locales_dir())


@dataclass(frozen=True)
class Locale:
    code: str
    data: dict[str, Any]
    source: Path | None = None  # the file the rules were read from (a CONSISTENCY_LOCALES one, or shipped)

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    @property
    def name(self) -> str:
        return self.get("language.name", self.code)

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other codes people use for this language in file names (`ua` for `uk`)."""
        return tuple(self.get("language.aliases", []))


@lru_cache(maxsize=None)
def available_locales() -> tuple[str, ...]:
    """Every language some directory has rules for, sorted; `_name.toml` files are not languages."""
    return tuple(sorted({p.stem for d in locale_dirs() for p in d.glob("*.toml") if not p.stem.startswith("_")}))


def locale_path(code: str) -> Path | None:
    """The file `load_locale(code)` reads: the first directory that has `<code>.toml`; None if none has."""
    if not code or code.startswith(("_", ".")) or Path(code).name != code:
        return None  # not a file name ("../x", "a/b"): no language
    return next((d / f"{code}.toml" for d in locale_dirs() if (d / f"{code}.toml").is_file()), None)


@lru_cache(maxsize=None)
def load_locale(code: str) -> Locale:
    path = locale_path(code)
    if path is None:
        known = ", ".join(available_locales())
        raise StoryError(locales_dir() / f"{code}.toml",
                         f"no rules for language {code!r} (known: {known}; to add one, put {code}.toml "
                         f"in a folder and name that folder in {ENVIRONMENT_VARIABLE})")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise StoryError(path, f"malformed locale file: {exc}") from None
    except UnicodeDecodeError:
        raise StoryError(path, "malformed locale file: not UTF-8 (TOML files are UTF-8)") from None
    if path.parent.resolve() != locales_dir().resolve():
        # a shipped file is the schema the others are checked against (tests/locales check it as a user's)
        _check_shape(path, code, data)
    return Locale(code=code, data=data, source=path)


def _check_shape(path: Path, code: str, data: dict[str, Any]) -> None:
    """What the stages index without a default, checked once here so that a slip in a hand-written
    file is named with its file rather than met later as a KeyError deep in the fact extractors."""
    declared = data.get("language", {}).get("code") if isinstance(data.get("language"), dict) else None
    if declared is not None and declared != code:
        raise StoryError(path, f"[language] code = {declared!r}, but the file is named {code}.toml")
    for section, required in _REQUIRED_KEYS.items():
        entries = data.get(section, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise StoryError(path, f"{section} must be a list of [[{section}]] tables")
        for number, entry in enumerate(entries, 1):
            missing = [key for key in required if key not in entry]
            if missing:
                raise StoryError(path, f"[[{section}]] number {number} has no {missing[0]!r}")
    _check_types(path, data, (), "")
    for dotted in _PATTERN_LISTS:
        node: Any = data
        for part in dotted.split("."):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        for pattern in node if isinstance(node, list) else []:
            try:
                re.compile(pattern)
            except (re.error, TypeError) as exc:
                raise StoryError(path, f"{dotted}: {pattern!r} is not a regular expression ({exc})") from None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"  # TOML dates and times


_ITEM = "[]"  # the elements of a list, in a shape path


@lru_cache(maxsize=None)
def _shipped_shapes() -> dict[tuple[str, ...], frozenset[str]]:
    """For every key path of the shipped locale files, the kinds of value found there. The shipped files
    are the schema: a hand-written file that puts a string where every shipped one has a number would
    otherwise fail far from its cause, as a TypeError in a fact extractor."""
    shapes: dict[tuple[str, ...], set[str]] = {}

    def collect(node: Any, where: tuple[str, ...]) -> None:
        shapes.setdefault(where, set()).add(_kind(node))
        if isinstance(node, dict):
            for key, value in node.items():
                collect(value, (*where, key))
        elif isinstance(node, list):
            for item in node:
                collect(item, (*where, _ITEM))

    for file in sorted(locales_dir().glob("*.toml")):
        if not file.stem.startswith("_"):
            with file.open("rb") as handle:
                collect(tomllib.load(handle), ())
    return {where: frozenset(kinds) for where, kinds in shapes.items()}


def _check_types(path: Path, node: Any, where: tuple[str, ...], label: str) -> None:
    shapes = _shipped_shapes()
    if isinstance(node, dict):
        joined = (lambda key: f"{label}: {key}") if label.startswith("[[") else (lambda key: f"{label}.{key}" if label else key)
        children = [((*where, key), joined(key), value) for key, value in node.items()]
    elif isinstance(node, list):
        table_list = where and shapes.get((*where, _ITEM)) == frozenset({"a table"})
        children = [((*where, _ITEM), f"[[{label}]] number {number}" if table_list else f"{label}[{number}]", item)
                    for number, item in enumerate(node, 1)]
    else:
        return
    for child, name, value in children:
        expected = shapes.get(child)
        if expected is None:  # a key the shipped files lack (a data word, a newer setting): not checked
            continue
        if _kind(value) not in expected:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
            raise StoryError(path, f"{name} must be {' or '.join(sorted(expected))}, not {_kind(value)} ({shown})")
        _check_types(path, value, child, name)


def all_locales() -> tuple[Locale, ...]:
    return tuple(load_locale(code) for code in available_locales())


def merged(dotted: str) -> tuple[Any, ...]:
    """A list key read from every locale and joined, in locale order, without repeats: for what is knowledge
    about a script or about the shared name keys rather than about one language (generation suffixes, the
    folds of Latin name keys, legacy encodings), so that a new locale file can add to it."""
    seen: list[Any] = []
    for locale in all_locales():
        for item in locale.get(dotted, []):
            item = tuple(item) if isinstance(item, list) else item
            if item not in seen:
                seen.append(item)
    return tuple(seen)


@lru_cache(maxsize=4096)
def script_of(char: str) -> str | None:
    """The script a letter belongs to, as the locales name it (`language.script`): "Latin" for "a" and "ą",
    "Cyrillic", "Greek", "Arabic"... from the Unicode character name, so a language in another script is a
    new locale file too."""
    first = unicodedata.name(char, "").split(" ", 1)[0]
    return first.title() if first else None


def locale_scripts() -> frozenset[str]:
    return frozenset(s for locale in all_locales() if (s := locale.get("language.script")))


def canonical_language(code: str) -> str | None:
    """`uk`, `UA`, `ua` → `uk`; None when no locale knows the code."""
    lowered = code.strip().lower()
    for locale in all_locales():
        if lowered == locale.code or lowered in locale.aliases:
            return locale.code
    return None


@lru_cache(maxsize=None)
def cldr_weekday_names(lang: str) -> dict[int, str]:
    """CLDR's weekday names for `lang` in the nominative, by ISO number (Monday is 1); none for a locale Babel does
    not know."""
    from babel.dates import get_day_names

    try:
        return {day + 1: name for day, name in get_day_names("wide", "format", lang).items()}
    except Exception:  # a locale Babel does not know
        return {}


@lru_cache(maxsize=None)
def cldr_month_names(lang: str) -> tuple[dict[int, str], ...]:
    """CLDR's month names for `lang`, one {number: name} list per form (wide and abbreviated, as in a date
    and standing alone); none for a locale Babel does not know (its TOML's own list is all there is)."""
    from babel.dates import get_month_names  # Babel only where months are read, not at every start

    try:
        return tuple(dict(get_month_names(width, context, lang)) for width in ("wide", "abbreviated")
                     for context in ("format", "stand-alone"))
    except Exception:  # a locale Babel does not know
        return ()
