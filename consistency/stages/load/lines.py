"""Where each line of a loaded edition stands in its file: the loader drops page furniture, bullets'
markers, markup and runs of blank lines, so "paragraph 12" of the loaded text is line 32 of the file a
person opens. Every renderer reports the file's line, found here once per edition.

    lines = file_lines(written, loaded)  # the file line of each line of `loaded`, 1-based
"""

from __future__ import annotations

import html
import re
import unicodedata

# A loaded line is looked for this many file lines past the previous one found: page furniture and blank
# lines are the only lines skipped, and a window keeps a line that is not found from costing the whole file.
SEARCH_WINDOW = 400
# Enough letters to tell one line of a story from another, few enough to sit on the first line of an HTML
# paragraph that its source wraps over several lines.
PREFIX_LETTERS = 24
TAG = re.compile(r"<[^<>]*>")
# a Markdown link's target, which the loader drops: "[AP](https://ap.org)" reads "AP"
LINK_TARGET = re.compile(r"\]\([^()]*\)")
# the line breaks the loader knows (str.splitlines knows more: a form feed, U+2028...)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def letters(line: str) -> str:
    """The line's letters and digits, lower case: what survives markup, normalisation and bullets alike."""
    return "".join(c for c in unicodedata.normalize("NFC", line).lower() if c.isalnum())


def _written_keys(written: str) -> list[str]:
    return [letters(html.unescape(TAG.sub(" ", LINK_TARGET.sub("]", line)))) for line in LINE_BREAK.split(written)]


def _holds(file_key: str, loaded_key: str) -> bool:
    if not file_key:
        return False
    if file_key == loaded_key:
        return True
    if len(loaded_key) < PREFIX_LETTERS:
        return False  # a short line is found only as itself: "AP повідомило" is inside too many lines
    # an HTML line holding the paragraph (among tags or other paragraphs), or the first line of a paragraph
    # that the HTML source wraps
    return loaded_key[:PREFIX_LETTERS] in file_key or (len(file_key) >= 8 and loaded_key.startswith(file_key))


def file_lines(written: str, loaded: str) -> tuple[int, ...]:
    """The 1-based line of the file (`written`: its decoded text, markup and furniture still in) that each
    line of `loaded` (the edition's text) comes from. A blank loaded line, or one not found, takes the line
    after the previous one; a line found is never placed before the last line found."""
    keys = _written_keys(written)
    found: list[int] = []
    last_found = 0
    cursor = 0  # index of the file line where the search starts
    for line in loaded.split("\n"):
        key = letters(line)
        previous = found[-1] if found else 0
        hit = None
        if key:
            for index in range(cursor, min(len(keys), cursor + SEARCH_WINDOW)):
                if _holds(keys[index], key):
                    hit = index
                    break
        if hit is None:
            found.append(previous + 1)
            continue
        last_found = max(hit + 1, last_found)  # an HTML line may hold the next paragraph too: never back
        found.append(last_found)
        # an exact line is used up; a line that holds more (HTML) may hold the next paragraph too
        cursor = hit + 1 if keys[hit] == key else hit
    return tuple(found)
