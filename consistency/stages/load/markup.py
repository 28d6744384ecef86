"""The visible text of an HTML or Markdown edition, one paragraph per block."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one block element per paragraph. The stdlib parser is enough:
    we need text and block boundaries, not a DOM."""

    BLOCKS = {"p", "div", "section", "article", "header", "footer", "li", "ul", "ol", "h1", "h2", "h3",
              "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "br", "hr", "main", "aside"}
    HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "nav", "button", "form", "iframe"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            # </head> is optional in HTML: the body starts visible even when the head was never closed
            self.hidden_depth = 0
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        if tag == "li" and not self.hidden_depth:
            self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(lines)


MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(markup: str) -> str:
    text = MD_IMAGE.sub("", markup)
    text = MD_LINK.sub(r"\1", text)
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s{0,3}>\s?", "", text, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*+]\s+", "• ", text, flags=re.MULTILINE)
    return MD_EMPHASIS.sub(r"\2", text)
