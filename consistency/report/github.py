"""GitHub Actions workflow commands: each finding as `::error file=…,line=…::message`, so a pull request
shows it on the line of the story file it is about, then the verdict as a plain line for the log.

    consistency check stories/pentagon-2023-12-06 --format github
"""

from __future__ import annotations

from pathlib import Path

from consistency.files import repository_path
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
    return repository_path(Path(file_name) if folder is None else Path(folder) / file_name)


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
        fix = f" Suggested fix: {finding.suggested_fix()}" if finding.suggestion is not None else ""
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
    # the story's name is a folder's: a newline in it must not start a workflow command of its own
    return "\n".join([*github_commands(report, folder, verbose=verbose), _data(escape_controls(verdict))]) + "\n"
