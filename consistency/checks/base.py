"""The shape every check shares, after sacrebleu's metrics: a small class whose settings are its fields,
one call that reads the Analysis and returns findings and scores, and a signature derived from those
settings (and from the story thresholds the check reads), so that it cannot drift from what ran.

    class LanguageCheck(Check):
        name = "language"
        produces = ("language",)
        requires = ("segmentations", "languages")
        thresholds = ("foreign_paragraph_confidence",)
        min_paragraph_letters: int = 40          # a setting: a field, so it is in the signature

        def run(self, analysis): ...              # -> (findings, scores)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable

from consistency.model import Analysis, Finding


class Signature(dict):
    """A check's settings as a mapping that prints like sacrebleu's: `check:facts|version:2|mt:True|...`."""

    def __str__(self) -> str:
        return "|".join(f"{key}:{_flat(value)}" for key, value in self.items())


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return ",".join(f"{k}={_flat(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(map(_flat, value))
    return str(value)


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[Finding, ...] = ()
    scores: dict[str, Any] = field(default_factory=dict)
    signature: Signature = field(default_factory=Signature)


@dataclass(frozen=True, kw_only=True)
class Check:
    """Base of every check. Subclasses are frozen dataclasses: their fields are their settings."""

    #: the key of the check's scores and signature in the report
    name: ClassVar[str] = ""
    #: the `check` values of the findings it produces, e.g. ("numbers", "dates", "entities")
    produces: ClassVar[tuple[str, ...]] = ()
    #: the Analysis parts it reads (the pipeline verifies that an earlier stage provides them)
    requires: ClassVar[tuple[str, ...]] = ()
    #: the story.toml thresholds it reads; their values are part of its signature
    thresholds: ClassVar[tuple[str, ...]] = ()
    #: raised when the same settings would give other findings
    version: ClassVar[str] = "1"

    def run(self, analysis: Analysis) -> tuple[Iterable[Finding], dict[str, Any]]:
        """Findings and scores of one story; subclasses implement this."""
        raise NotImplementedError

    def __call__(self, analysis: Analysis) -> CheckResult:
        findings, scores = self.run(analysis)
        ordered = sorted(findings, key=lambda f: (f.sort_key(), tuple(sorted(f.spans.items()))))
        return CheckResult(findings=tuple(ordered), scores=scores, signature=self.signature(analysis))

    def settings(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def signature(self, analysis: Analysis | None = None) -> Signature:
        """name, version, every setting, then the thresholds read from the story (when one is given)."""
        signature = Signature(check=self.name, version=self.version, **self.settings())
        if analysis is not None:
            story_thresholds = analysis.story.config.thresholds
            signature.update({name: getattr(story_thresholds, name) for name in self.thresholds})
        return signature
