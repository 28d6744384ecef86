"""Helpers for editors auditing a story in Jupyter.

    from consistency.entry.notebook import Audit, findings_frame, facts_frame, plot_facts, plot_alignment
    audit = Audit.run("stories/pentagon-2023-12-06")
    audit                                # the HTML report: editions side by side, highlights, findings
    findings_frame(audit.report)         # a pandas DataFrame, one row per finding and edition span
    plot_facts(audit.report)             # figures matched / missing / altered per edition
    plot_alignment(audit.analysis, "uk") # reference sentences × uk sentences

pandas and matplotlib are imported inside the functions (the `notebook` extra), so importing this module
costs nothing where they are not installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consistency.model import Analysis, Report

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    from matplotlib.axes import Axes

FACT_STATUSES = ("matched", "missing", "altered", "added", "rounding", "mt_induced")


@dataclass(frozen=True)
class Audit:
    """An analysis and its report together; Jupyter shows it as the HTML report."""

    analysis: Analysis
    report: Report

    @classmethod
    def run(cls, story_dir: Path | str, **options: Any) -> "Audit":
        """Check a story folder; keyword options are Options fields (translator="none", ...)."""
        from consistency.options import build_options
        from consistency.pipeline import Pipeline

        result = Pipeline(build_options(**options)).run(story_dir)
        return cls(analysis=result.analysis, report=result.report)

    def _repr_html_(self) -> str:
        from consistency.report.html import html_fragment

        return html_fragment(self.report, self.analysis)

    def findings(self) -> "pd.DataFrame":
        return findings_frame(self.report)


def findings_frame(report: Report) -> "pd.DataFrame":
    """One row per finding and edition it points at: severity, check, kind, the edition it is seen in,
    the edition of the span, the span's offsets and text, the message. Sorted like the report."""
    import pandas as pd

    rows = []
    for number, finding in enumerate(report.findings, start=1):
        keys = sorted(set(finding.evidence) | set(finding.spans)) or [finding.edition]
        for key in keys:
            span = finding.spans.get(key)
            rows.append({
                "finding": number, "severity": finding.severity, "check": finding.check, "kind": finding.kind,
                "edition": finding.edition, "span_edition": key,
                "start": span[0] if span else None, "end": span[1] if span else None,
                "text": finding.evidence.get(key, ""), "message": finding.message,
            })
    columns = ["finding", "severity", "check", "kind", "edition", "span_edition", "start", "end", "text", "message"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({"start": "Int64", "end": "Int64"})


def facts_frame(report: Report) -> "pd.DataFrame":
    """Facts per edition and status (matched / missing / altered …) from the facts check's scores,
    `report.scores["facts"]["editions"][edition][status]`; when the facts check did not run, findings
    counted by check and kind per edition instead (columns then read "numbers: altered", ...)."""
    import pandas as pd

    counts = report.scores.get("facts", {}).get("editions", {})
    if counts:
        frame = pd.DataFrame.from_dict(counts, orient="index").fillna(0).astype(int)
        ordered = [c for c in FACT_STATUSES if c in frame.columns] + sorted(set(frame.columns) - set(FACT_STATUSES))
        frame = frame[ordered].sort_index()
        frame.index.name = "edition"
        frame.attrs["source"] = "facts scores"
        return frame
    rows: dict[str, dict[str, int]] = {key: {} for key in report.editions}
    for finding in report.findings:
        label = f"{finding.check}: {finding.kind or finding.severity}"
        for key in finding.edition_keys:
            rows.setdefault(key, {})
            rows[key][label] = rows[key].get(label, 0) + 1
    frame = pd.DataFrame.from_dict(rows, orient="index").fillna(0).astype(int).sort_index()
    frame = frame[sorted(frame.columns)]
    frame.index.name = "edition"
    frame.attrs["source"] = "findings by check and kind"
    return frame


def plot_facts(report: Report, ax: "Axes | None" = None) -> "Axes":
    """A stacked bar per edition: its facts matched, missing, altered (or findings by check and kind)."""
    import matplotlib.pyplot as plt

    frame = facts_frame(report)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.5))
    palette = {"matched": "#5cb270", "missing": "#f0a040", "altered": "#d9534f", "added": "#8e7cc3",
               "rounding": "#9ec5e8", "mt_induced": "#b0b0b0"}
    if frame.empty or not frame.to_numpy().any():
        ax.text(0.5, 0.5, "no facts and no findings", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    frame.plot.barh(stacked=True, ax=ax, color=[palette.get(c, None) for c in frame.columns]
                    if all(c in palette for c in frame.columns) else None)
    ax.set_xlabel("facts" if frame.attrs.get("source") == "facts scores" else "findings")
    ax.set_title(f"{report.story}: {frame.attrs.get('source')}")
    ax.invert_yaxis()
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
    return ax


def similarity_matrix(analysis: Analysis, edition: str, similarity: str = "beads") -> "np.ndarray":
    """Reference sentences × edition sentences; NaN where nothing is known.

    similarity="beads": each cell of an alignment bead holds the bead's score, the similarity the checks
    used. similarity="aligner": every pair's similarity as the aligner saw it (embeddings, MT chrF and
    anchors combined), from `analysis.signals`.
    """
    import numpy as np

    if similarity not in ("beads", "aligner"):
        raise ValueError(f"similarity must be 'beads' or 'aligner', not {similarity!r}")
    n = len(analysis.segmentations[analysis.reference].sentences)
    m = len(analysis.segmentations[edition].sentences)
    alignment = analysis.alignments.get(edition)
    if similarity == "aligner" and edition in analysis.signals:
        combined = analysis.signals[edition].combined.get((1, 1))
        if combined is not None and combined.shape == (n, m):
            return np.asarray(combined, dtype=float)
    matrix = np.full((n, m), np.nan)
    if alignment is not None:
        for bead in alignment.beads:
            for i in bead.reference:
                for j in bead.edition:
                    matrix[i, j] = bead.score
    return matrix


def plot_alignment(analysis: Analysis, edition: str, ax: "Axes | None" = None, similarity: str = "beads") -> "Axes":
    """Heatmap of similarity_matrix, with the alignment path (the beads) drawn over it as white dots;
    red marks on the edges are sentences aligned to nothing (left: reference, top: edition)."""
    import matplotlib.pyplot as plt
    import numpy as np

    matrix = similarity_matrix(analysis, edition, similarity)
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6))
    known = matrix[np.isfinite(matrix)]
    # the aligner's combined score is not bounded by 1, so the colours span what is there
    low, high = (float(known.min()), float(known.max())) if known.size else (0.0, 1.0)
    image = ax.imshow(np.ma.masked_invalid(matrix), cmap="viridis", vmin=min(0.0, low), vmax=max(1.0, high),
                      aspect="auto", interpolation="nearest")
    plt.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="similarity")
    alignment = analysis.alignments.get(edition)
    if alignment is not None:
        for bead in alignment.beads:
            if bead.reference and bead.edition:
                cells = [(j, i) for i in bead.reference for j in bead.edition]
                ax.plot([j for j, _ in cells], [i for _, i in cells], "w.", markersize=3)
            elif bead.reference:
                ax.plot([-0.5] * len(bead.reference), list(bead.reference), "r>", markersize=7)
            else:
                ax.plot(list(bead.edition), [-0.5] * len(bead.edition), "rv", markersize=7)
    ax.set_xlabel(f"{edition} sentence")
    ax.set_ylabel(f"{analysis.reference} sentence (reference)")
    ax.set_title(f"{analysis.reference} × {edition}" + ("" if alignment is not None else " (not aligned)"))
    return ax
