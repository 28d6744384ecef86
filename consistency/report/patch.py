"""The suggested fixes as a unified diff of the edition files, for a person to review and apply
(`git apply fix.patch`, or `patch -p1 < fix.patch`):

    consistency check stories/pentagon-2023-12-06 --suggest-patch > fix.patch

Each fix replaces the odd edition's words on the line the finding names, in the file as written (page
furniture, markup and spacing kept). A fix that cannot be placed exactly (the words occur twice on the
line, or markup splits them) is left out and said so, never guessed.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from consistency.files import repository_path
from consistency.model import Analysis, Finding
from consistency.stages.load.chrome import APOSTROPHE, APOSTROPHES, SPACES
from consistency.stages.load.lines import letters

# the loader turned these into a plain space and one apostrophe; the file may still have any of them
SPACE_CLASS = "[ \t" + "".join(map(chr, SPACES)) + "]+"
APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]"
# a file's lines as the loader counts them (str.splitlines also breaks at a form feed or U+2028)
LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# a patch is text in UTF-8: a file in another encoding would not take it
PATCHABLE_ENCODINGS = ("utf-8", "utf-8-sig", "ascii")


@dataclass
class SuggestedPatch:
    diff: str  # the unified diff; empty when no fix could be placed
    applied: list[Finding] = field(default_factory=list)
    left_out: list[tuple[Finding, str]] = field(default_factory=list)  # (finding, why)


def _as_written(span_text: str) -> re.Pattern:
    """The loaded span as it may stand in the file: any run of spaces for a space, any apostrophe for one."""
    pattern = []
    for part in re.split(r"( +)", span_text):
        if not part:
            continue
        if part.isspace():
            pattern.append(SPACE_CLASS)
        else:
            pattern.append("".join(APOSTROPHE_CLASS if c == APOSTROPHE else re.escape(c) for c in part))
    return re.compile("".join(pattern))


def _loaded_lines(text: str, span: tuple[int, int]) -> str:
    """The whole lines of the edition's loaded text that the span covers."""
    first = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return text[first: len(text) if end < 0 else end]


def suggested_patch(analysis: Analysis, findings: list[Finding] | tuple[Finding, ...] | None = None) -> SuggestedPatch:
    """The diff that applies every suggested fix of `findings` (default: the analysis's) that can be placed."""
    findings = analysis.findings if findings is None else findings
    result = SuggestedPatch(diff="")
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.suggestion is None:
            continue
        if finding.edition not in finding.lines or finding.edition not in analysis.story.editions:
            result.left_out.append((finding, "its place in the file is not known"))
            continue
        by_file.setdefault(finding.edition, []).append(finding)
    parts: list[str] = []
    for key in sorted(by_file):
        edition = analysis.story.editions[key]
        if edition.encoding.lower() not in PATCHABLE_ENCODINGS:
            result.left_out.extend((f, f"{edition.path.name} is in {edition.encoding}, a patch is UTF-8") for f in by_file[key])
            continue
        # decoded by hand: read_text would turn CRLF into LF and drop a BOM, and the diff would not apply
        raw = Path(edition.path).read_bytes()
        original = raw.decode("utf-8" if edition.encoding.lower() == "utf-8-sig" else edition.encoding)
        lines = LINES.findall(original)
        changed = list(lines)
        for finding in by_file[key]:
            first, last = finding.lines[key]
            stretch = "".join(changed[first - 1: last])
            if letters(_loaded_lines(edition.text, finding.spans[key])) not in letters(stretch):
                # the line map found another line than the span's: a fix there would change a right sentence
                result.left_out.append((finding, "its line in the file could not be told for sure"))
                continue
            said, fix = finding.evidence.get(key, ""), finding.suggestion
            # only the characters that change are replaced: a no-break space beside them stays as written
            head = len(os.path.commonprefix([said, fix]))
            tail = len(os.path.commonprefix([said[head:][::-1], fix[head:][::-1]]))
            pattern = re.compile(_as_written(said[:head]).pattern + "(" + _as_written(said[head: len(said) - tail]).pattern
                                 + ")" + _as_written(said[len(said) - tail:]).pattern)
            matches = list(pattern.finditer(stretch))
            if len(matches) != 1:
                why = "its words are not on the line as written" if not matches else "its words occur twice on the line"
                result.left_out.append((finding, why))
                continue
            m = matches[0]
            fixed = LINES.findall(stretch[: m.start(1)] + fix[head: len(fix) - tail] + stretch[m.end(1):])
            changed[first - 1: last] = fixed + [""] * (last - first + 1 - len(fixed))
            result.applied.append(finding)
        changed = [line for line in changed if line]  # the places kept for lines a fix joined
        if changed != lines:
            shown = repository_path(edition.path)
            for line in difflib.unified_diff(lines, changed, f"a/{shown}", f"b/{shown}"):
                # a file whose last line has no newline: said the way diff and git say it
                parts.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    result.diff = "".join(parts)
    return result
