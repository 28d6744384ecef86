"""A story folder reads only its own plain files, as a newsroom's CI runs it on stories anyone may have
written: an edition, a precomputed translation or story.toml that leads out of the folder (`../../x`, an
absolute path, a symbolic link), that is not a plain file (a named pipe would hang the run, a folder would
quietly drop an edition), or that is far too large, is refused by name before anything is read. Each refusal
is one line on stderr and exit 2, the file outside is never printed, and nothing is written anywhere.

Every case runs the real CLI (`consistency check`), side by side; the pytest plugin and `check-all` routes
are shown once each at the end."""

from __future__ import annotations

import json
import os
import socket
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from support.story_cli import (
    EN,
    RU,
    UK,
    CliRun,
    folder_digest,
    one_line_error,
    run_all,
    run_cli,
    run_pytest_on_stories,
    write_story,
)

# the content of the file outside the story; it must never reach stdout, stderr or a results file
SECRET = "SECRET-7f3a9c: the source's home address is 12 Hidden Lane"
STORY_ARGS = ("--translator", "none", "--no-embeddings")
UK_EN = ("US Defense Secretary Lloyd Austin met Rustem Umerov at the Pentagon on December 6.\n\n"
         "Kyiv will receive a new aid package of 175 million dollars.\n")


@dataclass
class Case:
    """A story folder built by `build(story, secret)`, and what the refusal must say: the file it names
    (relative to the story folder) and a phrase of the problem."""

    build: Callable[[Path, Path], None]
    names: str
    problem: str
    args: tuple[str, ...] = STORY_ARGS
    digests: dict = field(default_factory=dict)


def _three_editions(story: Path) -> None:
    write_story(story, {"uk.txt": UK, "en.txt": EN, "ru.txt": RU})


def _toml(text: str) -> Callable[[Path, Path], None]:
    def build(story: Path, secret: Path) -> None:
        _three_editions(story)
        write_story(story, {"story.toml": text.replace("SECRET_PATH", str(secret))})
    return build


def _link(name: str, target: str | None = None, editions: dict[str, str] | None = None) -> Callable[[Path, Path], None]:
    """`name` in the story as a symbolic link to `target` (default: the secret file)."""
    def build(story: Path, secret: Path) -> None:
        write_story(story, editions if editions is not None else {"uk.txt": UK, "en.txt": EN, "ru.txt": RU})
        (story / name).parent.mkdir(parents=True, exist_ok=True)
        if (story / name).exists():
            (story / name).unlink()
        os.symlink(target or secret, story / name)
    return build


def _linked_subfolder(story: Path, secret: Path) -> None:
    write_story(story, {"uk.txt": UK, "ru.txt": RU, "story.toml": '[editions.en]\nfile = "shared/secret.txt"\n'})
    os.symlink(secret.parent, story / "shared", target_is_directory=True)


def _translation_beside_a_declared_edition(story: Path, secret: Path) -> None:
    write_story(story, {"en.txt": EN, "ru.txt": RU, "story.toml": '[editions.uk]\nfile = "drafts/final.txt"\n'})
    write_story(story / "drafts", {"final.txt": UK})
    os.symlink(secret, story / "drafts" / "final.en.txt")


def _fifo(name: str, toml: str | None = None) -> Callable[[Path, Path], None]:
    def build(story: Path, secret: Path) -> None:
        files = {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}
        if toml is not None:
            files["story.toml"] = toml
        write_story(story, {k: v for k, v in files.items() if k != name})
        os.mkfifo(story / name)
    return build


def _folder(name: str) -> Callable[[Path, Path], None]:
    def build(story: Path, secret: Path) -> None:
        write_story(story, {k: v for k, v in {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}.items() if k != name})
        write_story(story / name, {"notes.txt": "a folder named like an edition"})
    return build


def _socket(name: str) -> Callable[[Path, Path], None]:
    def build(story: Path, secret: Path) -> None:
        write_story(story, {k: v for k, v in {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}.items() if k != name})
        # a socket's path must be short (108 bytes): bind one in a short folder, then move it in
        with tempfile.TemporaryDirectory(dir="/tmp") as short:
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.bind(os.path.join(short, "s"))
                os.rename(os.path.join(short, "s"), story / name)
            finally:
                server.close()
    return build


