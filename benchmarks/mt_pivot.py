"""The pivot translation on real MT output: what it adds, what noise it brings, and whether an MT slip is
told apart from an edition's error.

    .venv/bin/python benchmarks/mt_pivot.py [--docs N] [--systems Online-A,NLLB] [--kinds figure,person]
                                            [--json FILE]

Stories: WMT22 documents (`../shared/data/wmt22`), the uk or ru original and its professional English
translation as two editions, as benchmarks/real_news.py builds them (same corpora, same seeded sample with
`--docs`). Each story is checked once without MT (`translator="none"`) and once per MT system, with that
system's `<hyp>` of the original written beside it as the precomputed pivot translation (`uk.en.txt`, one
line per paragraph of the original: what the system returned for it), `translator="precomputed"`. No
sentence embeddings, so that what MT adds is not hidden by what embeddings add (`--embeddings`: with them,
as the product runs by default).

Measured per system and for no MT, per corpus:
1. clean stories with an error and with a warning, and the `mt-induced` warnings on them (an MT slip: the
   system dropped or changed a fact the editions agree on; every one is listed with `--slips N`);
2. changes injected into the English edition (the MT of the untouched original stays a faithful pivot):
   recall at error and at warning level per change kind, as in real_news.py;
3. changes injected into the MT output only (a figure of the hyp altered): reported as `mt-induced`, and
   how many raise an edition error instead (the target is none);
4. the aligner's segment pairs on clean stories against the corpus's own (F1);
5. seconds per story.
Changes to the original edition are not injected: no system translated the changed text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_news  # noqa: E402  (the stories, the injected changes and their scoring are real_news.py's)

WMT22 = real_news.DATA / "wmt22"
KINDS = ("figure", "scale", "date", "person", "place", "deletion", "replaced")
FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,]\d)")


def system_outputs(directory: Path = WMT22) -> dict[str, dict[str, list[str]]]:
    """doc id → system → its output, one string per segment of the original."""
    outputs: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for pair in ("uk-en", "ru-en"):
        for doc in ET.parse(directory / f"wmttest2022.{pair}.all.xml").getroot().iter("doc"):
            for hyp in doc.findall("hyp"):
                outputs[doc.get("id")][hyp.get("system")] = [(s.text or "").strip() for s in hyp.iter("seg")]
    return outputs


def pivot_file(doc: real_news.Doc, segments: list[str]) -> str:
    """The system's output as a translation vendor returns it: a line per paragraph of the original."""
    return "\n".join(" ".join(segments[i] for i in paragraph) for paragraph in doc.paragraphs) + "\n"


def slip(text: str, rng: random.Random) -> tuple[str, str, str, str] | None:
    """The MT output with one figure changed (an MT slip), the figure before and after, and its context;
    None when the output has no figure. A figure is one the facts stage reads as a fact of the story (an
    amount, a date, a percentage…), not the digits of a code or a name ("COVID-19", "3D Secure", a list
    number), which no edition is checked for, inside the sentences the pivot's splitter reads (it leaves a
    list's "2." out of its sentence, in the MT as in the editions)."""
    from consistency.checks.facts.relations import is_weak
    from consistency.stages.facts import extract_facts
    from consistency.stages.segment import segment_text

    facts = [f for f in extract_facts(text, "en") if f.kind != "name" and not is_weak(f)]
    sentences = [(s.start, s.end) for s in segment_text(text, "en", max_sentences=None).sentences]
    found = [m for f in facts for m in FIGURE.finditer(text, f.start, f.end)
             if any(start <= m.start() and m.end() <= end for start, end in sentences)]
    if not found:
        return None
    m = rng.choice(found)
    before = m.group()
    after = str(int(before) + rng.choice((1, 2, 3))) if before.isdigit() else before[:-1] + str((int(before[-1]) + 3) % 10)
    return text[: m.start()] + after + text[m.end():], before, after, text[max(0, m.start() - 60): m.end() + 40]


def run(cases: list[dict], translator: str, embeddings: bool = False) -> dict:
    from consistency.pipeline import Options, Pipeline

    pipeline = Pipeline(Options(translator=translator, embeddings=embeddings, progress=False))
    out = {}
    with tempfile.TemporaryDirectory(prefix="mt_pivot_") as tmp:
        for n, case in enumerate(cases):
            folder = Path(tmp) / f"story{n}"
            folder.mkdir()
            for name, text in case["files"].items():
                (folder / name).write_text(text, encoding="utf-8")
            wall = time.perf_counter()
            result = pipeline.run(folder)
            wall = time.perf_counter() - wall
            mappers = {key: real_news.offset_mapper(case["texts"].get(key, ""), edition.text)
                       for key, edition in result.analysis.story.editions.items()}
            findings = [{"check": f.check, "severity": f.severity, "edition": f.edition, "kind": f.kind,
                         "message": f.message, "evidence": dict(f.evidence),
                         "spans": {k: [mappers[k](s), mappers[k](e)] for k, (s, e) in f.spans.items() if k in mappers}}
                        for f in result.report.findings]
            out[str(n)] = {"findings": findings, "wall": wall, "cpu": wall,
                           "alignment": alignment_counts(result.analysis, case, mappers) if case["kind"] == "clean" else None}
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
    return out


