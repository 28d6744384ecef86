"""`consistency check-all` in a newsroom's CI under the faults a CI meets: a kill (SIGTERM from a timeout,
SIGKILL), a results file damaged by a full disk or by hand, two runs on one results file, absurd `--jobs`,
linked story folders, a results file kept inside a story folder.

The rule each case checks: the run ends (no orphaned worker holding the caller's pipes), it says what
happened in one line or in the summary, nothing in the archive changes, and a rerun arrives at the very
results file an undisturbed run writes.

Runs that must be caught in the middle use a hook (`slowhook`, written below) that makes each story take a
moment and leaves marks naming the processes that started a pipeline and checked each story, so the test
knows the workers' pids.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consistency.entry import archive as archive_module
from support.story_cli import EN, RU, UK, folder_digest, run_all, run_cli, write_story

FAST = ["--translator", "none", "--no-embeddings", "--no-progress"]
STORIES = 6
FAILING = ("s0", "s3")  # a figure changed in the English edition: the numbers check fails them

SLOWHOOK = '''
import os, time
import consistency.pipeline as pipeline

_init, _run = pipeline.Pipeline.__init__, pipeline.Pipeline.run


def init(self, *args, **kwargs):  # once per worker process (and once in a run without workers)
    open(os.path.join(os.environ["SLOW_MARKS"], f"{os.getpid()}.__init__"), "w").close()
    _init(self, *args, **kwargs)


def run(self, story, *args, **kwargs):
    name = f"{os.getpid()}.{os.path.basename(str(story))}"
    open(os.path.join(os.environ["SLOW_MARKS"], name), "w").close()
    time.sleep(float(os.environ["SLOW_DELAY"]))
    return _run(self, story, *args, **kwargs)


pipeline.Pipeline.__init__, pipeline.Pipeline.run = init, run
'''


def _build_archive(root: Path) -> Path:
    for i in range(STORIES):
        english = EN.replace("175", "157") if f"s{i}" in FAILING else EN
        write_story(root / f"s{i}", {"uk.txt": UK, "en.txt": english, "ru.txt": RU})
    return root


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory):
    """The archive, the hook, and the results file of an undisturbed run (the reference)."""
    root = tmp_path_factory.mktemp("faults")
    archive = _build_archive(root / "archive")
    hooks = root / "hooks"
    hooks.mkdir()
    (hooks / "slowhook.py").write_text(SLOWHOOK, encoding="utf-8")
    reference = root / "reference.jsonl"
    run = run_cli(["check-all", str(archive), "-o", str(reference), *FAST], cache_dir=root / "cache-ref")
    assert run.returncode == 1, run.describe()
    ws = type("Workspace", (), {})()
    ws.root, ws.archive, ws.hooks, ws.summary = root, archive, hooks, run.stdout
    ws.reference, ws.digest = reference.read_bytes(), folder_digest(archive)
    return ws


def _check_all(ws, output: Path, *extra: str, cache: str = "cache"):
    return run_cli(["check-all", str(ws.archive), "-o", str(output), *FAST, *extra], cache_dir=ws.root / cache)


def _start_slow(ws, output: Path, marks: Path, *extra: str, delay: float = 1.5, archive: Path | None = None):
    marks.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "SLOW_MARKS": str(marks), "SLOW_DELAY": str(delay),
           "CONSISTENCY_CACHE_DIR": str(marks.parent / f"cache-{marks.name}"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ws.hooks), os.environ.get("PYTHONPATH")]))}
    env.pop("PYTEST_XDIST_WORKER", None)
    code = "import slowhook, sys; from consistency.entry.cli import main; sys.exit(main())"
    return subprocess.Popen([sys.executable, "-c", code, "check-all", str(archive or ws.archive), "-o", str(output),
                             *FAST, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _marked_pids(marks: Path) -> set[int]:
    return {int(mark.name.split(".")[0]) for mark in marks.iterdir()}


def _wait_for_marks(marks: Path, count: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(list(marks.iterdir())) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run never got going"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    """Running or sleeping; a zombie (dead, not yet reaped by whoever adopted it) holds no pipe and counts
    as dead."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _summary(out: str) -> dict[str, str]:
    return {label.strip(): value for label, value in
            (line.rsplit(None, 1) for line in out.splitlines() if line.strip() and not line.startswith("results:"))}


