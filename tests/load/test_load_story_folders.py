"""Loading story folders: editions by file name, story.toml, encodings, page chrome, bad input."""

from pathlib import Path

import pytest

from consistency.errors import StoryError
from consistency.stages.load import load_story, normalise, strip_chrome


def write_story(folder: Path, **files: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name.replace("__", ".")
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


UK = "Міністр оборони США Ллойд Остін зустрівся з Рустемом Умєровим у Пентагоні.\n\nВчора США оголосили новий пакет допомоги на 175 мільйонів доларів."
EN = "US Defense Secretary Lloyd Austin met Rustem Umerov at the Pentagon.\n\nYesterday the US announced a new $175 million aid package."
RU = "Министр обороны США Ллойд Остин встретился с Рустемом Умеровым в Пентагоне.\n\nВчера США объявили новый пакет помощи на 175 миллионов долларов."


def test_the_example_story_loads_its_three_editions_and_the_press_release(example_story):
    story = load_story(example_story)
    assert sorted(story.editions) == ["en", "en-dod", "ru", "uk"]
    assert story.editions["en-dod"].role == "source"
    assert story.config.sources == ("en-dod",)
    assert story.config.published.isoformat() == "2023-12-07"
    assert story.config.original == "uk"


def test_page_chrome_is_stripped_and_kept_for_audit(example_story):
    story = load_story(example_story)
    press_release = story.editions["en-dod"]
    assert "official website" not in press_release.text.lower()
    assert "VIRIN" not in press_release.text and "Photo By" not in press_release.text
    assert "Related Stories" not in press_release.text
    assert any("VIRIN" in line for line in press_release.stripped_lines)
    assert not story.editions["uk"].text.startswith("ua en ru")


def test_ua_is_an_alias_for_uk_and_markdown_and_html_editions_are_read(tmp_path):
    folder = write_story(
        tmp_path / "s",
        ua__txt=UK,
        en__md="# Austin meets Umerov\n\nUS Defense Secretary **Lloyd Austin** met [Rustem Umerov](https://example.org).",
        ru__html="<html><head><style>p{}</style><script>var x = 1;</script></head><body><nav>ua en ru</nav>"
        "<p>Министр обороны США Ллойд Остин встретился с Рустемом Умеровым.</p></body></html>",
    )
    story = load_story(folder)
    assert sorted(story.editions) == ["en", "ru", "uk"]
    assert "**" not in story.editions["en"].text and "https://" not in story.editions["en"].text
    assert "var x" not in story.editions["ru"].text and "p{}" not in story.editions["ru"].text
    assert story.editions["ru"].text.startswith("Министр обороны")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-u", "utf-16", "utf-8-sig"])
def test_legacy_and_bom_encodings_decode_to_the_same_text(tmp_path, encoding):
    folder = write_story(tmp_path / "s", uk__txt=UK.encode(encoding), en__txt=EN)
    story = load_story(folder)
    assert story.editions["uk"].text == normalise(UK)


def test_unicode_is_normalised_spaces_and_apostrophes(tmp_path):
    text = "Пакет на 175\u00a0млн доларів і 2\u2009000 одиниць для обʼєктів та об'єктів.\r\n"
    assert normalise(text) == "Пакет на 175 млн доларів і 2 000 одиниць для об’єктів та об’єктів."


def test_a_caption_block_with_a_credit_line_goes_whole():
    text = "First paragraph stays.\n\nTwo men shake hands.\nPhoto By: Someone\n\nSecond paragraph stays."
    kept, removed = strip_chrome(text)
    assert kept == "First paragraph stays.\n\nSecond paragraph stays."
    assert removed == ("Two men shake hands.", "Photo By: Someone")


def test_precomputed_pivot_files_are_attached_to_their_edition(tmp_path):
    folder = write_story(tmp_path / "s", uk__txt=UK, en__txt=EN, **{"uk__en__txt": "Translated."})
    story = load_story(folder)
    assert story.editions["uk"].precomputed_pivot == folder / "uk.en.txt"
    assert sorted(story.editions) == ["en", "uk"]


@pytest.mark.parametrize(
    "files, problem",
    [
        ({"uk__txt": UK}, "at least two editions"),
        ({"uk__txt": "   \n\n  ", "en__txt": EN}, "empty"),
        ({"uk__txt": UK, "de__txt": EN}, "unknown language code 'de'"),
        ({"uk__txt": UK, "ua__txt": UK, "en__txt": EN}, "a second edition"),
        ({"uk__txt": b"\x00\x01\x02binary\x00" * 20, "en__txt": EN}, "not a text file"),
        ({"uk__txt": UK, "en__txt": EN, "story__toml": "title = \n"}, "malformed TOML"),
        ({"uk__txt": UK, "en__txt": EN, "story__toml": "[thresholds]\nsemantic_z = 'high'\n"}, "not a number"),
        ({"uk__txt": UK, "en__txt": EN, "story__toml": "colour = 'red'\n"}, "unknown key"),
    ],
)
def test_bad_input_names_the_file_and_the_problem(tmp_path, files, problem):
    folder = write_story(tmp_path / "s", **files)
    with pytest.raises(StoryError) as raised:
        load_story(folder)
    assert problem in str(raised.value)
    assert str(folder) in str(raised.value)


def test_a_missing_folder_and_a_huge_file_are_refused(tmp_path):
    with pytest.raises(StoryError, match="no such story folder"):
        load_story(tmp_path / "nowhere")
    folder = write_story(tmp_path / "big", en__txt=EN)
    with (folder / "uk.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(StoryError, match=r"uk\.txt: file is 52\.4 MB"):
        load_story(folder)
