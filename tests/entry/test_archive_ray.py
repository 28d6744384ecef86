"""`consistency check-all --engine ray`: the archive on a local Ray cluster gives the local engine's results,
line for line (with the embedding model and the MT model in actors), and loses no story when a worker or
the embedding model's actor is killed, or when the driver itself is killed and the run started again.

One local cluster (two CPUs) serves the in-process tests of this module, in one xdist worker: a second cluster
on a two-core runner would only slow both down."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consistency.entry.archive import check_archive
from consistency.entry.archive_ray import NAMESPACE, RaySettings, run_stories_ray
from consistency.entry.archive_workers import check_with
from consistency.options import Options
from consistency.pipeline import Pipeline
from support.story_cli import EN, RU, UK, run_cli, write_story

ray = pytest.importorskip("ray")
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("ray")]

OPTIONS = Options(translator="none", progress=False)


@pytest.fixture(scope="module")
def cluster():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=bool(os.environ.get("RAY_TEST_LOGS")), namespace=NAMESPACE)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def archive(tmp_path_factory, example_story, broken_story):
    """Five stories: the two examples, two of our own (one with a changed figure), and one that is bad input."""
    import shutil

    root = tmp_path_factory.mktemp("ray") / "archive"
    shutil.copytree(example_story, root / "2023" / "pentagon")
    shutil.copytree(broken_story, root / "2023" / "pentagon-broken")
    write_story(root / "2024" / "short", {"uk.txt": UK, "en.txt": EN, "ru.txt": RU})
    write_story(root / "2024" / "short-changed", {"uk.txt": UK, "en.txt": EN.replace("175", "157"), "ru.txt": RU})
    write_story(root / "2024" / "lonely", {"uk.txt": "Лише одне видання цієї новини."})
    return root


def lines_without_fingerprints(path: Path) -> list[str]:
    """Each results line with its fingerprint left out: the fingerprint holds the options, and each run
    here has a cache folder of its own, so that the Ray run embeds every sentence itself."""
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [json.dumps({k: v for k, v in entry.items() if k != "fingerprint"}, sort_keys=True) for entry in entries]


def tasks_of(archive: Path) -> list[tuple[str, str, str]]:
    stories = sorted(p.parent for p in archive.rglob("*.txt"))
    return [(str(story), story.relative_to(archive).as_posix(), "-") for story in dict.fromkeys(stories)]


def test_the_ray_engine_writes_the_local_engines_results_line_for_line(cluster, archive, tmp_path):
    local, on_ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    check_archive(archive, local, OPTIONS.replace(cache_dir=str(tmp_path / "cache-local")), progress=False)
    summary = check_archive(archive, on_ray, OPTIONS.replace(cache_dir=str(tmp_path / "cache-ray")), progress=False,
                            ray=RaySettings())
    assert lines_without_fingerprints(on_ray) == lines_without_fingerprints(local)
    assert summary.verdicts == {"pass": 2, "fail": 2, "error": 1}
    lonely = json.loads(on_ray.read_text(encoding="utf-8").splitlines()[2])
    assert lonely["story"] == "2024/lonely" and "at least two editions" in lonely["error"]  # one error line
    # the embedding model is an actor of the cluster, so the Ray run embedded with it, not here
    assert (tmp_path / "cache-ray" / "embeddings.sqlite3").is_file()


def test_killing_a_story_worker_and_the_embedding_actor_mid_run_loses_no_story(cluster, archive, tmp_path):
    options = OPTIONS.replace(cache_dir=str(tmp_path / "cache"))
    tasks = tasks_of(archive)
    killed: list[str] = []
    recorded: list[dict] = []

    def record(entry: dict) -> None:
        recorded.append(entry)
        if len(recorded) == 1:  # the other stories are in the workers' hands or waiting: kill them all now
            for actor in ray.util.list_named_actors(all_namespaces=True):
                if actor["namespace"] == NAMESPACE:
                    ray.kill(ray.get_actor(actor["name"], namespace=NAMESPACE), no_restart=False)
                    killed.append(actor["name"].split("-", 1)[1])

    run_stories_ray(tasks, options, RaySettings(workers=2), False, record)
    assert sorted(killed) == ["embedding-model-0", "story-worker-0", "story-worker-1"]
    pipeline = Pipeline(options)
    expected = {task[1]: check_with(pipeline, task) for task in tasks}
    assert sorted(entry["story"] for entry in recorded) == sorted(expected)  # each story once
    for entry in recorded:
        for result in (entry, expected[entry["story"]]):
            result.pop("_seconds", None)
        assert entry == expected[entry["story"]]


def test_a_sentence_two_workers_meet_is_embedded_once_for_the_whole_cluster(cluster, example_story, tmp_path):
    """The embedding actor keeps the run's vectors: a story copied twice, checked by two workers at once (each
    finds nothing in the disk cache yet, as on two nodes), costs the model what one copy costs."""
    import shutil

    def embedded(copies: int, run: str) -> int:
        for n in range(copies):
            shutil.copytree(example_story, tmp_path / run / f"copy-{n}")
        counted: list[int] = []

        def record(entry: dict) -> None:  # the actor's count after each story (the actors end with the run)
            for actor in ray.util.list_named_actors(all_namespaces=True):
                if actor["name"].endswith("-embedding-model-0"):
                    counted.append(ray.get(ray.get_actor(actor["name"], namespace=NAMESPACE).texts_embedded.remote()))

        tasks = [(str(tmp_path / run / f"copy-{n}"), f"copy-{n}", "-") for n in range(copies)]
        run_stories_ray(tasks, OPTIONS.replace(cache_dir=str(tmp_path / run / "cache")), RaySettings(workers=2),
                        False, record)
        return counted[-1]

    once = embedded(1, "one")
    assert once > 50  # the example story's sentences, and the two-sentence blocks of the aligner
    assert embedded(2, "two") == once


def test_the_mt_model_lives_in_an_actor_and_translates_a_sentence_once_for_the_cluster(cluster, archive, tiny_marian,
                                                                                       tmp_path):
    """With MT, the story workers keep only the tokenizer: the model runs in the translation actor, which keeps
    the run's outputs, so the archive's second copy of a story costs the model nothing."""
    options = OPTIONS.replace(translator="transformers", model=str(tiny_marian), embeddings=False)
    local, on_ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    check_archive(archive, local, options.replace(cache_dir=str(tmp_path / "cache-local")), progress=False)
    check_archive(archive, on_ray, options.replace(cache_dir=str(tmp_path / "cache-ray")), progress=False,
                  ray=RaySettings(workers=2))
    assert lines_without_fingerprints(on_ray) == lines_without_fingerprints(local)
    assert "transformers" in on_ray.read_text(encoding="utf-8")  # the MT ran (a translator in each signature)

    def generated(copies: int, run: str) -> int:
        counted: list[int] = []

        def record(entry: dict) -> None:
            assert entry["verdict"] != "error", entry
            for actor in ray.util.list_named_actors(all_namespaces=True):
                if actor["name"].endswith("-translation-model-0"):
                    counted.append(ray.get(ray.get_actor(actor["name"], namespace=NAMESPACE).sentences_generated.remote()))

        tasks = [(str(archive / "2023" / "pentagon"), f"copy-{n}", "-") for n in range(copies)]
        run_stories_ray(tasks, options.replace(cache_dir=str(tmp_path / run)), RaySettings(workers=2), False, record)
        return counted[-1]

    once = generated(1, "one")
    assert once > 20  # the example story's uk and ru sentences
    assert generated(2, "two") == once


def test_a_story_whose_worker_dies_twice_is_one_error_line_and_the_others_are_kept(cluster):
    from consistency.entry.archive_ray import _hand_out

    class DyingWorker:  # defined here, so that Ray sends the class itself to its workers (no test module there)
        """A story worker that dies on the story named "dies" (as one would on a story that exhausts memory)."""

        def check(self, task):
            if task[1] == "dies":
                os._exit(1)
            return {"story": task[1], "fingerprint": task[2], "verdict": "pass"}

    workers = [ray.remote(num_cpus=0, max_restarts=-1)(DyingWorker).remote() for _ in range(2)]
    recorded: list[dict] = []
    tasks = [("/archive/a", "a", "1"), ("/archive/dies", "dies", "2"), ("/archive/b", "b", "3")]
    _hand_out(ray, workers, tasks, recorded.append)
    assert sorted((entry["story"], entry["verdict"]) for entry in recorded) == [
        ("a", "pass"), ("b", "pass"), ("dies", "error")]
    died = next(entry for entry in recorded if entry["story"] == "dies")
    assert died["error"].startswith("/archive/dies: its worker died 2 times while checking it")


STORIES = 12


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process handling as on the CI runners")
def test_a_run_whose_driver_is_killed_resumes_and_ends_with_the_local_engines_file(tmp_path):
    for i in range(STORIES):
        english = EN.replace("175", "157") if i % 4 == 0 else EN
        write_story(tmp_path / "archive" / f"s{i:02d}", {"uk.txt": UK, "en.txt": english, "ru.txt": RU})
    fast = ["--translator", "none", "--no-embeddings", "--no-progress"]
    reference = tmp_path / "local.jsonl"
    assert run_cli(["check-all", str(tmp_path / "archive"), "-o", str(reference), *fast],
                   cache_dir=tmp_path / "cache").returncode == 1
    output = tmp_path / "ray.jsonl"
    env = {**os.environ, "CONSISTENCY_CACHE_DIR": str(tmp_path / "cache"), "OMP_NUM_THREADS": "1",
           "RAY_USAGE_STATS_ENABLED": "0"}
    env.pop("PYTEST_XDIST_WORKER", None)
    driver = subprocess.Popen([sys.executable, "-m", "consistency.entry.cli", "check-all", str(tmp_path / "archive"),
                               "-o", str(output), *fast, "--engine", "ray", "--jobs", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not (output.is_file() and output.read_bytes().count(b"\n") >= 2):
            assert driver.poll() is None, driver.communicate()[1]
            assert time.monotonic() < deadline, "the Ray run never got going"
            time.sleep(0.01)
        driver.send_signal(signal.SIGKILL)
        driver.wait(30)
        written = output.read_bytes().count(b"\n")
    finally:
        if driver.poll() is None:
            driver.kill()
        # the driver's local cluster: its processes are in the driver's session
        try:
            os.killpg(driver.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert 2 <= written < STORIES, written  # killed mid-run
    rerun = run_cli(["check-all", str(tmp_path / "archive"), "-o", str(output), *fast, "--engine", "ray"],
                    cache_dir=tmp_path / "cache", env={"RAY_USAGE_STATS_ENABLED": "0"})
    assert rerun.returncode == 1, rerun.describe()
    figures = {label.strip(): value for label, value in
               (line.rsplit(None, 1) for line in rerun.stdout.splitlines() if line.strip() and ":" not in line)}
    assert (int(figures["up to date, skipped"]), int(figures["checked now"])) == (written, STORIES - written)
    assert output.read_bytes() == reference.read_bytes()
