"""Whole-archive throughput: `consistency check-all` over a synthetic archive, 1 job against 2, and with
`--ray` the Ray engine on a local cluster with 1 and 2 story workers (one CPU each) and the embedding
model in one shared actor instead of loaded by every worker (and in two, one thread each), all against
the 1-job local run of the same run.

    .venv/bin/python benchmarks/archive.py [--stories 1000] [--no-embeddings] [--ray]

The archive is built from the example story and the 123 NTREX-128 documents (en/uk/ru editions, a
different slice of each document per story so stories differ), written to a temporary folder. Each
run starts with an empty results file and an empty cache folder, so the 2-job run does not profit
from the 1-job run. Sentences recur across stories built from the same document, and their embeddings
are then read from the cache, as they would be in a newsroom archive that re-checks updated stories.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "fixtures" / "stories" / "pentagon-2023-12-06"
NTREX = ROOT.parent / "shared" / "data" / "ntrex128"
FILES = {"en": "newstest2019-src.eng.txt", "uk": "newstest2019-ref.ukr.txt", "ru": "newstest2019-ref.rus.txt"}


def ntrex_documents() -> list[dict[str, list[str]]]:
    ids = (NTREX / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = {lang: (NTREX / name).read_text(encoding="utf-8").splitlines() for lang, name in FILES.items()}
    documents: dict[str, dict[str, list[str]]] = {}
    for index, doc_id in enumerate(ids):
        document = documents.setdefault(doc_id, {lang: [] for lang in FILES})
        for lang in FILES:
            document[lang].append(lines[lang][index])
    return [documents[k] for k in sorted(documents)]


def build_archive(folder: Path, stories: int) -> None:
    documents = ntrex_documents() if NTREX.is_dir() else []
    for number in range(stories):
        story = folder / f"{number // 100:02d}" / f"story-{number:04d}"
        if not documents or number % (len(documents) + 1) == len(documents):
            shutil.copytree(EXAMPLE, story)
            continue
        document = documents[number % len(documents)]
        # a different slice per repetition, so no two stories are the same text
        repetition = number // len(documents)
        size = len(document["en"])
        start = repetition % max(1, size // 3)
        story.mkdir(parents=True)
        for lang, sentences in document.items():
            chosen = sentences[start:] or sentences
            (story / f"{lang}.txt").write_text("\n\n".join(chosen) + "\n", encoding="utf-8")


def run(archive: Path, jobs: int, extra: list[str], ray: bool = False) -> tuple[float, str]:
    """Seconds and summary of one check-all; with `ray`, on a local Ray cluster with `jobs` story workers (its
    start counted: a user's run pays it too)."""
    scratch = Path(tempfile.mkdtemp(prefix="consistency-archive-run-"))
    command = [sys.executable, "-m", "consistency.entry.cli", "check-all", str(archive), "--jobs", str(jobs),
               "--output", str(scratch / "results.jsonl"), "--cache-dir", str(scratch / "cache"),
               "--translator", "none", "--no-progress", *extra]
    environment = dict(os.environ)
    if ray:
        command += ["--engine", "ray"]
        environment.update(RAY_USAGE_STATS_ENABLED="0")
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"check-all failed ({result.returncode}): {result.stderr}")
    shutil.rmtree(scratch)
    return seconds, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--no-embeddings", action="store_true", help="align on anchors and length only")
    parser.add_argument("--ray", action="store_true", help="the Ray engine too (pip install ray)")
    args = parser.parse_args()
    extra = ["--no-embeddings"] if args.no_embeddings else []
    with tempfile.TemporaryDirectory(prefix="consistency-archive-") as scratch:
        archive = Path(scratch) / "archive"
        build_archive(archive, args.stories)
        rows = []
        for jobs in (1, 2):
            seconds, summary = run(archive, jobs, extra)
            rows.append((f"local, {jobs} job(s)", seconds, summary))
        if args.ray:
            for workers, actors in ((1, 1), (2, 1), (2, 2)):
                seconds, summary = run(archive, workers, extra + ["--embedding-actors", str(actors)], ray=True)
                rows.append((f"ray, {workers} worker(s), {actors} embedding actor(s)", seconds, summary))
    base = rows[0][1]
    mode = "anchors + length" if args.no_embeddings else "embeddings + anchors + length"
    print(f"synthetic archive: {args.stories} stories (example story + NTREX-128 documents), MT off, {mode}")
    print(f"{'engine':<40}  {'seconds':>8}  {'stories/min':>11}  speed-up against 1 local job")
    for label, seconds, _ in rows:
        print(f"{label:<40}  {seconds:>8.1f}  {60 * args.stories / seconds:>11.1f}  {base / seconds:.2f}x")
    print(f"\nsummary of the last run ({rows[-1][0]}):\n" + rows[-1][2])


if __name__ == "__main__":
    main()
