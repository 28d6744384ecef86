"""Facts check on real news (NTREX-128 en/uk/ru): false alarms on clean editions, recall on injected
changes, speed — ours against a digits-only regex comparison and Translate Toolkit's `numbers` check,
measured in the same run on the same documents.

    .venv/bin/python benchmarks/facts.py [--ntrex ../shared/data/ntrex128] [--samples 3]

Documents come from DOCUMENT_IDS.tsv; each line is a sentence and line i of every language is aligned
to line i (gold 1-1 beads). An error finding on the clean human translations is a false alarm unless
benchmarks/data/ntrex_real_differences.tsv (read by hand) lists it as a real difference between the
translations; the baselines' flagged lines are judged by the same file (doc + line). Recall counts an
error finding on the changed line (a name swap: a warning or an error); a second table counts only a
new flag, one on a line the checker did not already flag in the clean editions (a regex that flags a
line whatever it says has not seen the change). Each of `--rounds` (5) rounds injects one change of
each kind into every document that offers a fact not changed in an earlier round. `--kinds figure,date
--misses` runs a subset and prints every change ours did not detect; each kind and round has its own
random stream, so a subset injects the same changes as the full run. Last, the clean documents go through
the whole pipeline as story folders (its own sentence splitting and alignment instead of gold pairs),
judged by the same adjudication file.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from consistency.checks.facts import FactsCheck  # noqa: E402
from consistency.checks.facts.relations import relation  # noqa: E402
from consistency.pipeline import Options, check_story  # noqa: E402
from consistency.stages.facts import extract_facts, read_story_facts  # noqa: E402
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


def load_document_ids(ntrex: Path) -> list[str]:
    """The document ids in the order `load_documents` returns the documents."""
    ids = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(line.split("\t")[0] for line in ids))


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


PERIOD = re.compile(r"(?P<decade>--\d\ds|\d{4}s)$|C\d+$")  # the extractor's decades and centuries
ORDINAL_SUFFIX = re.compile(r"st|nd|rd|th")


def _in_a_word(line: str, position: int) -> bool:
    """Whether the run of digits at `position` is glued to a letter before it ("м2", "CO2")."""
    while position > 0 and line[position - 1].isdigit():
        position -= 1
    return position > 0 and line[position - 1].isalpha()


def _en_ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def inject(doc, kind: str, rng: random.Random, used: set | None = None):
    """Return (edition, line, changed doc, the fact changed) or None when the document offers nothing for this
    change; a fact in `used` (edition, line, start) is not changed again, and the one changed is added."""
    used = set() if used is None else used
    candidates = []
    for lang in LANGS:
        for i, line in enumerate(doc[lang]):
            facts = extract_facts(line, lang)
            for f in facts:
                candidates.append((lang, i, f))
    rng.shuffle(candidates)
    for lang, i, f in candidates:
        if (lang, i, f.start) in used:
            continue
        line = doc[lang][i]
        new_line = None
        # a digit of the figure, not of its unit ("2 м2" becomes "7 м2", never "2 м5": no unit at all)
        if kind == "figure" and f.kind in ("amount", "money", "percent", "quantity", "ordinal") and (positions := [
                p for p in range(f.start, f.end) if line[p].isdigit() and not _in_a_word(line, p)]):
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
            period = PERIOD.match(str(f.value)) if f.kind == "date" else None
            # a decade becomes another decade ("the 90s" → "the 70s"), a century another century, as a
            # translator's slip would; the same draws as a day or a year, so other injections stay as they were
            if value > 1000:
                changed = str(value + rng.choice([-3, -2, -1, 1, 2, 3]) * (10 if period else 1))
            elif period:
                step = {1: -2, 2: -1, 3: 1, 4: 2}[rng.choice([1, 2, 3, 4])] * (10 if period.group("decade") else 1)
                changed = str(value + step if 0 < value + step < 100 else value - step)
            else:
                changed = str(((value + rng.choice([1, 2, 3, 4])) - 1) % 28 + 1)
            end = f.start + m.end()
            suffix = ORDINAL_SUFFIX.match(line, end) if period and lang == "en" else None
            if suffix:  # "19th" → "21st"
                changed, end = changed + _en_ordinal_suffix(int(changed)), suffix.end()
            new_line = _replace(line, f.start + m.start(), end, changed)
        elif kind == "unit" and f.kind == "quantity" and any(c.isdigit() for c in f.text):
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
            used.add((lang, i, f.start))
            return lang, i, changed, f
    return None


def line_span(lines: list[str], i: int) -> tuple[int, int]:
    start = sum(len(x) + 1 for x in lines[:i])
    return start, start + len(lines[i])


def finding_lines(finding, doc) -> set[tuple[str, int]]:
    """(edition, line) of every span of a finding (a span may cover a whole line: a missing fact)."""
    out = set()
    for key, (s, _e) in finding.spans.items():
        if key in doc:
            out.add((key, "\n".join(doc[key])[:s].count("\n")))
    return out


SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
# a changed figure, scale, currency, date, unit or a lost fact is detected by an error; a swapped name
# by a warning or an error (a name the checker cannot be sure of is never an error on its own)
DETECTED_AT = {"figure": "error", "scale": "error", "currency": "error", "date": "error", "unit": "error",
               "deletion": "error", "name": "warning"}


def ours_detects(result, doc, lang: str, i: int, at: str = "error") -> bool:
    for f in result.findings:
        if SEVERITY_RANK[f.severity] < SEVERITY_RANK[at] or f.edition != lang:
            continue
        if (lang, i) in finding_lines(f, doc):
            return True
    return False


# --- adjudication of the clean editions ------------------------------------------------------
ADJUDICATION = ROOT / "benchmarks" / "data" / "ntrex_real_differences.tsv"


def load_adjudication(path: Path = ADJUDICATION) -> list[dict[str, str]]:
    """Rows read by hand: a fact that really differs between the human translations of NTREX."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, line_no, edition, fact, counterpart, why = line.split("\t")
        if doc == "doc":
            continue  # header
        rows.append({"doc": doc, "line": int(line_no), "edition": edition, "fact": fact, "counterpart": counterpart, "why": why})
    return rows


