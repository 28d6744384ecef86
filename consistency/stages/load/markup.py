"""The visible text of an HTML or Markdown edition, one paragraph per block."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one block element per paragraph. The stdlib parser is enough:
    we need text and block boundaries, not a DOM. A table's row is a paragraph of its cells between bars, as a
    Markdown table's (`_tables`): glued, "<td>А-95</td><td>56,40</td>" would read as one code."""

    BLOCKS = {"p", "div", "section", "article", "header", "footer", "li", "ul", "ol", "h1", "h2", "h3",
              "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "br", "hr", "main", "aside"}
    HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "nav", "button", "form", "iframe"}
    CELLS = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.row: list[str] | None = None  # the cells of the open row, read so far
        self.cell: list[str] | None = None  # the text of the open cell

    def parse_marked_section(self, i, report=1):
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            # Python before 3.13 asserts on a malformed "<![" ("<![0"): a page's stray bracket is text
            self.handle_data(self.rawdata[i:i + 3])
            return i + 3

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            # </head> is optional in HTML: the body starts visible even when the head was never closed
            self.hidden_depth = 0
        if tag in self.HIDDEN:
            self.hidden_depth += 1
            return
        if tag in ("table", "tr"):
            self._close_row()  # HTML may leave a row's and a cell's end tags out
        if tag == "tr":
            self.row = []
        elif tag in self.CELLS:
            self._close_cell()
            self.cell = []
        elif self.cell is not None and tag in self.BLOCKS:
            self.cell.append(" ")  # a paragraph or a line break inside a cell stays in the cell
            return
        if tag in self.BLOCKS:
            self.parts.append("\n\n")
        if tag == "li" and not self.hidden_depth:
            self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
            return
        if tag in self.CELLS:
            self._close_cell()
        elif tag in ("tr", "table"):
            self._close_row()
        elif self.cell is not None and tag in self.BLOCKS:
            self.cell.append(" ")
            return
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            (self.cell if self.cell is not None else self.parts).append(re.sub(r"\s+", " ", data))

    def _close_cell(self) -> None:
        if self.cell is None:
            return
        text = re.sub(r"\s+", " ", "".join(self.cell)).strip()
        self.cell = None
        if text and self.row is not None:
            self.row.append(text)
        elif text:  # a cell with no row around it: a paragraph of its own
            self.parts.append("\n\n" + text + "\n\n")

    def _close_row(self) -> None:
        self._close_cell()
        if self.row:
            self.parts.append("\n\n" + _row_line(self.row) + "\n\n")
        self.row = None

    def close(self) -> None:
        super().close()
        self._close_row()


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(lines)


# Linear on any input: a bracket text holds no "[" and a target no "(", so no two attempts scan the same
# characters again (with `[^\]]+`, 100 KB of "[" took minutes); emphasis spans at most 300 characters on
# a line, so a line of unmatched "*" costs 300 steps a character, not the rest of the line each.
MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
MD_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.{1,300}?)(?<=\S)\1")
_BULLET = re.compile(r"[-*+]\s+")
# a cell of a table's delimiter row (GitHub's Markdown): hyphens, a colon perhaps at either end
_TABLE_RULE_CELL = re.compile(r":?-+:?")
_TRAILING_SPACE = re.compile(r"\s*$")


def _bullets(text: str) -> str:
    """`re.sub(r"^\\s*[-*+]\\s+", "• ", text, flags=re.MULTILINE)` without its quadratic cost on long runs
    of blank lines (each line start rescanned the rest of the run): a match starts at the first line start
    of the whitespace before a bullet that the previous match left, so each run is read once."""
    out: list[str] = []
    pos = last = 0
    previous = -1
    for m in _BULLET.finditer(text):
        bullet = m.start()
        # the run reaches back no further than the previous bullet (not a space): read each stretch once
        before = text[last:bullet]
        run_start = bullet - len(before) + len(before.rstrip()) if before.strip() else previous + 1
        run_start = max(pos, run_start)
        last, previous = m.end(), bullet
        first = max(run_start, pos)
        if first == 0 or text[first - 1] == "\n":
            start = first
        else:
            newline = text.find("\n", first, bullet)
            if newline == -1:
                continue
            start = newline + 1
        out.append(text[pos:start])
        out.append("• ")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _row_line(cells: list[str]) -> str:
    """A table's row as one line: its cells between bars, empty ones left out ("А-95 | 56,40")."""
    return " | ".join(cell for cell in cells if cell)


def _cells(line: str) -> list[str]:
    """The cells of a table's row, its outer bars optional ("| a | b |", "a | b")."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip() for cell in inner.split("|")]


def _is_table_rule(line: str, header: str) -> bool:
    """A delimiter row under `header`: bars, and cells of hyphens only, as many as the header's."""
    cells = _cells(line)
    return "|" in line and "|" in header and len(cells) == len(_cells(header)) and all(
        _TABLE_RULE_CELL.fullmatch(cell) for cell in cells)


def _tables(text: str) -> str:
    """Each table (GitHub's Markdown: a header row, a delimiter row, rows to a blank line or a line with no bar) as
    its rows, a row's cells between bars ("| А-95 | 56,40 |" -> "А-95 | 56,40"), each row a paragraph of its own;
    the delimiter row, which says nothing, goes. The bars keep two figures of neighbouring cells apart (a dash or
    a colon would join them) and no splitter cuts at them, as razdel cuts at a semicolon; the blank line after a
    row keeps the Ukrainian and Russian splitters from reading the rows as one hard-wrapped sentence. Line by
    line, so that no run of spaces is scanned twice."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _is_table_rule(lines[i + 1], lines[i]):
            rows = [lines[i]]
            i += 2
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                rows.append(lines[i])
                i += 1
            out += [paragraph for row in rows for paragraph in (_row_line(_cells(row)), "")]
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def markdown_to_text(markup: str) -> str:
    text = _tables(markup.replace("\r\n", "\n"))
    text = MD_IMAGE.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = _bullets(text)
    return MD_EMPHASIS.sub(r"\2", text)
