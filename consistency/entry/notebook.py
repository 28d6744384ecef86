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

from consistency.model import SEVERITIES, Analysis, Report

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
    """One row per finding and edition it points at: severity (ordered: `frame[frame.severity >= "warning"]`),
    check, kind, the edition it is seen in, the edition of the span, its file and lines there, the span's
    offsets and text, the message and the suggested fix. Sorted like the report."""
    import pandas as pd

    rows = []
    for number, finding in enumerate(report.findings, start=1):
        keys = sorted(set(finding.evidence) | set(finding.spans)) or [finding.edition]
        for key in keys:
            span = finding.spans.get(key)
            lines = finding.lines.get(key)
            rows.append({
                "finding": number, "severity": finding.severity, "check": finding.check, "kind": finding.kind,
                "edition": finding.edition, "span_edition": key,
                "file": report.editions.get(key, {}).get("file"),
                "line": lines[0] if lines else None, "end_line": lines[1] if lines else None,
                "start": span[0] if span else None, "end": span[1] if span else None,
                "text": finding.evidence.get(key, ""), "message": finding.message,
                "suggestion": finding.suggestion if key in finding.edition_keys else None,
            })
    columns = ["finding", "severity", "check", "kind", "edition", "span_edition", "file", "line", "end_line",
               "start", "end", "text", "message", "suggestion"]
    frame = pd.DataFrame(rows, columns=columns)
    severity = pd.CategoricalDtype(list(reversed(SEVERITIES)), ordered=True)  # info < warning < error
    return frame.astype({"severity": severity, "line": "Int64", "end_line": "Int64", "start": "Int64", "end": "Int64"})


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
    frame = frame[frame.to_numpy().sum(axis=1) > 0]  # a source no fact was counted for is no bar
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
    red marks on the edges are sentences aligned to nothing (left: reference, top: edition), red bands the
    sentences of a paragraph in the wrong language. The axes are numbered by the lines of the edition files,
    as every report names them."""
    import matplotlib.pyplot as plt
    import numpy as np

    matrix = similarity_matrix(analysis, edition, similarity)
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6))
    # a similarity is read on one scale in every plot: the aligner's combined score, which may stray past
    # it, is shown at its end
    image = ax.imshow(np.ma.masked_invalid(np.clip(matrix, 0.0, 1.0)), cmap="viridis", vmin=0.0, vmax=1.0,
                      aspect="auto", interpolation="nearest")
    plt.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="similarity")
    for key, axis_span in ((analysis.reference, ax.axhspan), (edition, ax.axvspan)):
        for first, last in _foreign_sentences(analysis, key):
            axis_span(first - 0.5, last + 0.5, color="#d9534f", alpha=0.25, lw=0)
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
    _label_with_lines(ax.set_xticks, analysis, edition, matrix.shape[1])
    _label_with_lines(ax.set_yticks, analysis, analysis.reference, matrix.shape[0])
    ax.set_xlabel(f"{analysis.story.editions[edition].path.name} line")
    ax.set_ylabel(f"{analysis.story.editions[analysis.reference].path.name} line (reference)")
    ax.set_title(f"{analysis.reference} × {edition}" + ("" if alignment is not None else " (not aligned)"))
    return ax


def _sentence_lines(analysis: Analysis, key: str) -> list[int]:
    """The file line each sentence of an edition starts on: the lines every report names."""
    edition = analysis.story.editions[key]
    return [edition.lines_of((s.start, s.end))[0] for s in analysis.segmentations[key].sentences]


def _label_with_lines(set_ticks, analysis: Analysis, key: str, count: int, most: int = 12) -> None:
    if not count:
        return
    lines = _sentence_lines(analysis, key)
    step = max(1, -(-count // most))
    positions = list(range(0, count, step))
    set_ticks(positions, [str(lines[i]) for i in positions])


def _foreign_sentences(analysis: Analysis, key: str) -> list[tuple[int, int]]:
    """(first, last) sentence of each stretch a language finding says is in another language."""
    sentences = analysis.segmentations[key].sentences
    stretches = []
    for finding in analysis.findings:
        if finding.check != "language" or finding.severity != "error" or key not in finding.spans:
            continue
        start, end = finding.spans[key]
        inside = [s.index for s in sentences if s.start < end and start < s.end]
        if inside:
            stretches.append((min(inside), max(inside)))
    return stretches
