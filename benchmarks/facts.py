"""Facts check on real news (NTREX-128 en/uk/ru): false alarms on clean editions, recall on injected
changes, speed — ours against a digits-only regex comparison and Translate Toolkit's `numbers` check,
measured in the same run on the same documents.

    .venv/bin/python benchmarks/facts.py [--ntrex ../shared/data/ntrex128] [--samples 3]

Documents come from DOCUMENT_IDS.tsv; each line is a sentence and line i of every language is aligned
to line i (gold 1-1 beads). Every error finding on the clean human translations is counted as a false
alarm (a sample of each kind is printed so a reader can see which are real translation differences).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from consistency.facts import FactsCheck, extract_facts, read_story_facts  # noqa: E402
from support.facts_story import story_analysis  # noqa: E402

LANGS = ("en", "uk", "ru")
FILES = {"en": "newstest2019-src.eng.txt", "uk": "newstest2019-ref.ukr.txt", "ru": "newstest2019-ref.rus.txt"}
SEED = 20231206

SCALE_SWAP = {
    "en": [("million", "billion"), ("billion", "million"), ("thousand", "million"), ("bn", "m"), ("m", "bn")],
    "uk": [("млн", "млрд"), ("млрд", "млн"), ("тис.", "млн"), ("мільйон", "мільярд"), ("мільярд", "мільйон"), ("тисяч", "мільйонів")],
    "ru": [("млн", "млрд"), ("млрд", "млн"), ("тыс.", "млн"), ("миллион", "миллиард"), ("миллиард", "миллион"), ("тысяч", "миллионов")],
}
CURRENCY_SWAP = {
    "en": [("£", "$"), ("$", "€"), ("€", "$"), ("pounds sterling", "dollars"), ("dollars", "euros"), ("euros", "dollars")],
    "uk": [("фунтів стерлінгів", "доларів"), ("доларів", "євро"), ("євро", "доларів"), ("$", "€"), ("£", "$"), ("гривень", "доларів"), ("грн", "доларів")],
    "ru": [("фунтов стерлингов", "долларов"), ("долларов", "евро"), ("евро", "долларов"), ("$", "€"), ("£", "$"), ("рублей", "долларов")],
}
UNIT_SWAP = {
    "en": [("miles", "kilometres"), ("kilometres", "miles"), ("km", "miles"), ("feet", "metres"), ("metres", "feet"), ("pounds", "kg"), ("kg", "pounds"), ("mm", "cm"), ("hours", "days")],
    "uk": [("км", "миль"), ("кілометрів", "миль"), ("метрів", "футів"), ("кг", "фунтів"), ("мм", "см"), ("годин", "днів"), ("миль", "км")],
    "ru": [("км", "миль"), ("километров", "миль"), ("метров", "футов"), ("кг", "фунтов"), ("мм", "см"), ("часов", "дней"), ("миль", "км")],
}


def load_documents(ntrex: Path) -> list[dict[str, list[str]]]:
    ids = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    lines = {lang: (ntrex / FILES[lang]).read_text(encoding="utf-8").splitlines() for lang in LANGS}
    docs: dict[str, dict[str, list[str]]] = {}
    order: list[str] = []
    for i, doc_id in enumerate(ids):
        doc_id = doc_id.split("\t")[0]
        if doc_id not in docs:
            docs[doc_id] = {lang: [] for lang in LANGS}
            order.append(doc_id)
        for lang in LANGS:
            docs[doc_id][lang].append(lines[lang][i])
    return [docs[d] for d in order]


# --- baselines -------------------------------------------------------------------------------
DIGITS = re.compile(r"\d+")


def digits_baseline(src: str, tgt: str) -> bool:
    """pofilter/Tolgee style: the runs of digits must be the same multiset."""
    return sorted(DIGITS.findall(src)) != sorted(DIGITS.findall(tgt))


def make_ttk_baseline():
    from translate.filters import checks

    checker = checks.StandardChecker()

    def flagged(src: str, tgt: str) -> bool:
        try:
            checker.numbers(src, tgt)
        except checks.FilterFailure:
            return True
        return False

    return flagged


def baseline_flags(doc: dict[str, list[str]], flag) -> list[tuple[str, int]]:
    """(edition, line) pairs flagged, comparing the en source with each translation line by line."""
    out = []
    for lang in ("uk", "ru"):
        for i, (src, tgt) in enumerate(zip(doc["en"], doc[lang])):
            if flag(src, tgt):
                out.append((lang, i))
    return out


# --- injection -------------------------------------------------------------------------------
def _replace(line: str, start: int, end: int, new: str) -> str:
    return line[:start] + new + line[end:]


def inject(doc, kind: str, rng: random.Random):
    """Return (edition, line, changed doc) or None when the document offers nothing for this change."""
    candidates = []
    for lang in LANGS:
        for i, line in enumerate(doc[lang]):
            facts = extract_facts(line, lang)
            for f in facts:
                candidates.append((lang, i, f))
    rng.shuffle(candidates)
    for lang, i, f in candidates:
        line = doc[lang][i]
        new_line = None
        if kind == "figure" and f.kind in ("amount", "money", "percent", "quantity", "ordinal") and any(c.isdigit() for c in f.text):
            positions = [p for p in range(f.start, f.end) if line[p].isdigit()]
            p = rng.choice(positions)
            choices = [d for d in "0123456789" if d != line[p] and not (d == "0" and p == positions[0])]
            new_line = _replace(line, p, p + 1, rng.choice(choices))
        elif kind == "scale" and f.kind in ("money", "amount") and f.value >= 1000:
            for old, new in SCALE_SWAP[lang]:
                m = re.search(r"(?<!\w)" + re.escape(old), f.text)
                if m:
                    new_line = _replace(line, f.start + m.start(), f.start + m.end(), new)
                    break
        elif kind == "currency" and f.kind == "money":
            for old, new in CURRENCY_SWAP[lang]:
                k = f.text.find(old)
                if k >= 0:
                    new_line = _replace(line, f.start + k, f.start + k + len(old), new)
                    break
        elif kind == "date" and f.kind in ("date", "year") and any(c.isdigit() for c in f.text):
            m = re.search(r"\d+", f.text)
            value = int(m.group(0))
            if value > 1000:
                changed = str(value + rng.choice([-3, -2, -1, 1, 2, 3]))
            else:
                changed = str(((value + rng.choice([1, 2, 3, 4])) - 1) % 28 + 1)
            new_line = _replace(line, f.start + m.start(), f.start + m.end(), changed)
        elif kind == "unit" and f.kind == "quantity":
            for old, new in UNIT_SWAP[lang]:
                m = re.search(r"(?<!\w)" + re.escape(old) + r"(?!\w)", f.text)
                if m:
                    new_line = _replace(line, f.start + m.start(), f.start + m.end(), new)
                    break
        elif kind == "deletion" and not any(
            # a sentence whose figures all appear elsewhere in the document is not a lost figure
            False for _ in ()
        ) and f.kind in ("money", "amount", "percent", "quantity", "date", "year", "ordinal", "time") and any(c.isdigit() for c in f.text):
            new_line = ""
        elif kind == "name" and f.kind == "name":
            others = sorted({g.text for l2 in doc[lang] for g in extract_facts(l2, lang) if g.kind == "name" and g.value != f.value})
            if others:
                new_line = _replace(line, f.start, f.end, rng.choice(others))
        if new_line is not None and new_line != line:
            changed = {k: list(v) for k, v in doc.items()}
            changed[lang][i] = new_line
            return lang, i, changed
    return None


def line_span(lines: list[str], i: int) -> tuple[int, int]:
    start = sum(len(x) + 1 for x in lines[:i])
    return start, start + len(lines[i])


def ours_detects(result, doc, lang: str, i: int) -> bool:
    for f in result.findings:
        if f.severity == "info" or f.edition != lang:
            continue
        for key, (s, e) in f.spans.items():
            if key in doc:
                ls, le = line_span(doc[key], i)
                if s < le + 1 and ls <= e and (s >= ls and e <= le + 1):
                    return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ntrex", type=Path, default=ROOT.parent / "shared" / "data" / "ntrex128")
    parser.add_argument("--samples", type=int, default=3)
    args = parser.parse_args()
    docs = load_documents(args.ntrex)
    n_lines = sum(len(d["en"]) for d in docs)
    check = FactsCheck(mt=False)
    ttk = make_ttk_baseline()

    # extraction speed (own language, every line of every edition)
    all_lines = [(lang, line) for d in docs for lang in LANGS for line in d[lang]]
    extract_facts("warm-up 1", "en"), extract_facts("1", "uk"), extract_facts("1", "ru")
    t0 = time.perf_counter()
    for lang, line in all_lines:
        extract_facts(line, lang)
    extract_rate = len(all_lines) / (time.perf_counter() - t0)

    # clean documents: every error is a false alarm
    clean_errors: list[tuple[int, object]] = []
    t0 = time.perf_counter()
    results = []
    for n, doc in enumerate(docs):
        result = check(read_story_facts(story_analysis(doc)))
        results.append(result)
        clean_errors += [(n, f) for f in result.findings if f.severity == "error"]
    ours_rate = 3 * n_lines / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    digits_clean = sum(len(baseline_flags(d, digits_baseline)) for d in docs)
    digits_rate = 3 * n_lines / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    ttk_clean = sum(len(baseline_flags(d, ttk)) for d in docs)
    ttk_rate = 3 * n_lines / (time.perf_counter() - t0)

    # injected changes
    rng = random.Random(SEED)
    kinds = ["figure", "scale", "currency", "date", "unit", "name", "deletion"]
    hits = {k: Counter() for k in kinds}
    for kind in kinds:
        for doc in docs:
            injected = inject(doc, kind, rng)
            if injected is None:
                continue
            lang, i, changed = injected
            hits[kind]["n"] += 1
            result = check(read_story_facts(story_analysis(changed)))
            hits[kind]["ours"] += ours_detects(result, changed, lang, i)
            hits[kind]["digits"] += any(li == i for _, li in baseline_flags(changed, digits_baseline))
            hits[kind]["ttk"] += any(li == i for _, li in baseline_flags(changed, ttk))

    def recall(kind: str, who: str) -> str:
        n = hits[kind]["n"]
        return f"{hits[kind][who] / n:.2f}" if n else "  - "

    print(f"NTREX-128 en/uk/ru: {len(docs)} documents, {n_lines} lines per language, seed {SEED}")
    print(f"fact extraction alone: {extract_rate:,.0f} sentences/s (one core)\n")
    header = "| method | " + " | ".join(f"{k} (n={hits[k]['n']})" for k in kinds) + " | false-alarm errors / clean doc | sentences/s |"
    print(header)
    print("|" + "---|" * (len(kinds) + 3))
    for who, label, fa, rate in (
        ("ours", "consistency.facts", len(clean_errors), ours_rate),
        ("digits", "digits-only regex", digits_clean, digits_rate),
        ("ttk", "translate-toolkit numbers", ttk_clean, ttk_rate),
    ):
        print(f"| {label} | " + " | ".join(recall(k, who) for k in kinds) + f" | {fa / len(docs):.3f} | {rate:,.0f} |")

    print("\nclean-document error findings (ours), by kind:")
    by_kind = defaultdict(list)
    for n, f in clean_errors:
        by_kind[(f.check, f.kind)].append((n, f))
    for key in sorted(by_kind):
        print(f"  {key[0]}/{key[1]}: {len(by_kind[key])}")
        for n, f in by_kind[key][: args.samples]:
            print(f"    doc {n} [{f.edition}] {f.message}")
    warnings = Counter((f.check, f.kind) for r in results for f in r.findings if f.severity == "warning")
    print("clean-document warnings (ours):", dict(sorted(warnings.items())))


if __name__ == "__main__":
    main()
