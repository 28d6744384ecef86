"""The JSON report: a stable contract (schema "consistency.report/2") that CI tools parse.

Deterministic: keys in a fixed order, floats rounded, findings sorted; the same story gives the same
bytes on every run.
"""

from __future__ import annotations

import json
import math
from typing import Any

from consistency.model import Finding, Report

SCHEMA = "consistency.report/2"


def _plain(value: Any) -> Any:
    """JSON-ready copy: floats rounded to 4 places, tuples as lists, mapping keys as strings."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else round(value, 4)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return str(value)


def locations(finding: Finding, editions: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """edition key -> {"file", "line", "end_line"}: where each span stands in the file a person opens."""
    return {key: {"file": editions[key]["file"] if key in editions else None, "line": first, "end_line": last}
            for key, (first, last) in sorted(finding.lines.items())}


def finding_to_dict(finding: Finding, editions: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "check": finding.check,
        "severity": finding.severity,
        "edition": finding.edition,
        "message": finding.message,
        "evidence": dict(sorted(finding.evidence.items())),
        "spans": {k: list(v) for k, v in sorted(finding.spans.items())},
        "kind": finding.kind,
        "locations": locations(finding, editions or {}),
        "suggestion": finding.suggestion,
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return _plain({
        "schema": SCHEMA,
        "story": report.story,
        "pivot": report.pivot,
        "verdict": report.verdict,
        "counts": report.counts,
        "editions": report.editions,
        "findings": [finding_to_dict(f, report.editions) for f in report.findings],
        "scores": report.scores,
        "notes": list(report.notes),
        "signature": report.signature,
    })


def to_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