def _sparse(name: str, megabytes: int) -> Callable[[Path, Path], None]:
    def build(story: Path, secret: Path) -> None:
        _three_editions(story)
        with (story / name).open("wb") as handle:
            handle.truncate(megabytes * 2**20)
    return build


def _story_toml_too_large(story: Path, secret: Path) -> None:
    _three_editions(story)
    write_story(story, {"story.toml": 'title = "Austin meets Umerov"\n' + "# a comment line\n" * 20_000})


LINK_OUT = "is a symbolic link out of the story folder"
OUTSIDE_PATH = "is outside the story folder"
OUTSIDE = {
    "toml-file-dot-dot": Case(_toml('[editions.en]\nfile = "../../private/secret.txt"\n'), "story.toml",
                              "[editions.en] file = '../../private/secret.txt' is outside the story folder"),
    "toml-file-dot-dot-inside-a-subfolder": Case(
        _toml('[editions.en]\nfile = "drafts/../../../private/secret.txt"\n'), "story.toml", OUTSIDE_PATH),
    "toml-file-absolute": Case(_toml('[editions.en]\nfile = "SECRET_PATH"\n'), "story.toml", OUTSIDE_PATH),
    "toml-file-etc-passwd": Case(_toml('[editions.en]\nfile = "/etc/passwd"\n'), "story.toml",
                                 "file = '/etc/passwd' is outside the story folder"),
    "toml-file-proc-self-status": Case(_toml('[editions.en]\nfile = "/proc/self/status"\n'), "story.toml",
                                       "file = '/proc/self/status' is outside the story folder"),
    "edition-links-out": Case(_link("en.txt"), "en.txt", LINK_OUT),
    "edition-links-to-etc-passwd": Case(_link("ru.txt", "/etc/passwd"), "ru.txt", LINK_OUT),
    "edition-links-to-proc": Case(_link("ru.txt", "/proc/self/status"), "ru.txt", LINK_OUT),
    "edition-links-relatively-out": Case(_link("en.txt", "../../private/secret.txt"), "en.txt",
                                         LINK_OUT),
    "broken-link-out": Case(_link("en.txt", "/nonexistent/secret.txt"), "en.txt", LINK_OUT),
    "translation-links-out": Case(_link("uk.en.txt"), "uk.en.txt",
                                  "a precomputed translation is read only from inside its story folder"),
    "story-toml-links-out": Case(_link("story.toml"), "story.toml", LINK_OUT),
    "declared-edition-links-out": Case(
        _link("sources/dod.txt", editions={"uk.txt": UK, "ru.txt": RU,
                                           "story.toml": '[editions.en]\nfile = "sources/dod.txt"\n'}),
        "sources/dod.txt", LINK_OUT),
    "declared-edition-in-a-linked-subfolder": Case(_linked_subfolder, "shared/secret.txt",
                                                   "leads through a symbolic link out of the story folder"),
    "translation-beside-a-declared-edition-links-out": Case(_translation_beside_a_declared_edition,
                                                            "drafts/final.en.txt", "is a symbolic link out"),
    "edition-is-a-loop-of-links": Case(_link("en.txt", "en.txt"), "en.txt", "symbolic links"),
}
NOT_PLAIN_FILES = {
    "edition-is-a-fifo": Case(_fifo("uk.txt"), "uk.txt", "is a named pipe (FIFO); an edition must be a plain text file"),
    "translation-is-a-fifo": Case(_fifo("uk.en.txt"), "uk.en.txt", "is a named pipe (FIFO)"),
    "declared-edition-is-a-fifo": Case(_fifo("pipe.txt", '[editions.en-dod]\nfile = "pipe.txt"\nlang = "en"\n'),
                                       "pipe.txt", "is a named pipe (FIFO)"),
    "edition-is-a-folder": Case(_folder("en.txt"), "en.txt", "is a folder; an edition must be a plain text file"),
    "story-toml-is-a-folder": Case(_folder("story.toml"), "story.toml", "is a folder; story.toml must be a plain text file"),
    "edition-is-a-socket": Case(_socket("ru.txt"), "ru.txt", "is a socket"),
    "translation-of-300-mb": Case(_sparse("uk.en.txt", 300), "uk.en.txt",
                                  "file is 314.6 MB; a precomputed translation may be at most 5 MB"),
    "translation-of-300-mb-with-precomputed-translator": Case(
        _sparse("uk.en.txt", 300), "uk.en.txt", "may be at most 5 MB",
        ("--translator", "precomputed", "--no-embeddings")),
    "story-toml-too-large": Case(_story_toml_too_large, "story.toml", "story.toml may be at most 256 KB"),
}
REFUSED = {**OUTSIDE, **NOT_PLAIN_FILES}


