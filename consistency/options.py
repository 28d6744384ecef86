"""How to run the pipeline, and the one way to build that from a command line, a pytest ini file or keywords.

Every entry point (the CLI's `check` and `check-all`, the pytest plugin, the notebook's `Audit.run`) gives
its raw values to `build_options`; the checks of those values live in `Options.__post_init__`, so a bad
value reads the same wherever it came from.
"""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass
from typing import Any

from consistency.errors import OptionError

TRANSLATOR_MODES: tuple[str, ...] = ("auto", "transformers", "precomputed", "none")
TRANSLATOR_HELP = ("auto: a cached model if any, else precomputed <lang>.<pivot>.txt files, else none; "
                   "transformers: a Hugging Face model (fails if none is available); precomputed: the files only; "
                   "none: no MT")
# what runs the Hugging Face model: transformers itself, or CTranslate2 (the same model converted, int8 on a
# CPU: 3.8× the sentences per second at OPUS-MT's size on one core, benchmarks/mt_backends.py)
MT_ENGINES: tuple[str, ...] = ("transformers", "ctranslate2")
# the parts of the pipeline a run may switch on; each brings the stages and checks it needs
PIPELINE_PARTS: tuple[str, ...] = ("language", "facts", "alignment")


@dataclass(frozen=True)
class Options:
    """How to run the pipeline; every field ends up in the report's signature."""

    pivot: str = "en"
    translator: str = "auto"  # one of TRANSLATOR_MODES
    model: str | None = None  # hub id or local directory
    mt_engine: str = "transformers"  # one of MT_ENGINES
    revision: str | None = None
    allow_download: bool = False
    device: str = "cpu"
    batch_size: int = 16
    num_beams: int = 1
    max_length: int = 512
    embeddings: bool = True
    cache_dir: str | None = None
    progress: bool | None = None  # None: bars where someone watches; True: also lines in a CI log; False: silent
    checks: tuple[str, ...] = PIPELINE_PARTS

    def __post_init__(self) -> None:
        if self.translator not in TRANSLATOR_MODES:
            raise OptionError(f"translator {self.translator!r} is not one of {', '.join(TRANSLATOR_MODES)}")
        if self.mt_engine not in MT_ENGINES:
            raise OptionError(f"mt_engine {self.mt_engine!r} is not one of {', '.join(MT_ENGINES)}")
        for name in ("batch_size", "num_beams", "max_length"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise OptionError(f"{name} must be a whole number of at least 1, not {value!r}")
        if isinstance(self.checks, str):
            object.__setattr__(self, "checks", parse_parts(self.checks))
        elif any(name in PART_OF_CHECK and name not in PIPELINE_PARTS for name in self.checks):
            object.__setattr__(self, "checks", parse_parts(",".join(self.checks)))
        unknown = [part for part in self.checks if part not in PIPELINE_PARTS]
        if unknown:
            raise OptionError(f"checks: unknown pipeline part(s) {', '.join(map(repr, unknown))} "
                              f"(known: {', '.join(PIPELINE_PARTS)}, or the checks {', '.join(PART_OF_CHECK)})")
        if not isinstance(self.pivot, str) or not self.pivot or not self.pivot.isalpha():
            raise OptionError(f"pivot {self.pivot!r} is not a language code")
        # imported here: this module is imported at pytest start-up, before any locale is needed
        from consistency.locales import available_locales, canonical_language

        pivot = canonical_language(self.pivot)
        if pivot is None:
            raise OptionError(f"pivot {self.pivot!r} is not a language with rules (known: "
                              f"{', '.join(available_locales())}; rules for another language go in "
                              "<code>.toml in a directory named by CONSISTENCY_LOCALES)")
        object.__setattr__(self, "pivot", pivot)  # "EN" and "en" are one run

    def replace(self, **overrides: Any) -> "Options":
        """A copy with some fields changed; an unknown field is an OptionError naming the known ones."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise OptionError(f"unknown option(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        return dataclasses.replace(self, **overrides)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# the pipeline part that produces each check's findings: a run may name the checks as its tests are named
PART_OF_CHECK: dict[str, str] = {"language": "language", "numbers": "facts", "dates": "facts", "entities": "facts",
                                 "omission": "alignment", "addition": "alignment", "semantic": "alignment"}


def parse_parts(text: str) -> tuple[str, ...]:
    """"language, facts" → ("language", "facts"); a check's name stands for its part ("numbers,dates" →
    ("facts",)), since the tests and findings are named by check."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    return tuple(dict.fromkeys(PART_OF_CHECK.get(name, name) for name in names))


def build_options(**raw: Any) -> Options:
    """Options from raw values, as the CLI, the pytest plugin and the notebook hold them: a value of None
    (an option not given) keeps the default; `checks` may be a comma-separated string."""
    given = {name: value for name, value in raw.items() if value is not None}
    return Options().replace(**given)


# ---------------------------------------------------------------- the command line

def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The options `check` and `check-all` share."""
    parser.add_argument("--pivot", default=None, help="language everything is translated into (default: en)")
    parser.add_argument("--translator", default=None, choices=TRANSLATOR_MODES, help=TRANSLATOR_HELP)
    parser.add_argument("--model", help="Hugging Face model id or local directory for --translator transformers")
    parser.add_argument("--revision", help="model revision (a branch, tag or commit)")
    parser.add_argument("--mt-engine", default=None, choices=MT_ENGINES,
                        help="what runs the model: transformers (default) or ctranslate2 (converted once into the "
                             "cache folder, int8 on a CPU: several times faster; pip install 'consistency[ctranslate2]')")
    parser.add_argument("--download-model", action="store_true",
                        help="allow downloading the model from the Hugging Face Hub (otherwise no network call is made)")
    parser.add_argument("--device", default=None, help="torch device for MT: cpu, cuda, auto")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--beams", type=int, default=None, help="beam size for MT (1 = greedy)")
    parser.add_argument("--no-embeddings", action="store_true", help="align without sentence embeddings")
    parser.add_argument("--cache-dir", help="translation cache folder (default: the user cache dir)")
    parser.add_argument("--checks", default=None, metavar="PARTS",
                        help=f"pipeline parts to run, comma-separated from {','.join(PIPELINE_PARTS)}, or the checks they "
                             f"run ({','.join(PART_OF_CHECK)}) (default: all)")


def options_from_arguments(args: argparse.Namespace) -> Options:
    return build_options(
        pivot=args.pivot, translator=args.translator, model=args.model, revision=args.revision, mt_engine=args.mt_engine,
        allow_download=args.download_model or None, device=args.device, batch_size=args.batch_size,
        num_beams=args.beams, embeddings=False if args.no_embeddings else None, cache_dir=args.cache_dir,
        checks=args.checks,
    )
