"""The facts check's findings: the facts compared shown as evidence, and each difference reported once."""

from __future__ import annotations

from consistency.checks.facts.segments import Sentences, segment_span
from consistency.model import Analysis, Fact, Finding


def make_finding(analysis: Analysis, check: str, severity: str, edition: str, kind: str, message: str,
                 shown: dict[str, Fact], *, segment: Sentences | None = None,
                 lacking: str | tuple[str, ...] = ()) -> Finding:
    """A finding showing each fact of `shown` in its edition and, for a fact `lacking` in an edition (or
    several), the segment's sentences of that edition where it should have been."""
    evidence: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    for key, f in sorted(shown.items()):
        text = analysis.story.editions[key].text
        spans[key] = (f.start, f.end)
        evidence[key] = text[f.start : f.end]
    for key in (lacking,) if isinstance(lacking, str) else lacking:
        span = segment_span(analysis, key, segment)
        if span is not None:
            spans[key] = span
            evidence[key] = analysis.story.editions[key].text[span[0] : span[1]]
    return Finding(check=check, severity=severity, edition=edition, message=message,
                   evidence=evidence, spans=spans, kind=kind)


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Each finding once: the first of those of one check, severity, edition and kind on the same spans."""
    seen: set[tuple] = set()
    out: list[Finding] = []
    for f in findings:
        key = (f.check, f.severity, f.edition, f.kind, tuple(sorted(f.spans.items())))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