def _inside_links(story: Path, secret: Path) -> None:
    write_story(story, {"uk.txt": UK, "ru.txt": RU})
    write_story(story / "final", {"en.txt": EN, "uk-en.txt": UK_EN})
    os.symlink("final/en.txt", story / "en.txt")
    os.symlink(story / "final" / "uk-en.txt", story / "uk.en.txt")


ACCEPTED = {  # links that stay inside the story folder are fine
    "links-inside-the-folder": _inside_links,
    "declared-edition-in-a-subfolder": lambda story, secret: (
        write_story(story, {"uk.txt": UK, "ru.txt": RU, "story.toml": '[editions.en]\nfile = "final/en.txt"\n'}),
        write_story(story / "final", {"en.txt": EN})),
}


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """stories/<case>/ for every case, and private/secret.txt beside stories/ (what an escape would read)."""
    root = tmp_path_factory.mktemp("newsroom")
    secret = write_story(root / "private", {"secret.txt": SECRET + "\n"}) / "secret.txt"
    for name, case in REFUSED.items():
        case.build(root / "stories" / name, secret)
    for name, build in ACCEPTED.items():
        build(root / "stories" / name, secret)
    return root


@pytest.fixture(scope="module")
def runs(newsroom: Path) -> dict[str, tuple[CliRun, dict, dict, dict, dict]]:
    """Each case's CLI run with the digests of its story folder and of private/ before and after."""
    def job(name: str, args: tuple[str, ...]) -> Callable[[], tuple]:
        def run() -> tuple:
            story, private = newsroom / "stories" / name, newsroom / "private"
            before = folder_digest(story), folder_digest(private)
            done = run_cli(["check", str(story), *args], cache_dir=newsroom / "cache" / name, timeout=60)
            return done, *before, folder_digest(story), folder_digest(private)
        return run

    jobs = {name: job(name, case.args) for name, case in REFUSED.items()}
    jobs |= {name: job(name, STORY_ARGS) for name in ACCEPTED}
    return run_all(jobs)


@pytest.mark.parametrize("name", list(REFUSED))
def test_the_story_is_refused_by_the_file_and_nothing_outside_is_read(newsroom, runs, name):
    run, story_before, private_before, story_after, private_after = runs[name]
    case = REFUSED[name]
    line = one_line_error(run)
    story = newsroom / "stories" / name
    assert line.startswith(f"consistency: error: {story / case.names}: "), run.describe()
    assert case.problem in line, run.describe()
    assert SECRET not in run.stdout + run.stderr and "Hidden Lane" not in run.stdout + run.stderr
    assert story_after == story_before and private_after == private_before


@pytest.mark.parametrize("name", list(ACCEPTED))
def test_links_and_files_inside_the_story_folder_are_read(runs, name):
    run = runs[name][0]
    assert run.returncode in (0, 1) and "error:" not in run.stderr, run.describe()
    assert "Traceback" not in run.stderr


def test_the_cases_and_their_outcomes(runs):
    """One place that says what this file covers: every refused case exits 2, every accepted one is checked."""
    outcomes = {name: runs[name][0].returncode for name in runs}
    assert sorted(name for name, code in outcomes.items() if code == 2) == sorted(REFUSED)
    assert sorted(name for name, code in outcomes.items() if code in (0, 1)) == sorted(ACCEPTED)
    assert len(REFUSED) == 25 and len(ACCEPTED) == 2


