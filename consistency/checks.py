"""The shape every check shares (after sacrebleu's metrics): a name, a call, a signature of its settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from .model import Analysis, Finding


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[Finding, ...] = ()
    scores: dict[str, Any] = field(default_factory=dict)
    signature: dict[str, Any] = field(default_factory=dict)


class Check(Protocol):
    #: the `check` values of the findings it produces, e.g. ("numbers", "dates", "entities")
    produces: tuple[str, ...]
    name: str

    def __call__(self, analysis: Analysis) -> CheckResult: ...
