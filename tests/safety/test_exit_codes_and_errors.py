"""In a newsroom's CI the exit code is the verdict: 0 consistent, 1 inconsistencies, 2 bad input (one line
naming the file or option), 3 a bug. Nothing here may end as a traceback or as exit 1, a cache is never a
reason to fail or to wait, and the report reads the same cold and warm.

Each case runs through the CLI; the independent ones side by side (`run_all`), once per module.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
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

FILES = {"uk.txt": UK, "en.txt": EN, "ru.txt": RU}
SHIPPED_UK = (Path(__file__).resolve().parents[2] / "locales" / "uk.toml").read_text(encoding="utf-8")
# replaces Pipeline.run in the CLI's process: a bug the tests can cause on purpose
CRASH = "import consistency.pipeline as p\n" \
        "def run(self, story): raise RuntimeError('boom in the pipeline')\np.Pipeline.run = run\n"


def _stdout_to_dev_full() -> None:
    os.dup2(os.open("/dev/full", os.O_WRONLY), 1)


def _locale(name: str, text: str) -> Callable[[Path], dict[str, str]]:
    def make(root: Path) -> dict[str, str]:
        folder = root / f"locale-{name}"
        folder.mkdir()
        (folder / "uk.toml").write_text(text, encoding="utf-8")
        return {"CONSISTENCY_LOCALES": str(folder)}
    return make


def _crash(debug: bool) -> Callable[[Path], dict[str, str]]:
    def make(root: Path) -> dict[str, str]:
        folder = root / ("crash-debug" if debug else "crash")
        folder.mkdir()
        (folder / "sitecustomize.py").write_text(CRASH)
        env = {"PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
        return {**env, "CONSISTENCY_DEBUG": "1"} if debug else env
    return make


def _garbage_weights(root: Path, model: Path) -> str:
    broken = root / "garbage-model"
    shutil.copytree(model, broken)
    weights = next(broken / name for name in ("model.safetensors", "pytorch_model.bin") if (broken / name).exists())
    weights.write_bytes(os.urandom(4096))
    return str(broken)


@dataclass(frozen=True)
class Case:
    """args(root, model) -> extra CLI arguments; env(root) -> environment; expect: the exit code; names:
    what the one stderr line must contain (exit 2) or the start of that line (exit 3)."""

    args: Callable[[Path, Path], list[str]]
    expect: int
    names: str
    env: Callable[[Path], dict[str, str]] = lambda root: {}
    preexec: Callable[[], None] | None = None


OFF = [*NO_MT, *NO_EMBEDDINGS]
CASES: dict[str, Case] = {
    "internal-error": Case(lambda r, m: OFF, 3, "consistency: internal error: RuntimeError: boom in the pipeline",
                           env=_crash(False)),
    "internal-error-debug": Case(lambda r, m: OFF, 3, "consistency: internal error: RuntimeError", env=_crash(True)),
    "stdout-on-a-full-disk": Case(lambda r, m: OFF, 2, "standard output", preexec=_stdout_to_dev_full),
    "device-banana": Case(lambda r, m: [*NO_EMBEDDINGS, "--translator", "transformers", "--model", str(m),
                                        "--device", "banana"], 2, "--device 'banana'"),
    "device-cuda-without-gpu": Case(lambda r, m: [*NO_EMBEDDINGS, "--translator", "transformers", "--model", str(m),
                                                  "--device", "cuda"], 2, "--device 'cuda'"),
    "beams-0": Case(lambda r, m: [*NO_EMBEDDINGS, "--beams", "0"], 2, "--beams"),
    "garbage-weights": Case(lambda r, m: [*NO_EMBEDDINGS, "--translator", "transformers", "--model",
                                          _garbage_weights(r, m)], 2, "garbage-model"),
    "locale-scale-value-a-string": Case(lambda r, m: OFF, 2, "[[scales]] number 1: value must be a number",
                                        env=_locale("value", SHIPPED_UK.replace("value = 1e3", 'value = "big"', 1))),
    "locale-words-a-number": Case(lambda r, m: OFF, 2, "[[scales]] number 1: words must be a list", env=_locale(
        "words", SHIPPED_UK.replace('words = ["тис.", "тис", "тисяч*", "тисячі", "тисяча", "тисячу", "k"]',
                                    "words = 5", 1))),
    "locale-months-not-a-table": Case(lambda r, m: OFF, 2, "months must be a table", env=_locale(
        "months", 'months = "грудень"\n' + SHIPPED_UK.replace("[months]", "[months_unused]"))),
}


def _cuda_available() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, tiny_marian: Path) -> dict[str, tuple[CliRun, Path, dict]]:
    root = tmp_path_factory.mktemp("exit-codes")
    story = write_story(root / "story", FILES)
    before = folder_digest(story)

    def job(name: str, case: Case):
        args = case.args(root, tiny_marian)  # before the run: it may write a broken model
        return run_cli(["check", str(story), *args], cache_dir=root / f"cache-{name}", env=case.env(root),
                       preexec_fn=case.preexec)

    cases = {name: case for name, case in CASES.items() if not (name.startswith("device-cuda") and _cuda_available())}
    results = run_all({name: (lambda name=name, case=case: job(name, case)) for name, case in cases.items()}, workers=4)
    return {name: (run, story, before) for name, run in results.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_each_failure_has_its_exit_code_and_one_line(runs, name):
    if name not in runs:
        pytest.skip("this machine has a CUDA GPU")
    run, story, before = runs[name]
    case = CASES[name]
    if case.expect == 2:
        assert case.names in one_line_error(run)
    else:
        assert run.returncode == case.expect, run.describe()
        lines = run.messages
        assert lines[-1].startswith(case.names) and "please report it" in lines[-1], run.describe()
        if name.endswith("debug"):
            assert "Traceback" in run.stderr
        else:
            assert len(lines) == 1 and "Traceback" not in run.stderr, run.describe()
    assert folder_digest(story) == before


def test_the_garbage_model_error_names_the_folder_and_the_problem(runs):
    line = one_line_error(runs["garbage-weights"][0])
    assert "could not be loaded" in line


# ---------------------------------------------------------------- names, control characters, caches


# name -> (cache file, what each row becomes); None: invalid UTF-8 stored as TEXT
POISONS: dict[str, tuple[str, Callable[[str], object] | None]] = {
    "embedding-bad-base64": ("embeddings.sqlite3", lambda text: "!!not base64!!"),
    "embedding-short-vector": ("embeddings.sqlite3", lambda text: text[:-8]),  # one float fewer
    "translation-a-blob": ("translations.sqlite3", lambda text: b"\xff\xfe"),
    "translation-not-utf8": ("translations.sqlite3", None),
}


def _poison(cache: Path, file: str, value: Callable[[str], object] | None) -> None:
    with sqlite3.connect(cache / file) as db:
        if value is None:
            db.execute("UPDATE translations SET translation = CAST(X'C328FF' AS TEXT)")
            return
        rows = db.execute("SELECT key, translation FROM translations").fetchall()
        assert rows, f"the cold run left {file} empty"
        db.executemany("UPDATE translations SET translation = ? WHERE key = ?", [(value(t), k) for k, t in rows])


@pytest.fixture(scope="module")
def cache_runs(tmp_path_factory: pytest.TempPathFactory, tiny_marian: Path) -> dict[str, CliRun]:
    """Two cold runs fill two caches (MT only: cheap; MT and embeddings: an embedding model load per run,
    so as few runs as will do); each poisoned copy of them and a locked one give their own run."""
    root = tmp_path_factory.mktemp("caches")
    story = write_story(root / "story", {**FILES, "uk.txt": UK + "\n\nДзвінок\x07 і \x1b[2J\x1b]0;pwned\x07 кінець."})
    mt = ["check", str(story), "--translator", "transformers", "--model", str(tiny_marian)]
    args = {"mt": [*mt, *NO_EMBEDDINGS], "both": mt}
    colds = run_all({kind: (lambda kind=kind: run_cli(args[kind], cache_dir=root / f"warm-{kind}",
                                                      report=root / f"cold-{kind}.json")) for kind in args})
    jobs: dict[str, Callable[[], CliRun]] = {
        "warm": lambda: run_cli(args["mt"], cache_dir=root / "warm-mt", report=root / "warm.json"),
        "text": lambda: run_cli(args["mt"], cache_dir=root / "warm-mt"),
    }
    for name, (file, value) in POISONS.items():
        kind = "both" if file.startswith("embeddings") else "mt"
        copy = root / name
        shutil.copytree(root / f"warm-{kind}", copy)
        _poison(copy, file, value)
        jobs[name] = lambda copy=copy, name=name, kind=kind: run_cli(args[kind], cache_dir=copy,
                                                                      report=root / f"{name}.json")
    locked = root / "locked"
    shutil.copytree(root / "warm-both", locked)
    holders = []
    for file in ("translations.sqlite3", "embeddings.sqlite3"):
        holder = sqlite3.connect(locked / file, isolation_level=None)
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE translations SET key = key")  # a write: the exclusive lock is taken now
        holders.append(holder)
    jobs["locked"] = lambda: run_cli(args["both"], cache_dir=locked, report=root / "locked.json")
    try:
        results = run_all(jobs, workers=3)
    finally:
        for holder in holders:
            holder.rollback()
            holder.close()
    return {"cold": colds["mt"], "cold-both": colds["both"], **results}


def test_cold_and_warm_runs_give_byte_identical_reports(cache_runs):
    cold, warm = cache_runs["cold"], cache_runs["warm"]
    assert cold.returncode in (0, 1) and warm.returncode == cold.returncode, warm.describe()
    assert cold.report["editions"]["uk"]["translator"] == "transformers"
    assert warm.report_bytes == cold.report_bytes
    assert not [note for note in warm.report["notes"] if "cache" in note]


@pytest.mark.parametrize("name", [*POISONS, "locked"])
def test_a_poisoned_or_locked_cache_gives_the_same_report(cache_runs, name):
    run = cache_runs[name]
    cold = cache_runs["cold" if name.startswith("translation") else "cold-both"]
    assert "Traceback" not in run.stderr, run.describe()
    assert run.returncode == cold.returncode, run.describe()
    assert run.report_bytes == cold.report_bytes


def test_a_locked_cache_is_given_up_within_seconds_with_a_note(cache_runs):
    run, cold = cache_runs["locked"], cache_runs["cold-both"]
    assert "translation cache" in run.stderr and "embedding cache" in run.stderr, run.describe()
    assert "carrying on without it" in run.stderr, run.describe()
    # a 30-second busy timeout per cache file once made this a minute longer than a cold run
    assert run.seconds < cold.seconds + 20, (run.seconds, cold.seconds)


def test_control_characters_are_escaped_on_the_terminal_and_kept_in_json(cache_runs):
    text = cache_runs["text"].stdout
    assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b" in text or "\\x07" in text or "Дзвінок" not in text  # shown only if a finding quotes it
    cold = cache_runs["cold"]
    assert "\x1b]0;pwned\x07" in cold.report_bytes.decode("utf-8") or b"\\u001b" in cold.report_bytes


def test_a_story_folder_name_that_is_not_utf8_is_reported_with_a_replacement_character(tmp_path):
    folder = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/story-\xff"))
    write_story(folder, {**FILES, "uk.txt": UK + "\n\nТекст\x1b[31m червоний."})
    runs = run_all({
        "json": lambda: run_cli(["check", str(folder), *OFF], cache_dir=tmp_path / "c1", report=tmp_path / "r.json"),
        "text": lambda: run_cli(["check", str(folder), *OFF], cache_dir=tmp_path / "c2"),
    })
    for run in runs.values():
        assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.describe()
    assert runs["json"].report["story"] == "story-\ufffd"
    assert runs["text"].stdout.startswith("story-\ufffd: ") and "\x1b" not in runs["text"].stdout


def test_dev_null_is_still_a_character_device():
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
