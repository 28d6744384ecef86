"""`consistency check STORY -o TARGET` never destroys a file: not an edition or story.toml (the run's own
input), not anything else in the story folder, not a device, a FIFO or a symbolic link (as root, replacing
/dev/null with a regular file breaks the machine). Refusals are one line and exit 2, and then nothing is
written in the story folder or beside the target; a device, a FIFO and a link are written through.

Every case runs through the CLI, side by side (`run_all`), once per module; each test reads its own run.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from support.story_cli import (
    EN,
    NO_EMBEDDINGS,
    NO_MT,
    RU,
    UK,
    CliRun,
    folder_digest,
    one_line_error,
    run_all,
    run_cli,
    write_story,
)

FILES = {"uk.txt": UK, "en.txt": EN, "ru.txt": RU, "story.toml": "title = \"Austin meets Umerov\"\n"}
ARGS = (*NO_MT, *NO_EMBEDDINGS, "--format", "json")


@dataclass(frozen=True)
class Case:
    """target(root, story) -> the --output argument; refused: exit 2 and one line that contains `names`."""

    target: Callable[[Path, Path], str]
    refused: bool
    names: str = ""


def _hard_link(root: Path, story: Path) -> str:
    os.link(story / "ru.txt", root / "hard-ru.txt")
    return str(root / "hard-ru.txt")


def _link_to(name: str, target: Callable[[Path, Path], Path]) -> Callable[[Path, Path], str]:
    def make(root: Path, story: Path) -> str:
        (root / name).symlink_to(target(root, story))
        return str(root / name)
    return make


def _fifo(root: Path, story: Path) -> str:
    os.mkfifo(root / "fifo")
    return str(root / "fifo")


def _existing(root: Path, story: Path) -> str:
    (root / "old.json").write_text("yesterday's report\n")
    return str(root / "old.json")


CASES: dict[str, Case] = {
    "an-edition": Case(lambda root, story: str(story / "uk.txt"), True, "uk.txt"),
    "story-toml": Case(lambda root, story: str(story / "story.toml"), True, "story.toml"),
    "a-new-file-in-the-story-folder": Case(lambda root, story: str(story / "report.json"), True, "report.json"),
    "the-story-folder-itself": Case(lambda root, story: str(story), True, "folder"),
    "an-edition-by-a-relative-path": Case(lambda root, story: os.path.relpath(story / "en.txt"), True, "en.txt"),
    "a-link-to-an-edition": Case(_link_to("link-en.txt", lambda root, story: story / "en.txt"), True, "link-en.txt"),
    "a-hard-link-to-an-edition": Case(_hard_link, True, "hard-ru.txt"),
    "a-folder": Case(lambda root, story: str(root), True, "folder"),
    "an-empty-name": Case(lambda root, story: "", True, "--output"),
    "a-missing-folder": Case(lambda root, story: str(root / "no-such-folder" / "r.json"), True, "no-such-folder"),
    "dev-full": Case(lambda root, story: "/dev/full", True, "/dev/full"),
    "dev-null": Case(lambda root, story: "/dev/null", False),
    "dev-stdout": Case(lambda root, story: "/dev/stdout", False),
    "a-link-to-a-file": Case(_link_to("link.json", lambda root, story: Path(_existing(root, story))), False),
    "a-dangling-link": Case(_link_to("dangling.json", lambda root, story: root / "made-by-the-run.json"), False),
    "a-fifo": Case(_fifo, False),
    "an-ordinary-file": Case(_existing, False),
}


@dataclass
class Outcome:
    run: CliRun
    root: Path
    story: Path
    target: str
    before_story: dict[str, str]
    before_root: dict[str, str]
    fifo_bytes: bytes | None = None


def _run_case(base: Path, name: str, case: Case) -> Outcome:
    root = base / name
    story = write_story(root / "story", FILES)
    target = case.target(root, story)
    before_story, before_root = folder_digest(story), folder_digest(root)
    if name == "a-fifo":
        # a reader must be there, or the writer's open waits for one; non-blocking, so a run that never
        # opens the FIFO cannot hang the test
        reader = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
        try:
            run = run_cli(["check", str(story), *ARGS, "--output", target], cache_dir=base / "cache")
            chunks = []
            while True:
                try:
                    chunk = os.read(reader, 1 << 16)
                except BlockingIOError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(reader)
        return Outcome(run, root, story, target, before_story, before_root, b"".join(chunks))
    run = run_cli(["check", str(story), *ARGS, "--output", target], cache_dir=base / "cache")
    return Outcome(run, root, story, target, before_story, before_root)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    base = tmp_path_factory.mktemp("output")
    devices = {path: os.stat(path) for path in ("/dev/null", "/dev/full")}
    results = run_all({name: (lambda name=name, case=case: _run_case(base, name, case))
                       for name, case in CASES.items()}, workers=4)
    for path, before in devices.items():
        after = os.lstat(path)
        assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev, f"{path} is no longer a device"
    return results


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if case.refused])
def test_a_target_that_must_not_be_written_is_refused_in_one_line(outcomes, name):
    outcome, case = outcomes[name], CASES[name]
    line = one_line_error(outcome.run)
    assert "--output" in line or outcome.target in line, line
    assert case.names in line, line
    assert outcome.run.stdout == "", outcome.run.describe()
    assert folder_digest(outcome.story) == outcome.before_story
    assert folder_digest(outcome.root) == outcome.before_root


@pytest.mark.parametrize("name", [name for name, case in CASES.items() if not case.refused])
def test_a_target_that_may_be_written_gets_the_report(outcomes, name):
    outcome = outcomes[name]
    run = outcome.run
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.describe()
    assert folder_digest(outcome.story) == outcome.before_story
    assert f"report written to {outcome.target}" in run.stdout


def test_dev_null_and_dev_full_stay_character_devices(outcomes):
    for path in ("/dev/null", "/dev/full"):
        assert stat.S_ISCHR(os.lstat(path).st_mode), path


def test_dev_stdout_carries_the_report_before_the_verdict(outcomes):
    stdout = outcomes["dev-stdout"].run.stdout
    assert stdout.startswith('{\n  "schema": "consistency.report/2"'), stdout[:200]
    assert stdout.index("PASS") > stdout.index('"verdict"')


def test_a_link_stays_a_link_and_its_target_gets_the_report(outcomes):
    for name, link, target in (("a-link-to-a-file", "link.json", "old.json"),
                               ("a-dangling-link", "dangling.json", "made-by-the-run.json")):
        root = outcomes[name].root
        assert (root / link).is_symlink(), name
        assert os.readlink(root / link) == str(root / target), name
        assert (root / target).read_text().startswith('{\n  "schema"'), name


def test_a_fifo_stays_a_fifo_and_its_reader_gets_the_report(outcomes):
    outcome = outcomes["a-fifo"]
    assert stat.S_ISFIFO(os.lstat(outcome.target).st_mode)
    assert outcome.fifo_bytes is not None and outcome.fifo_bytes.startswith(b'{\n  "schema"')


def test_an_ordinary_file_is_replaced_by_an_ordinary_file_and_no_temporary_is_left(outcomes):
    outcome = outcomes["an-ordinary-file"]
    path = Path(outcome.target)
    assert stat.S_ISREG(os.lstat(path).st_mode)
    assert path.read_text().startswith('{\n  "schema"')
    assert not [p for p in outcome.root.iterdir() if p.name.endswith(".tmp")]
