"""Speed and memory, each figure beside a baseline measured in the same run.

    .venv/bin/python benchmarks/speed.py [--quick]

1. End-to-end check of the example story without MT: the first call in this process with empty
   caches (cold: models load, every sentence embedded) against later calls in the same process (warm),
   and a new CLI process over the warm on-disk cache (a CI rerun). Target: warm < 1 s.
2. Fact extraction over NTREX sentences (en/uk/ru) in sentences per second per core, against a
   digits-only regex (the pofilter / Tolgee style baseline). Target: ≥ 5,000 sentences/s.
3. Translation throughput with the tiny Marian model: batched against one sentence at a time.
4. Peak memory (max RSS) of this process after the runs above, against the interpreter at start.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

EXAMPLE = ROOT / "tests" / "fixtures" / "stories" / "pentagon-2023-12-06"
NTREX = ROOT.parent / "shared" / "data" / "ntrex128"


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(function, repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def end_to_end(repeat: int) -> list[tuple[str, str, str]]:
    from consistency.pipeline import Options, check_story

    options = Options(translator="none")
    cold = timed(lambda: check_story(EXAMPLE, options))[0]
    warm = statistics.median(timed(lambda: check_story(EXAMPLE, options), repeat))
    command = [sys.executable, "-m", "consistency.entry.cli", "check", str(EXAMPLE), "--translator", "none"]
    rerun = statistics.median(timed(lambda: subprocess.run(command, capture_output=True, check=False), repeat))
    return [
        ("example story, cold (empty caches)", f"{cold:.2f} s", "1.00"),
        ("example story, warm (same process, median)", f"{warm:.3f} s", f"{warm / cold:.3f} of cold"),
        ("example story, new CLI process, warm disk cache", f"{rerun:.2f} s", f"{rerun / cold:.3f} of cold"),
    ]


def ntrex_sentences(limit: int) -> dict[str, list[str]]:
    files = {"en": "newstest2019-src.eng.txt", "uk": "newstest2019-ref.ukr.txt", "ru": "newstest2019-ref.rus.txt"}
    return {lang: (NTREX / name).read_text(encoding="utf-8").splitlines()[:limit] for lang, name in files.items()}


def fact_extraction(limit: int) -> list[tuple[str, str, str]]:
    from consistency.stages.facts import extract_facts

    if not NTREX.is_dir():
        return [("fact extraction", "skipped: ../shared/data/ntrex128 absent", "")]
    sentences = ntrex_sentences(limit)
    digits = re.compile(r"\d+(?:[.,]\d+)*")
    rows = []
    for lang, lines in sentences.items():
        extract_facts(lines[0], lang)  # compile the locale's patterns outside the timing
        ours = min(timed(lambda: [extract_facts(line, lang) for line in lines], 3))
        baseline = min(timed(lambda: [digits.findall(line) for line in lines], 3))
        rows.append((f"fact extraction {lang} ({len(lines)} sentences)", f"{len(lines) / ours:,.0f} sent/s",
                     f"{baseline / ours:.3f} of regex speed ({len(lines) / baseline:,.0f} sent/s)"))
    return rows


def translation_throughput(sentences: int) -> list[tuple[str, str, str]]:
    from consistency.stages.translate.transformers import TransformersTranslator
    from support.tiny_marian import build_tiny_marian

    texts = [f"Пакет допомоги номер {i} включає боєприпаси для систем ППО та артилерії." for i in range(sentences)]
    with tempfile.TemporaryDirectory() as scratch:
        model_dir = build_tiny_marian(Path(scratch) / "tiny-marian")
        batched = TransformersTranslator(model=str(model_dir), batch_size=16, cache=None)
        single = TransformersTranslator(model=str(model_dir), batch_size=1, cache=None)
        batched.translate(texts[:2], "uk", "en")  # load weights outside the timing
        single.translate(texts[:2], "uk", "en")
        one_at_a_time = min(timed(lambda: single.translate(texts, "uk", "en"), 2))
        in_batches = min(timed(lambda: batched.translate(texts, "uk", "en"), 2))
    return [
        (f"tiny Marian, one sentence at a time ({sentences})", f"{sentences / one_at_a_time:,.0f} sent/s", "1.00"),
        (f"tiny Marian, batches of 16 ({sentences})", f"{sentences / in_batches:,.0f} sent/s",
         f"{one_at_a_time / in_batches:.2f}x"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer sentences and repeats")
    args = parser.parse_args()
    # the benchmark's own caches: "cold" must really start empty, and the user's cache stays untouched
    os.environ["CONSISTENCY_CACHE_DIR"] = tempfile.mkdtemp(prefix="consistency-bench-")
    start_rss = max_rss_mb()
    import torch

    torch.set_num_threads(1)  # per-core figures; torch's default threads fight the embedder on 2 cores
    rows: list[tuple[str, str, str]] = []
    rows += end_to_end(repeat=3 if args.quick else 5)
    rows += fact_extraction(limit=300 if args.quick else 1997)
    rows += translation_throughput(32 if args.quick else 128)
    rows.append(("peak memory (max RSS)", f"{max_rss_mb():,.0f} MB", f"{max_rss_mb() / start_rss:.1f}x the bare interpreter ({start_rss:,.0f} MB)"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>22}  against the baseline")
    for label, figure, ratio in rows:
        print(f"{label:<{width}}  {figure:>22}  {ratio}")


if __name__ == "__main__":
    main()