def _folded(text: str) -> str:
    return " ".join(text.split())  # no-break and thin spaces read as plain ones


def adjudicated(finding, doc_id: str, rows) -> dict[str, str] | None:
    """The adjudication row of an error finding: doc, edition and fact text agree (the fact as one of the
    editions writes it: its own for an alteration, the others' for a missing fact)."""
    texts = {_folded(t) for t in finding.evidence.values()}
    return next((r for r in rows if r["doc"] == doc_id and r["edition"] == finding.edition
                 and _folded(r["fact"]) in texts), None)


def is_real_difference(finding, doc_id: str, rows) -> bool:
    return adjudicated(finding, doc_id, rows) is not None


def baseline_real(doc_id: str, lang: str, line: int, rows) -> bool:
    """A baseline flag (en vs `lang`, line by line) on a line where the adjudication lists a real difference
    between en and that edition."""
    return any(r["doc"] == doc_id and r["line"] == line and r["edition"] in (lang, "en") for r in rows)


def extraction_rate(all_lines, repeats: int = 3) -> float:
    """Sentences per second of CPU time (one process, one core), best of `repeats`: other jobs on the
    machine do not slow a CPU-time clock."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for lang, line in all_lines:
            extract_facts(line, lang)
        best = min(best, time.process_time() - t0)
    return len(all_lines) / best


def has_counterpart(doc, lang: str, i: int, fact) -> bool:
    """Whether another edition states the injected fact on the aligned line in a form the checker reads
    (equal, converted or rounded). Without one no comparison of editions can see the change: the other
    editions do not give the figure ("decades ago" for "30 лет назад"), or give it in words or a code."""
    for other in LANGS:
        if other == lang:
            continue
        if any(relation(fact, g) is not None for g in extract_facts(doc[other][i], other)):
            return True
    return False


def through_pipeline(named, rows):
    """The clean documents as story folders through `check_story`, which splits and aligns them itself
    (the table above gives the facts check gold sentence pairs): its fact error findings, split into
    adjudicated real differences and false alarms."""
    real, false = [], []
    options = Options(translator="none", embeddings=False, checks=("facts", "alignment"))
    with tempfile.TemporaryDirectory() as tmp:
        for doc_id, doc in named:
            folder = Path(tmp) / doc_id
            folder.mkdir()
            for lang in LANGS:
                (folder / f"{lang}.txt").write_text("\n\n".join(doc[lang]) + "\n", encoding="utf-8")
            for f in check_story(folder, options).findings:
                if f.severity == "error" and f.check in ("numbers", "dates", "entities"):
                    (real if is_real_difference(f, doc_id, rows) else false).append((doc_id, f))
    return real, false


def run_injections(docs, kinds, check, ttk, clean_results: dict, misses: dict | None = None, seed: int = SEED,
                   rounds: int = 1):
    """Each round injects one change of each kind into every document that offers one it has not changed
    in an earlier round."""
    hits = {k: Counter() for k in kinds}
    used = defaultdict(set)
    for kind, round_no in ((k, r) for k in kinds for r in range(rounds)):
        # one stream per kind and round: a subset run injects the same changes
        rng = random.Random(f"{seed}-{kind}" + (f"-{round_no}" if round_no else ""))
        for doc_id, doc in docs:
            injected = inject(doc, kind, rng, used[kind, doc_id])
            if injected is None:
                continue
            lang, i, changed, fact = injected
            hits[kind]["n"] += 1
            comparable = has_counterpart(doc, lang, i, fact)
            hits[kind]["n-comparable"] += comparable
            result = check(read_story_facts(story_analysis(changed)))
            for at in ("error", "warning"):
                hits[kind][f"ours-{at}"] += ours_detects(result, changed, lang, i, at)
            found = ours_detects(result, changed, lang, i, DETECTED_AT[kind])
            hits[kind]["ours"] += found
            hits[kind]["ours-comparable"] += found and comparable
            # an error the clean editions already carry on that line is no evidence of the change either
            hits[kind]["ours-already"] += found and ours_detects(clean_results[doc_id], doc, lang, i, DETECTED_AT[kind])
            for who, flag in (("digits", digits_baseline), ("ttk", ttk)):
                hit = any(li == i for _, li in baseline_flags(changed, flag))
                hits[kind][who] += hit
                hits[kind][f"{who}-comparable"] += hit and comparable
                # a line the baseline already flags in the clean editions is no evidence of the change
                hits[kind][f"{who}-already"] += hit and any(li == i for _, li in baseline_flags(doc, flag))
            if misses is not None and not found:
                near = [f for f in result.findings if (lang, i) in finding_lines(f, changed)]
                misses[kind].append((doc_id, lang, i, doc[lang][i], changed[lang][i], near, comparable))
    return hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ntrex", type=Path, default=ROOT.parent / "shared" / "data" / "ntrex128")
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--kinds", default="figure,scale,currency,date,unit,name,deletion")
    parser.add_argument("--misses", action="store_true", help="print every injected change ours did not detect")
    parser.add_argument("--clean-only", action="store_true")
    parser.add_argument("--gold-only", action="store_true", help="skip the run of the clean documents through the whole pipeline")
    parser.add_argument("--rounds", type=int, default=5, help="changes of each kind injected per document, one per round")
    parser.add_argument("--seed", type=int, default=SEED, help="another draw of injected changes (the table in the note uses the default)")
    args = parser.parse_args()
    docs = load_documents(args.ntrex)
    doc_ids = load_document_ids(args.ntrex)
    named = list(zip(doc_ids, docs))
    n_lines = sum(len(d["en"]) for d in docs)
    check = FactsCheck(mt=False)
    ttk = make_ttk_baseline()
    rows = load_adjudication()

    # extraction speed (own language, every line of every edition)
    all_lines = [(lang, line) for d in docs for lang in LANGS for line in d[lang]]
    extract_facts("warm-up 1", "en"), extract_facts("1", "uk"), extract_facts("1", "ru")
    extract_rate = extraction_rate(all_lines)

    # clean documents: an error is a false alarm unless the adjudication file lists it as a real difference
    real, false = [], []
    t0 = time.process_time()
    results = []
    for doc_id, doc in named:
        result = check(read_story_facts(story_analysis(doc)))
        results.append(result)
        for f in result.findings:
            if f.severity == "error":
                (real if is_real_difference(f, doc_id, rows) else false).append((doc_id, doc, f))
    ours_rate = 3 * n_lines / (time.process_time() - t0)
    clean = {}
    for who, flag in (("digits", digits_baseline), ("ttk", ttk)):
        t0 = time.process_time()
        flags = [(doc_id, lang, i) for doc_id, d in named for lang, i in baseline_flags(d, flag)]
        rate = 3 * n_lines / (time.process_time() - t0)
        n_real = sum(baseline_real(doc_id, lang, i, rows) for doc_id, lang, i in flags)
        clean[who] = (n_real, len(flags) - n_real, rate)
    clean["ours"] = (len(real), len(false), ours_rate)
    # read at warning level, every warning on a clean edition counts as a false alarm (some are real)
    clean_warnings = sum(f.severity == "warning" for r in results for f in r.findings)
    clean["ours-warning"] = (len(real), len(false) + clean_warnings, ours_rate)

    kinds = [k for k in args.kinds.split(",") if k] if not args.clean_only else []
    misses = defaultdict(list) if args.misses else None
    hits = run_injections(named, kinds, check, ttk, dict(zip(doc_ids, results)), misses, args.seed, args.rounds)

    def recall(kind: str, who: str) -> str:
        n = hits[kind]["n"]
        return f"{hits[kind][who] / n:.2f}" if n else "  - "

    def new_flag_recall(kind: str, who: str) -> str:
        n = hits[kind]["n"]
        return f"{(hits[kind][who] - hits[kind][who + '-already']) / n:.2f}" if n else "  - "

    def label(kind: str) -> str:
        return f"{kind} (n={hits[kind]['n']})" + (" [warning+]" if DETECTED_AT[kind] == "warning" else "")

    print(f"NTREX-128 en/uk/ru: {len(docs)} documents, {n_lines} lines per language, seed {args.seed}, {args.rounds} round(s) of changes")
    print(f"fact extraction alone: {extract_rate:,.0f} sentences/s of CPU time (one core, best of 3)\n")
    print("Recall: share of injected changes with a finding on the changed line and edition; ours counts an")
    print("error finding (a name swap: a warning or an error, marked [warning+]); 'warnings too' counts a warning")
    print("or an error, and every warning on a clean document as a false alarm. Clean docs: error findings")
    print(f"(baselines: flagged lines) per document, split by the hand-read adjudication file {ADJUDICATION.relative_to(ROOT)}.\n")
    header = ("| method | " + " | ".join(label(k) for k in kinds)
              + " | real differences / clean doc | false alarms / clean doc | sentences/s |")
    print(header)
    print("|" + "---|" * (len(kinds) + 4))
    for who, name in (("ours", "consistency.facts"), ("ours-warning", "consistency.facts, warnings too"),
                      ("digits", "digits-only regex"), ("ttk", "translate-toolkit numbers")):
        n_real, n_false, rate = clean[who]
        print(f"| {name} | " + " | ".join(recall(k, who) for k in kinds)
              + f" | {n_real / len(docs):.3f} | {n_false / len(docs):.3f} | {rate:,.0f} |")
    if kinds:
        print("\nRecall of a new flag: a detection counts only where the clean editions carried no flag on that line")
        print("(ours: no error on that line and edition; baselines: no flagged line), so a line a checker flags")
        print("whatever it says does not count as seeing the change:\n")
        print("| method | " + " | ".join(label(k) for k in kinds) + " |")
        print("|" + "---|" * (len(kinds) + 1))
        for who, name in (("ours", "consistency.facts"), ("digits", "digits-only regex"), ("ttk", "translate-toolkit numbers")):
            print(f"| {name} | " + " | ".join(new_flag_recall(k, who) for k in kinds) + " |")
        print("\nours by severity (detected by an error / by a warning or an error):")
        print("  " + ", ".join(f"{k} {recall(k, 'ours-error')}/{recall(k, 'ours-warning')}" for k in kinds))
        print("changes the editions can reveal (another edition states the changed fact in a form read as the"
              " same fact), recall ours / digits / ttk:")
        for k in kinds:
            m = hits[k]["n-comparable"]
            if m:
                print(f"  {k}: n={m}: " + " / ".join(f"{hits[k][w + '-comparable'] / m:.2f}" for w in ("ours", "digits", "ttk")))
        print("baseline hits on a line the baseline already flags in the clean editions (no evidence of the change):")
        print("  " + ", ".join(f"{k} digits {hits[k]['digits-already']}/{hits[k]['digits']}, ttk {hits[k]['ttk-already']}/{hits[k]['ttk']}"
                               for k in kinds))

    print(f"\nclean-document error findings (ours): {len(real)} real differences (listed in the adjudication file), "
          f"{len(false)} false alarms (everything else)")
    for title, group in (("real differences", real), ("false alarms", false)):
        by_kind = defaultdict(list)
        for item in group:
            by_kind[(item[2].check, item[2].kind)].append(item)
        for key in sorted(by_kind):
            print(f"  {title}, {key[0]}/{key[1]}: {len(by_kind[key])}")
            for doc_id, doc, f in by_kind[key][: args.samples]:
                row = adjudicated(f, doc_id, rows)
                why = row["why"] if row else ""
                print(f"    {doc_id} [{f.edition}] {f.message}" + (f"  -- {why}" if why else ""))
                if title == "false alarms":
                    for key2, i in sorted(finding_lines(f, doc)):
                        print(f"        {key2} L{i}: {doc[key2][i]}")
    listed = {(r["doc"], r["edition"], r["fact"]) for r in rows}
    seen = {(row["doc"], row["edition"], row["fact"]) for d, _doc, f in real for row in [adjudicated(f, d, rows)]}
    if listed - seen:
        print(f"  adjudicated differences ours no longer reports as errors: {len(listed - seen)}")
        for d, e, fact in sorted(listed - seen):
            print(f"    {d} [{e}] {fact}")
    for who in ("digits", "ttk"):
        print(f"  {who}: {clean[who][0]} flagged lines are adjudicated real differences, {clean[who][1]} are false alarms")
    warnings = Counter((f.check, f.kind) for r in results for f in r.findings if f.severity == "warning")
    print("clean-document warnings (ours):", dict(sorted(warnings.items())))
    if not args.gold_only:
        real_p, false_p = through_pipeline(named, rows)
        print(f"through the whole pipeline (own sentence splitting, alignment by anchors and length, no MT): "
              f"{len(real_p)} fact errors on the clean documents are adjudicated real differences, {len(false_p)} false alarms")
        for doc_id, f in false_p[: args.samples]:
            print(f"    {doc_id} [{f.edition}] {f.message}")

    if misses is not None:
        for kind in kinds:
            print(f"\nmisses, {kind}: {len(misses[kind])}")
            for doc_id, lang, i, before, after, near, comparable in misses[kind]:
                why = "" if comparable else "  (not comparable: no other edition states this fact in a form read as the same)"
                print(f"  {doc_id} [{lang}] L{i}{why}")
                print(f"     was: {before}")
                print(f"     now: {after}")
                for f in near:
                    print(f"     -> {f.severity} {f.check}/{f.kind}: {f.message}")


if __name__ == "__main__":
    main()
