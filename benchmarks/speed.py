"""Speed and memory, each figure beside a baseline measured in the same run.

    .venv/bin/python benchmarks/speed.py [--quick]

1. End-to-end check of the example story without MT: the first call in this process with empty
   caches (cold: models load, every sentence embedded) against later calls in the same process (warm),
   and a new CLI process over the warm on-disk cache (a CI rerun). Target: warm < 1 s.
2. Fact extraction over NTREX sentences (en/uk/ru) in sentences per second per core, against a
   digits-only regex (the pofilter / Tolgee style baseline). Target: ≥ 5,000 sentences/s.
3. Translation throughput with the tiny Marian model: batched against one sentence at a time.
4. Peak memory (max RSS) of this process after the runs above, against the interpreter at start.

    .venv/bin/python benchmarks/speed.py --startup [--compare REV] [--quick]

5. A new CLI process checking the example story without MT, as a CI run does: cold (an empty cache folder:
   models load, every sentence embedded, the CLDR glossary built) and warm (the same folder again), medians;
   with `--compare REV` the library of commit REV measured the same way, runs taken in turn. Bytecode is
   written and read (PYTHONDONTWRITEBYTECODE unset), as for an installed package.

    .venv/bin/python benchmarks/speed.py --growth [--compare REV]

6. Growth with story length: stories of 1, 2, 4, ... 32 NTREX documents run together (three editions, one
   document about fifteen sentences), each checked without MT or embeddings in a new process after
   four other documents (start-up and first use out of the figure): seconds and the memory the story adds to the peak,
   and the exponent fitted to each (time ~ sentences^k; 1.0 is linear). `--compare REV` measures the
   library of commit REV the same way in the same run (a git worktree), side by side.
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


GROWTH_SIZES = (1, 2, 4, 8, 16, 32)  # documents per story
# run in a new process per story, with the library found on PYTHONPATH: argv = story, warm-up story (another
# story's, so that start-up and first use stay out of the figure)
GROWTH_CHILD = """
import resource, sys, time
from consistency.pipeline import Options, Pipeline
pipeline = Pipeline(Options(translator="none", embeddings=False, progress=False))
pipeline.run(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
pipeline.run(sys.argv[1])
seconds = time.perf_counter() - start
print(seconds, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)
"""


def growth_stories(scratch: Path) -> list[tuple[Path, int]]:
    """(folder, sentences of its English edition): the warm-up story, then one of each size."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from facts import load_documents

    documents = load_documents(NTREX)
    stories = []
    # the warm-up: four other documents, so that every model and table a story can need is loaded
    for name, chosen in [("warm-up", documents[-4:])] + [(f"documents-{n}", documents[:n]) for n in GROWTH_SIZES]:
        folder = scratch / name
        folder.mkdir()
        for lang in ("en", "uk", "ru"):
            (folder / f"{lang}.txt").write_text("\n\n".join(p for d in chosen for p in d[lang]) + "\n",
                                                encoding="utf-8")
        stories.append((folder, sum(len(d["en"]) for d in chosen)))
    return stories


def measure_growth(library: Path, stories: list[tuple[Path, int]]) -> list[tuple[float, float]]:
    env = {**os.environ, "PYTHONPATH": str(library), "OMP_NUM_THREADS": "1"}
    figures = []
    for folder, _ in stories[1:]:
        out = subprocess.run([sys.executable, "-c", GROWTH_CHILD, str(folder), str(stories[0][0])], env=env,
                             cwd=str(library), capture_output=True, text=True, check=True).stdout.split()
        figures.append((float(out[0]), float(out[1])))
    return figures


def fitted_exponent(sizes: list[int], values: list[float]) -> float:
    """k of value ~ size^k, least squares in logs, over the sizes of 2 documents and more (one document
    is mostly fixed cost); values of zero (no memory added) count as 0.1."""
    import numpy as np

    pairs = [(s, max(v, 0.1)) for s, v in zip(sizes, values)][1:]
    return float(np.polyfit(np.log([s for s, _ in pairs]), np.log([v for _, v in pairs]), 1)[0])


def growth(compare: str | None) -> None:
    if not NTREX.is_dir():
        print("growth: skipped, ../shared/data/ntrex128 absent")
        return
    with tempfile.TemporaryDirectory() as scratch:
        stories = growth_stories(Path(scratch))
        sizes = [sentences for _, sentences in stories[1:]]
        columns = {"now": measure_growth(ROOT, stories)}
        if compare:
            from revision import worktree_at

            with worktree_at(compare) as worktree:
                columns[compare] = measure_growth(worktree, stories)
    names = list(columns)
    print("| documents | en sentences | " + " | ".join(f"s ({n}) | MB added ({n})" for n in names)
          + (" | time, now / " + names[1] if compare else "") + " |")
    print("|---:|---:|" + "---:|---:|" * len(names) + ("---:|" if compare else ""))
    for k, (documents, sentences) in enumerate(zip(GROWTH_SIZES, sizes)):
        cells = [f"{columns[n][k][0]:.2f} | {columns[n][k][1]:.0f}" for n in names]
        ratio = f" | {columns['now'][k][0] / columns[names[1]][k][0]:.2f}" if compare else ""
        print(f"| {documents} | {sentences} | " + " | ".join(cells) + ratio + " |")
    for n in names:
        print(f"fitted exponent ({n}): time {fitted_exponent(sizes, [t for t, _ in columns[n]]):.2f}, "
              f"memory added {fitted_exponent(sizes, [m for _, m in columns[n]]):.2f}")


def cli_seconds(library: Path, cache: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(library), "CONSISTENCY_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "consistency.entry.cli", "check", str(EXAMPLE), "--translator", "none"]
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=str(library), capture_output=True, check=False)
    return time.perf_counter() - start


def startup(compare: str | None, repeat: int) -> None:
    from contextlib import ExitStack

    with ExitStack() as stack, tempfile.TemporaryDirectory() as scratch:
        libraries = {"now": ROOT}
        if compare:
            from revision import worktree_at

            libraries[compare] = stack.enter_context(worktree_at(compare))
        for library in libraries.values():  # bytecode written once, outside the figures
            cli_seconds(library, Path(scratch) / "bytecode")
        cold: dict[str, list[float]] = {name: [] for name in libraries}
        warm: dict[str, list[float]] = {name: [] for name in libraries}
        for round_ in range(repeat):
            for name, library in libraries.items():
                cache = Path(scratch) / f"{name}-{round_}"
                cold[name].append(cli_seconds(library, cache))
                warm[name] += [cli_seconds(library, cache) for _ in range(2)]
    names = list(libraries)
    print("| new CLI process, example story, no MT | " + " | ".join(names)
          + (f" | now / {names[1]} |" if compare else " |"))
    print("|---|" + "---:|" * (len(names) + (1 if compare else 0)))
    for label, figures in (("cold (empty cache folder)", cold), ("warm (same cache folder)", warm)):
        medians = {name: statistics.median(values) for name, values in figures.items()}
        ratio = f" | {medians['now'] / medians[names[1]]:.2f}" if compare else ""
        print(f"| {label}, median of {len(figures['now'])} | "
              + " | ".join(f"{medians[name]:.2f} s" for name in names) + ratio + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer sentences and repeats")
    parser.add_argument("--growth", action="store_true", help="time and memory against story length only")
    parser.add_argument("--startup", action="store_true", help="a new CLI process, cold and warm, only")
    parser.add_argument("--compare", metavar="REV",
                        help="with --growth or --startup: the library of commit REV beside this one")
    args = parser.parse_args()
    if args.growth:
        growth(args.compare)
        return
    if args.startup:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        startup(args.compare, repeat=3 if args.quick else 5)
        return
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
