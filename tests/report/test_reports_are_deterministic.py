"""The example story's JSON report is the same bytes across runs, processes and hash seeds with sentence
embeddings ON (tests/entry/test_cli.py covers MT and embeddings off): computed afresh under two seeds, and read
back from the embedding cache under a third."""

from __future__ import annotations

import pytest

from support.story_cli import NO_MT, run_all, run_cli


@pytest.mark.slow
def test_the_example_report_is_byte_identical_across_hash_seeds_with_embeddings(example_story, tmp_path):
    def check(seed: str, cache: str):
        return run_cli(["check", str(example_story), *NO_MT], cache_dir=tmp_path / cache,
                       report=tmp_path / f"seed-{seed}.json", env={"PYTHONHASHSEED": seed})

    cold = run_all({"0": lambda: check("0", "cache-a"), "1": lambda: check("1", "cache-b")}, workers=2)
    warm = check("2", "cache-a")  # every vector now comes from embeddings.sqlite3
    for run in (*cold.values(), warm):
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.describe()
    assert warm.report["signature"]["embeddings"] is True
    assert not any("embeddings are off" in note.lower() for note in warm.report["notes"])
    assert cold["0"].report_bytes == cold["1"].report_bytes == warm.report_bytes
