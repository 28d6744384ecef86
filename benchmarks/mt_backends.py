"""The translation stage at real model size: transformers (the tool's translator) against CTranslate2, in
the same run, on a story and on an archive's worth of sentences.

    .venv/bin/python benchmarks/mt_backends.py [--sentences 400] [--story 40] [--threads 1,2]

The real OPUS-MT models (Helsinki-NLP/opus-mt-uk-en, ~77M parameters) cannot be downloaded here, but their
architecture can be built: MarianMT with the real configuration and vocabulary size, random weights
(tests/support/tiny_marian.py, `build_opus_sized_marian`). A random model's output length is no model's,
so every backend is made to do the same work: each sentence decodes exactly as many tokens as its
source has (the random model can never end a sentence early). CTranslate2 gets the model through its own
converter (`ct2-transformers-converter`'s API), at float32 and int8, and translates the same batches.

Each configuration runs in a fresh process, so its peak memory (max RSS) is its own. Figures are
sentences per second and peak MB, and each as a ratio against transformers batched in the same run.

With `--device cuda` (a machine with an NVIDIA GPU) the table is the transformers translator on the GPU
against the same translator on the CPU with every core, in the same run, and whether the GPU gives the
same translations: as the CPU does, and one sentence at a time as in batches (the cache keys a
translation by its sentence alone, so it must not depend on the batch). `--ntrex` points at the
corpus where `../shared` is not beside the project.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
NTREX = ROOT.parent / "shared" / "data" / "ntrex128"


def ntrex_lines(limit: int | None = None, ntrex: Path = NTREX) -> list[str]:
    lines = (ntrex / "newstest2019-ref.ukr.txt").read_text(encoding="utf-8").splitlines()
    lines = [line.strip() for line in lines if line.strip()]
    return lines[:limit] if limit else lines


def build(directory: Path, ntrex: Path = NTREX, ctranslate2_too: bool = True) -> None:
    from support.tiny_marian import build_opus_sized_marian

    training = ntrex_lines(ntrex=ntrex) + (ntrex / "newstest2019-ref.rus.txt").read_text(encoding="utf-8").splitlines()
    build_opus_sized_marian(directory / "hf", [line for line in training if line.strip()])
    if not ctranslate2_too:
        return
    import ctranslate2

    for quantization in ("float32", "int8"):
        converter = ctranslate2.converters.TransformersConverter(str(directory / "hf"))
        converter.convert(str(directory / f"ct2-{quantization}"), quantization=quantization, force=True)


# ---------------------------------------------------------------- one configuration, in its own process

def _transformers(model: Path, texts: list[str], batch: int, beams: int, cache: bool, device: str = "cpu") -> dict:
    from consistency.cache import TranslationCache
    from consistency.stages.translate.transformers import TransformersTranslator

    class SameLength(TransformersTranslator):
        def _output_limit(self, source_tokens: int) -> int:  # as many tokens out as in, the end mark included
            return min(self.max_length, source_tokens + 1)

    store = TranslationCache(tempfile.mkdtemp()) if cache else None
    translator = SameLength(str(model), batch_size=batch, num_beams=beams, cache=store, device=device)
    started = time.perf_counter()
    outputs = translator.translate(texts, "uk", "en")
    seconds = time.perf_counter() - started
    figures = {"seconds": seconds, "tokens": sum(translator.count_tokens(t) for t in texts), "outputs": outputs}
    if device.startswith("cuda"):
        import torch

        figures["gpu_peak_mb"] = torch.cuda.max_memory_allocated() / 2**20
    if cache:  # the same texts again: all from the cache
        started = time.perf_counter()
        translator.translate(texts, "uk", "en")
        figures["cached_seconds"] = time.perf_counter() - started
    return figures


def _ctranslate2(model: Path, tokenizer_dir: Path, texts: list[str], batch: int, beams: int, threads: int) -> dict:
    import ctranslate2
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    translator = ctranslate2.Translator(str(model), device="cpu", intra_threads=threads, inter_threads=1)
    tokens = [tokenizer.convert_ids_to_tokens(tokenizer(t)["input_ids"]) for t in texts]
    # the transformers translator's own batching: longest first, batches of similar length
    order = sorted(range(len(texts)), key=lambda i: (-len(tokens[i]), i))
    started = time.perf_counter()
    for start in range(0, len(order), batch):
        chosen = order[start: start + batch]
        length = max(len(tokens[i]) for i in chosen)  # a padded batch decodes to its longest, as generate does
        ctranslate2_out = translator.translate_batch([tokens[i] for i in chosen], beam_size=beams,
                                                     max_decoding_length=length, min_decoding_length=length)
        for result in ctranslate2_out:
            tokenizer.convert_tokens_to_string(result.hypotheses[0])
    return {"seconds": time.perf_counter() - started, "tokens": sum(len(t) for t in tokens)}


def run_one(spec: dict) -> dict:
    import resource

    import torch

    torch.set_num_threads(spec["threads"])
    texts = ntrex_lines(spec["sentences"], Path(spec["ntrex"]))
    model = Path(spec["model"])
    if spec["backend"] == "transformers":
        figures = _transformers(model / "hf", texts, spec["batch"], spec["beams"], spec.get("cache", False),
                                spec.get("device", "cpu"))
    else:
        figures = _ctranslate2(model / f"ct2-{spec['backend'].split('-', 1)[1]}", model / "hf", texts,
                               spec["batch"], spec["beams"], spec["threads"])
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


# ---------------------------------------------------------------- the table

def measure(model: Path, spec: dict) -> dict:
    spec = {**spec, "model": str(model)}
    env = {**os.environ, "OMP_NUM_THREADS": str(spec["threads"]), "TOKENIZERS_PARALLELISM": "false"}
    done = subprocess.run([sys.executable, __file__, "--one", json.dumps(spec)], capture_output=True, text=True,
                          env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{spec}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=400, help="the archive: this many NTREX uk sentences")
    parser.add_argument("--story", type=int, default=40, help="a story: this many sentences")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--model", type=Path, help="a folder built by an earlier run (skips building)")
    parser.add_argument("--device", default="cpu", help="cuda: the translator on the GPU against the CPU (above)")
    parser.add_argument("--ntrex", type=Path, default=NTREX, help="the NTREX-128 folder")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(json.loads(args.one))))
        return 0
    on_gpu = args.device != "cpu"
    model = args.model or Path(tempfile.mkdtemp(prefix="mt_backends_"))
    if args.model is None:
        started = time.perf_counter()
        build(model, args.ntrex, ctranslate2_too=not on_gpu)
        print(f"built the OPUS-MT-sized model{'' if on_gpu else ' and its CTranslate2 conversions'} in "
              f"{time.perf_counter() - started:.0f} s: {model}", file=sys.stderr)
    if on_gpu:
        return gpu_table(model, args)
    threads = [int(t) for t in args.threads.split(",")]
    rows = []
    configurations = []
    for n_threads in threads:
        for sentences, what in ((args.story, "story"), (args.sentences, "archive")):
            configurations += [
                (what, "transformers", 16, 1, n_threads, sentences, "batched (16)"),
                (what, "ctranslate2-float32", 16, 1, n_threads, sentences, "batched (16)"),
                (what, "ctranslate2-int8", 16, 1, n_threads, sentences, "batched (16)"),
            ]
        configurations += [
            ("story", "transformers", 1, 1, n_threads, args.story, "one by one"),
            ("story", "ctranslate2-int8", 1, 1, n_threads, args.story, "one by one"),
            ("story", "transformers", 16, 4, n_threads, args.story, "batched, 4 beams"),
            ("story", "ctranslate2-int8", 16, 4, n_threads, args.story, "batched, 4 beams"),
        ]
    baselines: dict[tuple, dict] = {}
    for what, backend, batch, beams, n_threads, sentences, label in configurations:
        spec = {"backend": backend, "batch": batch, "beams": beams, "threads": n_threads, "sentences": sentences,
                "cache": backend == "transformers" and batch == 16 and beams == 1, "ntrex": str(args.ntrex)}
        figures = measure(model, spec)
        key = (what, n_threads, beams)
        if backend == "transformers" and batch == 16:
            baselines[key] = figures
        base = baselines.get(key)
        rate = sentences / figures["seconds"]
        ratio = f"{rate / (sentences / base['seconds']):.2f}×" if base else "–"
        rows.append((what, sentences, n_threads, backend, label, f"{rate:.1f}", ratio, f"{figures['peak_mb']:.0f}",
                     f"{figures['peak_mb'] / base['peak_mb']:.2f}×" if base else "–"))
        if "cached_seconds" in figures:
            cached = sentences / max(figures["cached_seconds"], 1e-9)
            rows.append((what, sentences, n_threads, backend, "again, from the cache", f"{cached:.0f}",
                         f"{cached / rate:.0f}×", "", ""))
        print(f"  {rows[-1]}", file=sys.stderr)
    print("| run | sentences | threads | backend | how | sentences/s | vs transformers batched | peak MB | vs |")
    print("|---|---:|---:|---|---|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")
    return 0


def gpu_table(model: Path, args: argparse.Namespace) -> int:
    """The translator on `args.device` against the CPU with every core, and whether the outputs agree."""
    cores = os.cpu_count() or 1
    runs = [  # (run, sentences, device, batch, beams, how)
        ("story", args.story, "cpu", 16, 1, f"CPU, {cores} threads, batched (16)"),
        ("story", args.story, args.device, 16, 1, f"{args.device}, batched (16)"),
        ("story", args.story, args.device, 1, 1, f"{args.device}, one by one"),
        ("story", args.story, "cpu", 16, 4, f"CPU, {cores} threads, batched, 4 beams"),
        ("story", args.story, args.device, 16, 4, f"{args.device}, batched, 4 beams"),
        ("archive", args.sentences, "cpu", 16, 1, f"CPU, {cores} threads, batched (16)"),
        ("archive", args.sentences, args.device, 16, 1, f"{args.device}, batched (16)"),
        ("archive", args.sentences, args.device, 64, 1, f"{args.device}, batched (64)"),
        ("archive", args.sentences, args.device, 1, 1, f"{args.device}, one by one"),
    ]
    rows, baselines, outputs = [], {}, {}
    for what, sentences, device, batch, beams, label in runs:
        spec = {"backend": "transformers", "batch": batch, "beams": beams, "threads": cores, "sentences": sentences,
                "device": device, "ntrex": str(args.ntrex)}
        figures = measure(model, spec)
        outputs[(what, device, batch, beams)] = figures["outputs"]
        base = baselines.setdefault((what, beams), figures)  # the CPU run comes first
        rate = sentences / figures["seconds"]
        cpu = outputs[(what, "cpu", 16, beams)]
        same_as_cpu = sum(a == b for a, b in zip(figures["outputs"], cpu))
        rows.append((what, sentences, label, f"{rate:.1f}", f"{rate / (sentences / base['seconds']):.2f}×",
                     f"{same_as_cpu}/{sentences}", f"{figures['peak_mb']:.0f}", f"{figures.get('gpu_peak_mb', 0):.0f}"))
        print(f"  {rows[-1]}", file=sys.stderr)
    print("| run | sentences | how | sentences/s | vs CPU batched | same translation as CPU | peak RSS MB | peak GPU MB |")
    print("|---|---:|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")
    for what in ("story", "archive"):
        alone, batched = outputs[(what, args.device, 1, 1)], outputs[(what, args.device, 16, 1)]
        print(f"{what}: on the GPU, {sum(a == b for a, b in zip(alone, batched))}/{len(alone)} sentences translated "
              "alone read as they do in batches of 16")
    return 0


if __name__ == "__main__":
    sys.exit(main())
