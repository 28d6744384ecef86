"""Per-language rules, read from `locales/<code>.toml`: a fourth language is a new file, not new code.

A newsroom adds a language (or overrides a shipped one) without touching the package: put `<code>.toml`
in a directory and name it in the environment variable CONSISTENCY_LOCALES (several directories joined by
os.pathsep; they are searched first, in order). Rules are read once per process, so the variable must be
set before the first story is checked.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import StoryError


ENVIRONMENT_VARIABLE = "CONSISTENCY_LOCALES"


def locales_dir() -> Path:
    """The shipped rules: `consistency/locales` inside an installed wheel, else the repository's `locales/`."""
    packaged = Path(__file__).resolve().parent / "locales"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "locales"


def locale_dirs() -> tuple[Path, ...]:
    """Where rules are looked up, first match wins: the CONSISTENCY_LOCALES directories, then the shipped ones."""
    extra = [Path(part).expanduser() for part in os.environ.get(ENVIRONMENT_VARIABLE, "").split(os.pathsep) if part]
    return (*extra, locales_dir())


@dataclass(frozen=True)
class Locale:
    code: str
    data: dict[str, Any]

    def section(self, name: str) -> dict[str, Any]:
        return self.data.get(name, {})

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
    return tuple(sorted({p.stem for d in locale_dirs() for p in d.glob("*.toml") if not p.stem.startswith("_")}))


@lru_cache(maxsize=None)
def load_locale(code: str) -> Locale:
    path = next((d / f"{code}.toml" for d in locale_dirs() if (d / f"{code}.toml").is_file()), locales_dir() / f"{code}.toml")
    if not path.is_file():
        known = ", ".join(available_locales())
        raise StoryError(path, f"no rules for language {code!r} (known: {known}; "
                               f"a directory named in {ENVIRONMENT_VARIABLE} may add <code>.toml)")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise StoryError(path, f"malformed locale file: {exc}") from None
    return Locale(code=code, data=data)


def all_locales() -> tuple[Locale, ...]:
    return tuple(load_locale(code) for code in available_locales())


def canonical_language(code: str) -> str | None:
    """`uk`, `UA`, `ua` → `uk`; None when no locale knows the code."""
    lowered = code.strip().lower()
    for locale in all_locales():
        if lowered == locale.code or lowered in locale.aliases:
            return locale.code
    return None
