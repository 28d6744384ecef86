"""On real human translations (NTREX-128), clean editions raise few error findings and an injected
changed figure is caught."""

import importlib.util
from pathlib import Path

import pytest

from consistency.checks.facts import FactsCheck
from consistency.stages.facts import read_story_facts
from support.facts_story import story_analysis

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "facts.py"


def _bench():
    spec = importlib.util.spec_from_file_location("facts_benchmark", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.ntrex
def test_clean_ntrex_documents_raise_few_errors_and_a_changed_figure_is_caught(ntrex_dir):
    bench = _bench()
    docs = bench.load_documents(ntrex_dir)
    ids = bench.load_document_ids(ntrex_dir)
    real_differences = bench.load_adjudication()
    check = FactsCheck(mt=False)
    errors = [(doc_id, f) for doc_id, d in zip(ids, docs)
              for f in check(read_story_facts(story_analysis(d))).findings if f.severity == "error"]
    # 19 errors on 123 documents, each a real difference between the human translations (a day of the week shifted,
    # "hundreds" for "thousands", a conversion wrong)
    assert len(errors) / len(docs) <= 0.2
    false_alarms = [f.message for doc_id, f in errors if not bench.is_real_difference(f, doc_id, real_differences)]
    assert false_alarms == []
    doc = next(d for d in docs if any("1,000" in line for line in d["en"]))
    i = next(i for i, line in enumerate(doc["en"]) if "1,000" in line)
    changed = {k: list(v) for k, v in doc.items()}
    changed["en"][i] = changed["en"][i].replace("1,000", "1,700", 1)
    found = check(read_story_facts(story_analysis(changed))).findings
    assert any(f.edition == "en" and f.kind == "altered" and f.severity == "error" for f in found)