def alignment_counts(analysis, case: dict, mappers: dict) -> dict[str, int]:
    """The aligner's segment pairs against the corpus's own (segment i of the original is translated by
    segment i of the reference): pairs found, pairs right, pairs there are."""
    def segment_of(key: str) -> list[int | None]:
        where = case["spans"][key]
        found = []
        for sentence in analysis.segmentations[key].sentences:
            middle = mappers[key]((sentence.start + sentence.end) // 2)
            found.append(next((i for i, span in enumerate(where) if span and span[0] <= middle < span[1]), None))
        return found

    reference = analysis.reference
    edition = next(k for k in analysis.alignments)
    ref_segments, ed_segments = segment_of(reference), segment_of(edition)
    predicted = {(ref_segments[r], ed_segments[e]) for bead in analysis.alignments[edition].beads
                 for r in bead.reference for e in bead.edition
                 if ref_segments[r] is not None and ed_segments[e] is not None}
    gold = {(i, i) for i, (a, b) in enumerate(zip(case["spans"][reference], case["spans"][edition])) if a and b}
    return {"found": len(predicted), "right": len(predicted & gold), "gold": len(gold)}


def f1(counts: list[dict[str, int]]) -> str:
    found, right, gold = (sum(c[k] for c in counts) for k in ("found", "right", "gold"))
    if not found or not gold:
        return "–"
    precision, recall = right / found, right / gold
    return f"{2 * precision * recall / (precision + recall):.3f} (P {precision:.3f} R {recall:.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=30, help="documents per corpus (default 30)")
    parser.add_argument("--systems", help="comma-separated systems (default: every system with output for all)")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--slips", type=int, default=0, help="list N mt-induced warnings on clean stories per system")
    parser.add_argument("--slip-misses", type=int, default=0,
                        help="list N figures changed in the MT output only that were not reported as mt-induced")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--embeddings", action="store_true",
                        help="with sentence embeddings too (the product's default), to see what MT adds beside them")
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",")

    docs = real_news.sample(real_news.load_wmt22(WMT22), args.docs, real_news.SEED)
    outputs = system_outputs()
    every = sorted(set.intersection(*(set(outputs[d.doc_id]) for d in docs)))
    systems = args.systems.split(",") if args.systems else every
    cases = [asdict(c) for c in real_news.build_cases(docs, kinds, real_news.SEED)]
    cases = [c for c in cases if c["kind"] == "clean" or c["edition"] == "en"]
    by_id = {d.doc_id: d for d in docs}
    adjudication = real_news.load_adjudication()
    started = time.perf_counter()
    print(f"{len(docs)} documents, {len(cases)} stories ({sum(c['kind'] == 'clean' for c in cases)} clean), "
          f"systems: {', '.join(systems)}", file=sys.stderr)

    report: dict = {}
    slip_misses: list[str] = []
    for system in [None] + systems:
        label = system or "no MT"
        runs = []
        for case in cases:
            original = next(k for k in case["texts"] if k != "en")
            files = {f"{k}.txt": t for k, t in case["texts"].items()}
            if system:
                files[f"{original}.en.txt"] = pivot_file(by_id[case["doc"]], outputs[case["doc"]][system])
            runs.append({**case, "files": files})
        results = run(runs, "precomputed" if system else "none", args.embeddings)
        figures = real_news.score(runs, results, adjudication)
        slips: dict[str, list[str]] = defaultdict(list)
        # clean stories warned about an edition (anything but the MT's own slips), and by which check
        edition_warned, edition_warnings = Counter(), Counter()
        for n, case in enumerate(runs):
            if case["kind"] == "clean":
                about_editions = {(f["check"], f["kind"]) for f in results[str(n)]["findings"]
                                  if f["severity"] == "warning" and f["kind"] != "mt-induced"}
                edition_warned[case["corpus"]] += bool(about_editions)
                edition_warnings.update((case["corpus"], f"{check}/{kind}") for check, kind in about_editions)
                for f in results[str(n)]["findings"]:
                    if f["kind"] == "mt-induced":
                        slips[case["corpus"]].append(f"{case['doc']}: {real_news.folded(f['message'], 150)}")
        mt_only = Counter()
        if system:
            rng = random.Random(f"{real_news.SEED}-{system}")
            clean = [(n, case) for n, case in enumerate(runs) if case["kind"] == "clean"]
            slipped = []
            for n, case in clean:
                original = next(k for k in case["texts"] if k != "en")
                changed = slip(case["files"][f"{original}.en.txt"], rng)
                if changed:
                    slipped.append((n, {**case, "files": {**case["files"], f"{original}.en.txt": changed[0]},
                                        "slip": f"{changed[1]} → {changed[2]} in «{' '.join(changed[3].split())}»"}))
            slip_results = run([c for _, c in slipped], "precomputed", args.embeddings)
            for m, (n, case) in enumerate(slipped):
                before = {real_news.identity(f) for f in results[str(n)]["findings"]}
                new = [f for f in slip_results[str(m)]["findings"] if real_news.identity(f) not in before]
                mt_only[case["corpus"], "n"] += 1
                mt_only[case["corpus"], "mt-induced"] += any(f["kind"] == "mt-induced" for f in new)
                mt_only[case["corpus"], "edition error"] += any(f["severity"] == "error" for f in new)
                if not any(f["kind"] == "mt-induced" for f in new) and args.slip_misses:
                    shown = "; ".join(f"{f['severity']} {f['check']}/{f['kind']}: {real_news.folded(f['message'], 120)}"
                                      for f in new) or "no new finding"
                    slip_misses.append(f"{label} {case['corpus']} {case['doc']}: {case['slip']} → {shown}")
        aligned: dict[str, list] = defaultdict(list)
        for n, case in enumerate(runs):
            if results[str(n)]["alignment"] is not None:
                aligned[case["corpus"]].append(results[str(n)]["alignment"])
        report[label] = {"figures": figures, "slips": dict(slips), "edition_warned": dict(edition_warned),
                         "edition_warnings": {f"{c}/{k}": v for (c, k), v in edition_warnings.items()},
                         "mt_only": {f"{c}/{k}": v for (c, k), v in mt_only.items()},
                         "alignment_f1": {corpus: f1(counts) for corpus, counts in aligned.items()}}
        print(f"  {label}: done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    print_report(report, kinds, args.slips)
    for line in slip_misses[: args.slip_misses * max(1, len(systems))]:
        print(f"  missed slip: {line}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=list), encoding="utf-8")
    return 0


def print_report(report: dict, kinds: list[str], slips: int) -> None:
    labels = list(report)
    corpora = [c for c in real_news.CORPORA if c in report[labels[0]]["figures"]]
    for corpus in corpora:
        print(f"\n### {real_news.CORPORA[corpus]}\n")
        print("| measure | " + " | ".join(labels) + " |")
        print("|---|" + "---:|" * len(labels))

        def row(name, cell):
            print(f"| {name} | " + " | ".join(cell(report[label]) for label in labels) + " |")

        row("clean stories with an error", lambda r: _share(r["figures"][corpus]["clean"].get("with-error", 0),
                                                            r["figures"][corpus]["clean"]["stories"]))
        row("clean stories with a warning", lambda r: _share(r["figures"][corpus]["clean"].get("with-warning", 0),
                                                             r["figures"][corpus]["clean"]["stories"]))
        row("clean stories with a warning about an edition (not mt-induced)",
            lambda r: _share(r["edition_warned"].get(corpus, 0), r["figures"][corpus]["clean"]["stories"]))
        row("… stories warned by each check (omission, addition, semantic, facts)", lambda r: ", ".join(
            f"{k.split('/', 1)[1]} {v}" for k, v in sorted(r["edition_warnings"].items()) if k.startswith(corpus + "/")) or "–")
        row("mt-induced warnings on clean stories", lambda r: str(len(r["slips"].get(corpus, []))))
        for label in sorted({k for r in report.values() for k in r["figures"][corpus]["kinds"]}):
            for level in ("error", "warning"):
                row(f"{label} (en edition): {level}",
                    lambda r, label=label, level=level: _share(r["figures"][corpus]["kinds"].get(label, {}).get(level, 0),
                                                               r["figures"][corpus]["kinds"].get(label, {}).get("n", 0)))
        row("figure changed in the MT only: mt-induced",
            lambda r: _share(r["mt_only"].get(f"{corpus}/mt-induced", 0), r["mt_only"].get(f"{corpus}/n", 0)))
        row("figure changed in the MT only: an edition error",
            lambda r: _share(r["mt_only"].get(f"{corpus}/edition error", 0), r["mt_only"].get(f"{corpus}/n", 0)))
        row("alignment F1 on clean stories (segment pairs)", lambda r: r["alignment_f1"].get(corpus, "–"))
        row("s/story", lambda r: f"{r['figures'][corpus]['s_per_story']:.3f}")
    if slips:
        for label in labels[1:]:
            for corpus, found in report[label]["slips"].items():
                for line in found[:slips]:
                    print(f"  {label} {corpus} {line}")


def _share(hits: int, n: int) -> str:
    return f"{hits}/{n} ({100 * hits / n:.0f}%)" if n else "–"


if __name__ == "__main__":
    sys.exit(main())