def test_a_huge_precomputed_translation_is_refused_by_its_size_before_it_is_read(tmp_path):
    """The translator's own route (a notebook may hand it an Edition built by hand). The size in the message
    is the one stat gives: a refusal after reading would only know the file is over the limit."""
    from consistency.errors import StoryError
    from consistency.model import Edition, Segmentation
    from consistency.stages.translate import precomputed

    path = tmp_path / "uk.en.txt"
    with path.open("wb") as handle:
        handle.truncate(300 * 2**20)
    edition = Edition(key="uk", lang="uk", path=tmp_path / "uk.txt", text=UK, precomputed_pivot=path)
    refusal = r"uk\.en\.txt: file is 314\.6 MB; a precomputed translation may be at most 5 MB"
    with pytest.raises(StoryError, match=refusal):
        precomputed.load_precomputed(edition, Segmentation(paragraphs=(), sentences=(), splitter="none"), "en", path)


def _escaping_stories(stories: Path, secret: Path) -> None:
    """clean/, escaping/ (story.toml names the secret by a relative path) and linked/ (en.txt links to it)."""
    write_story(stories / "clean", {"uk.txt": UK, "en.txt": EN, "ru.txt": RU})
    relative = os.path.relpath(secret, stories / "escaping")
    write_story(stories / "escaping",
                {"uk.txt": UK, "ru.txt": RU, "story.toml": f'[editions.en]\nfile = "{relative}"\n'})
    write_story(stories / "linked", {"uk.txt": UK, "ru.txt": RU})
    os.symlink(secret, stories / "linked" / "en.txt")


def test_check_all_records_an_escaping_story_as_an_error_naming_the_file(tmp_path):
    secret = write_story(tmp_path / "private", {"secret.txt": SECRET + "\n"}) / "secret.txt"
    archive = tmp_path / "archive"
    _escaping_stories(archive, secret)
    results = tmp_path / "results.jsonl"
    before = folder_digest(archive), folder_digest(secret.parent)
    run = run_cli(["check-all", str(archive), "-o", str(results), "--no-progress", *STORY_ARGS],
                  cache_dir=tmp_path / "cache", timeout=120)
    assert "Traceback" not in run.stderr, run.describe()
    assert run.returncode == 1, run.describe()
    written = results.read_text(encoding="utf-8")
    entries = {entry["story"]: entry for entry in map(json.loads, written.splitlines())}
    assert entries["clean"]["verdict"] in ("pass", "fail")
    assert entries["escaping"]["verdict"] == "error"
    assert entries["escaping"]["error"].startswith(f"{archive / 'escaping' / 'story.toml'}: [editions.en] file = ")
    assert entries["linked"]["verdict"] == "error"
    assert entries["linked"]["error"].startswith(f"{archive / 'linked' / 'en.txt'}: is a symbolic link out")
    assert SECRET not in written and "Hidden Lane" not in written + run.stdout + run.stderr
    assert (folder_digest(archive), folder_digest(secret.parent)) == before


def test_the_pytest_plugin_fails_the_escaping_story_as_one_load_item(tmp_path):
    secret = write_story(tmp_path / "private", {"secret.txt": SECRET + "\n"}) / "secret.txt"
    repo = tmp_path / "newsroom"
    _escaping_stories(repo / "stories", secret)
    before = folder_digest(repo / "stories"), folder_digest(secret.parent)
    session = run_pytest_on_stories(repo, tmp_path / "cache")
    out = session.stdout
    assert "Traceback" not in out + session.stderr and "INTERNALERROR" not in out + session.stderr, out
    for slug, file, problem in (("escaping", "story.toml", "[editions.en] file = '../../../private/secret.txt' is outside"),
                                ("linked", "en.txt", LINK_OUT)):
        assert f"stories/{slug}::load FAILED" in out, out
        section = out.split(f"_ {slug}::load _", 1)[1].split("\n_", 1)[0]
        assert f"{file}: {problem}" in section, section
        assert not [line for line in out.splitlines() if line.startswith(f"stories/{slug}::") and "::load" not in line]
    assert "stories/clean::language PASSED" in out, out
    assert SECRET not in out + session.stderr and "Hidden Lane" not in out + session.stderr
    assert (folder_digest(repo / "stories"), folder_digest(secret.parent)) == before
