"""Property tests for what tests/facts/test_extract.py and tests/fuzz/test_fuzz_load_and_segment.py leave
out: the fact readers on any Unicode text and on long news-like text with a story date, the whole edition
reader on random files of every suffix, and the HTML and Markdown readers on tag soup."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from consistency.errors import StoryError
from consistency.stages.facts import extract_facts
from consistency.stages.load import html_to_text, markdown_to_text, read_edition_text

NEWS_TOKENS = st.sampled_from(
    list("0123456789 ,.-–—:/$€£₴%+½°№ \u00a0\u202f\u2009\n()«»\"'’")
    + ["млн", "млрд", "тис.", "мільйонів", "миллиардов", "грудня", "декабря", "Dec.", "December", "million",
       "billion", "км", "км²", "кг", "тонн", "miles", "грн", "UAH", "руб.", "доларів", "$", "1st", "52-й", "–го",
       "Умєров", "Остін", "Austin", "Пентагон", "США", "вчора", "yesterday", "в середу", "о 14:00", "at 2 p.m.",
       "2023", "1,5", "1.5", "44,2", "1 000", "10 000 000", "XII", "п'ять", "five", "сто", "one hundred",
       "понад", "about", "almost", "близько", "6–7 грудня", "06.12.2023", "2023-12-06"]
)
news_text = st.lists(NEWS_TOKENS, max_size=120).map("".join)
FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(text=st.one_of(st.text(max_size=300), news_text), lang=st.sampled_from(["en", "uk", "ru"]),
       published=st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31))))
def test_facts_from_any_text_lie_inside_it(text, lang, published):
    facts = extract_facts(text, lang, published=published)
    for fact in facts:
        assert 0 <= fact.start < fact.end <= len(text)
        assert text[fact.start:fact.end] == fact.text
    assert facts == sorted(facts, key=lambda f: (f.start, f.end, f.kind, str(f.value)))


def test_a_figure_too_long_for_a_float_is_no_amount_and_nothing_is_infinite():
    facts = extract_facts("The package costs $" + "9" * 400 + ", not $175 million.", "en")
    assert [f.value for f in facts if f.kind == "money"] == [175_000_000.0]  # the 400-digit run is no amount
    assert all(math.isfinite(f.value) for f in facts if isinstance(f.value, float))


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-u"])


@st.composite
def edition_bytes(draw) -> bytes:
    kind = draw(st.sampled_from(["binary", "encoded", "markup"]))
    if kind == "binary":
        return draw(st.binary(max_size=3000))
    text = draw(st.one_of(st.text(max_size=400), news_text))
    if kind == "markup":
        text = "<html><body><p>" + text.replace("\n\n", "</p><p>") + "</p><script>x()</script></body></html>"
    return text.encode(draw(ENCODINGS), errors="replace")


@FUZZ
@given(raw=edition_bytes(), suffix=st.sampled_from([".txt", ".md", ".html", ".htm"]))
@example(raw="Ки\u00ad\u0306їв".encode(), suffix=".txt")  # soft hyphen between и and its breve
def test_any_file_is_an_edition_or_a_story_error_naming_it(raw, suffix, tmp_path_factory):
    path = tmp_path_factory.mktemp("edition") / f"uk{suffix}"
    path.write_bytes(raw)
    try:
        text, encoding, removed, _lines = read_edition_text(path)
    except StoryError as error:
        assert error.path == path and str(error).startswith(str(path))
        return
    assert text and text == text.strip() and any(c.isalpha() for c in text)
    assert "\r" not in text and "\u00a0" not in text and "\ufeff" not in text and "\n\n\n" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert encoding in {"utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-u"}
    assert all(isinstance(line, str) and line for line in removed)


TAGS = st.sampled_from(["<p>", "</p>", "<div class='a'>", "</div>", "<br>", "<br/>", "<li>", "</li>", "<h1>", "</h1>",
                        "<nav>", "</nav>", "<head>", "</head>", "<body>", "<svg>", "</svg>", "<b>", "</b>", "<a href='x'>",
                        "</a>", "&amp;", "&nbsp;", "&#1050;", "&#x41;", "&bogus;", "<", ">", "&", "<!doctype html>",
                        "<!-- c -->", "Київ ", "Kyiv ", "175 ", "\n", " "])
tag_soup = st.lists(TAGS, max_size=60).map("".join)


@FUZZ
@given(before=tag_soup, after=tag_soup, hidden=st.sampled_from(["script", "style", "noscript", "template"]))
@example(before="<Kyiv ", after="", hidden="script")
def test_html_hides_script_and_style_wherever_they_stand(before, after, hidden):
    # the ">" closes a tag `before` may leave open ("<Kyiv "): a browser too reads "<Kyiv <script>" as one
    # tag with an attribute, and shows what follows
    markup = f"{before}><{hidden}>var HIDDENMARK = '<p>HIDDENMARK</p>';</{hidden}>{after}"
    text = html_to_text(markup)
    assert isinstance(text, str)
    assert "HIDDENMARK" not in text


@FUZZ
@given(markup=st.one_of(st.text(max_size=400), tag_soup))
@example(markup="<![0")  # a malformed marked section: Python's parser asserted on it before 3.13
def test_html_to_text_takes_any_text(markup):
    assert isinstance(html_to_text(markup), str)


MD_TOKENS = st.sampled_from(["# ", "## ", "> ", "- ", "* ", "+ ", "**", "__", "*", "_", "[", "]", "(", ")", "![", "](",
                             "http://x", "Київ", "Kyiv", " ", "\n", "\n\n", "`", "1. "])


@FUZZ
@given(markup=st.one_of(st.text(max_size=400), st.lists(MD_TOKENS, max_size=80).map("".join)))
def test_markdown_to_text_only_ever_removes_markup(markup):
    text = markdown_to_text(markup)
    assert len(text) <= len(markup)
    assert sum(c.isalpha() for c in text) <= sum(c.isalpha() for c in markup)
