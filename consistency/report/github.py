"""GitHub Actions workflow commands: each finding as `::error file=…,line=…::message`, so a pull request
shows it on the line of the story file it is about, then the verdict as a plain line for the log.

    consistency check stories/pentagon-2023-12-06 --format github
"""

from __future__ import annotations

import os
from pathlib import Path

from consistency.model import Finding, Report
from consistency.report.text import escape_controls

# GitHub's three annotation levels
LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    """A command's message: %, CR and LF escaped as the runner reads them back."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A property value (file, title): also ':' and ',' escaped, which end a value."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _path(folder: Path | None, file_name: str) -> str:
    """The edition file as the workflow's checkout names it: relative to GITHUB_WORKSPACE (or the current
    folder) where the story folder lies inside it, else as given."""
    path = Path(file_name) if folder is None else Path(folder) / file_name
    root = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    absolute = os.path.abspath(path)
    if absolute.startswith(os.path.abspath(root) + os.sep):
        return Path(os.path.relpath(absolute, root)).as_posix()
    return path.as_posix()


def _annotated(finding: Finding) -> str | None:
    """The edition whose line carries the annotation: the (first) one the finding is against, where it has
    a line; else the first edition that has one (a name missing from an edition points at the sentence of
    the editions that have it). One annotation a finding: GitHub shows only the first ten of a kind."""
    own = [key for key in finding.edition_keys if key in finding.lines]
    return (own or sorted(finding.lines) or [None])[0]


def github_commands(report: Report, folder: Path | None = None, *, verbose: bool = False) -> list[str]:
    """One workflow command per finding (`info` findings only with `verbose`)."""
    commands: list[str] = []
    for finding in report.findings:
        if finding.severity == "info" and not verbose:
            continue
        title = f"consistency: {finding.check}" + (f" {finding.kind}" if finding.kind else "")
        fix = f" Suggested fix: {finding.evidence.get(finding.edition, '')} → {finding.suggestion}" if finding.suggestion else ""
        message = escape_controls(f"{report.story}: {finding.message}{fix}")
        key = _annotated(finding)
        if key is None:
            commands.append(f"::{LEVEL[finding.severity]} title={_property(title)}::{_data(message)}")
        else:
            first, last = finding.lines[key]
            file_name = report.editions.get(key, {}).get("file", key)
            where = f"file={_property(_path(folder, file_name))},line={first}" + (f",endLine={last}" if last != first else "")
            commands.append(f"::{LEVEL[finding.severity]} {where},title={_property(title)}::{_data(message)}")
    return commands


def to_github(report: Report, folder: Path | None = None, *, verbose: bool = False) -> str:
    counts = report.counts
    verdict = (f"{report.story}: {report.verdict.upper()} — {counts['error']} error(s), {counts['warning']} "
               f"warning(s), {counts['info']} info")
    return "\n".join([*github_commands(report, folder, verbose=verbose), escape_controls(verdict)]) + "\n"