def _valid_lines(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


# ---------------------------------------------------------------- kills

KILLS = {  # case -> (signal, exit status the caller sees)
    "SIGTERM (a CI timeout)": (signal.SIGTERM, 143),
    "SIGKILL (the OOM killer, a hard timeout)": (signal.SIGKILL, -signal.SIGKILL),
}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers die with their parent through prctl (Linux)")
@pytest.mark.parametrize("case", list(KILLS))
def test_killing_the_main_process_leaves_no_worker_and_a_rerun_completes(ws, tmp_path, case):
    sig, status = KILLS[case]
    output, marks = tmp_path / "results.jsonl", tmp_path / "marks"
    process = _start_slow(ws, output, marks, "--jobs", "2")
    workers: set[int] = set()
    try:
        _wait_for_marks(marks, 4, process)  # both workers started and each busy with a story
        process.send_signal(sig)
        # an orphaned worker would hold these pipes open, and this would hang as the CI step did
        out, err = process.communicate(timeout=15)
        workers = _marked_pids(marks) - {process.pid}
        assert len(workers) == 2, sorted(marks.iterdir())
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if _alive(pid)], f"{case}: workers outlived the main process"
    finally:
        for pid in workers | _marked_pids(marks) - {process.pid}:  # leave no stray process behind a failed test
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()
    assert process.returncode == status, (process.returncode, err)
    if sig == signal.SIGTERM:
        assert "Traceback" not in err and err.strip().splitlines() == [err.strip()], err
        assert err.startswith("consistency: terminated; ") and str(output) in err, err
    if output.exists():  # what was written is whole lines, whatever the moment of the kill
        assert all(entry["story"] for entry in _valid_lines(output.read_bytes()))
    rerun = _check_all(ws, output, cache=f"cache-{tmp_path.name}")
    assert rerun.returncode == 1, rerun.describe()
    assert output.read_bytes() == ws.reference
    assert not (tmp_path / ".results.jsonl.lock").exists()
    assert folder_digest(ws.archive) == ws.digest


# ---------------------------------------------------------------- a damaged results file

