"""Alignment benchmark on NTREX-128 (real en/uk/ru editions, gold 1-1 alignment by line).

    .venv/bin/python benchmarks/alignment.py [--docs N|all] [--langs uk,ru] [--no-embeddings]

Each document is aligned en → uk and en → ru:
  clean     the editions as published (gold: every line 1-1)
  merged    ~15% of the edition's adjacent sentence pairs joined into one (gold 2-1 beads)
  split     ~30% of the edition's sentences with a comma near the middle cut there (gold 1-2 beads)
  omission  1–3 random sentences deleted from the edition (gold 1-0 beads; detection per sentence)
  addition  one sentence of another document inserted into the edition (gold 0-1 bead)
Alignment F1 is strict (a bead counts only when both sides are exactly the gold ones). The
Gale–Church length-only aligner runs on the same inputs as the baseline. Detection: precision and
recall of `omission` / `addition` findings per sentence, and ROC-AUC of the per-sentence support
score (baseline: its 1-0 / 0-1 beads, a yes/no score).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consistency.checks.alignment import AlignmentCheck, sentence_support  # noqa: E402
from consistency.stages.align import (  # noqa: E402
    Embedder,
    align_story,
    analysis_from_sentences,
    gale_church_align,
)
from consistency.stages.align.dp import AlignerSettings  # noqa: E402

NTREX = ROOT.parent / "shared" / "data" / "ntrex128"
FILES = {"en": "newstest2019-src.eng.txt", "uk": "newstest2019-ref.ukr.txt", "ru": "newstest2019-ref.rus.txt"}
DEFAULT_DOCS = 40

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def load_documents(directory: Path) -> list[dict[str, list[str]]]:
    ids = (directory / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = {lang: (directory / name).read_text(encoding="utf-8").splitlines() for lang, name in FILES.items()}
    grouped: OrderedDict[str, list[int]] = OrderedDict()
    for number, doc in enumerate(ids):
        grouped.setdefault(doc.strip(), []).append(number)
    return [{lang: [lines[lang][k] for k in rows] for lang in FILES} for rows in grouped.values()]


# ---- perturbations: each returns the new edition and the gold beads against the reference ----


def clean(ed: list[str], rng: random.Random, other: list[str]) -> tuple[list[str], Beads]:
    return list(ed), [((i,), (i,)) for i in range(len(ed))]


def merged(ed: list[str], rng: random.Random, other: list[str]) -> tuple[list[str], Beads]:
    out: list[str] = []
    gold: Beads = []
    i = 0
    while i < len(ed):
        if i + 1 < len(ed) and rng.random() < 0.15:
            gold.append(((i, i + 1), (len(out),)))
            out.append(ed[i] + " " + ed[i + 1])
            i += 2
        else:
            gold.append(((i,), (len(out),)))
            out.append(ed[i])
            i += 1
    return out, gold


def _comma_cut(sentence: str) -> int | None:
    cuts = [k for k, ch in enumerate(sentence) if ch == "," and 0.3 < k / len(sentence) < 0.7]
    return min(cuts, key=lambda k: abs(k - len(sentence) / 2)) if cuts else None


def split(ed: list[str], rng: random.Random, other: list[str]) -> tuple[list[str], Beads]:
    out: list[str] = []
    gold: Beads = []
    for i, sentence in enumerate(ed):
        cut = _comma_cut(sentence)
        if cut is not None and rng.random() < 0.3:
            gold.append(((i,), (len(out), len(out) + 1)))
            out += [sentence[: cut] + ".", sentence[cut + 1 :].strip()]
        else:
            gold.append(((i,), (len(out),)))
            out.append(sentence)
    return out, gold


def omission(ed: list[str], rng: random.Random, other: list[str]) -> tuple[list[str], Beads]:
    count = rng.randint(1, 3)
    deleted = set(rng.sample(range(len(ed)), count))
    out: list[str] = []
    gold: Beads = []
    for i, sentence in enumerate(ed):
        if i in deleted:
            gold.append(((i,), ()))
        else:
            gold.append(((i,), (len(out),)))
            out.append(sentence)
    return out, gold


def addition(ed: list[str], rng: random.Random, other: list[str]) -> tuple[list[str], Beads]:
    at = rng.randint(0, len(ed))
    out = ed[:at] + [rng.choice(other)] + ed[at:]
    gold: Beads = [((i,), (i if i < at else i + 1,)) for i in range(len(ed))]
    gold.insert(at, ((), (at,)))
    return out, gold


CONDITIONS = {"clean": clean, "merged": merged, "split": split, "omission": omission, "addition": addition}


# ---- measures ----


@dataclass
class Tally:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.true_positive += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """Probability that a positive outranks a negative (ties count half): Mann–Whitney U."""
    positives = [s for s, y in zip(scores, labels) if y]
    negatives = [s for s, y in zip(scores, labels) if not y]
    if not positives or not negatives:
        return float("nan")
    order = sorted(negatives)
    import bisect

    wins = 0.0
    for s in positives:
        below = bisect.bisect_left(order, s)
        ties = bisect.bisect_right(order, s) - below
        wins += below + ties / 2
    return wins / (len(positives) * len(negatives))


@dataclass
class Results:
    align: dict[str, Tally] = field(default_factory=dict)
    baseline: dict[str, Tally] = field(default_factory=dict)
    detect: dict[str, Tally] = field(default_factory=dict)
    detect_baseline: dict[str, Tally] = field(default_factory=dict)
    auc_scores: dict[str, list[float]] = field(default_factory=dict)
    auc_labels: dict[str, list[bool]] = field(default_factory=dict)
    auc_baseline: dict[str, list[float]] = field(default_factory=dict)
    clean_errors: int = 0
    clean_semantic: int = 0
    clean_pairs: int = 0
    clean_documents: int = 0
    seconds: float = 0.0
    baseline_seconds: float = 0.0
    sentences: int = 0
    # --block-vectors where-needed: (blocks given the model's vectors, two-sentence blocks) per condition
    blocks_embedded: dict[str, tuple[int, int]] = field(default_factory=dict)


def finding_sentences(finding, analysis, holder: str) -> set[int]:
    start, end = finding.spans[holder]
    return {s.index for s in analysis.segmentations[holder].sentences if s.start >= start and s.end <= end}


def run(documents, languages, embedder, rng_seed: int = 2019, settings: AlignerSettings = AlignerSettings()) -> Results:
    results = Results()
    check = AlignmentCheck()
    for name in CONDITIONS:
        results.align[name] = Tally()
        results.baseline[name] = Tally()
    for name in ("omission", "addition"):
        results.detect[name] = Tally()
        results.detect_baseline[name] = Tally()
        results.auc_scores[name], results.auc_labels[name], results.auc_baseline[name] = [], [], []
    for number, document in enumerate(documents):
        for lang in languages:
            reference = document["en"]
            others = [s for k, d in enumerate(documents) if k != number for s in d[lang]]
            for name, perturb in CONDITIONS.items():
                rng = random.Random(f"{rng_seed}-{number}-{lang}-{name}")
                if name == "omission" and len(reference) < 6:
                    continue
                edition, gold = perturb(document[lang], rng, others)
                analysis = analysis_from_sentences({"en": reference, lang: edition}, reference="en")
                started = time.perf_counter()
                analysis = align_story(analysis, embedder=embedder, settings=settings)
                if name == "clean":
                    results.seconds += time.perf_counter() - started
                    results.sentences += len(reference) + len(edition)
                beads = [(b.reference, b.edition) for b in analysis.alignments[lang].beads]
                results.align[name].add(set(beads), set(gold))
                pending = analysis.signals[lang].blocks_to_embed
                if pending is not None:
                    embedded, blocks = results.blocks_embedded.get(name, (0, 0))
                    results.blocks_embedded[name] = (embedded + sum(map(len, pending.model)),
                                                     blocks + sum(map(len, pending.texts)))
                started = time.perf_counter()
                baseline = gale_church_align(reference, edition)
                if name == "clean":
                    results.baseline_seconds += time.perf_counter() - started
                results.baseline[name].add(set(baseline), set(gold))
                findings = check(analysis).findings
                if name == "clean":
                    results.clean_documents += 1
                    results.clean_pairs += len(reference)
                    results.clean_errors += sum(f.check in ("omission", "addition") and f.severity == "error"
                                                for f in findings)
                    results.clean_semantic += sum(f.check == "semantic" for f in findings)
                if name in ("omission", "addition"):
                    _detection(results, name, analysis, lang, embedder, findings, gold, baseline)
        print(f"  document {number + 1}/{len(documents)}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return results


def _detection(results: Results, name: str, analysis, lang: str, embedder, findings, gold: Beads, baseline: Beads):
    side, holder = ("reference", "en") if name == "omission" else ("edition", lang)
    positives = {b[0][0] if side == "reference" else b[1][0] for b in gold if not (b[0] and b[1])}
    predicted: set[int] = set()
    for finding in findings:
        if finding.check == name:
            predicted |= finding_sentences(finding, analysis, holder)
    results.detect[name].add(predicted, positives)
    base_predicted = {i for b in baseline if not (b[0] and b[1]) for i in (b[0] if side == "reference" else b[1])}
    results.detect_baseline[name].add(base_predicted, positives)
    signals = analysis.signals[lang]
    support = getattr(sentence_support(analysis.alignments[lang].beads, signals), side)
    results.auc_scores[name] += [-s for s in support]
    results.auc_labels[name] += [k in positives for k in range(len(support))]
    results.auc_baseline[name] += [1.0 if k in base_predicted else 0.0 for k in range(len(support))]


def print_table(results: Results, documents: int, total_documents: int, languages, embedded: bool, warm: bool) -> None:
    scope = "all" if documents == total_documents else f"first {documents} of {total_documents} (--docs all for every one)"
    print(f"NTREX-128 documents: {scope}; editions en→{','.join(languages)}; "
          f"signals: {'embeddings+' if embedded else ''}anchors+length (no MT)")
    print()
    print(f"{'alignment F1 (strict)':<28}{'ours':>8}{'Gale–Church':>13}{'ratio':>8}")
    for name in CONDITIONS:
        ours, base = results.align[name].f1, results.baseline[name].f1
        print(f"{name:<28}{ours:>8.4f}{base:>13.4f}{ours / base if base else float('nan'):>8.2f}")
    print()
    print(f"{'detection':<12}{'P':>7}{'R':>7}{'ROC-AUC':>9}   {'baseline P':>10}{'R':>7}{'ROC-AUC':>9}")
    for name in ("omission", "addition"):
        ours, base = results.detect[name], results.detect_baseline[name]
        auc = roc_auc(results.auc_scores[name], results.auc_labels[name])
        base_auc = roc_auc(results.auc_baseline[name], results.auc_labels[name])
        print(f"{name:<12}{ours.precision:>7.3f}{ours.recall:>7.3f}{auc:>9.3f}   "
              f"{base.precision:>10.3f}{base.recall:>7.3f}{base_auc:>9.3f}")
    print()
    print(f"clean editions: {results.clean_errors} omission/addition errors in {results.clean_documents} "
          f"document pairs; {results.clean_semantic} semantic warnings over {results.clean_pairs} sentence pairs")
    if results.blocks_embedded:
        shares = ", ".join(f"{name} {embedded}/{blocks} ({embedded / max(blocks, 1):.0%})"
                           for name, (embedded, blocks) in results.blocks_embedded.items())
        print(f"two-sentence blocks embedded by the model (the rest derived from their sentences): {shares}")
    ours_speed = results.sentences / results.seconds if results.seconds else float("nan")
    base_speed = results.sentences / results.baseline_seconds if results.baseline_seconds else float("nan")
    how = "embeddings read from --cache" if warm else "embeddings computed cold"
    print(f"speed (clean, {how}): {ours_speed:.1f} sentences/s; Gale–Church "
          f"{base_speed:.0f} sentences/s (ours = {ours_speed / base_speed:.4f} × baseline)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=NTREX)
    parser.add_argument("--docs", default=str(DEFAULT_DOCS), help="number of documents, or 'all'")
    parser.add_argument("--langs", default="uk,ru")
    parser.add_argument("--no-embeddings", action="store_true", help="anchors and length only")
    parser.add_argument("--cache", type=Path, help=".npz of sentence embeddings, read and updated (speeds re-runs; "
                        "the speed line then measures warm runs)")
    parser.add_argument("--block-vectors", choices=("model", "sentences", "where-needed"), default=AlignerSettings().block_vectors,
                        help="a two-sentence block's vector: embedded as text, or its sentences' vectors summed")
    parser.add_argument("--merge-penalty", type=float, default=AlignerSettings().merge_penalty,
                        help="the aligner's cost of a 2-1 or 1-2 bead (tuning)")
    args = parser.parse_args(argv)
    if not (args.data / "DOCUMENT_IDS.tsv").is_file():
        print(f"NTREX-128 not found at {args.data}", file=sys.stderr)
        return 2
    documents = load_documents(args.data)
    chosen = documents if args.docs == "all" else documents[: int(args.docs)]
    languages = [lang.strip() for lang in args.langs.split(",") if lang.strip()]
    embedder = None if args.no_embeddings else Embedder()
    warm = embedder is not None and args.cache is not None and args.cache.is_file()
    if warm:
        embedder.load_cache(args.cache)
    settings = AlignerSettings(block_vectors=args.block_vectors, merge_penalty=args.merge_penalty)
    results = run(chosen, languages, embedder, settings=settings)
    if embedder is not None and args.cache is not None:
        embedder.save_cache(args.cache)
    print_table(results, len(chosen), len(documents), languages, embedder is not None, warm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
