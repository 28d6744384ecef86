"""Clean stories that real_news.py never draws, for false alarms on news the rules were not tuned on.

    .venv/bin/python benchmarks/held_out.py [--systems Online-B,Lan-Bridge] [--compare REV] [--list 40]

Three sets: two from ../shared/data/wmt22 (see real_news.py for how a document becomes a story folder), and
tests/fixtures/newsroom:

1. `one-segment`: the WMT22 documents of one segment (645 uk, mostly short posts, chats and notices; real_news.py
   takes documents of two segments or more), the original against its English reference;
2. `mt:SYSTEM`: the documents real_news.py takes (two segments or more, uk and ru), the original against an MT
   system's English instead of the reference: another English, written by a machine, in place of the
   newsroom's. Its findings are MT slips as well as false alarms, so the counts are for comparing two commits
   on the same documents, not a false-alarm rate;
3. `newsroom`: the three-edition stories written as Ukrainian newsrooms write them (tests/fixtures/newsroom/README.md),
   each a faithful translation: every finding on them is a false alarm.

Each story goes through `Pipeline(Options(translator="none", embeddings=False)).run(folder)`, as in CI. Printed per
set: the stories, those with an error, those with a warning, and (with `--list N`) the first N findings at
warning level or above. With `--compare REV`, the same stories are checked with the library at commit REV too
(a git worktree, as real_news.py does), and the stories whose findings differ are listed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from real_news import Doc, _segment_texts, render, wmt22_paragraphs  # noqa: E402

from consistency.stages.load.discover import EDITION_SUFFIXES  # noqa: E402

WMT22 = HERE.parent.parent / "shared" / "data" / "wmt22"
NEWSROOM = HERE.parent / "tests" / "fixtures" / "newsroom"


def stories(directory: Path, systems: list[str], newsroom: Path) -> list[tuple[str, str, dict[str, str]]]:
    """(set, document id, the text of each edition) of every held-out story."""
    # an edition by its file name where it is no plain text ("uk.md", "uk.html"), else by its language
    out = [("newsroom", folder.name, {(f.stem if f.suffix == ".txt" else f.name): f.read_text(encoding="utf-8")
                                      for f in sorted(folder.iterdir()) if f.suffix in EDITION_SUFFIXES})
           for folder in sorted(newsroom.iterdir()) if folder.is_dir()]
    for pair in ("uk-en", "ru-en"):
        root = ET.parse(directory / f"wmttest2022.{pair}.all.xml").getroot()
        for doc in root.iter("doc"):
            src = doc.find("src")
            original = _segment_texts(src)
            flat = [s for p in original for s in p]
            if not flat or not all(flat):
                continue
            lang = src.get("lang")
            englishes = {"one-segment": doc.find("ref")} if len(flat) == 1 else {
                f"mt:{h.get('system')}": h for h in doc.findall("hyp") if h.get("system") in systems}
            for name, element in englishes.items():
                english = [s for p in _segment_texts(element) for s in p]
                if len(english) != len(flat) or not all(english):
                    continue
                document = Doc(name, doc.get("id"), 0, {lang: flat, "en": english}, wmt22_paragraphs(original))
                texts, _ = render(document, document.segments)
                out.append((name, f"{pair}:{doc.get('id')}", texts))
    return out


def check(cases: list[tuple[str, str, dict[str, str]]]) -> list[list[dict]]:
    """The findings at warning level or above of each story, as plain dicts."""
    from consistency.options import build_options
    from consistency.pipeline import Pipeline

    pipeline = Pipeline(build_options(translator="none", embeddings=False))
    results = []
    for _name, _doc, texts in cases:
        with tempfile.TemporaryDirectory() as folder:
            for edition, text in texts.items():
                Path(folder, edition if "." in edition else f"{edition}.txt").write_text(text, encoding="utf-8")
            report = pipeline.run(folder).report
        results.append([{"severity": f.severity, "check": f.check, "kind": f.kind, "edition": f.edition,
                         "message": f.message} for f in report.findings if f.severity in ("error", "warning")])
    return results


def table(cases: list[tuple[str, str, dict[str, str]]], runs: dict[str, list[list[dict]]]) -> None:
    print("| set | stories | " + " | ".join(f"with an error ({r}) | with a warning ({r})" for r in runs) + " |")
    print("|---|---:|" + "---:|---:|" * len(runs))
    for name in sorted({c[0] for c in cases}):
        rows = [i for i, c in enumerate(cases) if c[0] == name]
        cells = []
        for results in runs.values():
            errors = sum(any(f["severity"] == "error" for f in results[i]) for i in rows)
            warnings = sum(any(f["severity"] == "warning" for f in results[i]) for i in rows)
            cells += [str(errors), str(warnings)]
        print(f"| {name} | {len(rows)} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wmt22", type=Path, default=WMT22)
    parser.add_argument("--newsroom", type=Path, default=NEWSROOM)
    parser.add_argument("--systems", default="Online-B", help="MT systems whose English stands in for the reference")
    parser.add_argument("--compare", metavar="REV", help="check the same stories with the library at commit REV too")
    parser.add_argument("--list", type=int, default=0, metavar="N", help="print the first N findings of this tree")
    parser.add_argument("--check-only", type=Path, help=argparse.SUPPRESS)  # the half --compare runs in a worktree
    args = parser.parse_args()
    cases = stories(args.wmt22, args.systems.split(","), args.newsroom)
    if args.check_only:
        args.check_only.write_text(json.dumps(check(cases)), encoding="utf-8")
        return
    started = time.perf_counter()
    runs = {"now": check(cases)}
    if args.compare:
        from revision import worktree_at

        with worktree_at(args.compare) as worktree, tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "results.json"
            command = [sys.executable, str(Path(__file__).resolve()), "--wmt22", str(args.wmt22.resolve()),
                       "--newsroom", str(args.newsroom.resolve()), "--systems", args.systems, "--check-only", str(out)]
            subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(worktree)}, cwd=str(worktree))
            runs = {args.compare: json.loads(out.read_text(encoding="utf-8")), **runs}
    table(cases, runs)
    if args.compare:
        changed = [i for i in range(len(cases)) if runs[args.compare][i] != runs["now"][i]]
        print(f"\nstories whose findings differ from {args.compare}: {len(changed)}")
        for i in changed:
            before = {(f["severity"], f["message"]) for f in runs[args.compare][i]}
            after = {(f["severity"], f["message"]) for f in runs["now"][i]}
            for severity, message in sorted(before - after):
                print(f"  {cases[i][0]} {cases[i][1]}  gone: {severity} {message[:150]}")
            for severity, message in sorted(after - before):
                print(f"  {cases[i][0]} {cases[i][1]}  new:  {severity} {message[:150]}")
    if args.list:
        print(f"\nfindings of this tree (first {args.list}):")
        shown = 0
        for (name, doc, _texts), findings in zip(cases, runs["now"]):
            for f in findings:
                if shown < args.list:
                    print(f"  {name} {doc} [{f['edition']}] {f['severity']} {f['check']}/{f['kind']}: "
                          f"{f['message'][:150]}")
                    shown += 1
    print(f"total time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