def _cut_inside_a_character(good: bytes) -> tuple[bytes, int]:
    """The file as a full disk leaves it: cut inside a multi-byte character, part way through."""
    cut = next(i for i in range(len(good) // 3, len(good)) if 0x80 <= good[i] <= 0xBF)
    return good[:cut], 1


def _with_lines(*bad: bytes) -> callable:
    def damage(good: bytes) -> tuple[bytes, int]:
        lines = good.splitlines(keepends=True)
        return b"".join([lines[0], *(line + b"\n" for line in bad), *lines[1:]]), len(bad)
    return damage


DAMAGE = {  # case -> damage(good results) -> (damaged results, how many bad lines the summary must count)
    "cut inside a multi-byte character": _cut_inside_a_character,
    "undecodable bytes": _with_lines(b'{"story": "s1", "fingerprint": "\xff\xfe"}'),
    "not JSON": _with_lines(b"this is not a result"),
    "JSON, not an object": _with_lines(b"[1, 2, 3]", b'"s1"', b"null"),
    "story or fingerprint not a string": _with_lines(b'{"story": 5, "fingerprint": "x", "verdict": "pass"}',
                                                     b'{"story": "s1", "fingerprint": 7, "verdict": "pass"}',
                                                     b'{"story": "s1", "verdict": "pass"}'),
    "a merge conflict left in by hand": _with_lines(b"<<<<<<< HEAD", b"=======", b">>>>>>> main"),
    "a report that is not an object": _with_lines(b'{"story": "s2", "fingerprint": "x", "verdict": "fail", '
                                                  b'"report": []}'),
}


@pytest.fixture(scope="module")
def damaged_runs(ws):
    base = ws.root / "damaged"
    jobs = {}
    for index, (case, damage) in enumerate(DAMAGE.items()):
        output = base / str(index) / "results.jsonl"
        output.parent.mkdir(parents=True)
        data, bad = damage(ws.reference)
        output.write_bytes(data)
        jobs[case] = (lambda output=output, index=index: (_check_all(ws, output, cache=f"cache-damaged-{index}"), output))
    runs = run_all({case: job for case, job in jobs.items()}, workers=3)
    return {case: (run, output, DAMAGE[case](ws.reference)[1]) for case, (run, output) in runs.items()}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_a_damaged_results_file_costs_only_its_bad_lines(ws, damaged_runs, case):
    run, output, bad = damaged_runs[case]
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.describe()
    assert _summary(run.stdout)["unreadable results lines, dropped"] == str(bad), run.stdout
    assert output.read_bytes() == ws.reference  # the bad lines are gone, the stories they hid checked again


# ---------------------------------------------------------------- two runs on one results file

def test_a_second_run_on_the_same_results_file_is_refused_while_the_first_finishes(ws, tmp_path):
    output, marks = tmp_path / "results.jsonl", tmp_path / "marks"
    first = _start_slow(ws, output, marks, "--jobs", "2", delay=0.5)
    try:
        _wait_for_marks(marks, 1, first)
        second = _check_all(ws, output, cache="cache-second")
        out, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
    assert second.returncode == 2, second.describe()
    assert second.stderr == f"consistency: error: another check-all is writing {output}\n", second.describe()
    assert first.returncode == 1, err
    assert output.read_bytes() == ws.reference
    assert not (tmp_path / ".results.jsonl.lock").exists()


def test_a_held_lock_leaves_the_results_file_alone(ws, tmp_path):
    output = tmp_path / "results.jsonl"
    output.write_bytes(ws.reference[: len(ws.reference) // 2])
    before = output.read_bytes()
    with open(tmp_path / ".results.jsonl.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        run = _check_all(ws, output, cache="cache-held")
    assert run.returncode == 2 and run.stderr == f"consistency: error: another check-all is writing {output}\n"
    assert output.read_bytes() == before


# ---------------------------------------------------------------- how many workers

WORKERS = [  # (jobs, stories to check, cores) -> workers
    ((1, 16, 8), 1), ((4, 16, 8), 4), ((64, 16, 8), 16), ((64, 100, 8), 16), ((64, 16, 2), 4),
    ((8, 1, 8), 1), ((8, 0, 8), 1),
]


@pytest.mark.parametrize(("given", "expected"), WORKERS)
def test_workers_are_capped_by_stories_and_cores(monkeypatch, given, expected):
    jobs, tasks, cores = given
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert archive_module.worker_count(jobs, tasks) == expected


def test_jobs_64_on_six_stories_starts_at_most_six_workers(ws, tmp_path):
    output, marks = tmp_path / "results.jsonl", tmp_path / "marks"
    process = _start_slow(ws, output, marks, "--jobs", "64", delay=0.1)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert 2 <= len(_marked_pids(marks) - {process.pid}) <= STORIES, sorted(marks.iterdir())
    assert output.read_bytes() == ws.reference


# ---------------------------------------------------------------- linked story folders

LINKS = {  # link in the archive -> (its target, relative to the archive's parent; what happens to it)
    "latest": ("archive/s1", "pass"),
    "elsewhere": ("outside/story", "outside the archive; not followed"),
    "s2/again": ("archive", "a folder that holds it (a loop); not followed"),
    "gone": ("archive/moved-away", "which does not exist"),
}


def test_linked_story_folders_are_followed_inside_the_archive_and_reported_otherwise(tmp_path):
    archive = _build_archive(tmp_path / "archive")
    write_story(tmp_path / "outside" / "story", {"uk.txt": UK, "en.txt": EN})
    for link, (target, _outcome) in LINKS.items():
        (archive / link).symlink_to(tmp_path / target, target_is_directory=True)
    before = folder_digest(archive)
    output = tmp_path / "results.jsonl"
    run = run_cli(["check-all", str(archive), "-o", str(output), *FAST], cache_dir=tmp_path / "cache")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.describe()
    lines = {entry["story"]: entry for entry in _valid_lines(output.read_bytes())}
    for link, (_target, outcome) in LINKS.items():
        if outcome == "pass":
            assert lines[link]["verdict"] == "pass", lines[link]
        else:
            assert lines[link]["verdict"] == "error" and outcome in lines[link]["error"], lines[link]
            assert f"not followed: {link} (" in run.stdout and outcome in run.stdout, run.stdout
    assert _summary(run.stdout)["linked folders not followed"] == "3", run.stdout
    assert folder_digest(archive) == before


# ---------------------------------------------------------------- a results file inside a story folder

def test_a_results_file_in_a_story_folder_does_not_make_it_stale(ws, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(ws.archive, archive)
    output = archive / "s1" / "results.jsonl"
    runs = []
    for step in ("first", "again", "after an editor's swap file"):
        if step == "after an editor's swap file":
            (archive / "s4" / ".uk.txt.swp").write_bytes(b"\x00swap")
        runs.append(run_cli(["check-all", str(archive), "-o", str(output), *FAST], cache_dir=tmp_path / "cache"))
    figures = [(_summary(run.stdout)["checked now"], _summary(run.stdout)["up to date, skipped"]) for run in runs]
    assert figures == [("6", "0"), ("0", "6"), ("0", "6")], [run.describe() for run in runs]
    assert output.read_bytes() == ws.reference


# ---------------------------------------------------------------- the summary names what failed

def test_the_summary_names_the_failing_stories(ws):
    failed = [line for line in ws.summary.splitlines() if line.startswith("failed:")]
    # each with the checks that failed it
    assert failed == [f"failed: {name} (numbers)" for name in FAILING], ws.summary


@pytest.mark.parametrize(("failing", "shown", "more"), [(0, 0, None), (3, 3, None), (20, 20, None), (25, 20, 5)])
def test_the_list_of_failing_stories_is_cut_at_twenty(failing, shown, more):
    names = [f"2024/story-{i:02d}" for i in range(failing)]
    summary = archive_module.ArchiveSummary(stories=failing, skipped=0, checked=failing, verdicts={"fail": failing},
                                            findings_by_check={}, seconds=1.0, failed=names)
    lines = [line for line in summary.table().splitlines() if line.startswith("failed:")]
    assert lines[:shown] == [f"failed: {name}" for name in names[:shown]]
    assert lines[shown:] == ([f"failed: and {more} more"] if more else [])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file names as raw bytes are a POSIX matter")
def test_a_folder_name_that_is_not_utf8_is_checked_and_its_results_line_is_valid_utf8(tmp_path):
    archive = tmp_path / "archive"
    write_story(archive / "clean", {"uk.txt": UK, "en.txt": EN})
    odd = os.fsencode(archive) + b"/story-\xff"
    os.makedirs(odd)
    for name, text in (("uk.txt", UK), ("en.txt", EN)):
        with open(odd + b"/" + name.encode(), "w", encoding="utf-8") as stream:
            stream.write(text)
    output = tmp_path / "results.jsonl"
    run = run_cli(["check-all", str(archive), "-o", str(output), *FAST], cache_dir=tmp_path / "cache")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.describe()
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(entry["story"] for entry in lines) == ["clean", "story-\ufffd"]
    assert {entry["verdict"] for entry in lines} == {"pass"}


@pytest.mark.parametrize("target, refused", [
    ("s1/en.txt", "is a file of the story s1"),         # an edition: the report would replace the article
    ("s1/story.toml", "is a file of the story s1"),
    ("s1/uk.en.txt", "is a file of the story s1"),      # a precomputed translation's name
    ("s1/notes.txt", "already holds something other than check-all results"),
    (".", "is a folder"),
])
def test_the_results_file_never_overwrites_a_story_file(tmp_path, target, refused):
    archive = tmp_path / "archive"
    write_story(archive / "s1", {"uk.txt": UK, "en.txt": EN, "notes.txt": "the editor's notes"})
    before = folder_digest(archive)
    run = run_cli(["check-all", str(archive), "-o", str(archive / target), *FAST], cache_dir=tmp_path / "cache")
    assert run.returncode == 2 and refused in run.stderr and "Traceback" not in run.stderr, run.describe()
    assert folder_digest(archive) == before


def test_results_can_go_to_dev_null_and_it_stays_a_device(tmp_path):
    import stat

    write_story(tmp_path / "archive" / "s1", {"uk.txt": UK, "en.txt": EN})
    run = run_cli(["check-all", str(tmp_path / "archive"), "-o", os.devnull, *FAST], cache_dir=tmp_path / "cache")
    assert run.returncode == 0, run.describe()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
